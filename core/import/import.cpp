#include "import/import.h"

#include "import/importbuilder.h"
#include "import/importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>
#include <algorithm>

namespace postino {

using namespace importers;

namespace {

int lineAt(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return 1 + int(std::count(data.constBegin(), data.constBegin() + offset, '\n'));
}

bool isUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Control characters that never occur in a text file (tab, line breaks, form feed and escape do).
bool hasBinaryControls(const QByteArray& data)
{
    return std::any_of(data.cbegin(), data.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && u != 0x1b;
    });
}

// Windows-1252, the superset of Latin-1 that editors on Windows save as "ANSI": its bytes 0x80-0x9F are
// printable characters (0 marks the five it leaves undefined, which stay the Latin-1 control codes).
QString fromWindows1252(const QByteArray& data)
{
    static constexpr char16_t k80to9F[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                             0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                             0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                             0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        const char16_t mapped = u >= 0x80 && u <= 0x9F ? k80to9F[u - 0x80] : 0;
        out.append(QChar(mapped ? mapped : char16_t(u)));
    }
    return out;
}

// The file as UTF-8 without a byte order mark, or nothing when it is not text. wp-config.php files saved
// by older editors come as UTF-16 with a BOM ("Unicode" in Notepad) or as Latin-1 / Windows-1252; both
// are text, and their settings read the same once converted. `encoding` names what was converted from.
std::optional<QByteArray> asUtf8Text(const QByteArray& data, QString* encoding)
{
    const bool utf16le = data.startsWith("\xFF\xFE");
    if (utf16le || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder(QByteArrayView(data).sliced(2));
        const QByteArray utf8 = text.toUtf8();
        if (decoder.hasError() || hasBinaryControls(utf8) || utf8.contains('\0')) {
            return std::nullopt;
        }
        *encoding = QStringLiteral("UTF-16");
        return utf8;
    }
    if (data.contains('\0')) {
        return std::nullopt;
    }
    if (isUtf8(data)) {
        return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    }
    if (hasBinaryControls(data)) {
        return std::nullopt;
    }
    *encoding = QStringLiteral("Windows-1252 (Latin-1)");
    return fromWindows1252(data).toUtf8();
}

} // namespace

namespace importers {

const QList<const Importer*>& registry()
{
    // The order breaks ties: a wp_mail_smtp option that also has keys another plugin uses is still
    // WP Mail SMTP's.
    static const QList<const Importer*> all = {
        &postinoProfileImporter(), &wpMailSmtpOptionImporter(), &fluentSmtpImporter(),
        &easyWpSmtpImporter(),     &postSmtpImporter(),         &smtpMailerImporter(),
        &wpSmtpImporter(),         &postSmtpExportImporter(),   &wpConfigImporter(),
    };
    return all;
}

bool hasAnyKey(const QJsonObject& object, std::initializer_list<const char*> keys)
{
    return std::any_of(keys.begin(), keys.end(),
                       [&object](const char* key) { return object.contains(QLatin1String(key)); });
}

const Importer* detectImporter(const ImportInput& input)
{
    const Importer* best = nullptr;
    Confidence bestConfidence = Confidence::None;
    for (const Importer* importer : registry()) {
        const Confidence c = importer->detect(input);
        if (c > bestConfidence) {
            best = importer;
            bestConfidence = c;
        }
    }
    return best;
}

} // namespace importers

ImportResult importData(const QByteArray& data, const QString& nameHint)
{
    ImportResult r;
    const QString where = nameHint.isEmpty() ? Text::tr("the imported text") : nameHint;
    if (data.size() > kMaxImportBytes) {
        fail(&r, "import.too_large", where,
             Text::tr(
                 "%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export is "
                 "a few kilobytes.")
                 .arg(where)
                 .arg(data.size()),
             {Text::tr("Check that you picked the right file.")});
        return r;
    }
    QString encoding;
    const std::optional<QByteArray> text = asUtf8Text(data, &encoding);
    if (!text) {
        fail(&r, "import.binary", where,
             Text::tr("%1 holds binary data, not text, so Postino did not read it.").arg(where),
             {Text::tr("Pick the wp-config.php or the settings export itself, not an archive or a backup.")});
        return r;
    }
    const QByteArray& body = *text;
    if (!encoding.isEmpty()) {
        r.findings.append(
            makeFinding("import.encoding", Severity::Info, where,
                        Text::tr("%1 is not UTF-8; Postino read it as %2 text.").arg(where, encoding)));
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        fail(&r, "import.not_found", where, Text::tr("%1 is empty: there is nothing to import.").arg(where));
        return r;
    }
    ImportInput input;
    input.text = body;
    input.trimmed = trimmed;
    input.where = where;
    input.phpName = nameHint.endsWith(QLatin1String(".php"), Qt::CaseInsensitive);
    if (!input.phpName && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (doc.isNull()) {
            if (!looksLikePhp(body)) {
                const int line = lineAt(body, error.offset);
                fail(&r, "import.syntax", QStringLiteral("%1:%2").arg(where).arg(line),
                     Text::tr("Line %1: the JSON is not valid (%2).").arg(line).arg(error.errorString()),
                     {Text::tr("Copy the whole output of the command again; it may have been cut short.")});
                return r;
            }
        } else if (!doc.isObject()) {
            unknownFormat(&r, where, Text::tr("%1 holds a JSON list, not a plugin's settings.").arg(where));
            return r;
        } else {
            input.json = doc.object();
        }
    }
    if (const Importer* importer = detectImporter(input)) {
        importer->read(input, &r);
        return r;
    }
    unknownFormat(&r, where,
                  input.json
                      ? Text::tr("%1 holds JSON, but not the settings of a plugin Postino knows.").arg(where)
                      : Text::tr("Postino does not recognise the content of %1.").arg(where));
    return r;
}

ImportResult importFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists() || info.isDir()) {
        ImportResult r;
        fail(&r, "import.not_found", name,
             info.isDir() ? Text::tr("%1 is a folder, not a file.").arg(name)
                          : Text::tr("The file %1 does not exist.").arg(path));
        return r;
    }
    if (info.size() > kMaxImportBytes) {
        ImportResult r;
        fail(
            &r, "import.too_large", name,
            Text::tr("%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export "
                     "is a few kilobytes.")
                .arg(name)
                .arg(info.size()),
            {Text::tr("Check that you picked the right file.")});
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        fail(&r, "import.unreadable", name,
             Text::tr("%1 could not be opened: %2").arg(name, file.errorString()));
        return r;
    }
    // Read one byte more than allowed: a file that grows (or a device) is still refused.
    return importData(file.read(kMaxImportBytes + 1), name);
}

} // namespace postino