#include "cli/cli.h"
#include "i18n/translations.h"
#include "version.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Postino"));
    QCoreApplication::setApplicationName(QStringLiteral("postino-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));

    QStringList args = app.arguments().mid(1);
    QString lang;
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    if (langAt >= 0 && langAt + 1 < args.size()) {
        lang = args.at(langAt + 1);
    }
    postino::installTranslations(lang);

    QTextStream out(stdout);
    QTextStream err(stderr);
    postino::CliRunner runner(&out, &err);
    // `oauth sign-in` opens the system browser through the desktop's own opener.
    runner.setBrowserOpener([](const QUrl& url) {
#if defined(Q_OS_MACOS)
        return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
        return QProcess::startDetached(
            QStringLiteral("rundll32"),
            {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
        return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
    });
    QObject::connect(&runner, &postino::CliRunner::finished, &app, &QCoreApplication::exit);
    runner.run(args);
    return app.exec();
}
