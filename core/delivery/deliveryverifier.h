#pragma once

#include "api/apirequests.h"
#include "delivery/authresults.h"
#include "delivery/imapclient.h"
#include "finding.h"
#include "job/job.h"
#include "secrets/secretlookup.h"
#include "smtp/smtpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

namespace postino {

class HttpExchange;
struct HttpAnswer;

namespace dns {
class Resolver;
}

class Profile;

struct StatusPollOptions
{
    int totalMs = 120000;       // give up after two minutes
    int firstIntervalMs = 2000; // then 3 s, 4.5 s, ... (x1.5), at most maxIntervalMs apart
    double backoff = 1.5;
    int maxIntervalMs = 20000;
    int requestTimeoutMs = 20000; // bounds each whole exchange (never past totalMs), not only silence
    QUrl baseOverride;            // tests and the CLI only
    QList<QSslCertificate> extraCaCertificates;
};

struct StatusPollResult
{
    bool supported = false; // the mailer has a status API Postino can ask
    DeliveryState state = DeliveryState::Unknown;
    QString detail;
    int polls = 0;
    qint64 elapsedMs = 0;
    Findings findings;
};

// Asks a provider's events / message-status API about one message until it says something
// final (delivered, bounced, rejected), with backoff, for at most StatusPollOptions::totalMs.
class DeliveryStatusPoller : public Job
{
    Q_OBJECT
public:
    explicit DeliveryStatusPoller(QObject* parent = nullptr);
    ~DeliveryStatusPoller() override;

    void start(const Profile& profile, const QString& messageId, const SecretLookup& secret,
               const StatusPollOptions& options);

Q_SIGNALS:
    void stateChanged(postino::DeliveryState state, const QString& detail);
    void finished(const postino::StatusPollResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_mailerName; }
    Finding cancelledFinding() const override;
    void poll();
    void onAnswer(const HttpAnswer& answer);
    void scheduleNext();
    void conclude(Findings extra = {});

    HttpExchange* m_http;
    QTimer m_timer;
    StatusPollOptions m_options;
    std::shared_ptr<Profile> m_profile;
    SecretLookup m_secret;
    ApiContext m_context;
    QString m_messageId;
    QString m_mailerName;
    int m_intervalMs = 0;
    StatusPollResult m_result;
};

enum class DeliveryLevel
{
    Accepted,      // 1: the SMTP server's final 250, or the provider's message id
    Delivered,     // 2: the provider says the receiving server took it
    Arrived,       // 3: found in the mailbox over IMAP
    Authenticated, // 3b: SPF, DKIM, DMARC as the receiving provider judged them
};

struct VerifyRequest
{
    QString providerId;           // SMTP queue id or the provider's message id
    QString messageIdHeader;      // our Message-ID, without <>
    QString runId;                // the X-Postino-Test value
    bool runIdInBodyOnly = false; // the provider dropped the header: look for the id in the text
    QString fromDomain;
    QDateTime sentAt = QDateTime::currentDateTimeUtc();
    bool pollProvider = true;
    StatusPollOptions poll;
    SecretLookup secret;
    std::optional<ImapSettings> imap;
    int imapWaitMs = 120000;
    int imapPollMs = 5000;
    bool deleteTestMessage = false;
    QStringList trustedAuthservIds; // empty: derived from the IMAP host
    // When the receiver judged SPF, DKIM or DMARC as failed, the From domain's DNS report
    // says which record to fix. Empty: the system's resolvers.
    std::function<dns::Resolver*(QObject* parent)> resolverFactory;
};

struct DeliveryReport
{
    bool accepted = false;
    QString providerId;
    bool statusSupported = false;
    DeliveryState providerState = DeliveryState::Unknown;
    QString providerDetail;
    bool arrivalChecked = false;
    bool arrived = false;
    QString folder;
    bool junk = false;
    qint64 arrivalMs = -1;
    AuthVerdict auth;
    Findings arrivedFormat; // the arrived copy's header, as receivers check it ("message.*")
    Findings findings;
    qint64 elapsedMs = 0;

    QJsonObject toJson() const; // without findings (the caller adds them)
};

// Follows a sent test email as far as the user allows: accepted (known from the send),
// delivered (the provider's status API), arrived and authenticated (IMAP). Levels 2 and 3 run
// at the same time; each is reported as soon as it is reached.
class DeliveryVerifier : public Job
{
    Q_OBJECT
public:
    explicit DeliveryVerifier(QObject* parent = nullptr);

    void start(const Profile& profile, const VerifyRequest& request);

Q_SIGNALS:
    void levelReached(postino::DeliveryLevel level, postino::Severity severity, const QString& text);
    void progress(const QString& text);
    void finished(const postino::DeliveryReport& report);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override;
    QString findingSubject() const override { return m_mailerId; }
    void onStatus(const StatusPollResult& result);
    void onImap(const ImapResult& result);
    void maybeFinish();
    void explainFailures(const Findings& auth);

    QPointer<DeliveryStatusPoller> m_poller;
    QPointer<ImapClient> m_imap;
    VerifyRequest m_request;
    QString m_imapHost;
    DeliveryReport m_report;
    Findings m_statusFindings;
    Findings m_imapFindings;
    std::shared_ptr<Profile> m_profile;
    bool m_statusDone = false;
    bool m_imapDone = false;
    bool m_dnsPending = false;
    QPointer<QObject> m_dnsHolder;
    QString m_mailerId;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::StatusPollResult)
Q_DECLARE_METATYPE(postino::DeliveryReport)
Q_DECLARE_METATYPE(postino::DeliveryLevel)
Q_DECLARE_METATYPE(postino::DeliveryState)
