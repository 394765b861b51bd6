// Mailtrap Email Sending: POST https://send.api.mailtrap.io/api/send and GET
// https://mailtrap.io/api/accounts. API reference:
// https://docs.mailtrap.io/developers/email-sending/transactional (mailtrap/mailtrap-openapi,
// specs/email-sending-transactional.openapi.yml); the facts this module relies on, with their sources, are
// in docs/mailers/mailtrap.md.
#include "providers/common.h"
#include "providers/provider.h"

namespace postino::providers {

namespace {

class Mailtrap final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext&, const ApiMessage& m) const override
    {
        QJsonObject body = jsonMessage(m, {.addressKey = "email"});
        if (m.fromName.isEmpty()) { // Mailtrap's "name" is optional; an empty one is left out
            QJsonObject from = body.value(QLatin1String("from")).toObject();
            from.remove(QLatin1String("name"));
            body.insert(QLatin1String("from"), from);
        }
        return body;
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // {"success": true, "message_ids": [...]}, one id per recipient. A recorded bulk-stream answer was
        // only {"success": true}, so the id is optional.
        const QJsonObject o = doc.toObject();
        out->messageId = o.value(QLatin1String("message_ids")).toArray().at(0).toString();
        out->ok = status == 200 && o.value(QLatin1String("success")).toBool();
    }

    bool probeAccepted(int status, const QJsonValue&) const override
    {
        // Only 401 ({"error":"Incorrect API token"}) means a bad token. What a token limited to one sending
        // domain gets here (an empty list or 403) is unverified, so both count as a token Mailtrap knows;
        // the send itself then says whether it may use the From domain.
        return (status >= 200 && status < 300) || status == 403;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // Send hosts: {"success": false, "errors": ["..."]} (older answers without "success");
        // mailtrap.io: {"error": "..."} or {"errors": "..."} as a string.
        const QJsonObject o = doc.toObject();
        const QJsonValue errors = o.value(QLatin1String("errors"));
        QStringList words;
        for (const QJsonValue& e : errors.toArray()) {
            words << e.toString();
        }
        if (errors.isString()) {
            words << errors.toString();
        }
        words.removeAll(QString());
        out->providerMessage =
            words.isEmpty() ? o.value(QLatin1String("error")).toString() : words.join(QStringLiteral("; "));
    }

    bool carriesTestHeader(const QJsonObject&) const override
    {
        // The send carries X-Postino-Test in "headers", but whether Mailtrap keeps custom headers on the
        // delivered message is unverified: the arrival check looks for the run id in the text instead.
        return false;
    }
};

} // namespace

const ApiProvider& mailtrap()
{
    return moduleInstance<Mailtrap>();
}

} // namespace postino::providers
