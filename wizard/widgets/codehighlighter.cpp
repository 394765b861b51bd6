#include "codehighlighter.h"

namespace postino {

namespace {

QTextCharFormat colour(const char* hex, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(QColor(QString::fromLatin1(hex)));
    if (bold) {
        f.setFontWeight(QFont::Bold);
    }
    return f;
}

} // namespace

CodeHighlighter::CodeHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    // Later rules win where they overlap: strings and comments last.
    m_rules = {
        {QRegularExpression(QStringLiteral("\\b(define|true|false|null|on|off|require_once)\\b")),
         colour("#8250df", true)},
        {QRegularExpression(QStringLiteral("^\\s*[A-Za-z_][A-Za-z0-9_.]*(?=\\s*=)")),
         colour("#0550ae", true)},
        {QRegularExpression(QStringLiteral("\\b\\d+\\b")), colour("#0a3069")},
        {QRegularExpression(QStringLiteral("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"")),
         colour("#116329")},
        {QRegularExpression(QStringLiteral("(^\\s*#.*$)|(//.*$)|(/\\*.*\\*/)")), colour("#6e7781")},
    };
}

void CodeHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(static_cast<int>(m.capturedStart()), static_cast<int>(m.capturedLength()), rule.format);
        }
    }
}

} // namespace postino
