// SendGrid v3: mail/send, scopes, and the Email Activity API for delivery status.
#include "providers/common.h"
#include "providers/provider.h"

#include <QCoreApplication>

namespace postino::providers {

namespace {

// The hint below belongs to the delivery verifier's texts.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryVerifier)
};

class SendGrid final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        // The recipients go in "personalizations", the two bodies in "content".
        QJsonObject body =
            jsonMessage(m, {.to = nullptr, .text = nullptr, .html = nullptr, .addressKey = "email"});
        body.insert(QStringLiteral("personalizations"),
                    QJsonArray{QJsonObject{
                        {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}}}});
        body.insert(QStringLiteral("content"),
                    QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text/plain")},
                                           {QStringLiteral("value"), m.text}},
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("text/html")},
                                           {QStringLiteral("value"), m.html}}});
        return body;
    }

    void readSendAnswer(int status, const QJsonValue&, const HttpHeaders& headers,
                        ApiOutcome* out) const override
    {
        out->messageId = QString::fromLatin1(headerValue(headers, "X-Message-Id"));
        out->ok = status == 202;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject e = doc.toObject().value(QLatin1String("errors")).toArray().first().toObject();
        out->providerCode = e.value(QLatin1String("field")).toString();
        out->providerMessage = e.value(QLatin1String("message")).toString();
    }

    // GET /v3/messages?limit=10&query=msg_id LIKE "<id>%" (Email Activity API, only with the paid
    // activity add-on; status processed/delivered/not_delivered [H])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(
            c, messageId,
            {{QStringLiteral("limit"), QStringLiteral("10")},
             {QStringLiteral("query"), QStringLiteral("msg_id LIKE \"%1%\"").arg(bareMessageId(messageId))}});
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        if (status != 200) {
            return;
        }
        out->understood = o.value(QLatin1String("messages")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("messages")).toArray()) {
            fold->add(stateFromWord(v.toObject().value(QLatin1String("status")).toString()), {});
        }
    }

    // Without the activity add-on SendGrid answers 400, not 403.
    bool statusNoAccess(int status) const override
    {
        return status == 400 || ApiProvider::statusNoAccess(status);
    }

    QString statusNoAccessHint() const override
    {
        return Text::tr("SendGrid shows a message's status over its API only with the paid Email "
                        "Activity add-on, and with a key that has Email Activity access.");
    }
};

} // namespace

const ApiProvider& sendGrid()
{
    return moduleInstance<SendGrid>();
}

} // namespace postino::providers
