// Delivery confirmation against servers that misbehave or play a provider: the IMAP client
// facing a scripted server (a huge literal, silence, BYE, STARTTLS missing, an endless line, a
// closed port), and the provider status poller facing the local HTTPS server that answers each
// provider's documented delivered, deferred and bounced bodies. Loopback only.
#include "api/apirequests.h"
#include "cli/cli.h"
#include "delivery/deliveryverifier.h"
#include "delivery/imapclient.h"
#include "faultserver.h"
#include "httpsserver.h"
#include "profile/profile.h"
#include "testca.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <memory>

using namespace postino;
using postino::test::FaultScript;
using postino::test::FaultServer;
using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;
using postino::test::TestCertificates;

namespace {

QByteArray q(const char* json) // JSON written with single quotes
{
    return QByteArray(json).replace('\'', '"');
}

// Logs in (plain text, chosen explicitly for the fault server) and gets as far as the FETCH. A search
// that may delete opens the folder read-write (SELECT).
FaultScript untilFetch(bool selected = false, const QByteArray& capabilities = "UIDPLUS")
{
    FaultScript s;
    s.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR " + capabilities + "] fault server ready\r\n")
        .on(QStringLiteral("^P1 AUTHENTICATE PLAIN "), "P1 OK logged in\r\n")
        .on(QStringLiteral("^P2 LIST"), "* LIST (\\HasNoChildren) \"/\" INBOX\r\n"
                                        "* LIST (\\HasNoChildren \\Junk) \"/\" \"Spam\"\r\nP2 OK done\r\n")
        .on(selected ? QStringLiteral("^P3 SELECT \"INBOX\"") : QStringLiteral("^P3 EXAMINE \"INBOX\""),
            "* 3 EXISTS\r\nP3 OK done\r\n")
        .on(QStringLiteral("^P4 UID SEARCH HEADER \"X-Postino-Test\" \"run-1\""),
            "* SEARCH 7\r\nP4 OK done\r\n");
    return s;
}

// The FETCH answer for UID 7, with another client's flag change for UID 3 before and after it, the
// second one even carrying a header of its own.
QByteArray fetchWithUnsolicitedAnswers(const QByteArray& header)
{
    const QByteArray other = "Subject: someone else's mail\r\n\r\n";
    return "* 2 FETCH (FLAGS (\\Seen \\Deleted) UID 3)\r\n"
           "* 1 FETCH (UID 7 INTERNALDATE \" 7-Jul-2024 02:44:25 +0000\" BODY[HEADER] {" +
           QByteArray::number(header.size()) + "}\r\n" + header +
           ")\r\n"
           "* 2 FETCH (UID 3 BODY[HEADER] {" +
           QByteArray::number(other.size()) + "}\r\n" + other + ")\r\nP5 OK done\r\n";
}

} // namespace

class TestDeliveryFaults : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;
    std::unique_ptr<HttpsServer> m_server;

    static ImapSettings plain(quint16 port)
    {
        ImapSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = ImapSecurity::None;
        s.username = QStringLiteral("user@example.org");
        s.password = "secret-Pässword";
        s.connectMs = s.commandMs = 3000;
        return s;
    }

    static ImapResult run(const ImapSettings& s, int waitMs = 0, QStringList* transcript = nullptr,
                          bool deleteWhenFound = false)
    {
        ImapClient client;
        QSignalSpy done(&client, &ImapClient::finished);
        QObject::connect(&client, &ImapClient::transcript, [transcript](const TranscriptLine& l) {
            if (transcript) {
                *transcript << l.text;
            }
        });
        ImapSearch search;
        search.headerValue = QStringLiteral("run-1");
        search.waitMs = waitMs;
        search.pollMs = 200;
        search.deleteWhenFound = deleteWhenFound;
        client.find(s, search);
        if (!done.wait(20000)) {
            return {};
        }
        return done.first().first().value<ImapResult>();
    }

    StatusPollResult poll(const QString& mailer, const QJsonObject& settings, const QString& messageId,
                          int totalMs = 1500)
    {
        Profile profile;
        profile.setMailerId(mailer);
        profile.setMailerSettings(mailer, settings);
        StatusPollOptions options;
        options.totalMs = totalMs;
        options.firstIntervalMs = 150;
        options.maxIntervalMs = 400;
        options.requestTimeoutMs = 3000;
        options.baseOverride = m_server->baseUrl();
        options.extraCaCertificates = m_certs.ca;
        DeliveryStatusPoller poller;
        QSignalSpy done(&poller, &DeliveryStatusPoller::finished);
        poller.start(
            profile, messageId,
            [](const QString&, const QString& field) -> QByteArray { return "key-" + field.toUtf8(); },
            options);
        if (!done.wait(totalMs + 10000)) {
            return {};
        }
        return done.first().first().value<StatusPollResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        m_server = std::make_unique<HttpsServer>(m_certs.good.certificate, m_certs.good.key);
        QVERIFY(m_server->start() != 0);
    }

    // --- IMAP -------------------------------------------------------------------------------

    void hugeLiteralIsRefusedBounded()
    {
        FaultScript s = untilFetch();
        // A 2 GiB "header": the client must stop at the announcement, not read or buffer it.
        s.on(QStringLiteral("^P5 UID FETCH 7 \\(UID INTERNALDATE BODY.PEEK\\[HEADER\\]\\)"),
             "* 1 FETCH (UID 7 BODY[HEADER] {2147483648}\r\n" + QByteArray(64 * 1024, 'x'));
        FaultServer server(s);
        const quint16 port = server.start();
        QElapsedTimer t;
        t.start();
        const ImapResult r = run(plain(port));
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.literal_too_large"));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY(r.header.isEmpty());
    }

    void headerInsideTheBoundIsRead()
    {
        FaultScript s = untilFetch();
        const QByteArray header =
            "Subject: hi\r\nAuthentication-Results: 127.0.0.1; dkim=pass header.d=x.org\r\n\r\n";
        s.on(QStringLiteral("^P5 UID FETCH 7"),
             "* 1 FETCH (UID 7 INTERNALDATE \" 7-Jul-2024 02:44:25 +0000\" BODY[HEADER] {" +
                 QByteArray::number(header.size()) + "}\r\n" + header + ")\r\nP5 OK done\r\n")
            .on(QStringLiteral("^P6 LOGOUT"), "* BYE bye\r\nP6 OK done\r\n");
        FaultServer server(s);
        QStringList transcript;
        const ImapResult r = run(plain(server.start()), 0, &transcript);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(r.found);
        QCOMPARE(r.uid, 7);
        QCOMPARE(r.header, header);
        QCOMPARE(r.arrivedAt, QDateTime(QDate(2024, 7, 7), QTime(2, 44, 25), QTimeZone::utc()));
        QVERIFY(!transcript.join(QLatin1Char('\n')).contains(QLatin1String("secret-P")));
        // The junk folder was learnt from the \Junk attribute even though it is called "Spam".
        QCOMPARE(server.count(QStringLiteral("^P5")), 1);
    }

    // Another client changes flags while Postino reads: the server reports it with FETCH answers for other
    // messages. The one that is deleted stays the one the search returned, and its header is the one kept.
    void unsolicitedFetchNeverChangesWhichMessageIsDeleted()
    {
        const QByteArray header = "Subject: Postino test\r\nX-Postino-Test: run-1\r\n\r\n";
        FaultScript s = untilFetch(true);
        s.on(QStringLiteral("^P5 UID FETCH 7 "), fetchWithUnsolicitedAnswers(header))
            .on(QStringLiteral("^P6 UID STORE 7 \\+FLAGS.SILENT \\(\\\\Deleted\\)$"),
                "* 2 FETCH (UID 3 FLAGS (\\Deleted))\r\nP6 OK done\r\n")
            .on(QStringLiteral("^P7 UID EXPUNGE 7$"), "* 1 EXPUNGE\r\nP7 OK done\r\n")
            .on(QStringLiteral("^P8 LOGOUT"), "* BYE bye\r\nP8 OK done\r\n");
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()), 0, nullptr, true);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(r.uid, 7);
        QCOMPARE(r.header, header);
        QVERIFY2(r.deleted, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(server.unexpected().isEmpty());
        QCOMPARE(server.count(QStringLiteral("STORE|EXPUNGE")), 2);
        QCOMPARE(server.count(QStringLiteral("UID (STORE|EXPUNGE) 3")), 0);
    }

    // Without UIDPLUS there is no EXPUNGE of one message: a plain EXPUNGE would also remove whatever else the
    // user marked deleted. The test message is only marked, and the result says so.
    void withoutUidPlusTheMessageIsOnlyMarked()
    {
        const QByteArray header = "Subject: Postino test\r\n\r\n";
        FaultScript s = untilFetch(true, "");
        s.on(QStringLiteral("^P5 UID FETCH 7 "), fetchWithUnsolicitedAnswers(header))
            .on(QStringLiteral("^P6 UID STORE 7 \\+FLAGS.SILENT \\(\\\\Deleted\\)$"), "P6 OK done\r\n")
            .on(QStringLiteral("^P7 LOGOUT"), "* BYE bye\r\nP7 OK done\r\n");
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()), 0, nullptr, true);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!r.deleted);
        QVERIFY(findById(r.findings, QStringLiteral("imap.marked_deleted")));
        QCOMPARE(server.count(QStringLiteral("EXPUNGE")), 0);
        QVERIFY(server.unexpected().isEmpty());
    }

    // The server answers the FETCH only with news of other messages: the one found is not shown, so
    // nothing is deleted.
    void nothingIsDeletedWhenTheFoundMessageIsNotReturned()
    {
        FaultScript s = untilFetch(true);
        s.on(QStringLiteral("^P5 UID FETCH 7 "), "* 2 FETCH (UID 3 FLAGS (\\Seen))\r\nP5 OK done\r\n")
            .on(QStringLiteral("^P6 LOGOUT"), "* BYE bye\r\nP6 OK done\r\n");
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()), 0, nullptr, true);
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!r.deleted);
        QVERIFY(findById(r.findings, QStringLiteral("imap.delete_skipped")));
        QCOMPARE(server.count(QStringLiteral("STORE|EXPUNGE")), 0);
    }

    // Each literal is well under the limit; together they are 3 MiB. The response is refused when it
    // passes the bound for a whole answer, not read to its end.
    void manySmallLiteralsAreBoundedTogether()
    {
        FaultScript s = untilFetch();
        QByteArray answer = "* 1 FETCH (UID 7";
        const QByteArray piece(1024, 'y');
        for (int i = 0; i < 3 * 1024; ++i) {
            answer += " X" + QByteArray::number(i) + " {1024}\r\n" + piece;
        }
        answer += ")\r\nP5 OK done\r\n";
        s.on(QStringLiteral("^P5 UID FETCH 7"), answer).on(QStringLiteral("^P6 LOGOUT"), "P6 OK done\r\n");
        FaultServer server(s);
        const ImapSettings settings = plain(server.start());
        QVERIFY(3 * 1024 * 1024 > settings.maxResponseBytes);
        QStringList transcript;
        const ImapResult r = run(settings, 0, &transcript);
        QVERIFY(!r.ok);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.response_too_large"));
        QVERIFY(!r.findings.last().advice.steps.isEmpty());
        QVERIFY(r.header.isEmpty());
        QVERIFY2(transcript.size() < 100, qPrintable(QString::number(transcript.size())));
    }

    void searchesJunkAfterInbox()
    {
        FaultScript s;
        s.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n")
            .on(QStringLiteral("^P1 AUTHENTICATE"), "P1 OK\r\n")
            .on(QStringLiteral("^P2 LIST"), "* LIST (\\HasNoChildren) \".\" INBOX\r\n"
                                            "* LIST (\\HasNoChildren) \".\" INBOX.Spam\r\nP2 OK\r\n")
            .on(QStringLiteral("^P3 EXAMINE \"INBOX\""), "P3 OK\r\n")
            .on(QStringLiteral("^P4 UID SEARCH"), "* SEARCH\r\nP4 OK\r\n")
            .on(QStringLiteral("^P5 EXAMINE \"INBOX.Spam\""), "P5 OK\r\n")
            .on(QStringLiteral("^P6 UID SEARCH"), "* SEARCH 12\r\nP6 OK\r\n")
            .on(QStringLiteral("^P7 UID FETCH 12"),
                "* 1 FETCH (UID 12 BODY[HEADER] {4}\r\nA: b)\r\nP7 OK\r\n")
            .on(QStringLiteral("^P8 LOGOUT"), "P8 OK\r\n");
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()));
        QVERIFY2(r.ok, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(r.folder, QStringLiteral("INBOX.Spam"));
        QVERIFY(r.junk);
    }

    void silentServerTimesOut()
    {
        FaultServer server(FaultScript{});
        ImapSettings s = plain(server.start());
        s.commandMs = 800;
        QElapsedTimer t;
        t.start();
        const ImapResult r = run(s);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.timeout"));
        QVERIFY(t.elapsed() < 5000);
    }

    void byeAtGreeting()
    {
        FaultScript s;
        s.send("* BYE too many connections from your address\r\n").close();
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()));
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.greeting_refused"));
        QVERIFY(r.findings.last().detail.contains(QLatin1String("too many connections")));
    }

    void noStartTlsMeansNoLogin()
    {
        FaultScript s;
        s.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready\r\n");
        FaultServer server(s);
        ImapSettings settings = plain(server.start());
        settings.security = ImapSecurity::StartTls;
        const ImapResult r = run(settings);
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.starttls_not_offered"));
        QTest::qWait(100);
        QCOMPARE(server.count(QStringLiteral("LOGIN|AUTHENTICATE")), 0);
    }

    void wrongPasswordIsNamed()
    {
        FaultScript s;
        s.send("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
            .expect(QStringLiteral("^P1 AUTHENTICATE PLAIN$"))
            .send("+ \r\n")
            .expect(QStringLiteral("^[A-Za-z0-9+/=]+$"))
            .send("P1 NO [ALERT] Application-specific password required\r\n");
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()));
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.auth_failed"));
        QVERIFY(r.findings.last().advice.steps.first().contains(QLatin1String("app password")));
    }

    void endlessLineIsBounded()
    {
        FaultScript s;
        s.send("* OK " + QByteArray(600 * 1024, 'a'));
        FaultServer server(s);
        const ImapResult r = run(plain(server.start()));
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.protocol_error"));
    }

    void closedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QElapsedTimer t;
        t.start();
        const ImapResult r = run(plain(port));
        QCOMPARE(r.findings.last().id, QStringLiteral("imap.unreachable"));
        QVERIFY(t.elapsed() < 3000);
    }

    void presets()
    {
        QCOMPARE(imapPreset(QStringLiteral("gmail"))->host, QStringLiteral("imap.gmail.com"));
        QCOMPARE(imapPreset(QStringLiteral("icloud"))->host, QStringLiteral("imap.mail.me.com"));
        QCOMPARE(imapPresets().size(), 5);
    }

    // --- Provider status APIs ---------------------------------------------------------------

    void providerStatus_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("queryKey");   // a query item the request must carry
        QTest::addColumn<QString>("queryValue"); // ... with this (decoded) value
        QTest::addColumn<QByteArray>("authHeader");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("detail"); // a part of the provider's words the result keeps

        // Each provider's status request and answers, from its own reference (see also the summary above
        // buildStatusCall in core/api/apirequests.cpp):
        //   Mailgun   https://documentation.mailgun.com/docs/mailgun/api-reference/openapi-final/tag/Events/
        //             (message-id filter; items[]{event, severity, delivery-status{code, message,
        //             description}})
        //   Postmark  https://postmarkapp.com/developer/api/messages-api#outbound-message-details
        //             (Status, MessageEvents[]{Type, Details{DeliveryMessage, Summary}})
        //   SparkPost https://developers.sparkpost.com/api/events/ (transmissions filter; results[]{type,
        //             raw_reason})
        //   Brevo     https://developers.brevo.com/reference/getemaileventreport-1 (messageId filter;
        //             events[]{event, reason})
        //   SMTP2GO   https://developers.smtp2go.com/reference/activity-search (POST {search}; data.events[])
        //   Mailjet   https://dev.mailjet.com/email/reference/messages/#v3_get_message_message_ID
        //   (Data[]{Status}) SendLayer
        //   https://github.com/SendLayer/sendlayer-api-docs/blob/main/api-reference/sendlayer.json
        //             (GET /events?MessageID=; GetEventsResponse {TotalRecords, Events[]{Event, LoggedAt,
        //             LogLevel, Message{Headers{MessageId, From[], To[]}}, Reason}})
        //   SendGrid  https://www.twilio.com/docs/sendgrid/api-reference/e-mail-activity/filter-all-messages
        //             (query msg_id LIKE; messages[]{msg_id, status})
        const QJsonObject mg{{QStringLiteral("domain"), QStringLiteral("mg.example.com")},
                             {QStringLiteral("region"), QStringLiteral("US")}};
        const QString mgId = QStringLiteral("<20240101.1@mg.example.com>");
        const QByteArray mgAuth = "Basic " + QByteArray("api:key-api_key").toBase64();
        auto mgRow = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("mailgun") << mg << mgId << QByteArray("GET")
                                << QByteArray("/v3/mg.example.com/events") << QStringLiteral("message-id")
                                << QStringLiteral("20240101.1@mg.example.com") << mgAuth << body << int(state)
                                << QString::fromLatin1(detail);
        };
        mgRow("mailgun delivered",
              q("{'items':[{'event':'accepted'},{'event':'delivered','delivery-status':{'code':250,'message':"
                "'OK "
                "queued as 123','description':''}}],'paging':{}}"),
              DeliveryState::Delivered, "queued as 123");
        mgRow("mailgun deferred",
              q("{'items':[{'event':'accepted'},{'event':'failed','severity':'temporary','delivery-status':{'"
                "code':"
                "421,'message':'4.7.0 Try again later'}}]}"),
              DeliveryState::Deferred, "Try again later");
        mgRow("mailgun bounced",
              q("{'items':[{'event':'failed','severity':'permanent','reason':'bounce','delivery-status':{'"
                "code':"
                "550,'message':'5.1.1 The email account does not exist'}}]}"),
              DeliveryState::Bounced, "does not exist");

        const QString pmId = QStringLiteral("0a129aee-e1cd-480d-b08d-4f48548ff48d");
        auto pmRow = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("postmark") << QJsonObject{} << pmId << QByteArray("GET")
                                << QByteArray("/messages/outbound/" + pmId.toLatin1() + "/details")
                                << QString() << QString() << QByteArray() << body << int(state)
                                << QString::fromLatin1(detail);
        };
        pmRow("postmark delivered",
              q("{'MessageID':'x','Status':'Sent','MessageEvents':[{'Type':'Delivered','Details':{'"
                "DeliveryMessage':"
                "'smtp;250 2.0.0 OK','DestinationServer':'mx.example.net'}}]}"),
              DeliveryState::Delivered, "250 2.0.0 OK");
        pmRow(
            "postmark deferred",
            q("{'Status':'Sent','MessageEvents':[{'Type':'Transient','Details':{'Summary':'Greylisted, will "
              "retry'}}]}"),
            DeliveryState::Deferred, "Greylisted");
        pmRow("postmark bounced",
              q("{'Status':'Sent','MessageEvents':[{'Type':'Bounced','Details':{'Summary':'The server was "
                "unable "
                "to deliver your message (ex: unknown user, mailbox not found).','BounceID':'42'}}]}"),
              DeliveryState::Bounced, "mailbox not found");

        const QJsonObject sp{{QStringLiteral("region"), QStringLiteral("US")}};
        auto spRow = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("sparkpost") << sp << QStringLiteral("84929219194214218")
                                << QByteArray("GET") << QByteArray("/api/v1/events/message")
                                << QStringLiteral("transmissions") << QStringLiteral("84929219194214218")
                                << QByteArray("key-api_key") << body << int(state)
                                << QString::fromLatin1(detail);
        };
        spRow("sparkpost delivered",
              q("{'results':[{'type':'injection'},{'type':'delivery'}],'total_count':2}"),
              DeliveryState::Delivered, "");
        spRow("sparkpost deferred",
              q("{'results':[{'type':'delay','raw_reason':'452 4.2.2 Mailbox full, try later'}]}"),
              DeliveryState::Deferred, "Mailbox full");
        spRow("sparkpost bounced",
              q("{'results':[{'type':'bounce','bounce_class':'10','raw_reason':'550 5.1.1 user unknown'}]}"),
              DeliveryState::Bounced, "user unknown");

        const QString brId = QStringLiteral("<202401011200.123@smtp-relay.mailin.fr>");
        auto brRow = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("sendinblue") << QJsonObject{} << brId << QByteArray("GET")
                                << QByteArray("/v3/smtp/statistics/events") << QStringLiteral("messageId")
                                << brId << QByteArray() << body << int(state) << QString::fromLatin1(detail);
        };
        brRow(
            "brevo delivered",
            q("{'events':[{'email':'a@b.c','date':'2024-01-01T12:00:00Z','messageId':'x','event':'requests'},"
              "{'email':'a@b.c','messageId':'x','event':'delivered'}]}"),
            DeliveryState::Delivered, "");
        brRow("brevo deferred", q("{'events':[{'event':'deferred','reason':'451 temporary local problem'}]}"),
              DeliveryState::Deferred, "temporary local problem");
        brRow("brevo bounced", q("{'events':[{'event':'hardBounces','reason':'550 no such user'}]}"),
              DeliveryState::Bounced, "no such user");

        auto s2Row = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("smtp2go") << QJsonObject{} << QStringLiteral("1rABCD-xyz")
                                << QByteArray("POST") << QByteArray("/v3/activity/search") << QString()
                                << QString() << QByteArray() << body << int(state)
                                << QString::fromLatin1(detail);
        };
        s2Row("smtp2go delivered", q("{'data':{'events':[{'event':'processed'},{'event':'delivered'}]}}"),
              DeliveryState::Delivered, "");
        s2Row("smtp2go deferred",
              q("{'data':{'events':[{'event':'soft-bounced','smtp_response':'421 busy'}]}}"),
              DeliveryState::Deferred, "421 busy");
        s2Row("smtp2go bounced",
              q("{'data':{'events':[{'event':'hard-bounced','smtp_response':'550 gone'}]}}"),
              DeliveryState::Bounced, "550 gone");

        auto mjRow = [&](const char* name, const QByteArray& body, DeliveryState state) {
            QTest::newRow(name) << QStringLiteral("mailjet") << QJsonObject{} << QStringLiteral("1152921508")
                                << QByteArray("GET") << QByteArray("/v3/REST/message/1152921508") << QString()
                                << QString() << QByteArray() << body << int(state) << QString();
        };
        mjRow("mailjet delivered", q("{'Count':1,'Data':[{'ID':1152921508,'Status':'sent'}],'Total':1}"),
              DeliveryState::Delivered);
        mjRow("mailjet deferred", q("{'Count':1,'Data':[{'ID':1,'Status':'deferred'}],'Total':1}"),
              DeliveryState::Deferred);
        mjRow("mailjet bounced", q("{'Count':1,'Data':[{'ID':1,'Status':'hardbounced'}],'Total':1}"),
              DeliveryState::Bounced);

        auto slRow = [&](const char* name, const QByteArray& body, DeliveryState state, const char* detail) {
            QTest::newRow(name) << QStringLiteral("sendlayer") << QJsonObject{} << QStringLiteral("sl-123")
                                << QByteArray("GET") << QByteArray("/api/v1/events")
                                << QStringLiteral("MessageID") << QStringLiteral("sl-123")
                                << QByteArray("Bearer key-api_key") << body << int(state)
                                << QString::fromUtf8(detail);
        };
        // SendLayer's GetEventsResponse (above): {"TotalRecords", "Events": [{"Event", "LoggedAt",
        // "LogLevel", "Message": {"Headers": {"MessageId", "From": [...], "To": [...]}}, "Reason"}]}; newest
        // first.
        const auto slEvent = [](const char* event, const char* reason) -> QByteArray {
            return QByteArray("{'Event':'") + event +
                   "','LoggedAt':1746340896,'LogLevel':'info','Message':{'Headers':{'MessageId':'sl-123',"
                   "'From':['news@example.com'],'To':['you@example.org']},'Size':2004,"
                   "'Transport':'api'},'Recipient':'you@example.org','Reason':'" +
                   reason + "'}";
        };
        const auto slBody = [](const QByteArrayList& events) {
            const QByteArray body = "{'TotalRecords':" + QByteArray::number(events.size()) + ",'Events':[" +
                                    events.join(',') + "]}";
            return q(body.constData());
        };
        slRow("sendlayer delivered",
              slBody({slEvent("delivered", "Email has been delivered."), slEvent("accepted", "Accepted.")}),
              DeliveryState::Delivered, "");
        slRow("sendlayer only accepted so far",
              slBody({slEvent("accepted-by-system", "Queued for delivery.")}), DeliveryState::Queued, "");
        slRow("sendlayer failed (bounced)",
              slBody({slEvent("failed", "550 5.1.1 mailbox unknown"), slEvent("accepted", "Accepted.")}),
              DeliveryState::Bounced, "550 5.1.1 mailbox unknown");
        slRow("sendlayer rejected", slBody({slEvent("rejected", "Recipient is on the suppression list.")}),
              DeliveryState::Rejected, "suppression list");
        slRow("sendlayer complained still arrived",
              slBody({slEvent("complained", "Marked as spam."),
                      slEvent("delivered", "Email has been delivered.")}),
              DeliveryState::Delivered, "");

        auto sgRow = [&](const char* name, const QByteArray& body, DeliveryState state) {
            QTest::newRow(name) << QStringLiteral("sendgrid") << QJsonObject{} << QStringLiteral("abcXYZ123")
                                << QByteArray("GET") << QByteArray("/v3/messages") << QStringLiteral("query")
                                << QStringLiteral("msg_id LIKE \"abcXYZ123%\"")
                                << QByteArray("Bearer key-api_key") << body << int(state) << QString();
        };
        sgRow("sendgrid delivered", q("{'messages':[{'msg_id':'abcXYZ123.filter','status':'delivered'}]}"),
              DeliveryState::Delivered);
        sgRow("sendgrid deferred (still processing)",
              q("{'messages':[{'msg_id':'abcXYZ123.filter','status':'processing'}]}"), DeliveryState::Queued);
        sgRow("sendgrid bounced", q("{'messages':[{'msg_id':'abcXYZ123.filter','status':'not_delivered'}]}"),
              DeliveryState::Bounced);
    }
    void providerStatus()
    {
        QFETCH(QString, mailer);
        QFETCH(QJsonObject, settings);
        QFETCH(QString, messageId);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QString, queryKey);
        QFETCH(QString, queryValue);
        QFETCH(QByteArray, authHeader);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        QFETCH(QString, detail);
        const qsizetype before = m_server->requests().size();
        m_server->setHandler([body](const HttpRequest&) { return HttpResponse::json(200, body); });
        const StatusPollResult r = poll(mailer, settings, messageId);
        QVERIFY(r.supported);
        QCOMPARE(deliveryStateName(r.state), deliveryStateName(DeliveryState(state)));
        QVERIFY2(r.detail.contains(detail), qPrintable(r.detail));
        const HttpRequest req = m_server->requests().at(before);
        QCOMPARE(req.method, method);
        QCOMPARE(req.path, path);
        if (!queryKey.isEmpty()) {
            const QUrlQuery query(QString::fromLatin1(req.query));
            QCOMPARE(query.queryItemValue(queryKey, QUrl::FullyDecoded), queryValue);
        }
        if (!authHeader.isEmpty()) {
            QCOMPARE(req.header("Authorization"), authHeader);
        }
        if (mailer == QLatin1String("postmark")) {
            QCOMPARE(req.header("X-Postmark-Server-Token"), QByteArray("key-server_api_token"));
        } else if (mailer == QLatin1String("sendinblue")) {
            QCOMPARE(req.header("api-key"), QByteArray("key-api_key"));
        } else if (mailer == QLatin1String("smtp2go")) {
            QCOMPARE(req.header("X-Smtp2go-Api-Key"), QByteArray("key-api_key"));
            QCOMPARE(QJsonDocument::fromJson(req.body).object().value(QStringLiteral("search")).toString(),
                     messageId);
        } else if (mailer == QLatin1String("mailjet")) {
            QCOMPARE(req.header("Authorization"),
                     "Basic " + QByteArray("key-api_key:key-secret_key").toBase64());
        }
        // Final states end the polling at once; the rest keep asking until the time is up.
        if (isFinalDeliveryState(DeliveryState(state))) {
            QCOMPARE(r.polls, 1);
        } else {
            QVERIFY(r.polls >= 2);
        }
        const QString expectedId =
            QStringLiteral("delivery.status.") + deliveryStateName(DeliveryState(state));
        QVERIFY2(findById(r.findings, expectedId), qPrintable(formatFindingsText(r.findings)));
    }

    void queuedThenDelivered()
    {
        int calls = 0;
        m_server->setHandler([&calls](const HttpRequest&) {
            ++calls;
            return HttpResponse::json(200, calls < 3 ? q("{'items':[{'event':'accepted'}]}")
                                                     : q("{'items':[{'event':'delivered'}]}"));
        });
        const StatusPollResult r =
            poll(QStringLiteral("mailgun"),
                 QJsonObject{{QStringLiteral("domain"), QStringLiteral("mg.example.com")}},
                 QStringLiteral("id@mg"), 5000);
        QCOMPARE(r.state, DeliveryState::Delivered);
        QCOMPARE(r.polls, 3);
    }

    // postino-cli verify-delivery asks the provider as a user on the server would, key from the environment.
    void cliVerifyDeliveryAsksTheProvider()
    {
        const QByteArray pmId = "0a129aee-e1cd-480d-b08d-4f48548ff48d";
        QList<HttpRequest> seen;
        m_server->setHandler([&seen](const HttpRequest& r) {
            seen.append(r);
            return HttpResponse::json(
                200,
                q("{'MessageID':'x','Status':'Sent','MessageEvents':[{'Type':'Bounced','Details':{'Summary':"
                  "'The server was unable to deliver your message (ex: unknown user, mailbox not "
                  "found).'}}]}"));
        });
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("ca.pem"));
        {
            QFile f(ca);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (const QSslCertificate& c : m_certs.ca)
                f.write(c.toPem());
        }
        qputenv("POSTINO_API_KEY", "server-token-123");
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        CliRunner runner(&outStream, &errStream);
        QSignalSpy finished(&runner, &CliRunner::finished);
        runner.run({QStringLiteral("verify-delivery"), QStringLiteral("--mailer"), QStringLiteral("postmark"),
                    QStringLiteral("--message-id"), QString::fromLatin1(pmId), QStringLiteral("--api-base"),
                    m_server->baseUrl().toString(), QStringLiteral("--ca-file"), ca, QStringLiteral("--wait"),
                    QStringLiteral("10"), QStringLiteral("--json")});
        if (finished.isEmpty())
            QVERIFY(finished.wait(30000));
        qunsetenv("POSTINO_API_KEY");
        outStream.flush();
        QCOMPARE(finished.first().first().toInt(), 1); // a bounce is an error
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.first().path, QByteArray("/messages/outbound/" + pmId + "/details"));
        QCOMPARE(seen.first().header("X-Postmark-Server-Token"), QByteArray("server-token-123"));
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY2(out.contains(QLatin1String("mailbox not found")), qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("server-token-123")));
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
    }

    void postmarkNotFoundYetIsNotAnError()
    {
        m_server->setHandler([](const HttpRequest&) {
            return HttpResponse::json(422, q("{'ErrorCode':701,'Message':'Message not found.'}"));
        });
        const StatusPollResult r = poll(QStringLiteral("postmark"), {}, QStringLiteral("abc"), 800);
        QCOMPARE(r.state, DeliveryState::Unknown);
        QVERIFY(findById(r.findings, QStringLiteral("delivery.status.unknown")));
    }

    void sendGridWithoutActivityAccess()
    {
        m_server->setHandler([](const HttpRequest&) {
            return HttpResponse::json(400,
                                      q("{'errors':[{'field':null,'message':'authorization required'}]}"));
        });
        const StatusPollResult r = poll(QStringLiteral("sendgrid"), {}, QStringLiteral("abc"));
        const Finding* f = findById(r.findings, QStringLiteral("delivery.status.no_access"));
        QVERIFY(f);
        QVERIFY(f->advice.steps.first().contains(QLatin1String("Email Activity")));
        QCOMPARE(r.polls, 1);
    }

    void providerWithoutStatusApiSaysSo()
    {
        const StatusPollResult r = poll(QStringLiteral("resend"), {}, QStringLiteral("abc"));
        QVERIFY(!r.supported);
        QCOMPARE(r.findings.first().id, QStringLiteral("delivery.status.not_available"));
        QCOMPARE(r.findings.first().severity(), Severity::Info);
        const StatusPollResult smtp = poll(QStringLiteral("smtp"), {}, QStringLiteral("ABC"));
        QCOMPARE(smtp.findings.first().id, QStringLiteral("delivery.status.not_available"));
    }

    // A status endpoint that never stops dripping its answer (one byte every 50 ms, a whole megabyte
    // announced) is cut off by the whole-exchange bound, not waited on forever: the poll ends within its
    // time with a "could not check" finding that says what to do.
    void drippingStatusEndpointEndsWithinTheBound()
    {
        HttpResponse drip = HttpResponse::json(200, QByteArray(1024 * 1024, ' '));
        drip.behaviour = HttpResponse::Behaviour::Drip;
        drip.dripIntervalMs = 50;
        m_server->setHandler([drip](const HttpRequest&) { return drip; });
        Profile profile;
        profile.setMailerId(QStringLiteral("postmark"));
        StatusPollOptions options;
        options.totalMs = 3000;
        options.requestTimeoutMs = 1500;
        options.firstIntervalMs = 150;
        options.maxIntervalMs = 400;
        options.baseOverride = m_server->baseUrl();
        options.extraCaCertificates = m_certs.ca;
        DeliveryStatusPoller poller;
        QSignalSpy done(&poller, &DeliveryStatusPoller::finished);
        QElapsedTimer timer;
        timer.start();
        poller.start(
            profile, QStringLiteral("0a129aee-e1cd-480d-b08d-4f48548ff48d"),
            [](const QString&, const QString&) { return QByteArray("server-token"); }, options);
        QVERIFY2(done.wait(15000), "the poll never ended against a dripping status endpoint");
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < options.totalMs + 1500, qPrintable(QString::number(elapsed)));
        const auto r = done.first().first().value<StatusPollResult>();
        QCOMPARE(r.state, DeliveryState::Unknown);
        QVERIFY(r.polls >= 1);
        const Finding* f = findById(r.findings, QStringLiteral("delivery.status.unreachable"));
        QVERIFY2(f, qPrintable(formatFindingsText(r.findings)));
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(!f->advice.title.isEmpty());
        QVERIFY(!f->advice.steps.isEmpty());
        QVERIFY2(f->detail.contains(QLatin1String("could not check")), qPrintable(f->detail));
    }

    void cancelStopsPolling()
    {
        m_server->setHandler([](const HttpRequest&) { return HttpResponse::json(200, q("{'items':[]}")); });
        Profile profile;
        profile.setMailerId(QStringLiteral("mailgun"));
        profile.setMailerSettings(QStringLiteral("mailgun"),
                                  QJsonObject{{QStringLiteral("domain"), QStringLiteral("mg.example.com")}});
        StatusPollOptions options;
        options.baseOverride = m_server->baseUrl();
        options.extraCaCertificates = m_certs.ca;
        options.firstIntervalMs = 100;
        DeliveryStatusPoller poller;
        QSignalSpy done(&poller, &DeliveryStatusPoller::finished);
        poller.start(
            profile, QStringLiteral("x"), [](const QString&, const QString&) { return QByteArray("k"); },
            options);
        QTest::qWait(400);
        poller.cancel();
        QVERIFY(done.wait(2000));
        const auto r = done.first().first().value<StatusPollResult>();
        QCOMPARE(r.findings.last().id, QStringLiteral("delivery.status.cancelled"));
        // A request already on its way when cancel() came may still land (seen under load); after that,
        // no new poll may start.
        QTest::qWait(300);
        const qsizetype count = m_server->requests().size();
        QTest::qWait(700);
        QCOMPARE(m_server->requests().size(), count);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryFaults)
#include "tst_delivery_faults.moc"
