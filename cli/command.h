#pragma once

#include "cli/options.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace postino {

class CliSession;

// A positional argument a command takes after its name, e.g. the FILE of "import FILE".
struct CommandArgument
{
    QString name;
    QString description;
    QString syntax;
};

// One postino-cli command: its name ("dns", or "smtp check" with a subcommand), a one-line summary for
// the command list, the options it takes and how it runs. Its --help and the options it accepts
// both come from these declarations, so the two cannot drift apart.
class Command
{
public:
    virtual ~Command() = default;

    QString name() const { return m_name; }
    QStringList words() const { return m_name.split(QLatin1Char(' ')); }
    QString summary() const { return m_summary; }
    // The name with its arguments, as the command list shows it: "import FILE".
    QString synopsis() const;
    QList<SharedOption> sharedOptions() const { return m_shared; }
    // The command's own options, then the shared ones it takes.
    QList<QCommandLineOption> options() const;

    // The smtp commands always work on the "smtp" mailer, whatever the profile says.
    virtual QString forcedMailer() const { return {}; }
    // oauth may write a secrets file that does not exist yet.
    virtual bool mayCreateSecretsFile() const { return false; }

    // Runs with the shared options already read into invocation.options; ends the session once
    // (usage, done or finishFindings), possibly later.
    virtual void run(CliSession& session, const Invocation& invocation) const = 0;

    // A parser for this command's command line: its options, --help and --lang, nothing else.
    std::unique_ptr<QCommandLineParser> parser() const;
    // "Usage: postino-cli dns [options] [DOMAIN]", the summary and only this command's options.
    QString helpText() const;

    // Options every command takes besides its own.
    static QCommandLineOption languageOption();
    // Where secrets come from, said under every command that reads them and in the top-level help.
    static QString secretsNote();

protected:
    Command(QString name, QString summary);
    void addShared(const QList<SharedOption>& options);
    void addOption(const QCommandLineOption& option) { m_own.append(option); }
    void addArgument(const CommandArgument& argument) { m_arguments.append(argument); }

private:
    QString m_name;
    QString m_summary;
    QList<SharedOption> m_shared;
    QList<QCommandLineOption> m_own;
    QList<CommandArgument> m_arguments;
};

} // namespace postino
