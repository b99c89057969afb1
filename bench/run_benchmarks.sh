#!/usr/bin/env bash
# LayerLab against PyTorch, side by side, in one command from a clean clone:
#   bench/run_benchmarks.sh [layerlab_bench/pytorch_bench options, e.g. --reps 5 --only mlp,cnn]
# Builds the Release layerlab_bench if needed (in $LAYERLAB_BENCH_BUILD, default
# build-bench-release), then runs each workload family with LayerLab and then PyTorch, one
# family after the other (so both columns see the same machine state), and prints one table.
# PyTorch runs with its best settings on this machine: /usr/bin/python3, OPENBLAS_NUM_THREADS=1
# (its OpenMP threads and OpenBLAS's would fight), OPENBLAS_CORETYPE=SkylakeX (OpenBLAS 0.3.21
# does not know Zen 5 and falls back to AVX2 kernels), and OpenBLAS rather than the reference
# BLAS when OpenBLAS is installed (libopenblas0-pthread) but not the system's default.
# Results: $LAYERLAB_BENCH_BUILD/bench-results/{results.jsonl,table.md}.
# On a shared machine, LAYERLAB_BENCH_WAIT_IDLE=SECONDS waits (up to that long) before each
# family until the CPUs are at least 90% idle for 3 seconds, and measures how much CPU other
# processes took while the family ran; a family that others disturbed by more than 10% of
# the CPUs runs again (LAYERLAB_BENCH_ATTEMPTS times at most, default 3) and the least
# disturbed attempt is kept. The table's header says how disturbed each family was.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${LAYERLAB_BENCH_BUILD:-$root/build-bench-release}
results=$build/bench-results
families=(gemm mlp probes doctor neighbour tiny map cnn)
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
    if [[ ${args[i]} == --only && $((i + 1)) -lt ${#args[@]} ]]; then
        IFS=, read -r -a families <<< "${args[i + 1]}"
        unset 'args[i]' 'args[i+1]'
    fi
done
args=("${args[@]+"${args[@]}"}")

# --- set-up: the compilers and libraries, and PyTorch with OpenBLAS, from Debian ---------
LAYERLAB_WITH_BENCH_DEPS=1 bash "$root/scripts/install-deps.sh"

# --- build ------------------------------------------------------------------------------
if [[ ! -f $build/build.ninja ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLAYERLAB_BUILD_APP=OFF \
        -DLAYERLAB_BUILD_TESTS=OFF -DLAYERLAB_BUILD_BENCH=ON > /dev/null
fi
ninja -C "$build" -j"$(nproc)" layerlab_bench > /dev/null
bench=$build/bench/layerlab_bench

# --- PyTorch's settings -------------------------------------------------------------------
export OPENBLAS_NUM_THREADS=1 OPENBLAS_CORETYPE=SkylakeX
openblas_dir=${OPENBLAS_DIR:-/usr/lib/x86_64-linux-gnu/openblas-pthread}
torch_env=()
if [[ -f $openblas_dir/libblas.so.3 ]]; then
    torch_env=(env "LD_LIBRARY_PATH=$openblas_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}")
elif ! readlink -f /usr/lib/x86_64-linux-gnu/libblas.so.3 | grep -qi openblas; then
    echo "WARNING: OpenBLAS is not installed: PyTorch runs on the reference BLAS, several times slower" >&2
    echo "         than its best. Install libopenblas0-pthread (or set OPENBLAS_DIR) for a fair comparison." >&2
fi

# --- run, family by family ------------------------------------------------------------------
# Busy CPU time of the whole machine so far, in clock ticks, from /proc/stat.
busy_ticks() {
    local c
    read -r -a c < /proc/stat
    echo $((c[1] + c[2] + c[3] + c[6] + c[7] + c[8]))
}
# Percent of CPU time idle over the next 3 seconds.
idle_percent() {
    local a b
    read -r -a a < /proc/stat
    sleep 3
    read -r -a b < /proc/stat
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$((total + b[i] - a[i])); done
    echo $(((b[4] - a[4] + b[5] - a[5]) * 100 / (total > 0 ? total : 1)))
}
wait_idle=${LAYERLAB_BENCH_WAIT_IDLE:-0}
attempts=$((wait_idle > 0 ? ${LAYERLAB_BENCH_ATTEMPTS:-3} : 1))
ticks=$(getconf CLK_TCK)
cpus=$(nproc)

# Runs one family on both sides into $1; prints the percent of the machine's CPU time that
# other processes took meanwhile (busy time of the machine minus our own).
run_family() {
    local out=$1 family=$2 before after start ours
    : > "$out"
    before=$(busy_ticks)
    start=$(date +%s.%N)
    echo "== $family: LayerLab" >&2
    if ! /usr/bin/time -f "%U %S" -o "$out.time1" "$bench" --only "$family" "${args[@]+"${args[@]}"}" \
        | tee -a "$out" | { grep '^#' || true; } >&2; then
        echo "WARNING: layerlab_bench --only $family failed" >&2
    fi
    if [[ $family != probes && $family != doctor ]]; then  # PyTorch has no probes, no doctor
        echo "== $family: PyTorch" >&2
        if ! /usr/bin/time -f "%U %S" -o "$out.time2" "${torch_env[@]}" /usr/bin/python3 "$root/bench/pytorch_bench.py" \
            --only "$family" "${args[@]+"${args[@]}"}" | tee -a "$out" | { grep '^#' || true; } >&2; then
            echo "WARNING: pytorch_bench.py --only $family failed" >&2
        fi
    else
        echo "0 0" > "$out.time2"
    fi
    if [[ $family == mlp ]]; then
        # The MLP once more with Debian's defaults (OpenBLAS threads of its own beside
        # PyTorch's): where the issue's 4x target was set, against about 33 GFLOP/s.
        echo "== $family: PyTorch with Debian's default settings" >&2
        if ! /usr/bin/time -f "%U %S" -o "$out.time3" env -u OPENBLAS_NUM_THREADS -u OPENBLAS_CORETYPE \
            "${torch_env[@]}" /usr/bin/python3 "$root/bench/pytorch_bench.py" --only "$family" --label pytorch_default \
            "${args[@]+"${args[@]}"}" | tee -a "$out" | { grep '^#' || true; } >&2; then
            echo "WARNING: pytorch_bench.py --only $family (defaults) failed" >&2
        fi
        cat "$out.time3" >> "$out.time2"
    fi
    after=$(busy_ticks)
    ours=$(cat "$out.time1" "$out.time2" | awk '{s += $1 + $2} END {print s}')
    awk -v b="$before" -v a="$after" -v t="$ticks" -v o="$ours" -v s="$start" -v e="$(date +%s.%N)" -v n="$cpus" \
        'BEGIN {others = (a - b) / t - o; if (others < 0) others = 0; printf "%d\n", 100 * others / ((e - s) * n)}'
}

mkdir -p "$results"
raw=$results/results.jsonl
: > "$raw"
disturbance=""
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for family in "${families[@]}"; do
    best=""
    for ((attempt = 1; attempt <= attempts; attempt++)); do
        if ((wait_idle > 0)); then
            deadline=$((SECONDS + wait_idle))
            while (($(idle_percent) < 90 && SECONDS < deadline)); do :; done
        fi
        others=$(run_family "$results/$family.try" "$family")
        echo "== $family: other processes took ${others}% of the CPUs meanwhile" >&2
        if [[ -z $best || $others -lt $best ]]; then
            best=$others
            mv "$results/$family.try" "$results/$family.jsonl"
        fi
        ((best <= 10)) && break
    done
    rm -f "$results/$family".try*
    cat "$results/$family.jsonl" >> "$raw"
    disturbance+="${disturbance:+, }$family ${best}%"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(lscpu | sed -n 's/^Model name: *//p' | head -1)
idle_note=" CPU time other processes took while each family ran: $disturbance."
header="Machine: $cpu, $(nproc) CPUs. Load average (1, 5, 15 min) before: $load_before; after: $load_after.$idle_note
LayerLab: layerlab_bench (Release, -O3 -march=native, oneTBB, Eigen $(sed -n 's/^#define EIGEN_WORLD_VERSION //p;s/^#define EIGEN_MAJOR_VERSION //p;s/^#define EIGEN_MINOR_VERSION //p' /usr/include/eigen3/Eigen/src/Core/util/Macros.h | paste -sd.)). Run: bench/run_benchmarks.sh ${*:-}"
/usr/bin/python3 "$root/bench/make_table.py" "$raw" --header "$header" | tee "$results/table.md"
