#include "profile/profile.h"
#include "profile/profilestore.h"
#include "profile/validators.h"
#include "sampleprofile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    static Profile smtpProfile()
    {
        return test::sampleSmtpProfile(QStringLiteral("me@example.com"), QStringLiteral("Caffè Età"));
    }
    static QStringList subjects(const Findings& findings)
    {
        QStringList out;
        for (const Finding& f : findings) {
            out << f.subject + QLatin1Char('=') + f.id;
        }
        return out;
    }

private Q_SLOTS:
    void completeProfileHasNoFindings() { QCOMPARE(subjects(smtpProfile().validate()), QStringList{}); }

    void missingHostIsRequired()
    {
        Profile p = smtpProfile();
        p.setSetting(QStringLiteral("host"), QString());
        QCOMPARE(subjects(p.validate()), QStringList{QStringLiteral("smtp.host=profile.required")});
    }

    void usernameOnlyRequiredWithAuth()
    {
        Profile p = smtpProfile();
        p.setSetting(QStringLiteral("user"), QString());
        QCOMPARE(subjects(p.validate()), QStringList{QStringLiteral("smtp.user=profile.required")});
        p.setSetting(QStringLiteral("auth"), false);
        QCOMPARE(subjects(p.validate()), QStringList{});
    }

    void badValuesNamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("id");
        QTest::newRow("port 0") << "port" << QJsonValue(0) << "profile.invalid_port";
        QTest::newRow("port 70000") << "port" << QJsonValue(70000) << "profile.invalid_port";
        QTest::newRow("port text") << "port" << QJsonValue(QStringLiteral("abc")) << "profile.invalid_port";
        QTest::newRow("host with scheme")
            << "host" << QJsonValue(QStringLiteral("https://smtp.example.com")) << "profile.invalid_host";
        QTest::newRow("host with space")
            << "host" << QJsonValue(QStringLiteral("smtp example.com")) << "profile.invalid_host";
        QTest::newRow("unknown encryption")
            << "encryption" << QJsonValue(QStringLiteral("starttls")) << "profile.invalid_choice";
    }
    void badValuesNamed()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, id);
        Profile p = smtpProfile();
        p.setSetting(key, value);
        QCOMPARE(subjects(p.validate()), QStringList{QStringLiteral("smtp.") + key + QLatin1Char('=') + id});
    }

    void fromEmailValidation_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "hello@example.com" << true;
        QTest::newRow("plus and dots") << "first.last+news@mail.example.co.uk" << true;
        QTest::newRow("idn domain") << "info@caffè.it" << true;
        QTest::newRow("no at") << "hello.example.com" << false;
        QTest::newRow("no domain dot") << "hello@localhost" << false;
        QTest::newRow("two ats") << "a@b@example.com" << false;
        QTest::newRow("space") << "hello world@example.com" << false;
        QTest::newRow("trailing dot") << "hello@example.com." << false;
        QTest::newRow("double dot") << "hello..there@example.com" << false;
        QTest::newRow("display name") << "Shop <shop@example.com>" << false;
    }
    void fromEmailValidation()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(isValidEmailAddress(address), valid);
        Profile p = smtpProfile();
        p.sender().fromEmail = address;
        const Findings f = p.validateSender();
        QCOMPARE(f.isEmpty(), valid);
        if (!valid) {
            QCOMPARE(f.first().subject, QStringLiteral("sender.fromEmail"));
        }
    }

    void jsonRoundTripKeepsUnknownKeys()
    {
        QJsonObject json = smtpProfile().toJson();
        json.insert(QStringLiteral("futureTopLevel"), QStringLiteral("keep me"));
        QJsonObject sender = json.value(QStringLiteral("sender")).toObject();
        sender.insert(QStringLiteral("replyTo"), QStringLiteral("support@example.com"));
        json.insert(QStringLiteral("sender"), sender);
        QJsonObject mailers = json.value(QStringLiteral("mailers")).toObject();
        mailers.insert(QStringLiteral("someday"), QJsonObject{{QStringLiteral("x"), 1}});
        json.insert(QStringLiteral("mailers"), mailers);

        const Profile back = Profile::fromJson(json);
        QCOMPARE(back.sender().fromName, QStringLiteral("Caffè Età"));
        QCOMPARE(back.mailerSettings(QStringLiteral("smtp")).value(QStringLiteral("port")).toInt(), 587);
        const QJsonObject again = back.toJson();
        QCOMPARE(again.value(QStringLiteral("futureTopLevel")).toString(), QStringLiteral("keep me"));
        QCOMPARE(again.value(QStringLiteral("sender")).toObject().value(QStringLiteral("replyTo")).toString(),
                 QStringLiteral("support@example.com"));
        QCOMPARE(
            again.value(QStringLiteral("mailers")).toObject().value(QStringLiteral("someday")).toObject(),
            (QJsonObject{{QStringLiteral("x"), 1}}));
        QCOMPARE(again, json);
    }

    // A value of the wrong type is named with its key; the default stays and the rest still loads.
    void wrongTypesAreNamedAndKeepDefaults()
    {
        QJsonObject json = smtpProfile().toJson();
        json.insert(QStringLiteral("mailer"), 5);
        QJsonObject sender = json.value(QStringLiteral("sender")).toObject();
        sender.insert(QStringLiteral("forceFromEmail"), QStringLiteral("false"));
        sender.insert(QStringLiteral("forceFromName"), false);
        json.insert(QStringLiteral("sender"), sender);
        json.insert(QStringLiteral("features"),
                    QJsonObject{{QStringLiteral("weeklySummary"), 0}, {QStringLiteral("emailLogs"), false}});
        json.insert(QStringLiteral("alerts"),
                    QJsonObject{{QStringLiteral("allowLocalTargets"), QStringLiteral("yes")},
                                {QStringLiteral("channels"), QJsonArray{}}});
        Findings problems;
        const Profile p = Profile::fromJson(json, &problems);
        QCOMPARE(subjects(problems),
                 (QStringList{QStringLiteral("mailer=profile.wrong_type"),
                              QStringLiteral("sender.forceFromEmail=profile.wrong_type"),
                              QStringLiteral("features.weeklySummary=profile.wrong_type"),
                              QStringLiteral("alerts.allowLocalTargets=profile.wrong_type")}));
        for (const Finding& f : std::as_const(problems)) {
            QCOMPARE(f.severity(), Severity::Warning);
            QVERIFY(f.detail.contains(f.subject));
            QVERIFY(!f.advice.steps.isEmpty());
        }
        QVERIFY(problems.first().detail.contains(QLatin1String("a number")));
        QVERIFY(problems.at(1).detail.contains(QLatin1String("(true)")));
        // Defaults where the type was wrong; everything else as written.
        QCOMPARE(p.mailerId(), QStringLiteral("smtp"));
        QCOMPARE(p.sender().forceFromEmail, true);
        QCOMPARE(p.features().weeklySummary, true);
        QCOMPARE(p.alerts().allowLocalTargets, false);
        QCOMPARE(p.sender().forceFromName, false);
        QCOMPARE(p.features().emailLogs, false);
        QCOMPARE(p.sender().fromName, QStringLiteral("Caffè Età"));
        QCOMPARE(p.mailerSettings(QStringLiteral("smtp")).value(QStringLiteral("host")).toString(),
                 QStringLiteral("smtp.example.com"));
    }

    void unknownAlertKeysAreKept()
    {
        QJsonObject json = smtpProfile().toJson();
        const QJsonObject channel{{QStringLiteral("id"), QStringLiteral("slack")},
                                  {QStringLiteral("type"), QStringLiteral("slack")},
                                  {QStringLiteral("settings"), QJsonObject{}},
                                  {QStringLiteral("muteUntil"), QStringLiteral("2030-01-01")}};
        json.insert(QStringLiteral("alerts"),
                    QJsonObject{{QStringLiteral("allowLocalTargets"), false},
                                {QStringLiteral("channels"), QJsonArray{channel}},
                                {QStringLiteral("quietHours"), QStringLiteral("22-7")}});
        Findings problems;
        const QJsonObject again = Profile::fromJson(json, &problems).toJson();
        QCOMPARE(subjects(problems), QStringList{});
        QCOMPARE(again, json);
    }

    void newerVersionWarnsWithAdvice()
    {
        QJsonObject json = smtpProfile().toJson();
        json.insert(QStringLiteral("version"), 7);
        Findings problems;
        const Profile p = Profile::fromJson(json, &problems);
        QCOMPARE(subjects(problems), QStringList{QStringLiteral("version=profile.newer_version")});
        QCOMPARE(problems.first().severity(), Severity::Warning);
        QVERIFY(problems.first().detail.contains(QLatin1String("7")));
        QVERIFY(!problems.first().advice.steps.isEmpty());
        QCOMPARE(p.sender().fromEmail, QStringLiteral("hello@example.com"));
        json.insert(QStringLiteral("version"), QStringLiteral("2"));
        problems.clear();
        Profile::fromJson(json, &problems);
        QCOMPARE(subjects(problems), QStringList{QStringLiteral("version=profile.wrong_type")});
    }

    void secretsNeverWritten()
    {
        Profile p = smtpProfile();
        p.setSetting(QStringLiteral("pass"), QStringLiteral("hunter2"));
        const QByteArray file = QJsonDocument(p.toJson()).toJson();
        QVERIFY(!file.contains("hunter2"));

        QJsonObject json = smtpProfile().toJson();
        QJsonObject mailers = json.value(QStringLiteral("mailers")).toObject();
        QJsonObject smtp = mailers.value(QStringLiteral("smtp")).toObject();
        smtp.insert(QStringLiteral("pass"), QStringLiteral("hunter2"));
        mailers.insert(QStringLiteral("smtp"), smtp);
        json.insert(QStringLiteral("mailers"), mailers);
        Findings problems;
        const Profile read = Profile::fromJson(json, &problems);
        QVERIFY(!read.mailerSettings(QStringLiteral("smtp")).contains(QStringLiteral("pass")));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().id, QStringLiteral("profile.secret_in_file"));
    }

    // A profile written before the custom webhook's URL and the ntfy topic were secrets: both stay usable,
    // the file keeps them until they are stored elsewhere, then drops them; exports never carry them.
    void olderProfileMovesWebhookUrlAndNtfyTopicOut()
    {
        const QByteArray url = "https://monitor.example.com/hooks/mail?token=s3cret-hook";
        const QByteArray topic = "shop-mail-alerts-7f3k";
        QJsonObject json = smtpProfile().toJson();
        json.insert(
            QStringLiteral("alerts"),
            QJsonObject{
                {QStringLiteral("channels"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("webhook")},
                                 {QStringLiteral("type"), QStringLiteral("webhook")},
                                 {QStringLiteral("settings"),
                                  QJsonObject{{QStringLiteral("url"), QString::fromUtf8(url)}}}},
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("ntfy")},
                                 {QStringLiteral("type"), QStringLiteral("ntfy")},
                                 {QStringLiteral("settings"),
                                  QJsonObject{{QStringLiteral("server"), QStringLiteral("https://ntfy.sh")},
                                              {QStringLiteral("topic"), QString::fromUtf8(topic)}}}}}}});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QJsonDocument(json).toJson());
        }
        ProfileStore store(path);
        auto loaded = store.load();
        QVERIFY(!loaded.broken);
        Profile& p = loaded.profile;
        QVERIFY(!findById(loaded.problems, QStringLiteral("profile.secret_in_file"))); // moved, not ignored
        QCOMPARE(p.secretsFromFile().value(QStringLiteral("alert_webhook.url")), url);
        QCOMPARE(p.secretsFromFile().value(QStringLiteral("alert_ntfy.topic")), topic);
        QCOMPARE(p.alerts().channels.size(), 2);
        QVERIFY(!p.alerts().channels.at(0).settings.contains(QStringLiteral("url")));
        QCOMPARE(p.alerts().channels.at(1).setting(QStringLiteral("server")),
                 QStringLiteral("https://ntfy.sh"));
        // A copy for someone else never has them.
        const QByteArray shared = QJsonDocument(p.toJson()).toJson();
        QVERIFY(!shared.contains(url) && !shared.contains(topic));

        // Saved before they are stored elsewhere (no keychain): still in the file, nothing lost.
        QVERIFY(store.save(p));
        auto again = store.load();
        QCOMPARE(again.profile.secretsFromFile(), p.secretsFromFile());

        // Stored elsewhere: the next save leaves them out.
        p.forgetSecretFromFile(QStringLiteral("alert_webhook.url"));
        p.forgetSecretFromFile(QStringLiteral("alert_ntfy.topic"));
        QVERIFY(store.save(p));
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray file = saved.readAll();
        QVERIFY2(!file.contains("s3cret-hook") && !file.contains(topic), file.constData());
        QVERIFY(file.contains("\"webhook\"") && file.contains("https://ntfy.sh"));
        QVERIFY(store.load().profile.secretsFromFile().isEmpty());
    }

    void storeSavesAtomicallyAndReloads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/profile.json"));
        ProfileStore store(path);
        QVERIFY(!store.load().existed);
        QString error;
        QVERIFY2(store.save(smtpProfile(), &error), qPrintable(error));
        QCOMPARE(QFile(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions{});
        const auto loaded = store.load();
        QVERIFY(loaded.existed);
        QVERIFY(!loaded.broken);
        QCOMPARE(loaded.profile.toJson(), smtpProfile().toJson());
    }

    void brokenFileIsReportedAndKeptAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("truncated json") << QByteArray("{\"format\": \"postino-profile\", \"mailer\": \"sm");
        QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
        QTest::newRow("other json") << QByteArray("{\"name\": \"package\"}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12);
    }
    void brokenFileIsReportedAndKeptAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("profile.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        ProfileStore store(path);
        const auto loaded = store.load();
        QVERIFY(loaded.broken);
        QCOMPARE(loaded.problems.first().id, QStringLiteral("profile.broken_file"));
        QVERIFY(!loaded.problems.first().advice.steps.isEmpty());
        // Saving afterwards must not destroy the only copy of the old data.
        QVERIFY(store.save(smtpProfile()));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("profile.json.broken-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), content);
        QVERIFY(!store.load().broken);
    }

    void saveIntoUnwritablePlaceReportsError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // The parent "folder" is a regular file: the save must fail with a reason, not crash.
        ProfileStore store(dir.filePath(QStringLiteral("file/profile.json")));
        QString error;
        QVERIFY(!store.save(smtpProfile(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
