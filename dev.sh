#!/usr/bin/env bash
# One entry point for people and CI on Debian/Ubuntu:
#   ./dev.sh run    install the app in .venv, load the demo negotiation, open the window
#   ./dev.sh test   install with the test tools, then ruff, mypy, import-linter and pytest
# Installs what a fresh machine lacks: the apt libraries Qt needs (offscreen and on screen)
# and a virtual environment with the project and its dependencies.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(python3 python3-venv python3-pip libegl1 libgl1 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
  poppler-utils)

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

install_venv() {
  local extras="$1"
  [ -x .venv/bin/python ] || python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".${extras}"
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
  *)
    echo "usage: ./dev.sh run | test" >&2
    exit 2
    ;;
esac
