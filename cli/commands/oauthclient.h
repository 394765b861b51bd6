#pragma once

#include "cli/options.h"
#include "oauth/oauth.h"

#include <optional>

namespace postino {
class CliSession;
}

namespace postino::commands {

// What `oauth sign-in` and `oauth sign-out` both need: an OAuth mailer, its client and the way to
// reach it. Nothing, after a usage error or the findings were reported.
std::optional<OAuthClientConfig> oauthClientFor(CliSession& session, const CliOptions& options, bool signIn);
QByteArray oauthSecret(const CliOptions& options, const QString& field);

} // namespace postino::commands
