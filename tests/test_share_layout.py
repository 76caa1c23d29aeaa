"""The share dialog on small screens and at display scale 2: it fits the screen, no button is
cut, nothing lies over the QR code, and the code is drawn at a size a phone reads (and decodes).

Each case runs tests/share_layout_probe.py in its own process: the offscreen platform takes a
screen size from a config file and QT_SCALE_FACTOR the scale, both read when Qt starts.
1366x768 at scale 2 leaves 683x384 logical pixels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent


def _probe(tmp_path: Path, width: int, height: int, scale: int, *mode: str) -> dict[str, Any]:
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": str(scale)}
    done = subprocess.run(
        [sys.executable, "-m", "tests.share_layout_probe", *mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, 2), (1280, 720, 1)])
def test_share_dialog_fits_and_its_code_stays_readable(tmp_path: Path, width: int, height: int, scale: int) -> None:
    results = _probe(tmp_path, width, height, scale)
    for state, seen in results.items():
        assert seen["screen"] == [width // scale, height // scale], state
        assert seen["ratio"] == scale, state
        assert seen["fits"], (state, seen["dialog"])
        assert seen["cut"] == [], state
        assert seen["form_fits_width"], state
        assert seen["covering"] == [] and seen["qr_in_window"], state
        assert seen["qr_readable"] and seen["qr_side"] >= seen["qr_readable_side"], (state, seen)
        assert seen["decoded_is_link"], state


def test_a_code_too_big_for_the_small_screen_offers_the_full_screen_view(tmp_path: Path) -> None:
    """A long STS link (QR version 40) needs 185 logical pixels at scale 2, more than the column
    has at 683x384 beside its warnings: the code is then not drawn at all, and the full-screen
    view is offered; the dialog still fits, uncut and uncovered."""
    results = _probe(tmp_path, 1366, 768, 2, "sts")
    for state, seen in results.items():
        assert seen["qr_version"] == 40, state
        assert seen["fits"] and seen["cut"] == [] and seen["form_fits_width"], state
        assert seen["covering"] == [] and seen["qr_in_window"], state
        # Drawn only at a size a phone reads (then it decodes); else the full-screen view is offered.
        assert seen["qr_readable"] == (seen["qr_side"] >= seen["qr_readable_side"]), state
        assert seen["decoded_is_link"] if seen["qr_readable"] else seen["full_screen_offered"], (state, seen)
