#include "import/import.h"

#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/commands/commands.h"
#include "cli/session.h"
#include "profile/profilestore.h"

namespace postino::commands {

namespace {

class ImportCommand : public Command
{
public:
    ImportCommand()
        : Command(QStringLiteral("import"),
                  CliRunner::tr("take over settings from wp-config.php, a plugin export or a profile"))
    {
        addArgument({QStringLiteral("FILE"),
                     CliRunner::tr("wp-config.php, a plugin's settings export or a Postino profile."),
                     QStringLiteral("FILE")});
        addShared(options::output);
    }

    void run(CliSession& s, const Invocation& inv) const override
    {
        const QString path = inv.argument();
        if (path.isEmpty()) {
            s.usage(CliRunner::tr("Usage: postino-cli import FILE"));
            return;
        }
        const ImportResult r = importFile(path);
        if (!r.ok) {
            s.finishFindings(r.findings, {{QStringLiteral("imported"), false}});
            return;
        }
        ProfileStore store;
        QString error;
        if (!store.save(r.profile, &error)) {
            s.usage(CliRunner::tr("Could not save the profile: %1").arg(error));
            return;
        }
        Findings findings = r.findings;
        const MailerInfo* m = r.profile.mailer();
        QStringList variables;
        if (m) {
            for (const FieldSpec& f : m->fields) {
                if (f.secret) {
                    variables << EnvironmentSecrets::variableName(m->id, f.key);
                }
            }
        }
        // The CLI keeps no secrets: whatever the source held must come from the environment next time.
        findings.append(Finding{
            Severity::Ok,
            {.id = QStringLiteral("import.done"),
             .subject = path,
             .detail =
                 CliRunner::tr("Imported from %1: %2.").arg(r.source, r.imported.join(QStringLiteral(", ")))},
            Advice{variables.isEmpty() ? QString() : CliRunner::tr("Secrets are never stored in a profile"),
                   variables.isEmpty()
                       ? QStringList{}
                       : QStringList{CliRunner::tr("Set %1 (or use --secrets-file) when you send or check.")
                                         .arg(variables.join(QStringLiteral(", ")))}}});
        s.finishFindings(findings, {{QStringLiteral("imported"), true},
                                    {QStringLiteral("source"), r.source},
                                    {QStringLiteral("profile"), store.path()},
                                    {QStringLiteral("secretsFound"), r.secrets.size()}});
    }
};

} // namespace

std::unique_ptr<Command> importCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace postino::commands
