#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/commands/oauthclient.h"
#include "cli/session.h"
#include "cli/support.h"
#include "oauth/oauthflow.h"

#include <QFile>

namespace postino::commands {

namespace {

class OAuthSignOutCommand : public Command
{
public:
    OAuthSignOutCommand()
        : Command(QStringLiteral("oauth sign-out"),
                  CliRunner::tr("end the sign-in at the provider and forget its tokens"))
    {
        addShared({SharedOption::ApiBase});
        addShared(options::profile + options::secrets + options::network + options::transcript +
                  options::output);
    }

    bool mayCreateSecretsFile() const override { return true; }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        const auto config = oauthClientFor(s, o, false);
        if (!config) {
            return;
        }
        const OAuthTokens tokens =
            lookupOAuthTokens([o](const QString& field) { return oauthSecret(o, field); });
        const QString secretsFile = o.secretsFile;
        const QString mailerId = o.profile.mailerId();
        const QString tokenVariable = EnvironmentSecrets::variableName(mailerId, oauthTokenField());
        auto* client = new OAuthTokenClient(&s);
        QObject::connect(client, &OAuthTokenClient::transcript, &s,
                         [&s](const TranscriptLine& line) { s.record(line); });
        QObject::connect(
            client, &OAuthTokenClient::finished, &s,
            [&s, client, secretsFile, tokenVariable, mailerId](const OAuthTokenResult& r) {
                client->deleteLater();
                Findings findings = r.findings;
                if (!secretsFile.isEmpty() && QFile::exists(secretsFile)) {
                    QString error;
                    if (!EnvironmentSecrets::updateFile(
                            secretsFile,
                            {{tokenVariable, std::nullopt},
                             {EnvironmentSecrets::variableName(mailerId, QStringLiteral("refresh_token")),
                              std::nullopt},
                             {EnvironmentSecrets::variableName(mailerId, QStringLiteral("access_token")),
                              std::nullopt}},
                            &error)) {
                        findings.append(
                            Finding{Severity::Error,
                                    {.id = QStringLiteral("oauth.store_failed"),
                                     .subject = secretsFile,
                                     .detail = CliRunner::tr("The tokens could not be removed from %1: %2")
                                                   .arg(secretsFile, error)},
                                    secretsFileAdvice(secretsFile)});
                    }
                }
                s.finishFindings(findings, {{QStringLiteral("mailer"), mailerId}});
            });
        client->revoke(*config, tokens);
    }
};

} // namespace

std::unique_ptr<Command> oauthSignOutCommand()
{
    return std::make_unique<OAuthSignOutCommand>();
}

} // namespace postino::commands
