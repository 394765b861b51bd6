#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace postino {

enum class Severity
{
    Ok,      // a check passed
    Info,    // worth knowing, nothing to do
    Warning, // works, but something should be fixed
    Error,   // does not work until fixed
};

QString severityName(Severity severity);

struct Advice
{
    QString title;
    QStringList steps;
    bool isEmpty() const { return title.isEmpty() && steps.isEmpty(); }
};

// The unit of every result in Postino: rendered by the wizard, printed by the CLI,
// asserted by tests. `id` is a stable dotted name such as "smtp.auth_failed".
struct Finding
{
    QString id;
    Severity severity = Severity::Info;
    QString subject; // what it is about: a field path, a host:port, a record
    QString detail;  // what happened, in plain words
    Advice advice;   // what to do next
    // DNS findings: the record as published, what was expected, and the exact record to
    // add or change, ready to copy ("name TYPE value"). Empty elsewhere.
    QString seen;
    QString expected;
    QString fix;

    QJsonObject toJson() const;
    bool isError() const { return severity == Severity::Error; }
};

using Findings = QList<Finding>;

bool hasErrors(const Findings& findings);
const Finding* findById(const Findings& findings, const QString& id);
QString formatFindingsText(const Findings& findings);
// HTML for a list of findings: what happened, in the severity's colour, then the advice.
// With `withIds`, each finding's stable id follows its text (for support reports).
QString formatFindingsHtml(const Findings& findings, bool withIds = false);
QString severityColor(Severity severity);

} // namespace postino
