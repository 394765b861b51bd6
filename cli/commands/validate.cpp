#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"

namespace postino::commands {

namespace {

class ValidateCommand : public Command
{
public:
    ValidateCommand()
        : Command(QStringLiteral("validate"), CliRunner::tr("check a profile's settings"))
    {
        addShared(options::profile + options::smtpConnection + options::sender + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const Profile& profile = inv.options.profile;
        const Findings findings = profile.validate();
        s.finishFindings(findings, {{QStringLiteral("mailer"), profile.mailerId()}},
                         findings.isEmpty() ? CliRunner::tr("The profile's settings are complete.")
                                            : QString());
    }
};

} // namespace

std::unique_ptr<Command> validateCommand()
{
    return std::make_unique<ValidateCommand>();
}

} // namespace postino::commands
