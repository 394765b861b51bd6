#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importEasyWpSmtp1(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("Easy WP SMTP");
    Builder b(r, where);
    b.setFromEmail(val(json, "from_email_field"), QStringLiteral("from_email_field"));
    b.setFromName(val(json, "from_name_field"), QStringLiteral("from_name_field"));
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
class EasyWpSmtpImporter final : public Importer
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
        return (val(o, "smtp_settings").isObject() || has("from_email_field")) ? Confidence::Strong
                                                                               : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importEasyWpSmtp1(*input.json, input.where, result);
    }
};

} // namespace

const Importer& easyWpSmtpImporter()
{
    static const EasyWpSmtpImporter importer;
    return importer;
}

} // namespace postino::importers
