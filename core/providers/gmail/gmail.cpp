// Gmail API users.messages.send, signed in with Google OAuth.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Gmail final : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        // The whole MIME message, base64url, in "raw".
        ApiCall call{
            "POST", QUrl(c.mailer->oauthUrl(QStringLiteral("sendUrl"), c.settings)), jsonHeaders(), {}};
        bearer(call, c.secret(QStringLiteral("access_token")));
        call.body = json(
            {{QStringLiteral("raw"), QString::fromLatin1(m.raw.toBase64(QByteArray::Base64UrlEncoding |
                                                                        QByteArray::OmitTrailingEquals))}});
        return call;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("id")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Google: {"error": {"code", "message", "status", "errors": [{"reason"}]}}
        const QJsonObject e = doc.toObject().value(QLatin1String("error")).toObject();
        out->providerCode = e.value(QLatin1String("errors"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QLatin1String("reason"))
                                .toString();
        if (out->providerCode.isEmpty()) {
            out->providerCode = e.value(QLatin1String("status")).toString();
        }
        out->providerMessage = e.value(QLatin1String("message")).toString();
    }
};

} // namespace

const ApiProvider& gmail()
{
    static const Gmail provider;
    return provider;
}

} // namespace postino::providers
