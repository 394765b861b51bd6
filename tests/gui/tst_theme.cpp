// The palettes the app sets keep text readable: WCAG 2 contrast of at least 4.5:1 (level AA) for every
// text role against its background, light and dark, and for the status colours the pages use.
#include "widgets/inlinemessage.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace postino;

namespace {

constexpr double kAA = 4.5;

struct Pair
{
    const char* name;
    QPalette::ColorRole text;
    QPalette::ColorRole background;
};

const Pair kPairs[] = {
    {"WindowText/Window", QPalette::WindowText, QPalette::Window},
    {"Text/Base", QPalette::Text, QPalette::Base},
    {"Text/AlternateBase", QPalette::Text, QPalette::AlternateBase},
    {"ButtonText/Button", QPalette::ButtonText, QPalette::Button},
    {"HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight},
    {"PlaceholderText/Base", QPalette::PlaceholderText, QPalette::Base},
    {"Link/Base", QPalette::Link, QPalette::Base},
    {"LinkVisited/Base", QPalette::LinkVisited, QPalette::Base},
    {"ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
};

const Severity kSeverities[] = {Severity::Ok, Severity::Info, Severity::Warning, Severity::Error};

const char* schemeName(ColorScheme scheme)
{
    return scheme == ColorScheme::Dark ? "dark" : "light";
}

QString describe(const QColor& fg, const QColor& bg, double ratio)
{
    return QStringLiteral("%1 on %2: %3:1").arg(fg.name(QColor::HexArgb), bg.name()).arg(ratio, 0, 'f', 2);
}

} // namespace

class TstTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { qunsetenv("POSTINO_COLOR_SCHEME"); }

    // The measure itself, on pairs whose ratio is known.
    void contrastRatioOfKnownPairs()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::black) * 100), 2100);
        QCOMPARE(contrastRatio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)), 1.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 is the lightest grey that passes AA on white; #777777 is the darkest that fails.
        QVERIFY(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= kAA);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < kAA);
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        // Half-transparent black is painted as mid grey (#7f7f7f) on white: 4:1, not 21.
        QVERIFY(qAbs(contrastRatio(QColor(0, 0, 0, 128), Qt::white) -
                     contrastRatio(QColor(0x7f, 0x7f, 0x7f), Qt::white)) < 0.01);
        QCOMPARE(qRound(contrastRatio(QColor(0, 0, 0, 128), Qt::white) * 100), 400);
        QCOMPARE(relativeLuminance(Qt::black), 0.0);
        QCOMPARE(relativeLuminance(Qt::white), 1.0);
    }

    // The check fails on what the app painted before: core's fixed status colours (made for a white
    // background) on the dark window, the grey of secondary text, and the style's own selection colour.
    void theCheckCatchesTheOldColours()
    {
        const QPalette dark = darkPalette();
        for (const char* old : {"#1e7e34", "#1a5fb4", "#9a6700", "#c01c28", "#555555"}) {
            const double ratio = contrastRatio(QColor(QLatin1String(old)), dark.color(QPalette::Window));
            QVERIFY2(ratio < kAA,
                     qPrintable(describe(QColor(QLatin1String(old)), dark.color(QPalette::Window), ratio)));
        }
        // The old warning colour on the light window, and the old step-list grey.
        QVERIFY(contrastRatio(QColor(0x9a, 0x67, 0x00), lightPalette().color(QPalette::Window)) < kAA);
        QVERIFY(contrastRatio(QColor(0x77, 0x77, 0x77), lightPalette().color(QPalette::Window)) < kAA);
    }

    void palettesMeetAA_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("text");
        QTest::addColumn<int>("background");
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                for (const Pair& pair : kPairs) {
                    QTest::addRow("%s %s %s", schemeName(scheme),
                                  group == QPalette::Active ? "active" : "inactive", pair.name)
                        << int(scheme) << int(group) << int(pair.text) << int(pair.background);
                }
            }
        }
    }

    void palettesMeetAA()
    {
        QFETCH(int, scheme);
        QFETCH(int, group);
        QFETCH(int, text);
        QFETCH(int, background);
        const QPalette palette = paletteFor(ColorScheme(scheme));
        const QColor fg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(text));
        const QColor bg = palette.color(QPalette::ColorGroup(group), QPalette::ColorRole(background));
        const double ratio = contrastRatio(fg, bg);
        QVERIFY2(ratio >= kAA, qPrintable(describe(fg, bg, ratio)));
    }

    // Each status colour on the window, on a text field and on the inline message of its severity; and
    // secondary text on the window and on fields.
    void statusColoursMeetAA_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<int>("severity");
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            for (const Severity severity : kSeverities) {
                QTest::addRow("%s %s", schemeName(scheme), qPrintable(severityName(severity)))
                    << int(scheme) << int(severity);
            }
        }
    }

    void statusColoursMeetAA()
    {
        QFETCH(int, scheme);
        QFETCH(int, severity);
        const QPalette palette = paletteFor(ColorScheme(scheme));
        const QColor fg = statusColor(Severity(severity), palette);
        QCOMPARE(fg.alpha(), 255);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            for (const QPalette::ColorRole role : {QPalette::Window, QPalette::Base}) {
                const QColor bg = palette.color(group, role);
                const double ratio = contrastRatio(fg, bg);
                QVERIFY2(ratio >= kAA, qPrintable(describe(fg, bg, ratio)));
            }
        }
        const QColor fill = statusBackground(Severity(severity), palette);
        QVERIFY2(contrastRatio(fg, fill) >= kAA, qPrintable(describe(fg, fill, contrastRatio(fg, fill))));
    }

    void subduedTextMeetsAA()
    {
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            const QPalette palette = paletteFor(scheme);
            const QColor fg = subduedTextColor(palette);
            QVERIFY(fg != palette.color(QPalette::WindowText)); // it is secondary, not plain text
            for (const QPalette::ColorRole role :
                 {QPalette::Window, QPalette::Base, QPalette::AlternateBase}) {
                const double ratio = contrastRatio(fg, palette.color(role));
                QVERIFY2(ratio >= kAA, qPrintable(describe(fg, palette.color(role), ratio)));
            }
        }
    }

    // The lowest ratio of everything above, per palette (printed for the record; the checks are above).
    void minimumContrastPerPalette()
    {
        for (const ColorScheme scheme : {ColorScheme::Light, ColorScheme::Dark}) {
            const QPalette palette = paletteFor(scheme);
            double lowest = 21;
            QString where;
            const auto measure = [&](const QColor& fg, const QColor& bg, const QString& what) {
                const double ratio = contrastRatio(fg, bg);
                if (ratio < lowest) {
                    lowest = ratio;
                    where = what;
                }
            };
            for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
                for (const Pair& pair : kPairs) {
                    measure(palette.color(group, pair.text), palette.color(group, pair.background),
                            QLatin1String(pair.name));
                }
                for (const Severity severity : kSeverities) {
                    const QColor fg = statusColor(severity, palette);
                    measure(fg, palette.color(group, QPalette::Window),
                            severityName(severity) + QLatin1String("/Window"));
                    measure(fg, palette.color(group, QPalette::Base),
                            severityName(severity) + QLatin1String("/Base"));
                    measure(fg, statusBackground(severity, palette),
                            severityName(severity) + QLatin1String("/fill"));
                }
                measure(subduedTextColor(palette), palette.color(group, QPalette::Window),
                        QStringLiteral("subdued/Window"));
            }
            qInfo("%s palette: lowest contrast %.2f:1 (%s)", schemeName(scheme), lowest, qPrintable(where));
            QVERIFY(lowest >= kAA);
        }
    }

    // POSTINO_COLOR_SCHEME picks the scheme; anything else leaves it to the system.
    void environmentPicksTheScheme()
    {
        qunsetenv("POSTINO_COLOR_SCHEME");
        const ColorScheme system = systemColorScheme();
        QVERIFY(!colorSchemeOverride());
        qputenv("POSTINO_COLOR_SCHEME", "dark");
        QCOMPARE(systemColorScheme(), ColorScheme::Dark);
        qputenv("POSTINO_COLOR_SCHEME", "light");
        QCOMPARE(systemColorScheme(), ColorScheme::Light);
        qputenv("POSTINO_COLOR_SCHEME", " Dark ");
        QCOMPARE(systemColorScheme(), ColorScheme::Dark);
        qputenv("POSTINO_COLOR_SCHEME", "purple");
        QVERIFY(!colorSchemeOverride());
        QCOMPARE(systemColorScheme(), system);

        qputenv("POSTINO_COLOR_SCHEME", "dark");
        followSystemColorScheme();
        QCOMPARE(QApplication::palette().color(QPalette::Window), darkPalette().color(QPalette::Window));
        QVERIFY(isDark(QApplication::palette()));
        qputenv("POSTINO_COLOR_SCHEME", "light");
        followSystemColorScheme();
        QCOMPARE(QApplication::palette().color(QPalette::Window), lightPalette().color(QPalette::Window));
        QVERIFY(!isDark(QApplication::palette()));
    }

    // Switching the scheme recolours what the pages coloured on purpose: an inline message's text and
    // fill, an error line, a hint.
    void switchingTheSchemeRecoloursStatusText()
    {
        applyColorScheme(ColorScheme::Light);
        QWidget page;
        page.resize(400, 200);
        auto* message = new InlineMessage(&page);
        message->setGeometry(10, 10, 380, 60);
        message->showMessage(Severity::Error, QStringLiteral("The password was not accepted."));
        auto* error = new QLabel(QStringLiteral("Required"), &page);
        setTextColor(error, Severity::Error);
        auto* hint = new QLabel(QStringLiteral("A hint"), &page);
        setSubdued(hint);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* text = message->findChild<QLabel*>();
        QVERIFY(text);

        for (const ColorScheme scheme : {ColorScheme::Dark, ColorScheme::Light, ColorScheme::Dark}) {
            applyColorScheme(scheme);
            const QPalette palette = paletteFor(scheme);
            QTRY_COMPARE(error->palette().color(QPalette::WindowText), statusColor(Severity::Error, palette));
            QCOMPARE(hint->palette().color(QPalette::WindowText), subduedTextColor(palette));
            QCOMPARE(text->palette().color(QPalette::WindowText), statusColor(Severity::Error, palette));
            // The message's fill, as painted, left of the text.
            const QImage painted = message->grab().toImage();
            const QColor fill = painted.pixelColor(4, painted.height() / 2);
            QCOMPARE(fill.name(), statusBackground(Severity::Error, palette).name());
            QVERIFY(contrastRatio(text->palette().color(QPalette::WindowText), fill) >= kAA);
        }
        applyColorScheme(ColorScheme::Light);
    }
};

QTEST_MAIN(TstTheme)
#include "tst_theme.moc"
