#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace postino {

class Profile;

// What a user sends to their host's support: the settings (never a secret), what
// Postino found, and the conversation with the server (credentials already masked).
struct SessionReport
{
    QString title;
    QDateTime when = QDateTime::currentDateTime();
    QList<QPair<QString, QString>> settings; // label, value
    Findings findings;
    QList<TranscriptLine> transcript;

    static QList<QPair<QString, QString>> describe(const Profile& profile);
    QString toText() const;
    QString toHtml() const;
    // Writes HTML when the file name ends in .html or .htm, plain text otherwise.
    bool save(const QString& path, QString* error) const;
};

} // namespace postino
