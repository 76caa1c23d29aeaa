"""Screenshots of the real window on the offline demo, for the README.

    python packaging/screenshots.py [--out docs/screenshots] [--dark] [--scale 2 --suffix x2] [--lang ja]

--dark paints with a dark palette, --scale sets Qt's display scale (try it on a small screen:
xvfb-run -a -s "-screen 0 1366x768x24" ...), --suffix names the files welcome-SUFFIX.png etc.,
--lang picks the window's language as its Language menu does (ja, zh_CN, zh_TW, en).

(The share dialog has its own script, packaging/screenshot_share.py.) Runs under a private
Xvfb display (started here when DISPLAY is unset) with Qt's xcb platform, so the pictures show
real fonts and styles. Needs on Debian:
xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
libxcb-shape0 libxkbcommon-x11-0 fonts-wqy-microhei (CJK names). For the Add profile shot to
show a real keyring, run it inside a private Secret Service, as ./run-tests does:

    dbus-run-session -- sh -c 'printf %s pw | XDG_DATA_HOME=$(mktemp -d) \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null && python packaging/screenshots.py'
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 780)


def start_xvfb() -> subprocess.Popen[bytes] | None:
    if os.environ.get("DISPLAY"):
        return None
    if shutil.which("Xvfb") is None:
        sys.exit("screenshots: Xvfb is not installed (apt-get install xvfb xauth ...)")
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            break
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{number}").exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            sys.exit("screenshots: Xvfb did not start")
        time.sleep(0.05)
    os.environ["DISPLAY"] = f":{number}"
    return proc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="a dark palette")
    parser.add_argument("--scale", default="", help="QT_SCALE_FACTOR for this run, e.g. 2")
    parser.add_argument("--suffix", default="", help="added to each file name: browse-SUFFIX.png")
    parser.add_argument("--lang", default="", help="the Language menu's choice: ja, zh_CN, zh_TW or en")
    args = parser.parse_args()
    xvfb = start_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale  # read when the application starts
    # Private HOME: the screenshots never show (or touch) the real profiles.
    home = tempfile.mkdtemp(prefix="ossshare-shots-")
    os.environ["HOME"] = home
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ.pop(var, None)
    for var in ("OSS_ACCESS_KEY_ID", "OSS_ACCESS_KEY_SECRET", "OSS_SESSION_TOKEN"):
        os.environ.pop(var, None)
    if args.lang:
        from ossshare.ui.window_state import WindowState

        WindowState(language=args.lang).save()  # read at start, as after a choice in the menu
    try:
        return shoot(args.out, dark=args.dark, suffix=f"-{args.suffix}" if args.suffix else "")
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(10)
        shutil.rmtree(home, ignore_errors=True)


def dark_palette() -> QPalette:  # noqa: F821 - imported in shoot(), once Qt may load
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    for role, colour in (
        ("Window", "#26282b"), ("WindowText", "#e8e8e8"), ("Base", "#1c1d1f"), ("AlternateBase", "#2a2c2f"),
        ("Text", "#e8e8e8"), ("Button", "#33363a"), ("ButtonText", "#e8e8e8"), ("Highlight", "#2f65b0"),
        ("HighlightedText", "#ffffff"), ("ToolTipBase", "#33363a"), ("ToolTipText", "#e8e8e8"),
        ("PlaceholderText", "#9b9b9b"), ("Link", "#7fb0ff"),
    ):
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    return palette


def shoot(out: Path, *, dark: bool = False, suffix: str = "") -> int:
    from PySide6.QtCore import QEventLoop, QSize
    from PySide6.QtWidgets import QWidget

    from ossshare.sandbox.demo import DEMO_BUCKET, VERSIONED_KEY
    from ossshare.ui import workers
    from ossshare.ui.app import application, create_window
    from ossshare.ui.models.roles import KEY_ROLE
    from ossshare.ui.widgets.profile_dialog import ProfileDialog

    app = application()
    if dark:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    out.mkdir(parents=True, exist_ok=True)

    def pump(ms: int = 200) -> None:
        deadline = time.monotonic() + ms / 1000
        while time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit(f"screenshots: timed out waiting for {what}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        pump(300)  # let paint and layout settle

    def save(widget: QWidget, name: str) -> None:
        path = out / name.replace(".png", f"{suffix}.png")
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # 1. First start: no profile, the welcome page.
    window = create_window()
    window.resize(QSize(*SIZE).boundedTo(window.screen().availableGeometry().size()))
    wait_until(lambda: window.built and window.showing_welcome, "the welcome page")
    save(window, "welcome.png")

    # 2. Add profile: where the secret will go is said before anything is saved.
    window.add_profile()
    dialog = window.findChild(ProfileDialog)
    dialog.name.setText("work")
    dialog.key_id.setText("LTAI5tExampleKeyId")
    dialog.secret.setText("not-a-real-secret")
    dialog.region.setCurrentText("cn-shanghai")
    checking = dialog.where.text()  # "Checking the system keyring…", in the window's language
    wait_until(lambda: dialog.where.text() != checking, "the keyring status")
    save(dialog, "add-profile.png")
    dialog.reject()

    # 3. The demo bucket, top level.
    window.welcome.demo_button.click()
    wait_until(lambda: window.bucket == DEMO_BUCKET and window.objects.complete, "the demo bucket")
    select(window, "README.txt", KEY_ROLE)
    wait_until(lambda: window.details.field_text("type") != "", "README details")
    save(window, "browse.png")

    # 4. A folder with an object that has versions; details pane showing them.
    folder = VERSIONED_KEY.rsplit("/", 1)[0] + "/"
    window.navigate(DEMO_BUCKET, folder)
    wait_until(lambda: window.objects.complete, "the reports folder")
    select(window, VERSIONED_KEY, KEY_ROLE)
    wait_until(lambda: len(window.details_versions()) >= 3 and window.details.field_text("type") != "", "versions")
    save(window, "versions.png")

    # 5. Thousands of keys, filtered.
    window.navigate(DEMO_BUCKET, "logs/2024/")
    wait_until(lambda: not window.objects.loading and window.objects.rowCount() > 0, "the logs folder")
    window.filter_box.setText("app-0042")
    wait_until(lambda: window.proxy.rowCount() >= 10 and not window.objects.loading, "the filter")
    save(window, "filter.png")
    window.filter_box.clear()

    # 6. The error banner: the sandbox answering 503.
    sandbox = window.connection.sandbox if window.connection is not None else None
    if sandbox is not None:
        sandbox.faults.error_status = 503
        window.navigate(DEMO_BUCKET, "images/")
        wait_until(lambda: window.banner.isVisible(), "the error banner")
        save(window, "error.png")
        sandbox.faults.reset()

    # 7. Share folder: the links of every object under a folder, in a table.
    from ossshare.ui.batch.dialog import BatchDialog

    window.navigate(DEMO_BUCKET, folder)
    wait_until(lambda: window.objects.complete and not window.banner.isVisible(), "the reports folder again")
    window.object_view.clearSelection()
    window.commands.share_folder.trigger()
    wait_until(lambda: window.findChild(BatchDialog) is not None, "the batch dialog")
    batch = window.findChild(BatchDialog)
    batch.start()
    wait_until(lambda: not batch.running and batch.model.rowCount() > 0, "the folder's links")
    recorded: list[object] = []
    window.link_history.recording.recorded.connect(recorded.append)
    batch.copy_all("url")  # handed out: the Links window has rows to show
    wait_until(lambda: bool(recorded), "the links recorded in the history")
    save(batch, "batch.png")
    batch.close()

    # 8. The Links window: the links given out, with their countdown.
    window.commands.link_history.trigger()
    wait_until(lambda: window.link_history.links_window is not None, "the Links window")
    links = window.link_history.links_window
    wait_until(lambda: links.model.rowCount() > 0, "the links given out")
    save(links, "links.png")
    links.close()

    window.close()
    deadline = time.monotonic() + 15
    while workers.pending_count() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return 0


def select(window, key: str, key_role: int) -> None:  # noqa: ANN001
    proxy = window.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(key_role) == key:
            window.object_view.setFocus()
            window.object_view.setCurrentIndex(index)
            window.object_view.scrollTo(index)
            return
    raise SystemExit(f"screenshots: {key} is not listed")


if __name__ == "__main__":
    sys.exit(main())
