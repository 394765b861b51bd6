#pragma once

#include "api/httpexchange.h"
#include "dns/resolver.h"
#include "job/job.h"

#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

namespace postino {

struct ResolvedGetOptions
{
    // The name lookups and the exchange together: the exchange gets what is left once the name has
    // an address.
    int timeoutMs = 4000;
    qint64 maxBytes = 64 * 1024; // a larger answer is cut off and reported as TooLarge
    QList<QSslCertificate> extraCa;
    HttpHeaders headers; // sent with the GET (Accept, ...)
};

// How a GET through the resolver ended.
struct ResolvedGetResult
{
    enum class Kind
    {
        Answered,     // the exchange ran: `answer` says how (any HTTP status, too large, a network error)
        NoAddress,    // the name has neither an A nor an AAAA record, or does not exist
        LookupFailed, // no usable answer to the lookups (timeout, SERVFAIL, refused): it may have an address
    };
    Kind kind = Kind::LookupFailed;
    QUrl url;
    QHostAddress address;                       // where the exchange connected
    dns::Status lookupStatus = dns::Status::Ok; // LookupFailed: the failure seen
    HttpAnswer answer;                          // Answered (and cancelled: the ending finding)
};

// One bounded HTTPS GET of a URL whose host is resolved through Postino's resolver, not the
// system's: A and AAAA at once, IPv4 first (a machine without IPv6 connectivity is still common),
// IPv6 when the name has no IPv4 address. The connection goes to the address found while the TLS
// server name and the certificate check keep the URL's host (HttpExchangeOptions::connectTo); no
// redirect is followed. Finishes once, from the event loop.
class ResolvedGet : public Job
{
    Q_OBJECT
public:
    explicit ResolvedGet(dns::Resolver* resolver, QObject* parent = nullptr);
    ~ResolvedGet() override;

    void start(const QUrl& url, const ResolvedGetOptions& options);

    // Sends the lookups for `host` now, so that a ResolvedGet started later (once another record
    // has said there is something to fetch) finds them answered: the resolver keeps its answers
    // and merges a query still out with the same one asked again.
    static void resolveAhead(dns::Resolver* resolver, const QString& host, QObject* context);

Q_SIGNALS:
    void finished(const postino::ResolvedGetResult& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override
    {
        return m_url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    }
    void onAddress(const dns::Answer& answer);
    void fetch();
    void dropExchange();

    dns::Resolver* m_resolver;
    QUrl m_url;
    ResolvedGetOptions m_options;
    ResolvedGetResult m_result;
    HttpExchange* m_exchange = nullptr;
    QHostAddress m_v6;
    dns::Status m_lookupProblem = dns::Status::Ok;
    int m_lookupsPending = 0;
    quint64 m_run = 0; // answers for an earlier run are ignored
};

} // namespace postino

Q_DECLARE_METATYPE(postino::ResolvedGetResult)
