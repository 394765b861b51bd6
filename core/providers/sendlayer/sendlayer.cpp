// SendLayer: https://developers.sendlayer.com (send, events); its official SDKs for the error shape.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class SendLayer final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        // SendLayer's reference and SDKs: lower-case name/email inside From and To, ContentType
        // "HTML" (or "Text"); WP Mail SMTP sends Email/Name and "html", which is not documented.
        QJsonObject body = jsonMessage(m, capitalisedShape("PlainContent", "HTMLContent", "email"));
        body.insert(QStringLiteral("ContentType"), QStringLiteral("HTML"));
        return body;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = text(doc.toObject().value(QLatin1String("MessageID")));
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // {"Errors": [{"Code", "Message"}]}; a bare {"Error": "..."} is also handled by the official SDKs.
        const QJsonObject o = doc.toObject();
        readCodeAndMessage(o.value(QLatin1String("Errors")).toArray().first().toObject(), "Code", "Message",
                           out);
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = o.value(QLatin1String("Error")).toString();
        }
    }

    // GET /api/v1/events?MessageID=<id> ("Retrieving Email Events": Bearer key, {TotalRecords,
    // Events[]{Event, LoggedAt, Reason, Message.Headers}}; events accepted / accepted-by-system,
    // delivered, failed (bounced), rejected, opened, clicked, unsubscribed, complained)
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId, {{QStringLiteral("MessageID"), bareMessageId(messageId)}});
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        for (const QJsonValue& v : statusEvents(status, o, "Events", out)) {
            const QJsonObject e = v.toObject();
            const QString event = e.value(QLatin1String("Event")).toString().toLower();
            // "failed" is SendLayer's bounce; a complaint or an unsubscribe means it arrived.
            DeliveryState state = stateFromWord(event);
            if (event == QLatin1String("failed"))
                state = DeliveryState::Bounced;
            else if (event == QLatin1String("complained") || event == QLatin1String("unsubscribed"))
                state = DeliveryState::Delivered;
            fold->add(state, e.value(QLatin1String("Reason")).toString());
        }
    }
};

} // namespace

const ApiProvider& sendLayer()
{
    return moduleInstance<SendLayer>();
}

} // namespace postino::providers
