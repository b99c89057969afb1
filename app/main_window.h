// The main window: composes the editing widgets (palette, model canvas, inspector, summary,
// training controls and settings, data) and the training views around one Document and
// one TrainingController, and owns the File/Edit/Examples/Training/View menus, the layout,
// zoom and presentation mode. The project's files are ProjectFiles' job, what the training
// views are given ViewFeeder's, and what the training session is told SessionSync's.
#pragma once

#include <QMainWindow>
#include <QMessageBox>

#include <memory>

#include "model_input.h"
#include "project_files.h"
#include "prompt.h"

QT_BEGIN_NAMESPACE
class QAction;
class QDockWidget;
class QMenu;
class QScrollArea;
class QToolBar;
QT_END_NAMESPACE

namespace layerlab {

class ActivationView;
class ConfusionMatrixView;
class FeatureMapView;
class SampleGalleryView;
class DataPanel;
class DecisionMapView;
class DistributionView;
class DivergenceBanner;
class DoctorFeeder;
class DoctorView;
class ElidedLabel;
class GradientView;
class NetworkDiagramView;
class WeightView;
class Document;
class LayerInspector;
class LayerPalette;
class LossChartView;
class ModelCanvas;
class TimelineSlider;
class ModelSummaryView;
class RefreshBudget;
class SessionSync;
class TrainingController;
class TrainingControls;
class InterfaceZoom;
class TrainingSettingsPanel;
class ViewFeeder;
class PictureRequests;
struct SessionStatus;
struct TrainingSnapshot;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What main() opens at start (ProjectFiles does the work; see there).
    bool openFile(const QString& path) { return m_files->openFile(path); }
    bool openExample(const QString& name) { return m_files->openExample(name); }
    bool offerRecovery() { return m_files->offerRecovery(); }

    // How the window asks and warns (QMessageBox by default; tests answer themselves).
    void setPrompt(Prompt prompt) { m_prompt = std::move(prompt); }

    ProjectFiles* files() const { return m_files; }

    Document* document() const { return m_document; }
    TrainingController* controller() const { return m_controller; }
    RefreshBudget* refreshBudget() const { return m_refreshBudget; }
    ModelCanvas* canvas() const { return m_canvas; }
    TimelineSlider* timeline() const { return m_timeline; }
    LayerPalette* palette() const { return m_palette; }
    LayerInspector* inspector() const { return m_inspector; }
    ModelSummaryView* summaryView() const { return m_summary; }
    TrainingControls* controls() const { return m_controls; }
    TrainingSettingsPanel* settingsPanel() const { return m_settings; }
    DataPanel* dataPanel() const { return m_data; }
    DivergenceBanner* banner() const { return m_banner; }
    LossChartView* lossChart() const { return m_lossChart; }
    DecisionMapView* decisionMap() const { return m_decisionMap; }
    NetworkDiagramView* networkDiagram() const { return m_network; }
    GradientView* gradientView() const { return m_gradients; }
    WeightView* weightView() const { return m_weights; }
    DistributionView* distributionView() const { return m_distributions; }
    ActivationView* activationView() const { return m_activations; }
    SampleGalleryView* sampleGallery() const { return m_gallery; }
    ConfusionMatrixView* confusionMatrix() const { return m_confusion; }
    FeatureMapView* featureMaps() const { return m_featureMaps; }
    DoctorView* doctorView() const { return m_doctor; }
    DoctorFeeder* doctor() const { return m_doctorFeeder; }

    InterfaceZoom* zoom() const { return m_zoom; }
    // For a projector: larger type and lines, only the essential docks (View menu, F5).
    bool presentationMode() const;
    void setPresentationMode(bool on);

protected:
    bool event(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void createWidgets();
    void createDocks();
    void applyDefaultDockSizes();
    void createActions();
    void createMenus();
    void connectWidgets();
    // The window's first geometry on its screen, and whether it opens maximized there (a
    // screen smaller than the preferred size).
    QRect defaultGeometry() const;
    bool opensMaximized() const;
    void restoreLayout();
    void saveLayout() const;
    void resetLayout();
    void refreshZoomActions();
    // Undo/Redo say what they undo and redo, in the current language.
    void refreshUndoActions();

    void onProjectChanged();
    void onProjectReplaced();
    void onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot);
    // The status bar's line about the data the run trains on.
    void refreshTaskLabel();
    // After a language change: every text made from state (the data report, why training
    // cannot start, the canvas's warning, the task line) made again.
    void refreshStateTexts();
    void refreshCanvasWarning();
    void onStatus(const std::shared_ptr<const SessionStatus>& status);
    // The views that fit the data the views were given: the network diagram for an input
    // plane, the activations otherwise, and the image views only for images.
    void onViewDataShown(bool inputPlane, bool images);
    void refreshInspector();
    void refreshProblems();
    // The canvas and the summary: the model, with what its input is now.
    void refreshModel();
    void lowerLearningRate();
    void fitBannerHeight();
    void clipGradients();
    // The views of image data (samples, confusion matrix, feature maps): shown only for images.
    void showImageViews(bool images);

    QMessageBox::StandardButton ask(QMessageBox::Icon icon, const QString& title, const QString& text,
                                    QMessageBox::StandardButtons buttons) const;

    Document* m_document = nullptr;
    TrainingController* m_controller = nullptr;
    SessionSync* m_session = nullptr;
    ProjectFiles* m_files = nullptr;
    ViewFeeder* m_viewFeeder = nullptr;
    PictureRequests* m_pictureRequests = nullptr;
    RefreshBudget* m_refreshBudget = nullptr;
    InterfaceZoom* m_zoom = nullptr;
    Prompt m_prompt;
    ModelInput m_modelInput;

    ModelCanvas* m_canvas = nullptr;
    QScrollArea* m_canvasScroll = nullptr;
    TimelineSlider* m_timeline = nullptr;  // under the canvas: replays the run
    int m_divergedLayer = -1;    // from the latest snapshot, -1 when training is healthy
    QString m_canvasWarningTag;  // the tag the canvas shows at its warning layer
    LayerPalette* m_palette = nullptr;
    LayerInspector* m_inspector = nullptr;
    ModelSummaryView* m_summary = nullptr;
    TrainingControls* m_controls = nullptr;
    TrainingSettingsPanel* m_settings = nullptr;
    DataPanel* m_data = nullptr;
    DivergenceBanner* m_banner = nullptr;
    LossChartView* m_lossChart = nullptr;
    DecisionMapView* m_decisionMap = nullptr;
    NetworkDiagramView* m_network = nullptr;
    GradientView* m_gradients = nullptr;
    WeightView* m_weights = nullptr;
    DistributionView* m_distributions = nullptr;
    ActivationView* m_activations = nullptr;
    SampleGalleryView* m_gallery = nullptr;
    ConfusionMatrixView* m_confusion = nullptr;
    FeatureMapView* m_featureMaps = nullptr;
    DoctorView* m_doctor = nullptr;
    DoctorFeeder* m_doctorFeeder = nullptr;  // feeds the Doctor panel; owns the breakpoints
    QDockWidget* m_doctorDock = nullptr;
    QList<QDockWidget*> m_imageDocks;  // the docks of the three views above
    bool m_imageData = false;
    QDockWidget* m_inspectorDock = nullptr;
    QList<QDockWidget*> m_sizedDocks;  // palette, settings, map, network, curves
    ElidedLabel* m_taskLabel = nullptr;
    std::string m_trainedTask;  // the run's own (English) name for its data, empty without a run
    QToolBar* m_trainingBar = nullptr;
    QToolBar* m_bannerBar = nullptr;
    QWidget* m_bannerHolder = nullptr;

    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_deleteLayerAction = nullptr;
    QAction* m_playAction = nullptr;
    QAction* m_stepAction = nullptr;
    QAction* m_epochAction = nullptr;
    QAction* m_resetAction = nullptr;
    QAction* m_resetLayoutAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_zoomResetAction = nullptr;
    QAction* m_presentationAction = nullptr;
    QByteArray m_layoutBeforePresentation;
    QMenu* m_viewMenu = nullptr;
    QByteArray m_defaultLayout;
};

}  // namespace layerlab
