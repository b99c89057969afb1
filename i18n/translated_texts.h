// Keeps texts in the current language. `setTexts` sets an object's texts (labels, titles,
// tooltips, actions' names) through tr(); it runs now, and again whenever the language
// changes (installLanguage, language.h), so that View > Language switches a running window
// without rebuilding it and without losing anything. Texts that depend on state are set by
// the same function that sets them when the state changes, so they can be re-run too:
//
//     m_play = new QPushButton;
//     translatedTexts(this, [this] {
//         m_play->setText(tr("Play"));
//         m_play->setToolTip(tr("Start or pause training."));
//     });
//
// `owner` is the widget (or any QObject) that receives QEvent::LanguageChange: every
// widget does, and Qt passes the event on to a widget's children. `setTexts` is dropped
// with `owner`.
#pragma once

#include <QObject>

#include <functional>

namespace layerlab {

void translatedTexts(QObject* owner, std::function<void()> setTexts);

}  // namespace layerlab
