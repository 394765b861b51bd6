#include "profile/profile.h"
#include "sampleprofile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <unistd.h>

using namespace postino;

// postino-cli export onto a site's wp-config.php, as an administrator runs it on the server (as root,
// through sudo): Debian's wp-config-sample.php owned by the web server's user, never replaced by --out,
// changed by --insert only with a backup, keeping its owner, group and mode, and PHP still reading it.
class TestCliWpConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_profile;
    // Not root's and not the test's: the file belongs to the site (Debian's www-data is 33).
    static constexpr uid_t kSiteUid = 33;
    static constexpr gid_t kSiteGid = 33;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args, const QString& password = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("POSTINO_PASSWORD"));
        if (!password.isEmpty()) {
            env.insert(QStringLiteral("POSTINO_PASSWORD"), password);
        }
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                QStringList{QStringLiteral("export"), QStringLiteral("--profile"), m_profile,
                            QStringLiteral("--format"), QStringLiteral("wp-config")} +
                    args);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // A copy of Debian's sample, owned by the site's user with the given mode.
    static bool siteConfig(const QString& path, const QByteArray& content, mode_t mode)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size() && f.flush() &&
               ::fchown(f.handle(), kSiteUid, kSiteGid) == 0 && ::fchmod(f.handle(), mode) == 0;
    }
    static QByteArray debianSample()
    {
        return read(QStringLiteral("/usr/share/wordpress/wp-config-sample.php"));
    }
    static struct stat statOf(const QString& path)
    {
        struct stat st = {};
        ::stat(QFile::encodeName(path).constData(), &st);
        return st;
    }
    static QStringList backupsIn(const QString& dir)
    {
        return QDir(dir).entryList({QStringLiteral("*postino-backup*")}, QDir::Files, QDir::Name);
    }
    static QString phpLint(const QString& path)
    {
        QProcess php;
        php.start(QStringLiteral("php"), {QStringLiteral("-l"), path});
        if (!php.waitForFinished(60000)) {
            return QStringLiteral("php -l did not finish");
        }
        return php.exitCode() == 0 ? QString() : QString::fromUtf8(php.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "run as root (the integration tests need it): files change owner here");
        QVERIFY2(!debianSample().isEmpty(), "Debian's wordpress package is missing");
        const Profile p =
            test::sampleSmtpProfile(QStringLiteral("web@example.com"), QStringLiteral("Caff\u00e8 Et\u00e0"));
        m_profile = m_home.filePath(QStringLiteral("profile.json"));
        QFile f(m_profile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(p.toJson()).toJson());
    }

    void outNeverReplacesTheSiteConfig()
    {
        QTemporaryDir site;
        const QString config = site.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(siteConfig(config, debianSample(), 0640));
        const Run r = cli({QStringLiteral("--include-secrets"), QStringLiteral("--out"), config},
                          QStringLiteral("s3cret"));
        QCOMPARE(r.code, 2);
        QCOMPARE(read(config), debianSample());
        QVERIFY2(r.err.contains(QLatin1String("--insert")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("another name")));
        QCOMPARE(statOf(config).st_uid, kSiteUid);

        // A file Postino wrote before may be written again.
        const QString own = site.filePath(QStringLiteral("wp-config-postino.txt"));
        QCOMPARE(cli({QStringLiteral("--out"), own}).code, 0);
        QCOMPARE(cli({QStringLiteral("--out"), own}).code, 0);
        QVERIFY(read(own).startsWith("// BEGIN Postino"));
    }

    void insertKeepsOwnerModeAndMakesPrivateBackups()
    {
        QTemporaryDir site;
        const QString config = site.filePath(QStringLiteral("wp-config.php"));
        const QByteArray original = debianSample();
        QVERIFY(siteConfig(config, original, 0644));

        // Two inserts in the same second: retried when the clock ticks between them, so that the case
        // that once overwrote the first backup is the one tested.
        Run first, second;
        for (int attempt = 0; attempt < 5; ++attempt) {
            QVERIFY(siteConfig(config, original, 0644));
            for (const QString& old : backupsIn(site.path())) {
                QVERIFY(QFile::remove(site.filePath(old)));
            }
            const qint64 before = QDateTime::currentSecsSinceEpoch();
            first = cli({QStringLiteral("--include-secrets"), QStringLiteral("--insert"), config},
                        QStringLiteral("s3cret"));
            second = cli({QStringLiteral("--include-secrets"), QStringLiteral("--insert"), config},
                         QStringLiteral("s3cret"));
            if (QDateTime::currentSecsSinceEpoch() == before) {
                break;
            }
        }
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));

        const QByteArray patched = read(config);
        QVERIFY(patched.contains("define( 'WPMS_SMTP_PASS', 's3cret' );"));
        QCOMPARE(patched.count("// BEGIN Postino"), 1);
        // Before the "stop editing" line, the rest of Debian's file unchanged.
        QVERIFY(patched.indexOf("// END Postino") < patched.indexOf("That's all, stop editing!"));
        const QString lint = phpLint(config);
        QVERIFY2(lint.isEmpty(), qPrintable(lint));
        const struct stat st = statOf(config);
        QCOMPARE(st.st_uid, kSiteUid);
        QCOMPARE(st.st_gid, kSiteGid);
        QCOMPARE(st.st_mode & 07777, mode_t(0644));

        // Two backups, the first the untouched original; both private to the site's owner and group and
        // named so that a web server runs them through PHP instead of sending their text.
        const QStringList backups = backupsIn(site.path());
        QCOMPARE(backups.size(), 2);
        QVERIFY(backups.at(0) != backups.at(1));
        QByteArray firstBackup, secondBackup;
        for (const QString& name : backups) {
            const QString path = site.filePath(name);
            QVERIFY2(name.startsWith(QLatin1String("wp-config-postino-backup-")) &&
                         name.endsWith(QLatin1String(".php")),
                     qPrintable(name));
            const struct stat b = statOf(path);
            QCOMPARE(b.st_uid, kSiteUid);
            QCOMPARE(b.st_gid, kSiteGid);
            QCOMPARE(b.st_mode & 07777, mode_t(0640)); // not readable by other users, unlike the original
            (first.out.contains(name) ? firstBackup : secondBackup) = read(path);
        }
        QCOMPARE(firstBackup, original);
        QCOMPARE(secondBackup, patched);
        // The user is told where the backup is and that it holds secrets.
        QVERIFY2(first.out.contains(QLatin1String("postino-backup")), qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String("database password")));
        QVERIFY(!first.out.contains(QLatin1String("s3cret")) && !first.err.contains(QLatin1String("s3cret")));
    }

    void placeholdersNeedAllowing()
    {
        QTemporaryDir site;
        const QString config = site.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(siteConfig(config, debianSample(), 0640));
        const Run refused = cli({QStringLiteral("--insert"), config});
        QCOMPARE(refused.code, 2);
        QVERIFY2(refused.err.contains(QLatin1String("PUT-YOUR-SMTP-PASSWORD-HERE")), qPrintable(refused.err));
        QVERIFY(refused.err.contains(QLatin1String("stop sending")));
        QVERIFY(refused.err.contains(QLatin1String("--allow-placeholders")));
        QCOMPARE(read(config), debianSample());
        QCOMPARE(backupsIn(site.path()), QStringList{});

        const Run allowed = cli({QStringLiteral("--insert"), config, QStringLiteral("--allow-placeholders")});
        QVERIFY2(allowed.code == 0, qPrintable(allowed.out + allowed.err));
        QVERIFY(read(config).contains("PUT-YOUR-SMTP-PASSWORD-HERE"));
        QCOMPARE(statOf(config).st_mode & 07777, mode_t(0640));
        const QString lint = phpLint(config);
        QVERIFY2(lint.isEmpty(), qPrintable(lint));
    }

    void insertNeedsTheWpConfigFormat()
    {
        QTemporaryDir site;
        const QString config = site.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(siteConfig(config, debianSample(), 0640));
        QProcess p;
        p.start(QStringLiteral(POSTINO_BINARY_DIR "/app/postino-cli"),
                {QStringLiteral("export"), QStringLiteral("--profile"), m_profile, QStringLiteral("--format"),
                 QStringLiteral("msmtp"), QStringLiteral("--insert"), config});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(read(config), debianSample());
    }
};

QTEST_GUILESS_MAIN(TestCliWpConfig)
#include "tst_cli_wpconfig.moc"
