#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

bool looksEncrypted(const QString& value)
{
    // WP Mail SMTP's Crypto: base64(24-byte nonce + secretbox(text)), the box adding 16 bytes.
    if (value.size() % 4 != 0 || value.size() < 56) {
        return false;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() >= 24 + 16 + 1;
}

// Whether a mailer's group holds a configuration rather than stored defaults: some text, host,
// address or secret is filled in (choices, ports and switches always have a value).
bool hasContent(const MailerInfo& m, const QJsonObject& values)
{
    for (const FieldSpec& f : m.fields) {
        const bool free = f.secret || f.type == FieldSpec::Type::Text || f.type == FieldSpec::Type::Host ||
                          f.type == FieldSpec::Type::Email;
        if (free && !jsonText(values.value(f.key)).trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

void importWpMailSmtpOption(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("wp_mail_smtp option"));
    const QJsonObject mail = val(json, "mail").toObject();
    if (mail.contains(QLatin1String("mailer"))) {
        // WP Mail SMTP's slug for the mailer; the catalog maps it to Postino's id.
        const QString slug = jsonText(val(mail, "mailer"));
        const MailerInfo* chosen = Catalog::builtin().mailerForWpMailSmtp(slug.trimmed());
        b.setMailer(chosen ? chosen->id : slug, QStringLiteral("mail.mailer"));
    }
    b.setFromEmail(val(mail, "from_email"), QStringLiteral("mail.from_email"));
    b.setFromName(val(mail, "from_name"), QStringLiteral("mail.from_name"));
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(mail, "from_email_force"),
                    Text::tr("Force From email"), QStringLiteral("mail.from_email_force"));
    b.setSenderFlag(&SenderSettings::forceFromName, val(mail, "from_name_force"), Text::tr("Force From name"),
                    QStringLiteral("mail.from_name_force"));
    b.setSenderFlag(&SenderSettings::returnPath, val(mail, "return_path"), Text::tr("Return path"),
                    QStringLiteral("mail.return_path"));

    static const QSet<QString> quietGroups = {QStringLiteral("mail"), QStringLiteral("license"),
                                              QStringLiteral("alert_events")};
    std::optional<bool> alerts;
    QStringList unknownGroups;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString group = it.key();
        const QJsonObject values = it.value().toObject();
        if (const MailerInfo* m = Catalog::builtin().mailerForWpMailSmtp(group)) {
            if (m->id != r->profile.mailerId() && !hasContent(*m, values)) {
                continue; // the blank defaults WP Mail SMTP stores for every mailer
            }
            for (auto kv = values.constBegin(); kv != values.constEnd(); ++kv) {
                const QString origin = path(group, kv.key());
                if (m == Catalog::builtin().otherSmtp() && kv.key() == QLatin1String("pass") &&
                    looksEncrypted(kv.value().toString())) {
                    b.info(
                        "import.encrypted_secret", origin,
                        Text::tr("The SMTP password is stored encrypted in WordPress and cannot be read from "
                                 "here; enter it in the wizard."));
                    continue;
                }
                b.setField(m->id, kv.key(), kv.value(), origin);
            }
        } else if (group == QLatin1String("logs")) {
            b.setFeatureFlag(&FeatureSettings::emailLogs, val(values, "enabled"), Text::tr("Email logs"),
                             QStringLiteral("logs.enabled"));
        } else if (group == QLatin1String("general")) {
            b.setFeatureFlag(&FeatureSettings::weeklySummary, val(values, "summary_report_email_disabled"),
                             Text::tr("Weekly summary"),
                             QStringLiteral("general.summary_report_email_disabled"), true);
            if (looseBool(val(values, "do_not_send")).value_or(false)) {
                b.warn(
                    "import.do_not_send", QStringLiteral("general.do_not_send"),
                    Text::tr("\"Do not send\" is on: this site's WP Mail SMTP blocks every email. Postino's "
                             "profile has no such switch."));
            }
        } else if (group == QLatin1String("debug_events")) {
            b.setFeatureFlag(&FeatureSettings::errorTracking, val(values, "email_debug"),
                             Text::tr("Error tracking"), QStringLiteral("debug_events.email_debug"));
        } else if (group.startsWith(QLatin1String("alert_")) && group != QLatin1String("alert_events")) {
            if (const auto on = looseBool(val(values, "enabled"));
                on && values.contains(QLatin1String("enabled"))) {
                alerts = alerts.value_or(false) || *on;
            }
        } else if (!quietGroups.contains(group)) {
            unknownGroups.append(group);
        }
    }
    if (alerts) {
        b.setFeature(&FeatureSettings::alerts, *alerts, Text::tr("Failure alerts"));
    }
    if (!unknownGroups.isEmpty()) {
        b.warn("import.ignored_key", where,
               Text::tr("Postino does not use these groups of settings, so they were not imported: %1.")
                   .arg(unknownGroups.join(QStringLiteral(", "))));
    }
    b.finish();
}

Confidence detectWpMailSmtpOption(const QJsonObject& o)
{
    if (val(o, "mail").isObject()) {
        return Confidence::Strong;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isObject() && Catalog::builtin().mailerForWpMailSmtp(it.key())) {
            return Confidence::Weak; // a wp_mail_smtp tree without its "mail" group
        }
    }
    return Confidence::None;
}

} // namespace

const Importer& wpMailSmtpOptionImporter()
{
    return jsonObjectImporter<detectWpMailSmtpOption, importWpMailSmtpOption>();
}

} // namespace postino::importers
