#include "catalog/catalog.h"
#include "faultserver.h"
#include "misbehavingservers.h"
#include "probe/portprobe.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace postino;
using postino::test::FaultScript;
using postino::test::FaultServer;
using postino::test::Identity;
using postino::test::TestCertificates;

namespace {

constexpr quint16 kClosedPort = 2525;  // nothing listens there
constexpr quint16 kDroppedPort = 2527; // nft drops it silently

QString describe(const ProbeReport& report)
{
    QStringList out;
    for (const PortResult& r : report.ports) {
        out << QStringLiteral("%1 %2 name=%3 tls=%4 auth=%5 %6 ms")
                   .arg(r.port)
                   .arg(probeOutcomeName(r.outcome), r.greetingName, r.tlsVersion,
                        r.authMechanisms.join(QLatin1Char(' ')))
                   .arg(r.elapsedMs);
        for (const Finding& f : r.findings) {
            out << QStringLiteral("    %1: %2").arg(f.id, f.detail);
        }
    }
    out << QStringLiteral("recommendation %1: %2")
               .arg(report.recommendation.id, report.recommendation.detail);
    return out.join(QLatin1Char('\n'));
}

const PortResult* portOf(const ProbeReport& report, quint16 port)
{
    for (const PortResult& r : report.ports) {
        if (r.port == port) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

// Runs inside tests/harness/mailserver/run-with-mailserver.sh: Postfix on 127.0.0.1 as
// mail.postino.test (25, 465, 587), root for nft, plus fault servers on other loopback ports.
class TestPortProbe : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    QList<QSslCertificate> m_ca;
    TestCertificates m_certs;
    QByteArray m_hosts; // /etc/hosts as the harness wrote it
    bool m_extraAddress = false;

    static bool runTool(const QString& program, const QString& command)
    {
        QProcess p;
        p.start(program, QProcess::splitCommand(command));
        if (!p.waitForFinished(10000) || p.exitCode() != 0) {
            qWarning() << program << command << p.readAllStandardError();
            return false;
        }
        return true;
    }
    static bool nft(const QString& command) { return runTool(QStringLiteral("nft"), command); }

    // Maps `host` (a spelling of the test host) to these addresses, in this order, in the
    // namespace's private /etc/hosts (the harness's bind mount: written in place). Qt caches
    // lookups for a minute, so each scenario uses its own spelling: names match in any case,
    // in /etc/hosts and in the certificate. Returns what QHostInfo (and so the probe) sees.
    QList<QHostAddress> mapTestHost(const QString& host, const QStringList& addresses)
    {
        QFile hosts(QStringLiteral("/etc/hosts"));
        if (m_hosts.isEmpty()) {
            if (!hosts.open(QIODevice::ReadOnly)) {
                return {};
            }
            m_hosts = hosts.readAll();
            hosts.close();
        }
        QByteArray text;
        for (const QByteArray& line : m_hosts.split('\n')) {
            if (!line.isEmpty() && !line.toLower().endsWith(QByteArray(' ' + host.toLower().toUtf8()))) {
                text += line + '\n';
            }
        }
        for (const QString& a : addresses) {
            text += a.toUtf8() + ' ' + host.toUtf8() + '\n';
        }
        if (!hosts.open(QIODevice::WriteOnly | QIODevice::Truncate) || hosts.write(text) != text.size()) {
            return {};
        }
        hosts.close();
        return QHostInfo::fromName(host).addresses();
    }

    void restoreTestHost()
    {
        QFile hosts(QStringLiteral("/etc/hosts"));
        if (!m_hosts.isEmpty() && hosts.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            hosts.write(m_hosts);
        }
    }

    ProbeReport run(const ProbeTarget& target, qint64* elapsed, QList<PortResult>* each = nullptr)
    {
        PortProbe probe;
        QSignalSpy done(&probe, &PortProbe::finished);
        QObject::connect(&probe, &PortProbe::portFinished, &probe, [each](const PortResult& r) {
            if (each) {
                each->append(r);
            }
        });
        QElapsedTimer timer;
        timer.start();
        probe.start(target);
        if (!done.wait(target.timeoutMs + 60000)) {
            return {};
        }
        *elapsed = timer.elapsed();
        return done.first().first().value<ProbeReport>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = qEnvironmentVariable("POSTINO_TEST_SMTP_HOST", QStringLiteral("mail.postino.test"));
        m_ca = QSslCertificate::fromPath(qEnvironmentVariable("POSTINO_TEST_CA"), QSsl::Pem);
        QVERIFY2(!m_ca.isEmpty(), "POSTINO_TEST_CA: run inside run-with-mailserver.sh");
        QVERIFY(m_certs.create());
        QVERIFY(nft(QStringLiteral("add table inet postino_probe")));
        QVERIFY(nft(
            QStringLiteral("add chain inet postino_probe input { type filter hook input priority 0 ; }")));
        QVERIFY(nft(QStringLiteral("add rule inet postino_probe input tcp dport %1 drop").arg(kDroppedPort)));
    }

    void cleanupTestCase() { nft(QStringLiteral("delete table inet postino_probe")); }

    void cleanup()
    {
        restoreTestHost();
        if (m_extraAddress) {
            // glibc's AI_ADDRCONFIG counts any IPv4 address but 127.0.0.1 as "configured", and
            // with no IPv6 address but ::1 it would then drop every AAAA answer.
            runTool(QStringLiteral("ip"), QStringLiteral("addr del 127.0.0.2/32 dev lo"));
            m_extraAddress = false;
        }
    }

    // Two IPv4 addresses, the first silent on 587 (nft drops it) and without a server on 465
    // (refused): Happy Eyeballs starts the second address 250 ms later on 587, and at once on 465.
    void happyEyeballsPassesASilentAddress()
    {
        // A /32 of its own keeps getaddrinfo's RFC 6724 sort (rule 9) from reordering the two.
        QVERIFY(runTool(QStringLiteral("ip"), QStringLiteral("addr replace 127.0.0.2/32 dev lo")));
        m_extraAddress = true;
        QVERIFY(
            nft(QStringLiteral("add rule inet postino_probe input ip daddr 127.0.0.2 tcp dport 587 drop")));
        const QString host = m_host.toUpper();
        const QList<QHostAddress> resolved =
            mapTestHost(host, {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")});
        QCOMPARE(resolved, (QList<QHostAddress>{QHostAddress(QStringLiteral("127.0.0.2")),
                                                QHostAddress(QStringLiteral("127.0.0.1"))}));

        ProbeTarget t;
        t.host = host;
        t.ports = {{587, SmtpSecurity::StartTls}, {465, SmtpSecurity::Tls}};
        t.timeoutMs = 4000;
        t.extraCa = m_ca;
        qint64 elapsed = 0;
        ProbeReport report = run(t, &elapsed);
        QString why = describe(report) + QStringLiteral("\nelapsed %1 ms").arg(elapsed);
        qInfo().noquote() << why;
        const PortResult* submission = portOf(report, 587);
        QVERIFY2(submission && submission->outcome == PortResult::Outcome::Usable, qPrintable(why));
        QCOMPARE(submission->address, QStringLiteral("127.0.0.1"));
        QCOMPARE(submission->unanswered, QStringList{QStringLiteral("127.0.0.2")});
        // The second address starts after the attempt delay, not after the timeout.
        QVERIFY2(submission->elapsedMs >= t.attemptDelayMs - 10, qPrintable(why));
        QVERIFY2(elapsed < t.attemptDelayMs + 1500, qPrintable(why));
        const Finding* where = findById(submission->findings, QStringLiteral("probe.address"));
        QVERIFY(where);
        QVERIFY2(where->detail.contains(QLatin1String("127.0.0.1")) &&
                     where->detail.contains(QLatin1String("127.0.0.2")),
                 qPrintable(where->detail));
        QVERIFY(report.addresses == (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")}));
        QCOMPARE(portOf(report, 465)->outcome, PortResult::Outcome::Usable);
        QCOMPARE(portOf(report, 465)->address, QStringLiteral("127.0.0.1"));

        // A refusal moves on at once: with a 3 s attempt delay, 465 still answers in well under it.
        t.ports = {{465, SmtpSecurity::Tls}};
        t.attemptDelayMs = 3000;
        t.timeoutMs = 6000;
        report = run(t, &elapsed);
        why = describe(report) + QStringLiteral("\nelapsed %1 ms").arg(elapsed);
        QCOMPARE(portOf(report, 465)->outcome, PortResult::Outcome::Usable);
        QCOMPARE(portOf(report, 465)->unanswered, QStringList{QStringLiteral("127.0.0.2")});
        QVERIFY2(elapsed < 1500, qPrintable(why));

        // Every address silent: blocked, both named, within the one timeout.
        t.ports = {{kDroppedPort, SmtpSecurity::StartTls}};
        t.attemptDelayMs = ConnectRace::kAttemptDelayMs;
        t.timeoutMs = 2000;
        report = run(t, &elapsed);
        why = describe(report) + QStringLiteral("\nelapsed %1 ms").arg(elapsed);
        QCOMPARE(portOf(report, kDroppedPort)->outcome, PortResult::Outcome::Blocked);
        QCOMPARE(portOf(report, kDroppedPort)->unanswered,
                 (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")}));
        QVERIFY2(elapsed >= t.timeoutMs - 50 && elapsed < t.timeoutMs + 1000, qPrintable(why));
    }

    // IPv6 ::1 first (RFC 6724 prefers it), Postfix only on IPv4: on 587 ::1 refuses and IPv4
    // answers at once; on 465 ::1 is silent (nft) and IPv4 starts 250 ms later.
    void happyEyeballsFallsBackFromIpv6()
    {
        QVERIFY(nft(QStringLiteral("add rule inet postino_probe input ip6 daddr ::1 tcp dport 465 drop")));
        const QString host = m_host.left(1).toUpper() + m_host.mid(1);
        const QList<QHostAddress> resolved =
            mapTestHost(host, {QStringLiteral("::1"), QStringLiteral("127.0.0.1")});
        QCOMPARE(resolved, (QList<QHostAddress>{QHostAddress(QStringLiteral("::1")),
                                                QHostAddress(QStringLiteral("127.0.0.1"))}));
        ProbeTarget t;
        t.host = host;
        t.ports = {{587, SmtpSecurity::StartTls}, {465, SmtpSecurity::Tls}};
        t.timeoutMs = 4000;
        t.extraCa = m_ca;
        qint64 elapsed = 0;
        const ProbeReport report = run(t, &elapsed);
        const QString why = describe(report) + QStringLiteral("\nelapsed %1 ms").arg(elapsed);
        qInfo().noquote() << why;
        for (const quint16 port : {quint16(587), quint16(465)}) {
            const PortResult* r = portOf(report, port);
            QVERIFY2(r && r->outcome == PortResult::Outcome::Usable, qPrintable(why));
            QCOMPARE(r->address, QStringLiteral("127.0.0.1"));
            QCOMPARE(r->unanswered, QStringList{QStringLiteral("::1")});
        }
        QVERIFY2(portOf(report, 465)->elapsedMs >= t.attemptDelayMs - 10, qPrintable(why));
        QVERIFY2(portOf(report, 587)->elapsedMs < portOf(report, 465)->elapsedMs, qPrintable(why));
        QVERIFY2(elapsed < t.attemptDelayMs + 1500, qPrintable(why));
        QCOMPARE(report.recommendedPort, quint16(587));
    }

    // Every kind of port at once, the whole run bounded by one timeout plus the stagger.
    void everyOutcomeInOneRun()
    {
        postino::test::MisbehavingSmtpServers bad(m_certs);
        QVERIFY(bad.start());
        // The API host: HTTPS with a valid certificate for 127.0.0.1.
        FaultServer api(
            FaultScript()
                .startTls(m_certs.good.certificate, m_certs.good.key)
                .on(QStringLiteral("^HEAD / HTTP/1\\.1"), "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
                .close());
        const quint16 apiPort = api.start();
        QVERIFY(apiPort);
        const quint16 wrongNamePort = bad.wrongName.serverPort();
        const quint16 interceptorPort = bad.interceptor.serverPort();
        const quint16 webPort = bad.web.serverPort();
        const quint16 expiredPort = bad.expired.serverPort();
        const quint16 plainPort = bad.plainOnTls.serverPort();
        const quint16 silentPort = bad.silent.serverPort();

        ProbeTarget t;
        t.host = m_host;
        // The connected-but-silent port early: its wait starts when it connects.
        t.ports = {{25, SmtpSecurity::StartTls},
                   {silentPort, SmtpSecurity::StartTls},
                   {465, SmtpSecurity::Tls},
                   {587, SmtpSecurity::StartTls},
                   {kClosedPort, SmtpSecurity::StartTls},
                   {kDroppedPort, SmtpSecurity::StartTls},
                   {wrongNamePort, SmtpSecurity::Tls},
                   {interceptorPort, SmtpSecurity::StartTls},
                   {webPort, SmtpSecurity::StartTls},
                   {expiredPort, SmtpSecurity::Tls},
                   {plainPort, SmtpSecurity::Tls}};
        t.apiHost = QStringLiteral("127.0.0.1");
        t.apiPort = apiPort;
        t.timeoutMs = 2000;
        t.staggerMs = 100;
        t.extraCa = m_ca + m_certs.ca;

        qint64 elapsed = 0;
        QList<PortResult> each;
        const ProbeReport report = run(t, &elapsed, &each);
        const QString why = describe(report) + QStringLiteral("\nelapsed %1 ms").arg(elapsed);
        qInfo().noquote() << why;
        QCOMPARE(report.ports.size(), 12);
        QCOMPARE(each.size(), 12);
        const qint64 bound = t.timeoutMs + t.staggerMs * (report.ports.size() - 1) + 1000;
        QVERIFY2(elapsed < bound, qPrintable(why));
        // Silence is judged one timeout after the start: the dropped port, started 500 ms late,
        // does not push the run past the timeout (everything else answered long before).
        QVERIFY2(elapsed < t.timeoutMs + 700, qPrintable(why));

        using Outcome = PortResult::Outcome;
        QCOMPARE(portOf(report, 25)->outcome, Outcome::Usable);
        QCOMPARE(portOf(report, 465)->outcome, Outcome::Usable);
        QCOMPARE(portOf(report, 587)->outcome, Outcome::Usable);
        QCOMPARE(portOf(report, kClosedPort)->outcome, Outcome::Refused);
        QCOMPARE(portOf(report, kDroppedPort)->outcome, Outcome::Blocked);
        QCOMPARE(portOf(report, wrongNamePort)->outcome, Outcome::TlsProblem);
        QCOMPARE(portOf(report, interceptorPort)->outcome, Outcome::Intercepted);
        QCOMPARE(portOf(report, interceptorPort)->greetingName,
                 QStringLiteral("smtp.hostingprovider.example"));
        QCOMPARE(portOf(report, webPort)->outcome, Outcome::NotSmtp);
        QCOMPARE(portOf(report, expiredPort)->outcome, Outcome::TlsProblem);
        QVERIFY2(describe(report).contains(QLatin1String("certificate expired on 2021-01-01")),
                 qPrintable(why));
        QCOMPARE(portOf(report, plainPort)->outcome, Outcome::TlsProblem);
        QVERIFY2(describe(report).contains(QLatin1String("answered in plain text")), qPrintable(why));
        QCOMPARE(portOf(report, silentPort)->outcome, Outcome::Blocked);
        const PortResult* https = portOf(report, apiPort);
        QVERIFY(https->https);
        QCOMPARE(https->outcome, Outcome::Usable);
        QVERIFY2(https->httpStatus.startsWith(QLatin1String("HTTP/1.1 200")), qPrintable(https->httpStatus));

        // 587: STARTTLS offered and used, then AUTH offered over TLS only.
        const PortResult* submission = portOf(report, 587);
        QVERIFY(submission->startTls);
        QCOMPARE(submission->greetingName, m_host);
        QVERIFY(submission->authMechanisms.contains(QStringLiteral("PLAIN")));
        QVERIFY(submission->authMechanisms.contains(QStringLiteral("LOGIN")));
        QVERIFY(submission->tlsVersion.startsWith(QLatin1String("TLSv1.")));
        QVERIFY(!submission->cipher.isEmpty());
        QVERIFY(submission->certificateExpiry.isValid());
        QVERIFY(!portOf(report, 465)->startTls);
        QVERIFY(!portOf(report, 465)->tlsVersion.isEmpty());

        QCOMPARE(report.recommendation.id, QStringLiteral("probe.recommend_port"));
        QCOMPARE(report.recommendedPort, quint16(587));
        QCOMPARE(report.recommendation.severity(), Severity::Ok);
        QVERIFY(report.addresses.contains(QStringLiteral("127.0.0.1")));
    }

    // Nothing reaches SMTP: the network blocks it, and the way out names the API mailers.
    void allBlockedRecommendsApiMailers()
    {
        ProbeTarget t;
        t.host = m_host;
        t.ports = {{kClosedPort, SmtpSecurity::StartTls}, {kDroppedPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 2000;
        qint64 elapsed = 0;
        const ProbeReport report = run(t, &elapsed);
        const QString why = describe(report);
        QCOMPARE(portOf(report, kClosedPort)->outcome, PortResult::Outcome::Refused);
        QCOMPARE(portOf(report, kDroppedPort)->outcome, PortResult::Outcome::Blocked);
        QVERIFY2(elapsed < t.timeoutMs + 700, qPrintable(why));
        QCOMPARE(report.recommendation.id, QStringLiteral("probe.smtp_blocked"));
        QCOMPARE(report.recommendation.severity(), Severity::Error);
        QVERIFY(report.apiMailers.contains(QStringLiteral("postmark")) ||
                report.apiMailers.contains(QStringLiteral("sendgrid")));
        const QString steps = report.recommendation.advice.steps.join(QLatin1Char(' '));
        QVERIFY2(steps.contains(QLatin1String("Postmark")) && steps.contains(QLatin1String("Brevo")),
                 qPrintable(steps));
        QVERIFY2(steps.contains(QLatin1String("relay")), qPrintable(steps));
    }

    // Cancelling ends at once with every port accounted for.
    void cancelEndsImmediately()
    {
        ProbeTarget t;
        t.host = m_host;
        t.ports = {{kDroppedPort, SmtpSecurity::StartTls}, {587, SmtpSecurity::StartTls}};
        PortProbe probe;
        QSignalSpy done(&probe, &PortProbe::finished);
        probe.start(t);
        QTest::qWait(50);
        probe.cancel();
        QCOMPARE(done.size(), 1);
        const ProbeReport report = done.first().first().value<ProbeReport>();
        QCOMPARE(report.ports.size(), 2);
        QVERIFY(!probe.isRunning());
        QTest::qWait(300); // the stagger timer of the second port must not start anything
        QCOMPARE(done.size(), 1);
    }

    void forMailerUsesTheCatalog()
    {
        const MailerInfo* smtp = Catalog::builtin().mailer(QStringLiteral("smtp"));
        QVERIFY(smtp);
        const ProbeTarget other = ProbeTarget::forMailer(
            *smtp, QJsonObject{{QStringLiteral("host"), QStringLiteral("smtp.example.com")}});
        QCOMPARE(other.host, QStringLiteral("smtp.example.com"));
        QCOMPARE(other.ports.size(), 4);
        QVERIFY(other.apiHost.isEmpty());
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            if (m.relayHost.isEmpty() || m.apiHost(m.withDefaults({})).isEmpty()) {
                continue;
            }
            const ProbeTarget t = ProbeTarget::forMailer(m, {});
            // Placeholders such as {region} are filled from the mailer's defaults.
            QVERIFY2(!t.host.contains(QLatin1Char('{')), qPrintable(t.host));
            QCOMPARE(t.host.section(QLatin1Char('.'), 0, 0),
                     m.relayHostFor(m.withDefaults({})).section(QLatin1Char('.'), 0, 0));
            QCOMPARE(t.ports.size(), m.relayPorts.size());
            QCOMPARE(t.apiHost, m.apiHost(m.withDefaults({})));
            for (qsizetype i = 0; i < t.ports.size(); ++i) {
                QCOMPARE(t.ports.at(i).security == SmtpSecurity::Tls,
                         m.relayPorts.at(i).security == QLatin1String("ssl"));
            }
        }
    }

    void configuredPortIsProbedFirst()
    {
        const MailerInfo* smtp = Catalog::builtin().mailer(QStringLiteral("smtp"));
        const ProbeTarget t =
            ProbeTarget::forMailer(*smtp, QJsonObject{{QStringLiteral("host"), m_host},
                                                      {QStringLiteral("port"), 8025},
                                                      {QStringLiteral("encryption"), QStringLiteral("tls")}});
        QCOMPARE(t.ports.first().port, quint16(8025));
        QCOMPARE(t.ports.size(), 5);
    }

    // A shared host's server: it greets as serverNN.<hosting company>, then proves with a
    // certificate that it is the host asked for, and takes a login.
    // Another name in the greeting is no evidence of interception: with a certificate verified
    // for the host asked for, the port is usable and the name an Info line; the same greeting
    // with a certificate for another name is intercepted. PortProbe, `probe` and `smtp check`
    // agree, with their exit codes.
    void greetingNameAloneIsNotInterception()
    {
        FaultServer valid(sharedHostServer(m_certs.good));
        FaultServer wrong(sharedHostServer(m_certs.wrongName));
        const quint16 validPort = valid.start();
        const quint16 wrongPort = wrong.start();
        QVERIFY(validPort && wrongPort);
        ProbeTarget t;
        t.host = QStringLiteral("localhost");
        t.ports = {{wrongPort, SmtpSecurity::StartTls}, {validPort, SmtpSecurity::StartTls}};
        t.timeoutMs = 3000;
        t.extraCa = m_certs.ca;
        qint64 elapsed = 0;
        const ProbeReport report = run(t, &elapsed);
        const QString why = describe(report);
        using Outcome = PortResult::Outcome;
        QVERIFY2(portOf(report, validPort) && portOf(report, validPort)->outcome == Outcome::Usable,
                 qPrintable(why));
        QVERIFY2(portOf(report, wrongPort)->outcome == Outcome::Intercepted, qPrintable(why));
        const Finding* note =
            findById(portOf(report, validPort)->findings, QStringLiteral("smtp.greeting_host_mismatch"));
        QVERIFY2(note && note->severity() == Severity::Info, qPrintable(why));
        QVERIFY(note->detail.contains(QLatin1String("server42.hostingcompany.example")));
        QCOMPARE(report.recommendation.id, QStringLiteral("probe.recommend_port"));
        QCOMPARE(report.recommendedPort, validPort);
        QCOMPARE(report.recommendation.severity(), Severity::Ok);
        for (const Finding& f : report.findings) {
            if (f.isProblem()) {
                QVERIFY2(!f.advice.title.isEmpty() && !f.advice.steps.isEmpty(), qPrintable(f.id));
            }
        }

        QTemporaryDir dir;
        const QString caFile = dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_certs.ca.first().toPem());
        ca.close();
        const auto cli = [&](const QStringList& arguments, QByteArray* out) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("POSTINO_PASSWORD"), QStringLiteral("s3cret"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                    arguments + QStringList{QStringLiteral("--host"), QStringLiteral("localhost"),
                                            QStringLiteral("--encryption"), QStringLiteral("tls"),
                                            QStringLiteral("--ca-file"), caFile, QStringLiteral("--timeout"),
                                            QStringLiteral("3"), QStringLiteral("--json")});
            // The fault servers live in this process: keep its event loop running.
            QSignalSpy finished(&p, &QProcess::finished);
            if (p.state() != QProcess::NotRunning && !finished.wait(60000)) {
                p.kill();
                p.waitForFinished();
                return -1;
            }
            *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        for (const auto& [port, exitCode] : {std::pair{validPort, 0}, std::pair{wrongPort, 1}}) {
            QByteArray out;
            QCOMPARE(cli({QStringLiteral("probe"), QStringLiteral("--port"), QString::number(port)}, &out),
                     exitCode);
            const QJsonObject json = QJsonDocument::fromJson(out).object();
            QString outcome;
            for (const QJsonValue& v : json.value(QStringLiteral("ports")).toArray()) {
                if (v.toObject().value(QStringLiteral("port")).toInt() == port) {
                    outcome = v.toObject().value(QStringLiteral("outcome")).toString();
                }
            }
            QVERIFY2(outcome == (exitCode == 0 ? QLatin1String("usable") : QLatin1String("intercepted")),
                     out.constData());
            QCOMPARE(cli({QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--port"),
                          QString::number(port), QStringLiteral("--user"), QStringLiteral("alice")},
                         &out),
                     exitCode);
            QVERIFY2(out.contains("smtp.greeting_host_mismatch"), out.constData());
        }
    }

    void cliProbePrintsJson()
    {
        QProcess cli;
        QElapsedTimer timer;
        timer.start();
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("probe"), QStringLiteral("--host"), m_host, QStringLiteral("--ca-file"),
                   qEnvironmentVariable("POSTINO_TEST_CA"), QStringLiteral("--timeout"), QStringLiteral("3"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        qInfo() << "CLI probe took" << timer.elapsed() << "ms";
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(json.value(QStringLiteral("ok")).toBool(), out.constData());
        const QJsonArray ports = json.value(QStringLiteral("ports")).toArray();
        QCOMPARE(ports.size(), 4);
        QHash<int, QString> outcomes;
        for (const QJsonValue& v : ports) {
            outcomes.insert(v.toObject().value(QStringLiteral("port")).toInt(),
                            v.toObject().value(QStringLiteral("outcome")).toString());
        }
        QCOMPARE(outcomes.value(587), QStringLiteral("usable"));
        QCOMPARE(outcomes.value(465), QStringLiteral("usable"));
        QCOMPARE(outcomes.value(2525), QStringLiteral("refused"));
        const QJsonObject rec = json.value(QStringLiteral("recommendation")).toObject();
        QCOMPARE(rec.value(QStringLiteral("id")).toString(), QStringLiteral("probe.recommend_port"));
        QCOMPARE(rec.value(QStringLiteral("port")).toInt(), 587);
        QVERIFY(!json.value(QStringLiteral("findings")).toArray().isEmpty());

        // The text form: a table and the recommendation.
        QProcess text;
        text.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                   {QStringLiteral("probe"), QStringLiteral("--host"), m_host, QStringLiteral("--ca-file"),
                    qEnvironmentVariable("POSTINO_TEST_CA"), QStringLiteral("--timeout"),
                    QStringLiteral("3")});
        QVERIFY(text.waitForFinished(60000));
        const QString table = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(table.contains(QLatin1String("587")) && table.contains(QLatin1String("usable")) &&
                     table.contains(QLatin1String("PLAIN LOGIN")),
                 qPrintable(table));
    }
};

QTEST_GUILESS_MAIN(TestPortProbe)
#include "tst_port_probe.moc"
