"""A wheel built from a clean clone carries what the app needs at run time (icon, desktop files,
translations), and the window started from that installed wheel, not from the source tree, has
its icon and its translations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ossshare.services.desktop_entry import APP_ID, ICON_SIZES

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("ja", "zh_CN", "zh_TW")

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    clone = work / "clone"
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True, timeout=120)
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(work / "dist"), str(clone)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = (work / "dist").glob("ossshare-*.whl")
    return built


def test_wheel_holds_icon_desktop_files_translations_and_license(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for size in ICON_SIZES:
        assert f"ossshare/resources/icons/{size}.png" in names
    for suffix in (".svg", ".desktop", ".metainfo.xml"):
        assert f"ossshare/resources/{APP_ID}{suffix}" in names
    for lang in LANGUAGES:
        assert f"ossshare/ui/translations/ossshare_{lang}.qm" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    assert "License-Expression: MIT" in text
    assert "Classifier: Environment :: X11 Applications :: Qt" in text


WINDOW_FROM_WHEEL = """
import json, sys
from pathlib import Path
import ossshare
from PySide6.QtCore import QElapsedTimer, QLocale
from PySide6.QtWidgets import QApplication, QDialog
from ossshare.ui import app as ui_app
from ossshare.ui.language import install_translators

qt_app = ui_app.application()
translators = install_translators(qt_app, QLocale("ja_JP"))
window = ui_app.create_window(demo=True)
timer = QElapsedTimer()
timer.start()
while timer.elapsed() < 1500:
    QApplication.processEvents()
dialog = QDialog(window)
report = {
    "package": ossshare.__file__,
    "app_icon": not qt_app.windowIcon().isNull(),
    "window_icon": not window.windowIcon().isNull(),
    "dialog_icon": not dialog.windowIcon().isNull(),
    "translators": [t.filePath() for t in translators],
}
window.shutdown()
print(json.dumps(report))
sys.stdout.flush()
"""


def test_window_from_the_installed_wheel_has_its_icon_and_translations(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
        timeout=120,
    )
    # PYTHONPATH puts the wheel's copy ahead of the development install; Qt and the other
    # dependencies come from this environment.
    env = dict(os.environ, PYTHONPATH=str(target), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_FROM_WHEEL], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert Path(report["package"]).is_relative_to(target)
    assert report["app_icon"] and report["window_icon"] and report["dialog_icon"]
    ours = [Path(p) for p in report["translators"] if Path(p).name.startswith("ossshare_")]
    assert [p.name for p in ours] == ["ossshare_ja.qm"]
    assert ours[0].is_relative_to(target)
