// Elastic Email API v4: emails/transactional, statistics/channels.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class ElasticEmail final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        // {Recipients: {To}, Content: {From, Subject, Body[], Headers}}: To and the parts are placed here.
        JsonMessageShape shape = capitalisedShape(nullptr, nullptr);
        shape.to = nullptr;
        QJsonObject content = jsonMessage(m, shape);
        content.insert(QStringLiteral("Body"),
                       QJsonArray{QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("PlainText")},
                                              {QStringLiteral("Content"), m.text}},
                                  QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("HTML")},
                                              {QStringLiteral("Content"), m.html}}});
        return {{QStringLiteral("Recipients"), QJsonObject{{QStringLiteral("To"), QJsonArray{m.to}}}},
                {QStringLiteral("Content"), content}};
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        call.headers.append({"X-ElasticEmail-ApiKey", c.secret(QStringLiteral("api_key"))});
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // EmailSend: MessageID identifies the message, TransactionID the send (what the events
        // lookup GET /v4/events/{transactionid} asks for).
        const QJsonObject o = doc.toObject();
        out->messageId = o.value(QLatin1String("MessageID")).toString();
        out->transactionId = o.value(QLatin1String("TransactionID")).toString();
        out->ok = status == 200 && (!out->messageId.isEmpty() || !out->transactionId.isEmpty());
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->providerMessage = doc.toObject().value(QLatin1String("Error")).toString();
    }
};

} // namespace

const ApiProvider& elasticEmail()
{
    return moduleInstance<ElasticEmail>();
}

} // namespace postino::providers
