#pragma once

#include "dns/resolver.h"
#include "dns/spf.h"
#include "finding.h"
#include "job/job.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace postino::dns {

// What a mailer expects of the From domain's SPF, from the catalog (dns.checks).
struct SpfExpectation
{
    QString mailerName;
    QString include;     // the include users add ("spf.mailjet.com"); empty when none
    QStringList aliases; // older or regional includes that count as the mailer's
    QString atRoot;      // "required", "optional" or "avoid"
    static SpfExpectation fromCatalog(const QString& mailerName, const QJsonObject& checks);
    bool matches(const QString& includeDomain) const;
};

// What to do when `address` does not get "pass" from the SPF of `domain`.
Advice authoriseInSpfAdvice(const QHostAddress& address, const QString& domain);

// The SPF half of the domain report: finds and parses the record, fetches the whole include
// tree at once (every include as soon as it is seen), then judges it — multiple records,
// syntax with the position, the obsolete SPF type, size, +all / ?all / no all, ptr, lookups
// and void lookups over the limits, loops, duplicate and broken includes — and, for the
// chosen mailer, whether its include is there and whether one of its own sending addresses
// would pass check_host().
class SpfCheck : public Job
{
    Q_OBJECT
public:
    SpfCheck(Resolver* resolver, const QString& domain, const SpfExpectation& expectation,
             QObject* parent = nullptr);

    // Also evaluate check_host() for this address (the user's own server, say), at once.
    void setSenderAddress(const QHostAddress& address) { m_senderAddress = address; }
    Findings findings() const { return m_findings; }
    QString record() const { return m_record; }
    int lookups() const { return m_lookups; }
    // An address taken from the mailer's own SPF, and what the domain's policy said of it.
    QHostAddress sampleAddress() const { return m_sample; }
    SpfOutcome sampleOutcome() const { return m_sampleOutcome; }

Q_SIGNALS:
    void finished();

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(); }
    QString findingSubject() const override { return m_domain; }

    struct Node
    {
        bool done = false;
        Status status = Status::Ok;
        QList<QByteArray> spfRecords;
        SpfRecord parsed;
        int textSize = 0;
        QList<QByteArray> chunks;
    };
    void fetch(const QString& domain);
    void fetchTarget(const QString& name, RecordType type);
    void checkDone();
    void analyze();
    void walk(const QString& domain, QStringList& stack, QSet<QString>& seen, int* lookups, int* voids);
    QHostAddress findSample(const QString& domain, QSet<QString>& seen) const;
    void evaluateSample();
    void finish();
    QString suggestedRecord(const QString& addInclude, const QString& replaceAll = {}) const;
    QString improvedRecord() const;
    bool treeIncludesMailer(const QString& domain, QSet<QString>& visited) const;
    void add(Finding f);

    Resolver* m_resolver;
    QString m_domain;
    SpfExpectation m_expectation;
    QHash<QString, Node> m_nodes;
    QHash<QString, Answer> m_targets; // a / mx targets: "name/type"
    int m_pending = 0;
    bool m_spfTypeSeen = false;
    bool m_hasMailerInclude = false;
    QString m_mailerInclude; // the include (or alias) of the mailer found in the tree
    bool m_analysisQueued = false;
    QString m_record;
    int m_lookups = 0;
    QHostAddress m_sample;
    SpfOutcome m_sampleOutcome;
    SpfEvaluator* m_evaluator = nullptr;
    QHostAddress m_senderAddress;
    SpfEvaluator* m_senderEvaluator = nullptr;
    Findings m_findings;
};

} // namespace postino::dns
