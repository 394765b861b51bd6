#pragma once

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace postino::test {

// The version a user reads in the top-level CMakeLists.txt, to compare --version and the About
// dialog with (POSTINO_SOURCE_DIR comes from the tests' CMake).
inline QString projectVersion()
{
    QFile file(QStringLiteral(POSTINO_SOURCE_DIR "/CMakeLists.txt"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const auto match = QRegularExpression(QStringLiteral(R"(project\(Postino VERSION ([0-9.]+))"))
                           .match(QString::fromUtf8(file.readAll()));
    return match.captured(1);
}

// Why `revision` is not the revision of these sources, or empty when it is: in a git checkout a
// commit git knows (possibly marked "-modified"), elsewhere "unknown".
inline QString revisionProblem(const QString& revision)
{
    const auto git = [](const QStringList& args) {
        QProcess process;
        process.start(QStringLiteral("git"),
                      QStringList{QStringLiteral("-C"), QStringLiteral(POSTINO_SOURCE_DIR)} + args);
        return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    };
    if (!git({QStringLiteral("rev-parse"), QStringLiteral("--verify"), QStringLiteral("--quiet"),
              QStringLiteral("HEAD")})) {
        return revision == QLatin1String("unknown")
                   ? QString()
                   : QStringLiteral("not a git checkout, yet the revision is ") + revision;
    }
    QString commit = revision;
    commit.remove(QRegularExpression(QStringLiteral("-modified$")));
    if (!QRegularExpression(QStringLiteral("^[0-9a-f]{12}$")).match(commit).hasMatch()) {
        return QStringLiteral("not a 12-digit commit id: ") + revision;
    }
    if (!git({QStringLiteral("cat-file"), QStringLiteral("-e"), commit + QStringLiteral("^{commit}")})) {
        return QStringLiteral("no such commit in the source tree: ") + revision;
    }
    return {};
}

} // namespace postino::test
