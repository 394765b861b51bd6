#include "dns/resolver.h"

#include <QTimer>
#include <QUrl>

namespace postino::dns {

QString recordTypeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QStringLiteral("A");
    case RecordType::NS:
        return QStringLiteral("NS");
    case RecordType::CNAME:
        return QStringLiteral("CNAME");
    case RecordType::SOA:
        return QStringLiteral("SOA");
    case RecordType::PTR:
        return QStringLiteral("PTR");
    case RecordType::MX:
        return QStringLiteral("MX");
    case RecordType::TXT:
        return QStringLiteral("TXT");
    case RecordType::AAAA:
        return QStringLiteral("AAAA");
    case RecordType::SRV:
        return QStringLiteral("SRV");
    case RecordType::SPF:
        return QStringLiteral("SPF");
    }
    return QString::number(int(type));
}

QString statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NoData:
        return QStringLiteral("nodata");
    case Status::NxDomain:
        return QStringLiteral("nxdomain");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::ServerFailure:
        return QStringLiteral("servfail");
    case Status::Refused:
        return QStringLiteral("refused");
    case Status::BadName:
        return QStringLiteral("badname");
    }
    return {};
}

QString normalizedName(const QString& name)
{
    QString n = name.trimmed();
    while (n.endsWith(QLatin1Char('.')))
        n.chop(1);
    if (n.isEmpty())
        return {};
    bool ascii = true;
    for (QChar c : n) {
        if (c.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    QByteArray encoded;
    if (ascii) {
        encoded = n.toLatin1().toLower();
    } else {
        encoded = QUrl::toAce(n, QUrl::AceProcessingOption::IgnoreIDNWhitelist);
        if (encoded.isEmpty())
            return {};
        encoded = encoded.toLower();
    }
    if (encoded.size() > 253)
        return {};
    for (const QByteArray& label : encoded.split('.')) {
        if (label.isEmpty() || label.size() > 63)
            return {};
    }
    return QString::fromLatin1(encoded);
}

bool isSameOrSubdomain(const QString& name, const QString& domain)
{
    const QString n = normalizedName(name);
    const QString d = normalizedName(domain);
    if (n.isEmpty() || d.isEmpty())
        return false;
    return n == d || n.endsWith(QLatin1Char('.') + d);
}

QString reverseLookupName(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v & 0xff)
            .arg((v >> 8) & 0xff)
            .arg((v >> 16) & 0xff)
            .arg(v >> 24);
    }
    const Q_IPV6ADDR a = address.toIPv6Address();
    QString out;
    for (int i = 15; i >= 0; --i) {
        out += QString::number(a[i] & 0xf, 16) + QLatin1Char('.');
        out += QString::number(a[i] >> 4, 16) + QLatin1Char('.');
    }
    return out + QStringLiteral("ip6.arpa");
}

void sortSrvRecords(QList<SrvRecord>& records)
{
    std::sort(records.begin(), records.end(), [](const SrvRecord& x, const SrvRecord& y) {
        if (x.priority != y.priority)
            return x.priority < y.priority;
        if (x.weight != y.weight)
            return x.weight > y.weight;
        if (x.target != y.target)
            return x.target < y.target;
        return x.port < y.port;
    });
}

MemoryResolver::MemoryResolver(QObject* parent)
    : Resolver(parent)
{}

MemoryResolver::Node& MemoryResolver::node(const QString& name)
{
    const QString key = normalizedName(name);
    return m_nodes[key.isEmpty() ? name.toLower() : key];
}

void MemoryResolver::addTxt(const QString& name, const QList<QByteArray>& chunks, RecordType type)
{
    node(name).texts.append({type, chunks});
}

void MemoryResolver::addAddress(const QString& name, const QString& address)
{
    node(name).addresses.append(QHostAddress(address));
}

void MemoryResolver::addMx(const QString& name, quint16 preference, const QString& exchange)
{
    QString target = exchange;
    while (target.endsWith(QLatin1Char('.')))
        target.chop(1);
    node(name).mx.append({preference, target.toLower()});
}

void MemoryResolver::addSrv(const QString& name, quint16 priority, quint16 weight, quint16 port,
                            const QString& target)
{
    QString t = target;
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    node(name).srv.append({priority, weight, port, t.toLower()});
}

void MemoryResolver::addName(const QString& name, RecordType type, const QString& target)
{
    QString t = target;
    while (t.endsWith(QLatin1Char('.')))
        t.chop(1);
    node(name).names.append({type, t.toLower()});
}

void MemoryResolver::addEmpty(const QString& name)
{
    node(name);
}

void MemoryResolver::addTimeout(const QString& name)
{
    node(name).timeoutOnMissing = true;
}

void MemoryResolver::setStatus(const QString& name, Status status)
{
    Node& n = node(name);
    n.hasStatus = true;
    n.status = status;
}

QString MemoryResolver::description() const
{
    return QStringLiteral("memory");
}

Answer MemoryResolver::resolve(const QString& name, RecordType type) const
{
    Answer answer;
    answer.name = name;
    answer.type = type;
    answer.server = description();
    QString current = normalizedName(name);
    if (current.isEmpty()) {
        answer.status = Status::BadName;
        return answer;
    }
    for (int hop = 0; hop <= 8; ++hop) {
        const auto it = m_nodes.constFind(current);
        if (it == m_nodes.constEnd()) {
            answer.status = Status::NxDomain;
            return answer;
        }
        const Node& n = *it;
        if (n.hasStatus) {
            answer.status = n.status;
            return answer;
        }
        switch (type) {
        case RecordType::TXT:
        case RecordType::SPF:
            for (const auto& [t, chunks] : n.texts) {
                if (t == type) {
                    answer.textChunks.append(chunks);
                    answer.texts.append(chunks.join());
                }
            }
            break;
        case RecordType::A:
        case RecordType::AAAA:
            for (const QHostAddress& a : n.addresses) {
                const bool v4 = a.protocol() == QAbstractSocket::IPv4Protocol;
                if (v4 == (type == RecordType::A))
                    answer.addresses.append(a);
            }
            break;
        case RecordType::MX:
            answer.mx = n.mx;
            std::sort(answer.mx.begin(), answer.mx.end(), [](const MxRecord& x, const MxRecord& y) {
                return x.preference != y.preference ? x.preference < y.preference : x.exchange < y.exchange;
            });
            break;
        case RecordType::SRV:
            answer.srv = n.srv;
            sortSrvRecords(answer.srv);
            break;
        default:
            for (const auto& [t, target] : n.names) {
                if (t == type)
                    answer.targets.append(target);
            }
            break;
        }
        const bool hasData = !answer.texts.isEmpty() || !answer.addresses.isEmpty() || !answer.mx.isEmpty() ||
                             !answer.srv.isEmpty() || !answer.targets.isEmpty();
        if (hasData)
            return answer;
        QString cname;
        for (const auto& [t, target] : n.names) {
            if (t == RecordType::CNAME)
                cname = target;
        }
        if (cname.isEmpty() || type == RecordType::CNAME) {
            answer.status = n.timeoutOnMissing ? Status::Timeout : Status::NoData;
            return answer;
        }
        if (answer.cnameChain.contains(cname) || cname == normalizedName(name)) {
            answer.status = Status::ServerFailure;
            answer.cnameLoop = true;
            return answer;
        }
        answer.cnameChain.append(cname);
        current = cname;
    }
    answer.status = Status::ServerFailure; // chain too long
    return answer;
}

void MemoryResolver::query(const QString& name, RecordType type, Callback done)
{
    m_log.append(normalizedName(name) + QLatin1Char('/') + recordTypeName(type));
    Answer answer = resolve(name, type);
    // A timeout takes the full time allowed (with retries) in real life; here it only has
    // to arrive after the other answers, which the latency models well enough.
    QTimer::singleShot(m_latencyMs, this,
                       [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

// ---------------------------------------------------------------------------------------

void Resolver::lookup(const QString& name, RecordType type, QObject* context, Callback done)
{
    const QString normalized = normalizedName(name);
    const QString cacheKey =
        (normalized.isEmpty() ? name : normalized) + QLatin1Char('/') + QString::number(int(type));
    const auto cached = m_cache.constFind(cacheKey);
    if (cached != m_cache.constEnd()) {
        QTimer::singleShot(0, this,
                           [context = QPointer<QObject>(context), done = std::move(done), a = *cached] {
                               if (context)
                                   done(a);
                           });
        return;
    }
    auto& waiting = m_waiting[cacheKey];
    waiting.append({QPointer<QObject>(context), std::move(done)});
    if (waiting.size() > 1)
        return; // the same query is already out
    if (normalized.isEmpty()) {
        Answer bad;
        bad.name = name;
        bad.type = type;
        bad.status = Status::BadName;
        bad.server = description();
        QTimer::singleShot(0, this, [this, cacheKey, bad] { complete(cacheKey, bad); });
        return;
    }
    resolve(normalized, type, cacheKey);
}

void Resolver::resolve(const QString& name, RecordType type, const QString& cacheKey)
{
    follow(name, name, type, {}, [this, cacheKey](const Answer& answer) { complete(cacheKey, answer); });
}

void Resolver::follow(const QString& original, const QString& name, RecordType type, const QStringList& chain,
                      const std::function<void(const Answer&)>& finish)
{
    ++m_queriesSent;
    query(name, type, [=, this, guard = QPointer<Resolver>(this)](const Answer& answer) {
        if (!guard)
            return;
        Answer current = answer;
        current.name = original;
        current.cnameChain = chain + answer.cnameChain;
        if (!m_followCnames) {
            finish(current);
            return;
        }
        const QString target = normalizedName(answer.danglingCname);
        current.danglingCname.clear();
        if (answer.danglingCname.isEmpty() || type == RecordType::CNAME) {
            finish(current);
            return;
        }
        const QStringList before = current.cnameChain.mid(0, current.cnameChain.size() - 1);
        if (target.isEmpty() || target == original || before.contains(target) ||
            current.cnameChain.size() > 8) {
            current.status = Status::ServerFailure; // a CNAME loop or an endless chain
            current.cnameLoop = true;
            finish(current);
            return;
        }
        follow(original, target, type, current.cnameChain, finish);
    });
}

void Resolver::complete(const QString& cacheKey, const Answer& answer)
{
    m_cache.insert(cacheKey, answer);
    const auto waiting = m_waiting.take(cacheKey);
    for (const auto& [context, done] : waiting) {
        if (context)
            done(answer);
    }
}

} // namespace postino::dns
