#pragma once

#include "finding.h"
#include "profile/profile.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace postino {

// What an import read from a file or a pasted text. Nothing here has been saved: the caller
// shows `imported`, `findings` and `secretsToEnter`, then decides whether to use `profile` and
// where to keep `secrets` (session or keychain). Secrets never reach `profile`.
struct ImportResult
{
    bool ok = false;
    Profile profile;      // what was read; an untouched default Profile when !ok
    QString source;       // "wp-config.php", "wp_mail_smtp option", "Postino profile", "Post SMTP", ...
    QStringList imported; // human-readable list of what was taken over ("SMTP server", "From email", ...)
    QHash<QString, QByteArray> secrets; // keyed Profile::secretKey(mailer, field)
    QStringList secretsToEnter;         // labels of the chosen mailer's secrets the source did not hold
    Findings findings;                  // errors when !ok; warnings for ignored or odd values
};

// The largest file or text an import reads (10 MiB); anything longer is refused unread.
inline constexpr qint64 kMaxImportBytes = qint64(10) * 1024 * 1024;

// Reads one of the formats below; the format is recognised from the content, not the name (each
// format is one importer of import/importer.h, tried in the order of its registry):
//  - a wp-config.php (or a snippet of it): WPMS_* or EASY_WP_SMTP_* define()s, read without
//    running any PHP;
//  - the wp_mail_smtp option as `wp option get wp_mail_smtp --format=json` prints it;
//  - a Postino profile;
//  - other plugins' options as JSON: Easy WP SMTP 1.x (swpsmtp_options), Post SMTP
//    (postman_options, or its base64 settings export), SMTP Mailer (smtp_mailer_options),
//    WP SMTP (wp_smtp_options) and FluentSMTP (fluentmail-settings, default connection).
ImportResult importFile(const QString& path);
// `nameHint` names the source in findings (e.g. the file name) and breaks ties in detection.
ImportResult importData(const QByteArray& data, const QString& nameHint = {});

} // namespace postino
