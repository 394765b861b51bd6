#pragma once

#include "alerts/alertchannels.h"
#include "finding.h"
#include "smtp/smtpclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>
#include <functional>

namespace postino {

class HttpExchange;
class Profile;
class TestEmailSender;
struct HttpAnswer;
struct TestSendResult;

struct AlertSendOptions
{
    bool allowLocalTargets = false;
    // Tests and the CLI only: the service's scheme, host and port replaced, its path kept.
    QUrl baseOverride;
    QList<QSslCertificate> extraCa;
    int timeoutMs = 15000;
    qint64 maxAnswerBytes = 64 * 1024;
    // Alert secrets by (channel's secret group, field); the email channel also asks (mailer id, field).
    SecretLookup secret;
    // Resolves a host name; calls `done` once with its addresses (empty when it has none). The default
    // asks the system (QHostInfo). Tests replace it to make a name point anywhere.
    using HostLookup = std::function<void(const QString& host, QObject* context,
                                          std::function<void(const QList<QHostAddress>&)> done)>;
    HostLookup lookup;
};

struct AlertResult
{
    bool ok = false;
    Findings findings;
    int httpStatus = 0;
    qint64 elapsedMs = 0;
};

// Sends one channel's test alert: a realistic failed email of the profile's site, in the channel's own
// format, to a target checked first (https, no internal address, no redirect), with bounded time and
// answer size. Reports success or the service's own error as findings.
class AlertSender : public Job
{
    Q_OBJECT
public:
    explicit AlertSender(QObject* parent = nullptr);

    void sendTest(const Profile& profile, const AlertChannel& channel, const AlertSendOptions& options);

Q_SIGNALS:
    void finished(const postino::AlertResult& result);

private:
    void connectTo(const QUrl& url, const QList<QHostAddress>& addresses);
    void onAnswer(const HttpAnswer& answer);
    void sendNextEmail();
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return subject(); }
    QString maskForTranscript(const QString& text) const override;
    void done(Findings findings, bool ok);
    QString subject() const { return QStringLiteral("alerts.") + m_channel.id; }

    HttpExchange* m_http;
    QPointer<TestEmailSender> m_email;
    AlertChannel m_channel;
    AlertSendOptions m_options;
    ApiCall m_call;
    AlertResult m_result;
    QStringList m_emailQueue;
    QStringList m_emailSent;
    Findings m_emailFindings;
    std::shared_ptr<Profile> m_profile;
    quint64 m_generation = 0;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::AlertResult)
