#include "imapclient.h"

#include "catalog/catalog.h"
#include "catalog/mailboxes.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimeZone>

namespace postino {

namespace {

// A line (outside literals) longer than this is not IMAP. A SEARCH answer listing every UID of
// a very large folder would come close, but Postino's searches match one message.
constexpr qsizetype kMaxLineBytes = 256 * 1024;
// The transcript shows the first parts of an answer made of many literals, then how many more came.
constexpr qsizetype kMaxLiteralsShown = 20;

// Names that mean "spam" when the server does not mark its folder with \Junk (RFC 6154).
const QStringList& junkNames()
{
    static const QStringList names{
        QStringLiteral("junk"),       QStringLiteral("spam"),         QStringLiteral("junk e-mail"),
        QStringLiteral("junk email"), QStringLiteral("junk mail"),    QStringLiteral("bulk mail"),
        QStringLiteral("bulk"),       QStringLiteral("spamverdacht"), QStringLiteral("posta indesiderata")};
    return names;
}

// One parenthesised list, a delimiter and a mailbox name from a LIST answer:
//   * LIST (\HasNoChildren \Junk) "/" "Junk"     or  ... "." INBOX.Spam   or  ... "/" {5}+literal
bool parseList(const QByteArray& text, const QList<QByteArray>& literals, QStringList* flags, QString* name)
{
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.indexOf(')', open);
    if (open < 0 || close < 0) {
        return false;
    }
    *flags =
        QString::fromUtf8(text.mid(open + 1, close - open - 1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QByteArray rest = text.mid(close + 1).trimmed();
    // delimiter: "x" or NIL
    if (rest.startsWith('"')) {
        qsizetype i = 1;
        if (i < rest.size() && rest.at(i) == '\\') {
            ++i;
        }
        rest = rest.mid(i + 2).trimmed();
    } else if (rest.startsWith("NIL")) {
        rest = rest.mid(3).trimmed();
    }
    if (rest.startsWith('{') && !literals.isEmpty()) {
        *name = QString::fromUtf8(literals.last());
    } else if (rest.startsWith('"')) {
        QByteArray out;
        for (qsizetype i = 1; i < rest.size() && rest.at(i) != '"'; ++i) {
            if (rest.at(i) == '\\' && i + 1 < rest.size()) {
                ++i;
            }
            out += rest.at(i);
        }
        *name = QString::fromUtf8(out);
    } else {
        *name = QString::fromUtf8(rest);
    }
    return !name->isEmpty();
}

// The n-th space-separated word (from 0); with `rest`, everything from it on.
QByteArray word(const QByteArray& text, int n, bool rest = false)
{
    qsizetype start = 0;
    for (int i = 0; i < n; ++i) {
        start = text.indexOf(' ', start);
        if (start < 0) {
            return {};
        }
        ++start;
    }
    if (rest) {
        return text.mid(start);
    }
    const qsizetype end = text.indexOf(' ', start);
    return end < 0 ? text.mid(start) : text.mid(start, end - start);
}

QString tagText(const QByteArray& text) // "TAG OK [CODE] words" -> "[CODE] words"
{
    return QString::fromUtf8(word(text, 2, true)).trimmed();
}

Advice checkImapServerAdvice()
{
    return Advice{ImapClient::tr("Check the IMAP host and port"),
                  {ImapClient::tr("Make sure the host and port are your mailbox's IMAP server (usually port "
                                  "993), not a web or SMTP server; if they are, try again later.")}};
}

Advice useEncryptionAdvice()
{
    return Advice{ImapClient::tr("Use SSL instead"),
                  {ImapClient::tr("Set the IMAP encryption to SSL, usually on port 993.")}};
}

Advice retryAdvice()
{
    return Advice{
        ImapClient::tr("Try again later"),
        {ImapClient::tr("The mailbox server may be busy; if it keeps happening, look for the message "
                        "in your mail program.")}};
}

} // namespace

ImapSecurity ImapSettings::securityFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("starttls") || n == QLatin1String("tls")) {
        return n == QLatin1String("tls") ? ImapSecurity::Tls : ImapSecurity::StartTls;
    }
    if (n == QLatin1String("none")) {
        return ImapSecurity::None;
    }
    return ImapSecurity::Tls;
}

QString ImapSettings::securityName(ImapSecurity security)
{
    switch (security) {
    case ImapSecurity::None:
        return QStringLiteral("none");
    case ImapSecurity::StartTls:
        return QStringLiteral("starttls");
    case ImapSecurity::Tls:
        break;
    }
    return QStringLiteral("ssl");
}

namespace {

ImapPreset presetOf(const MailboxProvider& p)
{
    return ImapPreset{p.id,
                      p.name,
                      p.imapHost,
                      p.imapPort,
                      ImapSettings::securityFromName(p.imapSecurity),
                      Catalog::tr(p.imapNote)};
}

} // namespace

QList<ImapPreset> imapPresets()
{
    QList<ImapPreset> out;
    for (const MailboxProvider& p : MailboxCatalog::builtin().imapProviders()) {
        out.append(presetOf(p));
    }
    return out;
}

std::optional<ImapPreset> imapPreset(const QString& id)
{
    const MailboxProvider* p = MailboxCatalog::builtin().provider(id);
    return p && p->hasImap() ? std::optional<ImapPreset>(presetOf(*p)) : std::nullopt;
}

std::optional<ImapPreset> imapPreset(const QString& id, const ResolvedMailer& mailer)
{
    const MailboxProvider* p = MailboxCatalog::builtin().provider(id);
    if (!p || !p->hasImap()) {
        return std::nullopt;
    }
    ImapPreset preset = presetOf(*p);
    preset.host = p->imapHostFor(mailer);
    return preset;
}

ImapClient::ImapClient(QObject* parent)
    : Job(QStringLiteral("imap"), parent)
{
    qRegisterMetaType<ImapResult>();
    m_timer.setSingleShot(true);
    m_pause.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ImapClient::onTimeout);
    connect(&m_pause, &QTimer::timeout, this, [this] {
        if (m_stage == Stage::Pause) {
            m_folderIndex = 0;
            lookInNextFolder();
        }
    });
}

ImapClient::~ImapClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ImapClient::find(const ImapSettings& settings, const ImapSearch& search)
{
    m_loginOnly = false;
    m_search = search;
    begin(settings);
}

void ImapClient::checkLogin(const ImapSettings& settings)
{
    m_loginOnly = true;
    m_search = ImapSearch{};
    begin(settings);
}

void ImapClient::begin(const ImapSettings& settings)
{
    m_settings = settings;
    start();
}

void ImapClient::doCancel()
{
    m_timer.stop();
    m_pause.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void ImapClient::addEndingFinding(const Finding& finding)
{
    m_result.ok = false;
    m_result.findings.append(finding);
}

QString ImapClient::where() const
{
    return m_settings.host + QLatin1Char(':') + QString::number(m_settings.port);
}

void ImapClient::doStart()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_result = ImapResult{};
    m_buffer.clear();
    m_current = Response{};
    m_literalLeft = -1;
    m_tagNumber = 0;
    m_tag.clear();
    m_pendingLiterals.clear();
    m_capabilities.clear();
    m_secure = false;
    m_folders.clear();
    m_folderIndex = 0;
    m_matches.clear();
    m_fetchedTarget = false;
    m_sslErrors.clear();
    m_pause.stop();

    m_socket = new QSslSocket(this);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.extraCaCertificates.isEmpty()) {
        tls.addCaCertificates(m_settings.extraCaCertificates);
    }
    m_socket->setSslConfiguration(tls);
    m_socket->setPeerVerifyName(m_settings.host);
    // Never let an IMAP answer pile up in memory faster than it is parsed.
    m_socket->setReadBufferSize(256 * 1024);
    connect(m_socket, &QSslSocket::connected, this, &ImapClient::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &ImapClient::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &ImapClient::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ImapClient::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &ImapClient::onSslErrors);

    const QString security = m_settings.security == ImapSecurity::Tls        ? tr("SSL/TLS from the start")
                             : m_settings.security == ImapSecurity::StartTls ? tr("STARTTLS")
                                                                             : tr("no encryption");
    note(TranscriptLine::Direction::Info,
         tr("Connecting to %1 port %2 (%3)…").arg(m_settings.host).arg(m_settings.port).arg(security));
    Q_EMIT progress(tr("Connecting to the mailbox at %1…").arg(m_settings.host));
    setStage(Stage::Connect, m_settings.connectMs);
    if (m_settings.security == ImapSecurity::Tls) {
        m_socket->connectToHostEncrypted(m_settings.host, m_settings.port, m_settings.host);
    } else {
        m_socket->connectToHost(m_settings.host, m_settings.port);
    }
}

void ImapClient::setStage(Stage stage, int timeoutMs)
{
    m_stage = stage;
    if (timeoutMs > 0) {
        m_timer.start(timeoutMs);
    } else {
        m_timer.stop();
    }
}

void ImapClient::onConnected()
{
    note(TranscriptLine::Direction::Info, tr("Connected to %1.").arg(m_socket->peerAddress().toString()));
    if (m_settings.security == ImapSecurity::Tls) {
        setStage(Stage::TlsHandshake, m_settings.connectMs);
    } else {
        setStage(Stage::Greeting, m_settings.commandMs);
    }
}

void ImapClient::onEncrypted()
{
    m_secure = true;
    const QSslCipher cipher = m_socket->sessionCipher();
    note(TranscriptLine::Direction::Info,
         tr("Encrypted with %1, cipher %2.").arg(cipher.protocolString(), cipher.name()));
    if (m_stage == Stage::TlsHandshake && m_settings.security == ImapSecurity::Tls) {
        setStage(Stage::Greeting, m_settings.commandMs);
        return;
    }
    // After STARTTLS, what was learnt in clear text is forgotten (RFC 3501 §6.2.1).
    m_capabilities.clear();
    setStage(Stage::Capability, m_settings.commandMs);
    command("CAPABILITY");
}

void ImapClient::onSslErrors(const QList<QSslError>& errors)
{
    m_sslErrors = errors;
    const QSslCertificate peer = m_socket->peerCertificate();
    const QString fingerprint = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    if (!peer.isNull() && m_settings.pinnedCertificates.contains(fingerprint, Qt::CaseInsensitive)) {
        note(TranscriptLine::Direction::Info,
             tr("The certificate is not verifiable (%1), but you chose to trust it (SHA-256 %2).")
                 .arg(errors.first().errorString(), certificateFingerprint(peer)));
        m_socket->ignoreSslErrors(errors);
    }
}

void ImapClient::onSocketError()
{
    if (!isRunning() || !m_socket) {
        return;
    }
    const auto error = m_socket->error();
    if (m_stage == Stage::Logout) {
        finish();
        return;
    }
    const QString host = m_settings.host;
    const QString port = QString::number(m_settings.port);
    if (error == QAbstractSocket::SslHandshakeFailedError ||
        (m_stage == Stage::TlsHandshake && error == QAbstractSocket::RemoteHostClosedError)) {
        const QString why =
            m_sslErrors.isEmpty() ? m_socket->errorString() : m_sslErrors.first().errorString();
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.tls_error"),
             .subject = where(),
             .detail = tr("The secure connection to the mailbox server %1 failed: %2").arg(host, why)},
            Advice{tr("Check the mailbox server's name and security"),
                   {tr("Use the IMAP host name your provider publishes: the certificate must match "
                       "it."),
                    tr("Port 993 uses SSL/TLS from the start; port 143 uses STARTTLS.")}}});
        return;
    }
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(Finding{Severity::Error,
                     {.id = QStringLiteral("imap.host_not_found"),
                      .subject = where(),
                      .detail = tr("The mailbox server %1 could not be found.").arg(host)},
                     Advice{tr("Check the IMAP server name"),
                            {tr("Choose your provider from the list, or copy the IMAP server name from its "
                                "help pages.")}}});
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.unreachable"),
             .subject = where(),
             .detail = tr("The mailbox server %1 refused the connection on port %2.").arg(host, port)},
            Advice{tr("Check the IMAP port"),
                   {tr("IMAP uses port 993 (SSL/TLS) or 143 (STARTTLS)."),
                    tr("A firewall on this network may block the port.")}}});
        return;
    case QAbstractSocket::RemoteHostClosedError:
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.connection_closed"),
             .subject = where(),
             .detail =
                 m_stage == Stage::Greeting
                     ? tr("The mailbox server %1 closed the connection before greeting.").arg(host)
                     : tr("The mailbox server %1 closed the connection in the middle of a reply.").arg(host)},
            Advice{tr("Check the mailbox server's settings"),
                   {tr("Check the IMAP host, port and encryption: port 993 expects SSL, port 143 STARTTLS."),
                    tr("If they are right, the server may be busy; try again in a few minutes.")}}});
        return;
    default:
        fail(
            Finding{Severity::Error,
                    {.id = QStringLiteral("imap.unreachable"),
                     .subject = where(),
                     .detail = tr("The mailbox server %1 could not be reached on port %2: %3")
                                   .arg(host, port, m_socket->errorString())},
                    Advice{tr("Check the network"), {tr("A firewall on this network may block the port.")}}});
        return;
    }
}

void ImapClient::onTimeout()
{
    if (!isRunning()) {
        return;
    }
    if (m_stage == Stage::Logout) {
        finish();
        return;
    }
    const bool connecting = m_stage == Stage::Connect || m_stage == Stage::TlsHandshake;
    const int waited = connecting ? m_settings.connectMs : m_settings.commandMs;
    fail(Finding{Severity::Error,
                 {.id = QStringLiteral("imap.timeout"),
                  .subject = where(),
                  .detail = connecting
                                ? tr("The mailbox server %1 did not answer within %2 seconds on port %3.")
                                      .arg(m_settings.host)
                                      .arg(waited / 1000)
                                      .arg(m_settings.port)
                                : tr("The mailbox server %1 stopped answering for %2 seconds.")
                                      .arg(m_settings.host)
                                      .arg(waited / 1000)},
                 Advice{tr("Check the server and the network"),
                        {tr("A firewall may drop the connection silently; check the host name and port."),
                         tr("Try again in a few minutes.")}}});
}

void ImapClient::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    m_buffer.append(m_socket->readAll());
    // Consumed bytes are dropped once at the end: removing them piece by piece would move the rest of
    // the buffer again for every small literal.
    qsizetype pos = 0;
    const auto consumeAndWait = [this, &pos] {
        m_buffer.remove(0, pos);
    };
    while (isRunning() && m_socket) {
        if (m_literalLeft >= 0) {
            const qint64 take = std::min<qint64>(m_literalLeft, m_buffer.size() - pos);
            m_current.literals.last().append(m_buffer.constData() + pos, take);
            pos += take;
            m_literalLeft -= take;
            if (m_literalLeft > 0) {
                consumeAndWait(); // wait for more of the literal
                return;
            }
            m_literalLeft = -1;
            continue;
        }
        const qsizetype nl = m_buffer.indexOf('\n', pos);
        if (nl < 0) {
            consumeAndWait();
            if (m_buffer.size() > kMaxLineBytes) {
                fail(Finding{
                    Severity::Error,
                    {.id = QStringLiteral("imap.protocol_error"),
                     .subject = where(),
                     .detail = tr("The mailbox server sent a line longer than %1 bytes; that is not IMAP.")
                                   .arg(kMaxLineBytes)},
                    Advice{tr("Check the IMAP host and port"),
                           {tr("Make sure the host and port are your mailbox's IMAP server (usually "
                               "port 993), not a web or SMTP server.")}}});
            }
            return;
        }
        QByteArray line = m_buffer.mid(pos, nl - pos);
        pos = nl + 1;
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        // A literal announced at the end of the line: {n} or {n+} (RFC 7888).
        static const QRegularExpression literal(QStringLiteral("\\{(\\d{1,20})\\+?\\}$"));
        const auto m = literal.match(QString::fromLatin1(line.right(24)));
        const bool continuation = line.startsWith('+');
        if (m.hasMatch() && !continuation) {
            bool ok = false;
            const qint64 size = m.captured(1).toLongLong(&ok);
            if (!ok || size > m_settings.maxLiteralBytes) {
                note(TranscriptLine::Direction::Server, QString::fromUtf8(line.left(200)));
                fail(Finding{
                    Severity::Error,
                    {.id = QStringLiteral("imap.literal_too_large"),
                     .subject = where(),
                     .detail =
                         tr("The mailbox server announced %1 bytes for a message header; Postino reads at "
                            "most %2, so it stopped.")
                             .arg(m.captured(1))
                             .arg(m_settings.maxLiteralBytes)},
                    Advice{tr("This is not a normal answer"),
                           {tr("Check that the IMAP host and port are your mailbox provider's; "
                               "something else may be answering.")}}});
                return;
            }
            // The whole response counts, not each literal: a thousand small ones weigh as much as a big one.
            m_current.bytes += line.size() + 1 + size;
            if (m_current.bytes > m_settings.maxResponseBytes) {
                note(TranscriptLine::Direction::Server, QString::fromUtf8(line.left(200)));
                responseTooLarge();
                return;
            }
            m_current.text += line + '\n';
            m_current.literals.append(QByteArray());
            m_current.literals.last().reserve(size);
            m_literalLeft = size;
            if (m_current.literals.size() <= kMaxLiteralsShown) {
                note(TranscriptLine::Direction::Server,
                     QString::fromUtf8(line.left(300)) +
                         tr(" (%n byte(s) follow)", nullptr, static_cast<int>(size)));
            }
            continue;
        }
        m_current.bytes += line.size();
        if (m_current.bytes > m_settings.maxResponseBytes) {
            responseTooLarge();
            return;
        }
        m_current.text += line;
        if (m_current.literals.size() > kMaxLiteralsShown) {
            note(TranscriptLine::Direction::Info, tr("(%1 more parts of this answer not shown)")
                                                      .arg(m_current.literals.size() - kMaxLiteralsShown));
        }
        if (m_current.literals.isEmpty()) {
            note(TranscriptLine::Direction::Server, QString::fromUtf8(line.left(300)));
        } else if (!line.isEmpty()) {
            note(TranscriptLine::Direction::Server, QString::fromUtf8(line.left(300)));
        }
        const Response response = m_current;
        m_current = Response{};
        m_buffer.remove(0, pos); // a response may start TLS or end the session: leave the buffer exact
        pos = 0;
        onResponse(response);
    }
    if (m_socket) {
        m_buffer.remove(0, pos);
    }
}

void ImapClient::responseTooLarge()
{
    fail(Finding{
        Severity::Error,
        {.id = QStringLiteral("imap.response_too_large"),
         .subject = where(),
         .detail = tr("One answer of the mailbox server grew past %1 bytes, in many parts; Postino reads at "
                      "most that much of one answer, so it stopped.")
                       .arg(m_settings.maxResponseBytes)},
        Advice{tr("This is not a normal answer"),
               {tr("Check that the IMAP host and port are your mailbox provider's; something else "
                   "may be answering.")}}});
}

void ImapClient::onResponse(const Response& response)
{
    const QByteArray& text = response.text;
    if (text.startsWith('+')) {
        onContinuation(text.mid(1).trimmed());
        return;
    }
    if (text.startsWith("* ")) {
        onUntagged(response);
        return;
    }
    const QByteArray tag = word(text, 0);
    const QByteArray status = word(text, 1).toUpper();
    if (tag != m_tag || (status != "OK" && status != "NO" && status != "BAD")) {
        fail(Finding{Severity::Error,
                     {.id = QStringLiteral("imap.protocol_error"),
                      .subject = where(),
                      .detail = tr("The mailbox server sent something Postino did not ask for: %1")
                                    .arg(QString::fromUtf8(text.left(200)))},
                     Advice{tr("Check the IMAP host and port"),
                            {tr("Make sure the host and port are your mailbox's IMAP server (usually port "
                                "993); if they are, try again later.")}}});
        return;
    }
    onTagged(status, response);
}

void ImapClient::onUntagged(const Response& response)
{
    const QByteArray text = response.text.mid(2);
    const QByteArray first = word(text, 0).toUpper();
    if (m_stage == Stage::Greeting) {
        if (first == "OK" || first == "PREAUTH") {
            static const QRegularExpression caps(QStringLiteral("\\[CAPABILITY ([^\\]]*)\\]"),
                                                 QRegularExpression::CaseInsensitiveOption);
            const auto m = caps.match(QString::fromUtf8(text));
            if (m.hasMatch()) {
                m_capabilities = m.captured(1).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
            if (first == "PREAUTH" && m_settings.security == ImapSecurity::StartTls) {
                // Already logged in, so STARTTLS is no longer possible: refuse rather than go on in clear.
                fail(Finding{
                    Severity::Error,
                    {.id = QStringLiteral("imap.starttls_not_offered"),
                     .subject = where(),
                     .detail = tr("The mailbox server logged in without encryption (PREAUTH), so STARTTLS is "
                                  "impossible.")},
                    Advice{tr("Use SSL instead"),
                           {tr("Set the IMAP encryption to SSL, usually on port 993.")}}});
                return;
            }
            if (m_capabilities.isEmpty()) {
                setStage(Stage::Capability, m_settings.commandMs);
                command("CAPABILITY");
            } else {
                afterCapabilities();
            }
            return;
        }
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.greeting_refused"),
             .subject = where(),
             .detail =
                 tr("The mailbox server refused the connection: %1").arg(QString::fromUtf8(text.left(300)))},
            Advice{tr("Try again later"),
                   {tr("The server may be busy or limiting connections from this address.")}}});
        return;
    }
    if (first == "BYE") {
        if (m_stage != Stage::Logout) {
            fail(Finding{Severity::Error,
                         {.id = QStringLiteral("imap.bye"),
                          .subject = where(),
                          .detail = tr("The mailbox server ended the session: %1").arg(tagText("* " + text))},
                         Advice{tr("Try again later"),
                                {tr("The server may be busy or limiting connections from this address; if it "
                                    "keeps happening, ask your mailbox provider.")}}});
        }
        return;
    }
    if (first == "CAPABILITY") {
        m_capabilities =
            QString::fromUtf8(text.mid(11)).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return;
    }
    if (first == "LIST" && m_stage == Stage::List) {
        QStringList flags;
        QString name;
        if (parseList(text, response.literals, &flags, &name)) {
            const bool noSelect = flags.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive) ||
                                  flags.contains(QStringLiteral("\\NonExistent"), Qt::CaseInsensitive);
            const bool specialJunk = flags.contains(QStringLiteral("\\Junk"), Qt::CaseInsensitive);
            const QString leaf = name.section(QRegularExpression(QStringLiteral("[./]")), -1).toLower();
            if (!noSelect && name.compare(QLatin1String("INBOX"), Qt::CaseInsensitive) != 0 &&
                (specialJunk || junkNames().contains(leaf))) {
                // Special-use folders first, then names that look like one.
                const Folder folder{name, true};
                if (specialJunk) {
                    qsizetype at = 1;
                    while (at < m_folders.size() && m_folders.at(at).junk && at < m_folders.size()) {
                        ++at;
                    }
                    m_folders.insert(std::min(at, m_folders.size()), folder);
                } else {
                    m_folders.append(folder);
                }
            }
        }
        return;
    }
    if (first == "SEARCH" && m_stage == Stage::Search) {
        for (const QByteArray& n : text.mid(6).split(' ')) {
            bool ok = false;
            const qint64 uid = n.toLongLong(&ok);
            if (ok && uid > 0) {
                m_matches.append(uid);
            }
        }
        return;
    }
    if (m_stage == Stage::Fetch && word(text, 1).toUpper() == "FETCH") {
        static const QRegularExpression uid(QStringLiteral("[( ]UID (\\d+)"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression date(QStringLiteral("INTERNALDATE \"([^\"]+)\""),
                                             QRegularExpression::CaseInsensitiveOption);
        const QString t = QString::fromUtf8(text);
        // A server may report on other messages at any time (RFC 3501 §7: flags changed by another
        // client). Only the answer carrying the UID the search returned is about the test message; the
        // others never change which message is read, or deleted.
        const auto u = uid.match(t);
        if (!u.hasMatch() || u.captured(1).toLongLong() != m_result.uid) {
            return;
        }
        m_fetchedTarget = true;
        const auto d = date.match(t);
        if (d.hasMatch()) {
            // "17-Jul-1996 02:44:25 -0700"
            const QString value = d.captured(1).trimmed();
            QDateTime when =
                QLocale::c().toDateTime(value.left(20).trimmed(), QStringLiteral("d-MMM-yyyy HH:mm:ss"));
            const QString zone = value.section(QLatin1Char(' '), -1);
            if (when.isValid() && zone.size() == 5) {
                const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
                const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
                when.setTimeZone(QTimeZone(offset));
                m_result.arrivedAt = when;
            }
        }
        if (!response.literals.isEmpty()) {
            m_result.header = response.literals.first();
        }
        return;
    }
    // EXISTS, RECENT, FLAGS, OK [UIDVALIDITY ...] and the like: nothing to do.
}

void ImapClient::onContinuation(const QByteArray& text)
{
    if (!m_pendingLiterals.isEmpty()) {
        const QByteArray next = m_pendingLiterals.takeFirst();
        m_socket->write(next);
        return;
    }
    if (m_stage == Stage::Auth) {
        // XOAUTH2 explains a rejected token in a base64 JSON challenge; an empty line gets the
        // final NO (RFC 7628 §3.2.3). Any other challenge is unexpected: cancel with "*".
        if (!m_settings.oauthToken.isEmpty()) {
            note(
                TranscriptLine::Direction::Info,
                tr("The server rejected the token: %1").arg(QString::fromUtf8(QByteArray::fromBase64(text))));
            note(TranscriptLine::Direction::Client, tr("(empty response)"));
            m_socket->write("\r\n");
        } else {
            note(TranscriptLine::Direction::Client, QStringLiteral("*"));
            m_socket->write("*\r\n");
        }
        return;
    }
    fail(Finding{Severity::Error,
                 {.id = QStringLiteral("imap.protocol_error"),
                  .subject = where(),
                  .detail = tr("The mailbox server asked for more input where none was due.")},
                 Advice{tr("Check the IMAP host and port"),
                        {tr("Make sure the host and port are your mailbox's IMAP server (usually port 993); "
                            "if they are, try again later.")}}});
}

QByteArray ImapClient::quoted(const QString& text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + '"';
}

void ImapClient::command(const QByteArray& line, const QString& shown, const QList<QByteArray>& literals)
{
    m_tag = "P" + QByteArray::number(++m_tagNumber);
    note(TranscriptLine::Direction::Client,
         QString::fromLatin1(m_tag) + QLatin1Char(' ') + (shown.isEmpty() ? QString::fromUtf8(line) : shown));
    m_pendingLiterals = literals;
    m_socket->write(m_tag + ' ' + line + "\r\n");
}

void ImapClient::afterCapabilities()
{
    if (!m_secure && m_settings.security == ImapSecurity::StartTls) {
        if (!m_capabilities.contains(QStringLiteral("STARTTLS"))) {
            // Never downgrade: the user asked for STARTTLS.
            fail(Finding{
                Severity::Error,
                {.id = QStringLiteral("imap.starttls_not_offered"),
                 .subject = where(),
                 .detail =
                     tr("The mailbox server %1 does not offer STARTTLS on port %2, so Postino did not log "
                        "in.")
                         .arg(m_settings.host)
                         .arg(m_settings.port)},
                Advice{tr("Use SSL/TLS"), {tr("Try port 993 with SSL/TLS from the start.")}}});
            return;
        }
        setStage(Stage::StartTls, m_settings.commandMs);
        command("STARTTLS");
        return;
    }
    startAuth();
}

void ImapClient::startAuth()
{
    if (!m_secure && m_settings.security != ImapSecurity::None) {
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.plaintext_refused"),
             .subject = where(),
             .detail = tr("Postino does not send a mailbox password over an unencrypted connection.")},
            Advice{tr("Turn encryption on"),
                   {tr("Set the IMAP encryption to SSL (port 993) or STARTTLS (port 143).")}}});
        return;
    }
    setStage(Stage::Auth, m_settings.commandMs);
    Q_EMIT progress(tr("Logging in to the mailbox as %1…").arg(m_settings.username));
    const QString hidden = tr("(credentials hidden)");
    const bool saslIr = m_capabilities.contains(QStringLiteral("SASL-IR"));
    if (!m_settings.oauthToken.isEmpty()) {
        const QByteArray raw =
            "user=" + m_settings.username.toUtf8() + "\1auth=Bearer " + m_settings.oauthToken + "\1\1";
        const QByteArray token = raw.toBase64();
        if (saslIr) {
            command("AUTHENTICATE XOAUTH2 " + token, QStringLiteral("AUTHENTICATE XOAUTH2 ") + hidden);
        } else {
            command("AUTHENTICATE XOAUTH2", {}, {token + "\r\n"});
        }
        return;
    }
    const bool plainOffered = m_capabilities.contains(QStringLiteral("AUTH=PLAIN"));
    const bool loginDisabled = m_capabilities.contains(QStringLiteral("LOGINDISABLED"));
    const bool usePlain = m_settings.authMechanism == QLatin1String("PLAIN") ||
                          (m_settings.authMechanism.isEmpty() && plainOffered) ||
                          (m_settings.authMechanism.isEmpty() && loginDisabled);
    if (usePlain) {
        // RFC 4616: authzid NUL authcid NUL passwd, the password's bytes untouched.
        const QByteArray token = QByteArray(QByteArray("\0", 1) + m_settings.username.toUtf8() +
                                            QByteArray("\0", 1) + m_settings.password)
                                     .toBase64();
        if (saslIr) {
            command("AUTHENTICATE PLAIN " + token, QStringLiteral("AUTHENTICATE PLAIN ") + hidden);
        } else {
            command("AUTHENTICATE PLAIN", {}, {token + "\r\n"});
        }
        return;
    }
    if (loginDisabled) {
        fail(Finding{Severity::Error,
                     {.id = QStringLiteral("imap.login_disabled"),
                      .subject = where(),
                      .detail = tr("The mailbox server does not accept a password login here.")},
                     Advice{tr("Use an encrypted connection or an app password"),
                            {tr("Set the IMAP encryption to SSL on port 993; many servers allow a login only "
                                "there."),
                             tr("Some providers need IMAP turned on, or an app password, in the mailbox's "
                                "settings.")}}});
        return;
    }
    // LOGIN takes two astrings. Anything a quoted string cannot carry (non-ASCII, CR, LF, NUL)
    // goes as a literal: non-synchronising with LITERAL+/LITERAL-, else one "+" per literal.
    const bool literalPlus = m_capabilities.contains(QStringLiteral("LITERAL+")) ||
                             m_capabilities.contains(QStringLiteral("LITERAL-"));
    auto needsLiteral = [](const QByteArray& bytes) {
        return std::any_of(bytes.cbegin(), bytes.cend(), [](char c) {
            return static_cast<unsigned char>(c) >= 0x80 || c == '\r' || c == '\n' || c == 0;
        });
    };
    const QByteArray user = m_settings.username.toUtf8();
    const QByteArray& pass = m_settings.password;
    QByteArray line = "LOGIN ";
    QList<QByteArray> parts; // what follows each synchronising literal
    const QByteArray plus = literalPlus ? "+" : "";
    QByteArray* tail = &line;
    auto appendArg = [&](const QByteArray& value, bool last) {
        if (needsLiteral(value)) {
            *tail += '{' + QByteArray::number(value.size()) + plus + '}';
            if (literalPlus) {
                *tail += "\r\n" + value;
            } else {
                parts.append(value);
                tail = &parts.last();
            }
        } else {
            *tail += quoted(QString::fromUtf8(value));
        }
        if (!last) {
            *tail += ' ';
        }
    };
    appendArg(user, false);
    appendArg(pass, true);
    if (!parts.isEmpty()) {
        for (QByteArray& p : parts) {
            p += "\r\n";
        }
    }
    command(line,
            QStringLiteral("LOGIN %1 %2")
                .arg(QString::fromUtf8(quoted(m_settings.username)), tr("(password hidden)")),
            parts);
}

Finding ImapClient::authFailure(const QByteArray& text) const
{
    const QString said = tagText(text);
    QStringList steps{
        tr("Check the user name (usually the full email address) and the password."),
        tr("Many providers (Gmail, Yahoo, iCloud, Zoho) need an app password for IMAP; create one "
           "in the account's security settings."),
        tr("Make sure IMAP access is turned on in the mailbox's settings.")};
    if (said.contains(QLatin1String("Application-specific password"), Qt::CaseInsensitive) ||
        said.contains(QLatin1String("app password"), Qt::CaseInsensitive)) {
        steps.prepend(tr("The server asks for an app password: use one instead of the account password."));
    }
    return Finding{
        Severity::Error,
        {.id = QStringLiteral("imap.auth_failed"),
         .subject = m_settings.username,
         .detail =
             tr("The mailbox server did not accept the login for %1: %2").arg(m_settings.username, said)},
        Advice{tr("Check the mailbox login"), steps}};
}

void ImapClient::onTagged(const QByteArray& status, const Response& response)
{
    const bool ok = status == "OK";
    m_pendingLiterals.clear();
    switch (m_stage) {
    case Stage::Capability:
        if (!ok) {
            fail(Finding{
                Severity::Error,
                {.id = QStringLiteral("imap.protocol_error"),
                 .subject = where(),
                 .detail = tr("The mailbox server refused CAPABILITY: %1").arg(tagText(response.text))},
                checkImapServerAdvice()});
            return;
        }
        afterCapabilities();
        return;
    case Stage::StartTls:
        if (!ok) {
            fail(
                Finding{Severity::Error,
                        {.id = QStringLiteral("imap.starttls_not_offered"),
                         .subject = where(),
                         .detail = tr("The mailbox server refused STARTTLS: %1").arg(tagText(response.text))},
                        useEncryptionAdvice()});
            return;
        }
        if (!m_buffer.isEmpty()) {
            // Anything sent after the go-ahead and before the handshake could be an injection.
            fail(Finding{Severity::Error,
                         {.id = QStringLiteral("imap.protocol_error"),
                          .subject = where(),
                          .detail = tr("The mailbox server sent data before encryption started.")},
                         checkImapServerAdvice()});
            return;
        }
        setStage(Stage::TlsHandshake, m_settings.connectMs);
        m_socket->startClientEncryption();
        return;
    case Stage::Auth: {
        if (!ok) {
            fail(authFailure(response.text));
            return;
        }
        note(TranscriptLine::Direction::Info, tr("Logged in as %1.").arg(m_settings.username));
        if (m_loginOnly) {
            m_result.ok = true;
            m_result.findings.append(Finding{
                Severity::Ok,
                {.id = QStringLiteral("imap.login_ok"),
                 .subject = where(),
                 .detail = tr("The mailbox server accepted the login for %1.").arg(m_settings.username)}});
            logout();
            return;
        }
        static const QRegularExpression caps(QStringLiteral("\\[CAPABILITY ([^\\]]*)\\]"),
                                             QRegularExpression::CaseInsensitiveOption);
        const auto m = caps.match(QString::fromUtf8(response.text));
        if (m.hasMatch()) {
            m_capabilities = m.captured(1).toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
        m_folders = {Folder{QStringLiteral("INBOX"), false}};
        setStage(Stage::List, m_settings.commandMs);
        command("LIST \"\" \"*\"");
        return;
    }
    case Stage::List:
        if (!ok) {
            note(TranscriptLine::Direction::Info,
                 tr("The folder list is not available; only INBOX is searched."));
        }
        m_folderIndex = 0;
        lookInNextFolder();
        return;
    case Stage::Examine:
        if (!ok) {
            note(TranscriptLine::Direction::Info,
                 tr("The folder %1 cannot be opened; skipped.").arg(m_folders.at(m_folderIndex).name));
            ++m_folderIndex;
            lookInNextFolder();
            return;
        }
        m_matches.clear();
        setStage(Stage::Search, m_settings.commandMs);
        if (m_search.inBody)
            command("UID SEARCH BODY " + quoted(m_search.headerValue));
        else
            command("UID SEARCH HEADER " + quoted(m_search.headerName) + ' ' + quoted(m_search.headerValue));
        return;
    case Stage::Search: {
        if (!ok) {
            fail(Finding{Severity::Error,
                         {.id = QStringLiteral("imap.search_failed"),
                          .subject = where(),
                          .detail = tr("The mailbox server could not search %1: %2")
                                        .arg(m_folders.at(m_folderIndex).name, tagText(response.text))},
                         retryAdvice()});
            return;
        }
        if (m_matches.isEmpty()) {
            ++m_folderIndex;
            lookInNextFolder();
            return;
        }
        const Folder& folder = m_folders.at(m_folderIndex);
        m_result.found = true;
        m_result.folder = folder.name;
        m_result.junk = folder.junk;
        m_result.uid = *std::max_element(m_matches.cbegin(), m_matches.cend());
        m_fetchedTarget = false;
        setStage(Stage::Fetch, m_settings.commandMs);
        command("UID FETCH " + QByteArray::number(m_result.uid) + " (UID INTERNALDATE BODY.PEEK[HEADER])");
        return;
    }
    case Stage::Fetch:
        if (!ok) {
            fail(Finding{Severity::Error,
                         {.id = QStringLiteral("imap.fetch_failed"),
                          .subject = where(),
                          .detail = tr("The mailbox server could not read the message's header: %1")
                                        .arg(tagText(response.text))},
                         retryAdvice()});
            return;
        }
        if (m_search.deleteWhenFound && !m_fetchedTarget) {
            // The server did not show the message it found: it may be gone already. Nothing is changed.
            m_result.findings.append(Finding{
                Severity::Warning,
                {.id = QStringLiteral("imap.delete_skipped"),
                 .subject = where(),
                 .detail =
                     tr("The mailbox server did not return the test message it had found, so Postino did "
                        "not delete anything.")},
                Advice{tr("Delete it by hand if it is still there"),
                       {tr("Look for the message with the test's subject in %1.").arg(m_result.folder)}}});
            finishLooking();
            return;
        }
        if (m_search.deleteWhenFound) {
            setStage(Stage::Store, m_settings.commandMs);
            command("UID STORE " + QByteArray::number(m_result.uid) + " +FLAGS.SILENT (\\Deleted)");
            return;
        }
        finishLooking();
        return;
    case Stage::Store:
        if (!ok) {
            m_result.findings.append(Finding{
                Severity::Warning,
                {.id = QStringLiteral("imap.delete_failed"),
                 .subject = where(),
                 .detail = tr("The test message could not be deleted: %1").arg(tagText(response.text))},
                Advice{tr("Delete the test message yourself"),
                       {tr("Open the mailbox in your mail program and delete the Postino test "
                           "message.")}}});
            finishLooking();
            return;
        }
        if (m_capabilities.contains(QStringLiteral("UIDPLUS"))) {
            // UID EXPUNGE removes exactly this message, never others already marked \Deleted.
            setStage(Stage::Expunge, m_settings.commandMs);
            command("UID EXPUNGE " + QByteArray::number(m_result.uid));
            return;
        }
        m_result.findings.append(
            Finding{Severity::Info,
                    {.id = QStringLiteral("imap.marked_deleted"),
                     .subject = where(),
                     .detail = tr("The test message is marked as deleted; your mail program removes it "
                                  "when it cleans up the folder.")}});
        finishLooking();
        return;
    case Stage::Expunge:
        m_result.deleted = ok;
        if (ok) {
            m_result.findings.append(Finding{
                Severity::Info,
                {.id = QStringLiteral("imap.deleted"),
                 .subject = where(),
                 .detail = tr("The test message was deleted from %1, as you asked.").arg(m_result.folder)}});
        }
        finishLooking();
        return;
    case Stage::Logout:
        finish();
        return;
    default:
        fail(Finding{
            Severity::Error,
            {.id = QStringLiteral("imap.protocol_error"),
             .subject = where(),
             .detail = tr("An unexpected answer: %1").arg(QString::fromUtf8(response.text.left(200)))},
            checkImapServerAdvice()});
        return;
    }
}

void ImapClient::lookInNextFolder()
{
    if (m_folderIndex == 0) {
        ++m_result.looks;
    }
    if (m_folderIndex >= m_folders.size()) {
        // Not there yet: look again after a pause while time remains.
        const qint64 since = m_search.sentAt.isValid()
                                 ? m_search.sentAt.msecsTo(QDateTime::currentDateTimeUtc())
                                 : elapsedMs();
        if (since + m_search.pollMs < m_search.waitMs) {
            Q_EMIT progress(tr("Not in the mailbox yet; looking again in %n second(s)…", nullptr,
                               std::max(1, m_search.pollMs / 1000)));
            setStage(Stage::Pause, 0);
            m_pause.start(m_search.pollMs);
            return;
        }
        finishLooking();
        return;
    }
    const Folder& folder = m_folders.at(m_folderIndex);
    if (!m_result.foldersSearched.contains(folder.name)) {
        m_result.foldersSearched.append(folder.name);
    }
    Q_EMIT progress(tr("Looking in %1…").arg(folder.name));
    setStage(Stage::Examine, m_settings.commandMs);
    // EXAMINE opens read-only; SELECT only when the user asked to delete the test message.
    command((m_search.deleteWhenFound ? "SELECT " : "EXAMINE ") + quoted(folder.name));
}

void ImapClient::finishLooking()
{
    m_result.ok = true;
    if (m_result.found) {
        if (m_result.arrivedAt.isValid() && m_search.sentAt.isValid()) {
            m_result.arrivalMs = std::max<qint64>(0, m_search.sentAt.msecsTo(m_result.arrivedAt));
        }
    }
    logout();
}

void ImapClient::logout()
{
    setStage(Stage::Logout, 5000);
    command("LOGOUT");
    m_socket->flush();
}

void ImapClient::fail(Finding finding)
{
    m_result.ok = false;
    m_result.findings.append(std::move(finding));
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    finish();
}

void ImapClient::finish()
{
    finishJob();
}

void ImapClient::emitFinished()
{
    m_timer.stop();
    m_pause.stop();
    m_stage = Stage::Done;
    m_result.elapsedMs = elapsedMs();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished(m_result);
}

} // namespace postino
