// Discovery's DNS part on in-memory records: the mailbox provider from the MX, the sending services
// the domain already authorises, the SRV submission servers, the website's likely host, and every
// bad input (no MX, null MX, SRV ".", CNAME loops, a site that does not resolve, timeouts).
#include "catalog/catalog.h"
#include "discovery/dnsdiscovery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::discovery;
using postino::dns::MemoryResolver;
using postino::dns::RecordType;
using postino::dns::Status;

namespace {

const QString kDomain = QStringLiteral("example.com");

DnsDiscoveryResult discover(MemoryResolver& r, const QString& domain, const QString& site = {},
                            std::chrono::milliseconds deadline = std::chrono::milliseconds(10000))
{
    DnsDiscovery job(&r);
    QSignalSpy done(&job, &DnsDiscovery::finished);
    job.start({domain, site, deadline});
    if (!done.wait(15000))
        qWarning("DnsDiscovery did not finish");
    if (done.size() != 1)
        qWarning("DnsDiscovery finished %d times", int(done.size()));
    return job.result();
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

// The ids of the findings that ask the user to act, sorted.
QStringList problems(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.isProblem())
            out << f.id;
    }
    out.sort();
    return out;
}

const Finding* finding(const DnsDiscoveryResult& r, const QString& id)
{
    return findById(r.findings, id);
}

QStringList mailerIds(const DnsDiscoveryResult& r)
{
    QStringList out;
    for (const SendingService& s : r.sendingServices)
        out << s.mailerId;
    return out;
}

QStringList evidenceOf(const DnsDiscoveryResult& r, const QString& mailerId)
{
    for (const SendingService& s : r.sendingServices) {
        if (s.mailerId == mailerId)
            return s.evidence;
    }
    return {};
}

// What the domain's part asks, from the catalog: MX, TXT, two SRV names, every mailer's DKIM
// selectors and its fixed return-path names.
int domainQueries()
{
    int n = 4;
    for (const MailerInfo& m : Catalog::builtin().mailers()) {
        n += int(m.dns.value(QStringLiteral("dkimSelectors")).toArray().size());
        const QJsonObject rp =
            m.dns.value(QStringLiteral("checks")).toObject().value(QStringLiteral("returnPath")).toObject();
        if (rp.contains(QStringLiteral("host")))
            ++n;
    }
    return n;
}

// A domain that exists and has mail, with nothing else: the base of most cases.
void addPlainDomain(MemoryResolver& r, const QString& domain = kDomain)
{
    r.addMx(domain, 10, QStringLiteral("mail.") + domain);
    r.addTxt(domain, QByteArray("v=spf1 mx -all"));
}

const QByteArray kKey =
    "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtvjKR1ICPt4WOGFT6AUqjKt88udzU7Fb"
    "i9ePXIO7Hv2g2Re3+T2BVV9lGlND/LHSuEJebVpEsnqA2UDgLFhoraef4/SofXHt63eXo3RM59gqVBfBDCWX994WKyh"
    "Ek1+5A0rH4Na1sBBs8oPSbRUPlJIXCSJA25hF3601jRNn7c2w8n9gmjkqjRwtosibUJ260pETdiAintl4a2l5Ev8Rbiod"
    "8LKq3HBd5J8eo8xWzBlAClSNOBvQgDHKeMq0C/M6u9+guxOOqySAel1QRw2C9YA4IPv4e+tUHMJ9K/IzjMxJSbaC4HsQc"
    "lRIY1c6KbapHgEllZ2+cka2jsSmzOv1MwIDAQAB";

} // namespace

class TestDiscoverDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void googleWorkspaceWithBrevo()
    {
        MemoryResolver r;
        r.addMx(kDomain, 5, QStringLiteral("alt1.aspmx.l.google.com."));
        r.addMx(kDomain, 1, QStringLiteral("ASPMX.L.GOOGLE.COM."));
        r.addTxt(kDomain, QByteArray("google-site-verification=abc"));
        r.addTxt(kDomain, QByteArray("v=spf1 include:_spf.google.com include:spf.brevo.com ~all"));
        r.addTxt(QStringLiteral("google._domainkey.example.com"), kKey);
        r.addName(QStringLiteral("brevo1._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("b1.example-com.dkim.brevo.com."));
        r.addName(QStringLiteral("brevo2._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("b2.example-com.dkim.brevo.com."));
        r.addSrv(QStringLiteral("_submissions._tcp.example.com"), 0, 1, 465,
                 QStringLiteral("smtp.gmail.com."));
        r.addSrv(QStringLiteral("_submission._tcp.example.com"), 0, 0, 0, QStringLiteral("."));

        const DnsDiscoveryResult d = discover(r, QStringLiteral("Info@Example.com"));
        QCOMPARE(d.domain, kDomain);
        QCOMPARE(d.mxHosts, (QStringList{QStringLiteral("aspmx.l.google.com"),
                                         QStringLiteral("alt1.aspmx.l.google.com")}));
        QVERIFY(d.mailbox);
        QCOMPARE(d.mailbox->providerId, QStringLiteral("gmail"));
        QCOMPARE(d.mailbox->region, QString());
        QCOMPARE(d.mailbox->evidence, QStringLiteral("MX aspmx.l.google.com"));
        QVERIFY(finding(d, QStringLiteral("discover.mx.provider"))->detail.contains(d.mailbox->name));

        QCOMPARE(mailerIds(d), (QStringList{QStringLiteral("sendinblue"), QStringLiteral("gmail")}));
        QCOMPARE(evidenceOf(d, QStringLiteral("sendinblue")),
                 (QStringList{QStringLiteral("SPF includes spf.brevo.com"),
                              QStringLiteral("DKIM brevo1._domainkey → b1.example-com.dkim.brevo.com"),
                              QStringLiteral("DKIM brevo2._domainkey → b2.example-com.dkim.brevo.com")}));
        QCOMPARE(evidenceOf(d, QStringLiteral("gmail")),
                 (QStringList{QStringLiteral("SPF includes _spf.google.com"),
                              QStringLiteral("DKIM key at google._domainkey")}));
        QCOMPARE(ids(d.findings).count(QStringLiteral("discover.sending.found")), 2);

        // Implicit TLS offered through SRV; STARTTLS declared not offered (".").
        QCOMPARE(d.srv.size(), 1);
        QCOMPARE(d.srv.at(0).host, QStringLiteral("smtp.gmail.com"));
        QCOMPARE(d.srv.at(0).port, 465);
        QCOMPARE(d.srv.at(0).security, SmtpSecurity::Tls);
        QCOMPARE(d.srv.at(0).source, CandidateSource::Srv);
        QCOMPARE(d.srv.at(0).sourceDetail, QStringLiteral("_submissions._tcp.example.com"));
        QVERIFY(!d.srv.at(0).verified);
        const Finding* nullTarget = finding(d, QStringLiteral("discover.srv.null_target"));
        QVERIFY(nullTarget);
        QCOMPARE(nullTarget->subject, QStringLiteral("_submission._tcp.example.com"));
        QVERIFY(nullTarget->detail.contains(QStringLiteral("STARTTLS")));

        QCOMPARE(problems(d.findings), QStringList{});
        QVERIFY(!d.hosting);
        QVERIFY(d.siteAddresses.isEmpty());
        QCOMPARE(d.queries, domainQueries()); // every catalog selector was asked, once
        QVERIFY(d.queries >= 15);
    }

    void zohoDataCentreAndOutlook()
    {
        MemoryResolver r;
        r.addMx(QStringLiteral("zoho-eu.test"), 10, QStringLiteral("mx.zoho.eu"));
        r.addMx(QStringLiteral("zoho-eu.test"), 20, QStringLiteral("mx2.zoho.eu"));
        r.addTxt(QStringLiteral("zoho-eu.test"), QByteArray("v=spf1 include:zoho.eu -all"));
        r.addMx(QStringLiteral("m365.test"), 0, QStringLiteral("m365-test.mail.protection.outlook.com"));
        r.addTxt(QStringLiteral("m365.test"), QByteArray("v=spf1 include:spf.protection.outlook.com -all"));
        r.addName(QStringLiteral("selector1._domainkey.m365.test"), RecordType::CNAME,
                  QStringLiteral("selector1-m365-test._domainkey.contoso.onmicrosoft.com"));
        // Not Microsoft's target: not evidence, even with a key behind it.
        r.addName(QStringLiteral("selector2._domainkey.m365.test"), RecordType::CNAME,
                  QStringLiteral("key.elsewhere.test"));
        r.addTxt(QStringLiteral("key.elsewhere.test"), kKey);

        DnsDiscoveryResult d = discover(r, QStringLiteral("zoho-eu.test"));
        QVERIFY(d.mailbox);
        QCOMPARE(d.mailbox->providerId, QStringLiteral("zoho"));
        QCOMPARE(d.mailbox->region, QStringLiteral("eu"));
        QVERIFY(finding(d, QStringLiteral("discover.mx.provider"))->detail.contains(QStringLiteral("“eu”")));
        QCOMPARE(mailerIds(d), QStringList{QStringLiteral("zoho")});
        QVERIFY(finding(d, QStringLiteral("discover.srv.none")));

        d = discover(r, QStringLiteral("m365.test"));
        QCOMPARE(d.mailbox->providerId, QStringLiteral("outlook"));
        QCOMPARE(evidenceOf(d, QStringLiteral("outlook")),
                 (QStringList{QStringLiteral("SPF includes spf.protection.outlook.com"),
                              QStringLiteral("DKIM selector1._domainkey → "
                                             "selector1-m365-test._domainkey.contoso.onmicrosoft.com")}));
        QCOMPARE(problems(d.findings), QStringList{});
    }

    void unknownMailServer()
    {
        MemoryResolver r;
        addPlainDomain(r);
        const DnsDiscoveryResult d = discover(r, kDomain);
        QVERIFY(!d.mailbox);
        QCOMPARE(d.mxHosts, QStringList{QStringLiteral("mail.example.com")});
        const Finding* f = finding(d, QStringLiteral("discover.mx.unknown"));
        QVERIFY(f);
        QVERIFY(f->detail.contains(QStringLiteral("mail.example.com")));
        // Nothing authorised, everything answered: "none", said once, as a note.
        QVERIFY(d.sendingServices.isEmpty());
        QCOMPARE(finding(d, QStringLiteral("discover.sending.none"))->severity(), Severity::Info);
        QCOMPARE(problems(d.findings), QStringList{});
    }

    void noMxAndNullMx()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("nomx.test"), QByteArray("v=spf1 -all"));
        r.addMx(QStringLiteral("nullmx.test"), 0, QStringLiteral("."));
        DnsDiscoveryResult d = discover(r, QStringLiteral("nomx.test"));
        QCOMPARE(problems(d.findings), QStringList{QStringLiteral("discover.mx.none")});
        QVERIFY(!d.mailbox);
        QVERIFY(finding(d, QStringLiteral("discover.mx.none"))->advice.isComplete());

        d = discover(r, QStringLiteral("nullmx.test"));
        QCOMPARE(problems(d.findings), QStringList{QStringLiteral("discover.mx.null")});
        QVERIFY(d.mxHosts.isEmpty());
        QCOMPARE(finding(d, QStringLiteral("discover.mx.null"))->seen, QStringLiteral("nullmx.test MX 0 ."));
    }

    void domainMissingOrInvalid()
    {
        MemoryResolver r;
        DnsDiscoveryResult d = discover(r, QStringLiteral("nonexistent.test"));
        QCOMPARE(ids(d.findings),
                 QStringList{QStringLiteral("discover.domain.missing")}); // one problem, not five
        QCOMPARE(d.findings.constFirst().severity(), Severity::Error);

        for (const QString& bad : {QStringLiteral("someone@"), QStringLiteral("no domain here"),
                                   QStringLiteral("localhost"), QString()}) {
            MemoryResolver fresh;
            d = discover(fresh, bad);
            QCOMPARE(ids(d.findings), QStringList{QStringLiteral("discover.domain.invalid")});
            QVERIFY(d.findings.constFirst().advice.isComplete());
            QCOMPARE(d.queries, 0); // nothing was asked
            QVERIFY(fresh.queryLog().isEmpty());
        }
    }

    void timeoutsAreNeverAbsence()
    {
        MemoryResolver r;
        r.addTimeout(kDomain); // MX, TXT: no answer
        r.addTimeout(QStringLiteral("_submissions._tcp.example.com"));
        r.addTimeout(QStringLiteral("_submission._tcp.example.com"));
        r.setStatus(QStringLiteral("s1._domainkey.example.com"), Status::ServerFailure);
        const DnsDiscoveryResult d = discover(r, kDomain);
        QCOMPARE(problems(d.findings), (QStringList{QStringLiteral("discover.mx.unchecked"),
                                                    QStringLiteral("discover.sending.unchecked"),
                                                    QStringLiteral("discover.srv.unchecked"),
                                                    QStringLiteral("discover.srv.unchecked")}));
        for (const QString& absent :
             {QStringLiteral("discover.mx.none"), QStringLiteral("discover.sending.none"),
              QStringLiteral("discover.srv.none"), QStringLiteral("discover.domain.missing")})
            QVERIFY2(!finding(d, absent), qPrintable(absent));
        const Finding* sending = finding(d, QStringLiteral("discover.sending.unchecked"));
        QVERIFY(sending->detail.contains(QStringLiteral("SPF")));
        QVERIFY(sending->detail.contains(QStringLiteral("s1._domainkey")));
        QVERIFY(finding(d, QStringLiteral("discover.mx.unchecked"))->advice.isComplete());
    }

    void partialFailureKeepsWhatWasFound()
    {
        MemoryResolver r;
        addPlainDomain(r);
        r.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("s1.domainkey.u1.wl1.sendgrid.net"));
        r.setStatus(QStringLiteral("s2._domainkey.example.com"), Status::Refused);
        const DnsDiscoveryResult d = discover(r, kDomain);
        QCOMPARE(mailerIds(d), QStringList{QStringLiteral("sendgrid")});
        QCOMPARE(problems(d.findings), QStringList{QStringLiteral("discover.sending.unchecked")});
        QVERIFY(!finding(d, QStringLiteral("discover.sending.none")));
    }

    void dkimCnameLoop()
    {
        MemoryResolver r;
        addPlainDomain(r);
        r.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("loop-a.example.com"));
        r.addName(QStringLiteral("loop-a.example.com"), RecordType::CNAME,
                  QStringLiteral("loop-b.example.com"));
        r.addName(QStringLiteral("loop-b.example.com"), RecordType::CNAME,
                  QStringLiteral("loop-a.example.com"));
        r.addName(QStringLiteral("s2._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("s2.domainkey.u1.wl1.sendgrid.net"));
        const DnsDiscoveryResult d = discover(r, kDomain);
        QCOMPARE(problems(d.findings), QStringList{QStringLiteral("discover.dkim.cname_loop")});
        const Finding* loop = finding(d, QStringLiteral("discover.dkim.cname_loop"));
        QCOMPARE(loop->subject, QStringLiteral("s1._domainkey.example.com"));
        QVERIFY(loop->detail.contains(QStringLiteral("loop-a.example.com")));
        // The other selector still counts; the loop is not "could not check".
        QCOMPARE(evidenceOf(d, QStringLiteral("sendgrid")),
                 QStringList{QStringLiteral("DKIM s2._domainkey → s2.domainkey.u1.wl1.sendgrid.net")});
    }

    void spfTermsAndKeys()
    {
        MemoryResolver r;
        r.addMx(kDomain, 10, QStringLiteral("mail.example.com"));
        // A record with a syntax error still shows what it meant to authorise; "-include" and macros
        // authorise nothing; redirect= does.
        r.addTxt(kDomain,
                 QByteArray("v=spf1 include:SendGrid.net. -include:spf.mailjet.com include:%{d}.mailgun.org "
                            "ip4:192.0.2.256 redirect=_spf.google.com"));
        r.addTxt(QStringLiteral("mailjet._domainkey.example.com"),
                 QByteArray("v=DKIM1; k=rsa; p="));                    // revoked
        r.addTxt(QStringLiteral("pdk1._domainkey.example.com"), kKey); // Mailgun's TXT
        r.addTxt(QStringLiteral("pdk2._domainkey.example.com"), QByteArray("not a key at all"));
        const DnsDiscoveryResult d = discover(r, kDomain);
        QCOMPARE(mailerIds(d), (QStringList{QStringLiteral("gmail"), QStringLiteral("mailgun"),
                                            QStringLiteral("sendgrid")}));
        QCOMPARE(evidenceOf(d, QStringLiteral("sendgrid")),
                 QStringList{QStringLiteral("SPF includes sendgrid.net")});
        QCOMPARE(evidenceOf(d, QStringLiteral("gmail")),
                 QStringList{QStringLiteral("SPF redirects to _spf.google.com")});
        QCOMPARE(evidenceOf(d, QStringLiteral("mailgun")),
                 QStringList{QStringLiteral("DKIM key at pdk1._domainkey")});
        QVERIFY(!mailerIds(d).contains(QStringLiteral("mailjet")));
    }

    void returnPaths()
    {
        MemoryResolver r;
        addPlainDomain(r);
        r.addName(QStringLiteral("sl.example.com"), RecordType::CNAME,
                  QStringLiteral("sl.m2-use1.sendlayer.net"));
        r.addName(QStringLiteral("pm-bounces.example.com"), RecordType::CNAME,
                  QStringLiteral("pm.mtasv.net"));
        DnsDiscoveryResult d = discover(r, kDomain);
        QCOMPARE(mailerIds(d), (QStringList{QStringLiteral("sendlayer"), QStringLiteral("postmark")}));
        QCOMPARE(evidenceOf(d, QStringLiteral("sendlayer")),
                 QStringList{QStringLiteral("Return path sl.example.com → sl.m2-use1.sendlayer.net")});

        // A CNAME elsewhere is someone else's.
        MemoryResolver other;
        addPlainDomain(other);
        other.addName(QStringLiteral("pm-bounces.example.com"), RecordType::CNAME,
                      QStringLiteral("pm.mtasv.net.evil.test"));
        other.addName(QStringLiteral("sl.example.com"), RecordType::CNAME,
                      QStringLiteral("notsendlayer.net"));
        d = discover(other, kDomain);
        QVERIFY(d.sendingServices.isEmpty());
        QVERIFY(finding(d, QStringLiteral("discover.sending.none")));
    }

    void srvOrderAndSecurity()
    {
        MemoryResolver r;
        addPlainDomain(r);
        const QString tls = QStringLiteral("_submissions._tcp.example.com");
        const QString starttls = QStringLiteral("_submission._tcp.example.com");
        r.addSrv(starttls, 0, 1, 587, QStringLiteral("submit.example.com"));
        r.addSrv(tls, 20, 1, 465, QStringLiteral("backup.example.com"));
        r.addSrv(tls, 10, 1, 465, QStringLiteral("smtp.example.com"));
        r.addSrv(tls, 30, 1, 0, QStringLiteral("zero-port.example.com")); // unusable
        const DnsDiscoveryResult d = discover(r, kDomain);
        QStringList got;
        for (const SmtpCandidate& c : d.srv)
            got << QStringLiteral("%1:%2:%3:%4")
                       .arg(c.host)
                       .arg(c.port)
                       .arg(c.security == SmtpSecurity::Tls ? QStringLiteral("tls")
                                                            : QStringLiteral("starttls"))
                       .arg(c.sourceDetail);
        QCOMPARE(got, (QStringList{QStringLiteral("smtp.example.com:465:tls:") + tls,
                                   QStringLiteral("backup.example.com:465:tls:") + tls,
                                   QStringLiteral("submit.example.com:587:starttls:") + starttls}));
        QCOMPARE(ids(d.findings).count(QStringLiteral("discover.srv.found")), 3);
        QVERIFY(!finding(d, QStringLiteral("discover.srv.none")));

        // Both services declared not offered: no candidate, two clear notes.
        MemoryResolver none;
        addPlainDomain(none);
        none.addSrv(tls, 0, 0, 0, QStringLiteral("."));
        none.addSrv(starttls, 0, 0, 0, QStringLiteral("."));
        const DnsDiscoveryResult n = discover(none, kDomain);
        QVERIFY(n.srv.isEmpty());
        QCOMPARE(ids(n.findings).count(QStringLiteral("discover.srv.null_target")), 2);
        QVERIFY(!finding(n, QStringLiteral("discover.srv.none")));
        QCOMPARE(problems(n.findings), QStringList{});
    }

    void siteHosting_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("hostingId");
        QTest::addColumn<QString>("findingId");
        QTest::addColumn<int>("severity");
        QTest::newRow("aws by name") << "www.example.com"
                                     << "aws-ec2"
                                     << "discover.site.hosting" << int(Severity::Info);
        QTest::newRow("url with port and path") << "https://WWW.example.com:8443/blog/?p=1"
                                                << "aws-ec2"
                                                << "discover.site.hosting" << int(Severity::Info);
        QTest::newRow("linode, IPv6 only") << "v6.example.com"
                                           << "linode"
                                           << "discover.site.hosting" << int(Severity::Warning);
        QTest::newRow("godaddy by address") << "203.0.113.8"
                                            << "godaddy"
                                            << "discover.site.hosting" << int(Severity::Warning);
        QTest::newRow("ipv6 literal in brackets") << "[2001:db8::20]"
                                                  << "linode"
                                                  << "discover.site.hosting" << int(Severity::Warning);
        QTest::newRow("unknown host") << "plain.example.com"
                                      << ""
                                      << "discover.site.host_unknown" << int(Severity::Info);
        QTest::newRow("no reverse name") << "noptr.example.com"
                                         << ""
                                         << "discover.site.no_ptr" << int(Severity::Info);
        QTest::newRow("reverse lookup timed out") << "slowptr.example.com"
                                                  << ""
                                                  << "discover.site.ptr_unchecked" << int(Severity::Warning);
        QTest::newRow("does not resolve") << "nosuchsite.example.com"
                                          << ""
                                          << "discover.site.not_found" << int(Severity::Warning);
        QTest::newRow("no address") << "empty.example.com"
                                    << ""
                                    << "discover.site.no_address" << int(Severity::Warning);
        QTest::newRow("cname loop") << "loop.example.com"
                                    << ""
                                    << "discover.site.cname_loop" << int(Severity::Warning);
        QTest::newRow("address lookup timed out") << "slow.example.com"
                                                  << ""
                                                  << "discover.site.unchecked" << int(Severity::Warning);
        QTest::newRow("not a host") << "http://"
                                    << ""
                                    << "discover.site.bad_host" << int(Severity::Warning);
        QTest::newRow("spaces") << "my site"
                                << ""
                                << "discover.site.bad_host" << int(Severity::Warning);
    }

    void siteHosting()
    {
        QFETCH(QString, site);
        QFETCH(QString, hostingId);
        QFETCH(QString, findingId);
        QFETCH(int, severity);
        MemoryResolver r;
        addPlainDomain(r);
        r.addAddress(QStringLiteral("www.example.com"), QStringLiteral("203.0.113.7"));
        r.addAddress(QStringLiteral("www.example.com"), QStringLiteral("2001:db8::7")); // no reverse name
        r.addName(QStringLiteral("7.113.0.203.in-addr.arpa"), RecordType::PTR,
                  QStringLiteral("ec2-203-0-113-7.compute-1.amazonaws.com"));
        r.addName(QStringLiteral("8.113.0.203.in-addr.arpa"), RecordType::PTR,
                  QStringLiteral("ip-203-0-113-8.ip.secureserver.net"));
        r.addAddress(QStringLiteral("v6.example.com"), QStringLiteral("2001:db8::20"));
        r.addName(dns::reverseLookupName(QHostAddress(QStringLiteral("2001:db8::20"))), RecordType::PTR,
                  QStringLiteral("li20-100.members.linode.com"));
        r.addAddress(QStringLiteral("plain.example.com"), QStringLiteral("203.0.113.9"));
        r.addName(QStringLiteral("9.113.0.203.in-addr.arpa"), RecordType::PTR,
                  QStringLiteral("host9.example.net"));
        r.addAddress(QStringLiteral("noptr.example.com"), QStringLiteral("203.0.113.10"));
        r.addAddress(QStringLiteral("slowptr.example.com"), QStringLiteral("203.0.113.11"));
        r.addTimeout(QStringLiteral("11.113.0.203.in-addr.arpa"));
        r.addEmpty(QStringLiteral("empty.example.com"));
        r.addName(QStringLiteral("loop.example.com"), RecordType::CNAME, QStringLiteral("loop2.example.com"));
        r.addName(QStringLiteral("loop2.example.com"), RecordType::CNAME, QStringLiteral("loop.example.com"));
        r.addTimeout(QStringLiteral("slow.example.com"));

        const DnsDiscoveryResult d = discover(r, kDomain, site);
        const Finding* f = finding(d, findingId);
        QVERIFY2(f, qPrintable(ids(d.findings).join(QLatin1Char(' '))));
        QCOMPARE(int(f->severity()), severity);
        if (f->isProblem())
            QVERIFY(f->advice.isComplete());
        QCOMPARE(d.hosting ? d.hosting->hostingId : QString(), hostingId);
        // The site's findings are the only ones about it, and the domain's are unaffected.
        QStringList siteIds;
        for (const QString& id : ids(d.findings)) {
            if (id.startsWith(QLatin1String("discover.site.")))
                siteIds << id;
        }
        QCOMPARE(siteIds, QStringList{findingId});
        QVERIFY(finding(d, QStringLiteral("discover.mx.unknown")));
        if (!hostingId.isEmpty()) {
            QVERIFY(f->detail.contains(QStringLiteral("likely")));
            QVERIFY(f->detail.contains(d.hosting->name));
            QVERIFY(f->advice.steps.constFirst().contains(QStringLiteral("web-server test")));
        }
    }

    void siteEvidenceAndAddresses()
    {
        MemoryResolver r;
        addPlainDomain(r);
        r.addAddress(QStringLiteral("www.example.com"), QStringLiteral("203.0.113.7"));
        r.addAddress(QStringLiteral("www.example.com"), QStringLiteral("2001:db8::7"));
        r.addName(QStringLiteral("7.113.0.203.in-addr.arpa"), RecordType::PTR,
                  QStringLiteral("ec2-203-0-113-7.compute-1.amazonaws.com"));
        const DnsDiscoveryResult d = discover(r, kDomain, QStringLiteral("www.example.com"));
        QCOMPARE(d.siteHost, QStringLiteral("www.example.com"));
        QCOMPARE(d.siteAddresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("203.0.113.7")),
                                                       QHostAddress(QStringLiteral("2001:db8::7"))}));
        QVERIFY(d.hosting);
        QCOMPARE(d.hosting->name, QStringLiteral("Amazon EC2"));
        QCOMPARE(d.hosting->blockedPorts, QList<quint16>{25});
        QVERIFY(d.hosting->blocksByDefault);
        QCOMPARE(d.hosting->evidence,
                 QStringLiteral("203.0.113.7 is ec2-203-0-113-7.compute-1.amazonaws.com"));
        // Only the site: the domain's part alone, no domain needed.
        const DnsDiscoveryResult onlySite =
            discover(r, QStringLiteral("someone@"), QStringLiteral("www.example.com"));
        QVERIFY(onlySite.hosting);
        QCOMPARE(problems(onlySite.findings), QStringList{QStringLiteral("discover.domain.invalid")});
    }

    void costsTheLongestChainNotTheSum()
    {
        MemoryResolver r;
        r.setLatency(100);
        r.addMx(kDomain, 1, QStringLiteral("aspmx.l.google.com"));
        r.addTxt(kDomain, QByteArray("v=spf1 include:_spf.google.com ~all"));
        r.addAddress(QStringLiteral("www.example.com"), QStringLiteral("203.0.113.7"));
        r.addName(QStringLiteral("7.113.0.203.in-addr.arpa"), RecordType::PTR,
                  QStringLiteral("ec2-203-0-113-7.compute-1.amazonaws.com"));
        QElapsedTimer clock;
        clock.start();
        const DnsDiscoveryResult d = discover(r, kDomain, QStringLiteral("www.example.com"));
        const qint64 took = clock.elapsed();
        QVERIFY(d.mailbox && d.hosting);
        // Every selector, both SRV names, MX, TXT, A, AAAA and one PTR, two in a row.
        QCOMPARE(d.queries, domainQueries() + 3);
        QCOMPARE(d.queries, int(r.queryLog().size()));
        QVERIFY2(took >= 200 && took < 400,
                 qPrintable(QStringLiteral("%1 ms for %2 queries").arg(took).arg(d.queries)));
        // The reverse lookup went out after the address arrived, the rest at once, first.
        QCOMPARE(r.queryLog().constLast(), QStringLiteral("7.113.0.203.in-addr.arpa/PTR"));
    }

    void deadlineKeepsWhatArrived()
    {
        MemoryResolver r;
        r.setLatency(3000);
        addPlainDomain(r);
        QElapsedTimer clock;
        clock.start();
        const DnsDiscoveryResult d =
            discover(r, kDomain, QStringLiteral("www.example.com"), std::chrono::milliseconds(300));
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(finding(d, QStringLiteral("discover.deadline")));
        QVERIFY(finding(d, QStringLiteral("discover.deadline"))->advice.isComplete());
        // Nothing arrived: each part could not be checked; nothing is reported absent.
        QVERIFY(finding(d, QStringLiteral("discover.mx.unchecked")));
        QVERIFY(finding(d, QStringLiteral("discover.sending.unchecked")));
        QVERIFY(finding(d, QStringLiteral("discover.site.unchecked")));
        QVERIFY(!finding(d, QStringLiteral("discover.mx.none")));
        QVERIFY(!finding(d, QStringLiteral("discover.sending.none")));
        QVERIFY(!finding(d, QStringLiteral("discover.srv.none")));
    }

    void cancelAndRestart()
    {
        MemoryResolver r;
        r.setLatency(50);
        addPlainDomain(r);
        r.addMx(QStringLiteral("google.test"), 1, QStringLiteral("aspmx.l.google.com"));
        DnsDiscovery job(&r);
        QSignalSpy done(&job, &DnsDiscovery::finished);
        job.start({kDomain, {}, std::chrono::milliseconds(5000)});
        job.cancel();
        QTRY_COMPARE(done.size(), 1);
        QVERIFY(finding(job.result(), QStringLiteral("discover.cancelled")));
        // Started again with another domain: one more `finished`, only the new domain's answers.
        job.start({QStringLiteral("google.test"), {}, std::chrono::milliseconds(5000)});
        job.start({QStringLiteral("google.test"), {}, std::chrono::milliseconds(5000)}); // restarts
        QTRY_COMPARE(done.size(), 3);
        QTest::qWait(200); // late answers of the cancelled runs change nothing
        QCOMPARE(done.size(), 3);
        QCOMPARE(job.result().domain, QStringLiteral("google.test"));
        QCOMPARE(job.result().mailbox->providerId, QStringLiteral("gmail"));
        QVERIFY(!finding(job.result(), QStringLiteral("discover.cancelled")));
    }

    void everyProblemHasAdviceAndAStableId()
    {
        // The runs above assert it case by case; here one domain with everything wrong at once.
        MemoryResolver r;
        r.addMx(kDomain, 0, QStringLiteral("."));
        r.setStatus(QStringLiteral("_submission._tcp.example.com"), Status::ServerFailure);
        r.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("s1._domainkey.example.com"));
        r.addTimeout(QStringLiteral("brevo1._domainkey.example.com"));
        const DnsDiscoveryResult d = discover(r, kDomain, QStringLiteral("nosuch.example.com"));
        QVERIFY(d.findings.size() >= 4);
        for (const Finding& f : d.findings) {
            QVERIFY2(f.id.startsWith(QLatin1String("discover.")), qPrintable(f.id));
            QVERIFY2(!f.detail.isEmpty(), qPrintable(f.id));
            if (f.isProblem())
                QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
        QVERIFY(finding(d, QStringLiteral("discover.mx.null")));
        QVERIFY(finding(d, QStringLiteral("discover.dkim.cname_loop")));
        QVERIFY(finding(d, QStringLiteral("discover.sending.unchecked")));
        QVERIFY(finding(d, QStringLiteral("discover.srv.unchecked")));
        QVERIFY(finding(d, QStringLiteral("discover.site.not_found")));
    }
};

QTEST_GUILESS_MAIN(TestDiscoverDns)
#include "tst_discover_dns.moc"
