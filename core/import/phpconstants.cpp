#include "phpconstants.h"

#include "import/importbuilder.h"
#include "php/phptokenizer.h"

#include <cstring>

namespace postino::importers {

namespace {

// A define()'s value is one literal; longer expressions are only counted, not kept.
constexpr int kMaxValueTokens = 16;

using PhpToken = php::Token;
using php::TokenKind;

class PhpParser
{
public:
    explicit PhpParser(const QByteArray& data)
        : m_tokenizer(data, php::StartIn::CodeUnlessOpenTagged)
    {}

    PhpScan run()
    {
        for (;;) {
            const PhpToken t = take();
            if (t.kind == TokenKind::End) {
                break;
            }
            if (t.isWord("define")) {
                defineCall(t.line);
            } else if (t.isWord("const")) {
                constStatement();
            }
        }
        if (m_tokenizer.failed() && m_scan.syntaxError.isEmpty()) {
            describeError(m_tokenizer.error());
        }
        return m_scan;
    }

private:
    PhpToken take()
    {
        if (m_pushed) {
            PhpToken t = *m_pushed;
            m_pushed.reset();
            return t;
        }
        for (;;) {
            PhpToken t = m_tokenizer.next();
            if (t.kind == TokenKind::CloseTag) {
                t.kind = TokenKind::Punct; // a closing tag ends a statement
                t.punct = ';';
                return t;
            }
            if (!t.isTrivia() && t.kind != TokenKind::InlineHtml && t.kind != TokenKind::OpenTag) {
                return t;
            }
        }
    }

    void describeError(const php::TokenizeError& e)
    {
        using Error = php::TokenizeError::Kind;
        switch (e.kind) {
        case Error::None:
            return;
        case Error::UnclosedComment:
            syntax(e.line, Text::tr("A comment that starts on line %1 is never closed with */.").arg(e.line));
            return;
        case Error::UnclosedString:
            if (e.lastMultilineString > 0) {
                syntax(e.lastMultilineString,
                       Text::tr("A quoted text that starts on line %1 runs on to the next lines, and the "
                                "one that starts on line %2 is never closed: a quote is probably "
                                "missing on line %1.")
                           .arg(e.lastMultilineString)
                           .arg(e.line));
            } else {
                syntax(e.line, Text::tr("A quoted text that starts on line %1 is never closed.").arg(e.line));
            }
            return;
        case Error::UnclosedHeredoc:
            syntax(e.line, Text::tr("A block of text (<<<%1) that starts on line %2 is never closed.")
                               .arg(QString::fromUtf8(e.heredocId))
                               .arg(e.line));
            return;
        }
    }
    void pushBack(const PhpToken& t) { m_pushed = t; }
    // Takes the next token when it is `punctuation`; otherwise leaves it for whoever reads next.
    bool accept(char punctuation)
    {
        const PhpToken t = take();
        if (!t.is(punctuation)) {
            pushBack(t);
            return false;
        }
        return true;
    }
    // A constant named by `name`, with the literal its value tokens (up to one of `ends`) make.
    // Returns the token that ended the value.
    PhpToken recordValue(const PhpToken& name, const char* ends)
    {
        PhpDefine d;
        d.name = QString::fromUtf8(name.text);
        d.line = name.line;
        QList<PhpToken> tokens;
        int count = 0;
        const PhpToken end = valueTokens(&tokens, &count, ends);
        literal(tokens, count, &d);
        record(std::move(d));
        return end;
    }

    static bool interesting(const QByteArray& name)
    {
        return name.startsWith("WPMS_") || name.startsWith("EASY_WP_SMTP_");
    }

    void syntax(int line, const QString& message)
    {
        if (m_scan.syntaxError.isEmpty()) {
            m_scan.syntaxError = message;
            m_scan.syntaxLine = line;
        }
    }

    // Reads tokens up to (not including) a top-level terminator; returns the terminator.
    PhpToken valueTokens(QList<PhpToken>* tokens, int* count, const char* terminators)
    {
        int depth = 0;
        for (;;) {
            PhpToken t = take();
            if (t.kind == TokenKind::End) {
                return t;
            }
            if (depth == 0 && t.kind == TokenKind::Punct && std::strchr(terminators, t.punct)) {
                return t;
            }
            if (t.is('(') || t.is('[') || t.is('{')) {
                ++depth;
            } else if (t.is(')') || t.is(']') || t.is('}')) {
                --depth;
                if (depth < 0) {
                    return t; // unbalanced: let the caller see it
                }
            }
            if (tokens->size() < kMaxValueTokens) {
                tokens->append(t);
            }
            ++*count;
        }
    }

    static void literal(const QList<PhpToken>& tokens, int count, PhpDefine* d)
    {
        if (count == 1) {
            const PhpToken& t = tokens.first();
            if (t.kind == TokenKind::String && !t.interpolated) {
                d->value = PhpValue{PhpValue::Kind::String, t.text, false, 0};
                return;
            }
            if (t.isWord("true") || t.isWord("false")) {
                d->value = PhpValue{PhpValue::Kind::Bool, {}, t.isWord("true"), 0};
                return;
            }
            if (t.isWord("null")) {
                d->value = PhpValue{PhpValue::Kind::Null, {}, false, 0};
                return;
            }
            if (t.kind == TokenKind::Number && t.isInteger) {
                d->value = PhpValue{PhpValue::Kind::Integer, {}, false, t.integer};
                return;
            }
        }
        if (count == 2 && (tokens.at(0).is('-') || tokens.at(0).is('+')) &&
            tokens.at(1).kind == TokenKind::Number && tokens.at(1).isInteger) {
            const qint64 v = tokens.at(1).integer;
            d->value = PhpValue{PhpValue::Kind::Integer, {}, false, tokens.at(0).is('-') ? -v : v};
            return;
        }
        d->expression = describe(tokens, count);
    }

    static QString describe(const QList<PhpToken>& tokens, int count)
    {
        if (count == 0) {
            return Text::tr("no value");
        }
        const PhpToken& first = tokens.first();
        if (first.kind == TokenKind::Identifier && tokens.size() > 1 && tokens.at(1).is('(')) {
            return Text::tr("a function call (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::Identifier) {
            return Text::tr("another constant (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::Variable) {
            return Text::tr("a variable (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::String && first.interpolated) {
            return Text::tr("a text that includes variables");
        }
        if (count == 1 && (first.kind == TokenKind::Heredoc || first.kind == TokenKind::Backtick)) {
            return Text::tr("a text block PHP computes");
        }
        return Text::tr("an expression");
    }

    void record(PhpDefine d)
    {
        if (interesting(d.name.toUtf8())) {
            m_scan.defines.append(std::move(d));
        }
    }

    void defineCall(int line)
    {
        if (!accept('(')) {
            return;
        }
        const PhpToken name = take();
        if (name.kind != TokenKind::String || name.interpolated) {
            pushBack(name); // define($computed, ...): not a constant we can name
            return;
        }
        if (!accept(',')) {
            return;
        }
        PhpDefine d;
        d.name = QString::fromUtf8(name.text);
        d.line = name.line;
        QList<PhpToken> tokens;
        int count = 0;
        PhpToken end = valueTokens(&tokens, &count, ",);");
        if (end.is(',')) {
            // the deprecated third argument (case_insensitive): skip it
            QList<PhpToken> ignored;
            int n = 0;
            end = valueTokens(&ignored, &n, ");");
        }
        if (!end.is(')')) {
            if (!m_tokenizer.failed()) {
                syntax(line, Text::tr("The define( on line %1 is not closed with a ).").arg(line));
            }
            return;
        }
        literal(tokens, count, &d);
        record(std::move(d));
    }

    // const NAME = literal; (PHP's other way to declare a constant)
    void constStatement()
    {
        const PhpToken name = take();
        if (name.kind != TokenKind::Identifier) {
            pushBack(name);
            return;
        }
        if (!accept('=')) {
            return;
        }
        if (recordValue(name, ",;").is(',')) {
            constStatement(); // const A = 1, B = 2;
        }
    }

    php::Tokenizer m_tokenizer;
    std::optional<PhpToken> m_pushed;
    PhpScan m_scan;
};

} // namespace

PhpScan scanMailConstants(const QByteArray& data)
{
    return PhpParser(data).run();
}

} // namespace postino::importers
