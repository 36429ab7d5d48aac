#!/usr/bin/env bash
# Add WSIS Desk to the applications menu of the current user (no root needed): the .desktop
# entry in ~/.local/share/applications and the icons in ~/.local/share/icons/hicolor.
#   ./install-desktop-entry.sh [--uninstall] [path/to/wsis-desk]
# Run from the release folder (dist/wsis-desk-<version>/, which ships this script) it points the
# entry at that folder's wsis-desk; from packaging/linux/ in a checkout, at the installed
# `wsis-desk` command or .venv/bin/wsis-desk. XDG_DATA_HOME is honoured.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor"
sizes=(16 32 48 64 128 256)

# Menus watch these folders; only refresh caches that already exist (a new, never-refreshed
# user icon cache would hide icons other programs install later).
refresh_caches() {
  if [ -f "$apps/mimeinfo.cache" ] && command -v update-desktop-database >/dev/null; then
    update-desktop-database -q "$apps" || true
  fi
  if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$icons" || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$apps/wsis-desk.desktop" "$icons/scalable/apps/wsis-desk.svg"
  for size in "${sizes[@]}"; do rm -f "$icons/${size}x${size}/apps/wsis-desk.png"; done
  refresh_caches
  echo "Removed the WSIS Desk menu entry and icons from $data"
  exit 0
fi

if [ -n "${1:-}" ]; then
  exe="$1"
elif [ -x "$here/wsis-desk" ]; then
  exe="$here/wsis-desk"
else
  exe="$(command -v wsis-desk || echo "$here/../../.venv/bin/wsis-desk")"
fi
[ -x "$exe" ] || { echo "install-desktop-entry: no wsis-desk program at $exe" >&2; exit 1; }
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
case "$exe" in
  *[\"\`\$\\]*) echo "install-desktop-entry: cannot write a menu entry for $exe" >&2; exit 1 ;;
esac

# The icons: inside the release folder, or in the source tree beside this script.
src=""
for dir in "$(dirname "$exe")/_internal/wsis_desk/resources/icons" "$here/../../wsis_desk/resources/icons"; do
  if [ -f "$dir/wsis-desk-256.png" ]; then src="$dir"; break; fi
done
[ -n "$src" ] || { echo "install-desktop-entry: the wsis-desk icons were not found" >&2; exit 1; }

# Exec: the absolute program path, quoted (the desktop entry spec allows spaces inside quotes).
mkdir -p "$apps"
while IFS= read -r line; do
  case "$line" in
    Exec=wsis-desk*) printf 'Exec="%s"%s\n' "$exe" "${line#Exec=wsis-desk}" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/wsis-desk.desktop" > "$apps/wsis-desk.desktop.tmp"
mv "$apps/wsis-desk.desktop.tmp" "$apps/wsis-desk.desktop"
for size in "${sizes[@]}"; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$src/wsis-desk-$size.png" "$icons/${size}x${size}/apps/wsis-desk.png"
done
mkdir -p "$icons/scalable/apps"
cp "$src/wsis-desk.svg" "$icons/scalable/apps/wsis-desk.svg"
refresh_caches
echo "Installed $apps/wsis-desk.desktop (runs $exe)"
