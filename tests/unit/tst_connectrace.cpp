#include "probe/connectrace.h"

#include <QElapsedTimer>
#include <QTest>

using namespace postino;

namespace {

QHostAddress a(const char* text)
{
    return QHostAddress(QString::fromLatin1(text));
}

// What the race asked for, and when (ms since the start).
struct Log
{
    QList<QPair<int, qint64>> starts;
    QList<int> aborts;
    int winner = -1;
    bool allFailed = false;
};

void record(ConnectRace& race, Log& log, const QElapsedTimer& clock)
{
    QObject::connect(&race, &ConnectRace::startAttempt, &race,
                     [&log, &clock](int attempt, const QHostAddress&) {
                         log.starts.append({attempt, clock.elapsed()});
                     });
    QObject::connect(&race, &ConnectRace::abortAttempt, &race,
                     [&log](int attempt) { log.aborts << attempt; });
    QObject::connect(&race, &ConnectRace::won, &race, [&log](int attempt) { log.winner = attempt; });
    QObject::connect(&race, &ConnectRace::allFailed, &race, [&log] { log.allFailed = true; });
}

} // namespace

class TestConnectRace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interleavesFamiliesStartingWithTheFirst()
    {
        const QList<QHostAddress> sorted{a("2001:db8::1"), a("2001:db8::2"), a("2001:db8::3"), a("192.0.2.1"),
                                         a("192.0.2.2")};
        const QList<QHostAddress> expected{a("2001:db8::1"), a("192.0.2.1"), a("2001:db8::2"), a("192.0.2.2"),
                                           a("2001:db8::3")};
        QCOMPARE(ConnectRace::interleave(sorted), expected);
        const QList<QHostAddress> v4First{a("192.0.2.1"), a("192.0.2.2"), a("::1")};
        QCOMPARE(ConnectRace::interleave(v4First),
                 (QList<QHostAddress>{a("192.0.2.1"), a("::1"), a("192.0.2.2")}));
        // An IPv4-mapped IPv6 address counts as IPv4.
        QCOMPARE(ConnectRace::interleave({a("::ffff:192.0.2.9"), a("192.0.2.1"), a("::1")}),
                 (QList<QHostAddress>{a("::ffff:192.0.2.9"), a("::1"), a("192.0.2.1")}));
        QVERIFY(ConnectRace::interleave({}).isEmpty());
    }

    // Silence: the next address starts after the attempt delay; the first to connect wins and
    // the attempts still pending are aborted.
    void staggersAndFirstConnectWins()
    {
        ConnectRace race;
        Log log;
        QElapsedTimer clock;
        clock.start();
        record(race, log, clock);
        race.start({a("::1"), a("127.0.0.1"), a("127.0.0.2")}, 100);
        QCOMPARE(log.starts.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(log.starts.size(), 2, 1000);
        QVERIFY2(log.starts.at(1).second >= 90, qPrintable(QString::number(log.starts.at(1).second)));
        race.connected(1);
        QCOMPARE(log.winner, 1);
        QCOMPARE(log.aborts, QList<int>{0});
        QTest::qWait(250); // the third address never starts
        QCOMPARE(log.starts.size(), 2);
        QCOMPARE(race.winner(), 1);
        QCOMPARE(race.losers(), QList<QHostAddress>{a("::1")});
        race.connected(0); // too late, ignored
        QCOMPARE(log.winner, 1);
    }

    // A refusal moves on at once; when every address failed, the race says so once.
    void failureMovesOnAtOnce()
    {
        ConnectRace race;
        Log log;
        QElapsedTimer clock;
        clock.start();
        record(race, log, clock);
        race.start({a("::1"), a("127.0.0.1")}, 5000);
        race.failed(0);
        QCOMPARE(log.starts.size(), 2);
        QVERIFY(log.starts.at(1).second < 100);
        QVERIFY(!log.allFailed);
        race.failed(1);
        QVERIFY(log.allFailed);
        QCOMPARE(log.winner, -1);
        QCOMPARE(race.losers().size(), 2);
    }

    // A failure while a later attempt is still pending waits for that one.
    void failureOfAnEarlierAttemptWaitsForTheLaterOne()
    {
        ConnectRace race;
        Log log;
        QElapsedTimer clock;
        clock.start();
        record(race, log, clock);
        race.start({a("192.0.2.1"), a("192.0.2.2")}, 20);
        QTRY_COMPARE(log.starts.size(), 2);
        race.failed(0);
        QVERIFY(!log.allFailed);
        race.connected(1);
        QCOMPARE(log.winner, 1);
        QVERIFY(log.aborts.isEmpty());
    }

    // No address: one attempt by name.
    void noAddressConnectsByName()
    {
        ConnectRace race;
        QList<QHostAddress> started;
        connect(&race, &ConnectRace::startAttempt, this,
                [&started](int, const QHostAddress& address) { started << address; });
        race.start({});
        QCOMPARE(started.size(), 1);
        QVERIFY(started.first().isNull());
    }
};

QTEST_GUILESS_MAIN(TestConnectRace)
#include "tst_connectrace.moc"
