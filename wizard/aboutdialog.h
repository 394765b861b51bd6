#pragma once

#include <QDialog>
#include <QIcon>

namespace postino {

class SessionSecrets;

// Help > About: the version and source revision, the licence, and where Postino keeps what it
// saves (the profile, the settings, the secrets), so a user can back them up or remove them.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const QString& profilePath, const SessionSecrets* secrets, QWidget* parent);

    // One sentence on what Postino does: the About dialog and `postino --help`.
    static QString summary();
    // The application icon (the SVG the desktop entry names), for every window.
    static QIcon applicationIcon();
};

} // namespace postino
