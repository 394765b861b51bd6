#pragma once

#include "acceptance/mtasts.h"
#include "api/resolvedget.h"
#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QList>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

namespace postino {
namespace dns {
struct DmarcResult;
} // namespace dns
} // namespace postino

namespace postino::acceptance {

struct DomainPoliciesOptions
{
    // The port the policy host and the logo host are asked on when the URL names none (tests use
    // their own server's port).
    quint16 httpsPort = 443;
    QList<QSslCertificate> extraCa; // a CA to trust besides the system's (tests)
    int timeoutMs = 5000;           // the whole check: lookups and both fetches
};

struct DomainPolicies
{
    QString domain;
    QString mtaStsMode;   // "enforce", "testing" or "none" from a usable policy; "" when none is
    QStringList mtaStsMx; // the policy's mx patterns
    bool tlsRpt = false;  // a usable _smtp._tls record
    bool bimi = false;    // a usable BIMI record with an https:// logo
    QString bimiLogoUrl;  // its l=
    Findings findings;    // ids "mtasts.*", "tlsrpt.*", "bimi.*", "policies.*"
};

// The From domain's MTA-STS (RFC 8461), TLS-RPT (RFC 8460) and BIMI records. Every first-round
// query goes out at once: TXT _mta-sts, _smtp._tls and default._bimi, the domain's MX, and the
// addresses of mta-sts.<domain>; the policy file is fetched as soon as both the _mta-sts record
// and that address are in (TXT ‖ A → HTTPS), the logo once the BIMI record names it. Both fetches
// go through the resolver's address with the certificate checked for the URL's name, follow no
// redirect and read at most 64 KiB (policy) and 32 KiB (logo). A lookup without an answer
// (timeout, SERVFAIL) is reported as "could not check", never as "absent". Finishes once, from the
// event loop.
class DomainPoliciesCheck : public Job
{
    Q_OBJECT
public:
    explicit DomainPoliciesCheck(dns::Resolver* resolver, QObject* parent = nullptr);
    ~DomainPoliciesCheck() override;

    void start(const QString& domain, const DomainPoliciesOptions& options = {});

    const DomainPolicies& result() const { return m_result; }

    // The policy file's address for a domain (with the options' port).
    static QUrl policyUrl(const QString& domain, quint16 httpsPort = 443);

Q_SIGNALS:
    void finished(const postino::acceptance::DomainPolicies& result);

private:
    enum Part
    {
        StsTxt,
        TlsRptTxt,
        BimiTxt,
        Mx,
        PartCount,
    };

    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(m_result); }
    QString findingSubject() const override { return m_domain; }
    QString recordName(Part part) const;
    void onAnswer(Part part, const dns::Answer& answer);
    void maybeFetchPolicy();
    void maybeFetchLogo();
    ResolvedGet* fetch(const QUrl& url, qint64 maxBytes, const QByteArray& accept);
    void onPolicy(const ResolvedGetResult& fetched);
    void onLogo(const ResolvedGetResult& fetched);
    void onTimeout();
    void maybeFinish();
    void finish();
    void stopFetches();

    // What each part adds to the findings, in the report's order, and to the result's fields.
    void reportMtaSts(Findings& out);
    void reportPolicy(Findings& out);
    void reportTlsRpt(Findings& out);
    void reportBimi(Findings& out);
    Finding couldNotCheck(const QString& subject, const QString& detail) const;
    QStringList mxHosts() const;

    QPointer<dns::Resolver> m_resolver;
    DomainPoliciesOptions m_options;
    QString m_domain;
    DomainPolicies m_result;
    QTimer m_timer;
    quint64 m_run = 0;

    dns::Answer m_answers[PartCount];
    bool m_answered[PartCount] = {};

    // The policy file and the logo: asked for, then what came back.
    ResolvedGet* m_policyGet = nullptr;
    ResolvedGet* m_logoGet = nullptr;
    bool m_policyAsked = false;
    bool m_logoAsked = false;
    bool m_policyDone = false;
    bool m_logoDone = false;
    ResolvedGetResult m_policy;
    ResolvedGetResult m_logo;
};

// BIMI needs DMARC at enforcement (the BIMI draft, section 2): p=quarantine applied to all mail
// (pct 100, not in t=y testing) or p=reject, and a published subdomain policy that is not none.
// Called after the DMARC check (dns::DmarcCheck). Gives "bimi.dmarc_ok" (Ok) when met, otherwise
// "bimi.dmarc_too_weak": a Warning when the domain publishes BIMI (its logo will not show), Info
// with the step to take when it does not (yet).
Finding bimiDmarcPrerequisite(const DomainPolicies& policies, const dns::DmarcResult& dmarc);

} // namespace postino::acceptance

Q_DECLARE_METATYPE(postino::acceptance::DomainPolicies)
