#pragma once

#include <QString>

class QCoreApplication;

namespace postino {

// Installs Postino's and Qt's own translations for `language` ("it", "en", ...);
// an empty language means the system's UI languages. Returns the language used.
QString installTranslations(const QString& language = {});
QStringList availableLanguages();

} // namespace postino
