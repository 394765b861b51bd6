#include "wpconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

namespace postino {

namespace {

class Export
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QString kSubject = QStringLiteral("wp-config.php");

// ---- A small PHP lexer: just enough to know where code, strings and comments are. ----

enum class Tok
{
    InlineHtml,
    OpenTag,
    CloseTag,
    Whitespace,
    LineComment,
    BlockComment,
    String, // '…', "…", `…`
    Heredoc,
    Identifier,
    Variable,
    Number,
    Punct,
};

struct Token
{
    Tok type;
    qsizetype begin;
    qsizetype end;
    QByteArray value; // Identifier: its text; String: its contents (single-quoted ones unescaped)
};

struct Lexed
{
    QList<Token> tokens;
    bool ok = true;
    qsizetype errorAt = -1; // where the unterminated string or comment starts
};

bool isIdentStart(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || u >= 0x80;
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool startsWithAt(const QByteArray& s, qsizetype i, const char* what,
                  Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    const QByteArrayView w(what);
    if (i + w.size() > s.size()) {
        return false;
    }
    const QByteArrayView part = QByteArrayView(s).sliced(i, w.size());
    return cs == Qt::CaseSensitive ? part == w : part.compare(w, Qt::CaseInsensitive) == 0;
}

Lexed lexPhp(const QByteArray& s, bool startInCode = false)
{
    Lexed out;
    const qsizetype n = s.size();
    qsizetype i = 0;
    bool code = startInCode;
    auto push = [&out](Tok t, qsizetype b, qsizetype e, QByteArray v = {}) {
        out.tokens.append(Token{t, b, e, std::move(v)});
    };
    auto fail = [&out](qsizetype at) {
        out.ok = false;
        out.errorAt = at;
    };
    while (i < n) {
        if (!code) {
            qsizetype j = i;
            qsizetype tagLen = 0;
            while (j < n) {
                if (startsWithAt(s, j, "<?php", Qt::CaseInsensitive) &&
                    (j + 5 == n || isSpace(s.at(j + 5)))) {
                    tagLen = j + 5 < n ? 6 : 5;
                    break;
                }
                if (startsWithAt(s, j, "<?=")) {
                    tagLen = 3;
                    break;
                }
                ++j;
            }
            if (j > i) {
                push(Tok::InlineHtml, i, j);
            }
            if (j >= n) {
                break;
            }
            // PHP takes one line break (CRLF included) as part of the opening tag.
            if (tagLen == 6 && s.at(j + 5) == '\r' && j + 6 < n && s.at(j + 6) == '\n') {
                tagLen = 7;
            }
            push(Tok::OpenTag, j, j + tagLen);
            i = j + tagLen;
            code = true;
            continue;
        }
        const char c = s.at(i);
        const qsizetype start = i;
        if (isSpace(c)) {
            while (i < n && isSpace(s.at(i))) {
                ++i;
            }
            push(Tok::Whitespace, start, i);
        } else if (c == '?' && i + 1 < n && s.at(i + 1) == '>') {
            i += 2;
            if (i < n && s.at(i) == '\n') {
                ++i;
            } else if (i + 1 < n && s.at(i) == '\r' && s.at(i + 1) == '\n') {
                i += 2;
            }
            push(Tok::CloseTag, start, i);
            code = false;
        } else if ((c == '/' && i + 1 < n && s.at(i + 1) == '/') ||
                   (c == '#' && (i + 1 >= n || s.at(i + 1) != '['))) {
            // A line comment ends before the line break, or before "?>".
            while (i < n && s.at(i) != '\n' && s.at(i) != '\r' && !startsWithAt(s, i, "?>")) {
                ++i;
            }
            push(Tok::LineComment, start, i);
        } else if (c == '/' && i + 1 < n && s.at(i + 1) == '*') {
            const qsizetype close = s.indexOf("*/", i + 2);
            if (close < 0) {
                fail(start);
                return out;
            }
            i = close + 2;
            push(Tok::BlockComment, start, i);
        } else if (c == '\'') {
            QByteArray value;
            ++i;
            bool closed = false;
            while (i < n) {
                const char d = s.at(i);
                if (d == '\\' && i + 1 < n && (s.at(i + 1) == '\\' || s.at(i + 1) == '\'')) {
                    value.append(s.at(i + 1));
                    i += 2;
                } else if (d == '\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value.append(d);
                    ++i;
                }
            }
            if (!closed) {
                fail(start);
                return out;
            }
            push(Tok::String, start, i, value);
        } else if (c == '"' || c == '`') {
            QByteArray value;
            ++i;
            bool closed = false;
            while (i < n) {
                const char d = s.at(i);
                if (d == '\\' && i + 1 < n) {
                    value.append(s.mid(i, 2));
                    i += 2;
                } else if (d == c) {
                    ++i;
                    closed = true;
                    break;
                } else {
                    value.append(d);
                    ++i;
                }
            }
            if (!closed) {
                fail(start);
                return out;
            }
            push(Tok::String, start, i, value);
        } else if (startsWithAt(s, i, "<<<")) {
            // Heredoc or nowdoc: <<<ID, <<<"ID" or <<<'ID', then a line break; it ends at a line holding ID.
            qsizetype j = i + 3;
            while (j < n && (s.at(j) == ' ' || s.at(j) == '\t')) {
                ++j;
            }
            const bool quoted = j < n && (s.at(j) == '"' || s.at(j) == '\'');
            if (quoted) {
                ++j;
            }
            const qsizetype idStart = j;
            while (j < n && isIdentChar(s.at(j))) {
                ++j;
            }
            const QByteArray id = s.mid(idStart, j - idStart);
            if (id.isEmpty()) {
                push(Tok::Punct, i, i + 1);
                ++i;
                continue;
            }
            if (quoted) {
                ++j;
            }
            qsizetype lineStart = s.indexOf('\n', j);
            bool closed = false;
            while (lineStart >= 0) {
                qsizetype k = lineStart + 1;
                while (k < n && (s.at(k) == ' ' || s.at(k) == '\t')) {
                    ++k;
                }
                if (startsWithAt(s, k, id.constData()) &&
                    (k + id.size() >= n || !isIdentChar(s.at(k + id.size())))) {
                    j = k + id.size();
                    closed = true;
                    break;
                }
                lineStart = s.indexOf('\n', lineStart + 1);
            }
            if (!closed) {
                fail(start);
                return out;
            }
            i = j;
            push(Tok::Heredoc, start, i);
        } else if (c == '$' && i + 1 < n && isIdentStart(s.at(i + 1))) {
            i += 2;
            while (i < n && isIdentChar(s.at(i))) {
                ++i;
            }
            push(Tok::Variable, start, i);
        } else if (isIdentStart(c)) {
            while (i < n && isIdentChar(s.at(i))) {
                ++i;
            }
            push(Tok::Identifier, start, i, s.mid(start, i - start));
        } else if (c >= '0' && c <= '9') {
            while (i < n && (isIdentChar(s.at(i)) || s.at(i) == '.')) {
                ++i;
            }
            push(Tok::Number, start, i);
        } else {
            ++i;
            push(Tok::Punct, start, i, QByteArray(1, c));
        }
    }
    return out;
}

bool isTrivia(const Token& t)
{
    return t.type == Tok::Whitespace || t.type == Tok::LineComment || t.type == Tok::BlockComment;
}

bool isPunct(const Token& t, char c)
{
    return t.type == Tok::Punct && t.value.size() == 1 && t.value.at(0) == c;
}

bool isKeyword(const Token& t, const char* word)
{
    return t.type == Tok::Identifier && t.value.compare(QByteArrayView(word), Qt::CaseInsensitive) == 0;
}

qsizetype nextSignificant(const QList<Token>& tokens, qsizetype from)
{
    for (qsizetype k = from; k < tokens.size(); ++k) {
        if (!isTrivia(tokens.at(k))) {
            return k;
        }
    }
    return -1;
}

qsizetype lineStartOf(const QByteArray& s, qsizetype pos)
{
    const qsizetype nl = pos > 0 ? s.lastIndexOf('\n', pos - 1) : -1;
    return nl + 1;
}

// The offset just past the line break ending the line that contains pos (or the end of the text).
qsizetype lineEndOf(const QByteArray& s, qsizetype pos)
{
    const qsizetype nl = s.indexOf('\n', pos);
    return nl < 0 ? s.size() : nl + 1;
}

int lineNumber(const QByteArray& s, qsizetype pos)
{
    return int(QByteArrayView(s).first(pos).count('\n')) + 1;
}

// What the lexer knows about each token's position in the code.
struct Analysis
{
    QList<int> depth;         // bracket depth before the token
    QList<bool> inCode;       // whether the token is PHP code (not inline HTML or a tag)
    QList<qsizetype> prevSig; // index of the previous significant token, -1 if none
    int finalDepth = 0;
    qsizetype firstUnmatched = -1; // the first closing bracket without an opening one
};

Analysis analyse(const QList<Token>& tokens)
{
    Analysis a;
    int depth = 0;
    bool code = false;
    qsizetype prev = -1;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens.at(k);
        a.depth.append(depth);
        a.prevSig.append(prev);
        if (t.type == Tok::OpenTag) {
            code = true;
            a.inCode.append(false);
        } else if (t.type == Tok::CloseTag || t.type == Tok::InlineHtml) {
            code = false;
            a.inCode.append(false);
        } else {
            a.inCode.append(code);
        }
        if (isPunct(t, '(') || isPunct(t, '[') || isPunct(t, '{')) {
            ++depth;
        } else if (isPunct(t, ')') || isPunct(t, ']') || isPunct(t, '}')) {
            if (--depth < 0 && a.firstUnmatched < 0) {
                a.firstUnmatched = k;
            }
        }
        if (!isTrivia(t)) {
            prev = k;
        }
    }
    a.finalDepth = depth;
    return a;
}

// Whether a statement can start at `pos`, the first byte of a line: it lies between two tokens of PHP
// code at the top level, right after a complete statement (or the opening tag), and the next statement
// is not the continuation of an if/try/switch.
bool isSafeInsertionPoint(const QList<Token>& tokens, const Analysis& a, qsizetype pos)
{
    // The token that starts at or contains pos.
    qsizetype k = 0;
    while (k < tokens.size() && tokens.at(k).end <= pos) {
        ++k;
    }
    if (k < tokens.size() && tokens.at(k).begin < pos && tokens.at(k).type != Tok::Whitespace) {
        return false; // inside a string, comment, heredoc or inline HTML
    }
    if (k >= tokens.size()) {
        return false;
    }
    if (!a.inCode.at(k) || a.depth.at(k) != 0) {
        return false;
    }
    const qsizetype prev = a.prevSig.at(k);
    if (prev < 0) {
        return false;
    }
    const Token& p = tokens.at(prev);
    const bool afterStatement = p.type == Tok::OpenTag || isPunct(p, ';') || isPunct(p, '}');
    if (!afterStatement) {
        return false;
    }
    const qsizetype next = nextSignificant(tokens, k);
    if (next < 0) {
        return true;
    }
    const Token& nt = tokens.at(next);
    if (nt.type == Tok::CloseTag) {
        return true;
    }
    if (isPunct(p, '}') && nt.type != Tok::Identifier && nt.type != Tok::Variable) {
        return false; // e.g. the end of a closure assigned to a variable: "};"
    }
    for (const char* word : {"else", "elseif", "catch", "finally", "while", "case", "default", "endif",
                             "endwhile", "endfor", "endforeach", "endswitch", "enddeclare"}) {
        if (isKeyword(nt, word)) {
            return false;
        }
    }
    return nt.type == Tok::Identifier || nt.type == Tok::Variable || nt.type == Tok::Punct ||
           nt.type == Tok::String || nt.type == Tok::Number;
}

Finding refusal(const QString& id, const QString& detail, const QString& step)
{
    return Finding{id, Severity::Error, kSubject, detail,
                   Advice{Export::tr("wp-config.php was left unchanged"),
                          {step.isEmpty() ? Export::tr("Copy the settings from Export and paste them into "
                                                       "wp-config.php by hand, above the line that says to "
                                                       "stop editing.")
                                          : step}}};
}

bool looksBinary(const QByteArray& data)
{
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && u != 0x1b) {
            return true;
        }
    }
    return false;
}

// The block as bytes with the wanted line breaks, framed by the begin and end comments.
QByteArray prepareBlock(const QString& block, bool crlf)
{
    QByteArray b = block.toUtf8();
    b.replace("\r\n", "\n");
    while (b.endsWith('\n')) {
        b.chop(1);
    }
    const QByteArray begin = wpConfigBlockBegin().toUtf8();
    const QByteArray end = wpConfigBlockEnd().toUtf8();
    if (!b.trimmed().startsWith(begin)) {
        b.prepend(begin + ": WP Mail SMTP settings\n");
    }
    const qsizetype lastLine = b.lastIndexOf('\n') + 1;
    if (!b.mid(lastLine).trimmed().startsWith(end)) {
        b.append('\n' + end);
    }
    b.append('\n');
    if (crlf) {
        b.replace("\n", "\r\n");
    }
    return b;
}

} // namespace

QString wpConfigBlockBegin()
{
    return QStringLiteral("// BEGIN Postino");
}

QString wpConfigBlockEnd()
{
    return QStringLiteral("// END Postino");
}

WpConfigPatch patchWpConfig(const QByteArray& original, const QString& block)
{
    WpConfigPatch out;
    out.content = original;
    auto refuse = [&out](const QString& id, const QString& detail, const QString& step) {
        out.findings.append(refusal(id, detail, step));
        return out;
    };
    const QString pickRightFile = Export::tr("Check that you picked the site's wp-config.php.");

    if (original.size() > kMaxWpConfigSize) {
        return refuse(QStringLiteral("export.wpconfig_too_large"),
                      Export::tr("The file is %1 bytes long, more than a wp-config.php ever is (the limit is "
                                 "2 MiB). Nothing was changed.")
                          .arg(original.size()),
                      pickRightFile);
    }
    if (looksBinary(original)) {
        return refuse(
            QStringLiteral("export.wpconfig_binary"),
            Export::tr("The file holds binary data, so it is not a wp-config.php. Nothing was changed."),
            pickRightFile);
    }

    const Lexed lexed = lexPhp(original);
    const QList<Token>& tokens = lexed.tokens;

    // The require of wp-settings.php is what makes a wp-config.php.
    qsizetype requireToken = -1;
    if (lexed.ok) {
        for (qsizetype k = 0; k < tokens.size() && requireToken < 0; ++k) {
            const Token& t = tokens.at(k);
            if (!(isKeyword(t, "require") || isKeyword(t, "require_once") || isKeyword(t, "include") ||
                  isKeyword(t, "include_once"))) {
                continue;
            }
            for (qsizetype j = k + 1; j < tokens.size() && !isPunct(tokens.at(j), ';'); ++j) {
                if (tokens.at(j).type == Tok::String && tokens.at(j).value.contains("wp-settings.php")) {
                    requireToken = k;
                    break;
                }
            }
        }
    }
    if (!lexed.ok) {
        if (!original.contains("wp-settings.php")) {
            return refuse(QStringLiteral("export.wpconfig_not_wpconfig"),
                          Export::tr("The file does not load wp-settings.php, so it is not a wp-config.php. "
                                     "Nothing was changed."),
                          pickRightFile);
        }
        return refuse(
            QStringLiteral("export.wpconfig_unbalanced"),
            Export::tr("A quote or comment opened on line %1 is never closed, so Postino cannot tell "
                       "where it is safe to add lines. Nothing was changed.")
                .arg(lineNumber(original, lexed.errorAt)),
            Export::tr("Fix the file (PHP reports the error when the site loads), or paste the "
                       "block by hand."));
    }
    const Analysis analysis = analyse(tokens);
    if (requireToken >= 0 && (analysis.firstUnmatched >= 0 || analysis.finalDepth != 0)) {
        // Quotes that pair up differently from what the author meant usually show as brackets that do not.
        return refuse(
            QStringLiteral("export.wpconfig_unbalanced"),
            analysis.firstUnmatched >= 0
                ? Export::tr("The quotes or brackets of the file do not pair up (first seen on line %1), "
                             "so Postino cannot tell where it is safe to add lines. Nothing was changed.")
                      .arg(lineNumber(original, tokens.at(analysis.firstUnmatched).begin))
                : Export::tr("The quotes or brackets of the file do not pair up, so Postino cannot tell "
                             "where it is safe to add lines. Nothing was changed."),
            Export::tr("Fix the file (PHP reports the error when the site loads), or paste the "
                       "block by hand."));
    }
    if (requireToken < 0) {
        return refuse(
            QStringLiteral("export.wpconfig_not_wpconfig"),
            Export::tr("The file does not load wp-settings.php, so it is not a wp-config.php. Nothing "
                       "was changed."),
            pickRightFile);
    }

    // The block must itself be whole PHP statements: no unterminated string or comment.
    {
        const Lexed blockLexed = lexPhp(block.toUtf8(), true);
        if (!blockLexed.ok) {
            return refuse(QStringLiteral("export.wpconfig_bad_block"),
                          Export::tr("The lines to add have a quote or comment that is never closed. Nothing "
                                     "was changed."),
                          Export::tr("Export the settings again instead of editing the text by hand."));
        }
    }

    // An earlier Postino block.
    const QByteArray beginMarker = wpConfigBlockBegin().toUtf8();
    const QByteArray endMarker = wpConfigBlockEnd().toUtf8();
    QList<qsizetype> begins, ends;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens.at(k);
        if (t.type != Tok::LineComment) {
            continue;
        }
        const QByteArrayView text = QByteArrayView(original).sliced(t.begin, t.end - t.begin);
        if (text.startsWith(beginMarker)) {
            begins.append(k);
        } else if (text.startsWith(endMarker)) {
            ends.append(k);
        }
    }
    qsizetype blockStart = -1;
    qsizetype blockEnd = -1;
    if (!begins.isEmpty() || !ends.isEmpty()) {
        bool wellFormed = begins.size() == 1 && ends.size() == 1 && begins.first() < ends.first();
        if (wellFormed) {
            // Nothing but blanks before the begin comment on its line.
            const qsizetype commentAt = tokens.at(begins.first()).begin;
            const qsizetype lineAt = lineStartOf(original, commentAt);
            wellFormed = original.mid(lineAt, commentAt - lineAt).trimmed().isEmpty();
        }
        if (!wellFormed) {
            return refuse(
                QStringLiteral("export.wpconfig_broken_block"),
                Export::tr("The file has a damaged Postino block: its \"%1\" and \"%2\" lines do not "
                           "pair up. Nothing was changed.")
                    .arg(wpConfigBlockBegin(), wpConfigBlockEnd()),
                Export::tr("Remove the old Postino lines by hand, then try again."));
        }
        blockStart = lineStartOf(original, tokens.at(begins.first()).begin);
        blockEnd = lineEndOf(original, tokens.at(ends.first()).end);
    }

    // WPMS_* constants defined outside Postino's block.
    QStringList existing;
    QList<int> existingLines;
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        const Token& t = tokens.at(k);
        if (blockStart >= 0 && t.begin >= blockStart && t.end <= blockEnd) {
            continue;
        }
        QByteArray name;
        if (isKeyword(t, "define")) {
            const qsizetype paren = nextSignificant(tokens, k + 1);
            const qsizetype arg =
                paren >= 0 && isPunct(tokens.at(paren), '(') ? nextSignificant(tokens, paren + 1) : -1;
            if (arg >= 0 && tokens.at(arg).type == Tok::String) {
                name = tokens.at(arg).value;
            }
        } else if (isKeyword(t, "const")) {
            const qsizetype id = nextSignificant(tokens, k + 1);
            if (id >= 0 && tokens.at(id).type == Tok::Identifier) {
                name = tokens.at(id).value;
            }
        }
        if (name.startsWith("WPMS_")) {
            existing.append(QString::fromUtf8(name));
            existingLines.append(lineNumber(original, t.begin));
        }
    }
    if (!existing.isEmpty()) {
        QStringList where;
        for (qsizetype k = 0; k < existing.size(); ++k) {
            where.append(Export::tr("%1 (line %2)").arg(existing.at(k)).arg(existingLines.at(k)));
        }
        return refuse(QStringLiteral("export.wpconfig_existing_constants"),
                      Export::tr("The file already sets WP Mail SMTP constants outside Postino's block: %1. "
                                 "Adding Postino's block would define them twice. Nothing was changed.")
                          .arg(where.join(QStringLiteral(", "))),
                      Export::tr("Delete or comment out those lines, then try again."));
    }

    // Keep the file's line endings: CRLF when most lines end that way.
    const qsizetype crlfCount = original.count("\r\n");
    const bool crlf = crlfCount > 0 && crlfCount >= original.count('\n') - crlfCount;
    const QByteArray newBlock = prepareBlock(block, crlf);

    if (blockStart >= 0) {
        out.content = original.left(blockStart) + newBlock + original.mid(blockEnd);
        out.replacedEarlierBlock = true;
        out.ok = true;
        out.findings.append(Finding{QStringLiteral("export.wpconfig_patched"), Severity::Ok, kSubject,
                                    Export::tr("Postino's earlier block was replaced by the new settings.")});
        return out;
    }

    qsizetype insertAt = -1;
    bool beforeStopEditing = false;
    const QRegularExpression stopEditing(QStringLiteral("that['\\x{2019}]s all|stop editing!"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (qsizetype k = 0; k < tokens.size() && k < requireToken; ++k) {
        const Token& t = tokens.at(k);
        if ((t.type == Tok::BlockComment || t.type == Tok::LineComment) &&
            stopEditing.match(QString::fromUtf8(original.mid(t.begin, t.end - t.begin))).hasMatch()) {
            const qsizetype pos = lineStartOf(original, t.begin);
            if (isSafeInsertionPoint(tokens, analysis, pos)) {
                insertAt = pos;
                beforeStopEditing = true;
                break;
            }
        }
    }
    if (insertAt < 0) {
        const qsizetype pos = lineStartOf(original, tokens.at(requireToken).begin);
        if (isSafeInsertionPoint(tokens, analysis, pos)) {
            insertAt = pos;
        }
    }
    if (insertAt < 0) {
        return refuse(
            QStringLiteral("export.wpconfig_no_place"),
            Export::tr("Postino found no line at the top level of the file, before wp-settings.php is "
                       "loaded, where the settings can safely go. Nothing was changed."),
            Export::tr("Paste the block by hand just above the line that loads wp-settings.php."));
    }
    out.content = original.left(insertAt) + newBlock + original.mid(insertAt);
    out.ok = true;
    out.findings.append(Finding{
        QStringLiteral("export.wpconfig_patched"), Severity::Ok, kSubject,
        beforeStopEditing
            ? Export::tr("The settings were added above the \"That's all, stop editing!\" line (line %1).")
                  .arg(lineNumber(original, insertAt))
            : Export::tr("The settings were added above the line that loads wp-settings.php (line %1).")
                  .arg(lineNumber(original, insertAt))});
    return out;
}

} // namespace postino
