#!/usr/bin/env bash
# Builds LayerLab and runs every test headless: the release build's full suite, the
# engine tests again under AddressSanitizer + UndefinedBehaviorSanitizer, and the training
# session's threading under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

# The engine under ASan+UBSan (no app: Qt's own libraries are not built with sanitizers).
# -O1: the sanitizers need no more, and it compiles Eigen's templates much faster than -O2.
sanitizer_flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1")
cmake -S . -B build-asan -G Ninja "${sanitizer_flags[@]}" -DLAYERLAB_SANITIZE=address \
    -DLAYERLAB_BUILD_APP=OFF -DLAYERLAB_BUILD_BENCH=OFF
cmake --build build-asan -j "$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -L engine

# The trainer's command channel and snapshot publishing (the Qt-free half of the training
# controller) under ThreadSanitizer.
cmake -S . -B build-tsan -G Ninja "${sanitizer_flags[@]}" -DLAYERLAB_SANITIZE=thread \
    -DLAYERLAB_BUILD_APP=OFF -DLAYERLAB_BUILD_BENCH=OFF
cmake --build build-tsan -j "$jobs" --target test_training_session
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R '^test_training_session$'
