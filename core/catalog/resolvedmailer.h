#pragma once

#include "catalog/catalog.h"

#include <QJsonObject>
#include <QString>

namespace postino {

// A profile's mailer together with its catalog entry: everything the profile's settings decide about
// it, worked out once (resolveMailer, Profile::resolvedMailer) and handed down to whatever sends,
// checks or exports, so that no step derives the defaults or the sign-in choice again.
struct ResolvedMailer
{
    // How the mailer signs in, as the settings choose it.
    enum class SignIn
    {
        Settings,    // Other SMTP: whatever its own fields say
        ApiKey,      // an API key (or keys) over HTTPS
        OAuthApi,    // OAuth, sending through the provider's API
        OAuthSmtp,   // OAuth, sending over SMTP with XOAUTH2
        AppPassword, // an OAuth-kind mailer used with an app password over SMTP
    };

    const MailerInfo* info = nullptr;
    QJsonObject settings; // the profile's settings with every catalog default filled in
    QString region;       // the "region" setting; empty when the mailer has none
    QString apiHost;      // the HTTPS host contacted (empty for SMTP)
    QString relayHost;    // the SMTP relay for these settings; empty if unknown
    SignIn signIn = SignIn::Settings;

    bool isValid() const { return info != nullptr; }
    QString id() const { return info ? info->id : QString(); }
    // Signs in through the provider's own page (OAuth), not with an app password.
    bool usesOAuth() const { return signIn == SignIn::OAuthApi || signIn == SignIn::OAuthSmtp; }
    bool sendsWithXoauth2() const { return signIn == SignIn::OAuthSmtp; }
    bool usesAppPassword() const { return signIn == SignIn::AppPassword; }
    // A text setting, trimmed.
    QString text(const QString& key) const { return settings.value(key).toString().trimmed(); }
};

// The one place that turns a catalog entry and a profile's settings into a ResolvedMailer.
ResolvedMailer resolveMailer(const MailerInfo& mailer, const QJsonObject& settings);

} // namespace postino
