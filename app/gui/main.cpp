#include "aboutdialog.h"
#include "i18n/translations.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "version.h"
#include "widgets/firstpaintexit.h"
#include "widgets/theme.h"

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
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Quit once the first page is painted and save a picture of it (install checks)."),
        QStringLiteral("file.png"));
    parser.addOptions({lang, caFile, exitAfterPaint, screenshot});
    parser.process(app);
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    postino::installTranslations(parser.value(lang));
    // Light or dark as the system is (POSTINO_COLOR_SCHEME=light|dark overrides), before any window exists.
    postino::followSystemColorScheme();

    postino::KeychainSecretStore keychain(QStringLiteral("Postino"));
    postino::PostinoWizard wizard(postino::ProfileStore{}, &keychain);
    if (parser.isSet(caFile)) {
        wizard.setExtraCaCertificates(QSslCertificate::fromPath(parser.value(caFile), QSsl::Pem));
    }
    const bool quitAfterPaint = parser.isSet(exitAfterPaint) || parser.isSet(screenshot);
    FirstPaintExit exitFilter;
    if (quitAfterPaint) {
        wizard.installEventFilter(&exitFilter);
    }
    wizard.show();
    if (!quitAfterPaint) {
        wizard.resumeProgress();
    }
    const int status = app.exec();
    if (parser.isSet(screenshot) && !wizard.grab().save(parser.value(screenshot))) {
        qCritical("cannot write the screenshot %s", qPrintable(parser.value(screenshot)));
        return 1;
    }
    return status;
}
