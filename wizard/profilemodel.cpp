#include "profilemodel.h"

#include <QJsonObject>

namespace postino {

namespace {

// Long enough to cover the gap between two keys of someone typing, short enough that a crash loses
// at most the last word.
constexpr auto kTypingPause = std::chrono::milliseconds(500);

// Which parts differ, read from the profile's own file form so that nothing it writes is missed.
ProfileModel::Parts difference(const QJsonObject& before, const QJsonObject& after)
{
    static const QHash<QString, ProfileModel::Part> parts{
        {QStringLiteral("mailer"), ProfileModel::MailerChoice},
        {QStringLiteral("mailers"), ProfileModel::MailerSettings},
        {QStringLiteral("sender"), ProfileModel::Sender},
        {QStringLiteral("features"), ProfileModel::Features},
        {QStringLiteral("alerts"), ProfileModel::Alerts},
        {QStringLiteral("testRecipient"), ProfileModel::TestRecipient},
    };
    ProfileModel::Parts changed;
    QStringList keys = before.keys() + after.keys();
    for (const QString& key : std::as_const(keys)) {
        if (before.value(key) != after.value(key)) {
            changed |= parts.value(key, ProfileModel::Other);
        }
    }
    return changed;
}

} // namespace

ProfileModel::ProfileModel(ProfileStore store, Profile initial, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_profile(std::move(initial))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kTypingPause);
    connect(&m_saveTimer, &QTimer::timeout, this, &ProfileModel::save);
}

ProfileModel::~ProfileModel()
{
    flush();
}

ProfileModel::Parts ProfileModel::edit(const std::function<void(Profile&)>& change, Save when)
{
    const QJsonObject before = m_profile.toFileJson();
    change(m_profile);
    const Parts changed = difference(before, m_profile.toFileJson());
    if (changed) {
        if (when == Save::AfterTyping) {
            m_saveTimer.start();
        } else {
            save();
        }
        Q_EMIT this->changed(changed);
    } else if (when == Save::Now) {
        flush();
    }
    return changed;
}

ProfileModel::Parts ProfileModel::replace(const Profile& profile)
{
    const QJsonObject before = m_profile.toFileJson();
    m_profile = profile;
    const Parts changed = difference(before, m_profile.toFileJson());
    save(); // even when equal: the file is then there, as after any import
    if (changed) {
        Q_EMIT this->changed(changed);
    }
    return changed;
}

bool ProfileModel::save()
{
    m_saveTimer.stop();
    m_saveError.clear();
    return m_store.save(m_profile, &m_saveError);
}

bool ProfileModel::flush()
{
    return !hasPendingSave() || save();
}

} // namespace postino
