#!/usr/bin/env bash
# Install the menu entry and icons for the current user (no root needed):
#   packaging/linux/install-desktop-entry.sh [path/to/wsis-desk]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../../wsis_desk/resources/icons"
exe="${1:-$(command -v wsis-desk || echo "$here/../../.venv/bin/wsis-desk")}"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed "s|^Exec=wsis-desk|Exec=$exe|" "$here/wsis-desk.desktop" > "$apps/wsis-desk.desktop"
for size in 16 32 48 64 128 256; do
  dir="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "$icons/wsis-desk-$size.png" "$dir/wsis-desk.png"
done
echo "Installed $apps/wsis-desk.desktop (runs $exe)"
