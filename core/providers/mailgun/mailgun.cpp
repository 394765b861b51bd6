// Mailgun: messages API (form-encoded), domains, and the events API for delivery status.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Mailgun final : public KeyedProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        ApiCall call{"POST",
                     endpoint(c, "sendUrl"),
                     {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}},
                     {}};
        authorise(call, c);
        QUrlQuery form;
        auto add = [&form](const QString& name, const QString& value) {
            form.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(name)),
                              QString::fromLatin1(QUrl::toPercentEncoding(value)));
        };
        add(QStringLiteral("from"), mailbox(m.fromName, m.fromEmail));
        add(QStringLiteral("to"), m.to);
        add(QStringLiteral("subject"), m.subject);
        add(QStringLiteral("text"), m.text);
        add(QStringLiteral("html"), m.html);
        add(QStringLiteral("h:X-Postino-Test"), m.runId);
        if (m.returnPath) {
            add(QStringLiteral("sender"), m.fromEmail);
        }
        call.body = form.query(QUrl::FullyEncoded).toLatin1();
        return call;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("id")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void authorise(ApiCall& call, const ApiContext& c) const override
    {
        basic(call, "api", c.secret(QStringLiteral("api_key")));
    }

    // A domain that is not found here may live in the other region (US or EU).
    bool mayBeOtherRegion(int status, const ApiOutcome& outcome) const override
    {
        return status == 404 &&
               outcome.providerMessage.contains(QLatin1String("Domain not found"), Qt::CaseInsensitive);
    }

    // GET {base}{domain}/events?message-id=<id without <>> (events API reference: the message-id filter,
    // event types accepted/rejected/delivered/failed with severity temporary/permanent; the
    // items[]/delivery-status body shape from the event-structure page [M]). Mailgun marks this API
    // deprecated in favour of Logs.
    std::optional<ApiCall> statusCall(const ApiContext& c, const QString& messageId, QString*) const override
    {
        return keyedStatusGet(c, messageId,
                              {{QStringLiteral("message-id"), bareMessageId(messageId)},
                               {QStringLiteral("limit"), QStringLiteral("50")}});
    }

    void readStatus(int status, const QJsonObject& o, StatusOutcome* out, DeliveryFold* fold) const override
    {
        for (const QJsonValue& v : statusEvents(status, o, "items", out)) {
            const QJsonObject e = v.toObject();
            const QString event = e.value(QLatin1String("event")).toString();
            const QJsonObject ds = e.value(QLatin1String("delivery-status")).toObject();
            QString why = firstString(ds, {"description", "message"});
            if (why.isEmpty()) {
                why = firstString(e, {"reason"});
            }
            if (event == QLatin1String("failed")) {
                const bool permanent =
                    e.value(QLatin1String("severity")).toString() == QLatin1String("permanent");
                fold->add(permanent ? DeliveryState::Bounced : DeliveryState::Deferred, why);
            } else {
                fold->add(stateFromWord(event), why);
            }
        }
    }
};

} // namespace

const ApiProvider& mailgun()
{
    return moduleInstance<Mailgun>();
}

} // namespace postino::providers
