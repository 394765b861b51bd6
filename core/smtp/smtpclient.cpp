#include "smtpclient.h"

#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"
#include "dns/publicsuffix.h"
#include "profile/profile.h"
#include "smtp/smtpadvice.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace postino {

namespace {

// A server that sends more than this without a line break is not speaking SMTP.
constexpr qsizetype kMaxLineBytes = 64 * 1024;

QByteArray dotStuffed(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < message.size(); ++i) {
        const char c = message.at(i);
        if (lineStart && c == '.') {
            out.append('.');
        }
        // Bare LF is not allowed on the wire; normalise to CRLF.
        if (c == '\n' && (i == 0 || message.at(i - 1) != '\r')) {
            out.append('\r');
        }
        out.append(c);
        lineStart = c == '\n';
    }
    if (!out.endsWith("\r\n")) {
        out.append("\r\n");
    }
    out.append(".\r\n");
    return out;
}

QByteArray withCrlf(const QByteArray& message)
{
    QByteArray out;
    out.reserve(message.size() + message.size() / 50 + 2);
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) == '\n' && (i == 0 || message.at(i - 1) != '\r')) {
            out.append('\r');
        }
        out.append(message.at(i));
    }
    if (!out.endsWith("\r\n")) {
        out.append("\r\n");
    }
    return out;
}

QString queueIdFrom(const SmtpReply& reply)
{
    // Postfix: "2.0.0 Ok: queued as 4F3A2B1C0D"; others: "Message queued as <id>", "OK id=..."
    static const QRegularExpression re(QStringLiteral("(?:queued as|id=)\\s*<?([^\\s>]+)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(reply.text());
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QString certificateFingerprint(const QSslCertificate& certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        pairs << QString::fromLatin1(hex.mid(i, 2));
    }
    return pairs.join(QLatin1Char(':'));
}

QString smtpStageName(SmtpStage stage)
{
    switch (stage) {
    case SmtpStage::Idle:
    case SmtpStage::Done:
        return SmtpClient::tr("idle");
    case SmtpStage::Connect:
        return SmtpClient::tr("connecting");
    case SmtpStage::Greeting:
        return SmtpClient::tr("waiting for the greeting");
    case SmtpStage::Ehlo:
        return SmtpClient::tr("introducing Postino (EHLO)");
    case SmtpStage::StartTls:
        return SmtpClient::tr("starting TLS");
    case SmtpStage::TlsHandshake:
        return SmtpClient::tr("setting up encryption");
    case SmtpStage::Auth:
        return SmtpClient::tr("logging in");
    case SmtpStage::MailFrom:
        return SmtpClient::tr("sending the sender address (MAIL FROM)");
    case SmtpStage::RcptTo:
        return SmtpClient::tr("sending the recipient address (RCPT TO)");
    case SmtpStage::Data:
        return SmtpClient::tr("starting the message (DATA)");
    case SmtpStage::Message:
        return SmtpClient::tr("sending the message");
    case SmtpStage::Quit:
        return SmtpClient::tr("closing");
    }
    return {};
}

SmtpSecurity SmtpSettings::securityFromName(const QString& name)
{
    if (name == QLatin1String("ssl")) {
        return SmtpSecurity::Tls;
    }
    if (name == QLatin1String("none")) {
        return SmtpSecurity::None;
    }
    return SmtpSecurity::StartTls;
}

QString SmtpSettings::securityName(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls:
        return QStringLiteral("ssl");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::None:
        break;
    }
    return QStringLiteral("none");
}

QString SmtpSettings::securitySetting(SmtpSecurity security)
{
    return security == SmtpSecurity::StartTls ? QStringLiteral("tls") : securityName(security);
}

SmtpSettings SmtpSettings::fromProfile(const Profile& profile, const QByteArray& password)
{
    const MailerInfo& otherSmtp = *Catalog::builtin().otherSmtp();
    const QJsonObject s = resolveMailer(otherSmtp, profile.mailerSettings(otherSmtp.id)).settings;
    SmtpSettings out;
    out.host = s.value(QLatin1String("host")).toString().trimmed();
    const QJsonValue port = s.value(QLatin1String("port"));
    out.port = static_cast<quint16>(port.isString() ? port.toString().toInt() : port.toInt(587));
    out.security = securityFromName(s.value(QLatin1String("encryption")).toString());
    out.autoTls = s.value(QLatin1String("autotls")).toBool(true);
    out.authenticate = s.value(QLatin1String("auth")).toBool(true);
    out.username = s.value(QLatin1String("user")).toString().trimmed();
    out.password = password;
    out.pinnedCertificates =
        s.value(QLatin1String("trusted_cert_sha256")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    // Optional per-profile timeouts, in seconds.
    auto seconds = [&s](const char* key, int fallbackMs) {
        const int value = s.value(QLatin1String(key)).toInt();
        return value > 0 ? value * 1000 : fallbackMs;
    };
    out.timeouts.connectMs = seconds("timeout_connect", out.timeouts.connectMs);
    out.timeouts.greetingMs = seconds("timeout_greeting", out.timeouts.greetingMs);
    out.timeouts.commandMs = seconds("timeout_command", out.timeouts.commandMs);
    out.timeouts.dataEndMs = seconds("timeout_data_end", out.timeouts.dataEndMs);
    return out;
}

SmtpClient::SmtpClient(QObject* parent)
    : Job(QStringLiteral("smtp"), parent)
{
    qRegisterMetaType<SmtpResult>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpClient::onTimeout);
}

SmtpClient::~SmtpClient()
{
    if (m_socket) {
        m_socket->abort();
    }
}

void SmtpClient::send(const SmtpSettings& settings, const SmtpEnvelope& envelope)
{
    m_mode = Mode::Send;
    m_envelope = envelope;
    begin(settings);
}

void SmtpClient::checkCredentials(const SmtpSettings& settings)
{
    m_mode = Mode::Check;
    m_envelope = {};
    begin(settings);
}

void SmtpClient::probeGreeting(const SmtpSettings& settings)
{
    m_mode = Mode::Greeting;
    m_envelope = {};
    begin(settings);
}

void SmtpClient::probeSession(const SmtpSettings& settings)
{
    m_mode = Mode::Session;
    m_envelope = {};
    begin(settings);
}

void SmtpClient::begin(const SmtpSettings& settings)
{
    m_settings = settings;
    start();
}

void SmtpClient::doCancel()
{
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SmtpClient::addEndingFinding(const Finding& finding)
{
    m_result.ok = false;
    m_result.failedStage = m_stage;
    m_result.findings.append(finding);
}

void SmtpClient::doStart()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_result = SmtpResult();
    m_buffer.clear();
    m_parser = SmtpReplyParser{};
    m_caps = SmtpCapabilities{};
    m_usedHelo = m_secondEhlo = false;
    m_authStep = 0;
    m_nextRcpt = 0;
    m_pipelined = false;
    m_chunked = false;
    m_sslErrors.clear();

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty()) {
        tls.addCaCertificates(m_settings.extraCaCertificates);
    }
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_settings.host);
    connect(m_socket, &QSslSocket::connected, this, &SmtpClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpClient::onSslErrors);

    const QString security = m_settings.security == SmtpSecurity::Tls        ? tr("SSL/TLS from the start")
                             : m_settings.security == SmtpSecurity::StartTls ? tr("STARTTLS")
                                                                             : tr("no encryption");
    note(TranscriptLine::Direction::Info,
         tr("Connecting to %1 port %2 (%3)…").arg(m_settings.host).arg(m_settings.port).arg(security));
    setStage(SmtpStage::Connect, m_settings.timeouts.connectMs);
    const QString peer = m_settings.connectAddress.isEmpty() ? m_settings.host : m_settings.connectAddress;
    if (m_settings.security == SmtpSecurity::Tls) {
        m_socket->connectToHostEncrypted(peer, m_settings.port, m_settings.host);
    } else {
        m_socket->connectToHost(peer, m_settings.port);
    }
}

void SmtpClient::setStage(SmtpStage stage, int timeoutMs)
{
    m_stage = stage;
    if (timeoutMs > 0) {
        m_timer.start(timeoutMs);
    } else {
        m_timer.stop();
    }
    Q_EMIT stageChanged(stage);
}

QString SmtpClient::where() const
{
    return m_settings.host + QLatin1Char(':') + QString::number(m_settings.port);
}

void SmtpClient::onConnected()
{
    note(TranscriptLine::Direction::Info, tr("Connected to %1.").arg(m_socket->peerAddress().toString()));
    if (m_settings.security == SmtpSecurity::Tls) {
        setStage(SmtpStage::TlsHandshake, m_settings.timeouts.connectMs);
    } else {
        setStage(SmtpStage::Greeting, m_settings.timeouts.greetingMs);
    }
}

void SmtpClient::onEncrypted()
{
    m_result.encrypted = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    const QSslCertificate peer = m_socket->peerCertificate();
    m_result.peerCertificate = peer;
    m_result.tlsProtocol = cipher.protocolString();
    m_result.tlsCipher = cipher.name();
    note(TranscriptLine::Direction::Info,
         tr("Encrypted with %1, cipher %2.").arg(cipher.protocolString(), cipher.name()));
    auto name = [](const QStringList& parts) {
        return parts.join(QStringLiteral(", "));
    };
    note(TranscriptLine::Direction::Info, tr("Certificate for %1, issued by %2, valid until %3.")
                                              .arg(name(peer.subjectInfo(QSslCertificate::CommonName)),
                                                   name(peer.issuerInfo(QSslCertificate::Organization) +
                                                        peer.issuerInfo(QSslCertificate::CommonName)),
                                                   peer.expiryDate().toString(Qt::ISODate)));
    if (m_stage == SmtpStage::TlsHandshake && !m_secondEhlo && m_settings.security == SmtpSecurity::Tls) {
        setStage(SmtpStage::Greeting, m_settings.timeouts.greetingMs);
        return;
    }
    // After STARTTLS the session starts over (RFC 3207 §4.2): forget what was learnt in clear text.
    m_caps = SmtpCapabilities{};
    m_secondEhlo = true;
    sendEhlo();
}

void SmtpClient::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    const QSslCertificate peer = m_socket->peerCertificate();
    m_result.peerCertificate = peer;
    const QString fingerprint = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    if (!peer.isNull() && m_settings.pinnedCertificates.contains(fingerprint, Qt::CaseInsensitive)) {
        // The user chose to trust exactly this certificate for this server: accept these errors
        // for it, and nothing else.
        note(TranscriptLine::Direction::Info,
             tr("The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).")
                 .arg(errors.first().errorString(), certificateFingerprint(peer)));
        m_socket->ignoreSslErrors(errors);
    }
}

void SmtpClient::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    while (isRunning()) {
        const qsizetype nl = m_buffer.indexOf('\n');
        if (nl < 0) {
            if (m_buffer.size() > kMaxLineBytes) {
                fail(smtpadvice::replyTooLong(m_settings, SmtpReplyParser::kMaxLines,
                                              SmtpReplyParser::kMaxBytes));
            }
            return;
        }
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        const auto status = m_parser.feedLine(line);
        if (m_parser.tooLong()) {
            // Past the cap: the transcript keeps what came before, not the flood.
            fail(
                smtpadvice::replyTooLong(m_settings, SmtpReplyParser::kMaxLines, SmtpReplyParser::kMaxBytes));
            return;
        }
        note(TranscriptLine::Direction::Server, QString::fromUtf8(line));
        if (status == SmtpReplyParser::Status::Malformed) {
            fail(smtpadvice::protocolError(m_parser.error(), m_settings));
            return;
        }
        if (status == SmtpReplyParser::Status::Complete) {
            const SmtpReply reply = m_parser.takeReply();
            m_result.lastReply = reply;
            // RFC 3207 §5: anything sent after the STARTTLS go-ahead could be an injection.
            if (m_stage == SmtpStage::StartTls && reply.code == 220 && !m_buffer.isEmpty()) {
                fail(smtpadvice::protocolError(tr("the server sent data before encryption started"),
                                               m_settings));
                return;
            }
            onReply(reply);
        }
    }
}

void SmtpClient::onSocketError()
{
    if (!isRunning() || !m_socket) {
        return;
    }
    const auto error = m_socket->error();
    if (m_stage == SmtpStage::Quit) {
        finish();
        return;
    }
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        fail(smtpadvice::tlsError(m_sslErrors, m_settings, m_socket->errorString()));
        return;
    }
    if (m_stage == SmtpStage::TlsHandshake && m_settings.security == SmtpSecurity::Tls &&
        error == QAbstractSocket::RemoteHostClosedError) {
        fail(smtpadvice::tlsError({}, m_settings, m_socket->errorString()));
        return;
    }
    fail(smtpadvice::connectError(error, m_settings, m_stage, m_socket->errorString()));
}

void SmtpClient::onTimeout()
{
    if (!isRunning()) {
        return;
    }
    if (m_stage == SmtpStage::Quit) {
        finish();
        return;
    }
    int waited = m_settings.timeouts.commandMs;
    switch (m_stage) {
    case SmtpStage::Connect:
    case SmtpStage::TlsHandshake:
        waited = m_settings.timeouts.connectMs;
        break;
    case SmtpStage::Greeting:
        waited = m_settings.timeouts.greetingMs;
        break;
    case SmtpStage::Message:
        waited = m_settings.timeouts.dataEndMs;
        break;
    default:
        break;
    }
    if (m_stage == SmtpStage::Greeting && !m_buffer.isEmpty()) {
        note(TranscriptLine::Direction::Server,
             QString::fromUtf8(m_buffer.left(200)) +
                 tr(" …(incomplete, %n byte(s) so far)", nullptr, static_cast<int>(m_buffer.size())));
        fail(smtpadvice::tooSlow(m_settings, waited));
        return;
    }
    fail(smtpadvice::timeout(m_stage, m_settings, waited));
}

void SmtpClient::sendLine(const QByteArray& line, const QString& shown)
{
    note(TranscriptLine::Direction::Client, shown.isEmpty() ? QString::fromUtf8(line) : shown);
    m_socket->write(line + "\r\n");
}

QString SmtpClient::heloName() const
{
    if (!m_settings.heloName.isEmpty()) {
        return m_settings.heloName;
    }
    // RFC 5321 §4.1.4: the FQDN, or an address literal when there is none.
    const QString host = QHostInfo::localHostName();
    const QString domain = QHostInfo::localDomainName();
    const QString fqdn =
        domain.isEmpty() || host.contains(QLatin1Char('.')) ? host : host + QLatin1Char('.') + domain;
    if (fqdn.contains(QLatin1Char('.')) && !fqdn.endsWith(QLatin1String(".localdomain")) &&
        !fqdn.endsWith(QLatin1String(".local"))) {
        return fqdn;
    }
    const QHostAddress local = m_socket->localAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol && !local.toIPv4Address()) {
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    }
    return QStringLiteral("[%1]").arg(QHostAddress(local.toIPv4Address()).toString());
}

void SmtpClient::sendEhlo()
{
    setStage(SmtpStage::Ehlo, m_settings.timeouts.commandMs);
    sendLine((m_usedHelo ? "HELO " : "EHLO ") + heloName().toUtf8());
}

void SmtpClient::onReply(const SmtpReply& reply)
{
    switch (m_stage) {
    case SmtpStage::Greeting:
        if (reply.code != 220) {
            failWithReply(reply);
            return;
        }
        checkGreetingName(reply);
        if (m_mode == Mode::Greeting) {
            m_result.ok = true;
            quitAndFinish();
            return;
        }
        sendEhlo();
        return;
    case SmtpStage::Ehlo:
        if (reply.code != 250) {
            // A server that does not know EHLO gets HELO (RFC 5321 §3.2), once.
            if (!m_usedHelo && (reply.code == 500 || reply.code == 502)) {
                m_usedHelo = true;
                sendEhlo();
                return;
            }
            failWithReply(reply);
            return;
        }
        m_caps = SmtpCapabilities::fromEhlo(reply);
        m_result.capabilities = reply.lines.mid(1);
        afterEhlo();
        return;
    case SmtpStage::StartTls:
        if (reply.code != 220) {
            failWithReply(reply);
            return;
        }
        setStage(SmtpStage::TlsHandshake, m_settings.timeouts.connectMs);
        m_socket->startClientEncryption();
        return;
    case SmtpStage::Auth:
        onAuthReply(reply);
        return;
    case SmtpStage::MailFrom:
        if (reply.code != 250) {
            failWithReply(reply);
            return;
        }
        sendNextRcpt();
        return;
    case SmtpStage::RcptTo:
        if (reply.code != 250 && reply.code != 251) {
            failWithReply(reply);
            return;
        }
        sendNextRcpt();
        return;
    case SmtpStage::Data:
        if (reply.code != 354) {
            failWithReply(reply);
            return;
        }
        sendBody();
        return;
    case SmtpStage::Message:
        if (reply.code != 250) {
            failWithReply(reply);
            return;
        }
        m_result.queueId = queueIdFrom(reply);
        m_result.ok = true;
        m_result.findings.append(smtpadvice::sent(m_settings, m_result.queueId, reply));
        quitAndFinish();
        return;
    case SmtpStage::Quit:
        finish();
        return;
    default:
        fail(smtpadvice::protocolError(tr("an unexpected reply: %1").arg(reply.toString()), m_settings));
        return;
    }
}

void SmtpClient::checkGreetingName(const SmtpReply& greeting)
{
    // A greeting from an unrelated domain is worth a note for support staff, no more: providers
    // greet with their machines' names. Only a failed certificate check shows interception.
    const QString name = greeting.lines.value(0).section(QLatin1Char(' '), 0, 0).toLower();
    const QString host = m_settings.host.toLower();
    if (!name.contains(QLatin1Char('.')) || !QHostAddress(host).isNull() || !QHostAddress(name).isNull()) {
        return;
    }
    // Organisational domains by the Public Suffix List: "mx.a.co.uk" and "smtp.b.co.uk" differ.
    if (!dns::sameOrganization(name, host)) {
        m_result.findings.append(smtpadvice::greetingFromOtherHost(m_settings, name));
    }
}

void SmtpClient::afterEhlo()
{
    if (m_mode == Mode::Session && (m_result.encrypted || !m_caps.has(QStringLiteral("STARTTLS")) ||
                                    m_settings.security == SmtpSecurity::Tls)) {
        m_result.ok = true;
        quitAndFinish();
        return;
    }
    if (!m_result.encrypted) {
        const bool offered = m_caps.has(QStringLiteral("STARTTLS"));
        if (m_settings.security == SmtpSecurity::StartTls && !offered) {
            // Never downgrade: the user asked for TLS.
            fail(smtpadvice::starttlsNotOffered(m_settings));
            return;
        }
        if (offered && (m_settings.security == SmtpSecurity::StartTls || m_settings.autoTls)) {
            setStage(SmtpStage::StartTls, m_settings.timeouts.commandMs);
            sendLine("STARTTLS");
            return;
        }
    }
    if (!m_settings.authenticate && m_caps.has(QStringLiteral("AUTH"))) {
        m_result.findings.append(smtpadvice::authOfferedButOff(m_settings));
    }
    if (m_settings.authenticate) {
        startAuth();
    } else if (m_mode == Mode::Check) {
        m_result.ok = true;
        m_result.findings.append(smtpadvice::credentialsAccepted(m_settings, false));
        quitAndFinish();
    } else {
        sendMailFrom();
    }
}

void SmtpClient::startAuth()
{
    if (!m_result.encrypted && m_settings.security != SmtpSecurity::None) {
        fail(smtpadvice::plaintextAuthRefused(m_settings));
        return;
    }
    // Strongest first. AUTH is tried once only: repeated failures lock accounts out.
    QStringList preference{QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    if (!m_settings.oauthToken.isEmpty()) {
        preference = {QStringLiteral("XOAUTH2")};
    }
    const QStringList offered = m_caps.authMechanisms();
    QString chosen;
    for (const QString& m : preference) {
        if (offered.contains(m) && (m_settings.authMechanism.isEmpty() || m_settings.authMechanism == m)) {
            chosen = m;
            break;
        }
    }
    if (chosen.isEmpty()) {
        fail(offered.isEmpty() ? smtpadvice::authNotOffered(m_settings, m_result.encrypted)
                               : smtpadvice::mechanismUnsupported(m_settings, offered, preference));
        return;
    }
    m_authStep = 0;
    m_result.authMechanism = chosen;
    setStage(SmtpStage::Auth, m_settings.timeouts.commandMs);
    const QString hidden = tr("(credentials hidden)");
    if (chosen == QLatin1String("PLAIN")) {
        // RFC 4616: authzid NUL authcid NUL passwd, the password's bytes untouched.
        const QByteArray token =
            QByteArray("\0", 1) + m_settings.username.toUtf8() + QByteArray("\0", 1) + m_settings.password;
        sendLine("AUTH PLAIN " + token.toBase64(), QStringLiteral("AUTH PLAIN ") + hidden);
    } else if (chosen == QLatin1String("XOAUTH2")) {
        const QByteArray token =
            "user=" + m_settings.username.toUtf8() + "\1auth=Bearer " + m_settings.oauthToken + "\1\1";
        sendLine("AUTH XOAUTH2 " + token.toBase64(), QStringLiteral("AUTH XOAUTH2 ") + hidden);
    } else {
        sendLine("AUTH " + chosen.toLatin1());
    }
}

void SmtpClient::onAuthReply(const SmtpReply& reply)
{
    if (reply.code == 235) {
        m_result.authenticated = true;
        note(TranscriptLine::Direction::Info,
             tr("Logged in as %1 (%2).").arg(m_settings.username, m_result.authMechanism));
        if (m_mode == Mode::Check) {
            m_result.ok = true;
            m_result.findings.append(smtpadvice::credentialsAccepted(m_settings, true));
            quitAndFinish();
        } else {
            sendMailFrom();
        }
        return;
    }
    if (reply.code == 334 && m_authStep < 2) {
        ++m_authStep;
        const QString& mechanism = m_result.authMechanism;
        if (mechanism == QLatin1String("LOGIN")) {
            if (m_authStep == 1) {
                sendLine(m_settings.username.toUtf8().toBase64(), tr("(username, base64)"));
            } else {
                sendLine(m_settings.password.toBase64(), tr("(password hidden)"));
            }
            return;
        }
        if (mechanism == QLatin1String("CRAM-MD5") && m_authStep == 1) {
            // RFC 2195: username, space, hex HMAC-MD5 of the server's challenge keyed with the password.
            const QByteArray challenge = QByteArray::fromBase64(reply.text().toLatin1());
            const QByteArray digest =
                QMessageAuthenticationCode::hash(challenge, m_settings.password, QCryptographicHash::Md5)
                    .toHex();
            sendLine(QByteArray(m_settings.username.toUtf8() + ' ' + digest).toBase64(),
                     tr("(credentials hidden)"));
            return;
        }
        if (mechanism == QLatin1String("XOAUTH2")) {
            // The server explains the failure in a JSON challenge; an empty line gets the final reply.
            note(TranscriptLine::Direction::Info,
                 tr("The server rejected the token: %1")
                     .arg(QString::fromUtf8(QByteArray::fromBase64(reply.text().toLatin1()))));
            sendLine(QByteArray(), tr("(empty response)"));
            return;
        }
    }
    failWithReply(reply);
}

void SmtpClient::sendMailFrom()
{
    const qint64 size = m_envelope.message.size();
    if (const auto limit = m_caps.maxSize(); limit && size > *limit) {
        fail(smtpadvice::messageTooLarge(size, *limit, m_settings));
        return;
    }
    auto isAscii = [](const QString& text) {
        return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; });
    };
    bool needsUtf8 = !isAscii(m_envelope.from);
    for (const QString& r : m_envelope.recipients) {
        needsUtf8 = needsUtf8 || !isAscii(r);
    }
    QByteArray line = "MAIL FROM:<" + m_envelope.from.toUtf8() + '>';
    if (needsUtf8) {
        if (!m_caps.has(QStringLiteral("SMTPUTF8"))) {
            fail(smtpadvice::smtputf8Unsupported(m_settings));
            return;
        }
        line += " SMTPUTF8";
    }
    if (m_caps.has(QStringLiteral("SIZE"))) {
        line += " SIZE=" + QByteArray::number(size);
    }
    const bool eightBit =
        std::any_of(m_envelope.message.cbegin(), m_envelope.message.cend(), [](char c) { return c & 0x80; });
    if (eightBit && m_caps.has(QStringLiteral("8BITMIME"))) {
        line += " BODY=8BITMIME";
    }
    setStage(SmtpStage::MailFrom, m_settings.timeouts.commandMs);
    m_nextRcpt = 0;
    // RFC 2920: with PIPELINING, MAIL, every RCPT and DATA go out in one write and the
    // replies are read back in order; one round trip instead of two plus one per recipient.
    m_pipelined = m_caps.has(QStringLiteral("PIPELINING"));
    if (!m_pipelined) {
        sendLine(line);
        return;
    }
    QByteArray batch = line + "\r\n";
    note(TranscriptLine::Direction::Client, QString::fromUtf8(line));
    for (const QString& r : m_envelope.recipients) {
        const QByteArray rcpt = "RCPT TO:<" + r.toUtf8() + '>';
        note(TranscriptLine::Direction::Client, QString::fromUtf8(rcpt));
        batch += rcpt + "\r\n";
    }
    m_chunked = m_settings.useChunking && m_caps.has(QStringLiteral("CHUNKING"));
    if (m_chunked) {
        // RFC 3030: the message itself rides in the same write as a single BDAT chunk: no
        // "354" round trip, no dot-stuffing, no closing ".".
        const QByteArray message = withCrlf(m_envelope.message);
        note(TranscriptLine::Direction::Client, QStringLiteral("BDAT %1 LAST ").arg(message.size()) +
                                                    tr("(message: %1 bytes)").arg(message.size()));
        batch += "BDAT " + QByteArray::number(message.size()) + " LAST\r\n" + message;
    } else {
        note(TranscriptLine::Direction::Client, QStringLiteral("DATA"));
        batch += "DATA\r\n";
    }
    m_socket->write(batch);
}

void SmtpClient::sendNextRcpt()
{
    // Pipelined commands were written already: only the reply being waited for moves on.
    if (m_nextRcpt < m_envelope.recipients.size()) {
        setStage(SmtpStage::RcptTo, m_settings.timeouts.commandMs);
        const QByteArray rcpt = "RCPT TO:<" + m_envelope.recipients.at(m_nextRcpt++).toUtf8() + '>';
        if (!m_pipelined) {
            sendLine(rcpt);
        }
        return;
    }
    if (m_chunked) {
        setStage(SmtpStage::Message, m_settings.timeouts.dataEndMs); // the BDAT reply is next
        return;
    }
    setStage(SmtpStage::Data, m_settings.timeouts.commandMs);
    if (!m_pipelined) {
        sendLine("DATA");
    }
}

void SmtpClient::sendBody()
{
    const QByteArray wire = dotStuffed(m_envelope.message);
    note(TranscriptLine::Direction::Client, tr("(message: %1 bytes, ending with \".\")").arg(wire.size()));
    setStage(SmtpStage::Message, m_settings.timeouts.dataEndMs);
    m_socket->write(wire);
}

void SmtpClient::quitAndFinish()
{
    // QUIT is a courtesy: the result is already known, so do not wait for "221".
    setStage(SmtpStage::Quit, 0);
    sendLine("QUIT");
    QSslSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    // Let the socket flush QUIT and close on its own, bounded in time.
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(5000, socket, &QObject::deleteLater);
    socket->flush(); // hand QUIT to the kernel now: the caller may exit right after finished()
    socket->disconnectFromHost();
    finish();
}

void SmtpClient::failWithReply(const SmtpReply& reply)
{
    fail(smtpadvice::replyError(m_stage, reply, m_settings));
}

void SmtpClient::fail(Finding finding)
{
    m_result.ok = false;
    m_result.failedStage = m_stage;
    m_result.findings.append(std::move(finding));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish();
}

void SmtpClient::finish()
{
    finishJob();
}

void SmtpClient::emitFinished()
{
    m_timer.stop();
    m_stage = SmtpStage::Done;
    m_result.elapsedMs = elapsedMs();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(m_result);
}

} // namespace postino
