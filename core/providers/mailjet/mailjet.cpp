// Mailjet: Send API v3.1, REST v3 (sender count for the key check, message for delivery status).
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Mailjet final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        JsonMessageShape shape = capitalisedShape("TextPart", "HTMLPart", "Email");
        shape.nameKey = "Name";
        return {{QStringLiteral("Messages"), QJsonArray{jsonMessage(m, shape)}}};
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject msg = doc.toObject().value(QLatin1String("Messages")).toArray().first().toObject();
        out->messageId = text(
            msg.value(QLatin1String("To")).toArray().first().toObject().value(QLatin1String("MessageID")));
        out->ok = status == 200 && msg.value(QLatin1String("Status")).toString() == QLatin1String("success");
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Errors nest per message; the first one explains the rest.
        const QJsonObject o = doc.toObject();
        const QJsonObject msg = o.value(QLatin1String("Messages")).toArray().first().toObject();
        const QJsonObject e = msg.value(QLatin1String("Errors")).toArray().first().toObject();
        out->providerCode = e.isEmpty() ? text(o.value(QLatin1String("StatusCode")))
                                        : e.value(QLatin1String("ErrorCode")).toString();
        out->providerMessage = e.isEmpty() ? o.value(QLatin1String("ErrorMessage")).toString()
                                           : e.value(QLatin1String("ErrorMessage")).toString();
    }

    // GET /v3/REST/message/{id} (Data[].Status: queued, sent, opened, clicked, bounce, hardbounced,
    // softbounced, blocked, spam, deferred [H], from the official client's types)
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId);
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        if (status == 404) {
            out->understood = true; // not known yet
            return;
        }
        for (const QJsonValue& v : statusEvents(status, o, "Data", out)) {
            const QJsonObject m = v.toObject();
            const QString s = m.value(QLatin1String("Status")).toString().toLower();
            // Mailjet's "sent" means the receiving server took it.
            fold->add(s == QLatin1String("sent") ? DeliveryState::Delivered : stateFromWord(s),
                      firstString(m, {"StateID", "StatePermanent"}));
        }
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        basic(call, c.secret(QStringLiteral("api_key")), c.secret(QStringLiteral("secret_key")));
    }
};

} // namespace

const ApiProvider& mailjet()
{
    return moduleInstance<Mailjet>();
}

} // namespace postino::providers
