#pragma once

#include "alerts/alertchannels.h"
#include "catalog/resolvedmailer.h"
#include "finding.h"
#include "secrets/secretlookup.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace postino {

struct MailerInfo;
struct FieldSpec;

struct SenderSettings
{
    QString fromEmail;
    QString fromName;
    bool forceFromEmail = true; // WP Mail SMTP's default since 2.1
    bool forceFromName = false;
    bool returnPath = true;
};

struct FeatureSettings
{
    bool emailLogs = true;
    bool errorTracking = true;
    bool weeklySummary = true;
    bool alerts = false;
};

// The one typed model the wizard edits and the CLI reads. Secrets are never held
// here: they live in a SecretStore, keyed by secretKey().
class Profile
{
public:
    QString mailerId() const { return m_mailerId; }
    void setMailerId(const QString& id) { m_mailerId = id; }

    // Non-secret settings of one mailer (e.g. smtp: host, port, encryption, auth, user).
    QJsonObject mailerSettings(const QString& mailerId) const;
    QJsonObject currentSettings() const { return mailerSettings(m_mailerId); }
    void setMailerSettings(const QString& mailerId, const QJsonObject& settings);
    QJsonValue setting(const QString& key) const;
    void setSetting(const QString& key, const QJsonValue& value);

    SenderSettings& sender() { return m_sender; }
    const SenderSettings& sender() const { return m_sender; }
    FeatureSettings& features() { return m_features; }
    const FeatureSettings& features() const { return m_features; }

    // Failure alert channels (secrets in the SecretStore under each channel's secretGroup()).
    AlertSettings& alerts() { return m_alerts; }
    const AlertSettings& alerts() const { return m_alerts; }

    QString testRecipient() const { return m_testRecipient; }
    void setTestRecipient(const QString& address) { m_testRecipient = address; }

    // Findings per field: subject is the field path ("smtp.host", "sender.fromEmail").
    Findings validateMailer() const;
    Findings validateSender() const;
    Findings validate() const;
    // The secret fields the chosen mailer needs with the current settings that `secret` has no value
    // for; each front end words the finding for its own way of giving one.
    QList<const FieldSpec*> missingSecrets(const SecretLookup& secret) const;

    // The profile without any secret: what an export and a copy for someone else get.
    QJsonObject toJson() const;
    // What the profile file gets: toJson() plus the secrets from an older file not yet stored elsewhere.
    QJsonObject toFileJson() const;
    // Unknown keys are kept and written back (alerts and channels included). Secrets found in the file
    // are dropped, except those older versions kept there (formerlyPlain): those are taken out into
    // secretsFromFile(). A known key holding a value of the wrong type keeps its default and is reported
    // in `problems` (id profile.wrong_type, subject the key's path such as "sender.forceFromEmail").
    static Profile fromJson(const QJsonObject& json, Findings* problems = nullptr);

    // Secrets an older Postino kept in the profile file (a custom webhook's URL, an ntfy topic), by
    // secretKey(): they belong in a SecretStore. Until forgetSecretFromFile() says one is safely stored
    // there (or replaced), toFileJson() writes it back, so a missing keychain never loses it.
    const QHash<QString, QByteArray>& secretsFromFile() const { return m_secretsFromFile; }
    void forgetSecretFromFile(const QString& key) { m_secretsFromFile.remove(key); }

    static QString secretKey(const QString& mailerId, const QString& fieldKey);
    const MailerInfo* mailer() const;
    // The chosen mailer with its settings, defaults and sign-in worked out once; invalid (no info) when
    // the mailer is unknown.
    ResolvedMailer resolvedMailer() const;

private:
    QString m_mailerId = QStringLiteral("smtp");
    QHash<QString, QJsonObject> m_mailerSettings;
    SenderSettings m_sender;
    FeatureSettings m_features;
    QString m_testRecipient;
    AlertSettings m_alerts;
    QHash<QString, QByteArray> m_secretsFromFile;
    QJsonObject m_extraTop;
    QJsonObject m_extraSender;
    QJsonObject m_extraFeatures;
    QJsonObject m_extraAlerts;
};

} // namespace postino
