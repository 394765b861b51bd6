#pragma once

#include "cli/command.h"

#include <memory>

// One factory per command; each command is a class in its own file beside this one.
namespace postino::commands {
std::unique_ptr<Command> mailersCommand();
std::unique_ptr<Command> validateCommand();
std::unique_ptr<Command> smtpCheckCommand();
std::unique_ptr<Command> smtpSendCommand();
std::unique_ptr<Command> sendCommand();
std::unique_ptr<Command> checkCredentialsCommand();
std::unique_ptr<Command> exportCommand();
std::unique_ptr<Command> importCommand();
std::unique_ptr<Command> probeCommand();
std::unique_ptr<Command> dnsCommand();
std::unique_ptr<Command> discoverCommand();
std::unique_ptr<Command> spfCommand();
std::unique_ptr<Command> alertTestCommand();
std::unique_ptr<Command> verifyDeliveryCommand();
std::unique_ptr<Command> oauthSignInCommand();
std::unique_ptr<Command> oauthSignOutCommand();
} // namespace postino::commands
