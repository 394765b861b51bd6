// Zoho Mail API POST /api/accounts/{accountId}/messages, signed in with Zoho OAuth.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class ZohoMail final : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString* error) const override
    {
        // Always from the connected account.
        ApiCall call = oauthSendCall(c, "Zoho-oauthtoken",
                                     {{QStringLiteral("fromAddress"), mailbox(m.fromName, m.fromEmail)},
                                      {QStringLiteral("toAddress"), m.to},
                                      {QStringLiteral("subject"), m.subject},
                                      {QStringLiteral("content"), m.html},
                                      {QStringLiteral("mailFormat"), QStringLiteral("html")}});
        if (call.url.isEmpty()) {
            *error = QStringLiteral("the Zoho Mail account id is not known yet");
            return std::nullopt;
        }
        return call;
    }

    // Zoho's API takes no custom headers: the run id is only in the message text.
    bool carriesTestHeader(const QJsonObject&) const override { return false; }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject o = doc.toObject();
        out->messageId = text(o.value(QLatin1String("data")).toObject().value(QLatin1String("messageId")));
        out->ok = status == 200 &&
                  o.value(QLatin1String("status")).toObject().value(QLatin1String("code")).toInt() == 200;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Zoho Mail: {"status": {"code", "description"}, "data": {"errorCode", "moreInfo"}}
        const QJsonObject o = doc.toObject();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out->providerCode = data.value(QLatin1String("errorCode")).toString();
        out->providerMessage =
            QString(
                o.value(QLatin1String("status")).toObject().value(QLatin1String("description")).toString() +
                QLatin1Char(' ') + data.value(QLatin1String("moreInfo")).toString())
                .trimmed();
    }
};

} // namespace

const ApiProvider& zohoMail()
{
    return moduleInstance<ZohoMail>();
}

} // namespace postino::providers
