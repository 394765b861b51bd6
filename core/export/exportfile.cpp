#include "exportfile.h"

#include "export/wpconfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
};

constexpr qint64 kMaxWpConfigBytes = 2 * 1024 * 1024;

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

ExportWrite insertIntoWpConfigFile(const QString& path, const QString& block)
{
    ExportWrite result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    if (file.size() > kMaxWpConfigBytes) {
        result.findings.append(
            Finding{QStringLiteral("export.wpconfig_too_large"), Severity::Error, path,
                    Text::tr("The file is %1 bytes long; a wp-config.php is a few kilobytes. "
                             "Nothing was changed.")
                        .arg(file.size()),
                    Advice{Text::tr("Pick the right file"),
                           {Text::tr("Check that you picked the site's wp-config.php.")}}});
        return result;
    }
    const QByteArray original = file.readAll();
    file.close();
    const WpConfigPatch patch = patchWpConfig(original, block);
    result.findings = patch.findings;
    if (!patch.ok) {
        return result;
    }
    // A copy of the untouched file first, so the change can always be undone by hand.
    result.backupPath = path + QStringLiteral(".postino-backup-") +
                        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!writeAtomically(result.backupPath, original, QFileDevice::ReadOwner | QFileDevice::WriteOwner,
                         &result.error)) {
        result.backupPath.clear();
        return result;
    }
    result.ok = writeAtomically(path, patch.content, QFileInfo(path).permissions(), &result.error);
    return result;
}

} // namespace postino
