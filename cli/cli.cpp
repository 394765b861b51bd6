#include "cli/cli.h"

#include "cli/registry.h"
#include "cli/session.h"
#include "version.h"

#include <QCoreApplication>

namespace postino {

CliRunner::CliRunner(QTextStream* out, QTextStream* err, QObject* parent)
    : QObject(parent)
    , m_session(std::make_unique<CliSession>(out, err, [this](int code) { Q_EMIT finished(code); }))
{}

CliRunner::~CliRunner() = default;

void CliRunner::setBrowserOpener(std::function<bool(const QUrl&)> opener)
{
    m_session->openBrowser = std::move(opener);
}

void CliRunner::run(const QStringList& arguments)
{
    CliSession& session = *m_session;
    const CommandRegistry registry;
    const QStringList commandLine = QStringList{QStringLiteral("postino-cli")} + arguments;
    // First find the command and the global options, whatever options the command line holds...
    const auto topLevel = registry.topLevelParser();
    if (!topLevel->parse(commandLine)) {
        session.usage(topLevel->errorText());
        return;
    }
    const QStringList positional = topLevel->positionalArguments();
    const Command* command = registry.find(positional);
    if (topLevel->isSet(QStringLiteral("help")) || topLevel->isSet(QStringLiteral("help-all")) ||
        arguments.isEmpty()) {
        session.out() << (command ? command->helpText() : registry.helpText());
        session.done(arguments.isEmpty() ? 2 : 0);
        return;
    }
    if (topLevel->isSet(QStringLiteral("version"))) {
        session.out() << QCoreApplication::applicationName() << ' ' << versionWithRevision() << '\n';
        session.done(0);
        return;
    }
    if (!command) {
        session.setJson(topLevel->isSet(QStringLiteral("json")));
        session.usage(
            tr("Unknown command \"%1\". Run \"postino-cli --help\".").arg(positional.join(QLatin1Char(' '))));
        return;
    }
    // ...then read it again with only the options this command takes.
    const auto parser = command->parser();
    if (!parser->parse(commandLine)) {
        const QStringList unknown = parser->unknownOptionNames();
        session.usage(
            unknown.isEmpty()
                ? parser->errorText()
                : tr("\"%1\" does not take --%2. Run \"postino-cli %1 --help\" for the options it takes.")
                      .arg(command->name(), unknown.constFirst()));
        return;
    }
    Invocation invocation(*parser, command->sharedOptions(),
                          parser->positionalArguments().mid(command->words().size()));
    session.setJson(invocation.isSet(SharedOption::Json));
    if (!applySharedOptions(*command, invocation, session)) {
        return;
    }
    command->run(session, invocation);
}

} // namespace postino
