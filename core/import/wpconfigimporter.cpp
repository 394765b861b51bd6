#include "import/importbuilder.h"
#include "import/importer.h"
#include "import/phpconstants.h"

namespace postino::importers {

namespace {

const QHash<QString, QPair<QString, const FieldSpec*>>& catalogConstants()
{
    static const QHash<QString, QPair<QString, const FieldSpec*>> map = [] {
        QHash<QString, QPair<QString, const FieldSpec*>> out;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            for (const FieldSpec& f : m.fields) {
                if (!f.constant.isEmpty()) {
                    out.insert(f.constant, {m.id, &f});
                }
            }
        }
        return out;
    }();
    return map;
}

// Constants WP Mail SMTP knows that have no place in a Postino profile.
bool knownButUnused(const QString& rest)
{
    static const QSet<QString> names = {
        QStringLiteral("LICENSE_KEY"),
        QStringLiteral("CRYPTO_KEY"),
        QStringLiteral("OPTIMIZED_EMAIL_SENDING_ENABLED"),
        QStringLiteral("DEBUG_EVENTS_RETENTION_PERIOD"),
        QStringLiteral("VUE_LOCAL_DEV"),
        QStringLiteral("SETUP_WIZARD_URL"),
        QStringLiteral("PRODUCT_API_BASE_URL"),
        QStringLiteral("PLUGIN_VER"),
        QStringLiteral("AMAZONSES_DISPLAY_IDENTITIES"),
    };
    return names.contains(rest) || (rest.startsWith(QLatin1String("SETUP_WIZARD_TEST_")) &&
                                    rest.endsWith(QLatin1String("_EMAIL_RECIPIENT")));
}

// "true / 'true' only" constants; anything else means "not set" to WP Mail SMTP.
std::optional<bool> strictTrue(const PhpValue& v)
{
    if ((v.kind == PhpValue::Kind::Bool && v.boolean) ||
        (v.kind == PhpValue::Kind::String && v.string == "true")) {
        return true;
    }
    if (!v.truthy() || (v.kind == PhpValue::Kind::String && v.string.toLower() == "false")) {
        return false;
    }
    return std::nullopt;
}

void importWpConfig(const QByteArray& data, const QString& where, ImportResult* r)
{
    const PhpScan scan = scanMailConstants(data);
    Builder b(r, where, Text::tr("wp-config.php"));
    auto at = [&where](int line) {
        return QStringLiteral("%1:%2").arg(where).arg(line);
    };
    if (!scan.syntaxError.isEmpty()) {
        b.error("import.syntax", at(scan.syntaxLine),
                Text::tr("Line %1: %2 PHP itself stops at this error, so nothing was imported.")
                    .arg(scan.syntaxLine)
                    .arg(scan.syntaxError),
                {Text::tr("Fix the quotes or comment near that line, or import a copy of the file that works "
                          "on the site.")});
        b.finish();
        return;
    }

    QList<PhpDefine> wpms;
    QList<PhpDefine> easy;
    for (const PhpDefine& d : scan.defines) {
        (d.name.startsWith(QLatin1String("WPMS_")) ? wpms : easy).append(d);
    }
    if (wpms.isEmpty() && easy.isEmpty()) {
        b.error("import.not_found", where,
                Text::tr("%1 defines no WP Mail SMTP constants (WPMS_...).").arg(where),
                {Text::tr("If the site keeps its email settings in the database, import the output of "
                          "\"wp option get wp_mail_smtp --format=json\" instead.")});
        b.finish();
        return;
    }
    const bool useEasy = wpms.isEmpty();
    const QString prefix = useEasy ? QStringLiteral("EASY_WP_SMTP_") : QStringLiteral("WPMS_");
    if (useEasy) {
        r->source = Text::tr("wp-config.php (Easy WP SMTP)");
    } else if (!easy.isEmpty()) {
        b.warn(
            "import.ignored", where,
            Text::tr("The file also defines Easy WP SMTP constants (EASY_WP_SMTP_...); only the WP Mail SMTP "
                     "ones were imported."));
    }
    const QList<PhpDefine>& defines = useEasy ? easy : wpms;

    QSet<QString> seen;
    QStringList unused;
    bool alerts = false;
    std::optional<PhpValue> on;
    bool onSeen = false;
    for (const PhpDefine& d : defines) {
        const QString origin = at(d.line);
        if (seen.contains(d.name)) {
            b.warn("import.duplicate", origin,
                   Text::tr("%1 is defined a second time on line %2; PHP keeps the first value, and so did "
                            "Postino.")
                       .arg(d.name)
                       .arg(d.line));
            continue;
        }
        seen.insert(d.name);
        const QString rest = d.name.mid(prefix.size());
        const QString canonical = QStringLiteral("WPMS_") + rest;
        const auto catalogField = catalogConstants().constFind(canonical);
        const bool isCatalog = catalogField != catalogConstants().cend();
        static const QSet<QString> senderNames = {
            QStringLiteral("MAIL_FROM"),
            QStringLiteral("MAIL_FROM_NAME"),
            QStringLiteral("MAILER"),
            QStringLiteral("SET_RETURN_PATH"),
            QStringLiteral("MAIL_FROM_NAME_FORCE"),
            QStringLiteral("MAIL_FROM_FORCE"),
        };

        if (!d.value) {
            const bool secret = isCatalog && catalogField->second->secret;
            const bool matters = (isCatalog && !secret) || senderNames.contains(rest);
            if (rest == QLatin1String("ON")) {
                onSeen = true;
            }
            if (matters) {
                b.error("import.unsupported_value", origin,
                        Text::tr("Line %1: %2 is set to %3, which only PHP can work out. Postino reads plain "
                                 "values only, so nothing was imported.")
                            .arg(d.line)
                            .arg(d.name, d.expression),
                        {Text::tr("Replace the value with the plain text or number it stands for, or enter "
                                  "the settings in the wizard.")});
            } else if (secret) {
                b.warn("import.unsupported_value", origin,
                       Text::tr("Line %1: %2 is set to %3, which only PHP can work out; enter this secret "
                                "in the wizard.")
                           .arg(d.line)
                           .arg(d.name, d.expression));
            } else if (!knownButUnused(rest)) {
                b.warn("import.unsupported_value", origin,
                       Text::tr("Line %1: %2 is set to %3, which only PHP can work out; it was not imported.")
                           .arg(d.line)
                           .arg(d.name, d.expression));
            }
            continue;
        }
        const PhpValue& v = *d.value;

        if (rest == QLatin1String("ON")) {
            on = v;
            onSeen = true;
        } else if (rest == QLatin1String("MAILER")) {
            if (v.truthy()) {
                // WPMS_MAILER holds WP Mail SMTP's slug; the catalog maps it to Postino's id.
                const MailerInfo* m = Catalog::builtin().mailerForWpMailSmtp(v.text().trimmed());
                b.setMailer(m ? m->id : v.text(), origin);
            }
        } else if (rest == QLatin1String("MAIL_FROM")) {
            if (v.truthy()) {
                b.setFromEmail(v.text(), origin);
            }
        } else if (rest == QLatin1String("MAIL_FROM_NAME")) {
            if (v.truthy()) {
                b.setFromName(v.text(), origin);
            }
        } else if (rest == QLatin1String("SET_RETURN_PATH") || rest == QLatin1String("MAIL_FROM_FORCE") ||
                   rest == QLatin1String("MAIL_FROM_NAME_FORCE")) {
            const QString label = rest == QLatin1String("SET_RETURN_PATH")   ? Text::tr("Return path")
                                  : rest == QLatin1String("MAIL_FROM_FORCE") ? Text::tr("Force From email")
                                                                             : Text::tr("Force From name");
            bool SenderSettings::*member =
                rest == QLatin1String("SET_RETURN_PATH")   ? &SenderSettings::returnPath
                : rest == QLatin1String("MAIL_FROM_FORCE") ? &SenderSettings::forceFromEmail
                                                           : &SenderSettings::forceFromName;
            if (const auto flag = strictTrue(v)) {
                b.setSenderFlag(member, *flag, label, origin);
            } else {
                b.warn(
                    "import.ignored_value", origin,
                    Text::tr("%1 is set to \"%2\"; WP Mail SMTP only accepts true or 'true' here, so it was "
                             "not imported.")
                        .arg(d.name, v.text()));
            }
        } else if (isCatalog) {
            const QString mailerId = catalogField->first;
            const FieldSpec* f = catalogField->second;
            if (f->secret) {
                if (v.truthy()) {
                    b.setSecretBytes(mailerId, f->key,
                                     v.kind == PhpValue::Kind::String ? v.string : v.text().toUtf8(), origin);
                }
            } else if (f->type == FieldSpec::Type::Bool) {
                const bool parsed = rest == QLatin1String("MAILERSEND_HAS_PRO_PLAN")
                                        ? looseBool(v.json()).value_or(false)
                                        : v.truthy();
                if (v.kind == PhpValue::Kind::String && v.string.toLower() == "false" && parsed) {
                    b.warn(
                        "import.odd_value", origin,
                        Text::tr("%1 is the text 'false', which PHP counts as true; it was imported as on. "
                                 "Write false without quotes to turn it off.")
                            .arg(d.name));
                }
                b.setField(mailerId, f->key, parsed, origin);
            } else if (canonical == QLatin1String("WPMS_SSL")) {
                b.setField(mailerId, f->key,
                           v.kind == PhpValue::Kind::String ? v.json() : QJsonValue(v.text()), origin);
            } else if (v.truthy()) {
                b.setField(mailerId, f->key,
                           v.kind == PhpValue::Kind::Integer ? v.json() : QJsonValue(v.text()), origin);
            }
        } else if (rest == QLatin1String("LOGS_ENABLED")) {
            b.setFeature(&FeatureSettings::emailLogs, v.truthy(), Text::tr("Email logs"));
        } else if (rest == QLatin1String("SUMMARY_REPORT_EMAIL_DISABLED")) {
            b.setFeature(&FeatureSettings::weeklySummary, !looseBool(v.json()).value_or(false),
                         Text::tr("Weekly summary"));
        } else if (rest.startsWith(QLatin1String("ALERT_"))) {
            alerts = alerts || v.truthy();
        } else if (rest == QLatin1String("SETUP_WIZARD_TEST_EMAIL_RECIPIENT")) {
            b.setTestRecipient(v.text());
        } else if (rest == QLatin1String("DO_NOT_SEND")) {
            if (v.truthy()) {
                b.warn("import.do_not_send", origin,
                       Text::tr(
                           "%1 is on: this site's WP Mail SMTP blocks every email. Postino's profile has no "
                           "such switch; remove the constant when emails should go out.")
                           .arg(d.name));
            }
        } else if (rest == QLatin1String("PEPIPOST_API_KEY")) {
            b.warn("import.unknown_mailer", origin,
                   Text::tr("%1 belongs to Pepipost, a retired mailer Postino does not set up; it was not "
                            "imported.")
                       .arg(d.name));
        } else if (knownButUnused(rest)) {
            unused.append(d.name);
        } else {
            b.warn("import.unknown_constant", origin,
                   Text::tr("%1 is not a constant WP Mail SMTP reads; it was not imported.").arg(d.name));
        }
    }
    if (alerts) {
        b.setFeature(&FeatureSettings::alerts, true, Text::tr("Failure alerts"));
        b.info("import.alert_targets", where,
               Text::tr(
                   "Failure alerts are turned on; where they are sent (addresses, webhooks) is not part of a "
                   "Postino profile and was not imported."));
    }
    if (!unused.isEmpty()) {
        b.info("import.ignored", where,
               Text::tr("Postino does not use these constants: %1.").arg(unused.join(QStringLiteral(", "))));
    }
    const QString onName = prefix + QStringLiteral("ON");
    if (!onSeen) {
        b.warn(
            "import.constants_disabled", where,
            Text::tr("%1 is not defined, so the plugin ignores all these constants and uses the settings "
                     "saved in WordPress. They were imported anyway.")
                .arg(onName),
            {Text::tr("Add define( '%1', true ); above these constants if they should apply.").arg(onName)});
    } else if (on && !(on->kind == PhpValue::Kind::Bool && on->boolean)) {
        b.warn(
            "import.constants_disabled", where,
            Text::tr("%1 is \"%2\", not true, so the plugin ignores all these constants. They were imported "
                     "anyway.")
                .arg(onName, on->kind == PhpValue::Kind::Bool ? QStringLiteral("false") : on->text()),
            {Text::tr("Write define( '%1', true ); (true without quotes) if they should apply.")
                 .arg(onName)});
    }
    b.finish();
}

class WpConfigImporter final : public Importer
{
public:
    Confidence detect(const ImportInput& input) const override
    {
        if (input.json) {
            return Confidence::None; // a JSON object is never PHP
        }
        if (input.phpName) {
            return Confidence::Certain;
        }
        return looksLikePhp(input.text) ? Confidence::Weak : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importWpConfig(input.text, input.where, result);
    }
};

} // namespace

bool looksLikePhp(const QByteArray& data)
{
    const QByteArray lower = data.toLower();
    return lower.contains("<?php") || lower.contains("define") || data.contains("WPMS_") ||
           data.contains("EASY_WP_SMTP_");
}

const Importer& wpConfigImporter()
{
    static const WpConfigImporter importer;
    return importer;
}

} // namespace postino::importers
