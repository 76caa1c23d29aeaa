"""Presign 10,000 links with our core and with the SDK's client.presign, interleaved rounds:
one `presign` call per link, and the batch presigner (one per round, made inside the timing).
`presign` reuses the key-independent part of a V4 link (its form) for links of one second
with the same options; two more lines show it reading the clock per link as the SDK does, and
signing each link a second after the last, where no form is reused.

Run: python benchmarks/signing.py   (needs the test extra: alibabacloud-oss-v2)
The line before last is `batch ratio sdk/ours: N.Nx`, the last is `ratio sdk/ours: N.Nx`.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

import alibabacloud_oss_v2 as oss

from ossshare.core import Credentials, PresignRequest, presign, resolve_endpoint
from ossshare.core.batch import BatchPresigner

LINKS = 10_000
ROUNDS = 20  # short interleaved rounds: a burst of load on this shared machine hits both sides
KEYS = [f"reports/2026/季度 {i:05d} final+v2.pdf" for i in range(LINKS)]


def ours(n: int) -> float:
    creds = Credentials("LTAI5tBenchKey", "bench-secret")
    endpoint = resolve_endpoint("cn-hangzhou")
    now = dt.datetime.now(dt.UTC)
    expires = dt.timedelta(hours=1)
    start = time.perf_counter()
    for key in KEYS[:n]:
        presign(
            PresignRequest("bench-bucket", key), credentials=creds, region="cn-hangzhou", endpoint=endpoint,
            now=now, expires=expires,
        )
    return time.perf_counter() - start


def ours_clock(n: int, step: dt.timedelta | None = None) -> float:
    """As `ours`, reading the clock for each link as the SDK does; with `step`, each link is
    signed that much later than the one before (a second or more: no form is reused)."""
    creds = Credentials("LTAI5tBenchKey", "bench-secret")
    endpoint = resolve_endpoint("cn-hangzhou")
    expires = dt.timedelta(hours=1)
    later = dt.timedelta(0)
    start = time.perf_counter()
    for key in KEYS[:n]:
        presign(
            PresignRequest("bench-bucket", key), credentials=creds, region="cn-hangzhou", endpoint=endpoint,
            now=dt.datetime.now(dt.UTC) + later, expires=expires,
        )
        if step is not None:
            later += step
    return time.perf_counter() - start


def batch(n: int) -> float:
    creds = Credentials("LTAI5tBenchKey", "bench-secret")
    endpoint = resolve_endpoint("cn-hangzhou")
    now = dt.datetime.now(dt.UTC)
    expires = dt.timedelta(hours=1)
    start = time.perf_counter()
    signer = BatchPresigner(
        PresignRequest("bench-bucket", "unused"), credentials=creds, region="cn-hangzhou", endpoint=endpoint,
        now=now, expires=expires,
    )
    for key in KEYS[:n]:
        signer.sign(key)
    return time.perf_counter() - start


def sdk(n: int) -> float:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider("LTAI5tBenchKey", "bench-secret")
    cfg.region = "cn-hangzhou"
    client = oss.Client(cfg)
    expires = dt.timedelta(hours=1)
    start = time.perf_counter()
    for key in KEYS[:n]:
        client.presign(oss.GetObjectRequest(bucket="bench-bucket", key=key), expires=expires)
    return time.perf_counter() - start


def main() -> None:
    second = dt.timedelta(seconds=1)
    ours(200), ours_clock(200), ours_clock(200, second), batch(200), sdk(200)  # warm up imports and caches
    per_round = LINKS // ROUNDS
    t_ours: list[float] = []
    t_clock: list[float] = []
    t_uncached: list[float] = []
    t_batch: list[float] = []
    t_sdk: list[float] = []
    for _ in range(ROUNDS):
        t_ours.append(ours(per_round))
        t_clock.append(ours_clock(per_round))
        t_uncached.append(ours_clock(per_round, second))
        t_batch.append(batch(per_round))
        t_sdk.append(sdk(per_round))
    us_ours = sum(t_ours) / LINKS * 1e6
    us_clock = sum(t_clock) / LINKS * 1e6
    us_uncached = sum(t_uncached) / LINKS * 1e6
    us_batch = sum(t_batch) / LINKS * 1e6
    us_sdk = sum(t_sdk) / LINKS * 1e6
    print(f"links: {LINKS} in {ROUNDS} interleaved rounds")
    print(f"ours:  {us_ours:.1f} us/link (round median {statistics.median(t_ours) / per_round * 1e6:.1f})")
    print(f"ours, clock read per link: {us_clock:.1f} us/link (sdk/ours {us_sdk / us_clock:.1f}x)")
    print(f"ours, a new second each link: {us_uncached:.1f} us/link (sdk/ours {us_sdk / us_uncached:.1f}x)")
    print(f"batch: {us_batch:.1f} us/link (round median {statistics.median(t_batch) / per_round * 1e6:.1f})")
    print(f"sdk:   {us_sdk:.1f} us/link (round median {statistics.median(t_sdk) / per_round * 1e6:.1f})")
    print(f"batch ratio sdk/ours: {us_sdk / us_batch:.1f}x")
    print(f"ratio sdk/ours: {us_sdk / us_ours:.1f}x")


if __name__ == "__main__":
    main()
