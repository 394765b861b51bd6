#include "api/apiclient.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "report/report.h"

namespace postino::commands {

namespace {

class CheckCredentialsCommand : public Command
{
public:
    CheckCredentialsCommand()
        : Command(QStringLiteral("check-credentials"),
                  CliRunner::tr("check the mailer's key or login without sending"))
    {
        addShared({SharedOption::ApiBase});
        addShared(options::profile + options::smtpConnection + options::secrets + options::network +
                  options::transcript + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        if (inv.options.profile.mailer()->kind == MailerKind::Smtp) {
            checkSmtpLogin(s, inv.options);
        } else {
            checkApiKey(s, inv.options);
        }
    }

private:
    // Asks the provider's read-only endpoint; never sends anything.
    static void checkApiKey(CliSession& s, const CliOptions& o)
    {
        s.setReportSettings(SessionReport::describe(o.profile));
        Findings problems = o.profile.validateMailer();
        const MailerInfo* mailer = o.profile.mailer();
        if (mailer->kind == MailerKind::OAuth) {
            problems.append(Finding{
                Severity::Error,
                {.id = QStringLiteral("api.no_preflight"),
                 .subject = mailer->id,
                 .detail = CliRunner::tr("%1 signs in with OAuth; there is no key to check here.")
                               .arg(Catalog::tr(mailer->name))},
                Advice{CliRunner::tr("Check the sign-in instead"),
                       {CliRunner::tr(
                            "Run \"postino-cli oauth sign-in --mailer %1\" to sign in, then \"postino-cli "
                            "send\" to test it.")
                            .arg(mailer->id)}}});
        }
        problems += missingSecrets(o, mailer);
        if (hasErrors(problems)) {
            s.finishFindings(problems, {});
            return;
        }
        auto* client = new ApiClient(&s);
        client->setExtraCaCertificates(o.extraCa);
        client->setBaseUrlOverride(o.apiBase);
        if (o.timeoutMs > 0) {
            client->setTimeoutMs(o.timeoutMs);
        }
        QObject::connect(client, &ApiClient::transcript, &s,
                         [&s](const TranscriptLine& line) { s.record(line); });
        QObject::connect(client, &ApiClient::finished, &s, [&s, client](const ApiResult& r) {
            client->deleteLater();
            s.finishFindings(r.findings, {{QStringLiteral("httpStatus"), r.httpStatus},
                                          {QStringLiteral("elapsedMs"), r.elapsedMs}});
        });
        client->probe(o.profile, secretLookup(o.secrets));
    }
};

} // namespace

std::unique_ptr<Command> checkCredentialsCommand()
{
    return std::make_unique<CheckCredentialsCommand>();
}

} // namespace postino::commands
