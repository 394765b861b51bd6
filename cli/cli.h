#pragma once

#include <QObject>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <functional>
#include <memory>

namespace postino {

class CliSession;

// postino-cli's front end, kept out of main() so tests can run it. Asynchronous:
// finished(exitCode) fires once the command is done.
//   0 = no error findings, 1 = at least one error finding, 2 = usage or input error.
// The commands themselves live in cli/commands/, one file each; cli/registry.h lists them.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    CliRunner(QTextStream* out, QTextStream* err, QObject* parent = nullptr);
    ~CliRunner() override;

    // `arguments` excludes the program name. finished() is always queued, never emitted from here.
    void run(const QStringList& arguments);
    // How `oauth sign-in` opens the system browser; set by the program (the CLI opens nothing itself).
    void setBrowserOpener(std::function<bool(const QUrl&)> opener);

Q_SIGNALS:
    void finished(int exitCode);

private:
    std::unique_ptr<CliSession> m_session;
};

} // namespace postino
