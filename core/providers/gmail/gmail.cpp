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
        const QByteArray raw = m.raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return oauthSendCall(c, "Bearer", {{QStringLiteral("raw"), QString::fromLatin1(raw)}});
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("id")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Google: {"error": {"code", "message", "status", "errors": [{"reason"}]}}
        // The first error's reason says more than the status, when there is one.
        const QJsonObject e = doc.toObject().value(QLatin1String("error")).toObject();
        readCodeAndMessage(e, "status", "message", out);
        const QJsonObject firstError = e.value(QLatin1String("errors")).toArray().first().toObject();
        if (const QString reason = firstError.value(QLatin1String("reason")).toString(); !reason.isEmpty()) {
            out->providerCode = reason;
        }
    }
};

} // namespace

const ApiProvider& gmail()
{
    return moduleInstance<Gmail>();
}

} // namespace postino::providers
