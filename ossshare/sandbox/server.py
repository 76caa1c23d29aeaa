"""A local OSS-compatible server that verifies signatures the way OSS does.

    with Sandbox(data_dir, Credentials("AK", "SECRET")) as sb:
        sb.put_object("test-bucket", "a.txt", b"hello")
        ...  # point any OSS client at sb.endpoint, region "cn-hangzhou"

It serves on loopback from a background thread. Requests may be path-style
(`/bucket/key`, what the SDK uses for an IP endpoint), virtual-host (`Host:
bucket.localhost:PORT`, `bucket.127.0.0.1:PORT` or `bucket.oss-REGION.aliyuncs.com`) or
CNAME (`cnames={"files.example.test": "bucket"}`). The modules beside this one hold the
operations (api), verification (auth), buckets and versions (store), XML replies
(xml_replies), the HTTP front (httpd) and injected faults (faults).
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType

from ..core import Credentials
from ..core.clock import utc_now
from .api import SandboxApi
from .auth import Verifier
from .faults import Faults
from .httpd import MAX_BODY, SandboxServer
from .store import Store

__all__ = ["Faults", "Sandbox", "is_loopback"]


def is_loopback(host: str) -> bool:
    """True for an address only this machine can reach: 127.0.0.0/8, ::1, `localhost`."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name may resolve anywhere


class Sandbox:
    """Buckets are the sub-directories of `data_dir` (None: start empty). `credentials` are the
    accepted ones (a Credentials with a security token is an STS credential: its token must come
    with every request). `cnames` maps extra host names to
    buckets (custom domains). `now` is the clock used for expiry and skew checks. `max_body` caps
    a request body (sized or chunked), which the sandbox holds in memory."""

    def __init__(
        self,
        data_dir: Path | None,
        credentials: Credentials | Sequence[Credentials],
        *,
        region: str = "cn-hangzhou",
        host: str = "127.0.0.1",
        port: int = 0,
        cnames: Mapping[str, str] | None = None,
        now: Callable[[], datetime] = utc_now,
        max_body: int = MAX_BODY,
    ) -> None:
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.region = region
        self.host = host
        self._requested_port = port
        self._max_body = max_body
        self._now = now
        creds = [credentials] if isinstance(credentials, Credentials) else list(credentials)
        self.faults = Faults()
        self.store = Store(now, region)
        if self.data_dir is not None:
            self.store.load_dir(self.data_dir)
        self.verifier = Verifier(creds)
        self._cnames = {k.lower(): v for k, v in (cnames or {}).items()}
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------
    def start(self) -> None:
        if self._server is not None:
            return
        hosts = {self.host.lower(), "127.0.0.1"}
        api = SandboxApi(self.store, self.verifier, self.region, hosts, self._cnames, self._now)
        self._server = SandboxServer((self.host, self._requested_port), api, self.faults, self._now, self._max_body)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="ossshare-sandbox", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        self._server = self._thread = None
        server.shutdown()
        server.close_open_connections()
        server.server_close()
        if thread is not None:
            thread.join()

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return int(self._server.server_address[1])

    @property
    def endpoint(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    # --- seeding without HTTP ------------------------------------------------------------
    def create_bucket(self, name: str, *, region: str | None = None) -> None:
        """An empty bucket; `region` (default: the sandbox's) is the one its signatures must name
        and what ListBuckets / GetBucketInfo / GetBucketLocation report for it."""
        self.store.create_bucket(name, region=region)

    def put_object(
        self,
        bucket: str,
        key: str,
        data: bytes,
        content_type: str = "application/octet-stream",
        storage_class: str = "Standard",
        *,
        restore: str | None = None,
        last_modified: datetime | None = None,
    ) -> str:
        """Store a new version (the bucket is created if missing); returns its version id.
        `restore` is None, "ongoing" or "restored" for Archive objects."""
        self.store.create_bucket(bucket)
        return self.store.put(
            bucket, key, data, content_type=content_type, storage_class=storage_class,
            restore=restore, last_modified=last_modified,
        ).version_id

    def delete_object(self, bucket: str, key: str) -> str:
        """Add a delete marker; returns its version id."""
        marker = self.store.delete(bucket, key)
        assert marker is not None
        return marker.version_id

    def set_credentials(self, credentials: Credentials | Sequence[Credentials]) -> None:
        """Replace the accepted credentials (e.g. to model a rotated or revoked key)."""
        self.verifier.set_credentials([credentials] if isinstance(credentials, Credentials) else list(credentials))
