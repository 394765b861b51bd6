// Amazon SES API v2 (SendEmail with raw content, ListEmailIdentities), signed with SigV4.
#include "api/sigv4.h"
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class AmazonSes final : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        // SES v2 SendEmail with the raw MIME message, signed with SigV4.
        const QByteArray body = json(
            {{QStringLiteral("Content"),
              QJsonObject{{QStringLiteral("Raw"),
                           QJsonObject{{QStringLiteral("Data"), QString::fromLatin1(m.raw.toBase64())}}}}}});
        return signedCall(c, "POST", endpoint(c, "sendUrl"), body);
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("MessageId")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        return signedCall(c, "GET", endpoint(c, "probeUrl"), {});
    }

    void readError(const QJsonValue& doc, const HttpHeaders& headers, ApiOutcome* out) const override
    {
        const QJsonObject o = doc.toObject();
        QString type = QString::fromLatin1(headerValue(headers, "x-amzn-ErrorType"));
        if (type.isEmpty()) {
            type = o.value(QLatin1String("__type")).toString();
        }
        out->providerCode = type.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('#'), -1);
        out->providerMessage = o.value(QLatin1String("message")).toString();
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = o.value(QLatin1String("Message")).toString();
        }
    }

    // The SES SMTP interface signs in with a password derived from the secret access key per region.
    QByteArray derivedSmtpPassword(const QByteArray& secret, const QJsonObject& settings) const override
    {
        return sigv4::sesSmtpPassword(secret,
                                      settings.value(QLatin1String("region")).toString().trimmed().toUtf8());
    }

private:
    static ApiCall signedCall(const ApiContext& c, const QByteArray& method, const QUrl& url,
                              const QByteArray& body)
    {
        ApiCall call{method, url, {}, body};
        sigv4::Request request;
        request.method = method;
        request.path = url.path(QUrl::FullyEncoded).toLatin1();
        request.query = url.query(QUrl::FullyEncoded).toLatin1();
        // The signed host is always the documented one (email.<region>.amazonaws.com): the base-URL
        // override (--api-base, tests) is applied later and only changes where the request goes, so a
        // local server sees a Host that differs from the signed one and checks against the documented host.
        request.headers = {{"host", url.host().toLatin1()}};
        if (!body.isEmpty()) {
            request.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/json")));
        }
        request.body = body;
        sigv4::Options options;
        options.region = (c.region.isEmpty() ? setting(c, "region") : c.region).toLatin1();
        options.service = "ses";
        options.timestamp = c.now;
        sigv4::Credentials credentials{
            setting(c, "client_id").toLatin1(), c.secret(QStringLiteral("client_secret")), {}};
        const sigv4::Signed signedRequest = sigv4::signWithHeaders(request, credentials, options);
        for (const auto& h : signedRequest.headers) {
            if (h.first.compare("host", Qt::CaseInsensitive) != 0) { // Qt sets Host itself
                call.headers.append(h);
            }
        }
        return call;
    }
};

} // namespace

const ApiProvider& amazonSes()
{
    return moduleInstance<AmazonSes>();
}

} // namespace postino::providers
