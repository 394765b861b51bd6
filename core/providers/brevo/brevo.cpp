// Brevo (once Sendinblue) API v3: https://developers.brevo.com
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Brevo final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        return jsonMessage(
            m, {.from = "sender", .text = "textContent", .html = "htmlContent", .addressKey = "email"});
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        call.headers.append({"api-key", c.secret(QStringLiteral("api_key"))});
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("messageId")).toString();
        out->ok = (status == 201 || status == 202) && !out->messageId.isEmpty();
    }

    // GET /v3/smtp/statistics/events?messageId=<id> (getEmailEventReport; events[] {event, reason} with
    // delivered, deferred, soft/hardBounce(s), blocked [H])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId,
                              {{QStringLiteral("messageId"), messageId.trimmed()},
                               {QStringLiteral("limit"), QStringLiteral("100")}});
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        if (status != 200) {
            return;
        }
        out->understood = o.isEmpty() || o.value(QLatin1String("events")).isArray();
        for (const QJsonValue& v : o.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            fold->add(stateFromWord(e.value(QLatin1String("event")).toString()), firstString(e, {"reason"}));
        }
    }
};

} // namespace

const ApiProvider& brevo()
{
    return moduleInstance<Brevo>();
}

} // namespace postino::providers
