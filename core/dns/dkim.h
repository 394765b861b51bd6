#pragma once

#include "dns/resolver.h"
#include "finding.h"
#include "job/job.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace postino::dns {

// A DKIM key record (RFC 6376 section 3.6.1), parsed and with its key decoded.
struct DkimKey
{
    // What is wrong with the record, in OpenDKIM's classes (DKIM_SIGERROR_*), so that our
    // verdicts line up with what a receiving server would say.
    enum class Problem
    {
        None,
        Syntax,          // not a tag list, duplicate tag, or no p= tag (DNSSYNTAX)
        BadVersion,      // v= present and not DKIM1, or not the first tag (KEYVERSION)
        UnknownKeyType,  // k= other than rsa or ed25519 (KEYTYPEUNKNOWN)
        UnknownHash,     // h= lists no hash we know (KEYUNKNOWNHASH)
        Revoked,         // p= empty (KEYREVOKED)
        CorruptKey,      // p= is not base64, or not a key (KEYDECODE)
        KeyTypeMismatch, // k= says one type, p= holds the other
    };

    Problem problem = Problem::None;
    QString problemText; // what exactly is wrong, translated, for the finding's detail

    QList<QPair<QByteArray, QByteArray>> tags; // as published, in order (to rebuild a fixed record)

    QString keyType = QStringLiteral("rsa"); // k=, lower case
    bool keyTypeExplicit = false;
    QStringList hashes;   // h=, empty: any
    QStringList services; // s=, empty: any
    QStringList flags;    // t=
    QString notes;        // n=
    QByteArray keyData;   // p=, decoded (DER for RSA, 32 raw bytes for ed25519)
    int bits = 0;         // RSA modulus size; 256 for ed25519

    bool isValid() const { return problem == Problem::None; }
    bool testing() const { return flags.contains(QStringLiteral("y")); }
    bool strictSubdomains() const { return flags.contains(QStringLiteral("s")); }
    bool allowsSha256() const { return hashes.isEmpty() || hashes.contains(QStringLiteral("sha256")); }
    bool allowsEmail() const
    {
        return services.isEmpty() || services.contains(QStringLiteral("*")) ||
               services.contains(QStringLiteral("email"));
    }
};

DkimKey parseDkimKeyRecord(const QByteArray& record);
QString dkimProblemName(DkimKey::Problem problem); // "syntax", "bad_version", …

// What the lookup of one selector gave.
struct DkimSelectorResult
{
    enum class State
    {
        Pending,
        Found,      // a record was found (valid or not: see key)
        Missing,    // no record at the name, nor at the end of its CNAME chain
        DnsError,   // timeout, server failure, refused: try again later
        CnameLoop,  // the name's CNAMEs point back to themselves
        BadName,    // the selector cannot form a DNS name
        NotChecked, // cancelled before an answer
    };

    QString selector;
    QString name;            // <selector>._domainkey.<domain>
    bool fromMailer = false; // one of the mailer's selectors, not typed by the user
    State state = State::Pending;
    Status status = Status::Ok;
    QStringList cnameChain;    // where the name is delegated to (CNAME targets in order)
    QList<QByteArray> records; // every TXT record at the name, chunks joined
    QByteArray record;         // the record the verdict is about
    DkimKey key;

    QString keyType() const { return key.keyType; }
    int bits() const { return key.bits; }
    bool testing() const { return key.testing(); }
};

// Looks up every selector of a domain at once and judges the keys found. Emits finished()
// once, after the last answer or after cancel(); the resolver's own timeouts bound the wait.
class DkimCheck : public Job
{
    Q_OBJECT
public:
    struct Request
    {
        QString domain;
        QStringList mailerSelectors; // from the catalog (dns.dkimSelectors)
        QStringList userSelectors;   // typed by the user
        QString mailerName;          // for the advice: "SendGrid"
        QString mailerHint;          // the catalog's dns.dkim text: what the mailer asks to publish
        // Where the mailer's selector CNAMEs lead (dns.checks.dkimTargetSuffix), e.g. "sendgrid.net".
        QStringList mailerTargetSuffixes;
    };

    explicit DkimCheck(Resolver* resolver, QObject* parent = nullptr);

    void start(const Request& request);

    const QList<DkimSelectorResult>& results() const { return m_results; }
    const Findings& findings() const { return m_findings; }

Q_SIGNALS:
    void finished();

private:
    POSTINO_JOB_STEPS
    void emitFinished() override { Q_EMIT finished(); }
    QString findingSubject() const override { return m_request.domain; }
    void onAnswer(int index, const Answer& answer);
    void finish();
    void judge();

    QPointer<Resolver> m_resolver;
    QPointer<QObject> m_context; // owns the pending lookups; deleting it drops their answers
    Request m_request;
    QList<DkimSelectorResult> m_results;
    Findings m_findings;
    int m_pending = 0;
    int m_generation = 0; // answers from an earlier run are ignored
};

} // namespace postino::dns
