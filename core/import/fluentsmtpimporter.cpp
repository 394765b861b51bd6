#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importFluentSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("FluentSMTP");
    Builder b(r, where);
    const QJsonObject connections = val(json, "connections").toObject();
    const QJsonObject misc = val(json, "misc").toObject();
    QString key = jsonText(val(misc, "default_connection"));
    if (key.isEmpty() && connections.size() == 1) {
        key = connections.constBegin().key();
    }
    const QJsonObject s =
        connections.value(key).toObject().value(QLatin1String("provider_settings")).toObject();
    if (s.isEmpty()) {
        b.error("import.not_found", where,
                Text::tr("FluentSMTP's settings name no default connection, so there is nothing to import."),
                {Text::tr("Pick a default connection in FluentSMTP, or enter the settings in the wizard.")});
        b.finish();
        return;
    }
    if (connections.size() > 1) {
        b.info("import.other_connections", where,
               Text::tr("FluentSMTP has %1 connections; only the default one was imported.")
                   .arg(connections.size()));
    }
    static const QHash<QString, QString> providers = {
        {QStringLiteral("smtp"), QStringLiteral("smtp")},
        {QStringLiteral("ses"), QStringLiteral("amazonses")},
        {QStringLiteral("mailgun"), QStringLiteral("mailgun")},
        {QStringLiteral("sendgrid"), QStringLiteral("sendgrid")},
        {QStringLiteral("sendinblue"), QStringLiteral("sendinblue")},
        {QStringLiteral("sparkpost"), QStringLiteral("sparkpost")},
        {QStringLiteral("postmark"), QStringLiteral("postmark")},
        {QStringLiteral("outlook"), QStringLiteral("outlook")},
    };
    const QString provider = jsonText(val(s, "provider"));
    const QString mailer = providers.value(provider);
    const QString origin = QStringLiteral("connections.%1").arg(key);
    if (!mailer.isEmpty()) {
        b.setMailer(mailer, origin);
    } else {
        b.unknownMailer(provider.isEmpty() ? QStringLiteral("?") : provider, origin);
    }
    b.setFromEmail(val(s, "sender_email"), origin);
    b.setFromName(val(s, "sender_name"), origin);
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(s, "force_from_email"), Text::tr("Force From email"),
                    origin);
    b.setSenderFlag(&SenderSettings::forceFromName, val(s, "force_from_name"), Text::tr("Force From name"),
                    origin);
    b.setSenderFlag(&SenderSettings::returnPath, val(s, "return_path"), Text::tr("Return path"), origin);
    b.setFeatureFlag(&FeatureSettings::emailLogs, val(misc, "log_emails"), Text::tr("Email logs"),
                     QStringLiteral("misc.log_emails"));

    const bool inWpConfig = jsonText(val(s, "key_store")) == QLatin1String("wp_config");
    auto field = [&](const char* to, const char* from) {
        b.setField(mailer, ascii(to), val(s, from), origin);
    };
    if (mailer == QLatin1String("smtp")) {
        field("host", "host");
        b.setField(mailer, QStringLiteral("encryption"),
                   s.contains(QLatin1String("encryption")) ? val(s, "encryption") : QJsonValue(QString()),
                   origin);
        field("port", "port");
        field("auth", "auth");
        field("user", "username");
        field("pass", "password");
        field("autotls", "auto_tls");
    } else if (mailer == QLatin1String("amazonses")) {
        field("client_id", "access_key");
        field("client_secret", "secret_key");
        field("region", "region");
    } else if (mailer == QLatin1String("mailgun")) {
        field("api_key", "api_key");
        field("domain", "domain_name");
        field("region", "region");
    } else if (mailer == QLatin1String("postmark")) {
        field("server_api_token", "api_key");
        field("message_stream", "message_stream");
    } else if (mailer == QLatin1String("outlook")) {
        field("client_id", "client_id");
        field("client_secret", "client_secret");
    } else if (!mailer.isEmpty()) {
        field("api_key", "api_key");
    }
    if (inWpConfig) {
        b.info("import.secrets_elsewhere", origin,
               Text::tr(
                   "FluentSMTP reads this connection's secrets from FLUENTMAIL_* constants in wp-config.php; "
                   "enter them in the wizard."));
    }
    b.finish();
}
class FluentSmtpImporter final : public Importer
{
public:
    Confidence detect(const ImportInput& input) const override
    {
        if (!input.json) {
            return Confidence::None;
        }
        const QJsonObject& o = *input.json;
        auto has = [&o](const char* key) {
            return o.contains(QLatin1String(key));
        };
        return (val(o, "connections").isObject() && (val(o, "misc").isObject() || has("mappings")))
                   ? Confidence::Strong
                   : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importFluentSmtp(*input.json, input.where, result);
    }
};

} // namespace

const Importer& fluentSmtpImporter()
{
    static const FluentSmtpImporter importer;
    return importer;
}

} // namespace postino::importers
