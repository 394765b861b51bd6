#include "discovery/autoconfigfetch.h"

#include "api/httpexchange.h"
#include "api/resolvedget.h"
#include "dns/resolver.h"

#include <algorithm>

namespace postino::discovery {

namespace {

const QString kPrefix = QStringLiteral("discover.autoconfig.");

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// How a URL is shown and recorded: without the query that carries the address.
QString shownUrl(const QUrl& url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

} // namespace

AutoconfigFetch::AutoconfigFetch(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("discover.autoconfig"), parent)
    , m_resolver(resolver)
{
    qRegisterMetaType<AutoconfigResult>();
    setFinishFromEventLoop(true);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoconfigFetch::onTimeout);
}

AutoconfigFetch::~AutoconfigFetch()
{
    stopSources();
}

std::array<QUrl, 2> AutoconfigFetch::urlsFor(const QString& domain, const AutoconfigFetchOptions& options)
{
    // The address goes only to its own domain's servers.
    const QString address = options.emailAddress.trimmed();
    const bool sendAddress = !address.isEmpty() &&
                             validHostName(address.section(QLatin1Char('@'), -1)) == validHostName(domain) &&
                             address.contains(QLatin1Char('@'));
    const auto make = [&](const QString& host, const QString& path) {
        QUrl url;
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        if (options.httpsPort != 443) {
            url.setPort(options.httpsPort);
        }
        url.setPath(path);
        if (sendAddress) {
            url.setQuery(QStringLiteral("emailaddress=") +
                             QString::fromLatin1(QUrl::toPercentEncoding(address)),
                         QUrl::StrictMode);
        }
        return url;
    };
    return {make(QStringLiteral("autoconfig.") + domain, QStringLiteral("/mail/config-v1.1.xml")),
            make(domain, QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml"))};
}

void AutoconfigFetch::start(const QString& domain, const AutoconfigFetchOptions& options)
{
    cancel();
    m_domain = domain;
    m_options = options;
    Job::start();
}

void AutoconfigFetch::doStart()
{
    stopSources();
    m_sources = {};
    const QString asked = m_domain;
    m_domain = validHostName(asked);
    m_result = AutoconfigResult{};
    m_result.domain = m_domain.isEmpty() ? asked : m_domain;
    if (m_domain.isEmpty() || !m_resolver) {
        m_result.findings.append(
            Finding{Severity::Info,
                    {.id = kPrefix + QStringLiteral("bad_domain"),
                     .subject = asked,
                     .detail = tr("\"%1\" is not a domain name, so there is no autoconfig file to look for.")
                                   .arg(asked.left(100))}});
        finishJob();
        return;
    }
    m_timer.start(std::max(1, m_options.timeoutMs));
    const std::array<QUrl, 2> urls = urlsFor(m_domain, m_options);
    for (int i = 0; i < 2; ++i) {
        m_sources[i].url = urls[i];
        fetch(i);
    }
}

// The name's lookups and the exchange, bounded by what is left of the whole fetch's time.
void AutoconfigFetch::fetch(int index)
{
    Source& source = m_sources[index];
    auto* get = new ResolvedGet(m_resolver, this);
    source.get = get;
    relayTranscriptOf(get);
    connect(get, &ResolvedGet::finished, this, [this, index, get](const ResolvedGetResult& fetched) {
        if (isRunning() && m_sources[index].get == get) {
            onFetched(index, fetched);
        }
    });
    ResolvedGetOptions options;
    options.timeoutMs = std::max<int>(100, m_options.timeoutMs - int(elapsedMs()));
    options.maxBytes = m_options.maxBytes;
    options.extraCa = m_options.extraCa;
    options.headers = {{"Accept", "application/xml, text/xml"}};
    get->start(source.url, options);
}

void AutoconfigFetch::onFetched(int index, const ResolvedGetResult& fetched)
{
    Source& source = m_sources[index];
    dropPart(source.get);
    source.get = nullptr;
    switch (fetched.kind) {
    case ResolvedGetResult::Kind::Answered:
        onAnswer(index, fetched.answer);
        return;
    case ResolvedGetResult::Kind::LookupFailed:
        source.findings.append(
            Finding{Severity::Info,
                    {.id = kPrefix + QStringLiteral("unreachable"),
                     .subject = shownUrl(source.url),
                     .detail = tr("The name %1 could not be looked up (%2); Postino could not "
                                  "check whether it publishes an autoconfig file.")
                                   .arg(source.url.host(), dns::statusName(fetched.lookupStatus))}});
        settle(index, Outcome::Problem);
        return;
    case ResolvedGetResult::Kind::NoAddress:
        source.why = tr("%1 has no address").arg(source.url.host());
        settle(index, Outcome::NotPublished);
        return;
    }
}

void AutoconfigFetch::onAnswer(int index, const HttpAnswer& answer)
{
    Source& source = m_sources[index];
    const QString url = shownUrl(source.url);
    const QString host = source.url.host();

    if (answer.kind == HttpAnswer::Kind::TooLarge) {
        source.findings.append(Finding{
            Severity::Warning,
            {.id = kPrefix + QStringLiteral("too_large"),
             .subject = url,
             .detail = tr("The autoconfig file is larger than %1 KiB, far more than a list of servers needs. "
                          "Postino stopped reading it.")
                           .arg(m_options.maxBytes / 1024)},
            Advice{
                tr("Correct the autoconfig file, or leave it"),
                {tr("If you publish this file for %1, check what the server sends at %2: an autoconfig "
                    "file is a few kilobytes.")
                     .arg(m_domain, url),
                 tr("If someone else publishes it, nothing is needed here: Postino takes the settings from "
                    "its other sources.")}}});
        settle(index, Outcome::Problem);
        return;
    }
    if (answer.kind == HttpAnswer::Kind::NetworkError) {
        switch (answer.error) {
        case QNetworkReply::TimeoutError:
            source.findings.append(Finding{Severity::Info,
                                           {.id = kPrefix + QStringLiteral("timeout"),
                                            .subject = url,
                                            .detail = tr("%1 did not answer in time; Postino could not check "
                                                         "whether it publishes an autoconfig file.")
                                                          .arg(host)}});
            settle(index, Outcome::Problem);
            return;
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            source.why = tr("%1 has no web server").arg(host);
            settle(index, Outcome::NotPublished);
            return;
        case QNetworkReply::SslHandshakeFailedError:
            source.findings.append(Finding{
                Severity::Warning,
                {.id = kPrefix + QStringLiteral("certificate"),
                 .subject = url,
                 .detail =
                     tr("%1 answers with a certificate that does not check out (%2), so Postino did not "
                        "read the autoconfig file there.")
                         .arg(host, answer.errorString)},
                Advice{
                    tr("Give the autoconfig host a valid certificate, or leave it"),
                    {tr("If you publish an autoconfig file for %1, the server %2 needs a certificate valid "
                        "for that name (a free Let's Encrypt certificate will do): email programs refuse "
                        "the file as Postino did.")
                         .arg(m_domain, host),
                     tr("If you publish none, nothing is needed: the name probably points at a web host "
                        "that answers for many sites, and Postino takes the settings from its other "
                        "sources.")}}});
            settle(index, Outcome::Problem);
            return;
        default:
            source.findings.append(Finding{
                Severity::Info,
                {.id = kPrefix + QStringLiteral("unreachable"),
                 .subject = url,
                 .detail = tr("The autoconfig address could not be read: %1.").arg(answer.errorString)}});
            settle(index, Outcome::Problem);
            return;
        }
    }
    if (isRedirect(answer.status)) {
        if (followRedirect(index, answer)) {
            return;
        }
        settle(index, Outcome::Problem);
        return;
    }
    if (answer.status == 200) {
        source.parse = parseAutoconfig(answer.body, m_domain, url);
        source.findings.append(source.parse.findings);
        if (!source.parse.isAutoconfig) {
            source.why = tr("%1 is not an autoconfig file").arg(url);
        }
        settle(index, !source.parse.candidates.isEmpty() ? Outcome::Usable
                      : source.parse.isAutoconfig        ? Outcome::Problem
                                                         : Outcome::NotPublished);
        return;
    }
    if (answer.status >= 400 && answer.status < 500) {
        source.why = tr("%1 answers HTTP %2").arg(url).arg(answer.status);
        settle(index, Outcome::NotPublished);
        return;
    }
    source.findings.append(Finding{Severity::Info,
                                   {.id = kPrefix + QStringLiteral("unreachable"),
                                    .subject = url,
                                    .detail = tr("The autoconfig address answered HTTP %1; Postino could not "
                                                 "check whether it publishes a file.")
                                                  .arg(answer.status)}});
    settle(index, Outcome::Problem);
}

// Follows a redirect to the same host and port over HTTPS, once. Otherwise says why not and
// returns false.
bool AutoconfigFetch::followRedirect(int index, const HttpAnswer& answer)
{
    Source& source = m_sources[index];
    const QString url = shownUrl(source.url);
    const QByteArray location = answer.header("Location");
    const QUrl target = source.url.resolved(QUrl::fromEncoded(location.trimmed()));
    const bool sameHost = target.isValid() && target.scheme() == QLatin1String("https") &&
                          target.host().compare(source.url.host(), Qt::CaseInsensitive) == 0 &&
                          target.port(443) == source.url.port(443) && target.userInfo().isEmpty();
    if (location.isEmpty() || !sameHost) {
        source.findings.append(Finding{
            Severity::Info,
            {.id = kPrefix + QStringLiteral("redirect_elsewhere"),
             .subject = url,
             .detail =
                 location.isEmpty()
                     ? tr("The autoconfig address answers with a redirect (HTTP %1) that says nowhere to "
                          "go.")
                           .arg(answer.status)
                     : tr("The autoconfig address redirects to %1. Postino follows redirects only on the "
                          "same host over HTTPS, so it did not read the file there.")
                           .arg(shownUrl(target).left(200))}});
        return false;
    }
    if (source.redirects >= 1) {
        source.findings.append(Finding{
            Severity::Info,
            {.id = kPrefix + QStringLiteral("too_many_redirects"),
             .subject = url,
             .detail = tr("The autoconfig address redirects more than once; Postino follows one redirect "
                          "and did not read the file.")}});
        return false;
    }
    ++source.redirects;
    source.url = target;
    fetch(index); // the same host: its addresses come from the resolver's answers already given
    return true;
}

void AutoconfigFetch::settle(int index, Outcome outcome)
{
    m_sources[index].outcome = outcome;
    decide();
}

// The preferred file as soon as it is usable; otherwise once both are done.
void AutoconfigFetch::decide()
{
    if (!isRunning()) {
        return;
    }
    const Outcome preferred = m_sources[0].outcome;
    if (preferred == Outcome::Usable ||
        (preferred != Outcome::Pending && m_sources[1].outcome != Outcome::Pending)) {
        finish();
    }
}

void AutoconfigFetch::onTimeout()
{
    if (!isRunning()) {
        return;
    }
    for (Source& source : m_sources) {
        if (source.outcome != Outcome::Pending) {
            continue;
        }
        dropPart(source.get);
        source.get = nullptr;
        source.findings.append(Finding{
            Severity::Info,
            {.id = kPrefix + QStringLiteral("timeout"),
             .subject = shownUrl(source.url),
             .detail = tr("%1 did not answer within %2 s; Postino could not check whether it publishes an "
                          "autoconfig file.")
                           .arg(source.url.host())
                           .arg(m_options.timeoutMs / 1000.0)}});
        source.outcome = Outcome::Problem;
    }
    finish();
}

void AutoconfigFetch::finish()
{
    m_timer.stop();
    stopSources();
    int used = -1;
    for (int i = 0; i < 2 && used < 0; ++i) {
        if (m_sources[i].outcome == Outcome::Usable) {
            used = i;
        }
    }
    for (const Source& source : m_sources) {
        if (source.outcome != Outcome::Pending) {
            m_result.findings.append(source.findings);
        }
    }
    if (used >= 0) {
        const Source& source = m_sources[used];
        m_result.candidates = source.parse.candidates;
        m_result.answeredUrl = shownUrl(source.url);
        m_result.findings.prepend(
            Finding{Severity::Ok,
                    {.id = kPrefix + QStringLiteral("found"),
                     .subject = m_result.answeredUrl,
                     .detail = tr("The domain's autoconfig file lists %n SMTP server(s).", nullptr,
                                  int(m_result.candidates.size()))}});
    } else if (std::all_of(m_sources.begin(), m_sources.end(),
                           [](const Source& s) { return s.outcome == Outcome::NotPublished; })) {
        m_result.findings.append(
            Finding{Severity::Info,
                    {.id = kPrefix + QStringLiteral("none"),
                     .subject = m_domain,
                     .detail = tr("%1 publishes no autoconfig file (%2; %3). That is usual: few domains do.")
                                   .arg(m_domain, m_sources[0].why, m_sources[1].why)}});
    }
    finishJob();
}

void AutoconfigFetch::stopSources()
{
    for (Source& source : m_sources) {
        if (source.get) {
            dropPart(source.get);
            source.get = nullptr;
        }
    }
}

void AutoconfigFetch::doCancel()
{
    m_timer.stop();
    stopSources();
}

void AutoconfigFetch::addEndingFinding(const Finding& finding)
{
    m_result.candidates.clear();
    m_result.answeredUrl.clear();
    m_result.findings.append(finding);
}

} // namespace postino::discovery
