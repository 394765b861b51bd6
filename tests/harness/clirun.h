#pragma once

#include "cli/cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStringList>
#include <QTextStream>

namespace postino::test {

// What one postino-cli run printed and how it ended.
struct CliRun
{
    int code = -1; // -1: it did not finish in time
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    // The ids of the findings in --json output, in order.
    QStringList ids() const
    {
        QStringList list;
        for (const QJsonValue& f : json().value(QStringLiteral("findings")).toArray()) {
            list << f.toObject().value(QStringLiteral("id")).toString();
        }
        return list;
    }
};

// Runs postino-cli in this process, as a user would type `args`, and waits for it to finish.
inline CliRun runCli(const QStringList& args, int timeoutMs = 20000)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliRunner runner(&out, &err);
    QSignalSpy finished(&runner, &CliRunner::finished);
    runner.run(args);
    if (finished.isEmpty()) {
        finished.wait(timeoutMs);
    }
    r.code = finished.isEmpty() ? -1 : finished.first().first().toInt();
    out.flush();
    err.flush();
    return r;
}

} // namespace postino::test
