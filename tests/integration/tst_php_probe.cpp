#include "misbehavingservers.h"
#include "probe/phpprobe.h"
#include "probe/portprobe.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace postino {

namespace {

constexpr quint16 kClosedPort = 2525;  // nothing listens there
constexpr quint16 kDroppedPort = 2527; // nft drops it silently

const PortResult* portOf(const ProbeReport& report, quint16 port)
{
    for (const PortResult& r : report.ports) {
        if (r.port == port) {
            return &r;
        }
    }
    return nullptr;
}

QString describe(const ProbeReport& report)
{
    QStringList out;
    for (const PortResult& r : report.ports) {
        out << QStringLiteral("%1 %2 name=%3 tls=%4 starttls=%5 auth=%6")
                   .arg(r.port)
                   .arg(probeOutcomeName(r.outcome), r.greetingName, r.tlsVersion,
                        r.startTls ? QStringLiteral("yes") : QStringLiteral("no"),
                        r.authMechanisms.join(QLatin1Char(' ')));
    }
    out << QStringLiteral("recommendation %1 port %2")
               .arg(report.recommendation.id)
               .arg(report.recommendedPort);
    return out.join(QLatin1Char('\n'));
}

} // namespace

// Runs inside tests/harness/mailserver/run-with-mailserver.sh: Postfix on 127.0.0.1 as
// mail.postino.test (25, 465, 587), root for nft, Debian's php-cli.
class TestPhpProbe : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    QString m_caPath;
    QList<QSslCertificate> m_ca;
    QTemporaryDir m_dir;

    static bool nft(const QString& command)
    {
        QProcess p;
        p.start(QStringLiteral("nft"), QProcess::splitCommand(command));
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            qWarning() << "nft" << command << p.readAllStandardError();
            return false;
        }
        return true;
    }

    QString write(const PhpProbeScript& script)
    {
        const QString path = m_dir.filePath(script.fileName);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(script.content) != script.content.size()) {
            return {};
        }
        return path;
    }

    // php-cli with the harness CA trusted, as on a host whose CA bundle knows the server's CA.
    QByteArray runPhp(const QString& path, int* exitCode, const QString& caFile = {})
    {
        QProcess php;
        php.start(QStringLiteral("php"),
                  {QStringLiteral("-d"),
                   QStringLiteral("openssl.cafile=") + (caFile.isEmpty() ? m_caPath : caFile),
                   QStringLiteral("-f"), path});
        // The event loop keeps running meanwhile: the fault servers live in this process.
        QSignalSpy finished(&php, &QProcess::finished);
        if (php.state() != QProcess::NotRunning && !finished.wait(120000)) {
            php.kill();
            php.waitForFinished();
            *exitCode = -1;
            return {};
        }
        *exitCode = php.exitCode();
        const QByteArray err = php.readAllStandardError();
        if (!err.isEmpty()) {
            qWarning().noquote() << "php stderr:" << QString::fromUtf8(err);
        }
        return php.readAllStandardOutput();
    }

    static ProbeReport runPortProbe(const ProbeTarget& target)
    {
        PortProbe probe;
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start(target);
        if (!done.wait(target.timeoutMs + 60000)) {
            return {};
        }
        return done.first().first().value<ProbeReport>();
    }

    ProbeTarget target() const
    {
        ProbeTarget t;
        t.host = m_host;
        t.ports = {{25, SmtpSecurity::StartTls},
                   {465, SmtpSecurity::Tls},
                   {587, SmtpSecurity::StartTls},
                   {kClosedPort, SmtpSecurity::StartTls},
                   {kDroppedPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 2000;
        t.extraCa = m_ca;
        return t;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = qEnvironmentVariable("POSTINO_TEST_SMTP_HOST", QStringLiteral("mail.postino.test"));
        m_caPath = qEnvironmentVariable("POSTINO_TEST_CA");
        m_ca = QSslCertificate::fromPath(m_caPath, QSsl::Pem);
        QVERIFY2(!m_ca.isEmpty(), "POSTINO_TEST_CA: run inside run-with-mailserver.sh");
        QVERIFY(m_dir.isValid());
        QProcess php;
        php.start(QStringLiteral("php"), {QStringLiteral("-v")});
        QVERIFY2(php.waitForFinished(30000) && php.exitCode() == 0, "php-cli is missing");
        QVERIFY(nft(QStringLiteral("add table inet postino_php_probe")));
        QVERIFY(nft(QStringLiteral(
            "add chain inet postino_php_probe input { type filter hook input priority 0 ; }")));
        QVERIFY(
            nft(QStringLiteral("add rule inet postino_php_probe input tcp dport %1 drop").arg(kDroppedPort)));
    }

    void cleanupTestCase() { nft(QStringLiteral("delete table inet postino_php_probe")); }

    void scriptIsSafeToLeaveOnAServer()
    {
        const PhpProbeScript script = makePhpProbe(target(), false);
        static const QRegularExpression name(QStringLiteral("^postino-probe-[0-9a-f]{32}\\.php$"));
        QVERIFY2(name.match(script.fileName).hasMatch(), qPrintable(script.fileName));
        QVERIFY(makePhpProbe(target(), false).fileName != script.fileName);
        for (const char* forbidden : {"$_GET", "$_POST", "$_REQUEST", "$_COOKIE", "$_FILES", "$_SERVER",
                                      "QUERY_STRING", "getenv", "php://input", "eval("}) {
            QVERIFY2(!script.content.contains(forbidden), forbidden);
        }
        QVERIFY(script.content.contains("$host = 'mail.postino.test';"));
        QVERIFY(script.content.contains("[587, 'starttls']"));
        QVERIFY(script.content.contains("[465, 'ssl']"));
        QVERIFY(script.content.contains("application/json"));
    }

    // A hostile host name cannot break out of its PHP string.
    void hostIsEscaped()
    {
        ProbeTarget t = target();
        t.host = QStringLiteral("evil.example'; system('id'); $x='\\' @PORTS@ ?>");
        const QString path = write(makePhpProbe(t, false));
        QVERIFY(!path.isEmpty());
        QProcess lint;
        lint.start(QStringLiteral("php"), {QStringLiteral("-l"), path});
        QVERIFY(lint.waitForFinished(30000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardOutput().constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(
            f.readAll().contains("$host = 'evil.example\\'; system(\\'id\\'); $x=\\'\\\\\\' @PORTS@ ?>';"));
    }

    // The same ports through php-cli and through PortProbe: the same outcome on every port.
    void phpAgreesWithPortProbe()
    {
        const ProbeTarget t = target();
        const QString path = write(makePhpProbe(t, false));
        QVERIFY(!path.isEmpty());
        QElapsedTimer timer;
        timer.start();
        int exitCode = 0;
        const QByteArray out = runPhp(path, &exitCode);
        qInfo() << "php probe took" << timer.elapsed() << "ms";
        QCOMPARE(exitCode, 0);
        QVERIFY2(QFile::exists(path), "the script deleted itself without being asked");

        QString error;
        const ProbeReport php = parsePhpProbeResult(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(out)));
        const ProbeReport native = runPortProbe(t);
        const QString why = QStringLiteral("php:\n%1\nPortProbe:\n%2\nraw:\n%3")
                                .arg(describe(php), describe(native), QString::fromUtf8(out));
        qInfo().noquote() << why;
        QCOMPARE(php.host, m_host);
        QCOMPARE(php.ports.size(), t.ports.size());
        QCOMPARE(native.ports.size(), t.ports.size());
        for (const ProbePort& p : t.ports) {
            const PortResult* a = portOf(php, p.port);
            const PortResult* b = portOf(native, p.port);
            QVERIFY2(a && b, qPrintable(why));
            QVERIFY2(a->outcome == b->outcome, qPrintable(QStringLiteral("port %1\n").arg(p.port) + why));
            QCOMPARE(a->security, p.security);
            if (a->outcome == PortResult::Outcome::Usable) {
                QCOMPARE(a->greetingName, b->greetingName);
                QCOMPARE(a->startTls, b->startTls);
                QVERIFY2(a->tlsVersion.startsWith(QLatin1String("TLSv1.")), qPrintable(a->tlsVersion));
            }
        }
        using Outcome = PortResult::Outcome;
        QCOMPARE(portOf(php, 465)->outcome, Outcome::Usable);
        QCOMPARE(portOf(php, kClosedPort)->outcome, Outcome::Refused);
        QCOMPARE(portOf(php, kDroppedPort)->outcome, Outcome::Blocked);
        const PortResult* submission = portOf(php, 587);
        QCOMPARE(submission->outcome, Outcome::Usable);
        QVERIFY(submission->startTls);
        QCOMPARE(submission->greetingName, m_host);
        QVERIFY2(submission->authMechanisms.contains(QStringLiteral("PLAIN")), qPrintable(why));
        QCOMPARE(submission->authMechanisms, portOf(native, 587)->authMechanisms);
        QCOMPARE(php.recommendation.id, native.recommendation.id);
        QCOMPARE(php.recommendedPort, quint16(587));
        QCOMPARE(php.recommendedPort, native.recommendedPort);
        QVERIFY(!php.findings.isEmpty());
    }

    // Servers that misbehave, as the web server's PHP and this computer see them: the same outcome.
    void phpAgreesOnMisbehavingServers()
    {
        postino::test::TestCertificates certs;
        QVERIFY(certs.create());
        postino::test::MisbehavingSmtpServers bad(certs);
        QVERIFY(bad.start());
        const quint16 wrongNamePort = bad.wrongName.serverPort();
        const quint16 plainPort = bad.plainOnTls.serverPort();
        const quint16 interceptorPort = bad.interceptor.serverPort();
        const quint16 webPort = bad.web.serverPort();
        const quint16 silentPort = bad.silent.serverPort();

        ProbeTarget t;
        t.host = m_host;
        t.ports = {{wrongNamePort, SmtpSecurity::Tls},
                   {plainPort, SmtpSecurity::Tls},
                   {interceptorPort, SmtpSecurity::StartTls},
                   {webPort, SmtpSecurity::StartTls},
                   {silentPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 2000;
        t.extraCa = m_ca + certs.ca;
        const QString path = write(makePhpProbe(t, false));
        QVERIFY(!path.isEmpty());
        int exitCode = 0;
        const QByteArray out = runPhp(path, &exitCode);
        QCOMPARE(exitCode, 0);
        QString error;
        const ProbeReport php = parsePhpProbeResult(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(out)));
        const ProbeReport native = runPortProbe(t);
        const QString why = QStringLiteral("php:\n%1\nPortProbe:\n%2\nraw:\n%3")
                                .arg(describe(php), describe(native), QString::fromUtf8(out));
        using Outcome = PortResult::Outcome;
        const QList<QPair<quint16, Outcome>> expected = {{wrongNamePort, Outcome::TlsProblem},
                                                         {plainPort, Outcome::TlsProblem},
                                                         {interceptorPort, Outcome::Intercepted},
                                                         {webPort, Outcome::NotSmtp},
                                                         {silentPort, Outcome::Blocked}};
        for (const auto& [port, outcome] : expected) {
            const PortResult* a = portOf(php, port);
            const PortResult* b = portOf(native, port);
            QVERIFY2(a && b, qPrintable(why));
            QVERIFY2(b->outcome == outcome,
                     qPrintable(QStringLiteral("PortProbe, port %1\n").arg(port) + why));
            QVERIFY2(a->outcome == outcome, qPrintable(QStringLiteral("PHP, port %1\n").arg(port) + why));
        }
        QCOMPARE(portOf(php, interceptorPort)->greetingName, QStringLiteral("smtp.hostingprovider.example"));
    }

    // A shared host's server greets with its own machine's name: with a certificate verified for
    // the host asked for it is usable from PHP as from PortProbe; with one for another name, not.
    void greetingNameAloneIsNotInterception()
    {
        postino::test::TestCertificates certs;
        QVERIFY(certs.create());
        postino::test::FaultServer valid(postino::test::sharedHostServer(certs.good));
        postino::test::FaultServer wrong(postino::test::sharedHostServer(certs.wrongName));
        const quint16 validPort = valid.start();
        const quint16 wrongPort = wrong.start();
        QVERIFY(validPort && wrongPort);
        ProbeTarget t;
        t.host = QStringLiteral("localhost");
        t.ports = {{validPort, SmtpSecurity::StartTls}, {wrongPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 3000;
        t.extraCa = certs.ca;
        const QString caFile = m_dir.filePath(QStringLiteral("fault-ca.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(certs.ca.first().toPem());
        ca.close();
        const QString path = write(makePhpProbe(t, false));
        int exitCode = 0;
        const QByteArray out = runPhp(path, &exitCode, caFile);
        QCOMPARE(exitCode, 0);
        QString error;
        const ProbeReport php = parsePhpProbeResult(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QLatin1Char('\n') + QString::fromUtf8(out)));
        const ProbeReport native = runPortProbe(t);
        const QString why = QStringLiteral("php:\n%1\nPortProbe:\n%2").arg(describe(php), describe(native));
        using Outcome = PortResult::Outcome;
        for (const auto& [port, outcome] :
             {std::pair{validPort, Outcome::Usable}, std::pair{wrongPort, Outcome::Intercepted}}) {
            QVERIFY2(portOf(php, port) && portOf(php, port)->outcome == outcome, qPrintable(why));
            QVERIFY2(portOf(native, port) && portOf(native, port)->outcome == outcome, qPrintable(why));
        }
        QCOMPARE(php.recommendedPort, validPort);
        QCOMPARE(php.recommendation.severity(), Severity::Ok);
    }

    // The visitor closes the page at once, and the host then stops the script half-way (as a
    // worker timeout would): the script kept probing after the visitor left (the last port
    // still got its turn), and it is gone, because it deleted itself before probing.
    void clientDisconnectsEarly()
    {
        postino::test::FaultServer last(
            postino::test::FaultScript().send("220 mail.postino.test ESMTP\r\n")); // then silence
        const quint16 lastPort = last.start();
        QVERIFY(lastPort);
        ProbeTarget t;
        t.host = QStringLiteral("127.0.0.1");
        t.ports = {{kDroppedPort, SmtpSecurity::StartTls}, {lastPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 2000;
        QTemporaryDir site;
        QVERIFY(site.isValid());
        const PhpProbeScript script = makePhpProbe(t, true);
        const QString path = site.filePath(script.fileName);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(script.content) == script.content.size());
        file.close();

        QTcpServer pick;
        QVERIFY(pick.listen(QHostAddress::LocalHost));
        const quint16 webPort = pick.serverPort();
        pick.close();
        QProcess server;
        server.start(QStringLiteral("php"),
                     {QStringLiteral("-S"), QStringLiteral("127.0.0.1:%1").arg(webPort), QStringLiteral("-t"),
                      site.path()});
        QVERIFY(server.waitForStarted(10000));
        const auto stop = qScopeGuard([&server] {
            server.kill();
            server.waitForFinished(10000);
        });
        QTcpSocket visitor;
        QElapsedTimer waited;
        waited.start();
        do {
            visitor.abort();
            visitor.connectToHost(QHostAddress::LocalHost, webPort);
        } while (!visitor.waitForConnected(200) && waited.elapsed() < 10000);
        QCOMPARE(visitor.state(), QAbstractSocket::ConnectedState);
        visitor.write("GET /" + script.fileName.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(visitor.waitForBytesWritten(5000));
        QTest::qWait(300); // the request reaches PHP, then the visitor leaves
        visitor.abort();
        // The probe went on without anyone watching: the last port was tried after the dropped one.
        QTRY_VERIFY_WITH_TIMEOUT(last.connections() == 1, 15000);
        // The host ends the script while it waits for that server's next answer.
        server.kill();
        QVERIFY(server.waitForFinished(10000));
        QVERIFY2(!QFile::exists(path), "the probe script stayed on the server");
    }

    // However many ports stay silent, the run ends within its own budget, well inside the
    // execution limit the script sets.
    void runStaysWithinItsTimeLimit()
    {
        ProbeTarget t;
        t.host = m_host;
        for (int i = 0; i < 8; ++i) {
            t.ports.append({kDroppedPort, SmtpSecurity::StartTls});
        }
        t.timeoutMs = 10000; // eight silent ports, one after another, would take 80 s
        const PhpProbeScript script = makePhpProbe(t, false);
        static const QRegularExpression limit(QStringLiteral("set_time_limit\\((\\d+)\\);"));
        const auto match = limit.match(QString::fromUtf8(script.content));
        QVERIFY(match.hasMatch());
        const int limitS = match.captured(1).toInt();
        QVERIFY2(limitS >= kPhpProbeBudgetS + 10, qPrintable(match.captured(0)));
        const QString path = write(script);
        QElapsedTimer timer;
        timer.start();
        int exitCode = 0;
        const QByteArray out = runPhp(path, &exitCode);
        const qint64 elapsed = timer.elapsed();
        qInfo() << "eight silent ports took" << elapsed << "ms";
        QCOMPARE(exitCode, 0);
        QVERIFY2(elapsed < (kPhpProbeBudgetS + 3) * 1000, qPrintable(QString::number(elapsed)));
        QString error;
        const ProbeReport report = parsePhpProbeResult(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error + QString::fromUtf8(out)));
        QCOMPARE(report.ports.size(), 8);
        for (const PortResult& r : report.ports) {
            QVERIFY(r.outcome == PortResult::Outcome::Blocked || r.outcome == PortResult::Outcome::NotTested);
        }
        QCOMPARE(report.ports.first().outcome, PortResult::Outcome::Blocked);
    }

    void deletesItselfWhenAsked()
    {
        ProbeTarget t;
        t.host = m_host;
        t.ports = {{587, SmtpSecurity::StartTls}};
        t.timeoutMs = 2000;
        const QString path = write(makePhpProbe(t, true));
        QVERIFY(QFile::exists(path));
        int exitCode = 0;
        const QByteArray out = runPhp(path, &exitCode);
        QCOMPARE(exitCode, 0);
        QVERIFY2(!QFile::exists(path), "the script is still there");
        QString error;
        const ProbeReport report = parsePhpProbeResult(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.ports.size(), 1);
        QCOMPARE(report.ports.first().outcome, PortResult::Outcome::Usable);
    }

    void hostileResultsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray port = R"({"port": 587, "security": "starttls", "outcome": "usable"})";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << QByteArray(" \n\t ");
        QTest::newRow("html") << QByteArray(
            "<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>");
        QTest::newRow("php error") << QByteArray(
            "<br />\n<b>Parse error</b>: syntax error in /var/www/x.php on line 3<br />");
        QTest::newRow("2 MB") << QByteArray(R"({"host": ")") + QByteArray(2 * 1024 * 1024, 'a') +
                                     QByteArray(R"(", "ports": [)") + port + QByteArray("]}");
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("truncated") << QByteArray(R"({"host": "mail.postino.test", "ports": [)") + port;
        QTest::newRow("no ports") << QByteArray(R"({"host": "mail.postino.test", "ports": []})");
        QTest::newRow("host number") << QByteArray(R"({"host": 42, "ports": [)") + port + "]}";
        QTest::newRow("ports object") << QByteArray(R"({"host": "h", "ports": {"port": 587}})");
        QTest::newRow("port string") << QByteArray(
            R"({"host": "h", "ports": [{"port": "587", "security": "starttls", "outcome": "usable"}]})");
        QTest::newRow("port too big") << QByteArray(
            R"({"host": "h", "ports": [{"port": 70000, "security": "ssl", "outcome": "usable"}]})");
        QTest::newRow("port fraction") << QByteArray(
            R"({"host": "h", "ports": [{"port": 58.7, "security": "ssl", "outcome": "usable"}]})");
        QTest::newRow("unknown outcome") << QByteArray(
            R"({"host": "h", "ports": [{"port": 587, "security": "ssl", "outcome": "great"}]})");
        QTest::newRow("unknown security") << QByteArray(
            R"({"host": "h", "ports": [{"port": 587, "security": "none", "outcome": "usable"}]})");
        QTest::newRow("auth array") << QByteArray(
            R"({"host": "h", "ports": [{"port": 587, "security": "ssl", "outcome": "usable", "auth": ["PLAIN"]}]})");
        QTest::newRow("greeting object") << QByteArray(
            R"({"host": "h", "ports": [{"port": 587, "security": "ssl", "outcome": "usable", "greeting": {}}]})");
        QTest::newRow("port entry string") << QByteArray(R"({"host": "h", "ports": ["587"]})");
        QByteArray many = R"({"host": "h", "ports": [)";
        for (int i = 0; i < 1000; ++i) {
            many += (i ? "," : "") + port;
        }
        QTest::newRow("too many ports") << many + "]}";
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
    }

    void hostileResultsAreRejected()
    {
        QFETCH(QByteArray, input);
        QString error;
        const ProbeReport report = parsePhpProbeResult(input, &error);
        QVERIFY(!error.isEmpty());
        QVERIFY(report.ports.isEmpty());
        QVERIFY(report.host.isEmpty());
    }

    void minimalResultParses()
    {
        QString error = QStringLiteral("stale");
        const ProbeReport report = parsePhpProbeResult(
            R"({"host": "smtp.example.com", "ports": [
                {"port": 25, "security": "starttls", "outcome": "blocked"},
                {"port": 465, "security": "ssl", "outcome": "usable", "greeting": "220 smtp.example.com ESMTP",
                 "auth": "AUTH LOGIN plain", "elapsedMs": 12}]})",
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.ports.size(), 2);
        QCOMPARE(report.ports.at(1).greetingName, QStringLiteral("smtp.example.com"));
        QCOMPARE(report.ports.at(1).authMechanisms,
                 QStringList({QStringLiteral("LOGIN"), QStringLiteral("PLAIN")}));
        QCOMPARE(report.recommendedPort, quint16(465));
        QCOMPARE(report.recommendedSecurity, SmtpSecurity::Tls);
    }
};

} // namespace postino

QTEST_GUILESS_MAIN(postino::TestPhpProbe)
#include "tst_php_probe.moc"
