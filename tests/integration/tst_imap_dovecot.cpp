#include "acceptance/acceptance.h"
#include "delivery/authresults.h"
#include "delivery/deliveryverifier.h"
#include "delivery/imapclient.h"
#include "dns/resolver.h"
#include "message/testmessage.h"
#include "profile/profile.h"
#include "smtp/smtpclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace postino;

// Runs inside tests/harness/mailserver/run-with-mailserver.sh: the real Postfix delivers into
// Maildirs that the real Dovecot serves over IMAP (993 and STARTTLS on 143). Carol's mail goes
// through Dovecot LMTP, whose Sieve rule files it into Junk.
class TestImapDovecot : public QObject
{
    Q_OBJECT

private:
    QString m_host;
    QList<QSslCertificate> m_ca;

    static QString env(const char* name) { return qEnvironmentVariable(name); }

    ImapSettings imap(const char* user, const char* password, quint16 port = 993,
                      ImapSecurity security = ImapSecurity::Tls) const
    {
        ImapSettings s;
        s.host = m_host;
        s.port = port;
        s.security = security;
        s.username = env(user);
        s.password = env(password).toUtf8();
        s.extraCaCertificates = m_ca;
        s.connectMs = s.commandMs = 10000;
        return s;
    }

    // Sends a test message through Postfix submission (587, STARTTLS, AUTH as alice).
    // Without `withRunIdHeader` the message looks as Zoho's API delivers it: no custom header,
    // the run id only in the text.
    QString send(const QString& to, const QByteArray& extraHeaders = {}, bool withRunIdHeader = true)
    {
        SmtpSettings s;
        s.host = m_host;
        s.port = 587;
        s.security = SmtpSecurity::StartTls;
        s.username = env("POSTINO_TEST_USER");
        s.password = env("POSTINO_TEST_PASSWORD").toUtf8();
        s.extraCaCertificates = m_ca;
        TestMessageOptions o;
        o.fromEmail = env("POSTINO_TEST_USER");
        o.to = to;
        o.mailerName = QStringLiteral("Other SMTP");
        o.runId = newRunId();
        TestMessage built = buildTestMessage(o);
        built.data.prepend(extraHeaders);
        if (!withRunIdHeader) {
            built.data.replace(QByteArray("X-Postino-Test: " + o.runId.toUtf8() + "\r\n"), QByteArray());
        }
        SmtpClient client;
        QSignalSpy done(&client, &SmtpClient::finished);
        client.send(s, SmtpEnvelope{o.fromEmail, {to}, built.data});
        if (!done.wait(30000)) {
            return {};
        }
        const auto r = done.first().first().value<SmtpResult>();
        return r.ok ? o.runId : QString();
    }

    static ImapResult runFind(const ImapSettings& s, const ImapSearch& search,
                              QStringList* transcript = nullptr)
    {
        ImapClient client;
        QSignalSpy done(&client, &ImapClient::finished);
        QObject::connect(&client, &ImapClient::transcript, [transcript](const TranscriptLine& l) {
            if (transcript) {
                *transcript << formatTranscriptLine(l);
            }
        });
        client.find(s, search);
        if (!done.wait(search.waitMs + 60000)) {
            return {};
        }
        return done.first().first().value<ImapResult>();
    }

    static ImapSearch lookFor(const QString& runId, int waitMs = 20000)
    {
        ImapSearch search;
        search.headerValue = runId;
        search.sentAt = QDateTime::currentDateTimeUtc();
        search.waitMs = waitMs;
        search.pollMs = 500;
        return search;
    }

    static qint64 residentKiB()
    {
        QFile f(QStringLiteral("/proc/self/status"));
        if (!f.open(QIODevice::ReadOnly)) {
            return 0;
        }
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.startsWith("VmRSS:")) {
                return line.mid(6).trimmed().split(' ').first().toLongLong();
            }
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = env("POSTINO_TEST_SMTP_HOST");
        QVERIFY2(!m_host.isEmpty(), "run this test through tests/harness/mailserver/run-with-mailserver.sh");
        m_ca = QSslCertificate::fromPath(env("POSTINO_TEST_CA"));
        QCOMPARE(m_ca.size(), 1);
    }

    void foundInInbox_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("IMAPS 993, AUTHENTICATE PLAIN") << 993 << QString();
        QTest::newRow("STARTTLS 143, LOGIN") << 143 << QStringLiteral("LOGIN");
    }
    void foundInInbox()
    {
        QFETCH(int, port);
        QFETCH(QString, mechanism);
        const QString runId = send(env("POSTINO_TEST_USER"));
        QVERIFY(!runId.isEmpty());
        ImapSettings s = imap("POSTINO_TEST_USER", "POSTINO_TEST_PASSWORD", static_cast<quint16>(port),
                              port == 993 ? ImapSecurity::Tls : ImapSecurity::StartTls);
        s.authMechanism = mechanism;
        QStringList transcript;
        const ImapResult r = runFind(s, lookFor(runId), &transcript);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.found);
        QCOMPARE(r.folder, QStringLiteral("INBOX"));
        QVERIFY(!r.junk);
        QVERIFY(r.header.contains(QByteArray("X-Postino-Test: " + runId.toUtf8())));
        QVERIFY(r.arrivedAt.isValid());
        QVERIFY(r.arrivalMs >= 0 && r.arrivalMs < 60000);
        // Alice's password is full of quotes, backslashes and non-ASCII: it never shows.
        const QString all = transcript.join(QLatin1Char('\n'));
        QVERIFY(!all.contains(env("POSTINO_TEST_PASSWORD")));
        QVERIFY(!all.contains(QString::fromLatin1(env("POSTINO_TEST_PASSWORD").toUtf8().toBase64())));
        QVERIFY(all.contains(QLatin1String("EXAMINE")));           // read-only
        QVERIFY(all.contains(QLatin1String("BODY.PEEK[HEADER]"))); // never marks it read
        QVERIFY(!all.contains(QLatin1String("UID STORE")));        // nothing changed in the mailbox
        if (port == 143) {
            QVERIFY(all.contains(QLatin1String("STARTTLS")));
        }
    }

    void sieveFilesIntoJunk()
    {
        const QString runId = send(env("POSTINO_TEST_USER3"));
        QVERIFY(!runId.isEmpty());
        const ImapResult r = runFind(imap("POSTINO_TEST_USER3", "POSTINO_TEST_PASSWORD3"), lookFor(runId));
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.found);
        QCOMPARE(r.folder, QStringLiteral("Junk"));
        QVERIFY(r.junk);
        QCOMPARE(r.foldersSearched.first(), QStringLiteral("INBOX"));
    }

    void verifierReportsJunkAndAuthenticationAsJudged()
    {
        // The receiving side's own header (authserv-id in the mailbox's domain) on top; below it
        // headers from elsewhere that claim the opposite, as a sender could forge them.
        QByteArray forged;
        const QStringList others{QStringLiteral("relay.example.net"),    QStringLiteral("mx.evil.test"),
                                 QStringLiteral("spamfilter.other.org"), QStringLiteral("a.b.c"),
                                 QStringLiteral("gw1.example.com"),      QStringLiteral("gw2.example.com"),
                                 QStringLiteral("gw3.example.com"),      QStringLiteral("gw4.example.com"),
                                 QStringLiteral("gw5.example.com")};
        for (const QString& host : others) {
            forged += "Authentication-Results: " + host.toUtf8() +
                      "; spf=fail smtp.mailfrom=postino.test; dkim=pass header.d=postino.test; dmarc=pass "
                      "header.from=postino.test\r\n";
        }
        const QByteArray own = "Authentication-Results: mail.postino.test;\r\n"
                               " dkim=fail (signature did not verify) header.d=postino.test header.s=s1;\r\n"
                               " spf=pass (sender IP is 127.0.0.1) smtp.mailfrom=alice@postino.test;\r\n"
                               " dmarc=pass header.from=postino.test\r\n";
        const QString runId = send(env("POSTINO_TEST_USER3"), own + forged);
        QVERIFY(!runId.isEmpty());

        Profile profile;
        profile.setMailerId(QStringLiteral("smtp"));
        VerifyRequest request;
        request.runId = runId;
        request.providerId = QStringLiteral("ABC123");
        request.fromDomain = QStringLiteral("postino.test");
        request.imap = imap("POSTINO_TEST_USER3", "POSTINO_TEST_PASSWORD3");
        request.imapWaitMs = 20000;
        request.imapPollMs = 500;
        // DKIM failed at the receiver: the DNS report of postino.test says why (its key is revoked).
        request.resolverFactory = [](QObject* parent) -> dns::Resolver* {
            auto* r = new dns::MemoryResolver(parent);
            r->addTxt(QStringLiteral("postino.test"), QByteArray("v=spf1 ip4:127.0.0.1 -all"));
            r->addTxt(QStringLiteral("s1._domainkey.postino.test"), QByteArray("v=DKIM1; k=rsa; p="));
            r->addTxt(QStringLiteral("_dmarc.postino.test"), QByteArray("v=DMARC1; p=quarantine"));
            return r;
        };
        DeliveryVerifier verifier;
        QSignalSpy levels(&verifier, &DeliveryVerifier::levelReached);
        QSignalSpy done(&verifier, &DeliveryVerifier::finished);
        verifier.start(profile, request);
        QVERIFY(done.wait(60000));
        const auto report = done.first().first().value<DeliveryReport>();
        QVERIFY(report.arrived);
        QVERIFY(report.junk);
        QVERIFY(findById(report.findings, QStringLiteral("delivery.arrived_in_junk")));
        QVERIFY(findById(report.findings, QStringLiteral("delivery.status.not_available")));
        QCOMPARE(report.auth.authservId, QStringLiteral("mail.postino.test"));
        QCOMPARE(report.auth.spf, QStringLiteral("pass"));
        QCOMPARE(report.auth.dkim, QStringLiteral("fail"));
        QCOMPARE(report.auth.dmarc, QStringLiteral("pass"));
        QCOMPARE(report.auth.ignoredHeaders, 9);
        QCOMPARE(findById(report.findings, QStringLiteral("delivery.auth.dkim"))->severity(),
                 Severity::Error);
        QCOMPARE(findById(report.findings, QStringLiteral("delivery.auth.spf"))->severity(), Severity::Ok);
        QVERIFY(findById(report.findings, QStringLiteral("delivery.auth.dkim"))
                    ->detail.contains(QLatin1String("signature did not verify")));
        // Tied back to the DNS: the DKIM finding of the domain report, not its SPF ones.
        const Finding* revoked = findById(report.findings, QStringLiteral("dkim.revoked"));
        QVERIFY2(revoked, qPrintable(formatFindingsText(report.findings)));
        QVERIFY(revoked->subject.contains(QLatin1String("s1._domainkey.postino.test")));
        QVERIFY(!findById(report.findings, QStringLiteral("spf.ok")));
        // Accepted, arrived and authenticated were each announced as reached.
        QList<DeliveryLevel> reached;
        for (const auto& args : levels) {
            reached << args.first().value<DeliveryLevel>();
        }
        QVERIFY(reached.contains(DeliveryLevel::Accepted));
        QVERIFY(reached.contains(DeliveryLevel::Arrived));
        QVERIFY(reached.contains(DeliveryLevel::Authenticated));

        // What the receiver judged outranks what DNS suggests: its DKIM "fail" decides the verdict.
        const acceptance::AcceptanceVerdict verdict =
            acceptance::judgeAcceptance(report.findings + report.arrivedFormat, {});
        for (const acceptance::AudienceVerdict& a : verdict.audiences) {
            for (const acceptance::RequirementVerdict& r : a.requirements) {
                if (a.provider == QLatin1String("outlook") && r.id == QLatin1String("dkim")) {
                    QCOMPARE(r.state, acceptance::RequirementState::NotMet);
                    QVERIFY(r.evidence.join(QString()).contains(QLatin1String("mail.postino.test")));
                }
                if (a.provider == QLatin1String("gmail") && r.id == QLatin1String("spf_or_dkim"))
                    QCOMPARE(r.state, acceptance::RequirementState::Met); // SPF passed
            }
        }
        QVERIFY(findById(report.arrivedFormat, QStringLiteral("message.format_ok")));
    }

    void tenThousandMessages()
    {
        // Dave's Maildir is written directly: 10,000 messages, then the one to find.
        const QString maildir = env("POSTINO_TEST_MAILDIR_DAVE");
        QVERIFY(!maildir.isEmpty());
        const qint64 stamp = QDateTime::currentSecsSinceEpoch() - 3600;
        for (int i = 0; i < 10000; ++i) {
            QFile f(QStringLiteral("%1/cur/%2.M%3P1.postino:2,S").arg(maildir).arg(stamp).arg(i));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("From: someone@example.org\r\nTo: dave@postino.test\r\nSubject: filler " +
                    QByteArray::number(i) + "\r\nX-Postino-Test: other-" + QByteArray::number(i) +
                    "\r\n\r\nfiller\r\n");
        }
        const QString runId = newRunId();
        {
            QFile f(QStringLiteral("%1/new/%2.Mtarget.postino").arg(maildir).arg(stamp + 60));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "From: alice@postino.test\r\nTo: dave@postino.test\r\nSubject: the one\r\nX-Postino-Test: " +
                runId.toUtf8() + "\r\n\r\nhello\r\n");
        }
        QVERIFY(QProcess::execute(QStringLiteral("chown"),
                                  {QStringLiteral("-R"), QStringLiteral("65534:65534"), maildir}) == 0);
        const qint64 before = residentKiB();
        QElapsedTimer t;
        t.start();
        const ImapResult r = runFind(imap("POSTINO_TEST_USER4", "POSTINO_TEST_PASSWORD4"), lookFor(runId, 0));
        const qint64 ms = t.elapsed();
        const qint64 grown = residentKiB() - before;
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.found);
        QVERIFY(r.header.contains("Subject: the one"));
        qInfo("10,001-message INBOX: found in %lld ms (Dovecot's first index included), RSS grew %lld KiB",
              ms, grown);
        // Loose bounds: the server searches, the client reads one header.
        QVERIFY2(ms < 60000, qPrintable(QString::number(ms)));
        QVERIFY2(grown < 64 * 1024, qPrintable(QString::number(grown)));
        // A second look, with Dovecot's index warm, is fast.
        t.restart();
        const ImapResult again =
            runFind(imap("POSTINO_TEST_USER4", "POSTINO_TEST_PASSWORD4"), lookFor(runId, 0));
        QVERIFY(again.found);
        qInfo("second search: %lld ms", t.elapsed());
        QVERIFY(t.elapsed() < 15000);
    }

    void deletesOnlyWhenAsked()
    {
        const QString runId = send(env("POSTINO_TEST_USER2"));
        QVERIFY(!runId.isEmpty());
        ImapSearch search = lookFor(runId);
        search.deleteWhenFound = true;
        const ImapResult r = runFind(imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2"), search);
        QVERIFY2(r.ok && r.found, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.deleted);
        QVERIFY(findById(r.findings, QStringLiteral("imap.deleted")));
        const ImapResult again =
            runFind(imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2"), lookFor(runId, 0));
        QVERIFY(again.ok);
        QVERIFY(!again.found);
    }

    // A provider that drops custom headers: the header search cannot find it, the text search does.
    void foundByTheTextWhenTheHeaderWasDropped()
    {
        const QString runId = send(env("POSTINO_TEST_USER2"), {}, false);
        QVERIFY(!runId.isEmpty());
        const ImapSettings s = imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2");
        ImapSearch byText = lookFor(runId);
        byText.inBody = true;
        QStringList transcript;
        const ImapResult r = runFind(s, byText, &transcript);
        QVERIFY2(r.ok && r.found, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(r.folder, QStringLiteral("INBOX"));
        QVERIFY(!r.header.contains("X-Postino-Test"));
        QVERIFY(transcript.join(QLatin1Char('\n')).contains(QLatin1String("UID SEARCH BODY")));
        const ImapResult byHeader = runFind(s, lookFor(runId, 0));
        QVERIFY(byHeader.ok);
        QVERIFY(!byHeader.found);
    }

    void notArrivedIsReportedAfterTheWait()
    {
        QElapsedTimer t;
        t.start();
        const ImapResult r = runFind(imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2"),
                                     lookFor(QStringLiteral("never-sent"), 2000));
        QVERIFY(r.ok);
        QVERIFY(!r.found);
        QVERIFY(r.looks >= 2);
        QCOMPARE(r.foldersSearched, (QStringList{QStringLiteral("INBOX"), QStringLiteral("Junk")}));
        QVERIFY(t.elapsed() < 15000);
    }

    void wrongPassword()
    {
        ImapSettings s = imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2");
        s.password = "not-the-password";
        QElapsedTimer t;
        t.start();
        const ImapResult r = runFind(s, lookFor(QStringLiteral("x")));
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.auth_failed"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("AUTHENTICATIONFAILED")));
        QVERIFY(t.elapsed() < 10000);
    }

    void unreachablePort()
    {
        ImapSettings s = imap("POSTINO_TEST_USER2", "POSTINO_TEST_PASSWORD2", 144, ImapSecurity::Tls);
        const ImapResult r = runFind(s, lookFor(QStringLiteral("x")));
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.unreachable"));
    }

    void cliSendConfirmFollowsTheMessage()
    {
        QProcess cli;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("POSTINO_PASSWORD"), env("POSTINO_TEST_PASSWORD"));
        e.insert(QStringLiteral("POSTINO_IMAP_PASSWORD"), env("POSTINO_TEST_PASSWORD3"));
        cli.setProcessEnvironment(e);
        cli.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"), {QStringLiteral("smtp"),
                                                                          QStringLiteral("send"),
                                                                          QStringLiteral("--host"),
                                                                          m_host,
                                                                          QStringLiteral("--encryption"),
                                                                          QStringLiteral("tls"),
                                                                          QStringLiteral("--user"),
                                                                          env("POSTINO_TEST_USER"),
                                                                          QStringLiteral("--from"),
                                                                          env("POSTINO_TEST_USER"),
                                                                          QStringLiteral("--to"),
                                                                          env("POSTINO_TEST_USER3"),
                                                                          QStringLiteral("--ca-file"),
                                                                          env("POSTINO_TEST_CA"),
                                                                          QStringLiteral("--confirm"),
                                                                          QStringLiteral("--imap"),
                                                                          m_host,
                                                                          QStringLiteral("--wait"),
                                                                          QStringLiteral("20"),
                                                                          QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(90000));
        const QByteArray out = cli.readAllStandardOutput();
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QVERIFY2(!json.isEmpty(), out.constData());
        const QJsonObject delivery = json.value(QStringLiteral("delivery")).toObject();
        QVERIFY2(delivery.value(QStringLiteral("arrived")).toBool(), out.constData());
        QCOMPARE(delivery.value(QStringLiteral("folder")).toString(), QStringLiteral("Junk"));
        QVERIFY(!out.contains(env("POSTINO_TEST_PASSWORD3").toUtf8()));
        QStringList ids;
        for (const QJsonValue& f : json.value(QStringLiteral("findings")).toArray()) {
            ids << f.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(ids.contains(QStringLiteral("smtp.sent")));
        QVERIFY(ids.contains(QStringLiteral("delivery.arrived_in_junk")));
        // The arrival feeds the verdict per mailbox provider: the message as built and as it arrived
        // follows RFC 5322, and it was handed over with TLS.
        QHash<QString, QString> states;
        QString formatEvidence;
        for (const QJsonValue& a : json.value(QStringLiteral("acceptance")).toArray()) {
            const QJsonObject o = a.toObject();
            for (const QJsonValue& req : o.value(QStringLiteral("requirements")).toArray()) {
                const QJsonObject q = req.toObject();
                const QString key = o.value(QStringLiteral("provider")).toString() + QLatin1Char('/') +
                                    q.value(QStringLiteral("id")).toString();
                states.insert(key, q.value(QStringLiteral("state")).toString());
                if (key == QLatin1String("gmail/message_format"))
                    formatEvidence = QString::fromUtf8(
                        QJsonDocument(q.value(QStringLiteral("evidence")).toArray()).toJson());
            }
        }
        QCOMPARE(states.value(QStringLiteral("gmail/message_format")), QStringLiteral("met"));
        QVERIFY2(formatEvidence.contains(QLatin1String("copy that arrived")), qPrintable(formatEvidence));
        QCOMPARE(states.value(QStringLiteral("gmail/tls")), QStringLiteral("met"));

        // And verify-delivery on its own, by run id.
        QProcess verify;
        verify.setProcessEnvironment(e);
        verify.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                     {QStringLiteral("verify-delivery"), QStringLiteral("--run-id"),
                      json.value(QStringLiteral("runId")).toString(), QStringLiteral("--imap"),
                      m_host + QStringLiteral(":143"), QStringLiteral("--imap-security"),
                      QStringLiteral("starttls"), QStringLiteral("--imap-user"), env("POSTINO_TEST_USER3"),
                      QStringLiteral("--ca-file"), env("POSTINO_TEST_CA"), QStringLiteral("--wait"),
                      QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY(verify.waitForFinished(60000));
        const QJsonObject v = QJsonDocument::fromJson(verify.readAllStandardOutput()).object();
        QVERIFY(v.value(QStringLiteral("delivery")).toObject().value(QStringLiteral("arrived")).toBool());
        QCOMPARE(verify.exitCode(), 0); // Junk is a warning, not an error
    }
};

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imap_dovecot.moc"
