#include "authresults.h"

#include "catalog/mailboxes.h"
#include "dns/publicsuffix.h"
#include "dns/resolver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryAuth)
};

// A header value split at top-level ';' with comments taken out (RFC 5322 CFWS: comments
// nest, backslash quotes one character, quoted strings hide ';' and '(').
struct Segment
{
    QString text;         // without comments; quoted strings kept with their quotes
    QStringList comments; // in order of appearance
    QList<int> commentAt; // offset in `text` where each comment stood
};

QList<Segment> splitTopLevel(const QString& value, bool* ok)
{
    QList<Segment> out(1);
    *ok = true;
    int depth = 0;
    bool quoted = false;
    QString comment;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted) {
            out.last().text += c;
            if (c == QLatin1Char('\\') && i + 1 < value.size()) {
                out.last().text += value.at(++i);
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            }
            continue;
        }
        if (depth > 0) {
            if (c == QLatin1Char('\\') && i + 1 < value.size()) {
                comment += value.at(++i);
            } else if (c == QLatin1Char('(')) {
                ++depth;
                comment += c;
            } else if (c == QLatin1Char(')')) {
                if (--depth == 0) {
                    out.last().comments << comment.simplified();
                    out.last().commentAt << static_cast<int>(out.last().text.size());
                    out.last().text += QLatin1Char(' ');
                    comment.clear();
                } else {
                    comment += c;
                }
            } else {
                comment += c;
            }
            continue;
        }
        if (c == QLatin1Char('(')) {
            depth = 1;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            out.last().text += c;
        } else if (c == QLatin1Char(';')) {
            out.append(Segment{});
        } else {
            out.last().text += c;
        }
    }
    if (depth > 0 || quoted) {
        *ok = false;
    }
    return out;
}

QString unquote(const QString& v)
{
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
        QString out;
        for (qsizetype i = 1; i + 1 < v.size(); ++i) {
            if (v.at(i) == QLatin1Char('\\') && i + 2 < v.size()) {
                ++i;
            }
            out += v.at(i);
        }
        return out;
    }
    return v;
}

// "a = b c.d=e reason = "x y"" into (a,b), (c.d,e), (reason,"x y"), each with the offset where
// its value ended. Words without '=' are skipped.
struct Pair
{
    QString key, value;
    int end = 0;
};

QList<Pair> pairs(const QString& text)
{
    QList<Pair> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto skipSpace = [&] {
        while (i < n && text.at(i).isSpace()) {
            ++i;
        }
    };
    while (i < n) {
        skipSpace();
        const qsizetype keyStart = i;
        while (i < n && !text.at(i).isSpace() && text.at(i) != QLatin1Char('=')) {
            ++i;
        }
        QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (i >= n || text.at(i) != QLatin1Char('=')) {
            if (key.isEmpty()) {
                ++i;
            }
            continue; // a word on its own
        }
        ++i; // '='
        skipSpace();
        QString value;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            const qsizetype start = i++;
            while (i < n && text.at(i) != QLatin1Char('"')) {
                if (text.at(i) == QLatin1Char('\\')) {
                    ++i;
                }
                ++i;
            }
            ++i;
            value = unquote(text.mid(start, i - start));
        } else {
            const qsizetype start = i;
            while (i < n && !text.at(i).isSpace()) {
                ++i;
            }
            value = text.mid(start, i - start);
        }
        // "ptype . property" may carry spaces around the dot (CFWS): glue them.
        key.remove(QLatin1Char(' '));
        out.append(Pair{key, value, static_cast<int>(i)});
    }
    return out;
}

bool idMatches(const QString& id, const QStringList& trusted)
{
    for (const QString& t : trusted) {
        const QString base = t.toLower();
        if (base.isEmpty()) {
            continue;
        }
        if (id == base || id.endsWith(QLatin1Char('.') + base)) {
            return true;
        }
    }
    return false;
}

} // namespace

QString AuthMethodResult::property(const QString& name) const
{
    for (const auto& [key, value] : properties) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

std::optional<AuthResultsHeader> parseAuthenticationResults(const QString& value, QString* error)
{
    bool ok = true;
    const QList<Segment> segments = splitTopLevel(value, &ok);
    if (!ok) {
        if (error) {
            *error = Text::tr("a comment or quoted string is not closed");
        }
        return std::nullopt;
    }
    AuthResultsHeader header;
    // authserv-id [CFWS version]
    const QStringList idWords =
        segments.first().text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (idWords.isEmpty()) {
        if (error) {
            *error = Text::tr("the header names no receiving server (authserv-id)");
        }
        return std::nullopt;
    }
    header.authservId = unquote(idWords.first()).toLower();
    for (qsizetype s = 1; s < segments.size(); ++s) {
        const Segment& seg = segments.at(s);
        const QString simplified = seg.text.simplified();
        if (simplified.isEmpty()) {
            continue;
        }
        if (simplified.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            header.none = true;
            continue;
        }
        // "header . d" (CFWS around the dot) is "header.d".
        static const QRegularExpression dot(QStringLiteral("(\\w)\\s*\\.\\s*(\\w)"));
        QString text = seg.text;
        text.replace(dot, QStringLiteral("\\1.\\2"));
        const QList<Pair> kv = pairs(text);
        if (kv.isEmpty()) {
            continue; // not a resinfo; tolerated
        }
        AuthMethodResult r;
        r.method = kv.first().key.section(QLatin1Char('/'), 0, 0).toLower();
        r.result = kv.first().value.toLower();
        for (qsizetype k = 1; k < kv.size(); ++k) {
            if (kv.at(k).key.compare(QLatin1String("reason"), Qt::CaseInsensitive) == 0) {
                r.reason = kv.at(k).value;
            } else {
                r.properties.append({kv.at(k).key.toLower(), kv.at(k).value});
            }
        }
        // A comment right after the result explains it when there is no reason=.
        if (r.reason.isEmpty()) {
            for (qsizetype c = 0; c < seg.comments.size(); ++c) {
                if (seg.commentAt.at(c) >= kv.first().end &&
                    (kv.size() < 2 || seg.commentAt.at(c) <= kv.at(1).end)) {
                    r.reason = seg.comments.at(c);
                    break;
                }
            }
        }
        r.text = simplified;
        header.results.append(r);
    }
    return header;
}

std::optional<ReceivedSpf> parseReceivedSpf(const QString& value)
{
    bool ok = true;
    const QList<Segment> segments = splitTopLevel(value, &ok);
    if (segments.isEmpty()) {
        return std::nullopt;
    }
    ReceivedSpf spf;
    const QString first = segments.first().text.simplified();
    spf.result = first.section(QLatin1Char(' '), 0, 0).toLower();
    static const QStringList known{QStringLiteral("pass"),     QStringLiteral("fail"),
                                   QStringLiteral("softfail"), QStringLiteral("neutral"),
                                   QStringLiteral("none"),     QStringLiteral("temperror"),
                                   QStringLiteral("permerror")};
    if (!known.contains(spf.result)) {
        return std::nullopt;
    }
    spf.comment = segments.first().comments.value(0);
    QString rest = first.section(QLatin1Char(' '), 1);
    for (qsizetype s = 1; s < segments.size(); ++s) {
        rest += QLatin1Char(' ') + segments.at(s).text;
    }
    for (const Pair& p : pairs(rest)) {
        const QString key = p.key.toLower();
        if (key == QLatin1String("client-ip")) {
            spf.clientIp = p.value;
        } else if (key == QLatin1String("envelope-from")) {
            spf.envelopeFrom = p.value;
        } else if (key == QLatin1String("receiver")) {
            spf.receiver = p.value;
        }
    }
    return spf;
}

HeaderList parseHeaderBlock(const QByteArray& block)
{
    HeaderList out;
    const QList<QByteArray> lines = block.split('\n');
    for (QByteArray line : lines) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (line.isEmpty()) {
            break; // end of the header block
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !out.isEmpty()) {
            out.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            continue;
        }
        out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return out;
}

QStringList trustedAuthservIds(const QString& imapHost)
{
    const QString host = imapHost.toLower().trimmed();
    QStringList ids;
    if (host.isEmpty())
        return ids;
    if (!QHostAddress(host).isNull())
        return {host}; // an address has no domain to trust beyond itself
    // Provider domains match on a label boundary: "imap.gmail.com" is Gmail, "imap.evilgmail.com"
    // is not. Providers with a domain per country are told by the first label of the
    // organisational domain (Public Suffix List), as for zoho.com.au or yahoo.co.jp.
    // Which ids each big provider writes is data (resources/catalog/mailboxes.json).
    const QString org = dns::organizationalDomain(host);
    const QString brand = org.section(QLatin1Char('.'), 0, 0);
    const auto isProviders = [&host, &brand](const MailboxProvider& p) {
        for (const QString& domain : p.authservDomains) {
            if (dns::isSameOrSubdomain(host, domain))
                return true;
        }
        return p.authservBrands.contains(brand);
    };
    for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
        if (isProviders(p)) {
            ids << p.authservIds;
            break;
        }
    }
    // The mailbox host's own organisational domain: a self-hosted or smaller provider names its
    // MX in the same domain as its IMAP server ("imap.example.co.uk" trusts "mx.example.co.uk").
    ids << (org.isEmpty() ? host : org);
    return ids;
}

AuthVerdict judgeAuthentication(const HeaderList& headers, const QStringList& trustedIds)
{
    AuthVerdict v;
    std::optional<AuthResultsHeader> chosen;
    std::optional<ReceivedSpf> receivedSpf;
    for (const auto& [name, value] : headers) {
        if (name.compare("Authentication-Results", Qt::CaseInsensitive) == 0) {
            const auto parsed = parseAuthenticationResults(QString::fromUtf8(value));
            if (parsed && !chosen && idMatches(parsed->authservId, trustedIds)) {
                chosen = parsed;
            } else {
                ++v.ignoredHeaders;
                if (parsed) {
                    v.ignoredIds << parsed->authservId;
                }
            }
        } else if (name.compare("Received-SPF", Qt::CaseInsensitive) == 0 && !receivedSpf) {
            receivedSpf = parseReceivedSpf(QString::fromUtf8(value));
        }
    }
    if (chosen) {
        v.found = true;
        v.authservId = chosen->authservId;
        // The first result of each method counts (a header may list several DKIM signatures:
        // one passing is enough for DMARC, so a pass wins over a fail).
        for (const AuthMethodResult& r : std::as_const(chosen->results)) {
            auto take = [&r](QString& result, AuthMethodResult& full) {
                if (result.isEmpty() ||
                    (r.result == QLatin1String("pass") && result != QLatin1String("pass"))) {
                    result = r.result;
                    full = r;
                }
            };
            if (r.method == QLatin1String("spf")) {
                take(v.spf, v.spfResult);
            } else if (r.method == QLatin1String("dkim")) {
                take(v.dkim, v.dkimResult);
            } else if (r.method == QLatin1String("dmarc")) {
                take(v.dmarc, v.dmarcResult);
            }
        }
    }
    // Received-SPF counts only next to the receiver's own Authentication-Results, or when its
    // receiver= names the receiving provider: otherwise anyone upstream could have written it.
    if (v.spf.isEmpty() && receivedSpf &&
        (chosen || idMatches(receivedSpf->receiver.toLower(), trustedIds))) {
        v.spf = receivedSpf->result;
        v.spfResult.method = QStringLiteral("spf");
        v.spfResult.result = receivedSpf->result;
        v.spfResult.reason = receivedSpf->comment;
        v.spfResult.text = QStringLiteral("Received-SPF: %1").arg(receivedSpf->result);
        if (!receivedSpf->envelopeFrom.isEmpty()) {
            v.spfResult.properties.append({QStringLiteral("smtp.mailfrom"), receivedSpf->envelopeFrom});
        }
        v.spfFromReceivedSpf = true;
    }
    return v;
}

namespace {

Severity severityFor(const QString& result)
{
    if (result == QLatin1String("pass")) {
        return Severity::Ok;
    }
    if (result == QLatin1String("fail") || result == QLatin1String("permerror")) {
        return Severity::Error;
    }
    return Severity::Warning;
}

} // namespace

Findings authenticationFindings(const AuthVerdict& v, const QString& fromDomain)
{
    Findings out;
    if (!v.found && v.spf.isEmpty()) {
        QString detail = Text::tr("The receiving mailbox added no Authentication-Results of its own, so "
                                  "Postino cannot say how it judged SPF, DKIM and DMARC.");
        if (v.ignoredHeaders > 0) {
            detail += QLatin1Char(' ') + Text::tr("%n header(s) from other servers (%1) were ignored: anyone "
                                                  "on the way can write one.",
                                                  nullptr, v.ignoredHeaders)
                                             .arg(v.ignoredIds.join(QStringLiteral(", ")));
        }
        out.append(Finding{QStringLiteral("delivery.auth.not_found"), Severity::Info, fromDomain, detail,
                           Advice{{},
                                  {Text::tr("The DNS checks on the Checks page still show whether SPF, DKIM "
                                            "and DMARC are published for %1.")
                                       .arg(fromDomain)}}});
        return out;
    }
    auto add = [&](const char* id, const QString& name, const QString& result, const AuthMethodResult& full,
                   const QString& subject, const QStringList& failSteps) {
        if (result.isEmpty()) {
            out.append(Finding{QLatin1String(id), Severity::Warning, subject,
                               v.found ? Text::tr("%1 reported no %2 result.").arg(v.authservId, name)
                                       : Text::tr("The receiving server reported no %1 result.").arg(name),
                               Advice{Text::tr("Check the domain's records"), failSteps}});
            return;
        }
        const Severity severity = severityFor(result);
        // Whole sentences per case, so translators never stitch a fragment in.
        QString detail;
        if (v.found) {
            detail = severity == Severity::Ok
                         ? Text::tr("%1: %2 (as judged by %3).").arg(name, result, v.authservId)
                         : Text::tr("%1: %2, as judged by %3.").arg(name, result, v.authservId);
        } else {
            detail = severity == Severity::Ok
                         ? Text::tr("%1: %2 (as judged by the receiving server).").arg(name, result)
                         : Text::tr("%1: %2, as judged by the receiving server.").arg(name, result);
        }
        if (!full.reason.isEmpty()) {
            detail += QLatin1Char(' ') + Text::tr("Reason given: %1.").arg(full.reason);
        }
        Finding f{QLatin1String(id), severity, subject, detail,
                  severity == Severity::Ok ? Advice{}
                                           : Advice{Text::tr("Fix %1 for %2").arg(name, subject), failSteps}};
        f.seen = full.text;
        out.append(f);
    };
    const QString spfDomain = [&] {
        QString d = v.spfResult.property(QStringLiteral("smtp.mailfrom"));
        d = d.contains(QLatin1Char('@')) ? d.section(QLatin1Char('@'), -1) : d;
        return d.isEmpty() ? fromDomain : d;
    }();
    const QString dkimDomain = [&] {
        const QString d = v.dkimResult.property(QStringLiteral("header.d"));
        return d.isEmpty() ? fromDomain : d;
    }();
    const QString dmarcDomain = [&] {
        const QString d = v.dmarcResult.property(QStringLiteral("header.from"));
        return d.isEmpty() ? fromDomain : d;
    }();
    add("delivery.auth.spf", QStringLiteral("SPF"), v.spf, v.spfResult, spfDomain,
        {Text::tr("The SPF record of %1 must allow the servers your mailer sends from; the DNS check on the "
                  "Checks page (or postino-cli dns) shows the record to publish.")
             .arg(spfDomain),
         Text::tr(
             "With an API mailer, also check that the mailer's return-path (bounce) domain is set up.")});
    add("delivery.auth.dkim", QStringLiteral("DKIM"), v.dkim, v.dkimResult, dkimDomain,
        {Text::tr(
             "Publish the DKIM key your mailer gives you for %1; the DNS check lists the selector and the "
             "record to add.")
             .arg(dkimDomain),
         Text::tr(
             "A \"fail\" with the key published usually means the message was changed on the way, or the "
             "key in DNS is an old one.")});
    add("delivery.auth.dmarc", QStringLiteral("DMARC"), v.dmarc, v.dmarcResult, dmarcDomain,
        {Text::tr("DMARC passes when SPF or DKIM passes for a domain aligned with the From address %1.")
             .arg(dmarcDomain),
         Text::tr("Fix SPF or DKIM first; the DNS check shows the DMARC record of %1.").arg(dmarcDomain)});
    if (v.ignoredHeaders > 0) {
        out.append(
            Finding{QStringLiteral("delivery.auth.ignored"), Severity::Info, v.authservId,
                    Text::tr("%n Authentication-Results header(s) from other servers were ignored; only "
                             "the receiving provider's own counts.",
                             nullptr, v.ignoredHeaders)});
    }
    return out;
}

} // namespace postino
