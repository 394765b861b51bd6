#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace postino {

// Light colouring for the export preview: comments, strings, names and values, the same
// for PHP, JSON, INI-like and .env text.
class CodeHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit CodeHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
};

} // namespace postino
