"""The window and the command line recording links at the same time lose nothing: the window's
recorder (a batch handed out from the batch dialog) and `ossshare sign --record` in another
process both write the one ledger file (WAL, a busy timeout)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.fixtures.qt import OFFSCREEN_NOISE
from tests.test_ui_batch import _close_dialogs, finish, open_batch  # noqa: F401 - the fixture closes dialogs

pytestmark = OFFSCREEN_NOISE
BUCKET = "test-bucket"
COUNT = 2000


def test_window_and_cli_record_at_once(qtbot, sandbox, sandbox_credentials):
    from PySide6.QtCore import QObject

    from ossshare.services.ledger import Ledger
    from ossshare.ui.links.recording import LinkRecording

    for i in range(COUNT):
        sandbox.put_object(BUCKET, f"many/{i:05d}.txt", b"x")
    items = [(f"many/{i:05d}.txt", 1, None) for i in range(COUNT)]
    dialog = open_batch(qtbot, sandbox, sandbox_credentials, items=items)
    finish(qtbot, dialog)
    owner = QObject()
    recording = LinkRecording(owner, enabled=lambda: True)
    dialog.givenOut.connect(recording.record_batch)
    env = dict(os.environ, OSS_ACCESS_KEY_ID=sandbox_credentials.access_key_id,
               OSS_ACCESS_KEY_SECRET=sandbox_credentials.access_key_secret)
    cli = subprocess.Popen(
        [sys.executable, "-m", "ossshare", "sign", f"oss://{BUCKET}/many/", "--recursive", "--record",
         "--note", "cli", "--region", sandbox.region, "--endpoint", sandbox.endpoint],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    with qtbot.waitSignal(recording.recorded, timeout=60000) as recorded:
        dialog.copy_all("url")  # handing the batch out records it
    _, errors = cli.communicate(timeout=120)
    assert cli.returncode == 0, errors
    assert recorded.args == [COUNT]
    with Ledger() as ledger:
        assert ledger.count() == 2 * COUNT
        assert sum(1 for _ in ledger.entries(text="cli")) == COUNT  # the note
