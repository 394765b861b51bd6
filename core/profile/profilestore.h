#pragma once

#include "profile/profile.h"

#include <QString>

namespace postino {

// Loads and saves the profile file. Saving is atomic (QSaveFile): a crash or a full
// disk never leaves a half-written file, and a file that cannot be read is moved
// aside before anything replaces it, so a user's data is never silently lost.
class ProfileStore
{
public:
    explicit ProfileStore(QString path = defaultPath());

    static QString defaultPath();
    QString path() const { return m_path; }

    struct LoadResult
    {
        Profile profile;
        bool existed = false;
        bool broken = false;
        Findings problems;
    };
    LoadResult load() const;
    static LoadResult loadFile(const QString& path);

    bool save(const Profile& profile, QString* error = nullptr) const;

private:
    QString m_path;
};

} // namespace postino
