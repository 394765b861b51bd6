// "Will Gmail, Yahoo and Outlook.com accept it?" as a user on the server asks it: postino-cli dns with
// a profile's SMTP relay and --site, against the real NSD serving the reputation fixtures (Spamhaus
// ZEN's zone as the shipped data reads it, reverse zones) and the policy fixtures, the MTA-STS policy
// and the BIMI logo served by this test over HTTPS. A listed address, a missing PTR and a refused
// blocklist query are each reported as what they are; nothing leaves the namespace's loopback.
#include "clirun.h"
#include "httpsserver.h"
#include "testca.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace postino;
using postino::test::CliRun;
using postino::test::HttpRequest;
using postino::test::HttpResponse;
using postino::test::HttpsServer;
using postino::test::Identity;
using postino::test::TestCertificates;

namespace {

struct Verdict
{
    QHash<QString, QString> state; // "gmail/all/not_blocklisted" -> "notMet"
    QHash<QString, QString> evidence;
};

Verdict verdictOf(const CliRun& r)
{
    Verdict v;
    for (const QJsonValue& a : r.json().value(QStringLiteral("acceptance")).toArray()) {
        const QJsonObject o = a.toObject();
        const QString prefix = o.value(QStringLiteral("provider")).toString() + QLatin1Char('/') +
                               o.value(QStringLiteral("audience")).toString() + QLatin1Char('/');
        for (const QJsonValue& req : o.value(QStringLiteral("requirements")).toArray()) {
            const QJsonObject q = req.toObject();
            const QString key = prefix + q.value(QStringLiteral("id")).toString();
            v.state.insert(key, q.value(QStringLiteral("state")).toString());
            QStringList lines;
            for (const QJsonValue& e : q.value(QStringLiteral("evidence")).toArray())
                lines << e.toString();
            v.evidence.insert(key, lines.join(QLatin1Char('\n')));
        }
    }
    return v;
}

QJsonObject findingOf(const CliRun& r, const QString& id, const QString& subjectPart)
{
    for (const QJsonValue& f : r.json().value(QStringLiteral("findings")).toArray()) {
        const QJsonObject o = f.toObject();
        if (o.value(QStringLiteral("id")).toString() == id &&
            o.value(QStringLiteral("subject")).toString().contains(subjectPart))
            return o;
    }
    return {};
}

} // namespace

class TestAcceptanceNsd : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    std::unique_ptr<HttpsServer> m_server;
    QTemporaryDir m_dir;
    QString m_caFile;

    CliRun dns(const QString& domain, const QString& relay, const QString& site = {})
    {
        QStringList args{QStringLiteral("dns"),
                         domain,
                         QStringLiteral("--mailer"),
                         QStringLiteral("smtp"),
                         QStringLiteral("--set"),
                         QStringLiteral("host=") + relay,
                         QStringLiteral("--set"),
                         QStringLiteral("encryption=ssl"),
                         QStringLiteral("--ca-file"),
                         m_caFile,
                         QStringLiteral("--policies-port"),
                         QString::number(m_server->baseUrl().port()),
                         QStringLiteral("--nameserver"),
                         qEnvironmentVariable("POSTINO_TEST_DNS_SERVER"),
                         QStringLiteral("--json")};
        if (!site.isEmpty())
            args << QStringLiteral("--site") << site;
        return test::runCli(args, 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("POSTINO_TEST_DNS_SERVER"), "run me through run-with-dns.sh");
        QVERIFY2(m_certs.create(), "could not make test certificates with openssl");
        Identity identity;
        QVERIFY(m_certs.issueFor(
            {QStringLiteral("mta-sts.stsgood.test"), QStringLiteral("brand.stsgood.test")}, &identity));
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        for (const QSslCertificate& c : std::as_const(m_certs.ca))
            ca.write(c.toPem());
        ca.close();
        m_server = std::make_unique<HttpsServer>(identity.certificate, identity.key);
        QVERIFY(m_server->start() != 0);
        m_server->setHandler([](const HttpRequest& request) {
            HttpResponse r;
            const QByteArray host = request.header("Host").split(':').first().toLower();
            if (host == "mta-sts.stsgood.test" && request.path == "/.well-known/mta-sts.txt") {
                r.headers = {{"Content-Type", "text/plain"}};
                r.body =
                    "version: STSv1\r\nmode: enforce\r\nmx: mx1.stsgood.test\r\nmx: *.backup.stsgood.test\r\n"
                    "max_age: 604800\r\n";
                return r;
            }
            if (host == "brand.stsgood.test" && request.path == "/logo.svg") {
                r.headers = {{"Content-Type", "image/svg+xml"}};
                r.body = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.2\" baseProfile=\"tiny-ps\" "
                         "viewBox=\"0 0 10 10\"><title>Good</title></svg>\n";
                return r;
            }
            return HttpResponse::html(404, "<html><body>Not Found</body></html>");
        });
    }

    // The relay is on Spamhaus ZEN; the website has no PTR and Spamhaus refuses to answer for it.
    void aListedRelayAndASiteWithoutPtr()
    {
        const CliRun r = dns(QStringLiteral("stsgood.test"), QStringLiteral("mail.reputation.test"),
                             QStringLiteral("https://refused.reputation.test/shop"));
        QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // a listing is an error
        const QJsonObject listed = findingOf(r, QStringLiteral("dnsbl.listed"), QStringLiteral("10.99.0.1"));
        QVERIFY2(!listed.isEmpty(), qPrintable(r.out));
        QVERIFY(listed.value(QStringLiteral("detail")).toString().contains(QLatin1String("Spamhaus")));
        QVERIFY(!findingOf(r, QStringLiteral("rdns.confirmed"), QStringLiteral("10.99.0.1")).isEmpty());
        QVERIFY(!findingOf(r, QStringLiteral("rdns.missing"), QStringLiteral("10.99.0.3")).isEmpty());
        // Refused is "could not check", for the site, never listed and never clean.
        QVERIFY(
            !findingOf(r, QStringLiteral("dnsbl.could_not_check"), QStringLiteral("10.99.0.3")).isEmpty());
        QVERIFY(findingOf(r, QStringLiteral("dnsbl.listed"), QStringLiteral("10.99.0.3")).isEmpty());
        QVERIFY(findingOf(r, QStringLiteral("dnsbl.not_listed"), QStringLiteral("10.99.0.3")).isEmpty());
        // The domain's own policies were read over HTTPS.
        QVERIFY(!findingOf(r, QStringLiteral("mtasts.ok"), QStringLiteral("stsgood.test")).isEmpty());
        QVERIFY(!findingOf(r, QStringLiteral("bimi.ok"), QStringLiteral("stsgood.test")).isEmpty());

        const Verdict v = verdictOf(r);
        QCOMPARE(v.state.value(QStringLiteral("gmail/all/not_blocklisted")), QStringLiteral("notMet"));
        QVERIFY(v.evidence.value(QStringLiteral("gmail/all/not_blocklisted"))
                    .contains(QLatin1String("Spamhaus")));
        QCOMPARE(v.state.value(QStringLiteral("yahoo/all/reverse_dns")), QStringLiteral("notMet"));
        QVERIFY(
            v.evidence.value(QStringLiteral("yahoo/all/reverse_dns")).contains(QLatin1String("10.99.0.3")));
        QCOMPARE(v.state.value(QStringLiteral("gmail/all/tls")), QStringLiteral("met"));
        QCOMPARE(r.json().value(QStringLiteral("acceptance")).toArray().size(), 6);
    }

    // A relay on no list that answered, whose PTR points at a name that resolves elsewhere: the
    // lists Postino could not ask keep the blocklist rule at "cannot tell".
    void aMismatchedPtrAndListsThatCouldNotBeAsked()
    {
        const CliRun r = dns(QStringLiteral("nopolicies.test"), QStringLiteral("clean.reputation.test"));
        QVERIFY2(r.code >= 0, qPrintable(r.err));
        QVERIFY(!findingOf(r, QStringLiteral("rdns.mismatch"), QStringLiteral("10.99.0.2")).isEmpty());
        const QJsonObject notListed =
            findingOf(r, QStringLiteral("dnsbl.not_listed"), QStringLiteral("10.99.0.2"));
        QVERIFY2(!notListed.isEmpty(), qPrintable(r.out));
        QVERIFY(
            !findingOf(r, QStringLiteral("dnsbl.could_not_check"), QStringLiteral("10.99.0.2")).isEmpty());
        QVERIFY(!findingOf(r, QStringLiteral("mtasts.absent"), QStringLiteral("nopolicies.test")).isEmpty());
        // The relay's address is tried against the domain's SPF ("v=spf1 -all").
        const QJsonObject spf =
            findingOf(r, QStringLiteral("spf.address_fails"), QStringLiteral("nopolicies.test"));
        QVERIFY2(spf.value(QStringLiteral("detail"))
                     .toString()
                     .contains(QLatin1String("clean.reputation.test (10.99.0.2)")),
                 qPrintable(r.out));

        const Verdict v = verdictOf(r);
        QCOMPARE(v.state.value(QStringLiteral("gmail/all/reverse_dns")), QStringLiteral("notMet"));
        QCOMPARE(v.state.value(QStringLiteral("gmail/all/not_blocklisted")), QStringLiteral("cannotTell"));
        QCOMPARE(v.state.value(QStringLiteral("outlook/all/not_blocklisted")), QStringLiteral("cannotTell"));
        QCOMPARE(v.state.value(QStringLiteral("outlook/bulk/spf")), QStringLiteral("notMet"));
    }

    // The text output ends with the verdict, one line per provider, then each requirement.
    void textOutputEndsWithTheVerdict()
    {
        QStringList args{QStringLiteral("dns"),          QStringLiteral("nopolicies.test"),
                         QStringLiteral("--mailer"),     QStringLiteral("smtp"),
                         QStringLiteral("--set"),        QStringLiteral("host=mail.reputation.test"),
                         QStringLiteral("--nameserver"), qEnvironmentVariable("POSTINO_TEST_DNS_SERVER")};
        const CliRun r = test::runCli(args, 30000);
        const qsizetype verdict = r.out.indexOf(QLatin1String("Will the big mailbox providers accept it?"));
        QVERIFY2(verdict > 0, qPrintable(r.out));
        QVERIFY(r.out.indexOf(QLatin1String("Gmail: for senders under 5,000 messages a day, not met:"),
                              verdict) > 0);
        QVERIFY(r.out.indexOf(QLatin1String("Sending servers are not on public blocklists: not met"),
                              verdict) > 0);
    }
};

QTEST_GUILESS_MAIN(TestAcceptanceNsd)
#include "tst_acceptance_nsd.moc"
