#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace postino::mime {

// RFC 2047 "encoded-word" encoding for header text; ASCII text is returned unchanged.
// Each encoded word stays within 75 characters and never splits a UTF-8 sequence.
QByteArray encodeHeaderText(const QString& text, int firstLineUsed = 0);
// A mailbox for From/To: display name (quoted or encoded as needed) and <address>.
QByteArray formatMailbox(const QString& displayName, const QString& address);
QByteArray encodeQuotedPrintable(const QByteArray& data);
QByteArray rfc5322Date(const QDateTime& when);

QString decodeHeaderText(const QByteArray& raw);
QByteArray decodeQuotedPrintable(const QByteArray& data);

// A parsed message or body part: unfolded headers in order, raw body.
struct Part
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // first match, case-insensitive
    QByteArray contentType() const;                  // media type only, lower-case
    QByteArray parameter(const QByteArray& headerName, const QByteArray& param) const;
    QByteArray decodedBody() const; // transfer encoding undone
    QList<Part> subparts() const;   // multipart children
};

Part parse(const QByteArray& message);

} // namespace postino::mime
