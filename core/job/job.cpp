#include "job/job.h"

namespace postino {

QString formatTranscriptLine(const TranscriptLine& line)
{
    const QString time = QStringLiteral("%1.%2")
                             .arg(line.elapsedMs / 1000, 3, 10, QLatin1Char(' '))
                             .arg(line.elapsedMs % 1000, 3, 10, QLatin1Char('0'));
    switch (line.direction) {
    case TranscriptLine::Direction::Client:
        return time + QStringLiteral(" C: ") + line.text;
    case TranscriptLine::Direction::Server:
        return time + QStringLiteral(" S: ") + line.text;
    case TranscriptLine::Direction::Info:
        break;
    }
    return time + QStringLiteral(" *  ") + line.text;
}

Job::Job(QString findingPrefix, QObject* parent)
    : QObject(parent)
    , m_findingPrefix(std::move(findingPrefix))
{
    qRegisterMetaType<TranscriptLine>(); // jobs' transcripts may cross threads and queued connections
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &Job::onDeadline);
}

Job::~Job() = default;

void Job::start()
{
    if (m_state == State::Running) {
        cancel();
    }
    emitPending(); // the previous run's `finished` comes before anything of this one
    m_state = State::Running;
    ++m_run;
    m_elapsed.start();
    if (m_deadline.count() > 0) {
        m_deadlineTimer.start(m_deadline);
    }
    doStart();
}

void Job::cancel()
{
    if (m_state != State::Running || m_stopping) {
        return;
    }
    stopAndFinish(cancelledFinding());
}

void Job::onDeadline()
{
    if (m_state != State::Running || m_stopping) {
        return;
    }
    stopAndFinish(deadlineFinding());
}

void Job::stopAndFinish(const Finding& ending)
{
    // While the subclass tears its work down, a result that arrives on the way (a part that
    // reports its own cancellation) cannot finish the job: the ending finding does.
    m_stopping = true;
    doCancel();
    m_stopping = false;
    if (m_state != State::Running) {
        return; // restarted from within doCancel(): that run owns the job now
    }
    addEndingFinding(ending);
    finishJob();
}

bool Job::finishJob()
{
    if (m_state != State::Running || m_stopping) {
        return false;
    }
    m_tookMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    m_state = State::Finished;
    m_deadlineTimer.stop();
    m_emitPending = true;
    if (m_queued) {
        QMetaObject::invokeMethod(
            this,
            [this, run = m_run] {
                if (run == m_run) {
                    emitPending();
                }
            },
            Qt::QueuedConnection);
    } else {
        // Last: a receiver may start the job again or delete it later.
        emitPending();
    }
    return true;
}

void Job::emitPending()
{
    if (m_emitPending) {
        m_emitPending = false;
        emitFinished();
    }
}

qint64 Job::elapsedMs() const
{
    if (m_state == State::Finished) {
        return m_tookMs;
    }
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void Job::note(TranscriptLine::Direction direction, const QString& text)
{
    Q_EMIT transcript(TranscriptLine{direction, maskForTranscript(text), elapsedMs()});
}

void Job::dropPart(Job* part)
{
    if (part) {
        part->disconnect(this);
        part->cancel();
        part->deleteLater();
    }
}

void Job::relayTranscriptOf(Job* part)
{
    connect(part, &Job::transcript, this,
            [this](const TranscriptLine& line) { note(line.direction, line.text); });
}

Finding Job::cancelledFinding() const
{
    return Finding{Severity::Info,
                   {.id = findingPrefix() + QStringLiteral(".cancelled"),
                    .subject = findingSubject(),
                    .detail = tr("Cancelled.")}};
}

Finding Job::deadlineFinding() const
{
    const qint64 seconds = (m_deadline.count() + 999) / 1000;
    return Finding{Severity::Error,
                   {.id = findingPrefix() + QStringLiteral(".deadline"),
                    .subject = findingSubject(),
                    .detail = tr("Stopped after %n second(s): the whole check took longer than allowed.",
                                 nullptr, static_cast<int>(seconds))},
                   Advice{tr("Try again"),
                          {tr("Run it again; a server or network that is only slow at the moment often "
                              "answers in time on the next try."),
                           tr("If it keeps happening, check the network connection and the server's "
                              "address, or allow more time.")}}};
}

} // namespace postino
