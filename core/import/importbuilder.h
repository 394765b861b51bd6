#pragma once

// What every importer shares: the translation context, findings with advice, the loose value readers
// and the Builder every importer fills its ImportResult through, so that everything imported passes
// the catalog.

#include "catalog/catalog.h"
#include "import/import.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>
#include <utility>

namespace postino::importers {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

inline QString ascii(const char* text)
{
    return QString::fromLatin1(text);
}

// A finding whose warnings and errors always carry a next step.
Finding makeFinding(const char* id, Severity severity, const QString& subject, const QString& detail,
                    const QStringList& steps = {});

// Ends an import that read nothing: `result` is not ok and says why.
void fail(ImportResult* result, const char* id, const QString& subject, const QString& detail,
          const QStringList& steps = {});
// Fails with a finding that lists the formats Postino reads.
void unknownFormat(ImportResult* result, const QString& where, const QString& detail);

// true/false as the plugins store them: JSON booleans, 'yes'/'no', 'on'/'off', 'true'/'false', 1/0.
std::optional<bool> looseBool(const QJsonValue& v);
// A JSON string, number or boolean as text; empty for anything else.
QString jsonText(const QJsonValue& v);

inline QJsonValue val(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key));
}

// "group.key", how findings name a setting inside a JSON source.
inline QString path(const QString& group, const QString& key)
{
    return group + QLatin1Char('.') + key;
}

// base64 as the plugins store some secrets; nothing when the text is not valid base64.
std::optional<QByteArray> fromBase64(const QJsonValue& v);
// A switch a plugin keeps as a word: whether `key` holds `onWord`; undefined when the key is absent.
QJsonValue switchWord(const QJsonObject& o, const char* key, const char* onWord);

class Builder
{
public:
    // Names the source in `result` ("WP SMTP", "wp-config.php").
    Builder(ImportResult* result, QString where, const QString& source)
        : m_r(result)
        , m_where(std::move(where))
    {
        m_r->source = source;
    }

    QString where() const { return m_where; }

    void add(const char* id, Severity severity, const QString& subject, const QString& detail,
             const QStringList& steps = {});
    void error(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {});
    void warn(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {});
    void info(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {});

    // What `imported` lists, in this order: the mailer, the sender, the chosen mailer's settings,
    // other mailers' settings, then features.
    enum class Kind
    {
        Mailer,
        Sender,
        Field,
        Feature,
    };
    void note(Kind kind, const QString& label, const QString& mailerId = {});

    bool setMailer(const QString& slug, const QString& origin);

    void unknownMailer(const QString& id, const QString& origin);

    // One setting of one mailer. Unknown mailers and keys are reported, secrets go to `secrets`.
    void setField(const QString& mailerId, const QString& key, const QJsonValue& value, const QString& origin,
                  const QByteArray* rawSecret = nullptr);

    void setSecretBytes(const QString& mailerId, const QString& key, const QByteArray& bytes,
                        const QString& origin);

    void setFromEmail(const QJsonValue& v, const QString& origin);
    void setFromName(const QJsonValue& v, const QString& origin);
    // The From address and name kept under these top-level keys of a plugin's option.
    void setSender(const QJsonObject& option, const char* emailKey, const char* nameKey);
    void setSenderFlag(bool SenderSettings::*member, const QJsonValue& v, const QString& label,
                       const QString& origin);
    void setFeature(bool FeatureSettings::*member, bool value, const QString& label);
    void setFeatureFlag(bool FeatureSettings::*member, const QJsonValue& v, const QString& label,
                        const QString& origin, bool invert = false);
    void setTestRecipient(const QString& address);

    // The Postino profile importer builds its Profile with Profile::fromJson and hands it over.
    QHash<QString, QJsonObject> takeSettings() { return std::exchange(m_settings, {}); }
    void adoptProfile(const Profile& profile, bool mailerKnown);

    void finish();

private:
    ImportResult* m_r;
    QString m_where;
    bool m_mailerKnown = false;
    QHash<QString, QJsonObject> m_settings;
    struct Note
    {
        Kind kind;
        QString mailerId;
        QString label;
    };
    QList<Note> m_notes;
    QMap<QString, QStringList> m_ignoredKeys;
    QSet<QString> m_unknownMailers;
};

// The smtp group shared by the SMTP-only plugins.
struct SmtpValues
{
    QJsonValue host, encryption, port, auth, user;
    std::optional<QByteArray> pass; // decoded password, when the source has one
};

void applySmtp(Builder& b, const SmtpValues& v, const QString& where);

} // namespace postino::importers
