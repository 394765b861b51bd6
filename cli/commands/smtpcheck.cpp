#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/support.h"

namespace postino::commands {

namespace {

class SmtpCheckCommand : public Command
{
public:
    SmtpCheckCommand()
        : Command(QStringLiteral("smtp check"),
                  CliRunner::tr("connect, secure and log in to an SMTP server without sending"))
    {
        addShared({SharedOption::Profile, SharedOption::Set});
        addShared(options::smtpConnection + options::secrets + options::network + options::transcript +
                  options::output);
    }

    QString forcedMailer() const override { return QStringLiteral("smtp"); }

    void run(CliSession& s, const Invocation& inv) const override { checkSmtpLogin(s, inv.options); }
};

} // namespace

std::unique_ptr<Command> smtpCheckCommand()
{
    return std::make_unique<SmtpCheckCommand>();
}

} // namespace postino::commands
