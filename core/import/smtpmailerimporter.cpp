#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importSmtpMailer(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("SMTP Mailer");
    Builder b(r, where);
    b.setFromEmail(val(json, "from_email"), QStringLiteral("from_email"));
    b.setFromName(val(json, "from_name"), QStringLiteral("from_name"));
    const auto pass = fromBase64(val(json, "smtp_password"));
    if (!pass) {
        b.warn("import.ignored_value", QStringLiteral("smtp_password"),
               Text::tr("The password is not in the encoded form SMTP Mailer uses; it was not imported."));
    }
    const QJsonValue auth = json.contains(QLatin1String("smtp_auth"))
                                ? QJsonValue(jsonText(val(json, "smtp_auth")) == QLatin1String("true"))
                                : QJsonValue();
    applySmtp(b,
              SmtpValues{val(json, "smtp_host"), val(json, "type_of_encryption"), val(json, "smtp_port"),
                         auth, val(json, "smtp_username"), pass},
              where);
    b.finish();
}
class SmtpMailerImporter final : public Importer
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
        return (has("smtp_host") || has("type_of_encryption") || has("smtp_auth")) ? Confidence::Strong
                                                                                   : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importSmtpMailer(*input.json, input.where, result);
    }
};

} // namespace

const Importer& smtpMailerImporter()
{
    static const SmtpMailerImporter importer;
    return importer;
}

} // namespace postino::importers
