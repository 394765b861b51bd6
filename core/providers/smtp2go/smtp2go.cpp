// SMTP2GO API v3: email/send, api_keys/permissions, activity/search.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Smtp2go final : public ApiProvider
{
public:
    QStringList mailerIds() const override { return {QStringLiteral("smtp2go")}; }

    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), {}};
        call.headers.append({"X-Smtp2go-Api-Key", c.secret(QStringLiteral("api_key"))});
        call.body =
            json({{QStringLiteral("sender"), mailbox(m.fromName, m.fromEmail)},
                  {QStringLiteral("to"), QJsonArray{m.to}},
                  {QStringLiteral("subject"), m.subject},
                  {QStringLiteral("text_body"), m.text},
                  {QStringLiteral("html_body"), m.html},
                  {QStringLiteral("custom_headers"),
                   QJsonArray{QJsonObject{{QStringLiteral("header"), QStringLiteral("X-Postino-Test")},
                                          {QStringLiteral("value"), m.runId}}}}});
        return call;
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
        ApiCall call{"POST", endpoint(c, "probeUrl"), {{"Accept", "application/json"}}, {}};
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.headers.append({"X-Smtp2go-Api-Key", c.secret(QStringLiteral("api_key"))});
        call.body = "{}";
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
        out->providerCode = data.value(QLatin1String("error_code")).toString();
        out->providerMessage = data.value(QLatin1String("error")).toString();
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
        call.headers.append({"X-Smtp2go-Api-Key", c.secret(QStringLiteral("api_key"))});
        // The default window starts at today's midnight (UTC): a test sent just before
        // midnight would fall out of it.
        call.body = json({{QStringLiteral("search"), bareMessageId(messageId)},
                          {QStringLiteral("start_date"), c.now.addDays(-1).toString(Qt::ISODate)},
                          {QStringLiteral("limit"), 100}});
        return call;
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        if (status != 200) {
            return;
        }
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out->understood = data.value(QLatin1String("events")).isArray();
        for (const QJsonValue& v : data.value(QLatin1String("events")).toArray()) {
            const QJsonObject e = v.toObject();
            fold->add(stateFromWord(e.value(QLatin1String("event")).toString()),
                      firstString(e, {"smtp_response", "reason", "detail", "message"}));
        }
    }
};

} // namespace

const ApiProvider& smtp2go()
{
    static const Smtp2go provider;
    return provider;
}

} // namespace postino::providers
