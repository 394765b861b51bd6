#pragma once

#include "profile/profile.h"
#include "profile/profilestore.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace postino {

// The wizard's one Profile, and the only way to change it. edit() applies a change, says which parts
// changed (so every page that shows them can follow) and writes the profile file: at once, or for
// typing a moment after the last key, so a write does not follow every keystroke. A write still
// pending is done when the page changes, when the wizard closes and when it is destroyed, so nothing
// typed is lost. Secrets never pass through here: they live in SessionSecrets.
class ProfileModel : public QObject
{
    Q_OBJECT
public:
    enum Part
    {
        MailerChoice = 0x01,   // which mailer
        MailerSettings = 0x02, // the settings of any mailer
        Sender = 0x04,
        Features = 0x08,
        Alerts = 0x10,
        TestRecipient = 0x20,
        Other = 0x40, // what this version keeps without knowing it
    };
    Q_DECLARE_FLAGS(Parts, Part)
    Q_FLAG(Parts)

    enum class Save
    {
        Now,
        AfterTyping, // for edits that come with every key: written once the keys stop
    };

    ProfileModel(ProfileStore store, Profile initial, QObject* parent = nullptr);
    ~ProfileModel() override;

    const Profile& profile() const { return m_profile; }
    const ProfileStore& store() const { return m_store; }

    // Applies `change` to the profile. When that changed anything, emits changed() and saves; with
    // Save::Now the file is up to date on return (a write still pending included). Returns what changed.
    Parts edit(const std::function<void(Profile&)>& change, Save when = Save::Now);
    // Takes `profile` instead of the current one (an import) and saves it.
    Parts replace(const Profile& profile);

    // Writes the file now, whether or not anything changed since the last write.
    bool save();
    // Writes the file if an edit is still waiting for it.
    bool flush();
    bool hasPendingSave() const { return m_saveTimer.isActive(); }
    QString saveError() const { return m_saveError; }

Q_SIGNALS:
    void changed(postino::ProfileModel::Parts parts);

private:
    ProfileStore m_store;
    Profile m_profile;
    QTimer m_saveTimer;
    QString m_saveError;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ProfileModel::Parts)

} // namespace postino
