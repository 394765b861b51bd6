#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/support.h"

namespace postino::commands {

namespace {

class SendCommand : public Command
{
public:
    SendCommand()
        : Command(QStringLiteral("send"), CliRunner::tr("send a test email through the profile's mailer"))
    {
        // --host and --port also name another SMTP server for Gmail, Microsoft and Zoho.
        addShared({SharedOption::To, SharedOption::ApiBase, SharedOption::Confirm});
        addShared(options::profile + options::smtpConnection + options::sender + options::secrets +
                  options::network + options::mailbox + options::transcript + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override { sendTestEmail(s, inv.options); }
};

} // namespace

std::unique_ptr<Command> sendCommand()
{
    return std::make_unique<SendCommand>();
}

} // namespace postino::commands
