#include "acceptance/messagecheck.h"

#include "dns/resolver.h"
#include "message/mime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace postino::acceptance {

namespace {

struct MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)
};

// RFC 5322 §3.6: the fields a message may carry at most once.
const char* const kOnce[] = {"date", "from", "sender",     "reply-to", "to",
                             "cc",   "bcc",  "message-id", "subject"};

struct RawHeader
{
    QByteArray name; // lower case
    QByteArray value;
};

// The header block up to the first empty line, unfolded; also where the body starts.
QList<RawHeader> headerFields(const QByteArray& message, qsizetype* bodyStart)
{
    QList<RawHeader> fields;
    qsizetype pos = 0;
    *bodyStart = message.size();
    while (pos < message.size()) {
        qsizetype end = message.indexOf('\n', pos);
        if (end < 0)
            end = message.size();
        QByteArray line = message.mid(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        pos = end + 1;
        if (line.isEmpty()) {
            *bodyStart = pos;
            break;
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().value += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // not a field; the MIME and line checks say enough about such a message
        fields.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return fields;
}

// Splits an address list at the commas that separate mailboxes (not inside quotes, comments or <>).
QStringList mailboxesOf(const QString& value)
{
    QStringList out;
    QString current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == QLatin1Char('"') && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++comment;
        else if (!quoted && c == QLatin1Char(')') && comment > 0)
            --comment;
        else if (!quoted && comment == 0 && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && comment == 0 && c == QLatin1Char('>') && angle > 0)
            --angle;
        if (c == QLatin1Char(',') && !quoted && angle == 0 && comment == 0) {
            if (!current.trimmed().isEmpty())
                out.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

QString addressIn(const QString& mailbox)
{
    static const QRegularExpression angle(QStringLiteral("<([^<>]*)>"));
    const QRegularExpressionMatch m = angle.match(mailbox);
    return (m.hasMatch() ? m.captured(1) : mailbox).trimmed();
}

QString domainOf(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : dns::normalizedName(address.mid(at + 1));
}

bool parsesAsDate(QByteArray value)
{
    // A trailing comment such as "(UTC)" is allowed (CFWS) but Qt's parser does not take it.
    static const QRegularExpression comment(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QString text = QString::fromLatin1(value).remove(comment).simplified();
    return QDateTime::fromString(text, Qt::RFC2822Date).isValid();
}

} // namespace

Findings checkMessageFormat(const QByteArray& message, const QString& fromDomain, MessageOrigin origin)
{
    const bool built = origin == MessageOrigin::Built;
    const QString subject = built ? MessageText::tr("test message") : MessageText::tr("arrived copy");
    Findings out;
    auto problem = [&](const char* id, Severity severity, const QString& detail, const QString& title,
                       const QStringList& steps) {
        out.append(Finding{
            severity, {.id = QLatin1String(id), .subject = subject, .detail = detail}, {title, steps}});
    };
    const QString fixBuilder =
        built
            ? MessageText::tr("Postino builds this message itself: report it, with the message, to Postino's "
                              "developers.")
            : MessageText::tr("Something on the way (the mailer, a plugin, a relay) rewrote the message: "
                              "send it again through the mailer alone and compare.");

    qsizetype bodyStart = 0;
    const QList<RawHeader> fields = headerFields(message, &bodyStart);
    const QByteArray header = message.left(bodyStart);
    const QByteArray checkedText = built ? message : header;

    // Line ends and lengths (RFC 5322 §2.1.1, §2.3).
    bool bareEnd = false;
    qsizetype longest = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < checkedText.size(); ++i) {
        const char c = checkedText.at(i);
        if (c == '\r' && (i + 1 >= checkedText.size() || checkedText.at(i + 1) != '\n'))
            bareEnd = true;
        if (c == '\n') {
            if (i == 0 || checkedText.at(i - 1) != '\r')
                bareEnd = true;
            longest = std::max(longest, i - lineStart - 1);
            lineStart = i + 1;
        }
    }
    longest = std::max(longest, checkedText.size() - lineStart);
    if (bareEnd && built) {
        problem(
            "message.bare_line_end", Severity::Error,
            MessageText::tr("The message has line ends other than CR LF; receivers may refuse or alter it."),
            MessageText::tr("End every line with CR LF"), {fixBuilder});
    }
    if (longest > 998) {
        problem(
            "message.line_too_long", Severity::Error,
            MessageText::tr("A line of the message is %1 characters long; RFC 5322 allows at most 998.")
                .arg(longest),
            MessageText::tr("Keep lines within 998 characters"),
            {MessageText::tr("Long text must be wrapped or sent quoted-printable or base64."), fixBuilder});
    }
    for (const char c : header) {
        if (static_cast<unsigned char>(c) > 0x7f) {
            problem("message.header_8bit", Severity::Warning,
                    MessageText::tr("The header holds raw 8-bit bytes; without SMTPUTF8 they must be encoded "
                                    "(RFC 2047)."),
                    MessageText::tr("Encode non-ASCII header text"), {fixBuilder});
            break;
        }
    }

    auto all = [&fields](const char* name) {
        QList<QByteArray> values;
        for (const RawHeader& f : fields) {
            if (f.name == name)
                values.append(f.value);
        }
        return values;
    };
    for (const char* once : kOnce) {
        if (all(once).size() > 1) {
            problem("message.header_repeated", Severity::Error,
                    MessageText::tr("The header field %1 appears %2 times; RFC 5322 allows it once.")
                        .arg(QString::fromLatin1(once))
                        .arg(all(once).size()),
                    MessageText::tr("Send each of these fields once"), {fixBuilder});
        }
    }

    // From: one field, one mailbox (several need a Sender, which receivers treat with suspicion).
    const QList<QByteArray> from = all("from");
    QString fromAddressDomain;
    if (from.isEmpty()) {
        problem("message.from_missing", Severity::Error, MessageText::tr("The message has no From field."),
                MessageText::tr("Set a From address"), {fixBuilder});
    } else {
        const QStringList boxes = mailboxesOf(mime::decodeHeaderText(from.constFirst()));
        if (boxes.size() != 1) {
            problem("message.from_mailboxes", Severity::Error,
                    MessageText::tr("The From field names %1 mailboxes; Gmail and Yahoo expect exactly one.")
                        .arg(boxes.size()),
                    MessageText::tr("Use one From address"),
                    {MessageText::tr("Put other addresses in Reply-To or Cc instead."), fixBuilder});
        } else {
            fromAddressDomain = domainOf(addressIn(boxes.constFirst()));
            if (fromAddressDomain.isEmpty()) {
                problem(
                    "message.from_invalid", Severity::Error,
                    MessageText::tr("The From field has no usable address: “%1”.").arg(boxes.constFirst()),
                    MessageText::tr("Set a From address"), {fixBuilder});
            }
        }
    }

    const QList<QByteArray> date = all("date");
    if (date.isEmpty()) {
        problem("message.date_missing", Severity::Error, MessageText::tr("The message has no Date field."),
                MessageText::tr("Add a Date field"), {fixBuilder});
    } else if (!parsesAsDate(date.constFirst())) {
        problem("message.date_invalid", Severity::Error,
                MessageText::tr("The Date field “%1” is not an RFC 5322 date.")
                    .arg(QString::fromLatin1(date.constFirst())),
                MessageText::tr("Write the date as RFC 5322 says"), {fixBuilder});
    }

    const QList<QByteArray> messageId = all("message-id");
    static const QRegularExpression idShape(QStringLiteral("^<[^<>@\\s]+@([^<>@\\s]+)>$"));
    const QString domain = dns::normalizedName(fromDomain.isEmpty() ? fromAddressDomain : fromDomain);
    if (messageId.isEmpty()) {
        problem("message.message_id_missing", built ? Severity::Error : Severity::Warning,
                MessageText::tr("The message has no Message-ID; Gmail counts it against the sender."),
                MessageText::tr("Add a Message-ID"), {fixBuilder});
    } else {
        const QRegularExpressionMatch m = idShape.match(QString::fromLatin1(messageId.constFirst()));
        if (!m.hasMatch()) {
            problem("message.message_id_invalid", Severity::Error,
                    MessageText::tr("The Message-ID “%1” is not of the form <unique@domain>.")
                        .arg(QString::fromLatin1(messageId.constFirst())),
                    MessageText::tr("Write the Message-ID as <unique@domain>"), {fixBuilder});
        } else if (!domain.isEmpty() && !dns::isSameOrSubdomain(dns::normalizedName(m.captured(1)), domain)) {
            out.append(
                Finding{Severity::Info,
                        {.id = QStringLiteral("message.message_id_domain"),
                         .subject = subject,
                         .detail = built ? MessageText::tr("The Message-ID is on %1, not on the From "
                                                           "domain %2.")
                                               .arg(m.captured(1), domain)
                                         : MessageText::tr("The mailer replaced the Message-ID with one "
                                                           "on %1; receivers accept that, it is common.")
                                               .arg(m.captured(1))}});
        }
    }

    // MIME: a multipart body must declare MIME-Version and open and close its boundary.
    if (built) {
        const mime::Part part = mime::parse(message);
        if (part.contentType().startsWith("multipart/")) {
            const QByteArray boundary = part.parameter("Content-Type", "boundary");
            const QByteArray body = message.mid(bodyStart);
            const QByteArray delimiter = "--" + boundary;
            const bool opens = !boundary.isEmpty() && body.contains(QByteArray(delimiter + "\r\n"));
            const bool closes = !boundary.isEmpty() && body.contains(QByteArray(delimiter + "--"));
            if (all("mime-version").isEmpty() || !opens || !closes) {
                problem("message.mime_invalid", Severity::Error,
                        all("mime-version").isEmpty()
                            ? MessageText::tr("The message is multipart but has no MIME-Version field.")
                            : MessageText::tr("The message's multipart body does not open and close its "
                                              "boundary."),
                        MessageText::tr("Send well-formed MIME"), {fixBuilder});
            }
        }
    }

    if (std::none_of(out.cbegin(), out.cend(), [](const Finding& f) { return f.isProblem(); })) {
        out.prepend(
            Finding{Severity::Ok,
                    {.id = QStringLiteral("message.format_ok"),
                     .subject = subject,
                     .detail = built ? MessageText::tr("The test message follows RFC 5322: one From, a "
                                                       "valid Date, a Message-ID, lines within 998 "
                                                       "characters and complete MIME.")
                                     : MessageText::tr("The copy that arrived has one From, a valid "
                                                       "Date and a Message-ID.")}});
    }
    return out;
}

} // namespace postino::acceptance
