#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace postino {

struct MailerInfo;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request, exactly as a provider documents it.
struct ApiCall
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
};

// The test email in the pieces API providers ask for.
struct ApiMessage
{
    QString fromEmail;
    QString fromName;
    QString to;
    QString subject;
    QString text;
    QString html;
    QByteArray raw; // the whole MIME message (Amazon SES)
    QString runId;  // sent as the X-Postino-Test header where the provider allows headers
    bool returnPath = false;
};

struct ApiContext
{
    const MailerInfo* mailer = nullptr;
    QJsonObject settings; // with the catalog's defaults filled in
    std::function<QByteArray(const QString& fieldKey)> secret;
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString region; // overrides the settings' region (probing the other region)
};

// What a provider's answer meant.
struct ApiOutcome
{
    bool ok = false;
    QString messageId;
    QString transactionId;   // the send's own id where a provider's status lookup asks for it (Elastic Email)
    QString providerCode;    // the provider's own error code, when it gave one
    QString providerMessage; // and its own words
};

// Request shaping and answer reading: each call goes to the module of the mailer's provider family
// (core/providers/); everything else about a mailer is catalog data.
std::optional<ApiCall> buildSendCall(const ApiContext& context, const ApiMessage& message, QString* error);
std::optional<ApiCall> buildProbeCall(const ApiContext& context, QString* error);
ApiOutcome interpretSend(const QString& mailerId, int status, const HttpHeaders& headers,
                         const QByteArray& body);
ApiOutcome interpretProbe(const QString& mailerId, int status, const HttpHeaders& headers,
                          const QByteArray& body);

// What a provider's events / message-status API says about one message (issue 8, level 2).
enum class DeliveryState
{
    Unknown,   // the provider has nothing (yet) for this message
    Queued,    // accepted, not handed to the receiving server yet
    Delivered, // the receiving server accepted it
    Deferred,  // the receiving server refused it for now; the provider retries
    Bounced,   // the receiving server refused it for good
    Rejected,  // the provider itself refused or suppressed it
};
QString deliveryStateName(DeliveryState state); // "queued", "delivered", ... (stable, for JSON)
bool isFinalDeliveryState(DeliveryState state);

// Folds many events into one state: a final event wins over any other, a deferral over
// "queued", and among final ones delivered over a bounce that a retry overtook.
struct DeliveryFold
{
    DeliveryState state = DeliveryState::Unknown;
    QString detail;
    void add(DeliveryState s, const QString& why);
    static int rank(DeliveryState s);
};

struct StatusOutcome
{
    bool understood = false; // the answer had the documented shape
    DeliveryState state = DeliveryState::Unknown;
    QString detail;         // the provider's words: bounce text, deferral reason
    bool noAccess = false;  // the key may not read events (a permission or an add-on missing)
    bool retryable = false; // 429 or 5xx: ask again later
    QString providerCode;
    QString providerMessage;
};

// Whether the catalog names a status API for the mailer ("statusUrl").
bool hasStatusApi(const MailerInfo& mailer);
// Whether the send request carries Postino's X-Postino-Test header: Zoho's API takes no custom
// headers and MailerSend only on its paid plan; then the run id is only in the message text.
bool apiCarriesTestHeader(const QString& mailerId, const QJsonObject& settings);
std::optional<ApiCall> buildStatusCall(const ApiContext& context, const QString& messageId, QString* error);
StatusOutcome interpretStatus(const QString& mailerId, int status, const HttpHeaders& headers,
                              const QByteArray& body);
// A first step when the key may not read a message's status, for providers that need more than the
// generic advice; empty otherwise.
QString statusNoAccessHint(const QString& mailerId);
// Whether a refused probe may only mean the account lives in the mailer's other region.
bool mayBeInOtherRegion(const QString& mailerId, int status, const ApiOutcome& outcome);

// Which regions a mailer has ("US", "EU"), for the region-mismatch probe.
QStringList apiRegions(const MailerInfo& mailer);
QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name);

} // namespace postino
