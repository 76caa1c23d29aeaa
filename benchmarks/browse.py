"""Browsing speed of the main window on a 100,000-key folder, and cold start.

    .venv/bin/python benchmarks/browse.py [--keys 100000] [--rounds 5]

1. A sandbox with KEYS objects under one prefix; the real MainWindow (offscreen unless a
   DISPLAY is set) opens that folder. Printed: time from navigate() to the first rows painted,
   time to scroll to the end (the view asks for each page as it reaches the bottom), RSS growth
   over the browse, and the longest event-loop stall (the largest gap between ticks of a 5 ms
   timer, minus the interval) while listing and scrolling.
2. Cold start: a fresh interpreter runs what `ossshare --demo` runs (argument parsing, then
   the window) until the window's first frame is painted, then its whole window (the parts
   are built once the first frame is on the screen), and on until the demo's rows are listed,
   against a bare PySide6 QMainWindow's first frame; medians of interleaved rounds and their
   ratio, with bytecode present (compiled first, as an installed copy has it) and without.

Not a test: nothing here asserts. The machine is noisy; compare ratios within one run.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

BUCKET = "bench-browse"
PREFIX = "big/"
TICK_MS = 5


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


CREDENTIALS = ("LTAI5tBenchBrowseKey", "bench-browse-secret-0123456789")


class Seed:
    """KEYS empty objects under PREFIX (a class, not a closure: spawn pickles it)."""

    def __init__(self, keys: int) -> None:
        self.keys = keys

    def __call__(self, sandbox: Any) -> None:
        for i in range(self.keys):
            sandbox.put_object(BUCKET, f"{PREFIX}object-{i:06d}.bin", b"")


def browse(keys: int) -> None:
    from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from sandbox_process import sandbox_process

    from ossshare.core import Credentials, EndpointOptions
    from ossshare.oss.client import OssClient
    from ossshare.services.account import Account
    from ossshare.ui.app import application, freeze_startup_heap
    from ossshare.ui.connection import Choice, Connection
    from ossshare.ui.main_window import MainWindow

    credentials = Credentials(*CREDENTIALS)
    region = "cn-hangzhou"
    t = time.perf_counter()
    with sandbox_process(Seed(keys), credentials, region, on_disk=True, timeout=300) as sandbox_endpoint:
        seeded = time.perf_counter() - t
        app = application()
        options = EndpointOptions(endpoint=sandbox_endpoint, path_style=True)
        endpoint = options.resolve(region)
        account = Account(credentials, region=region, endpoint_options=options)
        client = OssClient(credentials, region, endpoint)
        window = MainWindow()
        window.resize(1200, 760)
        window.show()

        def pump_until(condition: Callable[[], bool], timeout: float = 300.0) -> None:
            """Run the event loop until `condition`, checked every millisecond. A real event loop,
            as the app's: spinning on processEvents would hold the interpreter lock the
            listing workers need."""
            if condition():
                return
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(1)
            poll.timeout.connect(lambda: condition() and loop.quit())
            QTimer.singleShot(int(timeout * 1000), loop.quit)
            poll.start()
            loop.exec()
            poll.stop()
            if not condition():
                raise SystemExit("browse benchmark: timed out")

        freeze_startup_heap()  # as ui.app.run() does once the window exists
        window.use_connection(Connection(Choice("profile", "bench"), account, client, region, endpoint))
        pump_until(lambda: window.bucket == BUCKET and window.objects.complete)

        # Event-loop stalls: the largest gap between ticks of a short timer.
        clock = QElapsedTimer()
        gaps: list[float] = []
        last = [0.0]

        def tick() -> None:
            now = clock.nsecsElapsed() / 1e6
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(TICK_MS)
        ticker.timeout.connect(tick)

        painted_at: list[float] = []

        class FirstPaint(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and window.proxy.rowCount() and not painted_at:
                    painted_at.append(time.perf_counter())
                return False

        spy = FirstPaint()
        window.object_view.viewport().installEventFilter(spy)
        gc.collect()
        rss_before = rss_mb()
        clock.start()
        ticker.start()
        start = time.perf_counter()
        window.navigate(BUCKET, PREFIX)
        pump_until(lambda: bool(painted_at))
        first_rows = painted_at[0] - start
        view = window.object_view
        while not window.objects.complete:
            view.scrollToBottom()
            pump_until(lambda: not window.objects.loading)
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        view.scrollToBottom()
        pump_until(lambda: view.verticalScrollBar().value() == view.verticalScrollBar().maximum())
        to_end = time.perf_counter() - start
        ticker.stop()
        gc.collect()
        rss_after = rss_mb()
        stall = max(gaps[1:], default=0.0) - TICK_MS
        ordered = sorted(gaps[1:]) or [0.0]
        p99 = ordered[int(len(ordered) * 0.99)] - TICK_MS
        rows = window.objects.rowCount()

        # Sorting the whole folder by size (a header click), measured on its own.
        t = time.perf_counter()
        window.objects.sort(1, Qt.SortOrder.DescendingOrder)
        sort_s = time.perf_counter() - t
        window.objects.sort(0)
        window.close()
        QApplication.processEvents()
    print(
        f"browse: {rows:,} keys under one prefix (sandbox in its own process, ready in {seeded:.1f} s), page size 1,000"
    )
    print(f"  first rows painted     {first_rows * 1000:8.1f} ms after navigate()   (aim <= 300 ms)")
    print(f"  scrolled to the end    {to_end:8.2f} s  ({rows / to_end:,.0f} keys/s, network and parsing included)")
    print(
        f"  RSS growth             {rss_after - rss_before:8.1f} MB  "
        f"({rss_before:.0f} -> {rss_after:.0f} MB; aim < 60 MB)"
    )
    print(
        f"  longest loop stall     {stall:8.1f} ms  "
        f"(aim <= 50 ms; 99th percentile {p99:.1f} ms; {len(gaps):,} ticks of {TICK_MS} ms)"
    )
    print(f"  sort {rows:,} by size  {sort_s * 1000:8.1f} ms  (one header click)")


# Each script prints the time of the window's first Paint event (its first frame: what a person
# sees appear), then, for ossshare, of the first one after its parts were built (the whole
# window) and the moment the demo's rows are in the list. The spy sees only the window's own
# events, installed the same way in each script, after show() and before any paint.
SPY = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
class Spy(QObject):
    def __init__(self, window):
        super().__init__()
        self.window, self.first, self.whole = window, 0.0, 0.0
        window.installEventFilter(self)
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            now = time.time()
            self.first = self.first or now
            if getattr(self.window, "built", True):
                self.whole = self.whole or now
        return False

def run_until(app, done):
    # The event loop itself, as the app runs it (app.exec releases the interpreter lock while it
    # waits; a loop spinning on processEvents would starve the worker that connects the demo).
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: done() and app.quit())
    poll.start()
    app.exec()
    poll.stop()
"""

BARE = SPY + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1180, 720); w.show()
spy = Spy(w)
run_until(app, lambda: spy.first)
print(spy.first)
"""

# The floor no start-up work of ours can go under: the bare window, plus the PySide6 classes
# ossshare's whole window cannot do without (toolbar icons from QStyle, item views, Qt's enums).
# PySide builds a class's Python enums the first time the class is touched (Qt alone: 94 enums,
# ~27 ms here), so this line shows how much of a whole window's time is the binding's.
FLOOR = BARE.replace(
    "from PySide6.QtWidgets import QApplication, QMainWindow\n",
    "from PySide6.QtCore import Qt\n"
    "from PySide6.QtGui import QAction, QIcon, QKeySequence\n"
    "from PySide6.QtWidgets import QComboBox, QHeaderView, QLineEdit, QSplitter, QStyle, QTableView\n"
    "from PySide6.QtWidgets import QToolBar, QTreeView\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n",
)

# What `ossshare --demo` runs up to app.exec() (parse, gui_launch turning the collector off, then
# ui.app.run()'s body), then the event loop until the window's first frame, its whole window,
# and the demo's rows in the list.
OSSSHARE = SPY + """
from ossshare.cli.main import build_parser, chosen_command
args = build_parser(chosen_command(["--demo"])).parse_args(["--demo"])
from ossshare.cli.gui_launch import display_problem
assert display_problem() is None
import gc; gc.disable()
from ossshare.ui.app import application, create_window, freeze_startup_heap
app = application()
w = create_window(demo=True)
spy = Spy(w)
freeze_startup_heap()
rows = []
run_until(app, lambda: w.built and w.objects.rowCount() and rows.append(time.time()) is None)
print(spy.first, spy.whole, rows[0])
w.shutdown()
"""


def cold_start(rounds: int) -> None:
    """Interleaved runs of `ossshare --demo` and a bare PySide6 window in fresh interpreters:
    with bytecode (what an installed user has: compiled first) and without (a pycache prefix
    that stays empty, so every module is compiled from source in every run, for both)."""
    home = tempfile.mkdtemp(prefix="ossshare-bench-")
    env = dict(os.environ, HOME=home)
    for var in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "PYTHONPYCACHEPREFIX"):
        env.pop(var, None)
    root = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "ossshare")], check=True, env=env)
    no_bytecode = dict(env, PYTHONDONTWRITEBYTECODE="1", PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="no-pyc-"))

    def once(code: str, run_env: dict[str, str]) -> list[float]:
        start = time.time()
        out = subprocess.run([sys.executable, "-c", code], env=run_env, capture_output=True, text=True, check=True)
        return [float(line) - start for line in out.stdout.split()]

    for label, run_env in (("bytecode present", env), ("no bytecode", no_bytecode)):
        once(BARE, run_env)
        once(OSSSHARE, run_env)  # warm the file cache
        bare, floor, shown, whole, rows = [], [], [], [], []
        for _ in range(rounds):
            bare.append(once(BARE, run_env)[0])
            floor.append(once(FLOOR, run_env)[0])
            ours = once(OSSSHARE, run_env)
            shown.append(ours[0])
            whole.append(ours[1])
            rows.append(ours[2])
        b, f = statistics.median(bare), statistics.median(floor)
        s, a, r = statistics.median(shown), statistics.median(whole), statistics.median(rows)
        print(f"cold start, {label} ({rounds} interleaved rounds, medians, {os.environ['QT_QPA_PLATFORM']}):")
        print(f"  bare PySide6 window shown      {b * 1000:8.1f} ms")
        print(f"  + the PySide6 classes we use   {f * 1000:8.1f} ms  ({f / b:.2f}x: floor of a whole window like ours)")
        print(f"  ossshare --demo window shown   {s * 1000:8.1f} ms  (its first frame: title, size, 'Starting…')")
        print(f"  whole window painted           {a * 1000:8.1f} ms  ({a / b:.2f}x the bare window)")
        print(f"  demo rows in the list          {r * 1000:8.1f} ms  ({r / b:.1f}x the bare window)")
        print(f"cold start ours/bare: {s / b:.1f}x  ({s / b:.2f}; {label}; aim <= 1.3x, must be <= 1.5x)")
    probe = (
        "import sys, ossshare.cli.main as m; m.build_parser(m.chosen_command(['--demo'])).parse_args(['--demo']); "
        "print(' '.join(sorted(n for n in ('requests', 'keyring', 'segno', 'PySide6.QtWidgets') if n in sys.modules)))"
    )
    probed = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    heavy = probed.stdout.strip()
    print(f"  imported by argument parsing alone: {heavy or 'nothing heavy'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keys", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--skip-browse", action="store_true")
    parser.add_argument("--skip-cold-start", action="store_true")
    args = parser.parse_args()
    if not args.skip_browse:
        browse(args.keys)
    if not args.skip_cold_start:
        cold_start(args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
