// The machine's limit: square fp32 GEMM with Eigen, split by columns across oneTBB threads
// the way the engine splits a mini-batch into shards. FLOP count 2 n^3.
#include <Eigen/Core>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "workloads.h"

namespace layerlab::bench {

void runGemm(const Options& options)
{
    if (!options.wants("gemm"))
        return;
    const std::vector<int> sizes = options.smoke ? std::vector<int>{64} : std::vector<int>{512, 1024};
    for (int n : sizes) {
        const Eigen::MatrixXf a = Eigen::MatrixXf::Random(n, n);
        const Eigen::MatrixXf b = Eigen::MatrixXf::Random(n, n);
        Eigen::MatrixXf c(n, n);
        for (int threads : {1, 2}) {
            tbb::task_arena arena(threads);
            const Eigen::Index block = (n + threads - 1) / threads;
            const auto call = [&] {
                arena.execute([&] {
                    tbb::parallel_for(0, threads, [&](int t) {
                        const Eigen::Index begin = t * block;
                        const Eigen::Index count = std::min<Eigen::Index>(block, n - begin);
                        c.middleCols(begin, count).noalias() = a * b.middleCols(begin, count);
                    });
                });
            };
            const double gflop = 2.0 * double(n) * n * n * 1e-9;
            report(measure(options, "sgemm_" + std::to_string(n), threads, "GFLOP/s", Kind::Rate, gflop, call,
                           "Eigen C = A B, columns split across oneTBB threads"));
        }
    }
}

}  // namespace layerlab::bench
