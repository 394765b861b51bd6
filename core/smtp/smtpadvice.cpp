#include "smtpadvice.h"

#include "advice/advicebook.h"
#include "smtp/smtpclient.h"

#include <QCoreApplication>
#include <algorithm>

namespace postino::smtpadvice {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpAdvice)
};

QString server(const SmtpSettings& s)
{
    return s.host + QLatin1Char(':') + QString::number(s.port);
}

QString apiMailerStep()
{
    return Text::tr(
        "If your host blocks mail ports, choose an API mailer (such as SendLayer, Brevo or Mailgun): "
        "it sends over HTTPS on port 443, which hosts leave open.");
}

// Whole seconds for people, never "0 seconds" for a sub-second timeout.
int roundedSeconds(int ms)
{
    return std::max(1, (ms + 500) / 1000);
}

Finding make(const char* id, const SmtpSettings& s, const QString& detail, const QString& title,
             const QStringList& steps, Severity severity = Severity::Error)
{
    return Finding{severity,
                   {.id = QString::fromLatin1(id), .subject = server(s), .detail = detail},
                   Advice{title, steps}};
}

} // namespace

Finding tlsErrorFinding(const QList<QSslError>& errors, const SmtpSettings& s, const QString& systemText);

Finding connectError(QAbstractSocket::SocketError error, const SmtpSettings& s, SmtpStage stage,
                     const QString& systemText)
{
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        return make("smtp.host_not_found", s,
                    Text::tr("The server name %1 could not be found (%2).").arg(s.host, systemText),
                    Text::tr("Check the SMTP host name"),
                    {Text::tr("Copy the host name exactly from your provider's instructions, for example "
                              "smtp.example.com."),
                     Text::tr("Leave out any http://, slashes or port number.")});
    case QAbstractSocket::ConnectionRefusedError:
        return make(
            "smtp.connection_refused", s,
            Text::tr("%1 refused the connection on port %2: nothing is listening there.")
                .arg(s.host)
                .arg(s.port),
            Text::tr("Check the port"),
            {Text::tr("Your provider's instructions name the port: usually 587 with TLS, or 465 with SSL."),
             Text::tr("If the port is right, the server may be down; try again later.")});
    case QAbstractSocket::RemoteHostClosedError:
        if (stage == SmtpStage::Greeting || stage == SmtpStage::TlsHandshake) {
            return make(
                "smtp.connection_closed", s,
                Text::tr("The server closed the connection before the conversation started."),
                Text::tr("Check the encryption setting"),
                {Text::tr("Port 465 expects SSL, port 587 expects TLS (STARTTLS): make sure the encryption "
                          "matches the port."),
                 Text::tr("Some servers refuse connections from addresses on a blocklist; ask your provider "
                          "whether your address is allowed.")});
        }
        return make(
            "smtp.connection_closed", s,
            Text::tr("The server closed the connection unexpectedly while %1.").arg(smtpStageName(stage)),
            Text::tr("Try again"),
            {Text::tr("Send the test again; if it keeps happening, ask your provider why the server "
                      "drops the connection.")});
    case QAbstractSocket::SslHandshakeFailedError:
        return tlsError({}, s, systemText);
    default:
        return make("smtp.network_error", s, Text::tr("A network error occurred: %1").arg(systemText),
                    Text::tr("Check the connection"),
                    {Text::tr("Make sure this computer is online and no firewall or security software blocks "
                              "port %1.")
                         .arg(s.port),
                     apiMailerStep()});
    }
}

Finding tlsError(const QList<QSslError>& errors, const SmtpSettings& s, const QString& systemText)
{
    Finding f = tlsErrorFinding(errors, s, systemText);
    if (!errors.isEmpty() && !errors.first().certificate().isNull()) {
        const QString fingerprint = certificateFingerprint(errors.first().certificate());
        f.detail += QLatin1Char(' ') + Text::tr("Certificate fingerprint (SHA-256): %1.").arg(fingerprint);
        f.advice.steps << Text::tr(
            "Only if the server's administrator confirms this exact fingerprint, choose "
            "\"Trust this certificate\" for this server.");
    }
    return f;
}

Finding tlsErrorFinding(const QList<QSslError>& errors, const SmtpSettings& s, const QString& systemText)
{
    // An expired certificate is named first even when the name is wrong too: nothing the user
    // changes on this side fixes it, and renewing it is the server's first job.
    QList<QSslError> ordered = errors;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const QSslError& e) { return e.error() == QSslError::CertificateExpired; });
    for (const QSslError& e : std::as_const(ordered)) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return make(
                "smtp.tls.certificate_expired", s,
                Text::tr("The server's certificate expired on %1.")
                    .arg(e.certificate().expiryDate().toString(Qt::ISODate)),
                Text::tr("The server's certificate has expired"),
                {Text::tr(
                     "Tell the server's administrator or your provider: the certificate must be renewed."),
                 Text::tr("Postino does not send passwords to a server it cannot verify.")});
        case QSslError::HostNameMismatch:
            return make(
                "smtp.tls.name_mismatch", s,
                Text::tr("The server's certificate is for %1, not for %2.")
                    .arg(e.certificate().subjectAlternativeNames().values().join(QStringLiteral(", ")),
                         s.host),
                Text::tr("Use the host name the certificate was issued for"),
                {Text::tr("Many hosts want their own server name (for example mail.yourhost.com) rather "
                          "than your domain: check your provider's instructions."),
                 Text::tr("Postino does not send passwords to a server whose name does not match.")});
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
            return make(
                "smtp.tls.self_signed", s, Text::tr("The server's certificate is self-signed."),
                Text::tr("The server's identity cannot be verified"),
                {Text::tr("Ask the server's administrator to install a certificate from a recognized "
                          "authority."),
                 Text::tr("Use your provider's official host name, which usually has a valid certificate.")});
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToVerifyFirstCertificate:
            return make(
                "smtp.tls.untrusted", s,
                Text::tr("The server's certificate was issued by an authority this computer does not trust."),
                Text::tr("The server's identity cannot be verified"),
                {Text::tr("Check that the host name is your provider's official one."),
                 Text::tr("If this is your own server, install a certificate from a recognized "
                          "authority.")});
        default:
            break;
        }
    }
    if (errors.isEmpty() &&
        (systemText.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive) ||
         systemText.contains(QLatin1String("packet length too long"), Qt::CaseInsensitive) ||
         systemText.contains(QLatin1String("unexpected eof"), Qt::CaseInsensitive))) {
        return make(
            "smtp.encryption_mismatch", s,
            Text::tr("Postino spoke TLS from the first byte, but the server on port %1 answered in plain "
                     "text (%2).")
                .arg(s.port)
                .arg(systemText),
            Text::tr("The encryption does not match the port"),
            {Text::tr("SSL (TLS from the start) belongs on port 465; for ports 587, 25 and 2525 choose TLS "
                      "(STARTTLS)."),
             Text::tr("Check your provider's instructions for the right pair of port and encryption.")});
    }
    const QString detail = errors.isEmpty() ? systemText : errors.first().errorString();
    return make("smtp.tls.handshake_failed", s,
                Text::tr("The secure connection could not be set up: %1").arg(detail),
                Text::tr("Check the encryption setting"),
                {Text::tr("Port 465 expects SSL, port 587 expects TLS (STARTTLS): make sure the encryption "
                          "matches the port."),
                 Text::tr("Old servers may only speak outdated TLS versions, which Postino refuses; ask your "
                          "provider for a current server.")});
}

Finding timeout(SmtpStage stage, const SmtpSettings& s, int timeoutMs)
{
    const int seconds = roundedSeconds(timeoutMs);
    if (stage == SmtpStage::Connect) {
        return make("smtp.connect_timeout", s,
                    Text::tr("No answer from %1 on port %2 within %n second(s).", nullptr, seconds)
                        .arg(s.host)
                        .arg(s.port),
                    Text::tr("The port is probably blocked by a firewall"),
                    {Text::tr("Hosting companies often block some mail ports: try the other ports your "
                              "provider offers (587, 465 or 2525)."),
                     Text::tr("Check any firewall or security plugin on the server, and your own network."),
                     apiMailerStep()});
    }
    if (stage == SmtpStage::Greeting && s.security != SmtpSecurity::Tls &&
        (s.port == 465 || s.port == 2465)) {
        return make(
            "smtp.no_greeting", s,
            Text::tr("Connected, but the server said nothing for %n second(s): it is waiting for TLS.",
                     nullptr, seconds),
            Text::tr("Port %1 expects SSL").arg(s.port),
            {Text::tr("Set the encryption to SSL for port %1.").arg(s.port)});
    }
    if (stage == SmtpStage::Greeting) {
        return make(
            "smtp.no_response", s,
            Text::tr("Connected, but the server sent no greeting within %n second(s).", nullptr, seconds),
            Text::tr("The server is not answering"),
            {Text::tr("The server may be overloaded or deliberately slow with new connections; try again "
                      "in a few minutes."),
             Text::tr("If the port is 465, choose SSL; if it is 587 or 25, choose TLS."),
             Text::tr("Some firewalls accept connections and then block the traffic; try another "
                      "port your provider offers.")});
    }
    return make(
        "smtp.timeout", s,
        Text::tr("The server stopped answering while %1 (waited %n second(s)).", nullptr, seconds)
            .arg(smtpStageName(stage)),
        Text::tr("Try again later"),
        {Text::tr("The server may be overloaded or slowing down connections on purpose; try again in a "
                  "few minutes."),
         Text::tr("If it keeps happening, check the encryption setting matches the port.")});
}

Finding starttlsNotOffered(const SmtpSettings& s)
{
    return make(
        "smtp.starttls_not_offered", s,
        Text::tr("You asked for TLS, but %1 does not offer STARTTLS. Postino stopped before sending your "
                 "password.")
            .arg(server(s)),
        Text::tr("The connection cannot be secured"),
        {Text::tr("If the port is 465, choose SSL instead of TLS."),
         Text::tr("Otherwise ask your provider for a port that supports TLS (usually 587)."),
         Text::tr("Something on the network may be removing STARTTLS; try another network.")});
}

Finding authNotOffered(const SmtpSettings& s, bool encrypted)
{
    QStringList steps;
    if (!encrypted) {
        steps << Text::tr(
            "Many servers only offer login on an encrypted connection: choose TLS (port 587) or SSL "
            "(port 465).");
    }
    steps << Text::tr("If this server does not need a login (for example your host's own relay), turn "
                      "Authentication off.");
    return make("smtp.auth_not_offered", s,
                Text::tr("The server does not offer a way to log in on this connection."),
                Text::tr("Login is not available here"), steps);
}

Finding plaintextAuthRefused(const SmtpSettings& s)
{
    return make("smtp.plaintext_auth_refused", s,
                Text::tr("The connection is not encrypted, so Postino did not send your password."),
                Text::tr("Use an encrypted connection"),
                {Text::tr("Choose TLS (port 587) or SSL (port 465)."),
                 Text::tr("Only choose None if you trust every network between you and the server.")});
}

Finding protocolError(const QString& detail, const SmtpSettings& s)
{
    return make(
        "smtp.protocol_error", s,
        Text::tr("The server's answer did not follow the SMTP protocol: %1").arg(detail),
        Text::tr("Check that this is a mail server"),
        {Text::tr("Make sure the host and port are those of an SMTP server, not a web or IMAP server.")});
}

Finding replyTooLong(const SmtpSettings& s, qsizetype maxLines, qsizetype maxBytes)
{
    return make(
        "smtp.reply_too_long", s,
        Text::tr("The server's answer went on past %1 lines or %2 KB; Postino ended the connection. "
                 "No mail server answers at such length.")
            .arg(maxLines)
            .arg(maxBytes / 1024),
        Text::tr("Check that this is a mail server"),
        {Text::tr("Make sure the host and port are those of an SMTP server, not a web or IMAP server."),
         Text::tr("If they are, something between this computer and the server (a proxy or security "
                  "software) garbles the connection: try another network.")});
}

Finding messageTooLarge(qint64 size, qint64 limit, const SmtpSettings& s)
{
    return make("smtp.message_too_large", s,
                Text::tr("The message is %1 bytes; the server accepts at most %2.").arg(size).arg(limit),
                Text::tr("Send a smaller message"),
                {Text::tr("Remove attachments or ask your provider about the limit.")});
}

Finding replyError(SmtpStage stage, const SmtpReply& reply, const SmtpSettings& s)
{
    AdviceFacts facts;
    switch (stage) {
    case SmtpStage::Greeting:
        facts.stage = QStringLiteral("greeting");
        break;
    case SmtpStage::Ehlo:
        facts.stage = QStringLiteral("ehlo");
        break;
    case SmtpStage::StartTls:
        facts.stage = QStringLiteral("starttls");
        break;
    case SmtpStage::Auth:
        facts.stage = QStringLiteral("auth");
        facts.login = s.oauthToken.isEmpty() ? QStringLiteral("password") : QStringLiteral("oauth");
        break;
    case SmtpStage::MailFrom:
        facts.stage = QStringLiteral("mail");
        break;
    case SmtpStage::RcptTo:
        facts.stage = QStringLiteral("rcpt");
        break;
    case SmtpStage::Data:
    case SmtpStage::Message:
        facts.stage = QStringLiteral("data");
        break;
    default:
        break;
    }
    facts.code = reply.code;
    facts.enhancedCode = reply.enhancedCode;
    facts.text = reply.text();
    const AdviceBook& book = AdviceBook::smtpReplies();
    const QString said = Text::tr("The server answered: %1").arg(reply.toString());
    if (const AdviceRule* rule = book.match(facts)) {
        return Finding{
            rule->severity, {.id = rule->id, .subject = server(s), .detail = said}, book.adviceFor(*rule)};
    }
    return make("smtp.unexpected_reply", s, said, Text::tr("Unexpected answer"),
                {Text::tr("Read the server's answer above and check your settings.")});
}

Finding mechanismUnsupported(const SmtpSettings& s, const QStringList& offered, const QStringList& known)
{
    return make("smtp.auth_mechanism_unsupported", s,
                Text::tr("The server offers login only by %1, which Postino cannot use here (it knows %2).")
                    .arg(offered.join(QStringLiteral(", ")), known.join(QStringLiteral(", "))),
                Text::tr("No common way to log in"),
                {Text::tr("If the server relays by address instead of by login, turn Authentication off."),
                 Text::tr("Otherwise ask your provider for an SMTP server that accepts a password login.")});
}

Finding smtputf8Unsupported(const SmtpSettings& s)
{
    return make("smtp.smtputf8_not_supported", s,
                Text::tr("An address contains non-ASCII characters, and the server does not support them "
                         "(SMTPUTF8)."),
                Text::tr("Use a plain ASCII address"),
                {Text::tr("Use an address without accented letters, or one in its ASCII (xn--) form.")});
}

Finding authOfferedButOff(const SmtpSettings& s)
{
    return make("smtp.auth_disabled_but_offered", s,
                Text::tr("Authentication is off, but the server offers a login: it probably expects one."),
                Text::tr("Consider turning Authentication on"),
                {Text::tr("Without a login, most servers refuse to pass mail on to other domains.")},
                Severity::Warning);
}

Finding tooSlow(const SmtpSettings& s, int timeoutMs)
{
    return make(
        "smtp.too_slow", s,
        Text::tr("The server started its greeting but did not finish it within %n second(s).", nullptr,
                 roundedSeconds(timeoutMs)),
        Text::tr("The server is extremely slow"),
        {Text::tr("Some servers slow down connections from addresses they distrust; try again later."),
         Text::tr("If it keeps happening, ask your provider whether your server's address is "
                  "blocklisted.")});
}

Finding greetingFromOtherHost(const SmtpSettings& s, const QString& greetingName)
{
    return make(
        "smtp.greeting_host_mismatch", s,
        Text::tr("The server at %1 introduced itself as %2. Providers often name their machines "
                 "differently from their website; the certificate check decides whether it is really %1.")
            .arg(s.host, greetingName),
        {}, {}, Severity::Info);
}

Finding sent(const SmtpSettings& s, const QString& queueId, const SmtpReply& reply)
{
    QString detail = Text::tr("The server accepted the test email for delivery.");
    if (!queueId.isEmpty()) {
        detail += QLatin1Char(' ') + Text::tr("Its queue id is %1.").arg(queueId);
    }
    Finding f =
        make("smtp.sent", s, detail, Text::tr("Check the recipient's inbox"),
             {Text::tr("The message should arrive within a few minutes; look in the spam folder too."),
              Text::tr("If it does not arrive, check the From domain's SPF, DKIM and DMARC records.")},
             Severity::Ok);
    Q_UNUSED(reply);
    return f;
}

Finding credentialsAccepted(const SmtpSettings& s, bool authenticated)
{
    return make("smtp.credentials_ok", s,
                authenticated ? Text::tr("Connected securely and logged in; nothing was sent.")
                              : Text::tr("Connected; login is turned off, so no password was checked."),
                {}, {}, Severity::Ok);
}

} // namespace postino::smtpadvice
