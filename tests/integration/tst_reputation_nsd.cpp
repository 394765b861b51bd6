// Sending reputation (issue 18) against a real authoritative DNS server (NSD, tests/harness/dns)
// serving tests/integration/reputation-zones: test DNSBLs under .test (listed, not listed, a
// refused query, an undocumented answer), a DNSBL whose name server never answers, reverse zones
// (confirmed, pointing elsewhere, missing, generic), and Spamhaus ZEN's zone served inside the
// private namespace so that the shipped codes of resources/catalog/dnsbl.json are what decide.
#include "acceptance/senderreputation.h"
#include "dns/wireresolver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace postino;
using namespace postino::acceptance;
using namespace postino::dns;

namespace {

const QString kV6 = QStringLiteral("2001:db8:99::1");

QString server()
{
    return qEnvironmentVariable("POSTINO_TEST_DNS_SERVER");
}

// The test's own lists: testbl.test (IPv4 and IPv6, with a refusal code), v4bl.test (IPv4 only) and
// silentbl.test (served by a name server that never answers).
QList<DnsblList> testLists()
{
    const QByteArray json =
        R"({"lists": [)"
        R"({"id": "testbl", "name": "Test BL", "zone": "testbl.test", "ipv4": true, "ipv6": true,)"
        R"("delistUrl": "https://testbl.test/remove", "terms": "For tests.", "source": "https://testbl.test/",)"
        R"("codes": [)"
        R"({"answer": "127.0.0.2", "kind": "listed", "meaning": "Test BL: the address sent spam."},)"
        R"({"answer": "127.255.255.254", "kind": "refused", "meaning": "Test BL refuses queries from public resolvers."})"
        R"(]},)"
        R"({"id": "v4bl", "name": "V4 BL", "zone": "v4bl.test", "ipv4": true, "ipv6": false,)"
        R"("delistUrl": "https://v4bl.test/remove", "terms": "For tests.", "source": "https://v4bl.test/",)"
        R"("codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "V4 BL: listed."}]},)"
        R"({"id": "silentbl", "name": "Silent BL", "zone": "silentbl.test", "ipv4": true, "ipv6": true,)"
        R"("delistUrl": "https://silentbl.test/remove", "terms": "For tests.", "source": "https://silentbl.test/",)"
        R"("codes": [{"answer": "127.0.0.2", "kind": "listed", "meaning": "Silent BL: listed."}]})"
        R"(]})";
    QString error;
    const auto lists = dnsblsFromJson(json, &error);
    if (!lists)
        qFatal("test lists: %s", qPrintable(error));
    return *lists;
}

QList<DnsblList> only(const QList<DnsblList>& lists, const QStringList& ids)
{
    QList<DnsblList> out;
    for (const DnsblList& l : lists) {
        if (ids.contains(l.id))
            out << l;
    }
    return out;
}

SenderReputation check(Resolver* resolver, const QStringList& names, const SenderReputationOptions& options)
{
    QList<SendingHost> hosts;
    for (const QString& n : names)
        hosts << SendingHost{n + QStringLiteral(".reputation.test"), QStringLiteral("smtp")};
    SenderReputationCheck job(resolver);
    QSignalSpy done(&job, &SenderReputationCheck::finished);
    job.start(hosts, options);
    if (!done.wait(30000))
        qWarning("the reputation check did not finish");
    if (done.size() != 1)
        qWarning("the reputation check finished %d times", int(done.size()));
    return job.result();
}

// "address list state", one per list answer, in the job's order.
QStringList states(const SenderReputation& r)
{
    QStringList out;
    for (const DnsblAnswer& a : r.dnsbl) {
        static const char* const names[] = {"not-listed", "listed", "could-not-check", "not-asked"};
        QString s = a.address.toString() + QLatin1Char(' ') + a.listId + QLatin1Char(' ') +
                    QLatin1String(names[int(a.state)]);
        if (a.unexpected)
            s += QStringLiteral(" (unexpected)");
        out << s;
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

QStringList findingsOf(const SenderReputation& r, const QString& prefix)
{
    QStringList out;
    for (const Finding& f : r.findings) {
        if (f.id.startsWith(prefix))
            out << QStringLiteral("%1 %2 %3").arg(f.id, f.subject, severityName(f.severity()));
    }
    return out;
}

} // namespace

class TestReputationNsd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!server().isEmpty(), "run me through tests/harness/dns/run-with-dns.sh"); }

    void testListsAndReverseDns()
    {
        WireResolver resolver({*parseNameServer(server())});
        SenderReputationOptions o;
        o.lists = only(testLists(), {QStringLiteral("testbl"), QStringLiteral("v4bl")});
        const SenderReputation r =
            check(&resolver,
                  {QStringLiteral("mail"), QStringLiteral("clean"), QStringLiteral("refused"),
                   QStringLiteral("odd"), QStringLiteral("gone")},
                  o);

        QCOMPARE(states(r), (QStringList{
                                QStringLiteral("10.99.0.1 testbl listed"),
                                QStringLiteral("10.99.0.1 v4bl not-listed"),
                                QStringLiteral("2001:db8:99::1 testbl listed"),
                                QStringLiteral("2001:db8:99::1 v4bl not-asked"),
                                QStringLiteral("10.99.0.2 testbl not-listed"),
                                QStringLiteral("10.99.0.2 v4bl listed"),
                                QStringLiteral("10.99.0.3 testbl could-not-check"),
                                QStringLiteral("10.99.0.3 v4bl not-listed"),
                                QStringLiteral("10.99.0.4 testbl could-not-check (unexpected)"),
                                QStringLiteral("10.99.0.4 v4bl not-listed"),
                                QStringLiteral("10.99.0.5 testbl not-listed"),
                                QStringLiteral("10.99.0.5 v4bl not-listed"),
                            }));
        QCOMPARE(findingsOf(r, QStringLiteral("dnsbl.")),
                 (QStringList{
                     QStringLiteral("dnsbl.listed mail.reputation.test (10.99.0.1) error"),
                     QStringLiteral("dnsbl.listed mail.reputation.test (2001:db8:99::1) error"),
                     QStringLiteral("dnsbl.listed clean.reputation.test (10.99.0.2) error"),
                     QStringLiteral("dnsbl.could_not_check refused.reputation.test (10.99.0.3) info"),
                     QStringLiteral("dnsbl.not_listed refused.reputation.test (10.99.0.3) ok"),
                     QStringLiteral("dnsbl.unexpected_answer odd.reputation.test (10.99.0.4) warning"),
                     QStringLiteral("dnsbl.not_listed odd.reputation.test (10.99.0.4) ok"),
                     QStringLiteral("dnsbl.not_listed gone.reputation.test (10.99.0.5) ok"),
                 }));
        const Finding* listed = findById(r.findings, QStringLiteral("dnsbl.listed"));
        QVERIFY(listed->detail.contains(QLatin1String("Test BL: the address sent spam")));
        QVERIFY(listed->advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("https://testbl.test/remove")));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.3"), QStringLiteral("testbl"))
                    ->why.contains(QLatin1String("public resolvers")));
        QCOMPARE(answerOf(r, QStringLiteral("10.99.0.4"), QStringLiteral("testbl"))->returned,
                 QStringList{QStringLiteral("127.0.1.5")});

        QCOMPARE(findingsOf(r, QStringLiteral("rdns.")),
                 (QStringList{
                     QStringLiteral("rdns.confirmed mail.reputation.test (10.99.0.1) ok"),
                     QStringLiteral("rdns.confirmed mail.reputation.test (2001:db8:99::1) ok"),
                     QStringLiteral("rdns.mismatch clean.reputation.test (10.99.0.2) error"),
                     QStringLiteral("rdns.missing refused.reputation.test (10.99.0.3) error"),
                     QStringLiteral("rdns.confirmed odd.reputation.test (10.99.0.4) ok"),
                     QStringLiteral("rdns.generic odd.reputation.test (10.99.0.4) warning"),
                     QStringLiteral("rdns.mismatch gone.reputation.test (10.99.0.5) error"),
                 }));
        const Finding* mismatch = findById(r.findings, QStringLiteral("rdns.mismatch"));
        QVERIFY(mismatch->detail.contains(QLatin1String("other.reputation.test")));
        QVERIFY(mismatch->detail.contains(QLatin1String("10.99.0.77")));
        for (const Finding& f : r.findings) {
            if (f.isProblem())
                QVERIFY2(f.advice.isComplete(), qPrintable(f.id));
        }
    }

    // The silent list's zone is delegated to the harness's silent server; through "the zone's own name
    // servers" every query for it goes there and gets no answer. That list is "could not check"
    // after its lookup time, and everything else still reports.
    void aSilentListServerIsCouldNotCheckWhileTheOthersReport()
    {
        WireResolver nsd({*parseNameServer(server())});
        AuthoritativeResolver resolver(QStringLiteral("silentbl.test"), &nsd);
        SenderReputationOptions o;
        o.lists = only(testLists(), {QStringLiteral("testbl"), QStringLiteral("silentbl")});
        o.lookupTimeoutMs = 1500;
        const SenderReputation r = check(&resolver, {QStringLiteral("mail")}, o);

        QCOMPARE(states(r), (QStringList{
                                QStringLiteral("10.99.0.1 testbl listed"),
                                QStringLiteral("10.99.0.1 silentbl could-not-check"),
                                QStringLiteral("2001:db8:99::1 testbl listed"),
                                QStringLiteral("2001:db8:99::1 silentbl could-not-check"),
                            }));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.1"), QStringLiteral("silentbl"))
                    ->why.contains(QLatin1String("did not answer within 2 second")));
        QVERIFY(findById(r.findings, QStringLiteral("reputation.deadline")) == nullptr);
        QCOMPARE(findingsOf(r, QStringLiteral("dnsbl.could_not_check")),
                 (QStringList{
                     QStringLiteral("dnsbl.could_not_check mail.reputation.test (10.99.0.1) info"),
                     QStringLiteral("dnsbl.could_not_check mail.reputation.test (2001:db8:99::1) info"),
                 }));
        QCOMPARE(findingsOf(r, QStringLiteral("rdns.")).size(), 2);
        // The queries did reach the silent server: it was asked, and did not answer.
        QFile log(qEnvironmentVariable("POSTINO_TEST_DNS_SILENT_LOG"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().trimmed().isEmpty());
    }

    // Spamhaus ZEN's answers read with the codes Postino ships.
    void theShippedSpamhausCodes()
    {
        WireResolver resolver({*parseNameServer(server())});
        QList<DnsblList> zen;
        for (const DnsblList& l : builtinDnsbls()) {
            if (l.zone == QLatin1String("zen.spamhaus.org"))
                zen << l;
        }
        QCOMPARE(zen.size(), 1);
        SenderReputationOptions o;
        o.lists = zen;
        const SenderReputation r =
            check(&resolver,
                  {QStringLiteral("mail"), QStringLiteral("clean"), QStringLiteral("refused"),
                   QStringLiteral("odd"), QStringLiteral("gone"), QStringLiteral("pbl")},
                  o);
        const QString id = zen.constFirst().id;
        QCOMPARE(states(r), (QStringList{
                                QStringLiteral("10.99.0.1 %1 listed").arg(id),
                                QStringLiteral("%1 %2 listed").arg(kV6, id),
                                QStringLiteral("10.99.0.2 %1 not-listed").arg(id),
                                QStringLiteral("10.99.0.3 %1 could-not-check").arg(id),
                                QStringLiteral("10.99.0.4 %1 could-not-check (unexpected)").arg(id),
                                QStringLiteral("10.99.0.5 %1 could-not-check").arg(id),
                                QStringLiteral("10.99.0.6 %1 listed").arg(id),
                            }));
        const DnsblAnswer* sbl = answerOf(r, QStringLiteral("10.99.0.1"), id);
        QCOMPARE(sbl->returned, (QStringList{QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.4")}));
        QVERIFY(sbl->meaning.contains(QLatin1String("SBL")));
        QVERIFY(sbl->meaning.contains(QLatin1String("XBL")));
        QCOMPARE(sbl->delistUrl, QStringLiteral("https://check.spamhaus.org/"));
        QVERIFY(answerOf(r, kV6, id)->meaning.contains(QLatin1String("CSS")));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.6"), id)->meaning.contains(QLatin1String("PBL")));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.3"), id)->why.contains(QLatin1String("public")));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.5"), id)->why.contains(QLatin1String("too many")));
        QVERIFY(answerOf(r, QStringLiteral("10.99.0.4"), id)->why.contains(QLatin1String("127.0.0.8")));

        const Finding* refused = nullptr;
        for (const Finding& f : r.findings) {
            if (f.id == QLatin1String("dnsbl.could_not_check") &&
                f.subject.contains(QLatin1String("10.99.0.3")))
                refused = &f;
        }
        QVERIFY(refused);
        QVERIFY(refused->detail.contains(QLatin1String("Spamhaus ZEN")));
        QVERIFY(refused->advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("8.8.8.8")));
        QVERIFY(refused->advice.steps.join(QLatin1Char(' '))
                    .contains(QLatin1String("https://check.spamhaus.org/")));
    }

    // Every shipped list at once: only ZEN's zone is served here; the others' queries are REFUSED by
    // NSD, which is "could not check" for each, never "not listed".
    void listsThatRefuseAreNeverClean()
    {
        WireResolver resolver({*parseNameServer(server())});
        const SenderReputation r = check(&resolver, {QStringLiteral("clean")}, {});
        const QList<DnsblList> lists = builtinDnsbls();
        QCOMPARE(r.dnsbl.size(), lists.size());
        for (const DnsblAnswer& a : r.dnsbl) {
            if (a.listName == QLatin1String("Spamhaus ZEN"))
                QCOMPARE(a.state, ListingState::NotListed);
            else
                QCOMPARE(a.state, ListingState::CouldNotCheck);
        }
        QCOMPARE(findingsOf(r, QStringLiteral("dnsbl.could_not_check")).size(), lists.size() - 1);
        const Finding* clean = findById(r.findings, QStringLiteral("dnsbl.not_listed"));
        QVERIFY(clean);
        QVERIFY(clean->detail.contains(QLatin1String("Spamhaus ZEN")));
        QVERIFY(!clean->detail.contains(QLatin1String("SpamCop")));
    }

    void hostsThatDoNotResolve()
    {
        WireResolver resolver({*parseNameServer(server())});
        SenderReputationOptions o;
        o.lists = only(testLists(), {QStringLiteral("testbl")});
        const SenderReputation r =
            check(&resolver, {QStringLiteral("missing"), QStringLiteral("noaddress")}, o);
        QCOMPARE(findingsOf(r, QString()),
                 (QStringList{
                     QStringLiteral("reputation.host_not_found missing.reputation.test warning"),
                     QStringLiteral("reputation.host_not_found noaddress.reputation.test warning"),
                 }));
        QVERIFY(r.addresses.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReputationNsd)
#include "tst_reputation_nsd.moc"
