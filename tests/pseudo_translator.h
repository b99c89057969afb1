// A translation that marks every text it translates, «like this»: installed in a test, it
// shows at once which visible texts follow a language change and which bypass translation.
#pragma once

#include <QCoreApplication>
#include <QTranslator>

namespace layerlab::test {

class PseudoTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char* = nullptr, int = -1) const override
    {
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
};

// Installs a PseudoTranslator for as long as it lives, and delivers the language change
// (Qt posts it to the top-level widgets) before returning.
class ScopedPseudoTranslation {
public:
    ScopedPseudoTranslation()
    {
        QCoreApplication::installTranslator(&m_translator);
        QCoreApplication::sendPostedEvents();
    }
    ~ScopedPseudoTranslation()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QCoreApplication::sendPostedEvents();
    }
    ScopedPseudoTranslation(const ScopedPseudoTranslation&) = delete;
    ScopedPseudoTranslation& operator=(const ScopedPseudoTranslation&) = delete;

private:
    PseudoTranslator m_translator;
};

}  // namespace layerlab::test
