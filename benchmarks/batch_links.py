"""Batch links end to end: `ossshare sign oss://B/PREFIX/ --recursive` over the 3,000-object
demo folder and a 100,000-key sandbox folder (listing + signing + writing the output), and
the link ledger's insert rate.

Run: python benchmarks/batch_links.py
The sandbox runs in a process of its own (its thread would otherwise share our GIL). Figures
are medians of a few rounds; the machine is noisy, compare them with each other.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from sandbox_process import sandbox_process

from ossshare.cli.main import main as cli_main
from ossshare.core import Credentials, PresignRequest, SignatureVersion, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox
from ossshare.sandbox.demo import DEMO_BUCKET, DEMO_REGION, MANY_COUNT, MANY_PREFIX, seed_demo
from ossshare.services.ledger import Ledger, LinkSpec

BIG_PREFIX = "big/"
BIG_COUNT = 100_000
ROUNDS = 3
CREDS = Credentials("LTAI5tBenchBatchKey", "bench-batch-secret")


def seed(sb: Sandbox) -> None:
    seed_demo(sb)
    for i in range(BIG_COUNT):
        sb.put_object(DEMO_BUCKET, f"{BIG_PREFIX}{i // 1000:03d}/photo {i:06d}.jpg", b"")


class _Counting(io.TextIOBase):
    """A stdout that keeps nothing: counts what was written."""

    def __init__(self) -> None:
        self.chars = 0

    def write(self, text: str) -> int:
        self.chars += len(text)
        return len(text)


def sign_folder(endpoint: str, prefix: str, fmt: str) -> tuple[float, int]:
    out = _Counting()
    argv = ["sign", f"oss://{DEMO_BUCKET}/{prefix}", "--recursive", "--format", fmt, "--region", DEMO_REGION,
            "--endpoint", endpoint]
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):  # type: ignore[type-var]
        code = cli_main(argv)
    elapsed = time.perf_counter() - start
    assert code == 0, code
    return elapsed, out.chars


def list_folder(endpoint: str, prefix: str) -> float:
    """The listing alone, as sign --recursive does it: the rest of its time is signing and writing."""
    start = time.perf_counter()
    with OssClient(CREDS, DEMO_REGION, resolve_endpoint(DEMO_REGION, endpoint=endpoint)) as client:
        n = sum(len(page.objects) for page in client.iter_object_pages(DEMO_BUCKET, prefix, "", 1000))
    assert n > 0
    return time.perf_counter() - start


def peak_memory(endpoint: str, prefix: str, fmt: str) -> int:
    tracemalloc.start()
    sign_folder(endpoint, prefix, fmt)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def ledger_rates() -> tuple[float, float]:
    """(rows/s recording one 20,000-link batch, batches/s recording 500 single links)."""
    end = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    endpoint = resolve_endpoint("cn-hangzhou")

    def spec(i: int) -> LinkSpec:
        request = PresignRequest("bench-bucket", f"reports/2026/季度 {i:05d}.pdf", response_content_type="text/plain")
        return LinkSpec(request, "cn-hangzhou", endpoint, SignatureVersion.V4, end, "work")

    with tempfile.TemporaryDirectory() as tmp, Ledger(Path(tmp) / "links.sqlite3") as ledger:
        start = time.perf_counter()
        ledger.record(spec(i) for i in range(20_000))
        bulk = 20_000 / (time.perf_counter() - start)
        start = time.perf_counter()
        for i in range(500):
            ledger.record([spec(i)])
        single = 500 / (time.perf_counter() - start)
    return bulk, single


def main() -> None:
    os.environ["OSS_ACCESS_KEY_ID"] = CREDS.access_key_id
    os.environ["OSS_ACCESS_KEY_SECRET"] = CREDS.access_key_secret
    with sandbox_process(seed, CREDS, DEMO_REGION) as endpoint:
        sign_folder(endpoint, MANY_PREFIX, "url")  # warm up imports and the sandbox's index
        for prefix, count in ((MANY_PREFIX, MANY_COUNT), (BIG_PREFIX, BIG_COUNT)):
            t = statistics.median(list_folder(endpoint, prefix) for _ in range(ROUNDS))
            print(f"listing alone    {count:>7,} keys              : {t:6.2f} s")
            for fmt in ("url", "csv", "html"):
                runs = [sign_folder(endpoint, prefix, fmt) for _ in range(ROUNDS)]
                t = statistics.median(r[0] for r in runs)
                print(
                    f"sign --recursive {count:>7,} keys --format {fmt:<4}: {t:6.2f} s = {count / t:>8,.0f} links/s "
                    f"({runs[0][1] / 1e6:.1f} MB written)"
                )
        peak = peak_memory(endpoint, BIG_PREFIX, "html")
        print(f"peak traced memory, {BIG_COUNT:,} links as html: {peak / 1e6:.1f} MB (streamed, not one string)")
    bulk, single = ledger_rates()
    print(f"ledger insert: {bulk:,.0f} links/s in one batch; {single:,.0f} single-link batches/s (one commit each)")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
