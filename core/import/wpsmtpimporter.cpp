#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importWpSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    Builder b(r, where, Text::tr("WP SMTP"));
    b.setSender(json, "from", "fromname");
    applySmtp(b,
              SmtpValues{val(json, "host"), val(json, "smtpsecure"), val(json, "port"),
                         switchWord(json, "smtpauth", "yes"), val(json, "username"),
                         jsonText(val(json, "password")).toUtf8()},
              where);
    b.finish();
}

Confidence detectWpSmtp(const QJsonObject& o)
{
    const bool nameAndHost = o.contains(QLatin1String("fromname")) && o.contains(QLatin1String("host"));
    return hasAnyKey(o, {"smtpsecure", "smtpauth"}) || nameAndHost ? Confidence::Strong : Confidence::None;
}

} // namespace

const Importer& wpSmtpImporter()
{
    return jsonObjectImporter<detectWpSmtp, importWpSmtp>();
}

} // namespace postino::importers
