#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

namespace postino::dns {

enum class RecordType : quint16
{
    A = 1,
    NS = 2,
    CNAME = 5,
    SOA = 6,
    PTR = 12,
    MX = 15,
    TXT = 16,
    AAAA = 28,
    SRV = 33,
    SPF = 99, // obsolete SPF RR type, still queried to warn about it
};

QString recordTypeName(RecordType type);

// Kept apart because they mean different things to SPF, DMARC and to the user:
// a name that does not exist is not the same as a name without that record.
enum class Status
{
    Ok,
    NoData,        // the name exists but has no record of this type
    NxDomain,      // the name does not exist
    Timeout,       // no answer within the time allowed (after the retry)
    ServerFailure, // SERVFAIL, or a reply we could not use
    Refused,       // the server refused to answer (not authoritative, policy)
    BadName,       // the name cannot be queried (empty label, label over 63 bytes, ...)
};

QString statusName(Status status);

struct MxRecord
{
    quint16 preference = 0;
    QString exchange; // "" for a null MX ("0 .")
    bool operator==(const MxRecord&) const = default;
};

// RFC 2782. Lists of them are sorted by priority (lowest first), then by weight (highest
// first: the one a client picks most often), then by target.
struct SrvRecord
{
    quint16 priority = 0;
    quint16 weight = 0;
    quint16 port = 0;
    QString target; // "" for "." (RFC 2782: the service is decidedly not available at this domain)
    bool operator==(const SrvRecord&) const = default;
};

// Sorts SRV records as Answer::srv keeps them.
void sortSrvRecords(QList<SrvRecord>& records);

struct Answer
{
    QString name; // the name asked for
    RecordType type = RecordType::TXT;
    Status status = Status::Ok;
    // TXT / SPF: one entry per record, its character-strings joined with no separator
    // (RFC 7208 section 3.3); `textChunks` keeps the strings as published, for size checks.
    QList<QByteArray> texts;
    QList<QList<QByteArray>> textChunks;
    QList<QHostAddress> addresses; // A / AAAA
    QStringList targets;           // CNAME / PTR / NS names, without the trailing dot
    QList<MxRecord> mx;            // sorted by preference, then name
    QList<SrvRecord> srv;          // sorted as sortSrvRecords() does
    QStringList cnameChain;        // CNAME targets followed on the way, in order
    QString danglingCname;         // from query(): a CNAME whose target the server did not give
    bool cnameLoop = false;        // ServerFailure because the CNAMEs point back to themselves
    QString server;                // who answered, for reports ("system resolver", "192.0.2.1")

    bool ok() const { return status == Status::Ok; }
    // RFC 7208 section 4.6.4: a lookup that returned nothing (no data or no domain).
    bool isVoid() const { return status == Status::NoData || status == Status::NxDomain; }
    bool isTemporaryError() const
    {
        return status == Status::Timeout || status == Status::ServerFailure || status == Status::Refused;
    }
    // The final name after following CNAMEs.
    QString canonicalName() const { return cnameChain.isEmpty() ? name : cnameChain.constLast(); }
};

// Asynchronous DNS lookups. Answers always arrive later, never from within lookup(), and
// are dropped when `context` has been destroyed. The base class caches answers for its
// lifetime (one report), merges identical queries in flight, and follows CNAMEs that a
// server left dangling (up to 8 hops; a loop gives ServerFailure), so callers always get
// the data they asked for. Implementations only answer single queries in query().
class Resolver : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Answer&)>;

    explicit Resolver(QObject* parent = nullptr)
        : QObject(parent)
    {}

    void lookup(const QString& name, RecordType type, QObject* context, Callback done);
    // A short description for reports: "system resolver", "ns1.example.com (192.0.2.53)".
    virtual QString description() const = 0;

    // Per query, and how many times a query that got no answer is sent again.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setRetries(int retries) { m_retries = retries; }
    int retries() const { return m_retries; }

    // Off: answers keep `danglingCname` for a resolver above this one to follow.
    void setFollowCnames(bool follow) { m_followCnames = follow; }

    // Forget every answer ("check again").
    void clearCache() { m_cache.clear(); }
    // How many queries were sent so far (answers from the cache are not counted).
    int queriesSent() const { return m_queriesSent; }

protected:
    // One query, answered once through `done` (later, not from within this call). An
    // answer with `danglingCname` set and no data means "follow this name".
    virtual void query(const QString& name, RecordType type, Callback done) = 0;

    int m_timeoutMs = 3000;
    int m_retries = 1;
    int m_queriesSent = 0;
    bool m_followCnames = true;

private:
    void resolve(const QString& name, RecordType type, const QString& cacheKey);
    void follow(const QString& original, const QString& name, RecordType type, const QStringList& chain,
                const std::function<void(const Answer&)>& finish);
    void complete(const QString& cacheKey, const Answer& answer);

    QHash<QString, Answer> m_cache;
    QHash<QString, QList<QPair<QPointer<QObject>, Callback>>> m_waiting;
};

// Normalises a name for lookup and comparison: lower case, no trailing dot, IDNA (punycode)
// for non-ASCII labels. Returns an empty string when the name cannot be queried.
QString normalizedName(const QString& name);
// Whether `name` is `domain` or below it.
bool isSameOrSubdomain(const QString& name, const QString& domain);
// The name a PTR query for `address` asks: "7.113.0.203.in-addr.arpa", "…ip6.arpa" (RFC 3596).
QString reverseLookupName(const QHostAddress& address);

// In-memory records for unit tests and the RFC 7208 suite. Behaves like a recursive
// resolver: CNAMEs are followed inside the data set; names not present answer NXDOMAIN.
class MemoryResolver : public Resolver
{
    Q_OBJECT
public:
    explicit MemoryResolver(QObject* parent = nullptr);

    void addTxt(const QString& name, const QList<QByteArray>& chunks, RecordType type = RecordType::TXT);
    void addTxt(const QString& name, const QByteArray& text) { addTxt(name, QList<QByteArray>{text}); }
    void addAddress(const QString& name, const QString& address); // A or AAAA by its form
    void addMx(const QString& name, quint16 preference, const QString& exchange);
    // `target` "." (or empty) is RFC 2782's "not offered here".
    void addSrv(const QString& name, quint16 priority, quint16 weight, quint16 port, const QString& target);
    void addName(const QString& name, RecordType type, const QString& target); // CNAME, PTR, NS
    // The name exists but has no records (empty non-terminal, or only other types).
    void addEmpty(const QString& name);
    // Any query for a type with no data at `name` times out (the suite's TIMEOUT entry).
    void addTimeout(const QString& name);
    // Every query for `name` gets this status (for SERVFAIL / REFUSED cases).
    void setStatus(const QString& name, Status status);
    // Answer after this delay instead of on the next event-loop turn.
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }

    QString description() const override;

    // Queries seen so far, as "name/TYPE", in order (tests assert on what was asked).
    QStringList queryLog() const { return m_log; }

protected:
    void query(const QString& name, RecordType type, Callback done) override;

private:
    struct Node
    {
        QList<QPair<RecordType, QList<QByteArray>>> texts;
        QList<QHostAddress> addresses;
        QList<MxRecord> mx;
        QList<SrvRecord> srv;
        QList<QPair<RecordType, QString>> names;
        bool timeoutOnMissing = false;
        bool hasStatus = false;
        Status status = Status::Ok;
    };
    Answer resolve(const QString& name, RecordType type) const;
    Node& node(const QString& name);

    QHash<QString, Node> m_nodes;
    QStringList m_log;
    int m_latencyMs = 0;
};

} // namespace postino::dns
