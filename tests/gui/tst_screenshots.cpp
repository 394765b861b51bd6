#include "discovery/discovery.h"
#include "i18n/translations.h"
#include "isolatedhome.h"
#include "pages/choosemailerpage.h"
#include "widgets/theme.h"
#include "wizarddriver.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;
using namespace wizarddriver;

// Writes a PNG of every wizard page (English and Italian, light and dark) as a test artifact, at the
// scale factor the run was started with (QT_SCALE_FACTOR: ctest runs it at 1 and at 2), and fails when
// a page or dialog at its default size clips a label, a button or a tab, or needs a horizontal scroll bar.
namespace {

// What does not fit in `root` as shown: text cut off or hidden behind a horizontal scroll bar.
QStringList layoutProblems(QWidget* root)
{
    QStringList problems;
    const auto where = [](const QWidget* w) {
        return QStringLiteral("%1 \"%2\"")
            .arg(QString::fromLatin1(w->metaObject()->className()),
                 w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
    };
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != root->window())
            continue;
        if (auto* scroll = qobject_cast<QAbstractScrollArea*>(w)) {
            // Text views (the transcript, the export preview, the licence) may scroll sideways by design.
            if (!scroll->inherits("QPlainTextEdit") && !scroll->inherits("QTextEdit") &&
                scroll->horizontalScrollBar()->isVisible())
                problems << where(w) + QStringLiteral(" needs a horizontal scroll bar");
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            if (label->wordWrap()) {
                // Rich text (lists, bold titles) asks for its document margins on top: a cut shows as a
                // whole line missing.
                const bool rich = label->textFormat() == Qt::RichText ||
                                  (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                const int slack = rich ? label->fontMetrics().lineSpacing() - 1 : 1;
                if (label->height() + slack < label->heightForWidth(label->width()))
                    problems << where(w) + QStringLiteral(" is cut at the bottom: \"%1\" (%2 of %3 px)")
                                               .arg(label->text().left(60))
                                               .arg(label->height())
                                               .arg(label->heightForWidth(label->width()));
            } else if (label->width() + 1 < label->minimumSizeHint().width()) {
                problems << where(w) + QStringLiteral(" is cut: \"%1\" (%2 of %3 px)")
                                           .arg(label->text().left(60))
                                           .arg(label->width())
                                           .arg(label->minimumSizeHint().width());
            }
        } else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->width() + 1 < button->sizeHint().width())
                problems << where(w) + QStringLiteral(" is cut: \"%1\" (%2 of %3 px)")
                                           .arg(button->text())
                                           .arg(button->width())
                                           .arg(button->sizeHint().width());
        } else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            const QRect last = tabs->tabRect(tabs->count() - 1);
            if (tabs->count() > 0 && (tabs->tabRect(0).left() < 0 || last.right() > tabs->width()))
                problems << where(w) + QStringLiteral(" does not show all its tabs");
        }
    }
    return problems;
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_outDir;

    QString m_variant; // "en-light", "it-dark", ... with "@2x" at scale factor 2

    void shoot(PostinoWizard& w, const QString& language, const QString& name)
    {
        Q_UNUSED(language);
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
                                 .arg(m_outDir, m_variant)
                                 .arg(w.currentId() + 1, 2, 10, QLatin1Char('0'))
                                 .arg(name);
        QVERIFY(image.save(file));
        // Checked after saving, so the picture shows what does not fit.
        const QStringList problems = layoutProblems(&w);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 %2: %3").arg(m_variant, name, problems.join(QLatin1String("; ")))));
    }

    // A dialog the page opened, saved next to the page's own picture.
    void shootDialog(QWidget* dialog, int page, const QString& language, const QString& name)
    {
        Q_UNUSED(language);
        QTRY_VERIFY(dialog->isVisible());
        QTest::qWait(50);
        const QStringList problems = layoutProblems(dialog);
        QVERIFY2(
            problems.isEmpty(),
            qPrintable(QStringLiteral("%1 %2: %3").arg(m_variant, name, problems.join(QLatin1String("; ")))));
        const QImage image = dialog->grab().toImage();
        QVERIFY(!image.isNull() && image.width() > 300);
        QVERIFY(image.save(QStringLiteral("%1/%2-%3-%4.png")
                               .arg(m_outDir, m_variant)
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
        QTest::addColumn<bool>("dark");
        for (const char* language : {"en", "it"}) {
            QTest::addRow("%s-light", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s-dark", language) << QString::fromLatin1(language) << true;
        }
    }
    void everyPage()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        const ColorScheme scheme = dark ? ColorScheme::Dark : ColorScheme::Light;
        QSettings().clear();
        installTranslations(language);
        applyColorScheme(scheme);
        const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1")).toDouble();
        m_variant = QStringLiteral("%1-%2%3").arg(
            language, scheme == ColorScheme::Dark ? QStringLiteral("dark") : QStringLiteral("light"),
            scale > 1 ? QStringLiteral("@%1x").arg(scale) : QString());
        QTemporaryDir dir;
        // At the size it opens with on a first start.
        PostinoWizard w(ProfileStore(dir.filePath(QStringLiteral("p.json"))), nullptr);
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
