#pragma once

#include "finding.h"
#include "job/job.h"
#include "probe/connectrace.h"
#include "smtp/smtpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QTimer>
#include <optional>

class QSslSocket;

namespace postino {

struct MailerInfo;

struct ProbePort
{
    quint16 port = 0;
    SmtpSecurity security = SmtpSecurity::StartTls; // Tls: implicit TLS from the first byte
};

// What to probe: SMTP ports on one host, and optionally HTTPS on the mailer's API host.
struct ProbeTarget
{
    QString host;
    QList<ProbePort> ports;
    QString apiHost; // empty: no HTTPS probe
    quint16 apiPort = 443;
    // A port with no connection this long after the probe's start is silent (blocked); a port
    // that answered may take up to the stagger tail longer to finish its session.
    int timeoutMs = 10000;
    // The catalog says this provider offers TLS on its relay ports: a port without STARTTLS whose
    // greeting names another domain is then something answering in the provider's place.
    bool providerOffersTls = false;
    int staggerMs = 100;                               // between the starts of two ports
    int attemptDelayMs = ConnectRace::kAttemptDelayMs; // between two addresses of one port
    QList<QSslCertificate> extraCa;

    // Other SMTP: its host with 25, 465, 587, 2525. A provider: its relay host and ports,
    // and its API host on 443. `hostOverride`, when given, replaces the SMTP host.
    static ProbeTarget forMailer(const MailerInfo& mailer, const QJsonObject& settings,
                                 const QString& hostOverride = {});
};

struct PortResult
{
    enum class Outcome
    {
        Usable,
        Blocked,     // silence: most likely a firewall dropping the connection
        Refused,     // the host refused (nothing listening, or a firewall rejecting)
        Intercepted, // another server answered, often the hosting provider's
        TlsProblem,  // TLS failed, the certificate is not valid, or no encryption offered
        NotSmtp,     // something answered, but not SMTP
        HostNotFound,
        NotTested, // cancelled before an answer
    };

    quint16 port = 0;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool https = false; // the API host's HTTPS port, not SMTP
    QString host;
    QString address;        // the address that answered (Happy Eyeballs winner); empty if none did
    QStringList unanswered; // addresses tried that did not connect (or lost the race)
    Outcome outcome = Outcome::NotTested;
    QString greetingName;  // the name in the 220 greeting
    bool startTls = false; // STARTTLS offered and used
    QStringList capabilities;
    QStringList authMechanisms;
    QString tlsVersion;
    QString cipher;
    QString certificateSubject;
    QString certificateIssuer;
    QDateTime certificateExpiry;
    QString httpStatus; // HTTPS only: the status line
    Findings findings;  // the summary first, then the details
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

QString probeOutcomeName(PortResult::Outcome outcome);          // "usable", "blocked", …
QString probeOutcomeText(PortResult::Outcome outcome);          // translated
QString probeEncryptionName(bool https, SmtpSecurity security); // "HTTPS", "SSL", "STARTTLS" or "none"
Advice probePortAdvice(const PortResult& result);               // what to do about a port that failed

struct ProbeReport
{
    QString host;
    QStringList addresses; // the host's A and AAAA addresses
    QList<PortResult> ports;
    Finding recommendation;
    quint16 recommendedPort = 0;
    SmtpSecurity recommendedSecurity = SmtpSecurity::StartTls;
    QStringList apiMailers; // ids of the catalog's API mailers, named when SMTP is blocked
    Findings findings;      // one summary per port, then the recommendation
    qint64 elapsedMs = 0;
};

// Probes every port of a target in parallel, starts staggered, the whole run bounded by one
// timer. Emits portFinished() per port as it ends and finished() once.
class PortProbe : public Job
{
    Q_OBJECT
public:
    explicit PortProbe(QObject* parent = nullptr);
    ~PortProbe() override;

    void start(const ProbeTarget& target);

    // The recommendation for finished results (exposed for tests).
    static void recommend(ProbeReport* report);

Q_SIGNALS:
    void portFinished(const postino::PortResult& result);
    void finished(const postino::ProbeReport& report);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_report); }
    QString findingSubject() const override
    {
        return m_target.host.isEmpty() ? m_target.apiHost : m_target.host;
    }
    Finding cancelledFinding() const override;
    void stopTimersAndLookups();
    void composeReport();

    // One connection attempt of a port to one address (Happy Eyeballs).
    struct Attempt
    {
        QPointer<SmtpClient> client;
        QPointer<QSslSocket> socket;
    };

    struct Slot
    {
        PortResult result;
        bool started = false;
        bool waitingForLookup = false;
        bool done = false;
        SmtpStage stage = SmtpStage::Idle;
        QElapsedTimer elapsed;
        QPointer<ConnectRace> race;
        QList<Attempt> attempts;
        QPointer<SmtpClient> client;       // the attempt that connected
        QPointer<QSslSocket> socket;       // the attempt that connected (HTTPS)
        std::optional<SmtpResult> failure; // the most telling failed attempt (SMTP)
        QAbstractSocket::SocketError httpsError = QAbstractSocket::UnknownSocketError;
        QString httpsErrorText;
        QByteArray buffer;
        bool encrypted = false;
    };

    void lookup(const QString& host);
    void startSlot(int index);
    void startRace(int index);
    void startSmtpAttempt(int index, int attempt, const QHostAddress& address);
    void startHttpsAttempt(int index, int attempt, const QHostAddress& address);
    void onAttemptWon(int index, int attempt);
    void onAllAttemptsFailed(int index);
    void abortAttempt(Attempt& attempt);
    void onSmtpFinished(int index, const SmtpResult& result);
    void onHttpsError(int index);
    void httpsFailed(int index, QAbstractSocket::SocketError error, const QString& text);
    void onHttpsRead(int index);
    void finishSlot(int index);
    void onSilentDeadline();
    void onDeadline();
    void stopSlot(int index, PortResult::Outcome outcome, const Finding& finding);
    void concludeSlot(Slot& slot);
    void releaseSlot(Slot& slot);
    void finishAll();

    ProbeTarget m_target;
    QList<Slot> m_slots;
    QTimer m_silentDeadline; // timeout after the start: ports without a connection are silent
    QTimer m_deadline;       // timeout plus the stagger: everything still running stops
    QStringList m_addresses;
    ProbeReport m_report;
    QHash<QString, int> m_lookups;                       // host → lookup id, while running
    QHash<QString, QList<QHostAddress>> m_hostAddresses; // host → addresses, once looked up
    int m_generation = 0;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::PortResult)
Q_DECLARE_METATYPE(postino::ProbeReport)
