#include "oauthflow.h"

#include "api/httpexchange.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
constexpr int kConnectionMs = 10000;
constexpr qint64 kMaxAnswerBytes = 256 * 1024; // a token or account answer is a few KB

QByteArray formBody(const QList<QPair<QString, QString>>& form)
{
    QByteArray out;
    for (const auto& [name, value] : form) {
        if (!out.isEmpty()) {
            out += '&';
        }
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

HttpExchangeOptions exchangeOptions(const OAuthClientConfig& config)
{
    HttpExchangeOptions o;
    o.timeoutMs = config.requestTimeoutMs;
    o.maxBodyBytes = kMaxAnswerBytes;
    o.extraCa = config.extraCa;
    o.secretHeaders = {"authorization"};
    o.hideResponseBody = true;
    return o;
}

// Compares without stopping at the first difference, so timing says nothing about the state.
bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    }
    return diff == 0;
}

QString jsonString(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) {
        return QString::number(v.toInteger());
    }
    return v.toString();
}

} // namespace

// ---- LoopbackListener ---------------------------------------------------------------------

LoopbackListener::LoopbackListener(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackListener::onConnection);
}

LoopbackListener::~LoopbackListener() = default;

bool LoopbackListener::listen(quint16 port, QString* error)
{
    m_answered = false;
    // 127.0.0.1 only: the code must not be offered to the network (RFC 8252 §8.3).
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error) {
            *error = m_server->errorString();
        }
        return false;
    }
    return true;
}

void LoopbackListener::close()
{
    m_server->close();
}

quint16 LoopbackListener::port() const
{
    return m_server->serverPort();
}

QHostAddress LoopbackListener::address() const
{
    return m_server->serverAddress();
}

QString LoopbackListener::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/").arg(port());
}

void LoopbackListener::onConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        auto* timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
        timer->start(kConnectionMs);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::errorOccurred, socket, [socket] { socket->deleteLater(); });
    }
}

void LoopbackListener::answer(QTcpSocket* socket, int status, const QString& title, const QString& text)
{
    const QByteArray body =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(title.toHtmlEscaped(), text.toHtmlEscaped())
            .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                      "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n"
                      "Referrer-Policy: no-referrer\r\nConnection: close\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n";
    socket->write(head + body);
    socket->disconnectFromHost();
}

void LoopbackListener::onReadable(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("request").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("request", buffer);
        return;
    }
    socket->setProperty("request", QByteArray());
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || parts.at(0) != "GET") {
        answer(socket, 400, Text::tr("Not understood"),
               Text::tr("Postino only expects the sign-in answer here."));
        return;
    }
    const QByteArray target = parts.at(1);
    const qsizetype q = target.indexOf('?');
    const QByteArray path = q < 0 ? target : target.left(q);
    const QUrlQuery query(QString::fromLatin1(q < 0 ? QByteArray() : target.mid(q + 1)));
    const QByteArray state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded).toUtf8();
    const bool expected = m_expectedState.isEmpty() || sameSecret(state, m_expectedState);
    if (path != "/" || !expected) {
        // Not the answer to this sign-in: say so and keep waiting for the real redirect.
        answer(
            socket, 400, Text::tr("Not this sign-in"),
            Text::tr("This page only takes the answer to the sign-in Postino started, and this request "
                     "is not it, so Postino ignored it. Finish the sign-in in the window Postino opened."));
        if (path == "/" && !query.isEmpty() && !m_answered) {
            Q_EMIT strayRedirect();
        }
        return;
    }
    if (m_answered) {
        answer(socket, 200, Text::tr("Already done"),
               Text::tr("Postino already has an answer for this sign-in; you can close this tab."));
        return;
    }
    m_answered = true;
    if (query.hasQueryItem(QStringLiteral("error"))) {
        answer(socket, 200, Text::tr("Sign-in not completed"),
               Text::tr("The provider answered \"%1\". Go back to Postino to see what to do.")
                   .arg(query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded)));
    } else {
        answer(socket, 200, Text::tr("Back to Postino"),
               Text::tr("Postino received the answer. You can close this tab and go back to Postino."));
    }
    Q_EMIT callback(query);
}

// ---- request shapes -----------------------------------------------------------------------

ApiCall oauthTokenCall(const OAuthClientConfig& config, const QList<QPair<QString, QString>>& form)
{
    QList<QPair<QString, QString>> all = form;
    all.append({QStringLiteral("client_id"), config.clientId});
    if (!config.clientSecret.isEmpty()) {
        all.append({QStringLiteral("client_secret"), QString::fromUtf8(config.clientSecret)});
    }
    return ApiCall{"POST",
                   config.effective(config.tokenUrl),
                   {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}},
                   formBody(all)};
}

ApiCall oauthAccountCall(const OAuthClientConfig& config, const QByteArray& accessToken)
{
    ApiCall call{"GET", config.effective(config.accountUrl), {{"Accept", "application/json"}}, {}};
    // Some APIs want their own scheme name (Zoho Mail: "Authorization: Zoho-oauthtoken <token>").
    call.headers.append({"Authorization", config.spec.tokenScheme + ' ' + accessToken});
    return call;
}

Finding oauthNetworkFinding(const OAuthClientConfig& config, const HttpAnswer& answer)
{
    const QString where = answer.host + QLatin1Char(':') + QString::number(answer.port);
    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        return Finding{
            Severity::Error,
            {.id = QStringLiteral("oauth.unexpected_response"),
             .subject = where,
             .detail = Text::tr("%1 answered with far more data than a sign-in answer holds.")
                           .arg(config.providerName)},
            Advice{Text::tr("Check what answers in the provider's place"),
                   {Text::tr("Check that no proxy or captive portal answers in the provider's place.")}}};
    }
    return Finding{
        Severity::Error,
        {.id = QStringLiteral("oauth.network_error"),
         .subject = where,
         .detail = Text::tr("%1 could not be reached: %2").arg(where, answer.errorString)},
        Advice{Text::tr("Check the network"),
               {Text::tr("Make sure this computer can reach %1 over HTTPS (port 443).").arg(answer.host),
                Text::tr("Check that this computer's date and time are correct.")}}};
}

std::optional<OAuthTokens> parseTokenAnswer(const OAuthClientConfig& config, const QString& stage,
                                            const HttpAnswer& answer, const QDateTime& now, Finding* problem)
{
    if (answer.kind != HttpAnswer::Kind::Answered) {
        *problem = oauthNetworkFinding(config, answer);
        return std::nullopt;
    }
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    const QString error = jsonString(o, "error");
    if (!error.isEmpty()) {
        *problem = oauthErrorFinding(config, stage, error, jsonString(o, "error_description"));
        return std::nullopt;
    }
    OAuthTokens t;
    t.accessToken = jsonString(o, "access_token").toUtf8();
    t.refreshToken = jsonString(o, "refresh_token").toUtf8();
    t.scope = jsonString(o, "scope");
    const qint64 expiresIn = o.value(QLatin1String("expires_in")).toVariant().toLongLong();
    if (expiresIn > 0) {
        t.expiresAt = now.addSecs(expiresIn);
    }
    if (answer.status != 200 || t.accessToken.isEmpty()) {
        *problem = Finding{Severity::Error,
                           {.id = QStringLiteral("oauth.unexpected_response"),
                            .subject = config.mailerId,
                            .detail = Text::tr("%1's token endpoint answered HTTP %2 without a token.")
                                          .arg(config.providerName)
                                          .arg(answer.status)},
                           Advice{Text::tr("Check the region or tenant"),
                                  {Text::tr("Check the region or tenant, then sign in again.")}}};
        return std::nullopt;
    }
    return t;
}

bool parseAccountAnswer(const OAuthClientConfig& config, const QByteArray& body, QString* account,
                        QString* accountId)
{
    // Gmail users.getProfile {emailAddress}; Graph /me {mail, userPrincipalName}; Zoho GET /api/accounts
    // {"data": [{"accountId", "primaryEmailAddress", ...}]} (ids stay strings).
    const OAuthSpec& spec = config.spec;
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (!spec.accountList.isEmpty()) {
        o = o.value(spec.accountList).toArray().first().toObject();
    }
    if (!spec.accountIdKey.isEmpty()) {
        *accountId = jsonString(o, spec.accountIdKey.toLatin1().constData());
    }
    for (const QString& key : spec.accountEmailKeys) {
        if (account->isEmpty()) {
            *account = jsonString(o, key.toLatin1().constData());
        }
    }
    return !account->isEmpty() || !accountId->isEmpty();
}

// ---- OAuthSignIn --------------------------------------------------------------------------

OAuthSignIn::OAuthSignIn(QObject* parent)
    : Job(QStringLiteral("oauth"), parent)
    , m_listener(new LoopbackListener(this))
    , m_http(new HttpExchange(this))
{
    qRegisterMetaType<OAuthSignInResult>();
    setFinishFromEventLoop(true);
    m_browserTimer.setSingleShot(true);
    connect(&m_browserTimer, &QTimer::timeout, this, [this] {
        if (m_strayRedirects > 0) {
            // Only answers with the wrong state came back: that, not a slow browser, is the problem.
            fail(stateMismatchFinding());
            return;
        }
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("oauth.browser_timeout"),
             .subject = m_config.mailerId,
             .detail = Text::tr("The browser did not come back to Postino within %n minute(s).", nullptr,
                                qMax(1, m_config.browserTimeoutMs / 60000))},
            Advice{
                Text::tr("Finish the sign-in in the browser"),
                {Text::tr("Start again and complete every step on %1's page.").arg(m_config.providerName),
                 Text::tr("If the page showed \"redirect_uri_mismatch\" (Google) or AADSTS50011 (Microsoft), "
                          "the client does not accept %1: register it, or use a client type that accepts "
                          "loopback addresses.")
                     .arg(m_listener->redirectUri()),
                 Text::tr("A firewall or security program must let the browser reach 127.0.0.1.")}}});
    });
    connect(m_listener, &LoopbackListener::callback, this, &OAuthSignIn::onCallback);
    connect(m_listener, &LoopbackListener::strayRedirect, this, [this] {
        if (m_step != Step::Browser) {
            return;
        }
        ++m_strayRedirects;
        note(TranscriptLine::Direction::Info,
             Text::tr("Ignored an answer on 127.0.0.1 that does not belong to this sign-in (its \"state\" "
                      "is wrong or missing); still waiting for the browser."));
    });
    relayTranscriptOf(m_http);
    connect(m_http, &HttpExchange::finished, this, [this](const HttpAnswer& answer) {
        if (!isRunning()) {
            return;
        }
        if (m_step == Step::Token) {
            onTokenAnswer(answer);
        } else if (m_step == Step::Account) {
            onAccountAnswer(answer);
        }
    });
}

QString OAuthSignIn::redirectUri() const
{
    return m_listener->redirectUri();
}

void OAuthSignIn::start(const OAuthClientConfig& config)
{
    cancel();
    m_config = config;
    Job::start();
}

void OAuthSignIn::doStart()
{
    m_result = OAuthSignInResult();
    QString error;
    if (!m_listener->listen(m_config.redirectPort, &error)) {
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("oauth.listen_failed"),
             .subject = QStringLiteral("127.0.0.1"),
             .detail =
                 Text::tr("Postino could not listen on 127.0.0.1 for the browser's answer: %1").arg(error)},
            Advice{Text::tr("Free the redirect port"),
                   {m_config.redirectPort ? Text::tr("Port %1 is in use; choose another Redirect port "
                                                     "(and register it with the client).")
                                                .arg(m_config.redirectPort)
                                          : Text::tr("Close other programs and try again.")}}});
        return;
    }
    m_result.redirectUri = m_listener->redirectUri();
    m_verifier = pkce::newVerifier();
    m_state = pkce::newState();
    m_strayRedirects = 0;
    m_listener->setExpectedState(m_state);
    const QUrl url = authorizationUrl(m_config, m_result.redirectUri, m_state, pkce::challenge(m_verifier));
    m_step = Step::Browser;
    m_browserTimer.start(m_config.browserTimeoutMs);
    note(TranscriptLine::Direction::Info,
         Text::tr("Waiting for the browser on %1 (PKCE S256)…").arg(m_result.redirectUri));
    Q_EMIT authorizationUrlReady(url);
}

Finding OAuthSignIn::cancelledFinding() const
{
    return Finding{Severity::Info,
                   {.id = QStringLiteral("oauth.cancelled"),
                    .subject = m_config.mailerId,
                    .detail = Text::tr("Sign-in cancelled.")}};
}

void OAuthSignIn::doCancel()
{
    tearDown();
}

void OAuthSignIn::addEndingFinding(const Finding& finding)
{
    m_result.findings.append(finding);
    m_result.tokens = OAuthTokens();
    m_result.ok = false;
}

void OAuthSignIn::tearDown()
{
    m_step = Step::Idle; // first: an answer the exchange reports while stopping is no longer awaited
    m_browserTimer.stop();
    m_listener->close();
    m_http->cancel();
}

void OAuthSignIn::onCallback(const QUrlQuery& query)
{
    if (m_step != Step::Browser) {
        return;
    }
    m_browserTimer.stop();
    m_listener->close();
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    // The state is checked first, also on errors: an answer that is not ours says nothing about this sign-in.
    if (!sameSecret(state.toLatin1(), m_state)) { // the listener already refuses these; kept as a guard
        fail(stateMismatchFinding());
        return;
    }
    if (!error.isEmpty()) {
        fail(
            oauthErrorFinding(m_config, QStringLiteral("authorize"), error,
                              query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded)));
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(Finding{Severity::Error,
                     {.id = QStringLiteral("oauth.no_code"),
                      .subject = m_config.mailerId,
                      .detail = Text::tr("The browser came back without an authorization code.")},
                     Advice{Text::tr("Sign in again"),
                            {Text::tr("Sign in again and allow access on the provider's page.")}}});
        return;
    }
    note(TranscriptLine::Direction::Info, Text::tr("The browser came back with an authorization code."));
    m_step = Step::Token;
    m_http->start(
        oauthTokenCall(m_config, {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                  {QStringLiteral("code"), code},
                                  {QStringLiteral("redirect_uri"), m_result.redirectUri},
                                  {QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier)}}),
        exchangeOptions(m_config));
}

Finding OAuthSignIn::stateMismatchFinding() const
{
    return Finding{Severity::Error,
                   {.id = QStringLiteral("oauth.state_mismatch"),
                    .subject = m_config.mailerId,
                    .detail = Text::tr(
                        "The answer that reached Postino does not belong to this sign-in (its \"state\" does "
                        "not match), so it was ignored.")},
                   Advice{Text::tr("Sign in again"),
                          {Text::tr("Start the sign-in again from Postino and use only the page it opens."),
                           Text::tr("If this repeats, another program may be answering on 127.0.0.1.")}}};
}

void OAuthSignIn::onTokenAnswer(const HttpAnswer& answer)
{
    Finding problem;
    const auto tokens = parseTokenAnswer(m_config, QStringLiteral("token"), answer,
                                         QDateTime::currentDateTimeUtc(), &problem);
    if (!tokens) {
        fail(problem);
        return;
    }
    m_result.tokens = *tokens;
    if (tokens->refreshToken.isEmpty()) {
        m_result.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("oauth.no_refresh_token"),
             .subject = m_config.mailerId,
             .detail = Text::tr("%1 gave no refresh token, so the sign-in lasts only about an hour.")
                           .arg(m_config.providerName)},
            Advice{
                {},
                {Text::tr("Remove Postino's access in your account's security settings, then sign in again: "
                          "providers hand out a refresh token only on the first consent.")}}});
    }
    // Google lets people untick permissions on its consent page: check the mail scope came back.
    if (!tokens->scope.isEmpty()) {
        const QStringList granted =
            tokens->scope.toLower().split(QRegularExpression(QStringLiteral("[ ,]+")));
        for (const QString& wanted :
             m_config.scope.toLower().split(QRegularExpression(QStringLiteral("[ ,]+")))) {
            if (wanted.isEmpty() || wanted == QLatin1String("offline_access") || granted.contains(wanted)) {
                continue;
            }
            m_result.findings.append(Finding{
                Severity::Error,
                {.id = QStringLiteral("oauth.scope_missing"),
                 .subject = m_config.mailerId,
                 .detail = Text::tr("The sign-in did not grant the permission \"%1\", which sending needs.")
                               .arg(wanted)},
                Advice{Text::tr("Grant every permission"),
                       {Text::tr("Sign in again and leave every box on the consent page ticked.")}}});
            break;
        }
    }
    if (m_config.accountUrl.isEmpty()) {
        finish();
        return;
    }
    m_step = Step::Account;
    m_http->start(oauthAccountCall(m_config, tokens->accessToken), exchangeOptions(m_config));
}

void OAuthSignIn::onAccountAnswer(const HttpAnswer& answer)
{
    if (answer.kind != HttpAnswer::Kind::Answered || answer.status != 200 ||
        !parseAccountAnswer(m_config, answer.body, &m_result.account, &m_result.accountId)) {
        m_result.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("oauth.account_unknown"),
             .subject = m_config.mailerId,
             .detail =
                 answer.kind == HttpAnswer::Kind::Answered
                     ? Text::tr("Signed in, but %1 would not say which account (HTTP %2).")
                           .arg(m_config.providerName)
                           .arg(answer.status)
                     : Text::tr("Signed in, but asking which account failed: %1").arg(answer.errorString)},
            Advice{Text::tr("Check the client's permissions"),
                   {Text::tr(
                       "Sending will ask again; if it fails too, check the permissions the client has.")}}});
    }
    finish();
}

void OAuthSignIn::fail(Finding finding)
{
    m_result.findings.append(finding);
    m_result.tokens = OAuthTokens();
    finish();
}

void OAuthSignIn::finish()
{
    tearDown();
    if (!isRunning()) {
        return;
    }
    m_result.ok = !hasErrors(m_result.findings) && !m_result.tokens.accessToken.isEmpty();
    if (m_result.ok) {
        m_result.findings.prepend(Finding{
            Severity::Ok,
            {.id = QStringLiteral("oauth.signed_in"),
             .subject = m_config.mailerId,
             .detail =
                 m_result.account.isEmpty()
                     ? Text::tr("Signed in with %1.").arg(m_config.providerName)
                     : Text::tr("Signed in with %1 as %2.").arg(m_config.providerName, m_result.account)}});
    }
    finishJob();
}

// ---- OAuthTokenClient ---------------------------------------------------------------------

OAuthTokenClient::OAuthTokenClient(QObject* parent)
    : Job(QStringLiteral("oauth"), parent)
    , m_http(new HttpExchange(this))
{
    qRegisterMetaType<OAuthTokenResult>();
    setFinishFromEventLoop(true);
    connect(m_http, &HttpExchange::finished, this, [this](const HttpAnswer& answer) {
        if (isRunning()) {
            onAnswer(answer);
        }
    });
    relayTranscriptOf(m_http);
}

void OAuthTokenClient::refresh(const OAuthClientConfig& config, const OAuthTokens& tokens)
{
    cancel();
    m_kind = Kind::Refresh;
    m_config = config;
    m_tokens = tokens;
    Job::start();
}

void OAuthTokenClient::revoke(const OAuthClientConfig& config, const OAuthTokens& tokens)
{
    cancel();
    m_kind = Kind::Revoke;
    m_config = config;
    m_tokens = tokens;
    Job::start();
}

void OAuthTokenClient::lookupAccount(const OAuthClientConfig& config, const QByteArray& accessToken)
{
    cancel();
    m_kind = Kind::Account;
    m_config = config;
    m_accessToken = accessToken;
    Job::start();
}

void OAuthTokenClient::doCancel()
{
    m_http->cancel();
}

void OAuthTokenClient::addEndingFinding(const Finding& finding)
{
    m_result = OAuthTokenResult{false, {finding}, {}, {}, {}};
}

void OAuthTokenClient::doStart()
{
    switch (m_kind) {
    case Kind::Refresh:
        startRefresh();
        return;
    case Kind::Revoke:
        startRevoke();
        return;
    case Kind::Account:
        m_http->start(oauthAccountCall(m_config, m_accessToken), exchangeOptions(m_config));
        return;
    }
}

void OAuthTokenClient::startRefresh()
{
    const OAuthClientConfig& config = m_config;
    const OAuthTokens& tokens = m_tokens;
    if (tokens.refreshToken.isEmpty()) {
        done(OAuthTokenResult{
            false,
            {Finding{Severity::Error,
                     {.id = QStringLiteral("oauth.not_signed_in"),
                      .subject = config.mailerId,
                      .detail = Text::tr("Postino holds no sign-in for %1.").arg(config.providerName)},
                     Advice{Text::tr("Sign in"),
                            {Text::tr("Click Sign in on the Configure mailer page, or run "
                                      "\"postino-cli oauth sign-in --mailer %1\".")
                                 .arg(config.mailerId)}}}},
            {},
            {},
            {}});
        return;
    }
    m_http->start(
        oauthTokenCall(config, {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), QString::fromUtf8(tokens.refreshToken)}}),
        exchangeOptions(config));
}

void OAuthTokenClient::startRevoke()
{
    const OAuthClientConfig& config = m_config;
    const OAuthTokens& tokens = m_tokens;
    const QByteArray token = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
    if (config.revokeUrl.isEmpty() || token.isEmpty()) {
        OAuthTokenResult r;
        r.ok = true;
        if (!config.spec.signOutDetail.isEmpty()) {
            r.findings.append(Finding{Severity::Info,
                                      {.id = QStringLiteral("oauth.revoke_manually"),
                                       .subject = config.mailerId,
                                       .detail = Catalog::tr(config.spec.signOutDetail)},
                                      Advice{{}, {Catalog::tr(config.spec.signOutStep)}}});
        }
        done(r);
        return;
    }
    // Google: POST /revoke with token=...; Zoho: POST /oauth/v2/token/revoke?token=... (both form-style).
    ApiCall call{"POST",
                 config.effective(config.revokeUrl),
                 {{"Accept", "application/json"}, {"Content-Type", "application/x-www-form-urlencoded"}},
                 {}};
    if (config.spec.revokeTokenInQuery) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("token"),
                       QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(token))));
        call.url.setQuery(q);
    } else {
        call.body = formBody({{QStringLiteral("token"), QString::fromUtf8(token)}});
    }
    HttpExchangeOptions options = exchangeOptions(config);
    options.displayUrl =
        config.effective(config.revokeUrl).toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
    m_http->start(call, options);
}

void OAuthTokenClient::onAnswer(const HttpAnswer& answer)
{
    OAuthTokenResult r;
    if (m_kind == Kind::Refresh) {
        Finding problem;
        const auto tokens = parseTokenAnswer(m_config, QStringLiteral("refresh"), answer,
                                             QDateTime::currentDateTimeUtc(), &problem);
        if (!tokens) {
            r.findings.append(problem);
            done(r);
            return;
        }
        r.ok = true;
        r.tokens = *tokens;
        if (r.tokens.refreshToken.isEmpty()) {
            r.tokens.refreshToken = m_tokens.refreshToken; // Google and Zoho keep the old one valid
        }
        done(r);
        return;
    }
    if (m_kind == Kind::Account) {
        if (answer.kind != HttpAnswer::Kind::Answered) {
            r.findings.append(oauthNetworkFinding(m_config, answer));
        } else if (answer.status != 200 ||
                   !parseAccountAnswer(m_config, answer.body, &r.account, &r.accountId)) {
            r.findings.append(
                Finding{Severity::Error,
                        {.id = QStringLiteral("oauth.account_unknown"),
                         .subject = m_config.mailerId,
                         .detail = Text::tr("%1 would not say which account signed in (HTTP %2).")
                                       .arg(m_config.providerName)
                                       .arg(answer.status)},
                        Advice{Text::tr("Sign in again"), {Text::tr("Sign out and sign in again.")}}});
        } else {
            r.ok = true;
        }
        done(r);
        return;
    }
    // Revoke: 200 is done; "invalid_token" / 400 means it was already gone, which is what was wanted.
    if (answer.kind != HttpAnswer::Kind::Answered) {
        r.findings.append(oauthNetworkFinding(m_config, answer));
        r.findings.last().setSeverity(Severity::Warning, r.findings.last().advice);
        r.findings.last().detail += QLatin1Char(' ') + Text::tr("Postino forgot the sign-in anyway.");
        r.ok = true;
    } else {
        r.ok = true;
        r.findings.append(
            Finding{Severity::Ok,
                    {.id = QStringLiteral("oauth.revoked"),
                     .subject = m_config.mailerId,
                     .detail = answer.status == 200
                                   ? Text::tr("%1 ended Postino's access.").arg(m_config.providerName)
                                   : Text::tr("%1 no longer knew the sign-in (HTTP %2); Postino forgot it.")
                                         .arg(m_config.providerName)
                                         .arg(answer.status)}});
    }
    done(r);
}

void OAuthTokenClient::done(OAuthTokenResult result)
{
    m_result = std::move(result);
    finishJob();
}

} // namespace postino
