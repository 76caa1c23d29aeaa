"""resources/ and the package's copy of it agree, the PNGs are the sizes they claim, and the
project metadata is what PyPI and the packaging tools read (SPDX licence, classifiers)."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from ossshare.services.desktop_entry import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PACKAGE_COPY = ROOT / "ossshare" / "resources"


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", path
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_package_copy_equals_resources() -> None:
    ours = {p.relative_to(PACKAGE_COPY) for p in PACKAGE_COPY.rglob("*") if p.is_file() and p.suffix != ".pyc"}
    expected = {Path(f"{APP_ID}.svg"), Path(f"{APP_ID}.desktop"), Path(f"{APP_ID}.metainfo.xml")}
    expected |= {Path("icons") / f"{size}.png" for size in ICON_SIZES}
    assert ours == expected
    for relative in ours:
        assert (PACKAGE_COPY / relative).read_bytes() == (RESOURCES / relative).read_bytes(), (
            f"{relative} differs: run python packaging/render_resources.py"
        )


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_is_the_size_its_name_says(size: int) -> None:
    assert png_size(RESOURCES / "icons" / f"{size}.png") == (size, size)


def test_pngs_are_rendered_from_the_current_svg() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_resources.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_pyproject_metadata() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    license_text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert license_text.startswith("MIT License\n\nCopyright (c) 2026 ossshare developers\n")
    classifiers = set(project["classifiers"])
    assert "Environment :: X11 Applications :: Qt" in classifiers
    assert {"Programming Language :: Python :: 3.11", "Intended Audience :: End Users/Desktop"} <= classifiers
    assert not any(c.startswith("License ::") for c in classifiers)  # PEP 639: the SPDX string says it
    assert any(c.startswith("Topic ::") for c in classifiers)
    assert any(c.startswith("Operating System ::") for c in classifiers)
    assert "oss" in project["keywords"]

