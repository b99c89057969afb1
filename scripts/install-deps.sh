#!/usr/bin/env bash
# Installs everything LayerLab needs to build, test, run and package on Debian 12, from
# Debian's own archive (nothing else is downloaded). Run as root.
#
# The list below is the single source of truth: `install-deps.sh --list` prints it, one
# package a line, and scripts/check-deps.sh (a test) fails when the build or the app uses a
# package that is neither on it nor pulled in by a hard dependency (Depends/Pre-Depends) of
# a package on it. Packages are installed with --no-install-recommends, so a package that
# is only *recommended* by one listed here must be listed itself (libqt6opengl6-dev:
# qt6-charts-dev only recommends it, yet Qt6Charts' CMake package needs it).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools qt6-qpa-plugins libqt6opengl6-dev libgl-dev
    libeigen3-dev libtbb-dev nlohmann-json3-dev zlib1g-dev
    dataset-fashion-mnist
    # fontconfig for fc-match, which the dependency check asks for the UI's fonts;
    # fonts-noto-cjk for the Chinese UI, qt6-translations-l10n for Qt's own words in it
    # (standard dialogs' buttons, context menus).
    fontconfig fonts-dejavu-core fonts-noto-cjk qt6-translations-l10n
    # Packaging: the desktop entry's and AppStream file's validators and the MIME database
    # (tests/packaging), and dpkg-shlibdeps and file, which cpack's DEB generator runs to
    # compute the package's dependencies.
    desktop-file-utils appstream shared-mime-info dpkg-dev file
)
if [ "${LAYERLAB_WITH_BENCH_DEPS:-0}" = 1 ]; then
    # PyTorch on the CPU, the reference the benchmarks compare against, and OpenBLAS: with
    # Debian's default reference BLAS PyTorch multiplies matrices ~50x slower than it can.
    packages+=(python3-torch python3-numpy libopenblas0-pthread)
fi

if [ "${1:-}" = --list ]; then
    printf '%s\n' "${packages[@]}"
    exit 0
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
