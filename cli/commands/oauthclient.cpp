#include "cli/commands/oauthclient.h"

#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"
#include "cli/cli.h"
#include "cli/session.h"
#include "cli/support.h"

namespace postino::commands {

QByteArray oauthSecret(const CliOptions& o, const QString& field)
{
    return o.secrets.value(o.profile.mailerId(), field).value_or(QByteArray());
}

std::optional<OAuthClientConfig> oauthClientFor(CliSession& s, const CliOptions& o, bool signIn)
{
    const MailerInfo* m = o.profile.mailer();
    if (m->kind != MailerKind::OAuth) {
        QStringList signInMailers;
        for (const MailerInfo& mailer : Catalog::builtin().mailers()) {
            if (mailer.kind == MailerKind::OAuth) {
                signInMailers << mailer.id;
            }
        }
        s.usage(CliRunner::tr("oauth works with the mailers that sign in: %1 (--mailer).")
                    .arg(signInMailers.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    const ResolvedMailer resolved = o.profile.resolvedMailer();
    if (!resolved.usesOAuth()) {
        s.usage(
            CliRunner::tr("The profile's %1 settings use an app password, not OAuth (method=app_password).")
                .arg(m->id));
        return std::nullopt;
    }
    if (signIn && o.secretsFile.isEmpty()) {
        s.usage(
            CliRunner::tr("oauth sign-in keeps the tokens in --secrets-file FILE (created readable only by "
                          "you); they are never printed."));
        return std::nullopt;
    }
    const QString mailerId = m->id;
    Findings problems = o.profile.validateMailer();
    auto config = oauthClientConfig(
        resolved, [&o](const QString& field) { return oauthSecret(o, field); }, &problems);
    // PKCE alone is normal only for providers that register public clients (catalog: oauth.publicClient).
    if (config && config->clientSecret.isEmpty() && !config->spec.publicClient) {
        problems.append(Finding{
            QStringLiteral("profile.required"), Severity::Error, mailerId + QStringLiteral(".client_secret"),
            CliRunner::tr("No client secret given: set %1 or use --secrets-file.")
                .arg(EnvironmentSecrets::variableName(mailerId, QStringLiteral("client_secret"))),
            secretAdvice(EnvironmentSecrets::variableName(mailerId, QStringLiteral("client_secret")))});
    }
    if (!config || hasErrors(problems)) {
        s.finishFindings(problems, {});
        return std::nullopt;
    }
    config->endpointOverride = o.apiBase;
    config->extraCa = o.extraCa;
    if (o.timeoutMs > 0) {
        config->requestTimeoutMs = o.timeoutMs;
    }
    return config;
}

} // namespace postino::commands
