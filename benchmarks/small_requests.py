"""Small-request latency against the sandbox over one kept-alive connection: ListBuckets and
HEAD of a small object, ours (OssClient) and the SDK's (alibabacloud_oss_v2), in requests/s.

A reply that waits for the client's delayed ACK costs ~40 ms; without that stall a small
request on loopback takes a millisecond or two, so the figures show at once whether it is gone.

Run: .venv/bin/python benchmarks/small_requests.py   (the SDK comes with the test extra)
Figures are medians of interleaved rounds in one run; the machine is noisy, compare ratios.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from sandbox_process import sandbox_process

from ossshare.core import Credentials, resolve_endpoint
from ossshare.oss.client import OssClient
from ossshare.sandbox import Sandbox

REQUESTS_PER_ROUND = 100
ROUNDS = 5
BUCKET = "bench-small"
KEY = "hello.txt"
REGION = "cn-hangzhou"
CREDS = Credentials("LTAI5tBenchSmallKey", "bench-small-secret")


def ours(endpoint: str) -> tuple[OssClient, dict[str, Callable[[], object]]]:
    client = OssClient(CREDS, REGION, resolve_endpoint(REGION, endpoint))
    return client, {
        "ListBuckets": client.list_buckets,
        "HeadObject": lambda: client.head_object(BUCKET, KEY),
    }


def sdk(endpoint: str) -> dict[str, Callable[[], object]]:
    import alibabacloud_oss_v2 as oss

    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(CREDS.access_key_id, CREDS.access_key_secret)
    cfg.region = REGION
    cfg.endpoint = endpoint
    client: Any = oss.Client(cfg)
    return {
        "ListBuckets": lambda: client.list_buckets(oss.ListBucketsRequest()),
        "HeadObject": lambda: client.head_object(oss.HeadObjectRequest(bucket=BUCKET, key=KEY)),
    }


def per_request(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    for _ in range(REQUESTS_PER_ROUND):
        call()
    return (time.perf_counter() - start) / REQUESTS_PER_ROUND


def main() -> None:
    with sandbox_process(seed, CREDS, REGION, on_disk=True, timeout=120) as endpoint:
        client, our_calls = ours(endpoint)
        sdk_calls = sdk(endpoint)
        with client:
            for call in (*our_calls.values(), *sdk_calls.values()):
                call()  # warm up: open the kept-alive connections
            times: dict[tuple[str, str], list[float]] = {}
            for _ in range(ROUNDS):
                for who, calls in (("ours", our_calls), ("sdk", sdk_calls)):
                    for op, call in calls.items():
                        times.setdefault((who, op), []).append(per_request(call))
        print(f"small requests over one kept-alive loopback connection ({ROUNDS} rounds of {REQUESTS_PER_ROUND}):")
        for op in our_calls:
            o, s = statistics.median(times[("ours", op)]), statistics.median(times[("sdk", op)])
            print(
                f"  {op:<11} ours: {o * 1000:6.2f} ms = {1 / o:7,.0f} req/s   "
                f"sdk: {s * 1000:6.2f} ms = {1 / s:7,.0f} req/s   ratio sdk/ours: {s / o:.2f}x"
            )


def seed(sb: Sandbox) -> None:
    sb.put_object(BUCKET, KEY, b"hello, world\n", "text/plain")


if __name__ == "__main__":
    main()
