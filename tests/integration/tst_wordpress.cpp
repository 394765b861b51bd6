#include "export/exporters.h"
#include "export/wpconfig.h"
#include "profile/profile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

// Debian's WordPress, unchanged, loaded with a wp-config.php that Postino patched, against a
// private MariaDB: the WPMS_* constants WordPress sees must be exactly the profile's.
class TestWordPress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordpressSeesTheProfile()
    {
        const QByteArray password = "p%41 a'b\"c\\d$e ${HOME} #x:y \xc3\xbc\xe2\x82\xac end";
        Profile p;
        p.setMailerId(QStringLiteral("smtp"));
        p.setMailerSettings(QStringLiteral("smtp"),
                            {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                             {QStringLiteral("port"), 465},
                             {QStringLiteral("encryption"), QStringLiteral("ssl")},
                             {QStringLiteral("auth"), true},
                             {QStringLiteral("user"), QStringLiteral("web@example.com")}});
        p.sender().fromEmail = QStringLiteral("hello@example.com");
        p.sender().fromName = QStringLiteral("Caffè \"Età\" l'Oro");
        ExportOptions options;
        options.includeSecrets = true;
        const ExportResult block = exportProfile(
            p, ExportFormat::WpConfig, [&](const QString&, const QString&) { return password; }, options);
        QVERIFY(block.containsSecrets);

        QTemporaryDir dir;
        QFile sample(QStringLiteral("/usr/share/wordpress/wp-config-sample.php"));
        QVERIFY2(sample.open(QIODevice::ReadOnly), "Debian's wordpress package is missing");
        QByteArray config = sample.readAll();
        config.replace("database_name_here", "wp")
            .replace("username_here", "wp")
            .replace("password_here", "wp");
        config.replace("'localhost'", QByteArray("'localhost:" + dir.path().toUtf8() + "/sock'"));
        const WpConfigPatch patch = patchWpConfig(config, block.text);
        QVERIFY(patch.ok);
        QFile out(dir.filePath(QStringLiteral("wp-config.php")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(patch.content);
        out.close();

        QProcess load;
        load.start(QStringLiteral(POSTINO_SOURCE_DIR "/tests/harness/wordpress/load-wordpress.sh"),
                   {dir.path()});
        QVERIFY(load.waitForFinished(120000));
        const QByteArray err = load.readAllStandardError();
        QVERIFY2(load.exitCode() == 0, err.constData());
        const QJsonObject seen = QJsonDocument::fromJson(load.readAllStandardOutput()).object();
        QCOMPARE(seen.value(QStringLiteral("blog")).toString(), QStringLiteral("Postino test"));
        QVERIFY(!seen.value(QStringLiteral("wpVersion")).toString().isEmpty());
        const QJsonObject c = seen.value(QStringLiteral("constants")).toObject();
        QCOMPARE(c.value(QStringLiteral("WPMS_ON")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("WPMS_MAILER")).toString(), QStringLiteral("smtp"));
        QCOMPARE(c.value(QStringLiteral("WPMS_SMTP_HOST")).toString(), QStringLiteral("smtp.example.com"));
        QVERIFY(c.value(QStringLiteral("WPMS_SMTP_PORT")).isDouble()); // an int, not a string
        QCOMPARE(c.value(QStringLiteral("WPMS_SMTP_PORT")).toInt(), 465);
        QCOMPARE(c.value(QStringLiteral("WPMS_SSL")).toString(), QStringLiteral("ssl"));
        QCOMPARE(c.value(QStringLiteral("WPMS_SMTP_AUTH")).toBool(), true);
        QCOMPARE(c.value(QStringLiteral("WPMS_SMTP_USER")).toString(), QStringLiteral("web@example.com"));
        QCOMPARE(c.value(QStringLiteral("WPMS_SMTP_PASS")).toString().toUtf8(), password);
        QCOMPARE(c.value(QStringLiteral("WPMS_MAIL_FROM")).toString(), QStringLiteral("hello@example.com"));
        QCOMPARE(c.value(QStringLiteral("WPMS_MAIL_FROM_NAME")).toString(),
                 QStringLiteral("Caffè \"Età\" l'Oro"));
        QCOMPARE(c.value(QStringLiteral("WPMS_MAIL_FROM_FORCE")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestWordPress)
#include "tst_wordpress.moc"
