#include "exportpage.h"

#include "catalog/catalog.h"
#include "export/exporters.h"
#include "export/exportfile.h"
#include "postinowizard.h"
#include "secrets/secretstore.h"
#include "widgets/codehighlighter.h"
#include "widgets/findinglist.h"
#include "widgets/inlinemessage.h"
#include "widgets/pageparts.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace postino {

ExportPage::ExportPage(PostinoWizard* wizard)
    : WizardPage(wizard, QStringLiteral("exportPage"), tr("Put the configuration on your server"))
{
    setFinalPage(true);
}

void ExportPage::build()
{
    m_summary = new QLabel(this);
    m_format = new QComboBox(this);
    m_includeSecrets = new QCheckBox(tr("Include &passwords and keys"), this);
    m_secretNotice = new InlineMessage(this);
    m_preview = new QPlainTextEdit(this);
    m_command = new QLabel(this);
    m_findings = new FindingsView(this);
    m_insert = new QPushButton(tr("&Insert into wp-config.php…"), this);
    m_message = new InlineMessage(this);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setWordWrap(true);
    layout()->addWidget(m_summary);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    const QList<QPair<ExportFormat, QString>> formats{
        {ExportFormat::WpConfig, tr("WordPress: wp-config.php constants (WP Mail SMTP)")},
        {ExportFormat::WpOptionJson, tr("WordPress: WP Mail SMTP settings for wp-cli")},
        {ExportFormat::Msmtp, tr("msmtp, for PHP's sendmail_path")},
        {ExportFormat::PostfixRelay, tr("Postfix relay host")},
        {ExportFormat::LaravelEnv, tr("Laravel .env")},
        {ExportFormat::SymfonyEnv, tr("Symfony .env (MAILER_DSN)")},
        {ExportFormat::PostinoProfile, tr("Postino profile (no passwords)")},
        {ExportFormat::AlertsJson, tr("Failure alert channels (JSON, without WordPress)")},
    };
    for (const auto& [format, label] : formats) {
        m_format->addItem(label, static_cast<int>(format));
    }
    auto* formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_format);
    auto* row = new QHBoxLayout;
    row->addWidget(formatLabel);
    row->addWidget(m_format, 1);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);
    m_includeSecrets->setObjectName(QStringLiteral("includeSecrets"));
    layout()->addWidget(m_includeSecrets);
    m_secretNotice->setObjectName(QStringLiteral("secretNotice"));
    layout()->addWidget(m_secretNotice);

    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Preview"));
    new CodeHighlighter(m_preview->document());
    layout()->addWidget(m_preview);
    m_command->setObjectName(QStringLiteral("exportCommand"));
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout()->addWidget(m_command);
    m_findings->setObjectName(QStringLiteral("exportFindings"));
    layout()->addWidget(m_findings);

    auto* copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyExportButton"));
    auto* save = new QPushButton(tr("&Save as…"), this);
    save->setObjectName(QStringLiteral("saveExportButton"));
    m_insert->setObjectName(QStringLiteral("insertWpConfigButton"));
    static_cast<QVBoxLayout*>(layout())->addLayout(makeButtonRow({copy, save, m_insert}));
    // Tab goes along the row as it is drawn (Insert was made before the other two).
    setTabOrder(copy, save);
    setTabOrder(save, m_insert);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    layout()->addWidget(m_message);

    // Secrets arrive from the keychain a moment after start-up: the text follows.
    connect(postino()->secrets(), &SessionSecrets::loaded, this, [this] {
        if (postino()->currentPage() == this) {
            regenerate();
        }
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportPage::regenerate);
    connect(m_includeSecrets, &QCheckBox::toggled, this, &ExportPage::regenerate);
    connect(copy, &QPushButton::clicked, this, &ExportPage::copy);
    connect(save, &QPushButton::clicked, this, &ExportPage::save);
    connect(m_insert, &QPushButton::clicked, this, [this] {
        chooseFileToOpen(tr("Choose the site's wp-config.php"),
                         tr("WordPress configuration (wp-config.php);;PHP files (*.php)"),
                         [this](const QString& path) { insertInto(path); });
    });
}

void ExportPage::initializePage()
{
    ensureBuilt();
    const Profile& p = profile();
    const MailerInfo* m = p.mailer();
    m_summary->setText(tr("Your settings for %1 are saved in %2. Pick where they should go on your server.")
                           .arg(m ? Catalog::tr(m->name) : p.mailerId(),
                                QDir::toNativeSeparators(postino()->store().path())));
    m_message->clear();
    postino()->loadProfileSecrets();
    regenerate();
}

void ExportPage::regenerate()
{
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    SessionSecrets* secrets = postino()->secrets();
    ExportOptions options;
    options.includeSecrets = m_includeSecrets->isChecked();
    const ExportResult r = exportProfile(
        profile(), format,
        [secrets](const QString& mailer, const QString& field) {
            return secrets->value(Profile::secretKey(mailer, field));
        },
        options);
    m_preview->setPlainText(r.text);
    m_suggestedName = r.suggestedFileName;
    m_containsSecrets = r.containsSecrets;
    m_command->setText(r.command.isEmpty() ? QString() : tr("Then run: %1").arg(r.command));
    m_command->setVisible(!r.command.isEmpty());
    m_findings->setFindings(r.findings);
    m_insert->setVisible(format == ExportFormat::WpConfig);
    m_includeSecrets->setEnabled(format != ExportFormat::PostinoProfile);
    if (r.containsSecrets) {
        m_secretNotice->showMessage(
            Severity::Warning, tr("This text contains your passwords or keys. Files are saved readable only "
                                  "by you; do not paste it where others can read it."));
    } else if (!r.placeholders.isEmpty()) {
        m_secretNotice->showMessage(Severity::Info,
                                    tr("Replace the placeholders for %1 with the real values on "
                                       "the server, or include them above.")
                                        .arg(r.placeholders.join(QStringLiteral(", "))));
    } else {
        m_secretNotice->clear();
    }
    m_message->clear();
}

void ExportPage::copy()
{
    QGuiApplication::clipboard()->setText(m_preview->toPlainText());
    m_message->showMessage(Severity::Info, tr("Copied to the clipboard."));
}

void ExportPage::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save configuration"),
                                                      QDir::homePath() + QLatin1Char('/') + m_suggestedName);
    if (path.isEmpty()) {
        return;
    }
    // The file dialog asked before replacing, but a site's own file (a wp-config.php, a hand-written
    // msmtprc) is still never replaced by an export: only files Postino wrote for this format are.
    const auto format = static_cast<ExportFormat>(m_format->currentData().toInt());
    const ExportWrite w = writeExportFileOverOwn(path, m_preview->toPlainText(), m_containsSecrets, format);
    if (!w.ok) {
        if (!w.findings.isEmpty()) {
            m_findings->setFindings(w.findings);
        }
        m_message->showMessage(
            Severity::Error, w.error.isEmpty()
                                 ? tr("%1 was not changed.").arg(QDir::toNativeSeparators(path))
                                 : tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), w.error));
        return;
    }
    m_message->showMessage(Severity::Ok,
                           m_containsSecrets
                               ? tr("Saved to %1, readable only by you.").arg(QDir::toNativeSeparators(path))
                               : tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

bool ExportPage::insertInto(const QString& path)
{
    const QString block = m_preview->toPlainText();
    const QString shownPath = QDir::toNativeSeparators(path);
    WpConfigInsertOptions options;
    const QStringList placeholders = placeholdersIn(block);
    if (!placeholders.isEmpty()) {
        // A placeholder in a live site is worse than no settings: WordPress logs in with it and fails.
        QMessageBox confirm(
            QMessageBox::Warning, tr("Insert placeholders into the site?"),
            tr("The settings still hold placeholders: %1.").arg(placeholders.join(QStringLiteral(", "))),
            QMessageBox::Cancel, this);
        confirm.setObjectName(QStringLiteral("placeholderConfirm"));
        confirm.setInformativeText(
            tr("WordPress would try to log in with the placeholder and stop sending email until you replace "
               "it in %1 by hand. To avoid this, tick \"Include passwords and keys\" first.")
                .arg(shownPath));
        QPushButton* insertAnyway = confirm.addButton(tr("Insert &anyway"), QMessageBox::DestructiveRole);
        insertAnyway->setObjectName(QStringLiteral("insertAnyway"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != insertAnyway) {
            m_message->showMessage(Severity::Info, tr("%1 was not changed.").arg(shownPath));
            return false;
        }
        options.allowPlaceholders = true;
    }
    const ExportWrite w = insertIntoWpConfigFile(path, block, options);
    m_findings->setFindings(w.findings);
    if (!w.ok) {
        m_message->showMessage(Severity::Error, w.error.isEmpty()
                                                    ? tr("%1 was not changed.").arg(shownPath)
                                                    : tr("Could not change %1: %2").arg(shownPath, w.error));
        return false;
    }
    m_message->showMessage(
        Severity::Ok, tr("The settings are in %1. The original is kept as %2; it holds the site's database "
                         "password and keys, so delete it once the site sends email.")
                          .arg(shownPath, QDir::toNativeSeparators(w.backupPath)));
    return true;
}

} // namespace postino
