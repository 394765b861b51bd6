#include "importers.h"

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QStringDecoder>
#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Post SMTP's settings export is a few kilobytes; a longer blob is refused before it is
// decompressed, which also bounds what a "zip bomb" could expand to.
constexpr qsizetype kMaxExportBlobChars = 64 * 1024;
// A define()'s value is one literal; longer expressions are only counted, not kept.
constexpr int kMaxValueTokens = 16;

QString ascii(const char* text)
{
    return QString::fromLatin1(text);
}

Finding makeFinding(const char* id, Severity severity, const QString& subject, const QString& detail,
                    const QStringList& steps = {})
{
    const bool problem = severity == Severity::Warning || severity == Severity::Error;
    const QStringList next =
        problem && steps.isEmpty()
            ? QStringList{Text::tr("Compare it with the plugin's settings page and set it on the Configure "
                                   "mailer page.")}
            : steps;
    return Finding{
        ascii(id), severity, subject, detail,
        Advice{problem || !steps.isEmpty() ? Text::tr("Check this setting after the import") : QString(),
               next}};
}

// ---------------------------------------------------------------------------------------------
// Value helpers shared by the importers
// ---------------------------------------------------------------------------------------------

// true/false as the plugins store them: JSON booleans, 'yes'/'no', 'on'/'off', 'true'/'false', 1/0.
std::optional<bool> looseBool(const QJsonValue& v)
{
    if (v.isBool()) {
        return v.toBool();
    }
    if (v.isNull()) {
        return false;
    }
    if (v.isDouble()) {
        return v.toDouble() != 0;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("on") ||
            s == QLatin1String("1")) {
            return true;
        }
        if (s.isEmpty() || s == QLatin1String("false") || s == QLatin1String("no") ||
            s == QLatin1String("off") || s == QLatin1String("0")) {
            return false;
        }
    }
    return std::nullopt;
}

QString jsonText(const QJsonValue& v)
{
    if (v.isString()) {
        return v.toString();
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool()) {
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString();
}

// A value as it may be shown in a finding: never a secret, and never very long.
QString shown(const QJsonValue& v)
{
    if (v.isObject() || v.isArray()) {
        return Text::tr("(a list of values)");
    }
    QString s = jsonText(v);
    if (s.size() > 60) {
        s = s.left(57) + QStringLiteral("...");
    }
    return QLatin1Char('"') + s + QLatin1Char('"');
}

enum class Normalized
{
    Ok,
    Empty,
    Invalid,
};

// Brings a value into the shape the catalog's field type expects.
Normalized normalizeField(const FieldSpec& f, const QJsonValue& in, QJsonValue* out)
{
    if (in.isUndefined() || in.isNull()) {
        return Normalized::Empty;
    }
    switch (f.type) {
    case FieldSpec::Type::Bool: {
        const auto b = looseBool(in);
        if (!b) {
            return Normalized::Invalid;
        }
        *out = *b;
        return Normalized::Ok;
    }
    case FieldSpec::Type::Port: {
        if (in.isString() && in.toString().trimmed().isEmpty()) {
            return Normalized::Empty;
        }
        bool ok = in.isDouble();
        const double d = ok ? in.toDouble() : in.toString().trimmed().toDouble(&ok);
        if (!ok || d != double(int(d)) || d < 1 || d > 65535) {
            return Normalized::Invalid;
        }
        *out = int(d);
        return Normalized::Ok;
    }
    case FieldSpec::Type::Choice: {
        if (in.isObject() || in.isArray()) {
            return Normalized::Invalid;
        }
        const QString text = jsonText(in).trimmed();
        if (text.isEmpty()) {
            // WP Mail SMTP writes "no encryption" as an empty WPMS_SSL.
            if (f.choice(QStringLiteral("none"))) {
                *out = QStringLiteral("none");
                return Normalized::Ok;
            }
            return Normalized::Empty;
        }
        for (const FieldChoice& c : f.choices) {
            if (c.value.compare(text, Qt::CaseInsensitive) == 0) {
                *out = c.value;
                return Normalized::Ok;
            }
        }
        return Normalized::Invalid;
    }
    default: {
        if (in.isObject() || in.isArray() || in.isBool()) {
            return Normalized::Invalid;
        }
        const QString text = f.type == FieldSpec::Type::Text ? jsonText(in) : jsonText(in).trimmed();
        if (text.trimmed().isEmpty()) {
            return Normalized::Empty;
        }
        *out = text;
        return Normalized::Ok;
    }
    }
}

// ---------------------------------------------------------------------------------------------
// Builder: every importer goes through it, so everything imported passes the catalog
// ---------------------------------------------------------------------------------------------

class Builder
{
public:
    Builder(ImportResult* result, QString where)
        : m_r(result)
        , m_where(std::move(where))
    {}

    QString where() const { return m_where; }

    void add(const char* id, Severity severity, const QString& subject, const QString& detail,
             const QStringList& steps = {})
    {
        m_r->findings.append(makeFinding(id, severity, subject.isEmpty() ? m_where : subject, detail, steps));
    }
    void error(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {})
    {
        add(id, Severity::Error, subject, detail, steps);
    }
    void warn(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {})
    {
        add(id, Severity::Warning, subject, detail, steps);
    }
    void info(const char* id, const QString& subject, const QString& detail, const QStringList& steps = {})
    {
        add(id, Severity::Info, subject, detail, steps);
    }

    // What `imported` lists, in this order: the mailer, the sender, the chosen mailer's settings,
    // other mailers' settings, then features.
    enum class Kind
    {
        Mailer,
        Sender,
        Field,
        Feature,
    };
    void note(Kind kind, const QString& label, const QString& mailerId = {})
    {
        m_notes.append(Note{kind, mailerId, label});
    }

    bool setMailer(const QString& slug, const QString& origin)
    {
        const QString id = slug.trimmed();
        if (id.isEmpty()) {
            return false;
        }
        if (!Catalog::builtin().mailer(id)) {
            unknownMailer(id, origin);
            return false;
        }
        m_r->profile.setMailerId(id);
        m_mailerKnown = true;
        note(Kind::Mailer, Text::tr("Mailer"));
        return true;
    }

    void unknownMailer(const QString& id, const QString& origin)
    {
        if (m_unknownMailers.contains(id)) {
            return;
        }
        m_unknownMailers.insert(id);
        const QString detail =
            id == QLatin1String("mail")
                ? Text::tr(
                      "The source sends with PHP's built-in mail function (\"mail\"), which Postino does "
                      "not set up.")
                : Text::tr("The mailer \"%1\" is not one Postino knows; its settings were not imported.")
                      .arg(id);
        warn("import.unknown_mailer", origin, detail, {Text::tr("Choose a mailer in the wizard.")});
    }

    // One setting of one mailer. Unknown mailers and keys are reported, secrets go to `secrets`.
    void setField(const QString& mailerId, const QString& key, const QJsonValue& value, const QString& origin,
                  const QByteArray* rawSecret = nullptr)
    {
        const MailerInfo* m = Catalog::builtin().mailer(mailerId);
        if (!m) {
            unknownMailer(mailerId, origin);
            return;
        }
        const FieldSpec* f = m->field(key);
        if (!f) {
            QStringList& keys = m_ignoredKeys[mailerId];
            if (!keys.contains(key)) {
                keys.append(key);
            }
            return;
        }
        if (f->secret) {
            QByteArray bytes;
            if (rawSecret) {
                bytes = *rawSecret;
            } else if (value.isString() || value.isDouble()) {
                bytes = jsonText(value).toUtf8();
            } else if (!value.isUndefined() && !value.isNull()) {
                warn("import.ignored_value", origin,
                     Text::tr("The value for %1 is not text; it was not imported.")
                         .arg(Catalog::tr(f->label)));
                return;
            }
            if (bytes.isEmpty()) {
                return;
            }
            m_r->secrets.insert(Profile::secretKey(mailerId, key), bytes);
            note(Kind::Field, Catalog::tr(f->label), mailerId);
            return;
        }
        QJsonValue normalized;
        switch (normalizeField(*f, value, &normalized)) {
        case Normalized::Empty:
            return;
        case Normalized::Invalid:
            warn("import.ignored_value", origin,
                 Text::tr("%1 is not a valid value for %2; it was not imported.")
                     .arg(shown(value), Catalog::tr(f->label)));
            return;
        case Normalized::Ok:
            m_settings[mailerId].insert(key, normalized);
            note(Kind::Field, Catalog::tr(f->label), mailerId);
            return;
        }
    }

    void setSecretBytes(const QString& mailerId, const QString& key, const QByteArray& bytes,
                        const QString& origin)
    {
        setField(mailerId, key, QJsonValue(), origin, &bytes);
    }

    void setFromEmail(const QJsonValue& v, const QString& origin)
    {
        const QString email = jsonText(v).trimmed();
        if (v.isObject() || v.isArray()) {
            warn("import.ignored_value", origin,
                 Text::tr("The From email is not text; it was not imported."));
        } else if (!email.isEmpty()) {
            m_r->profile.sender().fromEmail = email;
            note(Kind::Sender, Text::tr("From email"));
        }
    }
    void setFromName(const QJsonValue& v, const QString& origin)
    {
        const QString name = jsonText(v);
        if (v.isObject() || v.isArray()) {
            warn("import.ignored_value", origin, Text::tr("The From name is not text; it was not imported."));
        } else if (!name.trimmed().isEmpty()) {
            m_r->profile.sender().fromName = name;
            note(Kind::Sender, Text::tr("From name"));
        }
    }
    void setSenderFlag(bool SenderSettings::*member, const QJsonValue& v, const QString& label,
                       const QString& origin)
    {
        if (v.isUndefined()) {
            return;
        }
        if (const auto b = looseBool(v)) {
            m_r->profile.sender().*member = *b;
            note(Kind::Sender, label);
        } else {
            warn("import.ignored_value", origin,
                 Text::tr("%1 is not a valid value for %2; it was not imported.").arg(shown(v), label));
        }
    }
    void setFeature(bool FeatureSettings::*member, bool value, const QString& label)
    {
        m_r->profile.features().*member = value;
        note(Kind::Feature, label);
    }
    void setFeatureFlag(bool FeatureSettings::*member, const QJsonValue& v, const QString& label,
                        const QString& origin, bool invert = false)
    {
        if (v.isUndefined()) {
            return;
        }
        if (const auto b = looseBool(v)) {
            setFeature(member, invert ? !*b : *b, label);
        } else {
            warn("import.ignored_value", origin,
                 Text::tr("%1 is not a valid value for %2; it was not imported.").arg(shown(v), label));
        }
    }
    void setTestRecipient(const QString& address)
    {
        if (!address.trimmed().isEmpty()) {
            m_r->profile.setTestRecipient(address.trimmed());
            note(Kind::Feature, Text::tr("Test recipient"));
        }
    }

    // The Postino profile importer builds its Profile with Profile::fromJson and hands it over.
    QHash<QString, QJsonObject> takeSettings() { return std::exchange(m_settings, {}); }
    void adoptProfile(const Profile& profile, bool mailerKnown)
    {
        m_r->profile = profile;
        m_mailerKnown = mailerKnown;
    }

    void finish()
    {
        for (auto it = m_settings.cbegin(); it != m_settings.cend(); ++it) {
            QJsonObject merged = m_r->profile.mailerSettings(it.key());
            for (auto kv = it.value().constBegin(); kv != it.value().constEnd(); ++kv) {
                merged.insert(kv.key(), kv.value());
            }
            m_r->profile.setMailerSettings(it.key(), merged);
        }
        for (auto it = m_ignoredKeys.cbegin(); it != m_ignoredKeys.cend(); ++it) {
            const MailerInfo* m = Catalog::builtin().mailer(it.key());
            warn("import.ignored_key", it.key(),
                 Text::tr("%1: Postino does not use these settings, so they were not imported: %2.")
                     .arg(m ? Catalog::tr(m->name) : it.key(), it.value().join(QStringLiteral(", "))));
        }
        const QString chosen = m_r->profile.mailerId();
        auto rank = [&chosen](const Note& n) {
            return n.kind == Kind::Feature                         ? 4
                   : n.kind == Kind::Field && n.mailerId != chosen ? 3
                                                                   : int(n.kind);
        };
        std::stable_sort(m_notes.begin(), m_notes.end(),
                         [&rank](const Note& a, const Note& b) { return rank(a) < rank(b); });
        for (const Note& n : std::as_const(m_notes)) {
            QString text = n.label;
            if (!n.mailerId.isEmpty() && n.mailerId != chosen) {
                const MailerInfo* m = Catalog::builtin().mailer(n.mailerId);
                text = Text::tr("%1: %2").arg(m ? Catalog::tr(m->name) : n.mailerId, n.label);
            }
            if (!m_r->imported.contains(text)) {
                m_r->imported.append(text);
            }
        }
        if (m_mailerKnown) {
            if (const MailerInfo* m = Catalog::builtin().mailer(chosen)) {
                const QJsonObject settings = m->withDefaults(m_r->profile.mailerSettings(chosen));
                for (const FieldSpec& f : m->fields) {
                    if (f.secret && f.isVisible(settings) &&
                        !m_r->secrets.contains(Profile::secretKey(chosen, f.key))) {
                        m_r->secretsToEnter.append(Catalog::tr(f.label));
                    }
                }
            }
        }
        if (!hasErrors(m_r->findings) && m_r->imported.isEmpty()) {
            error("import.not_found", QString(), Text::tr("No email settings were found in %1.").arg(m_where),
                  {Text::tr("Check that you picked the right file, or enter the settings in the wizard.")});
        }
        m_r->ok = !hasErrors(m_r->findings);
        if (!m_r->ok) {
            m_r->profile = Profile();
            m_r->imported.clear();
            m_r->secrets.clear();
            m_r->secretsToEnter.clear();
        }
    }

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

// ---------------------------------------------------------------------------------------------
// PHP: a small linear tokenizer, enough to read define( 'NAME', literal ); without running PHP
// ---------------------------------------------------------------------------------------------

bool identStart(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool identChar(uchar c)
{
    return identStart(c) || (c >= '0' && c <= '9');
}

bool isHex(uchar c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
}

void appendUtf8(QByteArray* out, uint cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

struct PhpToken
{
    enum class Kind
    {
        End,
        Identifier,
        String,
        Number,
        Variable,
        Opaque, // heredoc, backticks: text PHP computes, never a plain literal here
        Punct,
    };
    Kind kind = Kind::End;
    QByteArray text;           // identifier (last namespace segment), string value, or the punctuation
    bool interpolated = false; // a double-quoted string that embeds $variables
    bool isInteger = false;
    qint64 integer = 0;
    int line = 0;

    bool is(char c) const { return kind == Kind::Punct && text.size() == 1 && text.at(0) == c; }
    bool isWord(const char* word) const
    {
        return kind == Kind::Identifier && text.compare(QByteArray(word), Qt::CaseInsensitive) == 0;
    }
};

class PhpLexer
{
public:
    explicit PhpLexer(const QByteArray& data)
        : m_d(data.constData())
        , m_n(data.size())
    {
        // Text before the first "<?php" is inline HTML. A snippet without any opening tag
        // (defines pasted on their own) is read as PHP from the start.
        m_inPhp = findOpenTag(0) < 0;
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

    PhpToken next()
    {
        for (;;) {
            if (failed()) {
                return endToken();
            }
            if (!m_inPhp) {
                const qsizetype open = findOpenTag(m_pos);
                if (open < 0) {
                    advanceTo(m_n);
                    return endToken();
                }
                advanceTo(open);
                m_inPhp = true;
            }
            while (m_pos < m_n && isSpace(uchar(m_d[m_pos]))) {
                if (m_d[m_pos] == '\n') {
                    ++m_line;
                }
                ++m_pos;
            }
            if (m_pos >= m_n) {
                return endToken();
            }
            const uchar c = uchar(m_d[m_pos]);
            const uchar c1 = m_pos + 1 < m_n ? uchar(m_d[m_pos + 1]) : 0;
            if (c == '?' && c1 == '>') {
                advanceTo(m_pos + 2);
                m_inPhp = false;
                return punct(';'); // a closing tag ends a statement
            }
            if (c == '#' || (c == '/' && c1 == '/')) {
                skipLineComment();
                continue;
            }
            if (c == '/' && c1 == '*') {
                const int line = m_line;
                const qsizetype end = QByteArrayView(m_d, m_n).indexOf(QByteArrayView("*/"), m_pos + 2);
                if (end < 0) {
                    fail(line,
                         Text::tr("A comment that starts on line %1 is never closed with */.").arg(line));
                    continue;
                }
                advanceTo(end + 2);
                continue;
            }
            if (c == '\'') {
                return singleQuoted();
            }
            if (c == '"' || c == '`') {
                return doubleQuoted(char(c));
            }
            if (c == '<' && c1 == '<' && m_pos + 2 < m_n && m_d[m_pos + 2] == '<') {
                if (auto t = heredoc()) {
                    return *t;
                }
                if (failed()) {
                    continue;
                }
            }
            if (c == '$' && identStart(c1)) {
                PhpToken t = make(PhpToken::Kind::Variable);
                qsizetype i = m_pos + 1;
                while (i < m_n && identChar(uchar(m_d[i]))) {
                    ++i;
                }
                t.text = QByteArray(m_d + m_pos, i - m_pos);
                advanceTo(i);
                return t;
            }
            if (identStart(c) || (c == '\\' && identStart(c1))) {
                return identifier();
            }
            if ((c >= '0' && c <= '9') || (c == '.' && c1 >= '0' && c1 <= '9')) {
                return number();
            }
            PhpToken t = punct(char(c));
            advanceTo(m_pos + 1);
            return t;
        }
    }

private:
    static bool isSpace(uchar c)
    {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }

    PhpToken make(PhpToken::Kind kind) const
    {
        PhpToken t;
        t.kind = kind;
        t.line = m_line;
        return t;
    }
    PhpToken endToken() const { return make(PhpToken::Kind::End); }
    PhpToken punct(char c) const
    {
        PhpToken t = make(PhpToken::Kind::Punct);
        t.text = QByteArray(1, c);
        return t;
    }

    void advanceTo(qsizetype to)
    {
        m_line += int(std::count(m_d + m_pos, m_d + to, '\n'));
        m_pos = to;
    }

    void fail(int line, const QString& message)
    {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorLine = line;
        }
        advanceTo(m_n);
    }

    // Position of the first PHP opening tag ("<?php" in any case, or "<?=") at or after `from`,
    // pointing just past it; -1 when there is none.
    qsizetype findOpenTag(qsizetype from) const
    {
        const QByteArrayView all(m_d, m_n);
        for (qsizetype i = all.indexOf(QByteArrayView("<?"), from); i >= 0;
             i = all.indexOf(QByteArrayView("<?"), i + 2)) {
            if (i + 2 < m_n && m_d[i + 2] == '=') {
                return i + 3;
            }
            if (i + 5 <= m_n &&
                QByteArrayView(m_d + i + 2, 3).compare(QByteArrayView("php"), Qt::CaseInsensitive) == 0 &&
                (i + 5 == m_n || isSpace(uchar(m_d[i + 5])))) {
                return i + 5;
            }
        }
        return -1;
    }

    void skipLineComment()
    {
        qsizetype i = m_pos;
        while (i < m_n && m_d[i] != '\n' && !(m_d[i] == '?' && i + 1 < m_n && m_d[i + 1] == '>')) {
            ++i;
        }
        advanceTo(i);
    }

    PhpToken singleQuoted()
    {
        PhpToken t = make(PhpToken::Kind::String);
        qsizetype i = m_pos + 1;
        while (i < m_n) {
            const char ch = m_d[i];
            if (ch == '\\' && i + 1 < m_n && (m_d[i + 1] == '\\' || m_d[i + 1] == '\'')) {
                t.text.append(m_d[i + 1]);
                i += 2;
                continue;
            }
            if (ch == '\'') {
                advanceTo(i + 1);
                closedString(t.line);
                return t;
            }
            t.text.append(ch);
            ++i;
        }
        unterminatedString(t.line);
        return endToken();
    }

    PhpToken doubleQuoted(char quote)
    {
        PhpToken t = make(quote == '`' ? PhpToken::Kind::Opaque : PhpToken::Kind::String);
        qsizetype i = m_pos + 1;
        while (i < m_n) {
            const uchar ch = uchar(m_d[i]);
            if (ch == uchar(quote)) {
                advanceTo(i + 1);
                closedString(t.line);
                return t;
            }
            if (ch == '$' && i + 1 < m_n && (identStart(uchar(m_d[i + 1])) || m_d[i + 1] == '{')) {
                t.interpolated = true;
            }
            if (ch == '{' && i + 1 < m_n && m_d[i + 1] == '$') {
                t.interpolated = true;
            }
            if (ch != '\\' || i + 1 >= m_n) {
                t.text.append(char(ch));
                ++i;
                continue;
            }
            const uchar e = uchar(m_d[i + 1]);
            i += 2;
            switch (e) {
            case 'n':
                t.text.append('\n');
                break;
            case 't':
                t.text.append('\t');
                break;
            case 'r':
                t.text.append('\r');
                break;
            case 'v':
                t.text.append('\v');
                break;
            case 'e':
                t.text.append('\x1b');
                break;
            case 'f':
                t.text.append('\f');
                break;
            case '\\':
            case '$':
                t.text.append(char(e));
                break;
            case 'x':
                if (i < m_n && isHex(uchar(m_d[i]))) {
                    int v = hexValue(uchar(m_d[i++]));
                    if (i < m_n && isHex(uchar(m_d[i]))) {
                        v = v * 16 + hexValue(uchar(m_d[i++]));
                    }
                    t.text.append(char(v));
                } else {
                    t.text.append("\\x");
                }
                break;
            case 'u': {
                // \u{1F600}: up to six hex digits inside braces
                qsizetype j = i;
                uint cp = 0;
                int digits = 0;
                if (j < m_n && m_d[j] == '{') {
                    ++j;
                    while (j < m_n && isHex(uchar(m_d[j])) && digits < 7) {
                        cp = cp * 16 + uint(hexValue(uchar(m_d[j++])));
                        ++digits;
                    }
                }
                if (digits > 0 && digits <= 6 && j < m_n && m_d[j] == '}' && cp <= 0x10FFFF) {
                    appendUtf8(&t.text, cp);
                    i = j + 1;
                } else {
                    t.text.append("\\u");
                }
                break;
            }
            default:
                if (e >= '0' && e <= '7') {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < m_n && m_d[i] >= '0' && m_d[i] <= '7'; ++k) {
                        v = v * 8 + (m_d[i++] - '0');
                    }
                    t.text.append(char(v & 0xFF));
                } else if (e == uchar(quote)) {
                    t.text.append(char(e));
                } else {
                    t.text.append('\\');
                    t.text.append(char(e)); // unknown escapes keep their backslash, as in PHP
                }
                break;
            }
        }
        unterminatedString(t.line);
        return endToken();
    }

    // Remembers whether the last quoted text ran across lines: when a later one never ends, the
    // quote that is really missing is usually in that earlier text.
    void closedString(int startLine) { m_lastMultiline = m_line > startLine ? startLine : 0; }

    void unterminatedString(int line)
    {
        if (m_lastMultiline > 0) {
            fail(m_lastMultiline,
                 Text::tr("A quoted text that starts on line %1 runs on to the next lines, and the "
                          "one that starts on line %2 is never closed: a quote is probably "
                          "missing on line %1.")
                     .arg(m_lastMultiline)
                     .arg(line));
        } else {
            fail(line, Text::tr("A quoted text that starts on line %1 is never closed.").arg(line));
        }
    }

    // <<<ID ... ID (heredoc) or <<<'ID' ... ID (nowdoc). Returns nothing when "<<<" does not start one.
    std::optional<PhpToken> heredoc()
    {
        PhpToken t = make(PhpToken::Kind::Opaque);
        qsizetype i = m_pos + 3;
        while (i < m_n && (m_d[i] == ' ' || m_d[i] == '\t')) {
            ++i;
        }
        char quote = 0;
        if (i < m_n && (m_d[i] == '\'' || m_d[i] == '"')) {
            quote = m_d[i++];
        }
        const qsizetype idStart = i;
        if (i >= m_n || !identStart(uchar(m_d[i]))) {
            return std::nullopt;
        }
        while (i < m_n && identChar(uchar(m_d[i]))) {
            ++i;
        }
        const QByteArrayView id(m_d + idStart, i - idStart);
        if (quote) {
            if (i >= m_n || m_d[i] != quote) {
                return std::nullopt;
            }
            ++i;
        }
        if (i < m_n && m_d[i] == '\r') {
            ++i;
        }
        if (i >= m_n || m_d[i] != '\n') {
            return std::nullopt;
        }
        const QByteArrayView all(m_d, m_n);
        qsizetype lineStart = i + 1;
        while (lineStart <= m_n) {
            qsizetype p = lineStart;
            while (p < m_n && (m_d[p] == ' ' || m_d[p] == '\t')) {
                ++p;
            }
            if (p + id.size() <= m_n && QByteArrayView(m_d + p, id.size()) == id &&
                (p + id.size() == m_n || !identChar(uchar(m_d[p + id.size()])))) {
                advanceTo(p + id.size());
                return t;
            }
            const qsizetype nl = all.indexOf('\n', p);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        fail(t.line, Text::tr("A block of text (<<<%1) that starts on line %2 is never closed.")
                         .arg(QString::fromUtf8(id))
                         .arg(t.line));
        return std::nullopt;
    }

    PhpToken identifier()
    {
        PhpToken t = make(PhpToken::Kind::Identifier);
        qsizetype i = m_pos;
        qsizetype segment = m_pos;
        while (i < m_n) {
            const uchar ch = uchar(m_d[i]);
            if (ch == '\\' && i + 1 < m_n && identStart(uchar(m_d[i + 1]))) {
                segment = i + 1;
                ++i;
                continue;
            }
            if (!identChar(ch)) {
                break;
            }
            ++i;
        }
        t.text = QByteArray(m_d + segment, i - segment);
        advanceTo(i);
        return t;
    }

    PhpToken number()
    {
        PhpToken t = make(PhpToken::Kind::Number);
        qsizetype i = m_pos;
        while (i < m_n) {
            const uchar ch = uchar(m_d[i]);
            const bool sign = (ch == '+' || ch == '-') && i > m_pos &&
                              (m_d[i - 1] == 'e' || m_d[i - 1] == 'E') &&
                              !(m_d[m_pos] == '0' && m_pos + 1 < m_n && (m_d[m_pos + 1] | 0x20) == 'x');
            if (!(identChar(ch) || ch == '.' || sign)) {
                break;
            }
            ++i;
        }
        QByteArray digits = QByteArray(m_d + m_pos, i - m_pos);
        t.text = digits;
        advanceTo(i);
        digits.replace('_', QByteArray());
        int base = 10;
        if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'x') {
            base = 16;
            digits = digits.mid(2);
        } else if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'b') {
            base = 2;
            digits = digits.mid(2);
        } else if (digits.size() > 2 && digits.at(0) == '0' && (digits.at(1) | 0x20) == 'o') {
            base = 8;
            digits = digits.mid(2);
        } else if (digits.size() > 1 && digits.at(0) == '0') {
            base = 8;
        }
        bool ok = false;
        const qlonglong value = digits.toLongLong(&ok, base);
        t.isInteger = ok;
        t.integer = ok ? value : 0;
        return t;
    }

    const char* m_d;
    qsizetype m_n;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_inPhp = true;
    QString m_error;
    int m_errorLine = 0;
    int m_lastMultiline = 0;
};

struct PhpValue
{
    enum class Kind
    {
        String,
        Bool,
        Integer,
        Null,
    };
    Kind kind = Kind::Null;
    QByteArray string;
    bool boolean = false;
    qint64 integer = 0;

    // PHP's (bool) cast
    bool truthy() const
    {
        switch (kind) {
        case Kind::String:
            return !string.isEmpty() && string != "0";
        case Kind::Bool:
            return boolean;
        case Kind::Integer:
            return integer != 0;
        case Kind::Null:
            return false;
        }
        return false;
    }
    // PHP's (string) cast
    QString text() const
    {
        switch (kind) {
        case Kind::String:
            return QString::fromUtf8(string);
        case Kind::Bool:
            return boolean ? QStringLiteral("1") : QString();
        case Kind::Integer:
            return QString::number(integer);
        case Kind::Null:
            return QString();
        }
        return QString();
    }
    QJsonValue json() const
    {
        switch (kind) {
        case Kind::String:
            return QString::fromUtf8(string);
        case Kind::Bool:
            return boolean;
        case Kind::Integer:
            return double(integer);
        case Kind::Null:
            return QJsonValue::Null;
        }
        return QJsonValue::Null;
    }
};

struct PhpDefine
{
    QString name;
    int line = 0;
    std::optional<PhpValue> value; // nothing when the value is not a plain literal
    QString expression;            // what the value is instead, for findings
};

struct PhpScan
{
    QList<PhpDefine> defines;
    QString syntaxError;
    int syntaxLine = 0;
};

class PhpParser
{
public:
    explicit PhpParser(const QByteArray& data)
        : m_lexer(data)
    {}

    PhpScan run()
    {
        for (;;) {
            const PhpToken t = take();
            if (t.kind == PhpToken::Kind::End) {
                break;
            }
            if (t.isWord("define")) {
                defineCall(t.line);
            } else if (t.isWord("const")) {
                constStatement();
            }
        }
        if (m_lexer.failed() && m_scan.syntaxError.isEmpty()) {
            m_scan.syntaxError = m_lexer.error();
            m_scan.syntaxLine = m_lexer.errorLine();
        }
        return m_scan;
    }

private:
    PhpToken take()
    {
        if (m_pushed) {
            PhpToken t = *m_pushed;
            m_pushed.reset();
            return t;
        }
        return m_lexer.next();
    }
    void pushBack(const PhpToken& t) { m_pushed = t; }

    static bool interesting(const QByteArray& name)
    {
        return name.startsWith("WPMS_") || name.startsWith("EASY_WP_SMTP_");
    }

    void syntax(int line, const QString& message)
    {
        if (m_scan.syntaxError.isEmpty()) {
            m_scan.syntaxError = message;
            m_scan.syntaxLine = line;
        }
    }

    // Reads tokens up to (not including) a top-level terminator; returns the terminator.
    PhpToken valueTokens(QList<PhpToken>* tokens, int* count, const char* terminators)
    {
        int depth = 0;
        for (;;) {
            PhpToken t = take();
            if (t.kind == PhpToken::Kind::End) {
                return t;
            }
            if (depth == 0 && t.kind == PhpToken::Kind::Punct && t.text.at(0) != '\0' &&
                std::strchr(terminators, t.text.at(0))) {
                return t;
            }
            if (t.is('(') || t.is('[') || t.is('{')) {
                ++depth;
            } else if (t.is(')') || t.is(']') || t.is('}')) {
                --depth;
                if (depth < 0) {
                    return t; // unbalanced: let the caller see it
                }
            }
            if (tokens->size() < kMaxValueTokens) {
                tokens->append(t);
            }
            ++*count;
        }
    }

    static void literal(const QList<PhpToken>& tokens, int count, PhpDefine* d)
    {
        if (count == 1) {
            const PhpToken& t = tokens.first();
            if (t.kind == PhpToken::Kind::String && !t.interpolated) {
                d->value = PhpValue{PhpValue::Kind::String, t.text, false, 0};
                return;
            }
            if (t.isWord("true") || t.isWord("false")) {
                d->value = PhpValue{PhpValue::Kind::Bool, {}, t.isWord("true"), 0};
                return;
            }
            if (t.isWord("null")) {
                d->value = PhpValue{PhpValue::Kind::Null, {}, false, 0};
                return;
            }
            if (t.kind == PhpToken::Kind::Number && t.isInteger) {
                d->value = PhpValue{PhpValue::Kind::Integer, {}, false, t.integer};
                return;
            }
        }
        if (count == 2 && (tokens.at(0).is('-') || tokens.at(0).is('+')) &&
            tokens.at(1).kind == PhpToken::Kind::Number && tokens.at(1).isInteger) {
            const qint64 v = tokens.at(1).integer;
            d->value = PhpValue{PhpValue::Kind::Integer, {}, false, tokens.at(0).is('-') ? -v : v};
            return;
        }
        d->expression = describe(tokens, count);
    }

    static QString describe(const QList<PhpToken>& tokens, int count)
    {
        if (count == 0) {
            return Text::tr("no value");
        }
        const PhpToken& first = tokens.first();
        if (first.kind == PhpToken::Kind::Identifier && tokens.size() > 1 && tokens.at(1).is('(')) {
            return Text::tr("a function call (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == PhpToken::Kind::Identifier) {
            return Text::tr("another constant (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == PhpToken::Kind::Variable) {
            return Text::tr("a variable (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == PhpToken::Kind::String && first.interpolated) {
            return Text::tr("a text that includes variables");
        }
        if (count == 1 && first.kind == PhpToken::Kind::Opaque) {
            return Text::tr("a text block PHP computes");
        }
        return Text::tr("an expression");
    }

    void record(PhpDefine d)
    {
        if (interesting(d.name.toUtf8())) {
            m_scan.defines.append(std::move(d));
        }
    }

    void defineCall(int line)
    {
        const PhpToken open = take();
        if (!open.is('(')) {
            pushBack(open);
            return;
        }
        const PhpToken name = take();
        if (name.kind != PhpToken::Kind::String || name.interpolated) {
            pushBack(name); // define($computed, ...): not a constant we can name
            return;
        }
        const PhpToken comma = take();
        if (!comma.is(',')) {
            pushBack(comma);
            return;
        }
        PhpDefine d;
        d.name = QString::fromUtf8(name.text);
        d.line = name.line;
        QList<PhpToken> tokens;
        int count = 0;
        PhpToken end = valueTokens(&tokens, &count, ",);");
        if (end.is(',')) {
            // the deprecated third argument (case_insensitive): skip it
            QList<PhpToken> ignored;
            int n = 0;
            end = valueTokens(&ignored, &n, ");");
        }
        if (!end.is(')')) {
            if (!m_lexer.failed()) {
                syntax(line, Text::tr("The define( on line %1 is not closed with a ).").arg(line));
            }
            return;
        }
        literal(tokens, count, &d);
        record(std::move(d));
    }

    // const NAME = literal; (PHP's other way to declare a constant)
    void constStatement()
    {
        const PhpToken name = take();
        if (name.kind != PhpToken::Kind::Identifier) {
            pushBack(name);
            return;
        }
        const PhpToken eq = take();
        if (!eq.is('=')) {
            pushBack(eq);
            return;
        }
        PhpDefine d;
        d.name = QString::fromUtf8(name.text);
        d.line = name.line;
        QList<PhpToken> tokens;
        int count = 0;
        const PhpToken end = valueTokens(&tokens, &count, ",;");
        literal(tokens, count, &d);
        record(std::move(d));
        if (end.is(',')) {
            constStatement(); // const A = 1, B = 2;
        }
    }

    PhpLexer m_lexer;
    std::optional<PhpToken> m_pushed;
    PhpScan m_scan;
};

// ---------------------------------------------------------------------------------------------
// wp-config.php
// ---------------------------------------------------------------------------------------------

const QHash<QString, QPair<QString, const FieldSpec*>>& catalogConstants()
{
    static const QHash<QString, QPair<QString, const FieldSpec*>> map = [] {
        QHash<QString, QPair<QString, const FieldSpec*>> out;
        for (const MailerInfo& m : Catalog::builtin().mailers()) {
            for (const FieldSpec& f : m.fields) {
                if (!f.constant.isEmpty()) {
                    out.insert(f.constant, {m.id, &f});
                }
            }
        }
        return out;
    }();
    return map;
}

// Constants WP Mail SMTP knows that have no place in a Postino profile.
bool knownButUnused(const QString& rest)
{
    static const QSet<QString> names = {
        QStringLiteral("LICENSE_KEY"),
        QStringLiteral("CRYPTO_KEY"),
        QStringLiteral("OPTIMIZED_EMAIL_SENDING_ENABLED"),
        QStringLiteral("DEBUG_EVENTS_RETENTION_PERIOD"),
        QStringLiteral("VUE_LOCAL_DEV"),
        QStringLiteral("SETUP_WIZARD_URL"),
        QStringLiteral("PRODUCT_API_BASE_URL"),
        QStringLiteral("PLUGIN_VER"),
        QStringLiteral("AMAZONSES_DISPLAY_IDENTITIES"),
    };
    return names.contains(rest) || (rest.startsWith(QLatin1String("SETUP_WIZARD_TEST_")) &&
                                    rest.endsWith(QLatin1String("_EMAIL_RECIPIENT")));
}

// "true / 'true' only" constants; anything else means "not set" to WP Mail SMTP.
std::optional<bool> strictTrue(const PhpValue& v)
{
    if ((v.kind == PhpValue::Kind::Bool && v.boolean) ||
        (v.kind == PhpValue::Kind::String && v.string == "true")) {
        return true;
    }
    if (!v.truthy() || (v.kind == PhpValue::Kind::String && v.string.toLower() == "false")) {
        return false;
    }
    return std::nullopt;
}

void importWpConfig(const QByteArray& data, const QString& where, ImportResult* r)
{
    r->source = Text::tr("wp-config.php");
    const PhpScan scan = PhpParser(data).run();
    Builder b(r, where);
    auto at = [&where](int line) {
        return QStringLiteral("%1:%2").arg(where).arg(line);
    };
    if (!scan.syntaxError.isEmpty()) {
        b.error("import.syntax", at(scan.syntaxLine),
                Text::tr("Line %1: %2 PHP itself stops at this error, so nothing was imported.")
                    .arg(scan.syntaxLine)
                    .arg(scan.syntaxError),
                {Text::tr("Fix the quotes or comment near that line, or import a copy of the file that works "
                          "on the site.")});
        b.finish();
        return;
    }

    QList<PhpDefine> wpms;
    QList<PhpDefine> easy;
    for (const PhpDefine& d : scan.defines) {
        (d.name.startsWith(QLatin1String("WPMS_")) ? wpms : easy).append(d);
    }
    if (wpms.isEmpty() && easy.isEmpty()) {
        b.error("import.not_found", where,
                Text::tr("%1 defines no WP Mail SMTP constants (WPMS_...).").arg(where),
                {Text::tr("If the site keeps its email settings in the database, import the output of "
                          "\"wp option get wp_mail_smtp --format=json\" instead.")});
        b.finish();
        return;
    }
    const bool useEasy = wpms.isEmpty();
    const QString prefix = useEasy ? QStringLiteral("EASY_WP_SMTP_") : QStringLiteral("WPMS_");
    if (useEasy) {
        r->source = Text::tr("wp-config.php (Easy WP SMTP)");
    } else if (!easy.isEmpty()) {
        b.warn(
            "import.ignored", where,
            Text::tr("The file also defines Easy WP SMTP constants (EASY_WP_SMTP_...); only the WP Mail SMTP "
                     "ones were imported."));
    }
    const QList<PhpDefine>& defines = useEasy ? easy : wpms;

    QSet<QString> seen;
    QStringList unused;
    bool alerts = false;
    std::optional<PhpValue> on;
    bool onSeen = false;
    for (const PhpDefine& d : defines) {
        const QString origin = at(d.line);
        if (seen.contains(d.name)) {
            b.warn("import.duplicate", origin,
                   Text::tr("%1 is defined a second time on line %2; PHP keeps the first value, and so did "
                            "Postino.")
                       .arg(d.name)
                       .arg(d.line));
            continue;
        }
        seen.insert(d.name);
        const QString rest = d.name.mid(prefix.size());
        const QString canonical = QStringLiteral("WPMS_") + rest;
        const auto catalogField = catalogConstants().constFind(canonical);
        const bool isCatalog = catalogField != catalogConstants().cend();
        static const QSet<QString> senderNames = {
            QStringLiteral("MAIL_FROM"),
            QStringLiteral("MAIL_FROM_NAME"),
            QStringLiteral("MAILER"),
            QStringLiteral("SET_RETURN_PATH"),
            QStringLiteral("MAIL_FROM_NAME_FORCE"),
            QStringLiteral("MAIL_FROM_FORCE"),
        };

        if (!d.value) {
            const bool secret = isCatalog && catalogField->second->secret;
            const bool matters = (isCatalog && !secret) || senderNames.contains(rest);
            if (rest == QLatin1String("ON")) {
                onSeen = true;
            }
            if (matters) {
                b.error("import.unsupported_value", origin,
                        Text::tr("Line %1: %2 is set to %3, which only PHP can work out. Postino reads plain "
                                 "values only, so nothing was imported.")
                            .arg(d.line)
                            .arg(d.name, d.expression),
                        {Text::tr("Replace the value with the plain text or number it stands for, or enter "
                                  "the settings in the wizard.")});
            } else if (secret) {
                b.warn("import.unsupported_value", origin,
                       Text::tr("Line %1: %2 is set to %3, which only PHP can work out; enter this secret "
                                "in the wizard.")
                           .arg(d.line)
                           .arg(d.name, d.expression));
            } else if (!knownButUnused(rest)) {
                b.warn("import.unsupported_value", origin,
                       Text::tr("Line %1: %2 is set to %3, which only PHP can work out; it was not imported.")
                           .arg(d.line)
                           .arg(d.name, d.expression));
            }
            continue;
        }
        const PhpValue& v = *d.value;

        if (rest == QLatin1String("ON")) {
            on = v;
            onSeen = true;
        } else if (rest == QLatin1String("MAILER")) {
            if (v.truthy()) {
                b.setMailer(v.text(), origin);
            }
        } else if (rest == QLatin1String("MAIL_FROM")) {
            if (v.truthy()) {
                b.setFromEmail(v.text(), origin);
            }
        } else if (rest == QLatin1String("MAIL_FROM_NAME")) {
            if (v.truthy()) {
                b.setFromName(v.text(), origin);
            }
        } else if (rest == QLatin1String("SET_RETURN_PATH") || rest == QLatin1String("MAIL_FROM_FORCE") ||
                   rest == QLatin1String("MAIL_FROM_NAME_FORCE")) {
            const QString label = rest == QLatin1String("SET_RETURN_PATH")   ? Text::tr("Return path")
                                  : rest == QLatin1String("MAIL_FROM_FORCE") ? Text::tr("Force From email")
                                                                             : Text::tr("Force From name");
            bool SenderSettings::*member =
                rest == QLatin1String("SET_RETURN_PATH")   ? &SenderSettings::returnPath
                : rest == QLatin1String("MAIL_FROM_FORCE") ? &SenderSettings::forceFromEmail
                                                           : &SenderSettings::forceFromName;
            if (const auto flag = strictTrue(v)) {
                b.setSenderFlag(member, *flag, label, origin);
            } else {
                b.warn(
                    "import.ignored_value", origin,
                    Text::tr("%1 is set to \"%2\"; WP Mail SMTP only accepts true or 'true' here, so it was "
                             "not imported.")
                        .arg(d.name, v.text()));
            }
        } else if (isCatalog) {
            const QString mailerId = catalogField->first;
            const FieldSpec* f = catalogField->second;
            if (f->secret) {
                if (v.truthy()) {
                    b.setSecretBytes(mailerId, f->key,
                                     v.kind == PhpValue::Kind::String ? v.string : v.text().toUtf8(), origin);
                }
            } else if (f->type == FieldSpec::Type::Bool) {
                const bool parsed = rest == QLatin1String("MAILERSEND_HAS_PRO_PLAN")
                                        ? looseBool(v.json()).value_or(false)
                                        : v.truthy();
                if (v.kind == PhpValue::Kind::String && v.string.toLower() == "false" && parsed) {
                    b.warn(
                        "import.odd_value", origin,
                        Text::tr("%1 is the text 'false', which PHP counts as true; it was imported as on. "
                                 "Write false without quotes to turn it off.")
                            .arg(d.name));
                }
                b.setField(mailerId, f->key, parsed, origin);
            } else if (canonical == QLatin1String("WPMS_SSL")) {
                b.setField(mailerId, f->key,
                           v.kind == PhpValue::Kind::String ? v.json() : QJsonValue(v.text()), origin);
            } else if (v.truthy()) {
                b.setField(mailerId, f->key,
                           v.kind == PhpValue::Kind::Integer ? v.json() : QJsonValue(v.text()), origin);
            }
        } else if (rest == QLatin1String("LOGS_ENABLED")) {
            b.setFeature(&FeatureSettings::emailLogs, v.truthy(), Text::tr("Email logs"));
        } else if (rest == QLatin1String("SUMMARY_REPORT_EMAIL_DISABLED")) {
            b.setFeature(&FeatureSettings::weeklySummary, !looseBool(v.json()).value_or(false),
                         Text::tr("Weekly summary"));
        } else if (rest.startsWith(QLatin1String("ALERT_"))) {
            alerts = alerts || v.truthy();
        } else if (rest == QLatin1String("SETUP_WIZARD_TEST_EMAIL_RECIPIENT")) {
            b.setTestRecipient(v.text());
        } else if (rest == QLatin1String("DO_NOT_SEND")) {
            if (v.truthy()) {
                b.warn("import.do_not_send", origin,
                       Text::tr(
                           "%1 is on: this site's WP Mail SMTP blocks every email. Postino's profile has no "
                           "such switch; remove the constant when emails should go out.")
                           .arg(d.name));
            }
        } else if (rest == QLatin1String("PEPIPOST_API_KEY")) {
            b.warn("import.unknown_mailer", origin,
                   Text::tr("%1 belongs to Pepipost, a retired mailer Postino does not set up; it was not "
                            "imported.")
                       .arg(d.name));
        } else if (knownButUnused(rest)) {
            unused.append(d.name);
        } else {
            b.warn("import.unknown_constant", origin,
                   Text::tr("%1 is not a constant WP Mail SMTP reads; it was not imported.").arg(d.name));
        }
    }
    if (alerts) {
        b.setFeature(&FeatureSettings::alerts, true, Text::tr("Failure alerts"));
        b.info("import.alert_targets", where,
               Text::tr(
                   "Failure alerts are turned on; where they are sent (addresses, webhooks) is not part of a "
                   "Postino profile and was not imported."));
    }
    if (!unused.isEmpty()) {
        b.info("import.ignored", where,
               Text::tr("Postino does not use these constants: %1.").arg(unused.join(QStringLiteral(", "))));
    }
    const QString onName = prefix + QStringLiteral("ON");
    if (!onSeen) {
        b.warn(
            "import.constants_disabled", where,
            Text::tr("%1 is not defined, so the plugin ignores all these constants and uses the settings "
                     "saved in WordPress. They were imported anyway.")
                .arg(onName),
            {Text::tr("Add define( '%1', true ); above these constants if they should apply.").arg(onName)});
    } else if (on && !(on->kind == PhpValue::Kind::Bool && on->boolean)) {
        b.warn(
            "import.constants_disabled", where,
            Text::tr("%1 is \"%2\", not true, so the plugin ignores all these constants. They were imported "
                     "anyway.")
                .arg(onName, on->kind == PhpValue::Kind::Bool ? QStringLiteral("false") : on->text()),
            {Text::tr("Write define( '%1', true ); (true without quotes) if they should apply.")
                 .arg(onName)});
    }
    b.finish();
}

// ---------------------------------------------------------------------------------------------
// JSON sources
// ---------------------------------------------------------------------------------------------

QJsonValue val(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key));
}

QString path(const QString& group, const QString& key)
{
    return group + QLatin1Char('.') + key;
}

bool looksEncrypted(const QString& value)
{
    // WP Mail SMTP's Crypto: base64(24-byte nonce + secretbox(text)), the box adding 16 bytes.
    if (value.size() % 4 != 0 || value.size() < 56) {
        return false;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() >= 24 + 16 + 1;
}

// Whether a mailer's group holds a configuration rather than stored defaults: some text, host,
// address or secret is filled in (choices, ports and switches always have a value).
bool hasContent(const MailerInfo& m, const QJsonObject& values)
{
    for (const FieldSpec& f : m.fields) {
        const bool free = f.secret || f.type == FieldSpec::Type::Text || f.type == FieldSpec::Type::Host ||
                          f.type == FieldSpec::Type::Email;
        if (free && !jsonText(values.value(f.key)).trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

void importWpMailSmtpOption(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("wp_mail_smtp option");
    Builder b(r, where);
    const QJsonObject mail = val(json, "mail").toObject();
    if (mail.contains(QLatin1String("mailer"))) {
        b.setMailer(jsonText(val(mail, "mailer")), QStringLiteral("mail.mailer"));
    }
    b.setFromEmail(val(mail, "from_email"), QStringLiteral("mail.from_email"));
    b.setFromName(val(mail, "from_name"), QStringLiteral("mail.from_name"));
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(mail, "from_email_force"),
                    Text::tr("Force From email"), QStringLiteral("mail.from_email_force"));
    b.setSenderFlag(&SenderSettings::forceFromName, val(mail, "from_name_force"), Text::tr("Force From name"),
                    QStringLiteral("mail.from_name_force"));
    b.setSenderFlag(&SenderSettings::returnPath, val(mail, "return_path"), Text::tr("Return path"),
                    QStringLiteral("mail.return_path"));

    static const QSet<QString> quietGroups = {QStringLiteral("mail"), QStringLiteral("license"),
                                              QStringLiteral("alert_events")};
    std::optional<bool> alerts;
    QStringList unknownGroups;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString group = it.key();
        const QJsonObject values = it.value().toObject();
        if (const MailerInfo* m = Catalog::builtin().mailer(group)) {
            if (group != r->profile.mailerId() && !hasContent(*m, values)) {
                continue; // the blank defaults WP Mail SMTP stores for every mailer
            }
            for (auto kv = values.constBegin(); kv != values.constEnd(); ++kv) {
                const QString origin = path(group, kv.key());
                if (group == QLatin1String("smtp") && kv.key() == QLatin1String("pass") &&
                    looksEncrypted(kv.value().toString())) {
                    b.info(
                        "import.encrypted_secret", origin,
                        Text::tr("The SMTP password is stored encrypted in WordPress and cannot be read from "
                                 "here; enter it in the wizard."));
                    continue;
                }
                b.setField(group, kv.key(), kv.value(), origin);
            }
        } else if (group == QLatin1String("logs")) {
            b.setFeatureFlag(&FeatureSettings::emailLogs, val(values, "enabled"), Text::tr("Email logs"),
                             QStringLiteral("logs.enabled"));
        } else if (group == QLatin1String("general")) {
            b.setFeatureFlag(&FeatureSettings::weeklySummary, val(values, "summary_report_email_disabled"),
                             Text::tr("Weekly summary"),
                             QStringLiteral("general.summary_report_email_disabled"), true);
            if (looseBool(val(values, "do_not_send")).value_or(false)) {
                b.warn(
                    "import.do_not_send", QStringLiteral("general.do_not_send"),
                    Text::tr("\"Do not send\" is on: this site's WP Mail SMTP blocks every email. Postino's "
                             "profile has no such switch."));
            }
        } else if (group == QLatin1String("debug_events")) {
            b.setFeatureFlag(&FeatureSettings::errorTracking, val(values, "email_debug"),
                             Text::tr("Error tracking"), QStringLiteral("debug_events.email_debug"));
        } else if (group.startsWith(QLatin1String("alert_")) && group != QLatin1String("alert_events")) {
            if (const auto on = looseBool(val(values, "enabled"));
                on && values.contains(QLatin1String("enabled"))) {
                alerts = alerts.value_or(false) || *on;
            }
        } else if (!quietGroups.contains(group)) {
            unknownGroups.append(group);
        }
    }
    if (alerts) {
        b.setFeature(&FeatureSettings::alerts, *alerts, Text::tr("Failure alerts"));
    }
    if (!unknownGroups.isEmpty()) {
        b.warn("import.ignored_key", where,
               Text::tr("Postino does not use these groups of settings, so they were not imported: %1.")
                   .arg(unknownGroups.join(QStringLiteral(", "))));
    }
    b.finish();
}

void importPostinoProfile(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("Postino profile");
    Builder b(r, where);
    const QJsonObject mailers = val(json, "mailers").toObject();
    for (auto it = mailers.constBegin(); it != mailers.constEnd(); ++it) {
        const QJsonObject values = it.value().toObject();
        for (auto kv = values.constBegin(); kv != values.constEnd(); ++kv) {
            b.setField(it.key(), kv.key(), kv.value(), path(it.key(), kv.key()));
        }
    }
    QJsonObject clean = json;
    QJsonObject cleanMailers;
    const QHash<QString, QJsonObject> settings = b.takeSettings();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        cleanMailers.insert(it.key(), it.value());
    }
    clean.insert(QStringLiteral("mailers"), cleanMailers);
    bool mailerKnown = false;
    const QString mailer = jsonText(val(json, "mailer"));
    if (json.contains(QLatin1String("mailer"))) {
        mailerKnown = Catalog::builtin().mailer(mailer) != nullptr;
        if (!mailerKnown) {
            b.unknownMailer(mailer, QStringLiteral("mailer"));
            clean.remove(QStringLiteral("mailer"));
        }
    }
    Findings problems;
    const Profile profile = Profile::fromJson(clean, &problems);
    for (const Finding& f : std::as_const(problems)) {
        r->findings.append(f);
    }
    b.adoptProfile(profile, mailerKnown);
    if (mailerKnown) {
        b.note(Builder::Kind::Mailer, Text::tr("Mailer"));
    }
    const QJsonObject sender = val(json, "sender").toObject();
    if (!profile.sender().fromEmail.isEmpty()) {
        b.note(Builder::Kind::Sender, Text::tr("From email"));
    }
    if (!profile.sender().fromName.isEmpty()) {
        b.note(Builder::Kind::Sender, Text::tr("From name"));
    }
    const std::initializer_list<std::pair<const char*, QString>> senderFlags = {
        {"forceFromEmail", Text::tr("Force From email")},
        {"forceFromName", Text::tr("Force From name")},
        {"returnPath", Text::tr("Return path")}};
    for (const auto& [key, label] : senderFlags) {
        if (sender.contains(QLatin1String(key))) {
            b.note(Builder::Kind::Sender, label);
        }
    }
    const QJsonObject features = val(json, "features").toObject();
    const std::initializer_list<std::pair<const char*, QString>> featureFlags = {
        {"emailLogs", Text::tr("Email logs")},
        {"errorTracking", Text::tr("Error tracking")},
        {"weeklySummary", Text::tr("Weekly summary")},
        {"alerts", Text::tr("Failure alerts")}};
    for (const auto& [key, label] : featureFlags) {
        if (features.contains(QLatin1String(key))) {
            b.note(Builder::Kind::Feature, label);
        }
    }
    if (!profile.testRecipient().isEmpty()) {
        b.note(Builder::Kind::Feature, Text::tr("Test recipient"));
    }
    if (!profile.alerts().channels.isEmpty()) {
        b.note(Builder::Kind::Feature, Text::tr("Alert channels (%1)").arg(profile.alerts().channels.size()));
    }
    // This option lowers a safety check (alerts may reach this computer and private networks), so the
    // import says it turned it on instead of leaving it for the user to find.
    if (profile.alerts().allowLocalTargets) {
        b.note(Builder::Kind::Feature, Text::tr("Alerts to this computer and private networks"));
        b.warn(
            "import.allow_local_targets", QStringLiteral("alerts.allowLocalTargets"),
            Text::tr("The profile lets failure alerts go to this computer and to private networks "
                     "(allowLocalTargets), which is meant only for a test server."),
            {Text::tr("Unless the alerts go to a test server on your network, clear \"Allow alerts to this "
                      "computer and private networks\" in the Failure alerts window on the Features page.")});
    }
    b.finish();
}

// The smtp group shared by the SMTP-only plugins.
struct SmtpValues
{
    QJsonValue host, encryption, port, auth, user;
    std::optional<QByteArray> pass; // decoded password, when the source has one
};

void applySmtp(Builder& b, const SmtpValues& v, const QString& where)
{
    const QString smtp = QStringLiteral("smtp");
    b.setMailer(smtp, where);
    b.setField(smtp, QStringLiteral("host"), v.host, where);
    b.setField(smtp, QStringLiteral("encryption"),
               v.encryption.isUndefined() ? QJsonValue(QString()) : v.encryption, where);
    b.setField(smtp, QStringLiteral("port"), v.port, where);
    b.setField(smtp, QStringLiteral("auth"), v.auth, where);
    b.setField(smtp, QStringLiteral("user"), v.user, where);
    if (v.pass && !v.pass->isEmpty()) {
        b.setSecretBytes(smtp, QStringLiteral("pass"), *v.pass, where);
    }
}

// base64 as the plugins store some secrets; nothing when the text is not valid base64.
std::optional<QByteArray> fromBase64(const QJsonValue& v)
{
    const QByteArray text = jsonText(v).trimmed().toLatin1();
    if (text.isEmpty()) {
        return QByteArray();
    }
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return std::nullopt;
    }
    return decoded.decoded;
}

void importEasyWpSmtp1(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("Easy WP SMTP");
    Builder b(r, where);
    b.setFromEmail(val(json, "from_email_field"), QStringLiteral("from_email_field"));
    b.setFromName(val(json, "from_name_field"), QStringLiteral("from_name_field"));
    b.setSenderFlag(&SenderSettings::forceFromName, val(json, "force_from_name_replace"),
                    Text::tr("Force From name"), QStringLiteral("force_from_name_replace"));
    const QJsonObject s = val(json, "smtp_settings").toObject();
    applySmtp(b,
              SmtpValues{val(s, "host"), val(s, "type_encryption"), val(s, "port"), val(s, "autentication"),
                         val(s, "username"), std::nullopt},
              QStringLiteral("smtp_settings"));
    if (!jsonText(val(s, "password")).isEmpty()) {
        b.info("import.encrypted_secret", QStringLiteral("smtp_settings.password"),
               Text::tr(
                   "Easy WP SMTP keeps the SMTP password in a form Postino cannot read back; enter it in the "
                   "wizard."));
    }
    b.finish();
}

void importPostSmtp(const QJsonObject& json, const QString& where, const QString& source, ImportResult* r)
{
    r->source = source;
    Builder b(r, where);
    static const QHash<QString, QString> transports = {
        {QStringLiteral("smtp"), QStringLiteral("smtp")},
        {QStringLiteral("gmail_api"), QStringLiteral("gmail")},
        {QStringLiteral("sendgrid_api"), QStringLiteral("sendgrid")},
        {QStringLiteral("mailgun_api"), QStringLiteral("mailgun")},
    };
    const QString transport = jsonText(val(json, "transport_type"));
    if (transports.contains(transport)) {
        b.setMailer(transports.value(transport), QStringLiteral("transport_type"));
    } else if (!transport.isEmpty()) {
        b.unknownMailer(transport == QLatin1String("default") ? QStringLiteral("mail") : transport,
                        QStringLiteral("transport_type"));
    }
    b.setFromEmail(val(json, "sender_email"), QStringLiteral("sender_email"));
    b.setFromName(val(json, "sender_name"), QStringLiteral("sender_name"));
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(json, "prevent_sender_email_override"),
                    Text::tr("Force From email"), QStringLiteral("prevent_sender_email_override"));
    b.setSenderFlag(&SenderSettings::forceFromName, val(json, "prevent_sender_name_override"),
                    Text::tr("Force From name"), QStringLiteral("prevent_sender_name_override"));

    auto decoded = [&](const char* key) -> std::optional<QByteArray> {
        const auto bytes = fromBase64(val(json, key));
        if (!bytes) {
            b.warn("import.ignored_value", ascii(key),
                   Text::tr("%1 is not in the encoded form Post SMTP uses; it was not imported.")
                       .arg(ascii(key)));
        }
        return bytes;
    };
    const QString smtp = QStringLiteral("smtp");
    if (transport == QLatin1String("smtp") || json.contains(QLatin1String("hostname"))) {
        const QJsonValue auth = json.contains(QLatin1String("auth_type"))
                                    ? QJsonValue(jsonText(val(json, "auth_type")) != QLatin1String("none"))
                                    : QJsonValue();
        const QString hostname = jsonText(val(json, "hostname"));
        if (!hostname.isEmpty() || transport == QLatin1String("smtp")) {
            b.setField(smtp, QStringLiteral("host"), hostname, QStringLiteral("hostname"));
            b.setField(smtp, QStringLiteral("encryption"), val(json, "enc_type"), QStringLiteral("enc_type"));
            b.setField(smtp, QStringLiteral("port"), val(json, "port"), QStringLiteral("port"));
            b.setField(smtp, QStringLiteral("auth"), auth, QStringLiteral("auth_type"));
            b.setField(smtp, QStringLiteral("user"), val(json, "basic_auth_username"),
                       QStringLiteral("basic_auth_username"));
            if (const auto pass = decoded("basic_auth_password"); pass && !pass->isEmpty()) {
                b.setSecretBytes(smtp, QStringLiteral("pass"), *pass, QStringLiteral("basic_auth_password"));
            }
        }
    }
    const QString gmail = QStringLiteral("gmail");
    b.setField(gmail, QStringLiteral("client_id"), val(json, "oauth_client_id"),
               QStringLiteral("oauth_client_id"));
    b.setField(gmail, QStringLiteral("client_secret"), val(json, "oauth_client_secret"),
               QStringLiteral("oauth_client_secret"));
    if (const auto key = decoded("sendgrid_api_key"); key && !key->isEmpty()) {
        b.setSecretBytes(QStringLiteral("sendgrid"), QStringLiteral("api_key"), *key,
                         QStringLiteral("sendgrid_api_key"));
    }
    const QString mailgun = QStringLiteral("mailgun");
    const auto mailgunKey = decoded("mailgun_api_key");
    if (mailgunKey && !mailgunKey->isEmpty()) {
        b.setSecretBytes(mailgun, QStringLiteral("api_key"), *mailgunKey, QStringLiteral("mailgun_api_key"));
    }
    b.setField(mailgun, QStringLiteral("domain"), val(json, "mailgun_domain_name"),
               QStringLiteral("mailgun_domain_name"));
    if (transport == QLatin1String("mailgun_api") || (mailgunKey && !mailgunKey->isEmpty())) {
        // Post SMTP's region is a checkbox: anything set means the EU.
        const bool eu = looseBool(val(json, "mailgun_region")).value_or(true) &&
                        !jsonText(val(json, "mailgun_region")).isEmpty();
        b.setField(mailgun, QStringLiteral("region"), eu ? QStringLiteral("EU") : QStringLiteral("US"),
                   QStringLiteral("mailgun_region"));
    }
    b.finish();
}

void importSmtpMailer(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("SMTP Mailer");
    Builder b(r, where);
    b.setFromEmail(val(json, "from_email"), QStringLiteral("from_email"));
    b.setFromName(val(json, "from_name"), QStringLiteral("from_name"));
    const auto pass = fromBase64(val(json, "smtp_password"));
    if (!pass) {
        b.warn("import.ignored_value", QStringLiteral("smtp_password"),
               Text::tr("The password is not in the encoded form SMTP Mailer uses; it was not imported."));
    }
    const QJsonValue auth = json.contains(QLatin1String("smtp_auth"))
                                ? QJsonValue(jsonText(val(json, "smtp_auth")) == QLatin1String("true"))
                                : QJsonValue();
    applySmtp(b,
              SmtpValues{val(json, "smtp_host"), val(json, "type_of_encryption"), val(json, "smtp_port"),
                         auth, val(json, "smtp_username"), pass},
              where);
    b.finish();
}

void importWpSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("WP SMTP");
    Builder b(r, where);
    b.setFromEmail(val(json, "from"), QStringLiteral("from"));
    b.setFromName(val(json, "fromname"), QStringLiteral("fromname"));
    const QJsonValue auth = json.contains(QLatin1String("smtpauth"))
                                ? QJsonValue(jsonText(val(json, "smtpauth")) == QLatin1String("yes"))
                                : QJsonValue();
    applySmtp(b,
              SmtpValues{val(json, "host"), val(json, "smtpsecure"), val(json, "port"), auth,
                         val(json, "username"), jsonText(val(json, "password")).toUtf8()},
              where);
    b.finish();
}

void importFluentSmtp(const QJsonObject& json, const QString& where, ImportResult* r)
{
    r->source = Text::tr("FluentSMTP");
    Builder b(r, where);
    const QJsonObject connections = val(json, "connections").toObject();
    const QJsonObject misc = val(json, "misc").toObject();
    QString key = jsonText(val(misc, "default_connection"));
    if (key.isEmpty() && connections.size() == 1) {
        key = connections.constBegin().key();
    }
    const QJsonObject s =
        connections.value(key).toObject().value(QLatin1String("provider_settings")).toObject();
    if (s.isEmpty()) {
        b.error("import.not_found", where,
                Text::tr("FluentSMTP's settings name no default connection, so there is nothing to import."),
                {Text::tr("Pick a default connection in FluentSMTP, or enter the settings in the wizard.")});
        b.finish();
        return;
    }
    if (connections.size() > 1) {
        b.info("import.other_connections", where,
               Text::tr("FluentSMTP has %1 connections; only the default one was imported.")
                   .arg(connections.size()));
    }
    static const QHash<QString, QString> providers = {
        {QStringLiteral("smtp"), QStringLiteral("smtp")},
        {QStringLiteral("ses"), QStringLiteral("amazonses")},
        {QStringLiteral("mailgun"), QStringLiteral("mailgun")},
        {QStringLiteral("sendgrid"), QStringLiteral("sendgrid")},
        {QStringLiteral("sendinblue"), QStringLiteral("sendinblue")},
        {QStringLiteral("sparkpost"), QStringLiteral("sparkpost")},
        {QStringLiteral("postmark"), QStringLiteral("postmark")},
        {QStringLiteral("outlook"), QStringLiteral("outlook")},
    };
    const QString provider = jsonText(val(s, "provider"));
    const QString mailer = providers.value(provider);
    const QString origin = QStringLiteral("connections.%1").arg(key);
    if (!mailer.isEmpty()) {
        b.setMailer(mailer, origin);
    } else {
        b.unknownMailer(provider.isEmpty() ? QStringLiteral("?") : provider, origin);
    }
    b.setFromEmail(val(s, "sender_email"), origin);
    b.setFromName(val(s, "sender_name"), origin);
    b.setSenderFlag(&SenderSettings::forceFromEmail, val(s, "force_from_email"), Text::tr("Force From email"),
                    origin);
    b.setSenderFlag(&SenderSettings::forceFromName, val(s, "force_from_name"), Text::tr("Force From name"),
                    origin);
    b.setSenderFlag(&SenderSettings::returnPath, val(s, "return_path"), Text::tr("Return path"), origin);
    b.setFeatureFlag(&FeatureSettings::emailLogs, val(misc, "log_emails"), Text::tr("Email logs"),
                     QStringLiteral("misc.log_emails"));

    const bool inWpConfig = jsonText(val(s, "key_store")) == QLatin1String("wp_config");
    auto field = [&](const char* to, const char* from) {
        b.setField(mailer, ascii(to), val(s, from), origin);
    };
    if (mailer == QLatin1String("smtp")) {
        field("host", "host");
        b.setField(mailer, QStringLiteral("encryption"),
                   s.contains(QLatin1String("encryption")) ? val(s, "encryption") : QJsonValue(QString()),
                   origin);
        field("port", "port");
        field("auth", "auth");
        field("user", "username");
        field("pass", "password");
        field("autotls", "auto_tls");
    } else if (mailer == QLatin1String("amazonses")) {
        field("client_id", "access_key");
        field("client_secret", "secret_key");
        field("region", "region");
    } else if (mailer == QLatin1String("mailgun")) {
        field("api_key", "api_key");
        field("domain", "domain_name");
        field("region", "region");
    } else if (mailer == QLatin1String("postmark")) {
        field("server_api_token", "api_key");
        field("message_stream", "message_stream");
    } else if (mailer == QLatin1String("outlook")) {
        field("client_id", "client_id");
        field("client_secret", "client_secret");
    } else if (!mailer.isEmpty()) {
        field("api_key", "api_key");
    }
    if (inWpConfig) {
        b.info("import.secrets_elsewhere", origin,
               Text::tr(
                   "FluentSMTP reads this connection's secrets from FLUENTMAIL_* constants in wp-config.php; "
                   "enter them in the wizard."));
    }
    b.finish();
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

enum class JsonKind
{
    Unknown,
    Postino,
    WpMailSmtp,
    FluentSmtp,
    EasyWpSmtp1,
    PostSmtp,
    SmtpMailer,
    WpSmtp,
};

JsonKind detectJson(const QJsonObject& o)
{
    auto has = [&o](const char* key) {
        return o.contains(QLatin1String(key));
    };
    if (jsonText(val(o, "format")) == QLatin1String("postino-profile")) {
        return JsonKind::Postino;
    }
    if (val(o, "mail").isObject()) {
        return JsonKind::WpMailSmtp;
    }
    if (val(o, "connections").isObject() && (val(o, "misc").isObject() || has("mappings"))) {
        return JsonKind::FluentSmtp;
    }
    if (val(o, "smtp_settings").isObject() || has("from_email_field")) {
        return JsonKind::EasyWpSmtp1;
    }
    if (has("transport_type") || has("enc_type") || has("basic_auth_username") || has("auth_type")) {
        return JsonKind::PostSmtp;
    }
    if (has("smtp_host") || has("type_of_encryption") || has("smtp_auth")) {
        return JsonKind::SmtpMailer;
    }
    if (has("smtpsecure") || has("smtpauth") || (has("fromname") && has("host"))) {
        return JsonKind::WpSmtp;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isObject() && Catalog::builtin().mailer(it.key())) {
            return JsonKind::WpMailSmtp; // a wp_mail_smtp tree without its "mail" group
        }
    }
    return JsonKind::Unknown;
}

int lineAt(const QByteArray& data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    return 1 + int(std::count(data.constBegin(), data.constBegin() + offset, '\n'));
}

void fail(ImportResult* r, const char* id, const QString& subject, const QString& detail,
          const QStringList& steps = {})
{
    r->ok = false;
    r->findings.append(makeFinding(id, Severity::Error, subject, detail, steps));
}

void unknownFormat(ImportResult* r, const QString& where, const QString& detail)
{
    fail(r, "import.unknown_format", where, detail,
         {Text::tr("Postino reads a wp-config.php, a Postino profile, and the JSON that \"wp option get "
                   "<option> --format=json\" prints for WP Mail SMTP, Easy WP SMTP, Post SMTP, SMTP Mailer, "
                   "WP SMTP or FluentSMTP."),
          Text::tr("Post SMTP's own settings export (a long line of letters) works too.")});
}

void importJsonObject(const QJsonObject& o, const QString& where, const QString& postSmtpSource,
                      ImportResult* r)
{
    switch (detectJson(o)) {
    case JsonKind::Postino:
        importPostinoProfile(o, where, r);
        return;
    case JsonKind::WpMailSmtp:
        importWpMailSmtpOption(o, where, r);
        return;
    case JsonKind::FluentSmtp:
        importFluentSmtp(o, where, r);
        return;
    case JsonKind::EasyWpSmtp1:
        importEasyWpSmtp1(o, where, r);
        return;
    case JsonKind::PostSmtp:
        importPostSmtp(o, where, postSmtpSource, r);
        return;
    case JsonKind::SmtpMailer:
        importSmtpMailer(o, where, r);
        return;
    case JsonKind::WpSmtp:
        importWpSmtp(o, where, r);
        return;
    case JsonKind::Unknown:
        break;
    }
    unknownFormat(r, where,
                  Text::tr("%1 holds JSON, but not the settings of a plugin Postino knows.").arg(where));
}

bool isBase64Blob(const QByteArray& trimmed)
{
    if (trimmed.size() < 16) {
        return false;
    }
    return std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
               c == '/' || c == '=' || c == '\n' || c == '\r' || c == ' ' || c == '\t';
    });
}

void importPostSmtpExport(const QByteArray& trimmed, const QString& where, ImportResult* r)
{
    const QString source = Text::tr("Post SMTP settings export");
    r->source = source;
    if (trimmed.size() > kMaxExportBlobChars) {
        fail(r, "import.too_large", where,
             Text::tr(
                 "This encoded text is %1 characters long; a Post SMTP settings export is a few thousand.")
                 .arg(trimmed.size()));
        return;
    }
    QByteArray compact = trimmed;
    compact.replace('\n', QByteArray())
        .replace('\r', QByteArray())
        .replace(' ', QByteArray())
        .replace('\t', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray zlib = decoded ? decoded.decoded : QByteArray();
    // zlib data (PHP's gzcompress) starts with 0x78 and a header whose 16-bit value is a multiple of 31.
    if (zlib.size() < 6 || uchar(zlib.at(0)) != 0x78 ||
        ((uchar(zlib.at(0)) << 8) | uchar(zlib.at(1))) % 31 != 0) {
        unknownFormat(r, where, Text::tr("%1 is neither JSON nor a Post SMTP settings export.").arg(where));
        return;
    }
    // qUncompress wants Qt's framing: the expected length as 4 big-endian bytes, then raw zlib data.
    // The length only sizes the first buffer, which grows as needed.
    const quint32 hint = quint32(std::min<qsizetype>(zlib.size() * 8, 1024 * 1024));
    QByteArray framed;
    framed.reserve(zlib.size() + 4);
    framed.append(char(hint >> 24)).append(char(hint >> 16)).append(char(hint >> 8)).append(char(hint));
    framed.append(zlib);
    const QByteArray json = qUncompress(framed);
    if (json.isEmpty()) {
        unknownFormat(
            r, where,
            Text::tr("%1 looks like a Post SMTP settings export, but it could not be unpacked; it may "
                     "have been cut short when copied.")
                .arg(where));
        return;
    }
    if (json.size() > kMaxImportBytes) {
        fail(r, "import.too_large", where, Text::tr("The unpacked settings are larger than 10 MB."));
        return;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || detectJson(doc.object()) != JsonKind::PostSmtp) {
        unknownFormat(r, where,
                      Text::tr("%1 unpacks to something other than Post SMTP settings.").arg(where));
        return;
    }
    importPostSmtp(doc.object(), where, source, r);
}

bool looksLikePhp(const QByteArray& data)
{
    const QByteArray lower = data.toLower();
    return lower.contains("<?php") || lower.contains("define") || data.contains("WPMS_") ||
           data.contains("EASY_WP_SMTP_");
}

bool isUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// Control characters that never occur in a text file (tab, line breaks, form feed and escape do).
bool hasBinaryControls(const QByteArray& data)
{
    return std::any_of(data.cbegin(), data.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && u != 0x1b;
    });
}

// Windows-1252, the superset of Latin-1 that editors on Windows save as "ANSI": its bytes 0x80-0x9F are
// printable characters (0 marks the five it leaves undefined, which stay the Latin-1 control codes).
QString fromWindows1252(const QByteArray& data)
{
    static constexpr char16_t k80to9F[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                             0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                             0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                             0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString out;
    out.reserve(data.size());
    for (const char c : data) {
        const auto u = static_cast<unsigned char>(c);
        const char16_t mapped = u >= 0x80 && u <= 0x9F ? k80to9F[u - 0x80] : 0;
        out.append(QChar(mapped ? mapped : char16_t(u)));
    }
    return out;
}

// The file as UTF-8 without a byte order mark, or nothing when it is not text. wp-config.php files saved
// by older editors come as UTF-16 with a BOM ("Unicode" in Notepad) or as Latin-1 / Windows-1252; both
// are text, and their settings read the same once converted. `encoding` names what was converted from.
std::optional<QByteArray> asUtf8Text(const QByteArray& data, QString* encoding)
{
    const bool utf16le = data.startsWith("\xFF\xFE");
    if (utf16le || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        const QString text = decoder(QByteArrayView(data).sliced(2));
        const QByteArray utf8 = text.toUtf8();
        if (decoder.hasError() || hasBinaryControls(utf8) || utf8.contains('\0')) {
            return std::nullopt;
        }
        *encoding = QStringLiteral("UTF-16");
        return utf8;
    }
    if (data.contains('\0')) {
        return std::nullopt;
    }
    if (isUtf8(data)) {
        return data.startsWith("\xEF\xBB\xBF") ? data.sliced(3) : data;
    }
    if (hasBinaryControls(data)) {
        return std::nullopt;
    }
    *encoding = QStringLiteral("Windows-1252 (Latin-1)");
    return fromWindows1252(data).toUtf8();
}

} // namespace

ImportResult importData(const QByteArray& data, const QString& nameHint)
{
    ImportResult r;
    const QString where = nameHint.isEmpty() ? Text::tr("the imported text") : nameHint;
    if (data.size() > kMaxImportBytes) {
        fail(&r, "import.too_large", where,
             Text::tr(
                 "%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export is "
                 "a few kilobytes.")
                 .arg(where)
                 .arg(data.size()),
             {Text::tr("Check that you picked the right file.")});
        return r;
    }
    QString encoding;
    const std::optional<QByteArray> text = asUtf8Text(data, &encoding);
    if (!text) {
        fail(&r, "import.binary", where,
             Text::tr("%1 holds binary data, not text, so Postino did not read it.").arg(where),
             {Text::tr("Pick the wp-config.php or the settings export itself, not an archive or a backup.")});
        return r;
    }
    const QByteArray& body = *text;
    if (!encoding.isEmpty()) {
        r.findings.append(
            makeFinding("import.encoding", Severity::Info, where,
                        Text::tr("%1 is not UTF-8; Postino read it as %2 text.").arg(where, encoding)));
    }
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        fail(&r, "import.not_found", where, Text::tr("%1 is empty: there is nothing to import.").arg(where));
        return r;
    }
    const bool phpHint = nameHint.endsWith(QLatin1String(".php"), Qt::CaseInsensitive);
    if (!phpHint && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (doc.isNull()) {
            if (!looksLikePhp(body)) {
                const int line = lineAt(body, error.offset);
                fail(&r, "import.syntax", QStringLiteral("%1:%2").arg(where).arg(line),
                     Text::tr("Line %1: the JSON is not valid (%2).").arg(line).arg(error.errorString()),
                     {Text::tr("Copy the whole output of the command again; it may have been cut short.")});
                return r;
            }
        } else if (!doc.isObject()) {
            unknownFormat(&r, where, Text::tr("%1 holds a JSON list, not a plugin's settings.").arg(where));
            return r;
        } else {
            importJsonObject(doc.object(), where, Text::tr("Post SMTP"), &r);
            return r;
        }
    }
    if (!phpHint && isBase64Blob(trimmed)) {
        importPostSmtpExport(trimmed, where, &r);
        return r;
    }
    if (phpHint || looksLikePhp(body)) {
        importWpConfig(body, where, &r);
        return r;
    }
    unknownFormat(&r, where, Text::tr("Postino does not recognise the content of %1.").arg(where));
    return r;
}

ImportResult importFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists() || info.isDir()) {
        ImportResult r;
        fail(&r, "import.not_found", name,
             info.isDir() ? Text::tr("%1 is a folder, not a file.").arg(name)
                          : Text::tr("The file %1 does not exist.").arg(path));
        return r;
    }
    if (info.size() > kMaxImportBytes) {
        ImportResult r;
        fail(
            &r, "import.too_large", name,
            Text::tr("%1 is %2 bytes long; Postino reads at most 10 MB. A wp-config.php or a settings export "
                     "is a few kilobytes.")
                .arg(name)
                .arg(info.size()),
            {Text::tr("Check that you picked the right file.")});
        return r;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult r;
        fail(&r, "import.unreadable", name,
             Text::tr("%1 could not be opened: %2").arg(name, file.errorString()));
        return r;
    }
    // Read one byte more than allowed: a file that grows (or a device) is still refused.
    return importData(file.read(kMaxImportBytes + 1), name);
}

} // namespace postino
