// Keeps the training session in step with the document: a new project is loaded (from its
// saved weights), a changed model, data or seed is rebuilt (keeping the weights of layers
// whose shape did not change), new hyper-parameters apply at the next step. Knows which
// document revision the session builds, so that what the session reports can be matched
// to the project it belongs to.
#pragma once

#include <QObject>

#include <cstdint>

#include "io/project.h"

namespace layerlab {

class Document;
class TrainingController;
struct SessionStatus;

class SessionSync : public QObject {
    Q_OBJECT
public:
    // Follows `document` from now on; connect to the document after this to see the
    // session already told of each change.
    SessionSync(Document* document, TrainingController* controller, QObject* parent = nullptr);

    // Whether `status` is about the model and data the document has now.
    bool isCurrent(const SessionStatus& status) const;
    // The project as it would be saved: the document plus the weights training reached,
    // when the session built this very model last.
    Project projectWithWeights() const;
    // Data from a file tells what the output layer must be only once loaded: hands the
    // document those facts when `status` has loaded the document's data.
    void adoptDataFacts(const SessionStatus& status);

private:
    void onProjectReplaced();
    void onProjectChanged();

    Document* m_document = nullptr;
    TrainingController* m_controller = nullptr;
    Project m_sent;                     // what the session was last given, to send only what changed
    std::uint64_t m_builtRevision = 0;  // the revision of the last model/data the session builds
};

}  // namespace layerlab
