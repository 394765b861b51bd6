#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace postino {

enum class Severity
{
    Ok,      // a check passed
    Info,    // worth knowing, nothing to do
    Warning, // works, but something should be fixed
    Error,   // does not work until fixed
};

QString severityName(Severity severity);
// "OK", "Note", "Warning", "Error", translated: how a report labels a finding.
QString severityLabel(Severity severity);

struct Advice
{
    QString title;
    QStringList steps;
    bool isEmpty() const { return title.isEmpty() && steps.isEmpty(); }
    bool isComplete() const { return !title.isEmpty() && !steps.isEmpty(); }
};

// Ok or Info, fixed when compiling: the severities that need no next step. A warning or an
// error given here does not compile; those go through the constructor that takes advice.
class NoteSeverity
{
public:
    consteval NoteSeverity(Severity severity)
        : m_severity(severity)
    {
        if (severity == Severity::Warning || severity == Severity::Error) {
            throw "a warning or an error needs advice: a title and at least one step";
        }
    }
    constexpr Severity value() const { return m_severity; }

private:
    Severity m_severity;
};

// Advice as a Finding takes it. It has no default constructor, so "{}" cannot stand in for
// the advice of a warning or an error.
struct NextSteps
{
    NextSteps(Advice given)
        : advice(std::move(given))
    {}
    NextSteps(QString title, QStringList steps)
        : advice{std::move(title), std::move(steps)}
    {}
    Advice advice;
};

// What a finding says, by name: `Finding{Severity::Info, {.id = ..., .subject = ..., .detail = ...}}`.
// Only `id` has no default, so the test build (-Werror) refuses a finding without one.
struct FindingText
{
    QString id;
    QString subject = {};  // what it is about: a field path, a host:port, a record
    QString detail = {};   // what happened, in plain words
    QString seen = {};     // DNS: the record as published
    QString expected = {}; // DNS: what was expected
    QString fix = {};      // DNS: the exact record to add or change ("name TYPE value")
};

// The unit of every result in Postino: rendered by the wizard, printed by the CLI,
// asserted by tests. `id` is a stable dotted name such as "smtp.auth_failed".
// A warning or an error always carries advice with a title and at least one step: the
// severity is set only together with advice, and only an Ok or Info finding can be built
// without any.
class Finding
{
public:
    Finding() = default; // an Info note; fill in id, subject and detail
    Finding(NoteSeverity severity, FindingText text)
        : Finding(std::move(text))
    {
        m_severity = severity.value();
    }
    Finding(Severity severity, FindingText text, NextSteps next)
        : Finding(std::move(text))
    {
        setSeverity(severity, std::move(next));
    }

    Severity severity() const { return m_severity; }
    // Replaces the advice too: a warning or an error cannot lose it on the way.
    void setSeverity(Severity severity, NextSteps next);
    void setSeverity(NoteSeverity severity) { m_severity = severity.value(); }

    QString id;
    QString subject; // what it is about: a field path, a host:port, a record
    QString detail;  // what happened, in plain words
    Advice advice;   // what to do next
    // DNS findings: the record as published, what was expected, and the exact record to
    // add or change, ready to copy ("name TYPE value"). Empty elsewhere.
    QString seen;
    QString expected;
    QString fix;

    QJsonObject toJson() const;
    bool isError() const { return m_severity == Severity::Error; }
    bool isProblem() const { return m_severity == Severity::Warning || m_severity == Severity::Error; }

private:
    explicit Finding(FindingText text)
        : id(std::move(text.id))
        , subject(std::move(text.subject))
        , detail(std::move(text.detail))
        , seen(std::move(text.seen))
        , expected(std::move(text.expected))
        , fix(std::move(text.fix))
    {}

    Severity m_severity = Severity::Info;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings& findings);
const Finding* findById(const Findings& findings, const QString& id);
QString formatFindingsText(const Findings& findings);
// A check that could not run (a lookup that failed, a server that did not answer), by the ids core
// gives these: "could not check", not a problem found and not a pass.
bool couldNotCheck(const Finding& finding);
// One line over a list, the same in the wizard and the CLI: how many things need fixing and how many
// checks could not run ("2 things to fix before you send"). Never "fine" while a warning or an error
// is left. Empty for an empty list.
QString findingsSummary(const Findings& findings);
// HTML for a list of findings: what happened, in the severity's colour, then the advice.
// With `withIds`, each finding's stable id follows its text (for support reports).
QString formatFindingsHtml(const Findings& findings, bool withIds = false);
QString severityColor(Severity severity);

} // namespace postino
