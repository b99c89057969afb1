#include "autosave.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

#include "core/error.h"
#include "message_text.h"

namespace layerlab {

namespace {
const QString kOriginalPathKey = QStringLiteral("autosave/originalPath");
}

Autosaver::Autosaver(std::function<Project()> project, std::function<bool()> modified,
                     std::function<QString()> filePath, QObject* parent)
    : QObject(parent), m_project(std::move(project)), m_modified(std::move(modified)), m_filePath(std::move(filePath))
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    m_timer.start();
}

QString Autosaver::autosavePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave.layerlab");
}

bool Autosaver::saveNow()
{
    if (!m_modified())
        return false;
    const QString path = autosavePath();
    try {
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeProjectFile(path.toStdString(), m_project());
    } catch (const std::exception& e) {
        Q_EMIT failed(tr("Autosave failed: %1").arg(errorText(e)));
        return false;
    }
    QSettings().setValue(kOriginalPathKey, m_filePath());
    Q_EMIT autosaved(path);
    return true;
}

void Autosaver::discard() { discardPending(); }

void Autosaver::discardPending()
{
    QFile::remove(autosavePath());
    QSettings().remove(kOriginalPathKey);
}

std::optional<Autosaver::Recovery> Autosaver::pendingRecovery()
{
    const QString path = autosavePath();
    if (!QFileInfo::exists(path))
        return std::nullopt;
    Recovery r;
    try {
        r.project = readProjectFile(path.toStdString());
    } catch (const std::exception&) {
        return std::nullopt;  // unreadable: nothing to offer
    }
    r.originalPath = QSettings().value(kOriginalPathKey).toString();
    r.savedAt = QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat);
    return r;
}

}  // namespace layerlab
