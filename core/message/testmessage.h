#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace postino {

struct TestMessageOptions
{
    QString fromEmail;
    QString fromName;
    QString to;
    QString mailerName; // shown in the message, e.g. "Other SMTP"
    QString serverName; // e.g. "smtp.example.com:587", optional
    QString runId;      // identifies this test run; also in the X-Postino-Test header
    QDateTime date = QDateTime::currentDateTime();
};

struct TestMessage
{
    QByteArray data;   // RFC 5322, CRLF line endings, 7-bit clean
    QString messageId; // without angle brackets
    QString subject;
    QString text; // the plain-text part, for APIs that take parts instead of MIME
    QString html;
};

// A multipart/alternative (text + HTML) test email with UTF-8 headers (RFC 2047),
// a Message-ID on the From domain, and an X-Postino-Test header naming the run.
TestMessage buildTestMessage(const TestMessageOptions& options);
QString newRunId();

} // namespace postino
