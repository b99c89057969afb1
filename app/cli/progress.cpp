#include "progress.h"

#include <QCoreApplication>

#include <cmath>

#include <unistd.h>

namespace layerlab::cli {

namespace {
constexpr int kBarWidth = 30;
constexpr auto kRedrawInterval = std::chrono::milliseconds(100);
}  // namespace

std::string formatDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return "?";
    const long s = std::lround(seconds);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
    return text;
}

ProgressReporter::ProgressReporter(std::FILE* out, int epochs, std::int64_t stepsPerEpoch)
    : m_out(out),
      m_terminal(::isatty(::fileno(out)) == 1),
      m_epochs(epochs),
      m_stepsPerEpoch(stepsPerEpoch),
      m_start(std::chrono::steady_clock::now()),
      m_lastDraw(m_start - kRedrawInterval)
{
}

void ProgressReporter::update(int epoch, std::int64_t stepInEpoch, double loss, double samplesPerSecond)
{
    if (!m_terminal)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - m_lastDraw < kRedrawInterval)
        return;
    m_lastDraw = now;
    const double done = (double(epoch) + double(stepInEpoch) / double(m_stepsPerEpoch)) / double(m_epochs);
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const double eta = done > 0 ? elapsed * (1 - done) / done : NAN;
    const int filled = int(kBarWidth * double(stepInEpoch) / double(m_stepsPerEpoch));
    std::string bar(size_t(filled), '=');
    bar.resize(kBarWidth, ' ');
    //: the progress bar: %1 the epoch, %2 the epochs in all, %3 the bar, %4 the step in the epoch, %5 the
    //: steps in an epoch, %6 the loss, %7 the samples trained per second, %8 the time left (1:05)
    const QString line = QCoreApplication::translate("Cli", "Epoch %1/%2 [%3] %4/%5  loss %6  %7 samples/s  ETA %8")
                             .arg(QString::number(epoch + 1), QString::number(m_epochs), QString::fromStdString(bar),
                                  QString::number(stepInEpoch), QString::number(m_stepsPerEpoch),
                                  QString::number(loss, 'f', 4), QString::number(samplesPerSecond, 'f', 0),
                                  QString::fromStdString(formatDuration(eta)));
    std::fprintf(m_out, "\r\033[K%s", line.toStdString().c_str());
    std::fflush(m_out);
    m_barShown = true;
}

void ProgressReporter::epochLine(const std::string& line)
{
    if (m_barShown)
        std::fputs("\r\033[K", m_out);
    m_barShown = false;
    std::fputs(line.c_str(), m_out);
    std::fputc('\n', m_out);
    std::fflush(m_out);
}

}  // namespace layerlab::cli
