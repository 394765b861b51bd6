#include "api/resolvedget.h"

#include <algorithm>

namespace postino {

ResolvedGet::ResolvedGet(dns::Resolver* resolver, QObject* parent)
    : Job(QStringLiteral("http"), parent)
    , m_resolver(resolver)
{
    qRegisterMetaType<ResolvedGetResult>();
    setFinishFromEventLoop(true);
}

ResolvedGet::~ResolvedGet()
{
    dropExchange();
}

void ResolvedGet::resolveAhead(dns::Resolver* resolver, const QString& host, QObject* context)
{
    if (!resolver) {
        return;
    }
    for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::AAAA}) {
        resolver->lookup(host, type, context, [](const dns::Answer&) {});
    }
}

void ResolvedGet::start(const QUrl& url, const ResolvedGetOptions& options)
{
    cancel();
    m_url = url;
    m_options = options;
    Job::start();
}

void ResolvedGet::doStart()
{
    ++m_run;
    dropExchange();
    m_result = ResolvedGetResult{};
    m_result.url = m_url;
    m_v6 = QHostAddress();
    m_lookupProblem = dns::Status::Ok;
    if (!m_resolver || m_url.host().isEmpty()) {
        m_result.kind = ResolvedGetResult::Kind::NoAddress;
        finishJob();
        return;
    }
    m_lookupsPending = 2;
    for (const dns::RecordType type : {dns::RecordType::A, dns::RecordType::AAAA}) {
        m_resolver->lookup(m_url.host(), type, this, [this, run = m_run](const dns::Answer& answer) {
            if (run == m_run && isRunning()) {
                onAddress(answer);
            }
        });
    }
}

void ResolvedGet::onAddress(const dns::Answer& answer)
{
    if (m_exchange) {
        return; // already fetching from the IPv4 address
    }
    --m_lookupsPending;
    if (!answer.addresses.isEmpty()) {
        if (answer.type == dns::RecordType::A) {
            m_result.address = answer.addresses.constFirst();
            fetch();
            return;
        }
        m_v6 = answer.addresses.constFirst();
    }
    if (!answer.ok() && !answer.isVoid()) {
        m_lookupProblem = answer.status;
    }
    if (m_lookupsPending > 0) {
        return;
    }
    if (!m_v6.isNull()) {
        m_result.address = m_v6;
        fetch();
        return;
    }
    if (m_lookupProblem != dns::Status::Ok) {
        m_result.kind = ResolvedGetResult::Kind::LookupFailed;
        m_result.lookupStatus = m_lookupProblem;
    } else {
        m_result.kind = ResolvedGetResult::Kind::NoAddress;
    }
    finishJob();
}

void ResolvedGet::fetch()
{
    auto* exchange = new HttpExchange(this);
    m_exchange = exchange;
    relayTranscriptOf(exchange);
    connect(exchange, &HttpExchange::finished, this, [this, exchange](const HttpAnswer& answer) {
        if (!isRunning() || m_exchange != exchange) {
            return;
        }
        m_exchange = nullptr;
        exchange->deleteLater();
        m_result.kind = ResolvedGetResult::Kind::Answered;
        m_result.answer = answer;
        finishJob();
    });
    HttpExchangeOptions options;
    options.timeoutMs = std::max<int>(100, m_options.timeoutMs - int(elapsedMs()));
    options.maxBodyBytes = m_options.maxBytes;
    options.extraCa = m_options.extraCa;
    options.connectTo = m_result.address;
    exchange->start(ApiCall{"GET", m_url, m_options.headers, {}}, options);
}

void ResolvedGet::dropExchange()
{
    if (m_exchange) {
        dropPart(m_exchange);
        m_exchange = nullptr;
    }
}

void ResolvedGet::doCancel()
{
    dropExchange();
}

void ResolvedGet::addEndingFinding(const Finding& finding)
{
    m_result.kind = ResolvedGetResult::Kind::Answered;
    m_result.answer = HttpAnswer{};
    m_result.answer.kind = HttpAnswer::Kind::NetworkError;
    m_result.answer.error = QNetworkReply::OperationCanceledError;
    m_result.answer.errorString = finding.detail;
    m_result.answer.host = m_url.host();
    m_result.answer.port = m_url.port(443);
    m_result.answer.findings.append(finding);
}

} // namespace postino
