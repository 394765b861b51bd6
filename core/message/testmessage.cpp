#include "testmessage.h"

#include "message/mime.h"
#include "profile/validators.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUuid>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(TestMessage)
};

void header(QByteArray& out, const char* name, const QByteArray& value)
{
    out += name;
    out += ": ";
    out += value;
    out += "\r\n";
}

} // namespace

QString newRunId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
}

TestMessage buildTestMessage(const TestMessageOptions& o)
{
    TestMessage msg;
    const QString domain = domainOfAddress(o.fromEmail).isEmpty() ? QStringLiteral("postino.invalid")
                                                                  : domainOfAddress(o.fromEmail);
    msg.messageId = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".postino@") + domain;
    msg.subject = Text::tr("Postino test email: sending through %1 works").arg(o.mailerName);
    const QString when = QLocale().toString(o.date, QLocale::LongFormat);

    const QString text =
        Text::tr(
            "Hello,\n\n"
            "This is a test email sent by Postino to check that your website can send email through %1.\n"
            "If you are reading it, the message left the server and reached this mailbox.\n\n"
            "Sent: %2\n"
            "From: %3\n"
            "Server: %4\n"
            "Test run: %5\n\n"
            "You do not need to reply.\n")
            .arg(o.mailerName, when, o.fromEmail, o.serverName.isEmpty() ? o.mailerName : o.serverName,
                 o.runId);
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
    for (const QString& paragraph : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
        html += QStringLiteral("<p>") +
                paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>\n")) +
                QStringLiteral("</p>\n");
    }
    html += QStringLiteral("</body></html>\n");

    const QByteArray boundary =
        "=_postino_" + QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "_alt";
    QByteArray out;
    header(out, "Date", mime::rfc5322Date(o.date));
    header(out, "From", mime::formatMailbox(o.fromName, o.fromEmail));
    header(out, "To", mime::formatMailbox({}, o.to));
    header(out, "Subject", mime::encodeHeaderText(msg.subject));
    header(out, "Message-ID", '<' + msg.messageId.toUtf8() + '>');
    header(out, "MIME-Version", "1.0");
    header(out, "X-Postino-Test", o.runId.toUtf8());
    header(out, "X-Mailer", "Postino/" + QCoreApplication::applicationVersion().toUtf8());
    header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + '"');
    out += "\r\n";
    out += "This is a multi-part message in MIME format.\r\n\r\n";
    auto part = [&](const char* type, const QString& content) {
        out += "--" + boundary + "\r\n";
        header(out, "Content-Type", QByteArray(type) + "; charset=UTF-8");
        header(out, "Content-Transfer-Encoding", "quoted-printable");
        out += "\r\n";
        out += mime::encodeQuotedPrintable(content.toUtf8());
        out += "\r\n";
    };
    part("text/plain", text);
    part("text/html", html);
    out += "--" + boundary + "--\r\n";
    msg.data = out;
    msg.text = text;
    msg.html = html;
    return msg;
}

} // namespace postino
