#include "advicebook.h"

#include "builtin.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace postino {

namespace {

bool anyOf(const QJsonValue& expected, const std::function<bool(const QJsonValue&)>& test)
{
    if (expected.isArray()) {
        const QJsonArray list = expected.toArray();
        return std::any_of(list.begin(), list.end(), [&](const QJsonValue& v) { return test(v); });
    }
    return test(expected);
}

// Weights: the more a fact pins the situation down, the more it counts.
int matchScore(const QJsonObject& condition, const AdviceFacts& facts)
{
    int score = 0;
    for (auto it = condition.constBegin(); it != condition.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue want = it.value();
        bool ok = false;
        int weight = 0;
        if (key == QLatin1String("stage")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toString() == facts.stage; });
            weight = 10;
        } else if (key == QLatin1String("code")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toInt() == facts.code; });
            weight = 20;
        } else if (key == QLatin1String("codeClass")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toInt() == facts.code / 100; });
            weight = 5;
        } else if (key == QLatin1String("enhanced")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toString() == facts.enhancedCode; });
            weight = 30;
        } else if (key == QLatin1String("enhancedPrefix")) {
            ok = anyOf(want, [&](const QJsonValue& v) {
                return !facts.enhancedCode.isEmpty() && facts.enhancedCode.startsWith(v.toString());
            });
            weight = 25;
        } else if (key == QLatin1String("mailer")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toString() == facts.mailer; });
            weight = 10;
        } else if (key == QLatin1String("providerCode")) {
            ok = anyOf(want, [&](const QJsonValue& v) {
                return !facts.providerCode.isEmpty() &&
                       v.toString().compare(facts.providerCode, Qt::CaseInsensitive) == 0;
            });
            weight = 30;
        } else if (key == QLatin1String("login")) {
            ok = anyOf(want, [&](const QJsonValue& v) { return v.toString() == facts.login; });
            weight = 5;
        } else if (key == QLatin1String("text")) {
            ok = anyOf(want, [&](const QJsonValue& v) {
                return facts.text.contains(v.toString(), Qt::CaseInsensitive);
            });
            weight = 15;
        }
        if (!ok) {
            return 0; // an unknown key never matches, so a typo cannot widen a rule
        }
        score += weight;
    }
    return score;
}

} // namespace

int AdviceRule::score(const AdviceFacts& facts) const
{
    int best = 0;
    for (const QJsonObject& condition : match) {
        best = std::max(best, matchScore(condition, facts));
    }
    return best;
}

const AdviceBook& AdviceBook::smtpReplies()
{
    static const AdviceBook book =
        parseBuiltin<AdviceBook>(QStringLiteral(":/postino/advice/smtp-replies.json"), &AdviceBook::fromJson);
    return book;
}

const AdviceBook& AdviceBook::apiErrors()
{
    static const AdviceBook book =
        parseBuiltin<AdviceBook>(QStringLiteral(":/postino/advice/api-errors.json"), &AdviceBook::fromJson);
    return book;
}

std::optional<AdviceBook> AdviceBook::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = doc.isNull() ? parseError.errorString() : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    AdviceBook book;
    book.m_context = doc.object().value(QLatin1String("context")).toString();
    for (const QJsonValue& rv : doc.object().value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = rv.toObject();
        AdviceRule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.field = o.value(QLatin1String("field")).toString();
        rule.title = o.value(QLatin1String("title")).toString();
        for (const QJsonValue& step : o.value(QLatin1String("steps")).toArray()) {
            rule.steps << step.toString();
        }
        for (const QJsonValue& m : o.value(QLatin1String("match")).toArray()) {
            rule.match << m.toObject();
        }
        if (o.value(QLatin1String("severity")).toString() == QLatin1String("warning")) {
            rule.severity = Severity::Warning;
        }
        if (rule.id.isEmpty() || rule.title.isEmpty() || rule.steps.isEmpty() || rule.match.isEmpty()) {
            *error = QStringLiteral("rule '%1' lacks an id, a title, steps or a match").arg(rule.id);
            return std::nullopt;
        }
        book.m_rules.append(rule);
    }
    return book;
}

const AdviceRule* AdviceBook::match(const AdviceFacts& facts) const
{
    const AdviceRule* best = nullptr;
    int bestScore = 0;
    for (const AdviceRule& rule : m_rules) {
        const int score = rule.score(facts);
        if (score > bestScore) { // ties keep the rule listed first
            best = &rule;
            bestScore = score;
        }
    }
    return best;
}

Advice AdviceBook::adviceFor(const AdviceRule& rule) const
{
    const QByteArray context = m_context.toUtf8();
    Advice advice;
    advice.title = QCoreApplication::translate(context.constData(), rule.title.toUtf8().constData());
    for (const QString& step : rule.steps) {
        advice.steps << QCoreApplication::translate(context.constData(), step.toUtf8().constData());
    }
    return advice;
}

} // namespace postino
