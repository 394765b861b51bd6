// Postino builds on Windows and macOS too (README), so the product's code (core/, wizard/, app/)
// must not call what only Linux or POSIX has -- namespaces, /proc, POSIX headers -- unless the
// code sits under a platform guard (#if defined(Q_OS_...)). Tests and harnesses may.
#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

namespace {

struct Finding
{
    QString where; // file:line
    QString what;
};

// What only exists on Linux or POSIX systems, as it appears in C++ source.
const QList<QRegularExpression>& platformOnlyPatterns()
{
    static const QList<QRegularExpression> patterns = {
        // POSIX and Linux headers (the C and C++ standard headers are fine).
        QRegularExpression(QStringLiteral(
            "^\\s*#\\s*include\\s*<(unistd|fcntl|pwd|grp|dlfcn|poll|termios|netdb|ifaddrs|sched|spawn|syslog|"
            "pthread|semaphore|dirent|glob|libgen|utime|sys/[^>]+|linux/[^>]+|arpa/[^>]+|netinet/[^>]+|"
            "net/[^>]+)(\\.h)?>")),
        // Paths of Linux's kernel interfaces.
        QRegularExpression(QStringLiteral("\"/(proc|sys)/")),
        // System calls with no Windows counterpart.
        QRegularExpression(QStringLiteral(
            "(^|[^\\w.>:]|::)(unshare|setns|clone|fork|vfork|execv|execve|execvp|execl|execlp|getuid|geteuid|"
            "getgid|getegid|getpwuid|getpwnam|setuid|setgid|chroot|mount|umount|ioctl|prctl|epoll_create1?|"
            "epoll_ctl|epoll_wait|inotify_init1?|inotify_add_watch|syscall|sysconf|mkfifo|chown)\\s*\\(")),
    };
    return patterns;
}

// Is a preprocessor condition a platform guard?
bool isPlatformGuard(const QString& condition)
{
    static const QRegularExpression guard(
        QStringLiteral("\\bQ_OS_\\w+|__linux__|__unix__|__APPLE__|_WIN32|_POSIX_VERSION|__FreeBSD__"));
    return guard.match(condition).hasMatch();
}

// The source without comments (kept line by line, so line numbers stay right) and string
// contents other than paths -- enough for the patterns above.
QStringList codeLines(const QString& source)
{
    QStringList out;
    bool inBlockComment = false;
    for (const QString& raw : source.split(QLatin1Char('\n'))) {
        QString line;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (inBlockComment) {
                if (QStringView(raw).mid(i, 2) == QLatin1String("*/")) {
                    inBlockComment = false;
                    ++i;
                }
                continue;
            }
            if (QStringView(raw).mid(i, 2) == QLatin1String("/*")) {
                inBlockComment = true;
                ++i;
                continue;
            }
            if (QStringView(raw).mid(i, 2) == QLatin1String("//")) {
                break;
            }
            line.append(raw.at(i));
        }
        out.append(line);
    }
    return out;
}

// Platform-only code in one file that is not under a platform guard.
QList<Finding> scan(const QString& name, const QString& source)
{
    static const QRegularExpression ifLine(QStringLiteral("^\\s*#\\s*(if|ifdef|ifndef)\\b(.*)"));
    static const QRegularExpression elifLine(QStringLiteral("^\\s*#\\s*(elif|else)\\b(.*)"));
    static const QRegularExpression endifLine(QStringLiteral("^\\s*#\\s*endif\\b"));
    QList<Finding> findings;
    // One entry per open #if: whether the branch we are in is guarded by a platform condition.
    // An #else or #elif of a platform #if is platform-specific code too.
    QList<bool> guarded;
    const QStringList lines = codeLines(source);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString& line = lines.at(n);
        if (const auto m = ifLine.match(line); m.hasMatch()) {
            guarded.append(isPlatformGuard(m.captured(2)));
            continue;
        }
        if (const auto m = elifLine.match(line); m.hasMatch()) {
            if (!guarded.isEmpty()) {
                guarded.last() = guarded.last() || isPlatformGuard(m.captured(2));
            }
            continue;
        }
        if (endifLine.match(line).hasMatch()) {
            if (!guarded.isEmpty()) {
                guarded.removeLast();
            }
            continue;
        }
        if (guarded.contains(true)) {
            continue;
        }
        for (const QRegularExpression& pattern : platformOnlyPatterns()) {
            if (const auto m = pattern.match(line); m.hasMatch()) {
                findings.append({QStringLiteral("%1:%2").arg(name).arg(n + 1), m.captured(0).trimmed()});
            }
        }
    }
    return findings;
}

QString describe(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out.append(QStringLiteral("%1: %2").arg(f.where, f.what));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestPortability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void productCodeHasNoUnguardedPlatformCalls()
    {
        QList<Finding> findings;
        int files = 0;
        for (const char* dir : {"core", "wizard", "app"}) {
            QDirIterator it(QStringLiteral(POSTINO_SOURCE_DIR "/") + QLatin1String(dir),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                ++files;
                const QString name = file.fileName().mid(qsizetype(sizeof(POSTINO_SOURCE_DIR)));
                findings += scan(name, QString::fromUtf8(file.readAll()));
            }
        }
        QVERIFY2(files > 100, "the source folders were not found");
        QVERIFY2(findings.isEmpty(),
                 qPrintable(QStringLiteral("Linux- or POSIX-only code outside a platform guard "
                                           "(#if defined(Q_OS_...)); use Qt's portable API or guard it:\n") +
                            describe(findings)));
    }

    // The scanner itself: each kind of platform-only code is found, guarded code is not.
    void scannerFindsPlatformCode_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("findings");
        QTest::newRow("POSIX header") << QStringLiteral("#include <unistd.h>\n") << 1;
        QTest::newRow("sys header") << QStringLiteral("#include <sys/socket.h>\n") << 1;
        QTest::newRow("linux header") << QStringLiteral("#  include <linux/sched.h>\n") << 1;
        QTest::newRow("/proc path") << QStringLiteral("QFile f(QStringLiteral(\"/proc/self/status\"));\n")
                                    << 1;
        QTest::newRow("namespace call") << QStringLiteral("if (::unshare(CLONE_NEWNET) != 0) {}\n") << 1;
        QTest::newRow("getuid") << QStringLiteral("const bool root = getuid() == 0;\n") << 1;
        QTest::newRow("guarded include")
            << QStringLiteral("#ifdef Q_OS_UNIX\n#include <unistd.h>\n#endif\n") << 0;
        QTest::newRow("guarded call")
            << QStringLiteral("#if defined(Q_OS_LINUX) && !defined(X)\n  int u = getuid();\n#endif\n") << 0;
        QTest::newRow("else of a platform guard")
            << QStringLiteral("#if defined(Q_OS_WIN)\nx();\n#else\n#include <unistd.h>\n#endif\n") << 0;
        QTest::newRow("after the guard ends")
            << QStringLiteral("#ifdef Q_OS_UNIX\n#endif\n#include <unistd.h>\n") << 1;
        QTest::newRow("other #if is no guard")
            << QStringLiteral("#if QT_VERSION >= 0x060500\n#include <sys/types.h>\n#endif\n") << 1;
        QTest::newRow("comments") << QStringLiteral("// reads /proc like \"/proc/x\" and getuid()\n"
                                                    "/* #include <unistd.h>\n fork() */\n")
                                  << 0;
        QTest::newRow("standard headers and Qt") << QStringLiteral("#include <csignal>\n#include <QProcess>\n"
                                                                   "p.start(); info.mount(); x.fork2();\n")
                                                 << 0;
    }

    void scannerFindsPlatformCode()
    {
        QFETCH(QString, source);
        QFETCH(int, findings);
        const QList<Finding> found = scan(QStringLiteral("example.cpp"), source);
        QVERIFY2(found.size() == findings, qPrintable(describe(found)));
    }
};

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
