// Discovery end to end, as a user runs it: the real NSD serves the fixture zones
// (tests/integration/discover-zones), the real Postfix of the mail-server harness is the server
// the probe verifies, and this test serves an autoconfig file over HTTPS on loopback. Run through
// run-with-mailserver.sh and run-with-dns.sh with POSTINO_DNS_SHARE_NET=1 (one loopback for all).
#include "catalog/catalog.h"
#include "cli/cli.h"
#include "clirun.h"
#include "discovery/discovery.h"
#include "dns/wireresolver.h"
#include "faultserver/testca.h"
#include "httpsserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace postino;
using namespace postino::discovery;
using postino::test::CliRun;

namespace {

QList<QSslCertificate> mailServerCa()
{
    return QSslCertificate::fromPath(qEnvironmentVariable("POSTINO_TEST_CA"));
}

const SmtpCandidate* candidate(const DiscoveryResult& r, const QString& host, quint16 port)
{
    for (const SmtpCandidate& c : r.smtp) {
        if (c.host == host && c.port == port) {
            return &c;
        }
    }
    return nullptr;
}

CliRun cli(const QStringList& args)
{
    return test::runCli(args, 60000);
}

} // namespace

class TestDiscover : public QObject
{
    Q_OBJECT

    DiscoveryResult discover(const QString& address, const QString& site = {})
    {
        dns::Resolver* resolver = dns::createSystemResolver(this);
        Discovery job(resolver);
        QSignalSpy finished(&job, &Discovery::finished);
        DiscoveryOptions options;
        options.address = address;
        options.site = site;
        options.extraCa = m_ca;
        options.autoconfigPort = m_autoconfigPort;
        options.probeTimeoutMs = 5000;
        job.start(options);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 40000);
        }();
        resolver->deleteLater();
        return job.result();
    }

    QList<QSslCertificate> m_ca;
    quint16 m_autoconfigPort = 0;
    test::TestCertificates m_certs;
    std::unique_ptr<test::HttpsServer> m_autoconfig;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("POSTINO_TEST_DNS_SERVER"), "run me through run-with-dns.sh");
        QVERIFY2(!qEnvironmentVariableIsEmpty("POSTINO_TEST_CA"), "run me through run-with-mailserver.sh");
        QVERIFY(m_certs.create());
        test::Identity id;
        QVERIFY(m_certs.issueFor(QStringList{QStringLiteral("autoconfig.autoconf.test")}, &id));
        m_autoconfig = std::make_unique<test::HttpsServer>(id.certificate, id.key);
        m_autoconfig->setHandler([](const test::HttpRequest& request) {
            if (!request.path.startsWith("/mail/config-v1.1.xml")) {
                test::HttpResponse missing;
                missing.status = 404;
                return missing;
            }
            test::HttpResponse r;
            r.addHeader("Content-Type", "text/xml");
            r.body = R"(<?xml version="1.0"?>
<clientConfig version="1.1">
  <emailProvider id="autoconf.test">
    <domain>autoconf.test</domain>
    <outgoingServer type="smtp">
      <hostname>mail.postino.test</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)";
            return r;
        });
        m_autoconfigPort = m_autoconfig->start();
        QVERIFY(m_autoconfigPort != 0);
        m_ca = mailServerCa() + m_certs.ca;
    }

    // SRV records name the real Postfix: both ports verified, implicit TLS first, Other SMTP filled in.
    void srvRecordsLeadToAVerifiedServer()
    {
        const DiscoveryResult r = discover(QStringLiteral("alice@srvpostfix.test"));
        const SmtpCandidate* tls = candidate(r, QStringLiteral("mail.postino.test"), 465);
        const SmtpCandidate* starttls = candidate(r, QStringLiteral("mail.postino.test"), 587);
        QVERIFY2(tls && starttls, QJsonDocument(r.toJson()).toJson().constData());
        QCOMPARE(tls->source, CandidateSource::Srv);
        QVERIFY2(tls->verified, qPrintable(tls->verifyDetail));
        QVERIFY2(starttls->verified, qPrintable(starttls->verifyDetail));
        QVERIFY(!r.suggestions.isEmpty());
        const Suggestion& best = r.suggestions.constFirst();
        QCOMPARE(best.mailerId, QStringLiteral("smtp"));
        QCOMPARE(best.settings.value(QStringLiteral("host")).toString(), QStringLiteral("mail.postino.test"));
        QCOMPARE(best.settings.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(best.settings.value(QStringLiteral("encryption")).toString(), QStringLiteral("ssl"));
        QVERIFY(best.reasons.join(QLatin1Char(' ')).contains(QLatin1String("valid certificate")));
    }

    // A server whose certificate is for another name is offered unverified, and says why.
    void certificateForAnotherNameIsNotVerified()
    {
        const DiscoveryResult r = discover(QStringLiteral("bob@wrongcert.test"));
        const SmtpCandidate* c = candidate(r, QStringLiteral("mx.wrongcert.test"), 465);
        QVERIFY2(c, QJsonDocument(r.toJson()).toJson().constData());
        QVERIFY(c->probed);
        QVERIFY(!c->verified);
        QVERIFY2(c->verifyDetail.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
                 qPrintable(c->verifyDetail));
        // "_submission._tcp SRV 0 0 0 ." says the service is not offered: no candidate on 587.
        QVERIFY(!candidate(r, QStringLiteral("mx.wrongcert.test"), 587));
        QVERIFY(findById(r.findings, QStringLiteral("discover.smtp.unverified")));
    }

    // The domain's own autoconfig file names Postfix on 587 with the local part as user name.
    void autoconfigFileIsUsedAndVerified()
    {
        const DiscoveryResult r = discover(QStringLiteral("carol@autoconf.test"));
        QVERIFY2(!r.smtp.isEmpty(), QJsonDocument(r.toJson()).toJson().constData());
        const SmtpCandidate& first = r.smtp.constFirst();
        QCOMPARE(first.source, CandidateSource::Autoconfig);
        QCOMPARE(first.host, QStringLiteral("mail.postino.test"));
        QCOMPARE(first.port, quint16(587));
        QVERIFY2(first.verified, qPrintable(first.verifyDetail));
        QCOMPARE(r.suggestions.value(0).mailerId, QStringLiteral("smtp"));
        QCOMPARE(r.suggestions.value(0).settings.value(QStringLiteral("user")).toString(),
                 QStringLiteral("carol"));
        QCOMPARE(r.suggestions.value(0).settings.value(QStringLiteral("encryption")).toString(),
                 QStringLiteral("tls"));
        QVERIFY(!m_autoconfig->requests().isEmpty());
    }

    // Mailboxes on Google, Brevo authorised in SPF and DKIM, the website on Linode: Brevo first, with
    // its evidence, and the host named as likely.
    void authorisedServiceAndHostingDecide()
    {
        const DiscoveryResult r =
            discover(QStringLiteral("shop@brevoshop.test"), QStringLiteral("https://www.brevoshop.test/"));
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY2(r.mailbox && r.mailbox->providerId == QLatin1String("gmail"), json.constData());
        QVERIFY2(r.hosting && r.hosting->hostingId == QLatin1String("linode"), json.constData());
        QCOMPARE(r.suggestions.value(0).mailerId, QStringLiteral("sendinblue"));
        const QString reasons = r.suggestions.value(0).reasons.join(QLatin1Char(' '));
        QVERIFY2(reasons.contains(QLatin1String("spf.brevo.com")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("Linode")), qPrintable(reasons));
        // Gmail's published servers are listed, but nothing here could reach them.
        const SmtpCandidate* gmail = candidate(r, QStringLiteral("smtp.gmail.com"), 465);
        QVERIFY(gmail);
        QCOMPARE(gmail->source, CandidateSource::Provider);
        QVERIFY(!gmail->verified);
    }

    // Nothing published and no guess resolves: no invented server, a fallback that says so.
    void domainWithNothingGetsNoInventedServer()
    {
        const DiscoveryResult r = discover(QStringLiteral("dan@nomx.test"));
        QVERIFY2(r.smtp.isEmpty(), QJsonDocument(r.toJson()).toJson().constData());
        QVERIFY(!r.mailbox);
        QVERIFY(!r.suggestions.isEmpty());
        QVERIFY(r.suggestions.constFirst()
                    .reasons.join(QLatin1Char(' '))
                    .contains(QLatin1String("Nothing in your domain's DNS")));
    }

    void cliPrintsTheSameAsJson()
    {
        const CliRun run = cli({QStringLiteral("discover"), QStringLiteral("alice@srvpostfix.test"),
                                QStringLiteral("--ca-file"), qEnvironmentVariable("POSTINO_TEST_CA"),
                                QStringLiteral("--json")});
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const QJsonObject j = run.json();
        QCOMPARE(j.value(QStringLiteral("domain")).toString(), QStringLiteral("srvpostfix.test"));
        QCOMPARE(j.value(QStringLiteral("ok")).toBool(), true);
        const QJsonObject first = j.value(QStringLiteral("smtp")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("host")).toString(), QStringLiteral("mail.postino.test"));
        QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("srv"));
        QCOMPARE(first.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(j.value(QStringLiteral("suggestions"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("mailer"))
                     .toString(),
                 QStringLiteral("smtp"));

        const CliRun text =
            cli({QStringLiteral("discover"), QStringLiteral("shop@brevoshop.test"), QStringLiteral("--site"),
                 QStringLiteral("www.brevoshop.test"), QStringLiteral("--no-probe")});
        QVERIFY2(text.out.contains(QLatin1String("Gmail / Google Workspace")), qPrintable(text.out));
        QVERIFY(text.out.contains(QLatin1String("Linode")));
        QVERIFY(text.out.contains(QLatin1String("1. Brevo")));

        const CliRun bad =
            cli({QStringLiteral("discover"), QStringLiteral("no-domain"), QStringLiteral("--json")});
        QVERIFY(bad.code != 0);
        QCOMPARE(bad.json()
                     .value(QStringLiteral("findings"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
                 QStringLiteral("discover.bad_address"));
    }
};

QTEST_GUILESS_MAIN(TestDiscover)
#include "tst_discover.moc"
