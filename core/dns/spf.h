#pragma once

#include "dns/resolver.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace postino::dns {

enum class SpfResult
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
};

QString spfResultName(SpfResult result); // "pass", "permerror", ... as in RFC 7208

struct SpfTerm
{
    enum class Kind
    {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
        Redirect,
        Exp,
        UnknownModifier,
    };
    Kind kind = Kind::All;
    QChar qualifier = QLatin1Char('+');
    QString name;                     // as written ("include", "IP4", "foo" for an unknown modifier)
    QString domainSpec;               // include / a / mx / ptr / exists / redirect / exp; may hold macros
    QPair<QHostAddress, int> network; // ip4 / ip6
    int cidr4 = 32;                   // a / mx
    int cidr6 = 128;
    int position = 0; // offset of the term in the record, for messages
    QString text;     // the term as written

    bool isMechanism() const
    {
        return kind != Kind::Redirect && kind != Kind::Exp && kind != Kind::UnknownModifier;
    }
    bool hasMacro() const { return domainSpec.contains(QLatin1Char('%')); }
    // Mechanisms and modifiers that count towards the 10-lookup limit (RFC 7208 4.6.4).
    bool countsAsLookup() const
    {
        return kind == Kind::Include || kind == Kind::A || kind == Kind::Mx || kind == Kind::Ptr ||
               kind == Kind::Exists || kind == Kind::Redirect;
    }
};

struct SpfRecord
{
    QList<SpfTerm> terms;
    QString error;          // empty when the record parsed
    int errorPosition = -1; // byte offset of the problem
    bool isValid() const { return error.isEmpty(); }
    const SpfTerm* redirect() const;
    const SpfTerm* exp() const;
    const SpfTerm* all() const;
};

// Whether a TXT string is an SPF record: "v=spf1" alone or followed by a space (RFC 7208 4.5).
bool isSpfRecord(const QByteArray& text);
// Parses the record (the "v=spf1" prefix included). Any syntax error anywhere makes the
// whole record invalid (RFC 7208 4.6).
SpfRecord parseSpfRecord(const QByteArray& text);
// Checks a macro-string; returns the offset of the first error or -1.
int macroStringError(const QByteArray& text, bool explanation = false);

struct SpfOutcome
{
    SpfResult result = SpfResult::None;
    QString domain;      // the domain whose policy was checked
    QString record;      // the top-level record, when one was found
    QString mechanism;   // the term that decided ("include:_spf.example.net", "default")
    QString explanation; // for fail: the domain's exp= text or the default explanation
    QString problem;     // for temperror / permerror / none: what happened, in the user's language
    int lookups = 0;     // terms that counted towards the 10-lookup limit
    int voidLookups = 0;
};

// The <sender> check_host() is given (RFC 7208 4.3): "postmaster@<helo>" when there is none,
// and "postmaster" as the local part when it has none ("example.com", "@example.com").
QString spfSenderAddress(const QString& sender, const QString& helo);

// RFC 7208 check_host(). Asynchronous, and read ahead: as soon as a record arrives, the
// targets of all its terms are asked for (includes and redirect, a, mx, exists, ptr, exp;
// macros expanded where they can be), and as soon as MX or PTR names arrive, their
// addresses, wherever they stand in the tree, so the whole evaluation waits for about one
// answer per level of dependent queries. The evaluation itself stays strictly in record
// order: it is a pure function of the answers seen so far, run again when the answer it
// waits for arrives, and only the queries it makes count towards the lookup, void-lookup and
// MX / PTR limits; queries sent ahead change nothing but the time taken.
class SpfEvaluator : public QObject
{
    Q_OBJECT
public:
    explicit SpfEvaluator(Resolver* resolver, QObject* parent = nullptr);

    // Used for a fail when the domain gives no explanation of its own.
    void setDefaultExplanation(const QString& text) { m_defaultExplanation = text; }
    void setReceivingDomain(const QString& domain) { m_receivingDomain = domain; } // %{r}

    // `sender` is the MAIL FROM address, completed by spfSenderAddress().
    void start(const QHostAddress& ip, const QString& sender, const QString& helo);
    // Checks `domain` directly (the report's "would this mailer's addresses pass").
    void startForDomain(const QHostAddress& ip, const QString& domain, const QString& sender,
                        const QString& helo);
    void cancel();
    bool isFinished() const { return m_finished; }
    SpfOutcome outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished();

private:
    struct Run;
    enum class Match
    {
        Yes,
        No,
        Pending,
        TempError,
        PermError,
    };
    struct HostResult
    {
        std::optional<SpfResult> result; // nullopt: still waiting for DNS
        QString mechanism;
        QString problem;
        const SpfRecord* record = nullptr; // the record that decided (its exp= explains a fail)
        QString domain;                    // where that record is published
    };

    void evaluate();
    HostResult checkHost(Run& run, const QString& domain, int depth);
    Match matchTerm(Run& run, const SpfTerm& term, const QString& domain, int depth, QString* problem);
    Match matchAddresses(Run& run, const QString& host, int cidr4, int cidr6, QString* problem);
    // What a lookup that a term needs decides before its records are read: not answered yet, a
    // temporary error (`failed`: "... %1 (name) ... %2 (status)"), or a void answer, which counts
    // towards the void limit. Nothing when the records are to be read.
    enum class EmptyAnswer
    {
        Counts,
        IsVoid,
    };
    std::optional<Match> settleLookup(Run& run, const Answer* answer, EmptyAnswer empty,
                                      const QString& failed, const QString& name, QString* problem);
    std::optional<QString> explanation(Run& run, const SpfRecord& record, const QString& domain);
    std::optional<QString> expand(Run& run, const QString& spec, const QString& domain, bool explanation,
                                  bool* ok);
    std::optional<QString> validatedPtrName(Run& run, const QString& domain);
    const Answer* answer(const QString& name, RecordType type);
    void prefetch(const QString& name, RecordType type);
    void request(const QString& name, RecordType type, const QString& key);
    void readAhead(const QString& name, RecordType type, const Answer& answer);
    void prefetchRecord(const SpfRecord& record, const QString& domain);
    Run newRun() const;
    const SpfRecord* parsed(const QByteArray& text);
    RecordType addressType() const;
    static QString key(const QString& name, RecordType type);

    Resolver* m_resolver;
    QHostAddress m_ip;
    QString m_sender;
    QString m_helo;
    QString m_domain;
    QString m_defaultExplanation;
    QString m_receivingDomain;
    QHash<QString, Answer> m_answers;
    QSet<QString> m_inFlight;
    // On the heap: a record stays where it is while the hash grows under an evaluation.
    QHash<QByteArray, std::shared_ptr<const SpfRecord>> m_parsed;
    QString m_blockedOn;
    int m_prefetchBudget = 0;
    bool m_finished = false;
    bool m_running = false;
    SpfOutcome m_outcome;
};

} // namespace postino::dns
