#include "validators.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace postino {

namespace {

bool isValidDomainName(const QString& domain)
{
    // IDNs are checked in their ASCII (punycode) form.
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty() || ace.size() > 253) {
        return false;
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = QString::fromLatin1(ace).split(QLatin1Char('.'));
    for (const QString& l : labels) {
        if (!label.match(l).hasMatch()) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isValidEmailAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1 || address.size() > 254) {
        return false;
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    // Dot-atom local part (RFC 5322 §3.2.3), UTF-8 allowed (RFC 6531).
    static const QRegularExpression atom(
        QStringLiteral("^[^\\s\"(),:;<>@\\[\\\\\\].]+(\\.[^\\s\"(),:;<>@\\[\\\\\\]."
                       "]+)*$"));
    if (local.size() > 64 || !atom.match(local).hasMatch()) {
        return false;
    }
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'))) {
        return !QHostAddress(domain.mid(1, domain.size() - 2)).isNull();
    }
    // A mail domain needs at least one dot: "user@localhost" cannot receive from the internet.
    return domain.contains(QLatin1Char('.')) && isValidDomainName(domain);
}

bool isValidHostName(const QString& host)
{
    if (host.isEmpty()) {
        return false;
    }
    if (!QHostAddress(host).isNull()) {
        return true;
    }
    return isValidDomainName(host);
}

QString domainOfAddress(const QString& address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

} // namespace postino
