#include "discovery/autoconfig.h"

#include "dns/resolver.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <optional>

namespace postino::discovery {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Autoconfig)
};

const QString kPrefix = QStringLiteral("discover.autoconfig.");

// A value from the file as a finding quotes it: one line, and short (a hostile file may hold
// a host name of a hundred thousand characters).
QString quoted(const QString& value)
{
    QString text = value.simplified();
    if (text.size() > 80) {
        text = text.left(80) + QChar(0x2026);
    }
    return text;
}

Advice fixFileAdvice(const QString& domain, const QString& url)
{
    return Advice{
        Text::tr("Correct the autoconfig file, or leave it"),
        {Text::tr("If you publish this file for %1, correct it at %2: it follows Thunderbird's "
                  "config-v1.1.xml format, and email programs that read it stumble over the same mistake.")
             .arg(domain, url),
         Text::tr("If someone else publishes it, nothing is needed here: Postino takes the settings from its "
                  "other sources (SRV records, its table of providers, the usual server names).")}};
}

Finding fileWarning(const QString& id, const QString& url, const QString& domain, const QString& detail)
{
    return Finding{Severity::Warning,
                   {.id = kPrefix + id, .subject = url, .detail = detail},
                   fixFileAdvice(domain, url)};
}

// A note about the file that needs no action.
Finding fileNote(const QString& id, const QString& url, const QString& detail)
{
    return Finding{Severity::Info, {.id = kPrefix + id, .subject = url, .detail = detail}};
}

// What the start of a body says it is, before any parsing: an empty answer or a web page is no
// autoconfig file (a site answering every path with its home page).
bool looksLikeWebPageOrNothing(const QByteArray& document)
{
    QByteArray start = document.left(512).trimmed();
    if (start.startsWith("\xEF\xBB\xBF")) {
        start = start.mid(3).trimmed();
    }
    if (start.isEmpty() || !start.startsWith('<')) {
        return true;
    }
    const QByteArray lower = start.toLower();
    return lower.startsWith("<!doctype html") || lower.startsWith("<html");
}

struct Server
{
    QString type;
    QString hostname;
    QString port;
    QStringList socketTypes;
    QString username;
    QStringList authentication;
};

class Reader
{
public:
    Reader(const QByteArray& document, const QString& domain, const QString& url)
        : m_xml(document)
        , m_domain(domain)
        , m_url(url)
    {}

    AutoconfigParse read();

private:
    void readProvider();
    Server readServer();
    void take(const Server& server, int number);
    Finding malformed() const;

    QXmlStreamReader m_xml;
    QString m_domain;
    QString m_url;
    AutoconfigParse m_result;
    int m_smtpEntries = 0;
};

AutoconfigParse Reader::read()
{
    // Up to the root element: a DOCTYPE is refused before anything it declares is used.
    while (!m_xml.atEnd()) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            if (m_xml.dtdName().compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
                m_result.isAutoconfig = false;
                m_result.findings.append(
                    fileNote(QStringLiteral("not_config"), m_url,
                             Text::tr("The address answers with a web page, not an autoconfig file.")));
                return m_result;
            }
            m_result.findings.append(fileWarning(
                QStringLiteral("doctype"), m_url, m_domain,
                Text::tr("The autoconfig file starts with a DOCTYPE declaration, which the format does not "
                         "have and which can declare entities that expand without end. Postino did not read "
                         "the file.")));
            return m_result;
        }
        if (token == QXmlStreamReader::StartElement) {
            break;
        }
    }
    if (m_xml.hasError()) {
        m_result.findings.append(malformed());
        return m_result;
    }
    if (m_xml.tokenType() != QXmlStreamReader::StartElement ||
        m_xml.name() != QLatin1String("clientConfig")) {
        m_result.isAutoconfig = false;
        const QString root =
            m_xml.tokenType() == QXmlStreamReader::StartElement ? m_xml.name().toString() : QString();
        m_result.findings.append(fileNote(
            QStringLiteral("not_config"), m_url,
            root.isEmpty() ? Text::tr("The address answers with a document that is no autoconfig file.")
                           : Text::tr("The address answers with an XML document <%1>, not an autoconfig file "
                                      "<clientConfig>.")
                                 .arg(quoted(root))));
        return m_result;
    }
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == QLatin1String("emailProvider")) {
            readProvider();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        m_xml.readNext(); // what follows the root: comments, or a second root (an error)
    }
    if (m_xml.hasError()) {
        // A file cut short or broken half way is not trusted for the servers read before the break.
        m_result.candidates.clear();
        m_result.findings = {malformed()};
        return m_result;
    }
    if (m_smtpEntries == 0) {
        m_result.findings.append(
            fileWarning(QStringLiteral("no_smtp"), m_url, m_domain,
                        Text::tr("The autoconfig file names no outgoing server of type \"smtp\": it gives "
                                 "nothing to send with.")));
    } else if (m_smtpEntries > kAutoconfigMaxServers) {
        m_result.findings.append(
            fileNote(QStringLiteral("too_many_servers"), m_url,
                     Text::tr("The autoconfig file lists %1 SMTP servers; Postino took the first %2.")
                         .arg(m_smtpEntries)
                         .arg(kAutoconfigMaxServers)));
    }
    return m_result;
}

Finding Reader::malformed() const
{
    return fileWarning(
        QStringLiteral("malformed"), m_url, m_domain,
        Text::tr("The autoconfig file is not well-formed XML (line %1, column %2: %3). Postino "
                 "did not use it.")
            .arg(m_xml.lineNumber())
            .arg(m_xml.columnNumber())
            .arg(m_xml.errorString()));
}

void Reader::readProvider()
{
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() != QLatin1String("outgoingServer")) {
            m_xml.skipCurrentElement();
            continue;
        }
        const bool smtp = m_xml.attributes().value(QLatin1String("type")) == QLatin1String("smtp");
        if (!smtp) {
            m_xml.skipCurrentElement();
            continue;
        }
        ++m_smtpEntries;
        if (m_result.candidates.size() >= kAutoconfigMaxServers) {
            m_xml.skipCurrentElement();
            continue;
        }
        const Server server = readServer();
        if (!m_xml.hasError()) {
            take(server, m_smtpEntries);
        }
    }
}

Server Reader::readServer()
{
    Server server;
    while (m_xml.readNextStartElement()) {
        const QStringView name = m_xml.name();
        const auto text = [this] {
            return m_xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
        };
        if (name == QLatin1String("hostname")) {
            server.hostname = text();
        } else if (name == QLatin1String("port")) {
            server.port = text();
        } else if (name == QLatin1String("socketType")) {
            server.socketTypes.append(text());
        } else if (name == QLatin1String("username")) {
            server.username = text();
        } else if (name == QLatin1String("authentication")) {
            server.authentication.append(text());
        } else {
            m_xml.skipCurrentElement();
        }
    }
    return server;
}

void Reader::take(const Server& server, int number)
{
    const QString entry = Text::tr("SMTP server entry %1").arg(number);
    QString hostname = server.hostname;
    hostname.replace(QLatin1String("%EMAILDOMAIN%"), m_domain);
    const QString host = validHostName(hostname);
    if (host.isEmpty()) {
        m_result.findings.append(
            fileWarning(QStringLiteral("bad_hostname"), m_url, m_domain,
                        server.hostname.isEmpty()
                            ? Text::tr("%1 has no host name; Postino skipped it.").arg(entry)
                            : Text::tr("%1 names \"%2\", which is not a server name; Postino skipped it.")
                                  .arg(entry, quoted(server.hostname))));
        return;
    }
    bool numeric = false;
    const int port = server.port.toInt(&numeric, 10);
    if (!numeric || port < 1 || port > 65535) {
        m_result.findings.append(fileWarning(
            QStringLiteral("bad_port"), m_url, m_domain,
            server.port.isEmpty()
                ? Text::tr("%1 (%2) has no port; Postino skipped it.").arg(entry, host)
                : Text::tr("%1 (%2) gives the port \"%3\", which is not a port number from 1 to 65535; "
                           "Postino skipped it.")
                      .arg(entry, host, quoted(server.port))));
        return;
    }
    std::optional<SmtpSecurity> security;
    for (const QString& socketType : server.socketTypes) { // the first one known, as Thunderbird does
        if (socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0) {
            security = SmtpSecurity::Tls;
        } else if (socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0) {
            security = SmtpSecurity::StartTls;
        } else if (socketType.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0) {
            security = SmtpSecurity::None;
        }
        if (security) {
            break;
        }
    }
    if (!security) {
        m_result.findings.append(fileWarning(
            QStringLiteral("bad_socket_type"), m_url, m_domain,
            server.socketTypes.isEmpty()
                ? Text::tr("%1 (%2:%3) does not say how to connect (socketType SSL, STARTTLS or plain); "
                           "Postino skipped it.")
                      .arg(entry, host)
                      .arg(port)
                : Text::tr("%1 (%2:%3) gives the socketType \"%4\"; the format knows SSL, STARTTLS and "
                           "plain. Postino skipped it.")
                      .arg(entry, host)
                      .arg(port)
                      .arg(quoted(server.socketTypes.join(QStringLiteral(", "))))));
        return;
    }
    for (const SmtpCandidate& known : std::as_const(m_result.candidates)) {
        if (known.host == host && known.port == port && known.security == *security) {
            return; // listed twice
        }
    }

    SmtpCandidate candidate;
    candidate.host = host;
    candidate.port = quint16(port);
    candidate.security = *security;
    candidate.source = CandidateSource::Autoconfig;
    candidate.sourceDetail = m_url;
    if (server.username == QLatin1String("%EMAILADDRESS%") ||
        server.username == QLatin1String("%EMAILLOCALPART%@%EMAILDOMAIN%")) {
        candidate.username = UsernameForm::EmailAddress;
    } else if (server.username == QLatin1String("%EMAILLOCALPART%")) {
        candidate.username = UsernameForm::LocalPart;
    } else if (!server.username.isEmpty()) {
        m_result.findings.append(
            fileNote(QStringLiteral("fixed_username"), m_url,
                     Text::tr("The autoconfig file gives %1:%2 the fixed user name \"%3\" rather than one "
                              "made from the address.")
                         .arg(host)
                         .arg(port)
                         .arg(quoted(server.username))));
    }

    static const QStringList passwords = {QStringLiteral("password-cleartext"), QStringLiteral("plain"),
                                          QStringLiteral("password-encrypted"), QStringLiteral("secure")};
    bool byPassword = server.authentication.isEmpty();
    for (const QString& method : server.authentication) {
        byPassword = byPassword || passwords.contains(method, Qt::CaseInsensitive);
    }
    if (!byPassword) {
        m_result.findings.append(
            fileNote(QStringLiteral("no_password_auth"), m_url,
                     Text::tr("The autoconfig file says %1:%2 signs in with %3, not with a password.")
                         .arg(host)
                         .arg(port)
                         .arg(quoted(server.authentication.join(QStringLiteral(", "))))));
    }
    m_result.candidates.append(candidate);
}

} // namespace

QString validHostName(const QString& raw)
{
    const QString name = dns::normalizedName(raw);
    if (name.isEmpty()) {
        return {};
    }
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2) {
        return {};
    }
    for (const QString& label : labels) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            return {};
        }
        for (const QChar c : label) {
            const bool ldh = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
            if (!ldh) {
                return {};
            }
        }
    }
    bool numericTop = true; // "192.0.2.1": an address, not a name
    for (const QChar c : labels.constLast()) {
        numericTop = numericTop && c.isDigit();
    }
    return numericTop ? QString() : name;
}

AutoconfigParse parseAutoconfig(const QByteArray& document, const QString& domain, const QString& url)
{
    if (document.size() > kAutoconfigMaxBytes) {
        AutoconfigParse result;
        result.findings.append(fileWarning(
            QStringLiteral("too_large"), url, domain,
            Text::tr("The autoconfig file is larger than %1 KiB, far more than a list of servers needs. "
                     "Postino did not read it.")
                .arg(kAutoconfigMaxBytes / 1024)));
        return result;
    }
    if (looksLikeWebPageOrNothing(document)) {
        AutoconfigParse result;
        result.isAutoconfig = false;
        result.findings.append(Finding{
            Severity::Info,
            {.id = kPrefix + QStringLiteral("not_config"),
             .subject = url,
             .detail = document.trimmed().isEmpty()
                           ? Text::tr("The address answers with an empty document.")
                           : Text::tr("The address answers with a web page or text, not an autoconfig "
                                      "file.")}});
        return result;
    }
    return Reader(document, domain, url).read();
}

} // namespace postino::discovery
