#include "export/exporters.h"
#include "message/mime.h"
#include "profile/profile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

// The exports handed to the programs that read them on a server: msmtp sends through the
// real Postfix of the mail-server harness, postconf and postmap read the Postfix lines,
// phpdotenv (Laravel's reader) and Symfony's Dotenv read the .env lines.
class TestExportTools : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // Every character that breaks naive quoting, plus non-ASCII.
    const QByteArray m_password = qgetenv("POSTINO_TEST_PASSWORD");

    static QString env(const char* name) { return qEnvironmentVariable(name); }

    Profile profile() const
    {
        Profile p;
        p.setMailerId(QStringLiteral("smtp"));
        p.setMailerSettings(QStringLiteral("smtp"), {{QStringLiteral("host"), env("POSTINO_TEST_SMTP_HOST")},
                                                     {QStringLiteral("port"), 587},
                                                     {QStringLiteral("encryption"), QStringLiteral("tls")},
                                                     {QStringLiteral("auth"), true},
                                                     {QStringLiteral("user"), env("POSTINO_TEST_USER")}});
        p.sender().fromEmail = env("POSTINO_TEST_USER");
        p.sender().fromName = QStringLiteral("Caffè Età");
        return p;
    }

    QString exported(ExportFormat format) const
    {
        ExportOptions options;
        options.includeSecrets = true;
        const QByteArray password = m_password;
        return exportProfile(
                   profile(), format,
                   [password](const QString&, const QString& field) {
                       return field == QLatin1String("pass") ? password : QByteArray();
                   },
                   options)
            .text;
    }

    QString write(const QString& name, const QByteArray& data) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            return {};
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return f.fileName();
    }

    static QByteArray run(const QString& program, const QStringList& args, const QByteArray& input = {},
                          int* exitCode = nullptr)
    {
        QProcess p;
        p.start(program, args);
        if (!input.isEmpty()) {
            p.write(input);
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(60000)) {
            p.kill();
        }
        if (exitCode) {
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty()) {
            qInfo().noquote() << program << "said:" << err.left(2000);
        }
        return p.readAllStandardOutput();
    }

    // The lines of one "---- FILE ----" section of the Postfix export, without comments.
    static QStringList section(const QString& text, const QString& marker)
    {
        QStringList out;
        bool inside = false;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("# ----"))) {
                if (line.contains(QLatin1String("/etc/postfix/"))) { // a heading names its file
                    inside = line.contains(marker);
                }
                continue;
            }
            if (inside && !line.trimmed().isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                out << line;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!env("POSTINO_TEST_SMTP_HOST").isEmpty(),
                 "run this test through tests/harness/mailserver/run-with-mailserver.sh");
        QVERIFY(m_password.contains('"') && m_password.contains('\\'));
    }

    void msmtpSendsThroughPostfix()
    {
        QString rc = exported(ExportFormat::Msmtp);
        QVERIFY(rc.contains(QLatin1String("account default")));
        // The only addition: trust the harness's test CA, as a private server's admin would.
        rc += QStringLiteral("\ntls_trust_file %1\n").arg(env("POSTINO_TEST_CA"));
        const QString path = write(QStringLiteral("msmtprc"), rc.toUtf8());
        QVERIFY(!path.isEmpty());
        const QByteArray marker = "export-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray message = "To: " + env("POSTINO_TEST_USER2").toUtf8() +
                                   "\nSubject: msmtp export\nX-Export-Test: " + marker +
                                   "\n\nsent by msmtp with Postino's configuration\n";
        int code = -1;
        run(QStringLiteral("msmtp"), {QStringLiteral("-C"), path, QStringLiteral("-t")}, message, &code);
        QCOMPARE(code, 0);
        const QDir inbox(env("POSTINO_TEST_MAILDIR_BOB") + QStringLiteral("/new"));
        QElapsedTimer t;
        t.start();
        bool found = false;
        while (!found && t.elapsed() < 20000) {
            for (const QString& name : inbox.entryList(QDir::Files)) {
                QFile f(inbox.filePath(name));
                found = found || (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker));
            }
            QTest::qWait(100);
        }
        QVERIFY2(found, "msmtp's message did not arrive");
    }

    void postconfAndPostmapReadThePostfixLines()
    {
        const QString text = exported(ExportFormat::PostfixRelay);
        const QStringList mainCf = section(text, QStringLiteral("main.cf"));
        const QStringList saslPasswd = section(text, QStringLiteral("sasl_passwd"));
        QVERIFY(!mainCf.isEmpty());
        QCOMPARE(saslPasswd.size(), 1);
        QDir().mkpath(m_dir.filePath(QStringLiteral("postfix")));
        QVERIFY(!write(QStringLiteral("postfix/main.cf"), mainCf.join(QLatin1Char('\n')).toUtf8() + '\n')
                     .isEmpty());
        QVERIFY(!write(QStringLiteral("postfix/master.cf"), "# empty\n").isEmpty());
        const QString configDir = m_dir.filePath(QStringLiteral("postfix"));
        int code = -1;
        const QByteArray relayhost = run(QStringLiteral("postconf"),
                                         {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("postfix")),
                                          QStringLiteral("-h"), QStringLiteral("relayhost")},
                                         {}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(relayhost.trimmed(), QByteArray("[" + env("POSTINO_TEST_SMTP_HOST").toUtf8() + "]:587"));
        const QByteArray level = run(QStringLiteral("postconf"),
                                     {QStringLiteral("-c"), m_dir.filePath(QStringLiteral("postfix")),
                                      QStringLiteral("-h"), QStringLiteral("smtp_tls_security_level")});
        QCOMPARE(level.trimmed(), QByteArray("encrypt"));

        const QString map = write(QStringLiteral("sasl_passwd"), saslPasswd.first().toUtf8() + '\n');
        run(QStringLiteral("postmap"), {QStringLiteral("-c"), configDir, map}, {}, &code);
        QCOMPARE(code, 0);
        const QByteArray value = run(QStringLiteral("postmap"),
                                     {QStringLiteral("-c"), configDir, QStringLiteral("-q"),
                                      QStringLiteral("[%1]:587").arg(env("POSTINO_TEST_SMTP_HOST")),
                                      QStringLiteral("hash:") + map},
                                     {}, &code);
        QCOMPARE(code, 0);
        QCOMPARE(value.chopped(1), env("POSTINO_TEST_USER").toUtf8() + ':' + m_password);
    }

    void laravelEnvReadsBackWithPhpdotenv()
    {
        const QString path = write(QStringLiteral(".env"), exported(ExportFormat::LaravelEnv).toUtf8());
        const QString script =
            QStringLiteral("require '/usr/share/php/Dotenv/autoload.php';"
                           "$d = Dotenv\\Dotenv::createArrayBacked('%1', '.env')->load();"
                           "echo json_encode(['pass' => $d['MAIL_PASSWORD'], 'user' => $d['MAIL_USERNAME'],"
                           " 'host' => $d['MAIL_HOST'], 'name' => $d['MAIL_FROM_NAME']]);")
                .arg(m_dir.path());
        int code = -1;
        const QJsonObject read =
            QJsonDocument::fromJson(run(QStringLiteral("php"), {QStringLiteral("-r"), script}, {}, &code))
                .object();
        QCOMPARE(code, 0);
        QCOMPARE(read.value(QStringLiteral("pass")).toString().toUtf8(), m_password);
        QCOMPARE(read.value(QStringLiteral("user")).toString(), env("POSTINO_TEST_USER"));
        QCOMPARE(read.value(QStringLiteral("host")).toString(), env("POSTINO_TEST_SMTP_HOST"));
        QCOMPARE(read.value(QStringLiteral("name")).toString(), QStringLiteral("Caffè Età"));
        QVERIFY(!path.isEmpty());
    }

    void symfonyDsnReadsBackWithSymfonyDotenv()
    {
        const QString path =
            write(QStringLiteral("symfony.env"), exported(ExportFormat::SymfonyEnv).toUtf8());
        const QString script =
            QStringLiteral(
                "require '/usr/share/php/Symfony/Component/Dotenv/autoload.php';"
                "$v = (new Symfony\\Component\\Dotenv\\Dotenv())->parse(file_get_contents('%1'));"
                "$u = parse_url($v['MAILER_DSN']);"
                "echo json_encode(['scheme' => $u['scheme'], 'host' => $u['host'], 'port' => $u['port'],"
                " 'user' => urldecode($u['user']), 'pass' => urldecode($u['pass'])]);")
                .arg(path);
        int code = -1;
        const QJsonObject read =
            QJsonDocument::fromJson(run(QStringLiteral("php"), {QStringLiteral("-r"), script}, {}, &code))
                .object();
        QCOMPARE(code, 0);
        QCOMPARE(read.value(QStringLiteral("scheme")).toString(), QStringLiteral("smtp"));
        QCOMPARE(read.value(QStringLiteral("host")).toString(), env("POSTINO_TEST_SMTP_HOST"));
        QCOMPARE(read.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(read.value(QStringLiteral("user")).toString(), env("POSTINO_TEST_USER"));
        QCOMPARE(read.value(QStringLiteral("pass")).toString().toUtf8(), m_password);
    }
};

QTEST_GUILESS_MAIN(TestExportTools)
#include "tst_export_tools.moc"
