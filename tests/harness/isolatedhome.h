#pragma once

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtGlobal>

namespace postino::test {

// Gives this test process a home of its own for QSettings, the default profile and every
// other per-user file. Test mode alone is not enough: ctest runs the same binary twice at
// once (with and without a mail server), and both would share ~/.qttest and its settings,
// so one run's "last page" would become the other's resume target. Call it first thing in
// initTestCase(); the directory goes away when the process ends.
inline void isolateHome()
{
    static QTemporaryDir home;
    Q_ASSERT(home.isValid());
    qputenv("HOME", QFile::encodeName(home.path()));
    // QStandardPaths honours XDG_* before HOME outside test mode; drop them so both agree.
    for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
        qunsetenv(name);
    }
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace postino::test
