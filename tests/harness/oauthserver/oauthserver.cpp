#include "oauthserver.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace postino::test {

namespace {

QString formValue(const QUrlQuery& q, const char* name)
{
    return q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

QUrlQuery form(const QByteArray& body)
{
    // application/x-www-form-urlencoded: '+' is a space.
    return QUrlQuery(QString::fromLatin1(QByteArray(body).replace('+', "%20")));
}

HttpResponse oauthError(int status, const char* error, const char* description)
{
    return HttpResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(error)},
                                          {QStringLiteral("error_description"), QLatin1String(description)}})
                    .toJson(QJsonDocument::Compact));
}

bool isLoopbackRedirect(const QString& uri)
{
    const QUrl u(uri);
    return u.scheme() == QLatin1String("http") && u.host() == QLatin1String("127.0.0.1") && u.port() > 0;
}

} // namespace

OAuthServer::OAuthServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent)
    : QObject(parent)
    , m_https(cert, key, this)
{
    m_https.setHandler([this](const HttpRequest& r) { return handle(r); });
}

quint16 OAuthServer::start()
{
    return m_https.start();
}

QByteArray OAuthServer::issueAccess()
{
    const QByteArray token = "at-" + QByteArray::number(++m_counter);
    m_access.insert(token);
    return token;
}

HttpResponse OAuthServer::handle(const HttpRequest& r)
{
    if (r.method == "GET" && (r.path.endsWith("/auth") || r.path.endsWith("/authorize"))) {
        return authorize(r);
    }
    if (r.method == "POST" && r.path.endsWith("/revoke")) {
        revokeRequests.append(r);
        const QUrlQuery q = r.query.isEmpty() ? form(r.body) : QUrlQuery(QString::fromLatin1(r.query));
        const QByteArray t = formValue(q, "token").toUtf8();
        m_refresh.remove(t);
        m_access.remove(t);
        return HttpResponse::json(200, "{}");
    }
    if (r.method == "POST" && r.path.endsWith("/token")) {
        tokenRequests.append(r);
        return token(r);
    }
    return api(r);
}

HttpResponse OAuthServer::authorize(const HttpRequest& r)
{
    const QUrlQuery q(QString::fromLatin1(r.query));
    authorizations.append(q);
    const QString redirect = formValue(q, "redirect_uri");
    if (formValue(q, "client_id") != clientId) {
        return HttpResponse::html(401,
                                  "<h1>Error 401: invalid_client</h1><p>The OAuth client was not found.</p>");
    }
    const bool registered =
        exactRedirect.isEmpty() ? isLoopbackRedirect(redirect) : redirect == exactRedirect;
    if (!registered || fault == Fault::NeverRedirect) {
        return HttpResponse::html(400, "<h1>Error 400: redirect_uri_mismatch</h1>");
    }
    if (formValue(q, "response_type") != QLatin1String("code") ||
        formValue(q, "code_challenge_method") != QLatin1String("S256") ||
        formValue(q, "code_challenge").size() != 43) {
        return HttpResponse::html(400, "<h1>invalid_request: PKCE S256 is required</h1>");
    }
    QUrl target(redirect);
    QUrlQuery back;
    QString state = formValue(q, "state");
    if (fault == Fault::WrongState) {
        state = QStringLiteral("not-the-state");
    }
    if (fault == Fault::DenyAccess) {
        back.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QByteArray code = "code-" + QByteArray::number(++m_counter);
        m_codes.insert(code,
                       Grant{redirect, formValue(q, "code_challenge").toLatin1(), formValue(q, "scope")});
        back.addQueryItem(QStringLiteral("code"), QString::fromLatin1(code));
    }
    back.addQueryItem(QStringLiteral("state"), state);
    target.setQuery(back);
    HttpResponse response;
    response.status = 302;
    response.addHeader("Location", target.toEncoded());
    return response;
}

HttpResponse OAuthServer::token(const HttpRequest& r)
{
    const QUrlQuery q = form(r.body);
    if (fault == Fault::InvalidClientAtToken || formValue(q, "client_id") != clientId ||
        formValue(q, "client_secret").toUtf8() != clientSecret) {
        return oauthError(401, "invalid_client", "Unauthorized");
    }
    const QString grant = formValue(q, "grant_type");
    if (grant == QLatin1String("refresh_token")) {
        const QByteArray refresh = formValue(q, "refresh_token").toUtf8();
        if (!m_refresh.contains(refresh)) {
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        }
        return HttpResponse::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(issueAccess())},
                                      {QStringLiteral("expires_in"), 3599},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
                .toJson(QJsonDocument::Compact));
    }
    if (grant != QLatin1String("authorization_code")) {
        return oauthError(400, "unsupported_grant_type", "");
    }
    if (fault == Fault::ZohoStyleInvalidCode) {
        return HttpResponse::json(200, "{\"error\":\"invalid_code\"}");
    }
    if (fault == Fault::InvalidGrantAtToken) {
        return oauthError(400, "invalid_grant", "Bad Request");
    }
    const QByteArray code = formValue(q, "code").toUtf8();
    const auto it = m_codes.constFind(code);
    if (it == m_codes.cend()) {
        return oauthError(400, "invalid_grant", "Malformed auth code.");
    }
    const Grant g = *it;
    m_codes.remove(code); // once only
    if (fault == Fault::RedirectMismatchAtToken || formValue(q, "redirect_uri") != g.redirectUri) {
        return oauthError(400, "redirect_uri_mismatch", "Bad Request");
    }
    const QByteArray verifier = formValue(q, "code_verifier").toLatin1();
    const QByteArray computed = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.size() < 43 || computed != g.challenge) {
        return oauthError(400, "invalid_grant", "Invalid code verifier.");
    }
    ++verifiedExchanges;
    const QByteArray refresh = "rt-" + QByteArray::number(++m_counter);
    m_refresh.insert(refresh);
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(issueAccess())},
                                       {QStringLiteral("refresh_token"), QString::fromLatin1(refresh)},
                                       {QStringLiteral("expires_in"), 3599},
                                       {QStringLiteral("scope"), g.scope},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}})
                 .toJson(QJsonDocument::Compact));
}

HttpResponse OAuthServer::api(const HttpRequest& r)
{
    QByteArray auth = r.header("Authorization");
    const bool zoho = r.path.startsWith("/api/accounts");
    const QByteArray scheme = zoho ? "Zoho-oauthtoken " : "Bearer ";
    if (!auth.startsWith(scheme) || !m_access.contains(auth.mid(scheme.size()))) {
        if (zoho) {
            return HttpResponse::json(401, "{\"status\":{\"code\":401,\"description\":\"Invalid Input\"},"
                                           "\"data\":{\"errorCode\":\"INVALID_OAUTHTOKEN\"}}");
        }
        return HttpResponse::json(401,
                                  "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication "
                                  "credentials.\",\"status\":\"UNAUTHENTICATED\"}}");
    }
    if (r.method == "GET" && r.path == "/gmail/v1/users/me/profile") {
        return HttpResponse::json(200, "{\"emailAddress\":\"" + account.toUtf8() + "\",\"messagesTotal\":1}");
    }
    if (r.method == "GET" && r.path == "/v1.0/me") {
        return HttpResponse::json(200,
                                  "{\"mail\":\"" + account.toUtf8() + "\",\"userPrincipalName\":\"upn@x\"}");
    }
    if (r.method == "GET" && r.path == "/api/accounts") {
        return HttpResponse::json(
            200, "{\"status\":{\"code\":200,\"description\":\"success\"},\"data\":[{\"accountId\":\"" +
                     zohoAccountId.toUtf8() + "\",\"primaryEmailAddress\":\"" + account.toUtf8() + "\"}]}");
    }
    if (r.method == "POST") {
        sends.append(r);
        if (sendFailuresLeft > 0) {
            --sendFailuresLeft;
            m_access.clear();
            return HttpResponse::json(401, "{\"error\":{\"code\":401,\"message\":\"expired\"}}");
        }
        if (r.path == "/gmail/v1/users/me/messages/send") {
            return HttpResponse::json(
                200, "{\"id\":\"18c2f0a1b2\",\"threadId\":\"18c2f0a1b2\",\"labelIds\":[\"SENT\"]}");
        }
        if (r.path == "/v1.0/me/sendMail") {
            HttpResponse accepted;
            accepted.status = 202;
            return accepted;
        }
        if (r.path == "/api/accounts/" + zohoAccountId.toUtf8() + "/messages") {
            return HttpResponse::json(200, "{\"status\":{\"code\":200,\"description\":\"success\"},"
                                           "\"data\":{\"messageId\":\"1700000000000100001\"}}");
        }
    }
    return HttpResponse::json(404, "{\"error\":\"not found\"}");
}

int followInBrowser(const QUrl& url, const QList<QSslCertificate>& ca, QByteArray* lastBody,
                    QUrl* redirectedTo)
{
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl next = url;
    int status = 0;
    for (int hop = 0; hop < 3 && next.isValid(); ++hop) {
        QNetworkRequest request(next);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(ca);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(10000);
        QNetworkReply* reply = nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (lastBody) {
            *lastBody = body;
        }
        const QByteArray location = reply->rawHeader("Location");
        reply->deleteLater();
        if (status / 100 != 3 || location.isEmpty()) {
            break;
        }
        next = QUrl::fromEncoded(location);
        if (redirectedTo) {
            *redirectedTo = next;
        }
    }
    return status;
}

} // namespace postino::test
