#include "aboutdialog.h"
#include "i18n/translations.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "version.h"
#include "widgets/firstpaintexit.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSslCertificate>
#include <QTimer>

using postino::FirstPaintExit;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postino"));
    QApplication::setApplicationName(QStringLiteral("Postino"));
    // --version shows the source revision too; everything else (User-Agent, X-Mailer, reports)
    // names the plain version, set once the command line is read.
    QApplication::setApplicationVersion(postino::versionWithRevision());
    // Matches the desktop entry, so desktops show its name and icon for this window.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.postino.Postino"));
    QApplication::setWindowIcon(postino::AboutDialog::applicationIcon());

    QCommandLineParser parser;
    parser.setApplicationDescription(postino::AboutDialog::summary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: en or it."),
                                  QStringLiteral("code"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    QStringLiteral("Also trust the CA certificates in this PEM file."),
                                    QStringLiteral("file"));
    const QCommandLineOption exitAfterPaint(
        QStringLiteral("exit-after-first-paint"),
        QStringLiteral("Quit once the first page is painted (benchmarks)."));
    parser.addOptions({lang, caFile, exitAfterPaint});
    parser.process(app);
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    postino::installTranslations(parser.value(lang));

    postino::KeychainSecretStore keychain(QStringLiteral("Postino"));
    postino::PostinoWizard wizard(postino::ProfileStore{}, &keychain);
    if (parser.isSet(caFile)) {
        wizard.setExtraCaCertificates(QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem));
    }
    FirstPaintExit exitFilter;
    if (parser.isSet(exitAfterPaint)) {
        wizard.installEventFilter(&exitFilter);
    }
    wizard.show();
    if (!parser.isSet(exitAfterPaint)) {
        wizard.resumeProgress();
    }
    return app.exec();
}
