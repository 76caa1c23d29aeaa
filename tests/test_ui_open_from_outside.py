"""`ossshare [--demo] oss://BUCKET/PREFIX/` and `--share oss://BUCKET/KEY`: the window opens
there (or with the share dialog over it); bad arguments are one line and exit status 2."""

from __future__ import annotations

import pytest

from ossshare.cli.main import main
from ossshare.sandbox.demo import DEMO_BUCKET
from ossshare.ui import app as app_module
from ossshare.ui import workers
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def finish(window, qtbot) -> None:
    window.close()
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def share_dialogs(window):
    from ossshare.ui.share.dialog import ShareDialog

    return [d for d in window.findChildren(ShareDialog) if d.isVisible()]


def test_a_folder_argument_opens_the_window_there(qtbot):
    window = app_module.create_window(demo=True, opening=(DEMO_BUCKET, "日本語/資料/", False))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.prefix == "日本語/資料/" and window.objects.complete, timeout=30000)
    assert window.objects.key_at(0) == "日本語/資料/会議メモ.txt"
    assert window.path_bar.crumb_texts()[-1] == "資料"
    finish(window, qtbot)


def test_an_object_path_selects_the_object_in_its_folder(qtbot):
    window = app_module.create_window(demo=True, opening=(DEMO_BUCKET, "日本語/写真 一覧.txt", False))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: window.current_entry() is not None, timeout=30000)
    assert window.prefix == "日本語/"
    assert window.current_entry().key == "日本語/写真 一覧.txt"
    assert not share_dialogs(window)
    finish(window, qtbot)


def test_share_opens_the_share_dialog_for_the_object_over_the_window(qtbot):
    key = "logs/2024/app-02999.log"  # on the third page of its folder
    window = app_module.create_window(demo=True, opening=(DEMO_BUCKET, key, True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: bool(share_dialogs(window)), timeout=30000)
    dialog = share_dialogs(window)[0]
    assert dialog.parent() is window and dialog.isModal()
    assert window.current_entry().key == key
    dialog.reject()
    finish(window, qtbot)


def test_share_of_a_missing_object_says_so_in_the_status_bar(qtbot):
    window = app_module.create_window(demo=True, opening=(DEMO_BUCKET, "no-such-file.txt", True))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.built)  # its parts follow its first frame
    qtbot.waitUntil(lambda: "Nothing named no-such-file.txt" in window.status.currentMessage(), timeout=30000)
    assert not share_dialogs(window)
    finish(window, qtbot)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--demo", "oss://Bad_Bucket/"], "location: 'Bad_Bucket' is not a valid bucket name"),
        (["--share", "oss://ossshare-demo/logs/"], "--share: names a folder"),
        (["--share", "https://example.com/x"], "--share: expected oss://BUCKET/KEY"),
        (["--share", "oss://ossshare-demo/"], "--share: an object key is required"),
        (["oss://ossshare-demo/", "--share", "oss://ossshare-demo/README.txt"], "not both"),
        (["oss://ossshare-demo//x/"], "location: a folder must not start with '/'"),
    ],
)
def test_bad_opening_arguments_are_one_line_and_status_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_the_location_is_not_taken_for_a_subcommand(capsys):
    assert main(["sign", "--help"]) == 0  # subcommands still parse
    assert main(["--profile", "x", "oss://Bad_Bucket/"]) == 2
    assert "'Bad_Bucket' is not a valid bucket name" in capsys.readouterr().err
