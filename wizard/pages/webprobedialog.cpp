#include "webprobedialog.h"

#include "probe/phpprobe.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace postino {

WebProbeDialog::WebProbeDialog(const ProbeTarget& target, const QList<QSslCertificate>& extraCa,
                               QWidget* parent)
    : QDialog(parent)
    , m_target(target)
    , m_fetcher(new PhpProbeFetcher(this))
{
    setObjectName(QStringLiteral("webProbeDialog"));
    setWindowTitle(tr("Test from your web server"));
    m_fetcher->setExtraCaCertificates(extraCa);

    auto* intro = new QLabel(
        tr("Hosting companies often block mail ports that this computer can use. Postino writes a small "
           "PHP script that tests the same ports of %1 from your web server. It reads no parameters, so "
           "nobody can aim it anywhere else.")
            .arg(target.host),
        this);
    intro->setWordWrap(true);

    m_folder = makeNamed<QLineEdit>("webProbeFolder",
                                    QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), this);
    m_folder->setAccessibleName(tr("Folder for the script"));
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    m_selfDelete =
        makeNamed<QCheckBox>("webProbeSelfDelete", tr("&Delete the script after its first run"), this);
    m_selfDelete->setChecked(true);
    m_write = makeNamed<QPushButton>("webProbeWrite", tr("&Write the script"), this);
    m_instructions = makeNamed<QLabel>("webProbeInstructions", this);
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions->hide();

    m_url = makeNamed<QLineEdit>("webProbeUrl", this);
    m_url->setPlaceholderText(QStringLiteral("https://your-site.example/postino-probe-….php"));
    m_url->setAccessibleName(tr("Address of the script"));
    m_fetch = makeNamed<QPushButton>("webProbeFetch", tr("&Fetch"), this);
    m_stop =
        makeStopButton("webProbeStop", tr("S&top"), tr("Stops fetching the result from the script."), this);
    m_busy = makeBusyBar(this);
    m_busy->setObjectName(QStringLiteral("webProbeBusy"));
    m_pasted = makeNamed<QPlainTextEdit>("webProbeResult", this);
    m_pasted->setPlaceholderText(tr("…or paste here what the page showed"));
    m_pasted->setAccessibleName(tr("Result from the web server"));
    m_pasted->setTabChangesFocus(true);
    m_show = makeNamed<QPushButton>("webProbeShow", tr("&Show results"), this);
    m_message = makeNamed<InlineMessage>("webProbeMessage", this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    // A field that takes the room, with the button that fills it or acts on it beside it.
    auto fieldWithButton = [](QWidget* field, QPushButton* button, QPushButton* also = nullptr) {
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(button);
        if (also)
            row->addWidget(also);
        return row;
    };
    auto* form = new QFormLayout;
    form->addRow(tr("1. Save it in:"), fieldWithButton(m_folder, browse));
    form->addRow(QString(), m_selfDelete);
    form->addRow(QString(), m_write);
    layout->addLayout(form);
    layout->addWidget(m_instructions);
    auto* resultForm = new QFormLayout;
    resultForm->addRow(tr("2. Its address:"), fieldWithButton(m_url, m_fetch, m_stop));
    layout->addLayout(resultForm);
    layout->addWidget(m_busy);
    layout->addWidget(m_pasted, 1);
    layout->addLayout(makeButtonRow({m_show}));
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(620, 520);

    connect(browse, &QPushButton::clicked, this, &WebProbeDialog::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, &WebProbeDialog::writeScript);
    connect(m_fetch, &QPushButton::clicked, this, &WebProbeDialog::fetchResult);
    connect(m_stop, &QPushButton::clicked, this, &WebProbeDialog::stopFetch);
    connect(m_show, &QPushButton::clicked, this, &WebProbeDialog::readPasted);
    connect(m_url, &QLineEdit::textChanged, this, &WebProbeDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &WebProbeDialog::updateButtons);
    connect(m_pasted, &QPlainTextEdit::textChanged, this, &WebProbeDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetcher, &PhpProbeFetcher::finished, this,
            [this](const ProbeReport& report, const QString& error) {
                m_fetch->setText(tr("&Fetch"));
                m_stop->hide();
                m_busy->hide();
                if (findById(report.findings, QStringLiteral("phpprobe.cancelled"))) {
                    updateButtons();
                    m_message->showMessage(Severity::Info, tr("Stopped. Nothing was fetched; press Fetch to "
                                                              "try again, or paste the result below."));
                    return; // Stop was pressed: nothing to show
                }
                finish(report, error);
            });
    updateButtons();
    addMissingMnemonics(this); // Qt's standard buttons (Close, OK, Cancel) come without one
}

void WebProbeDialog::updateButtons()
{
    m_write->setEnabled(!m_folder->text().trimmed().isEmpty());
    m_fetch->setEnabled(!m_url->text().trimmed().isEmpty() && !m_fetcher->isRunning());
    m_show->setEnabled(!m_pasted->toPlainText().trimmed().isEmpty());
}

void WebProbeDialog::chooseFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Where to save the probe script"), m_folder->text());
    if (!dir.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(dir));
    }
}

void WebProbeDialog::writeScript()
{
    const bool selfDelete = m_selfDelete->isChecked();
    const PhpProbeWrite w =
        writePhpProbe(m_target, selfDelete, QDir::fromNativeSeparators(m_folder->text().trimmed()));
    if (!w.ok) {
        m_message->showMessage(
            Severity::Error,
            w.path.isEmpty() ? w.error
                             : tr("Could not write %1: %2").arg(QDir::toNativeSeparators(w.path), w.error));
        return;
    }
    m_scriptPath = w.path;
    m_message->clear();
    const QString name = QFileInfo(w.path).fileName();
    QString text = tr("Saved as %1.").arg(QDir::toNativeSeparators(w.path)) + QStringLiteral("<ol>");
    for (const QString& step : phpProbeInstructions(name, selfDelete)) {
        text += QStringLiteral("<li>") + step.toHtmlEscaped() + QStringLiteral("</li>");
    }
    m_instructions->setText(text + QStringLiteral("</ol>"));
    m_instructions->show();
    if (m_url->text().trimmed().isEmpty()) {
        m_url->setPlaceholderText(QStringLiteral("https://your-site.example/") + name);
    }
}

void WebProbeDialog::fetchResult()
{
    if (m_fetcher->isRunning()) {
        stopFetch();
        return;
    }
    QString text = m_url->text().trimmed();
    if (!text.contains(QLatin1String("://"))) {
        text.prepend(QStringLiteral("https://"));
    }
    m_message->showMessage(Severity::Info, tr("Fetching the result…"));
    m_fetcher->fetch(QUrl(text, QUrl::StrictMode));
    if (m_fetcher->isRunning()) {
        m_stop->show();
        m_busy->show();
        updateButtons();
        m_stop->setFocus(); // the Fetch button, disabled now, had it
    }
}

void WebProbeDialog::stopFetch()
{
    m_fetcher->cancel(); // finishes once, from the event loop, with a cancelled finding
}

void WebProbeDialog::readPasted()
{
    QString error;
    const ProbeReport report = parsePhpProbeResult(m_pasted->toPlainText().toUtf8(), &error);
    finish(report, error);
}

void WebProbeDialog::finish(const ProbeReport& report, const QString& error)
{
    updateButtons();
    if (!error.isEmpty()) {
        m_message->showMessage(Severity::Error, error);
        return;
    }
    m_message->clear();
    Q_EMIT reportReady(report);
    QDialog::accept();
}

} // namespace postino
