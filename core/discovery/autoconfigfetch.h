#pragma once

#include "discovery/autoconfig.h"
#include "job/job.h"

#include <QList>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>
#include <array>

namespace postino {
class ResolvedGet;
struct HttpAnswer;
struct ResolvedGetResult;
namespace dns {
class Resolver;
struct Answer;
} // namespace dns
} // namespace postino

namespace postino::discovery {

struct AutoconfigFetchOptions
{
    // Sent as ?emailaddress=, as Thunderbird does on both URLs (servers that make the file per
    // user read it). Only when its domain is the one fetched from; empty: no query.
    QString emailAddress;
    quint16 httpsPort = 443;        // tests use their server's port
    QList<QSslCertificate> extraCa; // a CA to trust besides the system's (tests)
    int timeoutMs = 4000;           // the whole fetch, name lookups included
    qint64 maxBytes = kAutoconfigMaxBytes;
};

struct AutoconfigResult
{
    QString domain;
    QList<SmtpCandidate> candidates; // from the file used; empty when none was usable
    Findings findings;               // ids "discover.autoconfig.*"
    QString answeredUrl;             // the URL whose file gave the candidates; empty when none did
};

// Fetches the domain's own autoconfig file from https://autoconfig.<domain>/mail/config-v1.1.xml
// and https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml at the same time, and reads its
// SMTP servers. The first URL wins when both have a usable file; the job ends as soon as it has
// one, or when both are done, or when timeoutMs has passed (what is still out is then reported
// as not answering). Names are resolved through the given resolver and the connection goes to
// the address found, the certificate checked for the URL's name. At most one redirect is
// followed, and only to the same host over HTTPS. Nothing is asked of anyone but the domain.
class AutoconfigFetch : public Job
{
    Q_OBJECT
public:
    explicit AutoconfigFetch(dns::Resolver* resolver, QObject* parent = nullptr);
    ~AutoconfigFetch() override;

    void start(const QString& domain, const AutoconfigFetchOptions& options = {});

    // The two URLs asked, the preferred one first (with the query when an address is given).
    static std::array<QUrl, 2> urlsFor(const QString& domain, const AutoconfigFetchOptions& options);

Q_SIGNALS:
    void finished(const postino::discovery::AutoconfigResult& result);

private:
    enum class Outcome
    {
        Pending,
        Usable,       // a file with at least one SMTP server
        NotPublished, // no such name, no web server, 404, or a page that is no autoconfig file
        Problem,      // a finding says what: a broken file, a bad certificate, no answer in time
    };
    struct Source
    {
        QUrl url;
        ResolvedGet* get = nullptr; // the name's lookups, then the exchange
        int redirects = 0;
        Outcome outcome = Outcome::Pending;
        QString why; // for the summary when nothing is published
        AutoconfigParse parse;
        Findings findings;
    };

    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_domain; }
    void fetch(int index);
    void onFetched(int index, const ResolvedGetResult& fetched);
    void onAnswer(int index, const HttpAnswer& answer);
    bool followRedirect(int index, const HttpAnswer& answer);
    void settle(int index, Outcome outcome);
    void onTimeout();
    void decide();
    void finish();
    void stopSources();

    dns::Resolver* m_resolver;
    AutoconfigFetchOptions m_options;
    QString m_domain;
    std::array<Source, 2> m_sources;
    AutoconfigResult m_result;
    QTimer m_timer;
};

} // namespace postino::discovery

Q_DECLARE_METATYPE(postino::discovery::AutoconfigResult)
