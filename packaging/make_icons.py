"""Render the app icon's SVG into the PNG sizes (hicolor, Inno Setup) and a multi-size .ico.

    python packaging/make_icons.py OUT_DIR

Only the SVG is committed; everything here is a build output. Qt draws the
SVG (QtSvg ships with PySide6, so no new dependency), and the .ico is written
by hand: since Windows Vista an .ico entry may simply hold a PNG, so the file
is a 6-byte header, one 16-byte entry per size, then the PNGs.

At 32 px and below the letters turn to mush, so small sizes draw only the
red tile and a larger star (the SVG's `tile` and `star` elements).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "vn.gov.nghean.danvan.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 256)
SMALL = 32


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if size > SMALL:
        renderer.render(painter, QRectF(0, 0, size, size))
    else:
        scale = size / 512
        renderer.render(painter, "tile", QRectF(16 * scale, 16 * scale, 480 * scale, 480 * scale))
        width = size * 0.66
        height = width * 0.95  # the star's own proportions
        renderer.render(
            painter, "star", QRectF((size - width) / 2, (size - height) / 2, width, height)
        )
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding each PNG as it is (sizes up to 256; 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def make_icons(out: Path, app_id: str = "vn.gov.nghean.danvan") -> dict[int, Path]:
    """Write `<app_id>-<size>.png` for every size and `<app_id>.ico`; returns the PNGs."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    out.mkdir(parents=True, exist_ok=True)
    pngs = {size: render_png(size) for size in SIZES}
    written = {}
    for size, png in pngs.items():
        path = out / f"{app_id}-{size}.png"
        path.write_bytes(png)
        written[size] = path
    (out / f"{app_id}.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for size, path in make_icons(Path(sys.argv[1])).items():
        print(size, path)
