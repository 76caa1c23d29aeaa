"""The desktop entry and the AppStream metainfo in resources/ pass the freedesktop validators, and
say what the app does: an oss:// handler, the window's WM class, keywords in four languages."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ossshare import __version__
from ossshare.services.desktop_entry import APP_ID
from ossshare.ui import app as ui_app

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def need(tool: str, package: str) -> str:
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: scripts/bootstrap.sh installs {package}")
        pytest.skip(f"{tool} is not installed (Debian: {package})")
    return found


def test_desktop_file_validates() -> None:
    tool = need("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""  # not even a hint


def test_metainfo_validates() -> None:
    tool = need("appstreamcli", "appstream")
    done = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    # Errors and warnings fail; infos (a tag newer than the installed validator knows) may pass.
    assert "\nE: " not in "\n" + done.stdout and "\nW: " not in "\n" + done.stdout, done.stdout


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_oss_links_and_matches_the_window() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "ossshare %u"
    assert entry["MimeType"] == "x-scheme-handler/oss;"
    assert entry["Icon"] == APP_ID
    # X11 names the window's class after the application name; Wayland uses the desktop file name.
    assert entry["StartupWMClass"] == ui_app.APPLICATION
    for lang in ("", "[ja]", "[zh_CN]", "[zh_TW]"):
        keywords = entry[f"Keywords{lang}"]
        assert keywords.endswith(";") and len(keywords.split(";")) > 5
        assert entry[f"Comment{lang}"] and entry[f"GenericName{lang}"]


def test_window_announces_the_desktop_file_and_the_wm_class(qapp: object) -> None:
    app = ui_app.application()
    assert app.desktopFileName() == APP_ID
    assert app.applicationName() == desktop_entry()["StartupWMClass"]
    assert not app.windowIcon().isNull()
    assert sorted(app.windowIcon().availableSizes(), key=lambda s: s.width())[0].width() == 16


def test_metainfo_names_the_entry_binary_screenshots_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == "MIT"
    launchable = root.find("launchable")
    assert launchable is not None and launchable.text == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "ossshare"
    content_rating = root.find("content_rating")
    assert content_rating is not None and content_rating.get("type") == "oars-1.1"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert releases[0] == __version__
    # Every screenshot is one of ours in docs/screenshots, with its real size.
    images = root.findall("screenshots/screenshot/image")
    assert images
    for image in images:
        name = (image.text or "").rsplit("/docs/screenshots/", 1)[-1]
        shot = ROOT / "docs" / "screenshots" / name
        assert shot.is_file(), image.text
        width, height = int.from_bytes(shot.read_bytes()[16:20], "big"), int.from_bytes(shot.read_bytes()[20:24], "big")
        assert (image.get("width"), image.get("height")) == (str(width), str(height))
    summaries = {s.get(XML_LANG) for s in root.findall("summary")}
    assert summaries == {None, "ja", "zh_CN", "zh_TW"}
