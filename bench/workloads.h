// The benchmark workloads (numbers as in docs/performance.md). Each family reports one or
// more results; bench/pytorch_bench.py runs the same shapes, batches and optimizers.
#pragma once

#include "harness.h"

namespace layerlab::bench {

// Square fp32 GEMM, n = 512 and 1024, 1 and 2 threads split by columns with oneTBB (as the
// engine splits a batch): the machine's limit each row is judged against.  [gemm]
void runGemm(const Options& options);
// 1. MLP 784-256-128-10 ReLU, softmax cross-entropy, Adam, batch 128: training and
//    inference samples/s at 1 and 2 threads (7.).  [mlp]
void runMlp(const Options& options);
// 5. Workload 1 with probes every step, at the default interval, and off.  [probes]
void runProbes(const Options& options);
// 2. The textbook CNN on real Fashion-MNIST images, Adam, batch 128, 1 and 2 threads (7.).  [cnn]
void runCnn(const Options& options);
// 3. Playground-size 2-8-8-1 tanh, batch 10, SGD: steps/s.  [tiny]
void runTiny(const Options& options);
// 4. Every neuron of a 2-8-8-8-1 net on a 200x200 grid: ms per refresh.  [map]
void runDecisionMap(const Options& options);
// 8. The gradient doctor: the spiral example at batch 10 and workload 1, each with probes
//    off, probes at the default interval, and probes + RunObserver after every step +
//    diagnose() every 250 ms (as the session runs them), in turn.  [doctor]
void runDoctor(const Options& options);
// 6. without the app: workload 1 next to a thread that computes in bursts, as the UI thread
//    does (5% of one core): what such a thread costs training.  [neighbour]
void runNeighbour(const Options& options);

}  // namespace layerlab::bench
