#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importSmtpMailer(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("SMTP Mailer"));
    b.setSender(json, "from_email", "from_name");
    const auto pass = fromBase64(val(json, "smtp_password"));
    if (!pass) {
        b.warn("import.ignored_value", QStringLiteral("smtp_password"),
               Text::tr("The password is not in the encoded form SMTP Mailer uses; it was not imported."));
    }
    applySmtp(b,
              SmtpValues{val(json, "smtp_host"), val(json, "type_of_encryption"), val(json, "smtp_port"),
                         switchWord(json, "smtp_auth", "true"), val(json, "smtp_username"), pass},
              where);
    b.finish();
}

Confidence detectSmtpMailer(const QJsonObject& o)
{
    return hasAnyKey(o, {"smtp_host", "type_of_encryption", "smtp_auth"}) ? Confidence::Strong
                                                                          : Confidence::None;
}

} // namespace

const Importer& smtpMailerImporter()
{
    return jsonObjectImporter<detectSmtpMailer, importSmtpMailer>();
}

} // namespace postino::importers
