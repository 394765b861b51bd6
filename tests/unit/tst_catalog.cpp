#include "catalog/catalog.h"
#include "catalog/hosting.h"
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
#include <QUrl>
#include <algorithm>

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
        const QList<MailboxProvider> providers = MailboxCatalog::builtin().imapProviders();
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

    // Discovery recommends the mailers a mailbox provider lists: each must be a catalog mailer, and
    // every provider recognised by its MX names says which ones fit.
    void mailboxProvidersNameCatalogMailers()
    {
        int recognisable = 0;
        for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
            if (p.mx.isEmpty()) {
                continue;
            }
            ++recognisable;
            QVERIFY2(!p.mailers.isEmpty(), qPrintable(p.id));
            for (const QString& id : p.mailers) {
                QVERIFY2(Catalog::builtin().mailer(id), qPrintable(p.id + QLatin1String(": ") + id));
            }
        }
        QVERIFY(recognisable >= 10);
        const MailboxCatalog& c = MailboxCatalog::builtin();
        QCOMPARE(c.provider(QStringLiteral("gmail"))->mailers,
                 QStringList({QStringLiteral("gmail"), QStringLiteral("smtp")}));
        QCOMPARE(c.provider(QStringLiteral("outlook"))->mailers.first(), QStringLiteral("outlook"));
        QCOMPARE(c.provider(QStringLiteral("zoho"))->mailers.first(), QStringLiteral("zoho"));
    }

    // What a user would copy into the Configure page: a host, a port, an encryption and where it
    // comes from.
    void submissionServersAreComplete()
    {
        int servers = 0;
        for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
            for (const SubmissionServer& s : p.submission) {
                ++servers;
                const QString what = p.id + QLatin1Char(' ') + s.host;
                QVERIFY2(s.host.contains(QLatin1Char('.')) && s.host == s.host.toLower(), qPrintable(what));
                QVERIFY2(s.port >= 1, qPrintable(what)); // quint16 caps it at 65535
                QVERIFY2(s.security == QLatin1String("ssl") || s.security == QLatin1String("starttls"),
                         qPrintable(what));
                QVERIFY2(QUrl(s.source).scheme() == QLatin1String("https") && QUrl(s.source).isValid() &&
                             !QUrl(s.source).host().isEmpty(),
                         qPrintable(what));
            }
        }
        QVERIFY(servers >= 10);
        const auto offers = [](const char* id, const char* host, quint16 port, const char* security) {
            const MailboxProvider* p = MailboxCatalog::builtin().provider(QLatin1String(id));
            return p &&
                   std::any_of(p->submission.cbegin(), p->submission.cend(), [&](const SubmissionServer& s) {
                       return s.host == QLatin1String(host) && s.port == port &&
                              s.security == QLatin1String(security) && s.verified;
                   });
        };
        QVERIFY(offers("gmail", "smtp.gmail.com", 465, "ssl"));
        QVERIFY(offers("gmail", "smtp.gmail.com", 587, "starttls"));
        QVERIFY(offers("outlook", "smtp.office365.com", 587, "starttls"));
        QVERIFY(offers("zoho", "smtp.zoho.com", 465, "ssl"));
        QVERIFY(offers("fastmail", "smtp.fastmail.com", 465, "ssl"));
    }

    void providerForMx_data()
    {
        QTest::addColumn<QString>("mxHost");
        QTest::addColumn<QString>("provider"); // empty: no one's
        QTest::addColumn<QString>("region");
        QTest::newRow("google") << "aspmx.l.google.com"
                                << "gmail"
                                << "";
        QTest::newRow("google, upper case, trailing dot") << "ALT1.ASPMX.L.GOOGLE.COM."
                                                          << "gmail"
                                                          << "";
        QTest::newRow("old google name") << "aspmx2.googlemail.com"
                                         << "gmail"
                                         << "";
        QTest::newRow("not google") << "notgoogle.com"
                                    << ""
                                    << "";
        QTest::newRow("google as a label elsewhere") << "google.com.example.net"
                                                     << ""
                                                     << "";
        QTest::newRow("microsoft 365") << "contoso-com.mail.protection.outlook.com"
                                       << "outlook"
                                       << "";
        QTest::newRow("outlook.com consumer") << "outlook-com.olc.protection.outlook.com"
                                              << "outlook"
                                              << "";
        QTest::newRow("zoho global") << "mx.zoho.com"
                                     << "zoho"
                                     << "";
        QTest::newRow("zoho europe") << "mx2.zoho.eu"
                                     << "zoho"
                                     << "eu";
        QTest::newRow("zoho australia") << "mx.zoho.com.au"
                                        << "zoho"
                                        << "com.au";
        QTest::newRow("zoho canada") << "mx.zohocloud.ca"
                                     << "zoho"
                                     << "ca";
        QTest::newRow("aruba") << "mx.aruba.it"
                               << "aruba"
                               << "";
        QTest::newRow("self-hosted") << "mail.example.org"
                                     << ""
                                     << "";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void providerForMx()
    {
        QFETCH(QString, mxHost);
        QFETCH(QString, provider);
        QFETCH(QString, region);
        const MailboxProvider* p = MailboxCatalog::builtin().providerForMx(mxHost);
        QCOMPARE(p ? p->id : QString(), provider);
        if (p) {
            QCOMPARE(p->mxSuffixFor(mxHost)->region, region);
        }
    }

    // Each provider's own MX names lead back to it (no other provider's suffix takes them), and a
    // data-centre region is one the provider's mailer offers.
    void everyProviderIsFoundByItsOwnMx()
    {
        for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
            for (const MxSuffix& m : p.mx) {
                const QString fixture = QLatin1String("mx1.") + m.suffix;
                const MailboxProvider* found = MailboxCatalog::builtin().providerForMx(fixture);
                QVERIFY2(found && found->id == p.id, qPrintable(fixture));
                if (!m.region.isEmpty()) {
                    const MailerInfo* mailer = Catalog::builtin().mailer(p.dataCentreMailer);
                    QVERIFY2(mailer, qPrintable(p.id));
                    const QString regionField = mailer->oauth.value(QLatin1String("regionField")).toString();
                    QVERIFY2(mailer->field(regionField)->choice(m.region), qPrintable(fixture));
                }
            }
        }
        // Providers known only by their MX are not IMAP presets.
        QVERIFY(!imapPreset(QStringLiteral("fastmail")));
        QVERIFY(!MailboxCatalog::builtin().idList().contains(QLatin1String("fastmail")));
        QVERIFY(MailboxCatalog::builtin().idList().contains(QLatin1String("icloud")));
    }

    void hostingMatch_data()
    {
        QTest::addColumn<QString>("ptrName");
        QTest::addColumn<QString>("host"); // empty: no one's
        QTest::newRow("ec2 us-east-1") << "ec2-203-0-113-5.compute-1.amazonaws.com"
                                       << "aws-ec2";
        QTest::newRow("ec2 elsewhere") << "ec2-203-0-113-5.eu-south-1.compute.amazonaws.com"
                                       << "aws-ec2";
        QTest::newRow("google cloud") << "5.113.0.203.bc.googleusercontent.com."
                                      << "google-cloud";
        QTest::newRow("hetzner") << "static.5.113.0.203.clients.your-server.de"
                                 << "hetzner";
        QTest::newRow("godaddy") << "ip-203-0-113-5.ip.secureserver.net"
                                 << "godaddy";
        QTest::newRow("linode") << "203-0-113-5.ip.linodeusercontent.com"
                                << "linode";
        QTest::newRow("not godaddy") << "notsecureserver.net"
                                     << "";
        QTest::newRow("godaddy as a label elsewhere") << "secureserver.net.example.org"
                                                      << "";
        QTest::newRow("amazonaws but not ec2") << "s3.amazonaws.com"
                                               << "";
        QTest::newRow("own server") << "www.example.org"
                                    << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void hostingMatch()
    {
        QFETCH(QString, ptrName);
        QFETCH(QString, host);
        const HostingProvider* h = HostingCatalog::builtin().match(ptrName);
        QCOMPARE(h ? h->id : QString(), host);
    }

    // The hosts the seed articles name, with what they block; each host is found by its own PTR
    // names and carries a note and an https source.
    void hostingTableSaysWhatIsBlocked()
    {
        const HostingCatalog& c = HostingCatalog::builtin();
        for (const char* id : {"godaddy", "hostgator", "bluehost", "inmotion"}) {
            const HostingProvider* h = c.host(QLatin1String(id));
            QVERIFY2(h && h->blocking == HostingProvider::Blocking::Always && h->blocks(25), id);
        }
        for (const char* id : {"linode", "aws-ec2"}) {
            const HostingProvider* h = c.host(QLatin1String(id));
            QVERIFY2(h && h->blocking == HostingProvider::Blocking::ByDefault && h->blocks(25), id);
        }
        QVERIFY(c.host(QStringLiteral("linode"))->blocks(587));
        QVERIFY(!c.host(QStringLiteral("aws-ec2"))->blocks(587));
        for (const HostingProvider& h : c.hosts()) {
            QVERIFY2(!h.note.isEmpty() && QUrl(h.source).scheme() == QLatin1String("https"),
                     qPrintable(h.id));
            for (const QString& suffix : h.ptrSuffixes) {
                const HostingProvider* found = c.match(QLatin1String("host-1.") + suffix);
                QVERIFY2(found && found->id == h.id, qPrintable(suffix));
            }
        }
    }

    // The notes the wizard shows reach tr(): they are in the generated string list.
    void discoveryNotesAreTranslatable()
    {
        QFile generated(QStringLiteral(POSTINO_SOURCE_DIR "/core/catalog/catalogstrings.cpp"));
        QVERIFY(generated.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(generated.readAll());
        for (const HostingProvider& h : HostingCatalog::builtin().hosts()) {
            QVERIFY2(text.contains(QLatin1Char('"') + h.note + QLatin1Char('"')), qPrintable(h.id));
        }
        for (const MailboxProvider& p : MailboxCatalog::builtin().providers()) {
            QVERIFY2(p.note.isEmpty() || text.contains(QLatin1Char('"') + p.note + QLatin1Char('"')),
                     qPrintable(p.id));
        }
    }

    // The URLs in these raw strings write "/" as "\/" (JSON allows it): moc reads "//" inside a raw
    // string as a comment and then misses the test class.
    void malformedMailboxProvidersAreRejected_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("unknown key") << QByteArray(
            R"({"id":"x","name":"X","mx":["x.example"],"mailers":["smtp"],"smtpp":[]})");
        QTest::newRow("neither imap nor mx") << QByteArray(R"({"id":"x","name":"X","mailers":["smtp"]})");
        QTest::newRow("mx without mailers") << QByteArray(R"({"id":"x","name":"X","mx":["x.example"]})");
        QTest::newRow("mx suffix with one label")
            << QByteArray(R"({"id":"x","name":"X","mx":["example"],"mailers":["smtp"]})");
        QTest::newRow("mx suffix in upper case")
            << QByteArray(R"({"id":"x","name":"X","mx":["X.Example"],"mailers":["smtp"]})");
        QTest::newRow("mx entry with an unknown key") << QByteArray(
            R"({"id":"x","name":"X","mx":[{"suffix":"x.example","dc":"eu"}],"mailers":["smtp"]})");
        QTest::newRow("mx region without data centres") << QByteArray(
            R"({"id":"x","name":"X","mx":[{"suffix":"x.example","region":"eu"}],"mailers":["smtp"]})");
        QTest::newRow("mx not a list")
            << QByteArray(R"({"id":"x","name":"X","mx":"x.example","mailers":["smtp"]})");
        const QByteArray server =
            R"({"id":"x","name":"X","mx":["x.example"],"mailers":["smtp"],"submission":[%1]})";
        QTest::newRow("port 0") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":0,"security":"ssl","source":"https:\/\/x.example/help"})");
        QTest::newRow("port 70000") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":70000,"security":"ssl","source":"https:\/\/x.example/help"})");
        QTest::newRow("port as text") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":"465","security":"ssl","source":"https:\/\/x.example/help"})");
        QTest::newRow("no host") << QByteArray(server).replace(
            "%1", R"({"port":465,"security":"ssl","source":"https:\/\/x.example/help"})");
        QTest::newRow("security tls") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":465,"security":"tls","source":"https:\/\/x.example/help"})");
        QTest::newRow("http source") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":465,"security":"ssl","source":"http:\/\/x.example/help"})");
        QTest::newRow("no source") << QByteArray(server).replace(
            "%1", R"({"host":"smtp.x.example","port":465,"security":"ssl"})");
        QTest::newRow("verified as text") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":465,"security":"ssl","source":"https:\/\/x.example/help","verified":"no"})");
        QTest::newRow("server with an unknown key") << QByteArray(server).replace(
            "%1",
            R"({"host":"smtp.x.example","port":465,"security":"ssl","source":"https:\/\/x.example/help","user":"me"})");
        QTest::newRow("imap without host") << QByteArray(R"({"id":"x","name":"X","imap":{"port":993}})");
        QTest::newRow("repeated mailer")
            << QByteArray(R"({"id":"x","name":"X","mx":["x.example"],"mailers":["smtp","smtp"]})");
    }
    void malformedMailboxProvidersAreRejected()
    {
        QFETCH(QByteArray, entry);
        const auto file = [](const QByteArray& e) -> QByteArray {
            return "{\"schemaVersion\":1,\"mailboxes\":[" + e + "]}";
        };
        // The same file with a well-formed entry loads, so the rejection is about the entry.
        const QByteArray good =
            R"({"id":"x","name":"X","mx":["x.example",{"suffix":"y.example","verified":false}],"mailers":["smtp"],"submission":[{"host":"smtp.x.example","port":465,"security":"ssl","source":"https:\/\/x.example/help","verified":false}]})";
        QString error;
        const auto loaded = MailboxCatalog::fromJson(file(good), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->providerForMx(QStringLiteral("mx.y.example"))->id, QStringLiteral("x"));
        QVERIFY(!loaded->providers().first().submission.first().verified);
        error.clear();
        QVERIFY(!MailboxCatalog::fromJson(file(entry), &error));
        QVERIFY(!error.isEmpty());
    }

    void malformedHostsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("entry");
        const QByteArray good =
            R"({"id":"h","name":"H","ptrSuffixes":["h.example"],"blockedPorts":[25],"blocking":"always","note":"N.","source":"https:\/\/h.example/docs"})";
        QTest::newRow("no ptr suffixes") << QByteArray(good).replace(R"(["h.example"])", "[]");
        QTest::newRow("odd ptr suffix") << QByteArray(good).replace(R"(["h.example"])", R"(["h"])");
        QTest::newRow("no blocked ports") << QByteArray(good).replace("[25]", "[]");
        QTest::newRow("port as text") << QByteArray(good).replace("[25]", R"(["25"])");
        QTest::newRow("port out of range") << QByteArray(good).replace("[25]", "[65536]");
        QTest::newRow("repeated port") << QByteArray(good).replace("[25]", "[25,25]");
        QTest::newRow("unknown blocking") << QByteArray(good).replace(R"("always")", R"("sometimes")");
        QTest::newRow("no note") << QByteArray(good).replace(R"("N.")", R"("")");
        QTest::newRow("http source") << QByteArray(good).replace(R"(https:\/\/)", R"(http:\/\/)");
        QTest::newRow("unknown key") << QByteArray(good).replace(R"("id":"h")", R"("id":"h","asn":16509)");
        QTest::newRow("verified as text")
            << QByteArray(good).replace(R"("id":"h")", R"("id":"h","verified":"yes")");
        QTest::newRow("listed twice") << good + "," + good;
    }
    void malformedHostsAreRejected()
    {
        QFETCH(QByteArray, entry);
        const auto file = [](const QByteArray& e) -> QByteArray {
            return "{\"schemaVersion\":1,\"hosts\":[" + e + "]}";
        };
        QString error;
        const auto loaded = HostingCatalog::fromJson(
            file(
                R"({"id":"h","name":"H","ptrSuffixes":["h.example"],"blockedPorts":[25],"blocking":"always","note":"N.","source":"https:\/\/h.example/docs"})"),
            &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->match(QStringLiteral("a.h.example"))->id, QStringLiteral("h"));
        QVERIFY(!HostingCatalog::fromJson(file(entry), &error));
        QVERIFY(!error.isEmpty());
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
