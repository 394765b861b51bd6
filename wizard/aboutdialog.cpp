#include "aboutdialog.h"

#include "secrets/secretstore.h"
#include "version.h"
#include "widgets/pageparts.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace postino {

namespace {

QLabel* selectableLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString licenceText()
{
    QFile file(QStringLiteral(":/postino/LICENSE"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

QString AboutDialog::summary()
{
    return tr("Postino sets up a website's email sending and proves it works.");
}

QIcon AboutDialog::applicationIcon()
{
    return QIcon(QStringLiteral(":/postino/resources/icons/io.github.postino.Postino.svg"));
}

AboutDialog::AboutDialog(const QString& profilePath, const SessionSecrets* secrets, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Postino"));

    auto* about = new QWidget(this);
    auto* icon = new QLabel(about);
    icon->setPixmap(applicationIcon().pixmap(64, 64));
    auto* name = new QLabel(QStringLiteral("<h2>Postino</h2>"), about);
    auto* version = selectableLabel(
        tr("Version %1 (revision %2)").arg(QStringLiteral(POSTINO_VERSION), QStringLiteral(POSTINO_REVISION)),
        QStringLiteral("aboutVersion"), about);
    auto* heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto* what = selectableLabel(summary(), QStringLiteral("aboutSummary"), about);
    auto* licence =
        selectableLabel(tr("Free software under the MIT licence: you may use, change and share it. "
                           "Copyright © 2026 The Postino authors."),
                        QStringLiteral("aboutLicenceSummary"), about);
    auto* qt = selectableLabel(tr("Built with Qt %1, running on Qt %2.")
                                   .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                               QStringLiteral("aboutQt"), about);

    // Where things are kept: what a user backs up, moves to another computer, or deletes.
    auto* places = new QFormLayout;
    places->addRow(tr("Profile:"), selectableLabel(profilePath, QStringLiteral("aboutProfilePath"), about));
    places->addRow(tr("Settings:"),
                   selectableLabel(QSettings().fileName(), QStringLiteral("aboutSettingsPath"), about));
    const QString secretsText =
        secrets && secrets->isPersistent()
            ? tr("In the system keychain, never in the profile or the settings.")
            : tr("For this session only: there is no system keychain to keep them in.");
    places->addRow(tr("Passwords and keys:"),
                   selectableLabel(secretsText, QStringLiteral("aboutSecretsPlace"), about));

    auto* aboutLayout = new QVBoxLayout(about);
    aboutLayout->addLayout(top);
    aboutLayout->addWidget(what);
    aboutLayout->addWidget(licence);
    aboutLayout->addWidget(qt);
    aboutLayout->addSpacing(8);
    aboutLayout->addWidget(new QLabel(tr("Where Postino keeps what it saves:"), about));
    aboutLayout->addLayout(places);
    aboutLayout->addStretch(1);

    auto* licenceView = new QPlainTextEdit(licenceText(), this);
    licenceView->setObjectName(QStringLiteral("aboutLicence"));
    licenceView->setReadOnly(true);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("aboutTabs"));
    tabs->setAccessibleName(tr("About Postino"));
    tabs->addTab(about, tr("&About"));
    tabs->addTab(licenceView, tr("&Licence"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(560, 420);
    addMissingMnemonics(this); // Qt's standard buttons (Close, OK, Cancel) come without one
}

} // namespace postino
