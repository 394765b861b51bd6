#include "mailboxes.h"

#include "builtin.h"
#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postino {

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out.append(item.toString().trimmed().toLower());
    }
    return out;
}

bool parseProvider(const QJsonObject& o, MailboxProvider* p, QString* error)
{
    p->id = o.value(QLatin1String("id")).toString();
    p->name = o.value(QLatin1String("name")).toString();
    const QJsonObject imap = o.value(QLatin1String("imap")).toObject();
    p->imapHost = imap.value(QLatin1String("host")).toString();
    const int port = imap.value(QLatin1String("port")).toInt(993);
    p->imapPort = static_cast<quint16>(port);
    p->imapSecurity = imap.value(QLatin1String("security")).toString(QStringLiteral("ssl"));
    p->imapNote = imap.value(QLatin1String("note")).toString();
    const QJsonObject dataCentres = imap.value(QLatin1String("dataCentres")).toObject();
    p->dataCentreMailer = dataCentres.value(QLatin1String("mailer")).toString();
    p->dataCentreKey = dataCentres.value(QLatin1String("key")).toString();
    const QJsonObject authserv = o.value(QLatin1String("authserv")).toObject();
    p->authservDomains = strings(authserv.value(QLatin1String("domains")));
    p->authservBrands = strings(authserv.value(QLatin1String("brands")));
    p->authservIds = strings(authserv.value(QLatin1String("ids")));
    if (p->id.isEmpty() || p->name.isEmpty() || p->imapHost.isEmpty()) {
        *error = QStringLiteral("a mailbox provider lacks its id, name or IMAP host");
        return false;
    }
    if (port < 1 || port > 65535 ||
        !QStringList{QStringLiteral("ssl"), QStringLiteral("starttls"), QStringLiteral("none")}.contains(
            p->imapSecurity)) {
        *error = QStringLiteral("mailbox provider '%1' has an odd IMAP port or security").arg(p->id);
        return false;
    }
    if (p->dataCentreMailer.isEmpty() != p->dataCentreKey.isEmpty()) {
        *error =
            QStringLiteral("mailbox provider '%1': imap.dataCentres needs a mailer and a key").arg(p->id);
        return false;
    }
    if (p->authservIds.isEmpty() != (p->authservDomains.isEmpty() && p->authservBrands.isEmpty())) {
        *error = QStringLiteral("mailbox provider '%1': authserv needs ids and domains or brands").arg(p->id);
        return false;
    }
    return true;
}

} // namespace

QString MailboxProvider::imapHostFor(const ResolvedMailer& mailer) const
{
    if (!dataCentreMailer.isEmpty() && mailer.isValid() && mailer.id() == dataCentreMailer) {
        const QString host = mailer.info->regionValue(dataCentreKey, mailer.settings);
        if (!host.isEmpty()) {
            return host;
        }
    }
    return imapHost;
}

const MailboxCatalog& MailboxCatalog::builtin()
{
    static const MailboxCatalog catalog = parseBuiltin<MailboxCatalog>(
        QStringLiteral(":/postino/catalog/mailboxes.json"), &MailboxCatalog::fromJson);
    return catalog;
}

std::optional<MailboxCatalog> MailboxCatalog::fromJson(const QByteArray& json, QString* error)
{
    MailboxCatalog catalog;
    if (!parseUniqueList(json, QLatin1String("mailboxes"), "mailbox provider", &parseProvider,
                         &catalog.m_providers, error)) {
        return std::nullopt;
    }
    return catalog;
}

const MailboxProvider* MailboxCatalog::provider(const QString& id) const
{
    for (const MailboxProvider& p : m_providers) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

QString MailboxCatalog::idList() const
{
    QStringList ids;
    for (const MailboxProvider& p : m_providers) {
        ids << p.id;
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace postino
