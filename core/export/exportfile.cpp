#include "exportfile.h"

#include "export/wpconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

// Postino's exports are a few kilobytes; a longer file is not one of them.
constexpr qint64 kMaxOwnExportBytes = 1024 * 1024;

bool writeAtomically(const QString& path, const QByteArray& data, QFileDevice::Permissions permissions,
                     QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(permissions);
    if (file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

// The first line that is not blank, without a UTF-8 byte order mark.
QByteArray firstLine(const QByteArray& content)
{
    QByteArrayView rest(content);
    if (rest.startsWith("\xEF\xBB\xBF")) {
        rest = rest.sliced(3);
    }
    rest = rest.trimmed();
    const qsizetype end = rest.indexOf('\n');
    return (end < 0 ? rest : rest.first(end)).trimmed().toByteArray();
}

Finding refusal(const QString& id, const QString& subject, const QString& detail, const QString& title,
                const QStringList& steps)
{
    return Finding{Severity::Error, {.id = id, .subject = subject, .detail = detail}, Advice{title, steps}};
}

// Where the copy of the untouched wp-config.php goes. wp-config.php usually sits in the web server's
// document root, and a copy named like "wp-config.php.bak" there is served as plain text to whoever asks:
// the database password and the keys in one download. Postino does not know where the document root ends,
// so the copy stays next to the original (which is writable, as the original is about to be rewritten)
// under a name that ends in ".php": web servers hand such files to PHP instead of sending their text.
// Run that way, the copy does what wp-config.php itself does when requested (it defines constants and
// loads WordPress) and prints nothing. Its content stays byte-identical, so undoing is a rename; a guard
// such as "<?php exit;" in front would not be the original any more. The mode is at most owner
// read/write and group read, so where PHP runs as another user a request fails instead of reading it.
// Names carry the time to the second and a counter, and are created exclusively: a second insert in the
// same second gets "-2", never the first backup.
QString createBackup(const QString& target, const QByteArray& original, const QDateTime& now, QString* error)
{
    const QFileInfo info(target);
    const QString base = info.dir().filePath(info.completeBaseName() + QStringLiteral("-postino-backup-") +
                                             now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0) {
        *error = QString::fromLocal8Bit(strerror(errno));
        return {};
    }
#endif
    for (int n = 1; n <= 999; ++n) {
        const QString candidate =
            base + (n == 1 ? QString() : QLatin1Char('-') + QString::number(n)) + QStringLiteral(".php");
        QFile backup(candidate);
        // Owner-only from the first byte; widened below to what the original allows, never further.
        if (!backup.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                         QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(candidate) || QFileInfo(candidate).isSymLink()) {
                continue;
            }
            *error = backup.errorString();
            return {};
        }
        bool ok = backup.write(original) == original.size() && backup.flush();
#ifdef Q_OS_UNIX
        const int fd = backup.handle();
        // Owned like the original when allowed (as root); if the group cannot be kept, no group access.
        const bool sameOwner = ::fchown(fd, st.st_uid, st.st_gid) == 0;
        ok = ok && ::fchmod(fd, st.st_mode & (sameOwner ? 0640 : 0600)) == 0 && ::fsync(fd) == 0;
#endif
        if (!ok) {
            *error = backup.errorString();
            backup.close();
            backup.remove();
            return {};
        }
        backup.close();
        return candidate;
    }
    *error = Text::tr("There are already 999 backups from the same second.");
    return {};
}

} // namespace

ExportWrite writeExportFile(const QString& path, const QString& text, bool containsSecrets)
{
    ExportWrite result;
    const auto permissions = containsSecrets ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                             : (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
    result.ok = writeAtomically(path, text.toUtf8(), permissions, &result.error);
    return result;
}

bool isPostinoExport(const QByteArray& content, ExportFormat format)
{
    const QByteArray head = firstLine(content);
    switch (format) {
    case ExportFormat::WpConfig:
        return head.startsWith(wpConfigBlockBegin().toUtf8());
    case ExportFormat::Msmtp:
        return head.startsWith("# msmtp configuration written by Postino");
    case ExportFormat::PostfixRelay:
        return head.startsWith("# Postfix relay settings written by Postino");
    case ExportFormat::LaravelEnv:
        return head.startsWith("# Laravel mail settings written by Postino");
    case ExportFormat::SymfonyEnv:
        return head.startsWith("# Symfony Mailer settings written by Postino");
    case ExportFormat::PostinoProfile:
    case ExportFormat::AlertsJson: {
        const QJsonDocument doc = QJsonDocument::fromJson(content);
        const QString wanted = format == ExportFormat::PostinoProfile ? QStringLiteral("postino-profile")
                                                                      : QStringLiteral("postino-alerts");
        return doc.isObject() && doc.object().value(QLatin1String("format")).toString() == wanted;
    }
    case ExportFormat::WpOptionJson:
        return false;
    }
    return false;
}

ExportWrite writeExportFileOverOwn(const QString& path, const QString& text, bool containsSecrets,
                                   ExportFormat format)
{
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        ExportWrite result;
        if (info.isDir()) {
            result.error = Text::tr("%1 is a folder.").arg(QDir::toNativeSeparators(path));
            return result;
        }
        QFile existing(path);
        const bool ours = existing.open(QIODevice::ReadOnly) && existing.size() <= kMaxOwnExportBytes &&
                          isPostinoExport(existing.read(kMaxOwnExportBytes), format);
        if (!ours) {
            QStringList steps;
            if (format == ExportFormat::WpConfig) {
                steps << Text::tr(
                    "To add the settings to a site's wp-config.php, insert them instead "
                    "(postino-cli export --format wp-config --insert FILE, or Insert into "
                    "wp-config.php… in the wizard): the rest of the file stays, and a backup is "
                    "made first.");
            }
            steps << Text::tr("Or write the export to a new file with another name.");
            result.findings.append(refusal(
                QStringLiteral("export.file_not_postinos"), QDir::toNativeSeparators(path),
                Text::tr("%1 already exists and is not a file Postino wrote for this format, so it was left "
                         "as it is: replacing it would lose what it holds.")
                    .arg(QDir::toNativeSeparators(path)),
                Text::tr("Keep the existing file"), steps));
            return result;
        }
    }
    return writeExportFile(path, text, containsSecrets);
}

QStringList placeholdersIn(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("PUT-YOUR-[A-Z0-9-]+?-HERE"));
    QStringList found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!found.contains(p)) {
            found << p;
        }
    }
    return found;
}

ExportWrite insertIntoWpConfigFile(const QString& path, const QString& block,
                                   const WpConfigInsertOptions& options)
{
    ExportWrite result;
    const QString shownPath = QDir::toNativeSeparators(path);
    const QStringList placeholders = placeholdersIn(block);
    if (!placeholders.isEmpty() && !options.allowPlaceholders) {
        result.findings.append(refusal(
            QStringLiteral("export.wpconfig_placeholders"), shownPath,
            Text::tr("The settings still hold placeholders (%1). WordPress would try to log in with the "
                     "placeholder and stop sending email, so %2 was not changed.")
                .arg(placeholders.join(QStringLiteral(", ")), shownPath),
            Text::tr("Fill in the placeholders first"),
            {Text::tr("Enter the passwords and keys in Postino and include them in the export, then insert "
                      "again."),
             Text::tr("To insert anyway and replace the placeholders by hand on the server at once, confirm "
                      "it (postino-cli: --allow-placeholders).")}));
        return result;
    }
    // The real file behind a symbolic link: that is what gets rewritten and whose owner and mode count.
    const QString target = QFileInfo(path).canonicalFilePath();
    QFile file(target);
    if (target.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        result.error = target.isEmpty() ? Text::tr("The file does not exist.") : file.errorString();
        return result;
    }
    if (file.size() > kMaxWpConfigSize) {
        result.findings.append(refusal(
            QStringLiteral("export.wpconfig_too_large"), shownPath,
            Text::tr("The file is %1 bytes long; a wp-config.php is a few kilobytes. "
                     "Nothing was changed.")
                .arg(file.size()),
            Text::tr("Pick the right file"), {Text::tr("Check that you picked the site's wp-config.php.")}));
        return result;
    }
    // patchWpConfig works on bytes, so a file in Latin-1 keeps every byte outside Postino's block.
    const QByteArray original = file.readAll();
    file.close();
    const WpConfigPatch patch = patchWpConfig(original, block);
    result.findings = patch.findings;
    if (!patch.ok) {
        return result;
    }

    QSaveFile rewritten(target);
    if (!rewritten.open(QIODevice::WriteOnly)) {
        result.error = rewritten.errorString();
        return result;
    }
#ifdef Q_OS_UNIX
    // QSaveFile writes a new file and renames it over the old one, so the new file would belong to
    // whoever runs Postino (often root, through sudo) with the default mode: the web server could then no
    // longer read the site's configuration. It gets the original's owner, group and mode instead.
    struct stat st = {};
    const int fd = rewritten.handle();
    struct stat now = {};
    if (::stat(QFile::encodeName(target).constData(), &st) != 0 || ::fstat(fd, &now) != 0) {
        result.error = QString::fromLocal8Bit(strerror(errno));
        rewritten.cancelWriting();
        return result;
    }
    if ((now.st_uid != st.st_uid || now.st_gid != st.st_gid) && ::fchown(fd, st.st_uid, st.st_gid) != 0) {
        const QFileInfo info(target);
        result.findings.append(refusal(
            QStringLiteral("export.wpconfig_owner"), shownPath,
            Text::tr("Postino cannot give the rewritten file its owner and group (%1:%2) as this user, "
                     "and the site might not be able to read it otherwise. Nothing was changed.")
                .arg(info.owner().isEmpty() ? QString::number(st.st_uid) : info.owner(),
                     info.group().isEmpty() ? QString::number(st.st_gid) : info.group()),
            Text::tr("Insert as the file's owner"),
            {Text::tr("Run Postino as the file's owner, or with sudo.")}));
        rewritten.cancelWriting();
        return result;
    }
    if (::fchmod(fd, st.st_mode & 07777) != 0) {
        result.error = QString::fromLocal8Bit(strerror(errno));
        rewritten.cancelWriting();
        return result;
    }
#else
    rewritten.setPermissions(QFileInfo(target).permissions());
#endif

    // A copy of the untouched file first, so the change can always be undone by hand.
    QString backupError;
    const QString backup = createBackup(
        target, original, options.now.isValid() ? options.now : QDateTime::currentDateTime(), &backupError);
    if (backup.isEmpty()) {
        result.error = Text::tr("No backup could be made (%1), so nothing was changed.").arg(backupError);
        rewritten.cancelWriting();
        return result;
    }
    if (rewritten.write(patch.content) != patch.content.size() || !rewritten.commit()) {
        result.error = rewritten.errorString();
        QFile::remove(backup); // nothing changed, so the copy of the secrets has no use
        return result;
    }
    result.ok = true;
    result.backupPath = backup;
    result.findings.append(Finding{
        Severity::Info,
        {.id = QStringLiteral("export.wpconfig_backup"),
         .subject = QDir::toNativeSeparators(backup),
         .detail =
             Text::tr(
                 "The original file is kept as %1. Like wp-config.php itself, it holds the site's database "
                 "password and secret keys.")
                 .arg(QDir::toNativeSeparators(backup))},
        Advice{
            Text::tr("Keep the backup safe"),
            {Text::tr("Once the site sends email, delete the backup or move it out of the website's "
                      "folders."),
             Text::tr("To undo the change, rename the backup to %1.").arg(QFileInfo(target).fileName())}}});
    return result;
}

} // namespace postino
