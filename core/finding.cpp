#include "finding.h"

#include "lookup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <iterator>

namespace postino {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

void Finding::setSeverity(Severity severity, NextSteps next)
{
    m_severity = severity;
    advice = std::move(next.advice);
    if (!isProblem() || advice.isComplete()) {
        return;
    }
    // Advice read from data (a reply table, an import) came out empty: a programming error the
    // tests catch; users still get a step rather than a bare complaint.
    Q_ASSERT_X(false, "Finding::setSeverity", qPrintable(QStringLiteral("%1 has no advice").arg(id)));
    if (advice.title.isEmpty()) {
        advice.title = QCoreApplication::translate("Findings", "Ask for help");
    }
    if (advice.steps.isEmpty()) {
        advice.steps << QCoreApplication::translate(
                            "Findings",
                            "Copy this report and send it to your provider's support: the id %1 tells them "
                            "what Postino found.")
                            .arg(id);
    }
}

QJsonObject Finding::toJson() const
{
    QJsonObject adviceJson{{QStringLiteral("title"), advice.title},
                           {QStringLiteral("steps"), QJsonArray::fromStringList(advice.steps)}};
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("severity"), severityName(m_severity)},
                     {QStringLiteral("subject"), subject},
                     {QStringLiteral("detail"), detail},
                     {QStringLiteral("advice"), adviceJson}};
    if (!seen.isEmpty())
        json.insert(QStringLiteral("seen"), seen);
    if (!expected.isEmpty())
        json.insert(QStringLiteral("expected"), expected);
    if (!fix.isEmpty())
        json.insert(QStringLiteral("fix"), fix);
    return json;
}

bool hasErrors(const Findings& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.isError(); });
}

const Finding* findById(const Findings& findings, const QString& id)
{
    return findBy(findings, &Finding::id, id);
}

QString severityLabel(Severity severity)
{
    // In the order of Severity.
    static const char* const labels[] = {
        QT_TRANSLATE_NOOP("Findings", "OK"),
        QT_TRANSLATE_NOOP("Findings", "Note"),
        QT_TRANSLATE_NOOP("Findings", "Warning"),
        QT_TRANSLATE_NOOP("Findings", "Error"),
    };
    static_assert(std::size(labels) == static_cast<std::size_t>(Severity::Error) + 1);
    return QCoreApplication::translate("Findings", labels[static_cast<int>(severity)]);
}

QString formatFindingsText(const Findings& findings)
{
    QString out;
    for (const Finding& f : findings) {
        out += QStringLiteral("[%1] %2").arg(severityLabel(f.severity()), f.detail);
        if (!f.subject.isEmpty()) {
            out += QStringLiteral(" (%1)").arg(f.subject);
        }
        out += QLatin1Char('\n');
        if (!f.advice.title.isEmpty()) {
            out += QStringLiteral("  → %1\n").arg(f.advice.title);
        }
        for (int i = 0; i < f.advice.steps.size(); ++i) {
            out += QStringLiteral("    %1. %2\n").arg(i + 1).arg(f.advice.steps.at(i));
        }
        if (!f.seen.isEmpty())
            out += QStringLiteral("  %1 %2\n").arg(QCoreApplication::translate("Findings", "Found:"), f.seen);
        if (!f.expected.isEmpty())
            out += QStringLiteral("  %1 %2\n")
                       .arg(QCoreApplication::translate("Findings", "Expected:"), f.expected);
        if (!f.fix.isEmpty())
            out +=
                QStringLiteral("  %1 %2\n").arg(QCoreApplication::translate("Findings", "Publish:"), f.fix);
    }
    return out;
}

bool couldNotCheck(const Finding& finding)
{
    // The last part of the id says it: "dnsbl.could_not_check", "reputation.host_could_not_check",
    // "discover.mx.unchecked", "discover.site.ptr_unchecked", "dmarc.dns_error", "spf.lookup_failed".
    // Two more whose names say something else read "could not check" in their text.
    const QStringView last = QStringView(finding.id).mid(finding.id.lastIndexOf(QLatin1Char('.')) + 1);
    return last.endsWith(u"could_not_check") || last.endsWith(u"unchecked") || last == u"dns_error" ||
           last == u"lookup_failed" || finding.id == u"dkim.no_selector" ||
           finding.id == u"delivery.status.unreachable";
}

QString findingsSummary(const Findings& findings)
{
    if (findings.isEmpty())
        return {};
    int toFix = 0;
    int couldNotRun = 0;
    for (const Finding& f : findings) {
        if (couldNotCheck(f))
            ++couldNotRun;
        else if (f.isProblem())
            ++toFix;
    }
    // Whole sentences, each with its own plural, so translators can order the words.
    if (toFix > 0 && couldNotRun > 0)
        return QCoreApplication::translate("Findings", "%n thing(s) to fix; %1", nullptr, toFix)
            .arg(QCoreApplication::translate("Findings", "%n check(s) could not run", nullptr, couldNotRun));
    if (toFix > 0)
        return QCoreApplication::translate("Findings", "%n thing(s) to fix before you send", nullptr, toFix);
    if (couldNotRun > 0)
        return QCoreApplication::translate("Findings", "Nothing to fix so far; %n check(s) could not run",
                                           nullptr, couldNotRun);
    return QCoreApplication::translate("Findings", "Everything checked is fine");
}

QString severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("#1e7e34");
    case Severity::Info:
        return QStringLiteral("#1a5fb4");
    case Severity::Warning:
        return QStringLiteral("#9a6700");
    case Severity::Error:
        return QStringLiteral("#c01c28");
    }
    return {};
}

QString formatFindingsHtml(const Findings& findings, bool withIds)
{
    QString html;
    for (const Finding& f : findings) {
        html += QStringLiteral("<div style='margin-bottom:8px'><p style='color:%1'><b>%2</b>")
                    .arg(severityColor(f.severity()), f.detail.toHtmlEscaped());
        if (withIds) {
            html += QStringLiteral(" <code>%1</code>").arg(f.id.toHtmlEscaped());
        }
        html += QStringLiteral("</p>");
        if (!f.advice.title.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(f.advice.title.toHtmlEscaped());
        }
        if (!f.advice.steps.isEmpty()) {
            html += QStringLiteral("<ol style='margin-top:0'>");
            for (const QString& step : f.advice.steps) {
                html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
            }
            html += QStringLiteral("</ol>");
        }
        const auto recordLine = [&html](const char* label, const QString& value) {
            if (!value.isEmpty())
                html += QStringLiteral("<p style='margin:2px 0'>%1 <code>%2</code></p>")
                            .arg(QCoreApplication::translate("Findings", label).toHtmlEscaped(),
                                 value.toHtmlEscaped());
        };
        recordLine(QT_TRANSLATE_NOOP("Findings", "Found:"), f.seen);
        recordLine(QT_TRANSLATE_NOOP("Findings", "Expected:"), f.expected);
        recordLine(QT_TRANSLATE_NOOP("Findings", "Publish:"), f.fix);
        html += QStringLiteral("</div>\n");
    }
    return html;
}

} // namespace postino
