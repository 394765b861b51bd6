// MailerSend API v1: email, api-quota.
#include "providers/common.h"
#include "providers/provider.h"

#include <QRegularExpression>

namespace postino::providers {

namespace {

class MailerSend final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext& c, const ApiMessage& m) const override
    {
        return jsonMessage(m, {.headers = carriesTestHeader(c.settings) ? "headers" : nullptr,
                               .addressKey = "email",
                               .headerNameKey = "name"});
    }

    // Custom headers need MailerSend's paid plan; sent only when the user says they have it.
    bool carriesTestHeader(const QJsonObject& settings) const override
    {
        return settings.value(QLatin1String("has_pro_plan")).toBool();
    }

    void readSendAnswer(int status, const QJsonValue&, const HttpHeaders& headers,
                        ApiOutcome* out) const override
    {
        out->messageId = QString::fromLatin1(headerValue(headers, "X-Message-Id"));
        out->ok = status == 202;
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject o = doc.toObject();
        out->providerMessage = o.value(QLatin1String("message")).toString();
        static const QRegularExpression code(QStringLiteral("#MS\\d+"));
        const auto m = code.match(out->providerMessage);
        out->providerCode =
            m.hasMatch() ? m.captured(0) : o.value(QLatin1String("errors")).toObject().keys().value(0);
    }
};

} // namespace

const ApiProvider& mailerSend()
{
    return moduleInstance<MailerSend>();
}

} // namespace postino::providers
