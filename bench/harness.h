// A small timing harness: warm up, then N repetitions of a workload, each long enough to
// time reliably; report min/median/max, as a line for people and a JSON object per
// workload for scripts (bench/run_benchmarks.sh joins them with PyTorch's).
// bench/pytorch_bench.py follows the same scheme, so the two columns compare like for like.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace layerlab::bench {

struct Options {
    bool smoke = false;             // tiny sizes, one repetition, no warm-up: checks the harness runs
    double processWarmup = 1.0;     // seconds of 2-thread GEMM before anything is timed
    double warmup = 0.5;            // seconds of each workload before its repetitions
    double repetitionSeconds = 0.4; // each repetition runs the workload at least this long
    int repetitions = 7;
    std::vector<std::string> only;  // workload families to run (empty: all)
    // Time by the process's CPU time instead of the wall clock: for profiling single-thread
    // workloads on a loaded machine (others' processes then cost nothing). Not for reports.
    bool cpuTime = false;
    int shardSize = 0;              // TrainConfig::shardSize for mlp/cnn/probes (0: the default)

    bool wants(const std::string& family) const;
};

// Rate: work per second (higher is better). Time: milliseconds per call (lower is better).
enum class Kind { Rate, Time };

struct Result {
    std::string workload;   // "mlp_train", "cnn_train", ... (the join key, with threads)
    int threads = 0;
    std::string unit;       // "samples/s", "steps/s", "ms", "GFLOP/s"
    Kind kind = Kind::Rate;
    double min = 0;         // of the per-repetition values
    double median = 0;
    double max = 0;
    int repetitions = 0;
    std::string note;       // what was measured, in a few words
};

// Times `call`, which does `work` units (samples, steps, FLOP/1e9) each time it runs.
// Warm-up first (Options::warmup seconds), then Options::repetitions repetitions of as
// many calls as fill Options::repetitionSeconds.
Result measure(const Options& options, std::string workload, int threads, std::string unit, Kind kind,
               double work, const std::function<void()>& call, std::string note = {});

// Several workloads timed in turn within each repetition (A B C, A B C, ...), so that a
// change in the machine's load hits them alike: for comparing variants of one workload.
// pairedCosts[v] is the median over repetitions of 1 - rate(v) / rate(variant 0).
struct Variant {
    std::string workload;
    std::string note;
    std::function<void()> call;
};
std::vector<Result> measureInterleaved(const Options& options, int threads, std::string unit, double work,
                                       const std::vector<Variant>& variants, std::vector<double>* pairedCosts);

// Prints the result for people and as one JSON line (starting with '{') for scripts.
void report(const Result& r);
// A workload that could not run (no data, ...): a JSON line with "skipped" and the reason.
void reportSkipped(const std::string& workload, int threads, const std::string& reason);
// How many reported results were not a positive finite number (percentages: not finite);
// the smoke test's check.
int invalidResults();

// About a second of heavy AVX-512 work on every thread: the first second of such work in
// a process runs several times slower (clocks and power states settle), so nothing timed
// may fall into it.
void warmUpProcess(const Options& options, int threads);

}  // namespace layerlab::bench
