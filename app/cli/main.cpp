#include "cli/cli.h"
#include "i18n/translations.h"
#include "version.h"

#include <QCoreApplication>
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
    QObject::connect(&runner, &postino::CliRunner::finished, &app, &QCoreApplication::exit);
    runner.run(args);
    return app.exec();
}
