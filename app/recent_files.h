// The File > Open Recent list, kept in QSettings (most recent first).
#pragma once

#include <QStringList>

namespace layerlab {

class RecentFiles {
public:
    static constexpr int kMaxFiles = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

}  // namespace layerlab
