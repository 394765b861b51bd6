#include "faultserver.h"
#include "smtp/smtpclient.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace postino;
using postino::test::FaultScript;
using postino::test::FaultServer;
using postino::test::Identity;
using postino::test::TestCertificates;

namespace {

// Every step of the client gets this long; a failure must be reported within it plus kSlackMs.
constexpr int kTimeoutMs = 1500;
constexpr int kSlackMs = 1000;

const QByteArray kGreeting = "220 fault.test ESMTP Fault server\r\n";

// "250-fault.test" then one line per extension, the last one with "250 ".
QByteArray ehloReply(const QList<QByteArray>& extensions, const QByteArray& name = "fault.test")
{
    QByteArray reply = "250" + QByteArray(extensions.isEmpty() ? " " : "-") + name + "\r\n";
    for (qsizetype i = 0; i < extensions.size(); ++i) {
        reply += "250" + QByteArray(i + 1 == extensions.size() ? " " : "-") + extensions.at(i) + "\r\n";
    }
    return reply;
}

// One client session against a fault server, with what it said and how long it took.
struct Run
{
    bool finished = false;
    SmtpResult result;
    QList<TranscriptLine> transcript;
    qint64 elapsedMs = 0;

    QString lastId() const { return result.findings.isEmpty() ? QString() : result.findings.last().id; }
    bool hasClientLine(const QString& prefix) const
    {
        return std::any_of(transcript.cbegin(), transcript.cend(), [&prefix](const TranscriptLine& l) {
            return l.direction == TranscriptLine::Direction::Client && l.text.startsWith(prefix);
        });
    }
    QString explain() const
    {
        QStringList out{QStringLiteral("finished %1 after %2 ms, ok %3, findings:")
                            .arg(finished ? QStringLiteral("yes") : QStringLiteral("NO"))
                            .arg(elapsedMs)
                            .arg(result.ok ? QStringLiteral("yes") : QStringLiteral("no"))};
        for (const Finding& f : result.findings) {
            out << QStringLiteral("  %1 [%2] %3").arg(f.id, severityName(f.severity()), f.detail);
        }
        out << QStringLiteral("transcript:");
        for (const TranscriptLine& l : transcript) {
            out << QStringLiteral("  ") + formatTranscriptLine(l);
        }
        return out.join(QLatin1Char('\n'));
    }
};

Run runClient(const std::function<void(SmtpClient&)>& start)
{
    Run run;
    SmtpClient client;
    QSignalSpy done(&client, &SmtpClient::finished);
    QObject::connect(&client, &SmtpClient::transcript, &client,
                     [&run](const TranscriptLine& l) { run.transcript << l; });
    QElapsedTimer timer;
    timer.start();
    start(client);
    // A whole session has a few steps; a hung client is caught well before ctest's timeout.
    run.finished = !done.isEmpty() || done.wait(4 * kTimeoutMs);
    run.elapsedMs = timer.elapsed();
    if (run.finished) {
        run.result = done.first().first().value<SmtpResult>();
    }
    if (qEnvironmentVariableIsSet("POSTINO_FAULTS_VERBOSE")) {
        qInfo().noquote() << run.explain();
    }
    return run;
}

} // namespace

// The client failed with `id` as its last finding, within one step's timeout.
#define CHECK_FAILURE(run, id)                                                                               \
    do {                                                                                                     \
        QVERIFY2((run).finished, qPrintable((run).explain()));                                               \
        QVERIFY2(!(run).result.ok, qPrintable((run).explain()));                                             \
        QVERIFY2((run).lastId() == QStringLiteral(id),                                                       \
                 qPrintable(QStringLiteral("expected %1\n").arg(QStringLiteral(id)) + (run).explain()));     \
        QVERIFY2((run).result.findings.last().isError(), qPrintable((run).explain()));                       \
        QVERIFY2((run).elapsedMs < kTimeoutMs + kSlackMs, qPrintable((run).explain()));                      \
    } while (false)

#define CHECK_OK(run)                                                                                        \
    do {                                                                                                     \
        QVERIFY2((run).finished, qPrintable((run).explain()));                                               \
        QVERIFY2((run).result.ok, qPrintable((run).explain()));                                              \
    } while (false)

// Misbehaviour a real server will not produce, from a scripted server in this process on
// 127.0.0.1. No root, no mail-server harness; certificates come from a throwaway test CA.
class TestSmtpFaults : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    SmtpSettings settings(quint16 port, SmtpSecurity security) const
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.autoTls = false;
        s.username = QStringLiteral("alice@fault.test");
        s.password = "s3cret pässwörd";
        s.heloName = QStringLiteral("client.fault.test");
        s.extraCaCertificates = m_certs.ca;
        s.timeouts.connectMs = s.timeouts.greetingMs = s.timeouts.commandMs = s.timeouts.dataEndMs =
            kTimeoutMs;
        return s;
    }

    // Waits (bounded) until the client has hung up, so the server has read all it will get.
    static bool waitUntilGone(FaultServer& server)
    {
        if (!server.isServing()) {
            return true;
        }
        QSignalSpy gone(&server, &FaultServer::clientGone);
        return gone.wait(kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        QVERIFY(m_certs.expired.certificate.expiryDate() < QDateTime::currentDateTimeUtc());
    }

    // 1. Connected, then nothing at all.
    void silenceAfterConnect()
    {
        FaultServer server{FaultScript()};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.no_response");
        QVERIFY2(run.elapsedMs >= kTimeoutMs * 9 / 10, qPrintable(run.explain())); // it did wait
    }

    // 2. The server turns the client away at once.
    void serviceUnavailableAtGreeting()
    {
        FaultServer server{
            FaultScript().send("421 4.3.2 Service not available, closing channel\r\n").close()};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.service_unavailable");
        QCOMPARE(run.result.lastReply->code, 421);
    }

    // 3. The connection drops right after the EHLO reply.
    void dropAfterEhlo()
    {
        FaultServer server{
            FaultScript().send(kGreeting).on(QStringLiteral("^EHLO "), ehloReply({"8BITMIME"})).close()};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.authenticate = false;
        const SmtpEnvelope e{QStringLiteral("alice@fault.test"),
                             {QStringLiteral("bob@fault.test")},
                             "Subject: drop\r\n\r\nbody\r\n"};
        const Run run = runClient([&](SmtpClient& c) { c.send(s, e); });
        CHECK_FAILURE(run, "smtp.connection_closed");
    }

    // 4. STARTTLS is missing (stripped by something on the path?): never log in in clear text.
    void starttlsNotOffered()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN LOGIN", "8BITMIME"}))
                               .on(QStringLiteral("^AUTH"), "535 5.7.8 Should never get here\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::StartTls)); });
        CHECK_FAILURE(run, "smtp.starttls_not_offered");
        QVERIFY2(!run.hasClientLine(QStringLiteral("AUTH")), qPrintable(run.explain()));
        QVERIFY(waitUntilGone(server));
        QCOMPARE(server.count(QStringLiteral("^AUTH")), 0);
    }

    // 5. A reply line that never ends: the client stops at its 64 KiB limit.
    void endlessReplyLine()
    {
        FaultServer server{FaultScript().send("220 " + QByteArray(1024 * 1024, 'x'))};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.reply_too_long");
        // It gives up as soon as the limit is passed, not when a timeout runs out.
        QVERIFY2(run.elapsedMs < kTimeoutMs / 2, qPrintable(run.explain()));
    }

    // 5b. A reply that keeps going, line after line: 10,000 continuation lines of a greeting, or
    // lines of 4 KB each. The client ends the connection at its cap with a specific finding,
    // long before the step's timeout, and the transcript stays small.
    void endlessMultiLineReply_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QByteArray manyLines;
        for (int i = 0; i < 10000; ++i) {
            manyLines += "220-fault.test still greeting, line " + QByteArray::number(i) + "\r\n";
        }
        QTest::newRow("10,000 lines") << manyLines + "220 fault.test ready\r\n";
        QByteArray longLines;
        for (int i = 0; i < 200; ++i) {
            longLines += "220-" + QByteArray(4096, 'x') + "\r\n";
        }
        QTest::newRow("800 KB in 4 KB lines") << longLines + "220 fault.test ready\r\n";
    }

    void endlessMultiLineReply()
    {
        QFETCH(QByteArray, reply);
        FaultServer server{FaultScript().send(reply)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.reply_too_long");
        QVERIFY2(run.elapsedMs < kTimeoutMs / 2, qPrintable(run.explain()));
        QVERIFY2(run.transcript.size() <= SmtpReplyParser::kMaxLines + 10,
                 qPrintable(QString::number(run.transcript.size())));
        const Finding& f = run.result.findings.last();
        QVERIFY(!f.advice.title.isEmpty() && !f.advice.steps.isEmpty());
        QVERIFY2(f.detail.contains(QLatin1String("500")), qPrintable(f.detail));
    }

    // 6. A greeting trickling in at one byte per second never completes in time.
    void greetingTooSlow()
    {
        FaultServer server{FaultScript().sendSlowly(kGreeting, 1000)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.too_slow");
    }

    // 7. Implicit TLS with a certificate for another name.
    void certificateForAnotherName()
    {
        FaultServer server{
            FaultScript().startTls(m_certs.wrongName.certificate, m_certs.wrongName.key).send(kGreeting)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::Tls)); });
        CHECK_FAILURE(run, "smtp.tls.name_mismatch");
        QVERIFY(run.result.findings.last().detail.contains(QLatin1String("other.example.test")));
        QCOMPARE(run.result.peerCertificate, m_certs.wrongName.certificate);
    }

    // 8. Implicit TLS with a certificate that expired in 2021.
    void expiredCertificate()
    {
        FaultServer server{
            FaultScript().startTls(m_certs.expired.certificate, m_certs.expired.key).send(kGreeting)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::Tls)); });
        CHECK_FAILURE(run, "smtp.tls.certificate_expired");
    }

    // 9. SSL chosen, but the server speaks plain SMTP on this port.
    void plaintextOnImplicitTlsPort()
    {
        FaultServer server{FaultScript().send(kGreeting)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::Tls)); });
        CHECK_FAILURE(run, "smtp.encryption_mismatch");
    }

    // 10. The greeting names a host unrelated to the one configured: works, with a note.
    void greetingNamesAnotherHost()
    {
        FaultServer server{FaultScript()
                               .send("220 mx.unrelated-isp.example ESMTP\r\n")
                               .on(QStringLiteral("^EHLO "), ehloReply({}, "mx.unrelated-isp.example"))
                               .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.host = QStringLiteral("localhost");
        s.authenticate = false;
        const Run run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        CHECK_OK(run);
        const Finding* note = findById(run.result.findings, QStringLiteral("smtp.greeting_host_mismatch"));
        QVERIFY2(note, qPrintable(run.explain()));
        QCOMPARE(note->severity(), Severity::Info);
        QVERIFY(note->detail.contains(QLatin1String("mx.unrelated-isp.example")));
    }

    // 10b. Another name in the greeting, then STARTTLS with a certificate verified for the host
    // asked for, and a login: a shared host's server at work, not interception. The same greeting
    // with a certificate for another name fails on the certificate.
    void greetingNamesAnotherHostWithVerifiedCertificate_data()
    {
        QTest::addColumn<bool>("validCertificate");
        QTest::newRow("certificate for localhost") << true;
        QTest::newRow("certificate for another name") << false;
    }

    void greetingNamesAnotherHostWithVerifiedCertificate()
    {
        QFETCH(bool, validCertificate);
        const Identity& identity = validCertificate ? m_certs.good : m_certs.wrongName;
        FaultServer server{
            FaultScript()
                .send("220 server42.hostingcompany.example ESMTP\r\n")
                .on(QStringLiteral("^EHLO "), ehloReply({"STARTTLS"}, "server42.hostingcompany.example"))
                .on(QStringLiteral("^STARTTLS"), "220 2.0.0 Ready\r\n")
                .startTls(identity.certificate, identity.key)
                .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN"}, "server42.hostingcompany.example"))
                .on(QStringLiteral("^AUTH PLAIN"), "235 2.7.0 Authentication successful\r\n")
                .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::StartTls);
        s.host = QStringLiteral("localhost");
        s.connectAddress = QStringLiteral("127.0.0.1");
        const Run run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        const Finding* note = findById(run.result.findings, QStringLiteral("smtp.greeting_host_mismatch"));
        QVERIFY2(note && note->severity() == Severity::Info, qPrintable(run.explain()));
        if (validCertificate) {
            CHECK_OK(run);
            QVERIFY(run.result.authenticated);
            QVERIFY(!hasErrors(run.result.findings));
            QVERIFY(std::none_of(run.result.findings.cbegin(), run.result.findings.cend(),
                                 [](const Finding& f) { return f.severity() == Severity::Warning; }));
        } else {
            CHECK_FAILURE(run, "smtp.tls.name_mismatch");
            QCOMPARE(server.count(QStringLiteral("^AUTH")), 0);
        }
    }

    // 11. 421 in the middle of the session, in answer to AUTH.
    void serviceUnavailableMidSession()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN"}))
                               .on(QStringLiteral("^AUTH "), "421 4.7.0 Too many connections, closing\r\n")
                               .close()};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.service_unavailable");
        QCOMPARE(run.result.failedStage, SmtpStage::Auth);
    }

    // Every reply a user can meet, at the step where servers give it: finding id and advice.
    void repliesBecomeFindings_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("id");
        QTest::newRow("554 at greeting")
            << "greeting" << QByteArray("554 5.7.1 No SMTP service for you\r\n") << "smtp.greeting_refused";
        QTest::newRow("EHLO refused")
            << "ehlo" << QByteArray("550 5.7.1 Access denied\r\n") << "smtp.ehlo_refused";
        QTest::newRow("Gmail app password")
            << "auth"
            << QByteArray("534-5.7.9 Application-specific password required. Learn more at\r\n534 5.7.9 "
                          "https://support.example/answer\r\n")
            << "smtp.auth_app_password_required";
        QTest::newRow("Gmail web login")
            << "auth"
            << QByteArray("534-5.7.14 <https://accounts.example/signin>\r\n534 5.7.14 Please log in via your "
                          "web browser and then try again.\r\n")
            << "smtp.auth_web_login_required";
        QTest::newRow("Microsoft 365 SMTP AUTH off")
            << "auth"
            << QByteArray("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
                          "the Tenant.\r\n")
            << "smtp.auth_smtp_disabled";
        QTest::newRow("535 bad password")
            << "auth" << QByteArray("535 5.7.8 Error: authentication failed: authentication failure\r\n")
            << "smtp.auth_failed";
        QTest::newRow("538 encryption required")
            << "auth"
            << QByteArray("538 5.7.11 Encryption required for requested authentication mechanism\r\n")
            << "smtp.auth_encryption_required";
        QTest::newRow("504 mechanism")
            << "auth" << QByteArray("504 5.5.4 Unrecognized authentication type\r\n")
            << "smtp.auth_mechanism_unsupported";
        QTest::newRow("454 temporary")
            << "auth" << QByteArray("454 4.7.0 Temporary authentication failure\r\n")
            << "smtp.auth_temporary_failure";
        QTest::newRow("not authenticated")
            << "mail" << QByteArray("530 5.7.57 Client not authenticated to send mail.\r\n")
            << "smtp.auth_required";
        QTest::newRow("Send As denied")
            << "mail"
            << QByteArray("550 5.7.60 SMTP; Client does not have permissions to send as this sender\r\n")
            << "smtp.send_as_denied";
        QTest::newRow("sender domain unknown")
            << "mail" << QByteArray("553 5.1.8 Domain of sender address does not exist\r\n")
            << "smtp.sender_rejected";
        QTest::newRow("seed: 550 5.7.1 relay")
            << "rcpt" << QByteArray("550 5.7.1 <a@elsewhere.example>: Relay access denied\r\n")
            << "smtp.relay_denied";
        QTest::newRow("sender not owned")
            << "rcpt"
            << QByteArray("553 5.7.1 <me@fault.test>: Sender address rejected: not owned by user alice\r\n")
            << "smtp.sender_not_owned";
        QTest::newRow("unknown recipient")
            << "rcpt"
            << QByteArray("550 5.1.1 <nobody@fault.test>: Recipient address rejected: User unknown\r\n")
            << "smtp.recipient_rejected";
        QTest::newRow("greylisted") << "rcpt"
                                    << QByteArray("451 4.7.1 Greylisted, please try again later\r\n")
                                    << "smtp.temporary_failure";
        QTest::newRow("DATA refused")
            << "data" << QByteArray("554 5.5.1 No valid recipients\r\n") << "smtp.message_rejected";
        QTest::newRow("too large at the end")
            << "dataend" << QByteArray("552 5.3.4 Message size exceeds fixed limit\r\n")
            << "smtp.message_too_large";
        QTest::newRow("daily quota") << "dataend"
                                     << QByteArray("550 5.4.5 Daily user sending quota exceeded.\r\n")
                                     << "smtp.daily_limit";
        QTest::newRow("SPF failure")
            << "dataend"
            << QByteArray(
                   "550 5.7.23 The message was rejected because of Sender Policy Framework violation\r\n")
            << "smtp.message_rejected_authentication";
        QTest::newRow("spam policy") << "dataend" << QByteArray("554 5.7.1 Message rejected as spam\r\n")
                                     << "smtp.message_rejected_policy";
        QTest::newRow("seed: 421 mid-session")
            << "mail" << QByteArray("421 4.3.2 Service not available, closing transmission channel\r\n")
            << "smtp.service_unavailable";
    }
    void repliesBecomeFindings()
    {
        QFETCH(QString, stage);
        QFETCH(QByteArray, reply);
        QFETCH(QString, id);
        const auto at = [&](const char* which, const QByteArray& normal) {
            return stage == QLatin1String(which) ? reply : normal;
        };
        FaultScript script;
        script.send(at("greeting", kGreeting))
            .on(QStringLiteral("^EHLO "), at("ehlo", ehloReply({"AUTH PLAIN LOGIN", "8BITMIME"})))
            .on(QStringLiteral("^AUTH "), at("auth", "235 2.7.0 Authentication successful\r\n"))
            .on(QStringLiteral("^MAIL FROM:"), at("mail", "250 2.1.0 Ok\r\n"))
            .on(QStringLiteral("^RCPT TO:"), at("rcpt", "250 2.1.5 Ok\r\n"))
            .on(QStringLiteral("^DATA"), at("data", "354 End data with <CR><LF>.<CR><LF>\r\n"))
            .readMessage(at("dataend", "250 2.0.0 Ok: queued as X\r\n"));
        FaultServer server{script};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpEnvelope envelope{QStringLiteral("me@fault.test"),
                              {QStringLiteral("you@fault.test")},
                              "Subject: test\r\n\r\nHello.\r\n"};
        const Run run =
            runClient([&](SmtpClient& c) { c.send(settings(port, SmtpSecurity::None), envelope); });
        QVERIFY2(run.finished, qPrintable(run.explain()));
        QVERIFY2(!run.result.ok, qPrintable(run.explain()));
        QVERIFY2(run.lastId() == id, qPrintable(QStringLiteral("expected %1\n").arg(id) + run.explain()));
        const Finding& f = run.result.findings.last();
        QVERIFY(f.isError());
        QVERIFY(!f.advice.title.isEmpty() && !f.advice.steps.isEmpty());
        QVERIFY(f.detail.contains(QString::fromLatin1(reply.left(3))));
        QVERIFY2(run.elapsedMs < kTimeoutMs + kSlackMs, qPrintable(run.explain()));
    }

    // The certificate is right for the name and in date, but nobody vouches for it.
    void selfSignedCertificate()
    {
        FaultServer server{
            FaultScript().startTls(m_certs.selfSigned.certificate, m_certs.selfSigned.key).send(kGreeting)};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::Tls)); });
        CHECK_FAILURE(run, "smtp.tls.self_signed");
    }

    // Login turned off although the server offers it: works, with a warning to turn it on.
    void authOfferedButTurnedOff()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN LOGIN"}))
                               .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.authenticate = false;
        const Run run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        CHECK_OK(run);
        const Finding* warning =
            findById(run.result.findings, QStringLiteral("smtp.auth_disabled_but_offered"));
        QVERIFY2(warning && warning->severity() == Severity::Warning, qPrintable(run.explain()));
    }

    // XOAUTH2 with a caller's token: the exact SASL string, then the JSON-challenge failure path.
    void xoauth2TokenAcceptedAndRejected()
    {
        const QByteArray token = "ya29.test-token";
        const QByteArray expected =
            QByteArray("user=alice@fault.test\1auth=Bearer " + token + "\1\1").toBase64();
        FaultServer good{
            FaultScript()
                .send(kGreeting)
                .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN XOAUTH2"}))
                .on(QStringLiteral("^AUTH XOAUTH2 ") + QString::fromLatin1(expected) + QLatin1Char('$'),
                    "235 2.7.0 Accepted\r\n")
                .on(QStringLiteral("^QUIT"), "221 2.0.0 Bye\r\n")};
        quint16 port = good.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.oauthToken = token;
        Run run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        CHECK_OK(run);
        QCOMPARE(run.result.authMechanism, QStringLiteral("XOAUTH2"));
        QVERIFY(good.unexpected().isEmpty());
        for (const TranscriptLine& l : run.transcript) {
            QVERIFY(!l.text.contains(QString::fromLatin1(token)) &&
                    !l.text.contains(QString::fromLatin1(expected)));
        }

        FaultServer bad{
            FaultScript()
                .send(kGreeting)
                .on(QStringLiteral("^EHLO "), ehloReply({"AUTH XOAUTH2"}))
                .on(QStringLiteral("^AUTH XOAUTH2 "),
                    "334 " + QByteArray("{\"status\":\"401\",\"schemes\":\"bearer\"}").toBase64() + "\r\n")
                .on(QStringLiteral("^$"), "535 5.7.8 Username and Password not accepted.\r\n")};
        port = bad.start();
        QVERIFY(port);
        s.port = port;
        run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        CHECK_FAILURE(run, "smtp.auth_failed");
        QCOMPARE(bad.count(QStringLiteral("^AUTH ")), 1);
    }

    // A non-ASCII address needs SMTPUTF8; without it the client stops before MAIL FROM.
    void smtputf8Unsupported()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN", "8BITMIME"}))
                               .on(QStringLiteral("^AUTH "), "235 2.7.0 Authentication successful\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpEnvelope envelope{QStringLiteral("caffè@fault.test"),
                              {QStringLiteral("you@fault.test")},
                              "Subject: test\r\n\r\nHello.\r\n"};
        const Run run =
            runClient([&](SmtpClient& c) { c.send(settings(port, SmtpSecurity::None), envelope); });
        CHECK_FAILURE(run, "smtp.smtputf8_not_supported");
        QCOMPARE(server.count(QStringLiteral("^MAIL ")), 0);
    }

    // 12. STARTTLS offered, then refused.
    void starttlsRefused()
    {
        FaultServer server{
            FaultScript()
                .send(kGreeting)
                .on(QStringLiteral("^EHLO "), ehloReply({"STARTTLS", "AUTH PLAIN"}))
                .on(QStringLiteral("^STARTTLS$"), "454 4.7.0 TLS not available due to temporary reason\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::StartTls)); });
        CHECK_FAILURE(run, "smtp.starttls_failed");
        QVERIFY2(!run.hasClientLine(QStringLiteral("AUTH")), qPrintable(run.explain()));
    }

    // 13. Wrong password: one AUTH only, never a second mechanism (lockouts count attempts).
    void authFailedIsTriedOnce()
    {
        FaultServer server{
            FaultScript()
                .send(kGreeting)
                .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN LOGIN"}))
                .on(QStringLiteral("^AUTH "), "535 5.7.8 Authentication credentials invalid\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        const Run run =
            runClient([&](SmtpClient& c) { c.checkCredentials(settings(port, SmtpSecurity::None)); });
        CHECK_FAILURE(run, "smtp.auth_failed");
        QVERIFY(waitUntilGone(server));
        QCOMPARE(server.count(QStringLiteral("^AUTH")), 1);
        QVERIFY(server.unexpected().isEmpty());
    }

    // 14. A clean STARTTLS session with CRAM-MD5, checked the way a server checks it.
    void cramMd5OverStartTls()
    {
        const QByteArray challenge = "<1896.697170952@fault.test>";
        const SmtpSettings s = settings(0, SmtpSecurity::StartTls);
        bool verified = false;
        auto check = [&](const QByteArray& line) -> QByteArray {
            // RFC 2195: base64("user hex(HMAC-MD5(challenge, password))").
            const QByteArray response = QByteArray::fromBase64(line);
            const QByteArray expected =
                s.username.toUtf8() + ' ' +
                QMessageAuthenticationCode::hash(challenge, s.password, QCryptographicHash::Md5).toHex();
            verified = response == expected;
            return verified ? "235 2.7.0 Authentication successful\r\n" : "535 5.7.8 Bad CRAM-MD5 digest\r\n";
        };
        FaultServer server{
            FaultScript()
                .send(kGreeting)
                .on(QStringLiteral("^EHLO "), ehloReply({"STARTTLS", "AUTH PLAIN", "8BITMIME"}))
                .on(QStringLiteral("^STARTTLS$"), "220 2.0.0 Ready to start TLS\r\n")
                .startTls(m_certs.good.certificate, m_certs.good.key)
                .on(QStringLiteral("^EHLO "), ehloReply({"AUTH PLAIN CRAM-MD5", "8BITMIME"}))
                .on(QStringLiteral("^AUTH CRAM-MD5$"), "334 " + challenge.toBase64() + "\r\n")
                .on(QStringLiteral("."), check)
                .on(QStringLiteral("^QUIT$"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings withPort = s;
        withPort.port = port;
        const Run run = runClient([&](SmtpClient& c) { c.checkCredentials(withPort); });
        CHECK_OK(run);
        QVERIFY(verified);
        QVERIFY(run.result.encrypted);
        QVERIFY(run.result.authenticated);
        QCOMPARE(run.result.authMechanism, QStringLiteral("CRAM-MD5"));
        QCOMPARE(run.result.peerCertificate, m_certs.good.certificate);
        QCOMPARE(server.count(QStringLiteral("^AUTH")), 1);
    }

    // 15. PIPELINING: MAIL, every RCPT and DATA arrive together before any of them is answered.
    void pipelinedEnvelope()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), ehloReply({"PIPELINING", "8BITMIME"}))
                               .expect(QStringLiteral("^MAIL FROM:<alice@fault\\.test>"))
                               .expect(QStringLiteral("^RCPT TO:<bob@fault\\.test>$"))
                               .expect(QStringLiteral("^RCPT TO:<carol@fault\\.test>$"))
                               .on(QStringLiteral("^DATA$"),
                                   "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n"
                                   "354 End data with <CR><LF>.<CR><LF>\r\n")
                               .readMessage("250 2.0.0 Ok: queued as FAULT1\r\n")
                               .on(QStringLiteral("^QUIT$"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.authenticate = false;
        const SmtpEnvelope e{QStringLiteral("alice@fault.test"),
                             {QStringLiteral("bob@fault.test"), QStringLiteral("carol@fault.test")},
                             "Subject: dots\r\n\r\n.\r\n..two\r\n.one\r\nlast"};
        const Run run = runClient([&](SmtpClient& c) { c.send(s, e); });
        CHECK_OK(run);
        QCOMPARE(run.result.queueId, QStringLiteral("FAULT1"));
        QVERIFY(server.unexpected().isEmpty());
        const QList<QByteArray> reads = server.reads();
        const auto mail = std::find_if(reads.cbegin(), reads.cend(),
                                       [](const QByteArray& chunk) { return chunk.contains("MAIL FROM:"); });
        QVERIFY(mail != reads.cend());
        QCOMPARE(*mail, QByteArray("MAIL FROM:<alice@fault.test>\r\nRCPT TO:<bob@fault.test>\r\n"
                                   "RCPT TO:<carol@fault.test>\r\nDATA\r\n"));
        // As on the wire: leading dots doubled, a final CRLF added.
        QCOMPARE(server.messages(),
                 QList<QByteArray>{"Subject: dots\r\n\r\n..\r\n...two\r\n..one\r\nlast\r\n"});
    }

    // 16. A server that does not know EHLO gets HELO, once.
    void heloFallback()
    {
        FaultServer server{FaultScript()
                               .send(kGreeting)
                               .on(QStringLiteral("^EHLO "), "502 5.5.2 Error: command not recognized\r\n")
                               .on(QStringLiteral("^HELO "), "250 fault.test\r\n")
                               .on(QStringLiteral("^QUIT$"), "221 2.0.0 Bye\r\n")};
        const quint16 port = server.start();
        QVERIFY(port);
        SmtpSettings s = settings(port, SmtpSecurity::None);
        s.authenticate = false;
        const Run run = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        CHECK_OK(run);
        QVERIFY(waitUntilGone(server));
        QCOMPARE(server.count(QStringLiteral("^EHLO ")), 1);
        QCOMPARE(server.count(QStringLiteral("^HELO ")), 1);
        QVERIFY(server.unexpected().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpFaults)
#include "tst_smtp_faults.moc"
