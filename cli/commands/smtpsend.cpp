#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/support.h"

namespace postino::commands {

namespace {

class SmtpSendCommand : public Command
{
public:
    SmtpSendCommand()
        : Command(QStringLiteral("smtp send"), CliRunner::tr("send a test email through an SMTP server"))
    {
        addShared({SharedOption::Profile, SharedOption::Set, SharedOption::To, SharedOption::Confirm});
        addShared(options::smtpConnection + options::sender + options::secrets + options::network +
                  options::mailbox + options::transcript + options::output);
    }

    QString forcedMailer() const override { return QStringLiteral("smtp"); }

    void run(CliSession& s, const Invocation& inv) const override { sendTestEmail(s, inv.options); }
};

} // namespace

std::unique_ptr<Command> smtpSendCommand()
{
    return std::make_unique<SmtpSendCommand>();
}

} // namespace postino::commands
