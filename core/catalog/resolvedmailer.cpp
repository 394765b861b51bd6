#include "resolvedmailer.h"

namespace postino {

namespace {

ResolvedMailer::SignIn signInFor(const MailerInfo& mailer, const QJsonObject& settings)
{
    switch (mailer.kind) {
    case MailerKind::Smtp:
        return ResolvedMailer::SignIn::Settings;
    case MailerKind::Api:
        return ResolvedMailer::SignIn::ApiKey;
    case MailerKind::OAuth:
        break;
    }
    if (settings.value(QLatin1String("method")).toString().trimmed() == QLatin1String("app_password")) {
        return ResolvedMailer::SignIn::AppPassword;
    }
    // XOAUTH2 over SMTP only where the settings ask for it and the provider has an SMTP scope.
    const bool smtp =
        settings.value(QLatin1String("send_via")).toString().trimmed() == QLatin1String("smtp") &&
        mailer.oauth.value(QLatin1String("scopes")).toObject().contains(QLatin1String("smtp"));
    return smtp ? ResolvedMailer::SignIn::OAuthSmtp : ResolvedMailer::SignIn::OAuthApi;
}

} // namespace

ResolvedMailer resolveMailer(const MailerInfo& mailer, const QJsonObject& settings)
{
    ResolvedMailer r;
    r.info = &mailer;
    r.settings = mailer.withDefaults(settings);
    r.region = r.text(QStringLiteral("region"));
    r.apiHost = mailer.apiHost(r.settings);
    r.relayHost = mailer.relayHostFor(r.settings);
    r.signIn = signInFor(mailer, r.settings);
    return r;
}

} // namespace postino
