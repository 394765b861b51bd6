#include "import/importbuilder.h"
#include "import/importer.h"
#include "php/phptokenizer.h"

#include <cstring>

namespace postino::importers {

namespace {

// A define()'s value is one literal; longer expressions are only counted, not kept.
constexpr int kMaxValueTokens = 16;

using PhpToken = php::Token;
using php::TokenKind;

// ---------------------------------------------------------------------------------------------
// PHP: reads define( 'NAME', literal ); and const NAME = literal; without running PHP
// ---------------------------------------------------------------------------------------------

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
        : m_tokenizer(data, php::StartIn::CodeUnlessOpenTagged)
    {}

    PhpScan run()
    {
        for (;;) {
            const PhpToken t = take();
            if (t.kind == TokenKind::End) {
                break;
            }
            if (t.isWord("define")) {
                defineCall(t.line);
            } else if (t.isWord("const")) {
                constStatement();
            }
        }
        if (m_tokenizer.failed() && m_scan.syntaxError.isEmpty()) {
            describeError(m_tokenizer.error());
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
        for (;;) {
            PhpToken t = m_tokenizer.next();
            if (t.kind == TokenKind::CloseTag) {
                t.kind = TokenKind::Punct; // a closing tag ends a statement
                t.punct = ';';
                return t;
            }
            if (!t.isTrivia() && t.kind != TokenKind::InlineHtml && t.kind != TokenKind::OpenTag) {
                return t;
            }
        }
    }

    void describeError(const php::TokenizeError& e)
    {
        using Error = php::TokenizeError::Kind;
        switch (e.kind) {
        case Error::None:
            return;
        case Error::UnclosedComment:
            syntax(e.line, Text::tr("A comment that starts on line %1 is never closed with */.").arg(e.line));
            return;
        case Error::UnclosedString:
            if (e.lastMultilineString > 0) {
                syntax(e.lastMultilineString,
                       Text::tr("A quoted text that starts on line %1 runs on to the next lines, and the "
                                "one that starts on line %2 is never closed: a quote is probably "
                                "missing on line %1.")
                           .arg(e.lastMultilineString)
                           .arg(e.line));
            } else {
                syntax(e.line, Text::tr("A quoted text that starts on line %1 is never closed.").arg(e.line));
            }
            return;
        case Error::UnclosedHeredoc:
            syntax(e.line, Text::tr("A block of text (<<<%1) that starts on line %2 is never closed.")
                               .arg(QString::fromUtf8(e.heredocId))
                               .arg(e.line));
            return;
        }
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
            if (t.kind == TokenKind::End) {
                return t;
            }
            if (depth == 0 && t.kind == TokenKind::Punct && std::strchr(terminators, t.punct)) {
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
            if (t.kind == TokenKind::String && !t.interpolated) {
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
            if (t.kind == TokenKind::Number && t.isInteger) {
                d->value = PhpValue{PhpValue::Kind::Integer, {}, false, t.integer};
                return;
            }
        }
        if (count == 2 && (tokens.at(0).is('-') || tokens.at(0).is('+')) &&
            tokens.at(1).kind == TokenKind::Number && tokens.at(1).isInteger) {
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
        if (first.kind == TokenKind::Identifier && tokens.size() > 1 && tokens.at(1).is('(')) {
            return Text::tr("a function call (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::Identifier) {
            return Text::tr("another constant (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::Variable) {
            return Text::tr("a variable (%1)").arg(QString::fromUtf8(first.text));
        }
        if (count == 1 && first.kind == TokenKind::String && first.interpolated) {
            return Text::tr("a text that includes variables");
        }
        if (count == 1 && (first.kind == TokenKind::Heredoc || first.kind == TokenKind::Backtick)) {
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
        if (name.kind != TokenKind::String || name.interpolated) {
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
            if (!m_tokenizer.failed()) {
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
        if (name.kind != TokenKind::Identifier) {
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

    php::Tokenizer m_tokenizer;
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

class WpConfigImporter final : public Importer
{
public:
    Confidence detect(const ImportInput& input) const override
    {
        if (input.json) {
            return Confidence::None; // a JSON object is never PHP
        }
        if (input.phpName) {
            return Confidence::Certain;
        }
        return looksLikePhp(input.text) ? Confidence::Weak : Confidence::None;
    }
    void read(const ImportInput& input, ImportResult* result) const override
    {
        importWpConfig(input.text, input.where, result);
    }
};

} // namespace

bool looksLikePhp(const QByteArray& data)
{
    const QByteArray lower = data.toLower();
    return lower.contains("<?php") || lower.contains("define") || data.contains("WPMS_") ||
           data.contains("EASY_WP_SMTP_");
}

const Importer& wpConfigImporter()
{
    static const WpConfigImporter importer;
    return importer;
}

} // namespace postino::importers
