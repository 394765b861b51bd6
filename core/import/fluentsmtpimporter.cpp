#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importFluentSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("FluentSMTP"));
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
    // The catalog's "imports.fluentSmtp" says which mailer each FluentSMTP provider is and where its
    // settings sit, so a new mailer needs no change here.
    const QString provider = jsonText(val(s, "provider"));
    const MailerInfo* info = Catalog::builtin().mailerForImport(QStringLiteral("fluentSmtp"), provider);
    const QString mailer = info ? info->id : QString();
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
    if (info) {
        for (const FieldSpec& f : info->fields) {
            const QString from = info->importField(QStringLiteral("fluentSmtp"), f.key);
            if (from.isEmpty()) {
                continue;
            }
            // FluentSMTP leaves a choice out when nothing is picked (no encryption); an absent choice
            // reads as empty, which the catalog turns into its "none" choice where it has one.
            const bool absentChoice = f.type == FieldSpec::Type::Choice && !s.contains(from);
            b.setField(mailer, f.key, absentChoice ? QJsonValue(QString()) : s.value(from), origin);
        }
    }
    if (inWpConfig) {
        b.info("import.secrets_elsewhere", origin,
               Text::tr(
                   "FluentSMTP reads this connection's secrets from FLUENTMAIL_* constants in wp-config.php; "
                   "enter them in the wizard."));
    }
    b.finish();
}

Confidence detectFluentSmtp(const QJsonObject& o)
{
    return val(o, "connections").isObject() && (val(o, "misc").isObject() || hasAnyKey(o, {"mappings"}))
               ? Confidence::Strong
               : Confidence::None;
}

} // namespace

const Importer& fluentSmtpImporter()
{
    return jsonObjectImporter<detectFluentSmtp, importFluentSmtp>();
}

} // namespace postino::importers
