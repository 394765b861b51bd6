#include "report.h"

#include "catalog/catalog.h"
#include "catalog/resolvedmailer.h"
#include "profile/profile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SessionReport)
};

} // namespace

QList<QPair<QString, QString>> SessionReport::describe(const Profile& profile)
{
    QList<QPair<QString, QString>> out;
    const MailerInfo* m = profile.mailer();
    out.append({Text::tr("Mailer"), m ? Catalog::tr(m->name) : profile.mailerId()});
    if (m) {
        const QJsonObject settings = profile.resolvedMailer().settings;
        for (const FieldSpec& f : m->fields) {
            if (!f.isVisible(settings)) {
                continue;
            }
            const QJsonValue v = settings.value(f.key);
            QString value;
            if (f.secret) {
                value = Text::tr("(hidden)");
            } else if (v.isBool()) {
                value = v.toBool() ? Text::tr("on") : Text::tr("off");
            } else if (v.isDouble()) {
                value = QString::number(v.toInt());
            } else {
                value = v.toString();
            }
            out.append({Catalog::tr(f.label), value});
        }
    }
    out.append({Text::tr("From"),
                profile.sender().fromName.isEmpty()
                    ? profile.sender().fromEmail
                    : QStringLiteral("%1 <%2>").arg(profile.sender().fromName, profile.sender().fromEmail)});
    return out;
}

QString SessionReport::toText() const
{
    QString out = title + QLatin1Char('\n') + QString(title.size(), QLatin1Char('=')) + QLatin1Char('\n');
    out += Text::tr("Date: %1").arg(when.toString(Qt::ISODate)) + QLatin1Char('\n');
    out += Text::tr("Postino %1").arg(QCoreApplication::applicationVersion()) + QStringLiteral("\n\n");
    for (const auto& [label, value] : settings) {
        out += QStringLiteral("%1: %2\n").arg(label, value);
    }
    out += QLatin1Char('\n') + Text::tr("Findings") + QLatin1Char('\n') + formatFindingsText(findings);
    out += QLatin1Char('\n') + Text::tr("Conversation with the server (seconds since start)") +
           QLatin1Char('\n');
    for (const TranscriptLine& line : transcript) {
        out += formatTranscriptLine(line) + QLatin1Char('\n');
    }
    return out;
}

QString SessionReport::toHtml() const
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                                  "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
                                  "pre{background:#f4f4f4;padding:1em;overflow-x:auto}</style>"
                                  "</head><body>\n<h1>%1</h1>\n")
                       .arg(title.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>\n<table>\n")
                .arg(Text::tr("Date: %1").arg(when.toString(Qt::ISODate)).toHtmlEscaped());
    for (const auto& [label, value] : settings) {
        html += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>\n")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    html += QStringLiteral("</table>\n<h2>%1</h2>\n").arg(Text::tr("Findings").toHtmlEscaped());
    html += formatFindingsHtml(findings, true);
    html += QStringLiteral("<h2>%1</h2>\n<pre>")
                .arg(Text::tr("Conversation with the server (seconds since start)").toHtmlEscaped());
    for (const TranscriptLine& line : transcript) {
        html += formatTranscriptLine(line).toHtmlEscaped() + QLatin1Char('\n');
    }
    html += QStringLiteral("</pre>\n</body></html>\n");
    return html;
}

bool SessionReport::save(const QString& path, QString* error) const
{
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write((html ? toHtml() : toText()).toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace postino
