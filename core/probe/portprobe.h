#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QTimer>

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
    int timeoutMs = 10000; // for the whole probe, plus the stagger
    int staggerMs = 100;   // between the starts of two ports
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
class PortProbe : public QObject
{
    Q_OBJECT
public:
    explicit PortProbe(QObject* parent = nullptr);
    ~PortProbe() override;

    void start(const ProbeTarget& target);
    void cancel();
    bool isRunning() const { return m_running; }

    // The recommendation for finished results (exposed for tests).
    static void recommend(ProbeReport* report);

Q_SIGNALS:
    void portFinished(const postino::PortResult& result);
    void finished(const postino::ProbeReport& report);

private:
    struct Slot
    {
        PortResult result;
        bool started = false;
        bool done = false;
        SmtpStage stage = SmtpStage::Idle;
        QElapsedTimer elapsed;
        QPointer<SmtpClient> client;
        QPointer<QSslSocket> socket;
        QByteArray buffer;
        bool encrypted = false;
    };

    void startSlot(int index);
    void startSmtp(int index);
    void startHttps(int index);
    void onSmtpFinished(int index, const SmtpResult& result);
    void onHttpsError(int index);
    void onHttpsRead(int index);
    void finishSlot(int index);
    void onDeadline();
    void stopSlot(int index, PortResult::Outcome outcome, const Finding& finding);
    void finishAll();

    ProbeTarget m_target;
    QList<Slot> m_slots;
    QTimer m_deadline;
    QElapsedTimer m_elapsed;
    QStringList m_addresses;
    int m_lookupId = -1;
    int m_generation = 0;
    bool m_running = false;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::PortResult)
Q_DECLARE_METATYPE(postino::ProbeReport)
