#include "alertsdialog.h"

#include "alerts/alertsender.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace postino {

namespace {

SecretLookup sessionLookup(PostinoWizard* wizard)
{
    QPointer<SessionSecrets> secrets = wizard->secrets();
    return [secrets](const QString& group, const QString& field) {
        return secrets ? secrets->value(Profile::secretKey(group, field)) : QByteArray();
    };
}

} // namespace

AlertChannelDialog::AlertChannelDialog(PostinoWizard* wizard, const AlertChannel& channel, QWidget* parent)
    : QDialog(parent)
    , m_wizard(wizard)
    , m_channel(channel)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("alertChannelDialog"));
    const AlertChannelInfo* info = alertChannelInfo(channel.type);
    setWindowTitle(tr("%1 alert").arg(info ? alertText(info->name) : channel.type));
    auto* layout = new QVBoxLayout(this);
    if (info) {
        auto* summary = new QLabel(alertText(info->summary), this);
        summary->setWordWrap(true);
        layout->addWidget(summary);
    }
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const SecretLookup secret = sessionLookup(wizard);
    for (const AlertField& f : info ? info->fields : QList<AlertField>{}) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(f.key);
        edit->setPlaceholderText(QString::fromUtf8(f.placeholder));
        if (f.secret) {
            edit->setEchoMode(QLineEdit::PasswordEchoOnEdit);
            edit->setText(QString::fromUtf8(secret(channel.secretGroup(), f.key)));
        } else {
            edit->setText(channel.settings.value(f.key).toString());
            if (edit->text().isEmpty()) {
                edit->setText(f.defaultValue);
            }
        }
        auto* column = new QVBoxLayout;
        column->addWidget(edit);
        auto* error = new QLabel(this);
        error->setWordWrap(true);
        setTextColor(error, Severity::Error);
        error->hide();
        column->addWidget(error);
        if (*f.help) {
            auto* help = new QLabel(alertText(f.help), this);
            help->setWordWrap(true);
            setSubdued(help);
            column->addWidget(help);
        }
        auto* label = new QLabel(alertText(f.label) + (f.required ? QString() : tr(" (optional)")), this);
        label->setBuddy(edit);
        form->addRow(label, column);
        m_editors.insert(f.key, edit);
        m_errors.insert(f.key, error);
        connect(edit, &QLineEdit::textEdited, this, [this, error] {
            error->hide();
            m_message->clear();
        });
    }
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AlertChannelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertChannelDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
    addMissingMnemonics(this); // Qt's standard buttons (Close, OK, Cancel) come without one
}

AlertChannel AlertChannelDialog::channel() const
{
    AlertChannel c = m_channel;
    const AlertChannelInfo* info = alertChannelInfo(c.type);
    for (const AlertField& f : info ? info->fields : QList<AlertField>{}) {
        if (!f.secret) {
            c.settings.insert(f.key, m_editors.value(f.key)->text().trimmed());
        }
    }
    return c;
}

QHash<QString, QByteArray> AlertChannelDialog::secrets() const
{
    QHash<QString, QByteArray> out;
    const AlertChannelInfo* info = alertChannelInfo(m_channel.type);
    for (const AlertField& f : info ? info->fields : QList<AlertField>{}) {
        if (f.secret) {
            out.insert(f.key, m_editors.value(f.key)->text().trimmed().toUtf8());
        }
    }
    return out;
}

Findings AlertChannelDialog::problems() const
{
    const QHash<QString, QByteArray> values = secrets();
    return validateAlertChannel(
        channel(), [values](const QString&, const QString& field) { return values.value(field); });
}

void AlertChannelDialog::accept()
{
    const Findings found = problems();
    for (QLabel* error : std::as_const(m_errors)) {
        error->hide();
    }
    for (const Finding& f : found) {
        const QString key = f.subject.section(QLatin1Char('.'), 2);
        if (QLabel* error = m_errors.value(key)) {
            error->setText(f.detail + (f.advice.steps.isEmpty() ? QString()
                                                                : QLatin1Char(' ') + f.advice.steps.first()));
            error->show();
        }
    }
    if (hasErrors(found)) {
        m_message->showMessage(Severity::Error, tr("Correct the fields marked in red."));
        return;
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------

AlertsDialog::AlertsDialog(PostinoWizard* wizard, QWidget* parent)
    : QDialog(parent)
    , m_wizard(wizard)
    , m_list(new QListWidget(this))
    , m_type(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_test(new QPushButton(tr("Send &test alert"), this))
    , m_allowLocal(
          new QCheckBox(tr("Allow alerts to this computer and &private networks (for a test server)"), this))
    , m_status(new QLabel(this))
    , m_result(new FindingsView(this))
    , m_transcript(new QPlainTextEdit(this))
    , m_sender(new AlertSender(this))
{
    setObjectName(QStringLiteral("alertsDialog"));
    setWindowTitle(tr("Failure alerts"));
    m_list->setObjectName(QStringLiteral("alertChannels"));
    m_list->setAccessibleName(tr("Alert channels"));
    m_transcript->setAccessibleName(tr("Test alert transcript"));
    m_type->setObjectName(QStringLiteral("alertType"));
    m_add->setObjectName(QStringLiteral("addAlert"));
    m_edit->setObjectName(QStringLiteral("editAlert"));
    m_remove->setObjectName(QStringLiteral("removeAlert"));
    m_test->setObjectName(QStringLiteral("testAlert"));
    m_allowLocal->setObjectName(QStringLiteral("allowLocalTargets"));
    m_status->setObjectName(QStringLiteral("alertStatus"));
    m_result->setObjectName(QStringLiteral("alertResult"));
    m_transcript->setObjectName(QStringLiteral("alertTranscript"));
    m_transcript->setReadOnly(true);
    m_transcript->setMaximumBlockCount(500);
    m_transcript->setMaximumHeight(120);
    // "Send &test alert" has T: Stop takes S here.
    m_stop = makeStopButton("stopAlert", tr("&Stop"), tr("Stops sending the test alert."), this);
    m_busy = makeBusyBar(this);
    m_busy->setObjectName(QStringLiteral("alertBusy"));

    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Where the website tells you when an email fails to send. Each channel can send a "
                      "test alert now, so you know it works before you need it."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    for (const AlertChannelInfo& info : alertChannelTypes()) {
        m_type->addItem(alertText(info.name), info.type);
    }
    auto* row = new QHBoxLayout;
    row->addWidget(m_type);
    row->addWidget(m_add);
    row->addStretch();
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addWidget(m_test);
    row->addWidget(m_stop);
    layout->addLayout(row);
    layout->addWidget(m_allowLocal);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_result);
    layout->addWidget(m_transcript);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AlertsDialog::reject);
    layout->addWidget(buttons);
    for (QPushButton* b : {m_add, m_edit, m_remove, m_test}) {
        b->setAutoDefault(false);
    }

    m_allowLocal->setChecked(wizard->profile().alerts().allowLocalTargets);
    connect(m_allowLocal, &QCheckBox::toggled, this, [this](bool on) {
        m_wizard->editProfile([on](Profile& p) { p.alerts().allowLocalTargets = on; });
    });
    connect(m_add, &QPushButton::clicked, this,
            [this] { addChannel(m_type->currentData().toString())->open(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (AlertChannelDialog* d = editSelected()) {
            d->open();
        }
    });
    connect(m_list, &QListWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &AlertsDialog::removeSelected);
    connect(m_test, &QPushButton::clicked, this, &AlertsDialog::testSelected);
    connect(m_stop, &QPushButton::clicked, this, &AlertsDialog::stopTest);
    connect(m_list, &QListWidget::currentRowChanged, this, &AlertsDialog::updateButtons);
    connect(m_sender, &AlertSender::transcript, this, [this](const TranscriptLine& line) {
        m_transcript->appendPlainText(formatTranscriptLine(line));
    });
    connect(m_sender, &AlertSender::finished, this, &AlertsDialog::onFinished);

    wizard->loadProfileSecrets(); // asked for at start-up already; only a new profile's are read here
    refresh();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
    resize(640, 520);
    addMissingMnemonics(this); // Qt's standard buttons (Close, OK, Cancel) come without one
}

AlertsDialog::~AlertsDialog() = default;

const AlertChannel* AlertsDialog::selected() const
{
    const int row = m_list->currentRow();
    const auto& channels = m_wizard->profile().alerts().channels;
    return row >= 0 && row < channels.size() ? &channels.at(row) : nullptr;
}

bool AlertsDialog::isTesting() const
{
    return m_sender->isRunning();
}

void AlertsDialog::refresh()
{
    {
        const QSignalBlocker quiet(m_list);
        const int row = m_list->currentRow();
        m_list->clear();
        for (const AlertChannel& c : m_wizard->profile().alerts().channels) {
            m_list->addItem(c.displayName());
        }
        if (m_list->count() > 0) {
            m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
        }
    }
    updateButtons();
}

void AlertsDialog::updateButtons()
{
    const bool has = selected() != nullptr;
    m_edit->setEnabled(has);
    m_remove->setEnabled(has && !isTesting());
    m_test->setEnabled(has && !isTesting());
    m_stop->setVisible(isTesting());
    m_busy->setVisible(isTesting());
    if (m_list->count() == 0) {
        m_status->setText(tr("No channel yet: pick a kind and press Add."));
    }
}

AlertChannelDialog* AlertsDialog::addChannel(const QString& type)
{
    AlertChannel channel;
    channel.type = type;
    channel.id = m_wizard->profile().alerts().newChannelId(type);
    auto* dialog = new AlertChannelDialog(m_wizard, channel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { store(dialog->channel(), dialog->secrets(), true); });
    return dialog;
}

AlertChannelDialog* AlertsDialog::editSelected()
{
    const AlertChannel* current = selected();
    if (!current) {
        return nullptr;
    }
    auto* dialog = new AlertChannelDialog(m_wizard, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { store(dialog->channel(), dialog->secrets(), false); });
    return dialog;
}

void AlertsDialog::store(const AlertChannel& channel, const QHash<QString, QByteArray>& secrets, bool isNew)
{
    int row = -1;
    m_wizard->editProfile([&](Profile& p) {
        auto& channels = p.alerts().channels;
        for (int i = 0; i < channels.size(); ++i) {
            if (channels.at(i).id == channel.id) {
                row = i;
            }
        }
        if (row < 0 || isNew) {
            channels.append(channel);
            row = int(channels.size()) - 1;
        } else {
            channels[row] = channel;
        }
        p.features().alerts = true;
    });
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it) {
        m_wizard->secrets()->setValue(Profile::secretKey(channel.secretGroup(), it.key()), it.value());
    }
    refresh();
    m_list->setCurrentRow(row);
}

void AlertsDialog::removeSelected()
{
    const AlertChannel* current = selected();
    if (!current || isTesting()) {
        return;
    }
    const AlertChannel removed = *current;
    if (const AlertChannelInfo* info = alertChannelInfo(removed.type)) {
        for (const AlertField& f : info->fields) {
            if (f.secret) {
                m_wizard->secrets()->setValue(Profile::secretKey(removed.secretGroup(), f.key), QByteArray());
            }
        }
    }
    const int row = m_list->currentRow();
    m_wizard->editProfile([row](Profile& p) { p.alerts().channels.removeAt(row); });
    m_result->clear();
    refresh();
}

void AlertsDialog::testSelected()
{
    const AlertChannel* current = selected();
    if (!current || isTesting()) {
        return;
    }
    AlertSendOptions options;
    options.allowLocalTargets = m_wizard->profile().alerts().allowLocalTargets;
    options.baseOverride = m_wizard->apiBaseOverride();
    options.extraCa = m_wizard->extraCaCertificates();
    options.secret = sessionLookup(m_wizard);
    m_transcript->clear();
    m_result->clear();
    m_status->setText(tr("Sending a test alert to %1…").arg(current->displayName()));
    m_sender->sendTest(m_wizard->profile(), *current, options);
    refresh();
    if (isTesting()) {
        m_stop->setFocus(); // Send test alert, disabled now, had it
    }
}

void AlertsDialog::stopTest()
{
    m_sender->cancel(); // finishes once, from the event loop, with a cancelled finding
}

void AlertsDialog::onFinished(const AlertResult& result)
{
    m_status->setText(result.ok                     ? tr("The test alert was sent.")
                      : wasStopped(result.findings) ? tr("Stopped. The test alert may not have been sent.")
                                                    : tr("The test alert did not go through."));
    m_result->setFindings(result.findings);
    refresh();
}

} // namespace postino
