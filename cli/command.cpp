#include "cli/command.h"

#include "cli/cli.h"

#include <QCoreApplication>
#include <algorithm>

namespace postino {

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{}

void Command::addShared(const QList<SharedOption>& options)
{
    for (const SharedOption option : options) {
        if (!m_shared.contains(option)) {
            m_shared.append(option);
        }
    }
    // Always in the same order, whichever group brought an option in.
    std::sort(m_shared.begin(), m_shared.end());
}

QString Command::synopsis() const
{
    QString text = m_name;
    for (const CommandArgument& argument : m_arguments) {
        text += QLatin1Char(' ') + argument.syntax;
    }
    return text;
}

QList<QCommandLineOption> Command::options() const
{
    QList<QCommandLineOption> all = m_own;
    for (const SharedOption option : m_shared) {
        all.append(sharedOption(option));
    }
    return all;
}

QCommandLineOption Command::languageOption()
{
    return {QStringLiteral("lang"), CliRunner::tr("Language of the output (en, it)."), CliRunner::tr("code")};
}

QString Command::secretsNote()
{
    return CliRunner::tr(
        "Secrets are never taken from the command line: set POSTINO_PASSWORD (SMTP),\n"
        "POSTINO_API_KEY, or POSTINO_SECRET_<MAILER>_<FIELD> (alerts: "
        "POSTINO_SECRET_ALERT_<CHANNEL>_<FIELD>,\n"
        "e.g. POSTINO_SECRET_ALERT_SLACK_URL), or use --secrets-file.\n"
        "The IMAP password comes from POSTINO_IMAP_PASSWORD (or POSTINO_SECRET_IMAP_PASSWORD),\n"
        "an OAuth token for XOAUTH2 from POSTINO_IMAP_TOKEN.");
}

std::unique_ptr<QCommandLineParser> Command::parser() const
{
    auto parser = std::make_unique<QCommandLineParser>();
    QString description = m_summary;
    if (m_shared.contains(SharedOption::SecretsFile)) {
        description += QStringLiteral("\n\n") + secretsNote();
    }
    parser->setApplicationDescription(description);
    parser->addHelpOption();
    parser->addOptions(options());
    parser->addOption(languageOption());
    for (const CommandArgument& argument : m_arguments) {
        parser->addPositionalArgument(argument.name, argument.description, argument.syntax);
    }
    return parser;
}

QString Command::helpText() const
{
    QString text = parser()->helpText();
    // Qt names the program as it was started; the usage line names the command too.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const QString program = arguments.isEmpty() ? QString() : arguments.constFirst();
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < lineEnd) {
        text.replace(at, program.size(), QStringLiteral("postino-cli ") + m_name);
    }
    return text;
}

} // namespace postino
