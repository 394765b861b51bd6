// The autoconfig reader (Thunderbird's config-v1.1.xml): the SMTP servers a domain publishes, its
// placeholders, and every way a file can be wrong or hostile — each a finding, never a crash or a hang.

// Test documents are easier to read with plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "discovery/autoconfig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace postino;
using namespace postino::discovery;

namespace {

const QString kUrl = QStringLiteral("https://autoconfig.example.test/mail/config-v1.1.xml");
const QString kDomain = QStringLiteral("example.test");

QByteArray smtpServer(const QByteArray& host, const QByteArray& port, const QByteArray& socketType,
                      const QByteArray& username = "%EMAILADDRESS%",
                      const QByteArray& auth = "password-cleartext")
{
    return "    <outgoingServer type=\"smtp\">\n"
           "      <hostname>" +
           host + "</hostname>\n      <port>" + port + "</port>\n      <socketType>" + socketType +
           "</socketType>\n      <username>" + username + "</username>\n      <authentication>" + auth +
           "</authentication>\n    </outgoingServer>\n";
}

QByteArray document(const QByteArray& servers)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<clientConfig version=\"1.1\">\n"
           "  <emailProvider id=\"example.test\">\n"
           "    <domain>example.test</domain>\n"
           "    <displayName>Example Mail</displayName>\n"
           "    <incomingServer type=\"imap\">\n"
           "      <hostname>imap.example.test</hostname>\n"
           "      <port>993</port>\n"
           "      <socketType>SSL</socketType>\n"
           "      <username>%EMAILADDRESS%</username>\n"
           "      <authentication>password-cleartext</authentication>\n"
           "    </incomingServer>\n" +
           servers +
           "  </emailProvider>\n"
           "</clientConfig>\n";
}

QStringList ids(const AutoconfigParse& parse)
{
    QStringList out;
    for (const Finding& f : parse.findings) {
        out << f.id;
    }
    return out;
}

// What every result must hold, whatever the document: warnings and errors with advice, ids in the
// autoconfig family, candidates that name the file they came from.
void checkInvariants(const AutoconfigParse& parse)
{
    for (const Finding& f : parse.findings) {
        QVERIFY2(f.id.startsWith(QLatin1String("discover.autoconfig.")), qPrintable(f.id));
        QVERIFY2(!f.detail.isEmpty(), qPrintable(f.id));
        if (f.isProblem()) {
            QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
    }
    for (const SmtpCandidate& c : parse.candidates) {
        QCOMPARE(c.source, CandidateSource::Autoconfig);
        QCOMPARE(c.sourceDetail, kUrl);
        QVERIFY(c.port > 0);
        QVERIFY(!c.host.isEmpty());
        QVERIFY(!c.verified);
    }
}

} // namespace

class TestAutoconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFileGivesBothServersInOrder()
    {
        const AutoconfigParse parse =
            parseAutoconfig(document(smtpServer("smtp.example.test", "465", "SSL") +
                                     smtpServer("smtp.example.test", "587", "STARTTLS")),
                            kDomain, kUrl);
        checkInvariants(parse);
        QVERIFY(parse.isAutoconfig);
        QVERIFY2(parse.findings.isEmpty(), qPrintable(ids(parse).join(QLatin1Char(' '))));
        QCOMPARE(parse.candidates.size(), 2);
        QCOMPARE(parse.candidates[0].host, QStringLiteral("smtp.example.test"));
        QCOMPARE(parse.candidates[0].port, quint16(465));
        QCOMPARE(parse.candidates[0].security, SmtpSecurity::Tls);
        QCOMPARE(parse.candidates[0].username, UsernameForm::EmailAddress);
        QCOMPARE(parse.candidates[1].port, quint16(587));
        QCOMPARE(parse.candidates[1].security, SmtpSecurity::StartTls);
    }

    void candidateJsonUsesTheDocumentedNames()
    {
        const AutoconfigParse parse =
            parseAutoconfig(document(smtpServer("smtp.example.test", "465", "SSL") +
                                     smtpServer("smtp.example.test", "587", "STARTTLS") +
                                     smtpServer("smtp.example.test", "25", "plain", "%EMAILLOCALPART%")),
                            kDomain, kUrl);
        QCOMPARE(parse.candidates.size(), 3);
        const QJsonObject ssl = parse.candidates[0].toJson();
        QCOMPARE(ssl.value("host").toString(), QStringLiteral("smtp.example.test"));
        QCOMPARE(ssl.value("port").toInt(), 465);
        QCOMPARE(ssl.value("encryption").toString(), QStringLiteral("ssl"));
        QCOMPARE(ssl.value("source").toString(), QStringLiteral("autoconfig"));
        QCOMPARE(ssl.value("sourceDetail").toString(), kUrl);
        QCOMPARE(ssl.value("username").toString(), QStringLiteral("email"));
        QCOMPARE(ssl.value("verified").toBool(true), false);
        QCOMPARE(ssl.value("probed").toBool(true), false);
        QVERIFY(ssl.contains("verifyDetail"));
        QCOMPARE(parse.candidates[1].toJson().value("encryption").toString(), QStringLiteral("starttls"));
        QCOMPARE(parse.candidates[2].toJson().value("encryption").toString(), QStringLiteral("none"));
        QCOMPARE(parse.candidates[2].toJson().value("username").toString(), QStringLiteral("localpart"));
    }

    void placeholders()
    {
        const AutoconfigParse parse = parseAutoconfig(
            document(smtpServer("smtp.%EMAILDOMAIN%", "587", "STARTTLS", "%EMAILLOCALPART%") +
                     smtpServer("mail.%EMAILDOMAIN%", "465", "SSL", "%EMAILLOCALPART%@%EMAILDOMAIN%")),
            kDomain, kUrl);
        checkInvariants(parse);
        QCOMPARE(parse.candidates.size(), 2);
        QCOMPARE(parse.candidates[0].host, QStringLiteral("smtp.example.test"));
        QCOMPARE(parse.candidates[0].username, UsernameForm::LocalPart);
        QCOMPARE(parse.candidates[1].host, QStringLiteral("mail.example.test"));
        QCOMPARE(parse.candidates[1].username, UsernameForm::EmailAddress);
        // A placeholder for the user's own name has no place in a host name.
        const AutoconfigParse odd = parseAutoconfig(
            document(smtpServer("%EMAILLOCALPART%.example.test", "587", "STARTTLS")), kDomain, kUrl);
        QVERIFY(odd.candidates.isEmpty());
        QVERIFY(ids(odd).contains("discover.autoconfig.bad_hostname"));
    }

    void fixedUsernameAndOtherSignIns()
    {
        const AutoconfigParse parse = parseAutoconfig(
            document(smtpServer("smtp.example.test", "587", "STARTTLS", "xyz00-hugo") +
                     smtpServer("oauth.example.test", "465", "SSL", "%EMAILADDRESS%", "OAuth2")),
            kDomain, kUrl);
        checkInvariants(parse);
        QCOMPARE(parse.candidates.size(), 2);
        QCOMPARE(parse.candidates[0].username, UsernameForm::Unknown);
        const Finding* fixed = findById(parse.findings, "discover.autoconfig.fixed_username");
        QVERIFY(fixed);
        QCOMPARE(fixed->severity(), Severity::Info);
        QVERIFY(fixed->detail.contains("xyz00-hugo"));
        const Finding* oauth = findById(parse.findings, "discover.autoconfig.no_password_auth");
        QVERIFY(oauth);
        QVERIFY(oauth->detail.contains("oauth.example.test:465"));
        QVERIFY(oauth->detail.contains("OAuth2"));
    }

    void socketTypeTakesTheFirstKnownAndRefusesTheUnknown()
    {
        const QByteArray twoTypes =
            "<outgoingServer type=\"smtp\"><hostname>smtp.example.test</hostname>"
            "<port>587</port><socketType>TLS1.3-magic</socketType>"
            "<socketType>STARTTLS</socketType><socketType>SSL</socketType></outgoingServer>";
        AutoconfigParse parse = parseAutoconfig(document(twoTypes), kDomain, kUrl);
        QCOMPARE(parse.candidates.size(), 1);
        QCOMPARE(parse.candidates[0].security, SmtpSecurity::StartTls);
        QCOMPARE(parse.candidates[0].username, UsernameForm::Unknown); // no username element

        parse = parseAutoconfig(document(smtpServer("smtp.example.test", "587", "TLS")), kDomain, kUrl);
        checkInvariants(parse);
        QVERIFY(parse.candidates.isEmpty());
        const Finding* bad = findById(parse.findings, "discover.autoconfig.bad_socket_type");
        QVERIFY(bad);
        QCOMPARE(bad->severity(), Severity::Warning);
        QVERIFY(bad->detail.contains("\"TLS\""));
    }

    void badPortsAreSkippedOneByOne()
    {
        for (const QByteArray& port :
             {QByteArray("0"), QByteArray("65536"), QByteArray("-587"), QByteArray("abc"), QByteArray(""),
              QByteArray("587.5"), QByteArray("99999999999999999999")}) {
            const AutoconfigParse parse =
                parseAutoconfig(document(smtpServer("smtp.example.test", port, "STARTTLS") +
                                         smtpServer("smtp.example.test", "465", "SSL")),
                                kDomain, kUrl);
            checkInvariants(parse);
            QCOMPARE(parse.candidates.size(), 1); // the good entry after it is still taken
            QCOMPARE(parse.candidates[0].port, quint16(465));
            const Finding* bad = findById(parse.findings, "discover.autoconfig.bad_port");
            QVERIFY2(bad, port.constData());
            QCOMPARE(bad->severity(), Severity::Warning);
            QCOMPARE(bad->subject, kUrl);
        }
        const AutoconfigParse edge =
            parseAutoconfig(document(smtpServer("smtp.example.test", "65535", "SSL") +
                                     smtpServer("smtp.example.test", "1", "SSL")),
                            kDomain, kUrl);
        QCOMPARE(edge.candidates.size(), 2);
    }

    void badHostNames()
    {
        const QByteArray longLabel(64, 'a');
        for (const QByteArray& host :
             {QByteArray(""), QByteArray("localhost"), QByteArray("192.0.2.1"), QByteArray("[2001:db8::1]"),
              QByteArray("smtp example.test"), QByteArray("-smtp.example.test"),
              QByteArray("smtp_.example.test"), QByteArray("smtp..example.test"),
              QByteArray(longLabel + ".example.test"), QByteArray("smtp.example.test/path"),
              QByteArray(100000, 'x')}) {
            const AutoconfigParse parse =
                parseAutoconfig(document(smtpServer(host, "587", "STARTTLS")), kDomain, kUrl);
            checkInvariants(parse);
            QVERIFY2(parse.candidates.isEmpty(), host.left(40).constData());
            const Finding* bad = findById(parse.findings, "discover.autoconfig.bad_hostname");
            QVERIFY2(bad, host.left(40).constData());
            QVERIFY(bad->detail.size() < 400); // a hostile value is quoted short
        }
        // Upper case, a trailing dot and an IDN are names all the same.
        const AutoconfigParse parse =
            parseAutoconfig(document(smtpServer("SMTP.Example.Test.", "587", "STARTTLS") +
                                     smtpServer("smtp.bücher.test", "465", "SSL")),
                            kDomain, kUrl);
        QCOMPARE(parse.candidates.size(), 2);
        QCOMPARE(parse.candidates[0].host, QStringLiteral("smtp.example.test"));
        QCOMPARE(parse.candidates[1].host, QStringLiteral("smtp.xn--bcher-kva.test"));
    }

    void duplicatesAreTakenOnce()
    {
        const AutoconfigParse parse =
            parseAutoconfig(document(smtpServer("smtp.example.test", "587", "STARTTLS") +
                                     smtpServer("SMTP.example.test", "587", "STARTTLS") +
                                     smtpServer("smtp.example.test", "587", "SSL")),
                            kDomain, kUrl);
        QCOMPARE(parse.candidates.size(), 2);
    }

    void noSmtpServer()
    {
        const QByteArray onlyOther = "<outgoingServer type=\"ews\"><hostname>ews.example.test</hostname>"
                                     "<port>443</port><socketType>SSL</socketType></outgoingServer>";
        for (const QByteArray& servers : {QByteArray(), onlyOther}) {
            const AutoconfigParse parse = parseAutoconfig(document(servers), kDomain, kUrl);
            checkInvariants(parse);
            QVERIFY(parse.isAutoconfig);
            QVERIFY(parse.candidates.isEmpty());
            QCOMPARE(ids(parse), QStringList{"discover.autoconfig.no_smtp"});
            QCOMPARE(parse.findings[0].severity(), Severity::Warning);
        }
    }

    void malformedXmlGivesNothing()
    {
        const QByteArray good = document(smtpServer("smtp.example.test", "587", "STARTTLS"));
        // Cut short after a complete server: what was read before the break is not trusted.
        const QByteArray truncated = good.left(good.indexOf("</emailProvider>"));
        const QByteArray mismatched = QByteArray(good).replace("</port>", "</prot>");
        const QByteArray twoRoots = good + "<clientConfig/>";
        const QByteArray undeclaredEntity = QByteArray(good).replace("smtp.example.test", "&smtp;");
        const QByteArray notUtf8 = QByteArray(good).replace("Example Mail", "\xff\xfe\xfd");
        for (const QByteArray& doc : {truncated, mismatched, twoRoots, undeclaredEntity, notUtf8}) {
            const AutoconfigParse parse = parseAutoconfig(doc, kDomain, kUrl);
            checkInvariants(parse);
            QVERIFY(parse.isAutoconfig);
            QVERIFY(parse.candidates.isEmpty());
            QCOMPARE(ids(parse), QStringList{"discover.autoconfig.malformed"});
            const Finding& f = parse.findings[0];
            QCOMPARE(f.severity(), Severity::Warning);
            QCOMPARE(f.subject, kUrl);
            QVERIFY(f.detail.contains("line"));
            QVERIFY(f.advice.steps.join(' ').contains(kUrl)); // where to fix it
        }
    }

    void webPagesAndOtherDocumentsAreNoAutoconfig()
    {
        for (const QByteArray& doc :
             {QByteArray(""), QByteArray("  \n"), QByteArray("Not found"), QByteArray("{\"error\":\"none\"}"),
              QByteArray(
                  "<!DOCTYPE html><html><head><meta charset=utf-8><title>Welcome</title></head></html>"),
              QByteArray("\xEF\xBB\xBF<html><body><p>Hello<br></body></html>"),
              QByteArray("<?xml version=\"1.0\"?><Autodiscover><Response/></Autodiscover>")}) {
            const AutoconfigParse parse = parseAutoconfig(doc, kDomain, kUrl);
            checkInvariants(parse);
            QVERIFY2(!parse.isAutoconfig, doc.constData());
            QVERIFY(parse.candidates.isEmpty());
            QCOMPARE(ids(parse), QStringList{"discover.autoconfig.not_config"});
            QCOMPARE(parse.findings[0].severity(), Severity::Info);
        }
    }

    void hugeDocumentIsRefusedUnread()
    {
        QByteArray doc = document(smtpServer("smtp.example.test", "587", "STARTTLS"));
        doc.insert(doc.indexOf("<emailProvider"),
                   "<!-- " + QByteArray(int(kAutoconfigMaxBytes), 'x') + " -->");
        QElapsedTimer timer;
        timer.start();
        const AutoconfigParse parse = parseAutoconfig(doc, kDomain, kUrl);
        QVERIFY(timer.elapsed() < 1000);
        checkInvariants(parse);
        QVERIFY(parse.candidates.isEmpty());
        QCOMPARE(ids(parse), QStringList{"discover.autoconfig.too_large"});
        QCOMPARE(parse.findings[0].severity(), Severity::Warning);
        // Just under the cap is read.
        QByteArray fits = document(smtpServer("smtp.example.test", "587", "STARTTLS"));
        fits.insert(fits.indexOf("<emailProvider"),
                    "<!-- " + QByteArray(int(kAutoconfigMaxBytes) - fits.size() - 9, 'x') + " -->");
        QCOMPARE(fits.size(), kAutoconfigMaxBytes);
        QCOMPARE(parseAutoconfig(fits, kDomain, kUrl).candidates.size(), 1);
    }

    void tooManyServersKeepsTheFirst()
    {
        QByteArray servers;
        for (int i = 1; i <= 500; ++i) {
            servers += smtpServer("smtp" + QByteArray::number(i) + ".example.test", "587", "STARTTLS");
        }
        const AutoconfigParse parse = parseAutoconfig(document(servers), kDomain, kUrl);
        checkInvariants(parse);
        QCOMPARE(parse.candidates.size(), kAutoconfigMaxServers);
        QCOMPARE(parse.candidates.first().host, QStringLiteral("smtp1.example.test"));
        QCOMPARE(parse.candidates.last().host,
                 QStringLiteral("smtp%1.example.test").arg(kAutoconfigMaxServers));
        const Finding* many = findById(parse.findings, "discover.autoconfig.too_many_servers");
        QVERIFY(many);
        QVERIFY(many->detail.contains("500"));
    }

    // "Billion laughs": ten levels of entities, each ten times the one below, would expand to 10^9
    // copies. The DOCTYPE is refused before any entity is used; without our check QXmlStreamReader
    // stops at its own expansion limit, so either way it ends fast and without the memory.
    void entityExpansionDoesNotBlowUp()
    {
        QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE clientConfig [\n <!ENTITY lol \"lol\">\n";
        QByteArray previous = "lol";
        for (int level = 1; level <= 9; ++level) {
            const QByteArray name = "lol" + QByteArray::number(level);
            dtd += " <!ENTITY " + name + " \"" + QByteArray("&" + previous + ";").repeated(10) + "\">\n";
            previous = name;
        }
        dtd += "]>\n";
        const QByteArray bomb = dtd + "<clientConfig version=\"1.1\"><emailProvider id=\"x\">" +
                                smtpServer("smtp.example.test", "587", "STARTTLS", "&lol9;") +
                                "</emailProvider></clientConfig>";
        QElapsedTimer timer;
        timer.start();
        const AutoconfigParse parse = parseAutoconfig(bomb, kDomain, kUrl);
        QVERIFY(timer.elapsed() < 1000);
        checkInvariants(parse);
        QVERIFY(parse.candidates.isEmpty());
        QCOMPARE(ids(parse), QStringList{"discover.autoconfig.doctype"});
        QCOMPARE(parse.findings[0].severity(), Severity::Warning);

        // The same bomb given to QXmlStreamReader straight: its limit ends it as an error.
        QXmlStreamReader raw(bomb);
        timer.restart();
        while (!raw.atEnd()) {
            raw.readNext();
        }
        QVERIFY(raw.hasError());
        QVERIFY(timer.elapsed() < 2000);

        // A harmless internal entity is refused all the same: the format has no DOCTYPE.
        const QByteArray small = "<!DOCTYPE clientConfig [<!ENTITY host \"smtp.example.test\">]>" +
                                 document(smtpServer("&host;", "587", "STARTTLS")).mid(39);
        QCOMPARE(ids(parseAutoconfig(small, kDomain, kUrl)), QStringList{"discover.autoconfig.doctype"});
    }

    void deepNestingEndsQuietly()
    {
        const int depth = 25000;
        const QByteArray doc = "<clientConfig><emailProvider>" + QByteArray("<a>").repeated(depth) +
                               QByteArray("</a>").repeated(depth) +
                               smtpServer("smtp.example.test", "587", "STARTTLS") +
                               "</emailProvider></clientConfig>";
        QVERIFY(doc.size() <= kAutoconfigMaxBytes);
        const AutoconfigParse parse = parseAutoconfig(doc, kDomain, kUrl);
        checkInvariants(parse);
        QCOMPARE(parse.candidates.size(), 1);
    }

    void unknownElementsAndCommentsAreIgnored()
    {
        const QByteArray server =
            "<outgoingServer type=\"smtp\"><!-- primary -->"
            "<hostname>smtp.example.test<extra>ignored</extra></hostname>"
            "<port> 587 </port><socketType>STARTTLS</socketType>"
            "<addThisServer>true</addThisServer><useGlobalPreferredServer>true"
            "</useGlobalPreferredServer><password>never read</password></outgoingServer>";
        const AutoconfigParse parse = parseAutoconfig(document(server), kDomain, kUrl);
        checkInvariants(parse);
        QCOMPARE(parse.candidates.size(), 1);
        QCOMPARE(parse.candidates[0].host, QStringLiteral("smtp.example.test"));
        QCOMPARE(parse.candidates[0].port, quint16(587));
    }
};

QTEST_GUILESS_MAIN(TestAutoconfig)
#include "tst_autoconfig.moc"
