#include "provider.h"

#include "providers/common.h"

namespace postino {

std::optional<ApiCall> ApiProvider::probeCall(const ApiContext& context, QString* error) const
{
    *error = QStringLiteral("no read-only probe for mailer '%1'").arg(context.mailer->id);
    return std::nullopt;
}

bool ApiProvider::probeAccepted(int status, const QJsonValue&) const
{
    return status >= 200 && status < 300;
}

void ApiProvider::readError(const QJsonValue& doc, const HttpHeaders&, ApiOutcome* out) const
{
    // Brevo, Mailgun and most others: {code, message}
    providers::readCodeAndMessage(doc.toObject(), "code", "message", out);
}

bool ApiProvider::carriesTestHeader(const QJsonObject&) const
{
    return true;
}

std::optional<ApiCall> ApiProvider::statusCall(const ApiContext& context, const QString&,
                                               QString* error) const
{
    *error = QStringLiteral("no delivery status request for mailer '%1'").arg(context.mailer->id);
    return std::nullopt;
}

void ApiProvider::readStatus(int, const QJsonObject&, StatusOutcome*, DeliveryFold*) const
{}

bool ApiProvider::statusNoAccess(int status) const
{
    return status == 401 || status == 403;
}

QString ApiProvider::statusNoAccessHint() const
{
    return {};
}

bool ApiProvider::mayBeOtherRegion(int, const ApiOutcome&) const
{
    return false;
}

QByteArray ApiProvider::derivedSmtpPassword(const QByteArray&, const QJsonObject&) const
{
    return {};
}

} // namespace postino
