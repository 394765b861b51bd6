#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "cli/support.h"
#include "export/exporters.h"
#include "export/exportfile.h"

#include <QJsonArray>

namespace postino::commands {

namespace {

class ExportCommand : public Command
{
public:
    ExportCommand()
        : Command(QStringLiteral("export"),
                  CliRunner::tr("write the configuration for your server (--format)"))
    {
        addOption({QStringLiteral("format"),
                   CliRunner::tr(
                       "Export format: wp-config, wp-option, msmtp, postfix, laravel, symfony, profile or "
                       "alerts."),
                   CliRunner::tr("format")});
        addOption({QStringLiteral("include-secrets"),
                   CliRunner::tr("Put passwords and keys into the export (the file is made "
                                 "readable only by you).")});
        addOption(
            {QStringLiteral("out"),
             CliRunner::tr("Write the export to this file (a file Postino did not write is never replaced)."),
             CliRunner::tr("file")});
        addOption(
            {QStringLiteral("insert"),
             CliRunner::tr("export --format wp-config: put the settings into this wp-config.php, above the "
                           "\"stop editing\" line, after making a backup of it."),
             CliRunner::tr("wp-config.php")});
        addOption({QStringLiteral("allow-placeholders"),
                   CliRunner::tr("export --insert: insert even when the settings still hold placeholders "
                                 "(PUT-YOUR-…-HERE).")});
        addShared(options::profile + options::smtpConnection + options::sender + options::secrets +
                  options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const auto format = exportFormatFromName(inv.value(QStringLiteral("format")));
        if (!format) {
            s.usage(CliRunner::tr(
                "--format must be one of wp-config, wp-option, msmtp, postfix, laravel, symfony, "
                "profile, alerts."));
            return;
        }
        const QString out = inv.value(QStringLiteral("out"));
        const QString insert = inv.value(QStringLiteral("insert"));
        if (inv.isSet(QStringLiteral("insert")) &&
            (*format != ExportFormat::WpConfig || inv.isSet(QStringLiteral("out")))) {
            s.usage(
                CliRunner::tr("--insert works with --format wp-config only, and not together with --out."));
            return;
        }
        ExportOptions options;
        options.includeSecrets = inv.isSet(QStringLiteral("include-secrets"));
        const ExportResult r =
            exportProfile(inv.options.profile, *format, secretLookup(inv.options.secrets), options);
        QJsonObject extra{{QStringLiteral("format"), exportFormatName(*format)},
                          {QStringLiteral("containsSecrets"), r.containsSecrets},
                          {QStringLiteral("placeholders"), QJsonArray::fromStringList(r.placeholders)},
                          {QStringLiteral("command"), r.command}};
        Findings findings = r.findings;
        if (!out.isEmpty()) {
            if (r.containsSecrets && !s.json()) {
                s.err() << CliRunner::tr(
                               "Note: %1 will contain passwords or keys; it is made readable only by you.")
                               .arg(out)
                        << '\n';
            }
            const ExportWrite w = writeExportFileOverOwn(out, r.text, r.containsSecrets, *format);
            if (!w.ok) {
                // Refused (the file is not Postino's) or failed: a usage error, exit 2, the file untouched.
                s.usage(w.findings.isEmpty() ? CliRunner::tr("Could not write %1: %2").arg(out, w.error)
                                             : w.findings.first().detail + QLatin1Char('\n') +
                                                   w.findings.first().advice.steps.join(QLatin1Char('\n')));
                return;
            }
            extra.insert(QStringLiteral("file"), out);
        } else if (!insert.isEmpty()) {
            WpConfigInsertOptions insertOptions;
            insertOptions.allowPlaceholders = inv.isSet(QStringLiteral("allow-placeholders"));
            const ExportWrite w = insertIntoWpConfigFile(insert, r.text, insertOptions);
            const Finding* placeholders =
                findById(w.findings, QStringLiteral("export.wpconfig_placeholders"));
            if (placeholders || !w.error.isEmpty()) {
                s.usage(placeholders ? placeholders->detail + QLatin1Char('\n') +
                                           placeholders->advice.steps.join(QLatin1Char('\n'))
                                     : CliRunner::tr("Could not change %1: %2").arg(insert, w.error));
                return;
            }
            findings += w.findings;
            extra.insert(QStringLiteral("file"), insert);
            extra.insert(QStringLiteral("inserted"), w.ok);
            if (w.ok) {
                extra.insert(QStringLiteral("backup"), w.backupPath);
            }
        } else if (s.json()) {
            extra.insert(QStringLiteral("text"), r.text);
        } else {
            s.out() << r.text;
            if (!r.text.endsWith(QLatin1Char('\n'))) {
                s.out() << '\n';
            }
        }
        QString summary;
        if (!r.command.isEmpty()) {
            summary = CliRunner::tr("Then run: %1").arg(r.command);
        }
        if (!r.placeholders.isEmpty()) {
            summary += (summary.isEmpty() ? QString() : QStringLiteral("\n")) +
                       CliRunner::tr("Replace the placeholders for: %1")
                           .arg(r.placeholders.join(QStringLiteral(", ")));
        }
        if (!s.json() && !summary.isEmpty()) {
            s.err() << summary << '\n';
        }
        s.finishFindings(findings, extra);
    }
};

} // namespace

std::unique_ptr<Command> exportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace postino::commands
