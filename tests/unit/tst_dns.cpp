// The DNS layer on in-memory records: the resolver's own behaviour, the wire format, and
// every SPF / MX / return-path / verification finding id the domain report can give.
#include "catalog/catalog.h"
#include "dns/domainreport.h"
#include "dns/spfcheck.h"
#include "dns/wireresolver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace postino;
using namespace postino::dns;

namespace {

SpfExpectation expectationFor(const QString& mailerId)
{
    const MailerInfo* m = Catalog::builtin().mailer(mailerId);
    return SpfExpectation::fromCatalog(m->name, m->dns.value(QStringLiteral("checks")).toObject());
}

Findings spfFindings(MemoryResolver& r, const QString& domain,
                     const QString& mailer = QStringLiteral("mailjet"))
{
    SpfCheck check(&r, domain, expectationFor(mailer));
    QSignalSpy done(&check, &SpfCheck::finished);
    check.start();
    if (!check.isFinished() && !done.wait(5000))
        qWarning("SpfCheck did not finish");
    return check.findings();
}

Findings reportFindings(MemoryResolver& r, DomainReportOptions options)
{
    DomainReport report(&r, options);
    QSignalSpy done(&report, &DomainReport::finished);
    report.start();
    if (!report.isFinished() && !done.wait(5000))
        qWarning("DomainReport did not finish");
    return report.findings();
}

// A copy, so it may be taken from a temporary list.
std::optional<Finding> findIn(const Findings& findings, const QString& id)
{
    const Finding* f = findById(findings, id);
    return f ? std::optional<Finding>(*f) : std::nullopt;
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings)
        out << f.id;
    return out;
}

// Mailjet's include with a range of its own, as the fixture for "would its servers pass".
void addMailjet(MemoryResolver& r)
{
    r.addTxt(QStringLiteral("spf.mailjet.com"), QByteArray("v=spf1 ip4:87.253.232.0/21 ~all"));
}

// A reply as a recursive server would send it: header, question, answers.
QByteArray reply(quint16 id, quint16 flags, const QString& name, RecordType type,
                 const QList<QByteArray>& answers)
{
    QByteArray q = WireResolver::encodeQuery(id, name, type);
    q.truncate(q.size() - 11); // drop our OPT record
    q[2] = char(flags >> 8);
    q[3] = char(flags & 0xff);
    q[6] = 0;
    q[7] = char(answers.size());
    q[10] = 0;
    q[11] = 0;
    for (const QByteArray& a : answers)
        q += a;
    return q;
}

QByteArray rr(quint16 type, const QByteArray& rdata)
{
    QByteArray a("\xc0\x0c", 2); // owner: the question's name
    a += char(type >> 8);
    a += char(type & 0xff);
    a += QByteArray("\x00\x01\x00\x00\x00\x3c", 6);
    a += char(rdata.size() >> 8);
    a += char(rdata.size() & 0xff);
    return a + rdata;
}

// check_host() for one client and sender, as the spf command runs it.
SpfOutcome evaluateSpf(MemoryResolver& r, const QString& ip, const QString& sender)
{
    SpfEvaluator spf(&r);
    QSignalSpy done(&spf, &SpfEvaluator::finished);
    spf.start(QHostAddress(ip), sender, QStringLiteral("mail.example.test"));
    if (!spf.isFinished() && !done.wait(5000))
        qWarning("SpfEvaluator did not finish");
    return spf.outcome();
}

} // namespace

class TestDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolverFollowsCnamesAndCaches()
    {
        MemoryResolver r;
        r.addName(QStringLiteral("s1._domainkey.example.com"), RecordType::CNAME,
                  QStringLiteral("s1.provider.net"));
        r.addTxt(QStringLiteral("s1.provider.net"), QByteArray("v=DKIM1; p=abc"));
        Answer got;
        int calls = 0;
        for (int i = 0; i < 2; ++i) {
            r.lookup(QStringLiteral("S1._domainkey.Example.com."), RecordType::TXT, this,
                     [&](const Answer& a) {
                         got = a;
                         ++calls;
                     });
        }
        QTRY_COMPARE(calls, 2);
        QCOMPARE(got.status, Status::Ok);
        QCOMPARE(got.texts, QList<QByteArray>{"v=DKIM1; p=abc"});
        QCOMPARE(got.cnameChain, QStringList{QStringLiteral("s1.provider.net")});
        QCOMPARE(r.queriesSent(), 1); // the second lookup shared the first query
        r.lookup(QStringLiteral("s1._domainkey.example.com"), RecordType::TXT, this,
                 [&](const Answer&) { ++calls; });
        QTRY_COMPARE(calls, 3);
        QCOMPARE(r.queriesSent(), 1); // and the third came from the cache
    }

    void resolverKeepsStatusesApart()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"), QByteArray("hello"));
        r.addName(QStringLiteral("loop1.example.com"), RecordType::CNAME,
                  QStringLiteral("loop2.example.com"));
        r.addName(QStringLiteral("loop2.example.com"), RecordType::CNAME,
                  QStringLiteral("loop1.example.com"));
        r.addTimeout(QStringLiteral("slow.example.com"));
        r.setStatus(QStringLiteral("broken.example.com"), Status::ServerFailure);
        QHash<QString, Status> got;
        const QStringList names{
            QStringLiteral("example.com"),        QStringLiteral("missing.example.com"),
            QStringLiteral("loop1.example.com"),  QStringLiteral("slow.example.com"),
            QStringLiteral("broken.example.com"), QString(70, QLatin1Char('a')) + QStringLiteral(".com")};
        for (const QString& n : names)
            r.lookup(n, RecordType::TXT, this, [&got, n](const Answer& a) { got.insert(n, a.status); });
        r.lookup(QStringLiteral("example.com"), RecordType::MX, this,
                 [&got](const Answer& a) { got.insert(QStringLiteral("mx"), a.status); });
        QTRY_COMPARE(got.size(), names.size() + 1);
        QCOMPARE(got.value(names.at(0)), Status::Ok);
        QCOMPARE(got.value(names.at(1)), Status::NxDomain);
        QCOMPARE(got.value(names.at(2)), Status::ServerFailure); // a CNAME loop ends, with an error
        QCOMPARE(got.value(names.at(3)), Status::Timeout);
        QCOMPARE(got.value(names.at(4)), Status::ServerFailure);
        QCOMPARE(got.value(names.at(5)), Status::BadName);
        QCOMPARE(got.value(QStringLiteral("mx")), Status::NoData);
    }

    void normalizedNames()
    {
        QCOMPARE(normalizedName(QStringLiteral("Example.COM.")), QStringLiteral("example.com"));
        QCOMPARE(normalizedName(QStringLiteral("caffè.it")), QStringLiteral("xn--caff-8oa.it"));
        QVERIFY(normalizedName(QStringLiteral("a..b")).isEmpty());
        QVERIFY(isSameOrSubdomain(QStringLiteral("em1.example.com"), QStringLiteral("example.com")));
        QVERIFY(!isSameOrSubdomain(QStringLiteral("badexample.com"), QStringLiteral("example.com")));
    }

    void nameServerAddresses()
    {
        QCOMPARE(parseNameServer(QStringLiteral("192.0.2.53"))->port, 53);
        QCOMPARE(parseNameServer(QStringLiteral("192.0.2.53:5353"))->port, 5353);
        QCOMPARE(parseNameServer(QStringLiteral("[2001:db8::53]:54"))->address,
                 QHostAddress(QStringLiteral("2001:db8::53")));
        QCOMPARE(parseNameServer(QStringLiteral("::1"))->port, 53);
        QVERIFY(!parseNameServer(QStringLiteral("ns1.example.com")));
        QVERIFY(!parseNameServer(QStringLiteral("192.0.2.1:99999")));
    }

    void wireFormat()
    {
        const QString name = QStringLiteral("example.com");
        bool truncated = false;
        bool matches = false;
        // Two character-strings in one TXT record are joined with nothing between them.
        QByteArray txt;
        txt += char(5);
        txt += "v=spf";
        txt += char(7);
        txt += "1 -all ";
        Answer a = WireResolver::decodeReply(reply(7, 0x8180, name, RecordType::TXT, {rr(16, txt)}), 7, name,
                                             RecordType::TXT, &truncated, &matches);
        QVERIFY(matches);
        QCOMPARE(a.status, Status::Ok);
        QCOMPARE(a.texts, QList<QByteArray>{"v=spf1 -all "});
        QCOMPARE(a.textChunks.value(0).size(), 2);

        a = WireResolver::decodeReply(reply(7, 0x8183, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                      &truncated, &matches);
        QCOMPARE(a.status, Status::NxDomain);
        a = WireResolver::decodeReply(reply(7, 0x8180, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                      &truncated, &matches);
        QCOMPARE(a.status, Status::NoData);
        a = WireResolver::decodeReply(reply(7, 0x8182, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                      &truncated, &matches);
        QCOMPARE(a.status, Status::ServerFailure);
        a = WireResolver::decodeReply(reply(7, 0x8185, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                      &truncated, &matches);
        QCOMPARE(a.status, Status::Refused);
        WireResolver::decodeReply(reply(7, 0x8380, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                  &truncated, &matches);
        QVERIFY(truncated); // TC: ask again over TCP
        WireResolver::decodeReply(reply(8, 0x8180, name, RecordType::TXT, {}), 7, name, RecordType::TXT,
                                  &truncated, &matches);
        QVERIFY(!matches); // someone else's answer is ignored

        // A compression pointer pointing at itself must not hang the parser.
        QByteArray evil = reply(7, 0x8180, name, RecordType::CNAME, {});
        evil[7] = 1;
        const int self = int(evil.size());
        evil += char(0xc0);
        evil += char(self);
        evil += QByteArray("\x00\x05\x00\x01\x00\x00\x00\x3c\x00\x02\xc0\x0c", 12);
        a = WireResolver::decodeReply(evil, 7, name, RecordType::CNAME, &truncated, &matches);
        QCOMPARE(a.status, Status::ServerFailure);
        // Truncated garbage after a valid header.
        a = WireResolver::decodeReply(reply(7, 0x8180, name, RecordType::TXT, {rr(16, txt)}).left(40), 7,
                                      name, RecordType::TXT, &truncated, &matches);
        QCOMPARE(a.status, Status::ServerFailure);
    }

    void srvRecords()
    {
        // RFC 2782 rdata: priority, weight, port, then the target as a (never compressed) name.
        const auto srv = [](quint16 priority, quint16 weight, quint16 port,
                            const QByteArray& target) -> QByteArray {
            QByteArray d;
            for (quint16 v : {priority, weight, port}) {
                d += char(v >> 8);
                d += char(v & 0xff);
            }
            for (const QByteArray& label : target.split('.')) {
                if (!label.isEmpty()) {
                    d += char(label.size());
                    d += label;
                }
            }
            d += '\0';
            return d;
        };
        const QString name = QStringLiteral("_submissions._tcp.example.com");
        bool truncated = false;
        bool matches = false;
        Answer a = WireResolver::decodeReply(
            reply(9, 0x8180, name, RecordType::SRV,
                  {rr(33, srv(10, 5, 587, "backup.example.com")), rr(33, srv(0, 1, 465, "Smtp.Example.com")),
                   rr(33, srv(10, 50, 465, "heavy.example.com"))}),
            9, name, RecordType::SRV, &truncated, &matches);
        QVERIFY(matches);
        QCOMPARE(a.status, Status::Ok);
        // Priority first (lowest), then weight (highest), names in lower case.
        QCOMPARE(a.srv, (QList<SrvRecord>{{0, 1, 465, QStringLiteral("smtp.example.com")},
                                          {10, 50, 465, QStringLiteral("heavy.example.com")},
                                          {10, 5, 587, QStringLiteral("backup.example.com")}}));
        // "." says the service is not offered: an empty target.
        a = WireResolver::decodeReply(reply(9, 0x8180, name, RecordType::SRV, {rr(33, srv(0, 0, 0, "."))}), 9,
                                      name, RecordType::SRV, &truncated, &matches);
        QCOMPARE(a.status, Status::Ok);
        QCOMPARE(a.srv, (QList<SrvRecord>{{0, 0, 0, QString()}}));
        // A record too short for its fixed part, or with bytes after the name, is not used.
        a = WireResolver::decodeReply(
            reply(9, 0x8180, name, RecordType::SRV, {rr(33, QByteArray("\x00\x01", 2))}), 9, name,
            RecordType::SRV, &truncated, &matches);
        QCOMPARE(a.status, Status::NoData);
        a = WireResolver::decodeReply(
            reply(9, 0x8180, name, RecordType::SRV, {rr(33, srv(0, 0, 465, "a.example.com") + "junk")}), 9,
            name, RecordType::SRV, &truncated, &matches);
        QCOMPARE(a.status, Status::NoData);

        // The in-memory resolver answers the same way.
        MemoryResolver r;
        r.addSrv(name, 10, 5, 587, QStringLiteral("backup.example.com."));
        r.addSrv(name, 0, 1, 465, QStringLiteral("SMTP.example.com"));
        r.addSrv(QStringLiteral("_submission._tcp.example.com"), 0, 0, 0, QStringLiteral("."));
        QList<Answer> got;
        for (const QString& n : {name, QStringLiteral("_submission._tcp.example.com"),
                                 QStringLiteral("_imaps._tcp.example.com")})
            r.lookup(n, RecordType::SRV, this, [&got](const Answer& x) { got << x; });
        QTRY_COMPARE(got.size(), 3);
        QCOMPARE(got.at(0).srv, (QList<SrvRecord>{{0, 1, 465, QStringLiteral("smtp.example.com")},
                                                  {10, 5, 587, QStringLiteral("backup.example.com")}}));
        QCOMPARE(got.at(1).srv, (QList<SrvRecord>{{0, 0, 0, QString()}}));
        QCOMPARE(got.at(2).status, Status::NxDomain);
        QCOMPARE(recordTypeName(RecordType::SRV), QStringLiteral("SRV"));
    }

    void reverseNames()
    {
        QCOMPARE(reverseLookupName(QHostAddress(QStringLiteral("203.0.113.7"))),
                 QStringLiteral("7.113.0.203.in-addr.arpa"));
        QCOMPARE(reverseLookupName(QHostAddress(QStringLiteral("2001:db8::567:89ab"))),
                 QStringLiteral("b.a.9.8.7.6.5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"));
    }

    void silentServerTimesOut()
    {
        // A server that reads queries and never answers: bounded by timeout x (retries + 1).
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        WireResolver r({NameServer{QHostAddress::LocalHost, silent.localPort(), {}}});
        r.setTimeout(250);
        r.setRetries(1);
        Answer got;
        bool done = false;
        QElapsedTimer clock;
        clock.start();
        r.lookup(QStringLiteral("example.com"), RecordType::TXT, this, [&](const Answer& a) {
            got = a;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        QCOMPARE(got.status, Status::Timeout);
        QVERIFY2(clock.elapsed() >= 450 && clock.elapsed() < 2000,
                 qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE(silent.hasPendingDatagrams(), true); // the query really went out
    }

    // ---- SPF findings ------------------------------------------------------------------

    void spfOk()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 include:spf.mailjet.com -all"));
        const Findings f = spfFindings(r, QStringLiteral("example.com"));
        QVERIFY2(!hasErrors(f), qPrintable(formatFindingsText(f)));
        QVERIFY(findIn(f, QStringLiteral("spf.ok")));
        QVERIFY(findIn(f, QStringLiteral("spf.mailer_include_present")));
        const std::optional<Finding> pass = findIn(f, QStringLiteral("spf.mailer_would_pass"));
        QVERIFY(pass);
        QVERIFY(pass->detail.contains(QStringLiteral("87.253.232.1")));
        QVERIFY(findIn(f, QStringLiteral("spf.ok"))->detail.contains(QStringLiteral("1 of the 10")));
    }

    void spfMissingSuggestsTheMailersInclude()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"), QByteArray("google-site-verification=abc"));
        const std::optional<Finding> f =
            findIn(spfFindings(r, QStringLiteral("example.com")), QStringLiteral("spf.missing"));
        QVERIFY(f);
        QCOMPARE(f->severity(), Severity::Error); // Mailjet needs it
        QCOMPARE(f->fix, QStringLiteral("example.com TXT \"v=spf1 include:spf.mailjet.com ~all\""));
        const std::optional<Finding> optional =
            findIn(spfFindings(r, QStringLiteral("example.com"), QStringLiteral("sendlayer")),
                   QStringLiteral("spf.missing"));
        QCOMPARE(optional->severity(), Severity::Warning);
    }

    void spfDomainMissingAndLookupFailed()
    {
        MemoryResolver r;
        r.setStatus(QStringLiteral("down.example.com"), Status::ServerFailure);
        QVERIFY(
            findIn(spfFindings(r, QStringLiteral("nowhere.example")), QStringLiteral("spf.domain_missing")));
        QVERIFY(
            findIn(spfFindings(r, QStringLiteral("down.example.com")), QStringLiteral("spf.lookup_failed")));
    }

    void spfMultipleRecordsAreMerged()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 include:spf.mailjet.com ~all"));
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 ip4:192.0.2.1 -all"));
        const std::optional<Finding> f =
            findIn(spfFindings(r, QStringLiteral("example.com")), QStringLiteral("spf.multiple"));
        QVERIFY(f);
        QCOMPARE(f->fix,
                 QStringLiteral("example.com TXT \"v=spf1 include:spf.mailjet.com ip4:192.0.2.1 -all\""));
    }

    void spfSyntaxErrorShowsWhere()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 ip4:192.0.2.300 ~all"));
        const std::optional<Finding> f =
            findIn(spfFindings(r, QStringLiteral("example.com")), QStringLiteral("spf.syntax"));
        QVERIFY(f);
        QCOMPARE(f->seen, QStringLiteral("v=spf1 »ip4:192.0.2.300 ~all"));
        QVERIFY(f->detail.contains(QStringLiteral("character 8")));
    }

    void spfPolicyWarnings()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("pass.example"), QByteArray("v=spf1 include:spf.mailjet.com +all"));
        r.addTxt(QStringLiteral("neutral.example"), QByteArray("v=spf1 include:spf.mailjet.com ?all"));
        r.addTxt(QStringLiteral("noall.example"), QByteArray("v=spf1 include:spf.mailjet.com"));
        r.addTxt(QStringLiteral("ptr.example"), QByteArray("v=spf1 ptr include:spf.mailjet.com -all"));
        r.addTxt(QStringLiteral("ptr.example"), QList<QByteArray>{"v=spf1 -all"}, RecordType::SPF);
        const std::optional<Finding> f =
            findIn(spfFindings(r, QStringLiteral("pass.example")), QStringLiteral("spf.pass_all"));
        QVERIFY(f);
        QCOMPARE(f->severity(), Severity::Error);
        QCOMPARE(f->fix, QStringLiteral("pass.example TXT \"v=spf1 include:spf.mailjet.com ~all\""));
        QVERIFY(findIn(spfFindings(r, QStringLiteral("neutral.example")), QStringLiteral("spf.neutral_all")));
        QVERIFY(findIn(spfFindings(r, QStringLiteral("noall.example")), QStringLiteral("spf.no_all")));
        const Findings ptr = spfFindings(r, QStringLiteral("ptr.example"));
        QVERIFY(findIn(ptr, QStringLiteral("spf.ptr")));
        QVERIFY(findIn(ptr, QStringLiteral("spf.type99")));
    }

    void spfLongRecord()
    {
        MemoryResolver r;
        QByteArray record("v=spf1");
        for (int i = 0; i < 30; ++i)
            record += " ip4:198.51.100." + QByteArray::number(i);
        record += " -all";
        r.addTxt(QStringLiteral("example.com"), QList<QByteArray>{record.left(255), record.mid(255)});
        QVERIFY(findIn(spfFindings(r, QStringLiteral("example.com")), QStringLiteral("spf.long_record")));
    }

    void spfTooManyLookups()
    {
        MemoryResolver r;
        addMailjet(r);
        QByteArray top("v=spf1");
        for (int i = 0; i < 4; ++i) {
            const QString inc = QStringLiteral("inc%1.example.net").arg(i);
            top += " include:" + inc.toLatin1();
            r.addTxt(inc, QByteArray("v=spf1 a mx -all"));
            r.addAddress(inc, QStringLiteral("192.0.2.%1").arg(i + 1));
            r.addMx(inc, 10, inc);
        }
        // The mailer's include comes last: receivers give up before they reach it.
        r.addTxt(QStringLiteral("example.com"), top + " include:spf.mailjet.com -all");
        const Findings f = spfFindings(r, QStringLiteral("example.com"));
        const std::optional<Finding> many = findIn(f, QStringLiteral("spf.too_many_lookups"));
        QVERIFY2(many, qPrintable(formatFindingsText(f)));
        QVERIFY(many->detail.contains(QStringLiteral("13")));
        QVERIFY(!findIn(f, QStringLiteral("spf.ok")));
        // Receivers agree: the mailer's own server gets permerror, not pass.
        const std::optional<Finding> fail = findIn(f, QStringLiteral("spf.mailer_would_fail"));
        QVERIFY(fail);
        QVERIFY(fail->detail.contains(QStringLiteral("pass")) ||
                fail->detail.contains(QStringLiteral("permerror")));
    }

    void spfVoidLookupsAndDeadTargets()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"),
                 QByteArray("v=spf1 a:gone1.example.com a:gone2.example.com mx:gone3.example.com "
                            "include:spf.mailjet.com -all"));
        const Findings f = spfFindings(r, QStringLiteral("example.com"));
        QVERIFY(findIn(f, QStringLiteral("spf.too_many_void_lookups")));
        QVERIFY(findIn(f, QStringLiteral("spf.a_without_address")));
        QVERIFY(findIn(f, QStringLiteral("spf.mx_without_mx")));
    }

    void spfMxWithTooManyHosts()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 mx include:spf.mailjet.com -all"));
        for (int i = 0; i < 11; ++i)
            r.addMx(QStringLiteral("example.com"), quint16(i), QStringLiteral("mx%1.example.com").arg(i));
        QVERIFY(findIn(spfFindings(r, QStringLiteral("example.com")), QStringLiteral("spf.mx_too_many")));
    }

    void spfIncludeProblems()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("loop.example"), QByteArray("v=spf1 include:loop2.example -all"));
        r.addTxt(QStringLiteral("loop2.example"), QByteArray("v=spf1 include:loop.example -all"));
        r.addTxt(
            QStringLiteral("dup.example"),
            QByteArray("v=spf1 include:spf.mailjet.com include:shared.example include:spf.mailjet.com -all"));
        r.addTxt(QStringLiteral("shared.example"), QByteArray("v=spf1 ip4:192.0.2.1 -all"));
        r.addTxt(QStringLiteral("broken.example"), QByteArray("v=spf1 include:nospf.example -all"));
        r.addTxt(QStringLiteral("nospf.example"), QByteArray("just text"));
        r.addTxt(QStringLiteral("slow.example"), QByteArray("v=spf1 include:timeout.example -all"));
        r.addTimeout(QStringLiteral("timeout.example"));
        const std::optional<Finding> loop =
            findIn(spfFindings(r, QStringLiteral("loop.example")), QStringLiteral("spf.include_loop"));
        QVERIFY(loop);
        QVERIFY(loop->detail.contains(QStringLiteral("loop.example → loop2.example → loop.example")));
        QVERIFY(
            findIn(spfFindings(r, QStringLiteral("dup.example")), QStringLiteral("spf.duplicate_include")));
        QVERIFY(
            findIn(spfFindings(r, QStringLiteral("broken.example")), QStringLiteral("spf.include_broken")));
        QVERIFY(findIn(spfFindings(r, QStringLiteral("slow.example")),
                       QStringLiteral("spf.include_unreachable")));
    }

    void spfMailerInclude()
    {
        MemoryResolver r;
        addMailjet(r);
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 ip4:192.0.2.1 mx -all"));
        r.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mail.example.com"));
        r.addAddress(QStringLiteral("mail.example.com"), QStringLiteral("192.0.2.25"));
        const Findings f = spfFindings(r, QStringLiteral("example.com"));
        const std::optional<Finding> missing = findIn(f, QStringLiteral("spf.mailer_include_missing"));
        QVERIFY(missing);
        QCOMPARE(missing->severity(), Severity::Error);
        QCOMPARE(missing->fix,
                 QStringLiteral("example.com TXT \"v=spf1 ip4:192.0.2.1 mx include:spf.mailjet.com -all\""));
        const std::optional<Finding> fail = findIn(f, QStringLiteral("spf.mailer_would_fail"));
        QVERIFY(fail);
        QVERIFY(fail->detail.contains(QStringLiteral("“fail”")));

        // SMTP2GO asks not to be included.
        r.addTxt(QStringLiteral("s2g.example"), QByteArray("v=spf1 include:spf.smtp2go.com -all"));
        r.addTxt(QStringLiteral("spf.smtp2go.com"), QByteArray("v=spf1 ip4:203.0.113.0/24 -all"));
        QVERIFY(findIn(spfFindings(r, QStringLiteral("s2g.example"), QStringLiteral("smtp2go")),
                       QStringLiteral("spf.mailer_include_unneeded")));
    }

    void spfVerdictForTheUsersOwnServer()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 include:_spf.example.net -all"));
        r.addTxt(QStringLiteral("_spf.example.net"), QByteArray("v=spf1 ip4:192.0.2.0/24 -all"));
        for (const auto& [ip, id] : {std::pair{"192.0.2.80", "spf.address_passes"},
                                     std::pair{"198.51.100.9", "spf.address_fails"}}) {
            SpfCheck check(&r, QStringLiteral("example.com"), expectationFor(QStringLiteral("smtp")));
            check.setSenderAddress(QHostAddress(QString::fromLatin1(ip)));
            QSignalSpy done(&check, &SpfCheck::finished);
            check.start();
            QVERIFY(check.isFinished() || done.wait(5000));
            const std::optional<Finding> f = findIn(check.findings(), QString::fromLatin1(id));
            QVERIFY2(f, id);
            QVERIFY(f->detail.contains(QString::fromLatin1(ip)));
        }
    }

    // RFC 7208 4.3: a sender without a local part is postmaster at its domain, for %{l} and %{s}.
    void spfSenderWithoutLocalPart()
    {
        const QString helo = QStringLiteral("mail.example.net");
        QCOMPARE(spfSenderAddress(QStringLiteral("example.com"), helo),
                 QStringLiteral("postmaster@example.com"));
        QCOMPARE(spfSenderAddress(QStringLiteral("@example.com"), helo),
                 QStringLiteral("postmaster@example.com"));
        QCOMPARE(spfSenderAddress(QString(), helo), QStringLiteral("postmaster@mail.example.net"));
        QCOMPARE(spfSenderAddress(QStringLiteral("news@example.com"), helo),
                 QStringLiteral("news@example.com"));

        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"), QByteArray("v=spf1 -all exp=why.example.com"));
        r.addTxt(QStringLiteral("why.example.com"), QByteArray("%{s} (local part %{l}) may not send"));
        for (const char* sender : {"example.com", "@example.com"}) {
            const SpfOutcome out = evaluateSpf(r, QStringLiteral("192.0.2.1"), QString::fromLatin1(sender));
            QCOMPARE(out.result, SpfResult::Fail);
            QCOMPARE(out.domain, QStringLiteral("example.com"));
            QCOMPARE(out.explanation,
                     QStringLiteral("postmaster@example.com (local part postmaster) may not send"));
        }
    }

    // RFC 7208 4.6.4: a lookup answered without data counts as void, like one for a name that
    // does not exist: for an IPv6 client, the AAAA queries of a: and of every MX host (pyspf).
    void spfNoDataIsAVoidLookup()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"),
                 QByteArray("v=spf1 a:v4.example.com mx:example.com ip6:2001:db8::/32 -all"));
        r.addAddress(QStringLiteral("v4.example.com"), QStringLiteral("192.0.2.10"));
        r.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mx1.example.com"));
        r.addMx(QStringLiteral("example.com"), 20, QStringLiteral("mx2.example.com"));
        r.addAddress(QStringLiteral("mx1.example.com"), QStringLiteral("192.0.2.11"));
        r.addAddress(QStringLiteral("mx2.example.com"), QStringLiteral("192.0.2.12"));
        SpfOutcome out = evaluateSpf(r, QStringLiteral("2001:db8::1"), QStringLiteral("a@example.com"));
        QCOMPARE(out.result, SpfResult::PermError);
        QCOMPARE(out.voidLookups, 3);
        out = evaluateSpf(r, QStringLiteral("192.0.2.12"), QStringLiteral("a@example.com"));
        QCOMPARE(out.result, SpfResult::Pass);
        QCOMPARE(out.voidLookups, 0);
    }

    // Read ahead, counted in order: the queries sent ahead for terms a serial evaluation never
    // reaches change neither the result nor the lookup and void-lookup counts.
    void spfQueriesSentAheadChangeNoResult()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"),
                 QByteArray("v=spf1 ip4:192.0.2.1 a:gone1.example.com a:gone2.example.com "
                            "a:gone3.example.com include:_spf.example.com -all"));
        r.addTxt(QStringLiteral("_spf.example.com"), QByteArray("v=spf1 ip4:198.51.100.0/24 -all"));
        SpfOutcome out = evaluateSpf(r, QStringLiteral("192.0.2.1"), QStringLiteral("a@example.com"));
        QCOMPARE(out.result, SpfResult::Pass);
        QCOMPARE(out.lookups, 0);
        QCOMPARE(out.voidLookups, 0);
        QVERIFY(r.queryLog().contains(QStringLiteral("gone3.example.com/A"))); // it was asked ahead
        out = evaluateSpf(r, QStringLiteral("198.51.100.7"), QStringLiteral("a@example.com"));
        QCOMPARE(out.result, SpfResult::PermError); // the third void lookup, before the include
        QCOMPARE(out.lookups, 3);
        QCOMPARE(out.voidLookups, 3);
    }

    // Every answer arrives 200 ms after its query. The tree below has 5 queries that depend on
    // each other (TXT example.com -> TXT _l1 -> TXT _l2 -> TXT _l3 -> A leaf); three mx terms
    // come first in record order. Reading ahead, check_host() takes about 5 answer times, not
    // one more for every term in its way.
    void spfEvaluationWaitsOnlyForTheLongestChain()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("example.com"),
                 QByteArray("v=spf1 mx:m1.example.com mx:m2.example.com mx:m3.example.com "
                            "include:_l1.example.com -all"));
        for (const char* m : {"m1", "m2", "m3"}) {
            const QString domain = QString::fromLatin1(m) + QStringLiteral(".example.com");
            r.addMx(domain, 10, QStringLiteral("mx.") + domain);
            r.addAddress(QStringLiteral("mx.") + domain, QStringLiteral("192.0.2.50"));
        }
        r.addTxt(QStringLiteral("_l1.example.com"), QByteArray("v=spf1 include:_l2.example.com -all"));
        r.addTxt(QStringLiteral("_l2.example.com"), QByteArray("v=spf1 include:_l3.example.com -all"));
        r.addTxt(QStringLiteral("_l3.example.com"), QByteArray("v=spf1 a:leaf.example.com -all"));
        r.addAddress(QStringLiteral("leaf.example.com"), QStringLiteral("203.0.113.77"));
        r.setLatency(200);
        QElapsedTimer clock;
        clock.start();
        const SpfOutcome out =
            evaluateSpf(r, QStringLiteral("203.0.113.77"), QStringLiteral("a@example.com"));
        const qint64 ms = clock.elapsed();
        QCOMPARE(out.result, SpfResult::Pass);
        QCOMPARE(out.lookups, 7);
        // At most 1.25 x 5 answer times; in record order, one answer after another, it takes 8.
        QVERIFY2(ms >= 1000 && ms < 1250, qPrintable(QString::number(ms)));
    }

    // ---- the rest of the report ----------------------------------------------------------

    void mxFindings()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("none.example"), QByteArray("v=spf1 -all"));
        r.addTxt(QStringLiteral("null.example"), QByteArray("v=spf1 -all"));
        r.addMx(QStringLiteral("null.example"), 0, QStringLiteral("."));
        r.addTxt(QStringLiteral("dangling.example"), QByteArray("v=spf1 -all"));
        r.addMx(QStringLiteral("dangling.example"), 10, QStringLiteral("mx.nowhere.example"));
        r.addTxt(QStringLiteral("good.example"), QByteArray("v=spf1 -all"));
        r.addMx(QStringLiteral("good.example"), 10, QStringLiteral("mx.good.example"));
        r.addAddress(QStringLiteral("mx.good.example"), QStringLiteral("2001:db8::25"));
        DomainReportOptions o;
        o.mailerId = QStringLiteral("smtp");
        o.domain = QStringLiteral("none.example");
        QVERIFY(ids(reportFindings(r, o)).contains(QStringLiteral("mx.none")));
        o.domain = QStringLiteral("null.example");
        QVERIFY(ids(reportFindings(r, o)).contains(QStringLiteral("mx.null")));
        o.domain = QStringLiteral("dangling.example");
        QVERIFY(ids(reportFindings(r, o)).contains(QStringLiteral("mx.host_without_address")));
        o.domain = QStringLiteral("good.example");
        const Findings good = reportFindings(r, o);
        QVERIFY(findIn(good, QStringLiteral("mx.ok")));
        QVERIFY(findIn(good, QStringLiteral("mx.ok"))->detail.contains(QStringLiteral("mx.good.example")));
    }

    void returnPathFindings()
    {
        MemoryResolver r;
        for (const char* d : {"ok.example", "missing.example", "wrong.example"})
            r.addTxt(QString::fromLatin1(d), QByteArray("v=spf1 -all"));
        r.addName(QStringLiteral("pm-bounces.ok.example"), RecordType::CNAME, QStringLiteral("pm.mtasv.net"));
        r.addName(QStringLiteral("pm-bounces.wrong.example"), RecordType::CNAME,
                  QStringLiteral("bounces.other.net"));
        DomainReportOptions o;
        o.mailerId = QStringLiteral("postmark");
        o.domain = QStringLiteral("ok.example");
        const std::optional<Finding> ok = findIn(reportFindings(r, o), QStringLiteral("returnpath.ok"));
        QVERIFY(ok);
        QCOMPARE(ok->seen, QStringLiteral("pm-bounces.ok.example CNAME pm.mtasv.net"));
        o.domain = QStringLiteral("missing.example");
        const std::optional<Finding> missing =
            findIn(reportFindings(r, o), QStringLiteral("returnpath.missing"));
        QVERIFY(missing);
        QCOMPARE(missing->fix, QStringLiteral("pm-bounces.missing.example CNAME pm.mtasv.net"));
        o.domain = QStringLiteral("wrong.example");
        const std::optional<Finding> wrong =
            findIn(reportFindings(r, o), QStringLiteral("returnpath.wrong_target"));
        QVERIFY(wrong);
        QVERIFY(wrong->detail.contains(QStringLiteral("bounces.other.net")));

        // SendGrid's bounce host is per account: asked for, then checked by suffix.
        o.mailerId = QStringLiteral("sendgrid");
        o.domain = QStringLiteral("ok.example");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("returnpath.name_needed")));
        r.addName(QStringLiteral("em1234.ok.example"), RecordType::CNAME,
                  QStringLiteral("u1234.wl123.sendgrid.net"));
        o.returnPathHost = QStringLiteral("em1234");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("returnpath.ok")));
        r.setStatus(QStringLiteral("em9.ok.example"), Status::Timeout);
        o.returnPathHost = QStringLiteral("em9");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("returnpath.lookup_failed")));
    }

    // Would DMARC pass for mail through the mailer? DKIM lines up when the mailer's selector
    // holds a valid key under the From domain; SPF when the bounce domain is under it.
    void alignment()
    {
        // A real RSA 2048 public key (generated with openssl for this test).
        const QByteArray key =
            "v=DKIM1; k=rsa; "
            "p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAsWBPqRrnRylnb3zVNAHmhmMtCUPJIK+"
            "N135r4SjR9zepkAIn6NT9Jl8UAka/vLBxej12wBJwdSlkBSZuli0iAYyhWQxtqKxn/OxGggPKyt/nPJvO4o6LJ4RWwzD18/"
            "FATU7Kp5O3ZPt/7P5LqNqB4rA6xuElQAOW4FtEMFPCw9FA5Vq2+idMTmeaiROrorV+/"
            "1H72Iu4f16J98eNmGPNv9Ovy8r8iHS1IBN3BSWfuUOr4/"
            "LtuU0Vg9YrXtPGVSfBnnd7lRHMF2UmERJszFahX0VwlUuqpOi7j6gMQQNCpF4/Cnpez6gQz//"
            "CdHAqGbLLM7OpCmMjHgFk0rSpil0iZwIDAQAB";
        MemoryResolver r;
        for (const char* d : {"both.example", "dkimonly.example", "neither.example", "monitor.example"}) {
            const QString domain = QString::fromLatin1(d);
            r.addTxt(domain, QByteArray("v=spf1 include:sendgrid.net -all"));
            r.addTxt(
                QStringLiteral("_dmarc.") + domain,
                QByteArray(qstrcmp(d, "monitor.example") == 0 ? "v=DMARC1; p=none" : "v=DMARC1; p=reject"));
        }
        r.addTxt(QStringLiteral("sendgrid.net"), QByteArray("v=spf1 ip4:167.89.0.0/17 -all"));
        r.addName(QStringLiteral("s1._domainkey.both.example"), RecordType::CNAME,
                  QStringLiteral("s1.sg.example"));
        r.addName(QStringLiteral("s1._domainkey.dkimonly.example"), RecordType::CNAME,
                  QStringLiteral("s1.sg.example"));
        r.addTxt(QStringLiteral("s1.sg.example"), QList<QByteArray>{key.left(200), key.mid(200)});
        r.addName(QStringLiteral("em7.both.example"), RecordType::CNAME,
                  QStringLiteral("u7.wl1.sendgrid.net"));
        DomainReportOptions o;
        o.mailerId = QStringLiteral("sendgrid");
        o.returnPathHost = QStringLiteral("em7");

        o.domain = QStringLiteral("both.example");
        Findings f = reportFindings(r, o);
        QVERIFY2(findIn(f, QStringLiteral("alignment.dkim")), qPrintable(formatFindingsText(f)));
        QVERIFY(
            findIn(f, QStringLiteral("alignment.spf"))->detail.contains(QStringLiteral("em7.both.example")));
        QVERIFY(!findIn(f, QStringLiteral("alignment.none")));

        o.domain = QStringLiteral("dkimonly.example");
        f = reportFindings(r, o);
        QVERIFY(findIn(f, QStringLiteral("alignment.dkim")));
        QVERIFY(!findIn(f, QStringLiteral("alignment.spf"))); // bounces go to SendGrid's own domain

        o.domain = QStringLiteral("neither.example");
        const std::optional<Finding> none = findIn(reportFindings(r, o), QStringLiteral("alignment.none"));
        QVERIFY(none);
        QCOMPARE(none->severity(), Severity::Error); // p=reject: the mail is refused
        QVERIFY(none->detail.contains(QStringLiteral("reject")));
        o.domain = QStringLiteral("monitor.example");
        QCOMPARE(findIn(reportFindings(r, o), QStringLiteral("alignment.none"))->severity(),
                 Severity::Warning);
    }

    // Amazon SES: a custom MAIL FROM subdomain with an MX to the region's feedback host and
    // its own SPF record, instead of a CNAME.
    void sesMailFromDomain()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("ses.example"), QByteArray("v=spf1 -all"));
        r.addMx(QStringLiteral("bounce.ses.example"), 10,
                QStringLiteral("feedback-smtp.eu-west-1.amazonses.com"));
        r.addTxt(QStringLiteral("bounce.ses.example"), QByteArray("v=spf1 include:amazonses.com ~all"));
        r.addMx(QStringLiteral("half.ses.example"), 10,
                QStringLiteral("feedback-smtp.eu-west-1.amazonses.com"));
        DomainReportOptions o;
        o.mailerId = QStringLiteral("amazonses");
        o.domain = QStringLiteral("ses.example");
        o.mailerSettings = {{QStringLiteral("region"), QStringLiteral("eu-west-1")}};
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("returnpath.name_needed")));
        o.returnPathHost = QStringLiteral("bounce");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("returnpath.ok")));
        o.returnPathHost = QStringLiteral("half");
        const std::optional<Finding> half =
            findIn(reportFindings(r, o), QStringLiteral("returnpath.missing"));
        QVERIFY(half);
        QCOMPARE(half->fix, QStringLiteral("half.ses.example TXT \"v=spf1 include:amazonses.com ~all\""));
        o.returnPathHost = QStringLiteral("none");
        QCOMPARE(findIn(reportFindings(r, o), QStringLiteral("returnpath.missing"))->fix,
                 QStringLiteral("none.ses.example MX 10 feedback-smtp.eu-west-1.amazonses.com\n"
                                "none.ses.example TXT \"v=spf1 include:amazonses.com ~all\""));
    }

    void verificationRecord()
    {
        MemoryResolver r;
        r.addTxt(QStringLiteral("yes.example"), QByteArray("brevo-code:0123abcd"));
        r.addTxt(QStringLiteral("no.example"), QByteArray("v=spf1 include:spf.brevo.com -all"));
        DomainReportOptions o;
        o.mailerId = QStringLiteral("sendinblue");
        o.domain = QStringLiteral("yes.example");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("verification.present")));
        o.domain = QStringLiteral("no.example");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("verification.missing")));
    }

    void personalAddressAtTheProvider()
    {
        // shop@gmail.com through Gmail: Google runs gmail.com's records; no query is needed.
        MemoryResolver r;
        DomainReportOptions o;
        o.mailerId = QStringLiteral("gmail");
        o.domain = QStringLiteral("gmail.com");
        const Findings f = reportFindings(r, o);
        QCOMPARE(ids(f), QStringList{QStringLiteral("dns.provider_domain")});
        QCOMPARE(r.queriesSent(), 0);
        o.mailerId = QStringLiteral("outlook");
        o.domain = QStringLiteral("hotmail.it");
        QCOMPARE(ids(reportFindings(r, o)), QStringList{QStringLiteral("dns.provider_domain")});
    }

    void badDomainAndDeadline()
    {
        MemoryResolver r;
        DomainReportOptions o;
        o.mailerId = QStringLiteral("smtp");
        o.domain = QStringLiteral("not a domain");
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("dns.bad_domain")));
        r.setLatency(2000);
        o.domain = QStringLiteral("example.com");
        o.deadlineMs = 300;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(findIn(reportFindings(r, o), QStringLiteral("dns.deadline")));
        QVERIFY(clock.elapsed() < 1500);
    }

    void hostileRecords()
    {
        MemoryResolver r;
        QList<QByteArray> huge;
        for (int i = 0; i < 400; ++i)
            huge.append(QByteArray(250, 'x'));
        huge.prepend("v=spf1 ");
        r.addTxt(QStringLiteral("huge.example"), huge);
        r.addTxt(QStringLiteral("binary.example"), QByteArray("v=spf1 \x01\xff\xfe ~all", 16));
        r.addTxt(QStringLiteral("utf8.example"), QByteArray("v=spf1 a:caffè.example ~all"));
        for (const char* d : {"huge.example", "binary.example", "utf8.example"}) {
            const Findings f = spfFindings(r, QString::fromLatin1(d));
            QVERIFY2(findIn(f, QStringLiteral("spf.syntax")), d);
        }
    }
};

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
