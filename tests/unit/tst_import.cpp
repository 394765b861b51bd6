#include "catalog/catalog.h"
#include "import/import.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace postino;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(POSTINO_SOURCE_DIR "/tests/unit/import-fixtures/") + QString::fromLatin1(name);
}

QByteArray readFixture(const char* name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("missing fixture %s", name);
    }
    return file.readAll();
}

QStringList ids(const Findings& findings, Severity atLeast = Severity::Warning)
{
    QStringList out;
    for (const Finding& f : findings) {
        if (f.severity() >= atLeast) {
            out << f.id;
        }
    }
    return out;
}

QString dump(const ImportResult& r)
{
    return formatFindingsText(r.findings);
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The password every SMTP fixture uses: ' \ " $ % spaces and an accented letter, ending in a backslash.
const QByteArray kPassword = QByteArrayLiteral("It's a \"quoted\" \\ $HOME, 100% caf\xc3\xa9!\\");

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    static void checkSmtpWpConfig(const ImportResult& r, const QString& fromName)
    {
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.source, s("wp-config.php"));
        const Profile& p = r.profile;
        QCOMPARE(p.mailerId(), s("smtp"));
        QCOMPARE(p.sender().fromEmail, s("hello@example.com"));
        QCOMPARE(p.sender().fromName, fromName);
        QCOMPARE(p.sender().forceFromEmail, true);
        QCOMPARE(p.sender().forceFromName, true);
        QCOMPARE(p.sender().returnPath, false);
        const QJsonObject expected{{s("host"), s("smtp.example.com")},
                                   {s("port"), 465},
                                   {s("encryption"), s("ssl")},
                                   {s("auth"), true},
                                   {s("autotls"), false},
                                   {s("user"), s("mailer@example.com")}};
        QCOMPARE(p.mailerSettings(s("smtp")), expected);
        QCOMPARE(p.features().weeklySummary, false);
        QCOMPARE(p.features().emailLogs, false);
        QCOMPARE(r.secrets.size(), 1);
        QCOMPARE(r.secrets.value(Profile::secretKey(s("smtp"), s("pass"))), kPassword);
        QCOMPARE(r.secretsToEnter, QStringList{});
        // The secret never reaches the profile.
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("quoted"));
        for (const char* label : {"Mailer", "From email", "From name", "Force From email", "Force From name",
                                  "Return path", "SMTP server", "Port", "Encryption", "Authentication",
                                  "Auto TLS", "Username", "Password", "Weekly summary", "Email logs"}) {
            QVERIFY2(r.imported.contains(s(label)), label);
        }
    }

    static void expectFailure(const ImportResult& r, const char* id)
    {
        QVERIFY2(!r.ok, qPrintable(dump(r)));
        QVERIFY2(findById(r.findings, s(id)), qPrintable(dump(r)));
        QVERIFY(findById(r.findings, s(id))->isError());
        QVERIFY(!findById(r.findings, s(id))->detail.isEmpty());
        // A failed import hands back nothing to use.
        QCOMPARE(r.profile.toJson(), Profile().toJson());
        QVERIFY(r.secrets.isEmpty());
        QVERIFY(r.imported.isEmpty());
    }

private Q_SLOTS:
    // --- wp-config.php ------------------------------------------------------------------------

    void wpConfigSingleQuoted()
    {
        checkSmtpWpConfig(importFile(fixture("wpconfig-smtp-single.php")), s("Caffè Età"));
    }

    void wpConfigDoubleQuoted()
    {
        checkSmtpWpConfig(importFile(fixture("wpconfig-smtp-double.php")), s("Caffè Età"));
    }

    void wpConfigCrlf()
    {
        QByteArray data = readFixture("wpconfig-smtp-single.php");
        data.replace("\n", "\r\n");
        QVERIFY(data.contains("\r\n"));
        checkSmtpWpConfig(importData(data, s("wp-config.php")), s("Caffè Età"));
        QByteArray doubled = readFixture("wpconfig-smtp-double.php");
        doubled.replace("\n", "\r\n");
        checkSmtpWpConfig(importData(doubled, s("wp-config.php")), s("Caffè Età"));
    }

    void wpConfigCommentedDefinesIgnored()
    {
        const ImportResult r = importFile(fixture("wpconfig-commented.php"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.profile.mailerId(), s("smtp"));
        const QJsonObject expected{{s("host"), s("smtp.example.org")}, {s("port"), 587}, {s("auth"), false}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.profile.sender().fromEmail, s("site@example.org"));
        QVERIFY(r.secrets.isEmpty());
        QCOMPARE(r.secretsToEnter, QStringList{}); // no authentication, so no password to enter
    }

    void wpConfigApiMailer()
    {
        const ImportResult r = importFile(fixture("wpconfig-mailgun.php"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.profile.mailerId(), s("mailgun"));
        const QJsonObject expected{{s("domain"), s("mg.example.eu")}, {s("region"), s("EU")}};
        QCOMPARE(r.profile.mailerSettings(s("mailgun")), expected);
        QCOMPARE(r.profile.sender().fromEmail, s("news@mg.example.eu"));
        QCOMPARE(r.profile.sender().fromName, s("Example EU"));
        QCOMPARE(r.secrets.value(s("mailgun.api_key")),
                 QByteArrayLiteral("key-0123456789abcdef0123456789abcdef"));
        QCOMPARE(r.secretsToEnter, QStringList{});
        QVERIFY(r.imported.contains(s("Mailgun API key")));
        QVERIFY(r.imported.contains(s("Domain name")));
        QVERIFY(r.profile.validate().isEmpty());
    }

    void wpConfigWithoutWpmsOnStillImports()
    {
        const ImportResult r = importData("<?php\ndefine('WPMS_MAILER', 'smtp');\n"
                                          "define('WPMS_SMTP_HOST', 'smtp.example.com');\n",
                                          s("wp-config.php"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{s("import.constants_disabled")});
        QCOMPARE(r.profile.setting(s("host")).toString(), s("smtp.example.com"));
        QCOMPARE(r.secretsToEnter, QStringList{s("Password")});

        const ImportResult quoted =
            importData("<?php define('WPMS_ON', 'true'); define('WPMS_MAILER', 'smtp');");
        QVERIFY(quoted.ok);
        QCOMPARE(ids(quoted.findings), QStringList{s("import.constants_disabled")});
    }

    void wpConfigEasyWpSmtpConstants()
    {
        const ImportResult r = importData("<?php\n"
                                          "define( 'EASY_WP_SMTP_ON', true );\n"
                                          "define( 'EASY_WP_SMTP_MAILER', 'mailgun' );\n"
                                          "define( 'EASY_WP_SMTP_MAIL_FROM', 'a@example.com' );\n"
                                          "define( 'EASY_WP_SMTP_MAILGUN_API_KEY', 'k1' );\n"
                                          "define( 'EASY_WP_SMTP_MAILGUN_DOMAIN', 'mg.example.com' );\n");
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.source, s("wp-config.php (Easy WP SMTP)"));
        QCOMPARE(r.profile.mailerId(), s("mailgun"));
        QCOMPARE(r.profile.setting(s("domain")).toString(), s("mg.example.com"));
        QCOMPARE(r.secrets.value(s("mailgun.api_key")), QByteArrayLiteral("k1"));
    }

    void wpConfigOddValues()
    {
        const ImportResult r =
            importData("<?php\n"
                       "define('WPMS_ON', true);\n"
                       "define('WPMS_MAILER', 'pigeon');\n" // 3
                       "define('WPMS_SMTP_HOST', 'first.example.com');\n"
                       "define('WPMS_SMTP_HOST', 'second.example.com');\n" // 5
                       "define('WPMS_SMTP_PORT', '2525');\n"
                       "define('WPMS_SSL', '');\n"
                       "define('WPMS_SMTP_AUTH', 'false');\n"             // 8
                       "define('WPMS_SMTP_PASS', getenv('SMTP_PASS'));\n" // 9
                       "define('WPMS_SOMETHING_NEW', 1);\n"               // 10
                       "define('WPMS_MAILGUN_REGION', 'mars');\n"         // 11
                       "define('WPMS_SETUP_WIZARD_TEST_EMAIL_RECIPIENT', 'me@example.com');\n"
                       "define('WPMS_ALERT_EMAIL_SEND_TO', 'ops@example.com');\n",
                       s("wp-config.php"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), (QStringList{s("import.unknown_mailer"), s("import.duplicate"),
                                               s("import.odd_value"), s("import.unsupported_value"),
                                               s("import.unknown_constant"), s("import.ignored_value")}));
        QCOMPARE(findById(r.findings, s("import.duplicate"))->subject, s("wp-config.php:5"));
        QCOMPARE(findById(r.findings, s("import.unsupported_value"))->severity(), Severity::Warning);
        QVERIFY(findById(r.findings, s("import.unsupported_value"))->detail.contains(s("getenv")));
        QCOMPARE(r.profile.mailerId(), s("smtp")); // the unknown mailer was not taken over
        const QJsonObject expected{{s("host"), s("first.example.com")},
                                   {s("port"), 2525},
                                   {s("encryption"), s("none")},
                                   {s("auth"), true}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.profile.testRecipient(), s("me@example.com"));
        QCOMPARE(r.profile.features().alerts, true);
        QVERIFY(r.secrets.isEmpty());
        QVERIFY(!r.imported.contains(s("Mailer")));
    }

    void wpConfigConstSyntaxAndNumbers()
    {
        const ImportResult r = importData("<?php\n"
                                          "const WPMS_ON = true;\n"
                                          "\\define ( 'WPMS_MAILER' , 'smtp' , false ) ;\n"
                                          "define('WPMS_SMTP_PORT', 0x24B);\n" // 587
                                          "define('WPMS_SMTP_USER', <<<'EOT'\nuser\nEOT);\n"
                                          "define('WPMS_MAIL_FROM_NAME', \"Shop\\t{$name}\");\n",
                                          s("wp-config.php"));
        // The heredoc and the interpolated string are not plain values; the From name matters.
        QVERIFY(!r.ok);
        QCOMPARE(ids(r.findings, Severity::Error),
                 (QStringList{s("import.unsupported_value"), s("import.unsupported_value")}));

        const ImportResult ok = importData("<?php const WPMS_ON = true, WPMS_MAILER = 'smtp';\n"
                                           "define('WPMS_SMTP_PORT', 0x24B);");
        QVERIFY2(ok.ok, qPrintable(dump(ok)));
        QCOMPARE(ok.profile.setting(s("port")).toInt(), 587);
    }

    // --- JSON options -------------------------------------------------------------------------

    void wpMailSmtpOptionSendgrid()
    {
        const ImportResult r = importFile(fixture("option-sendgrid.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.source, s("wp_mail_smtp option"));
        QCOMPARE(r.profile.mailerId(), s("sendgrid"));
        QCOMPARE(r.profile.mailerSettings(s("sendgrid")), (QJsonObject{{s("domain"), s("example.com")}}));
        QCOMPARE(r.secrets.value(s("sendgrid.api_key")),
                 QByteArrayLiteral("SG.abcdefghijklmnop.qrstuvwxyz0123456789"));
        QCOMPARE(r.secrets.size(), 1);
        QCOMPARE(r.profile.sender().fromEmail, s("shop@example.com"));
        QCOMPARE(r.profile.sender().fromName, s("Example Shop"));
        QCOMPARE(r.profile.sender().forceFromEmail, true);
        QCOMPARE(r.profile.sender().forceFromName, false);
        QCOMPARE(r.profile.sender().returnPath, false);
        QCOMPARE(r.profile.features().weeklySummary, false);
        QCOMPARE(r.profile.features().emailLogs, true);
        QCOMPARE(r.profile.features().errorTracking, false);
        QCOMPARE(r.profile.features().alerts, false);
        // The blank SMTP group is WP Mail SMTP's stored defaults, not a configuration.
        QVERIFY(r.profile.mailerSettings(s("smtp")).isEmpty());
        QCOMPARE(r.secretsToEnter, QStringList{});
    }

    void wpMailSmtpOptionEncryptedPassword()
    {
        const QByteArray json =
            R"({"mail":{"mailer":"smtp"},"smtp":{"host":"smtp.example.com","auth":true,)"
            R"("user":"u","pass":"dGhpcyBpcyBub25jZSArIGNpcGhlcnRleHQgKyBtYWMgYnl0ZXMgLi4uLi4uLi4="},)"
            R"("gmail":{"client_id":"id","access_token":{"a":1}},"mailtrap":{"api_key":"x"}})";
        const ImportResult r = importData(json);
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(
            ids(r.findings, Severity::Info),
            (QStringList{s("import.encrypted_secret"), s("import.ignored_key"), s("import.ignored_key")}));
        QVERIFY(r.secrets.isEmpty());
        QCOMPARE(r.secretsToEnter, QStringList{s("Password")});
        QCOMPARE(r.profile.mailerSettings(s("gmail")), (QJsonObject{{s("client_id"), s("id")}}));
        QVERIFY(r.imported.contains(s("Google / Gmail: Client ID")));
    }

    void easyWpSmtp1()
    {
        const ImportResult r = importFile(fixture("easy-wp-smtp.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("Easy WP SMTP"));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.profile.mailerId(), s("smtp"));
        const QJsonObject expected{{s("host"), s("mail.example.net")},
                                   {s("encryption"), s("tls")},
                                   {s("port"), 587},
                                   {s("auth"), true},
                                   {s("user"), s("info@example.net")}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.profile.sender().fromEmail, s("info@example.net"));
        QCOMPARE(r.profile.sender().fromName, s("Example Net"));
        QCOMPARE(r.profile.sender().forceFromName, true);
        QVERIFY(r.secrets.isEmpty()); // Easy WP SMTP's stored password is not usable
        QCOMPARE(r.secretsToEnter, QStringList{s("Password")});
        QVERIFY(findById(r.findings, s("import.encrypted_secret")));
    }

    void postSmtpJson()
    {
        const ImportResult r = importFile(fixture("post-smtp.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("Post SMTP"));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.profile.mailerId(), s("smtp"));
        const QJsonObject expected{{s("host"), s("smtp.example.org")},
                                   {s("encryption"), s("tls")},
                                   {s("port"), 587},
                                   {s("auth"), true},
                                   {s("user"), s("wp@example.org")}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.secrets.value(s("smtp.pass")), QString(s("pässword with spaces & 'quotes'")).toUtf8());
        QCOMPARE(r.profile.sender().fromEmail, s("wp@example.org"));
        QCOMPARE(r.profile.sender().fromName, s("WordPress Site"));
        QCOMPARE(r.profile.sender().forceFromEmail, true);
        QCOMPARE(r.secretsToEnter, QStringList{});
    }

    void postSmtpExportBlob()
    {
        // Generated with:
        // python3 -c 'import base64,json,zlib;
        // print(base64.b64encode(zlib.compress(json.dumps({...}).encode(), 9)).decode())'
        const ImportResult r = importFile(fixture("post-smtp-export.txt"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("Post SMTP settings export"));
        QCOMPARE(ids(r.findings), QStringList{});
        QCOMPARE(r.profile.mailerId(), s("mailgun"));
        const QJsonObject expected{{s("domain"), s("mg.example.com")}, {s("region"), s("EU")}};
        QCOMPARE(r.profile.mailerSettings(s("mailgun")), expected);
        QCOMPARE(r.secrets.value(s("mailgun.api_key")),
                 QByteArrayLiteral("key-fedcba9876543210fedcba9876543210"));
        QCOMPARE(r.profile.sender().fromEmail, s("blog@example.com"));
        QCOMPARE(r.profile.sender().forceFromName, true);
        QCOMPARE(r.secretsToEnter, QStringList{});

        // Cut short when copied: no crash, a clear finding.
        QByteArray cut = readFixture("post-smtp-export.txt").trimmed();
        cut.chop(40);
        cut.append(QByteArray(4 - cut.size() % 4, '='));
        expectFailure(importData(cut), "import.unknown_format");
    }

    void smtpMailer()
    {
        const ImportResult r = importFile(fixture("smtp-mailer.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("SMTP Mailer"));
        QCOMPARE(ids(r.findings), QStringList{});
        const QJsonObject expected{{s("host"), s("smtp.mailer.example")},
                                   {s("encryption"), s("ssl")},
                                   {s("port"), 465},
                                   {s("auth"), true},
                                   {s("user"), s("user@mailer.example")}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.secrets.value(s("smtp.pass")), QByteArrayLiteral("m@iler pass"));
        QCOMPARE(r.profile.sender().fromName, s("Mailer Site"));
    }

    void wpSmtp()
    {
        const ImportResult r = importFile(fixture("wp-smtp.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("WP SMTP"));
        QCOMPARE(ids(r.findings), QStringList{});
        const QJsonObject expected{{s("host"), s("mail.wpsmtp.example")},
                                   {s("encryption"), s("none")},
                                   {s("port"), 25},
                                   {s("auth"), true},
                                   {s("user"), s("hi@wpsmtp.example")}};
        QCOMPARE(r.profile.mailerSettings(s("smtp")), expected);
        QCOMPARE(r.secrets.value(s("smtp.pass")), QByteArrayLiteral("plain pass"));
        QCOMPARE(r.profile.sender().fromEmail, s("hi@wpsmtp.example"));
    }

    void fluentSmtpDefaultConnection()
    {
        const ImportResult r = importFile(fixture("fluent-smtp.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("FluentSMTP"));
        QCOMPARE(ids(r.findings), QStringList{});
        QVERIFY(findById(r.findings, s("import.other_connections")));
        QCOMPARE(r.profile.mailerId(), s("amazonses"));
        const QJsonObject expected{{s("client_id"), s("AKIAIOSFODNN7EXAMPLE")},
                                   {s("region"), s("eu-west-1")}};
        QCOMPARE(r.profile.mailerSettings(s("amazonses")), expected);
        QCOMPARE(r.secrets, (QHash<QString, QByteArray>{
                                {s("amazonses.client_secret"), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"}}));
        QVERIFY(r.profile.mailerSettings(s("smtp")).isEmpty()); // the other connection is not imported
        QCOMPARE(r.profile.sender().fromEmail, s("news@example.com"));
        QCOMPARE(r.profile.sender().forceFromName, true);
        QCOMPARE(r.profile.sender().forceFromEmail, true);
        QCOMPARE(r.profile.sender().returnPath, true);
        QCOMPARE(r.profile.features().emailLogs, false);
    }

    void fluentSmtpSecretsInWpConfig()
    {
        const QByteArray json =
            R"({"connections":{"c1":{"provider_settings":{"provider":"mailgun","key_store":"wp_config",)"
            R"("api_key":"","domain_name":"mg.example.com","region":"eu"}}},"misc":{"default_connection":"c1"}})";
        const ImportResult r = importData(json);
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.profile.mailerSettings(s("mailgun")),
                 (QJsonObject{{s("domain"), s("mg.example.com")}, {s("region"), s("EU")}}));
        QCOMPARE(r.secretsToEnter, QStringList{s("Mailgun API key")});
        QVERIFY(findById(r.findings, s("import.secrets_elsewhere")));
    }

    // Every mailer the catalog says FluentSMTP or Post SMTP know by a name comes back from a minimal
    // settings blob naming that provider, with each field FluentSMTP keeps for it.
    void pluginProviderNamesFollowTheCatalog()
    {
        int fluentSmtp = 0;
        int postSmtp = 0;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            const QString fluentName =
                m.imports.value(s("fluentSmtp")).toObject().value(s("name")).toString();
            if (!fluentName.isEmpty()) {
                ++fluentSmtp;
                QJsonObject settings{{s("provider"), fluentName}};
                QStringList expectedFields;
                for (const FieldSpec& f : m.fields) {
                    const QString from = m.importField(s("fluentSmtp"), f.key);
                    if (from.isEmpty()) {
                        continue;
                    }
                    expectedFields.append(f.key);
                    settings.insert(from,
                                    f.type == FieldSpec::Type::Port     ? QJsonValue(2525)
                                    : f.type == FieldSpec::Type::Bool   ? QJsonValue(true)
                                    : f.type == FieldSpec::Type::Choice ? QJsonValue(f.choices.last().value)
                                    : f.type == FieldSpec::Type::Host   ? QJsonValue(s("mail.example.com"))
                                    : f.type == FieldSpec::Type::Email  ? QJsonValue(s("a@example.com"))
                                                                        : QJsonValue(s("value-") + f.key));
                }
                const QJsonObject blob{
                    {s("connections"),
                     QJsonObject{{s("c1"), QJsonObject{{s("provider_settings"), settings}}}}},
                    {s("misc"), QJsonObject{{s("default_connection"), s("c1")}}}};
                const ImportResult r =
                    importData(QJsonDocument(blob).toJson(), s("fluentmail-settings.json"));
                QVERIFY2(r.ok, qPrintable(m.id + u' ' + dump(r)));
                QCOMPARE(r.source, s("FluentSMTP"));
                QCOMPARE(r.profile.mailerId(), m.id);
                for (const QString& key : std::as_const(expectedFields)) {
                    QVERIFY2(r.profile.mailerSettings(m.id).contains(key) ||
                                 r.secrets.contains(m.id + u'.' + key),
                             qPrintable(m.id + u'.' + key));
                }
            }
            const QString postName = m.imports.value(s("postSmtp")).toObject().value(s("name")).toString();
            if (!postName.isEmpty()) {
                ++postSmtp;
                const QJsonObject blob{{s("transport_type"), postName},
                                       {s("sender_email"), s("a@example.com")}};
                const ImportResult r = importData(QJsonDocument(blob).toJson(), s("postman_options.json"));
                QVERIFY2(r.ok, qPrintable(m.id + u' ' + dump(r)));
                QCOMPARE(r.source, s("Post SMTP"));
                QCOMPARE(r.profile.mailerId(), m.id);
                QVERIFY2(!findById(r.findings, s("import.unknown_mailer")), qPrintable(m.id));
            }
        }
        // The catalog declares these today; the loop above must have run over them.
        QVERIFY(fluentSmtp >= 8);
        QVERIFY(postSmtp >= 4);
    }

    void postinoProfile()
    {
        const ImportResult r = importFile(fixture("postino-profile.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QCOMPARE(r.source, s("Postino profile"));
        QCOMPARE(ids(r.findings), (QStringList{s("import.unknown_mailer"), s("import.ignored_key")}));
        QCOMPARE(r.profile.mailerId(), s("sparkpost"));
        QCOMPARE(r.profile.mailerSettings(s("sparkpost")), (QJsonObject{{s("region"), s("EU")}}));
        QCOMPARE(r.profile.mailerSettings(s("smtp")),
                 (QJsonObject{{s("host"), s("smtp.example.com")}, {s("port"), 2525}}));
        QVERIFY(r.profile.mailerSettings(s("carrier-pigeon")).isEmpty());
        QCOMPARE(r.secrets.value(s("sparkpost.api_key")),
                 QByteArrayLiteral("a-secret-that-does-not-belong-here"));
        QCOMPARE(r.profile.sender().fromEmail, s("p@example.com"));
        QCOMPARE(r.profile.sender().forceFromEmail, false);
        QCOMPARE(r.profile.features().emailLogs, false);
        QCOMPARE(r.profile.features().alerts, true);
        QCOMPARE(r.profile.testRecipient(), s("me@example.com"));
        QCOMPARE(r.profile.toJson().value(s("futureSetting")).toObject(), (QJsonObject{{s("kept"), true}}));
        QVERIFY(!QJsonDocument(r.profile.toJson()).toJson().contains("does-not-belong"));
        QVERIFY(r.imported.contains(s("Other SMTP: Port")));
    }

    // --- hostile input ------------------------------------------------------------------------

    void tooLarge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("wp-config.php"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray line =
            "define( 'WPMS_SMTP_HOST', 'smtp.example.com' ); // padding padding padding\n";
        QByteArray big;
        big.reserve(kMaxImportBytes + line.size());
        while (big.size() <= kMaxImportBytes) {
            big.append(line);
        }
        QCOMPARE(file.write(big), big.size());
        file.close();
        expectFailure(importFile(path), "import.too_large");
        expectFailure(importData(big, s("wp-config.php")), "import.too_large");
    }

    void binary()
    {
        QByteArray nul = "<?php\ndefine( 'WPMS_ON', true );\n";
        nul.append('\0').append("\x01\x02\xff", 3);
        expectFailure(importData(nul, s("wp-config.php")), "import.binary");

        // A compressed backup is not text, whatever its name.
        expectFailure(importData(QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48", 12),
                                 s("wp-config.php")),
                      "import.binary");
    }

    // --- Italian -------------------------------------------------------------------------------

    // With Italian loaded, nothing an import tells the user is still the English text: not the details,
    // the steps, the list of what was imported, nor the name of the source.
    void importReportsAreTranslated()
    {
        QList<QPair<QByteArray, QString>> inputs;
        for (const char* name :
             {"wpconfig-smtp-single.php", "wpconfig-mailgun.php", "wpconfig-commented.php",
              "wpconfig-function-call.php", "wpconfig-unbalanced-quote.php", "option-sendgrid.json",
              "easy-wp-smtp.json", "post-smtp.json", "post-smtp-export.txt", "smtp-mailer.json",
              "wp-smtp.json", "fluent-smtp.json", "postino-profile.json", "unknown.json"}) {
            inputs.append({readFixture(name), s(name)});
        }
        inputs.append(
            {QString::fromUtf8(readFixture("wpconfig-smtp-single.php")).toLatin1(), s("latin1.php")});
        inputs.append({"{\"mail\": ", s("cut.json")});
        inputs.append({QByteArray("\0\1", 2), s("binary.php")});
        inputs.append(
            {"<?php\ndefine('WPMS_ON', 'yes');\ndefine('WPMS_MAILER', 'pigeon');\n"
             "define('WPMS_SMTP_HOST', 'a.example.com');\ndefine('WPMS_SMTP_HOST', 'b.example.com');\n"
             "define('WPMS_SMTP_AUTH', 'false');\ndefine('WPMS_SMTP_PASS', getenv('X'));\n"
             "define('WPMS_SOMETHING_NEW', 1);\ndefine('WPMS_MAILGUN_REGION', 'mars');\n"
             "define('WPMS_PEPIPOST_API_KEY', 'k');\ndefine('WPMS_DO_NOT_SEND', true);\n"
             "define('WPMS_MAIL_FROM_FORCE', 'maybe');\ndefine('EASY_WP_SMTP_FROM', 'x');\n"
             "define('WPMS_ALERT_EMAIL_SEND_TO', 'ops@example.com');\n",
             s("odd.php")});
        inputs.append({"<?php\ndefine('WPMS_MAIL_FROM_NAME', \"Shop {$name}\");\ndefine('WPMS_SMTP_USER', "
                       "<<<EOT\nu\nEOT);\n",
                       s("computed.php")});
        inputs.append({"<?php\n/* never closed\ndefine('WPMS_ON', true);\n", s("comment.php")});
        inputs.append({"<?php\ndefine('WPMS_ON', true\n", s("paren.php")});
        inputs.append({"<?php\n$x = <<<EOT\nnever closed\n", s("heredoc.php")});
        inputs.append({"<?php\n$x = 'never closed;\ndefine('WPMS_ON', true);\n", s("quote.php")});
        inputs.append({"[1, 2]", s("list.json")});
        inputs.append({"{\"fluentmail-settings\": {}}", s("fluent.json")});
        inputs.append({"", s("empty.php")});
        inputs.append(
            {"{\"format\": \"postino-profile\", \"mailer\": 5, \"sender\": {\"forceFromEmail\": \"no\"}, "
             "\"alerts\": {\"allowLocalTargets\": true}}",
             s("profile.json")});
        auto texts = [](const ImportResult& r) {
            QStringList out{r.source};
            out += r.imported;
            out += r.secretsToEnter;
            for (const Finding& f : r.findings) {
                out << f.detail << f.advice.title << f.advice.steps;
            }
            out.removeAll(QString());
            return out;
        };
        QList<QStringList> english;
        for (const auto& [data, name] : std::as_const(inputs)) {
            english.append(texts(importData(data, name)));
        }
        QTranslator italian;
        QVERIFY(italian.load(s(":/i18n/postino_it.qm")));
        QVERIFY(QCoreApplication::installTranslator(&italian));
        const QStringList productNames{s("Easy WP SMTP"), s("Post SMTP"), s("SMTP Mailer"), s("WP SMTP")};
        QStringList untranslated;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const QStringList translated = texts(importData(inputs.at(i).first, inputs.at(i).second));
            for (const QString& text : translated) {
                // File names, constants and values stand as they are; any sentence is Italian.
                if (english.at(i).contains(text) && text.contains(QLatin1Char(' ')) &&
                    !productNames.contains(text)) {
                    untranslated << inputs.at(i).second + QStringLiteral(": ") + text;
                }
            }
        }
        QCoreApplication::removeTranslator(&italian);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }

    // --- encodings other than UTF-8 -------------------------------------------------------------

    void wpConfigLatin1()
    {
        const QByteArray latin1 = QString::fromUtf8(readFixture("wpconfig-smtp-single.php")).toLatin1();
        QVERIFY(latin1.contains("Caff\xe8 Et\xe0"));
        const ImportResult r = importData(latin1, s("wp-config.php"));
        checkSmtpWpConfig(r, s("Caffè Età"));
        QVERIFY(findById(r.findings, s("import.encoding")));
        QVERIFY(findById(r.findings, s("import.encoding"))->detail.contains(QLatin1String("Windows-1252")));
        // Windows-1252's own characters (curly quotes, the euro sign) read as such.
        const ImportResult quotes = importData("<?php\ndefine( 'WPMS_MAIL_FROM_NAME', '\x93"
                                               "Caff\xe8\x94 \x80' );\n",
                                               s("wp-config.php"));
        QVERIFY2(quotes.ok, qPrintable(dump(quotes)));
        QCOMPARE(quotes.profile.sender().fromName, s("“Caffè” €"));
    }

    void wpConfigWithByteOrderMark()
    {
        const QByteArray utf8 = readFixture("wpconfig-smtp-single.php");
        checkSmtpWpConfig(importData("\xEF\xBB\xBF" + utf8, s("wp-config.php")), s("Caffè Età"));
        // Saved as "Unicode" by Notepad: UTF-16 with its byte order mark.
        const QString text = QString::fromUtf8(utf8);
        QByteArray utf16("\xFF\xFE", 2);
        for (const QChar c : text) {
            utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        }
        const ImportResult r = importData(utf16, s("wp-config.php"));
        checkSmtpWpConfig(r, s("Caffè Età"));
        QVERIFY(findById(r.findings, s("import.encoding")));
    }

    // A profile that lets alerts reach this computer says so: it lowers a safety check.
    void profileAllowingLocalTargetsSaysSo()
    {
        QJsonObject json = QJsonDocument::fromJson(readFixture("postino-profile.json")).object();
        json.insert(s("alerts"), QJsonObject{{s("allowLocalTargets"), true}, {s("channels"), QJsonArray{}}});
        const ImportResult r = importData(QJsonDocument(json).toJson(), s("profile.json"));
        QVERIFY2(r.ok, qPrintable(dump(r)));
        QVERIFY(r.profile.alerts().allowLocalTargets);
        const Finding* f = findById(r.findings, s("import.allow_local_targets"));
        QVERIFY2(f, qPrintable(dump(r)));
        QCOMPARE(f->severity(), Severity::Warning);
        QVERIFY(!f->advice.steps.isEmpty());
        QVERIFY(r.imported.contains(s("Alerts to this computer and private networks")));
        // Off, nothing is said.
        json.insert(s("alerts"), QJsonObject{{s("allowLocalTargets"), false}});
        const ImportResult off = importData(QJsonDocument(json).toJson(), s("profile.json"));
        QVERIFY(!findById(off.findings, s("import.allow_local_targets")));
    }

    void unbalancedQuote()
    {
        const ImportResult r = importFile(fixture("wpconfig-unbalanced-quote.php"));
        expectFailure(r, "import.syntax");
        const Finding* f = findById(r.findings, s("import.syntax"));
        QCOMPARE(f->subject, s("wpconfig-unbalanced-quote.php:4"));
        QVERIFY2(f->detail.contains(s("line 4")), qPrintable(f->detail));
        QVERIFY2(f->detail.contains(s("line 5")), qPrintable(f->detail));

        // On the last line, the opening quote's line is exact.
        const ImportResult last = importData(
            "<?php\ndefine( 'WPMS_ON', true );\n\ndefine( 'WPMS_MAILER', 'smtp );\n", s("wp-config.php"));
        expectFailure(last, "import.syntax");
        QCOMPARE(findById(last.findings, s("import.syntax"))->subject, s("wp-config.php:4"));

        expectFailure(importData("<?php /* define('WPMS_ON', true);"), "import.syntax");
        expectFailure(importData("<?php define('WPMS_MAILER', 'smtp'"), "import.syntax");
        expectFailure(importData("<?php define('WPMS_MAILER', <<<EOT\nsmtp\n"), "import.syntax");
    }

    void functionCallValue()
    {
        const ImportResult r = importFile(fixture("wpconfig-function-call.php"));
        expectFailure(r, "import.unsupported_value");
        const Finding* f = findById(r.findings, s("import.unsupported_value"));
        QCOMPARE(f->subject, s("wpconfig-function-call.php:4"));
        QVERIFY(f->detail.contains(s("getenv")));
    }

    void emptyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(s("empty.php"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        expectFailure(importFile(path), "import.not_found");
        expectFailure(importData(" \n\t\r\n"), "import.not_found");
    }

    void missingFile() { expectFailure(importFile(s("/nonexistent/wp-config.php")), "import.not_found"); }

    void noMailConstants()
    {
        expectFailure(importData("<?php\ndefine( 'DB_NAME', 'wordpress' );\n", s("wp-config.php")),
                      "import.not_found");
    }

    void unknownJson()
    {
        expectFailure(importFile(fixture("unknown.json")), "import.unknown_format");
        expectFailure(importData("[1, 2, 3]"), "import.unknown_format");
        expectFailure(importData("Hello, this is just a note."), "import.unknown_format");
    }

    void brokenJson()
    {
        const ImportResult r =
            importData("{\n  \"mail\": {\n    \"mailer\": \"smtp\",\n  }\n", s("option.json"));
        expectFailure(r, "import.syntax");
        QVERIFY(findById(r.findings, s("import.syntax"))->subject.startsWith(s("option.json:")));
    }

    // Inputs that would make a careless tokenizer quadratic or loop: each must end promptly.
    void pathologicalInputsEndQuickly_data()
    {
        QTest::addColumn<QByteArray>("data");
        const int n = 400000;
        QTest::newRow("quotes") << QByteArray("<?php ").append(QByteArray(n + 1, '\''));
        QTest::newRow("double quotes")
            << QByteArray("<?php define('WPMS_ON', ").append(QByteArray(n + 1, '"'));
        QTest::newRow("block comment openers") << QByteArray("<?php ").append(QByteArray("/*").repeated(n));
        QTest::newRow("heredoc openers")
            << QByteArray("<?php define('WPMS_ON', ").append(QByteArray("<<<A\n").repeated(n));
        QTest::newRow("define define") << QByteArray("<?php ").append(QByteArray("define(").repeated(n));
        QTest::newRow("open tags") << QByteArray("<?xml ")
                                          .append(QByteArray("<?p").repeated(n))
                                          .append("<?php define('WPMS_ON', true);");
        QTest::newRow("nested parens")
            << QByteArray("<?php define('WPMS_MAILER', ").append(QByteArray(n, '('));
        QTest::newRow("escapes")
            << QByteArray("<?php define('WPMS_SMTP_PASS', \"").append(QByteArray("\\u{").repeated(n));
        QTest::newRow("line comments") << QByteArray("<?php ").append(QByteArray("//\n#\n").repeated(n));
        QTest::newRow("base64") << QByteArray("eNo").append(QByteArray("A").repeated(n));
        QTest::newRow("json depth") << QByteArray(n, '{');
    }
    void pathologicalInputsEndQuickly()
    {
        QFETCH(QByteArray, data);
        QElapsedTimer timer;
        timer.start();
        const ImportResult r = importData(data, s("input"));
        QVERIFY(!r.ok);
        QVERIFY(!r.findings.isEmpty());
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
