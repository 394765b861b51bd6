#include "message/mime.h"
#include "message/testmessage.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace postino;

class TestMessageBuilder : public QObject
{
    Q_OBJECT

private:
    static TestMessageOptions options()
    {
        TestMessageOptions o;
        o.fromEmail = QStringLiteral("negozio@caffe-eta.it");
        o.fromName = QStringLiteral("Caffè Età");
        o.to = QStringLiteral("cliente@example.org");
        o.mailerName = QStringLiteral("Other SMTP");
        o.serverName = QStringLiteral("smtp.example.org:587");
        o.runId = QStringLiteral("run-1234");
        o.date = QDateTime(QDate(2026, 11, 23), QTime(21, 5, 9), QTimeZone(3600));
        return o;
    }

private Q_SLOTS:
    void headersParseBack()
    {
        const TestMessage msg = buildTestMessage(options());
        const mime::Part part = mime::parse(msg.data);
        QCOMPARE(mime::decodeHeaderText(part.header("From")),
                 QStringLiteral("Caffè Età <negozio@caffe-eta.it>"));
        QCOMPARE(mime::decodeHeaderText(part.header("To")), QStringLiteral("<cliente@example.org>"));
        QCOMPARE(mime::decodeHeaderText(part.header("Subject")), msg.subject);
        QCOMPARE(part.header("Date"), QByteArray("Mon, 23 Nov 2026 21:05:09 +0100"));
        QCOMPARE(part.header("Message-ID"), '<' + msg.messageId.toUtf8() + '>');
        QVERIFY(msg.messageId.endsWith(QLatin1String("@caffe-eta.it")));
        QCOMPARE(part.header("X-Postino-Test"), QByteArray("run-1234"));
        QCOMPARE(part.header("MIME-Version"), QByteArray("1.0"));
    }

    void bodyIsMultipartAlternative()
    {
        const TestMessage msg = buildTestMessage(options());
        const mime::Part part = mime::parse(msg.data);
        QCOMPARE(part.contentType(), QByteArray("multipart/alternative"));
        const QList<mime::Part> parts = part.subparts();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0).contentType(), QByteArray("text/plain"));
        QCOMPARE(parts.at(1).contentType(), QByteArray("text/html"));
        QCOMPARE(parts.at(0).parameter("Content-Type", "charset"), QByteArray("UTF-8"));
        const QString text = QString::fromUtf8(parts.at(0).decodedBody());
        const QString html = QString::fromUtf8(parts.at(1).decodedBody());
        QVERIFY(text.contains(QLatin1String("run-1234")));
        QVERIFY(text.contains(QLatin1String("smtp.example.org:587")));
        QVERIFY(html.contains(QLatin1String("run-1234")));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    }

    void wireFormatIsSevenBitWithShortLines()
    {
        const QByteArray data = buildTestMessage(options()).data;
        QVERIFY(data.endsWith("\r\n"));
        for (char c : data) {
            QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        const QList<QByteArray> lines = data.split('\n');
        for (const QByteArray& line : lines) {
            QVERIFY2(line.size() <= 78, line.constData());
            QVERIFY2(line.isEmpty() || line.endsWith('\r') || &line == &lines.last(), "bare LF");
        }
    }

    void headerEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ascii") << "Coffee Shop";
        QTest::newRow("specials") << "Shop, Inc. \"Best\"";
        QTest::newRow("accents") << "Caffè Età";
        QTest::newRow("long utf8") << QString(QStringLiteral("Pâtisserie Ünïcödé ")).repeated(6);
        QTest::newRow("emoji") << "Postino 📮 ✉️";
        QTest::newRow("cjk") << "郵便配達員のテストメール送信確認";
    }
    void headerEncoding()
    {
        QFETCH(QString, name);
        const QByteArray mailbox = mime::formatMailbox(name, QStringLiteral("a@example.com"));
        QCOMPARE(mime::decodeHeaderText(mailbox).remove(QLatin1Char('"')).remove(QLatin1Char('\\')),
                 QString(name.trimmed() + QStringLiteral(" <a@example.com>")).remove(QLatin1Char('"')));
        for (const QByteArray& line : mailbox.split('\n')) {
            QVERIFY(line.size() <= 78);
        }
        // After unfolding, it must decode back through a fresh parse.
        const mime::Part part = mime::parse("From: " + mailbox + "\r\n\r\nbody");
        QVERIFY(mime::decodeHeaderText(part.header("From"))
                    .contains(name.trimmed().remove(QLatin1Char('"')).left(5)));
    }

    void quotedPrintableRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("plain") << QByteArray("hello world");
        QTest::newRow("equals and utf8") << QString(QStringLiteral("a=b è € 📮")).toUtf8();
        QTest::newRow("trailing space") << QByteArray("line with space \nnext\t\nend");
        QTest::newRow("leading dot") << QByteArray(".\n..\n.hidden");
        QTest::newRow("long line") << QByteArray(300, 'x');
    }
    void quotedPrintableRoundTrip()
    {
        QFETCH(QByteArray, input);
        const QByteArray encoded = mime::encodeQuotedPrintable(input);
        for (const QByteArray& line : encoded.split('\n')) {
            QVERIFY(line.size() <= 77);
            QVERIFY(!line.startsWith('.'));
        }
        QByteArray expected = input;
        expected.replace("\n", "\r\n");
        QCOMPARE(mime::decodeQuotedPrintable(encoded), expected);
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "tst_message.moc"
