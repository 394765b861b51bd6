#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace postino::php {

// The one PHP tokenizer of Postino: the wp-config.php reader (import) and the wp-config.php patcher
// (export) both see the file through it, so they agree on where code, strings and comments are.
// It never runs PHP; it knows just enough to tell a define() in code from one in a comment, a string
// or a heredoc.

enum class TokenKind
{
    End, // past the last byte, or at the first unterminated string, comment or heredoc
    InlineHtml,
    OpenTag,  // "<?php" plus the line break PHP takes with it, or "<?="
    CloseTag, // "?>" plus one line break
    Whitespace,
    LineComment,  // // or # up to the line break or "?>"; "#[" starts an attribute instead (PHP 8)
    BlockComment, // /* ... */
    String,       // '...' or "..."
    Backtick,     // `...`: a shell command PHP runs, never a literal
    Heredoc,      // <<<ID ... ID and nowdoc <<<'ID' ... ID
    Identifier,
    Variable,
    Number,
    Punct,
};

struct Token
{
    TokenKind kind = TokenKind::End;
    qsizetype begin = 0; // byte offsets into the source
    qsizetype end = 0;
    int line = 1; // where the token starts
    // Identifier: its last namespace segment ("\define" -> "define"); String: the value with escapes
    // decoded as PHP decodes them; Variable: "$name"; Number: its digits.
    QByteArray text;
    char punct = 0;            // Punct: the character
    bool interpolated = false; // a double-quoted string that embeds $variables
    bool isInteger = false;    // Number: an integer literal that fits 64 bits
    qint64 integer = 0;

    bool is(char c) const { return kind == TokenKind::Punct && punct == c; }
    bool isWord(QByteArrayView word) const
    {
        return kind == TokenKind::Identifier && QByteArrayView(text).compare(word, Qt::CaseInsensitive) == 0;
    }
    // Whitespace and comments: what PHP's parser never sees.
    bool isTrivia() const
    {
        return kind == TokenKind::Whitespace || kind == TokenKind::LineComment ||
               kind == TokenKind::BlockComment;
    }
};

enum class StartIn
{
    Html,                 // a whole file: inline HTML until the first opening tag
    Code,                 // a snippet of statements
    CodeUnlessOpenTagged, // a file, or statements pasted without "<?php" (then read as code)
};

// Why tokenizing stopped early.
struct TokenizeError
{
    enum class Kind
    {
        None,
        UnclosedComment,
        UnclosedString,
        UnclosedHeredoc,
    };
    Kind kind = Kind::None;
    qsizetype at = -1; // where the unterminated construct starts
    int line = 0;
    // UnclosedString: the start line of the last string that ran across lines before it, 0 if none.
    // That string is usually the one missing its closing quote.
    int lastMultilineString = 0;
    QByteArray heredocId; // UnclosedHeredoc: its identifier
};

class Tokenizer
{
public:
    explicit Tokenizer(QByteArrayView source, StartIn start = StartIn::Html);

    // The next token; TokenKind::End at the end of the source and after an error.
    Token next();

    bool failed() const { return m_error.kind != TokenizeError::Kind::None; }
    const TokenizeError& error() const { return m_error; }

private:
    Token make(TokenKind kind, qsizetype begin, qsizetype end);
    Token inlineHtml();
    Token lineComment();
    Token blockComment();
    Token singleQuoted();
    Token doubleQuoted(char quote);
    bool heredoc(Token* out);
    Token identifier();
    Token number();
    Token fail(TokenizeError::Kind kind, qsizetype at, int line);
    void advanceTo(qsizetype to);
    qsizetype findOpenTag(qsizetype from, qsizetype* tagLength) const;

    const char* m_d;
    qsizetype m_n;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_inCode = false;
    int m_lastMultiline = 0;
    TokenizeError m_error;
};

} // namespace postino::php
