// The Doctor panel: what the gradient doctor found in the run (the snapshot's findings, most
// severe first), each with its severity and headline; the selected one with its evidence,
// its likely cause and one button per fix. It only draws: the findings arrive computed in
// the snapshot, and a fix leaves as a signal for the window to apply as one undoable edit.
#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

#include "diagnosis/finding.h"
#include "session/snapshot.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
QT_END_NAMESPACE

namespace layerlab {

class DoctorView : public QWidget {
    Q_OBJECT
public:
    // Before this many steps the doctor has too little history to judge a healthy run.
    static constexpr std::int64_t kStepsToJudge = 50;

    explicit DoctorView(QWidget* parent = nullptr);

    // Shows the snapshot's findings. Findings shared with the last snapshot (the same
    // pointer) cost nothing, so every snapshot may be given.
    void setSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot);

    const std::vector<Finding>& findings() const { return m_findings; }
    // The selected finding's row, -1 when none; selecting one emits findingSelected.
    int selectedFinding() const;
    void selectFinding(int row);

    // For tests and the window: what the panel shows.
    QListWidget* list() const { return m_list; }
    QString summaryText() const;   // the line above the list ("Nothing looks wrong so far", ...)
    QString evidenceText() const;  // of the selected finding
    QString causeText() const;
    QList<QPushButton*> fixButtons() const { return m_fixButtons; }

Q_SIGNALS:
    // A finding was selected (by click or keyboard): the layers it concerns, 0-based (empty
    // for the run as a whole), and its kind, for the window to show them.
    void findingSelected(std::vector<int> layers, layerlab::FindingKind kind);
    // No finding is selected any more (the one selected went away).
    void selectionCleared();
    // A fix's button was clicked.
    void fixRequested(const layerlab::Fix& fix);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFindings(const std::vector<Finding>& findings, std::int64_t step, std::int64_t diagnosisStep);
    // The list's rows' texts from the findings kept (messageText: the current language).
    void refreshListTexts();
    void setFixButtonTexts(QPushButton* button, const Fix& fix);
    void refreshSummary();
    void refreshDetails();
    void onSelectionChanged();
    void fitListHeight();

    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QScrollArea* m_detailsArea = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_evidenceTitle = nullptr;
    QLabel* m_evidence = nullptr;
    QLabel* m_causeTitle = nullptr;
    QLabel* m_cause = nullptr;
    QLabel* m_fixTitle = nullptr;
    QVBoxLayout* m_fixLayout = nullptr;
    QLabel* m_hint = nullptr;
    QList<QPushButton*> m_fixButtons;

    std::shared_ptr<const std::vector<Finding>> m_shown;  // the snapshot's findings last shown
    std::vector<Finding> m_findings;
    std::vector<Fix> m_buttonFixes;  // what the fix buttons apply, in their order
    std::int64_t m_step = 0;
    std::int64_t m_diagnosisStep = -1;
    bool m_hasSnapshot = false;
    // What was last announced by findingSelected, to announce a change only.
    bool m_announced = false;
    std::vector<int> m_announcedLayers;
    FindingKind m_announcedKind = FindingKind::Plateau;
};

}  // namespace layerlab
