#include "secrets/envsecrets.h"
#include "secrets/secretstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace postino;

namespace {

// A keychain that is not there, as on a headless server.
class MissingKeychain : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void read(const QString& key) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, key] { Q_EMIT readFinished(key, {}, Status::Unavailable, QStringLiteral("no backend")); },
            Qt::QueuedConnection);
    }
    void write(const QString& key, const QByteArray&) override
    {
        QMetaObject::invokeMethod(
            this,
            [this, key] { Q_EMIT writeFinished(key, Status::Unavailable, QStringLiteral("no backend")); },
            Qt::QueuedConnection);
    }
    void remove(const QString&) override {}
    bool isPersistent() const override { return true; }
};

class PersistentMemory : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;
    bool isPersistent() const override { return true; }
};

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentLookupOrder()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("POSTINO_PASSWORD"), QStringLiteral("generic"));
        env.insert(QStringLiteral("POSTINO_SECRET_SMTP_PASS"), QStringLiteral("specific"));
        env.insert(QStringLiteral("POSTINO_API_KEY"), QStringLiteral("key"));
        EnvironmentSecrets secrets(env);
        QCOMPARE(secrets.value(QStringLiteral("smtp"), QStringLiteral("pass")).value(),
                 QByteArray("specific"));
        QCOMPARE(secrets.value(QStringLiteral("sendgrid"), QStringLiteral("api_key")).value(),
                 QByteArray("key"));
        QVERIFY(!secrets.value(QStringLiteral("mailjet"), QStringLiteral("secret_key")));
    }

    void fileIsByteExactAndPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# comment\nPOSTINO_PASSWORD=p\xc3\xa4ss=word with trailing space \nPOSTINO_API_KEY=abc\n");
        f.close();
        QFile::setPermissions(path,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        EnvironmentSecrets secrets{QProcessEnvironment()};
        QString error;
        QVERIFY(!secrets.loadFile(path, &error));
        QVERIFY(error.contains(QLatin1String("chmod 600")));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY2(secrets.loadFile(path, &error), qPrintable(error));
        QCOMPARE(secrets.value(QStringLiteral("smtp"), QStringLiteral("pass")).value(),
                 QByteArray("p\xc3\xa4ss=word with trailing space "));
    }

    void malformedFileIsRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just a password\n");
        f.close();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        EnvironmentSecrets secrets{QProcessEnvironment()};
        QString error;
        QVERIFY(!secrets.loadFile(path, &error));
        QVERIFY(error.contains(QLatin1String("Line 1")));
    }

    void sessionKeepsValuesWhenKeychainMissing()
    {
        MissingKeychain keychain;
        SessionSecrets session(&keychain);
        QVERIFY(session.isPersistent());
        QSignalSpy changed(&session, &SessionSecrets::persistenceChanged);
        session.setValue(QStringLiteral("smtp.pass"), "s3cret");
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.first().first().toBool(), false);
        QVERIFY(!session.isPersistent());
        QCOMPARE(session.unavailableReason(), QStringLiteral("no backend"));
        QCOMPARE(session.value(QStringLiteral("smtp.pass")), QByteArray("s3cret"));
    }

    void sessionLoadsFromBackingStore()
    {
        PersistentMemory store;
        store.write(QStringLiteral("smtp.pass"), "from-store");
        store.write(QStringLiteral("sendgrid.api_key"), "stored-key");
        SessionSecrets session(&store);
        QVERIFY(session.isPersistent());
        QSignalSpy loaded(&session, &SessionSecrets::loaded);
        session.setValue(QStringLiteral("sendgrid.api_key"), "typed-key");
        session.load(
            {QStringLiteral("smtp.pass"), QStringLiteral("sendgrid.api_key"), QStringLiteral("none.x")});
        QVERIFY(loaded.wait(2000));
        QCOMPARE(session.value(QStringLiteral("smtp.pass")), QByteArray("from-store"));
        // What the user typed in the meantime wins over the stored value.
        QCOMPARE(session.value(QStringLiteral("sendgrid.api_key")), QByteArray("typed-key"));
        QVERIFY(!session.contains(QStringLiteral("none.x")));
    }

    // The wizard drops a secret from an older profile file only once the keychain says it holds it; a
    // keychain that is missing never says so.
    void storedOnlyWhenTheKeychainHoldsIt()
    {
        PersistentMemory store;
        SessionSecrets session(&store);
        QSignalSpy stored(&session, &SessionSecrets::stored);
        QSignalSpy changed(&session, &SessionSecrets::changed);
        session.setValue(QStringLiteral("alert_webhook.url"), "https://monitor.example.com/hook");
        QCOMPARE(changed.size(), 1);
        QVERIFY(stored.wait(2000));
        QCOMPARE(stored.first().first().toString(), QStringLiteral("alert_webhook.url"));
        session.setValue(QStringLiteral("alert_webhook.url"), "https://monitor.example.com/hook");
        QCOMPARE(changed.size(), 1); // the same value is no change

        MissingKeychain missing;
        SessionSecrets bare(&missing);
        QSignalSpy none(&bare, &SessionSecrets::stored);
        QSignalSpy gone(&bare, &SessionSecrets::persistenceChanged);
        bare.setValue(QStringLiteral("alert_ntfy.topic"), "shop-alerts");
        QVERIFY(gone.wait(2000));
        QCOMPARE(none.size(), 0);
    }

    // A secret an older profile kept serves the CLI only when neither a variable nor the file gives one.
    void profileSecretIsOnlyAFallback()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("POSTINO_SECRET_ALERT_WEBHOOK_URL"),
                   QStringLiteral("https://from.env/hook"));
        EnvironmentSecrets secrets(env);
        secrets.setFallback(QStringLiteral("alert_webhook"), QStringLiteral("url"), "https://from.profile/a");
        secrets.setFallback(QStringLiteral("alert_ntfy"), QStringLiteral("topic"), "from-profile");
        QCOMPARE(secrets.value(QStringLiteral("alert_webhook"), QStringLiteral("url")).value(),
                 QByteArray("https://from.env/hook"));
        QCOMPARE(secrets.value(QStringLiteral("alert_ntfy"), QStringLiteral("topic")).value(),
                 QByteArray("from-profile"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
