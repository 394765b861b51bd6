// The From domain's MTA-STS, TLS-RPT and BIMI, as mailbox providers see them.
//
// Severity stances: these are optional for sending, so nothing published is Info with the records
// to publish. A record that is published but broken is a Warning (senders then act as if there
// were none, which is not what its owner meant), except an enforce policy whose mx lines leave
// out a real MX host: senders that honour it refuse to deliver there, so that is an Error. A lookup
// or a fetch that did not finish in time is "policies.could_not_check", never "absent".

#include "acceptance/domainpolicies.h"

#include "api/resolvedget.h"
#include "dns/dmarc.h"
#include "dns/recordtext.h"

#include <QDateTime>
#include <QStringDecoder>
#include <algorithm>

namespace postino::acceptance {

namespace {

constexpr qsizetype kShownBytes = 600;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString shownUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

QString mediaType(const HttpAnswer& answer)
{
    return QString::fromLatin1(answer.header("Content-Type").split(';').constFirst()).trimmed().toLower();
}

// NUL bytes or bytes that are not UTF-8: not a text file, whatever its name.
bool isText(const QByteArray& body)
{
    if (body.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder(body);
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

QString listed(const QStringList& items)
{
    return items.join(QStringLiteral(", "));
}

// One TXT record per line, as published.
QString seenRecords(const QString& name, const QList<QByteArray>& texts)
{
    QStringList lines;
    for (const QByteArray& t : texts) {
        lines << dns::txtRecordLine(name, t.left(kShownBytes));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

DomainPoliciesCheck::DomainPoliciesCheck(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("policies"), parent)
    , m_resolver(resolver)
{
    qRegisterMetaType<DomainPolicies>();
    setFinishFromEventLoop(true);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &DomainPoliciesCheck::onTimeout);
}

DomainPoliciesCheck::~DomainPoliciesCheck()
{
    stopFetches();
}

QUrl DomainPoliciesCheck::policyUrl(const QString& domain, quint16 httpsPort)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("mta-sts.") + domain);
    if (httpsPort != 443) {
        url.setPort(httpsPort);
    }
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    return url;
}

void DomainPoliciesCheck::start(const QString& domain, const DomainPoliciesOptions& options)
{
    cancel();
    m_domain = domain;
    m_options = options;
    Job::start();
}

QString DomainPoliciesCheck::recordName(Part part) const
{
    switch (part) {
    case StsTxt:
        return QStringLiteral("_mta-sts.") + m_domain;
    case TlsRptTxt:
        return QStringLiteral("_smtp._tls.") + m_domain;
    case BimiTxt:
        return QStringLiteral("default._bimi.") + m_domain;
    case Mx:
    case PartCount:
        break;
    }
    return m_domain;
}

void DomainPoliciesCheck::doStart()
{
    ++m_run;
    stopFetches();
    const QString asked = m_domain;
    m_domain = dns::checkedDomain(asked);
    m_result = DomainPolicies{};
    m_result.domain = m_domain.isEmpty() ? asked : m_domain;
    for (int i = 0; i < PartCount; ++i) {
        m_answers[i] = dns::Answer{};
        m_answered[i] = false;
    }
    m_policyAsked = m_logoAsked = m_policyDone = m_logoDone = false;
    m_policy = ResolvedGetResult{};
    m_logo = ResolvedGetResult{};
    if (m_domain.isEmpty() || !m_resolver) {
        Finding f = couldNotCheck(
            asked.left(100), m_domain.isEmpty()
                                 ? tr("\"%1\" is not a domain name, so it has no MTA-STS, TLS-RPT or BIMI "
                                      "records to check.")
                                       .arg(asked.left(100))
                                 : tr("No DNS resolver was given, so the records could not be looked up."));
        f.advice =
            Advice{tr("Check the domain"), {tr("Enter the domain of the From address, e.g. example.com.")}};
        m_result.findings.append(f);
        finishJob();
        return;
    }
    m_timer.start(std::max(1, m_options.timeoutMs));
    for (const Part part : {StsTxt, TlsRptTxt, BimiTxt, Mx}) {
        m_resolver->lookup(recordName(part), part == Mx ? dns::RecordType::MX : dns::RecordType::TXT, this,
                           [this, part, run = m_run](const dns::Answer& answer) {
                               if (run == m_run && isRunning()) {
                                   onAnswer(part, answer);
                               }
                           });
    }
    // The policy host's addresses now, with the records: the fetch that needs them waits only for
    // the _mta-sts answer, not for a lookup it could have made at the start.
    ResolvedGet::resolveAhead(m_resolver, policyUrl(m_domain).host(), this);
}

void DomainPoliciesCheck::onAnswer(Part part, const dns::Answer& answer)
{
    if (m_answered[part]) {
        return;
    }
    m_answers[part] = answer;
    m_answered[part] = true;
    if (part == StsTxt) {
        maybeFetchPolicy();
    } else if (part == BimiTxt) {
        maybeFetchLogo();
    }
    maybeFinish();
}

// The policy is worth fetching when the domain has an MTA-STS record at all (valid or not: the
// owner learns every problem at once).
void DomainPoliciesCheck::maybeFetchPolicy()
{
    const bool announced = std::any_of(m_answers[StsTxt].texts.cbegin(), m_answers[StsTxt].texts.cend(),
                                       [](const QByteArray& t) { return parseMtaStsTxt(t).isStsRecord; });
    if (!announced) {
        return;
    }
    m_policyAsked = true;
    m_policyGet = fetch(policyUrl(m_domain, m_options.httpsPort), kMtaStsPolicyMaxBytes, "text/plain");
    connect(m_policyGet, &ResolvedGet::finished, this,
            [this, get = m_policyGet](const ResolvedGetResult& fetched) {
                if (isRunning() && m_policyGet == get) {
                    onPolicy(fetched);
                }
            });
}

// The logo, when the domain has exactly one BIMI record and it names an https:// logo.
void DomainPoliciesCheck::maybeFetchLogo()
{
    QList<BimiRecord> records;
    for (const QByteArray& t : std::as_const(m_answers[BimiTxt].texts)) {
        const BimiRecord r = parseBimi(t);
        if (r.isBimi) {
            records << r;
        }
    }
    if (records.size() != 1 || !records.constFirst().valid || records.constFirst().logoUrl.isEmpty()) {
        return;
    }
    QUrl url(records.constFirst().logoUrl, QUrl::StrictMode);
    if (url.port() < 0 && m_options.httpsPort != 443) {
        url.setPort(m_options.httpsPort);
    }
    m_logoAsked = true;
    m_logoGet = fetch(url, kBimiLogoMaxBytes, "image/svg+xml");
    connect(m_logoGet, &ResolvedGet::finished, this,
            [this, get = m_logoGet](const ResolvedGetResult& fetched) {
                if (isRunning() && m_logoGet == get) {
                    onLogo(fetched);
                }
            });
}

ResolvedGet* DomainPoliciesCheck::fetch(const QUrl& url, qint64 maxBytes, const QByteArray& accept)
{
    auto* get = new ResolvedGet(m_resolver, this);
    relayTranscriptOf(get);
    ResolvedGetOptions options;
    options.timeoutMs = std::max<int>(100, m_options.timeoutMs - int(elapsedMs()));
    options.maxBytes = maxBytes;
    options.extraCa = m_options.extraCa;
    options.headers = {{"Accept", accept}};
    get->start(url, options);
    return get;
}

void DomainPoliciesCheck::onPolicy(const ResolvedGetResult& fetched)
{
    m_policy = fetched;
    m_policyDone = true;
    dropPart(m_policyGet);
    m_policyGet = nullptr;
    maybeFinish();
}

void DomainPoliciesCheck::onLogo(const ResolvedGetResult& fetched)
{
    m_logo = fetched;
    m_logoDone = true;
    dropPart(m_logoGet);
    m_logoGet = nullptr;
    maybeFinish();
}

void DomainPoliciesCheck::maybeFinish()
{
    if (!isRunning()) {
        return;
    }
    if (!std::all_of(std::begin(m_answered), std::end(m_answered), [](bool b) { return b; })) {
        return;
    }
    if ((m_policyAsked && !m_policyDone) || (m_logoAsked && !m_logoDone)) {
        return;
    }
    finish();
}

void DomainPoliciesCheck::onTimeout()
{
    if (!isRunning()) {
        return;
    }
    finish();
}

void DomainPoliciesCheck::finish()
{
    m_timer.stop();
    stopFetches();
    Findings findings;
    reportMtaSts(findings);
    reportTlsRpt(findings);
    reportBimi(findings);
    m_result.findings = findings;
    finishJob();
}

void DomainPoliciesCheck::stopFetches()
{
    for (ResolvedGet** get : {&m_policyGet, &m_logoGet}) {
        if (*get) {
            dropPart(*get);
            *get = nullptr;
        }
    }
}

void DomainPoliciesCheck::doCancel()
{
    m_timer.stop();
    stopFetches();
}

void DomainPoliciesCheck::addEndingFinding(const Finding& finding)
{
    m_result.findings.append(finding);
}

Finding DomainPoliciesCheck::couldNotCheck(const QString& subject, const QString& detail) const
{
    Finding f{Severity::Info,
              {.id = QStringLiteral("policies.could_not_check"), .subject = subject, .detail = detail}};
    f.advice = Advice{tr("Check again later"), dns::checkAgainLater()};
    return f;
}

namespace {

// Why a part has no answer: the time ran out, or the lookup failed. Empty when it has a usable one.
QString lookupProblem(bool answered, const dns::Answer& answer, const QString& name, int timeoutMs)
{
    if (!answered) {
        return DomainPoliciesCheck::tr(
                   "The lookup of %1 got no answer within %2 s, so Postino could not check it.")
            .arg(name)
            .arg(timeoutMs / 1000.0);
    }
    if (answer.isTemporaryError() || answer.status == dns::Status::BadName) {
        return DomainPoliciesCheck::tr(
                   "The lookup of %1 failed (%2), so Postino could not check it; that says "
                   "nothing about whether the record exists.")
            .arg(name, dns::statusName(answer.status));
    }
    return {};
}

} // namespace

// The MX hosts mail for the domain goes to: the MX records, or the domain itself when it has none
// (RFC 5321 section 5.1). A null MX ("0 .") gives none.
QStringList DomainPoliciesCheck::mxHosts() const
{
    const dns::Answer& mx = m_answers[Mx];
    if (mx.status == dns::Status::NoData) {
        return {m_domain};
    }
    QStringList hosts;
    for (const dns::MxRecord& r : mx.mx) {
        if (!r.exchange.isEmpty() && !hosts.contains(r.exchange.toLower())) {
            hosts << r.exchange.toLower();
        }
    }
    return hosts;
}

void DomainPoliciesCheck::reportMtaSts(Findings& out)
{
    const QString name = recordName(StsTxt);
    const QString problem = lookupProblem(m_answered[StsTxt], m_answers[StsTxt],
                                          name + QStringLiteral(" TXT"), m_options.timeoutMs);
    if (!problem.isEmpty()) {
        out << couldNotCheck(name, problem);
        return;
    }
    const QUrl url = policyUrl(m_domain);
    const QString stsId = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'hhmmss"));
    const QString suggestedTxt = dns::txtRecordLine(name, "v=STSv1; id=" + stsId.toLatin1());
    QStringList known = mxHosts();
    if (!m_answers[Mx].ok() && m_answers[Mx].status != dns::Status::NoData) {
        known.clear();
    }
    QStringList policyLines = {QStringLiteral("version: STSv1"), QStringLiteral("mode: testing")};
    for (const QString& host : std::as_const(known)) {
        policyLines << QStringLiteral("mx: ") + host;
    }
    if (known.isEmpty()) {
        policyLines << tr("mx: (your mail server's name, as in your MX record)");
    }
    policyLines << QStringLiteral("max_age: 604800");

    QList<QByteArray> stsTexts;
    QList<MtaStsTxt> records;
    QStringList lookalikeErrors;
    for (const QByteArray& t : std::as_const(m_answers[StsTxt].texts)) {
        const MtaStsTxt r = parseMtaStsTxt(t);
        if (r.isStsRecord) {
            records << r;
            stsTexts << t;
        } else if (!r.errors.isEmpty()) {
            lookalikeErrors << r.errors;
            stsTexts << t;
        }
    }
    if (stsTexts.isEmpty()) {
        Finding f{
            Severity::Info,
            {.id = QStringLiteral("mtasts.absent"),
             .subject = m_domain,
             .detail = tr("%1 publishes no MTA-STS policy, so servers sending mail to it may fall back to "
                          "an unencrypted connection when an attacker strips STARTTLS. Optional: no "
                          "mailbox provider's rules for senders ask for it.")
                           .arg(m_domain),
             .expected = suggestedTxt,
             .fix = suggestedTxt}};
        f.advice = Advice{
            tr("Publish an MTA-STS policy (optional)"),
            {tr("Serve this file at %1 from a web server with a valid HTTPS certificate for %2, as "
                "text/plain, without any redirect:\n%3")
                 .arg(shownUrl(url), url.host(), policyLines.join(QLatin1Char('\n'))),
             tr("Then publish the TXT record shown; change its id whenever you change the file."),
             tr("Publish a TLS-RPT record too, and after a few weeks of reports without failures change "
                "\"mode: testing\" to \"mode: enforce\".")}};
        out << f;
        return;
    }

    const auto recordProblem = [&](const QString& detail) {
        Finding f{Severity::Warning,
                  {.id = QStringLiteral("mtasts.record_invalid"),
                   .subject = name,
                   .detail = detail,
                   .seen = seenRecords(name, stsTexts),
                   .expected = suggestedTxt,
                   .fix = suggestedTxt},
                  Advice{tr("Correct the _mta-sts record"),
                         {tr("Keep exactly one TXT record at %1 of the form shown (\"v=STSv1; id=\" and 1 to "
                             "32 letters and digits).")
                              .arg(name),
                          dns::editAtDnsProvider().constFirst()}}};
        return f;
    };
    if (records.isEmpty()) {
        out << recordProblem(
            tr("The MTA-STS record is written so that senders skip it: %1").arg(listed(lookalikeErrors)));
    } else if (records.size() > 1) {
        out << recordProblem(
            tr("%1 has %2 MTA-STS records; senders then use none of them, as if the domain had "
               "no MTA-STS.")
                .arg(name)
                .arg(records.size()));
    } else if (!records.constFirst().valid) {
        out << recordProblem(
            tr("Senders ignore the MTA-STS record: %1").arg(listed(records.constFirst().errors)));
    }
    if (!records.isEmpty()) {
        reportPolicy(out);
    }
}

void DomainPoliciesCheck::reportPolicy(Findings& out)
{
    const QString name = recordName(StsTxt);
    const QUrl url = policyUrl(m_domain);
    const QString shown = shownUrl(url);
    const QString host = url.host();
    // Whether senders use the policy at all: exactly one valid _mta-sts record.
    int stsRecords = 0;
    bool txtValid = false;
    for (const QByteArray& t : std::as_const(m_answers[StsTxt].texts)) {
        const MtaStsTxt r = parseMtaStsTxt(t);
        if (r.isStsRecord) {
            ++stsRecords;
            txtValid = r.valid;
        }
    }
    const bool txtUsable = stsRecords == 1 && txtValid;

    const auto unreachable = [&](const QString& detail) {
        return Finding{
            Severity::Warning,
            {.id = QStringLiteral("mtasts.policy_unreachable"), .subject = shown, .detail = detail},
            Advice{tr("Serve the MTA-STS policy file"),
                   {tr("Put the policy file at %1 on a web server with a valid HTTPS certificate for "
                       "%2; %2 needs an A or CNAME record pointing at that server.")
                        .arg(shown, host),
                    tr("If you no longer use MTA-STS, delete the TXT record at %1 instead.").arg(name)}}};
    };
    if (!m_policyDone) {
        out << couldNotCheck(
            shown, tr("%1 did not answer within %2 s, so Postino could not read the MTA-STS policy.")
                       .arg(host)
                       .arg(m_options.timeoutMs / 1000.0));
        return;
    }
    switch (m_policy.kind) {
    case ResolvedGetResult::Kind::LookupFailed:
        out << couldNotCheck(shown,
                             tr("The address of %1 could not be looked up (%2), so Postino could not read "
                                "the MTA-STS policy.")
                                 .arg(host, dns::statusName(m_policy.lookupStatus)));
        return;
    case ResolvedGetResult::Kind::NoAddress:
        out << unreachable(tr("%1 has no address (no A or AAAA record), so no sender can fetch the MTA-STS "
                              "policy; they treat %2 as having none.")
                               .arg(host, m_domain));
        return;
    case ResolvedGetResult::Kind::Answered:
        break;
    }
    const HttpAnswer& answer = m_policy.answer;
    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("mtasts.policy_too_large"),
             .subject = shown,
             .detail = tr("The MTA-STS policy at %1 is larger than %2 KiB; a policy is a few lines. Senders "
                          "refuse such an answer and treat %3 as having no policy.")
                           .arg(shown)
                           .arg(kMtaStsPolicyMaxBytes / 1024)
                           .arg(m_domain)},
            Advice{tr("Serve only the policy at this address"),
                   {tr("Check what the web server sends at %1: it should be the four or five \"key: value\" "
                       "lines of the policy and nothing else.")
                        .arg(shown)}}};
        return;
    }
    if (answer.kind == HttpAnswer::Kind::NetworkError) {
        if (answer.error == QNetworkReply::OperationCanceledError) {
            return;
        }
        if (answer.error == QNetworkReply::SslHandshakeFailedError) {
            out << Finding{
                Severity::Warning,
                {.id = QStringLiteral("mtasts.certificate"),
                 .subject = shown,
                 .detail =
                     tr("%1 answers with a certificate that does not check out (%2). RFC 8461 requires a "
                        "valid certificate for %1, so senders refuse the policy and treat %3 as having "
                        "none.")
                         .arg(host, answer.errorString, m_domain)},
                Advice{
                    tr("Give %1 a valid certificate").arg(host),
                    {tr("Install a certificate valid for the name %1 on the server that answers for it (a "
                        "free Let's Encrypt certificate will do); a certificate for the main site alone does "
                        "not cover it.")
                         .arg(host)}}};
            return;
        }
        if (answer.error == QNetworkReply::TimeoutError) {
            // Connected (or not) but no answer in time: whether senders fare better is unknown.
            out << couldNotCheck(shown, tr("%1 did not answer within %2 s, so Postino could not read the "
                                           "MTA-STS policy.")
                                            .arg(host)
                                            .arg(m_options.timeoutMs / 1000.0));
            return;
        }
        out << unreachable(
            tr("Postino could not read the MTA-STS policy from %1: %2.").arg(host, answer.errorString));
        return;
    }
    if (isRedirect(answer.status)) {
        const QString location = QString::fromUtf8(answer.header("Location")).left(200);
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("mtasts.policy_redirect"),
             .subject = shown,
             .detail =
                 location.isEmpty()
                     ? tr("%1 answers with a redirect (HTTP %2). RFC 8461 forbids following redirects for "
                          "the policy, so senders ignore it.")
                           .arg(shown)
                           .arg(answer.status)
                     : tr("%1 answers with a redirect (HTTP %2) to %3. RFC 8461 forbids following redirects "
                          "for the policy, so senders ignore it.")
                           .arg(shown)
                           .arg(answer.status)
                           .arg(location)},
            Advice{tr("Serve the policy without a redirect"),
                   {tr("Make %1 answer the file itself with HTTP 200; a redirect to another address or to "
                       "\"www\" is not followed.")
                        .arg(shown)}}};
        return;
    }
    if (answer.status != 200) {
        out << unreachable(
            tr("%1 answers HTTP %2 instead of the MTA-STS policy, so senders treat %3 as having "
               "none.")
                .arg(shown)
                .arg(answer.status)
                .arg(m_domain));
        return;
    }
    if (!isText(answer.body)) {
        out << Finding{Severity::Warning,
                       {.id = QStringLiteral("mtasts.policy_not_text"),
                        .subject = shown,
                        .detail = tr("What %1 serves is not text (it holds NUL bytes or bytes that are not "
                                     "UTF-8), so it cannot be an MTA-STS policy; senders ignore it.")
                                      .arg(shown),
                        .seen = dns::printable(answer.body, 120)},
                       Advice{tr("Serve the policy as plain text"),
                              {tr("Save the policy as a plain text file (UTF-8 or ASCII) and serve it at %1.")
                                   .arg(shown)}}};
        return;
    }
    const QString type = mediaType(answer);
    if (type != QLatin1String("text/plain")) {
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("mtasts.policy_content_type"),
             .subject = shown,
             .detail = type.isEmpty()
                           ? tr("%1 is served without a Content-Type; RFC 8461 asks for text/plain "
                                "and senders that check it ignore the policy.")
                                 .arg(shown)
                           : tr("%1 is served as %2; RFC 8461 asks for text/plain and senders that "
                                "check it ignore the policy.")
                                 .arg(shown, type.left(80))},
            Advice{tr("Serve the policy as text/plain"),
                   {tr("Configure the web server to send \"Content-Type: text/plain\" for %1.").arg(shown)}}};
    }
    const MtaStsPolicy policy = parseMtaStsPolicy(answer.body);
    const QString seen = dns::elided(
        QString::fromUtf8(answer.body).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).trimmed(),
        kShownBytes);
    if (!policy.valid) {
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("mtasts.policy_invalid"),
             .subject = shown,
             .detail = tr("Senders ignore the MTA-STS policy at %1: %2")
                           .arg(shown, policy.errors.join(QLatin1Char(' '))),
             .seen = seen},
            Advice{tr("Correct the MTA-STS policy"),
                   {tr("The file needs one line each of \"version: STSv1\", \"mode: enforce\" (or testing or "
                       "none) and \"max_age:\" with a number of seconds, and an \"mx:\" line for each mail "
                       "server."),
                    tr("After changing the file, change the id in the TXT record at %1 so senders fetch it "
                       "again.")
                        .arg(name)}}};
        return;
    }
    if (!policy.warnings.isEmpty()) {
        out << Finding{Severity::Warning,
                       {.id = QStringLiteral("mtasts.policy_warning"),
                        .subject = shown,
                        .detail = policy.warnings.join(QLatin1Char(' ')),
                        .seen = seen},
                       Advice{tr("Tidy up the MTA-STS policy"),
                              {tr("Give each field once, in lower case, from the start of its line; after "
                                  "changing the file, change the id in the TXT record at %1.")
                                   .arg(name)}}};
    }
    if (txtUsable) {
        m_result.mtaStsMode = policy.mode;
        m_result.mtaStsMx = policy.mx;
    }

    // MX coverage.
    QStringList uncovered;
    bool mxChecked = false;
    const bool applies = policy.mode == QLatin1String("enforce") || policy.mode == QLatin1String("testing");
    if (applies) {
        const QString mxProblem = lookupProblem(m_answered[Mx], m_answers[Mx],
                                                m_domain + QStringLiteral(" MX"), m_options.timeoutMs);
        if (!mxProblem.isEmpty()) {
            out << couldNotCheck(m_domain + QStringLiteral(" MX"), mxProblem);
        } else {
            mxChecked = true;
            for (const QString& mxHost : mxHosts()) {
                const bool covered = std::any_of(policy.mx.cbegin(), policy.mx.cend(), [&](const QString& p) {
                    return mxMatchesPattern(mxHost, p);
                });
                if (!covered) {
                    uncovered << mxHost;
                }
            }
        }
    }
    const qint64 days = policy.maxAge / 86400;
    if (!uncovered.isEmpty()) {
        // In force only when senders use the policy: with a broken _mta-sts record it is a problem in
        // waiting.
        const bool enforce = policy.mode == QLatin1String("enforce") && txtUsable;
        QStringList fixed = {QStringLiteral("version: STSv1"), QStringLiteral("mode: ") + policy.mode};
        for (const QString& p : policy.mx + uncovered) {
            fixed << QStringLiteral("mx: ") + p;
        }
        fixed << QStringLiteral("max_age: ") + QString::number(policy.maxAge);
        out << Finding{
            enforce ? Severity::Error : Severity::Warning,
            {.id = QStringLiteral("mtasts.mx_not_covered"),
             .subject = shown,
             .detail =
                 enforce
                     ? tr("The MTA-STS policy (enforce) does not cover the mail server(s) %1 of %2: "
                          "senders that honour it refuse to deliver there. Its mx lines: %3.")
                           .arg(listed(uncovered), m_domain, listed(policy.mx))
                     : tr("The MTA-STS policy (%4) does not cover the mail server(s) %1 of %2; once it is "
                          "in force in enforce mode, senders would refuse to deliver there. Its mx lines: "
                          "%3.")
                           .arg(listed(uncovered), m_domain, listed(policy.mx), policy.mode),
             .seen = seen,
             .expected = fixed.join(QLatin1Char('\n'))},
            Advice{tr("List every MX host in the MTA-STS policy"),
                   {tr("Change the file at %1 to:\n%2").arg(shown, fixed.join(QLatin1Char('\n'))),
                    tr("Then change the id in the TXT record at %1 so senders fetch the new policy.")
                        .arg(name)}}};
        return;
    }
    if (!txtUsable) {
        return; // the record's own finding says senders do not get this far
    }
    if (policy.mode == QLatin1String("enforce")) {
        out << Finding{
            Severity::Ok,
            {.id = QStringLiteral("mtasts.ok"),
             .subject = shown,
             .detail = mxChecked && !mxHosts().isEmpty()
                           ? tr("MTA-STS is on in enforce mode and covers every MX host (%1): senders "
                                "that support it deliver only over TLS with a valid certificate. They "
                                "keep the policy for %n day(s).",
                                nullptr, int(days))
                                 .arg(listed(mxHosts()))
                           : tr("MTA-STS is on in enforce mode: senders that support it deliver only "
                                "over TLS with a valid certificate. They keep the policy for %n "
                                "day(s).",
                                nullptr, int(days)),
             .seen = seen}};
    } else if (policy.mode == QLatin1String("testing")) {
        Finding f{Severity::Info,
                  {.id = QStringLiteral("mtasts.testing"),
                   .subject = shown,
                   .detail = tr("MTA-STS is in testing mode: senders report TLS problems (to the TLS-RPT "
                                "address) but still deliver without TLS when it fails."),
                   .seen = seen}};
        f.advice =
            Advice{tr("Switch MTA-STS to enforce when ready"),
                   {tr("When TLS reports show no failures for a few weeks, change \"mode: testing\" to "
                       "\"mode: enforce\" in %1 and change the id in the TXT record at %2.")
                        .arg(shown, name)}};
        out << f;
    } else {
        out << Finding{
            Severity::Info,
            {.id = QStringLiteral("mtasts.ok"),
             .subject = shown,
             .detail =
                 tr("The MTA-STS policy says \"mode: none\": MTA-STS is switched off for %1.").arg(m_domain),
             .seen = seen}};
    }
}

void DomainPoliciesCheck::reportTlsRpt(Findings& out)
{
    const QString name = recordName(TlsRptTxt);
    const QString problem = lookupProblem(m_answered[TlsRptTxt], m_answers[TlsRptTxt],
                                          name + QStringLiteral(" TXT"), m_options.timeoutMs);
    if (!problem.isEmpty()) {
        out << couldNotCheck(name, problem);
        return;
    }
    const QString suggested =
        dns::txtRecordLine(name, "v=TLSRPTv1; rua=mailto:tls-reports@" + m_domain.toLatin1());
    QList<QByteArray> texts;
    QList<TlsRptRecord> records;
    QStringList lookalikeErrors;
    for (const QByteArray& t : std::as_const(m_answers[TlsRptTxt].texts)) {
        const TlsRptRecord r = parseTlsRpt(t);
        if (r.isTlsRpt) {
            records << r;
            texts << t;
        } else if (!r.errors.isEmpty()) {
            lookalikeErrors << r.errors;
            texts << t;
        }
    }
    if (texts.isEmpty()) {
        Finding f{Severity::Info,
                  {.id = QStringLiteral("tlsrpt.absent"),
                   .subject = m_domain,
                   .detail = tr("%1 publishes no TLS-RPT record, so nobody tells you when servers fail to "
                                "deliver to it over TLS. Optional.")
                                 .arg(m_domain),
                   .expected = suggested,
                   .fix = suggested}};
        f.advice =
            Advice{tr("Publish a TLS-RPT record (optional)"),
                   {tr("Publish the TXT record shown. Reports are JSON files sent daily; use a mailbox "
                       "that exists (replace tls-reports@%1 if needed) or a report service's address.")
                        .arg(m_domain)}};
        out << f;
        return;
    }
    QString detail;
    if (records.isEmpty()) {
        detail = tr("The TLS-RPT record is written so that senders skip it: %1").arg(listed(lookalikeErrors));
    } else if (records.size() > 1) {
        detail =
            tr("%1 has %2 TLS-RPT records; senders then use none of them.").arg(name).arg(records.size());
    } else if (!records.constFirst().valid) {
        detail = tr("Senders ignore the TLS-RPT record: %1")
                     .arg(records.constFirst().errors.join(QLatin1Char(' ')));
    }
    if (!detail.isEmpty()) {
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("tlsrpt.invalid"),
             .subject = name,
             .detail = detail,
             .seen = seenRecords(name, texts),
             .expected = suggested,
             .fix = suggested},
            Advice{tr("Correct the TLS-RPT record"),
                   {tr("Keep exactly one TXT record at %1: \"v=TLSRPTv1; rua=\" followed by mailto: "
                       "or https: addresses separated by commas.")
                        .arg(name),
                    dns::editAtDnsProvider().constFirst()}}};
        return;
    }
    m_result.tlsRpt = true;
    out << Finding{Severity::Ok,
                   {.id = QStringLiteral("tlsrpt.ok"),
                    .subject = name,
                    .detail = tr("TLS-RPT reports go to %1.").arg(listed(records.constFirst().rua)),
                    .seen = seenRecords(name, texts)}};
}

void DomainPoliciesCheck::reportBimi(Findings& out)
{
    const QString name = recordName(BimiTxt);
    const QString problem = lookupProblem(m_answered[BimiTxt], m_answers[BimiTxt],
                                          name + QStringLiteral(" TXT"), m_options.timeoutMs);
    if (!problem.isEmpty()) {
        out << couldNotCheck(name, problem);
        return;
    }
    const QString exampleLogo = QStringLiteral("https://") + m_domain + QStringLiteral("/bimi/logo.svg");
    QList<QByteArray> texts;
    QList<BimiRecord> records;
    QStringList lookalikeErrors;
    for (const QByteArray& t : std::as_const(m_answers[BimiTxt].texts)) {
        const BimiRecord r = parseBimi(t);
        if (r.isBimi) {
            records << r;
            texts << t;
        } else if (!r.errors.isEmpty()) {
            lookalikeErrors << r.errors;
            texts << t;
        }
    }
    const auto recordWith = [&](const QString& logo, const QString& authority) {
        return dns::txtRecordLine(name, QStringLiteral("v=BIMI1; l=%1; a=%2").arg(logo, authority).toUtf8());
    };
    if (texts.isEmpty()) {
        const QString suggested = recordWith(exampleLogo, QString());
        Finding f{
            Severity::Info,
            {.id = QStringLiteral("bimi.absent"),
             .subject = m_domain,
             .detail = tr("%1 publishes no BIMI record, so mailbox providers show no brand logo next to "
                          "its mail. Optional.")
                           .arg(m_domain),
             .expected = suggested,
             .fix = suggested}};
        f.advice = Advice{
            tr("Publish a BIMI record (optional)"),
            {tr("First bring DMARC to p=quarantine or p=reject: BIMI logos only show for mail under an "
                "enforced DMARC policy."),
             tr("Make the logo a square SVG in the SVG Tiny PS profile, at most 32 KiB, and serve it over "
                "HTTPS "
                "as image/svg+xml (the record shown assumes %1).")
                 .arg(exampleLogo),
             tr("Publish the TXT record shown. Gmail and Apple Mail show the logo only with a mark "
                "certificate "
                "(VMC or CMC): put its https:// address in a=.")}};
        out << f;
        return;
    }
    const auto invalid = [&](const QString& detail, const QString& fix) {
        return Finding{
            Severity::Warning,
            {.id = QStringLiteral("bimi.invalid"),
             .subject = name,
             .detail = detail,
             .seen = seenRecords(name, texts),
             .expected = fix,
             .fix = fix},
            Advice{tr("Correct the BIMI record"),
                   {tr("Keep exactly one TXT record at %1 of the form \"v=BIMI1; l=<logo's https:// "
                       "address>; a=<certificate's https:// address, or empty>\".")
                        .arg(name),
                    dns::editAtDnsProvider().constFirst()}}};
    };
    if (records.isEmpty()) {
        out << invalid(
            tr("The BIMI record is written so that mail providers skip it: %1").arg(listed(lookalikeErrors)),
            recordWith(exampleLogo, QString()));
        return;
    }
    if (records.size() > 1) {
        out << invalid(
            tr("%1 has %2 BIMI records; mail providers then use none of them.").arg(name).arg(records.size()),
            {});
        return;
    }
    const BimiRecord& record = records.constFirst();
    if (record.logoNotHttps) {
        QUrl https(record.logoUrl);
        https.setScheme(QStringLiteral("https"));
        https.setPort(-1);
        const QString fix = recordWith(https.toString(), record.authorityUrl);
        out << Finding{
            Severity::Warning,
            {.id = QStringLiteral("bimi.logo_not_https"),
             .subject = name,
             .detail = tr("The BIMI logo address %1 is not https://; mail providers fetch logos over "
                          "HTTPS only, so no logo shows.")
                           .arg(dns::elided(record.logoUrl, 200)),
             .seen = seenRecords(name, texts),
             .expected = fix,
             .fix = fix},
            Advice{tr("Serve the logo over HTTPS"),
                   {tr("Serve the SVG logo from a web server with a valid certificate and change l= to "
                       "its https:// address."),
                    dns::editAtDnsProvider().constFirst()}}};
    }
    if (!record.errors.isEmpty()) {
        out << invalid(
            tr("Mail providers ignore the BIMI record: %1").arg(record.errors.join(QLatin1Char(' '))),
            recordWith(record.logoUrl.isEmpty() ? exampleLogo : record.logoUrl, QString()));
    }
    if (!record.valid) {
        return;
    }
    if (record.declined) {
        out << Finding{
            Severity::Info,
            {.id = QStringLiteral("bimi.declined"),
             .subject = name,
             .detail =
                 tr("%1's BIMI record has empty l= and a=: the domain says it shows no logo.").arg(m_domain),
             .seen = seenRecords(name, texts)}};
        return;
    }
    m_result.bimi = !record.logoUrl.isEmpty();
    m_result.bimiLogoUrl = record.logoUrl;
    const QString certificateNote =
        record.authorityUrl.isEmpty()
            ? tr("There is no mark certificate (a=): Gmail and Apple Mail show a logo only with one; other "
                 "providers may show it without.")
            : tr("Mark certificate: %1.").arg(dns::elided(record.authorityUrl, 200));
    if (record.logoUrl.isEmpty()) {
        out << Finding{
            Severity::Ok,
            {.id = QStringLiteral("bimi.ok"),
             .subject = name,
             .detail = tr("%1 publishes BIMI with a mark certificate and no separate logo address. %2")
                           .arg(m_domain, certificateNote),
             .seen = seenRecords(name, texts)}};
        return;
    }
    const QString logo = dns::elided(record.logoUrl, 200);
    const auto unreachable = [&](const QString& detail) {
        return Finding{
            Severity::Warning,
            {.id = QStringLiteral("bimi.logo_unreachable"), .subject = logo, .detail = detail},
            Advice{tr("Make the BIMI logo reachable"),
                   {tr("Serve the SVG logo at %1 (HTTP 200, no redirect) from a server with a valid "
                       "certificate for its name, or change l= in %2 to where it is.")
                        .arg(logo, name)}}};
    };
    const auto badLogo = [&](const QString& detail) {
        return Finding{
            Severity::Warning,
            {.id = QStringLiteral("bimi.logo_invalid"), .subject = logo, .detail = detail},
            Advice{tr("Serve the logo as a small SVG"),
                   {tr("The logo must be an SVG (SVG Tiny PS profile) of at most 32 KiB, served as "
                       "image/svg+xml.")}}};
    };
    if (!m_logoDone) {
        out << couldNotCheck(logo,
                             tr("The logo's server did not answer within %1 s, so Postino could not check "
                                "the BIMI logo.")
                                 .arg(m_options.timeoutMs / 1000.0));
        return;
    }
    switch (m_logo.kind) {
    case ResolvedGetResult::Kind::LookupFailed:
        out << couldNotCheck(logo, tr("The address of %1 could not be looked up (%2), so Postino could not "
                                      "check the BIMI logo.")
                                       .arg(m_logo.url.host(), dns::statusName(m_logo.lookupStatus)));
        return;
    case ResolvedGetResult::Kind::NoAddress:
        out << unreachable(
            tr("The logo's host %1 has no address, so no mail provider can fetch the BIMI logo.")
                .arg(m_logo.url.host()));
        return;
    case ResolvedGetResult::Kind::Answered:
        break;
    }
    const HttpAnswer& answer = m_logo.answer;
    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        out << badLogo(tr("The BIMI logo is larger than %1 KiB, the limit mail providers apply.")
                           .arg(kBimiLogoMaxBytes / 1024));
        return;
    }
    if (answer.kind == HttpAnswer::Kind::NetworkError) {
        if (answer.error == QNetworkReply::OperationCanceledError) {
            return;
        }
        if (answer.error == QNetworkReply::TimeoutError) {
            out << couldNotCheck(logo,
                                 tr("The logo's server did not answer within %1 s, so Postino could not "
                                    "check the BIMI logo.")
                                     .arg(m_options.timeoutMs / 1000.0));
            return;
        }
        out << unreachable(answer.error == QNetworkReply::SslHandshakeFailedError
                               ? tr("%1 answers with a certificate that does not check out (%2), so mail "
                                    "providers do not fetch the BIMI logo.")
                                     .arg(m_logo.url.host(), answer.errorString)
                               : tr("Postino could not fetch the BIMI logo from %1: %2.")
                                     .arg(m_logo.url.host(), answer.errorString));
        return;
    }
    if (isRedirect(answer.status)) {
        out << unreachable(
            tr("The logo address answers with a redirect (HTTP %1) to %2; Postino does not follow "
               "it and mail providers may not either.")
                .arg(answer.status)
                .arg(QString::fromUtf8(answer.header("Location")).left(200)));
        return;
    }
    if (answer.status != 200) {
        out << unreachable(tr("The logo address answers HTTP %1, so no mail provider can show the BIMI logo.")
                               .arg(answer.status));
        return;
    }
    const QString type = mediaType(answer);
    const bool gzip = answer.body.startsWith("\x1f\x8b"); // SVGZ
    if (type != QLatin1String("image/svg+xml")) {
        out << badLogo(
            tr("The logo is served as %1, not image/svg+xml; mail providers accept only SVG logos.")
                .arg(type.isEmpty() ? tr("(no Content-Type)") : type.left(80)));
        return;
    }
    if (!gzip && !answer.body.contains("<svg")) {
        out << badLogo(tr("What the logo address serves is not an SVG image (no <svg> element)."));
        return;
    }
    out << Finding{Severity::Ok,
                   {.id = QStringLiteral("bimi.ok"),
                    .subject = name,
                    .detail = tr("%1 publishes BIMI; its logo %2 is an SVG served over HTTPS (%3 bytes). %4")
                                  .arg(m_domain, logo)
                                  .arg(answer.body.size())
                                  .arg(certificateNote),
                    .seen = seenRecords(name, texts)}};
}

Finding bimiDmarcPrerequisite(const DomainPolicies& policies, const dns::DmarcResult& dmarc)
{
    const QString domain = !dmarc.domain.isEmpty() ? dmarc.domain : policies.domain;
    const dns::DmarcRecord& record = dmarc.parsed;
    const bool hasRecord = !dmarc.recordDomain.isEmpty() && record.isDmarc;
    const QString recordName =
        QStringLiteral("_dmarc.") + (dmarc.recordDomain.isEmpty() ? domain : dmarc.recordDomain);
    QString policy = dmarc.policy.isEmpty() ? record.p : dmarc.policy;
    policy = policy.toLower();
    int pct = 100;
    QString explicitSp;
    for (const auto& [tag, value] : record.tags) {
        if (tag == QLatin1String("pct")) {
            bool ok = false;
            const int v = value.trimmed().toInt(&ok);
            pct = ok ? v : 100;
        } else if (tag == QLatin1String("sp")) {
            explicitSp = value.trimmed().toLower();
        }
    }
    // t=y (RFC 9989 testing) lowers what receivers apply by one step.
    QString effective = policy;
    if (record.testing) {
        effective = policy == QLatin1String("reject") ? QStringLiteral("quarantine") : QStringLiteral("none");
    }
    QStringList reasons;
    if (!hasRecord) {
        reasons << (dmarc.recordDomain.isEmpty()
                        ? DomainPoliciesCheck::tr("%1 has no DMARC record").arg(domain)
                        : DomainPoliciesCheck::tr("the DMARC record at %1 is not usable").arg(recordName));
    } else {
        if (effective != QLatin1String("reject") && effective != QLatin1String("quarantine")) {
            reasons << (record.testing && policy != effective
                            ? DomainPoliciesCheck::tr(
                                  "the DMARC policy is %1 with t=y (testing), which receivers apply as %2")
                                  .arg(policy, effective)
                            : DomainPoliciesCheck::tr("the DMARC policy is %1")
                                  .arg(policy.isEmpty() ? QStringLiteral("none") : policy));
        } else if (effective == QLatin1String("quarantine") && pct < 100) {
            reasons << DomainPoliciesCheck::tr(
                           "the DMARC policy quarantine applies to only %1% of mail (pct=%1)")
                           .arg(pct);
        }
        if (explicitSp == QLatin1String("none")) {
            reasons << DomainPoliciesCheck::tr("the subdomain policy is sp=none");
        }
    }
    if (reasons.isEmpty()) {
        return Finding{Severity::Ok,
                       {.id = QStringLiteral("bimi.dmarc_ok"),
                        .subject = recordName,
                        .detail = DomainPoliciesCheck::tr("DMARC is enforced for %1 (%2), as BIMI requires.")
                                      .arg(domain, effective)}};
    }
    // The record to publish: the current one with an enforcing policy, or a first one.
    QStringList parts;
    if (hasRecord) {
        parts << QStringLiteral("v=DMARC1");
        for (const auto& [tag, value] : record.tags) {
            if (tag == QLatin1String("v") || tag == QLatin1String("pct") || tag == QLatin1String("t")) {
                continue;
            }
            if (tag == QLatin1String("p") ||
                (tag == QLatin1String("sp") && value.trimmed().toLower() == QLatin1String("none"))) {
                const QString p = tag == QLatin1String("p") && policy == QLatin1String("reject")
                                      ? QStringLiteral("reject")
                                      : QStringLiteral("quarantine");
                parts << tag + QLatin1Char('=') + p;
                continue;
            }
            parts << tag + QLatin1Char('=') + value.trimmed();
        }
        if (!record.pExplicit) {
            parts.insert(1, QStringLiteral("p=quarantine"));
        }
    } else {
        parts << QStringLiteral("v=DMARC1") << QStringLiteral("p=quarantine")
              << QStringLiteral("rua=mailto:dmarc-reports@") + domain;
    }
    const QString fix = dns::txtRecordLine(recordName, parts.join(QStringLiteral("; ")).toUtf8());
    const QString detail =
        policies.bimi
            ? DomainPoliciesCheck::tr(
                  "%1 publishes BIMI, but %2: mail providers show the logo only under DMARC quarantine (for "
                  "all mail) or reject.")
                  .arg(domain, reasons.join(QStringLiteral("; ")))
            : DomainPoliciesCheck::tr("BIMI would need DMARC quarantine (for all mail) or reject, but %1.")
                  .arg(reasons.join(QStringLiteral("; ")));
    const Advice advice{
        DomainPoliciesCheck::tr("Enforce DMARC before relying on BIMI"),
        {DomainPoliciesCheck::tr(
             "Read your DMARC reports first: every service that sends as %1 must pass DMARC, or "
             "its mail will be quarantined or refused.")
             .arg(domain),
         DomainPoliciesCheck::tr(
             "Then publish the DMARC record shown (p=quarantine with no pct below 100 and no "
             "t=y, or p=reject).")}};
    if (policies.bimi) {
        Finding f{Severity::Warning,
                  {.id = QStringLiteral("bimi.dmarc_too_weak"),
                   .subject = recordName,
                   .detail = detail,
                   .seen = QString::fromUtf8(dmarc.record),
                   .expected = fix,
                   .fix = fix},
                  advice};
        return f;
    }
    Finding f{Severity::Info,
              {.id = QStringLiteral("bimi.dmarc_too_weak"),
               .subject = recordName,
               .detail = detail,
               .seen = QString::fromUtf8(dmarc.record),
               .expected = fix,
               .fix = fix}};
    f.advice = advice;
    return f;
}

} // namespace postino::acceptance
