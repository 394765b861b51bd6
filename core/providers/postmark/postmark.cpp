// Postmark: email, message-streams, messages/outbound/{id}/details.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Postmark final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext& c, const ApiMessage& m) const override
    {
        JsonMessageShape shape = capitalisedShape("TextBody", "HtmlBody");
        shape.to = nullptr; // one address, not a list: set below
        shape.headerNameKey = "Name";
        shape.headerValueKey = "Value";
        QJsonObject body = jsonMessage(m, shape);
        body.insert(QStringLiteral("To"), m.to);
        if (!setting(c, "message_stream").isEmpty()) {
            body.insert(QStringLiteral("MessageStream"), setting(c, "message_stream"));
        }
        return body;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject o = doc.toObject();
        out->messageId = text(o.value(QLatin1String("MessageID")));
        out->ok =
            status == 200 && !out->messageId.isEmpty() && o.value(QLatin1String("ErrorCode")).toInt() == 0;
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        // Without a stream of its own the key is checked against the default "outbound" stream.
        ApiContext ctx = c;
        if (setting(c, "message_stream").isEmpty()) {
            ctx.settings.insert(QStringLiteral("message_stream"), QStringLiteral("outbound"));
        }
        return keyedGet(ctx, "probeUrl");
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        readCodeAndMessage(doc.toObject(), "ErrorCode", "Message", out);
    }

    // GET /messages/outbound/{id}/details (Messages API; MessageEvents[].Type values
    // Delivered/Bounced/Transient and Details{DeliveryMessage, Summary} [M])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId);
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        if (status == 422 && o.value(QLatin1String("ErrorCode")).toInt() == 701) {
            out->understood = true; // "message not found": not indexed yet
            return;
        }
        if (status != 200) {
            return;
        }
        out->understood = o.contains(QLatin1String("MessageEvents")) || o.contains(QLatin1String("Status"));
        fold->add(stateFromWord(o.value(QLatin1String("Status")).toString()), {});
        for (const QJsonValue& v : o.value(QLatin1String("MessageEvents")).toArray()) {
            const QJsonObject e = v.toObject();
            const QJsonObject d = e.value(QLatin1String("Details")).toObject();
            fold->add(stateFromWord(e.value(QLatin1String("Type")).toString()),
                      firstString(d, {"DeliveryMessage", "Summary", "Details", "BounceType"}));
        }
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        call.headers.append({"X-Postmark-Server-Token", c.secret(QStringLiteral("server_api_token"))});
    }
};

} // namespace

const ApiProvider& postmark()
{
    return moduleInstance<Postmark>();
}

} // namespace postino::providers
