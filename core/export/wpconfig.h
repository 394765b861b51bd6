#pragma once

#include "finding.h"

#include <QByteArray>
#include <QString>

namespace postino {

// The comments that open and close Postino's block in wp-config.php. Re-exporting replaces
// everything from the line of the first to the line of the second.
QString wpConfigBlockBegin(); // "// BEGIN Postino"
QString wpConfigBlockEnd();   // "// END Postino"

// The largest wp-config.php patchWpConfig() accepts (2 MiB).
inline constexpr qsizetype kMaxWpConfigSize = qsizetype(2) * 1024 * 1024;

struct WpConfigPatch
{
    QByteArray content; // the patched file when ok, the original unchanged otherwise
    bool replacedEarlierBlock = false;
    Findings findings;
    bool ok = false;
};

// Puts `block` (PHP statements, normally ExportResult::text of ExportFormat::WpConfig) into a
// wp-config.php: before the "That's all, stop editing!" line, or before the require of wp-settings.php
// when that comment is missing, or in place of an earlier Postino block. The block takes the file's
// line endings; every other byte stays as it was. Nothing changes (a finding says why) when the file is
// larger than 2 MiB, binary, not a wp-config.php, has an unterminated string or comment, already defines
// WPMS_* constants outside Postino's block, or offers no safe place at the top level of the file.
WpConfigPatch patchWpConfig(const QByteArray& original, const QString& block);

} // namespace postino
