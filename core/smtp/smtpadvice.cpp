#include "smtpadvice.h"

#include "smtp/smtpclient.h"

#include <QCoreApplication>

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
    return Finding{QString::fromLatin1(id), severity, server(s), detail, Advice{title, steps}};
}

bool mentions(const SmtpReply& reply, const char* needle)
{
    return reply.text().contains(QLatin1String(needle), Qt::CaseInsensitive);
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
        return make("smtp.connection_closed", s,
                    Text::tr("The server closed the connection unexpectedly (%1).").arg(smtpStageName(stage)),
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
    for (const QSslError& e : errors) {
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
                {Text::tr("Ask the server's administrator to install a certificate from a recognised "
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
                 Text::tr("If this is your own server, install a certificate from a recognised "
                          "authority.")});
        default:
            break;
        }
    }
    if (errors.isEmpty() &&
        (systemText.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive) ||
         systemText.contains(QLatin1String("packet length too long"), Qt::CaseInsensitive) ||
         systemText.contains(QLatin1String("unexpected eof"), Qt::CaseInsensitive) ||
         systemText.contains(QLatin1String("closed"), Qt::CaseInsensitive))) {
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
                    {Text::tr("Hosting companies often block ports 25, 465 and 587; try port 587 or 2525."),
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

Finding messageTooLarge(qint64 size, qint64 limit, const SmtpSettings& s)
{
    return make("smtp.message_too_large", s,
                Text::tr("The message is %1 bytes; the server accepts at most %2.").arg(size).arg(limit),
                Text::tr("Send a smaller message"),
                {Text::tr("Remove attachments or ask your provider about the limit.")});
}

Finding replyError(SmtpStage stage, const SmtpReply& reply, const SmtpSettings& s)
{
    const QString said = Text::tr("The server answered: %1").arg(reply.toString());
    const QString enhanced = reply.enhancedCode;
    if (reply.code == 421) {
        return make(
            "smtp.service_unavailable", s, said, Text::tr("The server is busy or closing the connection"),
            {Text::tr("Wait a few minutes and send the test again."),
             Text::tr("If it persists, your server's address may be rate-limited or blocklisted; ask your "
                      "provider.")});
    }
    switch (stage) {
    case SmtpStage::Greeting:
        return make("smtp.greeting_refused", s, said, Text::tr("The server refused the connection"),
                    {Text::tr("Your address may be blocked by this server; ask your provider."),
                     Text::tr("Try again later if the message mentions a temporary problem.")});
    case SmtpStage::Ehlo:
        return make("smtp.ehlo_refused", s, said, Text::tr("The server refused the greeting"),
                    {Text::tr("Ask your provider whether connections from your address are allowed.")});
    case SmtpStage::StartTls:
        return make(
            "smtp.starttls_failed", s, said, Text::tr("The server could not start TLS"),
            {Text::tr("Try SSL on port 465 instead."),
             Text::tr("If the server's TLS is broken and you trust the network, turn Auto TLS off.")});
    case SmtpStage::Auth:
        if (reply.code == 534 &&
            (enhanced == QLatin1String("5.7.9") || mentions(reply, "application-specific"))) {
            return make(
                "smtp.auth_app_password_required", s, said, Text::tr("This account needs an app password"),
                {Text::tr("Turn on 2-step verification for the account, then create an app password."),
                 Text::tr("Enter the app password here instead of your normal password.")});
        }
        if (enhanced == QLatin1String("5.7.14") || mentions(reply, "log in via your web browser")) {
            return make("smtp.auth_web_login_required", s, said,
                        Text::tr("The provider wants you to sign in through its website first"),
                        {Text::tr("Sign in to the account in a web browser and confirm any security prompt."),
                         Text::tr("Then create an app password and use it here.")});
        }
        if (enhanced == QLatin1String("5.7.139") || mentions(reply, "SmtpClientAuthentication is disabled")) {
            return make(
                "smtp.auth_smtp_disabled", s, said,
                Text::tr("Login over SMTP is turned off for this account"),
                {Text::tr("In the Microsoft 365 admin centre, turn on \"Authenticated SMTP\" for this "
                          "mailbox (and for the organisation, if it is off there)."),
                 Text::tr("Or choose the Microsoft 365 / Outlook mailer, which signs in without SMTP "
                          "login.")});
        }
        if (reply.code == 504 || enhanced == QLatin1String("5.5.4")) {
            return make(
                "smtp.auth_mechanism_unsupported", s, said,
                Text::tr("The server does not accept this way of logging in"),
                {Text::tr("If the server relays by address instead of by login, turn Authentication "
                          "off."),
                 Text::tr("Otherwise ask your provider which login methods its SMTP server supports.")});
        }
        if (reply.code == 538 || enhanced == QLatin1String("5.7.11")) {
            return make("smtp.auth_encryption_required", s, said,
                        Text::tr("Login needs an encrypted connection"),
                        {Text::tr("Choose TLS (port 587) or SSL (port 465).")});
        }
        if (reply.isTransient()) {
            return make("smtp.auth_temporary_failure", s, said,
                        Text::tr("Login failed for a temporary reason"),
                        {Text::tr("Wait a few minutes and try again.")});
        }
        return make(
            "smtp.auth_failed", s, said, Text::tr("The username or password was not accepted"),
            {Text::tr("Check the username: it is often the full email address."),
             Text::tr("Type the password again; copying can add spaces."),
             Text::tr("Gmail, Outlook and Yahoo accounts with 2-step verification need an app password."),
             Text::tr("Some providers lock an account after several failures; check its security page.")});
    case SmtpStage::MailFrom:
        if (enhanced == QLatin1String("5.7.60") || mentions(reply, "SendAsDenied")) {
            return make("smtp.send_as_denied", s, said,
                        Text::tr("This account may not send as the From address"),
                        {Text::tr("Use the account's own address as the From email."),
                         Text::tr("Or have the administrator grant \"Send As\" permission for the From "
                                  "address.")});
        }
        if (enhanced == QLatin1String("5.4.5") || mentions(reply, "sending limit")) {
            return make("smtp.daily_limit", s, said, Text::tr("The account has reached its sending limit"),
                        {Text::tr("Wait until the limit resets (usually 24 hours)."),
                         Text::tr("For a website, a transactional mail service has far higher limits than a "
                                  "mailbox.")});
        }
        if (reply.code == 530 || enhanced == QLatin1String("5.7.0")) {
            return make("smtp.auth_required", s, said, Text::tr("The server wants a login before sending"),
                        {Text::tr("Turn Authentication on and enter your username and password.")});
        }
        return make("smtp.sender_rejected", s, said, Text::tr("The server refused the From address"),
                    {Text::tr("Use a From address the account may send as: usually its own address or one on "
                              "a domain you verified with the provider.")});
    case SmtpStage::RcptTo:
        if (enhanced == QLatin1String("5.7.1") || mentions(reply, "relay")) {
            return make(
                "smtp.relay_denied", s, said, Text::tr("The server will not relay mail for you"),
                {Text::tr("Turn Authentication on and enter the account's username and password: servers "
                          "only pass mail on for users who log in."),
                 Text::tr("If you already log in, the account may not be allowed to send from this "
                          "address; check the From email.")});
        }
        if (reply.code == 530 || enhanced == QLatin1String("5.7.0")) {
            return make("smtp.auth_required", s, said, Text::tr("The server wants a login before sending"),
                        {Text::tr("Turn Authentication on and enter your username and password.")});
        }
        return make("smtp.recipient_rejected", s, said, Text::tr("The server refused the recipient"),
                    {Text::tr("Check the test recipient's address for typos."),
                     Text::tr("If the message mentions a limit, you may have hit a sending quota.")});
    case SmtpStage::Data:
    case SmtpStage::Message:
        if (enhanced == QLatin1String("5.7.60") || mentions(reply, "SendAsDenied")) {
            return make("smtp.send_as_denied", s, said,
                        Text::tr("This account may not send as the From address"),
                        {Text::tr("Use the account's own address as the From email."),
                         Text::tr("Or have the administrator grant \"Send As\" permission for the From "
                                  "address.")});
        }
        if (enhanced == QLatin1String("5.4.5")) {
            return make("smtp.daily_limit", s, said, Text::tr("The account has reached its sending limit"),
                        {Text::tr("Wait until the limit resets (usually 24 hours)."),
                         Text::tr("For a website, a transactional mail service has far higher limits than a "
                                  "mailbox.")});
        }
        if (reply.code == 552 || enhanced == QLatin1String("5.3.4")) {
            return make("smtp.message_too_large", s, said,
                        Text::tr("The message is too large for this server"),
                        {Text::tr("Ask your provider about its size limit.")});
        }
        if (enhanced.startsWith(QLatin1String("5.7"))) {
            return make(
                "smtp.message_rejected_policy", s, said, Text::tr("The server refused the message by policy"),
                {Text::tr("Check that the From address belongs to your account or a verified domain."),
                 Text::tr("The message may have been taken for spam; read the server's answer above.")});
        }
        return make(
            "smtp.message_rejected", s, said, Text::tr("The server refused the message"),
            {Text::tr("Read the server's answer above; if it mentions a limit, wait and try again.")});
    default:
        break;
    }
    if (reply.isTransient()) {
        return make("smtp.temporary_failure", s, said, Text::tr("Temporary failure"),
                    {Text::tr("Try again in a few minutes.")});
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
        Text::tr("You connected to %1, but the server introduced itself as %2.").arg(s.host, greetingName),
        Text::tr("Something may be answering in the server's place"),
        {Text::tr("Antivirus software or your network provider may be intercepting mail traffic; if "
                  "sending fails, try port 465 with SSL or another network."),
         Text::tr("Many providers name their servers differently from their website: if this name "
                  "belongs to your provider, all is well.")},
        Severity::Warning);
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
