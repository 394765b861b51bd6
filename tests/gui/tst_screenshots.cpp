#include "discovery/discovery.h"
#include "i18n/translations.h"
#include "isolatedhome.h"
#include "pages/choosemailerpage.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;
using namespace wizarddriver;

// Writes a PNG of every wizard page (English and Italian) as a test artifact.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_outDir;

    void shoot(PostinoWizard& w, const QString& language, const QString& name)
    {
        QTest::qWait(50);
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A blank capture would be one colour; a page has text and controls.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY2(colours.size() > 8, qPrintable(name));
        const QString file = QStringLiteral("%1/%2-%3-%4.png")
                                 .arg(m_outDir, language)
                                 .arg(w.currentId() + 1, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        QVERIFY(image.save(file));
    }

    // A dialog the page opened, saved next to the page's own picture.
    void shootDialog(QWidget* dialog, int page, const QString& language, const QString& name)
    {
        QTRY_VERIFY(dialog->isVisible());
        QTest::qWait(50);
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull() && image.width() > 300);
        QVERIFY(image.save(QStringLiteral("%1/%2-%3-%4.png")
                               .arg(m_outDir, language)
                               .arg(page + 1, 2, 10, QLatin1Char('0'))
                               .arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateHome();
        QCoreApplication::setOrganizationName(QStringLiteral("PostinoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        wizarddriver::useFixtureDns();
        m_outDir = qEnvironmentVariable("POSTINO_SCREENSHOT_DIR",
                                        QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_outDir));
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("it") << "it";
    }
    void everyPage()
    {
        QFETCH(QString, language);
        QSettings().clear();
        installTranslations(language);
        QTemporaryDir dir;
        PostinoWizard w(ProfileStore(dir.filePath(QStringLiteral("p.json"))), nullptr);
        w.resize(900, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        shoot(w, language, QStringLiteral("welcome"));
        QTest::mouseClick(w.button(QWizard::HelpButton), Qt::LeftButton);
        auto* about = w.findChild<QDialog*>(QStringLiteral("aboutDialog"));
        QVERIFY(about);
        shootDialog(about, w.currentId(), language, QStringLiteral("about"));
        about->reject();
        w.next();
        QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
        shoot(w, language, QStringLiteral("choose-mailer"));
        // The setup found from an address (fixture DNS; the servers are not probed here).
        ChooseMailerPage::setDiscoveryTweak([](discovery::DiscoveryOptions& o) { o.verify = false; });
        typeInto(find<QLineEdit>(w, QStringLiteral("discoverAddress")),
                 QStringLiteral("shop@brevoshop.example"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("discoverButton")), Qt::LeftButton);
        QTRY_VERIFY(find<QLabel>(w, QStringLiteral("discoverRecommendation"))->isVisible());
        shoot(w, language, QStringLiteral("choose-mailer-found"));
        ChooseMailerPage::setDiscoveryTweak({});
        QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("smtp.example.com"));
        typeInto(find<QLineEdit>(w, QStringLiteral("user")), QStringLiteral("hello@example.com"));
        typeInto(find<QLineEdit>(w, QStringLiteral("pass")), QStringLiteral("correct horse"));
        shoot(w, language, QStringLiteral("configure"));
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("hello@example"));
        typeInto(find<QLineEdit>(w, QStringLiteral("fromName")), QStringLiteral("Caffè Età"));
        shoot(w, language, QStringLiteral("sender-invalid"));
        typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("hello@example.com"));
        clickNext(w);
        shoot(w, language, QStringLiteral("features"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("alertsButton")), Qt::LeftButton);
        auto* alerts = find<QDialog>(w, QStringLiteral("alertsDialog"));
        shootDialog(alerts, w.currentId(), language, QStringLiteral("alerts"));
        auto* type = alerts->findChild<QComboBox*>(QStringLiteral("alertType"));
        type->setCurrentIndex(type->findData(QStringLiteral("twilio")));
        QTest::mouseClick(alerts->findChild<QPushButton*>(QStringLiteral("addAlert")), Qt::LeftButton);
        auto* editor = alerts->findChild<QDialog*>(QStringLiteral("alertChannelDialog"));
        shootDialog(editor, w.currentId(), language, QStringLiteral("alert-twilio"));
        editor->reject();
        alerts->reject();
        clickNext(w);
        shoot(w, language, QStringLiteral("checks"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("webProbeButton")), Qt::LeftButton);
        auto* webProbe = find<QDialog>(w, QStringLiteral("webProbeDialog"));
        shootDialog(webProbe, w.currentId(), language, QStringLiteral("web-probe"));
        webProbe->reject();
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(find<QPushButton>(w, QStringLiteral("dnsAgainButton"))->isEnabled()); // the report is in
        shoot(w, language, QStringLiteral("checks-domain"));
        tabs->setCurrentIndex(2);
        shoot(w, language, QStringLiteral("checks-acceptance"));
        tabs->setCurrentIndex(0);
        clickNext(w);
        shoot(w, language, QStringLiteral("test-email"));
        clickNext(w);
        shoot(w, language, QStringLiteral("export"));

        // The Configure page of mailers with regions, long help and several secrets.
        for (const QString& id :
             {QStringLiteral("mailgun"), QStringLiteral("amazonses"), QStringLiteral("gmail")}) {
            while (w.currentId() > PostinoWizard::ChooseMailerPageId) {
                w.back();
            }
            QVERIFY(chooseMailer(w, id));
            clickNext(w);
            shoot(w, language, QStringLiteral("configure-") + id);
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
