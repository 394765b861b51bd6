#include "smtpreply.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpReply)
};

} // namespace

QString SmtpReply::text() const
{
    return lines.join(QLatin1Char(' '));
}

QString SmtpReply::toString() const
{
    return QString::number(code) + QLatin1Char(' ') + text();
}

SmtpReplyParser::Status SmtpReplyParser::feedLine(const QByteArray& line)
{
    auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]) ||
        (line.size() > 3 && line[3] != ' ' && line[3] != '-')) {
        m_error = Text::tr("not an SMTP reply line: \"%1\"").arg(QString::fromUtf8(line.left(80)));
        return Status::Malformed;
    }
    const int code = line.left(3).toInt();
    if (code < 200 || code > 599) {
        m_error = Text::tr("reply code %1 is outside 2xx-5xx").arg(code);
        return Status::Malformed;
    }
    if (!m_current.lines.isEmpty() && code != m_current.code) {
        m_error = Text::tr("reply lines disagree on the code (%1, then %2)").arg(m_current.code).arg(code);
        return Status::Malformed;
    }
    m_bytes += line.size() + 2;
    if (m_current.lines.size() >= kMaxLines || m_bytes > kMaxBytes) {
        m_error = Text::tr("a reply longer than %1 lines or %2 KB").arg(kMaxLines).arg(kMaxBytes / 1024);
        m_tooLong = true;
        return Status::Malformed;
    }
    m_current.code = code;
    const QString text = QString::fromUtf8(line.mid(4));
    if (m_current.lines.isEmpty()) {
        // RFC 3463: class.subject.detail, with the class matching the reply's first digit.
        static const QRegularExpression enhanced(
            QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})(?:\\s|$)"));
        const auto match = enhanced.match(text);
        if (match.hasMatch() && match.captured(1).toInt() == code / 100) {
            m_current.enhancedCode = match.captured(1) + QLatin1Char('.') + match.captured(2) +
                                     QLatin1Char('.') + match.captured(3);
        }
    }
    m_current.lines.append(text);
    const bool last = line.size() == 3 || line[3] == ' ';
    return last ? Status::Complete : Status::NeedMore;
}

SmtpReply SmtpReplyParser::takeReply()
{
    SmtpReply reply = m_current;
    m_current = SmtpReply{};
    m_bytes = 0;
    return reply;
}

SmtpCapabilities SmtpCapabilities::fromEhlo(const SmtpReply& reply)
{
    SmtpCapabilities caps;
    // The first line is the server's greeting name; each further line is one keyword.
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        QString line = reply.lines.at(i).trimmed();
        // Some servers still send the pre-RFC "AUTH=LOGIN PLAIN" form.
        if (line.startsWith(QLatin1String("AUTH="), Qt::CaseInsensitive)) {
            line[4] = QLatin1Char(' ');
        }
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            continue;
        }
        const QString keyword = words.takeFirst().toUpper();
        QStringList& params = caps.m_keywords[keyword];
        for (const QString& w : words) {
            if (!params.contains(w, Qt::CaseInsensitive)) {
                params.append(w);
            }
        }
    }
    return caps;
}

QStringList SmtpCapabilities::authMechanisms() const
{
    QStringList out;
    for (const QString& m : parameters(QStringLiteral("AUTH"))) {
        out.append(m.toUpper());
    }
    return out;
}

std::optional<qint64> SmtpCapabilities::maxSize() const
{
    if (!has(QStringLiteral("SIZE"))) {
        return std::nullopt;
    }
    const QStringList p = parameters(QStringLiteral("SIZE"));
    bool ok = false;
    const qint64 size = p.isEmpty() ? 0 : p.first().toLongLong(&ok);
    if (!ok || size <= 0) {
        return std::nullopt; // "SIZE" or "SIZE 0": no fixed limit announced
    }
    return size;
}

} // namespace postino
