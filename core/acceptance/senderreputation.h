#pragma once

#include "acceptance/dnsbl.h"
#include "acceptance/reversedns.h"
#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <optional>

namespace postino::acceptance {

// An address that sends the site's mail, by the name the user's settings give.
struct SendingHost
{
    QString name; // a host name, or a literal IPv4 / IPv6 address
    QString role; // "smtp": the SMTP server Postino sends through; "site": the website's server
};

struct SenderReputationOptions
{
    QList<DnsblList> lists; // empty: builtinDnsbls()
    int lookupTimeoutMs = 5000;
    // The whole check; zero: three lookups in a row (name, then PTR, then the PTR name) plus a second.
    int deadlineMs = 0;
};

struct SenderReputation
{
    QList<QHostAddress> addresses;      // every address checked: host by host, IPv4 first
    QList<DnsblAnswer> dnsbl;           // per address, one per list (NotAsked where the list does not apply)
    QList<ReverseDnsAnswer> reverseDns; // one per address
    Findings findings;
};

// The sending reputation of the addresses that actually send mail (issue 18): every address of every
// host, asked of every DNS blocklist that covers its kind (IPv4 / IPv6), and its forward-confirmed
// reverse DNS. Every query goes out as soon as what it needs is known (name → address → list query
// or PTR → PTR name), all in parallel; each lookup is bounded by lookupTimeoutMs, so a silent list
// server delays nothing beyond that and is reported as "could not check" while the others report.
// Finding ids: dnsbl.listed, dnsbl.not_listed, dnsbl.could_not_check, dnsbl.unexpected_answer,
// rdns.confirmed, rdns.mismatch, rdns.missing, rdns.generic, rdns.could_not_check,
// reputation.host_not_found, reputation.host_could_not_check; subjects "host (address)".
class SenderReputationCheck : public Job
{
    Q_OBJECT
public:
    explicit SenderReputationCheck(dns::Resolver* resolver, QObject* parent = nullptr);

    // Cancels a run still going, then checks `hosts`. Finishes from the event loop.
    void start(const QList<SendingHost>& hosts, const SenderReputationOptions& options = {});

    // Complete once finished (after a cancel or the deadline: what had arrived by then).
    const SenderReputation& result() const { return m_result; }

Q_SIGNALS:
    void finished(const postino::acceptance::SenderReputation& result);

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    Finding deadlineFinding() const override;

    struct Settings
    {
        QList<SendingHost> hosts;
        SenderReputationOptions options;
    };
    struct Host
    {
        QString name; // as given, trimmed
        QString role;
        bool literal = false;
        std::optional<dns::Answer> a, aaaa;
    };
    struct Checked
    {
        qsizetype host = 0;
        QHostAddress address;
        QList<std::optional<dns::Answer>> lists; // per list; nullopt: not asked yet or no answer yet
        std::optional<ReverseDnsAnswer> reverse;
    };

    void lookup(const QString& name, dns::RecordType type, std::function<void(const dns::Answer&)> done);
    void hostAnswered(qsizetype host, const dns::Answer& answer);
    void checkAddress(qsizetype host, const QHostAddress& address);
    void answered();
    void compose();
    void composeHost(qsizetype index);
    void composeAddress(const Checked& c);
    QString subject(const Checked& c) const;

    QPointer<dns::Resolver> m_resolver;
    QPointer<QObject> m_context; // owns the pending lookups; deleting it drops their answers
    Settings m_settings;
    QList<DnsblList> m_lists;
    QList<Host> m_hosts;
    QList<Checked> m_checked;
    int m_pending = 0;
    bool m_composed = false;
    SenderReputation m_result;
};

} // namespace postino::acceptance

Q_DECLARE_METATYPE(postino::acceptance::SenderReputation)
