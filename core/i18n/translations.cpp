#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace postino {

QStringList availableLanguages()
{
    QStringList out;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("postino_*.qm")});
    for (const QString& f : files) {
        out.append(f.mid(8, f.size() - 11));
    }
    return out;
}

QString installTranslations(const QString& language)
{
    auto* app = QCoreApplication::instance();
    const QStringList candidates =
        language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language};
    const QStringList available = availableLanguages();
    QString chosen = QStringLiteral("en");
    for (QString c : candidates) {
        c.replace(QLatin1Char('-'), QLatin1Char('_'));
        const QString base = c.section(QLatin1Char('_'), 0, 0).toLower();
        if (available.contains(base)) {
            chosen = base;
            break;
        }
    }
    QLocale::setDefault(QLocale(chosen));
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/postino_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    // Qt's own strings (dialog buttons such as "Cancel" and "< Back").
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return chosen;
}

} // namespace postino
