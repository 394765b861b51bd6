#include "api/sigv4.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <algorithm>

namespace postino::sigv4 {

namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kTerminator = QByteArrayLiteral("aws4_request");

using Pairs = QList<QPair<QByteArray, QByteArray>>;

QByteArray hmac(const QByteArray& key, const QByteArray& message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray signingKey(const QByteArray& secret, const QByteArray& date, const QByteArray& region,
                      const QByteArray& service)
{
    const QByteArray kDate = hmac(QByteArrayLiteral("AWS4") + secret, date);
    const QByteArray kRegion = hmac(kDate, region);
    const QByteArray kService = hmac(kRegion, service);
    return hmac(kService, kTerminator);
}

QByteArray canonicalPath(const QByteArray& path, bool normalize)
{
    const QList<QByteArray> segments = path.split('/');
    if (!normalize) {
        QList<QByteArray> encoded;
        encoded.reserve(segments.size());
        for (const QByteArray& segment : segments)
            encoded.append(uriEncode(segment));
        const QByteArray joined = encoded.join('/');
        return joined.isEmpty() ? QByteArrayLiteral("/") : joined;
    }
    QList<QByteArray> kept;
    for (const QByteArray& segment : segments) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(uriEncode(segment));
    }
    QByteArray result = '/' + kept.join('/');
    if (!kept.isEmpty() && path.endsWith('/'))
        result += '/';
    return result;
}

// Decoded (name, value) pairs of a raw query string.
Pairs parseQuery(const QByteArray& query)
{
    Pairs params;
    for (const QByteArray& piece : query.split('&')) {
        if (piece.isEmpty())
            continue;
        const qsizetype eq = piece.indexOf('=');
        const QByteArray name = eq < 0 ? piece : piece.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : piece.mid(eq + 1);
        params.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return params;
}

QByteArray canonicalQuery(const Pairs& decoded)
{
    Pairs encoded;
    encoded.reserve(decoded.size());
    for (const auto& [name, value] : decoded)
        encoded.append({uriEncode(name), uriEncode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto& [name, value] : encoded) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

struct CanonicalHeaders
{
    QByteArray block;   // "name:value\n" lines, sorted by name
    QByteArray signed_; // "name;name;..."
};

CanonicalHeaders canonicalHeaders(const Pairs& headers)
{
    QMap<QByteArray, QByteArray> byName; // QByteArray's operator< compares bytes
    for (const auto& [name, value] : headers) {
        const QByteArray key = name.trimmed().toLower();
        const QByteArray clean = value.simplified();
        auto it = byName.find(key);
        if (it == byName.end())
            byName.insert(key, clean);
        else
            it.value() += ',' + clean;
    }
    CanonicalHeaders result;
    QList<QByteArray> names;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        result.block += it.key() + ':' + it.value() + '\n';
        names.append(it.key());
    }
    result.signed_ = names.join(';');
    return result;
}

struct Context
{
    QByteArray amzDate, date, scope, key;
};

Context makeContext(const Credentials& credentials, const Options& options)
{
    Context ctx;
    const QDateTime utc = options.timestamp.toTimeZone(QTimeZone::utc());
    ctx.amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    ctx.date = ctx.amzDate.left(8);
    ctx.scope = ctx.date + '/' + options.region + '/' + options.service + '/' + kTerminator;
    ctx.key = signingKey(credentials.secretAccessKey, ctx.date, options.region, options.service);
    return ctx;
}

void finish(Signed& out, const Context& ctx, const QByteArray& method, const QByteArray& uri,
            const QByteArray& query, const CanonicalHeaders& headers, const QByteArray& payloadHash)
{
    out.canonicalRequest = method + '\n' + uri + '\n' + query + '\n' + headers.block + '\n' +
                           headers.signed_ + '\n' + payloadHash;
    out.stringToSign =
        kAlgorithm + '\n' + ctx.amzDate + '\n' + ctx.scope + '\n' + hexSha256(out.canonicalRequest);
    out.signature = hmac(ctx.key, out.stringToSign).toHex();
}

} // namespace

QByteArray uriEncode(const QByteArray& data)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(data.size() * 3);
    for (const char ch : data) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                                c == '-' || c == '_' || c == '.' || c == '~';
        if (unreserved) {
            out += ch;
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 0x0f];
        }
    }
    return out;
}

QByteArray hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

Signed signWithHeaders(const Request& request, const Credentials& credentials, const Options& options)
{
    const Context ctx = makeContext(credentials, options);
    const QByteArray payloadHash = hexSha256(request.body);

    Signed out;
    out.query = request.query;
    out.headers = request.headers;
    Pairs toSign = request.headers;
    if (!credentials.sessionToken.isEmpty()) {
        out.headers.append({QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});
        if (!options.omitSessionToken)
            toSign.append(out.headers.constLast());
    }
    out.headers.append({QByteArrayLiteral("X-Amz-Date"), ctx.amzDate});
    toSign.append(out.headers.constLast());
    if (options.signBody) {
        out.headers.append({QByteArrayLiteral("x-amz-content-sha256"), payloadHash});
        toSign.append(out.headers.constLast());
    }

    const CanonicalHeaders headers = canonicalHeaders(toSign);
    finish(out, ctx, request.method, canonicalPath(request.path, options.normalizePath),
           canonicalQuery(parseQuery(request.query)), headers, payloadHash);

    out.headers.append({QByteArrayLiteral("Authorization"),
                        kAlgorithm + " Credential=" + credentials.accessKeyId + '/' + ctx.scope +
                            ", SignedHeaders=" + headers.signed_ + ", Signature=" + out.signature});
    return out;
}

Signed signWithQuery(const Request& request, const Credentials& credentials, const Options& options)
{
    const Context ctx = makeContext(credentials, options);
    const CanonicalHeaders headers = canonicalHeaders(request.headers);
    const QByteArray credential = credentials.accessKeyId + '/' + ctx.scope;
    const QByteArray expires = QByteArray::number(options.expiresSeconds);
    const bool hasToken = !credentials.sessionToken.isEmpty();

    Pairs params = parseQuery(request.query);
    params.append({QByteArrayLiteral("X-Amz-Algorithm"), kAlgorithm});
    params.append({QByteArrayLiteral("X-Amz-Credential"), credential});
    params.append({QByteArrayLiteral("X-Amz-Date"), ctx.amzDate});
    params.append({QByteArrayLiteral("X-Amz-Expires"), expires});
    params.append({QByteArrayLiteral("X-Amz-SignedHeaders"), headers.signed_});
    if (hasToken && !options.omitSessionToken)
        params.append({QByteArrayLiteral("X-Amz-Security-Token"), credentials.sessionToken});

    Signed out;
    out.headers = request.headers;
    finish(out, ctx, request.method, canonicalPath(request.path, options.normalizePath),
           canonicalQuery(params), headers, hexSha256(request.body));

    out.query = request.query;
    if (!out.query.isEmpty())
        out.query += '&';
    out.query += "X-Amz-Algorithm=" + kAlgorithm + "&X-Amz-Credential=" + uriEncode(credential) +
                 "&X-Amz-Date=" + ctx.amzDate + "&X-Amz-SignedHeaders=" + uriEncode(headers.signed_) +
                 "&X-Amz-Expires=" + expires;
    if (hasToken)
        out.query += "&X-Amz-Security-Token=" + uriEncode(credentials.sessionToken);
    out.query += "&X-Amz-Signature=" + out.signature;
    return out;
}

QByteArray sesSmtpPassword(const QByteArray& secretAccessKey, const QByteArray& region)
{
    // SES's fixed date and service for SMTP password derivation (AWS: ses/latest/dg/smtp-credentials.html).
    const QByteArray key =
        signingKey(secretAccessKey, QByteArrayLiteral("11111111"), region, QByteArrayLiteral("ses"));
    const QByteArray message = hmac(key, QByteArrayLiteral("SendRawEmail"));
    QByteArray password(1, '\x04');
    password += message;
    return password.toBase64();
}

} // namespace postino::sigv4
