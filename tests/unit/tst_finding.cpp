// The one line over a list of findings that the wizard shows above its rows and the CLI prints
// above its findings: how many things to fix, how many checks could not run, never "fine" while a
// warning or an error is left.
#include "finding.h"

#include <QRegularExpression>
#include <QTest>

using namespace postino;

namespace {

Finding ok(const QString& id)
{
    return Finding{Severity::Ok, {.id = id, .detail = QStringLiteral("Fine.")}};
}

Finding note(const QString& id)
{
    return Finding{Severity::Info, {.id = id, .detail = QStringLiteral("Worth knowing.")}};
}

Finding problem(Severity severity, const QString& id)
{
    return Finding{severity,
                   {.id = id, .detail = QStringLiteral("Something is wrong.")},
                   {QStringLiteral("Fix it"), {QStringLiteral("Do this.")}}};
}

// The count before a word, whatever the plural looks like without a translation loaded.
int countBefore(const QString& summary, const QString& word)
{
    const auto match = QRegularExpression(QStringLiteral("(\\d+) %1").arg(word)).match(summary);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

class TestFinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyListHasNoSummary() { QVERIFY(findingsSummary({}).isEmpty()); }

    void onlyPassesAndNotesAreFine()
    {
        const QString summary =
            findingsSummary({ok(QStringLiteral("spf.pass")), note(QStringLiteral("mx.found"))});
        QCOMPARE(summary, QStringLiteral("Everything checked is fine"));
    }

    void warningsAndErrorsAreCountedAsThingsToFix()
    {
        const QString summary = findingsSummary(
            {ok(QStringLiteral("spf.pass")), problem(Severity::Warning, QStringLiteral("dmarc.none")),
             problem(Severity::Error, QStringLiteral("dkim.missing")), note(QStringLiteral("mx.found"))});
        QCOMPARE(countBefore(summary, QStringLiteral("thing")), 2);
        QVERIFY2(summary.contains(QLatin1String("to fix before you send")), qPrintable(summary));
        QVERIFY(!summary.contains(QLatin1String("fine")));
    }

    // A lookup that failed is neither a problem found nor a pass: it is said apart.
    void checksThatCouldNotRunAreSaidApart()
    {
        const QString both =
            findingsSummary({problem(Severity::Error, QStringLiteral("dkim.missing")),
                             problem(Severity::Warning, QStringLiteral("dnsbl.could_not_check")),
                             problem(Severity::Warning, QStringLiteral("spf.lookup_failed"))});
        QCOMPARE(countBefore(both, QStringLiteral("thing")), 1);
        QCOMPARE(countBefore(both, QStringLiteral("check")), 2);
        QVERIFY2(both.contains(QLatin1String("could not run")), qPrintable(both));

        const QString onlyUnchecked =
            findingsSummary({ok(QStringLiteral("spf.pass")),
                             problem(Severity::Warning, QStringLiteral("discover.mx.unchecked"))});
        QCOMPARE(countBefore(onlyUnchecked, QStringLiteral("check")), 1);
        QVERIFY2(!onlyUnchecked.contains(QLatin1String("fine")), qPrintable(onlyUnchecked));
        QVERIFY(onlyUnchecked.startsWith(QLatin1String("Nothing to fix so far")));
    }

    void couldNotCheckFollowsTheIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("unchecked");
        QTest::newRow("dnsbl") << QStringLiteral("dnsbl.could_not_check") << true;
        QTest::newRow("policies") << QStringLiteral("policies.could_not_check") << true;
        QTest::newRow("host") << QStringLiteral("reputation.host_could_not_check") << true;
        QTest::newRow("discover") << QStringLiteral("discover.srv.unchecked") << true;
        QTest::newRow("ptr") << QStringLiteral("discover.site.ptr_unchecked") << true;
        QTest::newRow("dmarc lookup") << QStringLiteral("dmarc.dns_error") << true;
        QTest::newRow("spf lookup") << QStringLiteral("spf.lookup_failed") << true;
        QTest::newRow("no selector") << QStringLiteral("dkim.no_selector") << true;
        QTest::newRow("status api") << QStringLiteral("delivery.status.unreachable") << true;
        QTest::newRow("blocked port") << QStringLiteral("probe.timeout") << false;
        QTest::newRow("spf missing") << QStringLiteral("spf.missing") << false;
        QTest::newRow("auth failed") << QStringLiteral("smtp.auth_failed") << false;
    }

    void couldNotCheckFollowsTheIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, unchecked);
        QCOMPARE(couldNotCheck(note(id)), unchecked);
    }
};

QTEST_GUILESS_MAIN(TestFinding)
#include "tst_finding.moc"
