// Small helpers shared by the data tests.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/message.h"

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

// Messages in English, joined: a report's sentences by " ", a table's lines by "\n" (then
// every line ends with "\n", as the CLI prints them).
inline QString englishJoined(const std::vector<Message>& messages, const char* separator)
{
    QString text;
    for (size_t i = 0; i < messages.size(); ++i)
        text += (i ? QString::fromUtf8(separator) : QString()) + QString::fromStdString(englishText(messages[i]));
    return text;
}

inline QString englishLines(const std::vector<Message>& lines) { return englishJoined(lines, "\n") + "\n"; }

}  // namespace layerlab::test
