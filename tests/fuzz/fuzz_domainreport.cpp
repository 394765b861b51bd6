// A whole domain check over records a domain owner could publish: the SPF tree (with macros
// and includes), DMARC, DKIM and the return-path host, evaluated as the Checks page does.
// Lines of the input become the records at fixed names.
#include "dns/domainreport.h"
#include "dns/resolver.h"
#include "dns/spf.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QTimer>
#include <cstddef>
#include <cstdint>

namespace {

// Starts a job and waits for its finished(); the in-memory resolver answers at once, so
// anything slower is a hang.
template <typename Job, typename Start> void runUntilFinished(Job& job, Start start)
{
    QEventLoop loop;
    QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, [] { __builtin_trap(); });
    start();
    if (!job.isFinished()) {
        loop.exec();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace postino::dns;
    static int argc = 1;
    static char name[] = "fuzz_domainreport";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);

    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QList<QByteArray> lines = bytes.split('\n');
    const char* names[] = {"example.com",      "_dmarc.example.com", "s1._domainkey.example.com",
                           "_spf.example.net", "em1234.example.com", "example.org"};
    MemoryResolver resolver;
    for (qsizetype i = 0; i < lines.size() && i < qsizetype(std::size(names)); ++i) {
        resolver.addTxt(QString::fromLatin1(names[i]), lines.at(i));
    }
    resolver.addMx(QStringLiteral("example.com"), 10, QStringLiteral("mail.example.com"));
    resolver.addAddress(QStringLiteral("mail.example.com"), QStringLiteral("192.0.2.1"));
    resolver.addAddress(QStringLiteral("example.com"), QStringLiteral("2001:db8::1"));

    SpfEvaluator spf(&resolver);
    runUntilFinished(spf, [&] {
        spf.start(QHostAddress(QStringLiteral("192.0.2.1")), QStringLiteral("a.b@example.com"),
                  QStringLiteral("mail.example.com"));
    });
    (void)spf.outcome();

    DomainReportOptions options;
    options.domain = QStringLiteral("example.com");
    options.mailerId = QStringLiteral("sendgrid");
    options.returnPathHost = QStringLiteral("em1234");
    options.senderAddress = QHostAddress(QStringLiteral("192.0.2.1"));
    options.deadlineMs = 4000;
    DomainReport report(&resolver, options);
    runUntilFinished(report, [&] { report.start(); });
    (void)report.toJson();
    (void)report.toText();
    return 0;
}
