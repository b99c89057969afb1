#!/usr/bin/env bash
# Builds LayerLab's Debian package, build-package/layerlab_<version>_<arch>.deb; install it
# with `apt-get install ./build-package/layerlab_*.deb`. A build of its own: compiled for
# any CPU of the architecture (not -march=native, which the other builds use), without the
# tests and benchmarks. Its dependencies are computed by dpkg-shlibdeps.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DLAYERLAB_NATIVE=OFF \
    -DLAYERLAB_BUILD_TESTS=OFF -DLAYERLAB_BUILD_BENCH=OFF
cmake --build build-package --target package
ls build-package/layerlab_*.deb
