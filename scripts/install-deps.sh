#!/usr/bin/env bash
# Installs everything LayerLab needs to build, test and run on Debian 12, from Debian's
# own archive (nothing else is downloaded). Run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libgl-dev
    libeigen3-dev libtbb-dev nlohmann-json3-dev zlib1g-dev
    dataset-fashion-mnist
    fonts-dejavu-core
)
if [ "${LAYERLAB_WITH_BENCH_DEPS:-0}" = 1 ]; then
    # PyTorch on the CPU, the reference the benchmarks compare against, and OpenBLAS: with
    # Debian's default reference BLAS PyTorch multiplies matrices ~50x slower than it can.
    packages+=(python3-torch python3-numpy libopenblas0-pthread)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi
