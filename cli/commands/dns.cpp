#include "acceptance/acceptance.h"
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "dns/domainreport.h"
#include "profile/validators.h"

namespace postino::commands {

namespace {

class DnsCommand : public Command
{
public:
    DnsCommand()
        : Command(QStringLiteral("dns"),
                  CliRunner::tr("check SPF, DKIM, DMARC and MX of the From domain for the mailer"))
    {
        addArgument({QStringLiteral("DOMAIN"),
                     CliRunner::tr("The domain to check (default: the domain of the From address)."),
                     QStringLiteral("[DOMAIN]")});
        addOption(
            {QStringLiteral("authoritative"),
             CliRunner::tr("dns: ask the domain's own name servers, so records added a minute ago show.")});
        addOption({QStringList{QStringLiteral("selector"), QStringLiteral("dkim-selector")},
                   CliRunner::tr("dns: also check this DKIM selector (repeatable)."), CliRunner::tr("name")});
        addOption({QStringLiteral("return-path"),
                   CliRunner::tr("dns: the mailer's bounce host under your domain, e.g. em1234."),
                   CliRunner::tr("host")});
        addOption(
            {QStringLiteral("site"),
             CliRunner::tr("dns: the website's address: its server's blocklist entries and reverse DNS are "
                           "checked too, as the SMTP server's are."),
             CliRunner::tr("url")});
        QCommandLineOption port(
            QStringLiteral("policies-port"),
            CliRunner::tr("dns: fetch the MTA-STS policy and the BIMI logo from this port "
                          "(for testing)."),
            CliRunner::tr("port"));
        port.setFlags(QCommandLineOption::HiddenFromHelp);
        addOption(port);
        // The From address names the domain when none is given.
        addShared({SharedOption::From, SharedOption::Ip, SharedOption::CaFile});
        addShared(options::profile + options::dnsServer + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        dns::DomainReportOptions options;
        options.domain = inv.argument();
        if (options.domain.isEmpty()) {
            const QString from = o.profile.sender().fromEmail;
            options.domain = domainOfAddress(from);
        }
        if (options.domain.isEmpty()) {
            s.usage(CliRunner::tr("Which domain? Give it after \"dns\", or a profile with a From address."));
            return;
        }
        options.mailerId = o.profile.mailerId();
        options.mailerSettings = o.profile.currentSettings();
        options.extraSelectors = inv.values(QStringLiteral("selector"));
        options.returnPathHost = inv.value(QStringLiteral("return-path"));
        options.sendingHosts = acceptance::sendingHostsFor(o.profile, inv.value(QStringLiteral("site")));
        options.acceptanceEvidence = {acceptance::submissionFinding(o.profile)};
        options.acceptanceContext = {.mailerName = o.profile.mailer() ? Catalog::tr(o.profile.mailer()->name)
                                                                      : o.profile.mailerId(),
                                     .sentFromMailerServers = acceptance::sendsFromMailerServers(o.profile)};
        options.policies.extraCa = o.extraCa;
        if (inv.isSet(QStringLiteral("policies-port"))) {
            bool ok = false;
            const uint port = inv.value(QStringLiteral("policies-port")).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                s.usage(CliRunner::tr("--policies-port needs a port between 1 and 65535."));
                return;
            }
            options.policies.httpsPort = quint16(port);
        }
        const QString ip = inv.value(SharedOption::Ip);
        if (!ip.isEmpty() && !options.senderAddress.setAddress(ip)) {
            s.usage(CliRunner::tr("\"%1\" is not an IP address.").arg(ip));
            return;
        }

        dns::Resolver* resolver = createResolver(s, o, inv.value(SharedOption::Nameserver),
                                                 inv.isSet(QStringLiteral("authoritative")), options.domain);
        if (!resolver) {
            return;
        }
        auto* report = new dns::DomainReport(resolver, options, &s);
        QObject::connect(report, &dns::DomainReport::finished, &s, [&s, report] {
            report->deleteLater();
            QJsonObject extra = report->toJson();
            extra.remove(QStringLiteral("findings"));
            const QString summary = CliRunner::tr("DNS report for %1 (%2 ms, %3 queries to %4)\n")
                                        .arg(report->domain())
                                        .arg(report->elapsedMs())
                                        .arg(extra.value(QStringLiteral("queries")).toInt())
                                        .arg(extra.value(QStringLiteral("resolver")).toString());
            s.finishFindings(report->findings(), extra, summary, report->acceptance().toText());
        });
        report->start();
    }
};

} // namespace

std::unique_ptr<Command> dnsCommand()
{
    return std::make_unique<DnsCommand>();
}

} // namespace postino::commands
