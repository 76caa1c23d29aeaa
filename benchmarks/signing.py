"""Presign 10,000 links with our core and with the SDK's client.presign, interleaved rounds:
one `presign` call per link, and the batch presigner (one per round, made inside the timing).

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
ROUNDS = 5
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
    ours(200), batch(200), sdk(200)  # warm up imports and caches
    per_round = LINKS // ROUNDS
    t_ours: list[float] = []
    t_batch: list[float] = []
    t_sdk: list[float] = []
    for _ in range(ROUNDS):
        t_ours.append(ours(per_round))
        t_batch.append(batch(per_round))
        t_sdk.append(sdk(per_round))
    us_ours = sum(t_ours) / LINKS * 1e6
    us_batch = sum(t_batch) / LINKS * 1e6
    us_sdk = sum(t_sdk) / LINKS * 1e6
    print(f"links: {LINKS} in {ROUNDS} interleaved rounds")
    print(f"ours:  {us_ours:.1f} us/link (round median {statistics.median(t_ours) / per_round * 1e6:.1f})")
    print(f"batch: {us_batch:.1f} us/link (round median {statistics.median(t_batch) / per_round * 1e6:.1f})")
    print(f"sdk:   {us_sdk:.1f} us/link (round median {statistics.median(t_sdk) / per_round * 1e6:.1f})")
    print(f"batch ratio sdk/ours: {us_sdk / us_batch:.1f}x")
    print(f"ratio sdk/ours: {us_sdk / us_ours:.1f}x")


if __name__ == "__main__":
    main()
