#include "catalog/catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace postino;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDesignMailerIsListed()
    {
        const QStringList expected = {
            QStringLiteral("sendlayer"),  QStringLiteral("smtpcom"),  QStringLiteral("sendinblue"),
            QStringLiteral("gmail"),      QStringLiteral("mailgun"),  QStringLiteral("mailjet"),
            QStringLiteral("postmark"),   QStringLiteral("sendgrid"), QStringLiteral("smtp2go"),
            QStringLiteral("sparkpost"),  QStringLiteral("smtp"),     QStringLiteral("amazonses"),
            QStringLiteral("outlook"),    QStringLiteral("zoho"),     QStringLiteral("elasticemail"),
            QStringLiteral("mailersend"), QStringLiteral("resend"),   QStringLiteral("mandrill")};
        for (const QString& id : expected) {
            QVERIFY2(Catalog::builtin().mailer(id), qPrintable(id));
        }
        QCOMPARE(Catalog::builtin().mailers().size(), expected.size());
    }

    void recommendedFirst()
    {
        bool seenOther = false;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            if (!m.recommended) {
                seenOther = true;
            }
            QVERIFY2(!(m.recommended && seenOther), qPrintable(m.id));
        }
    }

    void eachKindHasWhatItNeeds()
    {
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            QVERIFY2(!m.summary.isEmpty(), qPrintable(m.id));
            bool hasSecret = false;
            for (const FieldSpec& f : m.fields) {
                hasSecret = hasSecret || f.secret;
                QVERIFY2(!f.label.isEmpty(), qPrintable(m.id + QLatin1Char('.') + f.key));
                if (f.type == FieldSpec::Type::Choice) {
                    QVERIFY(!f.choices.isEmpty());
                    if (!f.defaultValue.isUndefined()) {
                        QVERIFY2(f.choice(f.defaultValue.toString()),
                                 qPrintable(m.id + QLatin1Char('.') + f.key));
                    }
                }
                for (const auto& cond : {f.visibleWhen, f.requiredWhen}) {
                    if (cond) {
                        QVERIFY2(m.field(cond->field),
                                 qPrintable(m.id + QLatin1String(": condition on ") + cond->field));
                    }
                }
            }
            QVERIFY2(hasSecret, qPrintable(m.id + QLatin1String(" has no secret field")));
            switch (m.kind) {
            case MailerKind::Api:
                QVERIFY2(!m.api.isEmpty(), qPrintable(m.id));
                QVERIFY2(!m.keyUrl.isEmpty() || !m.keyHint.isEmpty(), qPrintable(m.id));
                break;
            case MailerKind::OAuth:
                QVERIFY2(!m.oauth.isEmpty(), qPrintable(m.id));
                break;
            case MailerKind::Smtp:
                for (const char* key : {"host", "port", "encryption", "auth", "user", "pass"}) {
                    QVERIFY2(m.field(QLatin1String(key)), key);
                }
                break;
            }
        }
    }

    void otherSmtpEncryptionSetsPort()
    {
        const FieldSpec* enc =
            Catalog::builtin().mailer(QStringLiteral("smtp"))->field(QStringLiteral("encryption"));
        QVERIFY(enc);
        QCOMPARE(enc->choice(QStringLiteral("none"))->sets.value(QStringLiteral("port")).toInt(), 25);
        QCOMPARE(enc->choice(QStringLiteral("ssl"))->sets.value(QStringLiteral("port")).toInt(), 465);
        QCOMPARE(enc->choice(QStringLiteral("tls"))->sets.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(enc->defaultValue.toString(), QStringLiteral("tls"));
    }

    void conditionsFollowSettings()
    {
        const MailerInfo* smtp = Catalog::builtin().mailer(QStringLiteral("smtp"));
        const FieldSpec* user = smtp->field(QStringLiteral("user"));
        const FieldSpec* autotls = smtp->field(QStringLiteral("autotls"));
        QVERIFY(user->isRequired(smtp->withDefaults({})));
        QVERIFY(!user->isVisible(smtp->withDefaults({{QStringLiteral("auth"), false}})));
        QVERIFY(!autotls->isVisible(smtp->withDefaults({})));
        QVERIFY(
            autotls->isVisible(smtp->withDefaults({{QStringLiteral("encryption"), QStringLiteral("ssl")}})));
    }

    void apiHostsFollowSettings()
    {
        const Catalog& c = Catalog::builtin();
        QCOMPARE(c.mailer(QStringLiteral("sendgrid"))->apiHost({}), QStringLiteral("api.sendgrid.com"));
        QCOMPARE(c.mailer(QStringLiteral("mailgun"))->apiHost({}), QStringLiteral("api.mailgun.net"));
        QCOMPARE(
            c.mailer(QStringLiteral("mailgun"))->apiHost({{QStringLiteral("region"), QStringLiteral("EU")}}),
            QStringLiteral("api.eu.mailgun.net"));
        QCOMPARE(c.mailer(QStringLiteral("amazonses"))
                     ->apiHost({{QStringLiteral("region"), QStringLiteral("eu-west-1")}}),
                 QStringLiteral("email.eu-west-1.amazonaws.com"));
        QCOMPARE(c.mailer(QStringLiteral("zoho"))->apiHost({}), QStringLiteral("mail.zoho.com"));
        QVERIFY(c.mailer(QStringLiteral("smtp"))->apiHost({}).isEmpty());
        for (const MailerInfo& m : c.mailers()) {
            if (m.kind != MailerKind::Smtp) {
                QVERIFY2(!m.apiHost({}).isEmpty(), qPrintable(m.id));
            }
        }
    }

    void malformedCatalogsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no mailers") << QByteArray("{\"mailers\": []}");
        QTest::newRow("unknown kind") << QByteArray(R"({"mailers":[{"id":"x","name":"X","kind":"fax"}]})");
        QTest::newRow("duplicate id") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"api"},{"id":"x","name":"Y","kind":"api"}]})");
        QTest::newRow("choice without choices") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"api","fields":[{"key":"r","label":"R","type":"choice"}]}]})");
        QTest::newRow("field without type") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"api","fields":[{"key":"r","label":"R"}]}]})");
    }
    void malformedCatalogsAreRejected()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Catalog::fromJson(json, &error));
        QVERIFY(!error.isEmpty());
    }

    void generatedStringListIsCurrent()
    {
        // scripts/gen-catalog-strings.py must be re-run when the catalog changes.
        QFile generated(QStringLiteral(POSTINO_SOURCE_DIR "/core/catalog/catalogstrings.cpp"));
        QVERIFY(generated.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(generated.readAll());
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            QVERIFY2(text.contains(QLatin1Char('"') + m.summary + QLatin1Char('"')), qPrintable(m.id));
            for (const FieldSpec& f : m.fields) {
                QVERIFY2(text.contains(QLatin1Char('"') + f.label + QLatin1Char('"')), qPrintable(f.label));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
