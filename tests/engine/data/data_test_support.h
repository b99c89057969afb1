// Small helpers shared by the data tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>
#include <string>

#include "core/error.h"

namespace layerlab::test {

// Writes bytes to a file; returns its path.
inline std::string writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write test file %s", qPrintable(path));
    file.write(bytes);
    file.close();
    return path.toStdString();
}

// The message of the DataError (or other layerlab::Error) `f` throws; "(no error)" when it
// returns normally, so a QVERIFY on the message prints what happened.
inline QString errorMessage(const std::function<void()>& f)
{
    try {
        f();
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(no error)");
}

}  // namespace layerlab::test
