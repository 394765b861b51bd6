#include "dns/wireresolver.h"

#include <QDnsLookup>
#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace postino::dns {

namespace {

constexpr quint16 kEdnsPayload = 1232; // the DNS flag day 2020 size: no fragmentation

struct Reader
{
    const QByteArray& data;
    int pos = 0;
    bool ok = true;

    quint16 u16()
    {
        if (pos + 2 > data.size()) {
            ok = false;
            return 0;
        }
        const quint16 v = qFromBigEndian<quint16>(data.constData() + pos);
        pos += 2;
        return v;
    }
    quint32 u32()
    {
        if (pos + 4 > data.size()) {
            ok = false;
            return 0;
        }
        const quint32 v = qFromBigEndian<quint32>(data.constData() + pos);
        pos += 4;
        return v;
    }
    // A possibly compressed name starting at `at`; advances `pos` only when reading in place.
    QString name(int* at)
    {
        QStringList labels;
        int p = *at;
        int jumps = 0;
        bool jumped = false;
        int total = 0;
        while (true) {
            if (p >= data.size()) {
                ok = false;
                return {};
            }
            const uchar len = uchar(data.at(p));
            if ((len & 0xc0) == 0xc0) {
                if (p + 1 >= data.size() || ++jumps > 64) {
                    ok = false;
                    return {};
                }
                const int target = ((len & 0x3f) << 8) | uchar(data.at(p + 1));
                if (!jumped)
                    *at = p + 2;
                jumped = true;
                p = target;
                continue;
            }
            if (len & 0xc0) {
                ok = false;
                return {};
            }
            if (len == 0) {
                if (!jumped)
                    *at = p + 1;
                break;
            }
            if (p + 1 + len > data.size() || (total += len + 1) > 255) {
                ok = false;
                return {};
            }
            labels.append(QString::fromLatin1(data.mid(p + 1, len)).toLower());
            p += 1 + len;
        }
        return labels.join(QLatin1Char('.'));
    }
};

struct Record
{
    QString owner;
    quint16 type = 0;
    QByteArray rdata;
    int rdataOffset = 0;
};

} // namespace

std::optional<NameServer> parseNameServer(const QString& text)
{
    NameServer server;
    QString host = text.trimmed();
    if (host.isEmpty())
        return std::nullopt;
    if (host.startsWith(QLatin1Char('['))) {
        const int close = host.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        const QString rest = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (rest.startsWith(QLatin1Char(':'))) {
            bool ok = false;
            server.port = rest.mid(1).toUShort(&ok);
            if (!ok || server.port == 0)
                return std::nullopt;
        } else if (!rest.isEmpty()) {
            return std::nullopt;
        }
    } else if (host.count(QLatin1Char(':')) == 1) {
        bool ok = false;
        server.port = host.section(QLatin1Char(':'), 1).toUShort(&ok);
        if (!ok || server.port == 0)
            return std::nullopt;
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (!server.address.setAddress(host))
        return std::nullopt;
    return server;
}

WireResolver::WireResolver(const QList<NameServer>& servers, QObject* parent)
    : Resolver(parent)
    , m_servers(servers)
{}

QString WireResolver::description() const
{
    if (!m_description.isEmpty())
        return m_description;
    QStringList names;
    for (const NameServer& s : m_servers) {
        QString where = s.address.toString();
        if (s.port != 53)
            where = (s.address.protocol() == QAbstractSocket::IPv6Protocol
                         ? QLatin1Char('[') + where + QLatin1Char(']')
                         : where) +
                    QLatin1Char(':') + QString::number(s.port);
        names << (s.name.isEmpty() ? where : QStringLiteral("%1 (%2)").arg(s.name, where));
    }
    return names.join(QStringLiteral(", "));
}

QByteArray WireResolver::encodeQuery(quint16 id, const QString& name, RecordType type)
{
    QByteArray q;
    const auto put16 = [&q](quint16 v) {
        q.append(char(v >> 8));
        q.append(char(v & 0xff));
    };
    put16(id);
    put16(0x0100); // RD: a recursive server should answer fully
    put16(1);      // one question
    put16(0);
    put16(0);
    put16(1); // the EDNS0 OPT record
    for (const QString& label : name.split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        const QByteArray l = label.toLatin1();
        q.append(char(l.size()));
        q.append(l);
    }
    q.append('\0');
    put16(quint16(type));
    put16(1);       // IN
    q.append('\0'); // root owner
    put16(41);      // OPT
    put16(kEdnsPayload);
    q.append(QByteArray(4, '\0')); // extended rcode, version, flags
    put16(0);
    return q;
}

Answer WireResolver::decodeReply(const QByteArray& reply, quint16 id, const QString& name, RecordType type,
                                 bool* truncated, bool* matches)
{
    Answer answer;
    answer.name = name;
    answer.type = type;
    *truncated = false;
    *matches = false;
    Reader r{reply};
    const quint16 replyId = r.u16();
    const quint16 flags = r.u16();
    const quint16 qd = r.u16();
    const quint16 an = r.u16();
    const quint16 ns = r.u16();
    r.u16(); // additional
    if (!r.ok || replyId != id || !(flags & 0x8000))
        return answer;
    // The question must be ours, or this is a stray (or forged) packet.
    int at = r.pos;
    if (qd != 1)
        return answer;
    const QString qname = r.name(&at);
    r.pos = at;
    const quint16 qtype = r.u16();
    r.u16();
    if (!r.ok || qname != name.toLower() || qtype != quint16(type))
        return answer;
    *matches = true;
    if (flags & 0x0200) {
        *truncated = true;
        return answer;
    }
    const int rcode = flags & 0x000f;
    const bool recursive = flags & 0x0080; // RA: the server follows CNAMEs for us

    QList<Record> records;
    bool authoritySoa = false;
    for (int i = 0; i < an + ns && r.ok; ++i) {
        at = r.pos;
        Record rec;
        rec.owner = r.name(&at);
        r.pos = at;
        rec.type = r.u16();
        r.u16();
        r.u32();
        const quint16 len = r.u16();
        if (!r.ok || r.pos + len > reply.size()) {
            r.ok = false;
            break;
        }
        rec.rdataOffset = r.pos;
        rec.rdata = reply.mid(r.pos, len);
        r.pos += len;
        if (i < an)
            records.append(rec);
        else if (rec.type == quint16(RecordType::SOA))
            authoritySoa = true;
    }
    if (!r.ok) {
        answer.status = Status::ServerFailure;
        return answer;
    }
    switch (rcode) {
    case 0:
        break;
    case 3:
        answer.status = Status::NxDomain;
        break;
    case 5:
        answer.status = Status::Refused;
        return answer;
    default:
        answer.status = Status::ServerFailure;
        return answer;
    }

    QString current = name.toLower();
    for (int hop = 0; hop <= 8; ++hop) {
        bool found = false;
        for (const Record& rec : records) {
            if (rec.owner != current || rec.type != quint16(type))
                continue;
            found = true;
            Reader rd{reply};
            switch (type) {
            case RecordType::A:
                if (rec.rdata.size() == 4)
                    answer.addresses.append(QHostAddress(qFromBigEndian<quint32>(rec.rdata.constData())));
                break;
            case RecordType::AAAA:
                if (rec.rdata.size() == 16)
                    answer.addresses.append(
                        QHostAddress(reinterpret_cast<const quint8*>(rec.rdata.constData())));
                break;
            case RecordType::MX: {
                rd.pos = rec.rdataOffset;
                const quint16 preference = rd.u16();
                int p = rd.pos;
                const QString exchange = rd.name(&p);
                if (rd.ok)
                    answer.mx.append({preference, exchange});
                break;
            }
            case RecordType::SRV: {
                rd.pos = rec.rdataOffset;
                SrvRecord srv;
                srv.priority = rd.u16();
                srv.weight = rd.u16();
                srv.port = rd.u16();
                int p = rd.pos;
                srv.target = rd.name(&p); // "" for "."
                // The fixed part and the name must fill the record exactly.
                if (rd.ok && p == rec.rdataOffset + rec.rdata.size())
                    answer.srv.append(srv);
                break;
            }
            case RecordType::TXT:
            case RecordType::SPF: {
                QList<QByteArray> chunks;
                int p = 0;
                while (p < rec.rdata.size()) {
                    const int len = uchar(rec.rdata.at(p));
                    chunks.append(rec.rdata.mid(p + 1, len));
                    p += 1 + len;
                }
                answer.textChunks.append(chunks);
                answer.texts.append(chunks.join());
                break;
            }
            default: {
                int p = rec.rdataOffset;
                const QString target = rd.name(&p);
                if (rd.ok)
                    answer.targets.append(target);
                break;
            }
            }
        }
        if (found) {
            answer.status = Status::Ok;
            break;
        }
        QString next;
        for (const Record& rec : records) {
            if (rec.owner == current && rec.type == quint16(RecordType::CNAME)) {
                Reader rd{reply};
                int p = rec.rdataOffset;
                next = rd.name(&p);
            }
        }
        if (next.isEmpty() || type == RecordType::CNAME)
            break;
        if (answer.cnameChain.contains(next) || next == name.toLower()) {
            answer.status = Status::ServerFailure;
            answer.cnameLoop = true;
            return answer;
        }
        answer.cnameChain.append(next);
        current = next;
    }
    std::sort(answer.mx.begin(), answer.mx.end(), [](const MxRecord& x, const MxRecord& y) {
        return x.preference != y.preference ? x.preference < y.preference : x.exchange < y.exchange;
    });
    sortSrvRecords(answer.srv);
    const bool hasData = !answer.addresses.isEmpty() || !answer.texts.isEmpty() || !answer.mx.isEmpty() ||
                         !answer.srv.isEmpty() || !answer.targets.isEmpty();
    if (answer.status == Status::Ok && !hasData) {
        answer.status = Status::NoData;
        // An authoritative server leaves a CNAME into another zone for us to follow.
        if (!answer.cnameChain.isEmpty() && !recursive && !authoritySoa)
            answer.danglingCname = answer.cnameChain.constLast();
    }
    return answer;
}

namespace {

// One query in flight: owns its sockets and timer, answers once, then deletes itself.
class WireQuery : public QObject
{
public:
    WireQuery(QList<NameServer> servers, QString name, RecordType type, int timeoutMs, int retries,
              QString description, Resolver::Callback done, QObject* parent)
        : QObject(parent)
        , m_servers(std::move(servers))
        , m_name(std::move(name))
        , m_type(type)
        , m_timeoutMs(timeoutMs)
        , m_attemptsLeft(retries + 1)
        , m_description(std::move(description))
        , m_done(std::move(done))
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { sendUdp(); });
    }

    void start() { sendUdp(); }

private:
    void finish(Answer answer)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        answer.server = m_description;
        m_done(answer);
        deleteLater();
    }

    void sendUdp()
    {
        if (m_attemptsLeft-- <= 0) {
            Answer timeout;
            timeout.name = m_name;
            timeout.type = m_type;
            timeout.status = Status::Timeout;
            finish(timeout);
            return;
        }
        const NameServer& server = m_servers.at(m_attempt++ % m_servers.size());
        m_server = server;
        m_id = quint16(QRandomGenerator::global()->generate());
        m_query = WireResolver::encodeQuery(m_id, m_name, m_type);
        delete m_udp;
        m_udp = new QUdpSocket(this);
        // A DNS server is always asked directly. Without this, every bind() asks the system
        // proxy configuration (libproxy on Linux) first, blocking for milliseconds per query.
        m_udp->setProxy(QNetworkProxy::NoProxy);
        connect(m_udp, &QUdpSocket::readyRead, this, [this] { readUdp(); });
        m_udp->bind(server.address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress::AnyIPv6
                                                                               : QHostAddress::AnyIPv4,
                    0);
        m_udp->writeDatagram(m_query, server.address, server.port);
        m_timer.start(m_timeoutMs);
    }

    void readUdp()
    {
        while (m_udp && m_udp->hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray datagram(int(qMax<qint64>(m_udp->pendingDatagramSize(), 0)), '\0');
            m_udp->readDatagram(datagram.data(), datagram.size(), &from, &port);
            if (port != m_server.port || !from.isEqual(m_server.address, QHostAddress::TolerantConversion))
                continue;
            bool truncated = false;
            bool matches = false;
            Answer answer = WireResolver::decodeReply(datagram, m_id, m_name, m_type, &truncated, &matches);
            if (!matches)
                continue;
            if (truncated) {
                sendTcp();
                return;
            }
            finish(answer);
            return;
        }
    }

    void sendTcp()
    {
        m_timer.stop();
        m_tcp = new QTcpSocket(this);
        m_tcp->setProxy(QNetworkProxy::NoProxy);
        connect(m_tcp, &QTcpSocket::connected, this, [this] {
            QByteArray framed;
            framed.append(char(m_query.size() >> 8));
            framed.append(char(m_query.size() & 0xff));
            m_tcp->write(framed + m_query);
        });
        connect(m_tcp, &QTcpSocket::readyRead, this, [this] {
            m_tcpBuffer += m_tcp->readAll();
            if (m_tcpBuffer.size() < 2)
                return;
            const int length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
            if (m_tcpBuffer.size() < 2 + length)
                return;
            bool truncated = false;
            bool matches = false;
            Answer answer = WireResolver::decodeReply(m_tcpBuffer.mid(2, length), m_id, m_name, m_type,
                                                      &truncated, &matches);
            if (!matches || truncated)
                answer.status = Status::ServerFailure;
            finish(answer);
        });
        connect(m_tcp, &QTcpSocket::errorOccurred, this, [this] {
            Answer failed;
            failed.name = m_name;
            failed.type = m_type;
            failed.status = Status::ServerFailure;
            finish(failed);
        });
        // Over TCP there is one attempt, bounded by the same time.
        disconnect(&m_timer, nullptr, this, nullptr);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            Answer timeout;
            timeout.name = m_name;
            timeout.type = m_type;
            timeout.status = Status::Timeout;
            finish(timeout);
        });
        m_timer.start(m_timeoutMs);
        m_tcp->connectToHost(m_server.address, m_server.port);
    }

    QList<NameServer> m_servers;
    QString m_name;
    RecordType m_type;
    int m_timeoutMs;
    int m_attemptsLeft;
    int m_attempt = 0;
    QString m_description;
    Resolver::Callback m_done;
    NameServer m_server;
    quint16 m_id = 0;
    QByteArray m_query;
    QUdpSocket* m_udp = nullptr;
    QTcpSocket* m_tcp = nullptr;
    QByteArray m_tcpBuffer;
    QTimer m_timer;
    bool m_finished = false;
};

} // namespace

void WireResolver::query(const QString& name, RecordType type, Callback done)
{
    if (m_servers.isEmpty()) {
        Answer failed;
        failed.name = name;
        failed.type = type;
        failed.status = Status::ServerFailure;
        QTimer::singleShot(0, this, [done = std::move(done), failed] { done(failed); });
        return;
    }
    auto* q =
        new WireQuery(m_servers, name, type, m_timeoutMs, m_retries, description(), std::move(done), this);
    q->start();
}

// ---------------------------------------------------------------------------------------

QString QtResolver::description() const
{
    return tr("system resolver");
}

void QtResolver::query(const QString& name, RecordType type, Callback done)
{
    Answer answer;
    answer.name = name;
    answer.type = type;
    answer.server = description();
    QDnsLookup::Type qtType;
    switch (type) {
    case RecordType::A:
        qtType = QDnsLookup::A;
        break;
    case RecordType::AAAA:
        qtType = QDnsLookup::AAAA;
        break;
    case RecordType::CNAME:
        qtType = QDnsLookup::CNAME;
        break;
    case RecordType::MX:
        qtType = QDnsLookup::MX;
        break;
    case RecordType::NS:
        qtType = QDnsLookup::NS;
        break;
    case RecordType::PTR:
        qtType = QDnsLookup::PTR;
        break;
    case RecordType::TXT:
        qtType = QDnsLookup::TXT;
        break;
    case RecordType::SRV:
        qtType = QDnsLookup::SRV;
        break;
    default:
        answer.status = Status::NoData; // QDnsLookup cannot ask for it
        QTimer::singleShot(0, this, [done = std::move(done), answer] { done(answer); });
        return;
    }
    auto* lookup = new QDnsLookup(qtType, name, this);
    auto* timer = new QTimer(lookup);
    timer->setSingleShot(true);
    auto finished = std::make_shared<bool>(false);
    connect(timer, &QTimer::timeout, lookup, [lookup, done, answer, finished]() mutable {
        *finished = true;
        answer.status = Status::Timeout;
        lookup->abort();
        lookup->deleteLater();
        done(answer);
    });
    connect(lookup, &QDnsLookup::finished, this, [lookup, done, answer, finished]() mutable {
        if (*finished)
            return;
        *finished = true;
        lookup->deleteLater();
        switch (lookup->error()) {
        case QDnsLookup::NoError:
            break;
        case QDnsLookup::NotFoundError:
            answer.status = Status::NxDomain;
            break;
        case QDnsLookup::ServerRefusedError:
            answer.status = Status::Refused;
            break;
        case QDnsLookup::ServerFailureError:
        case QDnsLookup::ResolverError:
        case QDnsLookup::OperationCancelledError:
            answer.status = Status::ServerFailure;
            break;
        default:
            // Qt 6.4 reports an empty answer as an invalid reply on Unix.
            answer.status = Status::NoData;
            break;
        }
        for (const QDnsHostAddressRecord& r : lookup->hostAddressRecords())
            answer.addresses.append(r.value());
        for (const QDnsTextRecord& r : lookup->textRecords()) {
            answer.textChunks.append(r.values());
            answer.texts.append(r.values().join());
        }
        for (const QDnsMailExchangeRecord& r : lookup->mailExchangeRecords())
            answer.mx.append({r.preference(), normalizedName(r.exchange())});
        for (const QDnsServiceRecord& r : lookup->serviceRecords())
            answer.srv.append({r.priority(), r.weight(), r.port(), normalizedName(r.target())}); // "." -> ""
        sortSrvRecords(answer.srv);
        if (answer.type == RecordType::CNAME) {
            for (const QDnsDomainNameRecord& r : lookup->canonicalNameRecords())
                answer.targets.append(normalizedName(r.value()));
        } else {
            // The CNAMEs the server followed are the way to the data, not the data: kept in order
            // from the name asked, as the wire resolver does, and a loop is a failure.
            QHash<QString, QString> next;
            for (const QDnsDomainNameRecord& r : lookup->canonicalNameRecords())
                next.insert(normalizedName(r.name()), normalizedName(r.value()));
            const QString asked = normalizedName(answer.name);
            QString current = asked;
            while (next.contains(current)) {
                const QString target = next.take(current);
                if (target == asked || answer.cnameChain.contains(target)) {
                    answer.cnameLoop = true;
                    break;
                }
                answer.cnameChain.append(target);
                current = target;
            }
        }
        for (const QDnsDomainNameRecord& r : lookup->pointerRecords())
            answer.targets.append(normalizedName(r.value()));
        for (const QDnsDomainNameRecord& r : lookup->nameServerRecords())
            answer.targets.append(normalizedName(r.value()));
        const bool hasData = !answer.addresses.isEmpty() || !answer.texts.isEmpty() || !answer.mx.isEmpty() ||
                             !answer.srv.isEmpty() || !answer.targets.isEmpty();
        if (answer.cnameLoop && !hasData) {
            answer.status = Status::ServerFailure;
        } else if ((answer.status == Status::Ok || answer.status == Status::NoData) && !hasData) {
            answer.status = Status::NoData;
            // A server that does not recurse leaves the chain's end for the resolver to follow.
            if (!answer.cnameChain.isEmpty())
                answer.danglingCname = answer.cnameChain.constLast();
        }
        done(answer);
    });
    timer->start(m_timeoutMs * (m_retries + 1));
    lookup->lookup();
}

Resolver* createSystemResolver(QObject* parent)
{
    QFile conf(QStringLiteral("/etc/resolv.conf"));
    QList<NameServer> servers;
    if (conf.open(QIODevice::ReadOnly)) {
        while (!conf.atEnd()) {
            const QString line = QString::fromLatin1(conf.readLine()).simplified();
            if (!line.startsWith(QLatin1String("nameserver ")))
                continue;
            NameServer s;
            QString address = line.section(QLatin1Char(' '), 1, 1);
            address = address.section(QLatin1Char('%'), 0, 0); // link-local scope
            if (s.address.setAddress(address))
                servers.append(s);
        }
    }
    if (servers.isEmpty())
        return new QtResolver(parent);
    auto* resolver = new WireResolver(servers, parent);
    resolver->setDescription(QtResolver::tr("system resolver (%1)").arg(resolver->description()));
    return resolver;
}

// ---------------------------------------------------------------------------------------

AuthoritativeResolver::AuthoritativeResolver(const QString& domain, Resolver* fallback, QObject* parent)
    : Resolver(parent)
    , m_domain(normalizedName(domain))
    , m_fallback(fallback)
{}

QString AuthoritativeResolver::description() const
{
    if (m_serverNames.isEmpty())
        return m_fallback->description();
    return tr("the name servers of %1: %2").arg(m_zone, m_serverNames.join(QStringLiteral(", ")));
}

void AuthoritativeResolver::query(const QString& name, RecordType type, Callback done)
{
    const auto send = [this, name, type, done = std::move(done)]() {
        Resolver* target =
            m_direct && isSameOrSubdomain(name, m_zone) ? static_cast<Resolver*>(m_direct) : m_fallback;
        target->lookup(name, type, this, done);
    };
    if (m_ready) {
        send();
        return;
    }
    m_queued.append(send);
    discover();
}

void AuthoritativeResolver::discover()
{
    if (m_discovering || m_ready)
        return;
    m_discovering = true;
    if (m_domain.isEmpty()) {
        ready();
        return;
    }
    findZone(m_domain);
}

void AuthoritativeResolver::findZone(const QString& candidate)
{
    m_fallback->lookup(candidate, RecordType::NS, this, [this, candidate](const Answer& answer) {
        if (answer.ok() && !answer.targets.isEmpty() && answer.cnameChain.isEmpty()) {
            m_zone = candidate;
            resolveServers(answer.targets);
            return;
        }
        const int dot = candidate.indexOf(QLatin1Char('.'));
        if (answer.status == Status::NoData && dot > 0 && candidate.mid(dot + 1).contains(QLatin1Char('.'))) {
            findZone(candidate.mid(dot + 1));
            return;
        }
        ready(); // no zone found: everything goes to the fallback
    });
}

void AuthoritativeResolver::resolveServers(const QStringList& hosts)
{
    const QStringList chosen = hosts.mid(0, 4);
    auto pending = std::make_shared<int>(int(chosen.size()));
    auto found = std::make_shared<QList<NameServer>>();
    for (const QString& host : chosen) {
        m_fallback->lookup(host, RecordType::A, this, [this, host, pending, found](const Answer& answer) {
            for (const QHostAddress& a : answer.addresses)
                found->append(NameServer{a, 53, host});
            if (--*pending > 0)
                return;
            if (!found->isEmpty()) {
                m_direct = new WireResolver(*found, this);
                m_direct->setTimeout(m_timeoutMs);
                m_direct->setRetries(m_retries);
                m_direct->setFollowCnames(false); // out-of-zone targets are ours to route
                for (const NameServer& s : *found)
                    m_serverNames << QStringLiteral("%1 (%2)").arg(s.name, s.address.toString());
            }
            ready();
        });
    }
}

void AuthoritativeResolver::ready()
{
    m_ready = true;
    m_discovering = false;
    const auto queued = std::exchange(m_queued, {});
    for (const auto& send : queued)
        send();
}

} // namespace postino::dns
