#pragma once

#include "acceptance/acceptance.h"
#include "acceptance/domainpolicies.h"
#include "acceptance/senderreputation.h"
#include "catalog/catalog.h"
#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace postino::dns {

class SpfCheck;
class SpfEvaluator;
class DkimCheck;
class DmarcCheck;

struct DomainReportOptions
{
    QString domain; // the From address's domain
    QString mailerId;
    QStringList extraSelectors; // DKIM selectors the user typed
    QString returnPathHost;     // e.g. "em1234" for mailers whose bounce host is per account
    QHostAddress senderAddress; // optional: a server whose SPF verdict the user wants to know
    QJsonObject mailerSettings; // the profile's settings for the mailer (its region, say)
    int deadlineMs = 20000;     // the whole report, whatever the servers do
    // The servers that send the mail (the SMTP relay, the website): their addresses are checked on
    // DNS blocklists and for forward-confirmed reverse DNS. Empty: not checked.
    QList<acceptance::SendingHost> sendingHosts;
    acceptance::SenderReputationOptions reputation;
    // MTA-STS, TLS-RPT and BIMI of the domain: records, and the policy file and logo over HTTPS.
    bool checkPolicies = true;
    acceptance::DomainPoliciesOptions policies;
    // What the verdict per mailbox provider also reads besides this report's findings (how mail is
    // handed over, a test message), and who sends.
    Findings acceptanceEvidence;
    acceptance::AcceptanceContext acceptanceContext;
};

// Everything Postino checks in DNS for one From domain and mailer: SPF, DKIM, DMARC and
// alignment, MX, the mailer's return-path and verification records. All independent
// queries go out at once; the result is one list of findings with stable ids, each with
// the record seen, the record expected and the record to add.
class DomainReport : public Job
{
    Q_OBJECT
public:
    DomainReport(Resolver* resolver, const DomainReportOptions& options, QObject* parent = nullptr);

    QString domain() const { return m_domain; }
    const MailerInfo* mailer() const { return m_mailer; }
    Findings findings() const;
    // Gmail, Yahoo and Outlook.com's rules against this report and the extra evidence.
    acceptance::AcceptanceVerdict acceptance() const;
    QJsonObject toJson() const;
    QString toText() const;

Q_SIGNALS:
    void finished();

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(); }
    QString findingSubject() const override { return m_domain; }
    void checkMx();
    void checkReturnPath();
    void checkMailFromMx(const QJsonObject& rp, const QString& host);
    void returnPathFound(const QString& fqdn, const QString& seen);
    void returnPathUnreadable(const QString& fqdn, Status status);
    void checkVerification();
    void checkSenderReputation();
    void checkRelaySpf(const acceptance::SenderReputation& reputation);
    void checkPolicies();
    void checkAlignment();
    void partDone();
    void finish();
    void add(Finding f, Findings& into);

    Resolver* m_resolver;
    DomainReportOptions m_options;
    QString m_domain;
    const MailerInfo* m_mailer = nullptr;
    QJsonObject m_checks;
    SpfCheck* m_spf = nullptr;
    DkimCheck* m_dkim = nullptr;
    DmarcCheck* m_dmarc = nullptr;
    acceptance::SenderReputationCheck* m_reputation = nullptr;
    Findings m_reputationFindings;
    QPointer<SpfEvaluator> m_relaySpf; // the SMTP relay's address against the domain's SPF
    acceptance::DomainPoliciesCheck* m_policies = nullptr;
    Findings m_policyFindings;
    Findings m_alignmentFindings;
    Findings m_mxFindings;
    Findings m_returnPathFindings;
    Findings m_otherFindings;
    QString m_returnPathDomain; // where bounces go, when found under the From domain
    int m_pendingParts = 0;
    QTimer m_deadline;
};

} // namespace postino::dns
