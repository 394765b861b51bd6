#include "cli/session.h"

#include "cli/cli.h"
#include "report/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace postino {

CliSession::CliSession(QTextStream* out, QTextStream* err, std::function<void(int)> finished, QObject* parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
    , m_finished(std::move(finished))
{}

void CliSession::done(int code)
{
    m_out->flush();
    m_err->flush();
    QTimer::singleShot(0, this, [this, code] { m_finished(code); });
}

void CliSession::usage(const QString& message)
{
    if (m_json) {
        *m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                            {QStringLiteral("error"), message},
                                            {QStringLiteral("findings"), QJsonArray{}}})
                      .toJson(QJsonDocument::Compact)
               << '\n';
    } else {
        *m_err << message << '\n';
    }
    done(2);
}

void CliSession::finishFindings(const Findings& findings, QJsonObject extra, const QString& textSummary,
                                const QString& textAfter)
{
    const bool ok = !hasErrors(findings);
    if (!m_reportPath.isEmpty()) {
        SessionReport report;
        report.title = CliRunner::tr("Postino report");
        report.settings = m_reportSettings;
        report.findings = findings;
        report.transcript = m_lines;
        QString error;
        if (!report.save(m_reportPath, &error)) {
            *m_err << CliRunner::tr("Could not save the report to %1: %2").arg(m_reportPath, error) << '\n';
        }
    }
    if (m_json) {
        QJsonArray list;
        for (const Finding& f : findings) {
            list.append(f.toJson());
        }
        extra.insert(QStringLiteral("ok"), ok);
        extra.insert(QStringLiteral("findings"), list);
        if (!m_transcript.isEmpty()) {
            extra.insert(QStringLiteral("transcript"), QJsonArray::fromStringList(m_transcript));
        }
        *m_out << QJsonDocument(extra).toJson(QJsonDocument::Indented);
    } else {
        if (!textSummary.isEmpty()) {
            *m_out << textSummary << '\n';
        }
        // The line the wizard shows above its rows, so both say the same.
        if (!findings.isEmpty()) {
            *m_out << findingsSummary(findings) << '\n';
        }
        *m_out << formatFindingsText(findings);
        if (!textAfter.isEmpty()) {
            *m_out << '\n' << textAfter;
        }
    }
    done(ok ? 0 : 1);
}

void CliSession::record(const TranscriptLine& line)
{
    m_transcript.append(formatTranscriptLine(line));
    m_lines.append(line);
    if (m_verbose && !m_json) {
        *m_err << formatTranscriptLine(line) << '\n';
        m_err->flush();
    }
}

} // namespace postino
