#include "profile/profile.h"
#include "report/report.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

class TestReport : public QObject
{
    Q_OBJECT

private:
    static SessionReport sample()
    {
        Profile p;
        p.setMailerId(QStringLiteral("smtp"));
        p.setMailerSettings(QStringLiteral("smtp"),
                            {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                             {QStringLiteral("user"), QStringLiteral("me@example.com")}});
        p.sender().fromEmail = QStringLiteral("me@example.com");
        p.sender().fromName = QStringLiteral("Caffè <Età>");
        SessionReport r;
        r.title = QStringLiteral("Report");
        r.settings = SessionReport::describe(p);
        r.findings = {
            Finding{Severity::Error,
                    {.id = QStringLiteral("smtp.auth_failed"),
                     .subject = QStringLiteral("smtp.example.com:587"),
                     .detail = QStringLiteral("The server answered: 535 5.7.8 Error")},
                    Advice{QStringLiteral("Check the password"), {QStringLiteral("Type it again.")}}}};
        r.transcript = {
            TranscriptLine{TranscriptLine::Direction::Client,
                           QStringLiteral("AUTH PLAIN (credentials hidden)"), 1234},
            TranscriptLine{TranscriptLine::Direction::Server, QStringLiteral("535 5.7.8 Error"), 1300}};
        return r;
    }

private Q_SLOTS:
    void settingsNeverShowSecrets()
    {
        const auto settings = sample().settings;
        bool sawPassword = false;
        for (const auto& [label, value] : settings) {
            if (label == QLatin1String("Password")) {
                sawPassword = true;
                QCOMPARE(value, QStringLiteral("(hidden)"));
            }
        }
        QVERIFY(sawPassword);
    }

    void textHasFindingsAndTimedTranscript()
    {
        const QString text = sample().toText();
        QVERIFY(text.contains(QLatin1String("SMTP server: smtp.example.com")));
        QVERIFY(text.contains(QLatin1String("535 5.7.8 Error")));
        QVERIFY(text.contains(QLatin1String("Type it again.")));
        QVERIFY(text.contains(QLatin1String("  1.234 C: AUTH PLAIN (credentials hidden)")));
    }

    void htmlIsEscaped()
    {
        const QString html = sample().toHtml();
        QVERIFY2(html.contains(QStringLiteral("Caffè &lt;Età&gt;")), qPrintable(html));
        QVERIFY(!html.contains(QLatin1String("<Età>")));
        QVERIFY(html.contains(QLatin1String("<code>smtp.auth_failed</code>")));
    }

    void saveChoosesFormatByName()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(sample().save(dir.filePath(QStringLiteral("r.html")), &error));
        QVERIFY(sample().save(dir.filePath(QStringLiteral("r.txt")), &error));
        QFile html(dir.filePath(QStringLiteral("r.html")));
        QFile text(dir.filePath(QStringLiteral("r.txt")));
        QVERIFY(html.open(QIODevice::ReadOnly) && text.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
        QVERIFY(text.readAll().startsWith("Report\n======"));
        QVERIFY(!sample().save(dir.filePath(QStringLiteral("missing/dir/r.txt")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
