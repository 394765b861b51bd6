#include "apirequests.h"

#include "catalog/catalog.h"
#include "providers/provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <iterator>

// The façade over the provider modules (core/providers/): every request shape and answer reading is
// in the module of the mailer's provider family; what is shared lives here.

namespace postino {

namespace {

QJsonValue parse(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        return doc.object();
    }
    if (doc.isArray()) {
        return doc.array();
    }
    return {};
}

const ApiProvider* providerOf(const ApiContext& c, QString* error, const char* what)
{
    const ApiProvider* p = apiProvider(c.mailer->id);
    if (!p) {
        *error = QStringLiteral("no %1 for mailer '%2'").arg(QLatin1String(what), c.mailer->id);
    }
    return p;
}

} // namespace

QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

QStringList apiRegions(const MailerInfo& mailer)
{
    QStringList out;
    for (const QJsonValue& rv : mailer.api.value(QLatin1String("regions")).toArray()) {
        out << rv.toObject().value(QLatin1String("id")).toString();
    }
    return out;
}

std::optional<ApiCall> buildSendCall(const ApiContext& c, const ApiMessage& m, QString* error)
{
    const ApiProvider* p = providerOf(c, error, "API request shape");
    return p ? p->sendCall(c, m, error) : std::nullopt;
}

std::optional<ApiCall> buildProbeCall(const ApiContext& c, QString* error)
{
    const ApiProvider* p = providerOf(c, error, "read-only probe");
    return p ? p->probeCall(c, error) : std::nullopt;
}

ApiOutcome interpretSend(const QString& id, int status, const HttpHeaders& headers, const QByteArray& body)
{
    ApiOutcome out;
    const QJsonValue doc = parse(body);
    const ApiProvider* p = apiProvider(id);
    if (p) {
        p->readSendAnswer(status, doc, headers, &out);
    }
    if (!out.ok && p) {
        p->readError(doc, headers, &out);
    }
    return out;
}

ApiOutcome interpretProbe(const QString& id, int status, const HttpHeaders& headers, const QByteArray& body)
{
    ApiOutcome out;
    const QJsonValue doc = parse(body);
    const ApiProvider* p = apiProvider(id);
    out.ok = p ? p->probeAccepted(status, doc) : status >= 200 && status < 300;
    if (!out.ok && p) {
        p->readError(doc, headers, &out);
    }
    return out;
}

bool apiCarriesTestHeader(const QString& mailerId, const QJsonObject& settings)
{
    const ApiProvider* p = apiProvider(mailerId);
    return !p || p->carriesTestHeader(settings);
}

bool mayBeInOtherRegion(const QString& mailerId, int status, const ApiOutcome& outcome)
{
    const ApiProvider* p = apiProvider(mailerId);
    return p && p->mayBeOtherRegion(status, outcome);
}

bool hasStatusApi(const MailerInfo& mailer)
{
    return !mailer.api.value(QLatin1String("statusUrl")).toString().isEmpty();
}

std::optional<ApiCall> buildStatusCall(const ApiContext& c, const QString& messageId, QString* error)
{
    if (!hasStatusApi(*c.mailer)) {
        *error = QStringLiteral("no delivery status API for mailer '%1'").arg(c.mailer->id);
        return std::nullopt;
    }
    const ApiProvider* p = providerOf(c, error, "delivery status request");
    return p ? p->statusCall(c, messageId, error) : std::nullopt;
}

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Unknown:
        return QStringLiteral("unknown");
    case DeliveryState::Queued:
        return QStringLiteral("queued");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Deferred:
        return QStringLiteral("deferred");
    case DeliveryState::Bounced:
        return QStringLiteral("bounced");
    case DeliveryState::Rejected:
        return QStringLiteral("rejected");
    }
    return QStringLiteral("unknown");
}

bool isFinalDeliveryState(DeliveryState state)
{
    return state == DeliveryState::Delivered || state == DeliveryState::Bounced ||
           state == DeliveryState::Rejected;
}

int DeliveryFold::rank(DeliveryState s)
{
    // Later in this list outranks earlier: a message seen deferred and then delivered is delivered.
    static constexpr DeliveryState byRank[] = {DeliveryState::Unknown,  DeliveryState::Queued,
                                               DeliveryState::Deferred, DeliveryState::Rejected,
                                               DeliveryState::Bounced,  DeliveryState::Delivered};
    const auto* found = std::find(std::begin(byRank), std::end(byRank), s);
    return found == std::end(byRank) ? 0 : static_cast<int>(found - std::begin(byRank));
}

void DeliveryFold::add(DeliveryState s, const QString& why)
{
    if (rank(s) > rank(state) || (s == state && detail.isEmpty())) {
        state = s;
        detail = why.trimmed();
    }
}

StatusOutcome interpretStatus(const QString& id, int status, const HttpHeaders& headers,
                              const QByteArray& body)
{
    StatusOutcome out;
    const QJsonValue doc = parse(body);
    const ApiProvider* p = apiProvider(id);
    auto readError = [&] {
        if (p) {
            ApiOutcome e;
            p->readError(doc, headers, &e);
            out.providerCode = e.providerCode;
            out.providerMessage = e.providerMessage;
        }
    };
    if (status == 429 || status >= 500) {
        out.retryable = true;
        readError();
        return out;
    }
    DeliveryFold fold;
    if (p) {
        p->readStatus(status, doc.toObject(), &out, &fold);
    }
    if (!out.understood && status != 200) {
        readError();
        // A key that may send but not read activity (SendGrid without the activity add-on,
        // restricted keys elsewhere) is a permission matter, not a failure of the message.
        out.noAccess = p ? p->statusNoAccess(status) : status == 401 || status == 403;
        return out;
    }
    out.state = fold.state;
    out.detail = fold.detail;
    return out;
}

QString statusNoAccessHint(const QString& mailerId)
{
    const ApiProvider* p = apiProvider(mailerId);
    return p ? p->statusNoAccessHint() : QString();
}

} // namespace postino
