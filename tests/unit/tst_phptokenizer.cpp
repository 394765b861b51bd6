#include "export/wpconfig.h"
#include "import/import.h"
#include "php/phptokenizer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;
using php::TokenKind;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The tokens PHP's parser would see, one "kind:text" each; the tokenizer's error, if any, last.
QStringList significant(const QByteArray& source, php::StartIn start = php::StartIn::Html)
{
    static const char* const names[] = {"End",         "InlineHtml",   "OpenTag", "CloseTag", "Whitespace",
                                        "LineComment", "BlockComment", "String",  "Backtick", "Heredoc",
                                        "Identifier",  "Variable",     "Number",  "Punct"};
    QStringList out;
    php::Tokenizer tokenizer(source, start);
    for (php::Token t = tokenizer.next(); t.kind != TokenKind::End; t = tokenizer.next()) {
        if (t.isTrivia()) {
            continue;
        }
        QString text = t.kind == TokenKind::Punct ? QString(QChar::fromLatin1(t.punct))
                       : t.kind == TokenKind::String || t.kind == TokenKind::Identifier ||
                               t.kind == TokenKind::Variable || t.kind == TokenKind::Number
                           ? QString::fromUtf8(t.text)
                           : QString::fromUtf8(source.mid(t.begin, t.end - t.begin));
        out.append(QStringLiteral("%1:%2").arg(QLatin1String(names[int(t.kind)]), text));
    }
    if (tokenizer.failed()) {
        out.append(QStringLiteral("error@%1").arg(tokenizer.error().line));
    }
    return out;
}

// A wp-config.php around `fragment`, loading a wp-settings.php next to it.
QByteArray wpConfig(const QByteArray& fragment)
{
    return "<?php\ndefine( 'ABSPATH', __DIR__ . '/' );\n" + fragment +
           "\n/* That's all, stop editing! Happy publishing. */\nrequire_once ABSPATH . 'wp-settings.php';\n";
}

} // namespace

class TestPhpTokenizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsDecodeAsPhpDoes()
    {
        QCOMPARE(significant("<?php 'it\\'s \\\\ \\n';"),
                 (QStringList{s("OpenTag:<?php "), s("String:it's \\ \\n"), s("Punct:;")}));
        const QStringList dq = significant("<?php \"a\\x41\\u{e8}\\101\\$x \\q\"; \"$name\"; `ls`;");
        QCOMPARE(dq.at(1), s("String:aA\u00e8A$x \\q"));
        QCOMPARE(dq.at(3), s("String:$name"));
        QCOMPARE(dq.at(5), s("Backtick:`ls`"));
        php::Tokenizer t("<?php \"{$a}\" '$a'", php::StartIn::Html);
        t.next();
        QVERIFY(t.next().interpolated);
        t.next();
        QVERIFY(!t.next().interpolated); // single quotes never interpolate
    }

    void heredocAndNowdocHideWhatTheyHold()
    {
        QCOMPARE(significant("<?php $a = <<<EOT\ndefine('X', 1); // it's\nEOTX\n  EOT;\ndefine"),
                 (QStringList{s("OpenTag:<?php "), s("Variable:$a"), s("Punct:="),
                              s("Heredoc:<<<EOT\ndefine('X', 1); // it's\nEOTX\n  EOT"), s("Punct:;"),
                              s("Identifier:define")}));
        QCOMPARE(significant("<?php <<<'N'\r\n'\r\nN;"),
                 (QStringList{s("OpenTag:<?php "), s("Heredoc:<<<'N'\r\n'\r\nN"), s("Punct:;")}));
        // "<<<" without an identifier and a line break starts no heredoc.
        QCOMPARE(significant("<?php 1 <<< 2;"),
                 (QStringList{s("OpenTag:<?php "), s("Number:1"), s("Punct:<"), s("Punct:<"), s("Punct:<"),
                              s("Number:2"), s("Punct:;")}));
    }

    void commentsAndAttributes()
    {
        QCOMPARE(
            significant("<?php // it's \"x\"\n# don't\n/* it's */ a; #[Attr] b;"),
            (QStringList{s("OpenTag:<?php "), s("Identifier:a"), s("Punct:;"), s("Punct:#"), s("Punct:["),
                         s("Identifier:Attr"), s("Punct:]"), s("Identifier:b"), s("Punct:;")}));
        // A line comment ends at "?>" and before a carriage return; "?>" takes one line break with it.
        php::Tokenizer t("<?php // x ?>\r\nhtml <?php #y\r\n\\define", php::StartIn::Html);
        QCOMPARE(t.next().kind, TokenKind::OpenTag);
        const php::Token comment = t.next();
        QCOMPARE(comment.kind, TokenKind::LineComment);
        QCOMPARE(comment.end - comment.begin, 5);
        const php::Token close = t.next();
        QCOMPARE(close.kind, TokenKind::CloseTag);
        QCOMPARE(close.end - close.begin, 4);
        QCOMPARE(t.next().kind, TokenKind::InlineHtml);
        QCOMPARE(t.next().kind, TokenKind::OpenTag);
        const php::Token hash = t.next();
        QCOMPARE(hash.kind, TokenKind::LineComment);
        QCOMPARE(hash.end - hash.begin, 2);
        t.next(); // CRLF
        const php::Token define = t.next();
        QVERIFY(define.isWord("define")); // "\define" is the global define()
        QCOMPARE(define.line, 3);
    }

    void whereCodeStarts()
    {
        QCOMPARE(significant("define('A', 1);", php::StartIn::CodeUnlessOpenTagged).first(),
                 s("Identifier:define"));
        QCOMPARE(significant("define('A', 1);", php::StartIn::Html),
                 QStringList{s("InlineHtml:define('A', 1);")});
        php::Tokenizer bom("\xEF\xBB\xBF<?php a;", php::StartIn::CodeUnlessOpenTagged);
        const php::Token mark = bom.next(); // a byte order mark is text before the opening tag
        QCOMPARE(mark.kind, TokenKind::InlineHtml);
        QCOMPARE(mark.end, qsizetype(3));
        QCOMPARE(significant("<?phpx <?= a;").first(), s("InlineHtml:<?phpx "));
        // Latin-1 bytes are text to the tokenizer (an identifier byte outside strings).
        QCOMPARE(significant("<?php 'Caff\xe8';").at(1).toLatin1(), QByteArray("String:Caff?"));
    }

    void unterminatedConstructsSayWhere()
    {
        QCOMPARE(significant("<?php\n\n/* open").last(), s("error@3"));
        QCOMPARE(significant("<?php\n$a = <<<EOT\nno end\n").last(), s("error@2"));
        php::Tokenizer t("<?php\n'one\ntwo';\n'three;\n", php::StartIn::Html);
        while (t.next().kind != TokenKind::End) {
        }
        QCOMPARE(t.error().kind, php::TokenizeError::Kind::UnclosedString);
        QCOMPARE(t.error().line, 4);
        QCOMPARE(t.error().lastMultilineString, 2); // the quote is probably missing there
        QCOMPARE(t.error().at, qsizetype(17));
    }

    // The reader (import), the patcher (export) and PHP itself agree on whether WPMS_MAILER is defined.
    void readerPatcherAndPhpAgree_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("defined");
        const QByteArray define = "define( 'WPMS_MAILER', 'sendgrid' );";
        QTest::newRow("heredoc holding define(") << wpConfig("$note = <<<EOT\n" + define + "\nEOT;") << false;
        QTest::newRow("nowdoc holding define(")
            << wpConfig("$note = <<<'EOT'\n  " + define + "\n  EOT;") << false;
        QTest::newRow("heredoc then define")
            << wpConfig("$a = <<<EOT\nEOTX goes on\nEOT;\n" + define) << true;
        QTest::newRow("comments holding quotes")
            << wpConfig("// it's off: define( 'WPMS_MAILER', 'smtp' );\n# don't \"quote\"\n/* it's */ " +
                        define)
            << true;
        QTest::newRow("commented out")
            << wpConfig("/* " + define + " */\n# " + define + "\n// " + define) << false;
        QTest::newRow("string holding define(")
            << wpConfig("$s = 'define( \\'WPMS_MAILER\\', \\'x\\' );';\n$d = \"define( 'WPMS_MAILER', 'x' ); "
                        "\\\"\";")
            << false;
        QTest::newRow("#[ attribute, then define")
            << wpConfig("#[Attribute] class PostinoMarker {} " + define) << true;
        QTest::newRow("escaped name") << wpConfig("define( \"WPMS\\x5fMAILER\", 'sendgrid' );") << true;
        QTest::newRow("namespaced define") << wpConfig("\\" + define) << true;
        QTest::newRow("?> ends a line comment") << wpConfig("// off ?>\n<?php " + define) << true;
        QTest::newRow("inline HTML holding define(") << wpConfig("?>\n" + define + "\n<?php") << false;
        QByteArray crlf = wpConfig("// note\n" + define);
        QTest::newRow("CRLF") << crlf.replace("\n", "\r\n") << true;
        QTest::newRow("BOM") << "\xEF\xBB\xBF" + wpConfig(define) << true;
        QTest::newRow("Latin-1") << wpConfig("define( 'WPMS_MAIL_FROM_NAME', 'Caff\xe8' ); " + define)
                                 << true;
    }
    void readerPatcherAndPhpAgree()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, defined);

        const ImportResult read = importData(file, s("wp-config.php"));
        QCOMPARE(read.ok && read.profile.mailerId() == s("sendgrid"), defined);

        const WpConfigPatch patch = patchWpConfig(file, s("define( 'WPMS_ON', true );\n"));
        QCOMPARE(findById(patch.findings, s("export.wpconfig_existing_constants")) != nullptr, defined);
        QCOMPARE(patch.ok, !defined);

        const QString php = QStandardPaths::findExecutable(s("php"));
        if (php.isEmpty()) {
            QFAIL("php is missing: install php-cli (scripts/install-deps.sh --test)");
        }
        QTemporaryDir dir;
        QFile config(dir.filePath(s("wp-config.php")));
        QVERIFY(config.open(QIODevice::WriteOnly) && config.write(file) == file.size());
        config.close();
        QFile settings(dir.filePath(s("wp-settings.php")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("<?php echo defined('WPMS_MAILER') ? '[yes]' : '[no]';\n");
        settings.close();
        QProcess run;
        run.start(php, {config.fileName()});
        QVERIFY(run.waitForFinished(30000));
        const QByteArray out = run.readAllStandardOutput();
        QVERIFY2(run.exitCode() == 0, QByteArray(out + run.readAllStandardError()).constData());
        QVERIFY2(out.endsWith(defined ? "[yes]" : "[no]"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestPhpTokenizer)
#include "tst_phptokenizer.moc"
