#pragma once

#include "finding.h"

#include <QColor>
#include <QPalette>
#include <functional>
#include <optional>

class QWidget;

namespace postino {

// Light or dark: the app follows the system, and every palette it sets keeps text readable (WCAG AA,
// at least 4.5:1 against its background), which tests/gui/tst_theme.cpp measures.
enum class ColorScheme
{
    Light,
    Dark,
};

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21). A translucent
// foreground is first laid over the (opaque) background, as it is painted.
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& foreground, const QColor& background);

// POSTINO_COLOR_SCHEME=light|dark, when set to one of those (screenshots and tests use it).
std::optional<ColorScheme> colorSchemeOverride();
// The scheme to show: the override, else the system's (Qt >= 6.5 asks the platform; otherwise, or when
// the platform does not say, the lightness of the system palette's Window colour at start-up).
ColorScheme systemColorScheme();

// The palettes the app sets: the style's standard palette with the roles that carry text made readable,
// and a dark palette of Postino's own colours.
QPalette lightPalette();
QPalette darkPalette();
QPalette paletteFor(ColorScheme scheme);

// Sets the scheme's palette application-wide.
void applyColorScheme(ColorScheme scheme);
// Applies systemColorScheme() and, without an override and where Qt reports it (6.5 and later),
// applies the new scheme when the system's changes. Call once, before the first window is built.
void followSystemColorScheme();

// Whether a palette is a dark one (light text on a dark window).
bool isDark(const QPalette& palette);

// A status colour (ok, info, warning, error) for text, readable on the palette's Window, Base and
// on statusBackground() of the same severity.
QColor statusColor(Severity severity, const QPalette& palette);
QColor statusColor(Severity severity); // on the application's palette
// The fill behind an inline message of that severity.
QColor statusBackground(Severity severity, const QPalette& palette);
// Secondary text (hints under a field), still readable on Window and Base.
QColor subduedTextColor(const QPalette& palette);

// Colours `widget`'s text (WindowText and Text) with tone(palette) now, and again whenever its palette
// changes (the scheme switching), so that text coloured on purpose stays readable.
void setTextTone(QWidget* widget, std::function<QColor(const QPalette&)> tone);

} // namespace postino
