#include "dns/recordtext.h"

#include <QCoreApplication>

namespace postino::dns {

QString txtPresentation(const QByteArray& value)
{
    QString out;
    qsizetype start = 0;
    do {
        const QByteArray chunk = value.mid(start, 255);
        start += 255;
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QLatin1Char('"');
        for (char c : chunk) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                out += QLatin1Char('\\');
                out += QLatin1Char(c);
            } else if (u < 0x20 || u > 0x7e) {
                // RFC 1035 presentation form: \DDD in decimal
                out += QStringLiteral("\\%1").arg(u, 3, 10, QLatin1Char('0'));
            } else {
                out += QLatin1Char(c);
            }
        }
        out += QLatin1Char('"');
    } while (start < value.size());
    return out;
}

QString txtRecordLine(const QString& name, const QByteArray& value)
{
    return name + QStringLiteral(" TXT ") + txtPresentation(value);
}

QString elided(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QChar(0x2026);
}

QString printable(const QByteArray& bytes, int maxChars)
{
    QString out;
    for (char c : bytes) {
        if (out.size() >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u <= 0x7e)
            out += QLatin1Char(c);
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
    }
    return out;
}

QString checkedDomain(const QString& domain)
{
    const QString n = normalizedName(domain);
    for (QChar c : n) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') ||
                        c == QLatin1Char('_') || c == QLatin1Char('.');
        if (!ok)
            return {};
    }
    return n;
}

QStringList editAtDnsProvider()
{
    return {QCoreApplication::translate("Dns",
                                        "Make the change where your domain's DNS records are edited (often "
                                        "your domain registrar or host), then check again.")};
}

QStringList checkAgainLater()
{
    return {QCoreApplication::translate(
        "Dns", "Run the check again in a few minutes; if it keeps failing, ask your DNS provider.")};
}

} // namespace postino::dns
