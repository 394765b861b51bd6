#include "export/exporters.h"
#include "export/exportfile.h"
#include "export/wpconfig.h"
#include "profile/profile.h"
#include "sampleprofile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace postino;

// Writing exports to disk: a file Postino did not write is never replaced, and inserting into a
// wp-config.php leaves a private, unique backup and the file's mode as it was.
class TestExportFile : public QObject
{
    Q_OBJECT

private:
    static Profile smtpProfile() { return test::sampleSmtpProfile(); }
    // The block with the password filled in, or with its placeholder.
    static QString block(bool withPassword)
    {
        ExportOptions options;
        options.includeSecrets = withPassword;
        return exportProfile(
                   smtpProfile(), ExportFormat::WpConfig,
                   [](const QString&, const QString&) { return QByteArray("s3cret"); }, options)
            .text;
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool write(const QString& path, const QByteArray& data, mode_t mode)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.flush() &&
               ::fchmod(f.handle(), mode) == 0;
    }
    static mode_t modeOf(const QString& path)
    {
        struct stat st = {};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
    }
    static QByteArray sample()
    {
        return read(QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/import-fixtures/wpconfig-smtp-single.php"))
            .replace("define( 'WPMS_", "define( 'OLD_WPMS_");
    }
    static QStringList backupsIn(const QString& dir)
    {
        return QDir(dir).entryList({QStringLiteral("*postino-backup*")}, QDir::Files, QDir::Name);
    }
    // The file without Postino's block: what it was before the insert.
    static QByteArray withoutBlock(QByteArray content)
    {
        const qsizetype begin = content.indexOf("// BEGIN Postino");
        const qsizetype endLine = content.indexOf("// END Postino");
        if (begin < 0 || endLine < 0) {
            return content;
        }
        return content.remove(begin, content.indexOf('\n', endLine) + 1 - begin);
    }

private Q_SLOTS:
    // Each format's own output is recognised as Postino's, so exporting again may replace it.
    void ownExportsMayBeReplaced_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (const ExportFormat f : {ExportFormat::WpConfig, ExportFormat::Msmtp, ExportFormat::PostfixRelay,
                                     ExportFormat::LaravelEnv, ExportFormat::SymfonyEnv,
                                     ExportFormat::PostinoProfile, ExportFormat::AlertsJson}) {
            QTest::newRow(qPrintable(exportFormatName(f))) << f;
        }
    }
    void ownExportsMayBeReplaced()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export"));
        const ExportResult r = exportProfile(smtpProfile(), format,
                                             [](const QString&, const QString&) { return QByteArray(); }, {});
        QVERIFY(!r.text.isEmpty());
        QVERIFY(writeExportFileOverOwn(path, r.text, false, format).ok); // a new file
        const bool json = format == ExportFormat::PostinoProfile || format == ExportFormat::AlertsJson;
        QVERIFY(write(path, r.text.toUtf8() + (json ? "\n" : "# edited by hand\n"), 0644));
        const ExportWrite again = writeExportFileOverOwn(path, r.text, false, format);
        QVERIFY2(again.ok, qPrintable(formatFindingsText(again.findings) + again.error));
        QCOMPARE(read(path), r.text.toUtf8());
    }

    // A wp-config.php, a hand-written file, another format's export, or the option export (which has no
    // mark) stay byte for byte as they were.
    void otherFilesAreNeverReplaced()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(write(site, sample(), 0640));
        const ExportWrite w = writeExportFileOverOwn(site, block(true), true, ExportFormat::WpConfig);
        QVERIFY(!w.ok);
        QCOMPARE(read(site), sample());
        QCOMPARE(modeOf(site), mode_t(0640));
        const Finding* f = findById(w.findings, QStringLiteral("export.file_not_postinos"));
        QVERIFY(f);
        QVERIFY(f->isError());
        QVERIFY(f->advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("--insert")));

        const QString msmtp = dir.filePath(QStringLiteral("msmtprc"));
        const QByteArray handWritten = "account default\nhost mail.example.org\n";
        QVERIFY(write(msmtp, handWritten, 0600));
        QVERIFY(!writeExportFileOverOwn(msmtp, QStringLiteral("x"), false, ExportFormat::Msmtp).ok);
        QCOMPARE(read(msmtp), handWritten);

        const QString laravel = dir.filePath(QStringLiteral("laravel.env"));
        const QByteArray symfony =
            exportProfile(smtpProfile(), ExportFormat::SymfonyEnv, {}, {}).text.toUtf8(); // not Laravel's
        QVERIFY(write(laravel, symfony, 0600));
        QVERIFY(!writeExportFileOverOwn(laravel, QStringLiteral("x"), false, ExportFormat::LaravelEnv).ok);
        QCOMPARE(read(laravel), symfony);

        const QString option = dir.filePath(QStringLiteral("wp-mail-smtp-backup.json"));
        const QByteArray optionText =
            exportProfile(smtpProfile(), ExportFormat::WpOptionJson, {}, {}).text.toUtf8();
        QVERIFY(write(option, optionText, 0600));
        QVERIFY(!writeExportFileOverOwn(option, QStringLiteral("{}"), false, ExportFormat::WpOptionJson).ok);
        QCOMPARE(read(option), optionText);
    }

    void placeholdersAreRefusedUnlessAllowed()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(write(site, sample(), 0640));
        const QString withPlaceholder = block(false);
        QCOMPARE(placeholdersIn(withPlaceholder), QStringList{QStringLiteral("PUT-YOUR-SMTP-PASSWORD-HERE")});
        const ExportWrite refused = insertIntoWpConfigFile(site, withPlaceholder);
        QVERIFY(!refused.ok);
        const Finding* f = findById(refused.findings, QStringLiteral("export.wpconfig_placeholders"));
        QVERIFY(f);
        QVERIFY(f->detail.contains(QLatin1String("PUT-YOUR-SMTP-PASSWORD-HERE")));
        QVERIFY(f->detail.contains(QLatin1String("stop sending")));
        QCOMPARE(read(site), sample());
        QCOMPARE(backupsIn(dir.path()), QStringList{});

        WpConfigInsertOptions allow;
        allow.allowPlaceholders = true;
        QVERIFY(insertIntoWpConfigFile(site, withPlaceholder, allow).ok);
        QVERIFY(read(site).contains("PUT-YOUR-SMTP-PASSWORD-HERE"));
    }

    // Two inserts in the same second make two backups; neither is served as text by a web server, and
    // neither is readable by more people than the original.
    void backupsAreUniquePrivateAndUnservable_data()
    {
        QTest::addColumn<uint>("mode");
        QTest::addColumn<uint>("backupMode");
        QTest::newRow("0644 (world-readable)") << 0644u << 0640u;
        QTest::newRow("0640") << 0640u << 0640u;
        QTest::newRow("0600") << 0600u << 0600u;
        QTest::newRow("0400") << 0400u << 0400u;
    }
    void backupsAreUniquePrivateAndUnservable()
    {
        QFETCH(uint, mode);
        QFETCH(uint, backupMode);
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(write(site, sample(), mode));
        WpConfigInsertOptions sameSecond;
        sameSecond.now = QDateTime(QDate(2026, 12, 6), QTime(20, 15, 0));

        const ExportWrite first = insertIntoWpConfigFile(site, block(true), sameSecond);
        QVERIFY2(first.ok, qPrintable(formatFindingsText(first.findings) + first.error));
        const QByteArray afterFirst = read(site);
        const ExportWrite second = insertIntoWpConfigFile(site, block(true), sameSecond);
        QVERIFY2(second.ok, qPrintable(formatFindingsText(second.findings) + second.error));

        QCOMPARE(backupsIn(dir.path()),
                 (QStringList{QStringLiteral("wp-config-postino-backup-20261206-201500-2.php"),
                              QStringLiteral("wp-config-postino-backup-20261206-201500.php")}));
        QCOMPARE(QFileInfo(first.backupPath).fileName(),
                 QStringLiteral("wp-config-postino-backup-20261206-201500.php"));
        QCOMPARE(read(first.backupPath), sample()); // the original, byte for byte
        QCOMPARE(read(second.backupPath), afterFirst);
        QCOMPARE(read(site), afterFirst); // inserting again changes nothing
        QCOMPARE(read(site).count("// BEGIN Postino"), 1);
        for (const QString& backup : {first.backupPath, second.backupPath}) {
            QVERIFY(backup.endsWith(QLatin1String(".php"))); // handed to PHP, not served as text
            QCOMPARE(modeOf(backup), mode_t(backupMode));
        }
        QCOMPARE(modeOf(site), mode_t(mode));
        // The user is told where the backup is and what it holds.
        const Finding* told = findById(first.findings, QStringLiteral("export.wpconfig_backup"));
        QVERIFY(told);
        QVERIFY(told->detail.contains(QDir::toNativeSeparators(first.backupPath)));
        QVERIFY(told->detail.contains(QLatin1String("password")));
        QVERIFY(!told->advice.steps.isEmpty());
    }

    // A wp-config.php in Latin-1 keeps every byte outside Postino's block.
    void latin1FileKeepsItsBytes()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(QStringLiteral("wp-config.php"));
        QByteArray latin1 = QString::fromUtf8(sample()).toLatin1();
        latin1.replace("<?php\n", "<?php\n// Configurazione di \xab"
                                  "Caff\xe8 Et\xe0\xbb\n");
        QVERIFY(write(site, latin1, 0640));
        const ExportWrite w = insertIntoWpConfigFile(site, block(true));
        QVERIFY2(w.ok, qPrintable(formatFindingsText(w.findings) + w.error));
        const QByteArray after = read(site);
        QVERIFY(after.contains("define( 'WPMS_SMTP_PASS', 's3cret' );"));
        QCOMPARE(withoutBlock(after), latin1);
        // The same holds for a file that starts with a UTF-8 byte order mark.
        const QByteArray bom = "\xEF\xBB\xBF" + sample();
        QVERIFY(write(site, bom, 0640));
        QVERIFY(insertIntoWpConfigFile(site, block(true)).ok);
        QCOMPARE(withoutBlock(read(site)), bom);
    }
};

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"
