// layerlab_bench: the engine's speed on the workloads of docs/performance.md.
//   layerlab_bench [--smoke] [--only gemm,mlp,probes,doctor,cnn,tiny,map,neighbour] [--reps N]
//                  [--seconds S] [--warmup S] [--shard N] [--cpu-time]
// --shard N sets TrainConfig::shardSize for the mlp, probes and cnn rows (default: the
// engine's default); --cpu-time times by process CPU time, to profile on a loaded machine.
// Prints a line per result for people ("# ...") and one JSON object per result for
// bench/run_benchmarks.sh. --smoke runs tiny sizes once and checks every result is a
// positive number (the ctest "bench" smoke test); it never judges a time.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <sstream>

#include "workloads.h"

namespace {

using layerlab::bench::Options;

void usage()
{
    std::fprintf(stderr,
                 "usage: layerlab_bench [--smoke] [--only gemm,mlp,probes,doctor,cnn,tiny,map,neighbour] [--reps N] [--seconds S] "
                 "[--warmup S] [--shard N] [--cpu-time]\n");
}

bool parse(int argc, char** argv, Options& o)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(a, "--smoke"))
            o.smoke = true;
        else if (!std::strcmp(a, "--only") && hasValue) {
            std::stringstream list(argv[++i]);
            for (std::string name; std::getline(list, name, ',');)
                o.only.push_back(name);
        } else if (!std::strcmp(a, "--reps") && hasValue)
            o.repetitions = std::atoi(argv[++i]);
        else if (!std::strcmp(a, "--seconds") && hasValue)
            o.repetitionSeconds = std::atof(argv[++i]);
        else if (!std::strcmp(a, "--warmup") && hasValue)
            o.warmup = std::atof(argv[++i]);
        else if (!std::strcmp(a, "--cpu-time"))
            o.cpuTime = true;
        else if (!std::strcmp(a, "--shard") && hasValue)
            o.shardSize = std::atoi(argv[++i]);
        else
            return false;
    }
    return o.repetitions > 0;
}

}  // namespace

int main(int argc, char** argv)
{
    Options options;
    if (!parse(argc, argv, options)) {
        usage();
        return 2;
    }
    try {
        namespace b = layerlab::bench;
        b::warmUpProcess(options, 2);
        b::runGemm(options);
        b::runMlp(options);
        b::runProbes(options);
        b::runDoctor(options);
        b::runTiny(options);
        b::runDecisionMap(options);
        b::runCnn(options);
        b::runNeighbour(options);
        if (b::invalidResults() > 0) {
            std::fprintf(stderr, "layerlab_bench: %d result(s) were not a positive number\n", b::invalidResults());
            return 1;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "layerlab_bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
