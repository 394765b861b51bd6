// Sending reputation (issue 18) on in-memory records: DNSBL query names, the built-in list data,
// every way a list's answer is read (listed, not listed, refused, undocumented, no answer), the
// generic-name heuristics, forward-confirmed reverse DNS, and the job's findings and parallelism.
#include "acceptance/dnsbl.h"
#include "acceptance/reversedns.h"
#include "acceptance/senderreputation.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::acceptance;
using postino::dns::Answer;
using postino::dns::MemoryResolver;
using postino::dns::RecordType;
using postino::dns::Resolver;
using postino::dns::Status;

Q_DECLARE_METATYPE(postino::dns::Answer)

namespace {

// Two lists under .test: "testbl" covers both address families and documents a refusal; "v4only"
// covers IPv4 only.
const QByteArray kTestLists =
    R"({"lists": [)"
    R"({"id": "testbl", "name": "Test BL", "zone": "bl.test", "ipv4": true, "ipv6": true,)"
    R"("delistUrl": "https://bl.test/remove", "terms": "For tests.", "source": "https://bl.test/codes",)"
    R"("codes": [)"
    R"({"answer": "127.0.0.2", "kind": "listed", "meaning": "Test BL: the address sent spam."},)"
    R"({"answer": "127.0.0.4-127.0.0.7", "kind": "listed", "meaning": "Test BL: an infected machine."},)"
    R"({"answer": "127.255.255.254", "kind": "refused", "meaning": "Test BL refuses queries from public resolvers."})"
    R"(]},)"
    R"({"id": "v4only", "name": "V4 Only", "zone": "v4.test", "ipv4": true, "ipv6": false,)"
    R"("delistUrl": "https://v4.test/remove", "terms": "For tests.", "source": "https://v4.test/codes",)"
    R"("codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "V4 Only: listed."}]})"
    R"(]})";

QList<DnsblList> testLists()
{
    QString error;
    const auto lists = dnsblsFromJson(kTestLists, &error);
    if (!lists)
        qFatal("test lists: %s", qPrintable(error));
    return *lists;
}

DnsblList testList(const QString& id)
{
    for (const DnsblList& l : testLists()) {
        if (l.id == id)
            return l;
    }
    return {};
}

// A resolver in front of a MemoryResolver that can hold every answer until the test releases it,
// and that never answers names under a "silent" zone (a list server that does not reply).
class HeldResolver : public Resolver
{
public:
    explicit HeldResolver(MemoryResolver* data)
        : m_data(data)
    {}
    QString description() const override { return QStringLiteral("held"); }
    void hold(bool on) { m_hold = on; }
    void silence(const QString& zone) { m_silent << zone; }
    QStringList heldNames() const
    {
        QStringList out;
        for (const auto& h : m_held)
            out << h.first.name + QLatin1Char('/') + dns::recordTypeName(h.first.type);
        out.sort();
        return out;
    }
    void release()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto& [answer, done] : held)
            done(answer);
    }

protected:
    void query(const QString& name, RecordType type, Callback done) override
    {
        for (const QString& zone : std::as_const(m_silent)) {
            if (dns::isSameOrSubdomain(name, zone))
                return; // never answers
        }
        m_data->lookup(name, type, this, [this, done](const Answer& a) {
            if (m_hold)
                m_held.append({a, done});
            else
                done(a);
        });
    }

private:
    MemoryResolver* m_data;
    bool m_hold = false;
    QStringList m_silent;
    QList<QPair<Answer, Callback>> m_held;
};

SenderReputation check(Resolver* resolver, const QList<SendingHost>& hosts,
                       SenderReputationOptions options = {})
{
    if (options.lists.isEmpty())
        options.lists = testLists();
    SenderReputationCheck job(resolver);
    QSignalSpy done(&job, &SenderReputationCheck::finished);
    job.start(hosts, options);
    if (!done.wait(20000))
        qWarning("SenderReputationCheck did not finish");
    if (done.size() != 1)
        qWarning("SenderReputationCheck finished %d times", int(done.size()));
    return job.result();
}

QList<Finding> withId(const SenderReputation& r, const QString& id)
{
    QList<Finding> out;
    for (const Finding& f : r.findings) {
        if (f.id == id)
            out << f;
    }
    return out;
}

const DnsblAnswer* answerOf(const SenderReputation& r, const QString& address, const QString& listId)
{
    for (const DnsblAnswer& a : r.dnsbl) {
        if (a.address.toString() == address && a.listId == listId)
            return &a;
    }
    return nullptr;
}

const ReverseDnsAnswer* reverseOf(const SenderReputation& r, const QString& address)
{
    for (const ReverseDnsAnswer& a : r.reverseDns) {
        if (a.address.toString() == address)
            return &a;
    }
    return nullptr;
}

Answer answerWith(Status status, std::initializer_list<const char*> addresses = {})
{
    Answer a;
    a.type = RecordType::A;
    a.status = status;
    for (const char* s : addresses)
        a.addresses << QHostAddress(QLatin1String(s));
    return a;
}

// A host with a confirmed reverse name, so that only the blocklists differ between cases.
void addHost(MemoryResolver& r, const QString& name, const QString& address)
{
    r.addAddress(name, address);
    r.addName(dns::reverseLookupName(QHostAddress(address)), RecordType::PTR, name);
}

} // namespace

class TestReputation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Query names (RFC 5782) -----------------------------------------------------------------
    void queryNames_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ipv4") << QStringLiteral("203.0.113.5") << QStringLiteral("zen.spamhaus.org")
                              << QStringLiteral("5.113.0.203.zen.spamhaus.org");
        QTest::newRow("ipv4 zone with a dot") << QStringLiteral("192.0.2.10") << QStringLiteral("bl.test.")
                                              << QStringLiteral("10.2.0.192.bl.test");
        // Spamhaus's own example of an IPv6 query.
        QTest::newRow("ipv6 nibbles")
            << QStringLiteral("2001:db8:7ca6:22::45") << QStringLiteral("sbl.example")
            << QStringLiteral("5.4.0.0.0.0.0.0.0.0.0.0.0.0.0.0.2.2.0.0.6.a.c.7.8.b.d.0.1.0.0.2.sbl.example");
        QTest::newRow("ipv4-mapped ipv6 is ipv4")
            << QStringLiteral("::ffff:203.0.113.5") << QStringLiteral("zen.spamhaus.org")
            << QStringLiteral("5.113.0.203.zen.spamhaus.org");
    }
    void queryNames()
    {
        QFETCH(QString, address);
        QFETCH(QString, zone);
        QFETCH(QString, expected);
        QCOMPARE(dnsblQueryName(QHostAddress(address), zone), expected);
    }

    void mappedAddressCountsAsIpv4()
    {
        const QHostAddress mapped(QStringLiteral("::ffff:192.0.2.1"));
        QCOMPARE(plainAddress(mapped).protocol(), QAbstractSocket::IPv4Protocol);
        QCOMPARE(plainAddress(mapped).toString(), QStringLiteral("192.0.2.1"));
        QVERIFY(!testList(QStringLiteral("v4only")).supports(QHostAddress(QStringLiteral("2001:db8::1"))));
        QVERIFY(testList(QStringLiteral("v4only")).supports(mapped));
    }

    // --- The built-in data ----------------------------------------------------------------------
    void builtinLists()
    {
        const QList<DnsblList> lists = builtinDnsbls();
        QStringList zones;
        for (const DnsblList& l : lists) {
            zones << l.zone;
            QVERIFY2(l.delistUrl.startsWith(QLatin1String("https://")), qPrintable(l.id));
            QVERIFY2(l.source.startsWith(QLatin1String("https://")), qPrintable(l.id));
            QVERIFY2(!l.terms.isEmpty(), qPrintable(l.id));
            QVERIFY2(l.code(QHostAddress(QStringLiteral("127.0.0.2"))),
                     qPrintable(l.id)); // RFC 5782 test entry
        }
        for (const char* zone : {"zen.spamhaus.org", "bl.spamcop.net", "b.barracudacentral.org",
                                 "psbl.surriel.com", "bl.mailspike.net"})
            QVERIFY2(zones.contains(QLatin1String(zone)), zone);

        const DnsblList* zen = nullptr;
        for (const DnsblList& l : lists) {
            if (l.zone == QLatin1String("zen.spamhaus.org"))
                zen = &l;
        }
        QVERIFY(zen);
        QVERIFY(zen->ipv4 && zen->ipv6);
        for (const char* refusal : {"127.255.255.252", "127.255.255.254", "127.255.255.255"}) {
            const DnsblCode* c = zen->code(QHostAddress(QLatin1String(refusal)));
            QVERIFY2(c && c->kind == DnsblCode::Kind::Refused, refusal);
        }
        QVERIFY(zen->code(QHostAddress(QStringLiteral("127.255.255.254")))
                    ->meaning.contains(QLatin1String("public")));
        for (const char* listing :
             {"127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.9", "127.0.0.10", "127.0.0.11"}) {
            const DnsblCode* c = zen->code(QHostAddress(QLatin1String(listing)));
            QVERIFY2(c && c->kind == DnsblCode::Kind::Listed, listing);
        }
        QVERIFY(!zen->code(QHostAddress(QStringLiteral("127.0.0.8")))); // documented as unused
        QVERIFY(!zen->code(QHostAddress(QStringLiteral("127.0.1.2")))); // the DBL's, not ZEN's
    }

    void everyDataTextIsTranslatable()
    {
        const QStringList known = dnsblTranslatableStrings();
        for (const DnsblList& l : builtinDnsbls()) {
            QVERIFY2(known.contains(l.terms), qPrintable(l.terms));
            for (const DnsblCode& c : l.codes)
                QVERIFY2(known.contains(c.meaning), qPrintable(c.meaning));
        }
    }

    void badDataIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const auto list = [](const char* extra, const char* codes) -> QByteArray {
            return QByteArray(
                       R"({"lists": [{"id": "x", "name": "X", "zone": "x.test", "ipv4": true, "ipv6": false,)"
                       "\"delistUrl\": \"https://x.test/\", \"terms\": \"T.\", \"source\": "
                       "\"https://x.test/\"") +
                   extra + R"(, "codes": )" + codes + "}]}";
        };
        QTest::newRow("answer outside 127/8")
            << list("", R"([{"answer": "10.0.0.2", "kind": "listed", "meaning": "M"}])")
            << QStringLiteral("127.0.0.0/8");
        QTest::newRow("backwards range")
            << list("", R"([{"answer": "127.0.0.7-127.0.0.4", "kind": "listed", "meaning": "M"}])")
            << QStringLiteral("range");
        QTest::newRow("overlap")
            << list("", R"([{"answer": "127.0.0.2-127.0.0.5", "kind": "listed", "meaning": "M"},)"
                        R"({"answer": "127.0.0.4", "kind": "refused", "meaning": "R"}])")
            << QStringLiteral("overlap");
        QTest::newRow("unknown kind")
            << list("", R"([{"answer": "127.0.0.2", "kind": "maybe", "meaning": "M"}])")
            << QStringLiteral("kind");
        QTest::newRow("no listed code")
            << list("", R"([{"answer": "127.255.255.254", "kind": "refused", "meaning": "R"}])")
            << QStringLiteral("listed");
        QTest::newRow("no meaning") << list("", R"([{"answer": "127.0.0.2", "kind": "listed"}])")
                                    << QStringLiteral("meaning");
        QTest::newRow("unknown key") << list(R"(, "comment": "x")",
                                             R"([{"answer": "127.0.0.2", "kind": "listed", "meaning": "M"}])")
                                     << QStringLiteral("unknown key");
        QTest::newRow("twice")
            << QByteArray(
                   R"({"lists": [)"
                   R"({"id": "x", "name": "X", "zone": "x.test", "ipv4": true, "ipv6": false, "delistUrl": "https://x.test/",)"
                   R"("terms": "T.", "source": "https://x.test/", "codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "M"}]},)"
                   R"({"id": "x", "name": "X", "zone": "y.test", "ipv4": true, "ipv6": false, "delistUrl": "https://x.test/",)"
                   R"("terms": "T.", "source": "https://x.test/", "codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "M"}]})"
                   R"(]})")
            << QStringLiteral("twice");
    }
    void badDataIsRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!dnsblsFromJson(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // --- Reading one answer ---------------------------------------------------------------------
    void classify_data()
    {
        QTest::addColumn<Answer>("answer");
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("unexpected");
        QTest::addColumn<QString>("text"); // in the meaning (listed) or the reason (could not check)
        const int notListed = int(ListingState::NotListed), listed = int(ListingState::Listed),
                  couldNot = int(ListingState::CouldNotCheck);
        QTest::newRow("nxdomain") << answerWith(Status::NxDomain) << notListed << false << QString();
        QTest::newRow("no data") << answerWith(Status::NoData) << notListed << false << QString();
        QTest::newRow("listed") << answerWith(Status::Ok, {"127.0.0.2"}) << listed << false
                                << QStringLiteral("sent spam");
        QTest::newRow("listed in a range")
            << answerWith(Status::Ok, {"127.0.0.6"}) << listed << false << QStringLiteral("infected");
        QTest::newRow("two codes") << answerWith(Status::Ok, {"127.0.0.2", "127.0.0.4"}) << listed << false
                                   << QStringLiteral("sent spam. Test BL: an infected");
        QTest::newRow("refused code") << answerWith(Status::Ok, {"127.255.255.254"}) << couldNot << false
                                      << QStringLiteral("public resolvers");
        QTest::newRow("refusal beats a listing") << answerWith(Status::Ok, {"127.0.0.2", "127.255.255.254"})
                                                 << couldNot << false << QStringLiteral("public resolvers");
        QTest::newRow("undocumented loopback")
            << answerWith(Status::Ok, {"127.0.1.5"}) << couldNot << true << QStringLiteral("127.0.1.5");
        QTest::newRow("not loopback at all")
            << answerWith(Status::Ok, {"10.0.0.1"}) << couldNot << true << QStringLiteral("10.0.0.1");
        QTest::newRow("listing beside noise") << answerWith(Status::Ok, {"127.0.0.2", "10.0.0.1"}) << listed
                                              << false << QStringLiteral("sent spam");
        QTest::newRow("empty answer")
            << answerWith(Status::Ok) << couldNot << true << QStringLiteral("empty");
        QTest::newRow("timeout") << answerWith(Status::Timeout) << couldNot << false
                                 << QStringLiteral("in time");
        QTest::newRow("servfail") << answerWith(Status::ServerFailure) << couldNot << false
                                  << QStringLiteral("SERVFAIL");
        QTest::newRow("refused") << answerWith(Status::Refused) << couldNot << false
                                 << QStringLiteral("refused");
    }
    void classify()
    {
        QFETCH(Answer, answer);
        QFETCH(int, state);
        QFETCH(bool, unexpected);
        QFETCH(QString, text);
        const DnsblAnswer a = classifyDnsblAnswer(testList(QStringLiteral("testbl")),
                                                  QHostAddress(QStringLiteral("192.0.2.1")), answer);
        QCOMPARE(int(a.state), state);
        QCOMPARE(a.unexpected, unexpected);
        QCOMPARE(a.listName, QStringLiteral("Test BL"));
        QCOMPARE(a.delistUrl, QStringLiteral("https://bl.test/remove"));
        if (a.state == ListingState::Listed)
            QVERIFY2(a.meaning.contains(text), qPrintable(a.meaning));
        if (a.state == ListingState::CouldNotCheck)
            QVERIFY2(a.why.contains(text), qPrintable(a.why));
        if (a.state == ListingState::NotListed)
            QVERIFY(a.why.isEmpty());
        for (const QHostAddress& r : answer.addresses)
            QVERIFY(a.returned.contains(r.toString()));
    }

    void ipv6OnAnIpv4OnlyListIsNotAsked()
    {
        const DnsblAnswer a = classifyDnsblAnswer(testList(QStringLiteral("v4only")),
                                                  QHostAddress(QStringLiteral("2001:db8::1")),
                                                  answerWith(Status::Ok, {"127.0.0.2"}));
        QCOMPARE(a.state, ListingState::NotAsked);
        QVERIFY(a.why.contains(QLatin1String("IPv4")));
    }

    // --- Generic names --------------------------------------------------------------------------
    void genericNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("generic");
        QTest::newRow("dashed, dyn") << QStringLiteral("203-0-113-5.dyn.isp.example")
                                     << QStringLiteral("203.0.113.5") << true;
        QTest::newRow("dashed only") << QStringLiteral("host-203-0-113-5.example.net")
                                     << QStringLiteral("203.0.113.5") << true;
        QTest::newRow("reversed dotted")
            << QStringLiteral("5.113.0.203.static.isp.example") << QStringLiteral("203.0.113.5") << true;
        QTest::newRow("ec2 default") << QStringLiteral("ec2-203-0-113-7.compute-1.amazonaws.com")
                                     << QStringLiteral("203.0.113.7") << true;
        QTest::newRow("zero padded") << QStringLiteral("h203000113005.isp.example")
                                     << QStringLiteral("203.0.113.5") << true;
        QTest::newRow("leading zeros, dashed")
            << QStringLiteral("ip-203-000-113-005.isp.example") << QStringLiteral("203.0.113.5") << true;
        QTest::newRow("hex") << QStringLiteral("pcb007105.isp.example") << QStringLiteral("203.0.113.5")
                             << true;
        QTest::newRow("ip- prefix") << QStringLiteral("ip198-51-100-9.example.org")
                                    << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("word dynamic")
            << QStringLiteral("dynamic.isp.example") << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("words adsl, pool")
            << QStringLiteral("adsl-pool.broadband.example.net") << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("word ppp with digits")
            << QStringLiteral("ppp-10.example.net") << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("word customer")
            << QStringLiteral("customer.isp.example") << QStringLiteral("192.0.2.1") << true;
        QTest::newRow("ipv6 compressed dashed")
            << QStringLiteral("2001-db8--10.v6.example.net") << QStringLiteral("2001:db8::10") << true;
        QTest::newRow("ipv6 hetzner default") << QStringLiteral("static.7.d15.clients.your-server.example")
                                              << QStringLiteral("2001:db8:d15::7") << true;
        QTest::newRow("mail.example.com")
            << QStringLiteral("mail.example.com") << QStringLiteral("203.0.113.5") << false;
        QTest::newRow("a mailer's relay")
            << QStringLiteral("smtp.sendgrid.net") << QStringLiteral("203.0.113.5") << false;
        QTest::newRow("some digits only")
            << QStringLiteral("mail-yw1-f172.google.com") << QStringLiteral("209.85.128.172") << false;
        QTest::newRow("another address's digits")
            << QStringLiteral("server-203-0-113-6.example.net") << QStringLiteral("203.0.113.5") << false;
        QTest::newRow("word inside a word")
            << QStringLiteral("mx.cablecompany.example") << QStringLiteral("192.0.2.1") << false;
        QTest::newRow("pool word is the domain")
            << QStringLiteral("mail.dynamic.example") << QStringLiteral("192.0.2.1") << false;
        QTest::newRow("country domain")
            << QStringLiteral("relay.example.co.uk") << QStringLiteral("192.0.2.1") << false;
        QTest::newRow("number in a name")
            << QStringLiteral("mail2013.example.net") << QStringLiteral("192.0.2.1") << false;
    }
    void genericNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(bool, generic);
        QCOMPARE(looksGenericHostName(name, QHostAddress(address)), generic);
    }

    // --- Forward-confirmed reverse DNS ----------------------------------------------------------
    void reverseDnsStates()
    {
        MemoryResolver r;
        const auto ptr = [&r](const char* address, const char* name) {
            r.addName(dns::reverseLookupName(QHostAddress(QLatin1String(address))), RecordType::PTR,
                      QLatin1String(name));
        };
        ptr("192.0.2.1", "mail.example.test");
        r.addAddress(QStringLiteral("mail.example.test"), QStringLiteral("192.0.2.1"));
        ptr("192.0.2.2", "other.example.test");
        r.addAddress(QStringLiteral("other.example.test"), QStringLiteral("192.0.2.99"));
        ptr("192.0.2.3", "gone.example.test");  // the name does not exist
        ptr("192.0.2.5", "first.example.test"); // two names, the second points back
        ptr("192.0.2.5", "second.example.test");
        r.addAddress(QStringLiteral("first.example.test"), QStringLiteral("192.0.2.50"));
        r.addAddress(QStringLiteral("second.example.test"), QStringLiteral("192.0.2.5"));
        ptr("192.0.2.6", "slow.example.test");
        r.addTimeout(QStringLiteral("slow.example.test"));
        r.setStatus(dns::reverseLookupName(QHostAddress(QStringLiteral("192.0.2.7"))), Status::ServerFailure);
        ptr("2001:db8::1", "mail6.example.test");
        r.addAddress(QStringLiteral("mail6.example.test"), QStringLiteral("2001:db8::1"));
        r.addAddress(QStringLiteral("mail6.example.test"), QStringLiteral("192.0.2.1")); // A does not count

        const auto run = [&r](const char* address) {
            std::optional<ReverseDnsAnswer> out;
            checkReverseDns(
                QHostAddress(QLatin1String(address)),
                [&r](const QString& name, RecordType type, std::function<void(const Answer&)> done) {
                    r.lookup(name, type, &r, std::move(done));
                },
                [&out](const ReverseDnsAnswer& a) { out = a; });
            if (!QTest::qWaitFor([&out] { return out.has_value(); }, 5000))
                qWarning("no reverse DNS answer for %s", address);
            return out.value_or(ReverseDnsAnswer{});
        };
        ReverseDnsAnswer a = run("192.0.2.1");
        QCOMPARE(a.state, ReverseDnsState::Confirmed);
        QCOMPARE(a.confirmedName, QStringLiteral("mail.example.test"));
        QVERIFY(!a.looksGeneric);
        a = run("192.0.2.2");
        QCOMPARE(a.state, ReverseDnsState::Mismatch);
        QCOMPARE(a.forwardSeen, QStringList{QStringLiteral("192.0.2.99")});
        a = run("192.0.2.3");
        QCOMPARE(a.state, ReverseDnsState::Mismatch);
        QVERIFY(a.forwardSeen.isEmpty());
        a = run("192.0.2.4");
        QCOMPARE(a.state, ReverseDnsState::NoPtr);
        a = run("192.0.2.5");
        QCOMPARE(a.state, ReverseDnsState::Confirmed);
        QCOMPARE(a.confirmedName, QStringLiteral("second.example.test"));
        a = run("192.0.2.6");
        QCOMPARE(a.state, ReverseDnsState::CouldNotCheck);
        QVERIFY(a.why.contains(QLatin1String("slow.example.test")));
        a = run("192.0.2.7");
        QCOMPARE(a.state, ReverseDnsState::CouldNotCheck);
        a = run("2001:db8::1");
        QCOMPARE(a.state, ReverseDnsState::Confirmed);
        QVERIFY(r.queryLog().contains(QStringLiteral("mail6.example.test/AAAA")));
        QVERIFY(!r.queryLog().contains(QStringLiteral("mail6.example.test/A")));
    }

    // --- The job --------------------------------------------------------------------------------
    void listedAndNotListed()
    {
        MemoryResolver r;
        addHost(r, QStringLiteral("relay.host.test"), QStringLiteral("192.0.2.10"));
        addHost(r, QStringLiteral("www.site.test"), QStringLiteral("192.0.2.20"));
        r.addAddress(QStringLiteral("10.2.0.192.bl.test"), QStringLiteral("127.0.0.2"));
        const SenderReputation rep = check(&r, {{QStringLiteral("relay.host.test"), QStringLiteral("smtp")},
                                                {QStringLiteral("www.site.test"), QStringLiteral("site")}});
        QCOMPARE(rep.addresses.size(), 2);

        const QList<Finding> listed = withId(rep, QStringLiteral("dnsbl.listed"));
        QCOMPARE(listed.size(), 1);
        const Finding& f = listed.constFirst();
        QCOMPARE(f.severity(), Severity::Error);
        QCOMPARE(f.subject, QStringLiteral("relay.host.test (192.0.2.10)"));
        QVERIFY(f.detail.contains(QLatin1String("Test BL")));
        QVERIFY(f.detail.contains(QLatin1String("the address sent spam")));
        QVERIFY(f.advice.isComplete());
        QVERIFY(f.advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("https://bl.test/remove")));
        QVERIFY(f.advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("API mailer"))); // shared relay
        QCOMPARE(f.seen, QStringLiteral("10.2.0.192.bl.test A 127.0.0.2"));

        const DnsblAnswer* a = answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("testbl"));
        QVERIFY(a);
        QCOMPARE(a->state, ListingState::Listed);
        QCOMPARE(a->host, QStringLiteral("relay.host.test"));
        QCOMPARE(a->returned, QStringList{QStringLiteral("127.0.0.2")});
        QCOMPARE(answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("v4only"))->state,
                 ListingState::NotListed);

        const QList<Finding> clean = withId(rep, QStringLiteral("dnsbl.not_listed"));
        QCOMPARE(clean.size(), 1); // the listed address has none
        QCOMPARE(clean.constFirst().subject, QStringLiteral("www.site.test (192.0.2.20)"));
        QCOMPARE(clean.constFirst().severity(), Severity::Ok);
        QVERIFY(clean.constFirst().detail.contains(QLatin1String("2 blocklist")));
    }

    void ipv6IsNotAskedOfAnIpv4OnlyList()
    {
        MemoryResolver r;
        addHost(r, QStringLiteral("mail.host.test"), QStringLiteral("2001:db8::25"));
        const SenderReputation rep = check(&r, {{QStringLiteral("mail.host.test"), QStringLiteral("smtp")}});
        const QString nibbles = dnsblQueryName(QHostAddress(QStringLiteral("2001:db8::25")), QString());
        bool askedTestBl = false;
        for (const QString& q : r.queryLog()) {
            QVERIFY2(!q.contains(QLatin1String("v4.test")), qPrintable(q));
            askedTestBl = askedTestBl || q == nibbles + QStringLiteral("bl.test/A");
        }
        QVERIFY(askedTestBl);
        const DnsblAnswer* a = answerOf(rep, QStringLiteral("2001:db8::25"), QStringLiteral("v4only"));
        QVERIFY(a);
        QCOMPARE(a->state, ListingState::NotAsked);
        const QList<Finding> clean = withId(rep, QStringLiteral("dnsbl.not_listed"));
        QCOMPARE(clean.size(), 1);
        QVERIFY(clean.constFirst().detail.contains(QLatin1String("1 blocklist")));
        QVERIFY(clean.constFirst().detail.contains(QLatin1String("V4 Only")));
        QVERIFY(withId(rep, QStringLiteral("dnsbl.could_not_check")).isEmpty());
    }

    void ipv6WithoutAnyIpv6ListIsCouldNotCheck()
    {
        MemoryResolver r;
        addHost(r, QStringLiteral("mail.host.test"), QStringLiteral("2001:db8::25"));
        SenderReputationOptions o;
        o.lists = {testList(QStringLiteral("v4only"))};
        const SenderReputation rep =
            check(&r, {{QStringLiteral("mail.host.test"), QStringLiteral("smtp")}}, o);
        QVERIFY(withId(rep, QStringLiteral("dnsbl.not_listed")).isEmpty());
        const QList<Finding> f = withId(rep, QStringLiteral("dnsbl.could_not_check"));
        QCOMPARE(f.size(), 1);
        QVERIFY(f.constFirst().detail.contains(QLatin1String("IPv6")));
    }

    void refusedUnexpectedAndFailedAnswers()
    {
        MemoryResolver r;
        addHost(r, QStringLiteral("refused.host.test"), QStringLiteral("192.0.2.30"));
        addHost(r, QStringLiteral("odd.host.test"), QStringLiteral("192.0.2.31"));
        addHost(r, QStringLiteral("hijacked.host.test"), QStringLiteral("192.0.2.32"));
        addHost(r, QStringLiteral("failing.host.test"), QStringLiteral("192.0.2.33"));
        r.addAddress(QStringLiteral("30.2.0.192.bl.test"), QStringLiteral("127.255.255.254"));
        r.addAddress(QStringLiteral("31.2.0.192.bl.test"), QStringLiteral("127.0.1.5"));
        r.addAddress(QStringLiteral("32.2.0.192.bl.test"), QStringLiteral("10.0.0.1"));
        r.setStatus(QStringLiteral("33.2.0.192.bl.test"), Status::ServerFailure);
        const SenderReputation rep =
            check(&r, {{QStringLiteral("refused.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("odd.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("hijacked.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("failing.host.test"), QStringLiteral("smtp")}});
        QVERIFY(withId(rep, QStringLiteral("dnsbl.listed")).isEmpty()); // never listed

        const QList<Finding> couldNot = withId(rep, QStringLiteral("dnsbl.could_not_check"));
        QCOMPARE(couldNot.size(), 2);
        const Finding& refused = couldNot.at(0);
        QCOMPARE(refused.subject, QStringLiteral("refused.host.test (192.0.2.30)"));
        QCOMPARE(refused.severity(), Severity::Info);
        QVERIFY(refused.detail.contains(QLatin1String("Test BL")));
        QVERIFY(refused.detail.contains(QLatin1String("public resolvers")));
        QVERIFY(refused.advice.isComplete());
        QVERIFY(refused.advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("8.8.8.8")));
        const Finding& failed = couldNot.at(1);
        QCOMPARE(failed.subject, QStringLiteral("failing.host.test (192.0.2.33)"));
        QVERIFY(failed.detail.contains(QLatin1String("SERVFAIL")));
        QVERIFY(failed.advice.isComplete());

        const QList<Finding> odd = withId(rep, QStringLiteral("dnsbl.unexpected_answer"));
        QCOMPARE(odd.size(), 2);
        QCOMPARE(odd.at(0).severity(), Severity::Warning);
        QVERIFY(odd.at(0).detail.contains(QLatin1String("127.0.1.5")));
        QVERIFY(odd.at(1).detail.contains(QLatin1String("10.0.0.1")));
        QVERIFY(odd.at(0).advice.isComplete());
        QCOMPARE(answerOf(rep, QStringLiteral("192.0.2.31"), QStringLiteral("testbl"))->state,
                 ListingState::CouldNotCheck);
        QVERIFY(answerOf(rep, QStringLiteral("192.0.2.31"), QStringLiteral("testbl"))->unexpected);

        // The other list answered for every address: "not on any of the 1 that answered", never "clean"
        // for the list that did not.
        const QList<Finding> clean = withId(rep, QStringLiteral("dnsbl.not_listed"));
        QCOMPARE(clean.size(), 4);
        for (const Finding& f : clean) {
            QVERIFY(f.detail.contains(QLatin1String("V4 Only")));
            QVERIFY(!f.detail.contains(QLatin1String("Test BL")));
        }
    }

    void aSilentListServerCostsOnlyItsTimeout()
    {
        MemoryResolver data;
        addHost(data, QStringLiteral("relay.host.test"), QStringLiteral("192.0.2.10"));
        data.addAddress(QStringLiteral("10.2.0.192.v4.test"), QStringLiteral("127.0.0.2"));
        HeldResolver r(&data);
        r.silence(QStringLiteral("bl.test"));
        SenderReputationOptions o;
        o.lookupTimeoutMs = 300;
        o.deadlineMs = 20000; // only the lookup's own bound ends the silent query
        const SenderReputation rep =
            check(&r, {{QStringLiteral("relay.host.test"), QStringLiteral("smtp")}}, o);
        QVERIFY(withId(rep, QStringLiteral("reputation.deadline")).isEmpty());
        const DnsblAnswer* silent = answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("testbl"));
        QCOMPARE(silent->state, ListingState::CouldNotCheck);
        QVERIFY(silent->why.contains(QLatin1String("did not answer")));
        const QList<Finding> couldNot = withId(rep, QStringLiteral("dnsbl.could_not_check"));
        QCOMPARE(couldNot.size(), 1);
        QVERIFY(couldNot.constFirst().detail.contains(QLatin1String("Test BL")));
        // The other list and the reverse DNS still report.
        QCOMPARE(answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("v4only"))->state,
                 ListingState::Listed);
        QCOMPARE(withId(rep, QStringLiteral("dnsbl.listed")).size(), 1);
        QCOMPARE(withId(rep, QStringLiteral("rdns.confirmed")).size(), 1);
    }

    void theDeadlineEndsTheCheckWithWhatArrived()
    {
        MemoryResolver data;
        addHost(data, QStringLiteral("relay.host.test"), QStringLiteral("192.0.2.10"));
        HeldResolver r(&data);
        r.silence(QStringLiteral("bl.test"));
        SenderReputationOptions o;
        o.lookupTimeoutMs = 60000;
        o.deadlineMs = 300;
        const SenderReputation rep =
            check(&r, {{QStringLiteral("relay.host.test"), QStringLiteral("smtp")}}, o);
        const QList<Finding> deadline = withId(rep, QStringLiteral("reputation.deadline"));
        QCOMPARE(deadline.size(), 1);
        QVERIFY(deadline.constFirst().advice.isComplete());
        const DnsblAnswer* silent = answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("testbl"));
        QCOMPARE(silent->state, ListingState::CouldNotCheck);
        QVERIFY(silent->why.contains(QLatin1String("time ran out")));
        QCOMPARE(answerOf(rep, QStringLiteral("192.0.2.10"), QStringLiteral("v4only"))->state,
                 ListingState::NotListed);
    }

    // Every query that can go out goes out before any of them is answered: the host's A and AAAA,
    // then, once the address is known, every list and the PTR together, then the PTR name's address.
    void everyQueryOfAStepGoesOutAtOnce()
    {
        MemoryResolver data;
        data.addAddress(QStringLiteral("relay.host.test"), QStringLiteral("192.0.2.10"));
        data.addName(QStringLiteral("10.2.0.192.in-addr.arpa"), RecordType::PTR,
                     QStringLiteral("ptr.host.test"));
        data.addAddress(QStringLiteral("ptr.host.test"), QStringLiteral("192.0.2.10"));
        HeldResolver r(&data);
        r.hold(true);
        SenderReputationCheck job(&r);
        QSignalSpy done(&job, &SenderReputationCheck::finished);
        SenderReputationOptions o;
        o.lists = testLists();
        job.start({{QStringLiteral("relay.host.test"), QStringLiteral("smtp")}}, o);
        QTRY_COMPARE(r.heldNames(), (QStringList{QStringLiteral("relay.host.test/A"),
                                                 QStringLiteral("relay.host.test/AAAA")}));
        r.release();
        QTRY_COMPARE(r.heldNames(), (QStringList{QStringLiteral("10.2.0.192.bl.test/A"),
                                                 QStringLiteral("10.2.0.192.in-addr.arpa/PTR"),
                                                 QStringLiteral("10.2.0.192.v4.test/A")}));
        r.release();
        QTRY_COMPARE(r.heldNames(), QStringList{QStringLiteral("ptr.host.test/A")});
        QVERIFY(done.isEmpty());
        r.release();
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(withId(job.result(), QStringLiteral("rdns.confirmed")).size(), 1);
    }

    void reverseDnsFindings()
    {
        MemoryResolver r;
        const auto host = [&r](const char* name, const char* address) {
            r.addAddress(QLatin1String(name), QLatin1String(address));
        };
        const auto ptr = [&r](const char* address, const char* name) {
            r.addName(dns::reverseLookupName(QHostAddress(QLatin1String(address))), RecordType::PTR,
                      QLatin1String(name));
        };
        host("good.host.test", "192.0.2.1");
        ptr("192.0.2.1", "good.host.test");
        host("mismatch.host.test", "192.0.2.2");
        ptr("192.0.2.2", "elsewhere.host.test");
        host("elsewhere.host.test", "192.0.2.200");
        host("noptr.host.test", "192.0.2.3");
        host("pool.host.test", "192.0.2.4");
        ptr("192.0.2.4", "192-0-2-4.dyn.isp.test");
        host("192-0-2-4.dyn.isp.test", "192.0.2.4");
        host("broken.host.test", "192.0.2.5");
        r.setStatus(dns::reverseLookupName(QHostAddress(QStringLiteral("192.0.2.5"))), Status::ServerFailure);
        host("site.host.test", "192.0.2.6"); // no PTR, but a website's server

        const SenderReputation rep =
            check(&r, {{QStringLiteral("good.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("mismatch.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("noptr.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("pool.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("broken.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("site.host.test"), QStringLiteral("site")}});
        QCOMPARE(rep.reverseDns.size(), 6);
        QCOMPARE(reverseOf(rep, QStringLiteral("192.0.2.1"))->state, ReverseDnsState::Confirmed);
        QCOMPARE(reverseOf(rep, QStringLiteral("192.0.2.2"))->state, ReverseDnsState::Mismatch);
        QCOMPARE(reverseOf(rep, QStringLiteral("192.0.2.3"))->state, ReverseDnsState::NoPtr);
        QCOMPARE(reverseOf(rep, QStringLiteral("192.0.2.4"))->state, ReverseDnsState::Confirmed);
        QVERIFY(reverseOf(rep, QStringLiteral("192.0.2.4"))->looksGeneric);
        QCOMPARE(reverseOf(rep, QStringLiteral("192.0.2.5"))->state, ReverseDnsState::CouldNotCheck);

        const QStringList rdns = [&rep] {
            QStringList out;
            for (const Finding& f : rep.findings) {
                if (f.id.startsWith(QLatin1String("rdns.")))
                    out << f.id + QLatin1Char(' ') + f.subject + QLatin1Char(' ') +
                               severityName(f.severity());
            }
            return out;
        }();
        QCOMPARE(rdns, (QStringList{
                           QStringLiteral("rdns.confirmed good.host.test (192.0.2.1) ok"),
                           QStringLiteral("rdns.mismatch mismatch.host.test (192.0.2.2) error"),
                           QStringLiteral("rdns.missing noptr.host.test (192.0.2.3) error"),
                           QStringLiteral("rdns.confirmed pool.host.test (192.0.2.4) ok"),
                           QStringLiteral("rdns.generic pool.host.test (192.0.2.4) warning"),
                           QStringLiteral("rdns.could_not_check broken.host.test (192.0.2.5) info"),
                           QStringLiteral("rdns.missing site.host.test (192.0.2.6) warning"),
                       }));
        const Finding* mismatch = findById(rep.findings, QStringLiteral("rdns.mismatch"));
        QVERIFY(mismatch->detail.contains(QLatin1String("elsewhere.host.test")));
        QVERIFY(mismatch->detail.contains(QLatin1String("192.0.2.200")));
        const Finding* missing = findById(rep.findings, QStringLiteral("rdns.missing"));
        QVERIFY(missing->advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("hosting company")));
        QVERIFY(
            missing->advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("not in your domain's DNS")));
    }

    void hostsThatDoNotResolve()
    {
        MemoryResolver r;
        r.addEmpty(QStringLiteral("noaddress.host.test"));
        r.addTimeout(QStringLiteral("slow.host.test"));
        r.addName(dns::reverseLookupName(QHostAddress(QStringLiteral("192.0.2.40"))), RecordType::PTR,
                  QStringLiteral("literal.host.test"));
        r.addAddress(QStringLiteral("literal.host.test"), QStringLiteral("192.0.2.40"));
        const SenderReputation rep =
            check(&r, {{QStringLiteral("missing.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("noaddress.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("slow.host.test"), QStringLiteral("smtp")},
                       {QStringLiteral("[::ffff:192.0.2.40]"), QStringLiteral("smtp")}});
        const QList<Finding> notFound = withId(rep, QStringLiteral("reputation.host_not_found"));
        QCOMPARE(notFound.size(), 2);
        QCOMPARE(notFound.at(0).subject, QStringLiteral("missing.host.test"));
        QVERIFY(notFound.at(0).detail.contains(QLatin1String("does not exist")));
        QCOMPARE(notFound.at(1).subject, QStringLiteral("noaddress.host.test"));
        QVERIFY(notFound.at(1).detail.contains(QLatin1String("no A or AAAA")));
        QCOMPARE(notFound.at(0).severity(), Severity::Warning);
        QVERIFY(notFound.at(0).advice.isComplete());
        const QList<Finding> slow = withId(rep, QStringLiteral("reputation.host_could_not_check"));
        QCOMPARE(slow.size(), 1);
        QCOMPARE(slow.constFirst().subject, QStringLiteral("slow.host.test"));
        // A literal address (here IPv4-mapped) is checked as the IPv4 address, under its own name.
        QCOMPARE(rep.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.40"))});
        QCOMPARE(withId(rep, QStringLiteral("rdns.confirmed")).constFirst().subject,
                 QStringLiteral("192.0.2.40"));
        QVERIFY(r.queryLog().contains(QStringLiteral("40.2.0.192.bl.test/A")));
    }

    void everyProblemCarriesAdvice()
    {
        MemoryResolver r;
        addHost(r, QStringLiteral("a.host.test"), QStringLiteral("192.0.2.10"));
        r.addAddress(QStringLiteral("10.2.0.192.bl.test"), QStringLiteral("127.0.0.2"));
        r.addAddress(QStringLiteral("11.2.0.192.bl.test"), QStringLiteral("127.0.9.9"));
        r.addAddress(QStringLiteral("b.host.test"), QStringLiteral("192.0.2.11"));
        const SenderReputation rep = check(&r, {{QStringLiteral("a.host.test"), QStringLiteral("smtp")},
                                                {QStringLiteral("b.host.test"), QStringLiteral("site")},
                                                {QStringLiteral("c.host.test"), QStringLiteral("smtp")}});
        int problems = 0;
        for (const Finding& f : rep.findings) {
            QVERIFY2(!f.subject.isEmpty(), qPrintable(f.id));
            QVERIFY2(!f.detail.isEmpty(), qPrintable(f.id));
            if (f.isProblem()) {
                ++problems;
                QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
            }
            if (f.id.endsWith(QLatin1String("could_not_check")))
                QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
        QCOMPARE(problems, 4); // listed, unexpected answer, missing PTR of b, host c not found
    }

    void sameHostTwiceIsCheckedOnceAsTheSmtpServer()
    {
        MemoryResolver r;
        r.addAddress(QStringLiteral("both.host.test"), QStringLiteral("192.0.2.50"));
        const SenderReputation rep = check(&r, {{QStringLiteral("both.host.test"), QStringLiteral("site")},
                                                {QStringLiteral("BOTH.host.test"), QStringLiteral("smtp")}});
        QCOMPARE(rep.reverseDns.size(), 1);
        QCOMPARE(findById(rep.findings, QStringLiteral("rdns.missing"))->severity(), Severity::Error);
    }

    void nothingToCheck()
    {
        MemoryResolver r;
        const SenderReputation rep = check(&r, {});
        QVERIFY(rep.findings.isEmpty());
        QVERIFY(rep.addresses.isEmpty());
    }

    void cancelFinishesOnce()
    {
        MemoryResolver data;
        addHost(data, QStringLiteral("relay.host.test"), QStringLiteral("192.0.2.10"));
        HeldResolver r(&data);
        r.hold(true);
        SenderReputationCheck job(&r);
        QSignalSpy done(&job, &SenderReputationCheck::finished);
        job.start({{QStringLiteral("relay.host.test"), QStringLiteral("smtp")}}, {testLists(), 5000, 0});
        QTRY_COMPARE(r.heldNames().size(), 2);
        job.cancel();
        QTRY_COMPARE(done.size(), 1);
        r.release(); // late answers change nothing
        QTest::qWait(50);
        QCOMPARE(done.size(), 1);
        QVERIFY(findById(job.result().findings, QStringLiteral("reputation.cancelled")));
    }
};

QTEST_GUILESS_MAIN(TestReputation)
#include "tst_reputation.moc"
