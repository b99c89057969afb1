// Training progress on the terminal: a redrawn bar with ETA on a terminal, plain lines
// (one per epoch) when the output is a file or a pipe.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>

namespace layerlab::cli {

class ProgressReporter {
public:
    ProgressReporter(std::FILE* out, int epochs, std::int64_t stepsPerEpoch);

    // During an epoch: redraws the bar (at most ~10 times a second) on a terminal.
    void update(int epoch, std::int64_t stepInEpoch, double loss, double samplesPerSecond);
    // At the end of an epoch: one line with its metrics.
    void epochLine(const std::string& line);

private:
    std::FILE* m_out;
    bool m_terminal;
    int m_epochs;
    std::int64_t m_stepsPerEpoch;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw;
    bool m_barShown = false;
};

std::string formatDuration(double seconds);  // "1:05", "2:03:04"

}  // namespace layerlab::cli
