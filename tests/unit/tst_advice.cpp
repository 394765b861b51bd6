#include "advice/advicebook.h"
#include "smtp/smtpadvice.h"
#include "smtp/smtpclient.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace postino;

class TestAdvice : public QObject
{
    Q_OBJECT

private:
    static SmtpReply reply(const QByteArray& line)
    {
        SmtpReplyParser parser;
        parser.feedLine(line);
        return parser.takeReply();
    }

private Q_SLOTS:
    void repliesMapToRules_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("id");
        const int greeting = int(SmtpStage::Greeting), auth = int(SmtpStage::Auth),
                  mail = int(SmtpStage::MailFrom), rcpt = int(SmtpStage::RcptTo),
                  data = int(SmtpStage::Message), starttls = int(SmtpStage::StartTls);
        QTest::newRow("seed: 421 anywhere")
            << auth << QByteArray("421 4.7.0 Too many connections") << "smtp.service_unavailable";
        QTest::newRow("554 at greeting")
            << greeting << QByteArray("554 5.7.1 No SMTP service here") << "smtp.greeting_refused";
        QTest::newRow("454 to STARTTLS")
            << starttls << QByteArray("454 4.7.0 TLS not available") << "smtp.starttls_failed";
        QTest::newRow("Gmail app password")
            << auth << QByteArray("534 5.7.9 Application-specific password required.")
            << "smtp.auth_app_password_required";
        QTest::newRow("Gmail web login")
            << auth << QByteArray("534 5.7.14 Please log in via your web browser and then try again.")
            << "smtp.auth_web_login_required";
        QTest::newRow("Gmail bad password")
            << auth << QByteArray("535 5.7.8 Username and Password not accepted.")
            << "smtp.auth_app_password_rejected";
        QTest::newRow("seed: 535 bare")
            << auth << QByteArray("535 Incorrect authentication data") << "smtp.auth_failed";
        QTest::newRow("M365 SMTP AUTH off")
            << auth
            << QByteArray("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for "
                          "the Tenant.")
            << "smtp.auth_smtp_disabled";
        QTest::newRow("504 mechanism") << auth << QByteArray("504 5.5.4 Unrecognized authentication type")
                                       << "smtp.auth_mechanism_unsupported";
        QTest::newRow("538 encryption")
            << auth << QByteArray("538 5.7.11 Encryption required for requested authentication mechanism")
            << "smtp.auth_encryption_required";
        QTest::newRow("454 auth temporary")
            << auth << QByteArray("454 4.7.0 Temporary authentication failure")
            << "smtp.auth_temporary_failure";
        QTest::newRow("M365 SendAs")
            << data
            << QByteArray("554 5.2.252 SendAsDenied; me@example.com not allowed to send as x@example.com")
            << "smtp.send_as_denied";
        QTest::newRow("5.7.60")
            << mail << QByteArray("550 5.7.60 SMTP; Client does not have permissions to send as this sender")
            << "smtp.send_as_denied";
        QTest::newRow("M365 not authenticated")
            << mail << QByteArray("530 5.7.57 Client not authenticated to send mail.")
            << "smtp.auth_required";
        QTest::newRow("Gmail daily limit")
            << data << QByteArray("550 5.4.5 Daily user sending quota exceeded.") << "smtp.daily_limit";
        QTest::newRow("seed: 550 5.7.1 relay")
            << rcpt << QByteArray("554 5.7.1 <x@elsewhere.test>: Relay access denied") << "smtp.relay_denied";
        QTest::newRow("sender not owned")
            << rcpt << QByteArray("553 5.7.1 <a@b.test>: Sender address rejected: not owned by user me")
            << "smtp.sender_not_owned";
        QTest::newRow("unknown recipient")
            << rcpt << QByteArray("550 5.1.1 <nobody@postino.test>: Recipient address rejected")
            << "smtp.recipient_rejected";
        QTest::newRow("too large") << data << QByteArray("552 5.3.4 Message size exceeds fixed limit")
                                   << "smtp.message_too_large";
        QTest::newRow("SPF failed")
            << data
            << QByteArray("550 5.7.23 The message was rejected because of Sender Policy Framework violation")
            << "smtp.message_rejected_authentication";
        QTest::newRow("policy") << data
                                << QByteArray("550 5.7.350 Remote server returned message detected as spam")
                                << "smtp.message_rejected_policy";
        QTest::newRow("greylisted") << rcpt << QByteArray("451 4.7.1 Greylisted, try again later")
                                    << "smtp.temporary_failure";
        QTest::newRow("sender refused")
            << mail << QByteArray("553 5.1.8 Domain of sender address does not exist")
            << "smtp.sender_rejected";
    }
    void repliesMapToRules()
    {
        QFETCH(int, stage);
        QFETCH(QByteArray, line);
        QFETCH(QString, id);
        SmtpSettings s;
        s.host = QStringLiteral("smtp.example.com");
        const Finding f = smtpadvice::replyError(SmtpStage(stage), reply(line), s);
        QCOMPARE(f.id, id);
        QCOMPARE(f.severity(), Severity::Error);
        QVERIFY(!f.advice.title.isEmpty());
        QVERIFY(!f.advice.steps.isEmpty());
        QVERIFY(f.detail.contains(QString::fromLatin1(line.left(3))));
    }

    void apiErrorsMapToRules_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("field");
        QTest::newRow("401 anywhere") << "resend" << 401 << ""
                                      << "Unauthorized"
                                      << "api.auth_failed"
                                      << "api_key";
        QTest::newRow("Postmark token") << "postmark" << 401 << "10"
                                        << "Bad or missing Server API token"
                                        << "api.auth_failed"
                                        << "server_api_token";
        QTest::newRow("Mailjet pair") << "mailjet" << 401 << ""
                                      << ""
                                      << "api.auth_failed"
                                      << "secret_key";
        QTest::newRow("SES key id") << "amazonses" << 403 << "UnrecognizedClientException"
                                    << "The security token included in the request is invalid"
                                    << "api.auth_failed"
                                    << "client_id";
        QTest::newRow("SES secret") << "amazonses" << 403 << "InvalidSignatureException"
                                    << "signature does not match"
                                    << "api.auth_failed"
                                    << "client_secret";
        QTest::newRow("SendGrid scope") << "sendgrid" << 403 << ""
                                        << "access forbidden"
                                        << "api.key_permission"
                                        << "api_key";
        QTest::newRow("SendGrid sender") << "sendgrid" << 403 << "from"
                                         << "The from address does not match a verified Sender Identity"
                                         << "api.sender_unverified"
                                         << "";
        QTest::newRow("Mailgun sandbox") << "mailgun" << 403 << ""
                                         << "Free accounts are for test purposes only"
                                         << "api.sandbox_recipient"
                                         << "";
        QTest::newRow("Mailgun inactive") << "mailgun" << 403 << ""
                                          << "Please activate your Mailgun account"
                                          << "api.account_not_activated"
                                          << "";
        QTest::newRow("SES quota") << "amazonses" << 400 << "LimitExceededException"
                                   << "Daily message quota exceeded"
                                   << "api.quota_exceeded"
                                   << "";
        QTest::newRow("rate") << "brevo" << 429 << ""
                              << "Too many requests"
                              << "api.rate_limited"
                              << "";
        QTest::newRow("outage") << "sparkpost" << 503 << ""
                                << "<html>Service Unavailable</html>"
                                << "api.provider_unavailable"
                                << "";
        QTest::newRow("Postmark stream") << "postmark" << 422 << "1226"
                                         << "The message stream does not exist"
                                         << "api.stream_not_found"
                                         << "message_stream";
        QTest::newRow("unknown 4xx") << "resend" << 418 << ""
                                     << "I'm a teapot"
                                     << "api.unexpected_response"
                                     << "";
    }
    void apiErrorsMapToRules()
    {
        QFETCH(QString, mailer);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(QString, field);
        const AdviceBook& book = AdviceBook::apiErrors();
        const AdviceRule* rule =
            book.match(AdviceFacts{QStringLiteral("send"), status, {}, text, mailer, code, {}});
        QVERIFY(rule);
        QCOMPARE(rule->id, id);
        QCOMPARE(rule->field, field);
        QVERIFY(!book.adviceFor(*rule).steps.isEmpty());
    }

    void ruleIdsAreUniqueAndStringsCollected()
    {
        const AdviceBook& book = AdviceBook::smtpReplies();
        QSet<QString> ids;
        QFile strings(QStringLiteral(POSTINO_SOURCE_DIR "/core/advice/advicestrings.cpp"));
        QVERIFY(strings.open(QIODevice::ReadOnly));
        const QString generated = QString::fromUtf8(strings.readAll());
        for (const AdviceRule& r : book.rules()) {
            QVERIFY2(!ids.contains(r.id), qPrintable(r.id));
            ids.insert(r.id);
            QVERIFY2(r.id.startsWith(QLatin1String("smtp.")), qPrintable(r.id));
            QVERIFY2(generated.contains(r.title), qPrintable(r.title));
        }
    }

    void malformedBooksAreRejected()
    {
        QString error;
        QVERIFY(!AdviceBook::fromJson("{", &error));
        QVERIFY(!AdviceBook::fromJson(R"({"rules":[{"id":"x","title":"t","steps":["s"]}]})", &error));
        QVERIFY(error.contains(QLatin1String("x")));
        // A misspelt key never matches, so it cannot make a rule catch everything.
        const auto book = AdviceBook::fromJson(
            R"({"rules":[{"id":"x","title":"t","steps":["s"],"match":[{"stagee":"auth"}]}]})", &error);
        QVERIFY(book);
        QVERIFY(!book->match(AdviceFacts{QStringLiteral("auth"), 535, {}, {}, {}, {}, {}}));
    }
};

QTEST_GUILESS_MAIN(TestAdvice)
#include "tst_advice.moc"
