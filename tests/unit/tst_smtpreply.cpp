#include "smtp/smtpreply.h"

#include <QTest>

using namespace postino;

class TestSmtpReply : public QObject
{
    Q_OBJECT

private:
    static SmtpReply parseAll(const QList<QByteArray>& lines)
    {
        SmtpReplyParser parser;
        for (int i = 0; i < lines.size(); ++i) {
            const auto status = parser.feedLine(lines.at(i));
            if (i + 1 < lines.size()) {
                if (status != SmtpReplyParser::Status::NeedMore) {
                    qWarning() << "line" << i << "ended the reply early";
                    return {};
                }
            } else if (status != SmtpReplyParser::Status::Complete) {
                qWarning() << "reply did not complete" << parser.error();
                return {};
            }
        }
        return parser.takeReply();
    }

private Q_SLOTS:
    void singleLine()
    {
        const SmtpReply r = parseAll({"535 5.7.8 Error: authentication failed: authentication failure"});
        QCOMPARE(r.code, 535);
        QCOMPARE(r.enhancedCode, QStringLiteral("5.7.8"));
        QVERIFY(r.isPermanent());
        QCOMPARE(r.toString(),
                 QStringLiteral("535 5.7.8 Error: authentication failed: authentication failure"));
    }

    void multiLineKeepsAllText()
    {
        const SmtpReply r =
            parseAll({"554-5.7.1 <x@elsewhere.test>: Relay access denied", "554 5.7.1 see policy"});
        QCOMPARE(r.code, 554);
        QCOMPARE(r.enhancedCode, QStringLiteral("5.7.1"));
        QCOMPARE(r.lines.size(), 2);
    }

    void codeOnlyLine()
    {
        const SmtpReply r = parseAll({"250"});
        QCOMPARE(r.code, 250);
        QVERIFY(r.enhancedCode.isEmpty());
    }

    void enhancedCodeMustMatchClass()
    {
        QVERIFY(parseAll({"250 5.7.1 odd"}).enhancedCode.isEmpty());
        QVERIFY(parseAll({"250 2.0.0 Ok: queued as 4ABC"}).enhancedCode == QStringLiteral("2.0.0"));
        QVERIFY(parseAll({"550 5.1.10 Recipient not found"}).enhancedCode == QStringLiteral("5.1.10"));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("letters") << QByteArray("abc hello");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request");
        QTest::newRow("bad separator") << QByteArray("250xhello");
        QTest::newRow("code out of range") << QByteArray("999 nope");
        QTest::newRow("one digit") << QByteArray("2");
    }
    void malformed()
    {
        QFETCH(QByteArray, line);
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine(line), SmtpReplyParser::Status::Malformed);
        QVERIFY(!parser.error().isEmpty());
    }

    // A reply is capped in lines and in bytes; a reply just under both caps still parses, and
    // the parser is ready for the next reply after a long one.
    void longRepliesAreCapped()
    {
        SmtpReplyParser parser;
        for (qsizetype i = 1; i < SmtpReplyParser::kMaxLines; ++i) {
            QCOMPARE(parser.feedLine("250-line"), SmtpReplyParser::Status::NeedMore);
        }
        QCOMPARE(parser.feedLine("250 last"), SmtpReplyParser::Status::Complete);
        QCOMPARE(parser.takeReply().lines.size(), SmtpReplyParser::kMaxLines);
        QVERIFY(!parser.tooLong());

        for (qsizetype i = 0; i < SmtpReplyParser::kMaxLines; ++i) {
            QCOMPARE(parser.feedLine("250-line"), SmtpReplyParser::Status::NeedMore);
        }
        QCOMPARE(parser.feedLine("250-one too many"), SmtpReplyParser::Status::Malformed);
        QVERIFY(parser.tooLong());

        SmtpReplyParser bytes;
        const QByteArray line = "220-" + QByteArray(4000, 'x');
        SmtpReplyParser::Status status = SmtpReplyParser::Status::NeedMore;
        int fed = 0;
        while (status == SmtpReplyParser::Status::NeedMore && fed < 100) {
            status = bytes.feedLine(line);
            ++fed;
        }
        QCOMPARE(status, SmtpReplyParser::Status::Malformed);
        QVERIFY(bytes.tooLong());
        QCOMPARE(fed, int(SmtpReplyParser::kMaxBytes / (line.size() + 2)) + 1);
    }

    void codeChangeMidReplyIsMalformed()
    {
        SmtpReplyParser parser;
        QCOMPARE(parser.feedLine("250-first"), SmtpReplyParser::Status::NeedMore);
        QCOMPARE(parser.feedLine("251 second"), SmtpReplyParser::Status::Malformed);
    }

    void ehloCapabilities()
    {
        const SmtpReply r =
            parseAll({"250-mail.postino.test", "250-PIPELINING", "250-SIZE 1048576", "250-ETRN",
                      "250-STARTTLS", "250-AUTH PLAIN LOGIN", "250-AUTH=PLAIN LOGIN CRAM-MD5",
                      "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250-smtputf8", "250 CHUNKING"});
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(r);
        QVERIFY(caps.has(QStringLiteral("STARTTLS")));
        QVERIFY(caps.has(QStringLiteral("PIPELINING")));
        QVERIFY(caps.has(QStringLiteral("SMTPUTF8")));
        QVERIFY(!caps.has(QStringLiteral("mail.postino.test")));
        QCOMPARE(caps.authMechanisms(),
                 (QStringList{QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")}));
        QCOMPARE(caps.maxSize().value_or(-1), 1048576);
    }

    void sizeWithoutLimit()
    {
        const SmtpCapabilities caps = SmtpCapabilities::fromEhlo(parseAll({"250-host", "250 SIZE"}));
        QVERIFY(caps.has(QStringLiteral("SIZE")));
        QVERIFY(!caps.maxSize());
    }
};

QTEST_GUILESS_MAIN(TestSmtpReply)
#include "tst_smtpreply.moc"
