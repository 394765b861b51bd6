// Elastic Email API v4: emails/transactional, statistics/channels.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class ElasticEmail final : public ApiProvider
{
public:
    QStringList mailerIds() const override { return {QStringLiteral("elasticemail")}; }

    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), {}};
        call.headers.append({"X-ElasticEmail-ApiKey", c.secret(QStringLiteral("api_key"))});
        call.body =
            json({{QStringLiteral("Recipients"), QJsonObject{{QStringLiteral("To"), QJsonArray{m.to}}}},
                  {QStringLiteral("Content"),
                   QJsonObject{
                       {QStringLiteral("From"), mailbox(m.fromName, m.fromEmail)},
                       {QStringLiteral("Subject"), m.subject},
                       {QStringLiteral("Body"),
                        QJsonArray{QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("PlainText")},
                                               {QStringLiteral("Content"), m.text}},
                                   QJsonObject{{QStringLiteral("ContentType"), QStringLiteral("HTML")},
                                               {QStringLiteral("Content"), m.html}}}},
                       {QStringLiteral("Headers"), testHeaders(m)}}}});
        return call;
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

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        ApiCall call{"GET", endpoint(c, "probeUrl"), {{"Accept", "application/json"}}, {}};
        call.headers.append({"X-ElasticEmail-ApiKey", c.secret(QStringLiteral("api_key"))});
        return call;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->providerMessage = doc.toObject().value(QLatin1String("Error")).toString();
    }
};

} // namespace

const ApiProvider& elasticEmail()
{
    static const ElasticEmail provider;
    return provider;
}

} // namespace postino::providers
