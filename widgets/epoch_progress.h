// The training bar's progress through the current epoch, drawn as the style's progress
// bar. Not a QProgressBar: that one repaints synchronously on every change of value (to
// show progress from inside a busy loop), and while a net trains the value changes with
// every refresh; this one schedules an ordinary update.
#pragma once

#include <QWidget>

namespace layerlab {

class EpochProgress : public QWidget {
public:
    explicit EpochProgress(QWidget* parent = nullptr);

    // 0..100
    void setPercent(int percent);
    int percent() const { return m_percent; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_percent = 0;
};

}  // namespace layerlab
