// A home of the test's own: QSettings and the app's data folder (autosaves) in a temporary
// folder that is removed when the test ends, under an organisation name of the test's own.
// Tests of what the app keeps between sessions read and write there, never in the user's
// files nor in another test's.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace layerlab::test {

class TemporaryHome {
public:
    // Before the first QSettings or QStandardPaths use of the test (initTestCase).
    explicit TemporaryHome(const QString& organization) : m_oldHome(qgetenv("HOME"))
    {
        // QStandardPaths' test mode puts the data folder under $HOME/.qttest; QSettings
        // follows setPath.
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", QFile::encodeName(m_dir.path()));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(organization);
    }
    ~TemporaryHome() { qputenv("HOME", m_oldHome); }
    TemporaryHome(const TemporaryHome&) = delete;
    TemporaryHome& operator=(const TemporaryHome&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldHome;
};

}  // namespace layerlab::test
