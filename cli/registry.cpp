#include "cli/registry.h"

#include "cli/cli.h"
#include "cli/commands/commands.h"

#include <QSet>

namespace postino {

namespace {

// Fills `text` into lines of at most `width` columns; the lines after the first start at `indent`,
// where the first one starts too.
QString wrapped(const QString& text, qsizetype indent, qsizetype width)
{
    QString result;
    qsizetype column = indent;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!result.isEmpty() && column + 1 + word.size() > width) {
            result += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (!result.isEmpty()) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += word.size();
    }
    return result;
}

} // namespace

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(commands::mailersCommand());
    m_commands.push_back(commands::validateCommand());
    m_commands.push_back(commands::smtpCheckCommand());
    m_commands.push_back(commands::smtpSendCommand());
    m_commands.push_back(commands::sendCommand());
    m_commands.push_back(commands::checkCredentialsCommand());
    m_commands.push_back(commands::exportCommand());
    m_commands.push_back(commands::importCommand());
    m_commands.push_back(commands::probeCommand());
    m_commands.push_back(commands::dnsCommand());
    m_commands.push_back(commands::discoverCommand());
    m_commands.push_back(commands::spfCommand());
    m_commands.push_back(commands::alertTestCommand());
    m_commands.push_back(commands::verifyDeliveryCommand());
    m_commands.push_back(commands::oauthSignInCommand());
    m_commands.push_back(commands::oauthSignOutCommand());
}

const Command* CommandRegistry::find(const QStringList& positional) const
{
    for (const auto& command : m_commands) {
        const QStringList words = command->words();
        if (positional.size() >= words.size() && positional.mid(0, words.size()) == words) {
            return command.get();
        }
    }
    return nullptr;
}

std::unique_ptr<QCommandLineParser> CommandRegistry::topLevelParser() const
{
    auto parser = std::make_unique<QCommandLineParser>();
    QString commandList;
    qsizetype nameWidth = 0;
    for (const auto& command : m_commands) {
        nameWidth = std::max(nameWidth, command->synopsis().size());
    }
    const qsizetype indent = 2 + nameWidth + 2;
    for (const auto& command : m_commands) {
        const QString name = command->synopsis();
        commandList += QStringLiteral("  ") + name + QString(nameWidth - name.size() + 2, QLatin1Char(' ')) +
                       wrapped(command->summary(), indent, 90) + QLatin1Char('\n');
    }
    parser->setApplicationDescription(
        CliRunner::tr("Postino checks and tests a website's email sending from the command line.") +
        QLatin1Char('\n') +
        CliRunner::tr("Run \"postino-cli COMMAND --help\" for the options a command takes.") +
        QStringLiteral("\n\n") + CliRunner::tr("Commands:") + QLatin1Char('\n') + commandList +
        QLatin1Char('\n') + Command::secretsNote());
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption(Command::languageOption());
    parser->addPositionalArgument(CliRunner::tr("command"), CliRunner::tr("The command to run."));
    // Every command's options, so that the command can be found behind them; each command's own
    // parser then refuses the ones it does not take.
    QSet<QString> known{QStringLiteral("help"), QStringLiteral("help-all"), QStringLiteral("version"),
                        QStringLiteral("lang")};
    for (const auto& command : m_commands) {
        for (QCommandLineOption option : command->options()) {
            if (known.contains(option.names().constFirst())) {
                continue;
            }
            for (const QString& name : option.names()) {
                known.insert(name);
            }
            option.setFlags(QCommandLineOption::HiddenFromHelp);
            parser->addOption(option);
        }
    }
    return parser;
}

QString CommandRegistry::helpText() const
{
    return topLevelParser()->helpText();
}

} // namespace postino
