// Mandrill (Mailchimp Transactional) API 1.0: messages/send, users/ping2.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Mandrill final : public ApiProvider
{
public:
    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        // The key goes in the body, not in a header.
        ApiCall call{"POST", endpoint(c, "sendUrl"), {{"Content-Type", "application/json"}}, {}};
        call.body =
            json({{QStringLiteral("key"), QString::fromUtf8(c.secret(QStringLiteral("api_key")))},
                  {QStringLiteral("message"),
                   QJsonObject{{QStringLiteral("from_email"), m.fromEmail},
                               {QStringLiteral("from_name"), m.fromName},
                               {QStringLiteral("to"),
                                QJsonArray{QJsonObject{{QStringLiteral("email"), m.to},
                                                       {QStringLiteral("type"), QStringLiteral("to")}}}},
                               {QStringLiteral("headers"), testHeaders(m)},
                               {QStringLiteral("subject"), m.subject},
                               {QStringLiteral("text"), m.text},
                               {QStringLiteral("html"), m.html}}}});
        return call;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject first = doc.toArray().first().toObject();
        const QString result = first.value(QLatin1String("status")).toString();
        out->messageId = first.value(QLatin1String("_id")).toString();
        out->ok = status == 200 && (result == QLatin1String("sent") || result == QLatin1String("queued"));
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        ApiCall call{"POST", endpoint(c, "probeUrl"), {{"Accept", "application/json"}}, {}};
        call.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        call.body = json({{QStringLiteral("key"), QString::fromUtf8(c.secret(QStringLiteral("api_key")))}});
        return call;
    }

    // ping2 answers {"PING": "PONG!"} for a good key, an error object otherwise.
    bool probeAccepted(int status, const QJsonValue& doc) const override
    {
        return status == 200 &&
               doc.toObject().value(QLatin1String("PING")).toString().startsWith(QLatin1String("PONG"));
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // A refused recipient comes back in the send's own array; anything else as {name, message}.
        if (doc.isArray()) {
            readCodeAndMessage(doc.toArray().first().toObject(), "status", "reject_reason", out);
        } else {
            readCodeAndMessage(doc.toObject(), "name", "message", out);
        }
    }
};

} // namespace

const ApiProvider& mandrill()
{
    return moduleInstance<Mandrill>();
}

} // namespace postino::providers
