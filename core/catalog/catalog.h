#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

enum class MailerKind
{
    Smtp,
    Api,
    OAuth,
};

// "Show this field only when another field has (or has not) a value".
struct FieldCondition
{
    QString field;
    QJsonValue value;
    bool negate = false;
    bool matches(const QJsonValue& actual) const;
};

struct FieldChoice
{
    QString value;
    QString label;
    QJsonObject sets; // other fields this choice sets, e.g. {"port": 465}
};

struct FieldSpec
{
    enum class Type
    {
        Text,
        Secret,
        Host,
        Port,
        Choice,
        Bool,
        Email,
    };

    QString key;
    QString label;
    Type type = Type::Text;
    bool required = false;
    bool secret = false;
    QJsonValue defaultValue;
    QString placeholder;
    QString help;
    QString pattern;
    int min = 0;
    int max = 0;
    QList<FieldChoice> choices;
    std::optional<FieldCondition> visibleWhen;
    std::optional<FieldCondition> requiredWhen;
    QString constant;

    bool isVisible(const QJsonObject& settings) const;
    bool isRequired(const QJsonObject& settings) const;
    const FieldChoice* choice(const QString& value) const;
};

struct SenderControls
{
    bool fromEmail = true;
    bool fromName = true;
    bool forceFromEmail = true;
    bool forceFromName = true;
};

struct SmtpPort
{
    int port = 0;
    QString security; // "starttls", "ssl" or "none"
};

// What differs per provider in an OAuth sign-in, read from the catalog's "oauth" block. Texts are stored in
// English: translate them with Catalog::tr().
struct OAuthSpec
{
    QByteArray tokenScheme = "Bearer"; // the Authorization scheme its APIs want with an access token
    bool revokeTokenInQuery = false;   // the revocation endpoint takes ?token=..., not a form body
    bool publicClient = false;         // a client without a secret (PKCE alone) is a normal setup
    // Who signed in, in the account answer: accountIdKey and the first non-empty of accountEmailKeys,
    // read from the answer itself or, when accountList is set, from the first element of that array.
    QString accountList;
    QStringList accountEmailKeys;
    QString accountIdKey;
    // Signing out where there is no revocation endpoint: what Postino did, and where to end the grant.
    QString signOutDetail;
    QString signOutStep;
    // The provider's own advice for sign-in errors; empty where the general words fit.
    QStringList accessDeniedSteps;     // instead of "an administrator may have to approve the app"
    QStringList refreshRevokedSteps;   // instead of "changing the password can end earlier sign-ins"
    QStringList redirectMismatchSteps; // instead of "register exactly http://127.0.0.1:PORT/"
    QStringList invalidClientSteps;    // after "copy the client ID and secret again"
    QStringList invalidScopeSteps;     // instead of "add the mail-sending permission"
};

struct MailerInfo
{
    QString id;
    QString name;
    MailerKind kind = MailerKind::Smtp;
    bool recommended = false;
    QString summary;
    // What the provider gives for free ("200 free emails"), as the reference knows it; empty when unknown
    // or there is none. English: translate with Catalog::tr().
    QString freeTier;
    QString keyUrl;
    QString keyHint;
    bool returnPath = false;
    SenderControls sender;
    QList<FieldSpec> fields;
    QString relayHost;
    QList<SmtpPort> relayPorts;
    // How the SMTP relay signs in ("smtp.login"): {"user": part, "password": part, "note": {"id", "text"}}
    // where a part is {"text"}, {"field"}, {"fromEmail": true, "text"}, {"format": "...{field}..."} or
    // {"field", "derived": true} (the provider module derives it). No password: the relay has SMTP
    // credentials of its own.
    QJsonObject relayLogin;
    QJsonObject relayRegionHosts; // "smtp.regionHosts": region setting -> relay host
    // WP Mail SMTP: the mailer's slug there (WPMS_MAILER, the option's group) and whether it is Pro only.
    QString wpMailSmtpMailer;
    bool wpMailSmtpPro = false;
    QJsonObject laravel; // Laravel's own transport: {"mailer", "packages", "env": [...]}
    QJsonObject symfony; // Symfony Mailer's bridge: {"package", "dsn", "options", "notes"} or {"relayScheme"}
    QJsonObject imports; // what other plugins call the mailer: {"postSmtp": {"name"}, "fluentSmtp": {...}}
    QJsonObject api;
    QJsonObject oauth;
    OAuthSpec oauthSpec; // the typed part of "oauth"
    QJsonObject dns;

    const FieldSpec* field(const QString& key) const;
    // Settings with every field's default filled in where the given object has none.
    QJsonObject withDefaults(const QJsonObject& settings) const;
    // The API host contacted on port 443 (for reachability checks); empty for SMTP.
    QString apiHost(const QJsonObject& settings) const;
    // One URL of the "oauth" block ("authorizeUrl", "tokenUrl", "sendUrl", ...) with its placeholders
    // filled: {tenant} and other settings, and {accounts}, {mail}, {smtp} from the region's entry.
    // Empty when the block has no such URL or a placeholder stays unfilled.
    QString oauthUrl(const QString& which, const QJsonObject& settings) const;
    // A value of the settings' data centre entry in the "oauth" block ("smtp", "imap", ...); empty when the
    // mailer has no data centres or the entry lacks the key.
    QString regionValue(const QString& key, const QJsonObject& settings) const;
    // The SMTP relay host for these settings (smtp.zoho.eu, smtp.zohocloud.ca, ...); empty if unknown.
    QString relayHostFor(const QJsonObject& settings) const;
    // Where another plugin ("fluentSmtp") keeps one of this mailer's fields; empty when it has none.
    QString importField(const QString& plugin, const QString& fieldKey) const;
};

class Catalog
{
public:
    static const Catalog& builtin();
    static std::optional<Catalog> fromJson(const QByteArray& json, QString* error);

    const QList<MailerInfo>& mailers() const { return m_mailers; }
    const MailerInfo* mailer(const QString& id) const;
    // The mailer of kind smtp ("Other SMTP"): any server with a login.
    const MailerInfo* otherSmtp() const;
    // The mailer WP Mail SMTP calls `slug`; nullptr when Postino has none.
    const MailerInfo* mailerForWpMailSmtp(const QString& slug) const;
    // The mailer another plugin ("postSmtp", "fluentSmtp") calls `name`, from the catalog's "imports".
    const MailerInfo* mailerForImport(const QString& plugin, const QString& name) const;

    // Catalog texts are stored in English and translated in the "Catalog" context.
    static QString tr(const QString& text);

private:
    QList<MailerInfo> m_mailers;
};

QString mailerKindName(MailerKind kind);

} // namespace postino
