#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/commands/oauthclient.h"
#include "cli/session.h"
#include "cli/support.h"
#include "oauth/oauthflow.h"

namespace postino::commands {

namespace {

class OAuthSignInCommand : public Command
{
public:
    OAuthSignInCommand()
        : Command(QStringLiteral("oauth sign-in"),
                  CliRunner::tr(
                      "sign in to Gmail, Microsoft 365 or Zoho (--mailer) in the browser; the tokens go "
                      "to --secrets-file (--no-browser: only print the address)"))
    {
        addOption(
            {QStringLiteral("no-browser"),
             CliRunner::tr("oauth sign-in: do not open a browser; print the address to open (on any computer "
                           "that can reach this one's 127.0.0.1, e.g. through an SSH tunnel).")});
        addOption({QStringLiteral("wait"),
                   CliRunner::tr("Seconds to wait for the sign-in in the browser (default 300)."),
                   CliRunner::tr("seconds")});
        addShared({SharedOption::ApiBase});
        addShared(options::profile + options::secrets + options::network + options::transcript +
                  options::output);
    }

    bool mayCreateSecretsFile() const override { return true; }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        int waitMs = 5 * 60 * 1000;
        if (inv.isSet(QStringLiteral("wait"))) {
            bool ok = false;
            waitMs = inv.value(QStringLiteral("wait")).toInt(&ok) * 1000;
            if (!ok || waitMs <= 0 || waitMs > 3600 * 1000) {
                s.usage(CliRunner::tr("--wait must be a number of seconds from 1 to 3600."));
                return;
            }
        }
        auto config = oauthClientFor(s, o, true);
        if (!config) {
            return;
        }
        config->browserTimeoutMs = waitMs;
        const bool noBrowser = inv.isSet(QStringLiteral("no-browser"));
        const QString secretsFile = o.secretsFile;
        const QString mailerId = o.profile.mailerId();
        const QString tokenVariable = EnvironmentSecrets::variableName(mailerId, oauthTokenField());
        auto* flow = new OAuthSignIn(&s);
        QObject::connect(flow, &OAuthSignIn::transcript, &s,
                         [&s](const TranscriptLine& line) { s.record(line); });
        QObject::connect(flow, &OAuthSignIn::authorizationUrlReady, &s, [&s, noBrowser](const QUrl& url) {
            QTextStream& to = s.json() ? s.err() : s.out();
            to << CliRunner::tr("Open this address in a browser to sign in (Postino waits for the answer on "
                                "127.0.0.1):")
               << '\n'
               << url.toString(QUrl::FullyEncoded) << '\n';
            to.flush();
            if (!noBrowser && s.openBrowser && !s.openBrowser(url)) {
                s.err() << CliRunner::tr("No browser could be opened; open the address above yourself.")
                        << '\n';
                s.err().flush();
            }
        });
        QObject::connect(
            flow, &OAuthSignIn::finished, &s,
            [&s, flow, secretsFile, tokenVariable, mailerId](const OAuthSignInResult& r) {
                flow->deleteLater();
                Findings findings = r.findings;
                if (r.ok) {
                    QString error;
                    if (!EnvironmentSecrets::updateFile(secretsFile, {{tokenVariable, r.tokens.toJson()}},
                                                        &error)) {
                        findings.append(
                            Finding{Severity::Error,
                                    {.id = QStringLiteral("oauth.store_failed"),
                                     .subject = secretsFile,
                                     .detail = CliRunner::tr("The tokens could not be saved to %1: %2")
                                                   .arg(secretsFile, error)},
                                    secretsFileAdvice(secretsFile)});
                    } else {
                        findings.append(Finding{
                            Severity::Info,
                            {.id = QStringLiteral("oauth.tokens_stored"),
                             .subject = secretsFile,
                             .detail = CliRunner::tr("The tokens were saved as %1 in %2 (readable only by "
                                                     "you).")
                                           .arg(tokenVariable, secretsFile)}});
                    }
                }
                s.finishFindings(findings, {{QStringLiteral("mailer"), mailerId},
                                            {QStringLiteral("account"), r.account},
                                            {QStringLiteral("accountId"), r.accountId},
                                            {QStringLiteral("redirectUri"), r.redirectUri}});
            });
        flow->start(*config);
    }
};

} // namespace

std::unique_ptr<Command> oauthSignInCommand()
{
    return std::make_unique<OAuthSignInCommand>();
}

} // namespace postino::commands
