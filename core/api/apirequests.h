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
    QString providerCode;    // the provider's own error code, when it gave one
    QString providerMessage; // and its own words
};

// Request shaping, one function per provider; everything else about a mailer is catalog data.
std::optional<ApiCall> buildSendCall(const ApiContext& context, const ApiMessage& message, QString* error);
std::optional<ApiCall> buildProbeCall(const ApiContext& context, QString* error);
ApiOutcome interpretSend(const QString& mailerId, int status, const HttpHeaders& headers,
                         const QByteArray& body);
ApiOutcome interpretProbe(const QString& mailerId, int status, const HttpHeaders& headers,
                          const QByteArray& body);

// Which regions a mailer has ("US", "EU"), for the region-mismatch probe.
QStringList apiRegions(const MailerInfo& mailer);
QByteArray headerValue(const HttpHeaders& headers, const QByteArray& name);

} // namespace postino
