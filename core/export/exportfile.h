#pragma once

#include "finding.h"

#include <QString>

namespace postino {

struct ExportWrite
{
    bool ok = false;
    QString error;      // why the file could not be written
    QString backupPath; // the copy of the file made before changing it
    Findings findings;  // why a wp-config.php was not changed
};

// Writes an export atomically. A file holding secrets is made readable by its owner only.
ExportWrite writeExportFile(const QString& path, const QString& text, bool containsSecrets);
// Inserts (or replaces) Postino's block in a wp-config.php, keeping a backup of the original
// next to it and the file's permissions. Nothing changes unless every check passes.
ExportWrite insertIntoWpConfigFile(const QString& path, const QString& block);

} // namespace postino
