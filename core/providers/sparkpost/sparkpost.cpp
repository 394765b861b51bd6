// SparkPost (US and EU): transmissions, account, and the Events API for delivery status.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class SparkPost final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        return {{QStringLiteral("options"), QJsonObject{{QStringLiteral("open_tracking"), false},
                                                        {QStringLiteral("click_tracking"), false},
                                                        {QStringLiteral("transactional"), true}}},
                {QStringLiteral("recipients"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("address"), QJsonObject{{QStringLiteral("email"), m.to}}}}}},
                {QStringLiteral("content"), jsonMessage(m, {.to = nullptr, .addressKey = "email"})}};
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId =
            text(doc.toObject().value(QLatin1String("results")).toObject().value(QLatin1String("id")));
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject e = doc.toObject().value(QLatin1String("errors")).toArray().first().toObject();
        out->providerCode = text(e.value(QLatin1String("code")));
        out->providerMessage = QString(e.value(QLatin1String("message")).toString() + QLatin1Char(' ') +
                                       e.value(QLatin1String("description")).toString())
                                   .trimmed();
    }

    // A key of the other region's account is simply unknown here.
    bool mayBeOtherRegion(int status, const ApiOutcome&) const override { return status == 401; }

    // GET {base}/events/message?transmissions=<id> (Events API: the send returns a transmission id;
    // event types injection/delivery/delay/bounce/out_of_band/policy_rejection; the `transmissions`
    // filter name [M])
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId, {{QStringLiteral("transmissions"), bareMessageId(messageId)}});
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        for (const QJsonValue& v : statusEvents(status, o, "results", out)) {
            const QJsonObject e = v.toObject();
            fold->add(stateFromWord(e.value(QLatin1String("type")).toString()),
                      firstString(e, {"raw_reason", "reason", "error_code"}));
        }
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        call.headers.append({"Authorization", c.secret(QStringLiteral("api_key"))}); // the raw key, no scheme
    }
};

} // namespace

const ApiProvider& sparkPost()
{
    return moduleInstance<SparkPost>();
}

} // namespace postino::providers
