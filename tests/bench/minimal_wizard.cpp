// Baseline for scripts/bench.sh: a minimal QWizard with no Postino code, built the same
// way as postino, so the start-up time and memory of postino can be compared against it.

#include "widgets/firstpaintexit.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

using postino::FirstPaintExit;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const bool exitAfterPaint =
        QCoreApplication::arguments().contains(QStringLiteral("--exit-after-first-paint"));

    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Minimal wizard"));
    for (int i = 1; i <= 8; ++i) {
        auto* page = new QWizardPage;
        page->setTitle(QStringLiteral("Page %1").arg(i));
        auto* layout = new QVBoxLayout(page);
        layout->addWidget(new QLabel(QStringLiteral("This is page %1 of 8.").arg(i), page));
        wizard.addPage(page);
    }

    FirstPaintExit exitFilter;
    if (exitAfterPaint) {
        wizard.installEventFilter(&exitFilter);
    }
    wizard.show();
    return app.exec();
}
