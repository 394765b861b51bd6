#include "api/apirequests.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "delivery/deliveryverifier.h"

namespace postino::commands {

namespace {

class VerifyDeliveryCommand : public Command
{
public:
    VerifyDeliveryCommand()
        : Command(
              QStringLiteral("verify-delivery"),
              CliRunner::tr("follow a sent message: the provider's status (--message-id) and the recipient's "
                            "mailbox over IMAP (--imap, --run-id)"))
    {
        addOption({QStringLiteral("message-id"),
                   CliRunner::tr("verify-delivery: the provider's message id (or SMTP queue id)."),
                   CliRunner::tr("id")});
        addOption({QStringLiteral("run-id"),
                   CliRunner::tr("verify-delivery: the test run id (the X-Postino-Test header) to look "
                                 "for in the mailbox."),
                   CliRunner::tr("id")});
        // The From domain is what the mailbox's Authentication-Results must align with; --to is the
        // mailbox's default user name.
        addShared({SharedOption::From, SharedOption::To, SharedOption::ApiBase});
        addShared(options::profile + options::secrets + options::network + options::mailbox +
                  options::transcript + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        const QString messageId = inv.value(QStringLiteral("message-id")).trimmed();
        const QString runId = inv.value(QStringLiteral("run-id")).trimmed();
        if (messageId.isEmpty() && !(o.imap && !runId.isEmpty())) {
            s.usage(CliRunner::tr(
                "verify-delivery needs --message-id (the provider's id), or --imap with --run-id."));
            return;
        }
        // Asking the provider needs its key; say so now rather than after a refused request.
        if (!messageId.isEmpty() && o.profile.mailer() && o.profile.mailer()->kind == MailerKind::Api) {
            const Findings missing = missingSecrets(o, o.profile.mailer());
            if (hasErrors(missing)) {
                s.finishFindings(missing, {});
                return;
            }
        }
        VerifyRequest request = verifyRequest(o);
        request.providerId = messageId;
        request.runId = runId;
        if (o.profile.mailer() && o.profile.mailer()->kind != MailerKind::Smtp) {
            request.runIdInBodyOnly =
                !apiCarriesTestHeader(o.profile.mailerId(), o.profile.currentSettings());
        }
        request.pollProvider = !messageId.isEmpty();
        runVerify(s, o, request, {}, {});
    }
};

} // namespace

std::unique_ptr<Command> verifyDeliveryCommand()
{
    return std::make_unique<VerifyDeliveryCommand>();
}

} // namespace postino::commands
