#pragma once

#include "cli/options.h"
#include "finding.h"

#include <QByteArray>
#include <QJsonObject>
#include <functional>

namespace postino {

class CliSession;
struct MailerInfo;
struct VerifyRequest;
namespace dns {
class Resolver;
}

// Pieces several commands share.

// Looks a secret up in the environment or the secrets file the command line named.
std::function<QByteArray(const QString&, const QString&)> secretLookup(const EnvironmentSecrets& secrets);
// Where a secret the command line needs comes from: never an argument, which other users can see.
Advice secretAdvice(const QString& variable);
Advice secretsFileAdvice(const QString& file);
// On the command line a missing SMTP username means a missing --user, unless the server needs no login.
Findings withLoginAdvice(Findings findings);
// The mailer's required secrets that neither the environment nor the secrets file gave.
Findings missingSecrets(const CliOptions& options, const MailerInfo* mailer);

// A test email through the profile's mailer; with --confirm, then followed (send, smtp send).
void sendTestEmail(CliSession& session, const CliOptions& options);
// Logs in to the SMTP server without sending (smtp check, check-credentials).
void checkSmtpLogin(CliSession& session, const CliOptions& options);

// Following a sent message: send --confirm and verify-delivery.
VerifyRequest verifyRequest(const CliOptions& options);
void runVerify(CliSession& session, const CliOptions& options, const VerifyRequest& request,
               const Findings& before, const QJsonObject& extra);

// The resolver the dns and spf commands ask: the system's, or --nameserver; null after a usage error.
dns::Resolver* createResolver(CliSession& session, const CliOptions& options, const QString& nameserver,
                              bool authoritative, const QString& domain);

} // namespace postino
