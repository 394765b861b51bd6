#pragma once

#include "api/apirequests.h"
#include "finding.h"
#include "oauth/oauth.h"
#include "smtp/smtpclient.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace postino {

class HttpExchange;
struct HttpAnswer;

// The redirect target of a desktop sign-in: an HTTP listener on 127.0.0.1 only (never another
// interface), for one answer on "/". Each connection gets 10 s and 16 KB for its request. Once an
// expected state is set, only a request to "/" carrying that state is the answer: anything else (a
// browser's /favicon.ico, a forged or stale redirect) gets a 400 page and the listener keeps waiting.
// Anything after the answer is told so.
class LoopbackListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackListener(QObject* parent = nullptr);
    ~LoopbackListener() override;

    bool listen(quint16 port, QString* error); // 0: a free port chosen by the system
    void close();
    quint16 port() const;
    QString redirectUri() const; // "http://127.0.0.1:<port>/"
    QHostAddress address() const;
    // The sign-in's `state`; empty: any request to "/" is taken as the answer.
    void setExpectedState(const QByteArray& state) { m_expectedState = state; }

Q_SIGNALS:
    void callback(const QUrlQuery& query);
    // A request to "/" that looked like a redirect (it had a query) but not with this sign-in's state.
    void strayRedirect();

private:
    void onConnection();
    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int status, const QString& title, const QString& text);

    QTcpServer* m_server;
    QByteArray m_expectedState;
    bool m_answered = false;
};

struct OAuthSignInResult
{
    bool ok = false;
    Findings findings;
    OAuthTokens tokens; // hand to the SecretStore; never log
    QString account;    // the address that signed in, when the provider says
    QString accountId;  // Zoho Mail's account id
    QString redirectUri;
};

// One sign-in: listen on the loopback, hand out the authorization URL (the caller opens the browser or
// prints it), wait for the browser to come back (bounded), check `state`, exchange the code with the PKCE
// verifier, then ask who signed in. finished() comes exactly once, also after cancel().
class OAuthSignIn : public Job
{
    Q_OBJECT
public:
    explicit OAuthSignIn(QObject* parent = nullptr);

    void start(const OAuthClientConfig& config);
    QString redirectUri() const;

Q_SIGNALS:
    void authorizationUrlReady(const QUrl& url); // open this in the browser
    void finished(const postino::OAuthSignInResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_config.mailerId; }
    Finding cancelledFinding() const override;
    void tearDown();
    void onCallback(const QUrlQuery& query);
    void onTokenAnswer(const HttpAnswer& answer);
    void onAccountAnswer(const HttpAnswer& answer);
    void fail(Finding finding);
    Finding stateMismatchFinding() const;
    void finish();

    OAuthClientConfig m_config;
    LoopbackListener* m_listener = nullptr;
    HttpExchange* m_http = nullptr;
    QTimer m_browserTimer;
    QByteArray m_verifier;
    QByteArray m_state;
    enum class Step
    {
        Idle,
        Browser,
        Token,
        Account,
    };
    Step m_step = Step::Idle;
    int m_strayRedirects = 0; // redirects refused for a wrong or missing state
    OAuthSignInResult m_result;
};

struct OAuthTokenResult
{
    bool ok = false;
    Findings findings;
    OAuthTokens tokens; // refresh: the new set (the refresh token kept when none came back)
    QString account;
    QString accountId;
};

// The other token requests: refresh, revoke (sign out) and "who is this" (account lookup).
class OAuthTokenClient : public Job
{
    Q_OBJECT
public:
    explicit OAuthTokenClient(QObject* parent = nullptr);

    void refresh(const OAuthClientConfig& config, const OAuthTokens& tokens);
    void revoke(const OAuthClientConfig& config, const OAuthTokens& tokens);
    void lookupAccount(const OAuthClientConfig& config, const QByteArray& accessToken);

Q_SIGNALS:
    void finished(const postino::OAuthTokenResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_config.mailerId; }
    void startRefresh();
    void startRevoke();
    void onAnswer(const HttpAnswer& answer);
    void done(OAuthTokenResult result);

    enum class Kind
    {
        Refresh,
        Revoke,
        Account,
    };
    Kind m_kind = Kind::Refresh;
    OAuthClientConfig m_config;
    OAuthTokens m_tokens;
    QByteArray m_accessToken; // lookupAccount
    OAuthTokenResult m_result;
    HttpExchange* m_http;
};

// Request shapes and answer parsing, shared by the classes above and the tests.
ApiCall oauthTokenCall(const OAuthClientConfig& config, const QList<QPair<QString, QString>>& form);
ApiCall oauthAccountCall(const OAuthClientConfig& config, const QByteArray& accessToken);
// Parses a token endpoint answer: tokens, or a finding ("oauth.invalid_grant", ...). Zoho answers some
// errors with HTTP 200, so the body decides.
std::optional<OAuthTokens> parseTokenAnswer(const OAuthClientConfig& config, const QString& stage,
                                            const HttpAnswer& answer, const QDateTime& now, Finding* problem);
// The signed-in address (and Zoho's account id) from the account endpoint's answer.
bool parseAccountAnswer(const OAuthClientConfig& config, const QByteArray& body, QString* account,
                        QString* accountId);
Finding oauthNetworkFinding(const OAuthClientConfig& config, const HttpAnswer& answer);

} // namespace postino

Q_DECLARE_METATYPE(postino::OAuthSignInResult)
Q_DECLARE_METATYPE(postino::OAuthTokenResult)
