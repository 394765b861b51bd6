#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "probe/phpprobe.h"
#include "probe/portprobe.h"

#include <QFile>
#include <QJsonArray>

namespace postino::commands {

namespace {

class ProbeCommand : public Command
{
public:
    ProbeCommand()
        : Command(QStringLiteral("probe"),
                  CliRunner::tr("test which mail ports this network can reach (--mailer, --host)"))
    {
        addOption(
            {QStringLiteral("write-php"),
             CliRunner::tr("probe: write a PHP probe script into this folder, for a web server without a "
                           "shell."),
             CliRunner::tr("folder")});
        addOption({QStringLiteral("php-result"),
                   CliRunner::tr("probe: read the result the PHP probe script printed."),
                   CliRunner::tr("file")});
        addShared(options::profile + options::smtpServer + options::network + options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const CliOptions& o = inv.options;
        const QString phpResult = inv.value(QStringLiteral("php-result"));
        if (!phpResult.isEmpty()) {
            // The JSON the PHP probe printed on the web server, read into the same report.
            QFile file(phpResult);
            if (!file.open(QIODevice::ReadOnly)) {
                s.usage(CliRunner::tr("Cannot read %1: %2").arg(phpResult, file.errorString()));
                return;
            }
            QString error;
            const ProbeReport report = parsePhpProbeResult(file.read(2 * 1024 * 1024), &error);
            if (!error.isEmpty()) {
                s.usage(error);
                return;
            }
            printReport(s, report);
            return;
        }
        const MailerInfo* mailer = o.profile.mailer();
        // Other SMTP has --host (and --port) in its settings already: the port given is probed first.
        ProbeTarget target = ProbeTarget::forMailer(
            *mailer, o.profile.currentSettings(),
            mailer->kind == MailerKind::Smtp ? QString() : inv.value(SharedOption::Host));
        if (target.host.isEmpty() && target.apiHost.isEmpty()) {
            s.usage(CliRunner::tr(
                "Nothing to probe: give the SMTP server with --host, or a mailer with --mailer."));
            return;
        }
        target.extraCa = o.extraCa;
        if (o.timeoutMs > 0) {
            target.timeoutMs = o.timeoutMs;
        }
        const QString writePhp = inv.value(QStringLiteral("write-php"));
        if (!writePhp.isEmpty()) {
            const PhpProbeWrite w = writePhpProbe(target, true, writePhp);
            const QString path = w.path;
            if (!w.ok) {
                s.usage(w.path.isEmpty() ? w.error
                                         : CliRunner::tr("Could not write %1: %2").arg(path, w.error));
                return;
            }
            s.err() << CliRunner::tr(
                           "Upload %1 to your website, open its address once in a browser, and save what "
                           "it prints; then run: postino-cli probe --php-result FILE. The script deletes "
                           "itself as soon as it starts.")
                           .arg(path)
                    << '\n';
            s.finishFindings({}, {{QStringLiteral("file"), path}});
            return;
        }
        auto* probe = new PortProbe(&s);
        QObject::connect(probe, &PortProbe::finished, &s, [&s, probe](const ProbeReport& report) {
            probe->deleteLater();
            printReport(s, report);
        });
        probe->start(target);
    }

private:
    // A table of the ports for people, every detail for --json.
    static void printReport(CliSession& s, const ProbeReport& report)
    {
        QJsonArray ports;
        QString table = QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                            .arg(CliRunner::tr("Port"), -5)
                            .arg(CliRunner::tr("Encryption"), -10)
                            .arg(CliRunner::tr("Outcome"), -14)
                            .arg(CliRunner::tr("Server name"), -24)
                            .arg(CliRunner::tr("TLS"), -8)
                            .arg(CliRunner::tr("AUTH"));
        for (const PortResult& r : report.ports) {
            ports.append(r.toJson());
            const QString encryption = probeEncryptionName(r.https, r.security);
            table += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(r.port, -5)
                         .arg(encryption, -10)
                         .arg(probeOutcomeText(r.outcome), -14)
                         .arg(r.https ? r.httpStatus : r.greetingName, -24)
                         .arg(r.tlsVersion.isEmpty() ? QStringLiteral("-") : r.tlsVersion, -8)
                         .arg(r.authMechanisms.isEmpty() ? QStringLiteral("-")
                                                         : r.authMechanisms.join(QLatin1Char(' ')));
        }
        QJsonObject recommendation = report.recommendation.toJson();
        recommendation.insert(QStringLiteral("port"), report.recommendedPort);
        recommendation.insert(QStringLiteral("apiMailers"), QJsonArray::fromStringList(report.apiMailers));
        s.finishFindings(report.findings,
                         {{QStringLiteral("host"), report.host},
                          {QStringLiteral("addresses"), QJsonArray::fromStringList(report.addresses)},
                          {QStringLiteral("ports"), ports},
                          {QStringLiteral("recommendation"), recommendation},
                          {QStringLiteral("elapsedMs"), report.elapsedMs}},
                         table);
    }
};

} // namespace

std::unique_ptr<Command> probeCommand()
{
    return std::make_unique<ProbeCommand>();
}

} // namespace postino::commands
