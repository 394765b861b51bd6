#include "mailboxes.h"

#include "builtin.h"
#include "catalog/catalog.h"
#include "catalog/datachecks.h"
#include "catalog/resolvedmailer.h"
#include "dns/resolver.h"
#include "lookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <iterator>

namespace postino {

namespace {

using datachecks::isHostName;
using datachecks::onlyKeys;

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        out.append(item.toString().trimmed().toLower());
    }
    return out;
}

bool parseImap(const QJsonObject& imap, MailboxProvider* p, QString* error)
{
    if (!onlyKeys(imap, {"host", "port", "security", "note", "dataCentres"},
                  QStringLiteral("mailbox provider '%1': imap").arg(p->id), error)) {
        return false;
    }
    p->imapHost = imap.value(QLatin1String("host")).toString();
    const int port = imap.value(QLatin1String("port")).toInt(993);
    p->imapPort = static_cast<quint16>(port);
    p->imapSecurity = imap.value(QLatin1String("security")).toString(QStringLiteral("ssl"));
    p->imapNote = imap.value(QLatin1String("note")).toString();
    const QJsonObject dataCentres = imap.value(QLatin1String("dataCentres")).toObject();
    p->dataCentreMailer = dataCentres.value(QLatin1String("mailer")).toString();
    p->dataCentreKey = dataCentres.value(QLatin1String("key")).toString();
    if (p->imapHost.isEmpty()) {
        *error = QStringLiteral("mailbox provider '%1': imap lacks its host").arg(p->id);
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
    return true;
}

// An `mx` entry: a suffix, or {"suffix", "region", "verified"}.
bool parseMx(const QJsonValue& v, MailboxProvider* p, QString* error)
{
    MxSuffix mx;
    if (v.isString()) {
        mx.suffix = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (!onlyKeys(o, {"suffix", "region", "verified"},
                      QStringLiteral("mailbox provider '%1': an mx entry").arg(p->id), error)) {
            return false;
        }
        mx.suffix = o.value(QLatin1String("suffix")).toString();
        mx.region = o.value(QLatin1String("region")).toString();
        if (!datachecks::optionalBool(o, "verified", &mx.verified) ||
            (o.contains(QLatin1String("region")) && mx.region.isEmpty())) {
            *error = QStringLiteral("mailbox provider '%1': an mx entry has an odd region or verified flag")
                         .arg(p->id);
            return false;
        }
    }
    if (!isHostName(mx.suffix)) {
        *error = QStringLiteral("mailbox provider '%1': odd mx suffix '%2'").arg(p->id, mx.suffix);
        return false;
    }
    if (!mx.region.isEmpty() && p->dataCentreMailer.isEmpty()) {
        *error = QStringLiteral("mailbox provider '%1': an mx region needs imap.dataCentres").arg(p->id);
        return false;
    }
    p->mx.append(mx);
    return true;
}

bool parseSubmission(const QJsonValue& v, MailboxProvider* p, QString* error)
{
    const QJsonObject o = v.toObject();
    const QString where = QStringLiteral("mailbox provider '%1': a submission server").arg(p->id);
    if (!v.isObject()) {
        *error = QStringLiteral("%1 is not an object").arg(where);
        return false;
    }
    if (!onlyKeys(o, {"host", "port", "security", "source", "verified"}, where, error)) {
        return false;
    }
    SubmissionServer s;
    s.host = o.value(QLatin1String("host")).toString();
    const QJsonValue port = o.value(QLatin1String("port"));
    s.port = static_cast<quint16>(port.toInt(0));
    s.security = o.value(QLatin1String("security")).toString();
    s.source = o.value(QLatin1String("source")).toString();
    if (!isHostName(s.host) || !datachecks::isPort(port)) {
        *error = QStringLiteral("%1 has an odd host or port").arg(where);
        return false;
    }
    if (s.security != QLatin1String("ssl") && s.security != QLatin1String("starttls")) {
        *error = QStringLiteral("%1 has a security other than ssl or starttls").arg(where);
        return false;
    }
    if (!datachecks::isHttpsSource(s.source) || !datachecks::optionalBool(o, "verified", &s.verified)) {
        *error =
            QStringLiteral("%1 needs an https source (and verified, if given, true or false)").arg(where);
        return false;
    }
    p->submission.append(s);
    return true;
}

bool parseProvider(const QJsonObject& o, MailboxProvider* p, QString* error)
{
    p->id = o.value(QLatin1String("id")).toString();
    p->name = o.value(QLatin1String("name")).toString();
    if (p->id.isEmpty() || p->name.isEmpty()) {
        *error = QStringLiteral("a mailbox provider lacks its id or name");
        return false;
    }
    if (!onlyKeys(o, {"id", "name", "imap", "authserv", "mx", "submission", "mailers", "note"},
                  QStringLiteral("mailbox provider '%1'").arg(p->id), error)) {
        return false;
    }
    if (o.contains(QLatin1String("imap")) &&
        !parseImap(o.value(QLatin1String("imap")).toObject(), p, error)) {
        return false;
    }
    const QJsonObject authserv = o.value(QLatin1String("authserv")).toObject();
    p->authservDomains = strings(authserv.value(QLatin1String("domains")));
    p->authservBrands = strings(authserv.value(QLatin1String("brands")));
    p->authservIds = strings(authserv.value(QLatin1String("ids")));
    if (p->authservIds.isEmpty() != (p->authservDomains.isEmpty() && p->authservBrands.isEmpty())) {
        *error = QStringLiteral("mailbox provider '%1': authserv needs ids and domains or brands").arg(p->id);
        return false;
    }
    for (const char* list : {"mx", "submission", "mailers"}) {
        const QJsonValue v = o.value(QLatin1String(list));
        if (!v.isUndefined() && !v.isArray()) {
            *error =
                QStringLiteral("mailbox provider '%1': %2 must be a list").arg(p->id, QLatin1String(list));
            return false;
        }
    }
    for (const QJsonValue& v : o.value(QLatin1String("mx")).toArray()) {
        if (!parseMx(v, p, error)) {
            return false;
        }
    }
    for (const QJsonValue& v : o.value(QLatin1String("submission")).toArray()) {
        if (!parseSubmission(v, p, error)) {
            return false;
        }
    }
    for (const QJsonValue& v : o.value(QLatin1String("mailers")).toArray()) {
        if (v.toString().isEmpty() || p->mailers.contains(v.toString())) {
            *error = QStringLiteral("mailbox provider '%1': mailers must be distinct ids").arg(p->id);
            return false;
        }
        p->mailers.append(v.toString());
    }
    const QJsonValue note = o.value(QLatin1String("note"));
    p->note = note.toString();
    if (!note.isUndefined() && p->note.trimmed().isEmpty()) {
        *error = QStringLiteral("mailbox provider '%1': note must be a text").arg(p->id);
        return false;
    }
    // A provider is there to be looked in (IMAP) or to be recognised (MX); one with neither is a slip.
    if (!p->hasImap() && p->mx.isEmpty()) {
        *error = QStringLiteral("mailbox provider '%1' has neither IMAP settings nor MX names").arg(p->id);
        return false;
    }
    if (!p->mx.isEmpty() && p->mailers.isEmpty()) {
        *error = QStringLiteral("mailbox provider '%1': name the mailers that fit its mailboxes").arg(p->id);
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

const MxSuffix* MailboxProvider::mxSuffixFor(const QString& mxHost) const
{
    const MxSuffix* best = nullptr;
    for (const MxSuffix& m : mx) {
        if (dns::isSameOrSubdomain(mxHost, m.suffix) && (!best || m.suffix.size() > best->suffix.size())) {
            best = &m;
        }
    }
    return best;
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
    return findBy(m_providers, &MailboxProvider::id, id);
}

QList<MailboxProvider> MailboxCatalog::imapProviders() const
{
    QList<MailboxProvider> out;
    std::copy_if(m_providers.cbegin(), m_providers.cend(), std::back_inserter(out),
                 [](const MailboxProvider& p) { return p.hasImap(); });
    return out;
}

const MailboxProvider* MailboxCatalog::providerForMx(const QString& mxHost) const
{
    const MailboxProvider* best = nullptr;
    qsizetype bestLength = 0;
    for (const MailboxProvider& p : m_providers) {
        if (const MxSuffix* m = p.mxSuffixFor(mxHost); m && m->suffix.size() > bestLength) {
            best = &p;
            bestLength = m->suffix.size();
        }
    }
    return best;
}

QString MailboxCatalog::idList() const
{
    QStringList ids;
    for (const MailboxProvider& p : m_providers) {
        if (p.hasImap()) {
            ids << p.id;
        }
    }
    return ids.join(QStringLiteral(", "));
}

} // namespace postino
