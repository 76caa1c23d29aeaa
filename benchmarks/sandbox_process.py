"""A sandbox in a spawned process of its own, for the benchmarks: its threads do not share the
measuring interpreter's GIL (a real OSS is on another machine).

    with sandbox_process(seed, credentials, region) as endpoint: ...

`seed(sandbox)` puts the objects in; it runs in the child, so it must be a module-level
function of the benchmark script (spawn pickles it by name). `on_disk` keeps the objects in a
temporary directory instead of memory."""

from __future__ import annotations

import multiprocessing
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox

Seed = Callable[[Sandbox], None]


def _serve(seed: Seed, credentials: Credentials, region: str, on_disk: bool, endpoints: Any, stop: Any) -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        Sandbox(Path(tmp) if on_disk else None, credentials, region=region) as sandbox,
    ):
        seed(sandbox)
        endpoints.put(sandbox.endpoint)
        stop.wait()


@contextmanager
def sandbox_process(
    seed: Seed, credentials: Credentials, region: str, *, on_disk: bool = False, timeout: float = 600
) -> Iterator[str]:
    """The endpoint of a seeded sandbox running in a child process, stopped on leaving."""
    ctx = multiprocessing.get_context("spawn")
    endpoints = ctx.Queue()
    stop = ctx.Event()
    server = ctx.Process(target=_serve, args=(seed, credentials, region, on_disk, endpoints, stop), daemon=True)
    server.start()
    try:
        yield endpoints.get(timeout=timeout)
    finally:
        stop.set()
        server.join(timeout=30)
