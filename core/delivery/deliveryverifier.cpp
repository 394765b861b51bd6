#include "deliveryverifier.h"

#include "acceptance/messagecheck.h"
#include "api/httpexchange.h"
#include "catalog/catalog.h"
#include "dns/domainreport.h"
#include "dns/wireresolver.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryVerifier)
};

constexpr qint64 kMaxStatusBody = 2 * 1024 * 1024;
// The last exchange gets at least this long, even when the polling time is nearly up.
constexpr int kMinExchangeMs = 500;

} // namespace

// --- DeliveryStatusPoller ---------------------------------------------------------------------

DeliveryStatusPoller::DeliveryStatusPoller(QObject* parent)
    : Job(QStringLiteral("delivery.status"), parent)
    , m_http(new HttpExchange(this))
{
    qRegisterMetaType<StatusPollResult>();
    qRegisterMetaType<DeliveryState>();
    setFinishFromEventLoop(true);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeliveryStatusPoller::poll);
    relayTranscriptOf(m_http);
    connect(m_http, &HttpExchange::finished, this, &DeliveryStatusPoller::onAnswer);
}

DeliveryStatusPoller::~DeliveryStatusPoller()
{
    m_http->disconnect(this);
    m_http->cancel();
}

void DeliveryStatusPoller::start(const Profile& profile, const QString& messageId, const SecretLookup& secret,
                                 const StatusPollOptions& options)
{
    cancel();
    m_options = options;
    m_messageId = messageId;
    m_profile = std::make_shared<Profile>(profile);
    m_secret = secret;
    Job::start();
}

void DeliveryStatusPoller::doCancel()
{
    m_timer.stop();
    m_http->cancel();
}

Finding DeliveryStatusPoller::cancelledFinding() const
{
    return Finding{Severity::Info,
                   {.id = QStringLiteral("delivery.status.cancelled"),
                    .subject = m_mailerName,
                    .detail = Text::tr("Stopped asking %1 about the message.").arg(m_mailerName)}};
}

void DeliveryStatusPoller::addEndingFinding(const Finding& finding)
{
    m_result.elapsedMs = elapsedMs();
    m_result.findings.append(finding);
}

void DeliveryStatusPoller::doStart()
{
    const Profile& profile = *m_profile;
    const SecretLookup& secret = m_secret;
    m_result = StatusPollResult{};
    m_intervalMs = m_options.firstIntervalMs;
    m_context = ApiContext{};
    m_context.mailer = profile.mailer();
    const MailerInfo* mailer = m_context.mailer;
    m_mailerName = mailer ? Catalog::tr(mailer->name) : profile.mailerId();
    if (!mailer || mailer->kind != MailerKind::Api || !hasStatusApi(*mailer)) {
        const bool smtp = mailer && mailer->kind == MailerKind::Smtp;
        conclude({Finding{
            Severity::Info,
            {.id = QStringLiteral("delivery.status.not_available"),
             .subject = m_mailerName,
             .detail =
                 smtp ? Text::tr("An SMTP server does not tell anyone what happened to a message after it "
                                 "accepted it, so Postino cannot ask whether it was delivered.")
                      : Text::tr("%1 has no delivery status API that Postino can ask, so whether the message "
                                 "was delivered cannot be checked here.")
                            .arg(m_mailerName)},
            Advice{{},
                   {Text::tr("Let Postino look in the recipient's mailbox (IMAP) to see whether it "
                             "arrived."),
                    Text::tr("The provider's own dashboard or log shows what happened to the message.")}}}});
        return;
    }
    m_result.supported = true;
    m_context.settings = profile.resolvedMailer().settings;
    m_context.secret = [secret, id = mailer->id](const QString& key) {
        return secret ? secret(id, key) : QByteArray();
    };
    if (m_messageId.trimmed().isEmpty()) {
        conclude(
            {Finding{Severity::Warning,
                     {.id = QStringLiteral("delivery.status.no_message_id"),
                      .subject = m_mailerName,
                      .detail = Text::tr("%1 gave no message id, so its status API cannot be asked about "
                                         "this message.")
                                    .arg(m_mailerName)},
                     Advice{Text::tr("Look the message up in %1's dashboard").arg(m_mailerName),
                            {Text::tr("Open %1's activity or logs page and search for the "
                                      "recipient's address.")
                                 .arg(m_mailerName)}}}});
        return;
    }
    QMetaObject::invokeMethod(this, &DeliveryStatusPoller::poll, Qt::QueuedConnection);
}

void DeliveryStatusPoller::poll()
{
    if (!isRunning()) {
        return;
    }
    QString error;
    const auto built = buildStatusCall(m_context, m_messageId, &error);
    if (!built) {
        conclude({Finding{Severity::Info,
                          {.id = QStringLiteral("delivery.status.not_available"),
                           .subject = m_mailerName,
                           .detail = error}}});
        return;
    }
    ApiCall call = *built;
    if (m_options.baseOverride.isValid()) {
        call.url.setScheme(m_options.baseOverride.scheme());
        call.url.setHost(m_options.baseOverride.host());
        call.url.setPort(m_options.baseOverride.port());
    }
    if (call.url.scheme() != QLatin1String("https")) {
        conclude({Finding{Severity::Error,
                          {.id = QStringLiteral("api.not_https"),
                           .subject = call.url.toString(),
                           .detail = Text::tr("Postino only talks to email APIs over HTTPS.")},
                          Advice{Text::tr("Check the API address"),
                                 {Text::tr("Use the provider's https:// address; leave the API address "
                                           "setting empty for the default.")}}}});
        return;
    }
    ++m_result.polls;
    // The same whole-exchange bound as every other HTTPS call: a server that drips its answer a byte at
    // a time never trips a transfer timeout, which restarts with every byte. No exchange outlives the
    // polling time either.
    HttpExchangeOptions options;
    const qint64 left = m_options.totalMs - elapsedMs();
    options.timeoutMs = static_cast<int>(
        std::max<qint64>(kMinExchangeMs, std::min<qint64>(m_options.requestTimeoutMs, left)));
    options.maxBodyBytes = kMaxStatusBody;
    options.extraCa = m_options.extraCaCertificates;
    options.secretHeaders = kProviderSecretHeaders;
    m_http->start(call, options);
}

void DeliveryStatusPoller::onAnswer(const HttpAnswer& answer)
{
    if (!isRunning()) {
        return;
    }
    if (answer.kind != HttpAnswer::Kind::Answered) {
        const QString why = answer.kind == HttpAnswer::Kind::TooLarge
                                ? Text::tr("the answer was larger than %1 bytes").arg(kMaxStatusBody)
                                : answer.errorString;
        note(TranscriptLine::Direction::Info, why);
        // A network hiccup is not an answer: try again while time remains.
        if (elapsedMs() + m_intervalMs < m_options.totalMs) {
            scheduleNext();
            return;
        }
        const QString where = answer.host + QLatin1Char(':') + QString::number(answer.port);
        conclude({Finding{
            Severity::Warning,
            {.id = QStringLiteral("delivery.status.unreachable"),
             .subject = where,
             .detail =
                 Text::tr(
                     "Postino could not check the message's status: %1's status API did not answer in time "
                     "or could not be reached (%2).")
                     .arg(m_mailerName, why)},
            Advice{Text::tr("The status could not be checked"),
                   {Text::tr("The message may well be fine: look it up in the provider's dashboard or log."),
                    Text::tr("Try again later; if it keeps failing, a firewall or proxy may be slowing or "
                             "blocking HTTPS to %1.")
                        .arg(answer.host)}}}});
        return;
    }
    const int status = answer.status;
    const HttpHeaders& headers = answer.headers;
    const StatusOutcome outcome = interpretStatus(m_context.mailer->id, status, headers, answer.body);
    if (outcome.noAccess) {
        QString detail = Text::tr("%1 did not let this key read the message's status (HTTP %2).")
                             .arg(m_mailerName)
                             .arg(status);
        if (!outcome.providerMessage.isEmpty()) {
            detail += QLatin1Char(' ') + outcome.providerMessage;
        }
        QStringList steps{Text::tr("Give the API key read access to events or activity, or check the "
                                   "message in the provider's dashboard.")};
        if (const QString hint = statusNoAccessHint(m_context.mailer->id); !hint.isEmpty()) {
            steps.prepend(hint);
        }
        conclude({Finding{
            Severity::Warning,
            {.id = QStringLiteral("delivery.status.no_access"), .subject = m_mailerName, .detail = detail},
            Advice{Text::tr("The status could not be read"), steps}}});
        return;
    }
    if (!outcome.retryable && !outcome.understood) {
        const QString detail =
            Text::tr("%1 answered HTTP %2 in a form Postino does not know.").arg(m_mailerName).arg(status);
        conclude({Finding{
            Severity::Warning,
            {.id = QStringLiteral("delivery.status.unexpected"), .subject = m_mailerName, .detail = detail},
            Advice{Text::tr("Look the message up in the provider's dashboard"),
                   {Text::tr("The message may well be fine; Postino only cannot read this answer. "
                             "Please report it to Postino's developers with the transcript.")}}}});
        return;
    }
    if (!outcome.retryable && outcome.state != m_result.state) {
        m_result.state = outcome.state;
        m_result.detail = outcome.detail;
        Q_EMIT stateChanged(outcome.state, outcome.detail);
    } else if (!outcome.detail.isEmpty()) {
        m_result.detail = outcome.detail;
    }
    if (isFinalDeliveryState(m_result.state)) {
        conclude();
        return;
    }
    if (elapsedMs() + m_intervalMs >= m_options.totalMs) {
        conclude();
        return;
    }
    scheduleNext();
}

void DeliveryStatusPoller::scheduleNext()
{
    m_timer.start(m_intervalMs);
    m_intervalMs = std::min(m_options.maxIntervalMs, static_cast<int>(m_intervalMs * m_options.backoff));
}

void DeliveryStatusPoller::conclude(Findings extra)
{
    if (!isRunning()) {
        return;
    }
    m_timer.stop();
    m_result.elapsedMs = elapsedMs();
    const QString who = m_mailerName;
    const QString why = m_result.detail;
    const int seconds = static_cast<int>(m_result.elapsedMs / 1000);
    if (extra.isEmpty() && m_result.supported) {
        switch (m_result.state) {
        case DeliveryState::Delivered:
            extra.append(Finding{
                Severity::Ok,
                {.id = QStringLiteral("delivery.status.delivered"),
                 .subject = who,
                 .detail =
                     why.isEmpty()
                         ? Text::tr("%1 says the receiving server accepted the message.").arg(who)
                         : Text::tr("%1 says the receiving server accepted the message: %2").arg(who, why)}});
            break;
        case DeliveryState::Bounced:
            extra.append(Finding{
                Severity::Error,
                {.id = QStringLiteral("delivery.status.bounced"),
                 .subject = who,
                 .detail = Text::tr("%1 says the receiving server refused the message for good: %2")
                               .arg(who, why.isEmpty() ? Text::tr("no reason given") : why)},
                Advice{
                    Text::tr("The message bounced"),
                    {Text::tr("Check the recipient address for typos."),
                     Text::tr("A bounce that mentions SPF, DKIM, DMARC or \"policy\" means the From domain "
                              "is not authenticated: run the DNS checks on the Checks page."),
                     Text::tr("The provider may now suppress this address: remove it from its suppression "
                              "list before testing again.")}}});
            break;
        case DeliveryState::Rejected:
            extra.append(Finding{
                Severity::Error,
                {.id = QStringLiteral("delivery.status.rejected"),
                 .subject = who,
                 .detail =
                     why.isEmpty()
                         ? Text::tr("%1 did not send the message (rejected, blocked or suppressed).").arg(who)
                         : Text::tr("%1 did not send the message (rejected, blocked or suppressed): %2")
                               .arg(who, why)},
                Advice{Text::tr("The provider held the message back"),
                       {Text::tr("Check the provider's suppression or block list for the recipient."),
                        Text::tr("Check that the From address's domain is verified with the provider.")}}});
            break;
        case DeliveryState::Deferred:
            extra.append(Finding{
                Severity::Warning,
                {.id = QStringLiteral("delivery.status.deferred"),
                 .subject = who,
                 .detail = Text::tr("%1 could not deliver the message yet; the receiving server deferred it: "
                                    "%2. It keeps "
                                    "trying.")
                               .arg(who, why.isEmpty() ? Text::tr("no reason given") : why)},
                Advice{Text::tr("Delivery is delayed"),
                       {Text::tr("Temporary refusals often clear within an hour (greylisting, rate limits)."),
                        Text::tr("If it mentions authentication or reputation, run the DNS checks.")}}});
            break;
        case DeliveryState::Queued:
            extra.append(Finding{
                Severity::Warning,
                {.id = QStringLiteral("delivery.status.queued"),
                 .subject = who,
                 .detail = Text::tr("%1 still had the message queued after %n second(s).", nullptr, seconds)
                               .arg(who)},
                Advice{Text::tr("Look again a little later"),
                       {Text::tr("Look at the message in the provider's dashboard a little "
                                 "later.")}}});
            break;
        case DeliveryState::Unknown:
            extra.append(
                Finding{Severity::Warning,
                        {.id = QStringLiteral("delivery.status.unknown"),
                         .subject = who,
                         .detail = Text::tr("%1 reported nothing about the message within %n second(s).",
                                            nullptr, seconds)
                                       .arg(who)},
                        Advice{Text::tr("Look again a little later"),
                               {Text::tr("Providers can take a few minutes to list a message; look "
                                         "in its dashboard later.")}}});
            break;
        }
    }
    m_result.findings.append(extra);
    finishJob();
}

// --- DeliveryReport -----------------------------------------------------------------------------

QJsonObject DeliveryReport::toJson() const
{
    QJsonObject authJson;
    if (arrivalChecked && arrived) {
        authJson = QJsonObject{{QStringLiteral("found"), this->auth.found},
                               {QStringLiteral("authservId"), this->auth.authservId},
                               {QStringLiteral("spf"), this->auth.spf},
                               {QStringLiteral("dkim"), this->auth.dkim},
                               {QStringLiteral("dmarc"), this->auth.dmarc},
                               {QStringLiteral("ignoredHeaders"), this->auth.ignoredHeaders}};
    }
    QJsonObject o{{QStringLiteral("accepted"), accepted},
                  {QStringLiteral("providerId"), providerId},
                  {QStringLiteral("statusSupported"), statusSupported},
                  {QStringLiteral("providerState"), deliveryStateName(providerState)},
                  {QStringLiteral("providerDetail"), providerDetail},
                  {QStringLiteral("arrivalChecked"), arrivalChecked},
                  {QStringLiteral("arrived"), arrived},
                  {QStringLiteral("folder"), folder},
                  {QStringLiteral("junk"), junk},
                  {QStringLiteral("arrivalMs"), arrivalMs},
                  {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!authJson.isEmpty()) {
        o.insert(QStringLiteral("authentication"), authJson);
    }
    return o;
}

// --- DeliveryVerifier ---------------------------------------------------------------------------

DeliveryVerifier::DeliveryVerifier(QObject* parent)
    : Job(QStringLiteral("delivery"), parent)
{
    qRegisterMetaType<DeliveryReport>();
    qRegisterMetaType<DeliveryLevel>();
}

void DeliveryVerifier::start(const Profile& profile, const VerifyRequest& request)
{
    cancel();
    m_request = request;
    m_profile = std::make_shared<Profile>(profile);
    Job::start();
}

void DeliveryVerifier::doStart()
{
    const Profile& profile = *m_profile;
    m_report = DeliveryReport{};
    m_statusFindings.clear();
    m_imapFindings.clear();
    const MailerInfo* mailer = profile.mailer();
    const QString name = mailer ? Catalog::tr(mailer->name) : profile.mailerId();
    m_mailerId = profile.mailerId();
    m_dnsPending = false;

    // Level 1: known from the send.
    m_report.accepted = true;
    m_report.providerId = m_request.providerId;
    const QString accepted = m_request.providerId.isEmpty()
                                 ? Text::tr("Accepted by %1 (it gave no message id).").arg(name)
                                 : Text::tr("Accepted by %1, message id %2.").arg(name, m_request.providerId);
    m_report.findings.append(Finding{
        Severity::Ok, {.id = QStringLiteral("delivery.accepted"), .subject = name, .detail = accepted}});
    QMetaObject::invokeMethod(
        this, [this, accepted] { Q_EMIT levelReached(DeliveryLevel::Accepted, Severity::Ok, accepted); },
        Qt::QueuedConnection);

    // Level 2: the provider's status API.
    m_statusDone = !m_request.pollProvider;
    if (m_request.pollProvider) {
        m_poller = new DeliveryStatusPoller(this);
        connect(m_poller, &DeliveryStatusPoller::transcript, this, &DeliveryVerifier::transcript);
        connect(m_poller, &DeliveryStatusPoller::stateChanged, this,
                [this, name](DeliveryState state, const QString&) {
                    if (state == DeliveryState::Queued) {
                        Q_EMIT progress(Text::tr("%1 has the message queued…").arg(name));
                    } else if (state == DeliveryState::Deferred) {
                        Q_EMIT progress(Text::tr("%1 reports a delay; still asking…").arg(name));
                    }
                });
        connect(m_poller, &DeliveryStatusPoller::finished, this, &DeliveryVerifier::onStatus);
        Q_EMIT progress(Text::tr("Asking %1 whether the message was delivered…").arg(name));
        m_poller->start(profile, m_request.providerId, m_request.secret, m_request.poll);
    }

    // Level 3: the mailbox.
    m_imapDone = !m_request.imap.has_value();
    if (m_request.imap) {
        m_report.arrivalChecked = true;
        m_imapHost = m_request.imap->host;
        ImapSearch search;
        if (!m_request.runId.isEmpty()) {
            search.headerValue = m_request.runId;
            search.inBody = m_request.runIdInBodyOnly;
        } else {
            search.headerName = QStringLiteral("Message-ID");
            search.headerValue = m_request.messageIdHeader;
        }
        search.sentAt = m_request.sentAt;
        search.waitMs = m_request.imapWaitMs;
        search.pollMs = m_request.imapPollMs;
        search.deleteWhenFound = m_request.deleteTestMessage;
        m_imap = new ImapClient(this);
        connect(m_imap, &ImapClient::transcript, this, &DeliveryVerifier::transcript);
        connect(m_imap, &ImapClient::progress, this, &DeliveryVerifier::progress);
        connect(m_imap, &ImapClient::finished, this, &DeliveryVerifier::onImap);
        m_imap->find(*m_request.imap, search);
    }
    if (m_statusDone && m_imapDone) {
        QMetaObject::invokeMethod(this, &DeliveryVerifier::maybeFinish, Qt::QueuedConnection);
    }
}

void DeliveryVerifier::doCancel()
{
    delete m_dnsHolder; // drops the DNS report and its lookups
    m_dnsPending = false;
    // What the parts found so far stays in the report; their own "cancelled" does not.
    dropPart(m_poller);
    dropPart(m_imap);
}

void DeliveryVerifier::addEndingFinding(const Finding& finding)
{
    m_report.findings.append(m_statusFindings);
    m_report.findings.append(m_imapFindings);
    m_report.findings.append(finding);
}

void DeliveryVerifier::onStatus(const StatusPollResult& result)
{
    if (!isRunning()) {
        return;
    }
    m_statusDone = true;
    m_report.statusSupported = result.supported;
    m_report.providerState = result.state;
    m_report.providerDetail = result.detail;
    m_statusFindings = result.findings;
    Severity worst = Severity::Ok;
    QString text;
    for (const Finding& f : result.findings) {
        if (static_cast<int>(f.severity()) > static_cast<int>(worst) || text.isEmpty()) {
            worst = f.severity();
            text = f.detail;
        }
    }
    if (!result.findings.isEmpty()) {
        Q_EMIT levelReached(DeliveryLevel::Delivered, worst, text);
    }
    if (m_poller) {
        m_poller->deleteLater();
    }
    maybeFinish();
}

void DeliveryVerifier::onImap(const ImapResult& r)
{
    if (!isRunning()) {
        return;
    }
    m_imapDone = true;
    Findings out;
    // The IMAP session's own problems (login, network) come first; a plain "found" is not one.
    for (const Finding& f : r.findings) {
        out.append(f);
    }
    if (r.ok && r.found) {
        m_report.arrived = true;
        m_report.folder = r.folder;
        m_report.junk = r.junk;
        m_report.arrivalMs = r.arrivalMs;
        const bool timed = r.arrivalMs >= 0;
        const QString seconds = QString::number(r.arrivalMs / 1000.0, 'f', 1);
        Finding arrived =
            r.junk
                ? Finding{Severity::Warning,
                          {.id = QStringLiteral("delivery.arrived_in_junk"),
                           .subject = r.folder,
                           .detail =
                               timed ? Text::tr("The test email arrived, but in the spam folder \"%1\", %2 s "
                                                "after it was sent.")
                                           .arg(r.folder, seconds)
                                     : Text::tr("The test email arrived, but in the spam folder \"%1\".")
                                           .arg(r.folder)},
                          Advice{Text::tr("It landed in spam"),
                                 {Text::tr("Spam filters trust mail whose SPF, DKIM and DMARC pass: "
                                           "see the results below and the DNS checks."),
                                  Text::tr("Mark it as \"not spam\" to teach this mailbox, but fix "
                                           "authentication for everyone else.")}}}
                : Finding{
                      Severity::Ok,
                      {.id = QStringLiteral("delivery.arrived"),
                       .subject = r.folder,
                       .detail = timed ? Text::tr("The test email arrived in \"%1\", %2 s after it was sent.")
                                             .arg(r.folder, seconds)
                                       : Text::tr("The test email arrived in \"%1\".").arg(r.folder)}};
        out.prepend(arrived);
        Q_EMIT levelReached(DeliveryLevel::Arrived, arrived.severity(), arrived.detail);
        const HeaderList headers = parseHeaderBlock(r.header);
        const QStringList trusted = m_request.trustedAuthservIds.isEmpty() ? trustedAuthservIds(m_imapHost)
                                                                           : m_request.trustedAuthservIds;
        m_report.auth = judgeAuthentication(headers, trusted);
        const Findings auth = authenticationFindings(m_report.auth, m_request.fromDomain);
        Severity worst = Severity::Ok;
        QStringList summary;
        for (const Finding& f : auth) {
            if (f.id == QLatin1String("delivery.auth.ignored")) {
                continue;
            }
            if (static_cast<int>(f.severity()) > static_cast<int>(worst)) {
                worst = f.severity();
            }
            summary << f.detail;
        }
        out.append(auth);
        m_report.arrivedFormat = acceptance::checkMessageFormat(r.header, m_request.fromDomain,
                                                                acceptance::MessageOrigin::Arrived);
        Q_EMIT levelReached(DeliveryLevel::Authenticated, worst, summary.join(QLatin1Char(' ')));
        explainFailures(auth);
    } else if (r.ok) {
        const Finding missing{
            Severity::Error,
            {.id = QStringLiteral("delivery.not_arrived"),
             .subject = m_imapHost,
             .detail = Text::tr("The test email was not found in %1 after %n second(s) (searched: %2).",
                                nullptr, static_cast<int>(r.elapsedMs / 1000))
                           .arg(m_imapHost, r.foldersSearched.join(QStringLiteral(", ")))},
            Advice{
                Text::tr("It has not arrived"),
                {Text::tr("Check that the IMAP account is the mailbox the test was sent to."),
                 Text::tr(
                     "The receiving server may still be holding it back (greylisting); try again in a few "
                     "minutes."),
                 Text::tr("If the provider reports it delivered, the receiving side filtered it out: check "
                          "its quarantine and the DNS checks.")}}};
        out.prepend(missing);
        Q_EMIT levelReached(DeliveryLevel::Arrived, Severity::Error, missing.detail);
    } else if (!r.findings.isEmpty()) {
        Q_EMIT levelReached(DeliveryLevel::Arrived, r.findings.last().severity(), r.findings.last().detail);
    }
    m_imapFindings = out;
    if (m_imap) {
        m_imap->deleteLater();
    }
    maybeFinish();
}

// The receiver said SPF, DKIM or DMARC failed: the From domain's DNS report names the record
// to fix. Only its findings about the failing mechanisms are added, problems first.
void DeliveryVerifier::explainFailures(const Findings& auth)
{
    QStringList prefixes;
    for (const Finding& f : auth) {
        if (f.severity() != Severity::Error)
            continue;
        if (f.id == QLatin1String("delivery.auth.spf"))
            prefixes << QStringLiteral("spf.") << QStringLiteral("returnpath.");
        else if (f.id == QLatin1String("delivery.auth.dkim"))
            prefixes << QStringLiteral("dkim.");
        else if (f.id == QLatin1String("delivery.auth.dmarc"))
            prefixes << QStringLiteral("dmarc.") << QStringLiteral("alignment.");
    }
    if (prefixes.isEmpty() || m_request.fromDomain.isEmpty())
        return;
    auto* holder = new QObject(this);
    m_dnsHolder = holder;
    dns::Resolver* resolver =
        m_request.resolverFactory ? m_request.resolverFactory(holder) : dns::createSystemResolver(holder);
    dns::DomainReportOptions options;
    options.domain = m_request.fromDomain;
    options.mailerId = m_mailerId;
    // The selector the message was signed with, as the receiver saw it (header.s=).
    const QString selector = m_report.auth.dkimResult.property(QStringLiteral("header.s"));
    if (!selector.isEmpty())
        options.extraSelectors << selector;
    auto* report = new dns::DomainReport(resolver, options, holder);
    m_dnsPending = true;
    Q_EMIT progress(
        Text::tr("Looking up the DNS records of %1 to see what to fix…").arg(m_request.fromDomain));
    connect(report, &dns::DomainReport::finished, this, [this, report, holder, prefixes] {
        Findings related;
        for (const Finding& f : report->findings()) {
            const bool problem = f.severity() == Severity::Error || f.severity() == Severity::Warning;
            const bool relevant = std::any_of(prefixes.cbegin(), prefixes.cend(),
                                              [&f](const QString& p) { return f.id.startsWith(p); });
            if (problem && relevant)
                related.append(f);
        }
        if (related.isEmpty()) {
            related.append(Finding{
                Severity::Info,
                {.id = QStringLiteral("delivery.auth.dns_looks_fine"),
                 .subject = m_request.fromDomain,
                 .detail = Text::tr("The DNS records of %1 look right from here; if they were changed "
                                    "recently, the receiver may still have the old ones cached.")
                               .arg(m_request.fromDomain)}});
        }
        m_imapFindings.append(related);
        m_dnsPending = false;
        holder->deleteLater();
        maybeFinish();
    });
    report->start();
}

void DeliveryVerifier::maybeFinish()
{
    if (!isRunning() || !m_statusDone || !m_imapDone || m_dnsPending) {
        return;
    }
    m_report.findings.append(m_statusFindings);
    m_report.findings.append(m_imapFindings);
    finishJob();
}

void DeliveryVerifier::emitFinished()
{
    m_report.elapsedMs = elapsedMs();
    Q_EMIT finished(m_report);
}

} // namespace postino
