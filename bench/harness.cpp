#include "harness.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <Eigen/Core>

namespace layerlab::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + 1e-9 * double(t.tv_nsec);
}

std::string jsonEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

int g_invalid = 0;

}  // namespace

bool Options::wants(const std::string& family) const
{
    return only.empty() || std::find(only.begin(), only.end(), family) != only.end();
}

Result measure(const Options& options, std::string workload, int threads, std::string unit, Kind kind,
               double work, const std::function<void()>& call, std::string note)
{
    const bool smoke = options.smoke;
    // Warm-up: caches, allocations that settle after the first steps, the clock.
    const auto warmStart = Clock::now();
    int warmCalls = 0;
    do {
        call();
        ++warmCalls;
    } while (!smoke && secondsSince(warmStart) < options.warmup);
    // Calls per repetition, from the warm-up's pace (at least one).
    const double perCall = secondsSince(warmStart) / warmCalls;
    const int calls = smoke ? 1 : std::max(1, int(std::ceil(options.repetitionSeconds / std::max(perCall, 1e-9))));

    std::vector<double> values;
    const int repetitions = smoke ? 1 : std::max(1, options.repetitions);
    for (int r = 0; r < repetitions; ++r) {
        const auto start = Clock::now();
        const double cpuStart = cpuSeconds();
        for (int c = 0; c < calls; ++c)
            call();
        const double seconds = options.cpuTime ? cpuSeconds() - cpuStart : secondsSince(start);
        values.push_back(kind == Kind::Rate ? work * calls / seconds : 1e3 * seconds / calls);
    }
    std::sort(values.begin(), values.end());
    Result r;
    r.workload = std::move(workload);
    r.threads = threads;
    r.unit = std::move(unit);
    r.kind = kind;
    r.min = values.front();
    r.max = values.back();
    const size_t n = values.size();
    r.median = n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    r.repetitions = int(n);
    r.note = std::move(note);
    return r;
}

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

}  // namespace

std::vector<Result> measureInterleaved(const Options& options, int threads, std::string unit, double work,
                                       const std::vector<Variant>& variants, std::vector<double>* pairedCosts)
{
    const bool smoke = options.smoke;
    // Warm every variant up, and find how many calls fill a repetition.
    std::vector<int> calls;
    for (const auto& v : variants) {
        const auto start = Clock::now();
        int n = 0;
        do {
            v.call();
            ++n;
        } while (!smoke && secondsSince(start) < options.warmup);
        const double perCall = secondsSince(start) / n;
        calls.push_back(smoke ? 1 : std::max(1, int(std::ceil(options.repetitionSeconds / std::max(perCall, 1e-9)))));
    }
    const int repetitions = smoke ? 1 : std::max(1, options.repetitions);
    std::vector<std::vector<double>> rates(variants.size());
    for (int r = 0; r < repetitions; ++r)
        for (size_t v = 0; v < variants.size(); ++v) {
            const auto start = Clock::now();
            const double cpuStart = cpuSeconds();
            for (int c = 0; c < calls[v]; ++c)
                variants[v].call();
            const double seconds = options.cpuTime ? cpuSeconds() - cpuStart : secondsSince(start);
            rates[v].push_back(work * calls[v] / seconds);
        }
    std::vector<Result> results;
    for (size_t v = 0; v < variants.size(); ++v) {
        Result res;
        res.workload = variants[v].workload;
        res.threads = threads;
        res.unit = unit;
        res.kind = Kind::Rate;
        res.min = *std::min_element(rates[v].begin(), rates[v].end());
        res.max = *std::max_element(rates[v].begin(), rates[v].end());
        res.median = median(rates[v]);
        res.repetitions = repetitions;
        res.note = variants[v].note;
        results.push_back(res);
        if (pairedCosts) {
            std::vector<double> costs;
            for (int r = 0; r < repetitions; ++r)
                costs.push_back(1.0 - rates[v][size_t(r)] / rates[0][size_t(r)]);
            pairedCosts->push_back(median(costs));
        }
    }
    return results;
}

void report(const Result& r)
{
    // a rate or a time must be positive; a derived percentage (a cost) only finite
    if (!std::isfinite(r.median) || (r.unit != "%" && !(r.min > 0)))
        ++g_invalid;
    std::printf("# %-28s %d thr  median %12.5g %-9s (min %.5g, max %.5g, %d reps)  %s\n", r.workload.c_str(),
                r.threads, r.median, r.unit.c_str(), r.min, r.max, r.repetitions, r.note.c_str());
    std::printf("{\"bench\":\"layerlab\",\"workload\":\"%s\",\"threads\":%d,\"unit\":\"%s\",\"better\":\"%s\","
                "\"min\":%.6g,\"median\":%.6g,\"max\":%.6g,\"reps\":%d,\"note\":\"%s\"}\n",
                jsonEscape(r.workload).c_str(), r.threads, jsonEscape(r.unit).c_str(),
                r.kind == Kind::Rate ? "higher" : "lower", r.min, r.median, r.max, r.repetitions,
                jsonEscape(r.note).c_str());
    std::fflush(stdout);
}

void reportSkipped(const std::string& workload, int threads, const std::string& reason)
{
    std::printf("# %-28s %d thr  skipped: %s\n", workload.c_str(), threads, reason.c_str());
    std::printf("{\"bench\":\"layerlab\",\"workload\":\"%s\",\"threads\":%d,\"skipped\":\"%s\"}\n",
                jsonEscape(workload).c_str(), threads, jsonEscape(reason).c_str());
    std::fflush(stdout);
}

int invalidResults() { return g_invalid; }

void warmUpProcess(const Options& options, int threads)
{
    if (options.smoke || options.processWarmup <= 0)
        return;
    const Eigen::MatrixXf a = Eigen::MatrixXf::Random(512, 512);
    tbb::task_arena arena(threads);
    const auto start = Clock::now();
    arena.execute([&] {
        tbb::parallel_for(0, threads, [&](int) {
            Eigen::MatrixXf c(512, 512);
            while (secondsSince(start) < options.processWarmup)
                c.noalias() = a * a;
        });
    });
}

}  // namespace layerlab::bench
