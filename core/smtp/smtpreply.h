#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

// One SMTP reply, possibly multi-line (RFC 5321 §4.2), with its RFC 3463 enhanced code.
struct SmtpReply
{
    int code = 0;
    QString enhancedCode; // "5.7.8" or empty
    QStringList lines;    // text after "NNN-"/"NNN ", enhanced code included as sent

    bool isPositive() const { return code >= 200 && code < 400; }
    bool isTransient() const { return code >= 400 && code < 500; }
    bool isPermanent() const { return code >= 500; }
    QString text() const;     // all lines joined by a space
    QString toString() const; // "535 5.7.8 Error: authentication failed"
};

// Accumulates reply lines until a reply is complete. A reply longer than kMaxLines lines or
// kMaxBytes bytes is malformed: no real server sends one, and it would grow without end.
class SmtpReplyParser
{
public:
    static constexpr qsizetype kMaxLines = 500;
    static constexpr qsizetype kMaxBytes = 64 * 1024;

    enum class Status
    {
        NeedMore,
        Complete,
        Malformed,
    };

    // `line` without its CRLF.
    Status feedLine(const QByteArray& line);
    SmtpReply takeReply();
    QString error() const { return m_error; }
    bool tooLong() const { return m_tooLong; } // Malformed because past kMaxLines or kMaxBytes

private:
    SmtpReply m_current;
    qsizetype m_bytes = 0;
    bool m_tooLong = false;
    QString m_error;
};

// The EHLO keywords a server advertised (RFC 5321 §4.1.1.1), upper-cased.
class SmtpCapabilities
{
public:
    static SmtpCapabilities fromEhlo(const SmtpReply& reply);

    bool has(const QString& keyword) const { return m_keywords.contains(keyword); }
    QStringList parameters(const QString& keyword) const { return m_keywords.value(keyword); }
    QStringList authMechanisms() const;
    std::optional<qint64> maxSize() const;
    QStringList keywords() const { return m_keywords.keys(); }

private:
    QHash<QString, QStringList> m_keywords;
};

} // namespace postino
