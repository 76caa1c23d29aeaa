"""Render the icon's PNG sizes from resources/<app id>.svg and refresh the package's copy.

    python packaging/render_resources.py [--check]

resources/ is the source of the desktop files: the SVG drawing, the .desktop entry and the
AppStream metainfo. The installed package needs them at run time (the window icon, `ossshare
desktop install`) however it was installed, so ossshare/resources/ holds a copy of them plus the
rendered PNGs; this script writes both and tests/test_packaging_resources.py keeps them equal.
With --check it changes nothing and exits 1 when a file is out of date.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ossshare.services.desktop_entry import APP_ID, ICON_SIZES  # noqa: E402

SOURCE = ROOT / "resources"
PACKAGE_COPY = ROOT / "ossshare" / "resources"
COPIED = (f"{APP_ID}.svg", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml")


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_resources: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def wanted() -> dict[Path, bytes]:
    """Every generated file and the bytes it should hold."""
    files: dict[Path, bytes] = {}
    svg = SOURCE / f"{APP_ID}.svg"
    for size in ICON_SIZES:
        png = render_png(svg, size)
        files[SOURCE / "icons" / f"{size}.png"] = png
        files[PACKAGE_COPY / "icons" / f"{size}.png"] = png
    for name in COPIED:
        files[PACKAGE_COPY / name] = (SOURCE / name).read_bytes()
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QSvgRenderer need one
    files = wanted()
    stale = [path for path, data in files.items() if not path.exists() or path.read_bytes() != data]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(files[path])
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
