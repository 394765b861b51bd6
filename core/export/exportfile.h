#pragma once

#include "export/exporters.h"
#include "finding.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace postino {

struct ExportWrite
{
    bool ok = false;
    QString error;      // why the file could not be written
    QString backupPath; // the copy of the file made before changing it
    Findings findings;  // why the file was not changed; after an insert, where the backup is
};

// Writes an export atomically. A file holding secrets is made readable by its owner only.
ExportWrite writeExportFile(const QString& path, const QString& text, bool containsSecrets);

// Whether `content` is a file Postino wrote for `format`, recognised by the mark each format starts with:
//   wp-config  its first line starts with "// BEGIN Postino" (the block on its own, not a wp-config.php);
//   msmtp, postfix, laravel, symfony  its first line is Postino's header comment, e.g.
//              "# msmtp configuration written by Postino for …";
//   profile, alerts  a JSON object whose "format" is "postino-profile" or "postino-alerts";
//   wp-option  never: the wp_mail_smtp option has no room for a mark, and a file of that shape may be the
//              backup "wp option get" made of the site's own settings.
bool isPostinoExport(const QByteArray& content, ExportFormat format);

// writeExportFile, except that a file already at `path` is only replaced when Postino wrote it for this
// format (isPostinoExport); any other file stays as it is, ok is false and a finding
// (export.file_not_postinos) says why and what to do instead.
ExportWrite writeExportFileOverOwn(const QString& path, const QString& text, bool containsSecrets,
                                   ExportFormat format);

// The placeholders ("PUT-YOUR-…-HERE") left in an export's text.
QStringList placeholdersIn(const QString& text);

struct WpConfigInsertOptions
{
    // A block with placeholders is refused unless the user confirmed it: WordPress would log in with the
    // placeholder and stop sending.
    bool allowPlaceholders = false;
    // The time in the backup's name; the current time when invalid.
    QDateTime now;
};

// Inserts (or replaces) Postino's block in a wp-config.php, after copying the original to a new backup
// file next to it (see createBackup in exportfile.cpp for why there). The rewritten file keeps its owner,
// group and mode; the backup is never wider than the original (owner read/write, group read at most).
// Nothing changes unless every check passes.
ExportWrite insertIntoWpConfigFile(const QString& path, const QString& block,
                                   const WpConfigInsertOptions& options = {});

} // namespace postino
