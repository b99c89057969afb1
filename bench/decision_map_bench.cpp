// Workload 4: the pictures of every neuron (engine/decision_map.h) for a 2-8-8-8-1 tanh net
// on a 200 x 200 grid, all layers kept: what one refresh of the network diagram costs.
#include <tbb/task_arena.h>

#include "analysis/decision_map.h"
#include "workloads.h"

namespace layerlab::bench {

void runDecisionMap(const Options& options)
{
    if (!options.wants("map"))
        return;
    ModelSpec spec;
    spec.layers = {LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(8, Activation::Tanh),
                   LayerSpec::dense(8, Activation::Tanh), LayerSpec::dense(1, Activation::Sigmoid)};
    Model model(spec, Shape::flat(2));
    model.initialize(3);
    const int side = options.smoke ? 20 : 200;
    const PlaneExtent extent{-6, 6, -6, 6};
    const int threads = 2;
    tbb::task_arena arena(threads);
    NeuronMaps maps;
    report(measure(options, "decision_map", threads, "ms", Kind::Time, 1.0,
                   [&] { arena.execute([&] { maps = computeNeuronMaps(model, {}, extent, side, side); }); },
                   "computeNeuronMaps, 2-8-8-8-1 tanh, " + std::to_string(side) + "x" + std::to_string(side) +
                       ", every layer kept"));
}

}  // namespace layerlab::bench
