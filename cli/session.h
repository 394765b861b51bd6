#pragma once

#include "finding.h"
#include "smtp/smtpclient.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTextStream>
#include <QUrl>
#include <functional>

namespace postino {

// What one postino-cli run shares between its commands: the output streams, the choice of JSON
// or text, the transcript and the report. A command ends the run through usage(), done() or
// finishFindings(); exactly one of them, once. Asynchronous work is parented to the session.
class CliSession : public QObject
{
public:
    CliSession(QTextStream* out, QTextStream* err, std::function<void(int)> finished,
               QObject* parent = nullptr);

    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }
    // --verbose: the transcript goes to stderr as it happens (never with --json).
    void setVerbose(bool verbose) { m_verbose = verbose; }
    void setReportPath(const QString& path) { m_reportPath = path; }
    void setReportSettings(const QList<QPair<QString, QString>>& settings) { m_reportSettings = settings; }

    // A usage or input error: exit status 2, the message on stderr (or as JSON with --json).
    void usage(const QString& message);
    // The findings on stdout (text or JSON), the report saved when asked; exit 0, or 1 on errors.
    // Prints the findings (text, or JSON with `extra`); `textAfter` follows them in text mode.
    void finishFindings(const Findings& findings, QJsonObject extra, const QString& textSummary = {},
                        const QString& textAfter = {});
    void done(int code);

    // Keeps a transcript line for --json, the report and --verbose.
    void record(const TranscriptLine& line);

    // How `oauth sign-in` opens the browser; empty when the program gave none.
    std::function<bool(const QUrl&)> openBrowser;

private:
    QTextStream* m_out;
    QTextStream* m_err;
    std::function<void(int)> m_finished;
    bool m_json = false;
    bool m_verbose = false;
    QStringList m_transcript;
    QList<TranscriptLine> m_lines;
    QString m_reportPath;
    QList<QPair<QString, QString>> m_reportSettings;
};

} // namespace postino
