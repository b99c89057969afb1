#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLayout>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QTabBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

#include "data_panel.h"
#include "activation_view.h"
#include "confusion_matrix_view.h"
#include "feature_map_view.h"
#include "sample_gallery_view.h"
#include "decision_map_view.h"
#include "distribution_view.h"
#include "divergence_banner.h"
#include "doctor_feeder.h"
#include "doctor_view.h"
#include "elided_label.h"
#include "document.h"
#include "io/examples.h"
#include "gradient_view.h"
#include "layer_inspector.h"
#include "layer_palette.h"
#include "loss_chart_view.h"
#include "model_canvas.h"
#include "model_summary_view.h"
#include "timeline_slider.h"
#include "network_diagram_view.h"
#include "output_rule.h"
#include "picture_requests.h"
#include "refresh_budget.h"
#include "session_sync.h"
#include "training_controller.h"
#include "training_controls.h"
#include "training_settings_panel.h"
#include "interface_zoom.h"
#include "language_menu.h"
#include "message_text.h"
#include "translated_texts.h"
#include "view_feeder.h"
#include "weight_view.h"
#include "window_placement.h"

namespace layerlab {

namespace {

constexpr int kLayoutVersion = 1;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kFrameKey = QStringLiteral("mainWindow/frame");
const QString kPaceKey = QStringLiteral("training/pace");
constexpr QSize kDefaultSize(1600, 1000);
// What a window manager's title bar and borders usually add, until the window is shown
// and its real frame is known.
constexpr QSize kFrameAllowance(16, 48);

QScrollArea* scrolled(QWidget* widget)
{
    auto* area = new QScrollArea;
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

std::optional<InitKind> commonInitKind(const ModelSpec& model)
{
    std::optional<InitKind> common;
    for (const LayerSpec& s : model.layers) {
        if (s.kind != LayerKind::Dense && s.kind != LayerKind::Conv2D)
            continue;
        if (common && *common != s.init.kind)
            return std::nullopt;
        common = s.init.kind;
    }
    return common ? common : std::optional<InitKind>(InitKind::XavierUniform);
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_document = new Document(this);
    m_controller = new TrainingController(this);
    // (before the window's own connections: the session hears of each change first)
    m_session = new SessionSync(m_document, m_controller, this);
    m_files = new ProjectFiles(
        m_document, m_controller, m_session,
        [this](QMessageBox::Icon icon, const QString& title, const QString& text, QMessageBox::StandardButtons buttons) {
            return ask(icon, title, text, buttons);
        },
        this);
    m_refreshBudget = new RefreshBudget(this);
    m_zoom = new InterfaceZoom(this);
    createWidgets();
    createDocks();
    createActions();
    createMenus();
    connectWidgets();
    layout()->activate();  // the docks' minimum sizes as tabified, before sizing the window
    setGeometry(defaultGeometry());
    layout()->activate();
    applyDefaultDockSizes();
    m_defaultLayout = saveState(kLayoutVersion);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

// --- construction -----------------------------------------------------------------------

void MainWindow::createWidgets()
{
    m_canvas = new ModelCanvas;
    m_canvasScroll = scrolled(m_canvas);
    m_canvasScroll->setToolTip(m_canvas->toolTip());
    // under the canvas, the timeline that replays the run
    m_timeline = new TimelineSlider;
    auto* centre = new QWidget;
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_canvasScroll, 1);
    centreLayout->addWidget(m_timeline);
    setCentralWidget(centre);

    m_controls = new TrainingControls;
    m_trainingBar = addToolBar(QString());
    m_trainingBar->setObjectName(QStringLiteral("trainingToolbar"));
    m_trainingBar->setMovable(false);
    m_trainingBar->toggleViewAction()->setVisible(false);
    m_trainingBar->addWidget(m_controls);

    // The divergence banner spans the window under the controls, shown only when needed.
    addToolBarBreak();
    m_bannerBar = addToolBar(QString());
    m_bannerBar->setObjectName(QStringLiteral("divergenceBar"));
    m_bannerBar->setMovable(false);
    m_bannerBar->toggleViewAction()->setVisible(false);
    // (in a plain holder: a toolbar decides its widgets' visibility, the banner its own)
    m_bannerHolder = new QWidget;
    auto* holderLayout = new QVBoxLayout(m_bannerHolder);
    holderLayout->setContentsMargins(4, 2, 4, 2);
    m_banner = new DivergenceBanner(m_bannerHolder);
    holderLayout->addWidget(m_banner);
    m_bannerBar->addWidget(m_bannerHolder);
    m_bannerBar->hide();
    // its height follows its text and fonts, which change after it is shown
    m_banner->installEventFilter(this);

    m_palette = new LayerPalette;
    m_inspector = new LayerInspector;
    m_summary = new ModelSummaryView;
    m_settings = new TrainingSettingsPanel;
    m_data = new DataPanel;
    m_lossChart = new LossChartView;
    m_decisionMap = new DecisionMapView;
    m_network = new NetworkDiagramView;
    m_gradients = new GradientView;
    m_weights = new WeightView;
    m_distributions = new DistributionView;
    m_activations = new ActivationView;
    m_gallery = new SampleGalleryView;
    m_confusion = new ConfusionMatrixView;
    m_featureMaps = new FeatureMapView;
    m_doctor = new DoctorView;
    m_viewFeeder = new ViewFeeder({.lossChart = m_lossChart,
                                   .decisionMap = m_decisionMap,
                                   .network = m_network,
                                   .gradients = m_gradients,
                                   .weights = m_weights,
                                   .distributions = m_distributions,
                                   .activations = m_activations,
                                   .gallery = m_gallery,
                                   .confusion = m_confusion,
                                   .featureMaps = m_featureMaps,
                                   .canvas = m_canvas,
                                   .timeline = m_timeline},
                                  m_document, m_controller, this);
    // the worker computes the maps, feature maps and predictions of the views on screen
    m_pictureRequests = new PictureRequests(m_controller, this);
    for (SnapshotView* view : std::initializer_list<SnapshotView*>{m_lossChart, m_decisionMap, m_network, m_gradients,
                                                                   m_weights, m_activations, m_gallery, m_confusion,
                                                                   m_featureMaps})
        m_pictureRequests->watch(view);

    // (elided, never wider than the status bar gives it: a long data set name must not widen
    // the window)
    m_taskLabel = new ElidedLabel(this);
    m_taskLabel->setMaximumLines(1);
    statusBar()->addWidget(m_taskLabel, 1);
    // A passing message takes its place for a few seconds (QStatusBar's own hiding misses
    // the label when the message comes while the window is being laid out anew).
    connect(statusBar(), &QStatusBar::messageChanged, m_taskLabel,
            [this](const QString& message) { m_taskLabel->setVisible(message.isEmpty()); });

    translatedTexts(this, [this] {
        m_trainingBar->setWindowTitle(tr("Training"));
        m_bannerBar->setWindowTitle(tr("Divergence"));
    });
}

void MainWindow::createDocks()
{
    // Left: what to build with and how to train. Centre: the model, and under it the
    // learning curves. Right: what training does inside the network.
    setDockNestingEnabled(true);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto dock = [this](const QString& name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(widget);
        addDockWidget(area, d);
        return d;
    };
    QDockWidget* palette = dock(QStringLiteral("paletteDock"), m_palette, Qt::LeftDockWidgetArea);
    QDockWidget* settings = dock(QStringLiteral("settingsDock"), scrolled(m_settings), Qt::LeftDockWidgetArea);
    QDockWidget* data = dock(QStringLiteral("dataDock"), scrolled(m_data), Qt::LeftDockWidgetArea);
    m_inspectorDock = dock(QStringLiteral("inspectorDock"), scrolled(m_inspector), Qt::LeftDockWidgetArea);
    QDockWidget* summary = dock(QStringLiteral("summaryDock"), m_summary, Qt::LeftDockWidgetArea);
    QDockWidget* curves = dock(QStringLiteral("lossDock"), m_lossChart, Qt::BottomDockWidgetArea);
    QDockWidget* map = dock(QStringLiteral("decisionMapDock"), m_decisionMap, Qt::RightDockWidgetArea);
    QDockWidget* network = dock(QStringLiteral("networkDock"), m_network, Qt::RightDockWidgetArea);
    QDockWidget* gradients = dock(QStringLiteral("gradientDock"), m_gradients, Qt::RightDockWidgetArea);
    QDockWidget* weights = dock(QStringLiteral("weightDock"), m_weights, Qt::RightDockWidgetArea);
    QDockWidget* distributions = dock(QStringLiteral("distributionDock"), m_distributions, Qt::RightDockWidgetArea);
    QDockWidget* activations = dock(QStringLiteral("activationDock"), m_activations, Qt::RightDockWidgetArea);
    QDockWidget* samples = dock(QStringLiteral("sampleGalleryDock"), m_gallery, Qt::RightDockWidgetArea);
    QDockWidget* confusion = dock(QStringLiteral("confusionMatrixDock"), m_confusion, Qt::RightDockWidgetArea);
    QDockWidget* featureMaps = dock(QStringLiteral("featureMapDock"), m_featureMaps, Qt::RightDockWidgetArea);

    tabifyDockWidget(settings, data);
    tabifyDockWidget(data, m_inspectorDock);
    tabifyDockWidget(m_inspectorDock, summary);
    settings->raise();
    // On a screen smaller than the preferred window (a projector, a school laptop) the
    // right column holds one view at a time, at full height, instead of two squeezed ones.
    if (opensMaximized())
        tabifyDockWidget(map, network);
    else
        splitDockWidget(map, network, Qt::Vertical);
    tabifyDockWidget(network, gradients);
    tabifyDockWidget(gradients, weights);
    tabifyDockWidget(weights, distributions);
    tabifyDockWidget(weights, activations);
    tabifyDockWidget(activations, samples);
    tabifyDockWidget(samples, confusion);
    tabifyDockWidget(confusion, featureMaps);
    m_imageDocks = {samples, confusion, featureMaps};
    for (QDockWidget* d : m_imageDocks)
        d->hide();
    (opensMaximized() ? map : network)->raise();

    // The doctor under the views, never tabified with them: a finding and the chart with
    // its evidence show together. (Added last to the right area, it sits at its bottom.)
    m_doctorDock = dock(QStringLiteral("doctorDock"), m_doctor, Qt::RightDockWidgetArea);

    m_sizedDocks = {palette, settings, map, network, curves};

    // (a title is the dock's tab and its View menu entry too; the layout keeps to object names)
    translatedTexts(this, [=, this] {
        const auto titled = [](QDockWidget* d, const QString& title, const QString& tip) {
            d->setWindowTitle(title);
            d->setToolTip(tip);
        };
        titled(palette, tr("Layers"), tr("The kinds of layers you can add to the model."));
        titled(settings, tr("Training"), tr("How the network learns: loss, optimizer, learning rate…"));
        titled(data, tr("Data"), tr("What the network learns from."));
        titled(m_inspectorDock, tr("Layer"), tr("The selected layer's settings."));
        titled(summary, tr("Summary"), tr("Each layer's output shape and parameter count."));
        titled(curves, tr("Learning curves"), tr("The loss while training: it should go down."));
        titled(map, tr("Decision map"), tr("What the network answers at every point of the input plane."));
        titled(network, tr("Network"), tr("Every neuron and weight; with two inputs, what each neuron computes."));
        titled(gradients, tr("Gradients"), tr("How strongly each layer is learning."));
        titled(weights, tr("Weights"), tr("The weights of each layer as histograms and as a heatmap."));
        titled(distributions, tr("Distributions"),
               tr("How a layer's weights, gradients or activations are spread, step by step over training."));
        titled(activations, tr("Activations"), tr("What each layer outputs: saturated or dead units."));
        titled(samples, tr("Samples"), tr("Validation images with the network's answers; mistakes in red."));
        titled(confusion, tr("Confusion matrix"), tr("Which classes the network mixes up."));
        titled(featureMaps, tr("Feature maps"), tr("What each convolution finds in one image."));
        titled(m_doctorDock, tr("Doctor"), tr("What looks wrong in training, why, and what to try."));
    });
}

void MainWindow::applyDefaultDockSizes()
{
    // In proportion to the window (resizeDocks works in pixels of the current size).
    const auto [palette, settings, map, network, curves] =
        std::tuple(m_sizedDocks[0], m_sizedDocks[1], m_sizedDocks[2], m_sizedDocks[3], m_sizedDocks[4]);
    const int w = width();
    const int h = height();
    // The left column at least as wide as its tabs' titles (Training, Data, Layer, Summary).
    int leftTabs = 0;
    QList<QDockWidget*> leftGroup = tabifiedDockWidgets(settings);
    leftGroup << settings;
    for (const QDockWidget* d : leftGroup)
        leftTabs += fontMetrics().horizontalAdvance(d->windowTitle()) +
                    style()->pixelMetric(QStyle::PM_TabBarTabHSpace, nullptr, this) + 4;
    const int left = std::clamp(leftTabs, w * 22 / 100, w * 30 / 100);
    resizeDocks({palette, map}, {left, w * 40 / 100}, Qt::Horizontal);
    resizeDocks({palette, settings}, {h * 26 / 100, h * 74 / 100}, Qt::Vertical);
    if (!tabifiedDockWidgets(map).contains(network))
        resizeDocks({map, network}, {h * 50 / 100, h * 50 / 100}, Qt::Vertical);
    if (tabifiedDockWidgets(map).contains(network))
        resizeDocks({network, m_doctorDock}, {h * 45 / 100, h * 55 / 100}, Qt::Vertical);
    else
        resizeDocks({map, network, m_doctorDock}, {h * 36 / 100, h * 34 / 100, h * 30 / 100}, Qt::Vertical);
    resizeDocks({curves}, {h * 48 / 100}, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // (not QUndoStack's own actions: their prefix is fixed when they are made)
    QUndoStack* undo = m_document->undoStack();
    m_undoAction = new QAction(this);
    m_undoAction->setShortcuts({QKeySequence::Undo});
    connect(m_undoAction, &QAction::triggered, undo, &QUndoStack::undo);
    connect(undo, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::undoTextChanged, this, &MainWindow::refreshUndoActions);
    m_redoAction = new QAction(this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, undo, &QUndoStack::redo);
    connect(undo, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(undo, &QUndoStack::redoTextChanged, this, &MainWindow::refreshUndoActions);

    m_deleteLayerAction = new QAction(this);
    connect(m_deleteLayerAction, &QAction::triggered, this, [this] {
        const int layer = m_canvas->selectedLayer();
        const bool lockedOutput = m_canvas->outputLocked() && layer == int(m_document->project().model.layers.size()) - 1;
        if (layer >= 0 && !lockedOutput)
            m_document->removeLayer(layer);
    });

    m_playAction = new QAction(this);
    m_playAction->setShortcut(Qt::Key_Space);
    connect(m_playAction, &QAction::triggered, m_controls, &TrainingControls::togglePlay);
    m_stepAction = new QAction(this);
    m_stepAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    connect(m_stepAction, &QAction::triggered, this, [this] {
        if (m_controls->stepButton()->isEnabled())
            m_controller->stepBatch();
    });
    m_epochAction = new QAction(this);
    m_epochAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    connect(m_epochAction, &QAction::triggered, this, [this] {
        if (m_controls->epochButton()->isEnabled())
            m_controller->stepEpoch();
    });
    m_resetAction = new QAction(this);
    m_resetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_resetAction, &QAction::triggered, this, [this] { m_controller->reset(); });

    // Zoom: Ctrl+= as well as Ctrl++ (which needs Shift on most keyboards).
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(m_zoomInAction, &QAction::triggered, m_zoom, &InterfaceZoom::zoomIn);
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcuts({QKeySequence::ZoomOut});
    connect(m_zoomOutAction, &QAction::triggered, m_zoom, &InterfaceZoom::zoomOut);
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, m_zoom, &InterfaceZoom::resetZoom);
    connect(m_zoom, &InterfaceZoom::changed, this, &MainWindow::refreshZoomActions);

    m_presentationAction = new QAction(this);
    m_presentationAction->setCheckable(true);
    m_presentationAction->setShortcut(Qt::Key_F5);
    connect(m_presentationAction, &QAction::toggled, this, &MainWindow::setPresentationMode);

    m_resetLayoutAction = new QAction(this);
    connect(m_resetLayoutAction, &QAction::triggered, this, &MainWindow::resetLayout);

    translatedTexts(this, [this] {
        m_quitAction->setText(tr("&Quit"));
        m_quitAction->setStatusTip(tr("Close LayerLab (asks about unsaved changes)."));
        m_undoAction->setStatusTip(tr("Undo the last change to the model, the data or the settings."));
        m_redoAction->setStatusTip(tr("Redo what was undone."));
        refreshUndoActions();
        m_deleteLayerAction->setText(tr("&Delete Layer"));
        m_deleteLayerAction->setStatusTip(
            tr("Remove the selected layer from the model (or press Delete on the model)."));
        m_playAction->setText(tr("&Play / Pause"));
        m_playAction->setStatusTip(tr("Start or pause training."));
        m_stepAction->setText(tr("&Step One Mini-batch"));
        m_stepAction->setStatusTip(tr("One forward pass, one backward pass, one update."));
        m_epochAction->setText(tr("Step One &Epoch"));
        m_epochAction->setStatusTip(tr("Train until every training sample has been seen once more."));
        m_resetAction->setText(tr("&Reset Weights"));
        m_resetAction->setStatusTip(tr("Fresh random weights from the seed; counters back to zero."));
        m_zoomInAction->setText(tr("Zoom &In"));
        m_zoomInAction->setStatusTip(tr("Larger type and controls everywhere."));
        m_zoomOutAction->setText(tr("Zoom &Out"));
        m_zoomOutAction->setStatusTip(tr("Smaller type and controls: more fits on a small screen."));
        m_zoomResetAction->setStatusTip(tr("Type and controls at their normal size."));
        refreshZoomActions();  // (the Actual Size action's text says the zoom)
        m_presentationAction->setText(tr("&Presentation Mode"));
        m_presentationAction->setStatusTip(
            tr("For a projector: larger type, thicker lines, and only the model, the learning curves and the "
               "current view. F5 again brings everything back."));
        m_resetLayoutAction->setText(tr("Reset &Layout"));
        m_resetLayoutAction->setStatusTip(tr("Put every panel back where it started."));
    });

    m_doctorFeeder = new DoctorFeeder(m_doctor, m_document, m_controller, m_canvas, this);
}

void MainWindow::refreshUndoActions()
{
    const QUndoStack* undo = m_document->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_redoAction->setEnabled(undo->canRedo());
    // (the edit's name is in the language it was made in)
    //: %1 is the edit to undo, such as "Add Dense layer"
    m_undoAction->setText(undo->undoText().isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo->undoText()));
    //: %1 is the edit to redo, such as "Add Dense layer"
    m_redoAction->setText(undo->redoText().isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(undo->redoText()));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QString());
    file->setToolTipsVisible(true);
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addMenu(m_files->recentMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(QString());
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_deleteLayerAction);

    QMenu* examples = menuBar()->addMenu(QString());
    examples->setToolTipsVisible(true);
    QList<QAction*> exampleActions;  // in the order of builtInExamples()
    for (const Example& e : builtInExamples()) {
        QAction* a = examples->addAction(QString());
        const QString name = QString::fromStdString(e.name);
        connect(a, &QAction::triggered, this, [this, name] {
            if (m_files->maybeSave())
                m_files->openExample(name);
        });
        exampleActions << a;
    }

    QMenu* training = menuBar()->addMenu(QString());
    training->addAction(m_playAction);
    training->addAction(m_stepAction);
    training->addAction(m_epochAction);
    training->addSeparator();
    training->addAction(m_doctorFeeder->breakpointsAction());
    training->addSeparator();
    training->addAction(m_resetAction);

    m_viewMenu = menuBar()->addMenu(QString());
    for (QDockWidget* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_presentationAction);
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(new LanguageMenu(m_viewMenu));
    m_viewMenu->addAction(m_resetLayoutAction);
    refreshZoomActions();

    QMenu* help = menuBar()->addMenu(QString());
    QAction* about = help->addAction(QString(), this, [this] {
        ask(QMessageBox::Information, tr("About LayerLab"),
            tr("LayerLab: build a neural network by drag and drop, train it live, and see everything it does."),
            QMessageBox::Ok);
    });

    translatedTexts(this, [=, this] {
        file->setTitle(tr("&File"));
        edit->setTitle(tr("&Edit"));
        examples->setTitle(tr("E&xamples"));
        // The examples' titles and descriptions are marked in the engine (io/examples.cpp).
        const std::vector<Example>& all = builtInExamples();
        for (qsizetype i = 0; i < exampleActions.size(); ++i) {
            const Example& e = all[size_t(i)];
            const QString description = QCoreApplication::translate("Examples", e.project.description.c_str());
            exampleActions[i]->setText(QCoreApplication::translate("Examples", e.title.c_str()));
            exampleActions[i]->setToolTip(description);
            exampleActions[i]->setStatusTip(description);
        }
        training->setTitle(tr("&Training"));
        m_viewMenu->setTitle(tr("&View"));
        help->setTitle(tr("&Help"));
        about->setText(tr("&About LayerLab"));
    });
}

void MainWindow::connectWidgets()
{
    connect(m_document, &Document::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(m_document, &Document::projectChanged, this, &MainWindow::onProjectChanged);
    connect(m_controller, &TrainingController::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_controller, &TrainingController::statusChanged, this, &MainWindow::onStatus);
    connect(m_controller, &TrainingController::statusChanged, this, &MainWindow::refreshTaskLabel);
    connect(m_files, &ProjectFiles::message, statusBar(), &QStatusBar::showMessage);
    connect(m_viewFeeder, &ViewFeeder::dataShown, this, &MainWindow::onViewDataShown);

    // model editing
    connect(m_palette, &LayerPalette::addRequested, this, [this](LayerKind kind) {
        const int n = int(m_document->project().model.layers.size());
        const int at = m_canvas->outputLocked() && n > 0 ? n - 1 : n;
        m_document->insertLayer(at, kind);
        m_canvas->setSelectedLayer(at);
    });
    connect(m_canvas, &ModelCanvas::insertRequested, this, [this](int index, LayerKind kind) {
        m_document->insertLayer(index, kind);
        m_canvas->setSelectedLayer(index);
    });
    connect(m_canvas, &ModelCanvas::moveRequested, this, [this](int from, int to) {
        m_document->moveLayer(from, to);
        m_canvas->setSelectedLayer(to);
    });
    connect(m_canvas, &ModelCanvas::removeRequested, m_document, &Document::removeLayer);
    connect(m_canvas, &ModelCanvas::selectedLayerChanged, this, [this](int layer) {
        refreshInspector();
        if (layer >= 0) {
            m_inspectorDock->raise();
            m_weights->setSelectedLayer(layer);
        }
    });
    connect(m_gradients, &GradientView::layerOutOfRange, this, [this](int, const QString& reason) {
        statusBar()->showMessage(reason, 10000);
        refreshCanvasWarning();
    });
    connect(m_gradients, &GradientView::layerBackInRange, this, [this](int) { refreshCanvasWarning(); });
    // Clicking an image in the gallery shows what every convolution makes of it.
    connect(m_gallery, &SampleGalleryView::sampleClicked, this, [this](int index) {
        m_featureMaps->setSampleIndex(index);
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("featureMapDock")))
            dock->raise();
    });
    connect(m_inspector, &LayerInspector::layerEdited, m_document, &Document::setLayer);
    connect(m_settings, &TrainingSettingsPanel::configEdited, m_document, &Document::setTraining);
    connect(m_settings, &TrainingSettingsPanel::initializerEdited, m_document, &Document::setInitializerForAll);
    connect(m_data, &DataPanel::dataEdited, m_document, &Document::setData);
    connect(m_data, &DataPanel::seedEdited, m_document, [this](quint64 seed) { m_document->setSeed(seed); });

    // training
    connect(m_controls, &TrainingControls::playRequested, this, [this] { m_controller->play(); });
    connect(m_controls, &TrainingControls::pauseRequested, this, [this] { m_controller->pause(); });
    connect(m_controls, &TrainingControls::stepRequested, this, [this] { m_controller->stepBatch(); });
    connect(m_controls, &TrainingControls::stepEpochRequested, this, [this] { m_controller->stepEpoch(); });
    connect(m_controls, &TrainingControls::resetRequested, this, [this] { m_controller->reset(); });
    connect(m_controls, &TrainingControls::paceChanged, this, [this](double pace) {
        m_controller->setPace(pace);
        QSettings().setValue(kPaceKey, pace);
    });
    connect(m_banner, &DivergenceBanner::lowerLearningRateRequested, this, &MainWindow::lowerLearningRate);
    connect(m_banner, &DivergenceBanner::clipGradientsRequested, this, &MainWindow::clipGradients);
    connect(m_banner, &DivergenceBanner::resetRequested, this, [this] { m_controller->reset(); });
}

// --- layout -----------------------------------------------------------------------------

QRect MainWindow::defaultGeometry() const
{
    const QScreen* display = screen() ? screen() : QGuiApplication::primaryScreen();
    const QRect available = display->availableGeometry();
    const QRect frame = defaultWindowRect(kDefaultSize, available, kFrameAllowance);
    // setGeometry places the client area: the title bar above it, a border around.
    const int border = kFrameAllowance.width() / 2;
    return frame.adjusted(border, kFrameAllowance.height() - border, -border, -border);
}

bool MainWindow::opensMaximized() const
{
    const QScreen* display = screen() ? screen() : QGuiApplication::primaryScreen();
    const QSize room = display->availableGeometry().size() - kFrameAllowance;
    return kDefaultSize.width() > room.width() || kDefaultSize.height() > room.height();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    // The last place and layout, only where the window still fits (a laptop's layout on a
    // projector's smaller screen would open cut off): else the defaults for this screen.
    QList<QRect> screens;
    for (const QScreen* s : QGuiApplication::screens())
        screens << s->availableGeometry();
    if (fitsOnAScreen(settings.value(kFrameKey).toRect(), screens) &&
        restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
    else if (opensMaximized())
        setWindowState(windowState() | Qt::WindowMaximized);
    m_bannerBar->setVisible(m_controller->snapshot()->divergence.has_value());
    m_controls->setPace(settings.value(kPaceKey, 0.0).toDouble());
    m_controller->setPace(m_controls->pace());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kFrameKey, frameGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

void MainWindow::refreshZoomActions()
{
    m_zoomInAction->setEnabled(m_zoom->canZoomIn());
    m_zoomOutAction->setEnabled(m_zoom->canZoomOut());
    m_zoomResetAction->setEnabled(m_zoom->zoom() != 1.0);
    //: %1 is a percentage such as 125
    m_zoomResetAction->setText(tr("&Actual Size (now %1%)").arg(qRound(m_zoom->zoom() * 100)));
}

bool MainWindow::presentationMode() const { return m_zoom->presentation(); }

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_zoom->presentation())
        return;
    if (on) {
        // Keep the model (the central canvas), the learning curves and the views now on
        // screen on the right; the building and settings panels give them their room.
        m_layoutBeforePresentation = saveState(kLayoutVersion);
        for (QDockWidget* d : findChildren<QDockWidget*>()) {
            const bool onScreen = d->isVisible() && !d->visibleRegion().isEmpty();
            const bool essential = d->objectName() == QLatin1String("lossDock") ||
                                   (onScreen && dockWidgetArea(d) == Qt::RightDockWidgetArea);
            if (!essential)
                d->hide();
        }
    }
    m_zoom->setPresentation(on);
    if (!on) {
        // the panels' minimum sizes at the normal font first, then the sizes they had
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        restoreState(m_layoutBeforePresentation, kLayoutVersion);
        // (the docks shown again settle their new fonts' sizes in the next event loop pass,
        // squeezing their neighbours: restore the sizes once more after that)
        QTimer::singleShot(0, this, [this] { restoreState(m_layoutBeforePresentation, kLayoutVersion); });
        m_bannerBar->setVisible(m_controller->snapshot()->divergence.has_value());
    }
    const QSignalBlocker block(m_presentationAction);
    m_presentationAction->setChecked(on);
    statusBar()->showMessage(on ? tr("Presentation mode: press F5 to bring every panel back.") : QString(), 8000);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, kLayoutVersion);
    for (QDockWidget* d : findChildren<QDockWidget*>())
        d->setVisible(!m_imageDocks.contains(d) || m_imageData);
    m_bannerBar->setVisible(m_controller->snapshot()->divergence.has_value());
}

// --- the document -----------------------------------------------------------------------

void MainWindow::onProjectReplaced()
{
    m_modelInput.clearLoaded();
    m_canvas->setSelectedLayer(-1);
}

void MainWindow::onProjectChanged()
{
    const Project& p = m_document->project();
    const auto facts = m_document->dataFacts();
    m_canvas->setOutputLocked(facts && hasManagedOutput(p.model));
    refreshModel();
    m_settings->setConfig(p.training, commonInitKind(p.model));
    m_data->setData(p.data, p.seed);
    refreshInspector();
    refreshProblems();
}

void MainWindow::refreshModel()
{
    const Project& p = m_document->project();
    const auto shape = m_modelInput.shape(p.data);
    m_canvas->setModel(p.model, shape, m_modelInput.description(p.data));
    m_summary->setModel(p.model, shape);
}

void MainWindow::refreshInspector()
{
    const ModelSpec& model = m_document->project().model;
    const int layer = m_canvas->selectedLayer();
    if (layer < 0 || layer >= int(model.layers.size())) {
        m_inspector->clearLayer();
        return;
    }
    const bool lockedOutput = m_canvas->outputLocked() && layer == int(model.layers.size()) - 1;
    m_inspector->setLayer(layer, model.layers[size_t(layer)], lockedOutput,
                          lockedOutput ? m_document->outputNote() : QString());
    m_deleteLayerAction->setEnabled(!lockedOutput);
}

void MainWindow::refreshProblems()
{
    const auto status = m_controller->status();
    const bool current = m_session->isCurrent(*status);
    // The session's verdict on the current model: a layer that does not fit the loss or the data.
    QString external;
    int externalLayer = -1;
    if (current && !status->ready && !status->building && status->hasProblem()) {
        external = messageText(status->problem);
        externalLayer = status->problemLayer;
    }
    m_canvas->setExternalProblem(externalLayer, externalLayer >= 0 ? external : QString());

    QString reason;
    if (!m_canvas->problemMessage().isEmpty())
        reason = tr("Cannot train: %1").arg(m_canvas->problemMessage());
    else if (!external.isEmpty())
        reason = tr("Cannot train: %1").arg(external);
    else if (status->building || (!current && !status->ready))
        reason = tr("Preparing the data…");
    m_controls->setBlockedReason(reason);
    m_playAction->setEnabled(true);  // Space toggles; TrainingControls refuses what it must
}

// --- training ---------------------------------------------------------------------------

// The canvas marks the layer where training diverged or, failing that, the first layer
// whose gradients left the healthy range (vanishing or exploding).
void MainWindow::refreshCanvasWarning()
{
    int layer = m_divergedLayer;
    QString tag = tr("diverged here");
    if (layer < 0 && !m_gradients->layersOutOfRange().isEmpty()) {
        layer = m_gradients->layersOutOfRange().front();
        tag = tr("gradients out of range");
    }
    if (layer == m_canvas->warningLayer() && tag == m_canvasWarningTag)
        return;
    m_canvasWarningTag = tag;
    m_canvas->setWarningLayer(layer, tag);
    if (layer >= 0)
        m_canvasScroll->ensureVisible(m_canvas->cardRect(layer).center().x(), m_canvas->cardRect(layer).center().y(), 0,
                                      m_canvas->cardRect(layer).height());
}

void MainWindow::onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    m_controls->setSnapshot(snapshot);
    m_banner->setDivergence(snapshot->divergence, m_document->project().training.optimizer.learningRate);
    if (snapshot->divergence.has_value() != m_bannerBar->isVisible()) {
        fitBannerHeight();
        m_bannerBar->setVisible(snapshot->divergence.has_value());
    }
    m_divergedLayer = snapshot->divergence ? snapshot->divergence->layer : -1;
    refreshCanvasWarning();
    if (snapshot->taskDescription != m_trainedTask) {
        m_trainedTask = snapshot->taskDescription;
        refreshTaskLabel();
    }
}

void MainWindow::refreshTaskLabel()
{
    // The run names its data in English; the same facts in the reader's language come from
    // the data the session prepared.
    QString task = QString::fromStdString(m_trainedTask);
    const auto status = m_controller->status();
    if (!m_trainedTask.empty() && status->data) {
        const Dataset& train = status->data->train;
        const QLocale locale;
        const QString name = QString::fromStdString(train.name);
        const QString trainCount = locale.toString(qlonglong(train.sampleCount()));
        const QString validationCount = locale.toString(qlonglong(status->data->validation.sampleCount()));
        task = train.isClassification()
                   //: the data set's name, then its numbers of training and validation samples and of classes
                   ? tr("%1: %2 training, %3 validation samples, %4 classes")
                         .arg(name, trainCount, validationCount, locale.toString(train.classCount))
                   //: the data set's name, then its numbers of training and validation samples
                   : tr("%1: %2 training, %3 validation samples, regression").arg(name, trainCount, validationCount);
    }
    m_taskLabel->setText(task, task.isEmpty() ? QString() : tr("The data being trained on: %1").arg(task));
}

void MainWindow::refreshStateTexts()
{
    m_canvasScroll->setToolTip(m_canvas->toolTip());
    // a passing message is in the language before; the lasting texts are made again
    statusBar()->clearMessage();
    onStatus(m_controller->status());  // the data report, the model's input, why training cannot start
    refreshInspector();
    refreshCanvasWarning();
    refreshTaskLabel();
}

void MainWindow::onStatus(const std::shared_ptr<const SessionStatus>& status)
{
    const bool current = m_session->isCurrent(*status);
    if (status->data) {
        m_modelInput.setLoaded(status->data->train);
        QStringList report;
        for (const Message& sentence : status->data->report)
            report.append(messageText(sentence));
        m_data->setReport(report.join(u'\n'), false);
        m_session->adoptDataFacts(*status);
    } else if (current && !status->building && status->hasProblem()) {
        m_data->setReport(messageText(status->problem), true);
    } else if (status->building) {
        m_data->setReport(tr("Preparing the data…"), false);
    }
    refreshModel();
    refreshProblems();
}

void MainWindow::onViewDataShown(bool inputPlane, bool images)
{
    // Without an input plane (images, tables) the network diagram has less to show than
    // the activations.
    if (QDockWidget* d = findChild<QDockWidget*>(inputPlane ? QStringLiteral("networkDock")
                                                            : QStringLiteral("activationDock")))
        d->raise();
    showImageViews(images);
}

void MainWindow::showImageViews(bool images)
{
    const bool changed = images != m_imageData;
    m_imageData = images;
    for (QDockWidget* d : m_imageDocks) {
        d->toggleViewAction()->setVisible(images);
        d->setVisible(images);
    }
    if (changed) {
        // Images have no input plane: the decision map gives its room to the image views
        // (View menu brings it back).
        if (QDockWidget* map = findChild<QDockWidget*>(QStringLiteral("decisionMapDock")))
            map->setVisible(!images);
        if (images)
            m_imageDocks.front()->raise();
    }
}

void MainWindow::lowerLearningRate()
{
    TrainConfig config = m_document->project().training;
    config.optimizer.learningRate /= 10.0f;
    m_document->setTraining(config, tr("learning rate"));
    if (!m_controller->snapshot()->weightsFinite)
        m_controller->reset();  // Inf/NaN weights cannot continue
}

void MainWindow::clipGradients()
{
    TrainConfig config = m_document->project().training;
    config.clipping.globalNorm = 1.0f;
    m_document->setTraining(config, tr("gradient clipping"));
    if (!m_controller->snapshot()->weightsFinite)
        m_controller->reset();
}

// --- questions -------------------------------------------------------------------------

QMessageBox::StandardButton MainWindow::ask(QMessageBox::Icon icon, const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons) const
{
    if (m_prompt)
        return m_prompt(icon, title, text, buttons);
    QMessageBox box(icon, title, text, buttons, const_cast<MainWindow*>(this));
    return QMessageBox::StandardButton(box.exec());
}

// --- window events ----------------------------------------------------------------------

void MainWindow::fitBannerHeight()
{
    // A toolbar sizes its widgets by their size hints, which for wrapped text assume a
    // narrow width: give the banner the height its text needs at the window's width.
    const int width = this->width() - 16;
    const QSize size(width, m_bannerHolder->heightForWidth(width));
    if (size != m_bannerHolder->size())
        m_bannerHolder->setFixedSize(size);
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    if (m_bannerBar->isVisible())
        fitBannerHeight();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_banner && event->type() == QEvent::LayoutRequest && m_bannerBar->isVisible())
        fitBannerHeight();
    return QMainWindow::eventFilter(watched, event);
}

bool MainWindow::event(QEvent* event)
{
    // The dock tab bars, made by QMainWindow as docks are tabified, show whole titles and
    // scroll when there are more than fit ("Gr…", "Ac…" cannot be read from the back row).
    if (event->type() == QEvent::ChildPolished)
        if (auto* tabs = qobject_cast<QTabBar*>(static_cast<QChildEvent*>(event)->child())) {
            tabs->setElideMode(Qt::ElideNone);
            tabs->setUsesScrollButtons(true);
        }
    const bool handled = QMainWindow::event(event);
    // The texts made from state once every widget inside has set its own texts (QWidget
    // passes the change on to the children in there): the canvas's problem, the inspector's
    // note, the data report...
    if (event->type() == QEvent::LanguageChange)
        refreshStateTexts();
    return handled;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    saveLayout();
    m_files->closeCleanly();
    event->accept();
}

}  // namespace layerlab
