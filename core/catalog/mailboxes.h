#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

struct ResolvedMailer;

// A big mailbox provider where test emails are looked for (resources/catalog/mailboxes.json): its
// published IMAP settings and what its servers write into Authentication-Results.
struct MailboxProvider
{
    QString id;   // also the name of its IMAP preset (postino-cli send --imap <id>)
    QString name; // shown to the user
    QString imapHost;
    quint16 imapPort = 993;
    QString imapSecurity; // "ssl", "starttls" or "none"
    QString imapNote;     // English; Catalog::tr() at use
    // Providers with one IMAP host per data centre: the catalog mailer whose data centres they follow
    // and the key of its "oauth.regions" entries that holds the IMAP host.
    QString dataCentreMailer;
    QString dataCentreKey;
    // Its mailbox hosts: under one of `authservDomains` (on a label boundary), or with an organisational
    // domain whose first label is one of `authservBrands` (zoho.com.au, yahoo.co.jp).
    QStringList authservDomains;
    QStringList authservBrands;
    QStringList authservIds; // the authserv-ids it writes, as seen in delivered mail

    // The IMAP host for a profile's mailer: its data centre's host when the mailer is the one this
    // provider follows, else imapHost.
    QString imapHostFor(const ResolvedMailer& mailer) const;
};

class MailboxCatalog
{
public:
    static const MailboxCatalog& builtin();
    static std::optional<MailboxCatalog> fromJson(const QByteArray& json, QString* error);

    const QList<MailboxProvider>& providers() const { return m_providers; }
    const MailboxProvider* provider(const QString& id) const;
    // The ids, comma-separated, for help texts ("gmail, outlook, zoho, ...").
    QString idList() const;

private:
    QList<MailboxProvider> m_providers;
};

} // namespace postino
