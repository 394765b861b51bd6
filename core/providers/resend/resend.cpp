// Resend: POST /emails, GET /domains.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Resend final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override { return jsonMessage(m, {}); }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        out->messageId = doc.toObject().value(QLatin1String("id")).toString();
        out->ok = status == 200 && !out->messageId.isEmpty();
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        readCodeAndMessage(doc.toObject(), "name", "message", out);
    }
};

} // namespace

const ApiProvider& resend()
{
    return moduleInstance<Resend>();
}

} // namespace postino::providers
