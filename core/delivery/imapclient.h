#pragma once

#include "delivery/authresults.h"
#include "finding.h"
#include "job/job.h"
#include "smtp/smtpclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace postino {

struct ResolvedMailer;

enum class ImapSecurity
{
    None,     // plain text: only when the user chose it for this server
    StartTls, // port 143, STARTTLS before anything else; never downgraded
    Tls,      // port 993, TLS from the first byte
};

struct ImapSettings
{
    QString host;
    quint16 port = 993;
    ImapSecurity security = ImapSecurity::Tls;
    QString username;
    QByteArray password;   // UTF-8 bytes; never logged
    QByteArray oauthToken; // for XOAUTH2, supplied by the caller
    QString authMechanism; // empty: AUTHENTICATE PLAIN when offered, else LOGIN; or "LOGIN", "PLAIN"
    QList<QSslCertificate> extraCaCertificates;
    QStringList pinnedCertificates; // SHA-256 hex of certificates the user chose to trust
    int connectMs = 15000;
    int commandMs = 30000;
    // The largest literal accepted from the server. Only one message's header block is ever
    // fetched; anything larger is not one, and is refused before it is read.
    qint64 maxLiteralBytes = 1024 * 1024;
    // The largest whole response (its lines and all its literals together): many small literals
    // add up, and a response is held in memory until it ends.
    qint64 maxResponseBytes = 2 * 1024 * 1024;

    static ImapSecurity securityFromName(const QString& name); // "ssl"/"tls", "starttls", "none"
    static QString securityName(ImapSecurity security);
};

// The usual IMAP settings of the big mailbox providers (their published IMAP host names), one per
// provider of resources/catalog/mailboxes.json.
struct ImapPreset
{
    QString id;   // the provider's id in mailboxes.json
    QString name; // shown to the user
    QString host;
    quint16 port = 993;
    ImapSecurity security = ImapSecurity::Tls;
    QString note; // e.g. "needs an app password"
};
QList<ImapPreset> imapPresets();
std::optional<ImapPreset> imapPreset(const QString& id);
// The same with the IMAP host of the profile mailer's data centre, where the provider has one per data
// centre and the profile uses its mailer (Zoho Mail in the EU: imap.zoho.eu).
std::optional<ImapPreset> imapPreset(const QString& id, const ResolvedMailer& mailer);

struct ImapSearch
{
    QString headerName = QStringLiteral("X-Postino-Test");
    QString headerValue; // the test run id
    // Search the text instead of the header: for providers that drop custom headers (Zoho's
    // API, MailerSend without its paid plan) the run id is only in the body.
    bool inBody = false;
    QDateTime sentAt;             // when the message was handed over; arrival time is measured from it
    int waitMs = 0;               // keep looking (INBOX, then Junk) until this much time has passed
    int pollMs = 5000;            // pause between two looks
    bool deleteWhenFound = false; // the only change Postino ever makes, and only when asked
};

struct ImapResult
{
    bool ok = false; // the session worked (whether or not the message was found)
    bool found = false;
    QString folder;    // where it was found, as the server names it
    bool junk = false; // that folder is the Spam / Junk folder
    qint64 uid = 0;
    QByteArray header;     // the message's header block, as fetched
    QDateTime arrivedAt;   // the server's INTERNALDATE
    qint64 arrivalMs = -1; // arrivedAt - sentAt, when both are known
    bool deleted = false;
    QStringList foldersSearched;
    int looks = 0; // how many times the folders were searched
    qint64 elapsedMs = 0;
    Findings findings;
};

// An IMAP4rev1 client (RFC 3501) over QSslSocket that only looks: CAPABILITY, STARTTLS,
// LOGIN / AUTHENTICATE, LIST, EXAMINE (read-only), UID SEARCH HEADER and UID FETCH
// BODY.PEEK[HEADER] (never sets \Seen). It deletes the one message it found only when asked.
// Signal-driven, a timeout on every step, literals read with a bound, cancellable.
class ImapClient : public Job
{
    Q_OBJECT
public:
    explicit ImapClient(QObject* parent = nullptr);
    ~ImapClient() override;

    void find(const ImapSettings& settings, const ImapSearch& search);
    // Logs in and out: checks the IMAP access the user entered.
    void checkLogin(const ImapSettings& settings);

Q_SIGNALS:
    void progress(const QString& text);
    void finished(const postino::ImapResult& result);

private:
    enum class Stage
    {
        Idle,
        Connect,
        TlsHandshake,
        Greeting,
        Capability,
        StartTls,
        Auth,
        List,
        Examine,
        Search,
        Fetch,
        Store,
        Expunge,
        Pause,
        Logout,
        Done,
    };
    struct Response
    {
        QByteArray text;            // the lines joined, each literal replaced by "{n}"
        QList<QByteArray> literals; // the literals' contents, in order
        qint64 bytes = 0;           // text and literals together, as announced
    };
    struct Folder
    {
        QString name;
        bool junk = false;
    };

    void begin(const ImapSettings& settings);
    POSTINO_JOB_STEPS
    void emitFinished() override;
    QString findingSubject() const override { return where(); }
    void setStage(Stage stage, int timeoutMs);
    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError>& errors);
    void onTimeout();
    void responseTooLarge();
    void onResponse(const Response& response);
    void onUntagged(const Response& response);
    void onTagged(const QByteArray& status, const Response& response);
    void onContinuation(const QByteArray& text);
    void command(const QByteArray& line, const QString& shown = {}, const QList<QByteArray>& literals = {});
    void afterCapabilities();
    void startAuth();
    void lookInNextFolder();
    void finishLooking();
    void logout();
    void fail(Finding finding);
    void finish();
    QString where() const;
    Finding authFailure(const QByteArray& text) const;
    static QByteArray quoted(const QString& text);

    QPointer<QSslSocket> m_socket;
    QTimer m_timer;
    QTimer m_pause;
    ImapSettings m_settings;
    ImapSearch m_search;
    bool m_loginOnly = false;
    Stage m_stage = Stage::Idle;
    QByteArray m_buffer;
    Response m_current;
    qint64 m_literalLeft = -1; // bytes of the current literal still to read; -1 when reading lines
    int m_tagNumber = 0;
    QByteArray m_tag;
    QList<QByteArray> m_pendingLiterals; // sent one per "+" continuation
    QStringList m_capabilities;
    bool m_secure = false;
    QList<Folder> m_folders;
    qsizetype m_folderIndex = 0;
    QList<qint64> m_matches;
    bool m_fetchedTarget = false; // the FETCH answer for the UID the search returned has come
    QList<QSslError> m_sslErrors;
    ImapResult m_result;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::ImapResult)
