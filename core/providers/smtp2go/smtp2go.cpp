// SMTP2GO API v3: email/send, api_keys/permissions, activity/search.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Smtp2go final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        return jsonMessage(m, {.from = "sender",
                               .text = "text_body",
                               .html = "html_body",
                               .headers = "custom_headers",
                               .headerNameKey = "header"});
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        call.headers.append({"X-Smtp2go-Api-Key", c.secret(QStringLiteral("api_key"))});
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject()
                             .value(QLatin1String("data"))
                             .toObject()
                             .value(QLatin1String("email_id"))
                             .toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        // Every SMTP2GO call is a POST, this one with an empty JSON object.
        ApiCall call{"POST", endpoint(c, "probeUrl"), jsonHeaders(), "{}"};
        authorise(call, c);
        return call;
    }

    bool probeAccepted(int status, const QJsonValue& doc) const override
    {
        return status == 200 && doc.toObject()
                                    .value(QLatin1String("data"))
                                    .toObject()
                                    .value(QLatin1String("error_code"))
                                    .toString()
                                    .isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject data = doc.toObject().value(QLatin1String("data")).toObject();
        readCodeAndMessage(data, "error_code", "error", out);
        if (out->providerMessage.isEmpty()) {
            out->providerMessage = text(data.value(QLatin1String("failures")).toArray().first());
        }
    }

    // POST /v3/activity/search {"search": <email_id>} (Activity Search: `search` matches the Email_id [H];
    // the events[] field names in the answer [L])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        ApiCall call = statusGet(c, messageId);
        call.method = "POST";
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        authorise(call, c);
        // The default window starts at today's midnight (UTC): a test sent just before
        // midnight would fall out of it.
        call.body = json({{QStringLiteral("search"), bareMessageId(messageId)},
                          {QStringLiteral("start_date"), c.now.addDays(-1).toString(Qt::ISODate)},
                          {QStringLiteral("limit"), 100}});
        return call;
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        for (const QJsonValue& v : statusEvents(status, data, "events", out)) {
            const QJsonObject e = v.toObject();
            fold->add(stateFromWord(e.value(QLatin1String("event")).toString()),
                      firstString(e, {"smtp_response", "reason", "detail", "message"}));
        }
    }
};

} // namespace

const ApiProvider& smtp2go()
{
    return moduleInstance<Smtp2go>();
}

} // namespace postino::providers
