#pragma once

#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <functional>

namespace postino::dns {

enum class AlignmentMode
{
    Relaxed, // same organisational domain
    Strict,  // exactly the same domain
};

// One address from rua= or ruf=.
struct DmarcReportUri
{
    QString uri;       // as written
    QString address;   // the mailbox, for mailto: URIs
    QString domain;    // the mailbox's domain, normalised
    QString sizeLimit; // the obsolete "!10m" suffix, if any
    bool isMailto = false;
    bool isValid = false; // a mailto: URI with a usable address
};

// A DMARC policy record (RFC 9989), parsed and validated. The stances taken where
// implementations disagree are listed at the top of dmarc.cpp and in docs/dns-stances.md.
struct DmarcRecord
{
    bool isDmarc = false;                // starts with v=DMARC1 and has no error: receivers will apply it
    QList<QPair<QString, QString>> tags; // as written, names in lower case

    QString p = QStringLiteral("none"); // values in lower case
    bool pExplicit = false;
    QString sp; // empty: as p
    QString np; // empty: as sp, else p
    AlignmentMode adkim = AlignmentMode::Relaxed;
    AlignmentMode aspf = AlignmentMode::Relaxed;
    QStringList fo;
    bool testing = false;              // t=y
    QString psd = QStringLiteral("u"); // y, n, u
    QList<DmarcReportUri> rua;
    QList<DmarcReportUri> ruf;

    // Every problem found ("dmarc.*" ids). With a record name given to the parser, subjects
    // and fixes name it.
    Findings findings;

    bool hasErrors() const { return postino::hasErrors(findings); }
    QString subdomainPolicy() const { return sp.isEmpty() ? p : sp; }
    QString nonExistentPolicy() const { return !np.isEmpty() ? np : subdomainPolicy(); }
};

// `recordName` (e.g. "_dmarc.example.com") is only used to word the findings.
DmarcRecord parseDmarcRecord(const QString& record, const QString& recordName = {});

// Would mail pass DMARC alignment? `spfDomain` is the return-path (MAIL FROM) domain,
// `dkimDomain` the signature's d= domain; empty means that method does not apply.
// `orgDomainOf` maps a domain to its organisational domain (see DmarcCheck::orgDomainOf()).
struct DmarcAlignment
{
    bool spf = false;
    bool dkim = false;
    bool aligned() const { return spf || dkim; }
};
using OrgDomainFunction = std::function<QString(const QString& domain)>;
DmarcAlignment alignment(const QString& fromDomain, const QString& spfDomain, const QString& dkimDomain,
                         AlignmentMode adkim, AlignmentMode aspf, const OrgDomainFunction& orgDomainOf);

// The organisational domain by the Public Suffix List ("shop.example.co.uk" → "example.co.uk",
// "a.city.kawasaki.jp" → "city.kawasaki.jp"), used where the DNS tree walk found no DMARC
// record to tell.
QString registrableDomain(const QString& domain);

// What discovery found for one domain.
struct DmarcResult
{
    QString domain;       // as checked, normalised
    QString recordDomain; // where the record applying to `domain` was found; empty: none
    QByteArray record;    // that record, as published
    DmarcRecord parsed;
    QString orgDomain;        // organisational domain, from the walk (else registrableDomain())
    bool inherited = false;   // the record was found at a parent, not at the domain itself
    bool isOrgRecord = false; // the record is the organisational domain's
    QString policy;           // what applies to `domain`: p, or sp / np for a subdomain
    QStringList walk;         // the _dmarc names asked, in walk order
};

// Finds and judges the DMARC record of a domain: the RFC 9989 tree walk (all its queries at
// once), the record's place and syntax, then its report destinations (authorisation records
// for outside domains, MX) in a second round. Emits finished() once.
class DmarcCheck : public Job
{
    Q_OBJECT
public:
    explicit DmarcCheck(Resolver* resolver, QObject* parent = nullptr);

    void start(const QString& domain);

    const DmarcResult& result() const { return m_result; }
    const Findings& findings() const { return m_findings; }
    // For alignment(): names under the organisational domain found here map to it, others
    // to their registrable part.
    OrgDomainFunction orgDomainOf() const;

Q_SIGNALS:
    void finished();

private:
    struct Destination
    {
        QString domain;
        bool external = false;
        Answer mx;
        Answer specific; // <policy domain>._report._dmarc.<domain>
        Answer wildcard; // *._report._dmarc.<domain>
    };

    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(); }
    QString findingSubject() const override { return m_result.domain; }
    Finding cancelledFinding() const override;
    void ask(const QString& name, RecordType type, std::function<void(const Answer&)> store);
    void onDiscovered();
    void finish();

    QPointer<Resolver> m_resolver;
    QPointer<QObject> m_context;
    DmarcResult m_result;
    Findings m_findings;
    QList<Answer> m_levels; // one per walk name
    Answer m_apex;
    QList<Destination> m_destinations;
    int m_pending = 0;
    int m_phase = 0;
    int m_generation = 0; // answers from an earlier run are ignored
    QString m_domain;
};

} // namespace postino::dns
