#include "phptokenizer.h"

#include <algorithm>

namespace postino::php {

namespace {

bool identStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool identChar(uchar c)
{
    return identStart(c) || (c >= '0' && c <= '9');
}

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isHex(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

void appendUtf8(QByteArray* out, uint cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

Tokenizer::Tokenizer(QByteArrayView source, StartIn start)
    : m_d(source.data())
    , m_n(source.size())
{
    switch (start) {
    case StartIn::Html:
        m_inCode = false;
        break;
    case StartIn::Code:
        m_inCode = true;
        break;
    case StartIn::CodeUnlessOpenTagged: {
        qsizetype length = 0;
        m_inCode = findOpenTag(0, &length) < 0;
        break;
    }
    }
}

Token Tokenizer::make(TokenKind kind, qsizetype begin, qsizetype end)
{
    Token t;
    t.kind = kind;
    t.begin = begin;
    t.end = end;
    t.line = m_line;
    advanceTo(end);
    return t;
}

void Tokenizer::advanceTo(qsizetype to)
{
    m_line += int(std::count(m_d + m_pos, m_d + to, '\n'));
    m_pos = to;
}

Token Tokenizer::fail(TokenizeError::Kind kind, qsizetype at, int line)
{
    m_error.kind = kind;
    m_error.at = at;
    m_error.line = line;
    m_pos = m_n;
    Token t;
    t.begin = t.end = m_n;
    t.line = m_line;
    return t;
}

// The first opening tag at or after `from`: "<?php" in any case followed by a blank or the end, or
// "<?=". PHP takes one line break (CRLF included) as part of "<?php".
qsizetype Tokenizer::findOpenTag(qsizetype from, qsizetype* tagLength) const
{
    const QByteArrayView all(m_d, m_n);
    for (qsizetype i = all.indexOf(QByteArrayView("<?"), from); i >= 0;
         i = all.indexOf(QByteArrayView("<?"), i + 2)) {
        if (i + 5 <= m_n && all.sliced(i + 2, 3).compare(QByteArrayView("php"), Qt::CaseInsensitive) == 0 &&
            (i + 5 == m_n || isSpace(uchar(m_d[i + 5])))) {
            qsizetype length = i + 5 < m_n ? 6 : 5;
            if (length == 6 && m_d[i + 5] == '\r' && i + 6 < m_n && m_d[i + 6] == '\n') {
                length = 7;
            }
            *tagLength = length;
            return i;
        }
        if (i + 2 < m_n && m_d[i + 2] == '=') {
            *tagLength = 3;
            return i;
        }
    }
    return -1;
}

Token Tokenizer::inlineHtml()
{
    qsizetype length = 0;
    const qsizetype tag = findOpenTag(m_pos, &length);
    if (tag < 0) {
        return make(TokenKind::InlineHtml, m_pos, m_n);
    }
    if (tag > m_pos) {
        return make(TokenKind::InlineHtml, m_pos, tag);
    }
    m_inCode = true;
    return make(TokenKind::OpenTag, m_pos, m_pos + length);
}

Token Tokenizer::next()
{
    if (failed() || m_pos >= m_n) {
        Token t;
        t.begin = t.end = m_n;
        t.line = m_line;
        return t;
    }
    if (!m_inCode) {
        return inlineHtml();
    }
    const qsizetype start = m_pos;
    const uchar c = uchar(m_d[m_pos]);
    const uchar c1 = m_pos + 1 < m_n ? uchar(m_d[m_pos + 1]) : 0;
    if (isSpace(c)) {
        qsizetype i = m_pos;
        while (i < m_n && isSpace(uchar(m_d[i]))) {
            ++i;
        }
        return make(TokenKind::Whitespace, start, i);
    }
    if (c == '?' && c1 == '>') {
        qsizetype i = m_pos + 2;
        if (i < m_n && m_d[i] == '\n') {
            ++i;
        } else if (i + 1 < m_n && m_d[i] == '\r' && m_d[i + 1] == '\n') {
            i += 2;
        }
        m_inCode = false;
        return make(TokenKind::CloseTag, start, i);
    }
    if ((c == '/' && c1 == '/') || (c == '#' && c1 != '[')) {
        return lineComment();
    }
    if (c == '/' && c1 == '*') {
        return blockComment();
    }
    if (c == '\'') {
        return singleQuoted();
    }
    if (c == '"' || c == '`') {
        return doubleQuoted(char(c));
    }
    if (c == '<' && c1 == '<' && m_pos + 2 < m_n && m_d[m_pos + 2] == '<') {
        Token t;
        if (heredoc(&t)) {
            return t;
        }
        if (failed()) {
            return next();
        }
    }
    if (c == '$' && identStart(c1)) {
        qsizetype i = m_pos + 1;
        while (i < m_n && identChar(uchar(m_d[i]))) {
            ++i;
        }
        Token t = make(TokenKind::Variable, start, i);
        t.text = QByteArray(m_d + start, i - start);
        return t;
    }
    if (identStart(c) || (c == '\\' && identStart(c1))) {
        return identifier();
    }
    if ((c >= '0' && c <= '9') || (c == '.' && c1 >= '0' && c1 <= '9')) {
        return number();
    }
    Token t = make(TokenKind::Punct, start, start + 1);
    t.punct = char(c);
    return t;
}

// A line comment ends before the line break, or before "?>".
Token Tokenizer::lineComment()
{
    qsizetype i = m_pos;
    while (i < m_n && m_d[i] != '\n' && m_d[i] != '\r' &&
           !(m_d[i] == '?' && i + 1 < m_n && m_d[i + 1] == '>')) {
        ++i;
    }
    return make(TokenKind::LineComment, m_pos, i);
}

Token Tokenizer::blockComment()
{
    const qsizetype close = QByteArrayView(m_d, m_n).indexOf(QByteArrayView("*/"), m_pos + 2);
    if (close < 0) {
        return fail(TokenizeError::Kind::UnclosedComment, m_pos, m_line);
    }
    return make(TokenKind::BlockComment, m_pos, close + 2);
}

Token Tokenizer::singleQuoted()
{
    QByteArray value;
    qsizetype i = m_pos + 1;
    while (i < m_n) {
        const char ch = m_d[i];
        if (ch == '\\' && i + 1 < m_n && (m_d[i + 1] == '\\' || m_d[i + 1] == '\'')) {
            value.append(m_d[i + 1]);
            i += 2;
            continue;
        }
        if (ch == '\'') {
            const int startLine = m_line;
            Token t = make(TokenKind::String, m_pos, i + 1);
            t.text = std::move(value);
            m_lastMultiline = m_line > startLine ? startLine : 0;
            return t;
        }
        value.append(ch);
        ++i;
    }
    m_error.lastMultilineString = m_lastMultiline;
    return fail(TokenizeError::Kind::UnclosedString, m_pos, m_line);
}

Token Tokenizer::doubleQuoted(char quote)
{
    QByteArray value;
    bool interpolated = false;
    qsizetype i = m_pos + 1;
    while (i < m_n) {
        const uchar ch = uchar(m_d[i]);
        if (ch == uchar(quote)) {
            const int startLine = m_line;
            Token t = make(quote == '`' ? TokenKind::Backtick : TokenKind::String, m_pos, i + 1);
            t.text = std::move(value);
            t.interpolated = interpolated;
            m_lastMultiline = m_line > startLine ? startLine : 0;
            return t;
        }
        if ((ch == '$' && i + 1 < m_n && (identStart(uchar(m_d[i + 1])) || m_d[i + 1] == '{')) ||
            (ch == '{' && i + 1 < m_n && m_d[i + 1] == '$')) {
            interpolated = true;
        }
        if (ch != '\\' || i + 1 >= m_n) {
            value.append(char(ch));
            ++i;
            continue;
        }
        const uchar e = uchar(m_d[i + 1]);
        i += 2;
        switch (e) {
        case 'n':
            value.append('\n');
            break;
        case 't':
            value.append('\t');
            break;
        case 'r':
            value.append('\r');
            break;
        case 'v':
            value.append('\v');
            break;
        case 'e':
            value.append('\x1b');
            break;
        case 'f':
            value.append('\f');
            break;
        case '\\':
        case '$':
            value.append(char(e));
            break;
        case 'x':
            if (i < m_n && isHex(uchar(m_d[i]))) {
                int v = hexValue(uchar(m_d[i++]));
                if (i < m_n && isHex(uchar(m_d[i]))) {
                    v = v * 16 + hexValue(uchar(m_d[i++]));
                }
                value.append(char(v));
            } else {
                value.append("\\x");
            }
            break;
        case 'u': {
            // \u{1F600}: up to six hex digits inside braces
            qsizetype j = i;
            uint cp = 0;
            int digits = 0;
            if (j < m_n && m_d[j] == '{') {
                ++j;
                while (j < m_n && isHex(uchar(m_d[j])) && digits < 7) {
                    cp = cp * 16 + uint(hexValue(uchar(m_d[j++])));
                    ++digits;
                }
            }
            if (digits > 0 && digits <= 6 && j < m_n && m_d[j] == '}' && cp <= 0x10FFFF) {
                appendUtf8(&value, cp);
                i = j + 1;
            } else {
                value.append("\\u");
            }
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int v = e - '0';
                for (int k = 0; k < 2 && i < m_n && m_d[i] >= '0' && m_d[i] <= '7'; ++k) {
                    v = v * 8 + (m_d[i++] - '0');
                }
                value.append(char(v & 0xFF));
            } else if (e == uchar(quote)) {
                value.append(char(e));
            } else {
                value.append('\\');
                value.append(char(e)); // unknown escapes keep their backslash, as in PHP
            }
            break;
        }
    }
    m_error.lastMultilineString = m_lastMultiline;
    return fail(TokenizeError::Kind::UnclosedString, m_pos, m_line);
}

// <<<ID, <<<"ID" (heredoc) or <<<'ID' (nowdoc), then a line break; the text ends at the first line
// holding ID after optional blanks (PHP 7.3's flexible syntax). false when "<<<" starts no heredoc.
bool Tokenizer::heredoc(Token* out)
{
    qsizetype i = m_pos + 3;
    while (i < m_n && (m_d[i] == ' ' || m_d[i] == '\t')) {
        ++i;
    }
    char quote = 0;
    if (i < m_n && (m_d[i] == '\'' || m_d[i] == '"')) {
        quote = m_d[i++];
    }
    const qsizetype idStart = i;
    if (i >= m_n || !identStart(uchar(m_d[i]))) {
        return false;
    }
    while (i < m_n && identChar(uchar(m_d[i]))) {
        ++i;
    }
    const QByteArrayView id(m_d + idStart, i - idStart);
    if (quote) {
        if (i >= m_n || m_d[i] != quote) {
            return false;
        }
        ++i;
    }
    if (i < m_n && m_d[i] == '\r') {
        ++i;
    }
    if (i >= m_n || m_d[i] != '\n') {
        return false;
    }
    const QByteArrayView all(m_d, m_n);
    qsizetype lineStart = i + 1;
    while (lineStart <= m_n) {
        qsizetype p = lineStart;
        while (p < m_n && (m_d[p] == ' ' || m_d[p] == '\t')) {
            ++p;
        }
        if (p + id.size() <= m_n && QByteArrayView(m_d + p, id.size()) == id &&
            (p + id.size() == m_n || !identChar(uchar(m_d[p + id.size()])))) {
            *out = make(TokenKind::Heredoc, m_pos, p + id.size());
            return true;
        }
        const qsizetype nl = all.indexOf('\n', p);
        if (nl < 0) {
            break;
        }
        lineStart = nl + 1;
    }
    m_error.heredocId = id.toByteArray();
    fail(TokenizeError::Kind::UnclosedHeredoc, m_pos, m_line);
    return false;
}

Token Tokenizer::identifier()
{
    qsizetype i = m_pos;
    qsizetype segment = m_pos;
    while (i < m_n) {
        const uchar ch = uchar(m_d[i]);
        if (ch == '\\' && i + 1 < m_n && identStart(uchar(m_d[i + 1]))) {
            segment = i + 1;
            ++i;
            continue;
        }
        if (!identChar(ch)) {
            break;
        }
        ++i;
    }
    Token t = make(TokenKind::Identifier, m_pos, i);
    t.text = QByteArray(m_d + segment, i - segment);
    return t;
}

Token Tokenizer::number()
{
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    const bool hex = m_d[start] == '0' && start + 1 < m_n && (m_d[start + 1] | 0x20) == 'x';
    while (i < m_n) {
        const uchar ch = uchar(m_d[i]);
        const bool sign =
            (ch == '+' || ch == '-') && i > start && (m_d[i - 1] == 'e' || m_d[i - 1] == 'E') && !hex;
        if (!(identChar(ch) || ch == '.' || sign)) {
            break;
        }
        ++i;
    }
    Token t = make(TokenKind::Number, start, i);
    t.text = QByteArray(m_d + start, i - start);
    QByteArray digits = t.text;
    digits.replace('_', QByteArray());
    int base = 10;
    if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'x') {
        base = 16;
        digits = digits.mid(2);
    } else if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'b') {
        base = 2;
        digits = digits.mid(2);
    } else if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'o') {
        base = 8;
        digits = digits.mid(2);
    } else if (digits.size() > 1 && digits.at(0) == '0') {
        base = 8;
    }
    bool ok = false;
    const qlonglong value = digits.toLongLong(&ok, base);
    t.isInteger = ok;
    t.integer = ok ? value : 0;
    return t;
}

} // namespace postino::php
