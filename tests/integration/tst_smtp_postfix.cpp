#include "message/mime.h"
#include "message/testmessage.h"
#include "profile/profile.h"
#include "send/testsend.h"
#include "smtp/smtpcheck.h"
#include "smtp/smtpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace postino;

// Runs inside tests/harness/mailserver/run-with-mailserver.sh: a real Postfix with
// Dovecot SASL on 127.0.0.1, reached as mail.postino.test, certificates from a test CA.
class TestSmtpPostfix : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    QList<QSslCertificate> m_ca;

    static QString env(const char* name) { return qEnvironmentVariable(name); }

    SmtpSettings settings(quint16 port, SmtpSecurity security) const
    {
        SmtpSettings s;
        s.host = m_host;
        s.port = port;
        s.security = security;
        s.username = env("POSTINO_TEST_USER");
        s.password = env("POSTINO_TEST_PASSWORD").toUtf8();
        s.extraCaCertificates = m_ca;
        s.timeouts.connectMs = s.timeouts.greetingMs = s.timeouts.commandMs = s.timeouts.dataEndMs = 15000;
        return s;
    }

    static SmtpResult runClient(const std::function<void(SmtpClient&)>& start,
                                QStringList* transcript = nullptr)
    {
        SmtpClient client;
        QSignalSpy done(&client, &SmtpClient::finished);
        QObject::connect(&client, &SmtpClient::transcript, [transcript](const TranscriptLine& l) {
            if (transcript) {
                *transcript << l.text;
            }
        });
        start(client);
        if (!done.wait(30000)) {
            return SmtpResult();
        }
        return done.first().first().value<SmtpResult>();
    }

    SmtpResult sendTest(const SmtpSettings& s, const QString& to, TestMessage* built,
                        QStringList* transcript = nullptr)
    {
        TestMessageOptions o;
        o.fromEmail = env("POSTINO_TEST_USER");
        o.fromName = QStringLiteral("Caffè Età");
        o.to = to;
        o.mailerName = QStringLiteral("Other SMTP");
        o.serverName = s.host;
        o.runId = newRunId();
        *built = buildTestMessage(o);
        SmtpEnvelope e{o.fromEmail, {to}, built->data};
        return runClient([&](SmtpClient& c) { c.send(s, e); }, transcript);
    }

    // Waits for a delivered message that carries the given run id.
    static QByteArray delivered(const QString& maildir, const QString& runId)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            const QDir dir(maildir + QStringLiteral("/new"));
            for (const QString& name : dir.entryList(QDir::Files)) {
                QFile f(dir.filePath(name));
                if (f.open(QIODevice::ReadOnly)) {
                    const QByteArray data = f.readAll();
                    if (data.contains(QByteArray("X-Postino-Test: " + runId.toUtf8()))) {
                        return data;
                    }
                }
            }
            QTest::qWait(100);
        }
        return {};
    }

    void checkDelivered(const TestMessage& built, const QByteArray& data)
    {
        QVERIFY2(!data.isEmpty(), "the message never reached the mailbox");
        const mime::Part part = mime::parse(data);
        QCOMPARE(mime::decodeHeaderText(part.header("From")),
                 QStringLiteral("Caffè Età <%1>").arg(env("POSTINO_TEST_USER")));
        QCOMPARE(mime::decodeHeaderText(part.header("Subject")), built.subject);
        QCOMPARE(part.header("Message-ID"), '<' + built.messageId.toUtf8() + '>');
        const QList<mime::Part> parts = part.subparts();
        QCOMPARE(parts.size(), 2);
        QVERIFY(QString::fromUtf8(parts.at(0).decodedBody())
                    .contains(QString::fromUtf8(mime::parse(built.data).header("X-Postino-Test"))));
        // Postfix records an authenticated, encrypted submission as "ESMTPSA".
        bool authenticated = false;
        for (const auto& h : part.headers) {
            if (h.first.compare("Received", Qt::CaseInsensitive) == 0 && h.second.contains("ESMTPSA")) {
                authenticated = true;
            }
        }
        QVERIFY2(authenticated, "no Received header shows an authenticated (ESMTPSA) submission");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = env("POSTINO_TEST_SMTP_HOST");
        QVERIFY2(!m_host.isEmpty(), "run this test through tests/harness/mailserver/run-with-mailserver.sh");
        m_ca = QSslCertificate::fromPath(env("POSTINO_TEST_CA"));
        QCOMPARE(m_ca.size(), 1);
    }

    void submissionWithStartTls()
    {
        TestMessage built;
        QStringList transcript;
        const SmtpResult r =
            sendTest(settings(587, SmtpSecurity::StartTls), env("POSTINO_TEST_USER2"), &built, &transcript);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.encrypted);
        QVERIFY(r.authenticated);
        QVERIFY(!r.queueId.isEmpty());
        QCOMPARE(r.findings.first().id, QStringLiteral("smtp.sent"));
        checkDelivered(built, delivered(env("POSTINO_TEST_MAILDIR_BOB"),
                                        QString::fromUtf8(mime::parse(built.data).header("X-Postino-Test"))));
        // The password never appears in the transcript, in clear or in base64.
        const QString all = transcript.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(env("POSTINO_TEST_PASSWORD")));
        QVERIFY(!all.contains(QString::fromLatin1(env("POSTINO_TEST_PASSWORD").toUtf8().toBase64())));
        QVERIFY(all.contains(QLatin1String("STARTTLS")));
    }

    void implicitTlsOn465()
    {
        TestMessage built;
        const SmtpResult r = sendTest(settings(465, SmtpSecurity::Tls), env("POSTINO_TEST_USER2"), &built);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.encrypted);
        checkDelivered(built, delivered(env("POSTINO_TEST_MAILDIR_BOB"),
                                        QString::fromUtf8(mime::parse(built.data).header("X-Postino-Test"))));
    }

    void loginMechanismAlsoByteExact_data()
    {
        QTest::addColumn<QString>("mechanism");
        QTest::addColumn<int>("port");
        QTest::newRow("PLAIN on 587") << "PLAIN" << 587;
        QTest::newRow("LOGIN on 587") << "LOGIN" << 587;
        QTest::newRow("LOGIN on 465") << "LOGIN" << 465;
    }
    void loginMechanismAlsoByteExact()
    {
        QFETCH(QString, mechanism);
        QFETCH(int, port);
        SmtpSettings s =
            settings(static_cast<quint16>(port), port == 465 ? SmtpSecurity::Tls : SmtpSecurity::StartTls);
        s.authMechanism = mechanism;
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(r.authMechanism, mechanism);
        QCOMPARE(r.findings.first().id, QStringLiteral("smtp.credentials_ok"));
    }

    void dotStuffingKeepsLeadingDots()
    {
        const QString runId = newRunId();
        const QByteArray message = "From: <" + env("POSTINO_TEST_USER").toUtf8() + ">\r\nTo: <" +
                                   env("POSTINO_TEST_USER2").toUtf8() +
                                   ">\r\nSubject: dots\r\nX-Postino-Test: " + runId.toUtf8() +
                                   "\r\n\r\n.\r\n..two\r\n.one\nbare-lf line\r\nlast";
        SmtpEnvelope e{env("POSTINO_TEST_USER"), {env("POSTINO_TEST_USER2")}, message};
        const SmtpResult r =
            runClient([&](SmtpClient& c) { c.send(settings(587, SmtpSecurity::StartTls), e); });
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        const QByteArray data = delivered(env("POSTINO_TEST_MAILDIR_BOB"), runId);
        QVERIFY(!data.isEmpty());
        QByteArray body = mime::parse(data).body;
        body.replace("\r\n", "\n");
        // A lone "." would have ended the message early; doubled dots must be undone by the server.
        QCOMPARE(body, QByteArray(".\n..two\n.one\nbare-lf line\nlast\n"));
    }

    void wrongPasswordIsAuthFailure()
    {
        SmtpSettings s = settings(587, SmtpSecurity::StartTls);
        s.password = "not-the-password";
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.auth_failed"));
        QCOMPARE(r.lastReply->code, 535);
        QVERIFY(!r.findings.last().advice.steps.isEmpty());
    }

    void relayWithoutLoginIsRefusedByPostfix()
    {
        SmtpSettings s = settings(25, SmtpSecurity::None);
        s.authenticate = false;
        s.autoTls = true;
        TestMessage built;
        const SmtpResult r = sendTest(s, QStringLiteral("someone@elsewhere.example"), &built);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.relay_denied"));
        QCOMPARE(r.lastReply->enhancedCode, QStringLiteral("5.7.1"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("Relay access denied")));
    }

    void noLoginOfferedBeforeStartTls()
    {
        SmtpSettings s = settings(587, SmtpSecurity::None);
        s.autoTls = false;
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.auth_not_offered"));
    }

    void untrustedCertificateStopsBeforeLogin()
    {
        SmtpSettings s = settings(587, SmtpSecurity::StartTls);
        s.extraCaCertificates.clear();
        QStringList transcript;
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); }, &transcript);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.tls.untrusted"));
        QVERIFY(!transcript.join(QLatin1Char('\n')).contains(QLatin1String("AUTH")));
    }

    void wrongHostNameIsNamed()
    {
        SmtpSettings s = settings(465, SmtpSecurity::Tls);
        s.host = QStringLiteral("localhost"); // the certificate is for mail.postino.test
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.tls.name_mismatch"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("mail.postino.test")));
    }

    void pipeliningSendsEnvelopeInOneGo()
    {
        TestMessage built;
        QStringList transcript;
        SmtpClient client;
        QSignalSpy done(&client, &SmtpClient::finished);
        QList<TranscriptLine> lines;
        connect(&client, &SmtpClient::transcript, this, [&lines](const TranscriptLine& l) { lines << l; });
        TestMessageOptions o;
        o.fromEmail = env("POSTINO_TEST_USER");
        o.to = env("POSTINO_TEST_USER2");
        o.mailerName = QStringLiteral("Other SMTP");
        o.runId = newRunId();
        built = buildTestMessage(o);
        client.send(settings(587, SmtpSecurity::StartTls),
                    SmtpEnvelope{o.fromEmail, {o.to, env("POSTINO_TEST_USER")}, built.data});
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().first().value<SmtpResult>().ok);
        // MAIL, both RCPTs and DATA leave before the server answers any of them (RFC 2920).
        qsizetype mail = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines.at(i).text.startsWith(QLatin1String("MAIL FROM:"))) {
                mail = i;
            }
        }
        QVERIFY(mail >= 0);
        QVERIFY(lines.at(mail + 1).text.startsWith(QLatin1String("RCPT TO:")));
        QVERIFY(lines.at(mail + 2).text.startsWith(QLatin1String("RCPT TO:")));
        // Postfix offers CHUNKING too: the message goes in the same write as one BDAT chunk.
        QVERIFY2(lines.at(mail + 3).text.startsWith(QLatin1String("BDAT ")),
                 qPrintable(lines.at(mail + 3).text));
        QCOMPARE(lines.at(mail + 4).direction, TranscriptLine::Direction::Server);
        QVERIFY(!delivered(env("POSTINO_TEST_MAILDIR_ALICE"), o.runId).isEmpty());
    }

    void dataPathStillWorksWithoutChunking()
    {
        SmtpSettings s = settings(587, SmtpSecurity::StartTls);
        s.useChunking = false;
        TestMessage built;
        QStringList transcript;
        const SmtpResult r = sendTest(s, env("POSTINO_TEST_USER2"), &built, &transcript);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(transcript.contains(QStringLiteral("DATA")));
        checkDelivered(built, delivered(env("POSTINO_TEST_MAILDIR_BOB"),
                                        QString::fromUtf8(mime::parse(built.data).header("X-Postino-Test"))));
    }

    void oversizedMessageStopsBeforeSending()
    {
        // Postfix announces SIZE 1048576: the client must not upload a larger message at all.
        QByteArray big = "Subject: big\r\n\r\n";
        while (big.size() < 1100 * 1024) {
            big += QByteArray(76, 'x') + "\r\n";
        }
        QStringList transcript;
        SmtpEnvelope e{env("POSTINO_TEST_USER"), {env("POSTINO_TEST_USER2")}, big};
        const SmtpResult r =
            runClient([&](SmtpClient& c) { c.send(settings(587, SmtpSecurity::StartTls), e); }, &transcript);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.message_too_large"));
        QVERIFY(!transcript.join(QLatin1Char('\n')).contains(QLatin1String("MAIL FROM")));
    }

    void unknownRecipientIsRejected()
    {
        TestMessage built;
        const SmtpResult r = sendTest(settings(587, SmtpSecurity::StartTls),
                                      QStringLiteral("nobody-here@postino.test"), &built);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.recipient_rejected"));
        QVERIFY(r.lastReply->code >= 550);
    }

    void pinnedCertificateIsTheOnlyWayPast()
    {
        SmtpSettings s = settings(465, SmtpSecurity::Tls);
        s.host = QStringLiteral("localhost"); // the certificate names mail.postino.test only
        const QList<QSslCertificate> server =
            QSslCertificate::fromPath(env("POSTINO_TEST_CERTS") + QStringLiteral("/server.pem"));
        QCOMPARE(server.size(), 1);
        s.pinnedCertificates = {
            QString::fromLatin1(server.first().digest(QCryptographicHash::Sha256).toHex())};
        const SmtpResult pinned = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY2(pinned.ok, qPrintable(formatFindingsText(pinned.findings)));
        // Another fingerprint does not open the door.
        s.pinnedCertificates = {QString(64, QLatin1Char('0'))};
        const SmtpResult other = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY(!other.ok);
        QCOMPARE(other.findings.last().id, QStringLiteral("smtp.tls.name_mismatch"));
        QVERIFY(other.findings.last().detail.contains(certificateFingerprint(server.first())));
    }

    void closedPortSuggestsOneThatAnswers()
    {
        SmtpSettings s = settings(2525, SmtpSecurity::StartTls); // nothing listens on 2525 here
        SmtpCredentialCheck check;
        QSignalSpy done(&check, &SmtpCredentialCheck::finished);
        check.start(s);
        QVERIFY(done.wait(30000));
        const SmtpResult r = done.first().first().value<SmtpResult>();
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.first().id, QStringLiteral("smtp.connection_refused"));
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.port_unreachable"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("587")));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("465")));
    }

    void unknownHostIsNamed()
    {
        SmtpSettings s = settings(587, SmtpSecurity::StartTls);
        s.host = QStringLiteral("no-such-host.postino.test");
        const SmtpResult r = runClient([&](SmtpClient& c) { c.checkCredentials(s); });
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.host_not_found"));
        QVERIFY(r.findings.last().detail.contains(s.host));
    }

    void firewalledPortTimesOutAndAnotherIsSuggested()
    {
        // A firewall that silently drops connections to 2526, as hosting companies do with mail ports.
        QProcess nft;
        const QStringList script{
            QStringLiteral("add table inet postino_test"),
            QStringLiteral("add chain inet postino_test input { type filter hook input priority 0 ; }"),
            QStringLiteral("add rule inet postino_test input tcp dport 2526 drop")};
        for (const QString& command : script) {
            nft.start(QStringLiteral("nft"), QProcess::splitCommand(command));
            QVERIFY(nft.waitForFinished(10000));
            QVERIFY2(nft.exitCode() == 0, nft.readAllStandardError().constData());
        }
        SmtpSettings s = settings(2526, SmtpSecurity::StartTls);
        s.timeouts.connectMs = 1500;
        QElapsedTimer timer;
        timer.start();
        SmtpCredentialCheck check;
        QSignalSpy done(&check, &SmtpCredentialCheck::finished);
        check.start(s);
        QVERIFY(done.wait(30000));
        const SmtpResult r = done.first().first().value<SmtpResult>();
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.first().id, QStringLiteral("smtp.connect_timeout"));
        QCOMPARE(r.findings.last().id, QStringLiteral("smtp.port_unreachable"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("587")));
        // One connect timeout plus the alternatives probed in parallel, not one after another.
        QVERIFY2(timer.elapsed() < 1500 + 5000 + 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // The app-password way of Gmail, Microsoft 365 and Zoho is plain SMTP with a login: the real
    // Postfix stands in for smtp.gmail.com / smtp.office365.com / smtp.zoho.eu, and the message
    // arrives in the mailbox, on each provider's default port (587 STARTTLS or 465 TLS).
    void appPasswordMailersSendThroughSmtp_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("smtpPort");
        QTest::newRow("gmail 587") << "gmail"
                                   << "587";
        QTest::newRow("gmail 465") << "gmail"
                                   << "465";
        QTest::newRow("outlook") << "outlook"
                                 << "";
        QTest::newRow("zoho") << "zoho"
                              << "";
    }

    void appPasswordMailersSendThroughSmtp()
    {
        QFETCH(QString, mailer);
        QFETCH(QString, smtpPort);
        Profile profile;
        profile.setMailerId(mailer);
        QJsonObject settings{{QStringLiteral("method"), QStringLiteral("app_password")},
                             {QStringLiteral("user"), env("POSTINO_TEST_USER")}};
        if (!smtpPort.isEmpty())
            settings.insert(QStringLiteral("smtp_port"), smtpPort);
        profile.setMailerSettings(mailer, settings);
        profile.sender().fromEmail = env("POSTINO_TEST_USER");
        profile.sender().fromName = QStringLiteral("Caffè Età");
        TestSendRequest request;
        request.recipient = env("POSTINO_TEST_USER2");
        request.extraCaCertificates = m_ca;
        request.smtpHostOverride = m_host;
        const QByteArray password = env("POSTINO_TEST_PASSWORD").toUtf8();
        request.secret = [password](const QString&, const QString& field) {
            return field == QLatin1String("pass") ? password : QByteArray();
        };
        TestEmailSender sender;
        QStringList transcript;
        connect(&sender, &TestEmailSender::transcript, this,
                [&transcript](const TranscriptLine& line) { transcript << formatTranscriptLine(line); });
        QSignalSpy done(&sender, &TestEmailSender::finished);
        sender.start(profile, request);
        QVERIFY(done.wait(30000));
        const auto result = done.first().first().value<TestSendResult>();
        QVERIFY2(result.ok, qPrintable(formatFindingsText(result.findings) + transcript.join(u'\n')));
        QVERIFY(!result.providerId.isEmpty()); // Postfix's queue id
        const QByteArray data = delivered(env("POSTINO_TEST_MAILDIR_BOB"), result.runId);
        QVERIFY2(!data.isEmpty(), "the message never reached the mailbox");
        QVERIFY(data.contains("From: ") && data.contains(env("POSTINO_TEST_USER").toUtf8()));
        QVERIFY(!transcript.join(u'\n').contains(QString::fromUtf8(password)));
        // The port chosen in the profile is the one used.
        if (!smtpPort.isEmpty())
            QVERIFY(transcript.constFirst().contains(QStringLiteral("port ") + smtpPort));
    }

    void cliSendsAndPrintsJson()
    {
        QProcess cli;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("POSTINO_PASSWORD"), env("POSTINO_TEST_PASSWORD"));
        cli.setProcessEnvironment(e);
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                  {QStringLiteral("smtp"), QStringLiteral("send"), QStringLiteral("--host"), m_host,
                   QStringLiteral("--encryption"), QStringLiteral("tls"), QStringLiteral("--user"),
                   env("POSTINO_TEST_USER"), QStringLiteral("--from"), env("POSTINO_TEST_USER"),
                   QStringLiteral("--from-name"), QStringLiteral("Caffè Età"), QStringLiteral("--to"),
                   env("POSTINO_TEST_USER2"), QStringLiteral("--ca-file"), env("POSTINO_TEST_CA"),
                   QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("findings"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("smtp.sent"));
        QVERIFY(!out.contains(env("POSTINO_TEST_PASSWORD").toUtf8()));
        const QByteArray mail =
            delivered(env("POSTINO_TEST_MAILDIR_BOB"), json.value(QStringLiteral("runId")).toString());
        QVERIFY(!mail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSmtpPostfix)
#include "tst_smtp_postfix.moc"
