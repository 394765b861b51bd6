#include "oauth.h"

#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    QRandomGenerator* rng = QRandomGenerator::system(); // the OS's CSPRNG
    for (int i = 0; i < n; ++i) {
        out[i] = static_cast<char>(rng->bounded(256));
    }
    return out;
}

QString setting(const QJsonObject& s, const char* key)
{
    const QJsonValue v = s.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInt()) : v.toString().trimmed();
}

// Error codes some providers use for the standard ones (RFC 6749 §4.1.2.1, §5.2).
QString normalisedError(const QString& error)
{
    const QString e = error.trimmed().toLower();
    if (e == QLatin1String("invalid_code") || e == QLatin1String("invalid_refresh_token")) {
        return QStringLiteral("invalid_grant"); // Zoho
    }
    if (e == QLatin1String("invalid_redirect_uri")) {
        return QStringLiteral("redirect_uri_mismatch"); // Zoho
    }
    if (e == QLatin1String("disabled_client") || e == QLatin1String("deleted_client") ||
        e == QLatin1String("invalid_client_secret")) {
        return QStringLiteral("invalid_client"); // Google
    }
    if (e == QLatin1String("consent_required") || e == QLatin1String("interaction_required") ||
        e == QLatin1String("admin_policy_enforced") || e == QLatin1String("org_internal")) {
        return QStringLiteral("access_denied");
    }
    if (e == QLatin1String("temporarily_unavailable")) {
        return QStringLiteral("server_error");
    }
    return e;
}

} // namespace

bool OAuthTokens::accessTokenUsable(const QDateTime& now, int marginSecs) const
{
    if (accessToken.isEmpty()) {
        return false;
    }
    return !expiresAt.isValid() || now.addSecs(marginSecs) < expiresAt;
}

QByteArray OAuthTokens::toJson() const
{
    QJsonObject o{{QStringLiteral("access_token"), QString::fromUtf8(accessToken)},
                  {QStringLiteral("refresh_token"), QString::fromUtf8(refreshToken)}};
    if (expiresAt.isValid()) {
        o.insert(QStringLiteral("expires_at"), expiresAt.toUTC().toString(Qt::ISODate));
    }
    if (!scope.isEmpty()) {
        o.insert(QStringLiteral("scope"), scope);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OAuthTokens OAuthTokens::fromJson(const QByteArray& json)
{
    OAuthTokens t;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    t.accessToken = o.value(QLatin1String("access_token")).toString().toUtf8();
    t.refreshToken = o.value(QLatin1String("refresh_token")).toString().toUtf8();
    t.expiresAt = QDateTime::fromString(o.value(QLatin1String("expires_at")).toString(), Qt::ISODate);
    t.scope = o.value(QLatin1String("scope")).toString();
    return t;
}

OAuthTokens lookupOAuthTokens(const std::function<QByteArray(const QString& field)>& secret)
{
    if (!secret) {
        return {};
    }
    OAuthTokens t = OAuthTokens::fromJson(secret(oauthTokenField()));
    if (t.refreshToken.isEmpty()) {
        t.refreshToken = secret(QStringLiteral("refresh_token"));
    }
    if (t.accessToken.isEmpty()) {
        t.accessToken = secret(QStringLiteral("access_token"));
    }
    return t;
}

QUrl OAuthClientConfig::effective(const QUrl& url) const
{
    if (url.isEmpty() || !endpointOverride.isValid() || endpointOverride.isEmpty()) {
        return url;
    }
    QUrl out = url;
    out.setScheme(endpointOverride.scheme());
    out.setHost(endpointOverride.host());
    out.setPort(endpointOverride.port());
    return out;
}

bool usesOAuth(const MailerInfo& mailer, const QJsonObject& settings)
{
    return resolveMailer(mailer, settings).usesOAuth();
}

bool sendsWithXoauth2(const MailerInfo& mailer, const QJsonObject& settings)
{
    return resolveMailer(mailer, settings).sendsWithXoauth2();
}

std::optional<OAuthClientConfig>
oauthClientConfig(const MailerInfo& mailer, const QJsonObject& settings,
                  const std::function<QByteArray(const QString& field)>& secret, Findings* problems)
{
    return oauthClientConfig(resolveMailer(mailer, settings), secret, problems);
}

std::optional<OAuthClientConfig>
oauthClientConfig(const ResolvedMailer& resolved,
                  const std::function<QByteArray(const QString& field)>& secret, Findings* problems)
{
    const MailerInfo& mailer = *resolved.info;
    const QJsonObject& s = resolved.settings;
    const QJsonObject o = mailer.oauth;
    OAuthClientConfig c;
    c.mailerId = mailer.id;
    c.spec = mailer.oauthSpec;
    c.providerName = Catalog::tr(mailer.name);
    c.authorizeUrl = QUrl(mailer.oauthUrl(QStringLiteral("authorizeUrl"), s));
    c.tokenUrl = QUrl(mailer.oauthUrl(QStringLiteral("tokenUrl"), s));
    c.revokeUrl = QUrl(mailer.oauthUrl(QStringLiteral("revokeUrl"), s));
    c.accountUrl = QUrl(mailer.oauthUrl(QStringLiteral("accountUrl"), s));
    c.clientId = setting(s, "client_id");
    c.clientSecret = secret ? secret(QStringLiteral("client_secret")) : QByteArray();
    const QJsonObject scopes = o.value(QLatin1String("scopes")).toObject();
    c.scope =
        scopes.value(resolved.sendsWithXoauth2() ? QLatin1String("smtp") : QLatin1String("api")).toString();
    const QJsonObject params = o.value(QLatin1String("authParams")).toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        c.authParams.append({it.key(), it.value().toString()});
    }
    const int port = setting(s, "redirect_port").toInt();
    c.redirectPort = port > 0 && port < 65536 ? static_cast<quint16>(port) : 0;

    Findings out;
    if (o.isEmpty() || !c.authorizeUrl.isValid() || c.authorizeUrl.isEmpty() || c.tokenUrl.isEmpty()) {
        out.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("oauth.not_supported"),
             .subject = mailer.id,
             .detail = Text::tr("Postino does not know how %1 signs in with these settings (check the region "
                                "or tenant).")
                           .arg(c.providerName)},
            Advice{Text::tr("Check the region or tenant"),
                   {Text::tr("Pick the region (or tenant) in which your %1 account lives, then sign "
                             "in again.")
                        .arg(c.providerName)}}});
    }
    if (c.clientId.isEmpty()) {
        out.append(Finding{Severity::Error,
                           {.id = QStringLiteral("oauth.missing_client"),
                            .subject = mailer.id + QStringLiteral(".client_id"),
                            .detail = Text::tr("The OAuth client ID is missing.")},
                           Advice{Text::tr("Create an OAuth client"),
                                  {Text::tr("Create an OAuth client with %1 and copy its client ID and "
                                            "secret into Postino.")
                                       .arg(c.providerName)}}});
    }
    if (problems) {
        problems->append(out);
    }
    if (hasErrors(out)) {
        return std::nullopt;
    }
    return c;
}

namespace pkce {

QByteArray newVerifier()
{
    return base64Url(randomBytes(32));
}

QByteArray challenge(const QByteArray& verifier)
{
    return base64Url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256));
}

QByteArray newState()
{
    return base64Url(randomBytes(24));
}

} // namespace pkce

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QUrl authorizationUrl(const OAuthClientConfig& config, const QString& redirectUri, const QByteArray& state,
                      const QByteArray& codeChallenge)
{
    QUrl url = config.effective(config.authorizeUrl);
    QUrlQuery q(url);
    auto add = [&q](const QString& name, const QString& value) {
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("response_type"), QStringLiteral("code"));
    add(QStringLiteral("client_id"), config.clientId);
    add(QStringLiteral("redirect_uri"), redirectUri);
    add(QStringLiteral("scope"), config.scope);
    add(QStringLiteral("state"), QString::fromLatin1(state));
    add(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge));
    add(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto& [name, value] : config.authParams) {
        add(name, value);
    }
    url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

Finding oauthErrorFinding(const OAuthClientConfig& config, const QString& stage, const QString& rawError,
                          const QString& description)
{
    const QString error = normalisedError(rawError);
    const QString name = config.providerName;
    const QString said = description.trimmed().isEmpty()
                             ? rawError
                             : rawError + QStringLiteral(": ") + description.trimmed().left(300);
    const OAuthSpec& spec = config.spec;
    // The provider's own advice where the catalog has some, else the general words.
    const auto ownOrGeneral = [](const QStringList& own, const QString& general) {
        if (own.isEmpty()) {
            return QStringList{general};
        }
        QStringList out;
        for (const QString& step : own) {
            out << Catalog::tr(step);
        }
        return out;
    };
    Finding f;
    f.subject = config.mailerId;
    if (error == QLatin1String("access_denied")) {
        f.id = QStringLiteral("oauth.access_denied");
        f.detail = Text::tr("%1 did not grant access (%2).").arg(name, said);
        f.advice = {
            Text::tr("Allow access"),
            QStringList{
                Text::tr("Sign in again and click \"Allow\" (or \"Accept\") on %1's page.").arg(name)} +
                ownOrGeneral(spec.accessDeniedSteps,
                             Text::tr("For a work or school account, your administrator may have to approve "
                                      "the app first."))};
    } else if (error == QLatin1String("invalid_grant")) {
        f.id = QStringLiteral("oauth.invalid_grant");
        if (stage == QLatin1String("refresh")) {
            f.detail = Text::tr("%1 no longer accepts the saved sign-in (%2): it was revoked or has expired.")
                           .arg(name, said);
            f.advice = {
                Text::tr("Sign in again"),
                QStringList{Text::tr("Click Sign out, then Sign in on the Configure mailer page (or run "
                                     "\"postino-cli oauth sign-in\").")} +
                    ownOrGeneral(spec.refreshRevokedSteps,
                                 Text::tr("Changing the account's password can end earlier sign-ins."))};
        } else {
            f.detail = Text::tr("%1 refused the authorization code (%2).").arg(name, said);
            f.advice = {Text::tr("Sign in again"),
                        {Text::tr("Codes are valid for a few minutes and only once: start the sign-in again "
                                  "and finish it without waiting."),
                         Text::tr("Check that this computer's clock is correct.")}};
        }
    } else if (error == QLatin1String("redirect_uri_mismatch")) {
        f.id = QStringLiteral("oauth.redirect_uri_mismatch");
        f.detail = Text::tr("%1 does not accept Postino's redirect address (%2).").arg(name, said);
        QStringList steps = ownOrGeneral(spec.redirectMismatchSteps,
                                         Text::tr("Set a fixed Redirect port in Postino and register exactly "
                                                  "http://127.0.0.1:PORT/ as the client's redirect URI."));
        steps << Text::tr("Copy the address exactly: the scheme, the port and the final slash all count.");
        f.advice = {Text::tr("Register the redirect address"), steps};
    } else if (error == QLatin1String("invalid_client") || error == QLatin1String("unauthorized_client")) {
        f.id = error == QLatin1String("invalid_client") ? QStringLiteral("oauth.invalid_client")
                                                        : QStringLiteral("oauth.unauthorized_client");
        f.detail = Text::tr("%1 does not accept the OAuth client (%2).").arg(name, said);
        QStringList steps{Text::tr("Copy the client ID and the client secret again, without spaces; create a "
                                   "new secret if the old one has expired.")};
        for (const QString& step : spec.invalidClientSteps) {
            steps << Catalog::tr(step);
        }
        f.advice = {Text::tr("Check the OAuth client"), steps};
    } else if (error == QLatin1String("invalid_scope")) {
        f.id = QStringLiteral("oauth.invalid_scope");
        f.detail = Text::tr("%1 refused the permissions Postino asked for (%2).").arg(name, said);
        f.advice = {
            Text::tr("Enable the API"),
            ownOrGeneral(spec.invalidScopeSteps,
                         Text::tr("Add the mail-sending permission to the client, then sign in again."))};
    } else if (error == QLatin1String("server_error")) {
        f.id = QStringLiteral("oauth.provider_error");
        f.detail = Text::tr("%1 had a problem of its own (%2).").arg(name, said);
        f.advice = {Text::tr("Try again"), {Text::tr("Wait a few minutes and sign in again.")}};
    } else {
        f.id = QStringLiteral("oauth.error");
        f.detail = Text::tr("%1 answered the sign-in with an error (%2).").arg(name, said);
        f.advice = {
            Text::tr("Try again"),
            {Text::tr("Check the client ID, the secret and the redirect address, then sign in again.")}};
    }
    f.setSeverity(Severity::Error, f.advice);
    return f;
}

} // namespace postino
