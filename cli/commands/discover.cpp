#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "discovery/discovery.h"

namespace postino::commands {

namespace {

QString sourceLabel(discovery::CandidateSource source)
{
    switch (source) {
    case discovery::CandidateSource::Autoconfig:
        return CliRunner::tr("autoconfig file");
    case discovery::CandidateSource::Srv:
        return CliRunner::tr("SRV record");
    case discovery::CandidateSource::Provider:
        return CliRunner::tr("provider's help page");
    case discovery::CandidateSource::Guess:
        break;
    }
    return CliRunner::tr("guess");
}

QString encryptionLabel(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls:
        return CliRunner::tr("SSL/TLS");
    case SmtpSecurity::StartTls:
        return CliRunner::tr("STARTTLS");
    case SmtpSecurity::None:
        break;
    }
    return CliRunner::tr("none");
}

// What `discover` prints before the findings: the evidence, then the suggestions with their reasons.
QString describe(const discovery::DiscoveryResult& r)
{
    QStringList out;
    out << CliRunner::tr("Discovery for %1 (%2 ms, %3 DNS queries)")
               .arg(r.address)
               .arg(r.elapsedMs)
               .arg(r.queries);
    out << CliRunner::tr("Mailboxes: %1")
               .arg(r.mailbox ? QStringLiteral("%1 (%2)").arg(r.mailbox->name, r.mailbox->evidence)
                              : CliRunner::tr("no known provider"));
    for (const discovery::SendingService& s : r.sendingServices) {
        const MailerInfo* m = Catalog::builtin().mailer(s.mailerId);
        out << CliRunner::tr("Already authorised: %1 (%2)")
                   .arg(m ? m->name : s.mailerId, s.evidence.join(QLatin1String("; ")));
    }
    for (const discovery::SmtpCandidate& c : r.smtp) {
        out << CliRunner::tr("SMTP: %1:%2 %3, from the %4, %5")
                   .arg(c.host)
                   .arg(c.port)
                   .arg(encryptionLabel(c.security), sourceLabel(c.source),
                        c.verified ? CliRunner::tr("verified")
                                   : CliRunner::tr("not verified (%1)")
                                         .arg(c.verifyDetail.isEmpty() ? CliRunner::tr("not probed")
                                                                       : c.verifyDetail));
    }
    if (r.hosting) {
        out << CliRunner::tr("Website: likely on %1 (%2)").arg(r.hosting->name, r.hosting->evidence);
    }
    int rank = 0;
    for (const discovery::Suggestion& s : r.suggestions) {
        const MailerInfo* m = Catalog::builtin().mailer(s.mailerId);
        out << CliRunner::tr("%1. %2").arg(++rank).arg(m ? m->name : s.mailerId);
        for (const QString& reason : s.reasons) {
            out << QStringLiteral("   - ") + reason;
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

class DiscoverCommand : public Command
{
public:
    DiscoverCommand()
        : Command(QStringLiteral("discover"),
                  CliRunner::tr("find the right mailer and its settings from an email address"))
    {
        addArgument({QStringLiteral("ADDRESS"),
                     CliRunner::tr("The From address (default: the profile's From address)."),
                     QStringLiteral("[ADDRESS]")});
        addOption(
            {QStringLiteral("site"),
             CliRunner::tr("discover: the website's address, to find its host and the ports it blocks."),
             CliRunner::tr("url")});
        addOption({QStringLiteral("no-probe"),
                   CliRunner::tr("discover: list the servers found without connecting to them.")});
        QCommandLineOption port(
            QStringLiteral("autoconfig-port"),
            CliRunner::tr("discover: fetch autoconfig files from this port (for testing)."),
            CliRunner::tr("port"));
        port.setFlags(QCommandLineOption::HiddenFromHelp);
        addOption(port);
        addShared({SharedOption::From, SharedOption::CaFile});
        addShared(options::profile + options::dnsServer + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        discovery::DiscoveryOptions options;
        options.address = inv.argument();
        if (options.address.isEmpty()) {
            options.address = o.profile.sender().fromEmail;
        }
        if (options.address.isEmpty()) {
            s.usage(CliRunner::tr(
                "Which address? Give it after \"discover\", or a profile with a From address."));
            return;
        }
        options.site = inv.value(QStringLiteral("site"));
        options.verify = !inv.isSet(QStringLiteral("no-probe"));
        options.extraCa = o.extraCa;
        if (o.timeoutMs > 0) {
            options.probeTimeoutMs = o.timeoutMs;
            options.autoconfigTimeoutMs = o.timeoutMs;
        }
        if (inv.isSet(QStringLiteral("autoconfig-port"))) {
            bool ok = false;
            const uint port = inv.value(QStringLiteral("autoconfig-port")).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                s.usage(CliRunner::tr("--autoconfig-port needs a port between 1 and 65535."));
                return;
            }
            options.autoconfigPort = quint16(port);
        }
        const QString domain = options.address.section(QLatin1Char('@'), -1);
        dns::Resolver* resolver = createResolver(s, o, inv.value(SharedOption::Nameserver), false, domain);
        if (!resolver) {
            return;
        }
        auto* job = new discovery::Discovery(resolver, &s);
        QObject::connect(job, &discovery::Discovery::finished, &s,
                         [&s, job](const discovery::DiscoveryResult& result) {
                             job->deleteLater();
                             s.finishFindings(result.findings, result.toJson(), describe(result));
                         });
        job->start(options);
    }
};

} // namespace

std::unique_ptr<Command> discoverCommand()
{
    return std::make_unique<DiscoverCommand>();
}

} // namespace postino::commands
