#!/usr/bin/env bash
# Renders the main window on a 1280x720 projector screen in each state the classroom test
# checks (start, training, finished, diverged, ten layers, the CNN, presentation mode,
# zoomed) into docs/screenshots/classroom/, headless, and the same in Chinese into
# docs/screenshots/zh_CN/. Needs a build (scripts/test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots/classroom
mkdir -p "$out"
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_SCREENSHOT_DIR="$out" ./build/tests/app/test_classroom_screens "$@"
# The Doctor on the deep-sigmoid case, its finding selected; and the panel alone, at a roomy size.
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_PANEL=docs/screenshots/doctor-panel.png ./build/tests/app/render_doctor docs/screenshots/doctor-deep-sigmoid.png
# The same in Simplified Chinese (docs/screenshots/zh_CN/): the classroom states, the main
# window mid-training, the CNN's image views and the dialogs.
zh=docs/screenshots/zh_CN
mkdir -p "$zh/classroom"
export LAYERLAB_LANGUAGE=zh_CN
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_SCREENSHOT_DIR="$zh/classroom" ./build/tests/app/test_classroom_screens "$@"
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    ./build/tests/app/render_main_window "$zh/main-window.png" spiral 40 1280 720
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    ./build/tests/widgets/render_cnn_views "$zh"
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    ./build/tests/i18n/render_dialogs "$zh"
QT_QPA_PLATFORM="offscreen:configfile=$PWD/tests/screens/1280x720.json" \
    LAYERLAB_PANEL="$zh/doctor-panel.png" ./build/tests/app/render_doctor "$zh/doctor-deep-sigmoid.png"
