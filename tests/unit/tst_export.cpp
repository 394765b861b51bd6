#include "catalog/catalog.h"
#include "export/exporters.h"
#include "export/wpconfig.h"
#include "profile/profile.h"
#include "sampleprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

namespace {

// Every character that tends to break quoting: %, both quotes, backslash, $ (and ${VAR}), spaces,
// ':' and '#', and non-ASCII from the BMP and beyond.
const QString kNasty = QStringLiteral("p%41 a'b\"c\\d$e ${HOME} $PATH \\' #x:y \u00fc\u20ac\U0001F600 end");
const QString kNastyName = QStringLiteral("Caff\u00e8 \"Rossi\" & O'Brien \\ $x");

const QList<ExportFormat> kFormats{ExportFormat::WpConfig,       ExportFormat::WpOptionJson,
                                   ExportFormat::Msmtp,          ExportFormat::PostfixRelay,
                                   ExportFormat::LaravelEnv,     ExportFormat::SymfonyEnv,
                                   ExportFormat::PostinoProfile, ExportFormat::AlertsJson};

// A site with one channel of every kind (two Slack channels), alerts on.
Profile alertsProfile()
{
    Profile p;
    p.setMailerId(QStringLiteral("smtp"));
    p.setMailerSettings(QStringLiteral("smtp"),
                        {{QStringLiteral("host"), QStringLiteral("smtp.example.com")},
                         {QStringLiteral("user"), QStringLiteral("shop@example.com")}});
    p.sender().fromEmail = QStringLiteral("shop@example.com");
    p.features().alerts = true;
    const auto add = [&p](const QString& type, const QJsonObject& settings) {
        AlertChannel c;
        c.type = type;
        c.id = p.alerts().newChannelId(type);
        c.settings = settings;
        p.alerts().channels.append(c);
    };
    add(QStringLiteral("email"),
        {{QStringLiteral("to"), QStringLiteral("ops@example.com, o'brien@example.org")}});
    add(QStringLiteral("slack"), {});
    add(QStringLiteral("slack"), {});
    add(QStringLiteral("discord"), {});
    add(QStringLiteral("teams"), {});
    add(QStringLiteral("twilio"),
        {{QStringLiteral("account_sid"), QStringLiteral("AC0123456789abcdef0123456789abcdef")},
         {QStringLiteral("from"), QStringLiteral("+15005550006")},
         {QStringLiteral("to"), QStringLiteral("+393401234567")}});
    add(QStringLiteral("webhook"), {}); // the URL and the topic are secrets
    add(QStringLiteral("ntfy"), {});
    add(QStringLiteral("pushover"),
        {{QStringLiteral("user"), QStringLiteral("uQiRzpo4DXghDmr9QzzfQu27cmVRsG")}});
    return p;
}

Profile smtpProfile()
{
    return test::sampleSmtpProfile();
}

Profile sendgridProfile()
{
    Profile p;
    p.setMailerId(QStringLiteral("sendgrid"));
    p.setMailerSettings(QStringLiteral("sendgrid"),
                        {{QStringLiteral("domain"), QStringLiteral("example.com")}});
    p.sender().fromEmail = QStringLiteral("hello@example.com");
    p.sender().fromName = QStringLiteral("Example Shop");
    p.sender().forceFromName = true;
    return p;
}

Profile gmailProfile()
{
    Profile p;
    p.setMailerId(QStringLiteral("gmail"));
    p.setMailerSettings(QStringLiteral("gmail"), {{QStringLiteral("client_id"),
                                                   QStringLiteral("1234-abcd.apps.googleusercontent.com")}});
    p.sender().fromEmail = QStringLiteral("shop@gmail.com");
    p.sender().fromName = QStringLiteral("Example Shop");
    p.features().weeklySummary = false;
    return p;
}

Profile profileFor(const QString& mailerId)
{
    if (mailerId == QLatin1String("smtp")) {
        return smtpProfile();
    }
    if (mailerId == QLatin1String("sendgrid")) {
        return sendgridProfile();
    }
    return gmailProfile();
}

SecretLookup noSecrets()
{
    return [](const QString&, const QString&) {
        return QByteArray();
    };
}

// Every secret of every mailer has the same value.
SecretLookup allSecrets(const QString& value)
{
    return [value](const QString&, const QString&) {
        return value.toUtf8();
    };
}

ExportResult run(const Profile& p, ExportFormat f, bool includeSecrets, const SecretLookup& s = noSecrets())
{
    ExportOptions o;
    o.includeSecrets = includeSecrets;
    return exportProfile(p, f, s, o);
}

QStringList ids(const Findings& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out << f.id;
    }
    return out;
}

// ---- External tools. Tests that need them fail (never skip) when they are missing. ----

QString tool(const char* name)
{
    const QString inPath = QStandardPaths::findExecutable(QLatin1String(name));
    return !inPath.isEmpty()
               ? inPath
               : QStandardPaths::findExecutable(QLatin1String(name),
                                                {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
}

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran runTool(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return Ran{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
               p.readAllStandardError()};
}

#define REQUIRE_TOOL(var, name, package)                                                                     \
    const QString var = tool(name);                                                                          \
    if (var.isEmpty()) {                                                                                     \
        QFAIL(name " is missing: install " package " (scripts/install-deps.sh --test)");                     \
    }

// Runs a PHP script given on standard input (so no non-ASCII goes through the command line).
#define RUN_PHP(result, script, ...)                                                                         \
    REQUIRE_TOOL(phpBinary_, "php", "php-cli");                                                              \
    const Ran result = runTool(phpBinary_, QStringList{__VA_ARGS__}, script);                                \
    QVERIFY2(result.exitCode == 0, QByteArray(result.out + result.err).constData());

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kSamplePath = QStringLiteral("/usr/share/wordpress/wp-config-sample.php");

// Debian ships the sample with CRLF line endings; most tests work on an LF copy.
QByteArray sampleLf()
{
    return readFile(kSamplePath).replace("\r\n", "\n");
}

// The 1-based number of the line where `needle` starts, so expectations follow the sample file
// the wordpress package ships (Debian 13's is longer than Debian 12's).
int lineOf(const QByteArray& text, const QByteArray& needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

QByteArray withCrlf(QByteArray text)
{
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
}

// ---- Small parsers, each following the rules of the program that reads the format. ----

// msmtp (conf.c, get_next_cmd/trim_string): "command argument"; blanks around the argument go, then one
// pair of enclosing double quotes; nothing inside is an escape.
QString msmtpArgument(const QString& text, const QString& command)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QString l = line;
        while (!l.isEmpty() && (l.front() == QLatin1Char(' ') || l.front() == QLatin1Char('\t'))) {
            l.remove(0, 1);
        }
        if (l.startsWith(QLatin1Char('#')) || l.isEmpty()) {
            continue;
        }
        qsizetype end = 0;
        while (end < l.size() && l.at(end) != QLatin1Char(' ') && l.at(end) != QLatin1Char('\t')) {
            ++end;
        }
        if (l.left(end) != command) {
            continue;
        }
        QString arg = l.mid(end);
        while (!arg.isEmpty() && (arg.front() == QLatin1Char(' ') || arg.front() == QLatin1Char('\t'))) {
            arg.remove(0, 1);
        }
        while (!arg.isEmpty() && (arg.back() == QLatin1Char(' ') || arg.back() == QLatin1Char('\t'))) {
            arg.chop(1);
        }
        if (arg.size() >= 2 && arg.front() == QLatin1Char('"') && arg.back() == QLatin1Char('"')) {
            arg = arg.mid(1, arg.size() - 2);
        }
        return arg;
    }
    return QStringLiteral("<missing>");
}

// vlucas/phpdotenv (Laravel), EntryParser: a value is unquoted, 'single-quoted' (literal) or
// "double-quoted" with the escapes \" \\ \$ \f \n \r \t \v; an unescaped $ starts a ${VAR} reference,
// which this parser reports as an error so that an unintended reference fails the test.
QHash<QString, QString> parsePhpDotenv(const QString& text, QString* error)
{
    QHash<QString, QString> out;
    for (const QString& rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = QStringLiteral("no '=' in: ") + line;
            return {};
        }
        const QString name = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        enum
        {
            Initial,
            Unquoted,
            Single,
            Double,
            Escape,
            Whitespace,
            Comment
        } state = Initial;
        QString v;
        for (const QChar c : value) {
            switch (state) {
            case Initial:
            case Unquoted:
                if (state == Initial && c == QLatin1Char('\'')) {
                    state = Single;
                } else if (state == Initial && c == QLatin1Char('"')) {
                    state = Double;
                } else if (c == QLatin1Char('#')) {
                    state = Comment;
                } else if (c.isSpace()) {
                    state = Whitespace;
                } else if (c == QLatin1Char('$')) {
                    *error = name + QStringLiteral(": unquoted $ is a variable reference");
                    return {};
                } else {
                    v += c;
                    state = Unquoted;
                }
                break;
            case Single:
                if (c == QLatin1Char('\'')) {
                    state = Whitespace;
                } else {
                    v += c;
                }
                break;
            case Double:
                if (c == QLatin1Char('"')) {
                    state = Whitespace;
                } else if (c == QLatin1Char('\\')) {
                    state = Escape;
                } else if (c == QLatin1Char('$')) {
                    *error = name + QStringLiteral(": unescaped $ in double quotes is a variable reference");
                    return {};
                } else {
                    v += c;
                }
                break;
            case Escape: {
                static const QHash<QChar, QChar> escapes{
                    {QLatin1Char('"'), QLatin1Char('"')},  {QLatin1Char('\\'), QLatin1Char('\\')},
                    {QLatin1Char('$'), QLatin1Char('$')},  {QLatin1Char('f'), QLatin1Char('\f')},
                    {QLatin1Char('n'), QLatin1Char('\n')}, {QLatin1Char('r'), QLatin1Char('\r')},
                    {QLatin1Char('t'), QLatin1Char('\t')}, {QLatin1Char('v'), QLatin1Char('\v')}};
                if (!escapes.contains(c)) {
                    *error = name + QStringLiteral(": unexpected escape sequence");
                    return {};
                }
                v += escapes.value(c);
                state = Double;
                break;
            }
            case Whitespace:
                if (c == QLatin1Char('#')) {
                    state = Comment;
                } else if (!c.isSpace()) {
                    *error = name + QStringLiteral(": text after the closing quote");
                    return {};
                }
                break;
            case Comment:
                break;
            }
        }
        if (state == Single || state == Double || state == Escape) {
            *error = name + QStringLiteral(": missing closing quote");
            return {};
        }
        out.insert(name, v);
    }
    return out;
}

// symfony/dotenv for the MAILER_DSN line: double quotes, in which \" and \\ are escapes and $ starts a
// variable or command; this parser reports a $ as an error.
QString symfonyDotenvValue(const QString& text, const QString& name, QString* error)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(name + QLatin1Char('='))) {
            continue;
        }
        QString value = line.mid(name.size() + 1);
        if (value.startsWith(QLatin1Char('"'))) {
            if (!value.endsWith(QLatin1Char('"')) || value.size() < 2) {
                *error = QStringLiteral("missing closing quote");
                return {};
            }
            value = value.mid(1, value.size() - 2);
            if (value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\\'))) {
                *error = QStringLiteral("quote or backslash inside the value");
                return {};
            }
        }
        if (value.contains(QLatin1Char('$'))) {
            *error = QStringLiteral("$ would be resolved as a variable");
            return {};
        }
        return value;
    }
    *error = name + QStringLiteral(" not found");
    return {};
}

// The sasl_passwd line of a Postfix export: "[host]:port user:password".
QString postfixSaslLine(const QString& text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1Char('['))) {
            return line;
        }
    }
    return {};
}

QString goldenPath(const QString& mailer, ExportFormat f)
{
    return QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/golden/export/%1.%2.golden")
        .arg(mailer, exportFormatName(f));
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatNamesRoundTrip()
    {
        QStringList names;
        for (const ExportFormat f : kFormats) {
            names << exportFormatName(f);
            QCOMPARE(exportFormatFromName(exportFormatName(f)), std::optional<ExportFormat>(f));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("wp-config"), QStringLiteral("wp-option"),
                                     QStringLiteral("msmtp"), QStringLiteral("postfix"),
                                     QStringLiteral("laravel"), QStringLiteral("symfony"),
                                     QStringLiteral("profile"), QStringLiteral("alerts")}));
        QVERIFY(!exportFormatFromName(QStringLiteral("sendmail")));
    }

    // ---- Golden files: POSTINO_UPDATE_GOLDEN=1 rewrites them from the current output. ----

    void golden_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<ExportFormat>("format");
        for (const char* mailer : {"smtp", "sendgrid", "gmail"}) {
            for (const ExportFormat f : kFormats) {
                QTest::addRow("%s-%s", mailer, qPrintable(exportFormatName(f)))
                    << QString::fromLatin1(mailer) << f;
            }
        }
    }

    void golden()
    {
        QFETCH(QString, mailer);
        QFETCH(ExportFormat, format);
        const ExportResult r = run(profileFor(mailer), format, false);
        QVERIFY2(!hasErrors(r.findings), qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!r.text.isEmpty());
        QVERIFY(!r.suggestedFileName.isEmpty());
        QVERIFY(!r.containsSecrets);
        const QString path = goldenPath(mailer, format);
        if (qEnvironmentVariableIntValue("POSTINO_UPDATE_GOLDEN") == 1) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QVERIFY(writeFile(path, r.text.toUtf8()));
            qInfo("rewrote %s", qPrintable(path));
            return;
        }
        const QByteArray expected = readFile(path);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(QStringLiteral("missing %1; run with POSTINO_UPDATE_GOLDEN=1").arg(path)));
        QCOMPARE(r.text.toUtf8(), expected);
    }

    // ---- Failure alerts: WPMS_ALERT_* constants, the option's alert groups, the alerts JSON ----

    void alertsGolden_data()
    {
        QTest::addColumn<ExportFormat>("format");
        for (const ExportFormat f : {ExportFormat::WpConfig, ExportFormat::WpOptionJson,
                                     ExportFormat::AlertsJson, ExportFormat::PostinoProfile}) {
            QTest::addRow("%s", qPrintable(exportFormatName(f))) << f;
        }
    }

    void alertsGolden()
    {
        QFETCH(ExportFormat, format);
        const ExportResult r = run(alertsProfile(), format, false);
        QVERIFY2(!hasErrors(r.findings), qPrintable(formatFindingsText(r.findings)));
        QVERIFY(!r.containsSecrets);
        const QString path = goldenPath(QStringLiteral("alerts"), format);
        if (qEnvironmentVariableIntValue("POSTINO_UPDATE_GOLDEN") == 1) {
            QVERIFY(writeFile(path, r.text.toUtf8()));
            return;
        }
        QCOMPARE(r.text.toUtf8(), readFile(path));
    }

    void alertsExportNamesWhatItCannotHold()
    {
        const ExportResult wp = run(alertsProfile(), ExportFormat::WpConfig, false);
        QVERIFY(findById(wp.findings, QStringLiteral("export.alert_not_in_wp_mail_smtp"))); // ntfy, Pushover
        QVERIFY(
            findById(wp.findings, QStringLiteral("export.alert_one_per_constant"))); // 2nd Slack, 2nd address
        QVERIFY(wp.placeholders.contains(QStringLiteral("PUT-YOUR-ALERT-SLACK-URL-HERE")));
        QVERIFY(!wp.text.contains(QLatin1String("slack_2")));
        const ExportResult option = run(alertsProfile(), ExportFormat::WpOptionJson, false);
        const QJsonObject root = QJsonDocument::fromJson(option.text.toUtf8()).object();
        QCOMPARE(root.value(QStringLiteral("alert_slack_webhook"))
                     .toObject()
                     .value(QStringLiteral("connections"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(root.value(QStringLiteral("alert_email"))
                     .toObject()
                     .value(QStringLiteral("connections"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(root.value(QStringLiteral("alert_twilio_sms"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toBool(),
                 true);
        Profile off = alertsProfile();
        off.features().alerts = false;
        QVERIFY(!run(off, ExportFormat::WpConfig, false).text.contains(QLatin1String("WPMS_ALERT_")));
        QVERIFY(findById(run(off, ExportFormat::AlertsJson, false).findings,
                         QStringLiteral("export.alerts_off")));
        QVERIFY(findById(run(profileFor(QStringLiteral("smtp")), ExportFormat::AlertsJson, false).findings,
                         QStringLiteral("export.no_alerts")));
    }

    // wp-config.php constants cannot turn WP Mail SMTP's alerts on, and alerts need Pro: the notes say
    // both, and point to the option export, which does turn them on.
    void alertNotesSayWhatTurnsAlertsOn()
    {
        const ExportResult wp = run(alertsProfile(), ExportFormat::WpConfig, false);
        const Finding* note = findById(wp.findings, QStringLiteral("export.alerts_need_switching_on"));
        QVERIFY2(note, qPrintable(formatFindingsText(wp.findings)));
        QCOMPARE(note->severity(), Severity::Warning);
        QVERIFY(note->detail.contains(QLatin1String("no constant")));
        QVERIFY(note->detail.contains(QLatin1String("WP Mail SMTP Pro")));
        QVERIFY(note->advice.steps.join(QLatin1Char(' ')).contains(QLatin1String("switches them on")));
        const ExportResult option = run(alertsProfile(), ExportFormat::WpOptionJson, false);
        QVERIFY(!findById(option.findings, QStringLiteral("export.alerts_need_switching_on")));
        const Finding* pro = findById(option.findings, QStringLiteral("export.alerts_need_pro"));
        QVERIFY(pro);
        QVERIFY(pro->detail.contains(QLatin1String("Pro")));
        // Without alerts, no such notes.
        Profile off = alertsProfile();
        off.features().alerts = false;
        QVERIFY(!findById(run(off, ExportFormat::WpConfig, false).findings,
                          QStringLiteral("export.alerts_need_switching_on")));
        QVERIFY(!findById(run(off, ExportFormat::WpOptionJson, false).findings,
                          QStringLiteral("export.alerts_need_pro")));
    }

    void alertSecretsOnlyWhenAsked()
    {
        const QByteArray url = "https://hooks.slack.com/services/T0/B0/secret'slack\\token";
        const auto secrets = [url](const QString& group, const QString& key) {
            return group == QLatin1String("alert_slack") && key == QLatin1String("url") ? url : QByteArray();
        };
        const ExportResult r = run(alertsProfile(), ExportFormat::WpConfig, true, secrets);
        QVERIFY(r.containsSecrets);
        QVERIFY(
            findById(r.findings, QStringLiteral("export.secret_missing"))); // Discord, Teams, ... not stored
        REQUIRE_TOOL(php, "php", "php-cli");
        const Ran eval = runTool(php, {},
                                 "<?php\n" + r.text.toUtf8() +
                                     "echo WPMS_ALERT_SLACK_WEBHOOK_URL, '|', WPMS_ALERT_EMAIL_SEND_TO, '|', "
                                     "WPMS_ALERT_TWILIO_SMS_TO_PHONE_NUMBER;");
        QVERIFY2(eval.exitCode == 0, eval.err.constData());
        QCOMPARE(eval.out, url + "|ops@example.com|+393401234567");
    }

    // The custom webhook's URL and the ntfy topic are secrets, even when they come from a profile an older
    // Postino wrote with them in plain: no export without passwords carries them; one with passwords does.
    void secretAddressesStayOutOfNoPasswordExports()
    {
        const QString url = QStringLiteral("https://monitor.example.com/hooks/s3cret-path?key=k3y");
        const QString topic = QStringLiteral("shop-mail-alerts-7f3k");
        QJsonObject old = alertsProfile().toJson();
        QJsonObject alerts = old.value(QStringLiteral("alerts")).toObject();
        QJsonArray channels = alerts.value(QStringLiteral("channels")).toArray();
        for (int i = 0; i < channels.size(); ++i) {
            QJsonObject c = channels.at(i).toObject();
            const QString type = c.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("webhook")) {
                c.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("url"), url}});
            } else if (type == QLatin1String("ntfy")) {
                c.insert(QStringLiteral("settings"), QJsonObject{{QStringLiteral("topic"), topic}});
            }
            channels.replace(i, c);
        }
        alerts.insert(QStringLiteral("channels"), channels);
        old.insert(QStringLiteral("alerts"), alerts);
        const Profile p = Profile::fromJson(old);
        // What the wizard's session (or the CLI's environment) holds once the profile is read.
        const QHash<QString, QByteArray> held = p.secretsFromFile();
        QCOMPARE(held.size(), 2);
        const SecretLookup session = [held](const QString& group, const QString& key) {
            return held.value(group + QLatin1Char('.') + key);
        };
        for (const ExportFormat f : kFormats) {
            const ExportResult r = run(p, f, false, session);
            QVERIFY2(!r.text.contains(QLatin1String("s3cret-path")) && !r.text.contains(QLatin1String("k3y")),
                     qPrintable(exportFormatName(f) + QLatin1Char('\n') + r.text));
            QVERIFY2(!r.text.contains(topic), qPrintable(exportFormatName(f) + QLatin1Char('\n') + r.text));
            QVERIFY(!r.containsSecrets);
        }
        const ExportResult json = run(p, ExportFormat::AlertsJson, true, session);
        QVERIFY(json.containsSecrets);
        QVERIFY(json.text.contains(topic));
        QVERIFY(json.text.contains(url));
        const ExportResult wp = run(p, ExportFormat::WpConfig, true, session);
        QVERIFY2(
            wp.text.contains(QStringLiteral("define( 'WPMS_ALERT_CUSTOM_WEBHOOK_URL', '%1' );").arg(url)),
            qPrintable(wp.text));
    }

    void alertsRoundTripThroughTheProfile()
    {
        const Profile p = alertsProfile();
        const Profile back = Profile::fromJson(p.toJson());
        QCOMPARE(back.alerts().channels.size(), p.alerts().channels.size());
        QCOMPARE(back.toJson(), p.toJson());
        QJsonObject withSecret = p.toJson();
        QJsonObject alerts = withSecret.value(QStringLiteral("alerts")).toObject();
        QJsonArray channels = alerts.value(QStringLiteral("channels")).toArray();
        QJsonObject slack = channels.at(1).toObject();
        slack.insert(
            QStringLiteral("settings"),
            QJsonObject{{QStringLiteral("url"), QStringLiteral("https://hooks.slack.com/services/x")}});
        channels.replace(1, slack);
        alerts.insert(QStringLiteral("channels"), channels);
        withSecret.insert(QStringLiteral("alerts"), alerts);
        Findings problems;
        const Profile cleaned = Profile::fromJson(withSecret, &problems);
        QVERIFY(findById(problems, QStringLiteral("profile.secret_in_file")));
        QVERIFY(cleaned.alerts().channels.at(1).settings.isEmpty());
    }

    // ---- Results that are the same for every mailer in the catalog ----

    void everyMailerEveryFormat()
    {
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            Profile p;
            p.setMailerId(m.id);
            p.sender().fromEmail = QStringLiteral("hello@example.com");
            p.sender().fromName = QStringLiteral("Example");
            for (const ExportFormat f : kFormats) {
                const QString where = m.id + QLatin1Char('/') + exportFormatName(f);
                const ExportResult hidden = run(p, f, false);
                QVERIFY2(!hasErrors(hidden.findings),
                         qPrintable(where + QLatin1Char(' ') + formatFindingsText(hidden.findings)));
                QVERIFY2(!hidden.text.isEmpty(), qPrintable(where));
                QVERIFY2(!hidden.containsSecrets, qPrintable(where));
                for (const QString& placeholder : hidden.placeholders) {
                    QVERIFY2(placeholder.startsWith(QLatin1String("PUT-YOUR-")), qPrintable(where));
                    QVERIFY2(hidden.text.contains(placeholder),
                             qPrintable(where + QLatin1Char(' ') + placeholder));
                }
                const QString secret = QStringLiteral("S3cr3t-") + m.id;
                const ExportResult shown = run(p, f, true, allSecrets(secret));
                QVERIFY2(!hasErrors(shown.findings),
                         qPrintable(where + QLatin1Char(' ') + formatFindingsText(shown.findings)));
                QVERIFY2(!hidden.text.contains(secret), qPrintable(where));
                // A secret in the text exactly when the result says so (Amazon SES's SMTP password is
                // derived).
                if (!(m.id == QLatin1String("amazonses") &&
                      (f == ExportFormat::Msmtp || f == ExportFormat::PostfixRelay))) {
                    QCOMPARE(shown.text.contains(secret), shown.containsSecrets);
                }
                if (f == ExportFormat::PostinoProfile) {
                    QVERIFY(!shown.containsSecrets);
                    QCOMPARE(ids(shown.findings), QStringList{QStringLiteral("export.profile_no_secrets")});
                } else if (f == ExportFormat::WpConfig || f == ExportFormat::WpOptionJson) {
                    QVERIFY2(shown.containsSecrets, qPrintable(where)); // every mailer has a secret field
                    QVERIFY2(shown.placeholders.isEmpty(), qPrintable(where));
                }
            }
        }
    }

    void secretMissingLeavesPlaceholder()
    {
        const ExportResult r = run(smtpProfile(), ExportFormat::WpConfig, true);
        QVERIFY(!r.containsSecrets);
        QCOMPARE(r.placeholders, QStringList{QStringLiteral("PUT-YOUR-SMTP-PASSWORD-HERE")});
        QVERIFY(findById(r.findings, QStringLiteral("export.secret_missing")));
        QVERIFY(r.text.contains(QLatin1String("define( 'WPMS_SMTP_PASS', 'PUT-YOUR-SMTP-PASSWORD-HERE' );")));
    }

    void unknownMailerIsAnError()
    {
        Profile p;
        p.setMailerId(QStringLiteral("carrier-pigeon"));
        const ExportResult r = run(p, ExportFormat::Msmtp, false);
        QVERIFY(r.text.isEmpty());
        QCOMPARE(ids(r.findings), QStringList{QStringLiteral("export.unknown_mailer")});
        QVERIFY(hasErrors(r.findings));
    }

    void commandsAndFileNames()
    {
        const Profile p = smtpProfile();
        QCOMPARE(run(p, ExportFormat::PostfixRelay, false).command,
                 QStringLiteral("postmap /etc/postfix/sasl_passwd"));
        const ExportResult option = run(p, ExportFormat::WpOptionJson, false);
        QVERIFY(option.command.contains(QLatin1String("wp option get wp_mail_smtp --format=json")));
        QVERIFY(option.command.contains(QLatin1String("wp option update wp_mail_smtp --format=json")));
        QVERIFY(findById(option.findings, QStringLiteral("export.replaces_option")));
        QCOMPARE(run(p, ExportFormat::Msmtp, false).suggestedFileName, QStringLiteral("msmtprc"));
        QVERIFY(run(p, ExportFormat::Msmtp, false)
                    .text.contains(QLatin1String("sendmail_path = \"/usr/bin/msmtp -t\"")));
        QCOMPARE(run(sendgridProfile(), ExportFormat::SymfonyEnv, false).command,
                 QStringLiteral("composer require symfony/sendgrid-mailer symfony/http-client"));
    }

    // Issue 10: WordPress signs in on the site, so the export says which redirect address the
    // OAuth client needs and how to connect; servers get the app-password way, and say why.
    void oauthMailersExplainTheWayOnEachServer()
    {
        const ExportResult wp = run(gmailProfile(), ExportFormat::WpConfig, false);
        QVERIFY(wp.text.contains(QLatin1String("1234-abcd.apps.googleusercontent.com")));
        const Finding* redirect = findById(wp.findings, QStringLiteral("export.oauth_redirect_uri"));
        QVERIFY(redirect);
        QVERIFY(redirect->detail.contains(QLatin1String("https://connect.wpmailsmtp.com/google/")));
        QVERIFY(redirect->advice.steps.join(u' ').contains(QLatin1String("Allow")));
        QVERIFY(findById(wp.findings, QStringLiteral("export.oauth_reconnect")));

        // Microsoft: no fixed redirect known; the user copies the one WP Mail SMTP shows. Pro only.
        Profile outlook;
        outlook.setMailerId(QStringLiteral("outlook"));
        outlook.setMailerSettings(
            QStringLiteral("outlook"),
            {{QStringLiteral("client_id"), QStringLiteral("00000000-1111-2222-3333-444444444444")}});
        outlook.sender().fromEmail = QStringLiteral("shop@example.com");
        const ExportResult ms = run(outlook, ExportFormat::WpConfig, false);
        const Finding* msRedirect = findById(ms.findings, QStringLiteral("export.oauth_redirect_uri"));
        QVERIFY(msRedirect);
        QVERIFY(msRedirect->advice.steps.constFirst().contains(QLatin1String("Redirect URI")));
        QVERIFY(findById(ms.findings, QStringLiteral("export.pro_mailer")));

        // With an app password: WordPress gets "Other SMTP" on smtp.gmail.com, msmtp the account itself.
        Profile app = gmailProfile();
        app.setMailerSettings(QStringLiteral("gmail"),
                              {{QStringLiteral("method"), QStringLiteral("app_password")},
                               {QStringLiteral("user"), QStringLiteral("shop@gmail.com")}});
        const ExportResult wpApp =
            run(app, ExportFormat::WpConfig, true, allSecrets(QStringLiteral("abcd efgh")));
        QVERIFY(findById(wpApp.findings, QStringLiteral("export.app_password_as_smtp")));
        QVERIFY(wpApp.text.contains(QLatin1String("smtp.gmail.com")));
        const ExportResult msmtp =
            run(app, ExportFormat::Msmtp, true, allSecrets(QStringLiteral("abcd efgh")));
        QCOMPARE(msmtpArgument(msmtp.text, QStringLiteral("user")), QStringLiteral("shop@gmail.com"));
        const Finding* why = findById(msmtp.findings, QStringLiteral("export.app_password"));
        QVERIFY(why);
        QVERIFY(why->detail.contains(QLatin1String("browser")));
    }

    // WP Mail SMTP has no Mailtrap mailer (docs/mailers/mailtrap.md): WordPress gets "Other SMTP" through
    // live.smtp.mailtrap.io, user "api", the API token as password, and the findings say so.
    void mailtrapWordPressExportIsOtherSmtpThroughItsRelay()
    {
        Profile p;
        p.setMailerId(QStringLiteral("mailtrap"));
        p.sender().fromEmail = QStringLiteral("shop@example.com");
        const ExportResult wp =
            run(p, ExportFormat::WpConfig, true, allSecrets(QStringLiteral("mt-token-1")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_MAILER', 'smtp' );")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_SMTP_HOST', 'live.smtp.mailtrap.io' );")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_SMTP_PORT', 587 );")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_SSL', 'tls' );")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_SMTP_USER', 'api' );")));
        QVERIFY(wp.text.contains(QLatin1String("define( 'WPMS_SMTP_PASS', 'mt-token-1' );")));
        QVERIFY(!wp.text.contains(QLatin1String("mailtrap'")));
        const Finding* note = findById(wp.findings, QStringLiteral("export.relay_as_smtp"));
        QVERIFY(note);
        QVERIFY(note->detail.contains(QLatin1String("Other SMTP")));
        QVERIFY(note->detail.contains(QLatin1String("live.smtp.mailtrap.io")));

        // Without the token the password is a placeholder, and no secret is in the file.
        const ExportResult bare = run(p, ExportFormat::WpConfig, false);
        QVERIFY(!bare.containsSecrets);
        QVERIFY(bare.text.contains(QLatin1String("live.smtp.mailtrap.io")));

        // Servers use the same relay login.
        const ExportResult msmtp =
            run(p, ExportFormat::Msmtp, true, allSecrets(QStringLiteral("mt-token-1")));
        QCOMPARE(msmtpArgument(msmtp.text, QStringLiteral("host")), QStringLiteral("live.smtp.mailtrap.io"));
        QCOMPARE(msmtpArgument(msmtp.text, QStringLiteral("user")), QStringLiteral("api"));
        QCOMPARE(msmtpArgument(msmtp.text, QStringLiteral("password")), QStringLiteral("mt-token-1"));
    }

    void relayRulesPerProvider()
    {
        // SendGrid's relay: the literal username "apikey" and the API key as password.
        const ExportResult sg =
            run(sendgridProfile(), ExportFormat::Msmtp, true, allSecrets(QStringLiteral("SG.key")));
        QCOMPARE(msmtpArgument(sg.text, QStringLiteral("host")), QStringLiteral("smtp.sendgrid.net"));
        QCOMPARE(msmtpArgument(sg.text, QStringLiteral("user")), QStringLiteral("apikey"));
        QCOMPARE(msmtpArgument(sg.text, QStringLiteral("password")), QStringLiteral("SG.key"));
        QVERIFY(sg.containsSecrets);

        // Gmail's OAuth client cannot sign in to SMTP: smtp.gmail.com with an app password placeholder.
        const ExportResult gm =
            run(gmailProfile(), ExportFormat::PostfixRelay, true, allSecrets(QStringLiteral("x")));
        QVERIFY(!gm.containsSecrets);
        QVERIFY(gm.text.contains(QLatin1String("relayhost = [smtp.gmail.com]:587")));
        QVERIFY(gm.placeholders.contains(QStringLiteral("PUT-YOUR-GMAIL-APP-PASSWORD-HERE")));
        QVERIFY(findById(gm.findings, QStringLiteral("export.oauth_relay")));

        // Implicit TLS (465) needs wrapper mode in Postfix and smtps in Symfony and Laravel 11.
        Profile ssl = smtpProfile();
        ssl.setSetting(QStringLiteral("encryption"), QStringLiteral("ssl"));
        ssl.setSetting(QStringLiteral("port"), 465);
        QVERIFY(run(ssl, ExportFormat::PostfixRelay, false)
                    .text.contains(QLatin1String("smtp_tls_wrappermode = yes")));
        QVERIFY(
            run(ssl, ExportFormat::SymfonyEnv, false).text.contains(QLatin1String("MAILER_DSN=\"smtps://")));
        QVERIFY(
            run(ssl, ExportFormat::LaravelEnv, false).text.contains(QLatin1String("MAIL_SCHEME=smtps\n")));
        QVERIFY(run(ssl, ExportFormat::Msmtp, false).text.contains(QLatin1String("tls_starttls off\n")));
        QVERIFY(run(ssl, ExportFormat::WpConfig, false)
                    .text.contains(QLatin1String("define( 'WPMS_SSL', 'ssl' );")));

        // No encryption: WPMS_SSL is '' and the password warning appears.
        Profile none = smtpProfile();
        none.setSetting(QStringLiteral("encryption"), QStringLiteral("none"));
        none.setSetting(QStringLiteral("port"), 25);
        QVERIFY(run(none, ExportFormat::WpConfig, false)
                    .text.contains(QLatin1String("define( 'WPMS_SSL', '' );")));
        const ExportResult plainPostfix = run(none, ExportFormat::PostfixRelay, false);
        QVERIFY(plainPostfix.text.contains(QLatin1String("smtp_tls_security_level = may")));
        QVERIFY(findById(plainPostfix.findings, QStringLiteral("export.no_encryption")));

        // Without authentication there is no password anywhere.
        Profile open = smtpProfile();
        open.setSetting(QStringLiteral("auth"), false);
        const ExportResult openPostfix = run(open, ExportFormat::PostfixRelay, false);
        QVERIFY(!openPostfix.text.contains(QLatin1String("sasl")));
        QVERIFY(openPostfix.command.isEmpty());
        QVERIFY(run(open, ExportFormat::Msmtp, false).text.contains(QLatin1String("auth off")));
        QVERIFY(run(open, ExportFormat::WpConfig, false).placeholders.isEmpty());
        QVERIFY(run(open, ExportFormat::SymfonyEnv, false)
                    .text.contains(QLatin1String("smtp://smtp.example.com:587\"")));

        // API mailers Laravel supports natively.
        Profile mg;
        mg.setMailerId(QStringLiteral("mailgun"));
        mg.setMailerSettings(QStringLiteral("mailgun"),
                             {{QStringLiteral("domain"), QStringLiteral("mg.example.com")},
                              {QStringLiteral("region"), QStringLiteral("EU")}});
        const ExportResult mgLaravel = run(mg, ExportFormat::LaravelEnv, false);
        QVERIFY(mgLaravel.text.contains(QLatin1String("MAIL_MAILER=mailgun\n")));
        QVERIFY(mgLaravel.text.contains(QLatin1String("MAILGUN_ENDPOINT=api.eu.mailgun.net\n")));
        QVERIFY(mgLaravel.text.contains(QLatin1String("MAILGUN_SECRET=\"PUT-YOUR-MAILGUN-API-KEY-HERE\"\n")));
        QVERIFY(run(mg, ExportFormat::SymfonyEnv, false)
                    .text.contains(
                        QLatin1String("mailgun+api://PUT-YOUR-MAILGUN-API-KEY-HERE:mg.example.com@default"
                                      "?region=eu\"")));
        // Mailgun's SMTP relay has credentials of its own.
        const ExportResult mgMsmtp = run(mg, ExportFormat::Msmtp, true, allSecrets(QStringLiteral("key")));
        QCOMPARE(msmtpArgument(mgMsmtp.text, QStringLiteral("host")), QStringLiteral("smtp.eu.mailgun.org"));
        QCOMPARE(msmtpArgument(mgMsmtp.text, QStringLiteral("user")),
                 QStringLiteral("postmaster@mg.example.com"));
        QCOMPARE(msmtpArgument(mgMsmtp.text, QStringLiteral("password")),
                 QStringLiteral("PUT-YOUR-MAILGUN-SMTP-PASSWORD-HERE"));
        QVERIFY(findById(mgMsmtp.findings, QStringLiteral("export.relay_credentials")));

        // Amazon SES: the SMTP password is derived from the secret access key (AWS's published example).
        Profile ses;
        ses.setMailerId(QStringLiteral("amazonses"));
        ses.setMailerSettings(QStringLiteral("amazonses"),
                              {{QStringLiteral("client_id"), QStringLiteral("AKIDEXAMPLE")},
                               {QStringLiteral("region"), QStringLiteral("eu-west-1")}});
        const ExportResult sesMsmtp =
            run(ses, ExportFormat::Msmtp, true, allSecrets(QStringLiteral("secret")));
        QCOMPARE(msmtpArgument(sesMsmtp.text, QStringLiteral("host")),
                 QStringLiteral("email-smtp.eu-west-1.amazonaws.com"));
        QCOMPARE(msmtpArgument(sesMsmtp.text, QStringLiteral("user")), QStringLiteral("AKIDEXAMPLE"));
        QVERIFY(sesMsmtp.containsSecrets);
        QVERIFY(msmtpArgument(sesMsmtp.text, QStringLiteral("password"))
                    .startsWith(QLatin1Char('B'))); // 0x04 byte
        QVERIFY(run(ses, ExportFormat::LaravelEnv, false)
                    .text.contains(QLatin1String("AWS_DEFAULT_REGION=eu-west-1\n")));
        QVERIFY(run(ses, ExportFormat::SymfonyEnv, false)
                    .text.contains(QLatin1String("@default?region=eu-west-1\"")));
    }

    void valuesOnlyLaravelMisreads()
    {
        const ExportResult r =
            run(smtpProfile(), ExportFormat::LaravelEnv, true, allSecrets(QStringLiteral("null")));
        QVERIFY(findById(r.findings, QStringLiteral("export.laravel_value")));
        const ExportResult quoted =
            run(smtpProfile(), ExportFormat::LaravelEnv, true, allSecrets(QStringLiteral("'quoted'")));
        QVERIFY(findById(quoted.findings, QStringLiteral("export.laravel_value")));
        QVERIFY(!findById(run(smtpProfile(), ExportFormat::LaravelEnv, true, allSecrets(kNasty)).findings,
                          QStringLiteral("export.laravel_value")));
    }

    void postfixRefusesTrailingBlanks()
    {
        const ExportResult r =
            run(smtpProfile(), ExportFormat::PostfixRelay, true, allSecrets(QStringLiteral("pass ")));
        QVERIFY(findById(r.findings, QStringLiteral("export.unrepresentable")));
        QVERIFY(hasErrors(r.findings));
    }

    void lineBreaksBecomePlaceholders()
    {
        for (const ExportFormat f : kFormats) {
            if (f == ExportFormat::PostinoProfile || f == ExportFormat::AlertsJson) {
                continue; // no secret of the mailer in either
            }
            const ExportResult r = run(smtpProfile(), f, true, allSecrets(QStringLiteral("a\nb")));
            QVERIFY2(findById(r.findings, QStringLiteral("export.unrepresentable")),
                     qPrintable(exportFormatName(f)));
            QVERIFY(!r.text.contains(QLatin1String("a\nb")));
            QVERIFY(r.placeholders.contains(QStringLiteral("PUT-YOUR-SMTP-PASSWORD-HERE")));
        }
    }

    // ---- Round trips of a hostile password, read back the way each consumer reads it ----

    void roundTripWpConfig()
    {
        Profile p = smtpProfile();
        p.sender().fromName = kNastyName;
        const ExportResult r = run(p, ExportFormat::WpConfig, true, allSecrets(kNasty));
        QVERIFY(r.containsSecrets);
        const QByteArray script =
            "<?php\n" + r.text.toUtf8() +
            "echo json_encode([WPMS_SMTP_PASS, WPMS_MAIL_FROM_NAME, WPMS_SMTP_PORT, WPMS_SSL, "
            "WPMS_SMTP_AUTH, WPMS_ON, WPMS_MAILER]);\n";
        RUN_PHP(out, script);
        const QJsonArray values = QJsonDocument::fromJson(out.out).array();
        QCOMPARE(values.at(0).toString(), kNasty);
        QCOMPARE(values.at(1).toString(), kNastyName);
        QCOMPARE(values.at(2), QJsonValue(587)); // an int, not a string
        QCOMPARE(values.at(3).toString(), QStringLiteral("tls"));
        QCOMPARE(values.at(4), QJsonValue(true));
        QCOMPARE(values.at(5), QJsonValue(true));
        QCOMPARE(values.at(6).toString(), QStringLiteral("smtp"));
    }

    void roundTripWpOption()
    {
        Profile p = smtpProfile();
        p.sender().fromName = kNastyName;
        const ExportResult r = run(p, ExportFormat::WpOptionJson, true, allSecrets(kNasty));
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("option.json"));
        QVERIFY(writeFile(json, r.text.toUtf8()));
        // WP Mail SMTP's Options::get() runs stripslashes() over strings read from the database.
        RUN_PHP(out,
                "<?php $o = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);\n"
                "echo json_encode([stripslashes($o['smtp']['pass']), stripslashes($o['mail']['from_name']),\n"
                "                  $o['smtp']['port'], $o['smtp']['auth'], $o['mail']['mailer']]);\n",
                QStringLiteral("--"), json);
        const QJsonArray values = QJsonDocument::fromJson(out.out).array();
        QCOMPARE(values.at(0).toString(), kNasty);
        QCOMPARE(values.at(1).toString(), kNastyName);
        QCOMPARE(values.at(2), QJsonValue(587));
        QCOMPARE(values.at(3), QJsonValue(true));
        QCOMPARE(values.at(4).toString(), QStringLiteral("smtp"));
    }

    void roundTripMsmtp()
    {
        const ExportResult r = run(smtpProfile(), ExportFormat::Msmtp, true, allSecrets(kNasty));
        QVERIFY(r.containsSecrets);
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("password")), kNasty);
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("user")), QStringLiteral("web@example.com"));
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("from")), QStringLiteral("hello@example.com"));
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("tls")), QStringLiteral("on"));
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("tls_starttls")), QStringLiteral("on"));
        QCOMPARE(msmtpArgument(r.text, QStringLiteral("port")), QStringLiteral("587"));
        // Leading and trailing blanks survive thanks to the quotes.
        const ExportResult blanks =
            run(smtpProfile(), ExportFormat::Msmtp, true, allSecrets(QStringLiteral(" x ")));
        QCOMPARE(msmtpArgument(blanks.text, QStringLiteral("password")), QStringLiteral(" x "));
    }

    void roundTripPostfix()
    {
        const ExportResult r = run(smtpProfile(), ExportFormat::PostfixRelay, true, allSecrets(kNasty));
        QVERIFY(r.containsSecrets);
        QVERIFY(!hasErrors(r.findings));
        QVERIFY(r.text.contains(QLatin1String("\nrelayhost = [smtp.example.com]:587\n")));
        QVERIFY(
            r.text.contains(QLatin1String("\nsmtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n")));
        QVERIFY(r.text.contains(QLatin1String("\nsmtp_tls_security_level = encrypt\n")));
        const QString line = postfixSaslLine(r.text);
        // Our reading of postmap(1): key, white space, value; the value is split at its first ':'.
        const qsizetype space = line.indexOf(QLatin1Char(' '));
        QCOMPARE(line.left(space), QStringLiteral("[smtp.example.com]:587"));
        const QString value = line.mid(space + 1).trimmed();
        QCOMPARE(value.left(value.indexOf(QLatin1Char(':'))), QStringLiteral("web@example.com"));
        QCOMPARE(value.mid(value.indexOf(QLatin1Char(':')) + 1), kNasty);

        // Postfix's own reading: postmap -q on the line.
        REQUIRE_TOOL(postmap, "postmap", "postfix");
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("main.cf")), QByteArray()));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sasl_passwd")), line.toUtf8() + '\n'));
        const Ran q =
            runTool(postmap, {QStringLiteral("-c"), dir.path(), QStringLiteral("-q"),
                              QStringLiteral("[smtp.example.com]:587"),
                              QStringLiteral("texthash:") + dir.filePath(QStringLiteral("sasl_passwd"))});
        QVERIFY2(q.exitCode == 0, q.err.constData());
        QCOMPARE(QString::fromUtf8(q.out), QStringLiteral("web@example.com:") + kNasty + QLatin1Char('\n'));
    }

    void roundTripLaravel()
    {
        Profile p = smtpProfile();
        p.sender().fromName = kNastyName;
        const ExportResult r = run(p, ExportFormat::LaravelEnv, true, allSecrets(kNasty));
        QString error;
        const auto env = parsePhpDotenv(r.text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(env.value(QStringLiteral("MAIL_PASSWORD")), kNasty);
        QCOMPARE(env.value(QStringLiteral("MAIL_FROM_NAME")), kNastyName);
        QCOMPARE(env.value(QStringLiteral("MAIL_USERNAME")), QStringLiteral("web@example.com"));
        QCOMPARE(env.value(QStringLiteral("MAIL_HOST")), QStringLiteral("smtp.example.com"));
        QCOMPARE(env.value(QStringLiteral("MAIL_PORT")), QStringLiteral("587"));
        QCOMPARE(env.value(QStringLiteral("MAIL_MAILER")), QStringLiteral("smtp"));
        QCOMPARE(env.value(QStringLiteral("MAIL_SCHEME")), QStringLiteral("smtp"));
        QCOMPARE(env.value(QStringLiteral("MAIL_ENCRYPTION")), QStringLiteral("tls"));
        QCOMPARE(env.value(QStringLiteral("MAIL_FROM_ADDRESS")), QStringLiteral("hello@example.com"));

        Profile rs;
        rs.setMailerId(QStringLiteral("resend"));
        const auto resend =
            parsePhpDotenv(run(rs, ExportFormat::LaravelEnv, true, allSecrets(kNasty)).text, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(resend.value(QStringLiteral("RESEND_KEY")), kNasty);
        QCOMPARE(resend.value(QStringLiteral("MAIL_MAILER")), QStringLiteral("resend"));
    }

    void roundTripSymfony_data()
    {
        QTest::addColumn<QString>("mailer");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::newRow("smtp") << QStringLiteral("smtp") << QStringLiteral("smtp")
                              << QStringLiteral("web@example.com") << kNasty
                              << QStringLiteral("smtp.example.com");
        QTest::newRow("sendgrid") << QStringLiteral("sendgrid") << QStringLiteral("sendgrid+api") << kNasty
                                  << QString() << QStringLiteral("default");
    }

    void roundTripSymfony()
    {
        QFETCH(QString, mailer);
        QFETCH(QString, scheme);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, host);
        const ExportResult r = run(profileFor(mailer), ExportFormat::SymfonyEnv, true, allSecrets(kNasty));
        QVERIFY(r.containsSecrets);
        QString error;
        const QString dsn = symfonyDotenvValue(r.text, QStringLiteral("MAILER_DSN"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Symfony's Dsn::fromString() is parse_url() plus rawurldecode()/urldecode() of user and password.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dsn")), dsn.toUtf8()));
        RUN_PHP(out,
                "<?php $u = parse_url(file_get_contents($argv[1]));\n"
                "echo json_encode([$u['scheme'], urldecode($u['user'] ?? ''), urldecode($u['pass'] ?? ''),\n"
                "                  rawurldecode($u['user'] ?? ''), rawurldecode($u['pass'] ?? ''), "
                "$u['host']]);\n",
                QStringLiteral("--"), dir.filePath(QStringLiteral("dsn")));
        const QJsonArray parts = QJsonDocument::fromJson(out.out).array();
        QCOMPARE(parts.at(0).toString(), scheme);
        QCOMPARE(parts.at(1).toString(), user);
        QCOMPARE(parts.at(2).toString(), password);
        QCOMPARE(parts.at(3).toString(), user);
        QCOMPARE(parts.at(4).toString(), password);
        QCOMPARE(parts.at(5).toString(), host);
    }

    void roundTripProfile()
    {
        Profile p = smtpProfile();
        p.sender().fromName = kNastyName;
        const ExportResult r = run(p, ExportFormat::PostinoProfile, true, allSecrets(kNasty));
        QVERIFY(!r.containsSecrets);
        QVERIFY(r.placeholders.isEmpty());
        QVERIFY(!r.text.contains(QLatin1String("p%41")));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.text.toUtf8(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(r.text.contains(QLatin1String("\n    \"mailer\": \"smtp\",\n"))); // indented
        QCOMPARE(Profile::fromJson(doc.object()).toJson(), p.toJson());
    }

    // ---- php -l on every generated block ----

    void everyWpConfigBlockLints()
    {
        REQUIRE_TOOL(php, "php", "php-cli");
        QTemporaryDir dir;
        int n = 0;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            Profile p;
            p.setMailerId(m.id);
            p.sender().fromEmail = QStringLiteral("hello@example.com");
            p.sender().fromName = kNastyName;
            for (const bool secrets : {false, true}) {
                const ExportResult r = run(p, ExportFormat::WpConfig, secrets, allSecrets(kNasty));
                const QString file = dir.filePath(QStringLiteral("block%1.php").arg(n++));
                QVERIFY(writeFile(file, "<?php\n" + r.text.toUtf8()));
                const Ran lint = runTool(php, {QStringLiteral("-l"), file});
                QVERIFY2(lint.exitCode == 0,
                         QByteArray(m.id.toUtf8() + ": " + lint.out + lint.err).constData());
                // And it runs: every constant gets defined.
                const Ran eval = runTool(php, {}, "<?php\n" + r.text.toUtf8() + "echo WPMS_MAILER;");
                QVERIFY2(eval.exitCode == 0, eval.err.constData());
                // A mailer WP Mail SMTP lacks is exported as its "Other SMTP" mailer.
                const QString expected = m.wpMailSmtpMailer.isEmpty()
                                             ? Catalog::builtin().otherSmtp()->wpMailSmtpMailer
                                             : m.wpMailSmtpMailer;
                QCOMPARE(QString::fromUtf8(eval.out), expected);
            }
        }
    }

    // ---- patchWpConfig ----

    void patchDebianSample()
    {
        REQUIRE_TOOL(php, "php", "php-cli");
        const QByteArray sample = readFile(kSamplePath); // as shipped, with CRLF line endings
        QVERIFY2(!sample.isEmpty(), "install the wordpress package (scripts/install-deps.sh --test)");
        const QString block = run(smtpProfile(), ExportFormat::WpConfig, true, allSecrets(kNasty)).text;
        const WpConfigPatch patched = patchWpConfig(sample, block);
        QVERIFY2(patched.ok, qPrintable(formatFindingsText(patched.findings)));
        QVERIFY(!patched.replacedEarlierBlock);
        QCOMPARE(ids(patched.findings), QStringList{QStringLiteral("export.wpconfig_patched")});
        // Right above the "stop editing" comment, everything else unchanged.
        const QByteArray blockBytes = sample.contains("\r\n") ? withCrlf(block.toUtf8()) : block.toUtf8();
        const qsizetype at = patched.content.indexOf(blockBytes);
        QVERIFY(at > 0);
        QVERIFY(patched.content.mid(at + blockBytes.size()).startsWith("/* That's all, stop editing!"));
        QCOMPARE(QByteArray(patched.content).remove(at, blockBytes.size()), sample);

        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("wp-config.php"));
        QVERIFY(writeFile(config, patched.content));
        const Ran lint = runTool(php, {QStringLiteral("-l"), config});
        QVERIFY2(lint.exitCode == 0, QByteArray(lint.out + lint.err).constData());
        // Run it, with a wp-settings.php that reports what WordPress would see.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("wp-settings.php")),
                          "<?php echo json_encode([WPMS_ON, WPMS_SMTP_PASS, DB_NAME]);\n"));
        const Ran ran = runTool(php, {config});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        const QJsonArray seen = QJsonDocument::fromJson(ran.out).array();
        QCOMPARE(seen.at(0), QJsonValue(true));
        QCOMPARE(seen.at(1).toString(), kNasty);
        QCOMPARE(seen.at(2).toString(), QStringLiteral("database_name_here"));
    }

    void patchIsIdempotent()
    {
        const QByteArray sample = sampleLf();
        QVERIFY2(!sample.isEmpty(), "install the wordpress package (scripts/install-deps.sh --test)");
        const QString block = run(smtpProfile(), ExportFormat::WpConfig, false).text;
        const WpConfigPatch once = patchWpConfig(sample, block);
        QVERIFY(once.ok);
        const WpConfigPatch twice = patchWpConfig(once.content, block);
        QVERIFY(twice.ok);
        QVERIFY(twice.replacedEarlierBlock);
        QCOMPARE(twice.content, once.content);
        QCOMPARE(twice.content.count(wpConfigBlockBegin().toUtf8()), 1);
        QCOMPARE(twice.content.count(wpConfigBlockEnd().toUtf8()), 1);

        // A changed export replaces the old block in place.
        Profile other = smtpProfile();
        other.setSetting(QStringLiteral("host"), QStringLiteral("mail.example.net"));
        const QString block2 = run(other, ExportFormat::WpConfig, false).text;
        const WpConfigPatch changed = patchWpConfig(once.content, block2);
        QVERIFY(changed.ok);
        QVERIFY(changed.replacedEarlierBlock);
        QVERIFY(changed.content.contains("'mail.example.net'"));
        QVERIFY(!changed.content.contains("'smtp.example.com'"));
        QCOMPARE(changed.content.count(wpConfigBlockBegin().toUtf8()), 1);
        QCOMPARE(changed.content, patchWpConfig(sample, block2).content);
    }

    void patchKeepsCrlf()
    {
        REQUIRE_TOOL(php, "php", "php-cli");
        const QByteArray sample = withCrlf(sampleLf());
        QVERIFY2(!sample.isEmpty(), "install the wordpress package (scripts/install-deps.sh --test)");
        const QString block = run(smtpProfile(), ExportFormat::WpConfig, false).text;
        const WpConfigPatch patched = patchWpConfig(sample, block);
        QVERIFY(patched.ok);
        QCOMPARE(patched.content.count('\n'), patched.content.count("\r\n")); // no bare LF
        const QByteArray crlfBlock = withCrlf(block.toUtf8());
        const qsizetype at = patched.content.indexOf(crlfBlock);
        QVERIFY(at > 0);
        QCOMPARE(QByteArray(patched.content).remove(at, crlfBlock.size()), sample);
        const WpConfigPatch again = patchWpConfig(patched.content, block);
        QVERIFY(again.replacedEarlierBlock);
        QCOMPARE(again.content, patched.content);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("wp-config.php")), patched.content));
        const Ran lint = runTool(php, {QStringLiteral("-l"), dir.filePath(QStringLiteral("wp-config.php"))});
        QVERIFY2(lint.exitCode == 0, QByteArray(lint.out + lint.err).constData());
    }

    void patchFallsBackToRequire()
    {
        REQUIRE_TOOL(php, "php", "php-cli");
        QByteArray sample = sampleLf();
        QVERIFY2(!sample.isEmpty(), "install the wordpress package (scripts/install-deps.sh --test)");
        sample.replace("/* That's all, stop editing! Happy publishing. */\n", "");
        QVERIFY(!sample.contains("That's all"));
        const QString block = run(sendgridProfile(), ExportFormat::WpConfig, false).text;
        const WpConfigPatch patched = patchWpConfig(sample, block);
        QVERIFY(patched.ok);
        const qsizetype at = patched.content.indexOf(block.toUtf8());
        QVERIFY(patched.content.mid(at + block.toUtf8().size())
                    .startsWith("require_once ABSPATH . 'wp-settings.php';"));

        // Debian's own loader has no such comment either, and ends with "?>".
        const QByteArray loader = readFile(QStringLiteral("/usr/share/wordpress/wp-config.php"));
        QVERIFY(!loader.isEmpty());
        const WpConfigPatch debian = patchWpConfig(loader, block);
        QVERIFY2(debian.ok, qPrintable(formatFindingsText(debian.findings)));
        QVERIFY(debian.content.mid(debian.content.indexOf(block.toUtf8()) + block.toUtf8().size())
                    .startsWith("require_once(ABSPATH . 'wp-settings.php');"));
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("wp-config.php")), debian.content));
        const Ran lint = runTool(php, {QStringLiteral("-l"), dir.filePath(QStringLiteral("wp-config.php"))});
        QVERIFY2(lint.exitCode == 0, QByteArray(lint.out + lint.err).constData());
    }

    void patchRefuses_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("mentions");
        const QByteArray sample = sampleLf();
        const QByteArray custom =
            "/* Add any custom values between this line and the \"stop editing\" line. */\n";
        // What follows the sample's last line starts on the line after it.
        const int lineAfterSample = int(sample.count('\n')) + 1;
        QTest::newRow("not a wp-config") << QByteArray("<?php\necho 'hello';\n")
                                         << QStringLiteral("export.wpconfig_not_wpconfig") << QString();
        QTest::newRow("plain text") << QByteArray("just some notes\n")
                                    << QStringLiteral("export.wpconfig_not_wpconfig") << QString();
        QTest::newRow("10 MB") << QByteArray(sample + "/*" + QByteArray(10 * 1024 * 1024, 'x') + "*/\n")
                               << QStringLiteral("export.wpconfig_too_large") << QString();
        QTest::newRow("binary") << QByteArray(sample).insert(100, QByteArray("\x00\x01\x02\xff", 4))
                                << QStringLiteral("export.wpconfig_binary") << QString();
        QTest::newRow("unbalanced quote")
            << QByteArray(sample).replace("'database_name_here' );", "'database_name_here );")
            << QStringLiteral("export.wpconfig_unbalanced") << QString();
        QTest::newRow("unclosed comment")
            << QByteArray(sample + "/* unfinished\n") << QStringLiteral("export.wpconfig_unbalanced")
            << QStringLiteral("line %1").arg(lineAfterSample);
        QTest::newRow("unclosed string")
            << QByteArray(sample + "$x = 'unfinished;\n") << QStringLiteral("export.wpconfig_unbalanced")
            << QStringLiteral("line %1").arg(lineAfterSample);
        QTest::newRow("unmatched bracket")
            << QByteArray(sample).replace("define( 'WP_DEBUG', false );", "define( 'WP_DEBUG', false ));")
            << QStringLiteral("export.wpconfig_unbalanced")
            << QStringLiteral("line %1").arg(lineOf(sample, "define( 'WP_DEBUG', false );"));
        QTest::newRow("existing WPMS_ defines")
            << QByteArray(sample).replace(
                   custom,
                   QByteArray(custom + "define( 'WPMS_ON', true );\ndefine(\"WPMS_SMTP_HOST\", 'x');\n"))
            << QStringLiteral("export.wpconfig_existing_constants")
            << QStringLiteral("WPMS_ON (line %1), WPMS_SMTP_HOST (line %2)")
                   .arg(lineOf(sample, custom) + 1)
                   .arg(lineOf(sample, custom) + 2);
        QTest::newRow("damaged block")
            << QByteArray(sample).replace(custom, QByteArray(custom + "// BEGIN Postino\ndefine('A', 1);\n"))
            << QStringLiteral("export.wpconfig_broken_block") << QString();
        QTest::newRow("require under a bare if")
            << QByteArray(
                   "<?php\ndefine( 'ABSPATH', __DIR__ . '/' );\nif ( true )\n    require_once ABSPATH . "
                   "'wp-settings.php';\n")
            << QStringLiteral("export.wpconfig_no_place") << QString();
        QTest::newRow("require inside a block")
            << QByteArray("<?php\nif ( true ) {\n    require_once 'wp-settings.php';\n}\n")
            << QStringLiteral("export.wpconfig_no_place") << QString();
    }

    void patchRefuses()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, id);
        QFETCH(QString, mentions);
        QVERIFY2(readFile(kSamplePath).size() > 0,
                 "install the wordpress package (scripts/install-deps.sh --test)");
        const WpConfigPatch patched =
            patchWpConfig(file, run(smtpProfile(), ExportFormat::WpConfig, false).text);
        QVERIFY(!patched.ok);
        QVERIFY(!patched.replacedEarlierBlock);
        QCOMPARE(patched.content, file); // nothing changed
        QCOMPARE(ids(patched.findings), QStringList{id});
        QVERIFY(hasErrors(patched.findings));
        QVERIFY2(patched.findings.first().detail.contains(mentions),
                 qPrintable(patched.findings.first().detail));
    }

    void patchIgnoresLookalikes()
    {
        // "That's all" inside a string and WPMS_ inside a comment or string are not what they seem.
        const QByteArray file = "<?php\n"
                                "$note = \"/* That's all, stop editing! */\";\n"
                                "// define( 'WPMS_ON', true );\n"
                                "$x = 'define( \\'WPMS_ON\\', true );';\n"
                                "require_once __DIR__ . '/wp-settings.php';\n";
        const WpConfigPatch patched =
            patchWpConfig(file, run(smtpProfile(), ExportFormat::WpConfig, false).text);
        QVERIFY2(patched.ok, qPrintable(formatFindingsText(patched.findings)));
        QVERIFY(patched.content.indexOf(wpConfigBlockBegin().toUtf8()) >
                patched.content.indexOf("$x = 'define"));
        QVERIFY(patched.content.endsWith("// END Postino\nrequire_once __DIR__ . '/wp-settings.php';\n"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
