#include "catalog/catalog.h"
#include "cli/cli.h"
#include "cli/registry.h"
#include "clirun.h"
#include "isolatedhome.h"
#include "sampleprofile.h"
#include "sourceversion.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = test::CliRun;
    static Run run(const QStringList& args) { return test::runCli(args); }

    // The option names a help text lists under "Options:", aliases included: "--selector, --dkim-selector".
    static QSet<QString> listedOptions(const QString& help)
    {
        QSet<QString> names;
        bool inOptions = false;
        static const QRegularExpression longName(QStringLiteral("--[a-z0-9-]+"));
        for (const QString& line : help.split(QLatin1Char('\n'))) {
            if (line == QLatin1String("Options:")) {
                inOptions = true;
            } else if (inOptions && line.isEmpty()) {
                break;
            } else if (inOptions && line.startsWith(QLatin1String("  -"))) {
                const QString column = line.trimmed().section(QStringLiteral("  "), 0, 0);
                for (const auto& match : longName.globalMatch(column)) {
                    names.insert(match.captured());
                }
            }
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolateHome(); // "import" saves the profile: never the user's own
        qunsetenv("POSTINO_PASSWORD");
        qunsetenv("POSTINO_API_KEY");
    }

    void mailersAsJson()
    {
        const Run r = run({QStringLiteral("mailers"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        // Every mailer of the catalog, in its order, and nothing else.
        QStringList listed;
        for (const QJsonValue& m : r.json().value(QStringLiteral("mailers")).toArray()) {
            listed << m.toObject().value(QStringLiteral("id")).toString();
        }
        QStringList known;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            known << m.id;
        }
        QCOMPARE(listed, known);
        QCOMPARE(r.json().value(QStringLiteral("ok")).toBool(), true);
    }

    // What a user pastes into a bug report: the program, its version and the commit it was built from.
    void versionNamesTheSourceRevision()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        const auto match =
            QRegularExpression(QStringLiteral(R"(^(\S+) ([0-9.]+) \(revision (\S+)\)\n$)")).match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        QCOMPARE(match.captured(1), QCoreApplication::applicationName());
        QCOMPARE(match.captured(2), test::projectVersion());
        const QString problem = test::revisionProblem(match.captured(3));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // `postino-cli COMMAND --help` prints that command's usage and exactly the options it takes (plus
    // --help and --lang, which every command takes), not the whole program's.
    // What each command takes, by hand: the contract of the command line.
    static QList<QPair<QString, QString>> optionsByCommand()
    {
#define PROFILE "profile mailer set "
#define SMTP "host port encryption no-auto-tls trust-cert user no-auth "
#define MAILBOX "imap imap-user imap-security imap-delete wait "
#define OUTPUT "json report"
        static const char* const table[][2] = {
            {"mailers", "json"},
            {"validate", PROFILE SMTP "from from-name " OUTPUT},
            {"smtp check", "profile set " SMTP "secrets-file ca-file timeout verbose " OUTPUT},
            {"smtp send",
             "profile set " SMTP "from from-name to secrets-file ca-file timeout confirm " MAILBOX
             "verbose " OUTPUT},
            {"send", PROFILE SMTP "from from-name to secrets-file ca-file api-base timeout confirm " MAILBOX
                                  "verbose " OUTPUT},
            {"check-credentials", PROFILE SMTP "secrets-file ca-file api-base timeout verbose " OUTPUT},
            {"export", "format include-secrets out insert allow-placeholders " PROFILE SMTP
                       "from from-name secrets-file " OUTPUT},
            {"import", OUTPUT},
            {"probe", "write-php php-result " PROFILE "host port encryption ca-file timeout " OUTPUT},
            {"dns", "authoritative selector dkim-selector return-path site ca-file " PROFILE
                    "from timeout nameserver ip " OUTPUT},
            {"discover", "site no-probe " PROFILE "from ca-file timeout nameserver " OUTPUT},
            {"spf", "sender helo ip nameserver timeout " OUTPUT},
            {"alert test", "channel set allow-local-targets profile mailer " SMTP
                           "from from-name secrets-file ca-file api-base timeout verbose " OUTPUT},
            {"verify-delivery", "message-id run-id " PROFILE
                                "from to secrets-file ca-file api-base timeout " MAILBOX "verbose " OUTPUT},
            {"oauth sign-in",
             "no-browser wait " PROFILE "secrets-file ca-file api-base timeout verbose " OUTPUT},
            {"oauth sign-out", PROFILE "secrets-file ca-file api-base timeout verbose " OUTPUT},
        };
#undef PROFILE
#undef SMTP
#undef MAILBOX
#undef OUTPUT
        QList<QPair<QString, QString>> rows;
        for (const auto& row : table) {
            rows.append({QString::fromLatin1(row[0]), QString::fromLatin1(row[1])});
        }
        return rows;
    }

    void commandHelpListsItsOwnOptions_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("options");
        for (const auto& [command, options] : optionsByCommand()) {
            QTest::newRow(qPrintable(command)) << command << options;
        }
    }
    void commandHelpListsItsOwnOptions()
    {
        QFETCH(QString, command);
        QFETCH(QString, options);
        const Run r = run(command.split(u' ') + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Usage: postino-cli ") + command + QStringLiteral(" [options]")),
            qPrintable(r.out));
        QSet<QString> expected{QStringLiteral("--help"), QStringLiteral("--help-all"),
                               QStringLiteral("--lang")};
        for (const QString& name : options.split(u' ', Qt::SkipEmptyParts)) {
            expected.insert(QStringLiteral("--") + name);
        }
        const QSet<QString> listed = listedOptions(r.out);
        QVERIFY2(listed == expected,
                 qPrintable(QStringLiteral("not expected: %1; missing: %2")
                                .arg(QStringList((listed - expected).values()).join(u' '),
                                     QStringList((expected - listed).values()).join(u' '))));
    }

    // Every registered command has its own help and is in the table above; a new command without
    // its own row fails here.
    void everyRegisteredCommandHasItsOwnHelp()
    {
        QStringList tabled;
        for (const auto& row : optionsByCommand()) {
            tabled << row.first;
        }
        const CommandRegistry registry;
        QStringList registered;
        for (const auto& command : registry.commands()) {
            registered << command->name();
            const Run r = run(command->words() + QStringList{QStringLiteral("--help")});
            QCOMPARE(r.code, 0);
            QVERIFY2(r.out.startsWith(QStringLiteral("Usage: postino-cli ") + command->name()),
                     qPrintable(r.out));
            QVERIFY2(r.out.contains(command->summary().section(u' ', 0, 3)), qPrintable(r.out));
        }
        registered.sort();
        tabled.sort();
        QCOMPARE(registered, tabled);
    }

    // A command refuses an option it does not take, naming the option and where to look, instead of
    // ignoring it.
    void optionOfAnotherCommandIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::newRow("dns --insert")
            << QStringList{QStringLiteral("dns"), QStringLiteral("--insert"), QStringLiteral("wp-config.php")}
            << QStringLiteral("--insert");
        QTest::newRow("mailers --insert")
            << QStringList{QStringLiteral("mailers"), QStringLiteral("--insert"),
                           QStringLiteral("wp-config.php"), QStringLiteral("--json")}
            << QStringLiteral("--insert");
        QTest::newRow("validate --format") << QStringList{QStringLiteral("validate"),
                                                          QStringLiteral("--mailer"),
                                                          QStringLiteral("smtp"),
                                                          QStringLiteral("--host"),
                                                          QStringLiteral("smtp.example.com"),
                                                          QStringLiteral("--format"),
                                                          QStringLiteral("wp-config")}
                                           << QStringLiteral("--format");
        QTest::newRow("import --to") << QStringList{QStringLiteral("import"),
                                                    QStringLiteral(
                                                        POSTINO_SOURCE_DIR
                                                        "/tests/unit/import-fixtures/wpconfig-mailgun.php"),
                                                    QStringLiteral("--to"), QStringLiteral("you@example.org")}
                                     << QStringLiteral("--to");
        QTest::newRow("smtp check --mailer")
            << QStringList{QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--mailer"),
                           QStringLiteral("sendgrid")}
            << QStringLiteral("--mailer");
    }
    void optionOfAnotherCommandIsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(option), qPrintable(r.err));
        // Where to look: the command's own help ("smtp check" is two words).
        const QString command =
            args.first() == QLatin1String("smtp") ? args.mid(0, 2).join(u' ') : args.first();
        QVERIFY2(r.err.contains(QStringLiteral("postino-cli %1 --help").arg(command)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    // `postino-cli --help` lists every registered command with its summary, and only the options
    // that are not a command's: those are in each command's own --help.
    void topLevelHelpListsEveryCommand()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        const CommandRegistry registry;
        QCOMPARE(registry.commands().size(), std::size_t(16));
        const QStringList lines = r.out.split(u'\n');
        for (const auto& command : registry.commands()) {
            const QString start = QStringLiteral("  ") + command->synopsis() + QStringLiteral("  ");
            const auto row = std::find_if(lines.begin(), lines.end(),
                                          [&start](const QString& line) { return line.startsWith(start); });
            QVERIFY2(row != lines.end(), qPrintable(command->name()));
            QVERIFY2(row->contains(command->summary().section(u' ', 0, 2)), qPrintable(*row));
        }
        QCOMPARE(listedOptions(r.out),
                 (QSet<QString>{QStringLiteral("--help"), QStringLiteral("--help-all"),
                                QStringLiteral("--version"), QStringLiteral("--lang")}));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("bad encryption")
            << QStringList{QStringLiteral("smtp"), QStringLiteral("send"), QStringLiteral("--encryption"),
                           QStringLiteral("starttls")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("smtp"), QStringLiteral("send"),
                                                 QStringLiteral("--port"), QStringLiteral("99999")};
        QTest::newRow("missing profile")
            << QStringList{QStringLiteral("validate"), QStringLiteral("--profile"),
                           QStringLiteral("/nonexistent/profile.json")};
        QTest::newRow("unknown mailer")
            << QStringList{QStringLiteral("send"), QStringLiteral("--mailer"), QStringLiteral("pigeon")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("send"), QStringLiteral("--password=x")};
    }
    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty() || !r.out.isEmpty());
    }

    void brokenProfileIsAUsageError()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("p.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const Run r = run({QStringLiteral("validate"), QStringLiteral("--profile"), f.fileName()});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("JSON")));
    }

    void missingPasswordIsAFinding()
    {
        const Run r =
            run({QStringLiteral("smtp"), QStringLiteral("send"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--user"), QStringLiteral("me"),
                 QStringLiteral("--from"), QStringLiteral("me@example.com"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.ids().contains(QStringLiteral("profile.required")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("POSTINO_PASSWORD=")));
    }

    // Without --user, `smtp check` and `smtp send` say the server needs a login, and how to give
    // one, or --no-auth when it needs none.
    void missingLoginIsExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList{QStringLiteral("smtp"), QStringLiteral("check")};
        QTest::newRow("send") << QStringList{QStringLiteral("smtp"),   QStringLiteral("send"),
                                             QStringLiteral("--from"), QStringLiteral("me@example.com"),
                                             QStringLiteral("--to"),   QStringLiteral("you@example.org")};
    }

    void missingLoginIsExplained()
    {
        QFETCH(QStringList, args);
        qputenv("POSTINO_PASSWORD", "pw");
        const Run r = run(args + QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                             QStringLiteral("--json")});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(r.code, 1);
        QJsonObject login;
        for (const QJsonValue& v : r.json().value(QStringLiteral("findings")).toArray()) {
            if (v.toObject().value(QStringLiteral("subject")).toString() == QLatin1String("smtp.user"))
                login = v.toObject();
        }
        QVERIFY2(!login.isEmpty(), qPrintable(r.out));
        QCOMPARE(login.value(QStringLiteral("id")).toString(), QStringLiteral("profile.required"));
        const QJsonObject advice = login.value(QStringLiteral("advice")).toObject();
        QVERIFY(!advice.value(QStringLiteral("title")).toString().isEmpty());
        const QString steps = advice.value(QStringLiteral("steps")).toVariant().toStringList().join(u' ');
        QVERIFY2(steps.contains(QLatin1String("--user")) && steps.contains(QLatin1String("--no-auth")),
                 qPrintable(steps));
    }

    // Every warning and error a probe reports says what to do: each kind of port that failed,
    // and the recommendation.
    void everyProbeProblemCarriesAdvice()
    {
        QTemporaryDir dir;
        QFile result(dir.filePath(QStringLiteral("result.json")));
        QVERIFY(result.open(QIODevice::WriteOnly));
        result.write(R"({"host": "smtp.example.com", "ports": [
            {"port": 25, "security": "starttls", "outcome": "blocked"},
            {"port": 2525, "security": "starttls", "outcome": "refused"},
            {"port": 587, "security": "starttls", "outcome": "tls_problem"},
            {"port": 465, "security": "ssl", "outcome": "intercepted"},
            {"port": 2526, "security": "starttls", "outcome": "not_smtp"},
            {"port": 2527, "security": "starttls", "outcome": "not_tested"}]})");
        result.close();
        const Run r = run({QStringLiteral("probe"), QStringLiteral("--php-result"), result.fileName(),
                           QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QStringList ids;
        for (const QJsonValue& v : r.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            const QString severity = f.value(QStringLiteral("severity")).toString();
            if (severity != QLatin1String("warning") && severity != QLatin1String("error"))
                continue;
            ids << f.value(QStringLiteral("id")).toString();
            const QJsonObject advice = f.value(QStringLiteral("advice")).toObject();
            QVERIFY2(!advice.value(QStringLiteral("title")).toString().isEmpty(), qPrintable(ids.last()));
            QVERIFY2(!advice.value(QStringLiteral("steps")).toArray().isEmpty(), qPrintable(ids.last()));
        }
        QVERIFY2(ids.contains(QStringLiteral("probe.port_refused")), qPrintable(ids.join(u' ')));
        QCOMPARE(ids.size(), 7); // six ports and the recommendation
    }

    void oauthMailerNeedsSignIn()
    {
        qputenv("POSTINO_SECRET_GMAIL_CLIENT_SECRET", "not-a-real-secret");
        const Run r =
            run({QStringLiteral("send"), QStringLiteral("--mailer"), QStringLiteral("gmail"),
                 QStringLiteral("--set"), QStringLiteral("client_id=abc.apps.googleusercontent.com"),
                 QStringLiteral("--from"), QStringLiteral("me@example.com"), QStringLiteral("--json")});
        qunsetenv("POSTINO_SECRET_GMAIL_CLIENT_SECRET");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.ids(), QStringList{QStringLiteral("oauth.not_signed_in")});
        QVERIFY(!r.out.contains(QLatin1String("not-a-real-secret")));
    }

    void secretsAreRefusedOnTheCommandLine()
    {
        const Run r = run({QStringLiteral("send"), QStringLiteral("--mailer"), QStringLiteral("sendgrid"),
                           QStringLiteral("--set"), QStringLiteral("api_key=SG.abc")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("POSTINO_SECRET_SENDGRID_API_KEY")));
    }

    void refusedPortIsExplained()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close(); // now nothing listens there
        qputenv("POSTINO_PASSWORD", "pw");
        const Run r = run({QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--host"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                           QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--json")});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.ids(), QStringList{QStringLiteral("smtp.connection_refused")});
        const QJsonObject finding = r.json().value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(!finding.value(QStringLiteral("advice"))
                     .toObject()
                     .value(QStringLiteral("steps"))
                     .toArray()
                     .isEmpty());
    }

    // Text output says what the wizard's summary line says, above the findings: the same words from the
    // same data.
    void textOutputHasTheSummaryLine()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close(); // now nothing listens there
        qputenv("POSTINO_PASSWORD", "pw");
        const QStringList args{QStringLiteral("smtp"),   QStringLiteral("check"),
                               QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"), QString::number(port),
                               QStringLiteral("--user"), QStringLiteral("me")};
        const Run text = run(args);
        const Run json = run(args + QStringList{QStringLiteral("--json")});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(text.code, 1);
        Findings findings;
        for (const QJsonValue& v : json.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = v.toObject();
            findings << Finding{Severity::Error,
                                {.id = o.value(QStringLiteral("id")).toString()},
                                {QStringLiteral("title"), {QStringLiteral("step")}}};
        }
        QCOMPARE(findings.size(), 1);
        const QString summary = findingsSummary(findings);
        QVERIFY(summary.startsWith(QLatin1String("1 thing")));
        const QStringList lines = text.out.split(u'\n');
        const qsizetype at = lines.indexOf(summary);
        QVERIFY2(at >= 0, qPrintable(text.out));
        QVERIFY2(at + 1 < lines.size() && lines.at(at + 1).startsWith(QLatin1String("[Error]")),
                 qPrintable(text.out));
    }

    void reportIsWrittenWithoutSecrets()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const quint16 port = server.serverPort();
        server.close();
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.txt"));
        qputenv("POSTINO_PASSWORD", "very-secret-pw");
        const Run r =
            run({QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(port),
                 QStringLiteral("--user"), QStringLiteral("me"), QStringLiteral("--report"), report});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(r.code, 1);
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("smtp.connection_refused") || text.contains("refused"));
        QVERIFY(text.contains("Connecting to 127.0.0.1"));
        QVERIFY(!text.contains("very-secret-pw"));
    }

    void trustCertNeedsAFingerprint()
    {
        const Run r = run({QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--trust-cert"),
                           QStringLiteral("yes")});
        QCOMPARE(r.code, 2);
    }

    void exportWritesEachFormat()
    {
        const QStringList base{QStringLiteral("export"),           QStringLiteral("--host"),
                               QStringLiteral("smtp.example.com"), QStringLiteral("--user"),
                               QStringLiteral("me@example.com"),   QStringLiteral("--from"),
                               QStringLiteral("me@example.com")};
        Run r = run(base + QStringList{QStringLiteral("--mailer"), QStringLiteral("smtp"),
                                       QStringLiteral("--format"), QStringLiteral("wp-config")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("define( 'WPMS_SMTP_HOST', 'smtp.example.com' );")));
        QVERIFY(r.err.contains(QLatin1String("PUT-YOUR")) || r.out.contains(QLatin1String("PUT-YOUR")));
        r = run(base + QStringList{QStringLiteral("--format"), QStringLiteral("nonsense")});
        QCOMPARE(r.code, 2);

        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("msmtprc"));
        qputenv("POSTINO_PASSWORD", "pw with spaces");
        r = run(base + QStringList{QStringLiteral("--mailer"), QStringLiteral("smtp"),
                                   QStringLiteral("--format"), QStringLiteral("msmtp"),
                                   QStringLiteral("--include-secrets"), QStringLiteral("--out"), out,
                                   QStringLiteral("--json")});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("containsSecrets")).toBool(), true);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("pw with spaces"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions{});
    }

    // A profile value of the wrong type is named on stderr; the export still runs with the default.
    void profileWithWrongTypeNamesTheKey()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile.json"));
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "postino-profile", "version": 1, "mailer": "smtp",
                       "mailers": {"smtp": {"host": "smtp.example.com", "auth": false}},
                       "sender": {"fromEmail": "me@example.com", "forceFromEmail": "false"}})");
        file.close();
        const Run r = run({QStringLiteral("export"), QStringLiteral("--profile"), profile,
                           QStringLiteral("--format"), QStringLiteral("wp-config")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("sender.forceFromEmail")), qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("define( 'WPMS_MAIL_FROM_FORCE', true );")));
    }

    // The CLI's export with secrets has every alert secret: from the environment, and from an older profile
    // that still holds a topic in plain. Without --include-secrets, none of them.
    void exportIncludesAlertSecretsOnlyWhenAsked()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile.json"));
        const QJsonObject json = test::alertsProfileJson(
            {test::alertChannelJson(QStringLiteral("slack")),
             test::alertChannelJson(QStringLiteral("webhook")),
             test::alertChannelJson(QStringLiteral("ntfy"),
                                    {{QStringLiteral("topic"), QStringLiteral("topic-in-old-file")}})});
        QFile file(profile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        file.close();
        qputenv("POSTINO_SECRET_ALERT_SLACK_URL", "https://hooks.slack.com/services/T0/B0/cli-slack-token");
        qputenv("POSTINO_SECRET_ALERT_WEBHOOK_URL", "https://monitor.example.com/cli-hook-token");
        const QStringList args{QStringLiteral("export"), QStringLiteral("--profile"), profile,
                               QStringLiteral("--format"), QStringLiteral("alerts")};
        const Run with = run(args + QStringList{QStringLiteral("--include-secrets")});
        const Run without = run(args);
        qunsetenv("POSTINO_SECRET_ALERT_SLACK_URL");
        qunsetenv("POSTINO_SECRET_ALERT_WEBHOOK_URL");
        QCOMPARE(with.code, 0);
        for (const char* secret : {"cli-slack-token", "cli-hook-token", "topic-in-old-file"}) {
            QVERIFY2(with.out.contains(QLatin1String(secret)), qPrintable(with.out));
            QVERIFY2(!without.out.contains(QLatin1String(secret)), qPrintable(without.out));
        }
    }

    void importTakesOverAWpConfig()
    {
        Run r = run({QStringLiteral("import"),
                     QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/import-fixtures/wpconfig-mailgun.php"),
                     QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("imported")).toBool(), true);
        QVERIFY(r.ids().contains(QStringLiteral("import.done")));
        r = run(
            {QStringLiteral("import"),
             QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/import-fixtures/wpconfig-unbalanced-quote.php"),
             QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.ids().contains(QStringLiteral("import.syntax")));
    }

    void phpProbeRoundTrip()
    {
        QTemporaryDir dir;
        Run r = run({QStringLiteral("probe"), QStringLiteral("--host"), QStringLiteral("smtp.example.com"),
                     QStringLiteral("--write-php"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QString script = r.json().value(QStringLiteral("file")).toString();
        QVERIFY(QFileInfo(script).fileName().startsWith(QLatin1String("postino-probe-")));
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray php = file.readAll();
        QVERIFY(php.contains("smtp.example.com"));
        QVERIFY(!php.contains("$_GET") && !php.contains("$_REQUEST"));

        // What the script printed on a web server whose host blocks 25 and allows 465.
        QFile result(dir.filePath(QStringLiteral("result.json")));
        QVERIFY(result.open(QIODevice::WriteOnly));
        result.write(R"({"host": "smtp.example.com", "ports": [
            {"port": 25, "security": "starttls", "outcome": "blocked"},
            {"port": 465, "security": "ssl", "outcome": "usable", "greeting": "220 smtp.example.com ESMTP",
             "auth": "PLAIN LOGIN"}]})");
        result.close();
        r = run({QStringLiteral("probe"), QStringLiteral("--php-result"), result.fileName(),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(
            r.json().value(QStringLiteral("recommendation")).toObject().value(QStringLiteral("port")).toInt(),
            465);
        r = run({QStringLiteral("probe"), QStringLiteral("--php-result"), script});
        QCOMPARE(r.code, 2); // a PHP file is not a result
    }

    void silentServerTimesOut()
    {
        // A server that accepts but never greets: the greeting timeout must end the session.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        qputenv("POSTINO_PASSWORD", "pw");
        const Run r =
            run({QStringLiteral("smtp"), QStringLiteral("check"), QStringLiteral("--host"),
                 QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.serverPort()),
                 QStringLiteral("--encryption"), QStringLiteral("none"), QStringLiteral("--port"),
                 QString::number(server.serverPort()), QStringLiteral("--user"), QStringLiteral("me"),
                 QStringLiteral("--timeout"), QStringLiteral("1"), QStringLiteral("--json")});
        qunsetenv("POSTINO_PASSWORD");
        QCOMPARE(r.code, 1);
        QCOMPARE(r.ids(), QStringList{QStringLiteral("smtp.no_response")});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
