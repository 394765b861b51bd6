#include "dns/dkim.h"

#include "dns/recordtext.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace postino::dns {

namespace {

constexpr qsizetype kShownRecordBytes = 600;
using Tag = QPair<QByteArray, QByteArray>;

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isTagNameChar(char c)
{
    return isAlpha(c) || (c >= '0' && c <= '9') || c == '_';
}

// RFC 6376 section 3.2 tag list. Returns an empty string when well formed, otherwise what is
// wrong (translated); tags are returned in order with their values trimmed.
QString parseTagList(const QByteArray& text, QList<QPair<QByteArray, QByteArray>>* tags)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text.at(i));
        if (!isWsp(text.at(i)) && (u < 0x21 || u > 0x7e))
            return DkimCheck::tr("character %1 is not allowed in a DKIM record (only plain ASCII is).")
                .arg(i + 1);
    }
    QSet<QByteArray> seen;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(';', start);
        if (end < 0)
            end = text.size();
        const QByteArray spec = text.mid(start, end - start);
        const QByteArray trimmed = spec.trimmed();
        if (!trimmed.isEmpty()) {
            const qsizetype eq = trimmed.indexOf('=');
            const qsizetype at = start + spec.indexOf(trimmed.at(0)) + 1;
            if (eq < 0)
                return DkimCheck::tr(
                           "at character %1, \"%2\" has no \"=\" (every tag is written name=value).")
                    .arg(at)
                    .arg(printable(trimmed, 40));
            const QByteArray name = trimmed.left(eq).trimmed();
            bool nameOk = !name.isEmpty() && isAlpha(name.at(0));
            for (char c : name)
                nameOk = nameOk && isTagNameChar(c);
            if (!nameOk)
                return DkimCheck::tr("at character %1, \"%2\" is not a tag name.")
                    .arg(at)
                    .arg(printable(name, 40));
            if (seen.contains(name))
                return DkimCheck::tr("the tag %1= appears twice.").arg(QString::fromLatin1(name));
            seen.insert(name);
            tags->append(Tag(name, trimmed.mid(eq + 1).trimmed()));
        }
        start = end + 1;
    }
    return {};
}

QStringList colonList(const QByteArray& value)
{
    QStringList out;
    for (const QByteArray& part : value.split(':')) {
        const QByteArray item = part.trimmed().toLower();
        if (!item.isEmpty())
            out.append(QString::fromLatin1(item));
    }
    return out;
}

QByteArray withoutWhitespace(const QByteArray& value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isWsp(c))
            out.append(c);
    }
    return out;
}

struct OpenSslKey
{
    EVP_PKEY* key = nullptr;
    explicit OpenSslKey(EVP_PKEY* k)
        : key(k)
    {}
    ~OpenSslKey() { EVP_PKEY_free(key); }
    OpenSslKey(const OpenSslKey&) = delete;
    OpenSslKey& operator=(const OpenSslKey&) = delete;
};

// DER as SubjectPublicKeyInfo, or as a bare PKCS#1 RSAPublicKey (both are published).
// The whole input must be the key: trailing bytes mean a corrupt record.
EVP_PKEY* decodeDer(const QByteArray& der)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(der.constData());
    const unsigned char* p = begin;
    EVP_PKEY* key = d2i_PUBKEY(nullptr, &p, long(der.size()));
    if (key && p == begin + der.size())
        return key;
    EVP_PKEY_free(key);
    p = begin;
    key = d2i_PublicKey(EVP_PKEY_RSA, nullptr, &p, long(der.size()));
    if (key && p == begin + der.size())
        return key;
    EVP_PKEY_free(key);
    return nullptr;
}

void decodeKey(DkimKey* key, const QByteArray& pValue)
{
    const QByteArray b64 = withoutWhitespace(pValue);
    const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        key->problem = DkimKey::Problem::CorruptKey;
        key->problemText = DkimCheck::tr("the p= value is not valid base64.");
        return;
    }
    key->keyData = decoded.decoded;
    OpenSslKey der(decodeDer(key->keyData));
    ERR_clear_error(); // failed attempts leave errors that other OpenSSL users must not see
    const int derType = der.key ? EVP_PKEY_get_base_id(der.key) : EVP_PKEY_NONE;

    if (key->keyType == QLatin1String("ed25519")) {
        if (key->keyData.size() == 32) {
            OpenSslKey raw(EVP_PKEY_new_raw_public_key(
                EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(key->keyData.constData()),
                32));
            ERR_clear_error();
            if (raw.key) {
                key->bits = 256;
                return;
            }
        }
        if (derType == EVP_PKEY_RSA) {
            key->problem = DkimKey::Problem::KeyTypeMismatch;
            key->problemText = DkimCheck::tr("k=ed25519, but p= holds an RSA key.");
        } else if (derType == EVP_PKEY_ED25519) {
            key->problem = DkimKey::Problem::CorruptKey;
            key->problemText = DkimCheck::tr("the Ed25519 key is wrapped in a SubjectPublicKeyInfo "
                                             "structure; DKIM expects the bare 32 bytes "
                                             "(RFC 8463).");
        } else {
            key->problem = DkimKey::Problem::CorruptKey;
            key->problemText = DkimCheck::tr("an Ed25519 key is 32 bytes long, this one is %1 bytes.")
                                   .arg(key->keyData.size());
        }
        return;
    }

    // rsa (stated or by default)
    if (derType == EVP_PKEY_RSA) {
        key->bits = EVP_PKEY_get_bits(der.key);
        return;
    }
    if (derType == EVP_PKEY_ED25519 || (!der.key && key->keyData.size() == 32)) {
        key->problem = DkimKey::Problem::KeyTypeMismatch;
        key->problemText =
            key->keyTypeExplicit
                ? DkimCheck::tr("k=rsa, but p= holds an Ed25519 key.")
                : DkimCheck::tr("there is no k= tag, so the key is read as RSA, but p= holds an "
                                "Ed25519 key (add k=ed25519).");
        return;
    }
    key->problem = DkimKey::Problem::CorruptKey;
    key->problemText = der.key
                           ? DkimCheck::tr("p= holds a key that is neither RSA nor Ed25519.")
                           : DkimCheck::tr("p= is valid base64 but not a public key; it may have been cut "
                                           "short when it was copied.");
}

} // namespace

QString dkimProblemName(DkimKey::Problem problem)
{
    switch (problem) {
    case DkimKey::Problem::None:
        return QStringLiteral("none");
    case DkimKey::Problem::Syntax:
        return QStringLiteral("syntax");
    case DkimKey::Problem::BadVersion:
        return QStringLiteral("bad_version");
    case DkimKey::Problem::UnknownKeyType:
        return QStringLiteral("unknown_key_type");
    case DkimKey::Problem::UnknownHash:
        return QStringLiteral("unknown_hash");
    case DkimKey::Problem::Revoked:
        return QStringLiteral("revoked");
    case DkimKey::Problem::CorruptKey:
        return QStringLiteral("corrupt_key");
    case DkimKey::Problem::KeyTypeMismatch:
        return QStringLiteral("key_type_mismatch");
    }
    return {};
}

DkimKey parseDkimKeyRecord(const QByteArray& record)
{
    DkimKey key;
    // Checked in OpenDKIM's order: the tag list and the required p= first, then the
    // version, key type and hashes, then the key itself.
    const QString syntax = parseTagList(record, &key.tags);
    if (!syntax.isEmpty()) {
        key.tags.clear();
        key.problem = DkimKey::Problem::Syntax;
        key.problemText = syntax;
        return key;
    }
    const QByteArray* p = nullptr;
    for (const auto& tag : std::as_const(key.tags)) {
        if (tag.first == "p")
            p = &tag.second;
    }
    if (!p) {
        key.problem = DkimKey::Problem::Syntax;
        key.problemText = DkimCheck::tr("there is no p= tag, which holds the key.");
        return key;
    }
    for (qsizetype i = 0; i < key.tags.size(); ++i) {
        const auto& [name, value] = key.tags.at(i);
        if (name == "v" && (i != 0 || value != "DKIM1")) {
            key.problem = DkimKey::Problem::BadVersion;
            key.problemText = i != 0 ? DkimCheck::tr("v= must be the first tag.")
                                     : DkimCheck::tr("v=%1 is not v=DKIM1.").arg(printable(value, 40));
            return key;
        }
        if (name == "k") {
            key.keyType = QString::fromLatin1(value.toLower());
            key.keyTypeExplicit = true;
        } else if (name == "h") {
            key.hashes = colonList(value);
        } else if (name == "s") {
            key.services = colonList(value);
        } else if (name == "t") {
            key.flags = colonList(value);
        } else if (name == "n") {
            key.notes = QString::fromLatin1(value);
        }
    }
    if (key.keyType != QLatin1String("rsa") && key.keyType != QLatin1String("ed25519")) {
        key.problem = DkimKey::Problem::UnknownKeyType;
        key.problemText = DkimCheck::tr("k=%1 is not a key type mail servers know (rsa or ed25519).")
                              .arg(elided(key.keyType, 40));
        return key;
    }
    // Unknown hash names are ignored (RFC 6376 section 3.6.1); only a list with none we know fails.
    if (!key.hashes.isEmpty() && !key.hashes.contains(QStringLiteral("sha256")) &&
        !key.hashes.contains(QStringLiteral("sha1"))) {
        key.problem = DkimKey::Problem::UnknownHash;
        key.problemText = DkimCheck::tr("h=%1 names no hash algorithm mail servers know (sha256).")
                              .arg(elided(key.hashes.join(QLatin1Char(':')), 40));
        return key;
    }
    if (withoutWhitespace(*p).isEmpty()) {
        key.problem = DkimKey::Problem::Revoked;
        key.problemText = DkimCheck::tr("p= is empty, which means the key was revoked.");
        return key;
    }
    decodeKey(&key, *p);
    return key;
}

// ---------------------------------------------------------------------------------------

namespace {

QString shownRecord(const QString& name, const QByteArray& record)
{
    if (record.size() <= kShownRecordBytes)
        return txtRecordLine(name, record);
    return txtRecordLine(name, record.left(kShownRecordBytes)) + QStringLiteral(" ") + QChar(0x2026) +
           DkimCheck::tr(" (%1 bytes in all)").arg(record.size());
}

QString seenText(const DkimSelectorResult& r)
{
    QStringList lines;
    QString from = r.name;
    for (const QString& target : r.cnameChain) {
        lines.append(from + QStringLiteral(" CNAME ") + target);
        from = target;
    }
    for (const QByteArray& rec : r.records)
        lines.append(shownRecord(from, rec));
    return lines.join(QLatin1Char('\n'));
}

QByteArray rebuild(const QList<QPair<QByteArray, QByteArray>>& tags)
{
    QList<QByteArray> parts;
    for (const auto& [name, value] : tags)
        parts.append(name + '=' + value);
    return parts.join("; ");
}

QString keyDescription(const DkimKey& key)
{
    if (key.keyType == QLatin1String("ed25519"))
        return DkimCheck::tr("Ed25519");
    return DkimCheck::tr("%1-bit RSA").arg(key.bits);
}

QString mailerLabel(const DkimCheck::Request& request)
{
    return request.mailerName.isEmpty() ? DkimCheck::tr("your mailer") : request.mailerName;
}

Advice hintAdvice(const DkimCheck::Request& request, const QString& title)
{
    Advice a;
    a.title = title;
    if (!request.mailerHint.isEmpty())
        a.steps.append(
            DkimCheck::tr("What %1 asks you to publish: %2").arg(mailerLabel(request), request.mailerHint));
    a.steps.append(
        DkimCheck::tr("Copy the DKIM record(s) from %1's dashboard into your domain's DNS, exactly as "
                      "shown (name, type and value).")
            .arg(mailerLabel(request)));
    a.steps.append(
        DkimCheck::tr("If you already publish a DKIM key under another selector, type that selector so "
                      "Postino checks it too."));
    a.steps.append(DkimCheck::tr("New records can take a while to appear; check again in a few minutes."));
    return a;
}

Advice delegatedAdvice(const DkimSelectorResult& r, const QString& title)
{
    Advice a;
    a.title = title;
    a.steps.append(DkimCheck::tr("%1 is delegated to %2 with a CNAME record, so the key is published there, "
                                 "not in your DNS.")
                       .arg(r.name, r.cnameChain.constLast()));
    a.steps.append(
        DkimCheck::tr("Check in your mailer's dashboard that the CNAME target is exactly the one it "
                      "shows, and ask its support if the key there is wrong."));
    return a;
}

} // namespace

DkimCheck::DkimCheck(Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("dkim"), parent)
    , m_resolver(resolver)
{}

void DkimCheck::start(const Request& request)
{
    restartWith(m_request, request);
}

void DkimCheck::doStart()
{
    m_results.clear();
    m_findings.clear();
    m_pending = 0;
    ++m_generation;
    m_context = new QObject(this);

    const QString domain = checkedDomain(m_request.domain);
    QSet<QString> added;
    auto add = [&](const QString& selector, bool fromMailer) {
        const QString sel = selector.trimmed();
        if (sel.isEmpty() || added.contains(sel.toLower()))
            return;
        added.insert(sel.toLower());
        DkimSelectorResult r;
        r.selector = sel;
        r.fromMailer = fromMailer;
        r.name = sel + QStringLiteral("._domainkey.") + (domain.isEmpty() ? m_request.domain : domain);
        m_results.append(r);
    };
    for (const QString& s : m_request.mailerSelectors)
        add(s, true);
    for (const QString& s : m_request.userSelectors)
        add(s, false);

    for (qsizetype i = 0; i < m_results.size(); ++i) {
        DkimSelectorResult& r = m_results[i];
        const QString name = normalizedName(r.name);
        // A selector is one or more labels; `@`, spaces or an empty label cannot be looked up.
        bool ok = !domain.isEmpty() && !name.isEmpty();
        for (QChar c : r.selector)
            ok = ok && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
                        c == QLatin1Char('.'));
        if (!ok || !m_resolver) {
            r.state = DkimSelectorResult::State::BadName;
            r.status = Status::BadName;
            continue;
        }
        r.name = name;
        ++m_pending;
        m_resolver->lookup(name, RecordType::TXT, m_context,
                           [this, i, generation = m_generation](const Answer& answer) {
                               if (generation == m_generation)
                                   onAnswer(int(i), answer);
                           });
    }
    if (m_pending == 0) {
        // Answer on the next turn like a lookup would, so callers can connect after start().
        QMetaObject::invokeMethod(
            m_context, [this] { finish(); }, Qt::QueuedConnection);
    }
}

void DkimCheck::doCancel()
{
    m_context->deleteLater(); // drops the answers still on their way (onAnswer ignores them meanwhile)
    for (DkimSelectorResult& r : m_results) {
        if (r.state == DkimSelectorResult::State::Pending)
            r.state = DkimSelectorResult::State::NotChecked;
    }
    m_pending = 0;
}

// The selectors not checked make judge() say "dkim.cancelled"; the ending finding adds only what
// that does not already say.
void DkimCheck::addEndingFinding(const Finding& finding)
{
    judge();
    if (!findById(m_findings, finding.id))
        m_findings.append(finding);
}

void DkimCheck::onAnswer(int index, const Answer& answer)
{
    if (!isRunning() || index < 0 || index >= m_results.size())
        return;
    DkimSelectorResult& r = m_results[index];
    if (r.state != DkimSelectorResult::State::Pending)
        return;
    r.status = answer.status;
    r.cnameChain = answer.cnameChain;
    if (answer.ok() && !answer.texts.isEmpty()) {
        r.state = DkimSelectorResult::State::Found;
        r.records = answer.texts;
        // Several records: judge the first usable one, as a verifier that tries them would.
        r.record = r.records.constFirst();
        r.key = parseDkimKeyRecord(r.record);
        for (const QByteArray& rec : std::as_const(r.records)) {
            DkimKey k = parseDkimKeyRecord(rec);
            if (k.isValid()) {
                r.record = rec;
                r.key = k;
                break;
            }
        }
    } else if (answer.isVoid() || answer.ok()) {
        r.state = DkimSelectorResult::State::Missing;
    } else if (answer.status == Status::BadName) {
        r.state = DkimSelectorResult::State::BadName;
    } else if (answer.cnameLoop) {
        r.state = DkimSelectorResult::State::CnameLoop;
    } else {
        r.state = DkimSelectorResult::State::DnsError;
    }
    if (--m_pending == 0)
        finish();
}

void DkimCheck::finish()
{
    if (!isRunning())
        return;
    judge();
    finishJob();
}

void DkimCheck::judge()
{
    using SelectorState = DkimSelectorResult::State;
    const QString domain =
        normalizedName(m_request.domain).isEmpty() ? m_request.domain : normalizedName(m_request.domain);
    const QString mailer = mailerLabel(m_request);

    // The advice is filled in after make(); settled() sets the severity together with it.
    auto make = [](const QString& id, Severity, const QString& subject, const QString& detail) {
        Finding f;
        f.id = id;
        f.subject = subject;
        f.detail = detail;
        return f;
    };
    auto settled = [](Finding f, Severity severity) {
        f.setSeverity(severity, f.advice);
        return f;
    };

    if (checkedDomain(m_request.domain).isEmpty()) {
        Finding f =
            make(QStringLiteral("dkim.bad_domain"), Severity::Error, m_request.domain,
                 tr("\"%1\" is not a domain name that can be checked.").arg(elided(m_request.domain, 80)));
        f.advice.title = tr("Check the From address");
        f.advice.steps = {tr("The domain is the part of the From address after the @.")};
        m_findings.append(settled(f, Severity::Error));
        return;
    }
    if (m_results.isEmpty()) {
        Finding f =
            make(QStringLiteral("dkim.no_selector"), Severity::Info, domain,
                 tr("Postino does not know which DKIM selector %1 uses, so it could not check the DKIM "
                    "key of %2.")
                     .arg(mailer, domain));
        f.advice = hintAdvice(m_request, tr("Type the selector to check it"));
        f.expected = m_request.mailerHint;
        m_findings.append(settled(f, Severity::Info));
        return;
    }

    bool anyFound = false;
    bool mailerAllMissing = true;
    bool hasMailer = false;
    bool allPlainMissing = true;
    bool cancelled = false;
    for (const DkimSelectorResult& r : std::as_const(m_results)) {
        const bool plainMissing = r.state == SelectorState::Missing && r.cnameChain.isEmpty();
        anyFound = anyFound || r.state == SelectorState::Found;
        allPlainMissing = allPlainMissing && plainMissing;
        cancelled = cancelled || r.state == SelectorState::NotChecked;
        if (r.fromMailer) {
            hasMailer = true;
            mailerAllMissing = mailerAllMissing && plainMissing;
        }
    }
    QStringList missingNames;
    for (const DkimSelectorResult& r : std::as_const(m_results)) {
        if (r.state == SelectorState::Missing && r.cnameChain.isEmpty())
            missingNames.append(r.name);
    }

    if (allPlainMissing) {
        Finding f =
            make(QStringLiteral("dkim.not_found"), Severity::Error, domain,
                 tr("No DKIM key was found for %1 (looked at %2). Without it, receivers cannot tell that "
                    "mail sent through %3 really comes from your domain, and DMARC can only pass "
                    "through SPF.")
                     .arg(domain, missingNames.join(QStringLiteral(", ")), mailer));
        f.advice = hintAdvice(m_request, tr("Publish the DKIM record %1 gives you").arg(mailer));
        f.expected = m_request.mailerHint;
        m_findings.append(settled(f, Severity::Error));
    } else if (hasMailer && mailerAllMissing && anyFound) {
        QStringList mailerNames;
        for (const DkimSelectorResult& r : std::as_const(m_results)) {
            if (r.fromMailer)
                mailerNames.append(r.name);
        }
        Finding f = make(QStringLiteral("dkim.mailer_missing"), Severity::Warning, domain,
                         tr("None of the DKIM records %1 usually asks for is published (%2). A key was found "
                            "under another selector; that is fine only if %1 signs with it.")
                             .arg(mailer, mailerNames.join(QStringLiteral(", "))));
        f.advice = hintAdvice(m_request, tr("Check which selector %1 signs with").arg(mailer));
        f.expected = m_request.mailerHint;
        m_findings.append(settled(f, Severity::Warning));
    }

    for (const DkimSelectorResult& r : std::as_const(m_results)) {
        const QString& n = r.name;
        switch (r.state) {
        case SelectorState::Pending:
        case SelectorState::NotChecked:
            break;
        case SelectorState::BadName: {
            Finding f = make(QStringLiteral("dkim.bad_selector"), Severity::Warning, r.selector,
                             tr("\"%1\" cannot be a DKIM selector: a selector is made of letters, digits, "
                                "hyphens and dots, and the name it forms must be a valid DNS name.")
                                 .arg(elided(r.selector, 80)));
            f.advice.title = tr("Check the selector");
            f.advice.steps = {tr("Copy the selector from your mailer's DKIM settings: it is the part of the "
                                 "record name before ._domainkey.")};
            m_findings.append(settled(f, Severity::Warning));
            break;
        }
        case SelectorState::CnameLoop: {
            Finding f =
                make(QStringLiteral("dkim.cname_loop"), Severity::Error, n,
                     tr("The CNAME records for %1 point back to themselves (%2), so no DKIM key can be "
                        "found and signatures with selector %3 fail.")
                         .arg(n, r.cnameChain.join(QStringLiteral(" → ")), r.selector));
            f.advice = delegatedAdvice(r, tr("Point the CNAME to the target your mailer gives"));
            f.seen = seenText(r);
            m_findings.append(settled(f, Severity::Error));
            break;
        }
        case SelectorState::DnsError: {
            Finding f =
                make(QStringLiteral("dkim.dns_error"), Severity::Warning, n,
                     tr("The DKIM record at %1 could not be checked: the DNS lookup failed (%2). This "
                        "does not mean the record is missing.")
                         .arg(n, statusName(r.status)));
            f.advice.title = tr("Check again in a moment");
            f.advice.steps = {tr("Run the check again; if it keeps failing, your DNS provider may be having "
                                 "trouble, or the name may point to itself in a CNAME loop.")};
            if (!r.cnameChain.isEmpty())
                f.seen = seenText(r);
            m_findings.append(settled(f, Severity::Warning));
            break;
        }
        case SelectorState::Missing: {
            if (!r.cnameChain.isEmpty()) {
                Finding f = make(QStringLiteral("dkim.cname_target_missing"), Severity::Error, n,
                                 tr("%1 points to %2 with a CNAME record, but there is no DKIM key at %2, so "
                                    "signatures with selector %3 fail.")
                                     .arg(n, r.cnameChain.constLast(), r.selector));
                f.advice = delegatedAdvice(r, tr("Fix the CNAME target"));
                f.seen = seenText(r);
                m_findings.append(settled(f, Severity::Error));
            } else if (!allPlainMissing && !(r.fromMailer && mailerAllMissing && anyFound)) {
                Finding f = make(QStringLiteral("dkim.missing"), Severity::Warning, n,
                                 tr("There is no DKIM record at %1 (selector %2).").arg(n, r.selector));
                f.advice = hintAdvice(m_request, tr("Publish the record for selector %1").arg(r.selector));
                f.expected = m_request.mailerHint;
                m_findings.append(settled(f, Severity::Warning));
            }
            break;
        }
        case SelectorState::Found: {
            const DkimKey& key = r.key;
            const bool delegated = !r.cnameChain.isEmpty();
            const QString seen = seenText(r);
            auto problem = [&](const QString& id, Severity severity, const QString& detail,
                               const QString& title, const QStringList& steps, const QByteArray& fixed = {}) {
                Finding f = make(id, severity, n, detail);
                f.seen = seen;
                if (delegated) {
                    f.advice = delegatedAdvice(r, title);
                } else {
                    f.advice.title = title;
                    f.advice.steps = steps;
                    if (!fixed.isEmpty()) {
                        f.fix = txtRecordLine(n, fixed);
                        f.expected = f.fix;
                    }
                }
                m_findings.append(settled(f, severity));
            };
            const QStringList copyAgain = {
                tr("Copy the DKIM record again from %1's dashboard and replace the one published at %2.")
                    .arg(mailer, n),
                tr("Paste the whole value, without extra quotes, spaces or line breaks.")};

            // The mailer's selector delegated somewhere the mailer does not publish keys: the key
            // there belongs to another service or an old set-up, not to what this mailer signs with.
            if (delegated && r.fromMailer && !m_request.mailerTargetSuffixes.isEmpty()) {
                const QString target = normalizedName(r.cnameChain.constLast());
                const bool mailers = std::any_of(
                    m_request.mailerTargetSuffixes.cbegin(), m_request.mailerTargetSuffixes.cend(),
                    [&](const QString& suffix) { return isSameOrSubdomain(target, normalizedName(suffix)); });
                if (!mailers) {
                    Finding f = make(QStringLiteral("dkim.cname_elsewhere"), Severity::Warning, n,
                                     tr("%1 points to %2, which is not one of %3's names (%4): the key "
                                        "there is not the one %3 signs with, unless you set it up that way.")
                                         .arg(n, target, mailer,
                                              m_request.mailerTargetSuffixes.join(QStringLiteral(", "))));
                    f.seen = seen;
                    f.advice.title = tr("Point the selector at %1").arg(mailer);
                    f.advice.steps = {
                        tr("Copy the CNAME record for selector %1 again from %2's dashboard and "
                           "replace the one published at %3.")
                            .arg(r.selector, mailer, n)};
                    m_findings.append(settled(f, Severity::Warning));
                }
            }

            if (r.records.size() > 1) {
                Finding f =
                    make(QStringLiteral("dkim.multiple_records"), Severity::Warning, n,
                         tr("There are %1 TXT records at %2. Receivers pick one of them, so signatures "
                            "can pass or fail depending on which one they get.")
                             .arg(r.records.size())
                             .arg(n));
                f.seen = seen;
                f.advice.title = tr("Keep only one DKIM record per selector");
                f.advice.steps = {tr("Delete the old or extra TXT records at %1 and keep the one %2 shows.")
                                      .arg(n, mailer)};
                m_findings.append(settled(f, Severity::Warning));
            }

            switch (key.problem) {
            case DkimKey::Problem::None:
                break;
            case DkimKey::Problem::Syntax:
                problem(QStringLiteral("dkim.syntax"), Severity::Error,
                        tr("The record at %1 is not a valid DKIM key record: %2").arg(n, key.problemText),
                        tr("Publish the record exactly as your mailer shows it"), copyAgain);
                break;
            case DkimKey::Problem::BadVersion: {
                QList<QPair<QByteArray, QByteArray>> tags;
                tags.append(Tag(QByteArrayLiteral("v"), QByteArrayLiteral("DKIM1")));
                for (const auto& tag : key.tags) {
                    if (tag.first != "v")
                        tags.append(tag);
                }
                problem(QStringLiteral("dkim.bad_version"), Severity::Error,
                        tr("Receivers ignore the DKIM key at %1: %2").arg(n, key.problemText),
                        tr("Start the record with v=DKIM1"),
                        {tr("Change the record so that it starts with v=DKIM1; (or remove the v= tag).")},
                        rebuild(tags));
                break;
            }
            case DkimKey::Problem::UnknownKeyType:
                problem(QStringLiteral("dkim.unknown_key_type"), Severity::Error,
                        tr("Receivers cannot use the DKIM key at %1: %2").arg(n, key.problemText),
                        tr("Use k=rsa or k=ed25519"), copyAgain);
                break;
            case DkimKey::Problem::UnknownHash:
                problem(QStringLiteral("dkim.unknown_hash"), Severity::Error,
                        tr("Receivers cannot use the DKIM key at %1: %2").arg(n, key.problemText),
                        tr("Remove the h= tag or set it to sha256"), copyAgain);
                break;
            case DkimKey::Problem::Revoked:
                problem(QStringLiteral("dkim.revoked"), Severity::Error,
                        tr("The DKIM key at %1 has been revoked (p= is empty), so every message signed with "
                           "selector %2 fails DKIM.")
                            .arg(n, r.selector),
                        tr("Publish the current key, or stop signing with this selector"),
                        {tr("If %1 still signs with selector %2, publish the key it shows for it now.")
                             .arg(mailer, r.selector),
                         tr("If you moved to a new selector on purpose, make sure %1 signs with the new one.")
                             .arg(mailer)});
                break;
            case DkimKey::Problem::CorruptKey:
                problem(QStringLiteral("dkim.corrupt_key"), Severity::Error,
                        tr("The key in the DKIM record at %1 cannot be read: %2").arg(n, key.problemText),
                        tr("Publish the key again"), copyAgain);
                break;
            case DkimKey::Problem::KeyTypeMismatch: {
                QList<QPair<QByteArray, QByteArray>> tags = key.tags;
                const QByteArray actual = key.keyType == QLatin1String("rsa") ? "ed25519" : "rsa";
                bool replaced = false;
                for (auto& tag : tags) {
                    if (tag.first == "k") {
                        tag.second = actual;
                        replaced = true;
                    }
                }
                if (!replaced)
                    tags.insert(tags.isEmpty() || tags.constFirst().first != "v" ? 0 : 1,
                                Tag(QByteArrayLiteral("k"), actual));
                problem(QStringLiteral("dkim.key_type_mismatch"), Severity::Error,
                        tr("The DKIM record at %1 does not match its key: %2").arg(n, key.problemText),
                        tr("Set k= to the key's type"),
                        {tr("Change k= to k=%1, or publish the key your mailer shows.")
                             .arg(QString::fromLatin1(actual))},
                        rebuild(tags));
                break;
            }
            }
            if (!key.isValid())
                break;

            bool clean = true;
            if (!key.allowsEmail()) {
                clean = false;
                problem(QStringLiteral("dkim.not_for_email"), Severity::Error,
                        tr("The DKIM key at %1 is limited to s=%2, which excludes email, so receivers do not "
                           "use it for mail.")
                            .arg(n, elided(key.services.join(QLatin1Char(':')), 40)),
                        tr("Remove the s= tag"), {tr("Remove s= from the record, or set it to s=email.")});
            }
            if (!key.allowsSha256()) {
                clean = false;
                problem(QStringLiteral("dkim.sha1_only"), Severity::Error,
                        tr("The DKIM key at %1 allows only SHA-1 signatures (h=sha1). Receivers no longer "
                           "accept SHA-1 (RFC 8301), so signatures with this key fail.")
                            .arg(n),
                        tr("Allow SHA-256"), {tr("Remove the h= tag or set it to h=sha256.")});
            }
            if (key.keyType == QLatin1String("rsa") && key.bits < 1024) {
                clean = false;
                problem(
                    QStringLiteral("dkim.weak_key"), Severity::Error,
                    tr("The DKIM key at %1 is only %2 bits long. Receivers treat RSA keys under 1024 bits "
                       "as no key at all, so signatures with it fail.")
                        .arg(n)
                        .arg(key.bits),
                    tr("Create a new 2048-bit key"),
                    {tr("Generate a new DKIM key of 2048 bits in %1 (or in your mail server) and publish "
                        "the record it gives you.")
                         .arg(mailer)});
            } else if (key.keyType == QLatin1String("rsa") && key.bits == 1024) {
                clean = false;
                problem(QStringLiteral("dkim.key_1024"), Severity::Warning,
                        tr("The DKIM key at %1 is 1024 bits long. It works, but 2048 bits is the size "
                           "recommended today.")
                            .arg(n),
                        tr("Move to a 2048-bit key when you can"),
                        {tr("If %1 offers 2048-bit keys, create one and publish its record; keep the old "
                            "record until mail is signed with the new key.")
                             .arg(mailer)});
            }
            if (key.testing()) {
                clean = false;
                QList<QPair<QByteArray, QByteArray>> tags;
                for (const auto& tag : key.tags) {
                    if (tag.first != "t") {
                        tags.append(tag);
                        continue;
                    }
                    QStringList flags = key.flags;
                    flags.removeAll(QStringLiteral("y"));
                    if (!flags.isEmpty())
                        tags.append(Tag(QByteArrayLiteral("t"), flags.join(QLatin1Char(':')).toLatin1()));
                }
                problem(
                    QStringLiteral("dkim.testing"), Severity::Warning,
                    tr("The DKIM key at %1 is marked as a test (t=y): receivers may treat signed and "
                       "unsigned mail alike.")
                        .arg(n),
                    tr("Remove the testing flag once DKIM works"),
                    {tr("Remove y from the t= tag (or the whole t=y tag) when your test mail passes DKIM.")},
                    rebuild(tags));
            }
            if (clean) {
                Finding f = make(
                    QStringLiteral("dkim.valid"), Severity::Ok, n,
                    delegated ? tr("Selector %1 has a valid %2 key, published by %3.")
                                    .arg(r.selector, keyDescription(key), r.cnameChain.constLast())
                              : tr("Selector %1 has a valid %2 key.").arg(r.selector, keyDescription(key)));
                f.seen = seen;
                m_findings.append(settled(f, Severity::Ok));
            }
            break;
        }
        }
    }
    if (cancelled) {
        m_findings.append(make(QStringLiteral("dkim.cancelled"), Severity::Info, domain,
                               tr("The DKIM check was stopped before every selector was checked.")));
    }
}

} // namespace postino::dns
