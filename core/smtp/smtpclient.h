#pragma once

#include "finding.h"
#include "job/job.h"
#include "smtp/smtpreply.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace postino {

class Profile;

enum class SmtpSecurity
{
    None,     // plain text; credentials only because the user chose it for this server
    StartTls, // WP Mail SMTP's "TLS": plain connect, then STARTTLS (port 587)
    Tls,      // WP Mail SMTP's "SSL": TLS from the first byte (port 465)
};

struct SmtpTimeouts
{
    int connectMs = 15000;
    int greetingMs = 30000; // RFC 5321 §4.5.3.2 suggests 5 minutes; a wizard cannot wait that long
    int commandMs = 30000;
    int dataEndMs = 120000;
};

struct SmtpSettings
{
    QString host;
    // When set, the address to connect to instead of resolving `host` (which still names the
    // server for the certificate check and the greeting): the port probe's Happy Eyeballs.
    QString connectAddress;
    quint16 port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    bool autoTls = true; // upgrade with STARTTLS when offered, even when security is None
    bool authenticate = true;
    QString username;
    QByteArray password; // UTF-8 bytes, sent exactly as given
    QList<QSslCertificate> extraCaCertificates;
    QString heloName;      // empty: this machine's FQDN, or an address literal
    QString authMechanism; // empty: the strongest mechanism the server offers
    QByteArray oauthToken; // for XOAUTH2; supplied by the caller, never stored here
    // SHA-256 fingerprints (hex) of certificates the user chose to trust for this server,
    // despite a verification error. The only way past a bad certificate.
    QStringList pinnedCertificates;
    // With PIPELINING and CHUNKING both offered, send the message as one BDAT chunk in the
    // same write as MAIL and RCPT (RFC 3030): one round trip fewer than DATA.
    bool useChunking = true;
    SmtpTimeouts timeouts;

    // Reads host, port, encryption, autotls, auth and user from the profile's "smtp" mailer.
    static SmtpSettings fromProfile(const Profile& profile, const QByteArray& password);
    static SmtpSecurity securityFromName(const QString& name); // "none", "ssl", "tls" or "starttls"
    static QString securityName(SmtpSecurity security);        // JSON and reports: "ssl", "starttls", "none"
    // The profile's "encryption" value, in WP Mail SMTP's words: "ssl", "tls" (STARTTLS) or "none".
    static QString securitySetting(SmtpSecurity security);
};

struct SmtpEnvelope
{
    QString from;
    QStringList recipients;
    QByteArray message; // CRLF line endings; dot-stuffing is the client's job
};

enum class SmtpStage
{
    Idle,
    Connect,
    Greeting,
    Ehlo,
    StartTls,
    TlsHandshake,
    Auth,
    MailFrom,
    RcptTo,
    Data,
    Message,
    Quit,
    Done,
};

QString smtpStageName(SmtpStage stage);

struct SmtpResult
{
    bool ok = false;
    SmtpStage failedStage = SmtpStage::Idle;
    std::optional<SmtpReply> lastReply;
    Findings findings;
    QString queueId;
    bool encrypted = false;
    bool authenticated = false;
    QString authMechanism;
    QSslCertificate peerCertificate; // what the server presented, trusted or not
    qint64 elapsedMs = 0;
    QStringList capabilities; // the last EHLO reply's extension lines, as sent
    QString tlsProtocol, tlsCipher;
};

QString certificateFingerprint(const QSslCertificate& certificate); // SHA-256, "AB:CD:…"

// One SMTP session over QSslSocket, driven entirely by signals: no waitFor*, a
// timeout on every step, cancellable. Emits a masked transcript as it goes and one
// finished() with typed findings.
class SmtpClient : public Job
{
    Q_OBJECT
public:
    explicit SmtpClient(QObject* parent = nullptr);
    ~SmtpClient() override;

    void send(const SmtpSettings& settings, const SmtpEnvelope& envelope);
    // Connects, secures and authenticates, then quits without sending anything.
    void checkCredentials(const SmtpSettings& settings);
    // Only waits for the server's "220" greeting (with TLS first for implicit TLS), then quits.
    void probeGreeting(const SmtpSettings& settings);
    // Greeting, EHLO, STARTTLS when offered and EHLO again, then quits: ok once the last EHLO
    // is answered. Never logs in.
    void probeSession(const SmtpSettings& settings);

Q_SIGNALS:
    void stageChanged(postino::SmtpStage stage);
    void finished(const postino::SmtpResult& result);

private:
    void begin(const SmtpSettings& settings);
    POSTINO_JOB_STEPS
    void emitFinished() override;
    QString findingSubject() const override { return where(); }
    void setStage(SmtpStage stage, int timeoutMs);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    void onReply(const SmtpReply& reply);
    void sendLine(const QByteArray& line, const QString& shown = {});
    void onSslErrors(const QList<QSslError>& errors);
    void sendEhlo();
    void afterEhlo();
    void checkGreetingName(const SmtpReply& greeting);
    void startAuth();
    void onAuthReply(const SmtpReply& reply);
    void sendMailFrom();
    void sendNextRcpt();
    void sendBody();
    void quitAndFinish();
    void fail(Finding finding);
    void failWithReply(const SmtpReply& reply);
    void finish();
    QString heloName() const;
    QString where() const;

    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    SmtpSettings m_settings;
    SmtpEnvelope m_envelope;
    enum class Mode
    {
        Send,
        Check,
        Greeting,
        Session,
    };
    Mode m_mode = Mode::Send;
    SmtpStage m_stage = SmtpStage::Idle;
    QByteArray m_buffer;
    SmtpReplyParser m_parser;
    SmtpCapabilities m_caps;
    bool m_usedHelo = false;
    bool m_secondEhlo = false;
    int m_authStep = 0;
    QStringList m_authMechanismsLeft;
    qsizetype m_nextRcpt = 0;
    bool m_pipelined = false;
    bool m_chunked = false;
    QList<QSslError> m_sslErrors;
    SmtpResult m_result;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::SmtpResult)
