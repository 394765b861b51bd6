#pragma once

#include "dns/resolver.h"
#include "postinowizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

// Small helpers that drive the wizard the way a person does: clicks and keys.
namespace wizarddriver {

// The Checks page looks up the From domain; in tests it reads these records, never the
// internet. example.com: SPF without SendGrid and ?all, no DKIM, DMARC p=none, an MX.
inline void useFixtureDns()
{
    using namespace postino::dns;
    postino::PostinoWizard::setResolverFactory([](QObject* parent) -> Resolver* {
        auto* r = new MemoryResolver(parent);
        for (const char* domain : {"example.com", "example.net"}) {
            const QString d = QString::fromLatin1(domain);
            r->addTxt(d, QByteArray("v=spf1 mx ?all"));
            r->addMx(d, 10, QStringLiteral("mail.") + d);
            r->addAddress(QStringLiteral("mail.") + d, QStringLiteral("192.0.2.25"));
            r->addTxt(QStringLiteral("_dmarc.") + d,
                      QByteArray("v=DMARC1; p=none; rua=mailto:dmarc@") + domain);
        }
        r->addTxt(QStringLiteral("spf.mailjet.com"), QByteArray("v=spf1 ip4:87.253.232.0/21 ~all"));
        // The SMTP server's address has a PTR that points back (forward-confirmed reverse DNS).
        r->addName(QStringLiteral("25.2.0.192.in-addr.arpa"), RecordType::PTR,
                   QStringLiteral("mail.example.com"));
        // Discovery fixtures (Choose mailer): mailboxes at Google with Brevo set up for sending, and a
        // domain whose SRV record names its own submission server.
        r->addMx(QStringLiteral("brevoshop.example"), 1, QStringLiteral("aspmx.l.google.com"));
        r->addTxt(QStringLiteral("brevoshop.example"),
                  QByteArray("v=spf1 include:_spf.google.com include:spf.brevo.com ~all"));
        r->addName(QStringLiteral("brevo1._domainkey.brevoshop.example"), RecordType::CNAME,
                   QStringLiteral("b1.brevoshop-example.dkim.brevo.com"));
        r->addMx(QStringLiteral("studio.example"), 10, QStringLiteral("mail.studio.example"));
        r->addSrv(QStringLiteral("_submissions._tcp.studio.example"), 0, 1, 465,
                  QStringLiteral("mail.studio.example"));
        return r;
    });
}

inline QAbstractButton* button(postino::PostinoWizard& w, QWizard::WizardButton which)
{
    return w.button(which);
}

inline void clickNext(postino::PostinoWizard& w)
{
    QTest::mouseClick(w.button(QWizard::NextButton), Qt::LeftButton);
}

template <typename T> T* find(postino::PostinoWizard& w, const QString& name)
{
    return w.currentPage()->findChild<T*>(name);
}

inline bool chooseMailer(postino::PostinoWizard& w, const QString& id)
{
    auto* list = find<QListWidget>(w, QStringLiteral("mailerList"));
    if (!list) {
        return false;
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(Qt::UserRole).toString() == id) {
            list->scrollToItem(item);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            return list->currentItem() == item;
        }
    }
    return false;
}

// Types any text, non-ASCII included (QTest::keyClicks only maps ASCII to keys).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

} // namespace wizarddriver
