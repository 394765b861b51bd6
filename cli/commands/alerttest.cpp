#include "alerts/alertsender.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"

namespace postino::commands {

namespace {

class AlertTestCommand : public Command
{
public:
    AlertTestCommand()
        : Command(QStringLiteral("alert test"),
                  CliRunner::tr("send a test failure alert (--channel "
                                "slack|discord|teams|twilio|webhook|ntfy|pushover|email, --set key=value)"))
    {
        addOption({QStringLiteral("channel"),
                   CliRunner::tr("alert test: the channel's type, or the id of a channel in the profile."),
                   CliRunner::tr("channel")});
        addOption({QStringLiteral("set"),
                   CliRunner::tr("Set one of the alert channel's settings, e.g. --set to=you@example.org "
                                 "(repeatable; not for secrets)."),
                   CliRunner::tr("key=value")});
        addOption(
            {QStringLiteral("allow-local-targets"),
             CliRunner::tr("alert test: allow alerts to this computer and private networks (for a local test "
                           "server).")});
        // Email alerts go through the profile's mailer: its SMTP server, login and From address.
        addShared({SharedOption::Profile, SharedOption::Mailer, SharedOption::ApiBase});
        addShared(options::smtpConnection + options::sender + options::secrets + options::network +
                  options::transcript + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        const QString channelName = inv.value(QStringLiteral("channel"));
        if (channelName.isEmpty()) {
            s.usage(CliRunner::tr(
                "alert test needs --channel: email, slack, discord, teams, twilio, webhook, ntfy "
                "or pushover."));
            return;
        }
        AlertChannel channel;
        if (const AlertChannel* stored = o.profile.alerts().channel(channelName)) {
            channel = *stored;
        } else if (alertChannelInfo(channelName)) {
            channel.id = channelName;
            channel.type = channelName;
        } else {
            s.usage(CliRunner::tr(
                        "Unknown alert channel \"%1\": use email, slack, discord, teams, twilio, webhook, "
                        "ntfy or pushover, or the id of a channel in the profile.")
                        .arg(channelName));
            return;
        }
        const AlertChannelInfo* info = alertChannelInfo(channel.type);
        for (const QString& assignment : inv.values(QStringLiteral("set"))) {
            const QString key = assignment.section(QLatin1Char('='), 0, 0);
            const QString value = assignment.section(QLatin1Char('='), 1);
            const AlertField* field = info->field(key);
            if (!assignment.contains(QLatin1Char('=')) || !field) {
                QStringList keys;
                for (const AlertField& f : info->fields) {
                    keys << f.key;
                }
                s.usage(CliRunner::tr("--set %1: %2 alerts have the settings %3.")
                            .arg(assignment, alertText(info->name), keys.join(QStringLiteral(", "))));
                return;
            }
            if (field->secret) {
                s.usage(
                    CliRunner::tr("--set %1: secrets never go on the command line; use %2 or --secrets-file.")
                        .arg(key, EnvironmentSecrets::variableName(channel.secretGroup(), key)));
                return;
            }
            channel.settings.insert(key, value);
        }
        AlertSendOptions options;
        options.allowLocalTargets =
            inv.isSet(QStringLiteral("allow-local-targets")) || o.profile.alerts().allowLocalTargets;
        options.baseOverride = o.apiBase;
        options.extraCa = o.extraCa;
        if (o.timeoutMs > 0) {
            options.timeoutMs = o.timeoutMs;
        }
        options.secret = secretLookup(o.secrets);
        auto* sender = new AlertSender(&s);
        QObject::connect(sender, &AlertSender::transcript, &s,
                         [&s](const TranscriptLine& line) { s.record(line); });
        QObject::connect(sender, &AlertSender::finished, &s, [&s, sender, channel](const AlertResult& r) {
            sender->deleteLater();
            s.finishFindings(r.findings, {{QStringLiteral("channel"), channel.id},
                                          {QStringLiteral("type"), channel.type},
                                          {QStringLiteral("httpStatus"), r.httpStatus},
                                          {QStringLiteral("elapsedMs"), r.elapsedMs}});
        });
        sender->sendTest(o.profile, channel, options);
    }
};

} // namespace

std::unique_ptr<Command> alertTestCommand()
{
    return std::make_unique<AlertTestCommand>();
}

} // namespace postino::commands
