#include "phpprobe.h"

#include "export/exportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <optional>

namespace postino {

namespace {

class PhpProbe
{
    Q_DECLARE_TR_FUNCTIONS(PhpProbe)
};

constexpr qsizetype kMaxResultBytes = 1024 * 1024;
constexpr qsizetype kMaxPorts = 64;

// The probe. @HOST@, @TIMEOUT@, @PORTS@ and @DELETE@ are replaced by makePhpProbe(); nothing
// else in it comes from outside, and it reads no request parameters at all.
constexpr char kScript[] = R"PHP(<?php
// Postino SMTP port probe, generated for one mail server. It reads no request parameters: the
// host and the ports below are all it can test. Open its address once and copy the output
// into Postino, or let Postino fetch it.
ini_set('display_errors', '0');
error_reporting(0);
// A visitor who closes the page does not stop the run half-way; the run ends well before
// this limit on its own (see $budget).
ignore_user_abort(true);
set_time_limit(@TIME_LIMIT@);

$host = '@HOST@';
$timeout = @TIMEOUT@;
$ports = [@PORTS@];
$deleteAfterRun = @DELETE@;
$tlsPromised = @TLS_PROMISED@;
$budget = @BUDGET@;
// Gone before the first connection: nobody can run it a second time, whatever happens next.
if ($deleteAfterRun) {
    unlink(__FILE__);
}
$postino_run_deadline = microtime(true) + $budget;
$postino_deadline = $postino_run_deadline;

// Every wait of a port ends by the port's deadline.
function postino_wait($fp)
{
    global $postino_deadline;
    $left = $postino_deadline - microtime(true);
    if ($left <= 0) {
        return false;
    }
    stream_set_timeout($fp, (int) floor($left), (int) (($left - floor($left)) * 1000000));
    return true;
}

function postino_reply($fp)
{
    $lines = [];
    while (count($lines) < 100 && postino_wait($fp)) {
        $line = fgets($fp, 2048);
        if ($line === false) {
            break;
        }
        $line = rtrim($line, "\r\n");
        $lines[] = $line;
        if (strlen($line) < 4 || $line[3] !== '-') {
            break;
        }
    }
    return $lines;
}

function postino_code(array $lines)
{
    if (count($lines) === 0) {
        return 0;
    }
    $last = $lines[count($lines) - 1];
    return preg_match('/^[0-9]{3}/', $last) ? (int) substr($last, 0, 3) : 0;
}

function postino_clean($text)
{
    return substr(preg_replace('/[^\x20-\x7e]/', '?', (string) $text), 0, 200);
}

function postino_keyword(array $ehlo, $keyword)
{
    foreach ($ehlo as $line) {
        $words = preg_split('/\s+/', trim(substr($line, 4)));
        if (strtoupper($words[0]) === $keyword) {
            return postino_clean(trim(substr($line, 4)));
        }
    }
    return '';
}

function postino_intercepted($host, $name)
{
    $host = strtolower($host);
    $name = strtolower($name);
    if (strpos($name, '.') === false || filter_var($host, FILTER_VALIDATE_IP) !== false ||
        filter_var($name, FILTER_VALIDATE_IP) !== false) {
        return false;
    }
    $base = function ($domain) {
        return implode('.', array_slice(explode('.', $domain), -2));
    };
    return $base($name) !== $base($host);
}

function postino_tls_version($fp)
{
    $meta = stream_get_meta_data($fp);
    return isset($meta['crypto']['protocol']) ? postino_clean($meta['crypto']['protocol']) : '';
}

function postino_quit($fp)
{
    fwrite($fp, "QUIT\r\n");
    postino_reply($fp);
    fclose($fp);
}

function postino_probe($host, $port, $security, $timeout)
{
    global $postino_deadline;
    $start = microtime(true);
    $timeout = max(0.001, min($timeout, $postino_deadline - $start));
    $r = ['port' => $port, 'security' => $security, 'outcome' => 'not_smtp', 'greeting' => '',
          'auth' => '', 'startTls' => false, 'tls' => '', 'error' => '', 'address' => '',
          'elapsedMs' => 0];
    $context = stream_context_create(['ssl' => [
        'verify_peer' => true,
        'verify_peer_name' => true,
        'allow_self_signed' => false,
        'peer_name' => $host,
        'SNI_enabled' => true,
    ]]);
    $errno = 0;
    $errstr = '';
    $scheme = $security === 'ssl' ? 'ssl://' : 'tcp://';
    $fp = stream_socket_client($scheme . $host . ':' . $port, $errno, $errstr, $timeout,
                               STREAM_CLIENT_CONNECT, $context);
    if ($fp === false) {
        if ($errno === 111 || stripos($errstr, 'refused') !== false) {
            $r['outcome'] = 'refused';
        } elseif ($errno === 0 && preg_match('/getaddrinfo|resolve|not known/i', $errstr)) {
            $r['outcome'] = 'host_not_found';
        } elseif ($errno === 0 && $security === 'ssl') {
            $r['outcome'] = 'tls_problem';
        } else {
            $r['outcome'] = 'blocked';
        }
        $r['error'] = postino_clean($errstr);
        $r['elapsedMs'] = (int) round((microtime(true) - $start) * 1000);
        return $r;
    }
    $peer = stream_socket_get_name($fp, true);
    if ($peer !== false) {
        $r['address'] = postino_clean(trim(preg_replace('/:[0-9]+$/', '', $peer), '[]'));
    }
    $r['outcome'] = postino_session($fp, $host, $security, $r);
    $r['elapsedMs'] = (int) round((microtime(true) - $start) * 1000);
    return $r;
}

function postino_session($fp, $host, $security, array &$r)
{
    if ($security === 'ssl') {
        $r['tls'] = postino_tls_version($fp);
    }
    $greeting = postino_reply($fp);
    $r['greeting'] = postino_clean(isset($greeting[0]) ? $greeting[0] : '');
    $code = postino_code($greeting);
    // Connected, then silence until the timeout: a firewall or proxy holds the connection.
    $meta = stream_get_meta_data($fp);
    if (count($greeting) === 0 && !empty($meta['timed_out'])) {
        fclose($fp);
        return 'blocked';
    }
    if ($code !== 220) {
        fclose($fp);
        return ($code >= 400 && $code < 600) ? 'refused' : 'not_smtp';
    }
    $name = (string) preg_split('/\s+/', substr($greeting[0], 4) . ' ')[0];
    // Another name in the greeting is no evidence by itself: a certificate that fails for $host
    // is, and so is no STARTTLS where the provider promises it. A verified certificate disproves it.
    $otherName = postino_intercepted($host, $name);
    fwrite($fp, "EHLO probe.postino.invalid\r\n");
    $ehlo = postino_reply($fp);
    if (postino_code($ehlo) !== 250) {
        fclose($fp);
        return 'not_smtp';
    }
    if ($security !== 'ssl') {
        if (postino_keyword($ehlo, 'STARTTLS') === '') {
            postino_quit($fp);
            return ($otherName && $tlsPromised) ? 'intercepted' : 'tls_problem';
        }
        fwrite($fp, "STARTTLS\r\n");
        if (postino_code(postino_reply($fp)) !== 220) {
            fclose($fp);
            return 'tls_problem';
        }
        if (!postino_wait($fp) || stream_socket_enable_crypto($fp, true, STREAM_CRYPTO_METHOD_TLS_CLIENT) !== true) {
            $error = error_get_last();
            $r['error'] = postino_clean(isset($error['message']) ? $error['message'] : 'TLS failed');
            fclose($fp);
            return $otherName ? 'intercepted' : 'tls_problem';
        }
        $r['startTls'] = true;
        $r['tls'] = postino_tls_version($fp);
        fwrite($fp, "EHLO probe.postino.invalid\r\n");
        $ehlo = postino_reply($fp);
        if (postino_code($ehlo) !== 250) {
            fclose($fp);
            return 'not_smtp';
        }
    }
    $r['auth'] = postino_keyword($ehlo, 'AUTH');
    postino_quit($fp);
    return 'usable';
}

$result = ['host' => $host, 'ports' => []];
foreach ($ports as $i => $p) {
    // Each port gets its share of the time left, up to one timeout.
    $left = $postino_run_deadline - microtime(true);
    if ($left <= 0.05) {
        $result['ports'][] = ['port' => $p[0], 'security' => $p[1], 'outcome' => 'not_tested',
                              'error' => 'no time left in this run'];
        continue;
    }
    $postino_deadline = microtime(true) + min($timeout, $left / (count($ports) - $i));
    $result['ports'][] = postino_probe($host, $p[0], $p[1], $timeout);
}
if (!headers_sent()) {
    header('Content-Type: application/json');
    header('Cache-Control: no-store');
    header('X-Robots-Tag: noindex');
}
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE), "\n";
)PHP";

// A PHP single-quoted string's content: only \ and ' need escaping there.
QByteArray phpQuoted(const QString& text)
{
    QByteArray out;
    for (const char c : text.toUtf8()) {
        if (c == '\\' || c == '\'') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::optional<PortResult::Outcome> outcomeFromName(const QString& name)
{
    using Outcome = PortResult::Outcome;
    for (const Outcome o :
         {Outcome::Usable, Outcome::Blocked, Outcome::Refused, Outcome::Intercepted, Outcome::TlsProblem,
          Outcome::NotSmtp, Outcome::HostNotFound, Outcome::NotTested}) {
        if (probeOutcomeName(o) == name) {
            return o;
        }
    }
    return std::nullopt;
}

ProbeReport fail(QString* error, const QString& text)
{
    if (error) {
        *error = text;
    }
    return {};
}

} // namespace

PhpProbeScript makePhpProbe(const ProbeTarget& target, bool deleteAfterRun)
{
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    QString token;
    for (const quint32 word : random) {
        token += QStringLiteral("%1").arg(word, 8, 16, QLatin1Char('0'));
    }
    QByteArray ports;
    for (const ProbePort& p : target.ports) {
        if (!ports.isEmpty()) {
            ports += ", ";
        }
        ports += "[" + QByteArray::number(p.port) + ", '" +
                 (p.security == SmtpSecurity::Tls ? QByteArray("ssl") : QByteArray("starttls")) + "']";
    }
    const double timeoutS = qBound(1, target.timeoutMs, 120000) / 1000.0;
    QByteArray content(kScript);
    content.replace("@TIMEOUT@", QByteArray::number(timeoutS, 'f', 3));
    content.replace("@PORTS@", ports);
    content.replace("@DELETE@", deleteAfterRun ? QByteArray("true") : QByteArray("false"));
    content.replace("@TLS_PROMISED@", target.providerOffersTls ? QByteArray("true") : QByteArray("false"));
    content.replace("@BUDGET@", QByteArray::number(kPhpProbeBudgetS));
    content.replace("@TIME_LIMIT@", QByteArray::number(kPhpProbeTimeLimitS));
    content.replace("@HOST@", phpQuoted(target.host)); // last: the host is the only outside text
    return PhpProbeScript{QStringLiteral("postino-probe-%1.php").arg(token), content};
}

PhpProbeWrite writePhpProbe(const ProbeTarget& target, bool deleteAfterRun, const QString& directory)
{
    PhpProbeWrite out;
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        out.error = PhpProbe::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory));
        return out;
    }
    const PhpProbeScript script = makePhpProbe(target, deleteAfterRun);
    out.path = QDir(directory).filePath(script.fileName);
    const ExportWrite w = writeExportFile(out.path, QString::fromUtf8(script.content), false);
    out.ok = w.ok;
    out.error = w.error;
    return out;
}

QStringList phpProbeInstructions(const QString& fileName, bool deleteAfterRun)
{
    QStringList steps{
        PhpProbe::tr("Upload %1 to your website's main folder (where wp-config.php is), with your "
                     "hosting control panel's file manager or FTP.")
            .arg(fileName),
        PhpProbe::tr("Open its address once in a browser, for example https://your-site.example/%1. It "
                     "takes at most %2 seconds.")
            .arg(fileName)
            .arg(kPhpProbeBudgetS),
        PhpProbe::tr("Copy everything the page shows and paste it below, or enter the address here and "
                     "let Postino fetch it."),
    };
    steps << (deleteAfterRun
                  ? PhpProbe::tr("The script deletes itself as soon as it starts, so it runs only once. Its "
                                 "random name keeps others from finding it before.")
                  : PhpProbe::tr("Delete the script from your website when you are done: it "
                                 "only tests these ports, yet there is no reason to leave it there."));
    return steps;
}

ProbeReport parsePhpProbeResult(const QByteArray& json, QString* error)
{
    if (json.size() > kMaxResultBytes) {
        return fail(error, PhpProbe::tr("The probe result is larger than 1 MB: this is not the output of "
                                        "Postino's probe script."));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(error, PhpProbe::tr("The probe result is not valid JSON: copy the whole page the probe "
                                        "script printed, and nothing else."));
    }
    const QJsonObject root = doc.object();
    const QString wrongShape =
        PhpProbe::tr("The probe result does not have the expected fields: it is not the output of "
                     "Postino's probe script.");
    if (!root.value(QStringLiteral("host")).isString() || !root.value(QStringLiteral("ports")).isArray()) {
        return fail(error, wrongShape);
    }
    ProbeReport report;
    report.host = root.value(QStringLiteral("host")).toString();
    const QJsonArray ports = root.value(QStringLiteral("ports")).toArray();
    if (report.host.isEmpty() || ports.isEmpty() || ports.size() > kMaxPorts) {
        return fail(error, wrongShape);
    }
    const auto optionalIs = [](const QJsonObject& o, const char* key, QJsonValue::Type type) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isUndefined() || v.type() == type;
    };
    for (const QJsonValue& value : ports) {
        if (!value.isObject()) {
            return fail(error, wrongShape);
        }
        const QJsonObject o = value.toObject();
        const QJsonValue port = o.value(QStringLiteral("port"));
        const double number = port.toDouble(-1);
        const QString security = o.value(QStringLiteral("security")).toString();
        const auto outcome = outcomeFromName(o.value(QStringLiteral("outcome")).toString());
        if (!port.isDouble() || number < 1 || number > 65535 || number != qint64(number) || !outcome ||
            (security != QLatin1String("ssl") && security != QLatin1String("starttls")) ||
            !optionalIs(o, "greeting", QJsonValue::String) || !optionalIs(o, "auth", QJsonValue::String) ||
            !optionalIs(o, "tls", QJsonValue::String) || !optionalIs(o, "error", QJsonValue::String) ||
            !optionalIs(o, "address", QJsonValue::String) || !optionalIs(o, "startTls", QJsonValue::Bool) ||
            !optionalIs(o, "elapsedMs", QJsonValue::Double)) {
            return fail(error, wrongShape);
        }
        PortResult r;
        r.host = report.host;
        r.port = quint16(number);
        r.security = security == QLatin1String("ssl") ? SmtpSecurity::Tls : SmtpSecurity::StartTls;
        r.outcome = *outcome;
        const QString greeting = o.value(QStringLiteral("greeting")).toString();
        if (greeting.startsWith(QLatin1String("220"))) {
            r.greetingName = greeting.mid(4).section(QLatin1Char(' '), 0, 0);
        }
        r.startTls = o.value(QStringLiteral("startTls")).toBool();
        const QHostAddress address(o.value(QStringLiteral("address")).toString());
        if (!address.isNull()) {
            r.address = address.toString();
        }
        r.tlsVersion = o.value(QStringLiteral("tls")).toString();
        const QStringList auth =
            o.value(QStringLiteral("auth")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& m : auth.mid(1)) { // the first word is "AUTH"
            if (!r.authMechanisms.contains(m.toUpper())) {
                r.authMechanisms.append(m.toUpper());
            }
        }
        r.elapsedMs = qint64(qBound(0.0, o.value(QStringLiteral("elapsedMs")).toDouble(), 1e9));
        Finding f;
        f.id = QStringLiteral("probe.port_") + probeOutcomeName(r.outcome);
        f.subject = r.host + QLatin1Char(':') + QString::number(r.port);
        f.detail =
            PhpProbe::tr("Port %1 from the web server: %2.").arg(r.port).arg(probeOutcomeText(r.outcome));
        const QString why = o.value(QStringLiteral("error")).toString();
        if (!why.isEmpty()) {
            f.detail += QLatin1Char(' ') + why.left(200);
        }
        if (r.outcome == PortResult::Outcome::Usable) {
            f.setSeverity(Severity::Ok);
        } else {
            f.setSeverity(Severity::Warning, probePortAdvice(r));
        }
        r.findings.append(f);
        report.findings.append(f);
        report.elapsedMs += r.elapsedMs;
        report.ports.append(r);
    }
    PortProbe::recommend(&report);
    report.findings.append(report.recommendation);
    if (error) {
        error->clear();
    }
    return report;
}

PhpProbeFetcher::PhpProbeFetcher(QObject* parent)
    : Job(QStringLiteral("phpprobe"), parent)
    , m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ProbeReport>();
    setFinishFromEventLoop(true); // a refused address finishes at once, but never from within fetch()
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

PhpProbeFetcher::~PhpProbeFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void PhpProbeFetcher::fetch(const QUrl& url)
{
    restartWith(m_url, url);
}

void PhpProbeFetcher::doStart()
{
    m_report = ProbeReport();
    m_error.clear();
    QString problem;
    if (!m_url.isValid() || m_url.host().isEmpty()) {
        problem = PhpProbe::tr("Enter the full address of the probe script, starting with https://.");
    } else if (m_url.scheme() != QLatin1String("https")) {
        problem = PhpProbe::tr("Use the script's https:// address: Postino fetches results over HTTPS only.");
    }
    if (!problem.isEmpty()) {
        fail(problem);
        return;
    }
    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Postino"));
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (!m_extraCa.isEmpty()) {
        tls.addCaCertificates(m_extraCa);
    }
    request.setSslConfiguration(tls);
    m_body.clear();
    m_tooLarge = false;
    m_sslErrors.clear();
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_tooLarge) {
            return;
        }
        m_body += m_reply->read(kMaxResultBytes + 1 - m_body.size());
        if (m_body.size() > kMaxResultBytes) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows
        }
    });
    connect(m_reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::finished, this, &PhpProbeFetcher::onFinished);
}

void PhpProbeFetcher::doCancel()
{
    dropReply();
}

void PhpProbeFetcher::addEndingFinding(const Finding& finding)
{
    m_report = ProbeReport();
    m_report.findings.append(finding);
    m_error = finding.detail;
}

void PhpProbeFetcher::dropReply()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void PhpProbeFetcher::fail(const QString& error)
{
    m_report = ProbeReport();
    m_error = error;
    finishJob();
}

void PhpProbeFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    reply->disconnect(this);
    if (m_tooLarge) {
        fail(PhpProbe::tr(
            "The answer is larger than 1 MB: this is not the output of Postino's probe script."));
        return;
    }
    m_body += reply->read(kMaxResultBytes + 1 - m_body.size());
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        fail(PhpProbe::tr("The address redirects to %1. Postino does not follow redirects here: enter the "
                          "final address of the script.")
                 .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString()));
        return;
    }
    if (status == 404) {
        fail(PhpProbe::tr("The web server has no script at this address (HTTP 404). If it ran once already, "
                          "it has deleted itself: write a new one, or paste what the page showed."));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(PhpProbe::tr("No complete answer from the web server within %n second(s).", nullptr,
                          (m_timeoutMs + 999) / 1000));
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        fail(PhpProbe::tr("Could not fetch the result: %1")
                 .arg(m_sslErrors.isEmpty() ? reply->errorString() : m_sslErrors.first().errorString()));
        return;
    }
    if (status != 200) {
        fail(PhpProbe::tr("The web server answered HTTP %1 instead of the probe's result.").arg(status));
        return;
    }
    QString error;
    m_report = parsePhpProbeResult(m_body, &error);
    m_error = error;
    m_body.clear();
    finishJob();
}

} // namespace postino
