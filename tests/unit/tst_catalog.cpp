#include "catalog/catalog.h"
#include "catalog/mailboxes.h"
#include "catalog/resolvedmailer.h"
#include "delivery/imapclient.h"
#include "providers/provider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace postino;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The mailers come from the catalog and their code from the provider registry: each API or OAuth
    // mailer needs a module, each module a catalog entry, and "Other SMTP" is the one SMTP mailer.
    void everyApiMailerHasAModuleAndEveryModuleAMailer()
    {
        QSet<QString> moduleIds;
        for (const ApiProvider* p : apiProviders()) {
            QVERIFY(!p->mailerIds().isEmpty());
            for (const QString& id : p->mailerIds()) {
                const MailerInfo* m = Catalog::builtin().mailer(id);
                QVERIFY2(m, qPrintable(id + QLatin1String(": a provider module without a catalog entry")));
                QVERIFY2(m->kind != MailerKind::Smtp, qPrintable(id));
                QVERIFY2(!moduleIds.contains(id), qPrintable(id + QLatin1String(" is served twice")));
                moduleIds.insert(id);
            }
        }
        int smtp = 0;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            if (m.kind == MailerKind::Smtp) {
                ++smtp;
                QVERIFY2(!apiProvider(m.id), qPrintable(m.id));
                continue;
            }
            QVERIFY2(apiProvider(m.id),
                     qPrintable(m.id + QLatin1String(": a catalog mailer of kind ") + mailerKindName(m.kind) +
                                QLatin1String(" without a provider module")));
        }
        QCOMPARE(smtp, 1);
        QVERIFY(Catalog::builtin().otherSmtp());
        QCOMPARE(Catalog::builtin().mailers().size(), moduleIds.size() + smtp);
    }

    // What the exporters and importers read from the catalog names fields the mailer has.
    void exportDataNamesRealFields()
    {
        static const QRegularExpression token(QStringLiteral("\\{\\?{0,1}([a-z_]+)\\}"));
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            QStringList named;
            for (const char* part : {"user", "password"}) {
                const QJsonObject o = m.relayLogin.value(QLatin1String(part)).toObject();
                if (o.contains(QLatin1String("field"))) {
                    named << o.value(QLatin1String("field")).toString();
                }
                for (auto it = token.globalMatch(o.value(QLatin1String("format")).toString());
                     it.hasNext();) {
                    named << it.next().captured(1);
                }
            }
            for (const QJsonValue& e : m.laravel.value(QLatin1String("env")).toArray()) {
                for (const char* key : {"field", "bareField"}) {
                    if (e.toObject().contains(QLatin1String(key))) {
                        named << e.toObject().value(QLatin1String(key)).toString();
                    }
                }
            }
            QString dsn = m.symfony.value(QLatin1String("dsn")).toString();
            for (const QJsonValue& o : m.symfony.value(QLatin1String("options")).toArray()) {
                named << o.toObject().value(QLatin1String("field")).toString();
                dsn += o.toObject().value(QLatin1String("append")).toString();
            }
            for (auto it = token.globalMatch(dsn); it.hasNext();) {
                named << it.next().captured(1);
            }
            const QJsonObject imports = m.imports;
            for (auto it = imports.constBegin(); it != imports.constEnd(); ++it) {
                QVERIFY2(!it.value().toObject().value(QLatin1String("name")).toString().isEmpty(),
                         qPrintable(m.id + QLatin1Char('.') + it.key()));
                named << it.value().toObject().value(QLatin1String("fields")).toObject().keys();
            }
            for (const QString& key : std::as_const(named)) {
                QVERIFY2(m.field(key), qPrintable(m.id + QLatin1String(" names no field ") + key));
            }
            if (m.wpMailSmtpMailer.isEmpty()) {
                // WP Mail SMTP lacks this mailer, so WordPress must reach it through its SMTP
                // relay: the catalog has to say which host and login that takes.
                QVERIFY2(!m.relayHost.isEmpty(), qPrintable(m.id + QLatin1String(": no relay host")));
                QVERIFY2(m.relayLogin.contains(QLatin1String("user")) &&
                             m.relayLogin.contains(QLatin1String("password")),
                         qPrintable(m.id + QLatin1String(": no relay login")));
            } else {
                QCOMPARE(Catalog::builtin().mailerForWpMailSmtp(m.wpMailSmtpMailer), &m);
            }
        }
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

    // The OAuth code reads everything that differs per provider from the catalog: an oauth mailer must
    // carry its endpoints in every data centre, where its account answer names the address, and, when it
    // has no revocation endpoint, what to tell the user on sign-out. Its advice is translatable.
    void oauthMailersCarryWhatSignInNeeds()
    {
        QFile generated(QStringLiteral(POSTINO_SOURCE_DIR "/core/catalog/catalogstrings.cpp"));
        QVERIFY(generated.open(QIODevice::ReadOnly));
        const QString strings = QString::fromUtf8(generated.readAll());
        const auto translatable = [&strings](const QString& text) {
            QString literal = text;
            literal.replace(QLatin1Char('"'), QLatin1String("\\\""));
            return strings.contains(QLatin1Char('"') + literal + QLatin1Char('"'));
        };
        int oauthMailers = 0;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            if (m.kind != MailerKind::OAuth) {
                continue;
            }
            ++oauthMailers;
            const OAuthSpec& spec = m.oauthSpec;
            QVERIFY2(!spec.accountEmailKeys.isEmpty(), qPrintable(m.id));
            QVERIFY2(!spec.tokenScheme.isEmpty() && !spec.tokenScheme.contains(' '), qPrintable(m.id));
            QVERIFY2(!m.oauth.value(QLatin1String("scopes"))
                          .toObject()
                          .value(QLatin1String("api"))
                          .toString()
                          .isEmpty(),
                     qPrintable(m.id));
            // Every data centre (or the one default) gives usable endpoints.
            QList<QJsonObject> settings{{}};
            const QString regionField = m.oauth.value(QLatin1String("regionField")).toString();
            if (const FieldSpec* f = m.field(regionField)) {
                settings.clear();
                for (const FieldChoice& c : f->choices) {
                    settings.append({{regionField, c.value}});
                }
            }
            for (QJsonObject s : settings) {
                s.insert(QStringLiteral("tenant"), QStringLiteral("common"));
                for (const char* url : {"authorizeUrl", "tokenUrl", "accountUrl"}) {
                    const QUrl u(m.oauthUrl(QLatin1String(url), s));
                    QVERIFY2(u.isValid() && u.scheme() == QLatin1String("https"),
                             qPrintable(m.id + QLatin1Char(' ') + QLatin1String(url) + QLatin1Char(' ') +
                                        QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact))));
                }
            }
            if (m.oauthUrl(QStringLiteral("revokeUrl"), {}).isEmpty()) {
                QVERIFY2(!spec.signOutDetail.isEmpty() && !spec.signOutStep.isEmpty(), qPrintable(m.id));
            }
            QStringList texts{spec.signOutDetail, spec.signOutStep};
            texts << spec.accessDeniedSteps << spec.refreshRevokedSteps << spec.redirectMismatchSteps
                  << spec.invalidClientSteps << spec.invalidScopeSteps;
            for (const QString& text : std::as_const(texts)) {
                QVERIFY2(text.isEmpty() || translatable(text), qPrintable(m.id + QLatin1String(": ") + text));
            }
        }
        QVERIFY(oauthMailers > 0);
    }

    // The IMAP presets are the providers of mailboxes.json, and a provider with one IMAP host per data
    // centre gives the host of the profile's data centre.
    void imapPresetsFollowTheCatalog()
    {
        const QList<MailboxProvider>& providers = MailboxCatalog::builtin().providers();
        const QList<ImapPreset> presets = imapPresets();
        QCOMPARE(presets.size(), providers.size());
        int perDataCentre = 0;
        for (int i = 0; i < presets.size(); ++i) {
            const MailboxProvider& p = providers.at(i);
            QCOMPARE(presets.at(i).id, p.id);
            QCOMPARE(presets.at(i).host, p.imapHost);
            QCOMPARE(presets.at(i).port, p.imapPort);
            QVERIFY2(!p.authservIds.isEmpty(), qPrintable(p.id));
            if (p.dataCentreMailer.isEmpty()) {
                continue;
            }
            ++perDataCentre;
            const MailerInfo* mailer = Catalog::builtin().mailer(p.dataCentreMailer);
            QVERIFY2(mailer, qPrintable(p.dataCentreMailer));
            const QString regionField = mailer->oauth.value(QLatin1String("regionField")).toString();
            const FieldSpec* field = mailer->field(regionField);
            QVERIFY2(field && field->choices.size() > 1, qPrintable(p.id));
            QSet<QString> hosts;
            for (const FieldChoice& c : field->choices) {
                const ResolvedMailer resolved = resolveMailer(*mailer, {{regionField, c.value}});
                const QString host = imapPreset(p.id, resolved)->host;
                QCOMPARE(host, mailer->regionValue(p.dataCentreKey, resolved.settings));
                hosts.insert(host);
            }
            QCOMPARE(hosts.size(), field->choices.size()); // one host per data centre
            // The default data centre is the preset's own host; another mailer's profile does not move it.
            QCOMPARE(imapPreset(p.id, resolveMailer(*mailer, {}))->host, p.imapHost);
            const MailerInfo* other = Catalog::builtin().otherSmtp();
            QCOMPARE(imapPreset(p.id, resolveMailer(*other, {{regionField, QStringLiteral("eu")}}))->host,
                     p.imapHost);
        }
        QCOMPARE(perDataCentre, 1);
        const MailerInfo* zoho = Catalog::builtin().mailer(QStringLiteral("zoho"));
        QCOMPARE(imapPreset(QStringLiteral("zoho"),
                            resolveMailer(*zoho, {{QStringLiteral("domain"), QStringLiteral("eu")}}))
                     ->host,
                 QStringLiteral("imap.zoho.eu"));
        QCOMPARE(imapPreset(QStringLiteral("zoho"),
                            resolveMailer(*zoho, {{QStringLiteral("domain"), QStringLiteral("ca")}}))
                     ->host,
                 QStringLiteral("imap.zohocloud.ca"));
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
        QTest::newRow("oauth without account keys") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"oauth","oauth":{"authorizeUrl":"a","tokenUrl":"t","accountUrl":"me","sendUrl":"s","scopes":{"api":"s"}}}]})");
        QTest::newRow("oauth without token endpoint") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"oauth","oauth":{"authorizeUrl":"a","accountUrl":"me","sendUrl":"s","scopes":{"api":"s"},"account":{"email":["mail"]}}}]})");
        QTest::newRow("oauth revoking in an unknown place") << QByteArray(
            R"({"mailers":[{"id":"x","name":"X","kind":"oauth","oauth":{"authorizeUrl":"a","tokenUrl":"t","accountUrl":"me","sendUrl":"s","scopes":{"api":"s"},"account":{"email":["mail"]},"revokeTokenIn":"header"}}]})");
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
