#include "aboutdialog.h"
#include "catalog/catalog.h"
#include "discovery/discovery.h"
#include "dns/domainreport.h"
#include "dns/wireresolver.h"
#include "export/exporters.h"
#include "faultserver.h"
#include "httpsserver.h"
#include "isolatedhome.h"
#include "message/mime.h"
#include "pages/alertsdialog.h"
#include "pages/choosemailerpage.h"
#include "pages/exportpage.h"
#include "pages/webprobedialog.h"
#include "pages/welcomepage.h"
#include "probe/phpprobe.h"
#include "sampleprofile.h"
#include "secrets/secretstore.h"
#include "sourceversion.h"
#include "testca.h"
#include "widgets/acceptanceview.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "wizarddriver.h"

#include <QAccessible>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkDatagram>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QUdpSocket>

using namespace postino;
using namespace wizarddriver;

namespace {

// The severity a row's name starts with ("Warning: ..."), or -1.
int severityNamed(const QString& word)
{
    for (const Severity s : {Severity::Ok, Severity::Info, Severity::Warning, Severity::Error}) {
        if (severityLabel(s) == word)
            return int(s);
    }
    return -1;
}

// Stands in for the system keychain: persistent across wizard instances, answers later.
class FakeKeychain : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return true; }
};

// A server on 127.0.0.1 that takes every connection and never says a word: an action aimed at it
// waits until it is stopped (or its own timeout passes, far later than any test step here).
class SilentServer : public QTcpServer
{
public:
    SilentServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (hasPendingConnections())
                m_held.append(nextPendingConnection()); // children of the server; never written to
        });
    }
    bool start() { return listen(QHostAddress::LocalHost); }
    int connections() const { return int(m_held.size()); }
    // What arrived from the client (the request the action is waiting on an answer to).
    qint64 bytesReceived() const
    {
        qint64 n = 0;
        for (QTcpSocket* s : m_held)
            n += s->bytesAvailable();
        return n;
    }

private:
    QList<QTcpSocket*> m_held;
};

// A DNS server on 127.0.0.1 (UDP) that reads every query and answers none.
class SilentDnsServer : public QUdpSocket
{
public:
    SilentDnsServer()
    {
        connect(this, &QUdpSocket::readyRead, this, [this] {
            while (hasPendingDatagrams()) {
                receiveDatagram();
                ++m_queries;
            }
        });
    }
    bool start() { return bind(QHostAddress::LocalHost, 0); }
    int queries() const { return m_queries; }
    // The wizard's resolvers ask only this server, and wait for it far longer than a test step.
    void useForTheWizard() const
    {
        const quint16 port = localPort();
        PostinoWizard::setResolverFactory([port](QObject* parent) -> dns::Resolver* {
            auto* r = new dns::WireResolver({dns::NameServer{.address = QHostAddress(QHostAddress::LocalHost),
                                                             .port = port,
                                                             .name = QStringLiteral("silent")}},
                                            parent);
            r->setTimeout(10 * 60 * 1000);
            r->setRetries(0);
            return r;
        });
    }

private:
    int m_queries = 0;
};

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString profilePath() const { return m_dir.filePath(QStringLiteral("profile.json")); }

    // The SMTP server to use: the real Postfix when run under the mail-server harness.
    static QString smtpHost()
    {
        const QString host = qEnvironmentVariable("POSTINO_TEST_SMTP_HOST");
        return host.isEmpty() ? QStringLiteral("smtp.example.com") : host;
    }
    static bool haveMailServer() { return !qEnvironmentVariable("POSTINO_TEST_SMTP_HOST").isEmpty(); }

    // Other SMTP on 127.0.0.1:port without login, shown straight on the Checks page (its probe starts).
    void openChecksPage(PostinoWizard& w, quint16 port, const QString& host = QStringLiteral("127.0.0.1"))
    {
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), host},
                                 {QStringLiteral("port"), port},
                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                 {QStringLiteral("auth"), false}});
            p.sender().fromEmail = QStringLiteral("shop@example.com");
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChecksPageId);
        w.restart();
    }

    // On the Checks page: stops this computer's probe and shows what the PHP probe printed on a web
    // server that blocks 587 and 25 but lets 465 through.
    void showWebServerFindsPort465(PostinoWizard& w)
    {
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("stopProbeButton")), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("webProbeButton")), Qt::LeftButton);
        QPointer<WebProbeDialog> dialog = find<WebProbeDialog>(w, QStringLiteral("webProbeDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("webProbeResult"))
            ->setPlainText(QStringLiteral(
                R"({"host": "127.0.0.1", "ports": [
                    {"port": 587, "security": "starttls", "outcome": "blocked"},
                    {"port": 25, "security": "starttls", "outcome": "blocked"},
                    {"port": 465, "security": "ssl", "outcome": "usable", "greeting": "220 mail.example.test ESMTP",
                     "auth": "PLAIN LOGIN"}]})"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("webProbeShow")), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
    }

    // The Tab stops inside `area` as Tab visits them, and the first one drawn above, or left of, the stop
    // before it (empty when the order follows the layout).
    static QString tabOrderProblem(QWidget* area, QList<QWidget*>* chain)
    {
        for (QWidget* f = area->nextInFocusChain(); f != area; f = f->nextInFocusChain()) {
            if (area->isAncestorOf(f) && f->isVisible() && f->isEnabled() &&
                (f->focusPolicy() & Qt::TabFocus))
                *chain << f;
        }
        for (qsizetype i = 1; i < chain->size(); ++i) {
            const QPoint a = chain->at(i - 1)->mapTo(area, QPoint(0, 0));
            const QPoint b = chain->at(i)->mapTo(area, QPoint(0, 0));
            const bool sameRow = qAbs(a.y() - b.y()) < 10;
            if (sameRow ? b.x() <= a.x() : b.y() <= a.y())
                return QStringLiteral("%1 (%2,%3) before %4 (%5,%6)")
                    .arg(chain->at(i - 1)->objectName())
                    .arg(a.x())
                    .arg(a.y())
                    .arg(chain->at(i)->objectName())
                    .arg(b.x())
                    .arg(b.y());
        }
        return {};
    }

    // Walks from Welcome to the Test email page for Other SMTP, as a user would.
    void walkToTestEmail(PostinoWizard& w)
    {
        QCOMPARE(w.currentId(), int(PostinoWizard::WelcomePageId));
        QTest::keyClick(&w, Qt::Key_Return); // keyboard: Enter presses Next
        QCOMPARE(w.currentId(), int(PostinoWizard::ChooseMailerPageId));

        QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::ConfigurePageId));

        QVERIFY(!button(w, QWizard::NextButton)->isEnabled()); // the host is still missing
        auto* message = find<InlineMessage>(w, QStringLiteral("configureMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("SMTP server")));

        typeInto(find<QLineEdit>(w, QStringLiteral("host")), smtpHost());
        auto* port = find<QLineEdit>(w, QStringLiteral("port"));
        QTest::mouseClick(find<QRadioButton>(w, QStringLiteral("encryption_ssl")), Qt::LeftButton);
        QCOMPARE(port->text(), QStringLiteral("465"));
        QTest::mouseClick(find<QRadioButton>(w, QStringLiteral("encryption_none")), Qt::LeftButton);
        QCOMPARE(port->text(), QStringLiteral("25"));
        QTest::mouseClick(find<QRadioButton>(w, QStringLiteral("encryption_tls")), Qt::LeftButton);
        QCOMPARE(port->text(), QStringLiteral("587"));
        // The port stays editable after the coupling.
        typeInto(port, QStringLiteral("2525"));
        QCOMPARE(w.profile().setting(QStringLiteral("port")).toInt(), 2525);
        typeInto(port, QStringLiteral("587"));

        const QString user = qEnvironmentVariable("POSTINO_TEST_USER", QStringLiteral("me@example.com"));
        typeInto(find<QLineEdit>(w, QStringLiteral("user")), user);
        QVERIFY(!button(w, QWizard::NextButton)->isEnabled()); // password still missing
        const QString password =
            qEnvironmentVariable("POSTINO_TEST_PASSWORD", QStringLiteral("Pässw0rd \"#!"));
        typeInto(find<QLineEdit>(w, QStringLiteral("pass")), password);
        QVERIFY(button(w, QWizard::NextButton)->isEnabled());
        QVERIFY(!message->isVisible());
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));

        auto* from = find<QLineEdit>(w, QStringLiteral("fromEmail"));
        QVERIFY(from->hasFocus());
        typeText(from, user);
        QTest::keyClick(from, Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("Caffè Età"));
        QCOMPARE(w.profile().sender().fromName, QStringLiteral("Caffè Età"));
        QVERIFY(find<QCheckBox>(w, QStringLiteral("forceFromEmail"))->isChecked());
        QVERIFY(!find<QCheckBox>(w, QStringLiteral("forceFromName"))->isChecked());
        QVERIFY(find<QCheckBox>(w, QStringLiteral("returnPath"))->isVisible()); // Other SMTP supports it
        QVERIFY(find<QCheckBox>(w, QStringLiteral("returnPath"))->isChecked()); // on by default
        QVERIFY(w.profile().sender().returnPath);
        QVERIFY(w.profile().sender().forceFromEmail);
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PostinoWizard::FeaturesPageId));

        auto* summary = find<QCheckBox>(w, QStringLiteral("weeklySummary"));
        const bool before = summary->isChecked();
        summary->setFocus();
        QTest::keyClick(summary, Qt::Key_Space);
        QCOMPARE(w.profile().features().weeklySummary, !before);
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::ChecksPageId));
        if (haveMailServer()) {
            // Every port probed at once: the real Postfix answers on 587 with STARTTLS and login.
            auto* table = find<QTableWidget>(w, QStringLiteral("probeTable"));
            QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled(),
                                     20000);
            bool usable587 = false;
            for (int row = 0; row < table->rowCount(); ++row) {
                if (table->item(row, 0)->text() == QLatin1String("587")) {
                    usable587 = table->item(row, 2)->text().contains(QLatin1String("usable")) &&
                                table->item(row, 5)->text().contains(QLatin1String("PLAIN"));
                }
            }
            QVERIFY(usable587);
            QVERIFY(find<FindingsView>(w, QStringLiteral("checkResults"))
                        ->plainText()
                        .contains(QLatin1String("587")));
        }
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::TestEmailPageId));
    }

    // The Checks page shows the PHP probe's result: one row per port it printed, the web
    // server named as the source, the fault server's port as the script saw it.
    void checkWebServerTable(PostinoWizard& w, quint16 port, const QByteArray& output)
    {
        QString error;
        const ProbeReport report = parsePhpProbeResult(output, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto* table = find<QTableWidget>(w, QStringLiteral("probeTable"));
        QCOMPARE(table->rowCount(), report.ports.size());
        int found = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QString::number(port)) {
                ++found;
                QVERIFY2(
                    table->item(row, 2)->text().contains(probeOutcomeText(PortResult::Outcome::TlsProblem)),
                    qPrintable(table->item(row, 2)->text()));
                QCOMPARE(table->item(row, 3)->text(), QStringLiteral("mail.example.test"));
            }
        }
        QCOMPARE(found, 1);
        auto* source = find<QLabel>(w, QStringLiteral("probeSource"));
        QVERIFY(source->isVisible());
        QVERIFY2(source->text().contains(QLatin1String("web server")), qPrintable(source->text()));
        QVERIFY(find<FindingsView>(w, QStringLiteral("checkResults"))->isVisible());
    }

    // (a) of every long-running action: its busy bar moves and its Stop button can be pressed, while the
    // button that started it waits.
    static void checkBusy(QWidget* busy, QPushButton* stop, QPushButton* start)
    {
        QVERIFY(busy && stop && start);
        QVERIFY(busy->isVisible());
        QVERIFY(stop->isVisible());
        QVERIFY(stop->isEnabled());
        QVERIFY(!start->isEnabled());
    }

    // (b) The GUI thread is free while the action waits on its server: a timer posted now fires, and
    // keys typed into `field` (optional) are handled, all before the action ends (`busy` still shows).
    void checkEventLoopAlive(QWidget* busy, QLineEdit* field)
    {
        bool fired = false;
        QTimer::singleShot(0, this, [&fired] { fired = true; });
        QTRY_VERIFY(fired);
        if (field) {
            const QString before = field->text();
            int edits = 0;
            const auto counter =
                connect(field, &QLineEdit::textEdited, this, [&edits](const QString&) { ++edits; });
            field->setFocus();
            // Posted, not sent: only a running event loop delivers them.
            QCoreApplication::postEvent(field, new QKeyEvent(QEvent::KeyPress, Qt::Key_End, Qt::NoModifier));
            QCoreApplication::postEvent(
                field, new QKeyEvent(QEvent::KeyPress, Qt::Key_X, Qt::NoModifier, QStringLiteral("x")));
            QTRY_COMPARE(field->text(), before + QLatin1Char('x'));
            QCoreApplication::postEvent(field,
                                        new QKeyEvent(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier));
            QTRY_COMPARE(field->text(), before);
            QCOMPARE(edits, 2);
            disconnect(counter);
        }
        QVERIFY(busy->isVisible()); // still waiting for the server
    }

    // (c) Stop ends the action: the busy bar goes, the button that started it works again.
    static void stopAndCheckEnded(QWidget* busy, QPushButton* stop, QPushButton* start)
    {
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY(!busy->isVisible());
        QTRY_VERIFY(start->isEnabled());
        QVERIFY(!stop->isVisible());
    }

    // Configure's Check credentials, aimed at `server`, which never answers: (a) to (d).
    void checkCredentialCheckStops(PostinoWizard& w, const SilentServer& server, QLineEdit* field)
    {
        QCOMPARE(w.currentId(), int(PostinoWizard::ConfigurePageId));
        auto* check = find<QPushButton>(w, QStringLiteral("checkCredentialsButton"));
        auto* stop = find<QPushButton>(w, QStringLiteral("checkCredentialsStop"));
        auto* busy = find<QWidget>(w, QStringLiteral("checkCredentialsBusy"));
        QVERIFY(check && check->isVisible());
        QTRY_VERIFY(check->isEnabled());
        QVERIFY(!stop->isVisible());
        QTest::mouseClick(check, Qt::LeftButton);
        checkBusy(busy, stop, check);
        QTRY_VERIFY(server.connections() > 0); // connected: the check waits for the server's first word
        checkEventLoopAlive(busy, field);
        stopAndCheckEnded(busy, stop, check);
        const QString result = find<FindingsView>(w, QStringLiteral("checkResult"))->plainText();
        QVERIFY2(result.contains(QLatin1String("Stopped")), qPrintable(result));
        QCOMPARE(check->text(), QStringLiteral("Check &credentials"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateHome();
        QCoreApplication::setOrganizationName(QStringLiteral("PostinoTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizard"));
        useFixtureDns();
    }

    // The Checks page's second tab: the From domain's DNS for the chosen mailer, with the
    // records to add ready to copy, and "check again" picking up a typed selector.
    // A port that accepts and stays silent keeps the probe waiting up to its timeout; Stop ends
    // it, says so, and shows that port as not tested. The window stays responsive meanwhile.
    void checksPageProbeCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, silent.serverPort());
        if (QTest::currentTestFailed())
            return;
        auto* stop = find<QPushButton>(w, QStringLiteral("stopProbeButton"));
        auto* busy = find<QWidget>(w, QStringLiteral("probeBusy"));
        auto* again = find<QPushButton>(w, QStringLiteral("checkAgainButton"));
        checkBusy(busy, stop, again);
        QTRY_VERIFY(silent.connections() > 0); // the probe is connected and waiting for a greeting
        checkEventLoopAlive(busy, nullptr);
        stopAndCheckEnded(busy, stop, again);
        auto* target = find<QLabel>(w, QStringLiteral("probeTarget"));
        QVERIFY2(target->text().startsWith(QLatin1String("Stopped")), qPrintable(target->text()));
        auto* table = find<QTableWidget>(w, QStringLiteral("probeTable"));
        bool notTested = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QString::number(silent.serverPort()))
                notTested = table->item(row, 2)->text().contains(QLatin1String("not tested"));
        }
        QVERIFY(notTested);
    }

    // The Domain tab's DNS check against a name server that never answers: Stop ends it and the tab
    // says it stopped, with no verdict (nothing "all good", nothing to fix).
    void checksPageDnsCheckCanBeStopped()
    {
        SilentDnsServer dnsServer;
        QVERIFY(dnsServer.start());
        dnsServer.useForTheWizard();
        const auto restore = qScopeGuard([] { useFixtureDns(); });
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, silent.serverPort());
        if (QTest::currentTestFailed())
            return;
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        tabs->setCurrentIndex(1);
        auto* busy = find<QWidget>(w, QStringLiteral("dnsBusy"));
        auto* stop = find<QPushButton>(w, QStringLiteral("dnsStopButton"));
        auto* again = find<QPushButton>(w, QStringLiteral("dnsAgainButton"));
        checkBusy(busy, stop, again);
        QTRY_VERIFY(dnsServer.queries() > 0);
        checkEventLoopAlive(busy, find<QLineEdit>(w, QStringLiteral("dnsSelector")));
        stopAndCheckEnded(busy, stop, again);
        auto* target = find<QLabel>(w, QStringLiteral("dnsTarget"));
        QVERIFY2(target->text().startsWith(QLatin1String("Stopped")), qPrintable(target->text()));
        QVERIFY(find<FindingsView>(w, QStringLiteral("dnsResults"))->plainText().isEmpty());
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Domain: SPF, DKIM, DMARC"));
        QVERIFY(find<QLabel>(w, QStringLiteral("acceptanceSummary"))
                    ->text()
                    .startsWith(QLatin1String("Stopped")));
        QVERIFY(!find<QPushButton>(w, QStringLiteral("dnsCopyButton"))->isEnabled());
        QVERIFY(w.domainEvidence().isEmpty()); // nothing for the Test email page's verdict to lean on
    }

    // Check credentials on Configure, SMTP login against a server that never greets: Stop ends it and
    // the page says it stopped, neither "works" nor a failure.
    void configureSmtpCheckCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), silent.serverPort()},
                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                 {QStringLiteral("auth"), false}});
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ConfigurePageId);
        w.restart();
        checkCredentialCheckStops(w, silent, find<QLineEdit>(w, QStringLiteral("host")));
    }

    // The same for an API mailer's key check, over HTTPS to a server that never answers the handshake.
    void configureApiKeyCheckCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setApiBaseOverride(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
        w.editProfile([](Profile& p) { p.setMailerId(QStringLiteral("sendgrid")); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ConfigurePageId);
        w.restart();
        auto* key = find<QLineEdit>(w, QStringLiteral("api_key"));
        typeInto(key, QStringLiteral("SG.some-key"));
        checkCredentialCheckStops(w, silent, key);
    }

    // Test from your web server: fetching the script's result from a server that never answers.
    void webProbeFetchCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        SilentServer web;
        QVERIFY(web.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, silent.serverPort());
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("stopProbeButton")), Qt::LeftButton);
        QTRY_VERIFY(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled());
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("webProbeButton")), Qt::LeftButton);
        QPointer<WebProbeDialog> dialog = find<WebProbeDialog>(w, QStringLiteral("webProbeDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("webProbeUrl")),
                 QStringLiteral("https://127.0.0.1:%1/postino-probe.php").arg(web.serverPort()));
        auto* fetch = dialog->findChild<QPushButton*>(QStringLiteral("webProbeFetch"));
        auto* stop = dialog->findChild<QPushButton*>(QStringLiteral("webProbeStop"));
        auto* busy = dialog->findChild<QWidget*>(QStringLiteral("webProbeBusy"));
        QTest::mouseClick(fetch, Qt::LeftButton);
        checkBusy(busy, stop, fetch);
        QTRY_VERIFY(web.connections() > 0);
        checkEventLoopAlive(busy, dialog->findChild<QLineEdit*>(QStringLiteral("webProbeFolder")));
        stopAndCheckEnded(busy, stop, fetch);
        const QString message = dialog->findChild<InlineMessage*>(QStringLiteral("webProbeMessage"))->text();
        QVERIFY2(message.startsWith(QLatin1String("Stopped")), qPrintable(message));
        QVERIFY(dialog->isVisible()); // nothing to show: the dialog stays for another try
        QVERIFY(find<QLabel>(w, QStringLiteral("probeSource"))->isHidden());
        dialog->reject();
    }

    // The test email to a server that never greets: Stop ends the send and the verdict says it stopped.
    void testEmailSendCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), silent.serverPort()},
                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                 {QStringLiteral("auth"), false}});
            p.sender().fromEmail = QStringLiteral("shop@example.com");
            p.setTestRecipient(QStringLiteral("owner@example.com"));
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::TestEmailPageId);
        w.restart();
        auto* send = find<QPushButton>(w, QStringLiteral("sendButton"));
        auto* stop = find<QPushButton>(w, QStringLiteral("stopButton"));
        auto* busy = find<QWidget>(w, QStringLiteral("sendBusy"));
        QVERIFY(send && send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        checkBusy(busy, stop, send);
        QTRY_VERIFY(silent.connections() > 0); // connected, waiting for the greeting
        checkEventLoopAlive(busy, nullptr);
        stopAndCheckEnded(busy, stop, send);
        // Neither a success nor a failure: the banner says it stopped.
        auto* banner = find<StatusBanner>(w, QStringLiteral("verdictBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->title().startsWith(QLatin1String("Stopped")), qPrintable(banner->title()));
        QCOMPARE(banner->severity(), Severity::Info);
        QVERIFY2(find<QLabel>(w, QStringLiteral("levelAccepted"))->text().contains(QLatin1String("stopped")),
                 qPrintable(find<QLabel>(w, QStringLiteral("levelAccepted"))->text()));
        QVERIFY(button(w, QWizard::NextButton)->isEnabled()); // nothing holds the user back
    }

    // Send test alert (Failure alerts) to a webhook server that never answers the handshake.
    void alertTestCanBeStopped()
    {
        SilentServer silent;
        QVERIFY(silent.start());
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setApiBaseOverride(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort())));
        w.editProfile([](Profile& p) {
            p.setMailerId(QStringLiteral("sendgrid"));
            p.sender().fromEmail = QStringLiteral("shop@example.com");
            p.alerts().allowLocalTargets = true; // the "Slack" server is this computer
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::FeaturesPageId);
        w.restart();
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("alertsButton")), Qt::LeftButton);
        auto* dialog = find<AlertsDialog>(w, QStringLiteral("alertsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("alertType"));
        type->setCurrentIndex(type->findData(QStringLiteral("slack")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addAlert")), Qt::LeftButton);
        auto* editor = dialog->findChild<AlertChannelDialog*>(QStringLiteral("alertChannelDialog"));
        QVERIFY(editor && editor->isVisible());
        typeInto(editor->findChild<QLineEdit*>(QStringLiteral("url")),
                 QStringLiteral("https://hooks.slack.com/services/T0/B0/token"));
        editor->accept();
        QTRY_VERIFY(!editor->isVisible());

        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testAlert"));
        auto* stop = dialog->findChild<QPushButton*>(QStringLiteral("stopAlert"));
        auto* busy = dialog->findChild<QWidget*>(QStringLiteral("alertBusy"));
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        checkBusy(busy, stop, test);
        QTRY_VERIFY(silent.connections() > 0);
        checkEventLoopAlive(busy, nullptr);
        QVERIFY(dialog->isTesting());
        stopAndCheckEnded(busy, stop, test);
        QVERIFY(!dialog->isTesting());
        const QString status = dialog->findChild<QLabel*>(QStringLiteral("alertStatus"))->text();
        QVERIFY2(status.startsWith(QLatin1String("Stopped")), qPrintable(status));
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("removeAlert"))->isEnabled());
    }

    // Choose mailer's "Find the right setup" with a name server that never answers.
    void chooseMailerDiscoveryCanBeStopped()
    {
        SilentDnsServer dnsServer;
        QVERIFY(dnsServer.start());
        dnsServer.useForTheWizard();
        const auto restore = qScopeGuard([] { useFixtureDns(); });
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QCOMPARE(w.currentId(), int(PostinoWizard::ChooseMailerPageId));
        typeInto(find<QLineEdit>(w, QStringLiteral("discoverAddress")), QStringLiteral("shop@example.com"));
        auto* find_ = find<QPushButton>(w, QStringLiteral("discoverButton"));
        auto* stop = find<QPushButton>(w, QStringLiteral("discoverCancel"));
        auto* busy = find<QWidget>(w, QStringLiteral("discoverBusy"));
        QTest::mouseClick(find_, Qt::LeftButton);
        checkBusy(busy, stop, find_);
        QTRY_VERIFY(dnsServer.queries() > 0);
        checkEventLoopAlive(busy, find<QLineEdit>(w, QStringLiteral("discoverSite")));
        stopAndCheckEnded(busy, stop, find_);
        const QString status = find<QLabel>(w, QStringLiteral("discoverStatus"))->text();
        QVERIFY2(status.startsWith(QLatin1String("Stopped")), qPrintable(status));
        QVERIFY(!find<QLabel>(w, QStringLiteral("discoverRecommendation"))->isVisible());
    }

    // A shared host's server greets with its own machine's name, then proves with a certificate
    // that it is the host asked for: the Checks page calls the port usable and recommends it,
    // with the name as a note, not as a network redirecting mail.
    void checksPageTrustsAVerifiedCertificateOverTheGreetingName()
    {
        test::TestCertificates certs;
        QVERIFY(certs.create());
        test::FaultServer server(
            test::FaultScript()
                .send("220 server42.hostingcompany.example ESMTP\r\n")
                .on(QStringLiteral("^EHLO"), "250-server42.hostingcompany.example\r\n250 STARTTLS\r\n")
                .on(QStringLiteral("^STARTTLS"), "220 2.0.0 Ready\r\n")
                .startTls(certs.good.certificate, certs.good.key)
                .on(QStringLiteral("^EHLO"), "250-server42.hostingcompany.example\r\n250 AUTH PLAIN\r\n")
                .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n"));
        const quint16 port = server.start();
        QVERIFY(port);
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        openChecksPage(w, port, QStringLiteral("localhost"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled(),
                                 20000);
        auto* table = find<QTableWidget>(w, QStringLiteral("probeTable"));
        QString outcome;
        QString greetingName;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QString::number(port)) {
                outcome = table->item(row, 2)->text();
                greetingName = table->item(row, 3)->text();
            }
        }
        QVERIFY2(outcome.contains(probeOutcomeText(PortResult::Outcome::Usable)), qPrintable(outcome));
        QCOMPARE(greetingName, QStringLiteral("server42.hostingcompany.example"));
        const QString results = find<FindingsView>(w, QStringLiteral("checkResults"))->plainText();
        QVERIFY2(!results.contains(QLatin1String("redirects mail")), qPrintable(results));
        QVERIFY2(results.contains(QStringLiteral("Use port %1").arg(port)), qPrintable(results));
    }

    // When the probe finds another port that works, one click puts it in the profile.
    void checksPageAppliesTheRecommendedPort()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, 587);
        if (QTest::currentTestFailed())
            return;
        showWebServerFindsPort465(w);
        if (QTest::currentTestFailed())
            return;
        auto* use = find<QPushButton>(w, QStringLiteral("useRecommendedButton"));
        QTRY_VERIFY(use->isVisible());
        QVERIFY2(use->text().remove(QLatin1Char('&')).contains(QLatin1String("465")),
                 qPrintable(use->text()));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(w.profile().setting(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(w.profile().setting(QStringLiteral("encryption")).toString(), QStringLiteral("ssl"));
        QVERIFY(!use->isVisible());
        // Saved at once: a restart keeps the new port.
        const auto saved = ProfileStore(profilePath()).load();
        QCOMPARE(saved.profile.mailerSettings(QStringLiteral("smtp")).value(QStringLiteral("port")).toInt(),
                 465);
    }

    // What the user types reaches the profile file while they are still on the page, and a wizard
    // closed in the middle of typing keeps the last keys.
    void typedSettingsAreSavedWithoutLeavingThePage()
    {
        auto savedFrom = [this] {
            return ProfileStore(profilePath()).load().profile.sender().fromEmail;
        };
        {
            PostinoWizard w(ProfileStore(profilePath()), nullptr);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            clickNext(w);
            QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
            clickNext(w);
            auto* auth = find<QCheckBox>(w, QStringLiteral("auth"));
            QTest::mouseClick(auth, Qt::LeftButton, {}, QPoint(8, auth->height() / 2));
            typeInto(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("mail.example.org"));
            // Still on the Configure page: the host is in the file.
            QTRY_COMPARE(ProfileStore(profilePath())
                             .load()
                             .profile.mailerSettings(QStringLiteral("smtp"))
                             .value(QStringLiteral("host"))
                             .toString(),
                         QStringLiteral("mail.example.org"));
            clickNext(w);
            QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
            typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("orders@example.org"));
            QTRY_COMPARE(savedFrom(), QStringLiteral("orders@example.org"));
            // Typed, then closed at once: nothing has been written yet when the window goes.
            auto* name = find<QLineEdit>(w, QStringLiteral("fromName"));
            typeInto(name, QStringLiteral("Shop"));
            QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
            w.close();
        }
        const Profile saved = ProfileStore(profilePath()).load().profile;
        QCOMPARE(saved.sender().fromEmail, QStringLiteral("orders@example.org"));
        QCOMPARE(saved.sender().fromName, QStringLiteral("Shop"));
    }

    // A setting changed on one page shows on the page that edits it: the port the Checks page
    // applied is in the Configure page's fields when Back leads there.
    void settingChangedOnOnePageShowsOnAnother()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), 587},
                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                 {QStringLiteral("auth"), false}});
            p.sender().fromEmail = QStringLiteral("shop@example.com");
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() < PostinoWizard::ChecksPageId) {
            const int before = w.currentId();
            clickNext(w);
            QVERIFY(w.currentId() > before);
            if (w.currentId() == PostinoWizard::ConfigurePageId) {
                QCOMPARE(find<QLineEdit>(w, QStringLiteral("port"))->text(), QStringLiteral("587"));
            }
        }
        showWebServerFindsPort465(w);
        if (QTest::currentTestFailed())
            return;
        auto* use = find<QPushButton>(w, QStringLiteral("useRecommendedButton"));
        QTRY_VERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);

        while (w.currentId() > PostinoWizard::ConfigurePageId) {
            QTest::mouseClick(button(w, QWizard::BackButton), Qt::LeftButton);
        }
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("port"))->text(), QStringLiteral("465"));
        QVERIFY(find<QRadioButton>(w, QStringLiteral("encryption_ssl"))->isChecked());
        QVERIFY(!find<QRadioButton>(w, QStringLiteral("encryption_tls"))->isChecked());
        // Going on from there keeps the applied port.
        clickNext(w);
        QCOMPARE(w.profile().setting(QStringLiteral("port")).toInt(), 465);
    }

    void checksPageReportsTheDomainsDns()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("mailjet"));
            p.sender().fromEmail = QStringLiteral("shop@example.com");
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChecksPageId);
        w.restart();
        QCOMPARE(w.currentId(), int(PostinoWizard::ChecksPageId));
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto* results = find<FindingsView>(w, QStringLiteral("dnsResults"));
        QTRY_VERIFY(tabs->tabText(1).contains(QLatin1String("to fix")));
        const QString text = results->plainText();
        // Mailjet needs its include; ?all and p=none are weak; no DKIM key at "mailjet".
        QVERIFY2(text.contains(QLatin1String("does not include spf.mailjet.com")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("?all")));
        QVERIFY(text.contains(QLatin1String("p=none")));
        QVERIFY(text.contains(QLatin1String("v=spf1 mx include:spf.mailjet.com ~all")));
        auto* copy = find<QPushButton>(w, QStringLiteral("dnsCopyButton"));
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(
            QLatin1String("example.com TXT \"v=spf1 mx include:spf.mailjet.com ~all\"")));

        // A selector typed by the user is looked up on "check again".
        typeInto(find<QLineEdit>(w, QStringLiteral("dnsSelector")), QStringLiteral("custom"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("dnsAgainButton")), Qt::LeftButton);
        QTRY_VERIFY(results->plainText().contains(QLatin1String("custom._domainkey.example.com")));
        QVERIFY(find<QLabel>(w, QStringLiteral("dnsTarget"))->text().contains(QLatin1String("example.com")));
    }

    // The Domain tab's findings are rows: one per finding, most severe first, each named with its severity
    // word; a summary line counts what to fix; the first problem is open, the rest open on Space or Enter;
    // the record to add is in the details; nothing needs a sideways scroll.
    void domainFindingsAreRowsWithDetailsOnDemand()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("mailjet"));
            p.sender().fromEmail = QStringLiteral("shop@example.com");
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChecksPageId);
        w.restart();
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        tabs->setCurrentIndex(1);
        QTRY_VERIFY(tabs->tabText(1).contains(QLatin1String("to fix")));
        auto* report = w.currentPage()->findChild<dns::DomainReport*>();
        QVERIFY(report);
        const Findings findings = report->findings();
        auto* results = find<FindingsView>(w, QStringLiteral("dnsResults"));
        const QList<FindingRow*> rows = results->rows();
        QCOMPARE(rows.size(), findings.size());

        // The summary line counts the warnings and errors (none of these lookups failed).
        const qsizetype problems =
            std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.isProblem(); });
        QVERIFY(problems >= 3);
        const QString summary = results->summary();
        QVERIFY2(summary.startsWith(QStringLiteral("%1 thing").arg(problems)), qPrintable(summary));
        QCOMPARE(summary, findingsSummary(findings));
        QVERIFY(results->findChild<QLabel*>(QStringLiteral("findingsSummary"))->isVisible());

        // Each row says its severity in words, most severe first.
        int previous = int(Severity::Error);
        for (FindingRow* row : rows) {
            QWidget* stop = row->focusOrder().first();
            QVERIFY(stop->focusPolicy() & Qt::TabFocus);
            const QString name = QAccessible::queryAccessibleInterface(stop)->text(QAccessible::Name);
            const auto word = QRegularExpression(QStringLiteral("^(OK|Note|Warning|Error): \\S")).match(name);
            QVERIFY2(word.hasMatch(), qPrintable(name));
            const int severity = severityNamed(word.captured(1));
            QVERIFY2(severity <= previous, qPrintable(name));
            previous = severity;
        }

        // The first problem is open, the next one closed until Space or Enter on its arrow.
        QVERIFY(rows.at(0)->isExpanded());
        QVERIFY(rows.at(0)->details()->isVisible());
        FindingRow* second = rows.at(1);
        QVERIFY(second->hasDetails());
        QVERIFY(!second->isExpanded());
        QVERIFY(second->toggle()->accessibleDescription().contains(QLatin1String("hidden")));
        second->toggle()->setFocus();
        QTRY_VERIFY(second->toggle()->hasFocus());
        QTest::keyClick(second->toggle(), Qt::Key_Space);
        QVERIFY(second->isExpanded());
        QVERIFY(second->details()->isVisible());
        QVERIFY(second->toggle()->accessibleDescription().contains(QLatin1String("shown")));
        QTest::keyClick(second->toggle(), Qt::Key_Return);
        QVERIFY(!second->isExpanded());
        QVERIFY(!second->details()->isVisible());
        QCOMPARE(w.currentId(), int(PostinoWizard::ChecksPageId)); // Enter opened and closed; no Next

        // Every row open: the record to add is there to select, and the rows still fit the width.
        for (FindingRow* row : rows) {
            if (row->hasDetails())
                row->setExpanded(true);
        }
        QStringList fixes;
        for (auto* fix : results->findChildren<QTextEdit*>(QStringLiteral("findingFix")))
            fixes << fix->toPlainText();
        QVERIFY2(fixes.contains(QStringLiteral("example.com TXT \"v=spf1 mx include:spf.mailjet.com ~all\"")),
                 qPrintable(fixes.join(u'|')));
        auto* scroll = qobject_cast<QScrollArea*>(results->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QTRY_VERIFY2(
            results->width() <= scroll->viewport()->width(),
            qPrintable(QStringLiteral("%1 > %2").arg(results->width()).arg(scroll->viewport()->width())));
    }

    // The third tab answers "will Gmail, Yahoo and Outlook.com accept it?" from the DNS checks: one row
    // per provider, each requirement below it with its evidence, and a line per provider above.
    void checksPageSaysWhetherProvidersWillAcceptTheMail()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("mail.example.com")},
                                 {QStringLiteral("port"), 465},
                                 {QStringLiteral("encryption"), QStringLiteral("ssl")}});
            p.sender().fromEmail = QStringLiteral("shop@example.com");
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChecksPageId);
        w.restart();
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        tabs->setCurrentIndex(2);
        auto* view = find<AcceptanceView>(w, QStringLiteral("acceptanceView"));
        QVERIFY(view);
        QTRY_COMPARE(view->topLevelItemCount(), 3);
        QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("Gmail"));
        QVERIFY(!view->accessibleName().isEmpty());
        auto rowOf = [view](int provider, const QString& title) -> QTreeWidgetItem* {
            QTreeWidgetItem* p = view->topLevelItem(provider);
            for (int i = 0; i < p->childCount(); ++i) {
                if (p->child(i)->text(0).startsWith(title))
                    return p->child(i);
            }
            return nullptr;
        };
        // mail.example.com (192.0.2.25) points back to itself, and no list in the fixture lists it.
        QTreeWidgetItem* rdns =
            rowOf(0, QStringLiteral("Sending servers have forward-confirmed reverse DNS"));
        QVERIFY(rdns);
        QCOMPARE(rdns->text(1), QStringLiteral("met"));
        QVERIFY(rdns->childCount() > 0 && rdns->child(0)->text(0).contains(QLatin1String("192.0.2.25")));
        // "v=spf1 mx ?all": the relay is the MX, so SPF passes; DMARC p=none is published.
        QCOMPARE(rowOf(0, QStringLiteral("SPF or DKIM passes"))->text(1), QStringLiteral("met"));
        QCOMPARE(rowOf(2, QStringLiteral("A DMARC record is published"))->text(2), QStringLiteral("met"));
        // No DKIM selector is known for Other SMTP: Outlook.com's bulk rule cannot be told, and says why.
        QTreeWidgetItem* dkim = rowOf(2, QStringLiteral("DKIM passes"));
        QCOMPARE(dkim->text(2), QStringLiteral("cannot tell"));
        QVERIFY(dkim->child(0)->text(0).contains(QLatin1String("selector")));
        const QString summary = find<QLabel>(w, QStringLiteral("acceptanceSummary"))->text();
        QVERIFY2(summary.startsWith(QLatin1String("Gmail: ")), qPrintable(summary));
        QCOMPARE(summary.count(QLatin1Char('\n')), 2);
    }

    // Tab enters the encryption choice at the chosen button and leaves it with the next Tab; arrow keys
    // move between the buttons and choose.
    void encryptionChoiceIsOneTabStop()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([](Profile& p) { p = test::sampleSmtpProfile(); }); // STARTTLS on 587
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ConfigurePageId);
        w.restart();
        auto* host = find<QLineEdit>(w, QStringLiteral("host"));
        auto* tls = find<QRadioButton>(w, QStringLiteral("encryption_tls"));
        QVERIFY(tls->isChecked());
        host->setFocus();
        QTRY_VERIFY(host->hasFocus());
        QTest::keyClick(host, Qt::Key_Tab);
        QTRY_VERIFY2(tls->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        QTest::keyClick(tls, Qt::Key_Tab);
        QVERIFY(!QApplication::focusWidget()->objectName().startsWith(QLatin1String("encryption_")));
        // Back in, an arrow key chooses the next button, which becomes the group's Tab stop.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_VERIFY(tls->hasFocus());
        QTest::keyClick(tls, Qt::Key_Left);
        auto* ssl = find<QRadioButton>(w, QStringLiteral("encryption_ssl"));
        QTRY_VERIFY(ssl->hasFocus());
        QVERIFY(ssl->isChecked());
        QCOMPARE(ssl->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(tls->focusPolicy(), Qt::ClickFocus);
    }

    // A screen reader or another assistive tool sets text through the accessibility interface, not by
    // typing: that text counts as typed (Next unblocks, the profile keeps it).
    void textSetByAssistiveToolsCounts()
    {
        const auto setByTool = [](QLineEdit* edit, const QString& text) {
            QAccessibleInterface* a = QAccessible::queryAccessibleInterface(edit);
            QVERIFY(a);
            a->setText(QAccessible::Value, text);
        };
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([](Profile& p) { p = test::sampleSmtpProfile(); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ConfigurePageId);
        w.restart();
        setByTool(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("mail.example.org"));
        QTRY_COMPARE(w.profile().setting(QStringLiteral("host")).toString(),
                     QStringLiteral("mail.example.org"));

        w.editProfile([](Profile& p) { p.sender().fromEmail.clear(); });
        w.setStartId(PostinoWizard::SenderPageId);
        w.restart();
        QVERIFY(!button(w, QWizard::NextButton)->isEnabled());
        setByTool(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("shop@example.org"));
        QTRY_VERIFY(button(w, QWizard::NextButton)->isEnabled());
        QTRY_COMPARE(w.profile().sender().fromEmail, QStringLiteral("shop@example.org"));
    }

    // Typing in the filter keeps the mailers whose name or kind matches, and the choice follows: Enter then
    // takes the one left on top.
    void chooseMailerFilterNarrowsTheList()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChooseMailerPageId);
        w.restart();
        auto* list = find<QListWidget>(w, QStringLiteral("mailerList"));
        auto* filter = find<QLineEdit>(w, QStringLiteral("mailerFilter"));
        const auto shown = [list] {
            QStringList ids;
            for (int i = 0; i < list->count(); ++i) {
                if (!list->item(i)->isHidden())
                    ids << list->item(i)->data(Qt::UserRole).toString();
            }
            return ids;
        };
        const qsizetype all = shown().size();
        QVERIFY(all > 10);
        typeInto(filter, QStringLiteral("grid"));
        QCOMPARE(shown(), QStringList{QStringLiteral("sendgrid")});
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("sendgrid"));
        QCOMPARE(w.profile().mailerId(), QStringLiteral("sendgrid"));
        typeInto(filter, QStringLiteral("smtp"));
        QVERIFY(shown().contains(QStringLiteral("smtp")));
        QVERIFY(!shown().contains(QStringLiteral("sendgrid")));
        typeInto(filter, QString());
        QCOMPARE(shown().size(), all);
    }

    // The mailer list: the recommended mailers first, then the rest in catalog order; under each name a line
    // saying why one would pick it (how it sends, its free tier where the catalog knows it), which a screen
    // reader hears too; typing a name's start jumps to it.
    void chooseMailerSaysWhyPickEachMailer()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::ChooseMailerPageId);
        w.restart();
        auto* list = find<QListWidget>(w, QStringLiteral("mailerList"));
        QVERIFY(list);
        const QList<MailerInfo>& catalog = Catalog::builtin().mailers();
        QCOMPARE(list->count(), catalog.size());

        QStringList expected; // recommended first, each group in catalog order
        for (const bool recommended : {true, false}) {
            for (const MailerInfo& m : catalog) {
                if (m.recommended == recommended)
                    expected << m.id;
            }
        }
        QStringList ids;
        for (int i = 0; i < list->count(); ++i)
            ids << list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(ids, expected);
        QVERIFY(Catalog::builtin().mailer(ids.first())->recommended);
        QVERIFY(!Catalog::builtin().mailer(ids.last())->recommended);

        const auto whyLine = [list](const QString& id) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toString() == id)
                    return list->item(i)->text().section(QLatin1Char('\n'), 1);
            }
            return QString();
        };
        QAccessibleInterface* listAccess = QAccessible::queryAccessibleInterface(list);
        QVERIFY(listAccess);
        QCOMPARE(listAccess->childCount(), list->count());
        const int lineHeight = list->fontMetrics().height();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            const MailerInfo* m = Catalog::builtin().mailer(item->data(Qt::UserRole).toString());
            const QStringList lines = item->text().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 2);
            QVERIFY(lines[0].startsWith(m->name));
            QVERIFY2(lines[1].size() > 20, qPrintable(item->text()));
            QCOMPARE(lines[0].contains(QLatin1String("recommended")), m->recommended);
            // Both lines reach assistive technology.
            const QString heard = listAccess->child(i)->text(QAccessible::Name);
            QVERIFY2(heard.contains(m->name) && heard.contains(lines[1]), qPrintable(heard));
            // Both lines are drawn: the row is at least two lines high.
            list->scrollToItem(item);
            QVERIFY2(
                list->visualItemRect(item).height() >= 2 * lineHeight,
                qPrintable(QStringLiteral("%1: %2 px").arg(m->id).arg(list->visualItemRect(item).height())));
            // The free tier only where the catalog knows it.
            QCOMPARE(lines[1].contains(QLatin1String("free"), Qt::CaseInsensitive), !m->freeTier.isEmpty());
        }
        // Each row is tall enough for its why-line wrapped to the row's width, also after the window
        // narrows (the rows are laid out again).
        const auto rowsFit = [list, lineHeight] {
            for (int i = 0; i < list->count(); ++i) {
                const QRect row = list->visualItemRect(list->item(i));
                const QString why = list->item(i)->text().section(QLatin1Char('\n'), 1);
                const int whyHeight =
                    list->fontMetrics()
                        .boundingRect(QRect(0, 0, row.width(), 10000), Qt::TextWordWrap, why)
                        .height();
                if (row.height() < lineHeight + whyHeight)
                    return false;
            }
            return true;
        };
        QVERIFY(rowsFit());
        const int rowWidth = list->visualItemRect(list->item(0)).width();
        const QSize size = w.size();
        w.resize(size.width() + 300, size.height());
        QTRY_VERIFY(list->visualItemRect(list->item(0)).width() > rowWidth);
        w.resize(size);
        QTRY_COMPARE(list->visualItemRect(list->item(0)).width(), rowWidth);
        QVERIFY(rowsFit());

        QVERIFY2(whyLine(QStringLiteral("sendgrid")).contains(QLatin1String("HTTPS")),
                 qPrintable(whyLine(QStringLiteral("sendgrid"))));
        QVERIFY(whyLine(QStringLiteral("sendgrid")).contains(QLatin1String("443")));
        QVERIFY(whyLine(QStringLiteral("sendlayer")).contains(QLatin1String("200 free emails")));
        QVERIFY(whyLine(QStringLiteral("gmail")).contains(QLatin1String("Sign in")));
        QVERIFY(!whyLine(QStringLiteral("smtp")).contains(QLatin1String("HTTPS")));
        QVERIFY(whyLine(QStringLiteral("smtp")).contains(QLatin1String("login")));

        // Type-ahead: the start of a name selects that mailer.
        list->setFocus();
        QTest::keyClicks(list, QStringLiteral("Postm"));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("postmark"));
        QCOMPARE(w.profile().mailerId(), QStringLiteral("postmark"));
    }

    // Closed at one size, the wizard opens at that size next time, as desktop apps do.
    void windowSizeIsRemembered()
    {
        QSize closedAt;
        {
            PostinoWizard w(ProfileStore(profilePath()), nullptr);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1040, 730);
            QTRY_COMPARE(w.size(), QSize(1040, 730));
            closedAt = w.size();
            w.reject();
        }
        PostinoWizard again(ProfileStore(profilePath()), nullptr);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), closedAt);
        again.reject();
        QSettings().remove(QStringLiteral("wizard/geometry")); // the other tests start at the default size
    }

    // Discovery on Choose mailer: an address typed (Enter searches, it does not move on), the
    // suggestion with its evidence above the list, selected; choosing it fills in Configure and Sender.
    void chooseMailerFindsTheSetupFromAnAddress()
    {
        // Only the fixture DNS is asked; the candidates are not probed (no network in this tier).
        ChooseMailerPage::setDiscoveryTweak([](discovery::DiscoveryOptions& o) { o.verify = false; });
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PostinoWizard::ChooseMailerPageId));

        auto* address = find<QLineEdit>(w, QStringLiteral("discoverAddress"));
        auto* recommendation = find<QLabel>(w, QStringLiteral("discoverRecommendation"));
        auto* list = find<QListWidget>(w, QStringLiteral("mailerList"));
        QVERIFY(address && recommendation && list);
        QVERIFY(!recommendation->isVisible());
        typeInto(address, QStringLiteral("shop@brevoshop.example"));
        QTest::keyClick(address, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PostinoWizard::ChooseMailerPageId)); // Enter searched, stayed here
        QTRY_VERIFY_WITH_TIMEOUT(recommendation->isVisible(), 10000);
        QVERIFY2(recommendation->text().contains(QLatin1String("Brevo")), qPrintable(recommendation->text()));
        QVERIFY(recommendation->text().contains(QLatin1String("spf.brevo.com")));
        QVERIFY2(recommendation->text().contains(QLatin1String("Google Workspace")),
                 qPrintable(recommendation->text()));
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("sendinblue"));
        QVERIFY(find<QLabel>(w, QStringLiteral("mailerDetails"))
                    ->text()
                    .contains(QLatin1String("spf.brevo.com")));

        // Stop ends a search at once; the list stays usable and nothing is filled in.
        typeInto(address, QStringLiteral("anna@studio.example"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("discoverButton")), Qt::LeftButton);
        auto* stop = find<QPushButton>(w, QStringLiteral("discoverCancel"));
        QVERIFY(stop->isVisible());
        QVERIFY(!recommendation->isVisible());
        QTest::mouseClick(stop, Qt::LeftButton);
        QVERIFY(!stop->isVisible());
        QVERIFY(
            find<QLabel>(w, QStringLiteral("discoverStatus"))->text().startsWith(QLatin1String("Stopped")));
        QTest::qWait(200);
        QVERIFY(!recommendation->isVisible());
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("sendinblue"));

        // A domain with its own submission server: Other SMTP, filled in from the SRV record.
        typeInto(address, QStringLiteral("anna@studio.example"));
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("discoverButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(recommendation->text().contains(QLatin1String("mail.studio.example")),
                                 10000);
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("smtp"));
        QVERIFY(recommendation->text().contains(QLatin1String("could not verify")));
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::ConfigurePageId));
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("host"))->text(), QStringLiteral("mail.studio.example"));
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("port"))->text(), QStringLiteral("465"));
        QVERIFY(find<QRadioButton>(w, QStringLiteral("encryption_ssl"))->isChecked());
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("user"))->text(), QStringLiteral("anna@studio.example"));
        typeInto(find<QLineEdit>(w, QStringLiteral("pass")), QStringLiteral("secret"));
        QTRY_VERIFY(button(w, QWizard::NextButton)->isEnabled());
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("fromEmail"))->text(),
                 QStringLiteral("anna@studio.example"));
        ChooseMailerPage::setDiscoveryTweak({});
    }

    // What a screen reader announces: every control that takes the keyboard focus on every page has a
    // name, and Tab leaves the Checks page's port table for the buttons below it (no keyboard trap).
    void everyFocusableControlHasANameAndTabLeavesThePortTable()
    {
        const auto unnamed = [](QWidget* root) {
            QStringList out;
            for (QWidget* widget : root->findChildren<QWidget*>()) {
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled()) {
                    continue;
                }
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
                    out << QStringLiteral("%1 (%2)").arg(
                        widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
                }
            }
            return out;
        };
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, 1); // nothing listens on port 1: refused at once
        QCOMPARE(w.currentId(), int(PostinoWizard::ChecksPageId));
        for (const int id :
             {PostinoWizard::WelcomePageId, PostinoWizard::ChooseMailerPageId, PostinoWizard::ConfigurePageId,
              PostinoWizard::SenderPageId, PostinoWizard::FeaturesPageId, PostinoWizard::ChecksPageId,
              PostinoWizard::TestEmailPageId, PostinoWizard::ExportPageId}) {
            w.setStartId(id);
            w.restart();
            QTest::qWait(50);
            const QStringList missing = unnamed(w.currentPage());
            QVERIFY2(
                missing.isEmpty(),
                qPrintable(QStringLiteral("page %1: %2").arg(id).arg(missing.join(QLatin1String(", ")))));
            if (id == PostinoWizard::ChecksPageId) {
                auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
                tabs->setCurrentIndex(1);
                QTest::qWait(50);
                const QStringList domain = unnamed(w.currentPage());
                QVERIFY2(domain.isEmpty(), qPrintable(domain.join(QLatin1String(", "))));
                tabs->setCurrentIndex(0);
                auto* table = find<QTableWidget>(w, QStringLiteral("probeTable"));
                table->setFocus();
                QTRY_VERIFY(table->hasFocus());
                QTest::keyClick(table, Qt::Key_Tab);
                QVERIFY2(!table->hasFocus(), "Tab stays in the port table");
            }
        }
        w.setStartId(PostinoWizard::FeaturesPageId);
        w.restart();
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("alertsButton")), Qt::LeftButton);
        auto* alerts = find<QDialog>(w, QStringLiteral("alertsDialog"));
        QVERIFY(alerts);
        QTRY_VERIFY(alerts->isVisible());
        const QStringList dialog = unnamed(alerts);
        QVERIFY2(dialog.isEmpty(), qPrintable(dialog.join(QLatin1String(", "))));
        alerts->reject();
    }

    // Every button, check box and radio button a page shows has a keyboard shortcut of its own, the
    // fields the catalog describes (Other SMTP's encryption choice, its check boxes) included.
    void everyActionHasItsOwnMnemonic()
    {
        const auto problems = [](QWidget* page) {
            QStringList out;
            QHash<QChar, QString> taken;
            const QList<QAbstractButton*> buttons = page->window()->findChildren<QAbstractButton*>();
            for (QAbstractButton* b : buttons) {
                // What can be seen: the current page (hidden pages hide their buttons) and the wizard's own.
                if (!b->isVisible() || b->text().isEmpty()) {
                    continue;
                }
                const QKeySequence key = QKeySequence::mnemonic(b->text());
                if (key.isEmpty()) {
                    out << QStringLiteral("no shortcut: %1").arg(b->text());
                } else if (taken.contains(QChar(key[0].key()))) {
                    out << QStringLiteral("%1 and %2 share %3")
                               .arg(b->text(), taken.value(QChar(key[0].key())), key.toString());
                } else {
                    taken.insert(QChar(key[0].key()), b->text());
                }
            }
            return out;
        };
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        openChecksPage(w, 1);
        for (const int id :
             {PostinoWizard::WelcomePageId, PostinoWizard::ChooseMailerPageId, PostinoWizard::ConfigurePageId,
              PostinoWizard::SenderPageId, PostinoWizard::FeaturesPageId, PostinoWizard::ChecksPageId,
              PostinoWizard::TestEmailPageId, PostinoWizard::ExportPageId}) {
            w.setStartId(id);
            w.restart();
            QTest::qWait(50);
            const QStringList found = problems(w.currentPage());
            QVERIFY2(found.isEmpty(),
                     qPrintable(QStringLiteral("page %1: %2").arg(id).arg(found.join(QLatin1String("; ")))));
        }
    }

    // Tab walks the Test email and Export pages and the Checks page's Domain tab in the order they are
    // drawn: top to bottom, and left to right along a row (the delivery box before the conversation with
    // the server; Copy, Save as…, Insert; the domain, its result rows, the options, the buttons).
    void tabFollowsTheLayout()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([](Profile& p) {
            p = test::sampleSmtpProfile();
            p.setTestRecipient(QStringLiteral("anna@example.org"));
        });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const int id : {PostinoWizard::TestEmailPageId, PostinoWizard::ExportPageId}) {
            w.setStartId(id);
            w.restart();
            QTest::qWait(50);
            QList<QWidget*> chain;
            const QString problem = tabOrderProblem(w.currentPage(), &chain);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("page %1: %2").arg(id).arg(problem)));
            QVERIFY(chain.size() > 3);
        }

        // The Domain tab, once its rows are in (nothing listens on port 1: the port probe ends at once).
        w.editProfile([](Profile& p) {
            p.setSetting(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
            p.setSetting(QStringLiteral("port"), 1);
        });
        w.setStartId(PostinoWizard::ChecksPageId);
        w.restart();
        auto* tabs = find<QTabWidget>(w, QStringLiteral("checksTabs"));
        tabs->setCurrentIndex(1);
        auto* results = find<FindingsView>(w, QStringLiteral("dnsResults"));
        QTRY_VERIFY(find<QPushButton>(w, QStringLiteral("dnsAgainButton"))->isEnabled() &&
                    results->isVisible());
        QVERIFY(results->rows().size() > 1);
        w.resize(w.width(), 1800); // every row in view: the order is checked by position
        QTest::qWait(50);          // the rows laid out
        QList<QWidget*> chain;
        const QString problem = tabOrderProblem(tabs->widget(1), &chain);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("Domain tab: %1").arg(problem)));
        QStringList names;
        for (const QWidget* f : std::as_const(chain))
            names << f->objectName();
        QCOMPARE(names.first(), QStringLiteral("dnsTarget"));
        QVERIFY2(names.at(1).startsWith(QLatin1String("finding")), qPrintable(names.join(u' ')));
        QStringList options{QStringLiteral("dnsSelector")};
        if (find<QWidget>(w, QStringLiteral("dnsReturnPath"))->isVisible())
            options << QStringLiteral("dnsReturnPath");
        options << QStringLiteral("dnsOwnServers") << QStringLiteral("dnsAgainButton");
        if (find<QWidget>(w, QStringLiteral("dnsCopyButton"))->isEnabled())
            options << QStringLiteral("dnsCopyButton");
        QCOMPARE(names.mid(names.size() - options.size()), options);
        for (const QString& name : names.mid(1, names.size() - 1 - options.size()))
            QVERIFY2(name.startsWith(QLatin1String("finding")), qPrintable(names.join(u' ')));
    }

    void init()
    {
        QSettings().clear();
        QFile::remove(profilePath());
    }

    // The window shows Postino's icon (the SVG the desktop entry names), sharp at every size a
    // desktop asks for; it needs Qt's SVG plugin, which the package depends on.
    void windowShowsTheApplicationIcon()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        const QIcon icon = w.windowIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48, 256}) {
            const QImage image = icon.pixmap(QSize(size, size)).toImage();
            QCOMPARE(image.size(), QSize(size, size));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // the corner is transparent
            // The envelope's blue and the badge's green are drawn.
            const QColor envelope = image.pixelColor(size / 8, size * 6 / 16);
            const QColor tick = image.pixelColor(size * 3 / 4, size * 5 / 8); // the badge, above the tick
            QVERIFY2(envelope.alpha() == 255 && envelope.blue() > 150 && envelope.red() < 100,
                     qPrintable(QStringLiteral("%1 px: %2").arg(size).arg(envelope.name())));
            QVERIFY2(tick.alpha() == 255 && tick.green() > 120 && tick.red() < 100,
                     qPrintable(QStringLiteral("%1 px: %2").arg(size).arg(tick.name())));
        }
    }

    // About: the version and revision, the licence, and where the profile, the settings and the
    // secrets are kept, so a user can back them up or remove them.
    void aboutTellsVersionLicenceAndWhereThingsAreKept()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractButton* aboutButton = w.button(QWizard::HelpButton);
        QVERIFY(aboutButton->isVisible());
        QCOMPARE(aboutButton->text(), QStringLiteral("Abo&ut"));
        QTest::mouseClick(aboutButton, Qt::LeftButton);
        QPointer<AboutDialog> dialog = w.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("About Postino"));
        const auto label = [&dialog](const char* name) {
            const auto* found = dialog->findChild<QLabel*>(QLatin1String(name));
            return found ? found->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
        };

        const QString version = label("aboutVersion");
        const auto match =
            QRegularExpression(QStringLiteral(R"(^Version ([0-9.]+) \(revision (\S+)\)$)")).match(version);
        QVERIFY2(match.hasMatch(), qPrintable(version));
        QCOMPARE(match.captured(1), test::projectVersion());
        const QString problem = test::revisionProblem(match.captured(2));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QVERIFY(label("aboutLicenceSummary").contains(QLatin1String("MIT")));
        const QString licence =
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("aboutLicence"))->toPlainText();
        QVERIFY2(licence.startsWith(QLatin1String("MIT License")), qPrintable(licence.left(80)));
        QVERIFY(licence.contains(QLatin1String("Permission is hereby granted")));

        QCOMPARE(label("aboutProfilePath"), profilePath());
        const QString settings = label("aboutSettingsPath");
        QCOMPARE(settings, QSettings().fileName());
        QVERIFY2(settings.endsWith(QLatin1String("/tst_wizard.conf")), qPrintable(settings));
        // No keychain behind this wizard: the dialog says secrets last for the session only.
        QVERIFY(label("aboutSecretsPlace").contains(QLatin1String("this session only")));

        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(w.currentId(), int(PostinoWizard::WelcomePageId)); // nothing else changed
    }

    void walkOtherSmtpByKeyboardAndMouse()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        if (haveMailServer()) {
            w.setExtraCaCertificates(QSslCertificate::fromPath(qEnvironmentVariable("POSTINO_TEST_CA")));
        }
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        walkToTestEmail(w);
        if (QTest::currentTestFailed()) {
            return; // a step of the walk failed and said why; the page below may not exist
        }

        auto* send = find<QPushButton>(w, QStringLiteral("sendButton"));
        QVERIFY(send);
        QVERIFY(send->isEnabled());
        QVERIFY(!find<InlineMessage>(w, QStringLiteral("sendUnavailable"))->isVisible());
        if (haveMailServer()) {
            find<QLineEdit>(w, QStringLiteral("recipient"))->clear();
            QTest::keyClicks(find<QLineEdit>(w, QStringLiteral("recipient")),
                             qEnvironmentVariable("POSTINO_TEST_USER2"));
            // Level 3: follow it into Bob's mailbox over IMAP (the harness's Dovecot).
            QTest::mouseClick(find<QCheckBox>(w, QStringLiteral("checkMailbox")), Qt::LeftButton, {},
                              QPoint(8, 8));
            auto* preset = find<QComboBox>(w, QStringLiteral("imapPreset"));
            preset->setCurrentIndex(preset->count() - 1); // "Other mailbox"
            typeInto(find<QLineEdit>(w, QStringLiteral("imapHost")), smtpHost());
            typeInto(find<QLineEdit>(w, QStringLiteral("imapUser")),
                     qEnvironmentVariable("POSTINO_TEST_USER2"));
            typeInto(find<QLineEdit>(w, QStringLiteral("imapPassword")),
                     qEnvironmentVariable("POSTINO_TEST_PASSWORD2"));
            QTest::mouseClick(send, Qt::LeftButton);
            auto* banner = find<StatusBanner>(w, QStringLiteral("verdictBanner"));
            QTRY_VERIFY_WITH_TIMEOUT(banner->title().startsWith(QLatin1String("Sent")) ||
                                         banner->title() == QLatin1String("Not sent"),
                                     30000);
            const QString transcript = find<QPlainTextEdit>(w, QStringLiteral("transcript"))->toPlainText();
            QVERIFY2(banner->title().startsWith(QLatin1String("Sent")), qPrintable(transcript));
            QVERIFY(transcript.contains(QLatin1String("250")));
            QVERIFY(!transcript.contains(qEnvironmentVariable("POSTINO_TEST_PASSWORD")));
            auto* arrived = find<QLabel>(w, QStringLiteral("levelArrived"));
            QTRY_VERIFY_WITH_TIMEOUT(arrived->text().contains(QLatin1String("INBOX")), 30000);
            QCOMPARE(banner->title(), QStringLiteral("Sent and delivered"));
            QVERIFY(!find<QPlainTextEdit>(w, QStringLiteral("transcript"))
                         ->toPlainText()
                         .contains(qEnvironmentVariable("POSTINO_TEST_PASSWORD2")));
            // The message really arrived, with the UTF-8 From name intact.
            const QDir inbox(qEnvironmentVariable("POSTINO_TEST_MAILDIR_BOB") + QStringLiteral("/new"));
            QByteArray mail;
            QElapsedTimer t;
            t.start();
            while (mail.isEmpty() && t.elapsed() < 20000) {
                for (const QString& name : inbox.entryList(QDir::Files)) {
                    QFile f(inbox.filePath(name));
                    if (f.open(QIODevice::ReadOnly)) {
                        const QByteArray data = f.readAll();
                        if (mime::decodeHeaderText(mime::parse(data).header("From"))
                                .startsWith(QStringLiteral("Caffè Età"))) {
                            mail = data;
                        }
                    }
                }
                QTest::qWait(100);
            }
            QVERIFY2(!mail.isEmpty(), "the wizard's test email did not arrive");
        }
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::ExportPageId));
        QVERIFY(
            find<QLabel>(w, QStringLiteral("exportSummary"))->text().contains(QLatin1String("Other SMTP")));
        QTest::mouseClick(button(w, QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(w.result(), int(QDialog::Accepted));

        // What was entered is in the profile file, the password is not.
        QFile saved(profilePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray json = saved.readAll();
        QVERIFY(json.contains(smtpHost().toUtf8()));
        QVERIFY(json.contains("Caff\xc3\xa8 Et\xc3\xa0"));
        QVERIFY(!json.contains(
            qEnvironmentVariable("POSTINO_TEST_PASSWORD", QStringLiteral("Pässw0rd \"#!")).toUtf8()));
    }

    void nextHeldBackOnMalformedFromEmail()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) { p.setMailerId(QStringLiteral("smtp")); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        w.next();
        typeInto(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("smtp.example.com"));
        typeInto(find<QLineEdit>(w, QStringLiteral("user")), QStringLiteral("me"));
        typeInto(find<QLineEdit>(w, QStringLiteral("pass")), QStringLiteral("pw"));
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
        auto* from = find<QLineEdit>(w, QStringLiteral("fromEmail"));
        auto* error = find<QLabel>(w, QStringLiteral("fromEmailError"));
        QVERIFY(!button(w, QWizard::NextButton)->isEnabled());
        QTest::keyClicks(from, QStringLiteral("shop@example"));
        QVERIFY(!button(w, QWizard::NextButton)->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QLatin1String("shop@example")));
        QVERIFY(w.currentPage()->findChild<InlineMessage*>()->isVisible());
        // Enter must not get past the check either.
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
        QTest::keyClicks(from, QStringLiteral(".com"));
        QVERIFY(button(w, QWizard::NextButton)->isEnabled());
        QVERIFY(!error->isVisible());
    }

    void progressResumesWhereTheUserLeft()
    {
        {
            PostinoWizard w(ProfileStore(profilePath()), nullptr);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.next();
            QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
            clickNext(w);
            typeInto(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("mail.example.net"));
            auto* auth = find<QCheckBox>(w, QStringLiteral("auth"));
            QVERIFY(auth && auth->isChecked());
            QTest::mouseClick(auth, Qt::LeftButton, {}, QPoint(8, auth->height() / 2)); // no login needed
            QVERIFY(!auth->isChecked());
            QVERIFY2(button(w, QWizard::NextButton)->isEnabled(),
                     qPrintable(find<InlineMessage>(w, QStringLiteral("configureMessage"))->text()));
            clickNext(w);
            QCOMPARE(w.currentId(), int(PostinoWizard::SenderPageId));
            typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("news@example.net"));
            clickNext(w);
            QCOMPARE(w.currentId(), int(PostinoWizard::FeaturesPageId));
            w.close(); // closing keeps progress
        }
        PostinoWizard again(ProfileStore(profilePath()), nullptr);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.resumeProgress();
        QCOMPARE(again.currentId(), int(PostinoWizard::FeaturesPageId));
        QCOMPARE(again.profile().sender().fromEmail, QStringLiteral("news@example.net"));
        QCOMPARE(
            again.profile().mailerSettings(QStringLiteral("smtp")).value(QStringLiteral("host")).toString(),
            QStringLiteral("mail.example.net"));
        // Back works after resuming: history is real.
        QTest::mouseClick(button(again, QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(again.currentId(), int(PostinoWizard::SenderPageId));
    }

    void resumeWaitsForPasswordFromKeychain()
    {
        FakeKeychain keychain;
        {
            PostinoWizard w(ProfileStore(profilePath()), &keychain);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.next();
            QVERIFY(chooseMailer(w, QStringLiteral("smtp")));
            clickNext(w);
            typeInto(find<QLineEdit>(w, QStringLiteral("host")), QStringLiteral("mail.example.net"));
            typeInto(find<QLineEdit>(w, QStringLiteral("user")), QStringLiteral("me"));
            typeInto(find<QLineEdit>(w, QStringLiteral("pass")), QStringLiteral("s3cret é"));
            clickNext(w);
            typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("news@example.net"));
            clickNext(w);
            QCOMPARE(w.currentId(), int(PostinoWizard::FeaturesPageId));
        }
        QFile saved(profilePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QVERIFY(!saved.readAll().contains("s3cret"));

        PostinoWizard again(ProfileStore(profilePath()), &keychain);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.resumeProgress();
        // The password comes back from the keychain asynchronously; the resume carries on then.
        QTRY_COMPARE(again.currentId(), int(PostinoWizard::FeaturesPageId));
        QCOMPARE(again.secrets()->value(QStringLiteral("smtp.pass")), QByteArray("s3cret \xc3\xa9"));
    }

    void trustCertificateIsTheWayPastABadOne()
    {
        test::TestCertificates certs;
        QVERIFY(certs.create());
        // A server whose certificate names another host; otherwise it accepts a normal send.
        test::FaultScript script;
        script.startTls(certs.wrongName.certificate, certs.wrongName.key)
            .send("220 other.example.test ESMTP\r\n")
            .on(QStringLiteral("^EHLO "), "250-other.example.test\r\n250 AUTH PLAIN\r\n")
            .on(QStringLiteral("^AUTH "), "235 2.7.0 Authentication successful\r\n")
            .on(QStringLiteral("^MAIL "), "250 2.1.0 Ok\r\n")
            .on(QStringLiteral("^RCPT "), "250 2.1.5 Ok\r\n")
            .on(QStringLiteral("^DATA"), "354 End data with <CR><LF>.<CR><LF>\r\n")
            .readMessage("250 2.0.0 Ok: queued as TRUST1\r\n");
        test::FaultServer server(script);
        const quint16 port = server.start();
        QVERIFY(port);

        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), port},
                                 {QStringLiteral("encryption"), QStringLiteral("ssl")},
                                 {QStringLiteral("user"), QStringLiteral("me")}});
        });
        w.secrets()->setValue(QStringLiteral("smtp.pass"), "pw");
        w.editProfile([&](Profile& p) { p.sender().fromEmail = QStringLiteral("me@example.com"); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() < PostinoWizard::ChecksPageId) {
            clickNext(w);
        }
        QTRY_VERIFY(find<QWidget>(w, QStringLiteral("checkResults"))->isVisible()); // its probe is done
        QTRY_COMPARE(server.connections(), 1); // the probe reached the server...
        QTRY_VERIFY(!server.isServing());      // ...and the server has let go of it
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::TestEmailPageId));

        auto* send = find<QPushButton>(w, QStringLiteral("sendButton"));
        auto* banner = find<StatusBanner>(w, QStringLiteral("verdictBanner"));
        auto* trust = find<QPushButton>(w, QStringLiteral("trustCertificateButton"));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->title() == QLatin1String("Not sent"), 20000);
        const QString verdict = find<FindingsView>(w, QStringLiteral("verdict"))->plainText();
        QVERIFY2(verdict.contains(QLatin1String("other.example.test")),
                 qPrintable(verdict + QStringLiteral(" / server: ") +
                            server.errors().join(QStringLiteral("; ")) +
                            QStringLiteral(" / connections %1").arg(server.connections())));
        QVERIFY(trust->isVisible());
        QTest::mouseClick(trust, Qt::LeftButton);
        QCOMPARE(w.profile().setting(QStringLiteral("trusted_cert_sha256")).toString(),
                 QString::fromLatin1(certs.wrongName.certificate.digest(QCryptographicHash::Sha256).toHex()));
        // The fault server takes one connection at a time and turns away any other: let it notice
        // that the first attempt hung up (on a loaded machine that can come after the verdict).
        QTRY_VERIFY(!server.isServing());
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(banner->title().startsWith(QLatin1String("Sent")) ||
                                     banner->title() == QLatin1String("Not sent"),
                                 20000);
        QVERIFY2(banner->title().startsWith(QLatin1String("Sent")),
                 qPrintable(find<QPlainTextEdit>(w, QStringLiteral("transcript"))->toPlainText() +
                            find<FindingsView>(w, QStringLiteral("verdict"))->plainText() +
                            QStringLiteral("\n--- server: ") + server.errors().join(QStringLiteral("; ")) +
                            QStringLiteral(" / connections %1").arg(server.connections())));
        QCOMPARE(server.messages().size(), 1);
    }

    // After a send the outcome stands above everything else as a banner (word, colour, icon, the next
    // step); the conversation with the server waits under its arrow, and opens by itself when the send
    // fails.
    void testEmailShowsTheOutcomeAsABanner()
    {
        test::TestCertificates certs;
        QVERIFY(certs.create());
        const auto server = [&certs](const char* authReply) {
            test::FaultScript script;
            script.startTls(certs.good.certificate, certs.good.key)
                .send("220 mail.example.test ESMTP\r\n")
                .on(QStringLiteral("^EHLO "), "250-mail.example.test\r\n250 AUTH PLAIN\r\n")
                .on(QStringLiteral("^AUTH "), authReply)
                .on(QStringLiteral("^MAIL "), "250 2.1.0 Ok\r\n")
                .on(QStringLiteral("^RCPT "), "250 2.1.5 Ok\r\n")
                .on(QStringLiteral("^DATA"), "354 End data with <CR><LF>.<CR><LF>\r\n")
                .readMessage("250 2.0.0 Ok: queued as BANNER1\r\n");
            return script;
        };
        test::FaultServer accepting(server("235 2.7.0 Authentication successful\r\n"));
        test::FaultServer refusing(server("535 5.7.8 Authentication credentials invalid\r\n"));
        const quint16 good = accepting.start();
        const quint16 bad = refusing.start();
        QVERIFY(good && bad);

        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("localhost")},
                                 {QStringLiteral("port"), good},
                                 {QStringLiteral("encryption"), QStringLiteral("ssl")},
                                 {QStringLiteral("user"), QStringLiteral("me")}});
            p.sender().fromEmail = QStringLiteral("me@example.com");
            p.setTestRecipient(QStringLiteral("anna@example.org"));
        });
        w.secrets()->setValue(QStringLiteral("smtp.pass"), "pw");
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setStartId(PostinoWizard::TestEmailPageId);
        w.restart();
        auto* banner = find<StatusBanner>(w, QStringLiteral("verdictBanner"));
        auto* toggle = find<ExpanderButton>(w, QStringLiteral("transcriptToggle"));
        auto* transcript = find<QPlainTextEdit>(w, QStringLiteral("transcript"));
        auto* send = find<QPushButton>(w, QStringLiteral("sendButton"));
        QVERIFY(!banner->isVisible()); // nothing sent yet
        QVERIFY(toggle->isVisible());
        QCOMPARE(QAccessible::queryAccessibleInterface(toggle)->text(QAccessible::Name),
                 QStringLiteral("Show the conversation with the server"));
        QVERIFY(!transcript->isVisible());

        // Accepted, with nothing to confirm delivery by: sent, not yet confirmed. The conversation stays
        // closed until asked for.
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled() && banner->title() != QStringLiteral("Sending…"), 20000);
        QCOMPARE(banner->title(), QStringLiteral("Sent, not yet confirmed"));
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->nextStep().isEmpty());
        QVERIFY(banner->mapTo(w.currentPage(), QPoint()).y() <
                find<QWidget>(w, QStringLiteral("deliveryBox"))->mapTo(w.currentPage(), QPoint()).y());
        QCOMPARE(accepting.messages().size(), 1);
        QVERIFY(!transcript->isVisible());
        toggle->setFocus();
        QTRY_VERIFY(toggle->hasFocus());
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(transcript->isVisible());
        QVERIFY(find<QPushButton>(w, QStringLiteral("copyTranscriptButton"))->isVisible());
        QVERIFY(transcript->toPlainText().contains(QLatin1String("BANNER1")));
        QTest::keyClick(toggle, Qt::Key_Return);
        QVERIFY(!transcript->isVisible());

        // The password refused: not sent, in red, with the finding's own first step, and the
        // conversation open to show where it stopped.
        w.editProfile([&](Profile& p) { p.setSetting(QStringLiteral("port"), bad); });
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled() && banner->title() != QStringLiteral("Sending…"), 20000);
        QCOMPARE(banner->title(), QStringLiteral("Not sent"));
        QCOMPARE(banner->severity(), Severity::Error);
        const QString verdict = find<FindingsView>(w, QStringLiteral("verdict"))->plainText();
        QVERIFY2(!banner->nextStep().isEmpty() && verdict.contains(banner->nextStep()),
                 qPrintable(banner->nextStep() + QStringLiteral(" / ") + verdict));
        QVERIFY(toggle->isChecked());
        QVERIFY(transcript->isVisible());
        QVERIFY(transcript->toPlainText().contains(QLatin1String("535")));
    }

    // Test from your web server: the PHP probe written into a folder, run (php-cli standing in
    // for the web server), its output pasted and then fetched over HTTPS into the same table.
    void webServerProbeWritesScriptAndReadsResultBack()
    {
        // SMTP without STARTTLS on loopback, for the wizard's own probe and then the script's.
        test::FaultScript script;
        script.send("220 mail.example.test ESMTP\r\n")
            .on(QStringLiteral("^EHLO "), "250-mail.example.test\r\n250 AUTH PLAIN\r\n")
            .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n")
            .close();
        test::FaultServer smtp(script);
        const quint16 port = smtp.start();
        QVERIFY(port);
        test::TestCertificates certs;
        QVERIFY(certs.create());

        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), port},
                                 {QStringLiteral("encryption"), QStringLiteral("tls")},
                                 {QStringLiteral("user"), QStringLiteral("me")}});
        });
        w.secrets()->setValue(QStringLiteral("smtp.pass"), "pw");
        w.editProfile([&](Profile& p) { p.sender().fromEmail = QStringLiteral("me@example.com"); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() < PostinoWizard::ChecksPageId) {
            clickNext(w);
        }
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled(),
                                 20000);
        QTRY_VERIFY(!smtp.isServing());
        auto* source = find<QLabel>(w, QStringLiteral("probeSource"));
        QVERIFY(!source->isVisible());

        // Write the script into a folder.
        auto* open = find<QPushButton>(w, QStringLiteral("webProbeButton"));
        QVERIFY(open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QPointer<WebProbeDialog> dialog = find<WebProbeDialog>(w, QStringLiteral("webProbeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTemporaryDir folder;
        typeInto(dialog->findChild<QLineEdit*>(QStringLiteral("webProbeFolder")), folder.path());
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("webProbeSelfDelete"))->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("webProbeWrite")), Qt::LeftButton);
        const QString path = dialog->scriptPath();
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(
            QRegularExpression(QStringLiteral("^postino-probe-[0-9a-f]{32}\\.php$")).match(name).hasMatch(),
            qPrintable(name));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(folder.path()).absoluteFilePath());
        auto* instructions = dialog->findChild<QLabel*>(QStringLiteral("webProbeInstructions"));
        QVERIFY(instructions->isVisible());
        QVERIFY2(instructions->text().contains(name) &&
                     instructions->text().contains(QLatin1String("deletes itself")),
                 qPrintable(instructions->text()));

        // The web server runs it once (php-cli here); the script deletes itself afterwards.
        QProcess php;
        php.start(QStringLiteral("php"), {QStringLiteral("-n"), path});
        QVERIFY2(php.waitForStarted(10000), "php-cli is needed (scripts/install-deps.sh installs it)");
        QTRY_VERIFY_WITH_TIMEOUT(php.state() == QProcess::NotRunning,
                                 120000); // the server needs the event loop
        const QByteArray output = php.readAllStandardOutput();
        QVERIFY2(php.exitCode() == 0, php.readAllStandardError().constData());
        QVERIFY(!QFile::exists(path));

        // A result that is not the script's is refused with a reason; the real one fills the table.
        auto* pasted = dialog->findChild<QPlainTextEdit*>(QStringLiteral("webProbeResult"));
        auto* show = dialog->findChild<QPushButton*>(QStringLiteral("webProbeShow"));
        pasted->setPlainText(QStringLiteral("<html>Not found</html>"));
        QTest::mouseClick(show, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<InlineMessage*>(QStringLiteral("webProbeMessage"))
                    ->text()
                    .contains(QLatin1String("not valid JSON")));
        pasted->setPlainText(QString::fromUtf8(output));
        QTest::mouseClick(show, Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull() || !dialog->isVisible());
        checkWebServerTable(w, port, output);
        if (QTest::currentTestFailed()) {
            return;
        }

        // Check again tests from this computer: the label goes.
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("checkAgainButton")), Qt::LeftButton);
        QVERIFY(!source->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(find<QPushButton>(w, QStringLiteral("checkAgainButton"))->isEnabled(),
                                 20000);

        // Fetched from the script's address over HTTPS: the same table.
        test::HttpsServer web(certs.good.certificate, certs.good.key);
        QVERIFY(web.start());
        web.setHandler([&output, &name](const test::HttpRequest& r) {
            return r.path == "/" + name.toUtf8() ? test::HttpResponse::json(200, output)
                                                 : test::HttpResponse::json(404, "{}");
        });
        QTest::mouseClick(open, Qt::LeftButton);
        dialog = find<WebProbeDialog>(w, QStringLiteral("webProbeDialog"));
        QTRY_VERIFY(dialog && dialog->isVisible());
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("webProbeUrl"));
        auto* fetch = dialog->findChild<QPushButton*>(QStringLiteral("webProbeFetch"));
        auto* message = dialog->findChild<InlineMessage*>(QStringLiteral("webProbeMessage"));
        typeInto(url, QStringLiteral("http://127.0.0.1:%1/%2").arg(web.baseUrl().port()).arg(name));
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(QLatin1String("HTTPS only")));
        typeInto(url, web.baseUrl().toString() + QStringLiteral("/gone.php"));
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("404")), 15000);
        typeInto(url, web.baseUrl().toString() + QLatin1Char('/') + name);
        QTest::mouseClick(fetch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull() || !dialog->isVisible(), 15000);
        checkWebServerTable(w, port, output);
    }

    void exportPagePreviewsEveryFormat()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                                 {QStringLiteral("user"), QStringLiteral("me@example.com")}});
        });
        w.secrets()->setValue(QStringLiteral("smtp.pass"), "s3cret'pw");
        w.editProfile([&](Profile& p) { p.sender().fromEmail = QStringLiteral("me@example.com"); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() < PostinoWizard::ExportPageId) {
            w.next();
        }
        QCOMPARE(w.currentId(), int(PostinoWizard::ExportPageId));
        auto* format = find<QComboBox>(w, QStringLiteral("exportFormat"));
        auto* preview = find<QPlainTextEdit>(w, QStringLiteral("exportPreview"));
        auto* secrets = find<QCheckBox>(w, QStringLiteral("includeSecrets"));
        auto* notice = find<InlineMessage>(w, QStringLiteral("secretNotice"));
        // wp-config first, with a placeholder instead of the password.
        QVERIFY(preview->toPlainText().contains(
            QLatin1String("define( 'WPMS_SMTP_HOST', 'smtp.example.com' );")));
        QVERIFY(!preview->toPlainText().contains(QLatin1String("s3cret")));
        QVERIFY(notice->isVisible());
        QVERIFY(find<QPushButton>(w, QStringLiteral("insertWpConfigButton"))->isVisible());
        // Including secrets is a deliberate act, and the page says what it means.
        QTest::mouseClick(secrets, Qt::LeftButton, {}, QPoint(8, secrets->height() / 2));
        QVERIFY(secrets->isChecked());
        QVERIFY(preview->toPlainText().contains(QLatin1String("s3cret\\'pw")));
        QVERIFY(notice->text().contains(QLatin1String("passwords")));
        // Every other format renders too, by keyboard.
        format->setFocus();
        const QStringList expected{QStringLiteral("\"smtp\""),
                                   QStringLiteral("account postino"),
                                   QStringLiteral("relayhost = [smtp.example.com]:587"),
                                   QStringLiteral("MAIL_HOST=smtp.example.com"),
                                   QStringLiteral("MAILER_DSN="),
                                   QStringLiteral("\"format\": \"postino-profile\"")};
        for (const QString& text : expected) {
            QTest::keyClick(format, Qt::Key_Down);
            QVERIFY2(preview->toPlainText().contains(text), qPrintable(format->currentText()));
        }
        // The Postino profile never carries secrets, whatever the box says.
        QVERIFY(!preview->toPlainText().contains(QLatin1String("s3cret")));
        QVERIFY(!find<QPushButton>(w, QStringLiteral("insertWpConfigButton"))->isVisible());
    }

    // Inserting a block that still holds a placeholder asks first: WordPress would log in with it.
    void insertWithPlaceholdersAsksFirst()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.editProfile([&](Profile& p) {
            p.setMailerId(QStringLiteral("smtp"));
            p.setMailerSettings(QStringLiteral("smtp"),
                                {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                                 {QStringLiteral("user"), QStringLiteral("me@example.com")}});
        });
        w.secrets()->setValue(QStringLiteral("smtp.pass"), "s3cret"); // kept out unless included
        w.editProfile([&](Profile& p) { p.sender().fromEmail = QStringLiteral("me@example.com"); });
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        while (w.currentId() < PostinoWizard::ExportPageId) {
            w.next();
        }
        auto* page = qobject_cast<ExportPage*>(w.currentPage());
        QVERIFY(page);
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("wp-config.php"));
        const QByteArray before =
            "<?php\ndefine( 'DB_NAME', 'wordpress' );\n\n/* That's all, stop editing! */\n"
            "require_once ABSPATH . 'wp-settings.php';\n";
        QFile original(config);
        QVERIFY(original.open(QIODevice::WriteOnly));
        original.write(before);
        original.close();

        // Answers the confirmation the page shows with the button named `button`.
        QString question;
        auto answer = [&question](const QString& button) {
            QTimer::singleShot(0, [&question, button] {
                QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QCOMPARE(box->objectName(), QStringLiteral("placeholderConfirm"));
                question = box->text() + QLatin1Char(' ') + box->informativeText();
                if (button == QLatin1String("cancel")) {
                    box->button(QMessageBox::Cancel)->click();
                } else {
                    box->findChild<QPushButton*>(button)->click();
                }
            });
        };
        answer(QStringLiteral("cancel"));
        QVERIFY(!page->insertInto(config));
        QVERIFY(question.contains(QLatin1String("PUT-YOUR-SMTP-PASSWORD-HERE")));
        QVERIFY(question.contains(QLatin1String("stop sending")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(original.readAll(), before);
        original.close();

        answer(QStringLiteral("insertAnyway"));
        QVERIFY(page->insertInto(config));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(original.readAll().contains("PUT-YOUR-SMTP-PASSWORD-HERE"));
        // The page says where the backup is and that it holds secrets.
        const QString message = find<InlineMessage>(w, QStringLiteral("exportMessage"))->text();
        QVERIFY2(message.contains(QLatin1String("postino-backup")), qPrintable(message));
        QVERIFY(message.contains(QLatin1String("password")));
    }

    // Alert secrets are read from the keychain with the profile: after a restart, an export with passwords
    // has every one of them, without the Alerts dialog ever being opened.
    void restartThenExportHasTheAlertSecrets()
    {
        const QByteArray slackUrl = "https://hooks.slack.com/services/T0/B0/after-restart-token";
        const QByteArray hookUrl = "https://monitor.example.com/hooks/after-restart";
        const QByteArray topic = "shop-alerts-after-restart";
        FakeKeychain keychain;
        {
            PostinoWizard w(ProfileStore(profilePath()), &keychain);
            w.editProfile([&](Profile& p) {
                p = Profile();
                p.setMailerId(QStringLiteral("sendgrid"));
                p.sender().fromEmail = QStringLiteral("shop@example.com");
                p.features().alerts = true;
                for (const char* type : {"slack", "webhook", "ntfy"}) {
                    AlertChannel c;
                    c.type = c.id = QLatin1String(type);
                    p.alerts().channels.append(c);
                }
            });
            w.secrets()->setValue(QStringLiteral("sendgrid.api_key"), "SG.after-restart");
            w.secrets()->setValue(QStringLiteral("alert_slack.url"), slackUrl);
            w.secrets()->setValue(QStringLiteral("alert_webhook.url"), hookUrl);
            w.secrets()->setValue(QStringLiteral("alert_ntfy.topic"), topic);
            w.secrets()->setValue(QStringLiteral("alert_ntfy.token"), "tk_after_restart");
            QVERIFY(w.saveProgress());
        }
        PostinoWizard again(ProfileStore(profilePath()), &keychain);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        again.setStartId(PostinoWizard::ExportPageId);
        again.restart();
        QCOMPARE(again.currentId(), int(PostinoWizard::ExportPageId));
        auto* format = find<QComboBox>(again, QStringLiteral("exportFormat"));
        auto* preview = find<QPlainTextEdit>(again, QStringLiteral("exportPreview"));
        auto* secrets = find<QCheckBox>(again, QStringLiteral("includeSecrets"));
        QTest::mouseClick(secrets, Qt::LeftButton, {}, QPoint(8, secrets->height() / 2));
        QVERIFY(secrets->isChecked());
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::AlertsJson)));
        QTRY_VERIFY2(preview->toPlainText().contains(QString::fromUtf8(slackUrl)) &&
                         preview->toPlainText().contains(QString::fromUtf8(hookUrl)) &&
                         preview->toPlainText().contains(QString::fromUtf8(topic)),
                     qPrintable(preview->toPlainText()));
        QTRY_VERIFY2(!preview->toPlainText().contains(QLatin1String("PUT-YOUR")),
                     qPrintable(preview->toPlainText()));
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::WpConfig)));
        const QString wp = preview->toPlainText();
        QVERIFY2(wp.contains(
                     QStringLiteral("'WPMS_ALERT_SLACK_WEBHOOK_URL', '%1'").arg(QString::fromUtf8(slackUrl))),
                 qPrintable(wp));
        QVERIFY2(wp.contains(
                     QStringLiteral("'WPMS_ALERT_CUSTOM_WEBHOOK_URL', '%1'").arg(QString::fromUtf8(hookUrl))),
                 qPrintable(wp));
        QVERIFY2(wp.contains(QLatin1String("SG.after-restart")), qPrintable(wp));
        // Without the box, neither the addresses nor the topic.
        secrets->setChecked(false);
        format->setCurrentIndex(format->findData(static_cast<int>(ExportFormat::AlertsJson)));
        QVERIFY(!preview->toPlainText().contains(QString::fromUtf8(hookUrl)));
        QVERIFY(!preview->toPlainText().contains(QString::fromUtf8(topic)));
    }

    // A profile an older Postino wrote keeps the custom webhook's address and the ntfy topic in plain. The
    // wizard moves both to the keychain and drops them from the file; they work on, and come back after a
    // restart. Without a keychain the file keeps them, so nothing is lost.
    void olderProfileMovesWebhookAddressAndTopicToTheKeychain()
    {
        const QString url = QStringLiteral("https://monitor.example.com/hooks/from-an-older-profile");
        const QString topic = QStringLiteral("topic-from-an-older-profile");
        const QJsonObject old = test::alertsProfileJson(
            {test::alertChannelJson(QStringLiteral("webhook"), {{QStringLiteral("url"), url}}),
             test::alertChannelJson(QStringLiteral("ntfy"), {{QStringLiteral("topic"), topic}})});
        const auto writeOld = [&old](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                   f.write(QJsonDocument(old).toJson()) > 0;
        };
        const auto fileHolds = [](const QString& path, const QString& text) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8());
        };

        const QString path = m_dir.filePath(QStringLiteral("older-profile.json"));
        QVERIFY(writeOld(path));
        FakeKeychain keychain;
        {
            PostinoWizard w(ProfileStore(path), &keychain);
            QCOMPARE(w.secrets()->value(QStringLiteral("alert_webhook.url")), url.toUtf8());
            QCOMPARE(w.secrets()->value(QStringLiteral("alert_ntfy.topic")), topic.toUtf8());
            QCOMPARE(w.profile().alerts().channels.size(), 2);
            QTRY_VERIFY(!fileHolds(path, url) && !fileHolds(path, topic));
            QVERIFY(fileHolds(path, QStringLiteral("\"webhook\"")));
        }
        {
            PostinoWizard again(ProfileStore(path), &keychain);
            QTRY_COMPARE(again.secrets()->value(QStringLiteral("alert_webhook.url")), url.toUtf8());
            QTRY_COMPARE(again.secrets()->value(QStringLiteral("alert_ntfy.topic")), topic.toUtf8());
        }

        // No keychain: the session has them, and a save keeps them in the file rather than lose them.
        const QString bare = m_dir.filePath(QStringLiteral("older-profile-no-keychain.json"));
        QVERIFY(writeOld(bare));
        PostinoWizard w(ProfileStore(bare), nullptr);
        QCOMPARE(w.secrets()->value(QStringLiteral("alert_webhook.url")), url.toUtf8());
        QVERIFY(w.saveProgress());
        QTest::qWait(50);
        QVERIFY(fileHolds(bare, url) && fileHolds(bare, topic));
    }

    void welcomeImportsAWpConfig()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* welcome = qobject_cast<WelcomePage*>(w.currentPage());
        QVERIFY(welcome);
        // A hostile file changes nothing.
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("wp-config.php")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("<?php\ndefine( 'WPMS_SMTP_HOST', 'unclosed );\n");
        bad.close();
        const QString before = w.profile().mailerId();
        QVERIFY(!welcome->importFrom(bad.fileName()));
        QCOMPARE(w.profile().mailerId(), before);
        QVERIFY(find<InlineMessage>(w, QStringLiteral("importMessage"))
                    ->text()
                    .contains(QLatin1String("unchanged")));
        // A real one fills in the profile and the session's secrets.
        const QString fixture =
            QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/import-fixtures/wpconfig-smtp-single.php");
        QVERIFY(QFile::exists(fixture));
        QVERIFY(welcome->importFrom(fixture));
        QCOMPARE(w.profile().mailerId(), QStringLiteral("smtp"));
        QVERIFY(!w.profile()
                     .mailerSettings(QStringLiteral("smtp"))
                     .value(QStringLiteral("host"))
                     .toString()
                     .isEmpty());
        QVERIFY(!w.secrets()->value(QStringLiteral("smtp.pass")).isEmpty());
        QVERIFY(find<InlineMessage>(w, QStringLiteral("importMessage"))
                    ->text()
                    .contains(QLatin1String("wp-config")));
    }

    void apiMailerChecksKeyAndSendsThroughTheWizard()
    {
        test::TestCertificates certs;
        QVERIFY(certs.create());
        test::HttpsServer server(certs.good.certificate, certs.good.key);
        QVERIFY(server.start());
        server.setHandler([](const test::HttpRequest& r) {
            const bool goodKey = r.header("Authorization") == "Bearer SG.good-key";
            if (r.path == "/v3/scopes") {
                return goodKey
                           ? test::HttpResponse::json(200, R"({"scopes":["mail.send"]})")
                           : test::HttpResponse::json(
                                 401, R"({"errors":[{"field":null,"message":"authorization required"}]})");
            }
            if (r.path == "/v3/messages" && goodKey) { // SendGrid's Email Activity: the delivery status
                return test::HttpResponse::json(
                    200, R"({"messages":[{"msg_id":"sg-message-42.filter0001","status":"delivered"}]})");
            }
            if (r.path == "/v3/mail/send" && goodKey) {
                test::HttpResponse ok;
                ok.status = 202;
                ok.addHeader("X-Message-Id", "sg-message-42");
                return ok;
            }
            return test::HttpResponse::json(401, R"({"errors":[{"message":"authorization required"}]})");
        });

        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        w.setApiBaseOverride(server.baseUrl());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QVERIFY(chooseMailer(w, QStringLiteral("sendgrid")));
        clickNext(w);
        // A wrong key first: Check credentials names the field to fix.
        typeInto(find<QLineEdit>(w, QStringLiteral("api_key")), QStringLiteral("SG.wrong-key"));
        auto* check = find<QPushButton>(w, QStringLiteral("checkCredentialsButton"));
        QVERIFY(check->isVisible() && check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        auto* result = find<FindingsView>(w, QStringLiteral("checkResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->plainText().contains(QLatin1String("was not accepted")), 15000);
        typeInto(find<QLineEdit>(w, QStringLiteral("api_key")), QStringLiteral("SG.good-key"));
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->plainText().contains(QLatin1String("accepted the key")), 15000);
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("shop@example.com"));
        clickNext(w);
        clickNext(w);
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::TestEmailPageId));
        QVERIFY(!find<InlineMessage>(w, QStringLiteral("sendUnavailable"))->isVisible());
        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("sendButton")), Qt::LeftButton);
        auto* banner = find<StatusBanner>(w, QStringLiteral("verdictBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->title().startsWith(QLatin1String("Sent")), 15000);
        QVERIFY(find<FindingsView>(w, QStringLiteral("verdict"))
                    ->plainText()
                    .contains(QLatin1String("sg-message-42")));
        const QString transcript = find<QPlainTextEdit>(w, QStringLiteral("transcript"))->toPlainText();
        QVERIFY(transcript.contains(QLatin1String("POST https://")));
        QVERIFY(transcript.contains(QLatin1String("HTTP 202")));
        QVERIFY(!transcript.contains(QLatin1String("SG.good-key")));
        // The delivery levels follow as they are reached: accepted, then delivered as SendGrid says.
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(w, QStringLiteral("levelAccepted"))->text().contains(QLatin1String("sg-message-42")),
            15000);
        QTRY_VERIFY_WITH_TIMEOUT(find<QLabel>(w, QStringLiteral("levelDelivered"))
                                     ->text()
                                     .contains(QLatin1String("receiving server accepted")),
                                 15000);
        // SendGrid says it was delivered: the banner says so, with the next step, in green and in words.
        QCOMPARE(banner->title(), QStringLiteral("Sent and delivered"));
        QCOMPARE(banner->severity(), Severity::Ok);
        QVERIFY(!banner->nextStep().isEmpty());
        QVERIFY(
            find<QLabel>(w, QStringLiteral("levelArrived"))->text().contains(QLatin1String("not checked")));
        // IMAP access: presets fill in the server, the password is hidden.
        auto* mailbox = find<QCheckBox>(w, QStringLiteral("checkMailbox"));
        mailbox->setChecked(true);
        auto* preset = find<QComboBox>(w, QStringLiteral("imapPreset"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("icloud")));
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("imapHost"))->text(), QStringLiteral("imap.mail.me.com"));
        preset->setCurrentIndex(preset->findData(QStringLiteral("gmail")));
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("imapHost"))->text(), QStringLiteral("imap.gmail.com"));
        QCOMPARE(find<QSpinBox>(w, QStringLiteral("imapPort"))->value(), 993);
        QCOMPARE(find<QLineEdit>(w, QStringLiteral("imapPassword"))->echoMode(), QLineEdit::Password);
    }

    void alertChannelsAreSetUpAndTestedFromTheFeaturesPage()
    {
        test::TestCertificates certs;
        QVERIFY(certs.create());
        test::HttpsServer server(certs.good.certificate, certs.good.key);
        QVERIFY(server.start());
        server.setHandler([](const test::HttpRequest& r) {
            test::HttpResponse answer;
            answer.status = r.path.startsWith("/services/") ? 200 : 404;
            answer.body = r.path.startsWith("/services/T0/B0/good") ? "ok" : "invalid_token";
            if (answer.body == "invalid_token") {
                answer.status = 403;
            }
            return answer;
        });
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.setExtraCaCertificates(certs.ca);
        w.setApiBaseOverride(server.baseUrl());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        QVERIFY(chooseMailer(w, QStringLiteral("sendgrid")));
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("api_key")), QStringLiteral("SG.key"));
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("shop@example.com"));
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::FeaturesPageId));
        QVERIFY(
            find<QLabel>(w, QStringLiteral("alertSummary"))->text().contains(QLatin1String("No channel")));

        QTest::mouseClick(find<QPushButton>(w, QStringLiteral("alertsButton")), Qt::LeftButton);
        auto* dialog = find<AlertsDialog>(w, QStringLiteral("alertsDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("alertType"));
        type->setCurrentIndex(type->findData(QStringLiteral("slack")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("addAlert")), Qt::LeftButton);
        auto* editor = dialog->findChild<AlertChannelDialog*>(QStringLiteral("alertChannelDialog"));
        QVERIFY(editor && editor->isVisible());
        auto* url = editor->findChild<QLineEdit*>(QStringLiteral("url"));
        typeInto(url, QStringLiteral("https://discord.com/api/webhooks/1/x")); // not a Slack address
        editor->accept();
        QVERIFY(editor->isVisible()); // held back, with the reason under the field
        typeInto(url, QStringLiteral("https://hooks.slack.com/services/T0/B0/good-token"));
        editor->accept();
        QTRY_VERIFY(!editor->isVisible());
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("alertChannels"));
        QCOMPARE(list->count(), 1);
        QCOMPARE(w.profile().alerts().channels.size(), 1);
        QVERIFY(w.profile().features().alerts);
        QVERIFY(find<QLabel>(w, QStringLiteral("alertSummary"))->text().contains(QLatin1String("Slack")));

        // The test needs local targets allowed: the "Slack" server is this computer.
        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testAlert"));
        auto* result = dialog->findChild<FindingsView*>(QStringLiteral("alertResult"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->plainText().contains(QLatin1String("this computer itself")), 15000);
        dialog->findChild<QCheckBox*>(QStringLiteral("allowLocalTargets"))->setChecked(true);
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->plainText().contains(QLatin1String("accepted the test alert")),
                                 15000);
        QVERIFY(server.requests().last().path.startsWith("/services/T0/B0/good"));
        const QString transcript =
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("alertTranscript"))->toPlainText();
        QVERIFY(transcript.contains(QLatin1String("HTTP 200")));
        QVERIFY(!transcript.contains(QLatin1String("good-token")));

        // The URL is a secret: in the session, never in the saved profile.
        QVERIFY(w.saveProgress());
        QFile saved(profilePath());
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray file = saved.readAll();
        QVERIFY(file.contains("\"slack\""));
        QVERIFY(!file.contains("good-token"));

        // Edit: the stored URL comes back into the field; a new one replaces it and is what the next
        // test alert uses.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("editAlert")), Qt::LeftButton);
        AlertChannelDialog* again = nullptr;
        QTRY_VERIFY([&] {
            for (AlertChannelDialog* d : dialog->findChildren<AlertChannelDialog*>())
                if (d->isVisible())
                    again = d;
            return again != nullptr;
        }());
        auto* editedUrl = again->findChild<QLineEdit*>(QStringLiteral("url"));
        QCOMPARE(editedUrl->text(), QStringLiteral("https://hooks.slack.com/services/T0/B0/good-token"));
        typeInto(editedUrl, QStringLiteral("https://hooks.slack.com/services/T0/B0/newer-token"));
        again->accept();
        QTRY_VERIFY(!again->isVisible());
        QCOMPARE(list->count(), 1);
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(server.requests().last().path.startsWith("/services/T0/B0/newer"), 15000);

        // Remove stays disabled until the test alert has finished, as a user would see it.
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("removeAlert")), Qt::LeftButton);
        QCOMPARE(list->count(), 0);
        QVERIFY(w.profile().alerts().channels.isEmpty());
    }

    void otherMailersRenderFromCatalogAndNeverFakeSuccess()
    {
        PostinoWizard w(ProfileStore(profilePath()), nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.next();
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            QVERIFY(chooseMailer(w, m.id));
            clickNext(w);
            QCOMPARE(w.currentId(), int(PostinoWizard::ConfigurePageId));
            for (const FieldSpec& f : m.fields) {
                QVERIFY2(w.currentPage()->findChild<QWidget*>(f.key),
                         qPrintable(m.id + QLatin1Char('.') + f.key));
                if (f.secret) {
                    QCOMPARE(find<QLineEdit>(w, f.key)->echoMode(), QLineEdit::Password);
                }
            }
            QTest::mouseClick(button(w, QWizard::BackButton), Qt::LeftButton);
        }
        QVERIFY(chooseMailer(w, QStringLiteral("gmail")));
        clickNext(w);
        // The two ways to connect, explained; OAuth with Sign in (enabled once there is a client ID).
        QVERIFY(find<QWidget>(w, QStringLiteral("oauthBox"))->isVisible());
        QVERIFY(find<QLabel>(w, QStringLiteral("methodNote"))->text().contains(QLatin1String("OAuth")));
        QVERIFY(!find<QPushButton>(w, QStringLiteral("signInButton"))->isEnabled());
        typeInto(find<QLineEdit>(w, QStringLiteral("client_id")),
                 QStringLiteral("abc.apps.googleusercontent.com"));
        typeInto(find<QLineEdit>(w, QStringLiteral("client_secret")), QStringLiteral("secret"));
        QVERIFY(find<QPushButton>(w, QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(w, QStringLiteral("signOutButton"))->isEnabled());
        QCOMPARE(find<QLabel>(w, QStringLiteral("oauthState"))->text(), QStringLiteral("Not signed in."));
        // The app password way: its own fields and steps, and Check credentials.
        QTest::mouseClick(find<QRadioButton>(w, QStringLiteral("method_app_password")), Qt::LeftButton);
        QVERIFY(find<QLabel>(w, QStringLiteral("methodNote"))
                    ->text()
                    .contains(QLatin1String("two-step verification")));
        QVERIFY(find<QLineEdit>(w, QStringLiteral("user"))->isVisible());
        QVERIFY(!find<QPushButton>(w, QStringLiteral("signInButton"))->isVisible());
        QTest::mouseClick(find<QRadioButton>(w, QStringLiteral("method_oauth")), Qt::LeftButton);
        clickNext(w);
        typeInto(find<QLineEdit>(w, QStringLiteral("fromEmail")), QStringLiteral("shop@example.com"));
        clickNext(w);
        clickNext(w);
        clickNext(w);
        QCOMPARE(w.currentId(), int(PostinoWizard::TestEmailPageId));
        QVERIFY(!find<InlineMessage>(w, QStringLiteral("sendUnavailable"))->isVisible());
        // Not signed in: the send says so, and nothing pretends to have worked.
        QPushButton* send = find<QPushButton>(w, QStringLiteral("sendButton"));
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_VERIFY(send->isEnabled());
        const QString verdict = find<StatusBanner>(w, QStringLiteral("verdictBanner"))->title();
        QCOMPARE(verdict, QStringLiteral("Not sent"));
        QVERIFY2(!verdict.contains(QLatin1String("accepted"), Qt::CaseInsensitive), qPrintable(verdict));
    }
};

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
