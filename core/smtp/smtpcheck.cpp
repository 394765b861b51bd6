#include "smtpcheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace postino {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SmtpCheck)
};

constexpr int kProbeTimeoutMs = 5000;

bool isPortProblem(const QString& id)
{
    return id == QLatin1String("smtp.connection_refused") || id == QLatin1String("smtp.connect_timeout") ||
           id == QLatin1String("smtp.no_response") || id == QLatin1String("smtp.no_greeting") ||
           id == QLatin1String("smtp.encryption_mismatch");
}

QString securityLabel(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::Tls:
        return Text::tr("SSL");
    case SmtpSecurity::StartTls:
        return Text::tr("TLS");
    case SmtpSecurity::None:
        break;
    }
    return Text::tr("no encryption");
}

} // namespace

SmtpCredentialCheck::SmtpCredentialCheck(QObject* parent)
    : Job(QStringLiteral("smtp"), parent)
{}

QList<QPair<quint16, SmtpSecurity>> SmtpCredentialCheck::alternativesFor(quint16 port)
{
    const QPair<quint16, SmtpSecurity> submission{587, SmtpSecurity::StartTls};
    const QPair<quint16, SmtpSecurity> smtps{465, SmtpSecurity::Tls};
    switch (port) {
    case 587:
        return {smtps};
    case 465:
        return {submission};
    default:
        return {submission, smtps};
    }
}

void SmtpCredentialCheck::start(const SmtpSettings& settings)
{
    restartWith(m_settings, settings);
}

void SmtpCredentialCheck::doStart()
{
    m_result = SmtpResult();
    m_answering.clear();
    m_main = new SmtpClient(this);
    connect(m_main, &SmtpClient::transcript, this, &SmtpCredentialCheck::transcript);
    connect(m_main, &SmtpClient::finished, this, &SmtpCredentialCheck::onMainFinished);
    m_main->checkCredentials(m_settings);
}

void SmtpCredentialCheck::doCancel()
{
    dropPart(m_main);
    for (const auto& probe : std::as_const(m_probes)) {
        dropPart(probe);
    }
    m_probes.clear();
}

void SmtpCredentialCheck::addEndingFinding(const Finding& finding)
{
    m_result.ok = false;
    m_result.findings.append(finding);
    m_result.elapsedMs = elapsedMs();
}

void SmtpCredentialCheck::onMainFinished(const SmtpResult& result)
{
    m_result = result;
    m_main->deleteLater();
    if (result.ok || result.findings.isEmpty() || !isPortProblem(result.findings.last().id)) {
        finish();
        return;
    }
    const auto alternatives = alternativesFor(m_settings.port);
    note(TranscriptLine::Direction::Info, Text::tr("Trying the other usual ports at the same time…"));
    m_pendingProbes = static_cast<int>(alternatives.size());
    for (const auto& [port, security] : alternatives) {
        SmtpSettings probeSettings = m_settings;
        probeSettings.port = port;
        probeSettings.security = security;
        probeSettings.timeouts.connectMs = probeSettings.timeouts.greetingMs = kProbeTimeoutMs;
        auto* probe = new SmtpClient(this);
        m_probes.append(probe);
        connect(probe, &SmtpClient::finished, this,
                [this, probe, port = port, security = security](const SmtpResult& r) {
                    if (r.ok) {
                        m_answering.append({port, security});
                    }
                    probe->deleteLater();
                    onProbeFinished();
                });
        probe->probeGreeting(probeSettings);
    }
}

void SmtpCredentialCheck::onProbeFinished()
{
    if (--m_pendingProbes > 0) {
        return;
    }
    m_probes.clear();
    if (!m_answering.isEmpty()) {
        QStringList working;
        for (const auto& [port, security] : std::as_const(m_answering)) {
            working << Text::tr("port %1 with %2").arg(port).arg(securityLabel(security));
        }
        const auto& best = m_answering.first();
        m_result.findings.append(Finding{
            Severity::Error,
            {.id = QStringLiteral("smtp.port_unreachable"),
             .subject = m_settings.host + QLatin1Char(':') + QString::number(m_settings.port),
             .detail = Text::tr("Port %1 does not work from here, but %2 answers.")
                           .arg(m_settings.port)
                           .arg(QLocale().createSeparatedList(working))},
            Advice{
                Text::tr("Switch to a port that works"),
                {Text::tr("Set the port to %1 and the encryption to %2, then check again.")
                     .arg(best.first)
                     .arg(securityLabel(best.second)),
                 Text::tr("Your web server's host may block different ports: run the same check there with "
                          "postino-cli.")}}});
    }
    finish();
}

void SmtpCredentialCheck::finish()
{
    finishJob();
}

} // namespace postino
