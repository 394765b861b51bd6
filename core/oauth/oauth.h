#pragma once

#include "catalog/catalog.h"
#include "finding.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace postino {

struct ResolvedMailer;

// OAuth 2.0 for the mailers that sign in (Gmail, Microsoft 365 / Outlook, Zoho Mail): the user's own
// client, the authorization code flow with PKCE (S256) and a loopback redirect on 127.0.0.1 (RFC 8252).
//
// Why not QtNetworkAuth: Qt 6.4's QOAuth2AuthorizationCodeFlow has no PKCE (it arrives in 6.8), its
// QOAuthHttpServerReplyHandler listens on every interface unless told otherwise, a `state` mismatch is only
// logged and the answer silently dropped (so a sign-in just hangs), and its token requests go through its
// own QNetworkAccessManager, outside the HttpExchange every other outgoing call of Postino uses (no
// redirects, a timeout, a size cap, tokens kept out of transcripts, the tests' CA and endpoint override).
// Patching all of that through setModifyParametersFunction() would leave little of the class in use; the
// flow itself is small, so it lives here: LoopbackListener + OAuthSignIn + OAuthTokenClient.

// What the provider handed out. Kept only in a SecretStore (serialised with toJson()), never in a profile,
// a setting, a log or a transcript.
struct OAuthTokens
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt; // UTC; invalid when the provider did not say
    QString scope;

    bool isEmpty() const { return accessToken.isEmpty() && refreshToken.isEmpty(); }
    // True when there is an access token that will still be good for `marginSecs`.
    bool accessTokenUsable(const QDateTime& now = QDateTime::currentDateTimeUtc(), int marginSecs = 60) const;
    QByteArray toJson() const;
    static OAuthTokens fromJson(const QByteArray& json);
};

// Where the tokens of a mailer live in a SecretStore / SessionSecrets: Profile::secretKey(mailer, this).
inline QString oauthTokenField()
{
    return QStringLiteral("oauth_token");
}

// Reads a mailer's tokens through a secret lookup: the "oauth_token" JSON the wizard and `oauth sign-in`
// store, else the separate "refresh_token" / "access_token" values (POSTINO_SECRET_GMAIL_REFRESH_TOKEN, ...).
OAuthTokens lookupOAuthTokens(const std::function<QByteArray(const QString& field)>& secret);

// One provider's endpoints and parameters, from the catalog's "oauth" block and the mailer's settings.
struct OAuthClientConfig
{
    QString mailerId;
    QString providerName; // for findings, e.g. "Google / Gmail"
    OAuthSpec spec;       // what else differs per provider (catalog data)
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;  // empty: the provider has no revocation endpoint (Microsoft)
    QUrl accountUrl; // who signed in (and Zoho's account id)
    QString clientId;
    QByteArray clientSecret; // may be empty: PKCE alone for public clients
    QString scope;
    QList<QPair<QString, QString>> authParams; // access_type=offline, prompt=consent, ...
    quint16 redirectPort = 0;                  // 0: any free port

    // Replaces scheme, host and port of every URL above (paths stay as documented). For tests and the CLI's
    // --api-base only: never read from a profile or the environment.
    QUrl endpointOverride;
    QList<QSslCertificate> extraCa;
    int requestTimeoutMs = 30000;
    int browserTimeoutMs = 5 * 60 * 1000; // how long the browser may take to come back

    QUrl effective(const QUrl& url) const;
};

// Builds the config of the profile's OAuth mailer; nullopt with findings when something is missing.
std::optional<OAuthClientConfig>
oauthClientConfig(const MailerInfo& mailer, const QJsonObject& settings,
                  const std::function<QByteArray(const QString& field)>& secret, Findings* problems);

// The same for a mailer resolved once from its profile.
std::optional<OAuthClientConfig>
oauthClientConfig(const ResolvedMailer& mailer, const std::function<QByteArray(const QString& field)>& secret,
                  Findings* problems);

// Whether the mailer's settings choose OAuth (and not an app password over SMTP); resolveMailer decides.
bool usesOAuth(const MailerInfo& mailer, const QJsonObject& settings);
// Whether OAuth sending goes through SMTP with XOAUTH2 rather than the provider's API.
bool sendsWithXoauth2(const MailerInfo& mailer, const QJsonObject& settings);

namespace pkce {
// 43 characters of base64url from 32 random bytes (RFC 7636 §4.1).
QByteArray newVerifier();
// BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2, method S256).
QByteArray challenge(const QByteArray& verifier);
// An unguessable value for `state`.
QByteArray newState();
} // namespace pkce

QByteArray base64Url(const QByteArray& data); // no padding

// The authorization URL the browser opens.
QUrl authorizationUrl(const OAuthClientConfig& config, const QString& redirectUri, const QByteArray& state,
                      const QByteArray& codeChallenge);

// What went wrong, as one finding with advice: `error` is the OAuth error code ("access_denied",
// "invalid_grant", ...), `description` the provider's words; `stage` is "authorize", "token", "refresh",
// "revoke" or "account".
Finding oauthErrorFinding(const OAuthClientConfig& config, const QString& stage, const QString& error,
                          const QString& description);

} // namespace postino
