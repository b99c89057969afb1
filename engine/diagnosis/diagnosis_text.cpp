#include "diagnosis/diagnosis_text.h"

namespace layerlab {

const char* messageTemplate(std::string_view) { return nullptr; }
std::string formatArg(const MessageArg& arg) { return arg.text; }
std::string renderMessage(const Message& message) { return message.key; }

}  // namespace layerlab
