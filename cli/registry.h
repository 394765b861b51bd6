#pragma once

#include "cli/command.h"

#include <QCommandLineParser>
#include <QStringList>
#include <memory>
#include <vector>

namespace postino {

// Every postino-cli command, in the order the help lists them. The top-level help and the
// dispatch are both built from this list.
class CommandRegistry
{
public:
    CommandRegistry();

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }
    // The command the leading positional arguments name ("dns", "smtp check"), or null.
    const Command* find(const QStringList& positional) const;

    // Finds the command and the global options (--help, --version) in any command line: takes
    // every option some command takes, but shows only the global ones in its help.
    std::unique_ptr<QCommandLineParser> topLevelParser() const;
    // The commands with their summaries, where secrets come from, and the global options.
    QString helpText() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace postino
