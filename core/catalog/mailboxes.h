#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace postino {

struct ResolvedMailer;

// An MX host suffix that identifies a mailbox provider ("google.com" for aspmx.l.google.com).
struct MxSuffix
{
    QString suffix; // matched on a label boundary
    QString region; // the data centre it means: a choice of the provider's data-centre mailer region field
    bool verified = true; // false: not confirmed on the provider's own pages (docs/discovery-data.md)
};

// A submission server the provider publishes for its mailboxes.
struct SubmissionServer
{
    QString host;
    quint16 port = 0;
    QString security;     // "ssl" (implicit TLS) or "starttls"
    QString source;       // https address of the page it comes from
    bool verified = true; // false: the source is not the provider's own page, or it does not say all of it
};

// A mailbox provider (resources/catalog/mailboxes.json). The big ones, where test emails are looked
// for, carry their published IMAP settings and what their servers write into Authentication-Results;
// every one carries what discovery needs: the MX names that identify it, its submission servers and
// the catalog mailers that fit a domain whose mailboxes are there.
struct MailboxProvider
{
    QString id;       // also the name of its IMAP preset (postino-cli send --imap <id>)
    QString name;     // shown to the user
    QString imapHost; // empty: no IMAP preset for this provider
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
    QList<MxSuffix> mx;
    QList<SubmissionServer> submission;
    QStringList mailers; // catalog mailer ids, best first
    QString note;        // English, for the recommendation; Catalog::tr() at use

    bool hasImap() const { return !imapHost.isEmpty(); }
    // The most specific of `mx` that `mxHost` is or is below, or null.
    const MxSuffix* mxSuffixFor(const QString& mxHost) const;
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
    // The providers with IMAP settings, in catalog order: the IMAP presets.
    QList<MailboxProvider> imapProviders() const;
    const MailboxProvider* provider(const QString& id) const;
    // The provider whose MX suffix `mxHost` is or is below (the most specific suffix wins), or null:
    // "aspmx.l.google.com" is Google's, "notgoogle.com" is no one's.
    const MailboxProvider* providerForMx(const QString& mxHost) const;
    // The IMAP preset ids, comma-separated, for help texts ("gmail, outlook, zoho, ...").
    QString idList() const;

private:
    QList<MailboxProvider> m_providers;
};

} // namespace postino
