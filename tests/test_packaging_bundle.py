"""The PyInstaller bundle: its spec and build script checked as files on every run, and (marked
`bundle`, opt-in with OSSSHARE_BUILD_BUNDLE=1 because the build takes about a minute) built
from a clean venv and run: --version, sign, ls against the sandbox, the window offscreen."""

from __future__ import annotations

import ast
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from ossshare import __version__
from ossshare.cli.main import main as cli_main
from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from tests.fixtures.sandbox import SANDBOX_BUCKET, SANDBOX_REGION

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ossshare.spec"
SCRIPT = ROOT / "packaging" / "build-bundle.sh"
BUNDLE = ROOT / "dist" / "ossshare" / "ossshare"


def test_spec_is_python_and_carries_the_platform_icons() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    strings = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    assert {"build/icons/ossshare.ico", "build/icons/ossshare.icns"} <= strings
    calls = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert {"Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"} <= calls
    # Subcommands are imported by name, so the spec must name every ossshare module.
    assert "collect_submodules" in calls and "collect_data_files" in calls


def test_spec_leaves_out_no_qt_module_the_app_imports() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    excluded = {
        f"PySide6.{node.value}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.startswith("Qt")
    }
    assert "PySide6.QtNetwork" in excluded
    imported = set()
    for source in (ROOT / "ossshare").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names if alias.name.startswith("PySide6.")}
    assert "PySide6.QtWidgets" in imported
    assert not imported & excluded, f"the spec excludes Qt modules the app imports: {sorted(imported & excluded)}"


def test_build_script_uses_a_clean_venv_and_makes_the_icons() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert os.access(SCRIPT, os.X_OK)
    assert subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True).returncode == 0
    assert 'rm -rf "$VENV"' in text and '-m venv "$VENV"' in text
    assert "pyinstaller" in text and "pillow" in text
    assert "ossshare.ico" in text and "ossshare.icns" in text
    assert "packaging/ossshare.spec" in text


def test_build_output_is_not_committed() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "build/" in ignored and "dist/" in ignored


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("OSSSHARE_BUILD_BUNDLE") != "1":
        pytest.skip("set OSSSHARE_BUILD_BUNDLE=1 to build and run the bundle (about a minute)")
    started = time.monotonic()
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    print(f"bundle built in {time.monotonic() - started:.0f} s: {done.stdout.strip().splitlines()[-1]}")
    return BUNDLE


def run_bundle(bundle: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle), *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.mark.bundle
@pytest.mark.timeout(1200)
def test_bundle_version(bundle: Path) -> None:
    done = run_bundle(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"ossshare {__version__}"


@pytest.mark.bundle
@pytest.mark.timeout(1200)
def test_bundle_signs_the_same_link_as_the_source(
    bundle: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["sign", "oss://examplebucket/a b/報告.pdf", "--region", "cn-hangzhou", "--expires", "1h",
            "--signing-time", "2026-12-01T09:00:00+08:00"]
    monkeypatch.setenv("OSS_ACCESS_KEY_ID", "LTAI5tBundleTest")
    monkeypatch.setenv("OSS_ACCESS_KEY_SECRET", "bundle-test-secret")
    done = run_bundle(bundle, *args, env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    assert cli_main(args) == 0
    assert done.stdout == capsys.readouterr().out


@pytest.mark.bundle
@pytest.mark.timeout(1200)
def test_bundle_lists_the_sandbox(bundle: Path, sandbox: Sandbox, sandbox_credentials: Credentials) -> None:
    env = dict(
        os.environ,
        OSS_ACCESS_KEY_ID=sandbox_credentials.access_key_id,
        OSS_ACCESS_KEY_SECRET=sandbox_credentials.access_key_secret,
    )
    done = run_bundle(bundle, "ls", "--endpoint", sandbox.endpoint, "--region", SANDBOX_REGION, env=env)
    assert done.returncode == 0, done.stderr
    assert SANDBOX_BUCKET in done.stdout


@pytest.mark.bundle
@pytest.mark.timeout(1200)
def test_bundle_window_runs_the_demo_offscreen(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.Popen([str(bundle), "--demo"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        time.sleep(5)
        assert proc.poll() is None, proc.communicate()[1]
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    assert "Traceback" not in stderr
