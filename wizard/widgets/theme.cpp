#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleHints>
#include <QWidget>
#include <cmath>

namespace postino {

namespace {

constexpr QPalette::ColorGroup kShownGroups[] = {QPalette::Active, QPalette::Inactive};

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// The palette the system gave the application before Postino set one of its own.
const QPalette& systemPaletteAtStart()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}

// Marks every role of every group as set, so the platform's palette never shows through ours (Qt merges
// the roles a palette leaves unset with the system's when the system's changes).
void setEveryRole(QPalette& palette)
{
    for (int g = 0; g < QPalette::NColorGroups; ++g) {
        const auto group = QPalette::ColorGroup(g);
        for (int r = 0; r < QPalette::NColorRoles; ++r) {
            const auto role = QPalette::ColorRole(r);
            if (role == QPalette::NoRole) {
                continue;
            }
            palette.setBrush(group, role, palette.brush(group, role));
        }
    }
}

void setShown(QPalette& palette, QPalette::ColorRole role, const QColor& color)
{
    for (const QPalette::ColorGroup group : kShownGroups) {
        palette.setColor(group, role, color);
    }
}

struct StatusColors
{
    QColor text;
    QColor background;
};

StatusColors statusColors(Severity severity, bool dark)
{
    // Light: dark tones on pale fills; dark: pale tones on deep fills. Each text colour keeps 4.5:1 on the
    // palette's Window and Base and on its own fill.
    switch (severity) {
    case Severity::Ok:
        return dark ? StatusColors{QColor(0x81, 0xc9, 0x95), QColor(0x1e, 0x35, 0x26)}
                    : StatusColors{QColor(0x17, 0x6b, 0x2c), QColor(0xe6, 0xf4, 0xea)};
    case Severity::Info:
        return dark ? StatusColors{QColor(0x8a, 0xb4, 0xf8), QColor(0x1b, 0x2d, 0x48)}
                    : StatusColors{QColor(0x1a, 0x5f, 0xb4), QColor(0xe8, 0xf0, 0xfe)};
    case Severity::Warning:
        return dark ? StatusColors{QColor(0xfd, 0xd6, 0x63), QColor(0x3a, 0x31, 0x15)}
                    : StatusColors{QColor(0x8a, 0x5a, 0x00), QColor(0xff, 0xf4, 0xce)};
    case Severity::Error:
        return dark ? StatusColors{QColor(0xf4, 0xa1, 0x9a), QColor(0x4a, 0x1f, 0x1f)}
                    : StatusColors{QColor(0xb3, 0x26, 0x1e), QColor(0xfc, 0xe8, 0xe6)};
    }
    return {};
}

// Keeps a widget's text in its tone when the palette around it changes.
class TextTone : public QObject
{
public:
    TextTone(QWidget* widget, std::function<QColor(const QPalette&)> tone)
        : QObject(widget)
        , m_widget(widget)
        , m_tone(std::move(tone))
    {
        widget->installEventFilter(this);
    }

    void setTone(std::function<QColor(const QPalette&)> tone)
    {
        m_tone = std::move(tone);
        apply();
    }

    void apply()
    {
        // The tone follows the palette the widget inherits, not its own (whose text is the tone).
        const QPalette around =
            m_widget->parentWidget() ? m_widget->parentWidget()->palette() : QApplication::palette(m_widget);
        const QColor color = m_tone(around);
        QPalette palette = m_widget->palette();
        if (palette.color(QPalette::WindowText) == color && palette.color(QPalette::Text) == color &&
            palette.isBrushSet(QPalette::Active, QPalette::WindowText)) {
            return;
        }
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
        m_widget->setPalette(palette);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_widget &&
            (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)) {
            apply();
        }
        return false;
    }

private:
    QWidget* m_widget;
    std::function<QColor(const QPalette&)> m_tone;
};

} // namespace

double relativeLuminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& foreground, const QColor& background)
{
    const QColor bg = background.toRgb();
    QColor fg = foreground.toRgb();
    if (fg.alphaF() < 1.0) {
        const double a = fg.alphaF();
        fg = QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
                              float(fg.greenF() * a + bg.greenF() * (1 - a)),
                              float(fg.blueF() * a + bg.blueF() * (1 - a)));
    }
    const double l1 = relativeLuminance(fg);
    const double l2 = relativeLuminance(bg);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

std::optional<ColorScheme> colorSchemeOverride()
{
    const QByteArray value = qgetenv("POSTINO_COLOR_SCHEME").trimmed().toLower();
    if (value == "light") {
        return ColorScheme::Light;
    }
    if (value == "dark") {
        return ColorScheme::Dark;
    }
    return std::nullopt;
}

ColorScheme systemColorScheme()
{
    if (const auto chosen = colorSchemeOverride()) {
        return *chosen;
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return ColorScheme::Dark;
    case Qt::ColorScheme::Light:
        return ColorScheme::Light;
    default:
        break; // the platform does not say: judge its palette
    }
#endif
    return isDark(systemPaletteAtStart()) ? ColorScheme::Dark : ColorScheme::Light;
}

bool isDark(const QPalette& palette)
{
    return relativeLuminance(palette.color(QPalette::Window)) <
           relativeLuminance(palette.color(QPalette::WindowText));
}

QPalette lightPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    // Styles ship selections, visited links and placeholders too faint for text (Fusion's white on
    // #308cc6 is 3.6:1, its placeholder is half-transparent text): darker ones.
    setShown(p, QPalette::Highlight, QColor(0x1d, 0x5f, 0xa3));
    setShown(p, QPalette::HighlightedText, Qt::white);
    setShown(p, QPalette::Link, QColor(0x0b, 0x57, 0xd0));
    setShown(p, QPalette::LinkVisited, QColor(0x74, 0x27, 0xa8));
    setShown(p, QPalette::PlaceholderText, QColor(0x69, 0x69, 0x69));
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    setEveryRole(p);
    return p;
}

QPalette darkPalette()
{
    QPalette p = QApplication::style()->standardPalette();
    const QColor window(0x26, 0x29, 0x2d);
    const QColor base(0x1c, 0x1f, 0x22);
    const QColor button(0x33, 0x38, 0x3d);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x7b, 0x81, 0x89);
    for (int g = 0; g < QPalette::NColorGroups; ++g) {
        const auto group = QPalette::ColorGroup(g);
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, disabled ? disabledText : text);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, QColor(0x24, 0x28, 0x2c));
        p.setColor(group, QPalette::Text, disabled ? disabledText : text);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, disabled ? disabledText : text);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Light, QColor(0x50, 0x56, 0x5c));
        p.setColor(group, QPalette::Midlight, QColor(0x41, 0x46, 0x4c));
        p.setColor(group, QPalette::Mid, QColor(0x2a, 0x2e, 0x32));
        p.setColor(group, QPalette::Dark, QColor(0x1a, 0x1d, 0x20));
        p.setColor(group, QPalette::Shadow, QColor(0x0d, 0x0e, 0x10));
        p.setColor(group, QPalette::Highlight,
                   disabled ? QColor(0x3a, 0x3f, 0x45) : QColor(0x2f, 0x6c, 0xb3));
        p.setColor(group, QPalette::HighlightedText, disabled ? QColor(0x9a, 0xa0, 0xa6) : QColor(Qt::white));
        p.setColor(group, QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        p.setColor(group, QPalette::LinkVisited, QColor(0xc9, 0xa3, 0xf7));
        p.setColor(group, QPalette::ToolTipBase, QColor(0x3a, 0x3f, 0x45));
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText,
                   disabled ? QColor(0x6b, 0x71, 0x78) : QColor(0xa0, 0xa6, 0xad));
    }
    setEveryRole(p);
    return p;
}

QPalette paletteFor(ColorScheme scheme)
{
    return scheme == ColorScheme::Dark ? darkPalette() : lightPalette();
}

void applyColorScheme(ColorScheme scheme)
{
    systemPaletteAtStart(); // remember the system's before replacing it
    QApplication::setPalette(paletteFor(scheme));
}

void followSystemColorScheme()
{
    applyColorScheme(systemColorScheme());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    static bool following = false;
    if (following || colorSchemeOverride()) {
        return;
    }
    following = true;
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp,
                     [](Qt::ColorScheme scheme) {
                         if (scheme == Qt::ColorScheme::Dark) {
                             applyColorScheme(ColorScheme::Dark);
                         } else if (scheme == Qt::ColorScheme::Light) {
                             applyColorScheme(ColorScheme::Light);
                         }
                     });
#endif
}

QColor statusColor(Severity severity, const QPalette& palette)
{
    return statusColors(severity, isDark(palette)).text;
}

QColor statusColor(Severity severity)
{
    return statusColor(severity, QGuiApplication::palette());
}

QColor statusBackground(Severity severity, const QPalette& palette)
{
    return statusColors(severity, isDark(palette)).background;
}

QColor subduedTextColor(const QPalette& palette)
{
    const QColor placeholder = palette.color(QPalette::PlaceholderText);
    constexpr double kReadable = 4.5;
    if (placeholder.alpha() == 255 &&
        contrastRatio(placeholder, palette.color(QPalette::Window)) >= kReadable &&
        contrastRatio(placeholder, palette.color(QPalette::Base)) >= kReadable) {
        return placeholder;
    }
    return palette.color(QPalette::WindowText);
}

void setTextTone(QWidget* widget, std::function<QColor(const QPalette&)> tone)
{
    for (QObject* child : widget->children()) {
        if (auto* keeper = dynamic_cast<TextTone*>(child)) {
            keeper->setTone(std::move(tone));
            return;
        }
    }
    (new TextTone(widget, std::move(tone)))->apply();
}

} // namespace postino
