"""`ossshare desktop install|uninstall` into a temporary XDG data directory, run as a user would
(the console script in a subprocess), and the Exec quoting the desktop entry spec asks for."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ossshare.services import desktop_entry
from ossshare.services.desktop_entry import APP_ID, ICON_SIZES

SCRIPT = Path(sys.executable).with_name("ossshare")


def run(*args: str, data_home: Path, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, XDG_DATA_HOME=str(data_home))
    if path is not None:
        env["PATH"] = path
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60)


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


def desktop_keys(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def expected_files() -> set[str]:
    icons = {f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png" for n in ICON_SIZES}
    return icons | {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
    }


def test_install_writes_entry_icons_and_metainfo_then_uninstall_removes_them(tmp_path: Path) -> None:
    home = tmp_path / "share"
    # Someone else's files in the same folders stay untouched.
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "other.desktop").write_text("[Desktop Entry]\nType=Application\nName=x\nExec=x\n")
    (home / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (home / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"not ours")
    before = tree(home)

    done = run("desktop", "install", data_home=home)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    written = tree(home) - before - {"applications/mimeinfo.cache"}
    assert written == expected_files()
    assert f"wrote     {home / 'applications' / (APP_ID + '.desktop')}" in done.stdout

    entry = desktop_keys(home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f"{SCRIPT} %u"
    assert entry["TryExec"] == str(SCRIPT)
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == "x-scheme-handler/oss;"
    for size in ICON_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png.read_bytes() == desktop_entry.resource(f"icons/{size}.png").read_bytes()
    if shutil.which("update-desktop-database"):
        cache = (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert f"x-scheme-handler/oss={APP_ID}.desktop;" in cache
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(home / "applications" / f"{APP_ID}.desktop")], capture_output=True, text=True
        )
        assert check.returncode == 0, check.stdout + check.stderr

    again = run("desktop", "install", data_home=home)
    assert again.returncode == 0, again.stderr
    assert "wrote " not in again.stdout
    assert again.stdout.count("unchanged ") == len(expected_files())

    gone = run("desktop", "uninstall", data_home=home)
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.count("removed ") == len(expected_files())
    # The desktop database's own cache is refreshed, not removed: it indexes the other entries.
    assert tree(home) - {"applications/mimeinfo.cache"} == before
    assert not (home / "icons" / "hicolor" / "scalable").exists()
    assert not (home / "metainfo").exists()
    if shutil.which("update-desktop-database"):
        assert "x-scheme-handler/oss" not in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")

    nothing = run("desktop", "uninstall", data_home=home)
    assert nothing.returncode == 0
    assert "nothing to remove" in nothing.stdout


def test_install_repairs_a_changed_file(tmp_path: Path) -> None:
    home = tmp_path / "share"
    assert run("desktop", "install", data_home=home).returncode == 0
    icon = home / "icons" / "hicolor" / "16x16" / "apps" / f"{APP_ID}.png"
    icon.write_bytes(b"damaged")
    done = run("desktop", "install", data_home=home)
    assert done.stdout.count("wrote ") == 1
    assert f"wrote     {icon}" in done.stdout
    assert icon.read_bytes() == desktop_entry.resource("icons/16.png").read_bytes()


def test_without_an_action_it_says_what_to_choose(tmp_path: Path) -> None:
    done = run("desktop", data_home=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == "ossshare: error: desktop: choose an action: install or uninstall"


def test_unwritable_data_home_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    done = run("desktop", "install", data_home=blocker)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"ossshare: error: desktop: cannot write into {blocker}:")


def test_relative_xdg_data_home_is_ignored_as_the_spec_says(tmp_path: Path) -> None:
    assert desktop_entry.data_home({"XDG_DATA_HOME": "relative/share"}) == Path.home() / ".local" / "share"
    assert desktop_entry.data_home({"XDG_DATA_HOME": str(tmp_path)}) == tmp_path
    assert desktop_entry.data_home({}) == Path.home() / ".local" / "share"


def test_launcher_is_the_script_then_path_then_python_m(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    script = tmp_path / "bin" / "ossshare"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert desktop_entry.launcher_command(str(script), "/usr/bin/python3", frozen=False) == [str(script)]
    frozen = desktop_entry.launcher_command("whatever", str(tmp_path / "bundle" / "ossshare"), frozen=True)
    assert frozen == [str(tmp_path / "bundle" / "ossshare")]
    # Started as `python -m ossshare`: argv[0] is the module's file, so PATH decides ...
    monkeypatch.setenv("PATH", str(script.parent))
    assert desktop_entry.launcher_command("/src/ossshare/__main__.py", sys.executable, frozen=False) == [str(script)]
    # ... and with no ossshare on PATH, this interpreter runs the module.
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert desktop_entry.launcher_command("/src/ossshare/__main__.py", sys.executable, frozen=False) == [
        os.path.abspath(sys.executable),
        "-m",
        "ossshare",
    ]


@pytest.mark.parametrize(
    ("argument", "field"),
    [
        ("/usr/bin/ossshare", "/usr/bin/ossshare"),
        ("/home/a b/bin/ossshare", '"/home/a b/bin/ossshare"'),
        ('/opt/say "hi"/ossshare', '"/opt/say \\\\"hi\\\\"/ossshare"'),
        ("/opt/$HOME/ossshare", '"/opt/\\\\$HOME/ossshare"'),
        ("/opt/100%/ossshare", "/opt/100%%/ossshare"),
        ("C:\\Apps\\ossshare", '"C:\\\\\\\\Apps\\\\\\\\ossshare"'),
    ],
)
def test_exec_arguments_are_quoted_as_the_spec_says(argument: str, field: str) -> None:
    assert desktop_entry.exec_quote(argument) == field


def test_an_installed_entry_with_a_spaced_path_validates(tmp_path: Path) -> None:
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    home = tmp_path / "share"
    desktop_entry.install(home, [str(tmp_path / "my apps" / "ossshare"), "--demo"])
    entry = home / "applications" / f"{APP_ID}.desktop"
    assert desktop_keys(entry)["Exec"] == f'"{tmp_path}/my apps/ossshare" --demo %u'
    check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
