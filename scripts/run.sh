#!/usr/bin/env bash
# Builds LayerLab and starts the desktop app with the default example (spiral) loaded.
# Extra arguments go to the app (e.g. a project file to open).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target layerlab layerlab-cli
exec ./build/app/layerlab "$@"
