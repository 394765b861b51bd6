// Brevo (once Sendinblue) API v3: https://developers.brevo.com
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Brevo final : public ApiProvider
{
public:
    QStringList mailerIds() const override { return {QStringLiteral("sendinblue")}; }

    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), {}};
        call.headers.append({"api-key", c.secret(QStringLiteral("api_key"))});
        call.body = json({{QStringLiteral("sender"), QJsonObject{{QStringLiteral("email"), m.fromEmail},
                                                                 {QStringLiteral("name"), m.fromName}}},
                          {QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("email"), m.to}}}},
                          {QStringLiteral("subject"), m.subject},
                          {QStringLiteral("textContent"), m.text},
                          {QStringLiteral("htmlContent"), m.html},
                          {QStringLiteral("headers"), testHeaders(m)}});
        return call;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("messageId")).toString();
        out->ok = (status == 201 || status == 202) && !out->messageId.isEmpty();
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        ApiCall call{"GET", endpoint(c, "probeUrl"), {{"Accept", "application/json"}}, {}};
        call.headers.append({"api-key", c.secret(QStringLiteral("api_key"))});
        return call;
    }

    // GET /v3/smtp/statistics/events?messageId=<id> (getEmailEventReport; events[] {event, reason} with
    // delivered, deferred, soft/hardBounce(s), blocked [H])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        ApiCall call = statusGet(c, messageId);
        call.headers.append({"api-key", c.secret(QStringLiteral("api_key"))});
        setQuery(call, {{QStringLiteral("messageId"), messageId.trimmed()},
                        {QStringLiteral("limit"), QStringLiteral("100")}});
        return call;
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
    static const Brevo provider;
    return provider;
}

} // namespace postino::providers
