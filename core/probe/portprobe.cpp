#include "portprobe.h"

#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"
#include "smtp/smtpreply.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <algorithm>

namespace postino {

namespace {

class Probe
{
    Q_DECLARE_TR_FUNCTIONS(Probe)
};

constexpr qsizetype kMaxHttpBytes = 8 * 1024;

QString where(const PortResult& r)
{
    return r.host + QLatin1Char(':') + QString::number(r.port);
}

QString joined(const QStringList& parts)
{
    return parts.join(QStringLiteral(", "));
}

} // namespace

// What to do about a port that does not work, by its outcome.
Advice probePortAdvice(const PortResult& r)
{
    const QString otherPorts = Probe::tr("Use a port marked usable in this list; if none is, send through an "
                                         "API mailer over HTTPS (port 443) instead.");
    switch (r.outcome) {
    case PortResult::Outcome::Usable:
        break;
    case PortResult::Outcome::NotTested:
        return {Probe::tr("Run the check again"),
                {Probe::tr("The check stopped before this port finished; run it again, and allow more time "
                           "if the network is slow.")}};
    case PortResult::Outcome::Blocked:
        return {Probe::tr("Use another port or ask for this one to be opened"),
                {otherPorts, Probe::tr("Ask your hosting provider or network administrator whether outgoing "
                                       "port %1 can be opened.")
                                 .arg(r.port)}};
    case PortResult::Outcome::Refused:
        return {Probe::tr("Check the port"),
                {Probe::tr("Check in your provider's instructions that %1 takes mail on port %2.")
                     .arg(r.host)
                     .arg(r.port),
                 otherPorts}};
    case PortResult::Outcome::Intercepted:
        return {Probe::tr("Use your host's relay or an API mailer"),
                {Probe::tr("Ask your hosting provider for its mail relay and use it as the SMTP server."),
                 otherPorts}};
    case PortResult::Outcome::TlsProblem:
        return {Probe::tr("Check the encryption for this port"),
                {Probe::tr("Port 465 expects SSL from the start; ports 587, 25 and 2525 expect STARTTLS."),
                 Probe::tr("Postino never sends a password without encryption: use a port that offers it.")}};
    case PortResult::Outcome::NotSmtp:
        return {
            Probe::tr("Check the host and port"),
            {Probe::tr("Copy the SMTP host and port again from your provider's instructions."), otherPorts}};
    case PortResult::Outcome::HostNotFound:
        return {Probe::tr("Check the host name"),
                {Probe::tr("Copy the host name exactly from your provider's instructions, for example "
                           "smtp.example.com.")}};
    }
    return {};
}

namespace {

// The summary finding for one port, from its outcome.
Finding summary(const PortResult& r)
{
    Finding f;
    f.id = QStringLiteral("probe.port_") + probeOutcomeName(r.outcome);
    f.subject = where(r);
    switch (r.outcome) {
    case PortResult::Outcome::Usable:
        f.detail = r.https ? Probe::tr("HTTPS to %1 works (%2).").arg(where(r), r.httpStatus)
                           : Probe::tr("Port %1 works: %2 answered, encrypted with %3.")
                                 .arg(r.port)
                                 .arg(r.greetingName, r.tlsVersion);
        break;
    case PortResult::Outcome::Blocked:
        f.detail = Probe::tr("Port %1 is blocked: no answer at all, most likely a firewall on this network "
                             "drops the connection.")
                       .arg(r.port);
        break;
    case PortResult::Outcome::Refused:
        f.detail =
            Probe::tr("Port %1 was refused: nothing listens there, or a firewall rejects it.").arg(r.port);
        break;
    case PortResult::Outcome::Intercepted:
        f.detail =
            Probe::tr("On port %1 the server %2 answered instead of %3, and it could not prove to be %3: "
                      "the network (often the hosting provider) redirects mail connections to its own "
                      "server.")
                .arg(r.port)
                .arg(r.greetingName, r.host);
        break;
    case PortResult::Outcome::TlsProblem:
        f.detail = Probe::tr("Port %1 answers, but encryption does not work there.").arg(r.port);
        break;
    case PortResult::Outcome::NotSmtp:
        f.detail = r.https
                       ? Probe::tr("%1 answers, but not with HTTPS.").arg(where(r))
                       : Probe::tr("Something answers on port %1, but it is not an SMTP server.").arg(r.port);
        break;
    case PortResult::Outcome::HostNotFound:
        f.detail = Probe::tr("The name %1 could not be found.").arg(r.host);
        break;
    case PortResult::Outcome::NotTested:
        f.detail = Probe::tr("Port %1 was not tested to the end.").arg(r.port);
        break;
    }
    // Keep the cause the session found, in plain words.
    if (r.outcome != PortResult::Outcome::Usable && !r.findings.isEmpty() &&
        r.outcome != PortResult::Outcome::Blocked && r.outcome != PortResult::Outcome::Refused &&
        r.outcome != PortResult::Outcome::HostNotFound) {
        f.detail += QLatin1Char(' ') + r.findings.constLast().detail;
    }
    if (r.outcome == PortResult::Outcome::Usable) {
        f.setSeverity(Severity::Ok);
    } else {
        f.setSeverity(Severity::Warning, probePortAdvice(r));
    }
    return f;
}

Advice timeoutAdvice()
{
    return {Probe::tr("Try another port or network"),
            {Probe::tr("Use a port marked usable in this list; a firewall often drops the others."),
             Probe::tr("Run the same check on your web server: that is where the mail leaves from.")}};
}

// Order of preference among usable SMTP ports: submission ports first, 25 last.
int rank(const PortResult& r)
{
    switch (r.port) {
    case 587:
        return 0;
    case 465:
        return 1;
    case 2525:
        return 2;
    case 25:
        return 9;
    default:
        return 3;
    }
}

PortResult::Outcome outcomeFromFailure(const SmtpResult& r, SmtpSecurity security)
{
    const QString id = r.findings.isEmpty() ? QString() : r.findings.constLast().id;
    if (id == QLatin1String("smtp.host_not_found")) {
        return PortResult::Outcome::HostNotFound;
    }
    if (id == QLatin1String("smtp.connection_refused")) {
        return PortResult::Outcome::Refused;
    }
    if (id.startsWith(QLatin1String("smtp.tls")) || id == QLatin1String("smtp.starttls_not_offered")) {
        return PortResult::Outcome::TlsProblem;
    }
    switch (r.failedStage) {
    case SmtpStage::Connect:
        return PortResult::Outcome::Blocked; // a connect timeout or an unreachable network
    case SmtpStage::TlsHandshake:
    case SmtpStage::StartTls:
        return PortResult::Outcome::TlsProblem;
    case SmtpStage::Greeting:
        if (security == SmtpSecurity::Tls && !r.encrypted) {
            return PortResult::Outcome::TlsProblem;
        }
        // Connected, then not one word: something in between (a firewall or proxy) holds it.
        if (!r.lastReply &&
            (id == QLatin1String("smtp.no_greeting") || id == QLatin1String("smtp.no_response"))) {
            return PortResult::Outcome::Blocked;
        }
        // A "554" greeting is an SMTP server refusing this client.
        if (r.lastReply && r.lastReply->code >= 400 && r.lastReply->code < 600) {
            return PortResult::Outcome::Refused;
        }
        return PortResult::Outcome::NotSmtp;
    default:
        return PortResult::Outcome::NotSmtp;
    }
}

} // namespace

QString probeOutcomeName(PortResult::Outcome outcome)
{
    switch (outcome) {
    case PortResult::Outcome::Usable:
        return QStringLiteral("usable");
    case PortResult::Outcome::Blocked:
        return QStringLiteral("blocked");
    case PortResult::Outcome::Refused:
        return QStringLiteral("refused");
    case PortResult::Outcome::Intercepted:
        return QStringLiteral("intercepted");
    case PortResult::Outcome::TlsProblem:
        return QStringLiteral("tls_problem");
    case PortResult::Outcome::NotSmtp:
        return QStringLiteral("not_smtp");
    case PortResult::Outcome::HostNotFound:
        return QStringLiteral("host_not_found");
    case PortResult::Outcome::NotTested:
        break;
    }
    return QStringLiteral("not_tested");
}

QString probeEncryptionName(bool https, SmtpSecurity security)
{
    if (https) {
        return QStringLiteral("HTTPS");
    }
    switch (security) {
    case SmtpSecurity::Tls:
        return QStringLiteral("SSL");
    case SmtpSecurity::StartTls:
        return QStringLiteral("STARTTLS");
    case SmtpSecurity::None:
        break;
    }
    return Probe::tr("none");
}

QString probeOutcomeText(PortResult::Outcome outcome)
{
    switch (outcome) {
    case PortResult::Outcome::Usable:
        return Probe::tr("usable");
    case PortResult::Outcome::Blocked:
        return Probe::tr("blocked");
    case PortResult::Outcome::Refused:
        return Probe::tr("refused");
    case PortResult::Outcome::Intercepted:
        return Probe::tr("intercepted");
    case PortResult::Outcome::TlsProblem:
        return Probe::tr("TLS problem");
    case PortResult::Outcome::NotSmtp:
        return Probe::tr("not SMTP");
    case PortResult::Outcome::HostNotFound:
        return Probe::tr("host not found");
    case PortResult::Outcome::NotTested:
        break;
    }
    return Probe::tr("not tested");
}

QJsonObject PortResult::toJson() const
{
    QJsonArray list;
    for (const Finding& f : findings) {
        list.append(f.toJson());
    }
    return QJsonObject{
        {QStringLiteral("host"), host},
        {QStringLiteral("address"), address},
        {QStringLiteral("unanswered"), QJsonArray::fromStringList(unanswered)},
        {QStringLiteral("port"), port},
        {QStringLiteral("security"), https ? QStringLiteral("https") : SmtpSettings::securityName(security)},
        {QStringLiteral("outcome"), probeOutcomeName(outcome)},
        {QStringLiteral("greetingName"), greetingName},
        {QStringLiteral("startTls"), startTls},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(capabilities)},
        {QStringLiteral("authMechanisms"), QJsonArray::fromStringList(authMechanisms)},
        {QStringLiteral("tlsVersion"), tlsVersion},
        {QStringLiteral("cipher"), cipher},
        {QStringLiteral("certificateSubject"), certificateSubject},
        {QStringLiteral("certificateIssuer"), certificateIssuer},
        {QStringLiteral("certificateExpiry"),
         certificateExpiry.isValid() ? certificateExpiry.toString(Qt::ISODate) : QString()},
        {QStringLiteral("httpStatus"), httpStatus},
        {QStringLiteral("elapsedMs"), elapsedMs},
        {QStringLiteral("findings"), list},
    };
}

ProbeTarget ProbeTarget::forMailer(const MailerInfo& mailer, const QJsonObject& settings,
                                   const QString& hostOverride)
{
    ProbeTarget t;
    const ResolvedMailer resolved = resolveMailer(mailer, settings);
    const QJsonObject& s = resolved.settings;
    if (!mailer.relayHost.isEmpty()) {
        // Relay hosts may name a setting or a region, e.g. email-smtp.{region}.amazonaws.com.
        t.host = resolved.relayHost;
        t.providerOffersTls = true; // the catalog lists only encrypted relay ports
        for (const SmtpPort& p : mailer.relayPorts) {
            t.ports.append(ProbePort{static_cast<quint16>(p.port),
                                     SmtpSettings::securityFromName(p.security == QLatin1String("starttls")
                                                                        ? QStringLiteral("tls")
                                                                        : p.security)});
        }
    } else if (mailer.kind == MailerKind::Smtp) {
        t.host = s.value(QLatin1String("host")).toString().trimmed();
    }
    if (!hostOverride.isEmpty()) {
        t.host = hostOverride;
    }
    if (!t.host.isEmpty() && t.ports.isEmpty()) {
        t.ports = {{25, SmtpSecurity::StartTls},
                   {465, SmtpSecurity::Tls},
                   {587, SmtpSecurity::StartTls},
                   {2525, SmtpSecurity::StartTls}};
    }
    if (mailer.kind == MailerKind::Smtp && hostOverride.isEmpty()) {
        // The port the user configured comes first, with the encryption they chose.
        const QJsonValue portValue = s.value(QLatin1String("port"));
        const int configured = portValue.isString() ? portValue.toString().toInt() : portValue.toInt();
        const SmtpSecurity security =
            SmtpSettings::securityFromName(s.value(QLatin1String("encryption")).toString());
        if (configured > 0 && configured < 65536) {
            t.ports.erase(std::remove_if(t.ports.begin(), t.ports.end(),
                                         [configured](const ProbePort& p) { return p.port == configured; }),
                          t.ports.end());
            t.ports.prepend(ProbePort{static_cast<quint16>(configured), security});
        }
    }
    if (mailer.kind != MailerKind::Smtp || !mailer.relayHost.isEmpty()) {
        t.apiHost = mailer.apiHost(s);
    }
    return t;
}

PortProbe::PortProbe(QObject* parent)
    : Job(QStringLiteral("probe"), parent)
{
    qRegisterMetaType<PortResult>();
    qRegisterMetaType<ProbeReport>();
    m_deadline.setSingleShot(true);
    m_silentDeadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a port would be called silent before its time.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_silentDeadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &PortProbe::onDeadline);
    connect(&m_silentDeadline, &QTimer::timeout, this, &PortProbe::onSilentDeadline);
}

PortProbe::~PortProbe()
{
    for (const int id : std::as_const(m_lookups)) {
        QHostInfo::abortHostLookup(id);
    }
    for (Slot& slot : m_slots) {
        releaseSlot(slot);
    }
}

void PortProbe::abortAttempt(Attempt& attempt)
{
    dropPart(attempt.client);
    attempt.client = nullptr;
    if (attempt.socket) {
        attempt.socket->disconnect(this);
        attempt.socket->abort();
        attempt.socket->deleteLater();
        attempt.socket = nullptr;
    }
}

// Ends every connection of a slot and its race; the result stays.
void PortProbe::releaseSlot(Slot& slot)
{
    if (slot.race) {
        slot.race->disconnect(this);
        slot.race->stop();
        slot.race->deleteLater();
        slot.race = nullptr;
    }
    for (Attempt& attempt : slot.attempts) {
        abortAttempt(attempt);
    }
    dropPart(slot.client);
    slot.client = nullptr;
    if (slot.socket) {
        slot.socket->disconnect(this);
        slot.socket->abort();
        slot.socket->deleteLater();
        slot.socket = nullptr;
    }
}

void PortProbe::start(const ProbeTarget& target)
{
    restartWith(m_target, target);
}

void PortProbe::doStart()
{
    ++m_generation;
    m_slots.clear();
    m_addresses.clear();
    m_lookups.clear();
    m_hostAddresses.clear();
    for (const ProbePort& p : m_target.ports) {
        Slot slot;
        slot.result.host = m_target.host;
        slot.result.port = p.port;
        slot.result.security = p.security;
        m_slots.append(slot);
    }
    if (!m_target.apiHost.isEmpty()) {
        Slot slot;
        slot.result.host = m_target.apiHost;
        slot.result.port = m_target.apiPort;
        slot.result.security = SmtpSecurity::Tls;
        slot.result.https = true;
        m_slots.append(slot);
    }
    if (m_slots.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation) {
                finishAll();
            }
        });
        return;
    }
    lookup(m_target.host);
    lookup(m_target.apiHost);
    const int count = static_cast<int>(m_slots.size());
    const int timeout = std::max(1, m_target.timeoutMs);
    // Every port starts well before the silent deadline, however many there are.
    const int stagger = std::clamp(m_target.staggerMs, 0, timeout / (2 * count));
    // Silence is judged from the probe's start, so the stagger does not lengthen a run whose
    // late ports are silent; ports that answered get the stagger tail to finish their session.
    m_silentDeadline.start(timeout);
    m_deadline.start(timeout + stagger * (count - 1));
    for (int i = 0; i < count; ++i) {
        if (i == 0 || stagger == 0) {
            startSlot(i);
            continue;
        }
        QTimer::singleShot(stagger * i, this, [this, i, generation = m_generation] {
            if (isRunning() && generation == m_generation) {
                startSlot(i);
            }
        });
    }
}

// All A and AAAA addresses of a host, once per probe; its ports start their races when done.
void PortProbe::lookup(const QString& host)
{
    if (host.isEmpty() || m_lookups.contains(host) || m_hostAddresses.contains(host)) {
        return;
    }
    const QHostAddress literal(host);
    if (!literal.isNull()) {
        m_hostAddresses.insert(host, {literal});
        if (host == m_target.host || m_target.host.isEmpty()) {
            m_addresses = {literal.toString()};
        }
        return;
    }
    const int id =
        QHostInfo::lookupHost(host, this, [this, host, generation = m_generation](const QHostInfo& info) {
            if (generation != m_generation || !isRunning()) {
                return;
            }
            m_lookups.remove(host);
            // An empty list (the name was not found) lets the attempt connect by name, so the
            // socket's own error names the problem.
            m_hostAddresses.insert(host, info.addresses());
            if (host == m_target.host || m_target.host.isEmpty()) {
                for (const QHostAddress& a : info.addresses()) {
                    m_addresses.append(a.toString());
                }
            }
            for (int i = 0; i < m_slots.size(); ++i) {
                if (m_slots.at(i).waitingForLookup && m_slots.at(i).result.host == host &&
                    !m_slots.at(i).done) {
                    m_slots[i].waitingForLookup = false;
                    startRace(i);
                }
            }
        });
    if (!m_hostAddresses.contains(host)) { // not answered from the cache during lookupHost()
        m_lookups.insert(host, id);
    }
}

Finding PortProbe::cancelledFinding() const
{
    return Finding{Severity::Info,
                   {.id = QStringLiteral("probe.cancelled"),
                    .subject = findingSubject(),
                    .detail = Probe::tr("Cancelled.")}};
}

void PortProbe::doCancel()
{
    stopTimersAndLookups();
}

// Every port still under way ends with the reason (cancelled, deadline), so each is accounted for.
void PortProbe::addEndingFinding(const Finding& finding)
{
    for (int i = 0; i < m_slots.size(); ++i) {
        if (!m_slots.at(i).done) {
            Finding perPort = finding;
            perPort.subject = where(m_slots.at(i).result);
            stopSlot(i, PortResult::Outcome::NotTested, perPort);
        }
    }
    composeReport();
    m_report.findings.append(finding);
}

void PortProbe::startSlot(int index)
{
    Slot& slot = m_slots[index];
    if (slot.started || slot.done) {
        return;
    }
    slot.started = true;
    slot.elapsed.start();
    if (m_hostAddresses.contains(slot.result.host)) {
        startRace(index);
    } else {
        slot.waitingForLookup = true;
    }
}

void PortProbe::startRace(int index)
{
    auto* race = new ConnectRace(this);
    m_slots[index].race = race;
    m_slots[index].stage = SmtpStage::Connect;
    const bool https = m_slots.at(index).result.https;
    connect(race, &ConnectRace::startAttempt, this,
            [this, index, https](int attempt, const QHostAddress& address) {
                Slot& slot = m_slots[index];
                if (slot.attempts.size() <= attempt) {
                    slot.attempts.resize(attempt + 1);
                }
                if (https) {
                    startHttpsAttempt(index, attempt, address);
                } else {
                    startSmtpAttempt(index, attempt, address);
                }
            });
    connect(race, &ConnectRace::abortAttempt, this,
            [this, index](int attempt) { abortAttempt(m_slots[index].attempts[attempt]); });
    connect(race, &ConnectRace::won, this, [this, index](int attempt) { onAttemptWon(index, attempt); });
    connect(race, &ConnectRace::allFailed, this, [this, index] { onAllAttemptsFailed(index); });
    race->start(m_hostAddresses.value(m_slots.at(index).result.host), m_target.attemptDelayMs);
}

void PortProbe::onAttemptWon(int index, int attempt)
{
    Slot& slot = m_slots[index];
    Attempt& winner = slot.attempts[attempt];
    slot.client = winner.client;
    slot.socket = winner.socket;
    winner = Attempt{};
    const QHostAddress address = slot.race->addresses().at(attempt);
    slot.result.address = address.isNull() ? QString() : address.toString();
    if (slot.socket) {
        slot.stage = SmtpStage::TlsHandshake; // HTTPS: connected, now the handshake
    }
}

void PortProbe::onAllAttemptsFailed(int index)
{
    Slot& slot = m_slots[index];
    if (slot.done) {
        return;
    }
    if (slot.result.https) {
        httpsFailed(index, slot.httpsError, slot.httpsErrorText);
    } else if (slot.failure) {
        const SmtpResult failure = *slot.failure;
        onSmtpFinished(index, failure);
    }
}

void PortProbe::startSmtpAttempt(int index, int attempt, const QHostAddress& address)
{
    Slot& slot = m_slots[index];
    SmtpSettings s;
    s.host = slot.result.host;
    s.connectAddress = address.isNull() ? QString() : address.toString();
    s.port = slot.result.port;
    s.security = slot.result.security;
    s.autoTls = true;
    s.authenticate = false;
    s.extraCaCertificates = m_target.extraCa;
    s.heloName = QStringLiteral("probe.postino.invalid");
    s.timeouts.connectMs = s.timeouts.greetingMs = s.timeouts.commandMs = s.timeouts.dataEndMs =
        m_target.timeoutMs;
    auto* client = new SmtpClient(this);
    slot.attempts[attempt].client = client;
    connect(client, &SmtpClient::stageChanged, this, [this, index, client, attempt](SmtpStage stage) {
        Slot& own = m_slots[index];
        if (own.client == client) {
            own.stage = stage;
        } else if (stage != SmtpStage::Idle && stage != SmtpStage::Connect && own.race) {
            own.race->connected(attempt); // TCP is up: this address wins
            if (own.client == client) {
                own.stage = stage;
            }
        }
    });
    connect(client, &SmtpClient::transcript, this, [this, index, client](const TranscriptLine& line) {
        if (m_slots.at(index).client != client) {
            return;
        }
        PortResult& r = m_slots[index].result;
        if (line.direction == TranscriptLine::Direction::Server && r.greetingName.isEmpty() &&
            (line.text.startsWith(QLatin1String("220 ")) || line.text.startsWith(QLatin1String("220-")))) {
            r.greetingName = line.text.mid(4).section(QLatin1Char(' '), 0, 0);
        }
    });
    connect(client, &SmtpClient::finished, this, [this, index, client, attempt](const SmtpResult& result) {
        Slot& own = m_slots[index];
        if (own.client == client) {
            onSmtpFinished(index, result);
            return;
        }
        // This address could not be reached: keep the most telling failure, try the next.
        const auto refused = [](const SmtpResult& r) {
            return !r.findings.isEmpty() &&
                   r.findings.constLast().id == QLatin1String("smtp.connection_refused");
        };
        if (!own.failure || (refused(result) && !refused(*own.failure))) {
            own.failure = result;
        }
        Attempt& a = own.attempts[attempt];
        if (a.client) {
            a.client->disconnect(this);
            a.client->deleteLater();
            a.client = nullptr;
        }
        if (own.race) {
            own.race->failed(attempt);
        }
    });
    client->probeSession(s);
}

void PortProbe::onSmtpFinished(int index, const SmtpResult& sr)
{
    Slot& slot = m_slots[index];
    if (slot.done) {
        return;
    }
    if (slot.client) {
        slot.client->disconnect(this);
        slot.client->deleteLater();
        slot.client = nullptr;
    }
    PortResult& r = slot.result;
    r.findings = sr.findings;
    r.capabilities = sr.capabilities;
    r.tlsVersion = sr.tlsProtocol;
    r.cipher = sr.tlsCipher;
    if (!sr.peerCertificate.isNull()) {
        r.certificateSubject = joined(sr.peerCertificate.subjectInfo(QSslCertificate::CommonName));
        r.certificateIssuer = joined(sr.peerCertificate.issuerInfo(QSslCertificate::Organization) +
                                     sr.peerCertificate.issuerInfo(QSslCertificate::CommonName));
        r.certificateExpiry = sr.peerCertificate.expiryDate();
    }
    r.startTls = sr.encrypted && r.security != SmtpSecurity::Tls;
    for (const QString& line : sr.capabilities) {
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty() && words.first().compare(QLatin1String("AUTH"), Qt::CaseInsensitive) == 0) {
            for (const QString& m : words.mid(1)) {
                if (!r.authMechanisms.contains(m.toUpper())) {
                    r.authMechanisms.append(m.toUpper());
                }
            }
        }
    }
    // A greeting that names another domain is only a hint (providers greet with their machines'
    // names). Interception needs evidence: a certificate that fails for the host asked for, or no
    // STARTTLS where the catalog says this provider offers it. A verified certificate disproves it.
    const bool otherName = findById(sr.findings, QStringLiteral("smtp.greeting_host_mismatch")) != nullptr;
    if (sr.ok && sr.encrypted) {
        r.outcome = PortResult::Outcome::Usable;
    } else if (sr.ok) {
        r.outcome = otherName && m_target.providerOffersTls ? PortResult::Outcome::Intercepted
                                                            : PortResult::Outcome::TlsProblem;
        r.findings.append(Finding{
            Severity::Warning,
            {.id = QStringLiteral("probe.no_encryption"),
             .subject = where(r),
             .detail = Probe::tr("The server on port %1 does not offer encryption (STARTTLS).").arg(r.port)},
            Advice{Probe::tr("Use an encrypted port"),
                   {Probe::tr("Passwords must never travel in clear text: use a port that offers TLS.")}}});
    } else {
        r.outcome = outcomeFromFailure(sr, r.security);
        const QString cause = sr.findings.isEmpty() ? QString() : sr.findings.constLast().id;
        if (otherName && cause.startsWith(QLatin1String("smtp.tls."))) {
            r.outcome = PortResult::Outcome::Intercepted;
        }
    }
    finishSlot(index);
}

void PortProbe::startHttpsAttempt(int index, int attempt, const QHostAddress& address)
{
    Slot& slot = m_slots[index];
    auto* socket = new QSslSocket(this);
    slot.attempts[attempt].socket = socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_target.extraCa.isEmpty()) {
        tls.addCaCertificates(m_target.extraCa);
    }
    socket->setSslConfiguration(tls);
    socket->setPeerVerifyName(slot.result.host);
    connect(socket, &QSslSocket::connected, this, [this, index, attempt] {
        if (m_slots.at(index).race) {
            m_slots[index].race->connected(attempt); // TCP is up: this address wins
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this, index, socket] {
        Slot& s = m_slots[index];
        s.encrypted = true;
        s.stage = SmtpStage::Greeting; // waiting for the HTTP status line
        const QSslCipher cipher = socket->sessionCipher();
        const QSslCertificate peer = socket->peerCertificate();
        s.result.tlsVersion = cipher.protocolString();
        s.result.cipher = cipher.name();
        s.result.certificateSubject = joined(peer.subjectInfo(QSslCertificate::CommonName));
        s.result.certificateIssuer = joined(peer.issuerInfo(QSslCertificate::Organization) +
                                            peer.issuerInfo(QSslCertificate::CommonName));
        s.result.certificateExpiry = peer.expiryDate();
        socket->write("HEAD / HTTP/1.1\r\nHost: " + s.result.host.toUtf8() +
                      "\r\nUser-Agent: Postino\r\nConnection: close\r\n\r\n");
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, index](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& e : errors) {
            texts << e.errorString();
        }
        PortResult& r = m_slots[index].result;
        r.findings.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("probe.https_certificate"),
             .subject = where(r),
             .detail = Probe::tr("The certificate of %1 is not valid: %2").arg(r.host, joined(texts))},
            Advice{Probe::tr("Check what answers in the API's place"),
                   {Probe::tr("A proxy, antivirus or captive portal on this network may answer "
                              "for the API host; try another network."),
                    Probe::tr("Check that this computer's date and time are correct.")}}});
    });
    connect(socket, &QSslSocket::readyRead, this, [this, index] { onHttpsRead(index); });
    connect(socket, &QSslSocket::errorOccurred, this, [this, index, socket, attempt] {
        Slot& own = m_slots[index];
        if (own.socket == socket) {
            onHttpsError(index);
            return;
        }
        // This address could not be reached: keep the most telling error, try the next.
        if (own.httpsErrorText.isEmpty() || socket->error() == QAbstractSocket::ConnectionRefusedError) {
            own.httpsError = socket->error();
            own.httpsErrorText = socket->errorString();
        }
        abortAttempt(own.attempts[attempt]);
        if (own.race) {
            own.race->failed(attempt);
        }
    });
    socket->connectToHostEncrypted(address.isNull() ? slot.result.host : address.toString(), slot.result.port,
                                   slot.result.host);
}

void PortProbe::onHttpsRead(int index)
{
    Slot& slot = m_slots[index];
    if (slot.done || !slot.socket) {
        return;
    }
    slot.buffer.append(slot.socket->read(kMaxHttpBytes));
    const qsizetype nl = slot.buffer.indexOf('\n');
    if (nl < 0 && slot.buffer.size() < kMaxHttpBytes) {
        return;
    }
    const QString line = QString::fromUtf8(slot.buffer.left(nl < 0 ? 200 : nl)).trimmed();
    slot.result.httpStatus = line;
    slot.result.outcome =
        line.startsWith(QLatin1String("HTTP/")) ? PortResult::Outcome::Usable : PortResult::Outcome::NotSmtp;
    slot.socket->disconnect(this);
    slot.socket->abort();
    slot.socket->deleteLater();
    slot.socket = nullptr;
    finishSlot(index);
}

void PortProbe::onHttpsError(int index)
{
    Slot& slot = m_slots[index];
    if (slot.done || !slot.socket) {
        return;
    }
    httpsFailed(index, slot.socket->error(), slot.socket->errorString());
}

void PortProbe::httpsFailed(int index, QAbstractSocket::SocketError error, const QString& text)
{
    Slot& slot = m_slots[index];
    PortResult& r = slot.result;
    if (error == QAbstractSocket::HostNotFoundError) {
        r.outcome = PortResult::Outcome::HostNotFound;
    } else if (error == QAbstractSocket::ConnectionRefusedError) {
        r.outcome = PortResult::Outcome::Refused;
    } else if (!slot.encrypted && slot.stage != SmtpStage::Connect) {
        r.outcome = PortResult::Outcome::TlsProblem;
    } else if (slot.stage == SmtpStage::Connect) {
        r.outcome = PortResult::Outcome::Blocked;
    } else {
        r.outcome = PortResult::Outcome::NotSmtp;
    }
    r.findings.append(
        Finding{Severity::Warning,
                {.id = QStringLiteral("probe.https_error"), .subject = where(r), .detail = text},
                Advice{Probe::tr("Check the connection to the API host"),
                       {Probe::tr("Check that other HTTPS sites open from here; a proxy or "
                                  "firewall may allow only some of them.")}}});
    releaseSlot(slot);
    finishSlot(index);
}

void PortProbe::finishSlot(int index)
{
    concludeSlot(m_slots[index]);
    Q_EMIT portFinished(m_slots.at(index).result);
    if (isRunning() && std::all_of(m_slots.cbegin(), m_slots.cend(), [](const Slot& s) { return s.done; })) {
        finishAll();
    }
}

// Ends the slot's connections and puts the summary, then the addresses tried, before the details.
void PortProbe::concludeSlot(Slot& slot)
{
    PortResult& r = slot.result;
    if (slot.race) {
        for (const QHostAddress& a : slot.race->losers()) {
            if (!a.isNull()) {
                r.unanswered.append(a.toString());
            }
        }
    }
    releaseSlot(slot);
    slot.done = true;
    r.elapsedMs = slot.started ? slot.elapsed.elapsed() : 0;
    const Finding first = summary(r);
    if (!r.address.isEmpty() || r.unanswered.size() > 1) {
        Finding f;
        f.id = QStringLiteral("probe.address");
        f.subject = where(r);
        const QString others = joined(r.unanswered);
        if (r.address.isEmpty()) {
            f.detail = Probe::tr("No address of %1 connected: tried %2.").arg(r.host, others);
        } else if (r.unanswered.isEmpty()) {
            f.detail = Probe::tr("%1 answered at %2.").arg(r.host, r.address);
        } else {
            f.detail =
                Probe::tr("%1 answered at %2; no connection to %3 first.").arg(r.host, r.address, others);
        }
        r.findings.prepend(f);
    }
    r.findings.prepend(first);
}

void PortProbe::stopSlot(int index, PortResult::Outcome outcome, const Finding& finding)
{
    Slot& slot = m_slots[index];
    slot.result.outcome = outcome;
    slot.result.findings.append(finding);
    concludeSlot(slot);
    Q_EMIT portFinished(slot.result);
}

// A timeout after the start: every port without a connection by now is silent. Ports that
// connected keep going until the final deadline.
void PortProbe::onSilentDeadline()
{
    if (!isRunning()) {
        return;
    }
    const double waited = m_target.timeoutMs / 1000.0;
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots.at(i);
        if (slot.done || slot.client || slot.socket) {
            continue;
        }
        PortResult::Outcome outcome = PortResult::Outcome::Blocked;
        QString detail = Probe::tr("No answer to the connection within %1 s.").arg(waited);
        if (!slot.started) {
            outcome = PortResult::Outcome::NotTested;
        } else if (slot.waitingForLookup) {
            outcome = PortResult::Outcome::HostNotFound;
            detail = Probe::tr("The name %1 could not be looked up within %2 s.")
                         .arg(slot.result.host)
                         .arg(waited);
        }
        stopSlot(
            i, outcome,
            Finding{Severity::Warning,
                    {.id = QStringLiteral("probe.timeout"), .subject = where(slot.result), .detail = detail},
                    timeoutAdvice()});
    }
    if (std::all_of(m_slots.cbegin(), m_slots.cend(), [](const Slot& s) { return s.done; })) {
        finishAll();
    }
}

void PortProbe::onDeadline()
{
    if (!isRunning()) {
        return;
    }
    onSilentDeadline(); // normally already past; ends whatever never connected
    if (!isRunning()) {
        return;
    }
    for (int i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots.at(i);
        if (slot.done) {
            continue;
        }
        const int waited = m_target.timeoutMs;
        PortResult::Outcome outcome = PortResult::Outcome::NotSmtp;
        QString detail;
        switch (slot.stage) {
        case SmtpStage::Idle:
        case SmtpStage::Connect:
            outcome = slot.started ? PortResult::Outcome::Blocked : PortResult::Outcome::NotTested;
            detail = Probe::tr("No answer to the connection within %1 s.").arg(waited / 1000.0);
            break;
        case SmtpStage::TlsHandshake:
            outcome = PortResult::Outcome::TlsProblem;
            detail = Probe::tr("The encryption handshake did not finish within %1 s.").arg(waited / 1000.0);
            break;
        case SmtpStage::Greeting:
            // A firewall or proxy that accepts connections and passes nothing on looks like this.
            outcome = PortResult::Outcome::Blocked;
            detail = Probe::tr("The connection opened, but no server said a word within %1 s: something "
                               "between this computer and the server (a firewall or proxy) is holding it.")
                         .arg(waited / 1000.0);
            break;
        default:
            detail = Probe::tr("Connected, but no complete answer within %1 s.").arg(waited / 1000.0);
            break;
        }
        stopSlot(
            i, outcome,
            Finding{Severity::Warning,
                    {.id = QStringLiteral("probe.timeout"), .subject = where(slot.result), .detail = detail},
                    timeoutAdvice()});
    }
    finishAll();
}

void PortProbe::recommend(ProbeReport* report)
{
    using Outcome = PortResult::Outcome;
    QList<const PortResult*> smtp;
    const PortResult* api = nullptr;
    for (const PortResult& r : report->ports) {
        if (r.https) {
            api = &r;
        } else {
            smtp.append(&r);
        }
    }
    report->apiMailers.clear();
    QStringList apiNames;
    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        if (m.kind == MailerKind::Api) {
            report->apiMailers << m.id;
            apiNames << Catalog::tr(m.name);
        }
    }
    const PortResult* best = nullptr;
    for (const PortResult* r : smtp) {
        if (r->outcome == Outcome::Usable && (!best || rank(*r) < rank(*best))) {
            best = r;
        }
    }
    Finding& f = report->recommendation;
    f = Finding{};
    f.subject = report->host;
    report->recommendedPort = 0;
    if (best) {
        report->recommendedPort = best->port;
        report->recommendedSecurity = best->security;
        f.id = QStringLiteral("probe.recommend_port");
        f.subject = where(*best);
        const QString mode =
            best->security == SmtpSecurity::Tls ? Probe::tr("SSL/TLS from the start") : Probe::tr("STARTTLS");
        f.detail = Probe::tr("Use port %1 with %2: it works from this network.").arg(best->port).arg(mode);
        f.setSeverity(Severity::Ok,
                      Advice{Probe::tr("Set the port"),
                             {Probe::tr("Set Port to %1 and Encryption to %2.")
                                  .arg(best->port)
                                  .arg(best->security == SmtpSecurity::Tls ? QStringLiteral("SSL")
                                                                           : QStringLiteral("TLS"))}});
        return;
    }
    if (smtp.isEmpty()) {
        const bool ok = api && api->outcome == Outcome::Usable;
        f.id = ok ? QStringLiteral("probe.api_reachable") : QStringLiteral("probe.api_unreachable");
        f.subject = api ? where(*api) : report->host;
        f.detail = ok ? Probe::tr("The API host answers on HTTPS: this network can reach the mailer.")
                      : Probe::tr("The API host could not be reached over HTTPS from this network.");
        if (ok) {
            f.setSeverity(Severity::Ok);
        } else {
            f.setSeverity(
                Severity::Error,
                Advice{Probe::tr("Let this computer reach the mailer over HTTPS"),
                       {Probe::tr("Check that other HTTPS sites open from here; a proxy or firewall may "
                                  "allow only some of them."),
                        Probe::tr("Run the same check on your web server (\"Test from your web server\" "
                                  "or postino-cli probe there): that is where the mail leaves from.")}});
        }
        return;
    }
    const auto all = [&smtp](std::initializer_list<Outcome> outcomes) {
        return std::all_of(smtp.cbegin(), smtp.cend(), [&outcomes](const PortResult* r) {
            return std::find(outcomes.begin(), outcomes.end(), r->outcome) != outcomes.end();
        });
    };
    const bool intercepted = std::any_of(
        smtp.cbegin(), smtp.cend(), [](const PortResult* r) { return r->outcome == Outcome::Intercepted; });
    QStringList portList;
    for (const PortResult* r : smtp) {
        portList << QString::number(r->port);
    }
    const QString apiStep =
        Probe::tr("Use a mailer that sends over HTTPS (port 443) instead of SMTP: %1.").arg(joined(apiNames));
    const QString relayStep =
        Probe::tr("Or ask your hosting provider for its own mail relay (SMTP server) and "
                  "send through it.");
    Severity severity = Severity::Error;
    Advice advice;
    if (all({Outcome::HostNotFound})) {
        f.id = QStringLiteral("probe.host_not_found");
        f.detail = Probe::tr("The name %1 could not be found.").arg(report->host);
        advice = Advice{Probe::tr("Check the SMTP host name"),
                        {Probe::tr("Copy the host name exactly from your provider's instructions.")}};
    } else if (intercepted) {
        f.id = QStringLiteral("probe.use_host_relay");
        f.detail =
            Probe::tr("This network redirects mail connections to another server: %1 cannot be reached "
                      "directly.")
                .arg(report->host);
        advice = Advice{Probe::tr("Use your host's relay or an API mailer"),
                        {Probe::tr("Ask your hosting provider for its mail relay and use it as the SMTP "
                                   "server."),
                         apiStep}};
    } else if (all({Outcome::Blocked, Outcome::Refused})) {
        f.id = QStringLiteral("probe.smtp_blocked");
        f.detail =
            Probe::tr("This network blocks outgoing SMTP: none of the ports %1 on %2 could be reached.")
                .arg(portList.join(QStringLiteral(", ")), report->host);
        QStringList steps{apiStep, relayStep};
        if (api && api->outcome == Outcome::Usable) {
            severity = Severity::Warning; // this mailer's API still works
            steps.prepend(Probe::tr("The API host %1 answers on HTTPS: this mailer's API works from here.")
                              .arg(api->host));
        }
        advice = Advice{Probe::tr("Send over HTTPS instead"), steps};
    } else {
        f.id = QStringLiteral("probe.no_usable_port");
        f.detail = Probe::tr("No SMTP port on %1 works from this network; see each port for the reason.")
                       .arg(report->host);
        advice = Advice{Probe::tr("Check the server name and its certificate"), {apiStep, relayStep}};
    }
    f.setSeverity(severity, advice);
}

void PortProbe::stopTimersAndLookups()
{
    m_deadline.stop();
    m_silentDeadline.stop();
    for (const int id : std::as_const(m_lookups)) {
        QHostInfo::abortHostLookup(id);
    }
    m_lookups.clear();
}

void PortProbe::finishAll()
{
    if (!isRunning()) {
        return;
    }
    stopTimersAndLookups();
    composeReport();
    finishJob();
}

void PortProbe::composeReport()
{
    ProbeReport& report = m_report;
    report = ProbeReport();
    report.host = m_target.host.isEmpty() ? m_target.apiHost : m_target.host;
    report.addresses = m_addresses;
    for (const Slot& slot : m_slots) {
        report.ports.append(slot.result);
        if (!slot.result.findings.isEmpty()) {
            report.findings.append(slot.result.findings.first());
        }
    }
    recommend(&report);
    report.findings.append(report.recommendation);
    report.elapsedMs = elapsedMs();
}

} // namespace postino
