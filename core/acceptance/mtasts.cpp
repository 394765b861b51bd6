// MTA-STS (RFC 8461), TLS-RPT (RFC 8460) and BIMI (draft-brand-indicators-for-message-identification)
// record parsers.
//
// Stances:
// - The _mta-sts and _smtp._tls records follow their ABNF exactly (no spaces around '=', the version
//   spelled as written): senders discard a record that does not begin with "v=STSv1" / "v=TLSRPTv1",
//   so a record in another case is reported, not read. A field given twice keeps its first value
//   (RFC 8461 section 3.2); unknown fields are ignored.
// - The policy file: LF or CRLF line ends (the ABNF allows both); blank lines are skipped; field
//   names are case-sensitive ("Mode" is an unknown field, so the policy then has no mode, which is
//   what senders see). A repeated field other than mx keeps its first value and is a warning: the
//   policy works, but not necessarily as its author meant.
// - mx patterns: "*." matches exactly one leftmost label (RFC 8461 section 4.1), not the looser
//   substring match some checkers use.
// - BIMI: DKIM-style tag list (spaces around '=' allowed), v=BIMI1 first, l= present (empty or one
//   HTTPS URI), a= empty or one HTTPS URI. An http:// logo is flagged on its own (logoNotHttps) so a
//   report can say exactly that. Unknown tags are ignored.

#include "acceptance/mtasts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace postino::acceptance {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Policies)
};

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

QString trimmedWsp(const QString& s)
{
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && isWsp(s.at(a))) {
        ++a;
    }
    while (b > a && isWsp(s.at(b - 1))) {
        --b;
    }
    return s.mid(a, b - a);
}

// How a value is quoted in a message: short, printable.
QString shown(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() >= 80) {
            out += QChar(0x2026);
            break;
        }
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f) ? QChar(0xfffd) : c;
    }
    return QLatin1Char('"') + out + QLatin1Char('"');
}

// (ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / "."): extension field names of both RFCs.
bool isExtensionName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    return re.match(name).hasMatch();
}

// 1*(%x21-3A / %x3C / %x3E-7E): visible ASCII without '=' and ';'.
bool isExtensionValue(const QString& value)
{
    if (value.isEmpty()) {
        return false;
    }
    for (const QChar c : value) {
        const ushort u = c.unicode();
        if (u < 0x21 || u > 0x7e || u == '=' || u == ';') {
            return false;
        }
    }
    return true;
}

// An ASCII host name of letter-digit-hyphen labels.
bool isHostName(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"));
    return name.size() <= 253 && re.match(name).hasMatch();
}

QString withoutTrailingDots(QString name)
{
    while (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    return name;
}

// Whether the text, without spaces and in any case, starts like the version the record needs: a
// record meant for this name but spelled so that senders skip it.
bool looksLike(const QString& text, const QString& version)
{
    QString compact = text;
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('\t'));
    return compact.startsWith(version, Qt::CaseInsensitive);
}

// The fields of "v=VERSION; name=value; ..." as RFC 8461 section 3.1 and RFC 8460 section 3 write
// them. Fills `errors` with what breaks the grammar; returns the fields in order.
QList<QPair<QString, QString>> strictFields(const QString& text, const QString& version, QStringList& errors)
{
    QList<QPair<QString, QString>> fields;
    QString rest = text.mid(version.size());
    const QStringList parts = rest.split(QLatin1Char(';'));
    // parts[0] is what follows the version up to the first ';': only spaces may stand there.
    if (!trimmedWsp(parts.constFirst()).isEmpty()) {
        errors << Text::tr("\"%1\" must be followed by \";\" before the next field, not by %2.")
                      .arg(version, shown(trimmedWsp(parts.constFirst())));
        return fields;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString field = trimmedWsp(parts.at(i));
        if (field.isEmpty()) {
            if (i != parts.size() - 1) {
                errors << Text::tr("The record has an empty field (two \";\" in a row).");
            }
            continue;
        }
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            errors << Text::tr("The field %1 is not a name=value pair.").arg(shown(field));
            continue;
        }
        const QString name = field.left(eq);
        const QString value = field.mid(eq + 1);
        if (name != trimmedWsp(name) || value != trimmedWsp(value)) {
            errors << Text::tr("The field %1 has spaces around \"=\", which the record's syntax does not "
                               "allow.")
                          .arg(shown(field));
            continue;
        }
        if (!isExtensionName(name)) {
            errors << Text::tr("%1 is not a valid field name.").arg(shown(name));
            continue;
        }
        fields.append({name, value});
    }
    return fields;
}

// Whether `text` is a record of exactly this version (MTA-STS, TLS-RPT): `version` first, then a space,
// ";" or the end ("v=STSv10" is another version). A near miss ("V=STSv1", " v=STSv1") is named in
// `errors`, since senders skip it.
bool isVersionedRecord(const QString& text, const QString& version, QStringList& errors)
{
    if (!text.startsWith(version)) {
        if (looksLike(text, version)) {
            errors << Text::tr("The record must begin with exactly \"%1\" (this case, no space before it or "
                               "around \"=\"); senders skip %2.")
                          .arg(version, shown(text));
        }
        return false;
    }
    return text.size() == version.size() || isWsp(text.at(version.size())) ||
           text.at(version.size()) == QLatin1Char(';');
}

} // namespace

MtaStsTxt parseMtaStsTxt(const QByteArray& record)
{
    MtaStsTxt out;
    const QString version = QStringLiteral("v=STSv1");
    const QString text = QString::fromUtf8(record);
    if (!isVersionedRecord(text, version, out.errors)) {
        return out;
    }
    out.isStsRecord = true;
    const auto fields = strictFields(text, version, out.errors);
    bool haveId = false;
    for (const auto& [name, value] : fields) {
        if (name == QLatin1String("id")) {
            if (haveId) {
                continue; // RFC 8461 section 3.2: a repeated field keeps its first value
            }
            haveId = true;
            static const QRegularExpression idRe(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
            if (!idRe.match(value).hasMatch()) {
                out.errors << Text::tr("The id %1 must be 1 to 32 letters and digits (no dots, dashes or "
                                       "spaces).")
                                  .arg(shown(value));
            } else {
                out.id = value;
            }
        } else if (!isExtensionValue(value)) {
            out.errors << Text::tr("The field %1 has an empty or unusable value.").arg(shown(name));
        }
    }
    if (!haveId) {
        out.errors << Text::tr("The record has no id=, which senders need to notice a new policy.");
    }
    out.valid = out.errors.isEmpty();
    return out;
}

MtaStsPolicy parseMtaStsPolicy(const QByteArray& body)
{
    MtaStsPolicy out;
    QByteArray bytes = body;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        out.warnings << Text::tr("The file starts with a byte order mark, which some senders read as part "
                                 "of the first field's name.");
    }
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QStringList known = {QStringLiteral("version"), QStringLiteral("mode"), QStringLiteral("max_age"),
                               QStringLiteral("mx")};
    QSet<QString> seen;
    bool haveVersion = false;
    bool haveMode = false;
    bool haveMaxAge = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r'))) {
            line.chop(1);
        }
        if (trimmedWsp(line).isEmpty()) {
            continue;
        }
        const int number = int(i + 1);
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            out.errors << Text::tr("Line %1 (%2) is not a \"key: value\" pair.").arg(number).arg(shown(line));
            continue;
        }
        const QString rawKey = line.left(colon);
        const QString key = trimmedWsp(rawKey);
        const QString value = trimmedWsp(line.mid(colon + 1));
        if (!isExtensionName(key)) {
            out.errors << Text::tr("Line %1: %2 is not a valid field name.").arg(number).arg(shown(key));
            continue;
        }
        if (key != rawKey) {
            out.warnings << Text::tr("Line %1: spaces around the field name %2; write \"%3: value\" from "
                                     "the start of the line.")
                                .arg(number)
                                .arg(shown(key), key);
        }
        if (!known.contains(key)) {
            if (known.contains(key.toLower())) {
                out.warnings << Text::tr("Line %1: field names are case-sensitive, so senders ignore %2; "
                                         "write \"%3\".")
                                    .arg(number)
                                    .arg(shown(key), key.toLower());
            }
            continue; // an extension: ignored (RFC 8461 section 3.2)
        }
        if (key != QLatin1String("mx") && seen.contains(key)) {
            out.warnings << Text::tr("Line %1: \"%2\" is given more than once; senders use the first value "
                                     "and ignore %3.")
                                .arg(number)
                                .arg(key, shown(value));
            continue;
        }
        seen.insert(key);
        if (key == QLatin1String("version")) {
            haveVersion = true;
            out.version = value;
            if (value != QLatin1String("STSv1")) {
                out.errors << Text::tr("The version is %1; it must be \"STSv1\".").arg(shown(value));
            }
        } else if (key == QLatin1String("mode")) {
            haveMode = true;
            if (value == QLatin1String("enforce") || value == QLatin1String("testing") ||
                value == QLatin1String("none")) {
                out.mode = value;
            } else {
                out.errors << Text::tr("The mode %1 is not one of enforce, testing or none (in lower case).")
                                  .arg(shown(value));
            }
        } else if (key == QLatin1String("max_age")) {
            haveMaxAge = true;
            static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
            const qint64 seconds = digits.match(value).hasMatch() ? value.toLongLong() : -1;
            if (seconds < 0 || seconds > kMtaStsMaxAgeLimit) {
                out.errors << Text::tr("max_age %1 must be a whole number of seconds from 0 to %2 (about a "
                                       "year).")
                                  .arg(shown(value))
                                  .arg(kMtaStsMaxAgeLimit);
            } else {
                out.maxAge = seconds;
                if (seconds < 86400) {
                    out.warnings << Text::tr("max_age is %1 seconds, under a day: senders forget the policy "
                                             "that soon, which leaves gaps an attacker can use. A week "
                                             "(604800) or more is usual.")
                                        .arg(seconds);
                }
            }
        } else { // mx
            const QString pattern = withoutTrailingDots(value.toLower());
            const QString host = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
            if (!isHostName(host) || !host.contains(QLatin1Char('.'))) {
                out.errors
                    << Text::tr("The mx value %1 is not a host name or a \"*.\" pattern.").arg(shown(value));
            } else {
                out.mx << pattern;
            }
        }
    }
    if (!haveVersion) {
        out.errors << Text::tr("The policy has no \"version: STSv1\" line.");
    }
    if (!haveMode) {
        out.errors << Text::tr("The policy has no \"mode:\" line (enforce, testing or none).");
    }
    if (!haveMaxAge) {
        out.errors << Text::tr("The policy has no \"max_age:\" line.");
    }
    if ((out.mode == QLatin1String("enforce") || out.mode == QLatin1String("testing")) && out.mx.isEmpty()) {
        out.errors
            << Text::tr("The mode is %1 but no \"mx:\" line names the mail servers it covers.").arg(out.mode);
    }
    out.valid = out.errors.isEmpty();
    return out;
}

bool mxMatchesPattern(const QString& mxHost, const QString& pattern)
{
    const QString host = withoutTrailingDots(mxHost.trimmed()).toLower();
    const QString p = withoutTrailingDots(pattern.trimmed()).toLower();
    if (host.isEmpty() || p.isEmpty()) {
        return false;
    }
    if (p.startsWith(QLatin1String("*."))) {
        const QString suffix = p.mid(1); // ".example.com"
        if (suffix.size() < 2 || !host.endsWith(suffix)) {
            return false;
        }
        const QString label = host.left(host.size() - suffix.size());
        return !label.isEmpty() && !label.contains(QLatin1Char('.')) && label != QLatin1String("*");
    }
    return host == p;
}

TlsRptRecord parseTlsRpt(const QByteArray& record)
{
    TlsRptRecord out;
    const QString version = QStringLiteral("v=TLSRPTv1");
    const QString text = QString::fromUtf8(record);
    if (!isVersionedRecord(text, version, out.errors)) {
        return out;
    }
    out.isTlsRpt = true;
    const auto fields = strictFields(text, version, out.errors);
    bool haveRua = false;
    for (const auto& [name, value] : fields) {
        if (name != QLatin1String("rua")) {
            if (!isExtensionValue(value)) {
                out.errors << Text::tr("The field %1 has an empty or unusable value.").arg(shown(name));
            }
            continue;
        }
        if (haveRua) {
            out.errors << Text::tr("rua= is given more than once; list every address in one rua=, "
                                   "separated by commas.");
            continue;
        }
        haveRua = true;
        for (const QString& part : value.split(QLatin1Char(','))) {
            const QString uri = trimmedWsp(part);
            if (uri.isEmpty()) {
                out.errors << Text::tr("rua= has an empty address (a comma too many).");
                continue;
            }
            const QUrl url(uri, QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            bool ok = false;
            if (scheme == QLatin1String("mailto")) {
                const QString address = url.path();
                const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
                ok =
                    url.isValid() && at > 0 && at < address.size() - 1 && !address.contains(QLatin1Char(' '));
            } else if (scheme == QLatin1String("https")) {
                ok = url.isValid() && !url.host().isEmpty();
            }
            if (ok) {
                out.rua << uri;
            } else if (scheme == QLatin1String("mailto") || scheme == QLatin1String("https")) {
                out.errors << Text::tr("The report address %1 is not a usable mailto: or https: address.")
                                  .arg(shown(uri));
            } else {
                out.errors
                    << Text::tr("The report address %1 must start with mailto: or https:.").arg(shown(uri));
            }
        }
    }
    if (!haveRua) {
        out.errors << Text::tr("The record has no rua= saying where reports go.");
    }
    out.valid = out.errors.isEmpty() && !out.rua.isEmpty();
    return out;
}

BimiRecord parseBimi(const QByteArray& record)
{
    BimiRecord out;
    const QString text = QString::fromUtf8(record);
    static const QRegularExpression versionRe(QStringLiteral("^v[ \\t]*=[ \\t]*BIMI1[ \\t]*(;|$)"));
    if (!versionRe.match(text).hasMatch()) {
        if (looksLike(text, QStringLiteral("v=BIMI1"))) {
            out.errors << Text::tr("The record must begin with \"v=BIMI1\" exactly as written here; mail "
                                   "providers skip %1.")
                              .arg(shown(text));
        }
        return out;
    }
    out.isBimi = true;
    QSet<QString> seen;
    bool haveLogo = false;
    const QStringList parts = text.split(QLatin1Char(';'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString field = trimmedWsp(parts.at(i));
        if (field.isEmpty()) {
            continue;
        }
        const qsizetype eq = field.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            out.errors << Text::tr("The field %1 is not a name=value pair.").arg(shown(field));
            continue;
        }
        const QString name = trimmedWsp(field.left(eq));
        const QString value = trimmedWsp(field.mid(eq + 1));
        if (seen.contains(name)) {
            out.errors << Text::tr("The tag %1 is given more than once.").arg(shown(name));
            continue;
        }
        seen.insert(name);
        if (name == QLatin1String("v")) {
            out.errors << Text::tr("The tag v= is given more than once.");
        } else if (name == QLatin1String("l") || name == QLatin1String("a")) {
            const bool logo = name == QLatin1String("l");
            (logo ? out.logoUrl : out.authorityUrl) = value;
            haveLogo = haveLogo || logo;
            if (value.isEmpty()) {
                continue;
            }
            if (value.contains(QLatin1Char(','))) {
                out.errors << (logo ? Text::tr("l= must hold one logo address, not a list: %1.")
                                    : Text::tr("a= must hold one certificate address, not a list: %1."))
                                  .arg(shown(value));
                continue;
            }
            const QUrl url(value, QUrl::StrictMode);
            const bool https = url.isValid() &&
                               url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
                               !url.host().isEmpty() && url.host().contains(QLatin1Char('.'));
            if (https) {
                continue;
            }
            const bool otherScheme = url.isValid() && !url.scheme().isEmpty() &&
                                     url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0;
            if (logo && otherScheme) {
                out.logoNotHttps = true; // reported on its own
            } else if (logo) {
                out.errors
                    << Text::tr("The logo address %1 is not a full https:// address.").arg(shown(value));
            } else {
                out.errors << Text::tr("The certificate address (a=) %1 must be a full https:// address.")
                                  .arg(shown(value));
            }
        }
        // lps=, avp= and unknown tags change nothing checked here (the draft: unknown tags are ignored).
    }
    if (!haveLogo) {
        out.errors << Text::tr("The record has no l= tag (the logo's address, or empty to take no part).");
    }
    out.declined = haveLogo && out.logoUrl.isEmpty() && out.authorityUrl.isEmpty();
    out.valid = out.errors.isEmpty() && !out.logoNotHttps;
    return out;
}

} // namespace postino::acceptance
