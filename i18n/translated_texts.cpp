#include "translated_texts.h"

#include <QEvent>

namespace layerlab {

namespace {

// Watches its parent for a language change and sets the texts again.
class TextSetter : public QObject {
public:
    TextSetter(QObject* owner, std::function<void()> setTexts) : QObject(owner), m_setTexts(std::move(setTexts))
    {
        owner->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_setTexts();
        return false;
    }

private:
    std::function<void()> m_setTexts;
};

}  // namespace

void translatedTexts(QObject* owner, std::function<void()> setTexts)
{
    setTexts();
    new TextSetter(owner, std::move(setTexts));
}

}  // namespace layerlab
