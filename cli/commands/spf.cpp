#include "dns/spf.h"

#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "dns/spfcheck.h"

#include <QHostAddress>

namespace postino::commands {

namespace {

class SpfCommand : public Command
{
public:
    SpfCommand()
        : Command(QStringLiteral("spf"),
                  CliRunner::tr("the SPF result for one server sending as one address "
                                "(--ip, --sender and/or --helo): pass, fail, softfail, ..."))
    {
        addOption({QStringLiteral("sender"),
                   CliRunner::tr("spf: the envelope sender (MAIL FROM) address to check."),
                   CliRunner::tr("address")});
        addOption({QStringLiteral("helo"),
                   CliRunner::tr("spf: the name the sending server gives in HELO / EHLO."),
                   CliRunner::tr("name")});
        addShared({SharedOption::Ip});
        addShared(options::dnsServer + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const QString ip = inv.value(SharedOption::Ip);
        const QString sender = inv.value(QStringLiteral("sender"));
        const QString helo = inv.value(QStringLiteral("helo"));
        QHostAddress address;
        if (ip.isEmpty() || !address.setAddress(ip)) {
            s.usage(ip.isEmpty()
                        ? CliRunner::tr("spf needs --ip: the address of the server that sends the mail.")
                        : CliRunner::tr("\"%1\" is not an IP address.").arg(ip));
            return;
        }
        if (sender.isEmpty() && helo.isEmpty()) {
            s.usage(CliRunner::tr(
                "spf needs --sender (the MAIL FROM address) or --helo (the server's HELO name)."));
            return;
        }
        // RFC 7208 4.3: a sender without a local part ("example.com", "@example.com") stands for
        // postmaster at that domain.
        const QString envelope = dns::spfSenderAddress(sender, helo);
        if (!sender.isEmpty() &&
            !dns::normalizedName(envelope.section(QLatin1Char('@'), -1)).contains(QLatin1Char('.'))) {
            s.usage(
                CliRunner::tr("\"%1\" is neither an email address nor a domain name; --sender takes the MAIL "
                              "FROM address, or its domain.")
                    .arg(sender));
            return;
        }
        dns::Resolver* resolver =
            createResolver(s, inv.options, inv.value(SharedOption::Nameserver), false, {});
        if (!resolver) {
            return;
        }
        auto* evaluator = new dns::SpfEvaluator(resolver, &s);
        QObject::connect(evaluator, &dns::SpfEvaluator::finished, &s,
                         [&s, evaluator, address, sender, helo, envelope] {
                             evaluator->deleteLater();
                             report(s, evaluator->outcome(), address,
                                    sender.isEmpty() ? CliRunner::tr("HELO %1").arg(helo) : envelope);
                         });
        evaluator->start(address, sender, helo);
    }

private:
    // The result word first and alone, as spfquery and pyspf print it, for scripts; then the finding.
    static void report(CliSession& s, const dns::SpfOutcome& out, const QHostAddress& address,
                       const QString& who)
    {
        const QString word = dns::spfResultName(out.result);
        Finding f;
        f.id = QStringLiteral("spf.result.") + word;
        f.subject = out.domain;
        f.seen = out.record;
        Severity severity = Severity::Ok;
        switch (out.result) {
        case dns::SpfResult::Pass:
            severity = Severity::Ok;
            f.detail = CliRunner::tr("%1 may send as %2: “pass”, decided by %3.")
                           .arg(address.toString(), who, out.mechanism);
            break;
        case dns::SpfResult::Fail:
            severity = Severity::Error;
            f.detail = CliRunner::tr("%1 may not send as %2: “fail”, decided by %3.")
                           .arg(address.toString(), who, out.mechanism);
            f.advice = dns::authoriseInSpfAdvice(address, out.domain);
            break;
        case dns::SpfResult::SoftFail:
        case dns::SpfResult::Neutral:
            severity = Severity::Warning;
            f.detail =
                CliRunner::tr("%1 sending as %2 gets “%3” (%4): receivers will not trust it, and many file "
                              "it as spam.")
                    .arg(address.toString(), who, word, out.mechanism);
            f.advice = dns::authoriseInSpfAdvice(address, out.domain);
            break;
        case dns::SpfResult::None:
            severity = Severity::Warning;
            f.detail =
                CliRunner::tr("%1 has no SPF record, so receivers cannot tell whether %2 may send as %3.")
                    .arg(out.domain, address.toString(), who);
            f.advice = {
                CliRunner::tr("Publish an SPF record for %1").arg(out.domain),
                {CliRunner::tr("Run \"postino-cli dns %1 --mailer ID\" for the record your mailer needs.")
                     .arg(out.domain)}};
            break;
        case dns::SpfResult::TempError:
            severity = Severity::Error;
            f.detail = CliRunner::tr("The SPF check for %1 could not finish: %2").arg(who, out.problem);
            f.advice = {
                CliRunner::tr("Try again, or ask another DNS server"),
                {CliRunner::tr("A DNS server did not answer in time; --nameserver asks a different one.")}};
            break;
        case dns::SpfResult::PermError:
            severity = Severity::Error;
            f.detail = CliRunner::tr("The SPF record of %1 is broken, so every check of it fails: %2")
                           .arg(out.domain, out.problem);
            f.advice = {CliRunner::tr("Fix the SPF record of %1").arg(out.domain),
                        {CliRunner::tr("Run \"postino-cli dns %1\" to see where the record goes wrong.")
                             .arg(out.domain)}};
            break;
        }
        f.setSeverity(severity, f.advice);
        QJsonObject extra{
            {QStringLiteral("result"), word},         {QStringLiteral("domain"), out.domain},
            {QStringLiteral("record"), out.record},   {QStringLiteral("mechanism"), out.mechanism},
            {QStringLiteral("lookups"), out.lookups}, {QStringLiteral("voidLookups"), out.voidLookups}};
        if (!out.explanation.isEmpty()) {
            extra.insert(QStringLiteral("explanation"), out.explanation);
        }
        if (!out.problem.isEmpty()) {
            extra.insert(QStringLiteral("problem"), out.problem);
        }
        QString summary = word + QLatin1Char('\n');
        if (!out.explanation.isEmpty()) {
            summary += CliRunner::tr("Explanation: %1").arg(out.explanation) + QLatin1Char('\n');
        }
        s.finishFindings({f}, extra, summary);
    }
};

} // namespace

std::unique_ptr<Command> spfCommand()
{
    return std::make_unique<SpfCommand>();
}

} // namespace postino::commands
