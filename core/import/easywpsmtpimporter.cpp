#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importEasyWpSmtp1(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("Easy WP SMTP"));
    b.setSender(json, "from_email_field", "from_name_field");
    b.setSenderFlag(&SenderSettings::forceFromName, val(json, "force_from_name_replace"),
                    Text::tr("Force From name"), QStringLiteral("force_from_name_replace"));
    const QJsonObject s = val(json, "smtp_settings").toObject();
    applySmtp(b,
              SmtpValues{val(s, "host"), val(s, "type_encryption"), val(s, "port"), val(s, "autentication"),
                         val(s, "username"), std::nullopt},
              QStringLiteral("smtp_settings"));
    if (!jsonText(val(s, "password")).isEmpty()) {
        b.info("import.encrypted_secret", QStringLiteral("smtp_settings.password"),
               Text::tr(
                   "Easy WP SMTP keeps the SMTP password in a form Postino cannot read back; enter it in the "
                   "wizard."));
    }
    b.finish();
}

Confidence detectEasyWpSmtp(const QJsonObject& o)
{
    return val(o, "smtp_settings").isObject() || hasAnyKey(o, {"from_email_field"}) ? Confidence::Strong
                                                                                    : Confidence::None;
}

} // namespace

const Importer& easyWpSmtpImporter()
{
    return jsonObjectImporter<detectEasyWpSmtp, importEasyWpSmtp1>();
}

} // namespace postino::importers
