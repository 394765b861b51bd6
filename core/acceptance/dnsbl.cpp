#include "acceptance/dnsbl.h"

#include "builtin.h"
#include "catalog/datachecks.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace postino::acceptance {

namespace {

struct Dnsbl
{
    Q_DECLARE_TR_FUNCTIONS(Dnsbl)
};

// The English texts of resources/catalog/dnsbl.json, so that lupdate offers them for translation
// (context "Dnsbl"). tst_reputation checks that every text of the data is here.
const char* const kDataStrings[] = {
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Free for low-volume, non-commercial use through its public servers, which refuse "
                      "queries sent through public or shared DNS resolvers."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus SBL: the address is a known source of spam or serves a spam operation."),
    QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus CSS: an automatic listing of an address seen sending spam."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus XBL: the address behaves like a hijacked or infected machine (malware, an "
                      "open proxy)."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus DROP: the address belongs to a network run or taken over by criminals."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus PBL, set by the network's owner: the address should not send mail straight "
                      "to other mail servers, only through its provider's mail server."),
    QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus PBL, set by Spamhaus: the address looks like an end-user or dynamic "
                               "address that should not send mail straight to other mail servers."),
    QT_TRANSLATE_NOOP("Dnsbl", "Spamhaus BCL: the address runs the controller of a botnet."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus did not answer the question: the list's name in the query was mistyped."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus refuses queries sent through public or shared DNS resolvers (such as "
                      "8.8.8.8 or 1.1.1.1), so it did not say whether the address is listed."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Spamhaus refuses this DNS resolver because it sent too many queries, so it did not "
                      "say whether the address is listed."),
    QT_TRANSLATE_NOOP("Dnsbl", "Free to query, provided as is without warranty."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "SpamCop: recipients or spam traps recently reported mail from this address as spam; "
                      "the listing ends by itself once the reports stop."),
    QT_TRANSLATE_NOOP("Dnsbl", "Free, but it answers only DNS servers registered with Barracuda."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "Barracuda: the address sent mail to Barracuda's spam traps or was rated a source of "
                      "spam."),
    QT_TRANSLATE_NOOP("Dnsbl", "Free for anybody to use."),
    QT_TRANSLATE_NOOP("Dnsbl",
                      "PSBL: the address sent mail to PSBL's spam traps; anyone may remove it through the "
                      "list's website."),
    QT_TRANSLATE_NOOP("Dnsbl", "Free for sites under 100,000 messages and 100,000 DNS queries a day."),
    QT_TRANSLATE_NOOP("Dnsbl", "Mailspike: the address took part in a wave of spam seen in the last hours."),
    QT_TRANSLATE_NOOP("Dnsbl", "Mailspike reputation L5: the worst possible reputation."),
    QT_TRANSLATE_NOOP("Dnsbl", "Mailspike reputation L4: a very bad reputation."),
    QT_TRANSLATE_NOOP("Dnsbl", "Mailspike reputation L3: a bad reputation."),
};

QString translated(const QString& english)
{
    return QCoreApplication::translate("Dnsbl", english.toUtf8().constData());
}

// RFC 5782 section 2.1: answers are addresses in 127.0.0.0/8.
bool parseLoopbackV4(const QString& text, quint32* out)
{
    QHostAddress a;
    if (!a.setAddress(text.trimmed()) || a.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    *out = a.toIPv4Address();
    return (*out >> 24) == 127;
}

bool parseCode(const QJsonValue& value, DnsblCode* code, const QString& where, QString* error)
{
    const QJsonObject o = value.toObject();
    if (!datachecks::onlyKeys(o, {"answer", "kind", "meaning"}, where, error))
        return false;
    const QString answer = o.value(QLatin1String("answer")).toString();
    const qsizetype dash = answer.indexOf(QLatin1Char('-'));
    const QString first = dash < 0 ? answer : answer.left(dash);
    const QString last = dash < 0 ? answer : answer.mid(dash + 1);
    if (!parseLoopbackV4(first, &code->first) || !parseLoopbackV4(last, &code->last) ||
        code->last < code->first) {
        *error =
            QStringLiteral("%1 has an answer '%2' that is not an address in 127.0.0.0/8 or a range of them")
                .arg(where, answer);
        return false;
    }
    const QString kind = o.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("listed")) {
        code->kind = DnsblCode::Kind::Listed;
    } else if (kind == QLatin1String("refused")) {
        code->kind = DnsblCode::Kind::Refused;
    } else {
        *error = QStringLiteral("%1: kind must be listed or refused, not '%2'").arg(where, kind);
        return false;
    }
    code->meaning = o.value(QLatin1String("meaning")).toString().trimmed();
    if (code->meaning.isEmpty()) {
        *error = QStringLiteral("%1: the answer %2 has no meaning").arg(where, answer);
        return false;
    }
    return true;
}

bool parseList(const QJsonObject& o, DnsblList* l, QString* error)
{
    l->id = o.value(QLatin1String("id")).toString();
    l->name = o.value(QLatin1String("name")).toString();
    if (l->id.isEmpty() || l->name.isEmpty()) {
        *error = QStringLiteral("a blocklist lacks its id or name");
        return false;
    }
    const QString where = QStringLiteral("blocklist '%1'").arg(l->id);
    if (!datachecks::onlyKeys(
            o, {"id", "name", "zone", "ipv4", "ipv6", "delistUrl", "terms", "source", "codes"}, where, error))
        return false;
    l->zone = o.value(QLatin1String("zone")).toString();
    if (!datachecks::isHostName(l->zone)) {
        *error = QStringLiteral("%1 has an odd zone '%2'").arg(where, l->zone);
        return false;
    }
    const QJsonValue v4 = o.value(QLatin1String("ipv4"));
    const QJsonValue v6 = o.value(QLatin1String("ipv6"));
    if (!v4.isBool() || !v6.isBool() || !(v4.toBool() || v6.toBool())) {
        *error = QStringLiteral("%1 needs ipv4 and ipv6 as true or false, one of them true").arg(where);
        return false;
    }
    l->ipv4 = v4.toBool();
    l->ipv6 = v6.toBool();
    l->delistUrl = o.value(QLatin1String("delistUrl")).toString();
    l->source = o.value(QLatin1String("source")).toString();
    l->terms = o.value(QLatin1String("terms")).toString().trimmed();
    if (!datachecks::isHttpsSource(l->delistUrl) || !datachecks::isHttpsSource(l->source) ||
        l->terms.isEmpty()) {
        *error = QStringLiteral("%1 needs an https delistUrl and source, and its terms").arg(where);
        return false;
    }
    const QJsonArray codes = o.value(QLatin1String("codes")).toArray();
    bool anyListed = false;
    for (const QJsonValue& c : codes) {
        DnsblCode code;
        if (!parseCode(c, &code, where, error))
            return false;
        for (const DnsblCode& known : std::as_const(l->codes)) {
            if (code.first <= known.last && known.first <= code.last) {
                *error = QStringLiteral("%1: the answers %2 and %3 overlap")
                             .arg(where, known.answerText(), code.answerText());
                return false;
            }
        }
        anyListed = anyListed || code.kind == DnsblCode::Kind::Listed;
        l->codes.append(code);
    }
    if (!anyListed) {
        *error = QStringLiteral("%1 documents no answer that means listed").arg(where);
        return false;
    }
    return true;
}

} // namespace

bool DnsblCode::contains(const QHostAddress& answer) const
{
    if (answer.protocol() != QAbstractSocket::IPv4Protocol)
        return false;
    const quint32 v = answer.toIPv4Address();
    return v >= first && v <= last;
}

QString DnsblCode::answerText() const
{
    const QString a = QHostAddress(first).toString();
    return first == last ? a : a + QLatin1Char('-') + QHostAddress(last).toString();
}

QString DnsblCode::meaningText() const
{
    return translated(meaning);
}

bool DnsblList::supports(const QHostAddress& address) const
{
    return plainAddress(address).protocol() == QAbstractSocket::IPv4Protocol ? ipv4 : ipv6;
}

const DnsblCode* DnsblList::code(const QHostAddress& answer) const
{
    for (const DnsblCode& c : codes) {
        if (c.contains(answer))
            return &c;
    }
    return nullptr;
}

QString DnsblList::termsText() const
{
    return translated(terms);
}

QList<DnsblList> builtinDnsbls()
{
    static const QList<DnsblList> lists =
        parseBuiltin<QList<DnsblList>>(QStringLiteral(":/postino/catalog/dnsbl.json"), &dnsblsFromJson);
    return lists;
}

std::optional<QList<DnsblList>> dnsblsFromJson(const QByteArray& json, QString* error)
{
    QList<DnsblList> lists;
    if (!parseUniqueList(json, QLatin1String("lists"), "blocklist", &parseList, &lists, error))
        return std::nullopt;
    if (lists.isEmpty()) {
        *error = QStringLiteral("no blocklists");
        return std::nullopt;
    }
    return lists;
}

QStringList dnsblTranslatableStrings()
{
    QStringList out;
    for (const char* s : kDataStrings)
        out << QString::fromUtf8(s);
    return out;
}

QHostAddress plainAddress(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool mapped = false;
        const quint32 v4 = address.toIPv4Address(&mapped);
        if (mapped)
            return QHostAddress(v4);
    }
    QHostAddress out = address;
    out.setScopeId(QString());
    return out;
}

QString dnsblQueryName(const QHostAddress& address, const QString& zone)
{
    const QHostAddress a = plainAddress(address);
    if (a.protocol() != QAbstractSocket::IPv4Protocol && a.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    // The reverse-DNS name has the same labels (RFC 5782 section 2.1 and 2.4), in front of the
    // in-addr.arpa or ip6.arpa suffix.
    QString labels = dns::reverseLookupName(a);
    labels.chop(a.protocol() == QAbstractSocket::IPv4Protocol ? int(qstrlen("in-addr.arpa"))
                                                              : int(qstrlen("ip6.arpa")));
    QString z = zone.trimmed();
    while (z.endsWith(QLatin1Char('.')))
        z.chop(1);
    return labels + z;
}

DnsblAnswer classifyDnsblAnswer(const DnsblList& list, const QHostAddress& address, const dns::Answer& answer)
{
    DnsblAnswer out;
    out.address = plainAddress(address);
    out.listId = list.id;
    out.listName = list.name;
    out.delistUrl = list.delistUrl;
    if (!list.supports(address)) {
        out.state = ListingState::NotAsked;
        out.why = out.address.protocol() == QAbstractSocket::IPv6Protocol
                      ? Dnsbl::tr("%1 lists only IPv4 addresses, so it was not asked about this one.")
                            .arg(list.name)
                      : Dnsbl::tr("%1 lists only IPv6 addresses, so it was not asked about this one.")
                            .arg(list.name);
        return out;
    }
    switch (answer.status) {
    case dns::Status::NxDomain:
    case dns::Status::NoData:
        out.state = ListingState::NotListed;
        return out;
    case dns::Status::Timeout:
        out.why = Dnsbl::tr("the list's DNS server did not answer in time");
        return out;
    case dns::Status::ServerFailure:
        out.why = Dnsbl::tr("the DNS server failed to answer (SERVFAIL)");
        return out;
    case dns::Status::Refused:
        out.why = Dnsbl::tr("the DNS server refused the query (some lists answer only registered or private "
                            "resolvers)");
        return out;
    case dns::Status::BadName:
        out.why = Dnsbl::tr("the name to ask cannot be built from this address and zone");
        return out;
    case dns::Status::Ok:
        break;
    }
    for (const QHostAddress& a : answer.addresses)
        out.returned << a.toString();
    if (answer.addresses.isEmpty()) {
        out.unexpected = true;
        out.why = Dnsbl::tr("the list gave an empty answer, which it does not document");
        return out;
    }
    QStringList listed, refused, unknown;
    for (const QHostAddress& a : answer.addresses) {
        const DnsblCode* c = list.code(a);
        if (!c) {
            unknown << a.toString();
        } else if (c->kind == DnsblCode::Kind::Refused) {
            if (!refused.contains(c->meaningText()))
                refused << c->meaningText();
        } else if (!listed.contains(c->meaningText())) {
            listed << c->meaningText();
        }
    }
    // A refusal means the list did not look the address up, whatever else came with it.
    if (!refused.isEmpty()) {
        out.meaning = refused.join(QLatin1Char(' '));
        out.why = out.meaning;
        return out;
    }
    // A documented listing stands even beside an answer the list does not document.
    if (!listed.isEmpty()) {
        out.state = ListingState::Listed;
        out.meaning = listed.join(QLatin1Char(' '));
        return out;
    }
    out.unexpected = true;
    out.why = Dnsbl::tr("the list answered %1, which is not one of the answers it documents, so the answer "
                        "cannot be trusted either way")
                  .arg(unknown.join(QStringLiteral(", ")));
    return out;
}

} // namespace postino::acceptance
