#include "i18n/translations.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSslCertificate>
#include <QTimer>

namespace {

// For the start-up benchmark: leave as soon as the first page has been painted.
class FirstPaintExit : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postino"));
    QApplication::setApplicationName(QStringLiteral("Postino"));
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));

    QCommandLineParser parser;
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
