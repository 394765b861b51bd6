#include "import/importbuilder.h"
#include "import/importer.h"

#include <QJsonDocument>
#include <algorithm>

namespace postino::importers {

namespace {

// Post SMTP's settings export is a few kilobytes; a longer blob is refused before it is
// decompressed, which also bounds what a "zip bomb" could expand to.
constexpr qsizetype kMaxExportBlobChars = 64 * 1024;

void importPostSmtp(const QJsonObject& json, const QString& where, const QString& source, ImportResult* r)
{
    Builder b(r, where, source);
    // The catalog's "imports.postSmtp" names the mailer behind each of Post SMTP's transports.
    const auto mailerFor = [](const QString& postSmtpName) {
        const MailerInfo* m = Catalog::builtin().mailerForImport(QStringLiteral("postSmtp"), postSmtpName);
        return m ? m->id : QString();
    };
    const QString transport = jsonText(val(json, "transport_type"));
    if (const QString mailer = mailerFor(transport); !mailer.isEmpty()) {
        b.setMailer(mailer, QStringLiteral("transport_type"));
    } else if (!transport.isEmpty()) {
        b.unknownMailer(transport == QLatin1String("default") ? QStringLiteral("mail") : transport,
                        QStringLiteral("transport_type"));
    }
    b.setSender(json, "sender_email", "sender_name");
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(json, "prevent_sender_email_override"),
                    Text::tr("Force From email"), QStringLiteral("prevent_sender_email_override"));
    b.setSenderFlag(&SenderSettings::forceFromName, val(json, "prevent_sender_name_override"),
                    Text::tr("Force From name"), QStringLiteral("prevent_sender_name_override"));

    auto decoded = [&](const char* key) -> std::optional<QByteArray> {
        const auto bytes = fromBase64(val(json, key));
        if (!bytes) {
            b.warn("import.ignored_value", ascii(key),
                   Text::tr("%1 is not in the encoded form Post SMTP uses; it was not imported.")
                       .arg(ascii(key)));
        }
        return bytes;
    };
    // Post SMTP keeps every transport's settings side by side; each block goes to the mailer the
    // catalog gives for that transport's name ("smtp", "gmail_api", ...).
    const QString smtp = mailerFor(QStringLiteral("smtp"));
    if (transport == QLatin1String("smtp") || json.contains(QLatin1String("hostname"))) {
        const QJsonValue auth = json.contains(QLatin1String("auth_type"))
                                    ? QJsonValue(jsonText(val(json, "auth_type")) != QLatin1String("none"))
                                    : QJsonValue();
        const QString hostname = jsonText(val(json, "hostname"));
        if (!hostname.isEmpty() || transport == QLatin1String("smtp")) {
            b.setField(smtp, QStringLiteral("host"), hostname, QStringLiteral("hostname"));
            b.setField(smtp, QStringLiteral("encryption"), val(json, "enc_type"), QStringLiteral("enc_type"));
            b.setField(smtp, QStringLiteral("port"), val(json, "port"), QStringLiteral("port"));
            b.setField(smtp, QStringLiteral("auth"), auth, QStringLiteral("auth_type"));
            b.setField(smtp, QStringLiteral("user"), val(json, "basic_auth_username"),
                       QStringLiteral("basic_auth_username"));
            if (const auto pass = decoded("basic_auth_password"); pass && !pass->isEmpty()) {
                b.setSecretBytes(smtp, QStringLiteral("pass"), *pass, QStringLiteral("basic_auth_password"));
            }
        }
    }
    const QString gmail = mailerFor(QStringLiteral("gmail_api"));
    b.setField(gmail, QStringLiteral("client_id"), val(json, "oauth_client_id"),
               QStringLiteral("oauth_client_id"));
    b.setField(gmail, QStringLiteral("client_secret"), val(json, "oauth_client_secret"),
               QStringLiteral("oauth_client_secret"));
    if (const auto key = decoded("sendgrid_api_key"); key && !key->isEmpty()) {
        b.setSecretBytes(mailerFor(QStringLiteral("sendgrid_api")), QStringLiteral("api_key"), *key,
                         QStringLiteral("sendgrid_api_key"));
    }
    const QString mailgun = mailerFor(QStringLiteral("mailgun_api"));
    const auto mailgunKey = decoded("mailgun_api_key");
    if (mailgunKey && !mailgunKey->isEmpty()) {
        b.setSecretBytes(mailgun, QStringLiteral("api_key"), *mailgunKey, QStringLiteral("mailgun_api_key"));
    }
    b.setField(mailgun, QStringLiteral("domain"), val(json, "mailgun_domain_name"),
               QStringLiteral("mailgun_domain_name"));
    if (transport == QLatin1String("mailgun_api") || (mailgunKey && !mailgunKey->isEmpty())) {
        // Post SMTP's region is a checkbox: anything set means the EU.
        const bool eu = looseBool(val(json, "mailgun_region")).value_or(true) &&
                        !jsonText(val(json, "mailgun_region")).isEmpty();
        b.setField(mailgun, QStringLiteral("region"), eu ? QStringLiteral("EU") : QStringLiteral("US"),
                   QStringLiteral("mailgun_region"));
    }
    b.finish();
}

bool isBase64Blob(const QByteArray& trimmed)
{
    if (trimmed.size() < 16) {
        return false;
    }
    return std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
    });
}

void importPostSmtpExport(const QByteArray& trimmed, const QString& where, ImportResult* r)
{
    const QString source = Text::tr("Post SMTP settings export");
    r->source = source;
    if (trimmed.size() > kMaxExportBlobChars) {
        fail(r, "import.too_large", where,
             Text::tr(
                 "This encoded text is %1 characters long; a Post SMTP settings export is a few thousand.")
                 .arg(trimmed.size()));
        return;
    }
    QByteArray compact = trimmed;
    compact.replace('\n', QByteArray())
        .replace('\r', QByteArray())
        .replace(' ', QByteArray())
        .replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray zlib = decoded ? decoded.decoded : QByteArray();
    // zlib data (PHP's gzcompress) starts with 0x78 and a header whose 16-bit value is a multiple of 31.
    if (zlib.size() < 6 || uchar(zlib.at(0)) != 0x78 ||
        ((uchar(zlib.at(0)) << 8) | uchar(zlib.at(1))) % 31 != 0) {
        unknownFormat(r, where, Text::tr("%1 is neither JSON nor a Post SMTP settings export.").arg(where));
        return;
    }
    // qUncompress wants Qt's framing: the expected length as 4 big-endian bytes, then raw zlib data.
    // The length only sizes the first buffer, which grows as needed.
    const quint32 hint = quint32(std::min<qsizetype>(zlib.size() * 8, 1024 * 1024));
    QByteArray framed;
    framed.reserve(zlib.size() + 4);
    framed.append(char(hint >> 24)).append(char(hint >> 16)).append(char(hint >> 8)).append(char(hint));
    framed.append(zlib);
    const QByteArray json = qUncompress(framed);
    if (json.isEmpty()) {
        unknownFormat(
            r, where,
            Text::tr("%1 looks like a Post SMTP settings export, but it could not be unpacked; it may "
                     "have been cut short when copied.")
                .arg(where));
        return;
    }
    if (json.size() > kMaxImportBytes) {
        fail(r, "import.too_large", where, Text::tr("The unpacked settings are larger than 10 MB."));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ImportInput unpacked;
    unpacked.where = where;
    if (doc.isObject()) {
        unpacked.json = doc.object();
    }
    if (detectImporter(unpacked) != &postSmtpImporter()) {
        unknownFormat(r, where,
                      Text::tr("%1 unpacks to something other than Post SMTP settings.").arg(where));
        return;
    }
    importPostSmtp(doc.object(), where, source, r);
}

Confidence detectPostSmtp(const QJsonObject& o)
{
    return hasAnyKey(o, {"transport_type", "enc_type", "basic_auth_username", "auth_type"})
               ? Confidence::Strong
               : Confidence::None;
}

void importPostSmtpOption(const QJsonObject& json, const QString& where, ImportResult* r)
{
    importPostSmtp(json, where, Text::tr("Post SMTP"), r);
}

// The long base64 line of Post SMTP's Import/Export page: its options, gzcompress()ed.
class PostSmtpExportImporter final : public Importer
{
public:
    Confidence detect(const ImportInput& input) const override
    {
        return !input.json && !input.phpName && isBase64Blob(input.trimmed) ? Confidence::Strong
                                                                            : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importPostSmtpExport(input.trimmed, input.where, result);
    }
};

} // namespace

const Importer& postSmtpImporter()
{
    return jsonObjectImporter<detectPostSmtp, importPostSmtpOption>();
}

const Importer& postSmtpExportImporter()
{
    static const PostSmtpExportImporter importer;
    return importer;
}

} // namespace postino::importers
