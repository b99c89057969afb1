#include "project_files.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QWidget>

#include "autosave.h"
#include "data/generators.h"
#include "document.h"
#include "io/examples.h"
#include "message_text.h"
#include "output_rule.h"
#include "recent_files.h"
#include "session_sync.h"
#include "training_controller.h"
#include "translated_texts.h"

namespace layerlab {

namespace {
constexpr int kMessageMs = 4000;
constexpr int kFailureMessageMs = 8000;
}  // namespace

ProjectFiles::ProjectFiles(Document* document, const TrainingController* controller, const SessionSync* session,
                           Prompt ask, QWidget* window)
    : QObject(window), m_document(document), m_controller(controller), m_session(session), m_ask(std::move(ask)),
      m_window(window)
{
    m_autosaver = new Autosaver([this] { return m_session->projectWithWeights(); },
                                [this] { return m_document->isModified(); }, [this] { return m_document->filePath(); },
                                this);
    connect(m_autosaver, &Autosaver::autosaved, this,
            [this] { Q_EMIT message(tr("Unsaved changes autosaved."), kMessageMs); });
    connect(m_autosaver, &Autosaver::failed, this,
            [this](const QString& text) { Q_EMIT message(text, kFailureMessageMs); });

    // A different project starts with nothing trained beyond its file.
    connect(m_document, &Document::projectReplaced, this, [this] { m_savedStep = 0; });
    // (the title follows the project's name too, which an example brings without a file)
    connect(m_document, &Document::projectChanged, this, &ProjectFiles::refreshTitle);
    connect(m_document, &Document::modifiedChanged, this, &ProjectFiles::refreshTitle);
    connect(m_document, &Document::filePathChanged, this, &ProjectFiles::refreshTitle);
    connect(m_controller, &TrainingController::snapshotChanged, this, &ProjectFiles::onSnapshot);

    createActions();
    refreshTitle();
}

Project ProjectFiles::newProject()
{
    Project p;
    p.name = tr("Untitled").toStdString();
    p.data.source = "spiral";
    p.model.layers = {LayerSpec::dense(4, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)};
    p.training.loss = LossKind::BinaryCrossEntropy;
    p.training.optimizer.learningRate = 0.03f;
    p.training.batchSize = 10;
    if (const auto facts = knownDataFacts(p.data))
        fitOutputLayer(p.model, p.training.loss, *facts);
    return p;
}

void ProjectFiles::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeSave())
            m_document->replace(newProject(), QString());
    });

    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &ProjectFiles::openDialog);

    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &ProjectFiles::save);

    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &ProjectFiles::saveAsDialog);

    m_recentMenu = new QMenu(m_window);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &ProjectFiles::rebuildRecentMenu);

    // (a QObject hears of no language change: the window it titles does)
    translatedTexts(m_window, [this] {
        m_newAction->setText(tr("&New"));
        m_newAction->setStatusTip(tr("Start a new project: spiral data and a small network."));
        m_openAction->setText(tr("&Open…"));
        m_openAction->setStatusTip(tr("Open a LayerLab project file."));
        m_saveAction->setText(tr("&Save"));
        m_saveAction->setStatusTip(tr("Save the model, the settings and the trained weights."));
        m_saveAsAction->setText(tr("Save &As…"));
        m_saveAsAction->setStatusTip(tr("Save the project under a new name."));
        m_recentMenu->setTitle(tr("Open &Recent"));
        rebuildRecentMenu();
        refreshTitle();
    });
}

QString ProjectFiles::fileFilter()
{
    return tr("LayerLab projects (*.layerlab);;All files (*)");
}

bool ProjectFiles::openFile(const QString& path)
{
    Project project;
    try {
        project = readProjectFile(path.toStdString());
    } catch (const std::exception& e) {
        RecentFiles::remove(path);
        m_ask(QMessageBox::Warning, tr("Cannot open the project"),
              //: %1 is a file name, %2 the reason
              tr("%1 cannot be opened: %2").arg(QFileInfo(path).fileName(), errorText(e)),
              QMessageBox::Ok);
        return false;
    }
    m_document->replace(project, QFileInfo(path).absoluteFilePath());
    RecentFiles::add(path);
    Q_EMIT message(tr("Opened %1").arg(QFileInfo(path).fileName()), kMessageMs);
    return true;
}

bool ProjectFiles::openExample(const QString& name)
{
    const auto project = findExample(name.toStdString());
    if (!project)
        return false;
    m_document->replace(*project, QString());
    return true;
}

bool ProjectFiles::saveTo(const QString& path)
{
    const Project project = m_session->projectWithWeights();
    const std::int64_t step = m_controller->snapshot()->step;
    try {
        writeProjectFile(path.toStdString(), project);
    } catch (const std::exception& e) {
        m_ask(QMessageBox::Warning, tr("Cannot save the project"),
              //: %1 is a file's path, %2 the reason
              tr("%1 cannot be written: %2").arg(path, errorText(e)), QMessageBox::Ok);
        return false;
    }
    m_savedStep = step;
    m_document->markSaved(QFileInfo(path).absoluteFilePath(), project.weights);
    RecentFiles::add(path);
    m_autosaver->discard();
    Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()), kMessageMs);
    return true;
}

bool ProjectFiles::save()
{
    if (m_document->filePath().isEmpty())
        return saveAsDialog();
    return saveTo(m_document->filePath());
}

bool ProjectFiles::saveAsDialog()
{
    QString path =
        QFileDialog::getSaveFileName(m_window, tr("Save the project"), m_document->displayName(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".layerlab");
    return saveTo(path);
}

void ProjectFiles::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open a project"), QString(), fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool ProjectFiles::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer =
        m_ask(QMessageBox::Warning, tr("Unsaved changes"),
              tr("“%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    // thrown away on purpose: a crash before the next edit must not offer it back
    m_autosaver->discard();
    return true;
}

bool ProjectFiles::offerRecovery()
{
    const auto recovery = Autosaver::pendingRecovery();
    if (!recovery)
        return false;
    const QString name = recovery->originalPath.isEmpty()
                             ? QCoreApplication::translate("Examples", recovery->project.name.c_str())
                                                          : QFileInfo(recovery->originalPath).fileName();
    const auto answer = m_ask(QMessageBox::Question, tr("Recover unsaved work?"),
                              tr("LayerLab closed without saving “%1”. Recover the changes autosaved at %2?")
                                  .arg(name, recovery->savedAt),
                              QMessageBox::Yes | QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        Autosaver::discardPending();
        return false;
    }
    m_document->replace(recovery->project, recovery->originalPath, true);
    return true;
}

void ProjectFiles::closeCleanly() { m_autosaver->discard(); }

void ProjectFiles::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setStatusTip(path);
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(no recent files)"))->setEnabled(false);
    else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [] { RecentFiles::clear(); });
    }
}

void ProjectFiles::refreshTitle()
{
    m_window->setWindowTitle(tr("%1[*] — LayerLab").arg(m_document->displayName()));
    m_window->setWindowModified(m_document->isModified());
}

void ProjectFiles::onSnapshot(const std::shared_ptr<const TrainingSnapshot>& snapshot)
{
    // Weights trained further than what was saved are work to keep.
    if (snapshot->step > 0 && snapshot->step != m_savedStep)
        m_document->markTrained();
}

}  // namespace layerlab
