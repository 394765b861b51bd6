#pragma once

#include "finding.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>

namespace postino {

// One line of a job's transcript: what the client sent, what the server answered, or a note.
struct TranscriptLine
{
    enum class Direction
    {
        Client,
        Server,
        Info,
    };
    Direction direction;
    QString text;         // credentials already masked
    qint64 elapsedMs = 0; // since the session started
};

QString formatTranscriptLine(const TranscriptLine& line);

// Declares, in a job's class, the three steps every job implements in its .cpp file: doStart(),
// doCancel() and addEndingFinding() (see Job). The typed `finished` emission stays in the class.
#define POSTINO_JOB_STEPS                                                                                    \
    void doStart() override;                                                                                 \
    void doCancel() override;                                                                                \
    void addEndingFinding(const postino::Finding& finding) override;

// The shape every asynchronous piece of work in Postino shares: a session with a server, a probe,
// a DNS check, a test send. The caller configures the job (each kind has its own typed entry
// points that end in start()), then hears exactly one typed `finished` per start:
// - a job cancelled while running stops its work and finishes once, with a "<prefix>.cancelled"
//   Info finding; cancel() when nothing runs does nothing;
// - with a deadline set, a job still running when it passes stops and finishes once, with a
//   "<prefix>.deadline" finding;
// - finishJob() is the only way to emit `finished`, and it emits only while running, so a job
//   cannot finish twice.
// Subclasses implement doStart() / doCancel() and emit their typed signal in emitFinished().
class Job : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Running,
        Finished,
    };

    // `findingPrefix` is the first part of the ids of the findings the job itself reports ("smtp",
    // "imap"): "smtp.cancelled", "smtp.deadline".
    explicit Job(QString findingPrefix, QObject* parent = nullptr);
    ~Job() override;

    // Starts the work configured beforehand. A job still running is cancelled first.
    void start();
    // Stops a running job, which then finishes once with a cancelled finding. Otherwise a no-op.
    void cancel();

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    // False from the moment cancel() begins: results that parts report while being torn down are ignored.
    bool isRunning() const { return m_state == State::Running && !m_stopping; }

    // The longest the whole job may take (zero: no limit beyond each step's own timeouts).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    std::chrono::milliseconds deadline() const { return m_deadline; }

    // Milliseconds since the last start(); once finished, how long the job took.
    qint64 elapsedMs() const;

Q_SIGNALS:
    // Secrets are masked before a line gets here.
    void transcript(const postino::TranscriptLine& line);

protected:
    // Begins the work; may finish the job before it returns (a request refused up front).
    virtual void doStart() = 0;
    // Stops everything under way without emitting `finished`; the base finishes the job afterwards.
    virtual void doCancel() = 0;
    // Puts a finding that ends the job early (cancelled, deadline passed) into the typed result.
    virtual void addEndingFinding(const Finding& finding) = 0;
    // Emits the typed `finished` signal with the result. Called by finishJob() only.
    virtual void emitFinished() = 0;

    const QString& findingPrefix() const { return m_findingPrefix; }
    // What the job's findings are about (a host and port, a domain).
    virtual QString findingSubject() const { return {}; }
    // What a cancelled job reports; subclasses may word it for their work.
    virtual Finding cancelledFinding() const;
    // What a job reports when its deadline passes.
    virtual Finding deadlineFinding() const;

    // What a typed entry point does: stops a running job (which still reads its old settings), stores
    // the new ones in `settings`, then starts.
    template <typename Settings> void restartWith(Settings& settings, const Settings& value)
    {
        cancel();
        settings = value;
        start();
    }

    // Ends the job and emits `finished`, once: does nothing unless the job is running (also while
    // cancel() tears it down). Returns whether it finished the job.
    bool finishJob();
    // Jobs that always report from the event loop (never from within the call that started or
    // cancelled them) set this once, in their constructor: finishJob() then ends the job at once
    // and emits `finished` when control returns to the event loop.
    void setFinishFromEventLoop(bool queued) { m_queued = queued; }
    // Adds a line to the transcript, stamped with the time since start(), after maskForTranscript().
    void note(TranscriptLine::Direction direction, const QString& text);
    // Stops a part this job runs (a session, a send) without hearing from it again, and deletes it once
    // control is back in the event loop. A null part is skipped.
    void dropPart(Job* part);
    // Makes the transcript of a part this job runs (an HTTPS exchange) part of this job's own, through
    // note().
    void relayTranscriptOf(Job* part);
    // Hides what only this job knows to be secret (a channel's token in a URL); the default keeps the text.
    virtual QString maskForTranscript(const QString& text) const { return text; }

private:
    void onDeadline();
    void emitPending();
    void stopAndFinish(const Finding& ending);

    QString m_findingPrefix;
    State m_state = State::Idle;
    bool m_stopping = false;
    bool m_queued = false;
    bool m_emitPending = false; // finished, `finished` not emitted yet (queued jobs)
    quint64 m_run = 0;          // counts start() calls
    std::chrono::milliseconds m_deadline{0};
    QTimer m_deadlineTimer;
    QElapsedTimer m_elapsed;
    qint64 m_tookMs = 0;
};

} // namespace postino

Q_DECLARE_METATYPE(postino::TranscriptLine)
