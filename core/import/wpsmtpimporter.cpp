#include "import/importbuilder.h"
#include "import/importer.h"

namespace postino::importers {

namespace {

void importWpSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("WP SMTP");
    Builder b(r, where);
    b.setFromEmail(val(json, "from"), QStringLiteral("from"));
    b.setFromName(val(json, "fromname"), QStringLiteral("fromname"));
    const QJsonValue auth = json.contains(QLatin1String("smtpauth"))
                                ? QJsonValue(jsonText(val(json, "smtpauth")) == QLatin1String("yes"))
                                : QJsonValue();
    applySmtp(b,
              SmtpValues{val(json, "host"), val(json, "smtpsecure"), val(json, "port"), auth,
                         val(json, "username"), jsonText(val(json, "password")).toUtf8()},
              where);
    b.finish();
}
class WpSmtpImporter final : public Importer
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
        return (has("smtpsecure") || has("smtpauth") || (has("fromname") && has("host"))) ? Confidence::Strong
                                                                                          : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importWpSmtp(*input.json, input.where, result);
    }
};

} // namespace

const Importer& wpSmtpImporter()
{
    static const WpSmtpImporter importer;
    return importer;
}

} // namespace postino::importers
