// Resend: POST /emails, GET /domains.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Resend final : public ApiProvider
{
public:
    QStringList mailerIds() const override { return {QStringLiteral("resend")}; }

    std::optional<ApiCall> sendCall(const ApiContext& c, const ApiMessage& m, QString*) const override
    {
        ApiCall call{"POST", endpoint(c, "sendUrl"), jsonHeaders(), {}};
        bearer(call, c.secret(QStringLiteral("api_key")));
        call.body = json({{QStringLiteral("from"), mailbox(m.fromName, m.fromEmail)},
                          {QStringLiteral("to"), QJsonArray{m.to}},
                          {QStringLiteral("subject"), m.subject},
                          {QStringLiteral("text"), m.text},
                          {QStringLiteral("html"), m.html},
                          {QStringLiteral("headers"), testHeaders(m)}});
        return call;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("id")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    std::optional<ApiCall> probeCall(const ApiContext& c, QString*) const override
    {
        ApiCall call{"GET", endpoint(c, "probeUrl"), {{"Accept", "application/json"}}, {}};
        bearer(call, c.secret(QStringLiteral("api_key")));
        return call;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject o = doc.toObject();
        out->providerCode = o.value(QLatin1String("name")).toString();
        out->providerMessage = o.value(QLatin1String("message")).toString();
    }
};

} // namespace

const ApiProvider& resend()
{
    static const Resend provider;
    return provider;
}

} // namespace postino::providers
