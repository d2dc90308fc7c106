"""The app icon is rendered from its SVG into every size the desktops ask for."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImage

from tests.packaging.conftest import load


def test_pngs_and_a_multi_size_ico(tmp_path, qapp, plan):
    icons = load("make_icons")
    written = icons.make_icons(tmp_path)
    assert sorted(written) == [16, 24, 32, 48, 64, 128, 256, 512] == list(plan.ICON_SIZES)
    for size, path in written.items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size - size // 6).alpha() == 255  # the red tile
    data = (tmp_path / "vn.gov.nghean.danvan.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 6)
    sides = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sides == [16, 24, 32, 48, 64, 256]
    first_offset = struct.unpack_from("<I", data, 6 + 12)[0]
    assert data[first_offset : first_offset + 8] == b"\x89PNG\r\n\x1a\n"
