#pragma once

#include "finding.h"
#include "secrets/secretlookup.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace postino {

class Profile;

enum class ExportFormat
{
    WpConfig,       // define()s for wp-config.php (WP Mail SMTP constants)
    WpOptionJson,   // the wp_mail_smtp option for `wp option update --format=json`
    Msmtp,          // an msmtprc account, for PHP's sendmail_path
    PostfixRelay,   // main.cf relayhost lines plus the sasl_passwd line
    LaravelEnv,     // MAIL_* (and provider) keys for a Laravel .env
    SymfonyEnv,     // MAILER_DSN for a Symfony .env
    PostinoProfile, // Profile::toJson(), never with secrets
    AlertsJson,     // the failure alert channels as JSON, for servers without WordPress
};

struct ExportOptions
{
    bool includeSecrets = false;
};

struct ExportResult
{
    QString text;              // the file or block
    QString suggestedFileName; // e.g. "wp-config-postino.txt", "msmtprc", "postfix-relay.txt"
    QString command;           // a command to run with it, when the format needs one
    bool containsSecrets = false;
    // The placeholders left in `text` (e.g. "PUT-YOUR-SMTP-PASSWORD-HERE"), to be replaced by hand: secrets
    // when includeSecrets is false, and values Postino does not hold (an app password, separate SMTP
    // credentials of a provider) whatever the option.
    QStringList placeholders;
    Findings findings; // e.g. export.unsupported when the format cannot express the mailer
};

// Fetches a secret of a mailer from wherever the caller keeps them; an empty result means "not stored".

ExportResult exportProfile(const Profile& profile, ExportFormat format, const SecretLookup& secret,
                           const ExportOptions& options);

// "wp-config", "wp-option", "msmtp", "postfix", "laravel", "symfony", "profile", "alerts".
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString& name);

} // namespace postino
