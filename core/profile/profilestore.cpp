#include "profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace postino {

namespace {

constexpr qint64 kMaxProfileBytes = 4 * 1024 * 1024;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
};

} // namespace

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profile.json");
}

ProfileStore::LoadResult ProfileStore::load() const
{
    return loadFile(m_path);
}

ProfileStore::LoadResult ProfileStore::loadFile(const QString& path)
{
    LoadResult result;
    QFile file(path);
    if (!file.exists()) {
        return result;
    }
    result.existed = true;
    auto broken = [&](const QString& detail) {
        result.broken = true;
        result.problems.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("profile.broken_file"),
             .subject = QDir::toNativeSeparators(path),
             .detail = detail},
            Advice{
                Text::tr("Your saved settings could not be read"),
                {Text::tr("Postino starts with empty settings; the unreadable file is kept and renamed with "
                          "\".broken\" when you next save, so nothing is lost."),
                 Text::tr(
                     "If you have a copy of the profile elsewhere, import it from the Welcome page.")}}});
    };
    if (!file.open(QIODevice::ReadOnly)) {
        broken(Text::tr("The file could not be opened: %1").arg(file.errorString()));
        return result;
    }
    if (file.size() > kMaxProfileBytes) {
        broken(Text::tr("The file is %1 bytes long, far larger than a Postino profile can be.")
                   .arg(file.size()));
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull() || !doc.isObject()) {
        broken(doc.isNull() ? Text::tr("The file is not valid JSON (%1 at byte %2).")
                                  .arg(error.errorString())
                                  .arg(error.offset)
                            : Text::tr("The file does not hold a Postino profile."));
        return result;
    }
    const QJsonObject json = doc.object();
    const QString format = json.value(QLatin1String("format")).toString();
    if (format != QLatin1String("postino-profile")) {
        broken(Text::tr("The file does not hold a Postino profile."));
        return result;
    }
    result.profile = Profile::fromJson(json, &result.problems);
    return result;
}

bool ProfileStore::save(const Profile& profile, QString* error) const
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = Text::tr("Could not create the folder %1.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        }
        return false;
    }
    // Keep an unreadable file aside instead of overwriting it: it may be the only copy.
    if (info.exists() && loadFile(m_path).broken) {
        const QString aside = m_path + QStringLiteral(".broken-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
        QFile::rename(m_path, aside);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(profile.toFileJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace postino
