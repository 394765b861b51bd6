// Microsoft Graph POST /me/sendMail (Outlook.com and Microsoft 365), signed in with Microsoft OAuth.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class MicrosoftGraph final : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        // Answers 202 Accepted with no body.
        QJsonObject message{
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("HTML")},
                                                 {QStringLiteral("content"), m.html}}},
            {QStringLiteral("toRecipients"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), m.to}}}}}},
            {QStringLiteral("internetMessageHeaders"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X-Postino-Test")},
                                    {QStringLiteral("value"), m.runId}}}}};
        if (!m.fromEmail.isEmpty()) {
            message.insert(QStringLiteral("from"),
                           QJsonObject{{QStringLiteral("emailAddress"),
                                        QJsonObject{{QStringLiteral("address"), m.fromEmail},
                                                    {QStringLiteral("name"), m.fromName}}}});
        }
        return oauthSendCall(
            c, "Bearer", {{QStringLiteral("message"), message}, {QStringLiteral("saveToSentItems"), true}});
    }

    void readSendAnswer(int status, const QJsonValue&, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->ok = status == 202; // Graph gives no message id for sendMail
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Microsoft Graph: {"error": {"code", "message"}}
        readCodeAndMessage(doc.toObject().value(QLatin1String("error")).toObject(), "code", "message", out);
    }
};

} // namespace

const ApiProvider& microsoftGraph()
{
    return moduleInstance<MicrosoftGraph>();
}

} // namespace postino::providers
