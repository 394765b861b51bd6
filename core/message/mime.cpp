#include "mime.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringDecoder>

namespace postino::mime {

namespace {

bool isPlainAscii(const QString& text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            return false;
        }
    }
    return true;
}

// Length of the longest prefix of `utf8` no longer than `maxBytes` that ends on a
// character boundary.
qsizetype utf8Boundary(const QByteArray& utf8, qsizetype start, qsizetype maxBytes)
{
    qsizetype end = std::min(utf8.size(), start + maxBytes);
    while (end > start && end < utf8.size() && (static_cast<unsigned char>(utf8.at(end)) & 0xC0) == 0x80) {
        --end;
    }
    return end - start;
}

} // namespace

QByteArray encodeHeaderText(const QString& text, int firstLineUsed)
{
    Q_UNUSED(firstLineUsed);
    if (isPlainAscii(text)) {
        return text.toLatin1();
    }
    const QByteArray utf8 = text.toUtf8();
    // "=?UTF-8?B?" + "?=" is 12 characters; 45 bytes of UTF-8 make 60 base64 characters: 72 in all.
    constexpr qsizetype kChunkBytes = 45;
    QList<QByteArray> words;
    qsizetype pos = 0;
    while (pos < utf8.size()) {
        const qsizetype len = utf8Boundary(utf8, pos, kChunkBytes);
        words.append("=?UTF-8?B?" + utf8.mid(pos, len).toBase64() + "?=");
        pos += len;
    }
    // Folding whitespace between encoded words is not displayed (RFC 2047 §6.2).
    return words.join("\r\n ");
}

QByteArray formatMailbox(const QString& displayName, const QString& address)
{
    const QByteArray addr = '<' + address.toUtf8() + '>';
    const QString name = displayName.trimmed();
    if (name.isEmpty()) {
        return addr;
    }
    if (!isPlainAscii(name)) {
        return encodeHeaderText(name) + ' ' + addr;
    }
    static const QRegularExpression atext(QStringLiteral("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+$"));
    if (atext.match(name).hasMatch()) {
        return name.toLatin1() + ' ' + addr;
    }
    QByteArray quoted = name.toLatin1();
    quoted.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + quoted + "\" " + addr;
}

QByteArray encodeQuotedPrintable(const QByteArray& data)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    int lineLength = 0;
    auto put = [&](const QByteArray& token) {
        if (lineLength + token.size() > 75) {
            out.append("=\r\n");
            lineLength = 0;
        }
        out.append(token);
        lineLength += static_cast<int>(token.size());
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n') {
            continue;
        }
        if (c == '\n') {
            out.append("\r\n");
            lineLength = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == data.size() || data.at(i + 1) == '\n' || data.at(i + 1) == '\r';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd);
        // A leading "." or "From " is harmless in QP but some relays mangle it; encode a leading dot.
        if (literal && !(c == '.' && lineLength == 0)) {
            put(QByteArray(1, static_cast<char>(c)));
        } else {
            const char escaped[] = {'=', hex[c >> 4], hex[c & 15]};
            put(QByteArray(escaped, 3));
        }
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime& when)
{
    const QDateTime local = when.toOffsetFromUtc(when.offsetFromUtc());
    const int offset = local.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(local, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss ")) + zone).toLatin1();
}

QString decodeHeaderText(const QByteArray& raw)
{
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString text = QString::fromUtf8(raw);
    QString out;
    qsizetype pos = 0;
    bool previousWasWord = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        // Whitespace between two encoded words is dropped (RFC 2047 §6.2).
        if (!(previousWasWord && between.trimmed().isEmpty())) {
            out += between;
        }
        QByteArray bytes = m.captured(3).toLatin1();
        if (m.captured(2).compare(QLatin1String("B"), Qt::CaseInsensitive) == 0) {
            bytes = QByteArray::fromBase64(bytes);
        } else {
            bytes.replace('_', ' ');
            bytes = decodeQuotedPrintable(bytes);
        }
        QStringDecoder decoder(m.captured(1).toLatin1().constData());
        out += decoder.isValid() ? decoder.decode(bytes) : QString::fromLatin1(bytes);
        pos = m.capturedEnd();
        previousWasWord = true;
    }
    out += text.mid(pos);
    return out;
}

QByteArray decodeQuotedPrintable(const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size());
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (c != '=') {
            out.append(c);
            continue;
        }
        if (i + 1 < data.size() && (data.at(i + 1) == '\r' || data.at(i + 1) == '\n')) {
            i += data.at(i + 1) == '\r' && i + 2 < data.size() && data.at(i + 2) == '\n' ? 2 : 1;
            continue; // soft line break
        }
        if (i + 2 < data.size() && hexValue(data.at(i + 1)) >= 0 && hexValue(data.at(i + 2)) >= 0) {
            out.append(static_cast<char>(hexValue(data.at(i + 1)) * 16 + hexValue(data.at(i + 2))));
            i += 2;
            continue;
        }
        out.append(c);
    }
    return out;
}

QByteArray Part::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QByteArray Part::contentType() const
{
    const QByteArray value = header("Content-Type");
    const qsizetype semi = value.indexOf(';');
    return (semi < 0 ? value : value.left(semi)).trimmed().toLower();
}

QByteArray Part::parameter(const QByteArray& headerName, const QByteArray& param) const
{
    const QByteArray value = header(headerName);
    const QList<QByteArray> pieces = value.split(';');
    for (qsizetype i = 1; i < pieces.size(); ++i) {
        const QByteArray piece = pieces.at(i).trimmed();
        const qsizetype eq = piece.indexOf('=');
        if (eq > 0 && piece.left(eq).trimmed().compare(param, Qt::CaseInsensitive) == 0) {
            QByteArray v = piece.mid(eq + 1).trimmed();
            if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"')) {
                v = v.mid(1, v.size() - 2);
            }
            return v;
        }
    }
    return {};
}

QByteArray Part::decodedBody() const
{
    const QByteArray encoding = header("Content-Transfer-Encoding").trimmed().toLower();
    if (encoding == "quoted-printable") {
        return decodeQuotedPrintable(body);
    }
    if (encoding == "base64") {
        return QByteArray::fromBase64(body);
    }
    return body;
}

QList<Part> Part::subparts() const
{
    QList<Part> parts;
    const QByteArray boundary = parameter("Content-Type", "boundary");
    if (!contentType().startsWith("multipart/") || boundary.isEmpty()) {
        return parts;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        qsizetype start = pos + delimiter.size();
        if (body.mid(start, 2) == "--") {
            break; // closing delimiter
        }
        start = body.indexOf('\n', start);
        if (start < 0) {
            break;
        }
        ++start;
        // Stored mail (Maildir, mbox) often has LF line ends instead of CRLF.
        const qsizetype next = body.indexOf(QByteArray('\n' + delimiter), start);
        qsizetype end = next < 0 ? body.size() : next;
        if (end > start && body.at(end - 1) == '\r') {
            --end;
        }
        parts.append(parse(body.mid(start, end - start)));
        pos = next < 0 ? -1 : next + 1;
    }
    return parts;
}

Part parse(const QByteArray& message)
{
    Part part;
    qsizetype headerEnd = message.indexOf("\r\n\r\n");
    qsizetype bodyStart = headerEnd + 4;
    if (headerEnd < 0) {
        headerEnd = message.indexOf("\n\n");
        bodyStart = headerEnd + 2;
    }
    if (headerEnd < 0) {
        headerEnd = message.size();
        bodyStart = message.size();
    }
    const QList<QByteArray> lines = message.left(headerEnd).split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !part.headers.isEmpty()) {
            part.headers.last().second += ' ' + line.trimmed(); // unfold (RFC 5322 §2.2.3)
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            part.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    part.body = message.mid(bodyStart);
    return part;
}

} // namespace postino::mime
