#include "exporters.h"

#include "alerts/alertchannels.h"
#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"
#include "export/wpconfig.h"
#include "profile/profile.h"
#include "providers/provider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace postino {

namespace {

class Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// Generated files are configuration, read by tools and admins: their comments stay in English.
// Only findings are translated.

enum class Security
{
    StartTls, // plain connection upgraded with STARTTLS (required)
    Tls,      // TLS from the first byte ("SSL", port 465)
    None,
};

// One value written into a file: real, or a placeholder the user has to replace.
struct Value
{
    QString text;
    bool placeholder = false;
};

// The SMTP server a format sends through, with its sign-in.
struct Relay
{
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    bool opportunistic = false; // no encryption asked for, but STARTTLS used when offered ("Auto TLS")
    bool auth = true;
    Value user;
    Value password;
};

bool hasLineBreak(const QString& s)
{
    return s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r')) || s.contains(QChar(u'\0'));
}

// PHP single-quoted string: only \\ and \' are escapes there.
QString phpString(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// PHP's addslashes(): WP Mail SMTP runs stripslashes() over every string it reads from its option.
QString addSlashes(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            out += QLatin1Char('\\');
            out += c;
        } else if (c == QChar(u'\0')) {
            out += QLatin1String("\\0");
        } else {
            out += c;
        }
    }
    return out;
}

// A double-quoted dotenv value as vlucas/phpdotenv (Laravel) reads it: \\, \" and \$ are escapes, and an
// unescaped $ would start a ${VAR} reference.
QString dotenvQuoted(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : s) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"') || c == QLatin1Char('$')) {
            out += QLatin1Char('\\');
        }
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

// RFC 3986: everything but the unreserved characters (A-Z a-z 0-9 - . _ ~) as %XX of its UTF-8 bytes.
QString urlEncoded(const QString& s)
{
    return QString::fromLatin1(s.toUtf8().toPercentEncoding());
}

// msmtp strips one pair of double quotes around an argument and reads everything between them literally
// (no escapes: see trim_string() in msmtp's conf.c), so quoting protects leading and trailing blanks and a
// leading '#'.
QString msmtpQuoted(const QString& s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// YAML single-quoted scalar.
QString yamlQuoted(const QString& s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

class Exporter
{
public:
    Exporter(const Profile& profile, const ResolvedMailer& mailer, const SecretLookup& secret,
             const ExportOptions& options, ExportResult& result)
        : m_profile(profile)
        , m_mailer(*mailer.info)
        , m_settings(mailer.settings)
        , m_signIn(mailer.signIn)
        , m_secret(secret)
        , m_options(options)
        , m_result(result)
    {}

    void wpConfig();
    void wpOption();
    void msmtp();
    void postfix();
    void laravel();
    void symfony();
    void alertsJson();

private:
    QString id() const { return m_mailer.id; }
    QString name() const { return m_mailer.name; }                     // in file comments (English)
    QString displayName() const { return Catalog::tr(m_mailer.name); } // in findings

    QString settingText(const QString& key) const
    {
        const QJsonValue v = m_settings.value(key);
        if (v.isDouble()) {
            return QString::number(v.toInteger());
        }
        if (v.isBool()) {
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        }
        return v.toString().trimmed();
    }
    bool settingBool(const QString& key) const { return m_settings.value(key).toBool(); }
    int settingInt(const QString& key, int fallback) const
    {
        const QJsonValue v = m_settings.value(key);
        if (v.isDouble()) {
            return v.toInt();
        }
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : fallback;
    }

    void add(const char* findingId, Severity severity, const QString& detail, const QString& step = {})
    {
        for (const Finding& f : std::as_const(m_result.findings)) {
            if (f.id == QLatin1String(findingId) && f.detail == detail) {
                return;
            }
        }
        // Without a step of its own, a problem points back to the setting in Postino.
        const QString next = step.isEmpty() && severity != Severity::Ok && severity != Severity::Info
                                 ? Export::tr("Change the setting in Postino, then export again.")
                                 : step;
        m_result.findings.append(Finding{severity,
                                         {.id = QLatin1String(findingId), .subject = id(), .detail = detail},
                                         Advice{Export::tr("Check the exported settings"),
                                                next.isEmpty() ? QStringList{} : QStringList{next}}});
    }

    // "PUT-YOUR-<WHAT>-HERE", recorded in the result.
    Value placeholder(const QString& what)
    {
        const QString text = QStringLiteral("PUT-YOUR-") + what + QStringLiteral("-HERE");
        if (!m_result.placeholders.contains(text)) {
            m_result.placeholders.append(text);
        }
        return Value{text, true};
    }

    QString fieldToken(const QString& fieldKey) const
    {
        QString key = fieldKey.toUpper().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (key == QLatin1String("PASS")) {
            key = QStringLiteral("PASSWORD");
        }
        return id().toUpper() + QLatin1Char('-') + key;
    }

    QString fieldLabel(const QString& fieldKey) const
    {
        const FieldSpec* f = m_mailer.field(fieldKey);
        return f ? Catalog::tr(f->label) : fieldKey;
    }

    // A value that must fit on one line of the file.
    Value plain(const QString& text, const QString& placeholderWhat)
    {
        if (hasLineBreak(text)) {
            add("export.unrepresentable", Severity::Error,
                Export::tr("A value contains a line break, which this file cannot hold; a placeholder stands "
                           "in its place."),
                Export::tr("Correct the value in Postino, then export again."));
            return placeholder(placeholderWhat);
        }
        return Value{text, false};
    }

    // A non-secret setting of the mailer, or a placeholder when it is empty.
    Value required(const QString& key)
    {
        const QString text = settingText(key);
        if (text.isEmpty()) {
            return placeholder(fieldToken(key));
        }
        return plain(text, fieldToken(key));
    }

    // The raw bytes of a secret when the export may include it; empty otherwise (a finding says why).
    QByteArray rawSecret(const QString& key)
    {
        if (!m_options.includeSecrets) {
            return {};
        }
        const QByteArray raw = m_secret ? m_secret(id(), key) : QByteArray();
        if (raw.isEmpty()) {
            add("export.secret_missing", Severity::Warning,
                Export::tr("No %1 is stored for %2, so the file has a placeholder in its place.")
                    .arg(fieldLabel(key), displayName()),
                Export::tr("Enter it in Postino and export again, or replace the placeholder by hand."));
        }
        return raw;
    }

    Value secretField(const QString& key)
    {
        const QByteArray raw = rawSecret(key);
        if (raw.isEmpty()) {
            return placeholder(fieldToken(key));
        }
        const QString text = QString::fromUtf8(raw);
        if (hasLineBreak(text)) {
            add("export.unrepresentable", Severity::Error,
                Export::tr("The %1 contains a line break, which this file cannot hold; a placeholder stands "
                           "in its place.")
                    .arg(fieldLabel(key)),
                Export::tr("Check the value stored in Postino."));
            return placeholder(fieldToken(key));
        }
        m_result.containsSecrets = true;
        return Value{text, false};
    }

    // A field of the mailer as the file writes it: a secret when the catalog says so, a setting otherwise.
    Value fieldValue(const QString& key)
    {
        const FieldSpec* f = m_mailer.field(key);
        return f && f->secret ? secretField(key) : required(key);
    }

    // A format such as "postmaster@{domain}" with its settings filled in; empty while one is empty.
    QString filledFormat(QString format) const
    {
        static const QRegularExpression token(QStringLiteral("\\{([a-z_]+)\\}"));
        for (auto it = token.globalMatch(format); it.hasNext();) {
            const QString key = it.next().captured(1);
            const QString value = settingText(key);
            if (value.isEmpty()) {
                return {};
            }
            format.replace(QLatin1Char('{') + key + QLatin1Char('}'), value);
        }
        return format;
    }

    // One part of the catalog's smtp.login: {"text"}, {"field"} or {"fromEmail": true, "text"}.
    Value loginValue(const QJsonObject& part)
    {
        const QString text = part.value(QLatin1String("text")).toString();
        if (part.value(QLatin1String("fromEmail")).toBool()) {
            // e.g. Mandrill, which does not check the username; its documentation suggests the address.
            const QString email = m_profile.sender().fromEmail.trimmed();
            return email.isEmpty() ? Value{text, false} : plain(email, QStringLiteral("FROM-ADDRESS"));
        }
        const QString field = part.value(QLatin1String("field")).toString();
        return field.isEmpty() ? Value{text, false} : fieldValue(field);
    }

    // An SMTP password the provider module derives from an API secret (Amazon SES, per region).
    Value derivedPassword(const QString& secretKey)
    {
        const QByteArray secret = rawSecret(secretKey);
        const ApiProvider* provider = apiProvider(m_mailer.id);
        const QByteArray derived =
            provider && !secret.isEmpty() ? provider->derivedSmtpPassword(secret, m_settings) : QByteArray();
        if (derived.isEmpty()) {
            return placeholder(id().toUpper() + QStringLiteral("-SMTP-PASSWORD"));
        }
        m_result.containsSecrets = true;
        return Value{QString::fromLatin1(derived), false};
    }

    Value fromEmail()
    {
        const QString email = m_profile.sender().fromEmail.trimmed();
        return email.isEmpty() ? placeholder(QStringLiteral("FROM-ADDRESS"))
                               : plain(email, QStringLiteral("FROM-ADDRESS"));
    }
    QString fromName() const { return m_profile.sender().fromName; }

    // The alert channels WP Mail SMTP knows, in its terms; the others get a finding.
    bool alertsOn() const { return m_profile.features().alerts && !m_profile.alerts().channels.isEmpty(); }
    Value alertValue(const AlertChannel& channel, const AlertField& field);
    const AlertChannelInfo* wpMailSmtpAlert(const AlertChannel& channel);
    void alertConstants(const std::function<void(const QString&, const QString&)>& define);
    void alertOptions(QJsonObject& root);

    std::optional<Relay> relay(const QString& formatName);
    void wordpressNotes();
    void encryptionNote(const Relay& r);

    const Profile& m_profile;
    const MailerInfo& m_mailer;
    QJsonObject m_settings;
    ResolvedMailer::SignIn m_signIn;
    const SecretLookup& m_secret;
    ExportOptions m_options;
    ExportResult& m_result;
};

// ---- Notes shared by the WordPress formats ----

void Exporter::wordpressNotes()
{
    if (m_mailer.kind == MailerKind::OAuth) {
        add("export.oauth_reconnect", Severity::Warning,
            Export::tr("%1 signs in through the provider's own page: the sign-in itself cannot be exported.")
                .arg(displayName()),
            Export::tr(
                "After loading these settings, open WP Mail SMTP's settings in WordPress and connect the "
                "account again."));
        // WP Mail SMTP signs in on the site, so the client needs the site's redirect, not Postino's loopback.
        const QString wpRedirect = m_mailer.oauth.value(QLatin1String("wpRedirectUri")).toString();
        QStringList steps;
        if (!wpRedirect.isEmpty()) {
            steps << Export::tr(
                         "In the Google Cloud console, open the OAuth client (type \"Web application\"; a "
                         "\"Desktop app\" client gives redirect_uri_mismatch) and add exactly %1 under "
                         "\"Authorized redirect URIs\". Sites that use their own redirect show "
                         "https://YOUR-SITE/wp-admin/options-general.php?page=wp-mail-smtp&tab=auth there "
                         "instead.")
                         .arg(wpRedirect);
        } else {
            steps << Export::tr(
                         "Copy the Redirect URI that WP Mail SMTP shows next to the client secret and add "
                         "it, exactly, to the app registration (%1).")
                         .arg(displayName());
        }
        steps << Export::tr(
                     "Load these settings on the site, open WP Mail SMTP > Settings and click the button "
                     "that connects the account (\"Allow plugin to send emails using your account\").")
              << Export::tr("On the provider's page, sign in with the sending account and click \"Allow\"; "
                            "WordPress shows the account as connected afterwards.")
              << Export::tr("Send a test email from WP Mail SMTP > Tools > Email Test.");
        m_result.findings.append(Finding{
            Severity::Info,
            {.id = QStringLiteral("export.oauth_redirect_uri"),
             .subject = id(),
             .detail =
                 wpRedirect.isEmpty()
                     ? Export::tr("The OAuth client needs WP Mail SMTP's redirect address for your site, not "
                                  "Postino's.")
                     : Export::tr("The OAuth client needs the redirect address %1 for WP Mail SMTP.")
                           .arg(wpRedirect)},
            Advice{Export::tr("Connect the account in WordPress"), steps}});
    }
    if (m_mailer.wpMailSmtpPro) {
        add("export.pro_mailer", Severity::Info,
            Export::tr("WP Mail SMTP offers %1 only in its Pro edition.").arg(displayName()));
    }
}

// ---- 1. wp-config.php constants ----

void Exporter::wpConfig()
{
    QStringList lines;
    lines << wpConfigBlockBegin() +
                 QStringLiteral(": WP Mail SMTP settings (exporting again from Postino replaces this block)");
    auto define = [&lines](const QString& constant, const QString& php, const QString& comment = {}) {
        QString line =
            QStringLiteral("define( '") + constant + QStringLiteral("', ") + php + QStringLiteral(" );");
        if (!comment.isEmpty()) {
            line += QStringLiteral(" // ") + comment;
        }
        lines << line;
    };
    auto boolean = [](bool b) {
        return b ? QStringLiteral("true") : QStringLiteral("false");
    };
    // WP Mail SMTP takes these constants only when they are true (or 'true'): false leaves the setting to
    // the plugin's settings page.
    auto onlyTrue = [&define, &boolean](const QString& constant, bool b) {
        define(constant, boolean(b),
               b ? QString() : QStringLiteral("false: the plugin's settings page decides"));
    };
    const SenderSettings& sender = m_profile.sender();
    const SenderControls& controls = m_mailer.sender;

    define(QStringLiteral("WPMS_ON"), QStringLiteral("true"));
    define(QStringLiteral("WPMS_MAILER"), phpString(m_mailer.wpMailSmtpMailer));
    if (controls.fromEmail) {
        define(QStringLiteral("WPMS_MAIL_FROM"), phpString(fromEmail().text));
    }
    if (controls.forceFromEmail) {
        onlyTrue(QStringLiteral("WPMS_MAIL_FROM_FORCE"), sender.forceFromEmail);
    }
    if (controls.fromName) {
        define(QStringLiteral("WPMS_MAIL_FROM_NAME"),
               phpString(plain(fromName(), QStringLiteral("FROM-NAME")).text));
    }
    if (controls.forceFromName) {
        onlyTrue(QStringLiteral("WPMS_MAIL_FROM_NAME_FORCE"), sender.forceFromName);
    }
    if (m_mailer.returnPath) {
        onlyTrue(QStringLiteral("WPMS_SET_RETURN_PATH"), sender.returnPath);
    }
    for (const FieldSpec& f : m_mailer.fields) {
        if (f.constant.isEmpty()) {
            continue;
        }
        if (f.secret) {
            if (f.isVisible(m_settings)) {
                define(f.constant, phpString(secretField(f.key).text));
            }
            continue;
        }
        switch (f.type) {
        case FieldSpec::Type::Bool:
            define(f.constant, boolean(settingBool(f.key)));
            break;
        case FieldSpec::Type::Port:
            define(f.constant, QString::number(settingInt(f.key, 0)));
            break;
        default: {
            QString text = plain(settingText(f.key), fieldToken(f.key)).text;
            if (f.constant == QLatin1String("WPMS_SSL") && text == QLatin1String("none")) {
                text.clear(); // WPMS_SSL '' means no encryption
            }
            define(f.constant, phpString(text));
            break;
        }
        }
    }
    define(QStringLiteral("WPMS_SUMMARY_REPORT_EMAIL_DISABLED"),
           boolean(!m_profile.features().weeklySummary));
    define(QStringLiteral("WPMS_LOGS_ENABLED"), boolean(m_profile.features().emailLogs),
           QStringLiteral("email logs need WP Mail SMTP Pro"));
    alertConstants([&define](const QString& constant, const QString& php) { define(constant, php); });
    lines << wpConfigBlockEnd();

    m_result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    m_result.suggestedFileName = QStringLiteral("wp-config-postino.txt");
    if (alertsOn()) {
        // WP Mail SMTP reads where alerts go from WPMS_ALERT_* constants, but whether each kind of alert is
        // on only from its settings (the option's "enabled"): no constant exists for that.
        add("export.alerts_need_switching_on", Severity::Warning,
            Export::tr("These constants say where failure alerts go, but they cannot switch WP Mail SMTP's "
                       "alerts on: the plugin has no constant for that. Alerts also need WP Mail SMTP Pro."),
            Export::tr("After loading the settings, turn each alert on in WP Mail SMTP > Settings > Alerts, "
                       "or use the export for wp-cli (WP Mail SMTP settings), which switches them on."));
    }
    wordpressNotes();
}

// ---- 2. the wp_mail_smtp option ----

void Exporter::wpOption()
{
    const SenderSettings& sender = m_profile.sender();
    const SenderControls& controls = m_mailer.sender;
    QJsonObject mail{{QStringLiteral("mailer"), m_mailer.wpMailSmtpMailer},
                     {QStringLiteral("return_path"), sender.returnPath}};
    if (controls.fromEmail) {
        mail.insert(QStringLiteral("from_email"), addSlashes(fromEmail().text));
    }
    if (controls.forceFromEmail) {
        mail.insert(QStringLiteral("from_email_force"), sender.forceFromEmail);
    }
    if (controls.fromName) {
        mail.insert(QStringLiteral("from_name"),
                    addSlashes(plain(fromName(), QStringLiteral("FROM-NAME")).text));
    }
    if (controls.forceFromName) {
        mail.insert(QStringLiteral("from_name_force"), sender.forceFromName);
    }
    QJsonObject group;
    for (const FieldSpec& f : m_mailer.fields) {
        if (m_mailer.kind == MailerKind::OAuth && f.constant.isEmpty()) {
            continue; // Postino's own choices (method, send_via, redirect port, app password) are not WP Mail
                      // SMTP's
        }
        if (f.secret) {
            if (f.isVisible(m_settings)) {
                group.insert(f.key, addSlashes(secretField(f.key).text));
            }
            continue;
        }
        switch (f.type) {
        case FieldSpec::Type::Bool:
            group.insert(f.key, settingBool(f.key));
            break;
        case FieldSpec::Type::Port:
            group.insert(f.key, settingInt(f.key, 0));
            break;
        default:
            group.insert(f.key, addSlashes(plain(settingText(f.key), fieldToken(f.key)).text));
            break;
        }
    }
    QJsonObject root{
        {QStringLiteral("mail"), mail},
        {m_mailer.wpMailSmtpMailer, group},
        {QStringLiteral("general"),
         QJsonObject{{QStringLiteral("summary_report_email_disabled"), !m_profile.features().weeklySummary}}},
        {QStringLiteral("logs"), QJsonObject{{QStringLiteral("enabled"), m_profile.features().emailLogs}}},
    };
    alertOptions(root);
    if (alertsOn()) {
        add("export.alerts_need_pro", Severity::Info,
            Export::tr("The settings switch WP Mail SMTP's failure alerts on; the plugin sends them only in "
                       "its Pro edition."));
    }
    m_result.text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    m_result.suggestedFileName = QStringLiteral("wp-mail-smtp-option.json");
    // The JSON goes through standard input so that no secret shows in the process list or shell history.
    m_result.command = QStringLiteral("wp option get wp_mail_smtp --format=json > wp-mail-smtp-backup.json; "
                                      "wp option update wp_mail_smtp --format=json --autoload=no "
                                      "< wp-mail-smtp-option.json");
    add("export.replaces_option", Severity::Warning,
        Export::tr(
            "\"wp option update\" replaces the whole wp_mail_smtp option: WP Mail SMTP settings that are "
            "not in this file (a licence key, alerts, log options, a connected account) are lost."),
        Export::tr("The command first saves the current option with \"wp option get wp_mail_smtp "
                   "--format=json\" to wp-mail-smtp-backup.json; keep that file until the site sends mail."));
    if (m_mailer.kind == MailerKind::Smtp && m_result.containsSecrets) {
        add("export.option_plain_password", Severity::Info,
            Export::tr(
                "WP Mail SMTP keeps the SMTP password encrypted in the database; written this way it stays "
                "readable there until the plugin's settings page is saved once."));
    }
    wordpressNotes();
}

// ---- Failure alerts ----

Value Exporter::alertValue(const AlertChannel& channel, const AlertField& field)
{
    QString upper = channel.id.toUpper() + QLatin1Char('-') + field.key.toUpper();
    upper.replace(QLatin1Char('_'), QLatin1Char('-'));
    const QString what = QStringLiteral("ALERT-") + upper;
    if (!field.secret) {
        const QString text = channel.setting(field.key);
        return text.isEmpty() ? placeholder(what) : plain(text, what);
    }
    if (!m_options.includeSecrets) {
        return placeholder(what);
    }
    const QByteArray raw = m_secret ? m_secret(channel.secretGroup(), field.key) : QByteArray();
    if (raw.isEmpty()) {
        add("export.secret_missing", Severity::Warning,
            Export::tr("No %1 is stored for the %2 alert, so the file has a placeholder in its place.")
                .arg(alertText(field.label), channel.displayName()),
            Export::tr("Enter it in Postino and export again, or replace the placeholder by hand."));
        return placeholder(what);
    }
    const QString text = QString::fromUtf8(raw).trimmed();
    if (hasLineBreak(text)) {
        return plain(text, what);
    }
    m_result.containsSecrets = true;
    return Value{text, false};
}

// The channel's description when WP Mail SMTP has such alerts; otherwise says so and gives null.
const AlertChannelInfo* Exporter::wpMailSmtpAlert(const AlertChannel& channel)
{
    const AlertChannelInfo* info = alertChannelInfo(channel.type);
    if (info && info->wpOptionGroup.isEmpty()) {
        add("export.alert_not_in_wp_mail_smtp", Severity::Info,
            Export::tr("WP Mail SMTP has no %1 alerts; that channel is only in the \"alerts\" JSON export.")
                .arg(alertText(info->name)));
        return nullptr;
    }
    return info;
}

void Exporter::alertConstants(const std::function<void(const QString&, const QString&)>& define)
{
    if (!alertsOn()) {
        return;
    }
    QStringList done;
    for (const AlertChannel& channel : m_profile.alerts().channels) {
        const AlertChannelInfo* info = wpMailSmtpAlert(channel);
        if (!info) {
            continue;
        }
        if (done.contains(channel.type)) {
            add("export.alert_one_per_constant", Severity::Info,
                Export::tr(
                    "wp-config.php constants hold one %1 alert; add the others in WP Mail SMTP's Alerts "
                    "settings, or use the option export.")
                    .arg(alertText(info->name)));
            continue;
        }
        done << channel.type;
        for (const AlertField& f : info->fields) {
            if (f.wpConstant.isEmpty()) {
                continue;
            }
            Value v = alertValue(channel, f);
            if (f.kind == AlertField::Kind::EmailList) {
                const QStringList addresses = splitAddresses(v.text);
                if (addresses.size() > 1) {
                    v.text = addresses.first();
                    add("export.alert_one_per_constant", Severity::Info,
                        Export::tr(
                            "WPMS_ALERT_EMAIL_SEND_TO holds one address; add the others in WP Mail SMTP's "
                            "Alerts settings, or use the option export."));
                }
            }
            define(f.wpConstant, phpString(v.text));
        }
    }
}

void Exporter::alertOptions(QJsonObject& root)
{
    if (!alertsOn()) {
        return;
    }
    for (const AlertChannel& channel : m_profile.alerts().channels) {
        const AlertChannelInfo* info = wpMailSmtpAlert(channel);
        if (!info) {
            continue;
        }
        QJsonObject group = root.value(info->wpOptionGroup).toObject();
        QJsonArray connections = group.value(QStringLiteral("connections")).toArray();
        QJsonObject connection;
        for (const AlertField& f : info->fields) {
            if (f.wpOptionKey.isEmpty()) {
                continue;
            }
            const Value v = alertValue(channel, f);
            if (f.kind == AlertField::Kind::EmailList) {
                for (const QString& address : splitAddresses(v.text)) {
                    connections.append(QJsonObject{{f.wpOptionKey, addSlashes(address)}});
                }
                continue;
            }
            connection.insert(f.wpOptionKey, addSlashes(v.text));
        }
        if (!connection.isEmpty()) {
            connections.append(connection);
        }
        group.insert(QStringLiteral("enabled"), true);
        group.insert(QStringLiteral("connections"), connections);
        root.insert(info->wpOptionGroup, group);
    }
}

void Exporter::alertsJson()
{
    QJsonArray channels;
    for (const AlertChannel& channel : m_profile.alerts().channels) {
        const AlertChannelInfo* info = alertChannelInfo(channel.type);
        if (!info) {
            continue;
        }
        QJsonObject settings;
        for (const AlertField& f : info->fields) {
            const Value v = alertValue(channel, f);
            if (f.kind == AlertField::Kind::EmailList) {
                settings.insert(f.key, QJsonArray::fromStringList(splitAddresses(v.text)));
            } else {
                settings.insert(f.key, v.text);
            }
        }
        channels.append(QJsonObject{{QStringLiteral("id"), channel.id},
                                    {QStringLiteral("type"), channel.type},
                                    {QStringLiteral("settings"), settings}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("postino-alerts")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("enabled"), m_profile.features().alerts},
        {QStringLiteral("site"), m_profile.sender().fromEmail.trimmed().section(QLatin1Char('@'), 1)},
        {QStringLiteral("events"), QJsonArray{QStringLiteral("failed_email")}},
        {QStringLiteral("channels"), channels},
    };
    m_result.text = QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    m_result.suggestedFileName = QStringLiteral("postino-alerts.json");
    if (m_profile.alerts().channels.isEmpty()) {
        add("export.no_alerts", Severity::Warning,
            Export::tr("No alert channel is set up, so the list is empty."),
            Export::tr("Add channels with the Alert channels… button on the Features page."));
    } else if (!m_profile.features().alerts) {
        add("export.alerts_off", Severity::Warning,
            Export::tr("Failure alerts are turned off; the channels are written with \"enabled\": false."));
    }
}

// ---- The SMTP relay that msmtp, Postfix, Laravel and Symfony send through ----

std::optional<Relay> Exporter::relay(const QString& formatName)
{
    Relay r;
    if (m_mailer.kind == MailerKind::Smtp) {
        r.host = required(QStringLiteral("host")).text;
        r.port = settingInt(QStringLiteral("port"), 587);
        const QString encryption = settingText(QStringLiteral("encryption"));
        r.security = encryption == QLatin1String("ssl")   ? Security::Tls
                     : encryption == QLatin1String("tls") ? Security::StartTls
                                                          : Security::None;
        r.opportunistic = r.security == Security::None && settingBool(QStringLiteral("autotls"));
        r.auth = settingBool(QStringLiteral("auth"));
        if (r.auth) {
            r.user = required(QStringLiteral("user"));
            r.password = secretField(QStringLiteral("pass"));
        }
        return r;
    }
    if (m_mailer.relayHost.isEmpty() || m_mailer.relayPorts.isEmpty()) {
        add("export.unsupported", Severity::Error,
            Export::tr(
                "%1 cannot be expressed as %2: it sends only through its own API and has no SMTP relay.")
                .arg(displayName(), formatName),
            Export::tr("Pick a mailer with an SMTP relay, or a WordPress format."));
        return std::nullopt;
    }

    // The relay host; some depend on a setting (email-smtp.{region}.amazonaws.com, smtp.zoho.{domain}).
    QString host = m_mailer.relayHostFor(m_settings);
    if (host.isEmpty()) {
        host = m_mailer.relayHost;
    }
    // Regional relays (SparkPost EU: developers.sparkpost.com/api/smtp; Mailgun's EU region).
    const QString regionHost =
        m_mailer.relayRegionHosts.value(settingText(QStringLiteral("region"))).toString();
    if (!regionHost.isEmpty()) {
        host = regionHost;
    }
    r.host = host.contains(QLatin1Char('{')) ? placeholder(id().toUpper() + QStringLiteral("-SMTP-HOST")).text
                                             : host;
    // The catalog lists the usual port first (587 with STARTTLS for every provider).
    r.port = m_mailer.relayPorts.first().port;
    const QString security = m_mailer.relayPorts.first().security;
    r.security = security == QLatin1String("ssl")        ? Security::Tls
                 : security == QLatin1String("starttls") ? Security::StartTls
                                                         : Security::None;

    const QString upper = id().toUpper();
    bool sameCredentialsAsApi = true;
    // Username and password per provider (each provider's SMTP relay documentation) come from the
    // catalog's smtp.login.
    const QJsonObject login = m_mailer.relayLogin;
    const QJsonObject passwordPart = login.value(QLatin1String("password")).toObject();
    if (!passwordPart.isEmpty()) {
        r.user = loginValue(login.value(QLatin1String("user")).toObject());
        if (passwordPart.value(QLatin1String("derived")).toBool()) {
            sameCredentialsAsApi = false;
            r.password = derivedPassword(passwordPart.value(QLatin1String("field")).toString());
        } else {
            r.password = loginValue(passwordPart);
        }
        const QJsonObject note = login.value(QLatin1String("note")).toObject();
        if (!note.isEmpty()) {
            add(note.value(QLatin1String("id")).toString().toLatin1().constData(), Severity::Info,
                Catalog::tr(note.value(QLatin1String("text")).toString()));
        }
    } else if (m_signIn == ResolvedMailer::SignIn::AppPassword) {
        sameCredentialsAsApi = false;
        const int port = settingInt(QStringLiteral("smtp_port"), 587);
        r.port = port;
        r.security = port == 465 ? Security::Tls : Security::StartTls;
        const QString user = settingText(QStringLiteral("user"));
        r.user = user.isEmpty() ? placeholder(upper + QStringLiteral("-ADDRESS"))
                                : plain(user, upper + QStringLiteral("-ADDRESS"));
        const QByteArray raw = rawSecret(QStringLiteral("pass"));
        if (raw.isEmpty()) {
            r.password = placeholder(upper + QStringLiteral("-APP-PASSWORD"));
        } else {
            r.password = plain(QString::fromUtf8(raw), upper + QStringLiteral("-APP-PASSWORD"));
            m_result.containsSecrets = !r.password.placeholder;
        }
        add("export.app_password", Severity::Info,
            Export::tr(
                "%1 sends through %2 with the app password: a server cannot open a browser to sign in, "
                "and an OAuth token would need the client secret on the server and expire.")
                .arg(formatName, r.host));
    } else if (m_mailer.kind == MailerKind::OAuth) {
        sameCredentialsAsApi = false;
        const QString email = m_profile.sender().fromEmail.trimmed();
        r.user = email.isEmpty() ? placeholder(upper + QStringLiteral("-ADDRESS"))
                                 : plain(email, upper + QStringLiteral("-ADDRESS"));
        r.password = placeholder(upper + QStringLiteral("-APP-PASSWORD"));
        add("export.oauth_relay", Severity::Warning,
            Export::tr(
                "%1 signs in with the provider's own page in WP Mail SMTP, which %2 cannot do. This file "
                "sends through %3 with the account's address and an app password instead.")
                .arg(displayName(), formatName, r.host),
            Export::tr("Create an app password in the account's security settings (it needs two-step "
                       "verification) and put it in place of %1.")
                .arg(r.password.text));
    } else {
        // Mailgun, Brevo, SendLayer, MailerSend, Elastic Email, SMTP2GO: SMTP has its own credentials.
        sameCredentialsAsApi = false;
        // Some providers name the relay's user after a setting (Mailgun: postmaster@<domain>).
        const QString userFormat =
            login.value(QLatin1String("user")).toObject().value(QLatin1String("format")).toString();
        const QString user = filledFormat(userFormat);
        if (!user.isEmpty()) {
            r.user = plain(user, upper + QStringLiteral("-SMTP-USERNAME"));
        } else {
            r.user = placeholder(upper + QStringLiteral("-SMTP-USERNAME"));
        }
        r.password = placeholder(upper + QStringLiteral("-SMTP-PASSWORD"));
        add("export.relay_credentials", Severity::Warning,
            Export::tr("%1's SMTP relay (%2) signs in with SMTP credentials of its own, not with the API key "
                       "Postino holds.")
                .arg(displayName(), r.host),
            Export::tr(
                "Create SMTP credentials in your %1 account and put them in place of the placeholders.")
                .arg(displayName()));
    }
    if (sameCredentialsAsApi) {
        add("export.via_relay", Severity::Info,
            Export::tr(
                "WP Mail SMTP sends through %1's API; %2 sends through its SMTP relay %3 instead, with the "
                "same key.")
                .arg(displayName(), formatName, r.host));
    }
    return r;
}

void Exporter::encryptionNote(const Relay& r)
{
    if (r.security == Security::None && r.auth) {
        add("export.no_encryption", Severity::Warning,
            r.opportunistic
                ? Export::tr("No encryption is set: the password is protected only when the server "
                             "offers STARTTLS.")
                : Export::tr("No encryption is set: the password travels unencrypted."),
            Export::tr("Choose TLS (port 587) if the server supports it."));
    }
}

// ---- 3. msmtp ----

void Exporter::msmtp()
{
    m_result.suggestedFileName = QStringLiteral("msmtprc");
    const auto r = relay(QStringLiteral("msmtp"));
    if (!r) {
        return;
    }
    encryptionNote(*r);
    QStringList lines{
        QStringLiteral("# msmtp configuration written by Postino for ") + name() + QLatin1Char('.'),
        r->auth
            ? QStringLiteral("# Save it as /etc/msmtprc (or ~/.msmtprc) readable only by the user that sends "
                             "mail: it holds a password.")
            : QStringLiteral("# Save it as /etc/msmtprc (or ~/.msmtprc)."),
        QString(),
        QStringLiteral("account postino"),
        QStringLiteral("host ") + r->host,
        QStringLiteral("port ") + QString::number(r->port),
    };
    switch (r->security) {
    case Security::StartTls:
        lines << QStringLiteral("tls on") << QStringLiteral("tls_starttls on");
        break;
    case Security::Tls:
        lines << QStringLiteral("tls on") << QStringLiteral("tls_starttls off");
        break;
    case Security::None:
        if (r->opportunistic) {
            lines << QStringLiteral(
                "# msmtp cannot use STARTTLS only when offered: turn tls on if the server "
                "supports it.");
        }
        lines << QStringLiteral("tls off");
        break;
    }
    lines << (r->auth ? QStringLiteral("auth on") : QStringLiteral("auth off"));
    if (r->auth) {
        lines << QStringLiteral("user ") + msmtpQuoted(r->user.text);
        lines << QStringLiteral("password ") + msmtpQuoted(r->password.text);
    }
    lines << QStringLiteral("from ") + msmtpQuoted(fromEmail().text);
    lines << QString() << QStringLiteral("account default : postino") << QString()
          << QStringLiteral("# For PHP's mail() (and so WordPress without an SMTP plugin), set in php.ini:")
          << QStringLiteral("# sendmail_path = \"/usr/bin/msmtp -t\"");
    for (const QString& line : std::as_const(lines)) {
        // msmtp reads lines of at most 500 bytes, line break included.
        if (line.toUtf8().size() > 499) {
            add("export.unrepresentable", Severity::Error,
                Export::tr("A line of the file is longer than msmtp reads (500 bytes)."));
        }
    }
    m_result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- 4. Postfix relayhost ----

void Exporter::postfix()
{
    m_result.suggestedFileName = QStringLiteral("postfix-relay.txt");
    const auto r = relay(QStringLiteral("Postfix"));
    if (!r) {
        return;
    }
    encryptionNote(*r);
    const QString relayHost = QLatin1Char('[') + r->host + QStringLiteral("]:") + QString::number(r->port);
    QStringList lines{
        QStringLiteral("# Postfix relay settings written by Postino for ") + name() + QLatin1Char('.'),
        QStringLiteral("#"),
        QStringLiteral(
            "# ---- /etc/postfix/main.cf: add these lines (and remove any other relayhost line) ----"),
        QStringLiteral("relayhost = ") + relayHost,
    };
    if (r->auth) {
        lines << QStringLiteral("smtp_sasl_auth_enable = yes")
              << QStringLiteral("smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd")
              << QStringLiteral("smtp_sasl_security_options = noanonymous");
    }
    switch (r->security) {
    case Security::StartTls:
        lines << QStringLiteral("smtp_tls_security_level = encrypt");
        break;
    case Security::Tls:
        lines << QStringLiteral("smtp_tls_security_level = encrypt")
              << QStringLiteral("smtp_tls_wrappermode = yes");
        break;
    case Security::None:
        lines << (r->opportunistic ? QStringLiteral("smtp_tls_security_level = may")
                                   : QStringLiteral("smtp_tls_security_level = none"));
        break;
    }
    if (r->auth) {
        // A sasl_passwd entry is "key whitespace value"; Postfix strips white space around the value and
        // splits it at the first ':' (postmap(1), smtp_sasl_password_maps): the password may hold spaces,
        // ':', '#' and anything else but a line break or trailing white space; the username no ':'.
        const QString user = r->user.text;
        const QString password = r->password.text;
        if (user.contains(QLatin1Char(':')) || (!user.isEmpty() && user.front().isSpace()) ||
            (!password.isEmpty() && password.back().isSpace())) {
            add("export.unrepresentable", Severity::Error,
                Export::tr(
                    "Postfix cannot hold this username or password in sasl_passwd: the username must not "
                    "contain ':' or start with a space, and the password must not end with a space."),
                Export::tr("Use msmtp instead, or change the password."));
        }
        lines << QStringLiteral("#")
              << QStringLiteral(
                     "# ---- /etc/postfix/sasl_passwd: this line only; make the file readable by root "
                     "alone")
              << QStringLiteral(
                     "# ---- (chmod 600), run postmap /etc/postfix/sasl_passwd, then postfix reload.")
              << QStringLiteral("# ---- Debian and Ubuntu also need the libsasl2-modules package.")
              << relayHost + QLatin1Char(' ') + user + QLatin1Char(':') + password;
        m_result.command = QStringLiteral("postmap /etc/postfix/sasl_passwd");
    }
    m_result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- 5. Laravel .env ----

void Exporter::laravel()
{
    m_result.suggestedFileName = QStringLiteral("laravel-mail.env");
    QStringList lines{
        QStringLiteral("# Laravel mail settings written by Postino for ") + name() + QLatin1Char('.'),
        QStringLiteral(
            "# Put these lines in the app's .env in place of its MAIL_ lines, then run: php artisan "
            "config:clear"),
    };
    // Laravel's env() turns true, false, empty and null (also in parentheses) into other types and strips
    // quotes that are still around a value after dotenv parsing.
    auto line = [this, &lines](const QString& key, const Value& v) {
        static const QRegularExpression quotedAgain(QStringLiteral("\\A(['\"]).*\\1\\z"),
                                                    QRegularExpression::DotMatchesEverythingOption);
        static const QStringList specials{QStringLiteral("true"),  QStringLiteral("(true)"),
                                          QStringLiteral("false"), QStringLiteral("(false)"),
                                          QStringLiteral("empty"), QStringLiteral("(empty)"),
                                          QStringLiteral("null"),  QStringLiteral("(null)")};
        if (!v.placeholder && (specials.contains(v.text.toLower()) || quotedAgain.match(v.text).hasMatch())) {
            add("export.laravel_value", Severity::Warning,
                Export::tr(
                    "Laravel's env() changes the value of %1 (it reads true, false, empty, null and values "
                    "wrapped in quotes specially), so the app would not get it as written.")
                    .arg(key),
                Export::tr("Change the value, or set it in config/mail.php instead of .env."));
        }
        lines << key + QLatin1Char('=') + dotenvQuoted(v.text);
    };
    // Host names, ports and keywords go unquoted, as in Laravel's own .env.example.
    auto bare = [&lines](const QString& key, const QString& value) {
        static const QRegularExpression plainValue(QStringLiteral("\\A[A-Za-z0-9._:/@-]*\\z"));
        lines << key + QLatin1Char('=') + (plainValue.match(value).hasMatch() ? value : dotenvQuoted(value));
    };

    QStringList packages;
    if (const QJsonObject transport = m_mailer.laravel; !transport.isEmpty()) {
        // Laravel's own transport for the provider (config/mail.php), from the catalog.
        for (const QJsonValue& package : transport.value(QLatin1String("packages")).toArray()) {
            packages << package.toString();
        }
        bare(QStringLiteral("MAIL_MAILER"), transport.value(QLatin1String("mailer")).toString());
        for (const QJsonValue& ev : transport.value(QLatin1String("env")).toArray()) {
            const QJsonObject e = ev.toObject();
            const QString name = e.value(QLatin1String("name")).toString();
            const QString field = e.value(QLatin1String("field")).toString();
            if (e.value(QLatin1String("optional")).toBool() && settingText(field).isEmpty()) {
                continue;
            }
            if (e.contains(QLatin1String("comment"))) {
                lines << e.value(QLatin1String("comment")).toString();
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!field.isEmpty()) {
                line(name, fieldValue(field));
            } else if (e.contains(QLatin1String("bareField"))) {
                bare(name, settingText(e.value(QLatin1String("bareField")).toString()));
            } else {
                const QString regional = e.value(QLatin1String("regions"))
                                             .toObject()
                                             .value(settingText(QStringLiteral("region")))
                                             .toString();
                bare(name, regional.isEmpty() ? e.value(QLatin1String("bare")).toString() : regional);
            }
        }
    } else {
        const auto r = relay(QStringLiteral("Laravel"));
        if (!r) {
            return;
        }
        encryptionNote(*r);
        bare(QStringLiteral("MAIL_MAILER"), QStringLiteral("smtp"));
        lines << QStringLiteral(
            "# MAIL_SCHEME is read by Laravel 11 and later, MAIL_ENCRYPTION by Laravel 10 and "
            "earlier.");
        bare(QStringLiteral("MAIL_SCHEME"),
             r->security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"));
        bare(QStringLiteral("MAIL_HOST"), r->host);
        bare(QStringLiteral("MAIL_PORT"), QString::number(r->port));
        if (r->auth) {
            line(QStringLiteral("MAIL_USERNAME"), r->user);
            line(QStringLiteral("MAIL_PASSWORD"), r->password);
        } else {
            bare(QStringLiteral("MAIL_USERNAME"), QStringLiteral("null"));
            bare(QStringLiteral("MAIL_PASSWORD"), QStringLiteral("null"));
        }
        bare(QStringLiteral("MAIL_ENCRYPTION"), r->security == Security::Tls        ? QStringLiteral("ssl")
                                                : r->security == Security::StartTls ? QStringLiteral("tls")
                                                                                    : QStringLiteral("null"));
    }
    line(QStringLiteral("MAIL_FROM_ADDRESS"), fromEmail());
    line(QStringLiteral("MAIL_FROM_NAME"), plain(fromName(), QStringLiteral("FROM-NAME")));
    if (!packages.isEmpty()) {
        lines.insert(2, QStringLiteral("# It needs: composer require ") + packages.join(QLatin1Char(' ')));
        m_result.command = QStringLiteral("composer require ") + packages.join(QLatin1Char(' '));
    }
    m_result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// ---- 6. Symfony MAILER_DSN ----

void Exporter::symfony()
{
    m_result.suggestedFileName = QStringLiteral("symfony-mailer.env");
    QStringList notes;
    QStringList packages;
    QString dsn;
    auto enc = [](const Value& v) {
        return urlEncoded(v.text);
    };
    // Provider bridges from Symfony's mailer documentation ("Using a 3rd Party Transport"), from the
    // catalog: {key} is a field of the mailer (a placeholder when empty), {?key} a setting as it is.
    const QJsonObject bridge = m_mailer.symfony;
    auto filled = [this, &enc](const QString& text) -> QString {
        static const QRegularExpression token(QStringLiteral("\\{(\\?{0,1})([a-z_]+)\\}"));
        QString out;
        qsizetype at = 0;
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at);
            out += m.captured(1).isEmpty() ? enc(fieldValue(m.captured(2)))
                                           : urlEncoded(settingText(m.captured(2)));
            at = m.capturedEnd();
        }
        return out + text.mid(at);
    };
    if (const QString dsnTemplate = bridge.value(QLatin1String("dsn")).toString(); !dsnTemplate.isEmpty()) {
        packages << bridge.value(QLatin1String("package")).toString();
        dsn = filled(dsnTemplate);
        for (const QJsonValue& ov : bridge.value(QLatin1String("options")).toArray()) {
            const QJsonObject option = ov.toObject();
            const QString value = settingText(option.value(QLatin1String("field")).toString());
            const bool applies = option.contains(QLatin1String("equals"))
                                     ? value == option.value(QLatin1String("equals")).toString()
                                     : !value.isEmpty();
            if (applies) {
                dsn += filled(option.value(QLatin1String("append")).toString());
            }
        }
        for (const QJsonValue& note : bridge.value(QLatin1String("notes")).toArray()) {
            notes << note.toString();
        }
    }
    if (!packages.isEmpty()) {
        packages << QStringLiteral("symfony/http-client");
    } else {
        const auto r = relay(QStringLiteral("Symfony Mailer"));
        if (!r) {
            return;
        }
        encryptionNote(*r);
        const QString userInfo =
            r->auth ? enc(r->user) + QLatin1Char(':') + enc(r->password) + QLatin1Char('@') : QString();
        if (const QString scheme = bridge.value(QLatin1String("relayScheme")).toString(); !scheme.isEmpty()) {
            // A bridge over the provider's SMTP relay (Gmail).
            packages << bridge.value(QLatin1String("package")).toString();
            dsn = scheme + QStringLiteral("://") + userInfo + QStringLiteral("default");
        } else {
            const QString host = r->host.contains(QLatin1Char(':'))
                                     ? QLatin1Char('[') + r->host + QLatin1Char(']')
                                     : urlEncoded(r->host);
            dsn = (r->security == Security::Tls ? QStringLiteral("smtps://") : QStringLiteral("smtp://")) +
                  userInfo + host + QLatin1Char(':') + QString::number(r->port);
            if (r->security == Security::None && !r->opportunistic) {
                dsn += QStringLiteral("?auto_tls=false");
                notes << QStringLiteral(
                    "# auto_tls=false (no STARTTLS even when offered) needs Symfony 7.1 or later.");
            }
        }
    }
    const QString email = fromEmail().text;
    const QString fromHeader = fromName().trimmed().isEmpty()
                                   ? email
                                   : plain(fromName(), QStringLiteral("FROM-NAME")).text +
                                         QStringLiteral(" <") + email + QLatin1Char('>');
    QStringList lines{
        QStringLiteral("# Symfony Mailer settings written by Postino for ") + name() + QLatin1Char('.'),
        QStringLiteral(
            "# Put this line in .env.local (or the server's environment), not in the committed .env."),
    };
    if (!packages.isEmpty()) {
        lines << QStringLiteral("# It needs: composer require ") + packages.join(QLatin1Char(' '));
        m_result.command = QStringLiteral("composer require ") + packages.join(QLatin1Char(' '));
    }
    lines << notes;
    // The DSN holds only unreserved characters, %XX and URL punctuation: nothing a .env parser treats
    // specially inside double quotes.
    lines << QStringLiteral("MAILER_DSN=\"") + dsn + QLatin1Char('"');
    lines << QStringLiteral("#") << QStringLiteral("# The sender, in config/packages/mailer.yaml:")
          << QStringLiteral("#   framework:") << QStringLiteral("#     mailer:")
          << QStringLiteral("#       envelope:") << QStringLiteral("#         sender: ") + yamlQuoted(email)
          << QStringLiteral("#       headers:")
          << QStringLiteral("#         From: ") + yamlQuoted(fromHeader);
    m_result.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::WpConfig:
        return QStringLiteral("wp-config");
    case ExportFormat::WpOptionJson:
        return QStringLiteral("wp-option");
    case ExportFormat::Msmtp:
        return QStringLiteral("msmtp");
    case ExportFormat::PostfixRelay:
        return QStringLiteral("postfix");
    case ExportFormat::LaravelEnv:
        return QStringLiteral("laravel");
    case ExportFormat::SymfonyEnv:
        return QStringLiteral("symfony");
    case ExportFormat::PostinoProfile:
        return QStringLiteral("profile");
    case ExportFormat::AlertsJson:
        return QStringLiteral("alerts");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    for (const ExportFormat f :
         {ExportFormat::WpConfig, ExportFormat::WpOptionJson, ExportFormat::Msmtp, ExportFormat::PostfixRelay,
          ExportFormat::LaravelEnv, ExportFormat::SymfonyEnv, ExportFormat::PostinoProfile,
          ExportFormat::AlertsJson}) {
        if (exportFormatName(f) == name.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

namespace {

// The relay a mailer is exported as when WordPress reaches it through WP Mail SMTP's "Other SMTP".
struct SmtpRelay
{
    QString host;
    int port = 0;
    bool implicitTls = false;
    QString user;
    QString passwordField; // the field of the original mailer that holds the password
};

ExportResult exportThroughOtherSmtp(const Profile& profile, ExportFormat format, const SecretLookup& secret,
                                    const ExportOptions& options, const SmtpRelay& relay)
{
    Profile smtp = profile;
    const QString smtpId = Catalog::builtin().otherSmtp()->id;
    smtp.setMailerId(smtpId);
    smtp.setMailerSettings(smtpId, {{QStringLiteral("host"), relay.host},
                                    {QStringLiteral("port"), relay.port},
                                    {QStringLiteral("encryption"),
                                     relay.implicitTls ? QStringLiteral("ssl") : QStringLiteral("tls")},
                                    {QStringLiteral("auth"), true},
                                    {QStringLiteral("autotls"), true},
                                    {QStringLiteral("user"), relay.user}});
    const QString from = profile.mailerId();
    const QString passwordField = relay.passwordField;
    const SecretLookup mapped = [secret, from, smtpId, passwordField](const QString& mailerId,
                                                                      const QString& field) {
        return mailerId == smtpId && field == QLatin1String("pass") && secret ? secret(from, passwordField)
                                                                              : QByteArray();
    };
    return exportProfile(smtp, format, mapped, options);
}

} // namespace

ExportResult exportProfile(const Profile& profile, ExportFormat format, const SecretLookup& secret,
                           const ExportOptions& options)
{
    ExportResult result;
    if (format == ExportFormat::PostinoProfile) {
        // Profile::toJson() never holds a secret, whatever the options say.
        result.text = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented));
        result.suggestedFileName = QStringLiteral("postino-profile.json");
        if (options.includeSecrets) {
            result.findings.append(
                Finding{Severity::Info,
                        {.id = QStringLiteral("export.profile_no_secrets"),
                         .subject = profile.mailerId(),
                         .detail = Export::tr("A Postino profile never holds passwords or keys; enter "
                                              "them again where the profile is opened.")}});
        }
        return result;
    }
    const MailerInfo* mailer = Catalog::builtin().mailer(profile.mailerId());
    if (!mailer) {
        result.findings.append(
            Finding{Severity::Error,
                    {.id = QStringLiteral("export.unknown_mailer"),
                     .subject = profile.mailerId(),
                     .detail = Export::tr("The mailer \"%1\" is not one Postino knows, so there is "
                                          "nothing to export.")
                                   .arg(profile.mailerId())},
                    Advice{Export::tr("Choose a mailer"), {Export::tr("Choose a mailer from the list.")}}});
        return result;
    }
    const ResolvedMailer resolved = resolveMailer(*mailer, profile.currentSettings());
    const QJsonObject& mailerSettings = resolved.settings;
    const bool wordpress = format == ExportFormat::WpConfig || format == ExportFormat::WpOptionJson;
    if (wordpress && resolved.usesAppPassword()) {
        // WP Mail SMTP has no app-password mode for these mailers: its "Other SMTP" mailer does the same.
        const int port = mailerSettings.value(QStringLiteral("smtp_port")).toString().toInt();
        const int chosen = port > 0 ? port : 587;
        result = exportThroughOtherSmtp(profile, format, secret, options,
                                        {resolved.relayHost, chosen, chosen == 465,
                                         mailerSettings.value(QStringLiteral("user")).toString(),
                                         QStringLiteral("pass")});
        result.findings.prepend(Finding{
            Severity::Info,
            {.id = QStringLiteral("export.app_password_as_smtp"),
             .subject = mailer->id,
             .detail =
                 Export::tr(
                     "%1 with an app password is WP Mail SMTP's \"Other SMTP\" mailer with %2; the file sets "
                     "that up.")
                     .arg(Catalog::tr(mailer->name), resolved.relayHost)}});
        return result;
    }
    const QJsonObject relayUser = mailer->relayLogin.value(QLatin1String("user")).toObject();
    const QJsonObject relayPassword = mailer->relayLogin.value(QLatin1String("password")).toObject();
    const QString passwordField = relayPassword.value(QLatin1String("field")).toString();
    if (wordpress && mailer->wpMailSmtpMailer.isEmpty() && mailer->kind != MailerKind::Smtp &&
        !passwordField.isEmpty() && !relayPassword.value(QLatin1String("derived")).toBool() &&
        !mailer->relayPorts.isEmpty()) {
        // WP Mail SMTP has no mailer of its own for this provider: its "Other SMTP" mailer signs in to the
        // provider's relay with the catalog's smtp.login.
        QString user = relayUser.value(QLatin1String("text")).toString();
        if (relayUser.value(QLatin1String("fromEmail")).toBool() && !profile.sender().fromEmail.isEmpty()) {
            user = profile.sender().fromEmail.trimmed();
        } else if (const QString field = relayUser.value(QLatin1String("field")).toString();
                   !field.isEmpty()) {
            user = mailerSettings.value(field).toString();
        }
        const SmtpPort& first = mailer->relayPorts.first();
        result = exportThroughOtherSmtp(
            profile, format, secret, options,
            {resolved.relayHost, first.port, first.security == QLatin1String("ssl"), user, passwordField});
        result.findings.prepend(Finding{
            Severity::Info,
            {.id = QStringLiteral("export.relay_as_smtp"),
             .subject = mailer->id,
             .detail =
                 Export::tr(
                     "WP Mail SMTP has no %1 mailer, so the file sets up its \"Other SMTP\" mailer with %1's "
                     "SMTP relay %2 (user name %3).")
                     .arg(Catalog::tr(mailer->name), resolved.relayHost, user)}});
        return result;
    }
    Exporter exporter(profile, resolved, secret, options, result);
    switch (format) {
    case ExportFormat::WpConfig:
        exporter.wpConfig();
        break;
    case ExportFormat::WpOptionJson:
        exporter.wpOption();
        break;
    case ExportFormat::Msmtp:
        exporter.msmtp();
        break;
    case ExportFormat::PostfixRelay:
        exporter.postfix();
        break;
    case ExportFormat::LaravelEnv:
        exporter.laravel();
        break;
    case ExportFormat::SymfonyEnv:
        exporter.symfony();
        break;
    case ExportFormat::AlertsJson:
        exporter.alertsJson();
        break;
    case ExportFormat::PostinoProfile:
        break;
    }
    return result;
}

} // namespace postino
