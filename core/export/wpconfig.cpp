#include "wpconfig.h"

#include "php/phptokenizer.h"

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

using php::Token;
using php::TokenKind;

// The whole file as tokens: the patcher looks back and forth around each insertion point.
struct Lexed
{
    QList<Token> tokens;
    bool ok = true;
    qsizetype errorAt = -1; // where the unterminated string, comment or heredoc starts
};

Lexed lexPhp(QByteArrayView source, php::StartIn start)
{
    Lexed out;
    php::Tokenizer tokenizer(source, start);
    for (Token t = tokenizer.next(); t.kind != TokenKind::End; t = tokenizer.next()) {
        out.tokens.append(std::move(t));
    }
    if (tokenizer.failed()) {
        out.ok = false;
        out.errorAt = tokenizer.error().at;
    }
    return out;
}

qsizetype nextSignificant(const QList<Token>& tokens, qsizetype from)
{
    for (qsizetype k = from; k < tokens.size(); ++k) {
        if (!tokens.at(k).isTrivia()) {
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
        if (t.kind == TokenKind::OpenTag) {
            code = true;
            a.inCode.append(false);
        } else if (t.kind == TokenKind::CloseTag || t.kind == TokenKind::InlineHtml) {
            code = false;
            a.inCode.append(false);
        } else {
            a.inCode.append(code);
        }
        if (t.is('(') || t.is('[') || t.is('{')) {
            ++depth;
        } else if (t.is(')') || t.is(']') || t.is('}')) {
            if (--depth < 0 && a.firstUnmatched < 0) {
                a.firstUnmatched = k;
            }
        }
        if (!t.isTrivia()) {
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
    if (k < tokens.size() && tokens.at(k).begin < pos && tokens.at(k).kind != TokenKind::Whitespace) {
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
    const bool afterStatement = p.kind == TokenKind::OpenTag || p.is(';') || p.is('}');
    if (!afterStatement) {
        return false;
    }
    const qsizetype next = nextSignificant(tokens, k);
    if (next < 0) {
        return true;
    }
    const Token& nt = tokens.at(next);
    if (nt.kind == TokenKind::CloseTag) {
        return true;
    }
    if (p.is('}') && nt.kind != TokenKind::Identifier && nt.kind != TokenKind::Variable) {
        return false; // e.g. the end of a closure assigned to a variable: "};"
    }
    for (const char* word : {"else", "elseif", "catch", "finally", "while", "case", "default", "endif",
                             "endwhile", "endfor", "endforeach", "endswitch", "enddeclare"}) {
        if (nt.isWord(word)) {
            return false;
        }
    }
    return nt.kind == TokenKind::Identifier || nt.kind == TokenKind::Variable ||
           nt.kind == TokenKind::Punct || nt.kind == TokenKind::String || nt.kind == TokenKind::Backtick ||
           nt.kind == TokenKind::Number;
}

Finding refusal(const QString& id, const QString& detail, const QString& step)
{
    return Finding{Severity::Error,
                   {.id = id, .subject = kSubject, .detail = detail},
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

    const Lexed lexed = lexPhp(original, php::StartIn::Html);
    const QList<Token>& tokens = lexed.tokens;

    // The require of wp-settings.php is what makes a wp-config.php.
    qsizetype requireToken = -1;
    if (lexed.ok) {
        for (qsizetype k = 0; k < tokens.size() && requireToken < 0; ++k) {
            const Token& t = tokens.at(k);
            if (!(t.isWord("require") || t.isWord("require_once") || t.isWord("include") ||
                  t.isWord("include_once"))) {
                continue;
            }
            for (qsizetype j = k + 1; j < tokens.size() && !tokens.at(j).is(';'); ++j) {
                if (tokens.at(j).kind == TokenKind::String && tokens.at(j).text.contains("wp-settings.php")) {
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
        const Lexed blockLexed = lexPhp(block.toUtf8(), php::StartIn::Code);
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
        if (t.kind != TokenKind::LineComment) {
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
        if (t.isWord("define")) {
            const qsizetype paren = nextSignificant(tokens, k + 1);
            const qsizetype arg =
                paren >= 0 && tokens.at(paren).is('(') ? nextSignificant(tokens, paren + 1) : -1;
            if (arg >= 0 && tokens.at(arg).kind == TokenKind::String) {
                name = tokens.at(arg).text;
            }
        } else if (t.isWord("const")) {
            const qsizetype id = nextSignificant(tokens, k + 1);
            if (id >= 0 && tokens.at(id).kind == TokenKind::Identifier) {
                name = tokens.at(id).text;
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
        out.findings.append(
            Finding{Severity::Ok,
                    {.id = QStringLiteral("export.wpconfig_patched"),
                     .subject = kSubject,
                     .detail = Export::tr("Postino's earlier block was replaced by the new settings.")}});
        return out;
    }

    qsizetype insertAt = -1;
    bool beforeStopEditing = false;
    const QRegularExpression stopEditing(QStringLiteral("that['\\x{2019}]s all|stop editing!"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (qsizetype k = 0; k < tokens.size() && k < requireToken; ++k) {
        const Token& t = tokens.at(k);
        if ((t.kind == TokenKind::BlockComment || t.kind == TokenKind::LineComment) &&
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
        Severity::Ok,
        {.id = QStringLiteral("export.wpconfig_patched"),
         .subject = kSubject,
         .detail =
             beforeStopEditing
                 ? Export::tr(
                       "The settings were added above the \"That's all, stop editing!\" line (line %1).")
                       .arg(lineNumber(original, insertAt))
                 : Export::tr("The settings were added above the line that loads wp-settings.php (line %1).")
                       .arg(lineNumber(original, insertAt))}});
    return out;
}

} // namespace postino
