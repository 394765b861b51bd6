// DMARC discovery, record validation and alignment (RFC 9989, reports per RFC 9990).
//
// Stances where implementations disagree (docs/dns-stances.md; OpenDMARC's record-parsing
// vectors, libopendmarc/tests/test_dmarc_parse.c). The rule behind them: an error means receivers will not
// apply the record (or a part of it) as the owner meant; a warning means it works but should change.
//
// - p=n and other abbreviations: error dmarc.bad_value. Only OpenDMARC accepts them; RFC 9989
//   and checkdmarc do not, so most receivers would ignore the policy.
// - rua=ftp://… (any non-mailto URI): warning dmarc.report_uri_not_mailto. The record stays
//   valid (as in OpenDMARC, and the URI grammar allows it) but no reporter delivers there.
//   A malformed mailto: (no address, "mailto://host") is warning dmarc.report_uri_invalid:
//   reports are lost, the policy still applies. checkdmarc makes both errors.
// - Missing p=: warning dmarc.p_missing, policy taken as none (RFC 9989, checkdmarc). The fix
//   adds p=none explicitly, because OpenDMARC 1.4 still rejects such a record.
// - pct, rf, ri: removed by RFC 9989, so a valid value is warning dmarc.removed_tag. A value
//   the old rules reject (pct=500, rf=bob, ri=bob) is error dmarc.removed_tag_invalid: older
//   receivers (OpenDMARC 1.4) discard the whole record for it. The fix removes the tag.
// - Version case: the tag name may be any case ("V=DMARC1" is accepted, warning
//   dmarc.version_case, since discovery by literal prefix skips it); the value must be exactly
//   DMARC1 ("v=dmarc1" is error dmarc.bad_version), as RFC 9989 and mailauth require.
// - Multiple records at one name: error dmarc.multiple_records; none is used and the walk
//   stops there (RFC 9989, mailauth), it does not fall back to a parent.
//
// The organisational domain comes from the same walk: the highest domain with a DMARC
// record, stopping at psd=n (that domain) or psd=y (the one below it); without any record,
// registrableDomain() takes it from the Public Suffix List. All walk queries are sent at once,
// so discovery costs one round trip; the report-destination queries, which need the record,
// are a second round.

#include "dns/dmarc.h"

#include "dns/publicsuffix.h"
#include "dns/recordtext.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace postino::dns {

namespace {

constexpr int kMaxWalkQueries = 8;
constexpr int kMaxDestinations = 4; // a hostile record must not fan out into hundreds of queries
constexpr qsizetype kShownBytes = 600;

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

QString trimmedWsp(const QString& s, qsizetype* leading = nullptr)
{
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && isWsp(s.at(a)))
        ++a;
    while (b > a && isWsp(s.at(b - 1)))
        --b;
    if (leading)
        *leading = a;
    return s.mid(a, b - a);
}

Finding issue(const QString& id, Severity severity, const QString& subject, const QString& detail,
              const QString& title, const QStringList& steps = {})
{
    Finding f;
    f.id = id;
    f.subject = subject;
    f.detail = detail;
    // A problem whose title names the change still says where to make it.
    QStringList next = steps;
    if (next.isEmpty() && (severity == Severity::Warning || severity == Severity::Error)) {
        next << (id == QLatin1String("dmarc.dns_error")
                     ? DmarcCheck::tr(
                           "Run the check again in a few minutes; if it keeps failing, ask your DNS "
                           "provider.")
                     : DmarcCheck::tr(
                           "Make the change where your domain's DNS records are edited (often your "
                           "domain registrar or host), then check again."));
    }
    f.setSeverity(severity, Advice{title, next});
    return f;
}

QString fixLine(const QString& recordName, const QString& value)
{
    const QByteArray v = value.toLatin1();
    return recordName.isEmpty() ? txtPresentation(v) : txtRecordLine(recordName, v);
}

QString rebuild(const QList<QPair<QString, QString>>& tags)
{
    QStringList parts;
    for (const auto& [name, value] : tags)
        parts.append(name + QLatin1Char('=') + value);
    return parts.join(QStringLiteral("; "));
}

bool validMailboxDomain(const QString& domain)
{
    static const QRegularExpression hostname(
        QStringLiteral("^[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]"
                       "*[a-z0-9_])?)+$"));
    return !domain.isEmpty() && hostname.match(domain).hasMatch();
}

DmarcReportUri parseReportUri(const QString& text)
{
    DmarcReportUri u;
    u.uri = text;
    QString rest = text;
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*$"));
    if (colon <= 0 || !scheme.match(rest.left(colon)).hasMatch())
        return u; // no scheme at all
    if (rest.left(colon).compare(QLatin1String("mailto"), Qt::CaseInsensitive) != 0)
        return u; // another scheme
    u.isMailto = true;
    rest = rest.mid(colon + 1);
    const qsizetype bang = rest.indexOf(QLatin1Char('!'));
    if (bang >= 0) {
        u.sizeLimit = rest.mid(bang);
        rest = rest.left(bang);
    }
    const qsizetype query = rest.indexOf(QLatin1Char('?'));
    if (query >= 0)
        rest = rest.left(query);
    const QString address = QUrl::fromPercentEncoding(rest.toUtf8());
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || address.contains(QLatin1Char(' ')) || address.startsWith(QLatin1Char('/')))
        return u;
    const QString domain = normalizedName(address.mid(at + 1));
    if (!validMailboxDomain(domain))
        return u;
    u.address = address;
    u.domain = domain;
    u.isValid = true;
    return u;
}

// A TXT string that tries to be a DMARC record, even a broken one ("V=DMARC1", " v=dmarc1").
bool looksLikeDmarc(const QByteArray& text)
{
    static const QRegularExpression re(QStringLiteral("^[ \\t]*v[ \\t]*=[ \\t]*dmarc"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromLatin1(text.left(64))).hasMatch();
}

bool looksLikeSpf(const QByteArray& text)
{
    const QByteArray t = text.trimmed().left(7).toLower();
    return t == "v=spf1" || t == "v=spf1 ";
}

} // namespace

// ---------------------------------------------------------------------------------------

DmarcRecord parseDmarcRecord(const QString& text, const QString& recordName)
{
    DmarcRecord r;
    const QString& subject = recordName;
    auto add = [&](Finding f) {
        f.subject = subject;
        r.findings.append(f);
    };
    auto fixed = [&](Finding f, const QList<QPair<QString, QString>>& tags) {
        f.fix = fixLine(recordName, rebuild(tags));
        f.expected = f.fix;
        add(f);
    };

    if (trimmedWsp(text).isEmpty()) {
        add(issue(QStringLiteral("dmarc.empty"), Severity::Error, subject,
                  DmarcCheck::tr("The DMARC record is empty, so receivers ignore it."),
                  DmarcCheck::tr("Publish a complete DMARC record"),
                  {DmarcCheck::tr("A minimal record is: v=DMARC1; p=none; rua=mailto:<your address>")}));
        return r;
    }
    qsizetype leading = 0;
    const QString body = trimmedWsp(text, &leading);
    bool upperV = false;

    // Only printable ASCII: anything else is a paste accident or binary garbage.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const ushort c = text.at(i).unicode();
        if (c != '\t' && (c < 0x20 || c > 0x7e)) {
            add(issue(
                QStringLiteral("dmarc.syntax"), Severity::Error, subject,
                DmarcCheck::tr("The DMARC record has a character that is not allowed at position %1 (only "
                               "plain ASCII letters, digits and punctuation are): %2")
                    .arg(i + 1)
                    .arg(printable(text.mid(std::max<qsizetype>(0, i - 20), 40).toUtf8(), 80)),
                DmarcCheck::tr("Retype the record"),
                {DmarcCheck::tr("Type the record again by hand, or copy it from a plain-text source; "
                                "word processors add curly quotes and invisible characters.")}));
            return r;
        }
    }

    // Tag list: name = value pairs separated by ';'.
    QSet<QString> seenNames;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char(';'), start);
        if (end < 0)
            end = body.size();
        qsizetype lead = 0;
        const QString spec = trimmedWsp(body.mid(start, end - start), &lead);
        const qsizetype position = leading + start + lead + 1;
        if (!spec.isEmpty()) {
            const qsizetype eq = spec.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? QString() : trimmedWsp(spec.left(eq));
            static const QRegularExpression tagName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
            if (eq < 0 || !tagName.match(name).hasMatch()) {
                add(issue(
                    QStringLiteral("dmarc.syntax"), Severity::Error, subject,
                    DmarcCheck::tr("The DMARC record cannot be read from position %1 on (\"%2\"): every "
                                   "part must be written name=value and parts are separated by ';'.")
                        .arg(position)
                        .arg(elided(spec, 40)),
                    DmarcCheck::tr("Correct the record's syntax"),
                    {DmarcCheck::tr("Write each tag as name=value, separated by semicolons, for example: "
                                    "v=DMARC1; p=none; rua=mailto:dmarc@example.com")}));
                r.tags.clear();
                return r;
            }
            const QString lower = name.toLower();
            const QString value = trimmedWsp(spec.mid(eq + 1));
            if (r.tags.isEmpty()) {
                // The version must come first and be exactly DMARC1.
                if (lower != QLatin1String("v") || value != QLatin1String("DMARC1")) {
                    add(issue(
                        QStringLiteral("dmarc.bad_version"), Severity::Error, subject,
                        DmarcCheck::tr("The record starts with \"%1\" instead of v=DMARC1, so receivers do "
                                       "not treat it as a DMARC record.")
                            .arg(elided(spec, 40)),
                        DmarcCheck::tr("Start the record with v=DMARC1"),
                        {DmarcCheck::tr("Write v=DMARC1 exactly like this (capital DMARC) as the first tag, "
                                        "followed by a semicolon.")}));
                    return r;
                }
                upperV = name != QLatin1String("v");
            }
            if (seenNames.contains(lower)) {
                add(issue(
                    QStringLiteral("dmarc.duplicate_tag"), Severity::Error, subject,
                    DmarcCheck::tr("The tag %1= appears more than once; receivers reject such a record.")
                        .arg(lower),
                    DmarcCheck::tr("Keep each tag once"),
                    {DmarcCheck::tr("Delete the repeated %1= and keep the value you mean.").arg(lower)}));
            }
            seenNames.insert(lower);
            r.tags.append({lower, value});
        }
        start = end + 1;
    }

    if (r.tags.isEmpty()) { // only separators
        add(issue(
            QStringLiteral("dmarc.bad_version"), Severity::Error, subject,
            DmarcCheck::tr("The record does not start with v=DMARC1, so receivers do not treat it as a DMARC "
                           "record."),
            DmarcCheck::tr("Start the record with v=DMARC1"),
            {DmarcCheck::tr("Write v=DMARC1 exactly like this (capital DMARC) as the first tag, followed by "
                            "a semicolon.")}));
        return r;
    }
    QList<QPair<QString, QString>> clean; // the record as it should be written, for fixes
    for (const auto& tag : std::as_const(r.tags)) {
        if (tag.first == QLatin1String("v"))
            clean.append({QStringLiteral("v"), QStringLiteral("DMARC1")});
        else
            clean.append(tag);
    }

    if (leading > 0) {
        fixed(
            issue(QStringLiteral("dmarc.leading_whitespace"), Severity::Error, subject,
                  DmarcCheck::tr("The record starts with a space before v=DMARC1; many receivers then do not "
                                 "recognise it as a DMARC record."),
                  DmarcCheck::tr("Remove the leading space"),
                  {DmarcCheck::tr("Edit the record so that it begins directly with v=DMARC1.")}),
            clean);
    }
    if (upperV) {
        fixed(issue(QStringLiteral("dmarc.version_case"), Severity::Warning, subject,
                    DmarcCheck::tr(
                        "The record starts with V=DMARC1 (capital V). It is valid, but some receivers "
                        "only recognise a record that starts with v=DMARC1."),
                    DmarcCheck::tr("Write the version as v=DMARC1"),
                    {DmarcCheck::tr("Change the first tag to v=DMARC1 with a lower-case v.")}),
              clean);
    }

    auto badValue = [&](const QString& tag, const QString& value, const QString& allowed) {
        add(issue(QStringLiteral("dmarc.bad_value"), Severity::Error, subject,
                  DmarcCheck::tr("%1=%2 is not a valid value; allowed: %3. Receivers may ignore the record.")
                      .arg(tag, elided(value, 40), allowed),
                  DmarcCheck::tr("Correct %1=").arg(tag),
                  {DmarcCheck::tr("Set %1= to one of: %2.").arg(tag, allowed)}));
    };
    auto removeTag = [&](const QString& tag) {
        QList<QPair<QString, QString>> out;
        for (const auto& t : std::as_const(clean)) {
            if (t.first != tag)
                out.append(t);
        }
        return out;
    };

    static const QStringList policies = {QStringLiteral("none"), QStringLiteral("quarantine"),
                                         QStringLiteral("reject")};
    bool ruaSeen = false;
    for (qsizetype i = 1; i < r.tags.size(); ++i) {
        const QString& name = r.tags.at(i).first;
        const QString& value = r.tags.at(i).second;
        const QString v = value.toLower();
        if (name == QLatin1String("v")) {
            continue; // repeated: reported as a duplicate
        } else if (name == QLatin1String("p") || name == QLatin1String("sp") || name == QLatin1String("np")) {
            if (!policies.contains(v)) {
                badValue(name, value, QStringLiteral("none, quarantine, reject"));
                continue;
            }
            if (name == QLatin1String("p")) {
                r.p = v;
                r.pExplicit = true;
            } else if (name == QLatin1String("sp")) {
                r.sp = v;
            } else {
                r.np = v;
            }
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            if (v != QLatin1String("r") && v != QLatin1String("s")) {
                badValue(name, value, QStringLiteral("r, s"));
                continue;
            }
            (name == QLatin1String("adkim") ? r.adkim : r.aspf) =
                v == QLatin1String("s") ? AlignmentMode::Strict : AlignmentMode::Relaxed;
        } else if (name == QLatin1String("fo")) {
            QStringList options;
            bool ok = true;
            for (const QString& part : v.split(QLatin1Char(':'))) {
                const QString o = trimmedWsp(part);
                ok = ok && (o == QLatin1String("0") || o == QLatin1String("1") || o == QLatin1String("d") ||
                            o == QLatin1String("s"));
                options.append(o);
            }
            if (!ok) {
                badValue(name, value, DmarcCheck::tr("0, 1, d, s (separated by ':')"));
                continue;
            }
            r.fo = options;
            if (options.contains(QStringLiteral("0")) && options.contains(QStringLiteral("1"))) {
                QList<QPair<QString, QString>> tags = clean;
                QStringList kept = options;
                kept.removeAll(QStringLiteral("0"));
                for (auto& t : tags) {
                    if (t.first == QLatin1String("fo"))
                        t.second = kept.join(QLatin1Char(':'));
                }
                fixed(issue(QStringLiteral("dmarc.fo_redundant"), Severity::Warning, subject,
                            DmarcCheck::tr("fo=%1 asks for failure reports both when all checks fail (0) and "
                                           "when any fails (1); 1 already covers 0.")
                                .arg(value),
                            DmarcCheck::tr("Remove the 0 from fo="), {}),
                      tags);
            }
        } else if (name == QLatin1String("t")) {
            if (v != QLatin1String("y") && v != QLatin1String("n")) {
                badValue(name, value, QStringLiteral("y, n"));
                continue;
            }
            r.testing = v == QLatin1String("y");
            if (r.testing) {
                add(issue(
                    QStringLiteral("dmarc.testing"), Severity::Warning, subject,
                    DmarcCheck::tr("t=y marks the policy as a test: receivers apply one step less "
                                   "(reject as quarantine, quarantine as none)."),
                    DmarcCheck::tr("Remove t=y when you are ready to enforce"),
                    {DmarcCheck::tr("Once the reports show your mail passes, remove t=y or set t=n.")}));
            }
        } else if (name == QLatin1String("psd")) {
            if (v != QLatin1String("y") && v != QLatin1String("n") && v != QLatin1String("u")) {
                badValue(name, value, QStringLiteral("y, n, u"));
                continue;
            }
            r.psd = v;
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            QList<DmarcReportUri>& list = name == QLatin1String("rua") ? r.rua : r.ruf;
            ruaSeen = ruaSeen || name == QLatin1String("rua");
            for (const QString& part : value.split(QLatin1Char(','))) {
                const QString uriText = trimmedWsp(part);
                if (uriText.isEmpty())
                    continue;
                const DmarcReportUri u = parseReportUri(uriText);
                list.append(u);
                if (!u.isMailto) {
                    const bool hasScheme = uriText.contains(QLatin1Char(':'));
                    add(issue(hasScheme ? QStringLiteral("dmarc.report_uri_not_mailto")
                                        : QStringLiteral("dmarc.report_uri_invalid"),
                              Severity::Warning, subject,
                              hasScheme
                                  ? DmarcCheck::tr("%1=%2: reports are only sent to mailto: addresses, so "
                                                   "nothing arrives at this one.")
                                        .arg(name, elided(uriText, 80))
                                  : DmarcCheck::tr("%1=%2 is missing mailto: in front of the address, so "
                                                   "reports are not sent.")
                                        .arg(name, elided(uriText, 80)),
                              DmarcCheck::tr("Use a mailto: address for reports"),
                              {DmarcCheck::tr("Write report addresses as mailto:name@example.com.")}));
                } else if (!u.isValid) {
                    add(issue(QStringLiteral("dmarc.report_uri_invalid"), Severity::Warning, subject,
                              DmarcCheck::tr("%1=%2 is not a usable email address, so reports are not sent.")
                                  .arg(name, elided(uriText, 80)),
                              DmarcCheck::tr("Correct the report address"),
                              {DmarcCheck::tr("Write report addresses as mailto:name@example.com.")}));
                }
                if (u.isMailto && !u.sizeLimit.isEmpty()) {
                    add(issue(QStringLiteral("dmarc.report_size_limit"), Severity::Warning, subject,
                              DmarcCheck::tr("%1 ends with a size limit (%2). RFC 9989 dropped size limits; "
                                             "receivers that still honour them may send incomplete reports.")
                                  .arg(elided(uriText, 80), elided(u.sizeLimit, 20)),
                              DmarcCheck::tr("Remove the size limit"),
                              {DmarcCheck::tr("Delete the part from '!' to the end of the address.")}));
                }
            }
            if (list.size() > 2) {
                add(issue(
                    QStringLiteral("dmarc.too_many_report_uris"), Severity::Warning, subject,
                    DmarcCheck::tr("%1= lists %2 addresses; some receivers send reports to the first two "
                                   "only.")
                        .arg(name)
                        .arg(list.size()),
                    DmarcCheck::tr("Keep at most two report addresses"), {}));
            }
        } else if (name == QLatin1String("pct") || name == QLatin1String("rf") ||
                   name == QLatin1String("ri")) {
            bool valid = false;
            if (name == QLatin1String("pct")) {
                const int n = value.toInt(&valid);
                valid = valid && n >= 0 && n <= 100 && !value.startsWith(QLatin1Char('+'));
            } else if (name == QLatin1String("ri")) {
                static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
                valid = digits.match(value).hasMatch() && value.toULongLong() <= 0xffffffffULL;
            } else {
                valid = true;
                for (const QString& f : v.split(QLatin1Char(':')))
                    valid = valid && (trimmedWsp(f) == QLatin1String("afrf") ||
                                      trimmedWsp(f) == QLatin1String("iodef"));
            }
            if (valid) {
                fixed(issue(QStringLiteral("dmarc.removed_tag"), Severity::Warning, subject,
                            DmarcCheck::tr(
                                "%1= is no longer part of DMARC (RFC 9989) and new receivers ignore it.")
                                .arg(name),
                            DmarcCheck::tr("Remove %1=").arg(name),
                            name == QLatin1String("pct") && value != QLatin1String("100")
                                ? QStringList{DmarcCheck::tr(
                                                  "pct=%1 asks older receivers to apply the policy to "
                                                  "part of your mail only; t=y is the new way to test.")
                                                  .arg(value)}
                                : QStringList{}),
                      removeTag(name));
            } else {
                fixed(issue(QStringLiteral("dmarc.removed_tag_invalid"), Severity::Error, subject,
                            DmarcCheck::tr(
                                "%1=%2 is not valid. The tag is obsolete (RFC 9989), but older receivers "
                                "still check it and reject the whole record over it.")
                                .arg(name, elided(value, 40)),
                            DmarcCheck::tr("Remove %1=").arg(name), {}),
                      removeTag(name));
            }
        } else {
            add(issue(
                QStringLiteral("dmarc.unknown_tag"), Severity::Warning, subject,
                DmarcCheck::tr("%1= is not a DMARC tag; receivers ignore it. Check it is not a misspelt "
                               "one.")
                    .arg(elided(name, 40)),
                DmarcCheck::tr("Remove or correct %1=").arg(elided(name, 40)), {}));
        }
    }

    if (!r.pExplicit) {
        QList<QPair<QString, QString>> tags = removeTag(QStringLiteral("p"));
        tags.insert(1, {QStringLiteral("p"), QStringLiteral("none")});
        fixed(
            issue(
                QStringLiteral("dmarc.p_missing"), Severity::Warning, subject,
                DmarcCheck::tr("The record has no p= policy. Current receivers treat it as p=none (nothing "
                               "is enforced); older ones ignore the whole record."),
                DmarcCheck::tr("Add a policy"),
                {DmarcCheck::tr("Add p=none right after v=DMARC1, and move to quarantine or reject once the "
                                "reports show your mail passes.")}),
            tags);
    } else if (r.tags.size() > 1 && r.tags.at(1).first != QLatin1String("p")) {
        QList<QPair<QString, QString>> tags = removeTag(QStringLiteral("p"));
        for (const auto& t : std::as_const(clean)) {
            if (t.first == QLatin1String("p")) {
                tags.insert(1, t);
                break;
            }
        }
        fixed(
            issue(QStringLiteral("dmarc.p_not_second"), Severity::Warning, subject,
                  DmarcCheck::tr("p= is not right after v=DMARC1. That is allowed, but some older receivers "
                                 "expect it there."),
                  DmarcCheck::tr("Move p= after v=DMARC1"), {}),
            tags);
    }
    if (r.pExplicit && r.p == QLatin1String("none")) {
        Finding f =
            issue(QStringLiteral("dmarc.policy_none"), Severity::Warning, subject,
                  DmarcCheck::tr("The policy is p=none: receivers report on mail that fails, but deliver it "
                                 "anyway, so others can still send in your domain's name."),
                  DmarcCheck::tr("Enforce the policy once your mail passes"),
                  {DmarcCheck::tr("Read the reports for a couple of weeks; when all of your own mail "
                                  "passes, change p=none to p=quarantine, later to p=reject.")});
        QList<QPair<QString, QString>> tags = clean;
        for (auto& t : tags) {
            if (t.first == QLatin1String("p"))
                t.second = QStringLiteral("quarantine");
        }
        f.expected = fixLine(recordName, rebuild(tags)); // the next step, not a fix to copy blindly
        add(f);
    }
    if (r.sp == QLatin1String("none")) {
        add(issue(QStringLiteral("dmarc.subdomain_policy_none"), Severity::Warning, subject,
                  DmarcCheck::tr("sp=none: nothing is enforced for subdomains, so mail forged from any "
                                 "subdomain is still delivered."),
                  DmarcCheck::tr("Enforce the policy for subdomains too"),
                  {DmarcCheck::tr("Remove sp=none (subdomains then follow p=), or set sp=quarantine or "
                                  "sp=reject.")}));
    }
    if (!ruaSeen) {
        add(issue(
            QStringLiteral("dmarc.no_rua"), Severity::Warning, subject,
            DmarcCheck::tr("The record has no rua= address, so you get no reports and cannot see who sends "
                           "mail in your domain's name."),
            DmarcCheck::tr("Add a report address"),
            {DmarcCheck::tr("Add rua=mailto: followed by a mailbox that you read, or a DMARC report "
                            "service's address.")}));
    }
    r.isDmarc = !r.hasErrors();
    return r;
}

// ---------------------------------------------------------------------------------------

DmarcAlignment alignment(const QString& fromDomain, const QString& spfDomain, const QString& dkimDomain,
                         AlignmentMode adkim, AlignmentMode aspf, const OrgDomainFunction& orgDomainOf)
{
    const QString from = normalizedName(fromDomain);
    auto aligned = [&](const QString& other, AlignmentMode mode) {
        const QString d = normalizedName(other);
        if (from.isEmpty() || d.isEmpty())
            return false;
        if (mode == AlignmentMode::Strict)
            return d == from;
        const QString a = orgDomainOf ? orgDomainOf(from) : registrableDomain(from);
        const QString b = orgDomainOf ? orgDomainOf(d) : registrableDomain(d);
        return !a.isEmpty() && a == b;
    };
    return DmarcAlignment{aligned(spfDomain, aspf), aligned(dkimDomain, adkim)};
}

QString registrableDomain(const QString& domain)
{
    return organizationalDomain(domain);
}

// ---------------------------------------------------------------------------------------

namespace {

QString recordLine(const QString& name, const QByteArray& record)
{
    if (record.size() <= kShownBytes)
        return txtRecordLine(name, record);
    return txtRecordLine(name, record.left(kShownBytes)) + QLatin1Char(' ') + QChar(0x2026);
}

QString dmarcName(const QString& domain)
{
    return QStringLiteral("_dmarc.") + domain;
}

// The RFC 9989 tree walk: the domain itself, then at most seven parents, the longest kept
// to seven labels, down to the top-level domain.
QStringList walkDomains(const QString& domain)
{
    QStringList out{domain};
    const QStringList labels = domain.split(QLatin1Char('.'));
    const int n = int(labels.size());
    for (int keep = std::min(n - 1, kMaxWalkQueries - 1); keep >= 1; --keep)
        out.append(labels.mid(n - keep).join(QLatin1Char('.')));
    return out;
}

} // namespace

DmarcCheck::DmarcCheck(Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("dmarc"), parent)
    , m_resolver(resolver)
{}

OrgDomainFunction DmarcCheck::orgDomainOf() const
{
    const QString org = m_result.orgDomain;
    return [org](const QString& domain) {
        const QString n = normalizedName(domain);
        if (!org.isEmpty() && isSameOrSubdomain(n, org))
            return org;
        return registrableDomain(n);
    };
}

void DmarcCheck::ask(const QString& name, RecordType type, std::function<void(const Answer&)> store)
{
    ++m_pending;
    const int phase = m_phase;
    const int generation = m_generation;
    m_resolver->lookup(name, type, m_context,
                       [this, phase, generation, store = std::move(store)](const Answer& answer) {
                           if (!isRunning() || phase != m_phase || generation != m_generation)
                               return;
                           store(answer);
                           if (--m_pending > 0)
                               return;
                           if (m_phase == 1)
                               onDiscovered();
                           else
                               finish();
                       });
}

void DmarcCheck::start(const QString& domain)
{
    restartWith(m_domain, domain);
}

void DmarcCheck::doStart()
{
    m_result = DmarcResult();
    m_findings.clear();
    m_levels.clear();
    m_destinations.clear();
    m_apex = Answer();
    m_pending = 0;
    m_phase = 1;
    ++m_generation;
    m_context = new QObject(this);

    m_result.domain = checkedDomain(m_domain);
    if (m_result.domain.isEmpty() || !m_resolver) {
        m_findings.append(issue(
            QStringLiteral("dmarc.bad_domain"), Severity::Error, m_domain,
            tr("\"%1\" is not a domain name that can be checked.").arg(elided(m_domain, 80)),
            tr("Check the From address"), {tr("The domain is the part of the From address after the @.")}));
        QMetaObject::invokeMethod(
            m_context, [this] { finish(); }, Qt::QueuedConnection);
        return;
    }
    const QStringList domains = walkDomains(m_result.domain);
    m_levels.resize(domains.size());
    for (qsizetype i = 0; i < domains.size(); ++i) {
        m_result.walk.append(dmarcName(domains.at(i)));
        ask(dmarcName(domains.at(i)), RecordType::TXT, [this, i](const Answer& a) { m_levels[i] = a; });
    }
    ask(m_result.domain, RecordType::TXT, [this](const Answer& a) { m_apex = a; });
}

void DmarcCheck::doCancel()
{
    m_context->deleteLater(); // answers still on their way are dropped
    m_pending = 0;
}

void DmarcCheck::addEndingFinding(const Finding& finding)
{
    m_findings.append(finding);
}

Finding DmarcCheck::cancelledFinding() const
{
    return issue(QStringLiteral("dmarc.cancelled"), Severity::Info, m_result.domain,
                 tr("The DMARC check was stopped before it finished."), {});
}

void DmarcCheck::onDiscovered()
{
    const QString& domain = m_result.domain;
    const QStringList domains = walkDomains(domain);
    auto candidates = [](const Answer& a) {
        QList<QByteArray> out;
        for (const QByteArray& t : a.texts) {
            if (looksLikeDmarc(t))
                out.append(t);
        }
        return out;
    };

    // The record that applies: the first level with a DMARC record, in walk order.
    int found = -1;
    int blocked = -1; // a level that could not be read before any record was found
    for (int i = 0; i < int(m_levels.size()); ++i) {
        const Answer& a = m_levels.at(i);
        if (a.isTemporaryError() || a.status == Status::BadName) {
            blocked = i;
            break;
        }
        if (!candidates(a).isEmpty()) {
            found = i;
            break;
        }
    }

    // Organisational domain (RFC 9989): the highest domain with a record, unless psd= says.
    QString org;
    for (int i = 0; i < int(m_levels.size()); ++i) {
        const QList<QByteArray> c = candidates(m_levels.at(i));
        if (c.size() != 1)
            continue;
        const DmarcRecord rec = parseDmarcRecord(QString::fromLatin1(c.constFirst()));
        if (!rec.isDmarc)
            continue;
        if (rec.psd == QLatin1String("n")) {
            org = domains.at(i);
            break;
        }
        if (rec.psd == QLatin1String("y")) {
            org = i > 0 ? domains.at(i - 1) : domains.at(i);
            break;
        }
        if (domains.at(i).contains(QLatin1Char('.')))
            org = domains.at(i);
    }
    m_result.orgDomain = org.isEmpty() ? registrableDomain(domain) : org;

    const bool apexHasDmarc = m_apex.ok() && !candidates(m_apex).isEmpty();
    QByteArray apexRecord;
    for (const QByteArray& t : std::as_const(m_apex.texts)) {
        if (looksLikeDmarc(t)) {
            apexRecord = t;
            break;
        }
    }

    if (blocked >= 0) {
        const Answer& a = m_levels.at(blocked);
        m_findings.append(
            issue(QStringLiteral("dmarc.dns_error"), Severity::Warning, dmarcName(domains.at(blocked)),
                  tr("The DMARC record at %1 could not be checked: the DNS lookup failed (%2). This "
                     "does not mean there is no record.")
                      .arg(dmarcName(domains.at(blocked)), statusName(a.status)),
                  tr("Check again in a moment"),
                  {tr("Run the check again; if it keeps failing, your DNS provider may be having "
                      "trouble, or the name may point to itself in a CNAME loop.")}));
        finish();
        return;
    }

    // Unrelated and SPF records at the domain's own _dmarc name.
    {
        const Answer& own = m_levels.constFirst();
        const QString name = dmarcName(domain);
        for (const QByteArray& t : own.texts) {
            if (looksLikeDmarc(t))
                continue;
            Finding f =
                looksLikeSpf(t)
                    ? issue(QStringLiteral("dmarc.spf_at_dmarc"), Severity::Warning, name,
                            tr("%1 holds an SPF record. SPF belongs on the domain itself; at %1 it is "
                               "ignored (often a wildcard record answers here).")
                                .arg(name),
                            tr("Remove the SPF record from %1").arg(name),
                            {tr("Delete the v=spf1 record at %1, or the wildcard (*) TXT record that "
                                "produces it, and publish the DMARC record there.")
                                 .arg(name)})
                    : issue(QStringLiteral("dmarc.unrelated_txt"), Severity::Warning, name,
                            tr("%1 holds a TXT record that is not DMARC; receivers skip it, but it is "
                               "probably a mistake.")
                                .arg(name),
                            tr("Remove the extra record"),
                            {tr("Only the v=DMARC1 record belongs at %1.").arg(name)});
            f.seen = recordLine(name, t);
            m_findings.append(f);
        }
    }

    if (found < 0) {
        const QString name = dmarcName(domain);
        if (apexHasDmarc) {
            Finding f =
                issue(QStringLiteral("dmarc.wrong_place"), Severity::Error, domain,
                      tr("A DMARC record is published on %1 itself, where receivers never look; it must "
                         "be at %2.")
                          .arg(domain, name),
                      tr("Move the record to %1").arg(name),
                      {tr("Create a TXT record named _dmarc on %1 with the same value, then delete the "
                          "one on the domain itself.")
                           .arg(domain)});
            f.seen = recordLine(domain, apexRecord);
            f.fix = recordLine(name, apexRecord.trimmed());
            f.expected = f.fix;
            m_findings.append(f);
        } else {
            Finding f =
                issue(QStringLiteral("dmarc.not_found"), Severity::Error, domain,
                      tr("%1 has no DMARC record (nor has any parent domain). Large mailbox providers "
                         "expect one from every domain that sends mail, and without it nobody is told "
                         "what to do with mail forged in its name.")
                          .arg(domain),
                      tr("Publish a DMARC record"),
                      {tr("Add the TXT record below. It only asks for reports and changes nothing for "
                          "delivery yet."),
                       tr("Create the mailbox dmarc-reports@%1 (or use a DMARC report service's address "
                          "instead).")
                           .arg(domain),
                       tr("Read the reports for a couple of weeks; when all of your own mail passes, "
                          "change p=none to p=quarantine, and later to p=reject.")});
            f.fix = txtRecordLine(name, QByteArray("v=DMARC1; p=none; rua=mailto:dmarc-reports@") +
                                            domain.toLatin1());
            f.expected = f.fix;
            m_findings.append(f);
        }
        finish();
        return;
    }

    const QString recordDomain = domains.at(found);
    const QString recordName = dmarcName(recordDomain);
    const QList<QByteArray> records = candidates(m_levels.at(found));
    m_result.recordDomain = recordDomain;
    m_result.inherited = found > 0;
    m_result.isOrgRecord = recordDomain == m_result.orgDomain;

    if (records.size() > 1) {
        Finding f = issue(QStringLiteral("dmarc.multiple_records"), Severity::Error, recordName,
                          tr("There are %1 DMARC records at %2. Receivers then use none of them, as if there "
                             "were no DMARC record at all.")
                              .arg(records.size())
                              .arg(recordName),
                          tr("Keep exactly one DMARC record"),
                          {tr("Delete all but one of the v=DMARC1 records at %1; merge what you need into "
                              "the one you keep.")
                               .arg(recordName)});
        QStringList lines;
        for (const QByteArray& t : records)
            lines.append(recordLine(recordName, t));
        f.seen = lines.join(QLatin1Char('\n'));
        m_findings.append(f);
        finish();
        return;
    }

    m_result.record = records.constFirst();
    m_result.parsed = parseDmarcRecord(QString::fromLatin1(m_result.record), recordName);
    const DmarcRecord& rec = m_result.parsed;
    const bool nonExistent = m_apex.status == Status::NxDomain;
    m_result.policy = !m_result.inherited ? rec.p
                      : nonExistent       ? rec.nonExistentPolicy()
                                          : rec.subdomainPolicy();

    if (apexHasDmarc && !m_result.inherited) {
        Finding f =
            issue(QStringLiteral("dmarc.apex_record"), Severity::Warning, domain,
                  tr("Besides %1, the domain %2 itself has a v=DMARC1 record. Receivers ignore it; it "
                     "only causes confusion.")
                      .arg(recordName, domain),
                  tr("Delete the record on %1").arg(domain), {});
        f.seen = recordLine(domain, apexRecord);
        m_findings.append(f);
    } else if (apexHasDmarc) {
        Finding f =
            issue(QStringLiteral("dmarc.wrong_place"), Severity::Warning, domain,
                  tr("A DMARC record is published on %1 itself, where receivers never look; %2 applies "
                     "instead.")
                      .arg(domain, recordName),
                  tr("Move the record to %1").arg(dmarcName(domain)), {});
        f.seen = recordLine(domain, apexRecord);
        f.fix = recordLine(dmarcName(domain), apexRecord.trimmed());
        f.expected = f.fix;
        m_findings.append(f);
    }

    if (!rec.hasErrors()) {
        Finding f;
        f.id = QStringLiteral("dmarc.found");
        f.setSeverity(Severity::Ok);
        f.subject = recordName;
        f.detail = m_result.inherited
                       ? tr("%1 has no DMARC record of its own; the record at %2 covers it, with the policy "
                            "%3 for subdomains.")
                             .arg(domain, recordName, m_result.policy)
                       : tr("%1 has a DMARC record with the policy %2.").arg(domain, m_result.policy);
        f.seen = recordLine(recordName, m_result.record);
        m_findings.append(f);
    }
    for (Finding f : rec.findings) {
        f.seen = recordLine(recordName, m_result.record);
        m_findings.append(f);
    }

    // Second round: where the reports go.
    QStringList seenDomains;
    for (const DmarcReportUri& u : rec.rua + rec.ruf) {
        if (!u.isValid || seenDomains.contains(u.domain) || seenDomains.size() >= kMaxDestinations)
            continue;
        seenDomains.append(u.domain);
        Destination d;
        d.domain = u.domain;
        d.external =
            !isSameOrSubdomain(u.domain, m_result.orgDomain) && !isSameOrSubdomain(u.domain, recordDomain);
        m_destinations.append(d);
    }
    if (m_destinations.isEmpty() || rec.hasErrors()) {
        finish();
        return;
    }
    m_phase = 2;
    for (qsizetype i = 0; i < m_destinations.size(); ++i) {
        const QString dest = m_destinations.at(i).domain;
        ask(dest, RecordType::MX, [this, i](const Answer& a) { m_destinations[i].mx = a; });
        if (m_destinations.at(i).external) {
            ask(recordDomain + QStringLiteral("._report._dmarc.") + dest, RecordType::TXT,
                [this, i](const Answer& a) { m_destinations[i].specific = a; });
            ask(QStringLiteral("*._report._dmarc.") + dest, RecordType::TXT,
                [this, i](const Answer& a) { m_destinations[i].wildcard = a; });
        }
    }
}

void DmarcCheck::finish()
{
    if (!isRunning())
        return;
    const QString recordDomain = m_result.recordDomain;
    for (const Destination& d : std::as_const(m_destinations)) {
        // MX: a null MX ("0 .") means the domain takes no mail at all.
        bool hasMx = false;
        for (const MxRecord& mx : d.mx.mx)
            hasMx = hasMx || !mx.exchange.isEmpty();
        if (d.mx.isTemporaryError()) {
            m_findings.append(
                issue(QStringLiteral("dmarc.dns_error"), Severity::Warning, d.domain,
                      tr("Could not check whether %1 receives mail: the DNS lookup failed (%2).")
                          .arg(d.domain, statusName(d.mx.status)),
                      tr("Check again in a moment"), {}));
        } else if (!hasMx) {
            m_findings.append(
                issue(QStringLiteral("dmarc.report_no_mx"), Severity::Warning, d.domain,
                      tr("Reports are to be sent to %1, but that domain has no mail server (MX "
                         "record), so they will probably not arrive.")
                          .arg(d.domain),
                      tr("Use a report address that receives mail"),
                      {tr("Change rua= (and ruf=) to an address whose mailbox you can read.")}));
        }
        if (!d.external)
            continue;
        auto authorises = [](const Answer& a) {
            if (!a.ok())
                return false;
            for (const QByteArray& t : a.texts) {
                if (t.startsWith("v=DMARC1"))
                    return true;
            }
            return false;
        };
        const QString specificName = recordDomain + QStringLiteral("._report._dmarc.") + d.domain;
        if (authorises(d.specific) || authorises(d.wildcard)) {
            m_findings.append(issue(QStringLiteral("dmarc.report_authorized"), Severity::Ok, d.domain,
                                    tr("%1 accepts DMARC reports for %2.").arg(d.domain, recordDomain), {}));
        } else if (d.specific.isTemporaryError() || d.wildcard.isTemporaryError()) {
            m_findings.append(issue(
                QStringLiteral("dmarc.dns_error"), Severity::Warning, specificName,
                tr("Could not check whether %1 accepts reports for %2: the DNS lookup failed "
                   "(%3).")
                    .arg(d.domain, recordDomain,
                         statusName(d.specific.isTemporaryError() ? d.specific.status : d.wildcard.status)),
                tr("Check again in a moment"), {}));
        } else {
            Finding f = issue(
                QStringLiteral("dmarc.report_unauthorized"), Severity::Warning, d.domain,
                tr("Reports are to be sent to %1, outside your domain, but %1 does not say it accepts "
                   "reports for "
                   "%2, so receivers will not send them there.")
                    .arg(d.domain, recordDomain),
                tr("Have %1 authorise your reports, or use your own address").arg(d.domain),
                {tr("Whoever runs %1 must publish the TXT record below (report services usually do this when "
                    "you add your domain to your account there).")
                     .arg(d.domain),
                 tr("Or change rua= to an address at %1.").arg(recordDomain)});
            f.fix = txtRecordLine(specificName, "v=DMARC1");
            f.expected = f.fix;
            m_findings.append(f);
        }
    }
    m_context->deleteLater(); // not delete: we may be inside one of its lookups' callbacks
    finishJob();
}

} // namespace postino::dns
