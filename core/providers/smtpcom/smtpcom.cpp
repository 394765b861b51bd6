// SMTP.com API v4: https://api.smtp.com (messages, channels).
#include "providers/common.h"
#include "providers/provider.h"

#include <QRegularExpression>

namespace postino::providers {

namespace {

class SmtpCom final : public KeyedProvider
{
public:
    QJsonObject sendBody(const ApiContext& c, const ApiMessage& m) const override
    {
        const auto part = [](const char* type, const QString& content) {
            return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                               {QStringLiteral("content"), content},
                               {QStringLiteral("charset"), QStringLiteral("UTF-8")}};
        };
        return {
            {QStringLiteral("channel"), setting(c, "channel")},
            {QStringLiteral("originator"),
             QJsonObject{{QStringLiteral("from"), QJsonObject{{QStringLiteral("address"), m.fromEmail},
                                                              {QStringLiteral("name"), m.fromName}}}}},
            {QStringLiteral("recipients"),
             QJsonObject{{QStringLiteral("to"), QJsonArray{QJsonObject{{QStringLiteral("address"), m.to}}}}}},
            {QStringLiteral("subject"), m.subject},
            {QStringLiteral("body"),
             QJsonObject{{QStringLiteral("parts"),
                          QJsonArray{part("text/plain", m.text), part("text/html", m.html)}}}},
            {QStringLiteral("custom_headers"), testHeaders(m)}};
    }

    void readSendAnswer(int status, const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        // SMTP.com's reference answers {"status": "success", "data": {"msg_id": "..."}}. WP Mail SMTP
        // reads the id out of data.message ("msg_id: ..."), so that form is accepted as well.
        const QJsonObject o = doc.toObject();
        const QJsonObject data = o.value(QLatin1String("data")).toObject();
        out->messageId = text(data.value(QLatin1String("msg_id")));
        if (out->messageId.isEmpty()) {
            static const QRegularExpression msgId(QStringLiteral("msg_id: (\\S+)"));
            const auto m = msgId.match(data.value(QLatin1String("message")).toString());
            out->messageId = m.hasMatch() ? m.captured(1) : QString();
        }
        out->ok = status == 200 && o.value(QLatin1String("status")).toString() != QLatin1String("fail");
    }

    void readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const override
    {
        const QJsonObject data = doc.toObject().value(QLatin1String("data")).toObject();
        QStringList parts;
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            if (out->providerCode.isEmpty()) {
                out->providerCode = it.key();
            }
            parts << it.key() + QStringLiteral(": ") + text(it.value());
        }
        out->providerMessage = parts.join(QStringLiteral("; "));
    }
};

} // namespace

const ApiProvider& smtpCom()
{
    return moduleInstance<SmtpCom>();
}

} // namespace postino::providers
