"""Every copy form puts exactly its text on the clipboard, and the commands run: curl, wget and
the Python snippet download the object from the sandbox."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html import escape
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.snippets import SnippetKind
from tests.test_share_support import close_dialog, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _clear_clipboard() -> Any:
    """These tests fill the clipboard; offscreen Qt can crash at exit if it stays filled."""
    yield
    QApplication.clipboard().clear()
KEY = "space name.txt"
BODY = b"spaces\n"


@pytest.fixture
def dialog(qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> Any:
    dlg = open_dialog(qtbot, sandbox, sandbox_account(sandbox, sandbox_credentials), KEY, client=None)
    yield dlg
    close_dialog(qtbot, dlg)


def _with_headers(dialog: Any) -> tuple[str, str]:
    dialog.headers.range_behavior.setCurrentIndex(dialog.headers.range_behavior.findData("standard"))
    dialog.headers.add_header("x-oss-meta-note", "it's fine")
    return dialog.link_result().url, "x-oss-range-behavior: standard"


def _copy(qtbot: Any, dialog: Any, kind: SnippetKind) -> str:
    with qtbot.waitSignal(dialog.copy_bar.copied, timeout=2000):
        qtbot.mouseClick(dialog.copy_bar.buttons[kind], Qt.MouseButton.LeftButton)
    return QApplication.clipboard().text()


def test_ctrl_c_copies_the_link(qtbot: Any, dialog: Any) -> None:
    dialog.copy_bar.buttons[SnippetKind.CURL].setFocus()
    with qtbot.waitSignal(dialog.copy_bar.copied, timeout=2000):
        qtbot.keyClick(dialog.copy_bar.buttons[SnippetKind.CURL], Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == dialog.result_panel.link_text() == dialog.link_result().url


def test_each_form_is_exactly_its_text(qtbot: Any, dialog: Any) -> None:
    url, _ = _with_headers(dialog)
    note = "x-oss-meta-note: it'\"'\"'s fine"
    expected = {
        SnippetKind.LINK: url,
        SnippetKind.CURL: f"curl -fL -H '{note}' -H 'x-oss-range-behavior: standard' -o 'space name.txt' '{url}'",
        SnippetKind.WGET: (
            f"wget --header='{note}' --header='x-oss-range-behavior: standard' -O 'space name.txt' '{url}'"
        ),
        SnippetKind.POWERSHELL: (
            f"Invoke-WebRequest -UseBasicParsing -Uri '{url}' -Headers @{{ 'x-oss-meta-note' = 'it''s fine'; "
            "'x-oss-range-behavior' = 'standard' } -OutFile 'space name.txt'"
        ),
        SnippetKind.PYTHON: (
            f"import requests\n\nurl = '{url}'\nheaders = {{\n    'x-oss-meta-note': \"it's fine\",\n"
            "    'x-oss-range-behavior': 'standard',\n}\n"
            "response = requests.get(url, headers=headers, timeout=60)\nresponse.raise_for_status()\n"
            "with open('space name.txt', 'wb') as f:\n    f.write(response.content)\n"
        ),
        SnippetKind.MARKDOWN: f"[space name.txt]({url})",
        SnippetKind.HTML: f'<a href="{escape(url)}">space name.txt</a>',
    }
    for kind, text in expected.items():
        assert _copy(qtbot, dialog, kind) == text, kind
        QApplication.clipboard().clear()


def test_no_link_means_nothing_to_copy(qtbot: Any, dialog: Any) -> None:
    dialog.headers.add_header("x-oss-bad header", "v")
    assert dialog.link_result() is None
    assert not dialog.copy_bar.buttons[SnippetKind.LINK].isEnabled()
    QApplication.clipboard().setText("before")
    assert not dialog.copy_link()
    assert QApplication.clipboard().text() == "before"


def _curl() -> str:
    path = shutil.which("curl")
    if path is None:
        pytest.skip("curl is not installed")
    return path


def test_copied_curl_command_downloads_the_object(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    _curl()
    _with_headers(dialog)
    command = _copy(qtbot, dialog, SnippetKind.CURL)
    done = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / KEY).read_bytes() == BODY


def test_curl_without_the_headers_fails(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    """The signed headers are needed: the same URL without them is refused."""
    _curl()
    url, _ = _with_headers(dialog)
    done = subprocess.run(["curl", "-fsS", "-o", "out", url], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 22  # curl -f: HTTP 403


def test_copied_wget_command_downloads_the_object(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    if shutil.which("wget") is None:
        pytest.skip("wget is not installed")
    _with_headers(dialog)
    command = _copy(qtbot, dialog, SnippetKind.WGET)
    done = subprocess.run(["sh", "-c", command + " -q"], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / KEY).read_bytes() == BODY


def test_copied_python_snippet_downloads_the_object(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    _with_headers(dialog)
    script = _copy(qtbot, dialog, SnippetKind.PYTHON)
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / KEY).read_bytes() == BODY


def test_ctrl_c_in_a_text_field_copies_the_link_unless_text_is_selected(qtbot: Any, dialog: Any) -> None:
    """A line edit takes Ctrl+C for itself even with nothing selected; in the dialog that would
    make the shortcut silently do nothing whenever a field has the focus."""
    url = dialog.link_result().url
    for field in (dialog.overrides.content_type, dialog.overrides.traffic_limit, dialog.result_panel.url):
        QApplication.clipboard().setText("before")
        field.setFocus()
        with qtbot.waitSignal(dialog.copy_bar.copied, timeout=2000):
            qtbot.keyClick(field, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.clipboard().text() == url
    dialog.overrides.content_type.setText("text/plain")
    dialog.overrides.content_type.setFocus()
    dialog.overrides.content_type.selectAll()
    qtbot.keyClick(dialog.overrides.content_type, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "text/plain"  # a selection is copied as itself


def test_copied_note_goes_when_the_link_changes(qtbot: Any, dialog: Any) -> None:
    """After a change the clipboard holds the previous link: "Copied." must not stay beside the new one."""
    _copy(qtbot, dialog, SnippetKind.LINK)
    assert dialog.copy_bar.status.text() == "Copied."
    dialog.expiry.preset.setCurrentIndex(1)
    assert QApplication.clipboard().text() != dialog.link_result().url
    assert dialog.copy_bar.status.text() == ""
