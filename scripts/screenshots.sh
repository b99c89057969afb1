#!/usr/bin/env bash
# Renders the main window on a 1280x720 projector screen in each state the classroom test
# checks (start, training, finished, diverged, ten layers, the CNN, presentation mode,
# zoomed) into docs/screenshots/classroom/, headless. Needs a build (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots/classroom
mkdir -p "$out"
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_SCREENSHOT_DIR="$out" ./build/tests/app/test_classroom_screens "$@"
# The Doctor on the deep-sigmoid case, its finding selected; and the panel alone, at a roomy size.
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_PANEL=docs/screenshots/doctor-panel.png ./build/tests/app/render_doctor docs/screenshots/doctor-deep-sigmoid.png
