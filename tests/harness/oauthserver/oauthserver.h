#pragma once

#include "httpsserver.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace postino::test {

// A local OAuth 2.0 authorization server plus the three providers' mail APIs, on the HttpsServer (127.0.0.1).
// The client's endpoint override keeps each provider's documented paths, so one server answers for Google
// (/o/oauth2/v2/auth, /token, /revoke, Gmail API), Microsoft (/{tenant}/oauth2/v2.0/authorize|token, Graph)
// and Zoho (/oauth/v2/auth|token|token/revoke, Mail API).
//
// Authorization: checks client_id, redirect_uri (any port on http://127.0.0.1/ as RFC 8252 §7.3 asks, or one
// exact address), response_type=code and a S256 code_challenge, then redirects (302) to the redirect URI with
// code and state. Token: checks the client's secret, the code (once), the redirect_uri against the one the
// code was issued for, and BASE64URL(SHA256(code_verifier)) against the challenge; refresh_token grants.
class OAuthServer : public QObject
{
    Q_OBJECT
public:
    enum class Fault
    {
        None,
        DenyAccess, // authorization redirects back with error=access_denied
        WrongState, // authorization redirects back with another state
        InvalidClientAtToken,
        InvalidGrantAtToken,
        RedirectMismatchAtToken,
        ZohoStyleInvalidCode, // HTTP 200 {"error": "invalid_code"}
        NeverRedirect,        // the authorization page just says "redirect_uri_mismatch" (as Google does)
    };

    OAuthServer(const QSslCertificate& cert, const QSslKey& key, QObject* parent = nullptr);

    quint16 start();
    QUrl baseUrl() const { return m_https.baseUrl(); }
    HttpsServer& https() { return m_https; }

    QString clientId = QStringLiteral("client-123.apps.example");
    QByteArray clientSecret = "s3cret-Ä-+/=";
    QString exactRedirect; // empty: any port on http://127.0.0.1/
    Fault fault = Fault::None;
    QString zohoAccountId = QStringLiteral("123456789012345678901"); // longer than a double holds
    QString account = QStringLiteral("owner@example.com");

    // What happened.
    int verifiedExchanges = 0; // token requests whose code_verifier matched
    QList<QUrlQuery> authorizations;
    QList<HttpRequest> tokenRequests;
    QList<HttpRequest> revokeRequests;
    QList<HttpRequest> sends;
    void expireAccessTokens() { m_access.clear(); }
    QSet<QByteArray> refreshTokens() const { return m_refresh; }
    int sendFailuresLeft = 0; // answer the next sends 401 (as for an expired token)

private:
    HttpResponse handle(const HttpRequest& request);
    HttpResponse authorize(const HttpRequest& request);
    HttpResponse token(const HttpRequest& request);
    HttpResponse api(const HttpRequest& request);
    QByteArray issueAccess();

    struct Grant
    {
        QString redirectUri;
        QByteArray challenge;
        QString scope;
    };
    HttpsServer m_https;
    QHash<QByteArray, Grant> m_codes;
    QSet<QByteArray> m_access;
    QSet<QByteArray> m_refresh;
    int m_counter = 0;
};

// A scripted browser: follows the authorization URL (HTTPS, trusting the test CA) and its redirect to the
// loopback listener, as a person clicking "Allow" would. Returns the last HTTP status.
int followInBrowser(const QUrl& url, const QList<QSslCertificate>& ca, QByteArray* lastBody = nullptr,
                    QUrl* redirectedTo = nullptr);

} // namespace postino::test
