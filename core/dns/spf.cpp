#include "dns/spf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace postino::dns {

namespace {

struct Spf
{
    Q_DECLARE_TR_FUNCTIONS(Spf)
};

constexpr int kLookupLimit = 10; // RFC 7208 4.6.4
constexpr int kVoidLimit = 2;
constexpr int kMxLimit = 10;
constexpr int kPtrLimit = 10;
constexpr int kMaxDepth = 24; // a safety net; loops end at the lookup limit first

QString voidLimitProblem()
{
    return Spf::tr("more than %1 lookups returned nothing (RFC 7208 limit)").arg(kVoidLimit);
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool isTopLabel(const QByteArray& label)
{
    if (label.isEmpty())
        return false;
    bool hasAlpha = false;
    bool hasHyphen = false;
    for (char c : label) {
        if (c == '-')
            hasHyphen = true;
        else if (isAlpha(c))
            hasAlpha = true;
        else if (!isDigit(c))
            return false;
    }
    if (!hasHyphen)
        return hasAlpha;
    return isAlnum(label.front()) && isAlnum(label.back());
}

bool isMacroLetter(char c, bool explanation)
{
    const char l = char(c | 0x20);
    if (QByteArrayView("slodiphv").contains(l))
        return true;
    return explanation && QByteArrayView("crt").contains(l);
}

bool isDelimiter(char c)
{
    return QByteArrayView(".-+,/_=").contains(c);
}

// Parses "/24", "//64", "/24//64" at the end of `text`; returns the text without it.
bool splitDualCidr(QByteArray& text, int* cidr4, int* cidr6, QString* error)
{
    const auto parseNumber = [](const QByteArray& digits, int max, int* out) {
        if (digits.isEmpty() || digits.size() > 3)
            return false;
        if (digits.size() > 1 && digits.front() == '0')
            return false;
        for (char c : digits) {
            if (!isDigit(c))
                return false;
        }
        *out = digits.toInt();
        return *out <= max;
    };
    const int dbl = text.lastIndexOf("//");
    if (dbl >= 0) {
        const QByteArray digits = text.mid(dbl + 2);
        if (!parseNumber(digits, 128, cidr6)) {
            *error = Spf::tr("invalid IPv6 prefix length /%1").arg(QString::fromLatin1(digits));
            return false;
        }
        text.truncate(dbl);
    }
    const int single = text.lastIndexOf('/');
    if (single >= 0) {
        const QByteArray digits = text.mid(single + 1);
        bool numeric = !digits.isEmpty();
        for (char c : digits)
            numeric = numeric && isDigit(c);
        if (numeric || dbl >= 0 || digits.isEmpty()) {
            if (!parseNumber(digits, 32, cidr4)) {
                *error = Spf::tr("invalid IPv4 prefix length /%1").arg(QString::fromLatin1(digits));
                return false;
            }
            text.truncate(single);
        }
    }
    return true;
}

int domainSpecError(const QByteArray& spec)
{
    if (spec.isEmpty())
        return 0;
    const int macroError = macroStringError(spec);
    if (macroError >= 0)
        return macroError;
    // domain-end = ( "." toplabel [ "." ] ) / macro-expand
    if (spec.endsWith('}'))
        return -1;
    if (spec.size() >= 2 && spec.at(spec.size() - 2) == '%' &&
        (spec.back() == '%' || spec.back() == '_' || spec.back() == '-')) {
        // "%%" at the end could also be the second half of "%%%", which the macro check allows
        return -1;
    }
    QByteArray body = spec;
    if (body.endsWith('.'))
        body.chop(1);
    const int dot = body.lastIndexOf('.');
    if (dot < 0)
        return int(spec.size());
    if (!isTopLabel(body.mid(dot + 1)))
        return dot + 1;
    return -1;
}

bool parseIp4Network(const QByteArray& text, QHostAddress* address)
{
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 4)
        return false;
    for (const QByteArray& p : parts) {
        if (p.isEmpty() || p.size() > 3 || (p.size() > 1 && p.front() == '0'))
            return false;
        for (char c : p) {
            if (!isDigit(c))
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return address->setAddress(QString::fromLatin1(text)) &&
           address->protocol() == QAbstractSocket::IPv4Protocol;
}

bool parseIp6Network(const QByteArray& text, QHostAddress* address)
{
    for (char c : text) {
        if (!(isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')) && c != ':' && c != '.')
            return false;
    }
    return text.contains(':') && address->setAddress(QString::fromLatin1(text)) &&
           address->protocol() == QAbstractSocket::IPv6Protocol;
}

QString reverseName(const QHostAddress& ip)
{
    return reverseLookupName(ip);
}

QString dottedIp(const QHostAddress& ip)
{
    if (ip.protocol() == QAbstractSocket::IPv4Protocol)
        return ip.toString();
    const Q_IPV6ADDR a = ip.toIPv6Address();
    QStringList nibbles;
    for (int i = 0; i < 16; ++i) {
        nibbles << QString::number(a[i] >> 4, 16) << QString::number(a[i] & 0xf, 16);
    }
    // Upper case as the RFC 7208 suite expects (v-macro-ip6); DNS does not mind.
    return nibbles.join(QLatin1Char('.')).toUpper();
}

QString trimToDomainLength(QString name)
{
    while (name.size() > 253) {
        const int dot = name.indexOf(QLatin1Char('.'));
        if (dot < 0)
            break;
        name = name.mid(dot + 1);
    }
    return name;
}

} // namespace

QString spfResultName(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return QStringLiteral("none");
    case SpfResult::Neutral:
        return QStringLiteral("neutral");
    case SpfResult::Pass:
        return QStringLiteral("pass");
    case SpfResult::Fail:
        return QStringLiteral("fail");
    case SpfResult::SoftFail:
        return QStringLiteral("softfail");
    case SpfResult::TempError:
        return QStringLiteral("temperror");
    case SpfResult::PermError:
        return QStringLiteral("permerror");
    }
    return {};
}

const SpfTerm* SpfRecord::redirect() const
{
    for (const SpfTerm& t : terms) {
        if (t.kind == SpfTerm::Kind::Redirect)
            return &t;
    }
    return nullptr;
}

const SpfTerm* SpfRecord::exp() const
{
    for (const SpfTerm& t : terms) {
        if (t.kind == SpfTerm::Kind::Exp)
            return &t;
    }
    return nullptr;
}

const SpfTerm* SpfRecord::all() const
{
    for (const SpfTerm& t : terms) {
        if (t.kind == SpfTerm::Kind::All)
            return &t;
    }
    return nullptr;
}

bool isSpfRecord(const QByteArray& text)
{
    return text.size() >= 6 && qstrnicmp(text.constData(), "v=spf1", 6) == 0 &&
           (text.size() == 6 || text.at(6) == ' ');
}

int macroStringError(const QByteArray& text, bool explanation)
{
    for (int i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == ' ' && explanation)
            continue;
        if (uchar(c) < 0x21 || uchar(c) > 0x7e)
            return i;
        if (c != '%')
            continue;
        if (i + 1 >= text.size())
            return i;
        const char n = text.at(i + 1);
        if (n == '%' || n == '_' || n == '-') {
            ++i;
            continue;
        }
        if (n != '{')
            return i;
        int j = i + 2;
        if (j >= text.size() || !isMacroLetter(text.at(j), explanation))
            return i;
        ++j;
        const int digitsStart = j;
        while (j < text.size() && isDigit(text.at(j)))
            ++j;
        if (j > digitsStart) {
            const QByteArray digits = text.mid(digitsStart, j - digitsStart);
            if (digits.toInt() == 0 || digits.size() > 3)
                return i;
        }
        if (j < text.size() && (text.at(j) | 0x20) == 'r')
            ++j;
        while (j < text.size() && isDelimiter(text.at(j)))
            ++j;
        if (j >= text.size() || text.at(j) != '}')
            return i;
        i = j;
    }
    return -1;
}

SpfRecord parseSpfRecord(const QByteArray& text)
{
    SpfRecord record;
    const auto fail = [&record](int position, const QString& message) {
        record.error = message;
        record.errorPosition = position;
        return record;
    };
    for (int i = 0; i < text.size(); ++i) {
        if (uchar(text.at(i)) > 0x7e || uchar(text.at(i)) < 0x20)
            return fail(i, Spf::tr("the record contains a character that is not printable ASCII"));
    }
    if (!isSpfRecord(text))
        return fail(0, Spf::tr("the record does not start with v=spf1"));

    bool seenRedirect = false;
    bool seenExp = false;
    int pos = 6;
    while (pos < text.size()) {
        if (text.at(pos) == ' ') {
            ++pos;
            continue;
        }
        int end = text.indexOf(' ', pos);
        if (end < 0)
            end = int(text.size());
        const QByteArray raw = text.mid(pos, end - pos);
        SpfTerm term;
        term.position = pos;
        term.text = QString::fromLatin1(raw);

        // A modifier is name "=" ...; anything else is a mechanism.
        int nameEnd = 0;
        while (nameEnd < raw.size() && (isAlnum(raw.at(nameEnd)) || raw.at(nameEnd) == '-' ||
                                        raw.at(nameEnd) == '_' || raw.at(nameEnd) == '.'))
            ++nameEnd;
        if (nameEnd > 0 && nameEnd < raw.size() && raw.at(nameEnd) == '=' && isAlpha(raw.at(0))) {
            const QByteArray name = raw.left(nameEnd).toLower();
            const QByteArray value = raw.mid(nameEnd + 1);
            term.name = QString::fromLatin1(raw.left(nameEnd));
            term.domainSpec = QString::fromLatin1(value);
            if (name == "redirect" || name == "exp") {
                const bool isRedirect = name == "redirect";
                if (isRedirect ? seenRedirect : seenExp)
                    return fail(pos, Spf::tr("%1= appears twice").arg(QString::fromLatin1(name)));
                (isRedirect ? seenRedirect : seenExp) = true;
                if (value.isEmpty())
                    return fail(pos, Spf::tr("%1= has no domain").arg(QString::fromLatin1(name)));
                const int err = domainSpecError(value);
                if (err >= 0)
                    return fail(pos + nameEnd + 1 + err,
                                Spf::tr("invalid domain in %1=").arg(QString::fromLatin1(name)));
                term.kind = isRedirect ? SpfTerm::Kind::Redirect : SpfTerm::Kind::Exp;
            } else {
                const int err = macroStringError(value);
                if (err >= 0)
                    return fail(pos + nameEnd + 1 + err, Spf::tr("invalid macro in a modifier"));
                term.kind = SpfTerm::Kind::UnknownModifier;
            }
            record.terms.append(term);
            pos = end;
            continue;
        }

        QByteArray body = raw;
        if (!body.isEmpty() && QByteArrayView("+-~?").contains(body.front())) {
            term.qualifier = QLatin1Char(body.front());
            body.remove(0, 1);
        }
        int sep = 0;
        while (sep < body.size() && body.at(sep) != ':' && body.at(sep) != '/')
            ++sep;
        const QByteArray name = body.left(sep).toLower();
        term.name = QString::fromLatin1(body.left(sep));
        QByteArray rest = body.mid(sep);
        const bool hasColon = rest.startsWith(':');
        QString error;

        if (name == "all") {
            if (!rest.isEmpty())
                return fail(pos, Spf::tr("all takes no value"));
            term.kind = SpfTerm::Kind::All;
        } else if (name == "include" || name == "exists") {
            term.kind = name == "include" ? SpfTerm::Kind::Include : SpfTerm::Kind::Exists;
            if (!hasColon || rest.size() < 2)
                return fail(pos, Spf::tr("%1 needs a domain").arg(QString::fromLatin1(name)));
            const QByteArray spec = rest.mid(1);
            const int err = domainSpecError(spec);
            if (err >= 0)
                return fail(pos + int(raw.size() - spec.size()) + err,
                            Spf::tr("invalid domain in %1").arg(QString::fromLatin1(name)));
            term.domainSpec = QString::fromLatin1(spec);
        } else if (name == "a" || name == "mx") {
            term.kind = name == "a" ? SpfTerm::Kind::A : SpfTerm::Kind::Mx;
            if (!splitDualCidr(rest, &term.cidr4, &term.cidr6, &error))
                return fail(pos, error);
            if (hasColon) {
                const QByteArray spec = rest.mid(1);
                const int err = domainSpecError(spec);
                if (spec.isEmpty() || err >= 0)
                    return fail(pos, Spf::tr("invalid domain in %1").arg(QString::fromLatin1(name)));
                term.domainSpec = QString::fromLatin1(spec);
            } else if (!rest.isEmpty()) {
                return fail(pos, Spf::tr("unexpected text after %1").arg(QString::fromLatin1(name)));
            }
        } else if (name == "ptr") {
            term.kind = SpfTerm::Kind::Ptr;
            if (hasColon) {
                const QByteArray spec = rest.mid(1);
                const int err = domainSpecError(spec);
                if (spec.isEmpty() || err >= 0)
                    return fail(pos, Spf::tr("invalid domain in ptr"));
                term.domainSpec = QString::fromLatin1(spec);
            } else if (!rest.isEmpty()) {
                return fail(pos, Spf::tr("unexpected text after ptr"));
            }
        } else if (name == "ip4" || name == "ip6") {
            const bool v4 = name == "ip4";
            term.kind = v4 ? SpfTerm::Kind::Ip4 : SpfTerm::Kind::Ip6;
            if (!hasColon)
                return fail(pos, Spf::tr("%1 needs an address").arg(QString::fromLatin1(name)));
            QByteArray network = rest.mid(1);
            int prefix = v4 ? 32 : 128;
            const int slash = network.indexOf('/');
            if (slash >= 0) {
                const QByteArray digits = network.mid(slash + 1);
                bool ok =
                    !digits.isEmpty() && digits.size() <= 3 && (digits.size() == 1 || digits.front() != '0');
                for (char c : digits)
                    ok = ok && isDigit(c);
                prefix = digits.toInt();
                if (!ok || prefix > (v4 ? 32 : 128))
                    return fail(pos + 1 + int(name.size()) + slash,
                                Spf::tr("invalid prefix length in %1").arg(QString::fromLatin1(name)));
                network.truncate(slash);
            }
            QHostAddress address;
            if (!(v4 ? parseIp4Network(network, &address) : parseIp6Network(network, &address)))
                return fail(pos, Spf::tr("%1 is not a valid %2 address")
                                     .arg(QString::fromLatin1(network),
                                          v4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6")));
            term.network = {address, prefix};
        } else {
            return fail(pos, Spf::tr("unknown mechanism %1").arg(QString::fromLatin1(body.left(sep))));
        }
        record.terms.append(term);
        pos = end;
    }
    return record;
}

// ---------------------------------------------------------------------------------------

struct SpfEvaluator::Run
{
    int lookups = 0;
    int voids = 0;
    QString local;
    QString senderDomain;
    QString problem;
};

SpfEvaluator::SpfEvaluator(Resolver* resolver, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
{}

QString SpfEvaluator::key(const QString& name, RecordType type)
{
    return name + QLatin1Char('/') + QString::number(int(type));
}

RecordType SpfEvaluator::addressType() const
{
    return m_ip.protocol() == QAbstractSocket::IPv6Protocol ? RecordType::AAAA : RecordType::A;
}

QString spfSenderAddress(const QString& sender, const QString& helo)
{
    // RFC 7208 4.3: no sender means postmaster@<HELO name>; a sender without a local part
    // ("example.com", "@example.com") means postmaster@<that domain>.
    if (sender.isEmpty())
        return QStringLiteral("postmaster@") + helo;
    const qsizetype at = sender.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return QStringLiteral("postmaster@") + sender;
    if (at == 0)
        return QStringLiteral("postmaster") + sender;
    return sender;
}

void SpfEvaluator::start(const QHostAddress& ip, const QString& sender, const QString& helo)
{
    const QString s = spfSenderAddress(sender, helo);
    startForDomain(ip, s.mid(s.lastIndexOf(QLatin1Char('@')) + 1), s, helo);
}

void SpfEvaluator::startForDomain(const QHostAddress& ip, const QString& domain, const QString& sender,
                                  const QString& helo)
{
    m_ip = ip;
    bool mapped = false;
    const quint32 v4 = ip.toIPv4Address(&mapped);
    if (mapped)
        m_ip = QHostAddress(v4);
    m_sender = sender;
    m_helo = helo;
    m_domain = domain;
    m_answers.clear();
    m_inFlight.clear();
    m_finished = false;
    m_prefetchBudget = 40;
    m_outcome = SpfOutcome{};
    m_outcome.domain = domain;
    evaluate();
}

void SpfEvaluator::cancel()
{
    m_finished = true;
}

void SpfEvaluator::prefetch(const QString& name, RecordType type)
{
    const QString n = normalizedName(name);
    if (n.isEmpty() || m_prefetchBudget <= 0)
        return;
    const QString k = key(n, type);
    if (m_answers.contains(k) || m_inFlight.contains(k))
        return;
    --m_prefetchBudget;
    request(n, type, k);
}

void SpfEvaluator::request(const QString& name, RecordType type, const QString& k)
{
    if (m_inFlight.contains(k))
        return;
    m_inFlight.insert(k);
    m_resolver->lookup(name, type, this, [this, k, name, type](const Answer& a) {
        m_inFlight.remove(k);
        m_answers.insert(k, a);
        if (m_finished)
            return;
        readAhead(name, type, a);
        if (k == m_blockedOn)
            evaluate();
    });
}

const Answer* SpfEvaluator::answer(const QString& name, RecordType type)
{
    const QString n = normalizedName(name);
    const QString k = key(n.isEmpty() ? name : n, type);
    const auto it = m_answers.constFind(k);
    if (it != m_answers.constEnd())
        return &*it;
    if (n.isEmpty()) {
        Answer bad;
        bad.name = name;
        bad.type = type;
        bad.status = Status::BadName;
        return &*m_answers.insert(k, bad);
    }
    request(n, type, k);
    if (m_blockedOn.isEmpty())
        m_blockedOn = k;
    return nullptr;
}

// Asks at once for what the evaluation will probably need next, whatever its position in
// the tree: the targets of a record as soon as the record arrives, the addresses of MX and
// PTR names as soon as the names arrive. Only the answers are shared with the evaluation;
// what counts towards the limits is decided there, in record order.
void SpfEvaluator::readAhead(const QString& name, RecordType type, const Answer& a)
{
    if (!a.ok())
        return;
    switch (type) {
    case RecordType::TXT: {
        const QByteArray* spf = nullptr;
        for (const QByteArray& t : a.texts) {
            if (!isSpfRecord(t))
                continue;
            if (spf)
                return; // two records: permerror, nothing more to ask
            spf = &t;
        }
        if (spf) {
            const SpfRecord* record = parsed(*spf);
            if (record->isValid())
                prefetchRecord(*record, name);
        }
        break;
    }
    case RecordType::MX:
        if (a.mx.size() <= kMxLimit) {
            for (const MxRecord& r : a.mx) {
                if (!r.exchange.isEmpty())
                    prefetch(r.exchange, addressType());
            }
        }
        break;
    case RecordType::PTR:
        for (const QString& n : a.targets.mid(0, kPtrLimit))
            prefetch(n, addressType());
        break;
    default:
        break;
    }
}

// Records are parsed once per evaluation, however often the evaluation runs again.
const SpfRecord* SpfEvaluator::parsed(const QByteArray& text)
{
    auto it = m_parsed.find(text);
    if (it == m_parsed.end())
        it = m_parsed.insert(text, std::make_shared<const SpfRecord>(parseSpfRecord(text)));
    return it->get();
}

void SpfEvaluator::prefetchRecord(const SpfRecord& record, const QString& domain)
{
    Run run = newRun();
    for (const SpfTerm& t : record.terms) {
        // %{p} would need lookups of its own; other macros expand here as they will later.
        if (t.domainSpec.contains(QLatin1String("%{p"), Qt::CaseInsensitive))
            continue;
        QString target = domain;
        if (!t.domainSpec.isEmpty()) {
            bool ok = true;
            const std::optional<QString> expanded = expand(run, t.domainSpec, domain, false, &ok);
            if (!expanded || !ok)
                continue;
            target = *expanded;
        }
        switch (t.kind) {
        case SpfTerm::Kind::Include:
        case SpfTerm::Kind::Redirect:
        case SpfTerm::Kind::Exp:
            if (!t.domainSpec.isEmpty())
                prefetch(target, RecordType::TXT);
            break;
        case SpfTerm::Kind::A:
            prefetch(target, addressType());
            break;
        case SpfTerm::Kind::Mx:
            prefetch(target, RecordType::MX);
            break;
        case SpfTerm::Kind::Exists:
            if (!t.domainSpec.isEmpty())
                prefetch(target, RecordType::A);
            break;
        case SpfTerm::Kind::Ptr:
            prefetch(reverseName(m_ip), RecordType::PTR);
            break;
        default:
            break;
        }
    }
}

SpfEvaluator::Run SpfEvaluator::newRun() const
{
    Run run;
    const qsizetype at = m_sender.lastIndexOf(QLatin1Char('@'));
    run.local = at > 0 ? m_sender.left(at) : QStringLiteral("postmaster");
    run.senderDomain = at >= 0 ? m_sender.mid(at + 1) : m_sender;
    return run;
}

void SpfEvaluator::evaluate()
{
    if (m_finished || m_running)
        return;
    m_running = true;
    m_blockedOn.clear();
    Run run = newRun();
    HostResult r = checkHost(run, m_domain, 0);
    if (!r.result) {
        m_running = false;
        return; // waiting for m_blockedOn
    }
    SpfOutcome out;
    out.domain = m_domain;
    out.result = *r.result;
    out.mechanism = r.mechanism;
    out.problem = r.problem;
    out.lookups = run.lookups;
    out.voidLookups = run.voids;
    const Answer* top = m_answers.contains(key(normalizedName(m_domain), RecordType::TXT))
                            ? &m_answers[key(normalizedName(m_domain), RecordType::TXT)]
                            : nullptr;
    if (top) {
        for (const QByteArray& t : top->texts) {
            if (isSpfRecord(t))
                out.record = QString::fromUtf8(t);
        }
    }
    if (out.result == SpfResult::Fail && r.record) {
        const std::optional<QString> exp = explanation(run, *r.record, r.domain);
        if (!exp) {
            m_running = false;
            return;
        }
        out.explanation = *exp;
    }
    m_outcome = out;
    m_finished = true;
    m_running = false;
    Q_EMIT finished();
}

SpfEvaluator::HostResult SpfEvaluator::checkHost(Run& run, const QString& domain, int depth)
{
    HostResult out;
    const auto result = [&out](SpfResult r, const QString& problem = {}) {
        out.result = r;
        out.problem = problem;
        return out;
    };
    if (depth > kMaxDepth)
        return result(SpfResult::PermError, Spf::tr("records nest too deeply"));

    // RFC 7208 4.3: a malformed or single-label domain gives "none" before any query.
    const QString name = normalizedName(domain);
    if (name.isEmpty() || !name.contains(QLatin1Char('.')) ||
        !isTopLabel(name.section(QLatin1Char('.'), -1).toLatin1()))
        return result(SpfResult::None, Spf::tr("%1 is not a valid domain name").arg(domain));

    const Answer* txt = answer(name, RecordType::TXT);
    if (!txt)
        return out;
    if (txt->isTemporaryError())
        return result(SpfResult::TempError,
                      Spf::tr("the TXT lookup for %1 failed (%2)").arg(name, statusName(txt->status)));
    QList<QByteArray> records;
    for (const QByteArray& t : txt->texts) {
        if (isSpfRecord(t))
            records.append(t);
    }
    if (records.isEmpty())
        return result(SpfResult::None, txt->status == Status::NxDomain
                                           ? Spf::tr("%1 does not exist").arg(name)
                                           : Spf::tr("%1 has no SPF record").arg(name));
    if (records.size() > 1)
        return result(SpfResult::PermError, Spf::tr("%1 has more than one SPF record").arg(name));

    const SpfRecord* record = parsed(records.constFirst());
    out.record = record;
    out.domain = name;
    if (!record->isValid())
        return result(SpfResult::PermError, Spf::tr("the SPF record of %1 is invalid: %2 (at character %3)")
                                                .arg(name, record->error)
                                                .arg(record->errorPosition + 1));

    for (const SpfTerm& term : record->terms) {
        if (!term.isMechanism())
            continue;
        if (term.countsAsLookup() && ++run.lookups > kLookupLimit)
            return result(SpfResult::PermError,
                          Spf::tr("more than %1 DNS lookups (RFC 7208 limit)").arg(kLookupLimit));
        QString problem;
        const Match m = matchTerm(run, term, name, depth, &problem);
        switch (m) {
        case Match::Pending:
            return out;
        case Match::TempError:
            return result(SpfResult::TempError, problem);
        case Match::PermError:
            return result(SpfResult::PermError, problem);
        case Match::No:
            continue;
        case Match::Yes:
            break;
        }
        const char q = term.qualifier.toLatin1();
        out.mechanism = term.text;
        return result(q == '-'   ? SpfResult::Fail
                      : q == '~' ? SpfResult::SoftFail
                      : q == '?' ? SpfResult::Neutral
                                 : SpfResult::Pass);
    }

    if (const SpfTerm* redirect = record->redirect()) {
        if (++run.lookups > kLookupLimit)
            return result(SpfResult::PermError,
                          Spf::tr("more than %1 DNS lookups (RFC 7208 limit)").arg(kLookupLimit));
        bool ok = true;
        const std::optional<QString> target = expand(run, redirect->domainSpec, name, false, &ok);
        if (!target)
            return out;
        HostResult r = checkHost(run, *target, depth + 1);
        if (!r.result)
            return out;
        if (*r.result == SpfResult::None)
            return result(SpfResult::PermError,
                          Spf::tr("redirect=%1 leads to a domain without an SPF record").arg(*target));
        return r; // its exp= applies, not ours (RFC 7208 6.2)
    }
    out.mechanism = QStringLiteral("default");
    return result(SpfResult::Neutral);
}

// The address lookup of an a term or of one MX host. An answer with no address of the
// client's family (no data, as for the AAAA query of a host with only IPv4) or no such name
// is a void lookup (RFC 7208 4.6.4), as pyspf and Mail::SPF count it.
SpfEvaluator::Match SpfEvaluator::matchAddresses(Run& run, const QString& host, int cidr4, int cidr6,
                                                 QString* problem)
{
    const Answer* a = answer(host, addressType());
    if (const auto settled = settleLookup(run, a, EmptyAnswer::IsVoid,
                                          Spf::tr("the address lookup for %1 failed (%2)"), host, problem))
        return *settled;
    const int prefix = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? cidr6 : cidr4;
    for (const QHostAddress& address : a->addresses) {
        if (address.protocol() == m_ip.protocol() && m_ip.isInSubnet(address, prefix))
            return Match::Yes;
    }
    return Match::No;
}

std::optional<SpfEvaluator::Match> SpfEvaluator::settleLookup(Run& run, const Answer* answer,
                                                              EmptyAnswer empty, const QString& failed,
                                                              const QString& name, QString* problem)
{
    if (!answer)
        return Match::Pending;
    if (answer->isTemporaryError()) {
        *problem = failed.arg(name, statusName(answer->status));
        return Match::TempError;
    }
    if (answer->isVoid() || answer->status == Status::BadName ||
        (empty == EmptyAnswer::IsVoid && answer->addresses.isEmpty())) {
        if (++run.voids > kVoidLimit) {
            *problem = voidLimitProblem();
            return Match::PermError;
        }
        return Match::No;
    }
    return std::nullopt;
}

SpfEvaluator::Match SpfEvaluator::matchTerm(Run& run, const SpfTerm& term, const QString& domain, int depth,
                                            QString* problem)
{
    bool ok = true;
    const auto target = [&]() -> std::optional<QString> {
        if (term.domainSpec.isEmpty())
            return domain;
        return expand(run, term.domainSpec, domain, false, &ok);
    };
    const bool v6 = m_ip.protocol() == QAbstractSocket::IPv6Protocol;

    switch (term.kind) {
    case SpfTerm::Kind::All:
        return Match::Yes;
    case SpfTerm::Kind::Ip4:
        return !v6 && m_ip.isInSubnet(term.network.first, term.network.second) ? Match::Yes : Match::No;
    case SpfTerm::Kind::Ip6:
        return v6 && m_ip.isInSubnet(term.network.first, term.network.second) ? Match::Yes : Match::No;
    case SpfTerm::Kind::Include: {
        const std::optional<QString> t = target();
        if (!t)
            return Match::Pending;
        const HostResult r = checkHost(run, *t, depth + 1);
        if (!r.result)
            return Match::Pending;
        switch (*r.result) {
        case SpfResult::Pass:
            return Match::Yes;
        case SpfResult::Fail:
        case SpfResult::SoftFail:
        case SpfResult::Neutral:
            return Match::No;
        case SpfResult::TempError:
            *problem = r.problem;
            return Match::TempError;
        case SpfResult::None:
            *problem = Spf::tr("include:%1 has no SPF record").arg(*t);
            return Match::PermError;
        case SpfResult::PermError:
            *problem = r.problem;
            return Match::PermError;
        }
        return Match::PermError;
    }
    case SpfTerm::Kind::A: {
        const std::optional<QString> t = target();
        if (!t)
            return Match::Pending;
        return matchAddresses(run, *t, term.cidr4, term.cidr6, problem);
    }
    case SpfTerm::Kind::Exists: {
        const std::optional<QString> t = target();
        if (!t)
            return Match::Pending;
        const Answer* a = answer(*t, RecordType::A); // always A, whatever the client's family
        if (const auto settled = settleLookup(run, a, EmptyAnswer::Counts,
                                              Spf::tr("the lookup for %1 failed (%2)"), *t, problem))
            return *settled;
        return a->addresses.isEmpty() ? Match::No : Match::Yes;
    }
    case SpfTerm::Kind::Mx: {
        const std::optional<QString> t = target();
        if (!t)
            return Match::Pending;
        const Answer* mx = answer(*t, RecordType::MX);
        if (const auto settled = settleLookup(run, mx, EmptyAnswer::Counts,
                                              Spf::tr("the MX lookup for %1 failed (%2)"), *t, problem))
            return *settled;
        QStringList hosts;
        for (const MxRecord& r : mx->mx) {
            if (!r.exchange.isEmpty())
                hosts.append(r.exchange);
        }
        if (hosts.size() > kMxLimit) {
            *problem = Spf::tr("%1 has more than %2 MX hosts").arg(*t).arg(kMxLimit);
            return Match::PermError;
        }
        // Every host's addresses are looked up before any is compared (RFC 7208 5.4, and
        // pyspf): each host without one is a void lookup, even after a host that matched.
        bool matched = false;
        for (const QString& h : hosts) {
            const Match m = matchAddresses(run, h, term.cidr4, term.cidr6, problem);
            if (m == Match::Yes)
                matched = true;
            else if (m != Match::No)
                return m;
        }
        return matched ? Match::Yes : Match::No;
    }
    case SpfTerm::Kind::Ptr: {
        const std::optional<QString> t = target();
        if (!t)
            return Match::Pending;
        const Answer* ptr = answer(reverseName(m_ip), RecordType::PTR);
        if (!ptr)
            return Match::Pending;
        if (ptr->isVoid()) {
            if (++run.voids > kVoidLimit) {
                *problem = voidLimitProblem();
                return Match::PermError;
            }
            return Match::No;
        }
        if (!ptr->ok())
            return Match::No; // RFC 7208 5.5: a failed PTR lookup simply does not match
        // Every name is validated (looked up) as pyspf does, so a name without an address is
        // a void lookup; a name whose lookup fails is skipped (RFC 7208 5.5).
        const QStringList names = ptr->targets.mid(0, kPtrLimit);
        const QString wanted = normalizedName(*t);
        bool matched = false;
        for (const QString& n : names) {
            const Answer* a = answer(n, addressType());
            if (!a)
                return Match::Pending;
            if (a->isVoid() || (a->ok() && a->addresses.isEmpty())) {
                if (++run.voids > kVoidLimit) {
                    *problem = voidLimitProblem();
                    return Match::PermError;
                }
                continue;
            }
            if (a->addresses.contains(m_ip) && isSameOrSubdomain(n, wanted))
                matched = true;
        }
        return matched ? Match::Yes : Match::No;
    }
    default:
        return Match::No;
    }
}

std::optional<QString> SpfEvaluator::validatedPtrName(Run& run, const QString& domain)
{
    Q_UNUSED(run);
    const Answer* ptr = answer(reverseName(m_ip), RecordType::PTR);
    if (!ptr)
        return std::nullopt;
    if (!ptr->ok())
        return QStringLiteral("unknown");
    const QStringList names = ptr->targets.mid(0, kPtrLimit);
    for (const QString& n : names)
        prefetch(n, addressType());
    QStringList validated;
    for (const QString& n : names) {
        const Answer* a = answer(n, addressType());
        if (!a)
            return std::nullopt;
        if (a->addresses.contains(m_ip))
            validated.append(n);
    }
    const QString d = normalizedName(domain);
    for (const QString& n : validated) {
        if (n == d)
            return n;
    }
    for (const QString& n : validated) {
        if (isSameOrSubdomain(n, d))
            return n;
    }
    return validated.isEmpty() ? QStringLiteral("unknown") : validated.constFirst();
}

std::optional<QString> SpfEvaluator::expand(Run& run, const QString& spec, const QString& domain,
                                            bool explanation, bool* ok)
{
    const QByteArray in = spec.toLatin1();
    QString out;
    for (int i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '%') {
            out += QLatin1Char(c);
            continue;
        }
        const char n = i + 1 < in.size() ? in.at(i + 1) : '\0';
        if (n == '%' || n == '_' || n == '-') {
            out += n == '%' ? QStringLiteral("%") : n == '_' ? QStringLiteral(" ") : QStringLiteral("%20");
            ++i;
            continue;
        }
        if (n != '{') {
            *ok = false;
            return QString();
        }
        int j = i + 2;
        const char letter = in.at(j);
        const char lower = char(letter | 0x20);
        ++j;
        int digits = 0;
        while (j < in.size() && isDigit(in.at(j)))
            digits = digits * 10 + (in.at(j++) - '0');
        bool reverse = false;
        if (j < in.size() && (in.at(j) | 0x20) == 'r') {
            reverse = true;
            ++j;
        }
        QString delimiters;
        while (j < in.size() && in.at(j) != '}')
            delimiters += QLatin1Char(in.at(j++));
        i = j;

        QString value;
        switch (lower) {
        case 's':
            value = m_sender.contains(QLatin1Char('@')) ? m_sender
                                                        : run.local + QLatin1Char('@') + run.senderDomain;
            break;
        case 'l':
            value = run.local;
            break;
        case 'o':
            value = run.senderDomain;
            break;
        case 'd':
            value = domain;
            break;
        case 'i':
            value = dottedIp(m_ip);
            break;
        case 'p': {
            const std::optional<QString> p = validatedPtrName(run, domain);
            if (!p)
                return std::nullopt;
            value = *p;
            break;
        }
        case 'v':
            value = m_ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6")
                                                                     : QStringLiteral("in-addr");
            break;
        case 'h':
            value = m_helo;
            break;
        case 'c':
            value = m_ip.toString();
            break;
        case 'r':
            value = m_receivingDomain.isEmpty() ? QStringLiteral("unknown") : m_receivingDomain;
            break;
        case 't':
            value = QString::number(QDateTime::currentSecsSinceEpoch());
            break;
        default:
            *ok = false;
            return QString();
        }
        if (digits > 0 || reverse || !delimiters.isEmpty()) {
            if (delimiters.isEmpty())
                delimiters = QStringLiteral(".");
            QStringList parts;
            QString current;
            for (QChar ch : value) {
                if (delimiters.contains(ch)) {
                    parts.append(current);
                    current.clear();
                } else {
                    current += ch;
                }
            }
            parts.append(current);
            if (reverse)
                std::reverse(parts.begin(), parts.end());
            if (digits > 0 && digits < parts.size())
                parts = parts.mid(parts.size() - digits);
            value = parts.join(QLatin1Char('.'));
        }
        if (isAlpha(letter) && letter != lower) {
            value = QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
        out += value;
    }
    if (!explanation)
        out = trimToDomainLength(out);
    return out;
}

std::optional<QString> SpfEvaluator::explanation(Run& run, const SpfRecord& record, const QString& domain)
{
    const SpfTerm* exp = record.exp();
    if (!exp)
        return m_defaultExplanation;
    bool ok = true;
    const std::optional<QString> target = expand(run, exp->domainSpec, domain, false, &ok);
    if (!target)
        return std::nullopt;
    if (!ok)
        return m_defaultExplanation;
    const Answer* txt = answer(*target, RecordType::TXT);
    if (!txt)
        return std::nullopt;
    if (!txt->ok() || txt->texts.size() != 1)
        return m_defaultExplanation;
    const QByteArray text = txt->texts.constFirst();
    if (macroStringError(text, true) >= 0)
        return m_defaultExplanation;
    const std::optional<QString> expanded = expand(run, QString::fromLatin1(text), domain, true, &ok);
    if (!expanded)
        return std::nullopt;
    return ok ? *expanded : m_defaultExplanation;
}

} // namespace postino::dns
