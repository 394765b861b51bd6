#include "catalog/catalog.h"
#include "delivery/authresults.h"
#include "dns/spf.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace postino;

// Every source string must have a finished translation in every shipped language,
// keep its placeholders, and the compiled catalogs must be inside the binary.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context;
        QString source;
        QStringList translations;
        bool unfinished = false;
    };
    static QList<Message> readTs(const QString& path)
    {
        QList<Message> out;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return out;
        }
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                    out.append(current);
                }
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                current = Message{context, {}, {}, false};
            } else if (xml.name() == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.unfinished = type == QLatin1String("unfinished") ||
                                     type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace()) {
                    current.translations << xml.text().toString();
                }
            } else if (xml.name() == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        }
        return out;
    }
    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
        QStringList out;
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            out << it.next().captured(0);
        }
        out.sort();
        out.removeDuplicates();
        return out;
    }

private Q_SLOTS:
    void everyStringFinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << "en";
        QTest::newRow("it") << "it";
    }
    void everyStringFinished()
    {
        QFETCH(QString, language);
        const QList<Message> messages =
            readTs(QStringLiteral(POSTINO_SOURCE_DIR "/translations/postino_%1.ts").arg(language));
        QVERIFY(messages.size() > 300);
        QStringList problems;
        for (const Message& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (m.unfinished || m.translations.isEmpty() ||
                std::any_of(m.translations.cbegin(), m.translations.cend(),
                            [](const QString& t) { return t.trimmed().isEmpty(); })) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString& t : m.translations) {
                if (placeholders(t) != placeholders(m.source)) {
                    problems << QStringLiteral("placeholders differ: ") + where;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void italianIsNotACopyOfEnglish()
    {
        const QList<Message> messages =
            readTs(QStringLiteral(POSTINO_SOURCE_DIR "/translations/postino_it.ts"));
        int same = 0;
        for (const Message& m : messages) {
            if (!m.translations.isEmpty() && m.translations.first() == m.source) {
                ++same;
            }
        }
        // Brand names and protocol words stay as they are; sentences must not.
        QVERIFY2(same < messages.size() / 5, qPrintable(QString::number(same)));
    }

    void compiledCatalogsAreEmbedded()
    {
        const QStringList languages = availableLanguages();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("it")));
        QTranslator it;
        QVERIFY(it.load(QStringLiteral(":/i18n/postino_it.qm")));
        QVERIFY(!it.translate("postino::SenderPage", "From &name:").isEmpty());
    }

    void catalogTextsAreTranslated()
    {
        QTranslator it;
        QVERIFY(it.load(QStringLiteral(":/i18n/postino_it.qm")));
        QStringList missing;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            QStringList texts{m.name, m.summary, m.keyHint};
            for (const FieldSpec& f : m.fields) {
                texts << f.label << f.help << f.placeholder;
                for (const FieldChoice& c : f.choices) {
                    texts << c.label;
                }
            }
            for (const QString& t : texts) {
                if (!t.isEmpty() && it.translate("Catalog", t.toUtf8().constData()).isEmpty()) {
                    missing << m.id + QStringLiteral(": ") + t;
                }
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(QLatin1Char('\n'))));
    }

    // What the parsers say about a record (SPF syntax, check_host() problems, a broken
    // Authentication-Results) reaches findings, so it is in the user's language too.
    void parserDetailsAreTranslated()
    {
        const auto details = [] {
            QStringList out;
            out << dns::parseSpfRecord("v=spf1 ip4:192.0.2.300 -all").error;
            out << dns::parseSpfRecord("v=spf1 foo:bar -all").error;
            dns::MemoryResolver resolver;
            resolver.addTxt(QStringLiteral("example.com"),
                            QByteArray("v=spf1 include:gone.example.com -all"));
            dns::SpfEvaluator spf(&resolver);
            QSignalSpy done(&spf, &dns::SpfEvaluator::finished);
            spf.start(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("a@example.com"), {});
            if (!spf.isFinished())
                done.wait(5000);
            out << spf.outcome().problem;
            QString error;
            parseAuthenticationResults(QStringLiteral("mx.example.com; spf=pass (open"), &error);
            out << error;
            return out;
        };
        const QStringList english = details();
        QTranslator it;
        QVERIFY(it.load(QStringLiteral(":/i18n/postino_it.qm")));
        QCoreApplication::installTranslator(&it);
        const QStringList italian = details();
        QCoreApplication::removeTranslator(&it);
        QCOMPARE(italian.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!english.at(i).isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(italian.at(i) != english.at(i), qPrintable(english.at(i)));
        }
        QVERIFY2(italian.at(0).contains(QLatin1String("192.0.2.300")), qPrintable(italian.at(0)));
        QVERIFY2(italian.at(2).contains(QLatin1String("gone.example.com")), qPrintable(italian.at(2)));
    }

    void langOverrideWins()
    {
        QCOMPARE(installTranslations(QStringLiteral("it")), QStringLiteral("it"));
        QCOMPARE(QCoreApplication::translate("Catalog", "Other SMTP").isEmpty(), false);
        QVERIFY(QCoreApplication::translate("postino::SenderPage", "From &name:") !=
                QStringLiteral("From &name:"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
