"""At fractional display scaling (125%, 150%: common on Windows laptops) the QR code is still
drawn with every module a whole number of device pixels, all modules the same width.

Qt reads the scale factor once, at start-up, so the drawing runs in a child process with
QT_SCALE_FACTOR set and reports what it saw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]

_CHILD = r"""
import json, sys
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from ossshare.services.qr import QUIET_ZONE, make_qr
from ossshare.ui.share.qr_widget import QrWidget
from tests.test_share_support import decode_qimage

app = QApplication([])
url = "https://examplebucket.oss-cn-hangzhou.aliyuncs.com/a.txt?x-oss-signature=" + "0123456789abcdef" * 4
code = make_qr(url)
widget = QrWidget()
widget.set_code(code)
widget.resize(int(sys.argv[1]), int(sys.argv[1]))
image = widget.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
scale = widget.scale()
# Module boundaries along the timing pattern (row 6 of the matrix, between the finder
# patterns): alternating dark and light modules.
left = (image.width() - code.size_with_quiet_zone * scale) // 2 + QUIET_ZONE * scale
y = (image.height() - code.size_with_quiet_zone * scale) // 2 + (QUIET_ZONE + 6) * scale + scale // 2
row = [image.pixelColor(x, y).lightness() < 128 for x in range(left + 8 * scale, left + (code.size - 8) * scale)]
runs, count = [], 1
for a, b in zip(row, row[1:]):
    if a == b:
        count += 1
    else:
        runs.append(count)
        count = 1
runs.append(count)
print(json.dumps({"ratio": widget.devicePixelRatioF(), "scale": scale, "runs": sorted(set(runs)),
                  "decoded": decode_qimage(image) == [url]}))
"""


@pytest.mark.parametrize("factor", ["1.1", "1.25", "1.5"])
def test_modules_are_whole_device_pixels_at_fractional_scaling(factor: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, "301"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["ratio"] == pytest.approx(float(factor))
    # The timing pattern alternates one dark, one light module: every run is exactly one module.
    assert seen["runs"] == [seen["scale"]], seen
    assert seen["decoded"]
