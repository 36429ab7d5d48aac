#!/usr/bin/env bash
# One entry point for people and CI on Debian/Ubuntu:
#   ./dev.sh run    install the app in .venv (only when its inputs changed: offline and instant
#                   otherwise), load the demo negotiation, open the window
#   ./dev.sh test   install with the test tools, then ruff, mypy, import-linter and pytest
#   ./dev.sh i18n   refresh every translation source (.ts) from the code, list what is left to
#                   translate, check and compile them (docs/translations.md)
#   ./dev.sh build  the desktop release: a clean venv (build/venv-frozen, the project installed
#                   non-editable) runs PyInstaller on build.spec into dist/wsis-desk-<version>/
# Installs what a fresh machine lacks: the apt libraries Qt needs (offscreen and on screen)
# and a virtual environment with the project and its dependencies.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(python3 python3-venv python3-pip libegl1 libgl1 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  poppler-utils syncthing)  # syncthing: the real file-sync test (tests/cli/test_syncthing.py)

install_system() {
  command -v apt-get >/dev/null || return 0
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# PyInstaller reads binaries with objdump and strips them with strip (binutils).
BUILD_APT_PACKAGES=(binutils)
BUILD_VENV=build/venv-frozen
# Written when a build finishes, dated when it started: tests reuse a bundle newer than the sources.
BUILD_STAMP=build/frozen-build.stamp

install_build_tools() {
  command -v apt-get >/dev/null || return 0
  local missing=()
  for p in "${BUILD_APT_PACKAGES[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing build tools: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_release() {
  local started py inputs version bundle
  started=$(date +%s)
  rm -f "$BUILD_STAMP"
  # The venv holds only the app's dependencies and the build tools; it is made afresh whenever
  # they may have changed. The project itself is reinstalled (from a wheel) on every build.
  inputs=$(cat pyproject.toml packaging/build-requirements.txt | sha256sum | cut -d' ' -f1)
  rm -rf build/lib build/bdist.*  # setuptools' in-tree leftovers would put deleted files back
  if [ "$(cat "$BUILD_VENV/.inputs" 2>/dev/null)" != "$inputs" ]; then
    rm -rf "$BUILD_VENV"
    python3 -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install -q --upgrade pip
    "$BUILD_VENV/bin/python" -m pip install -q -r packaging/build-requirements.txt .
    echo "$inputs" > "$BUILD_VENV/.inputs"
  fi
  # Compile the translations (.qm, with the venv's pyside6-lrelease, from the source tree:
  # the current directory comes first on sys.path), then install: they ship as resources.
  "$BUILD_VENV/bin/python" -m wsis_desk.ui.i18n_tools release >/dev/null
  "$BUILD_VENV/bin/python" -m pip install -q --no-deps --force-reinstall .
  # Outside the source tree, so that `import wsis_desk` finds the installed copy.
  py="$(pwd)/$BUILD_VENV/bin/python"
  version=$(cd / && "$py" -c 'import wsis_desk; print(wsis_desk.__version__)')
  bundle="dist/wsis-desk-$version"
  "$BUILD_VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller build.spec
  "$bundle/wsis-desk" --version
  mkdir -p build && echo "$bundle" > "$BUILD_STAMP" && touch -d "@$started" "$BUILD_STAMP"
  echo "Built $bundle ($(du -sh "$bundle" | cut -f1)) in $(($(date +%s) - started)) s." \
    "Run it: $bundle/wsis-desk"
}

# What an install depends on: the project's metadata, this script's package lists and install
# steps, the extras asked for and the Python it runs on. When the hash of all that equals the
# stamp the last successful install wrote, the venv is current: no pip, no network, instant start.
INSTALL_STAMP=.venv/.wsis-desk-install

install_inputs() {
  local extras="$1"
  {
    cat pyproject.toml
    sed -n '/^APT_PACKAGES=/,/)/p; /^install_venv()/,/^}/p' dev.sh
    echo "extras=${extras}"
    .venv/bin/python -c 'import sys; print(sys.version)' 2>/dev/null || echo "no venv"
  } | sha256sum | cut -d' ' -f1
}

install_venv() {
  local extras="$1" inputs
  [ -x .venv/bin/python ] || python3 -m venv .venv
  inputs=$(install_inputs "$extras")
  # "[test]" includes everything "" needs: a test install also serves `./dev.sh run`.
  if [ "$(cat "$INSTALL_STAMP" 2>/dev/null)" = "$inputs" ] \
    || { [ -z "$extras" ] && [ "$(cat "$INSTALL_STAMP" 2>/dev/null)" = "$(install_inputs "[test]")" ]; }; then
    release_translations
    return 0
  fi
  rm -f "$INSTALL_STAMP"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
  .venv/bin/python -m wsis_desk.ui.i18n_tools release >/dev/null  # the .qm the app loads
  echo "$inputs" > "$INSTALL_STAMP"
}

# The .qm translations the app loads, compiled again only when a .ts source is newer than them.
release_translations() {
  local ts qm
  for ts in wsis_desk/resources/i18n/*.ts; do
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
      .venv/bin/python -m wsis_desk.ui.i18n_tools release >/dev/null
      return 0
    fi
  done
}

case "${1:-}" in
  run)
    install_system
    install_venv ""
    shift
    exec .venv/bin/wsis-desk gui --demo "$@"
    ;;
  test)
    install_system
    install_venv "[test]"
    export QT_QPA_PLATFORM=offscreen
    .venv/bin/ruff check wsis_desk tests benchmarks
    .venv/bin/ruff format --check wsis_desk tests benchmarks
    .venv/bin/mypy wsis_desk
    .venv/bin/lint-imports
    shift
    exec .venv/bin/python -m pytest "$@"
    ;;
  i18n)
    install_venv "[test]"
    .venv/bin/python -m wsis_desk.ui.i18n_tools update
    .venv/bin/python -m wsis_desk.ui.i18n_tools release >/dev/null
    exec .venv/bin/python -m wsis_desk.ui.i18n_tools check
    ;;
  build)
    install_system
    install_build_tools
    build_release
    ;;
  *)
    echo "usage: ./dev.sh run | test | i18n | build" >&2
    exit 2
    ;;
esac
