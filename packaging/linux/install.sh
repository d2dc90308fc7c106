#!/bin/sh
# Danvan Desktop: add (or, with --remove, take away) the menu entry and icons of this
# unpacked bundle for the current user. The bundle itself stays where it was unpacked.
set -eu
APP_ID=vn.gov.nghean.danvan
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "Đã gỡ lối tắt của Danvan Desktop (thư mục $HERE vẫn còn, có thể xóa)."
    exit 0
fi

mkdir -p "$DATA/applications" "$DATA/metainfo"
# The menu entry runs this bundle's executable by its full path.
sed -e "s|^Exec=danvan-desktop|Exec=\"$HERE/danvan-desktop\"|" \
    -e "s|^TryExec=danvan-desktop|TryExec=$HERE/danvan-desktop|" \
    "$HERE/share/applications/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
    mkdir -p "$DATA/$(dirname "$icon")"
    cp "$HERE/share/$icon" "$DATA/$icon"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "Đã thêm Danvan Desktop vào trình đơn ứng dụng."
