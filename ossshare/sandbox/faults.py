"""Faults the sandbox can inject so reliability tests can see a client cope with a bad network."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta


@dataclass
class Faults:
    """Mutable from a test while the server runs; counts are consumed under a lock.

    - latency: seconds to wait before answering each request.
    - error_status: answer with this status (e.g. 503) and an OSS XML error body, for the next
      `error_count` requests, or for every request while `error_count` is None.
    - drop_connection: close the socket without any response, for the next `drop_count`
      requests, or every request while `drop_count` is None.
    - malformed_xml: XML bodies are replaced by a broken document (the length is consistent).
    - truncated_xml: XML bodies announce their full Content-Length, stop half way, and the
      connection is closed.
    - date_skew: added to the `Date` response header (the verification clock is unchanged).
    """

    latency: float = 0.0
    error_status: int | None = None
    error_count: int | None = None
    drop_connection: bool = False
    drop_count: int | None = None
    malformed_xml: bool = False
    truncated_xml: bool = False
    date_skew: timedelta = timedelta(0)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def reset(self) -> None:
        with self._lock:
            self.latency = 0.0
            self.error_status = None
            self.error_count = None
            self.drop_connection = False
            self.drop_count = None
            self.malformed_xml = False
            self.truncated_xml = False
            self.date_skew = timedelta(0)

    def take_error(self) -> int | None:
        """The status to fail this request with, consuming one of `error_count`."""
        with self._lock:
            status = self.error_status
            if status is None:
                return None
            if self.error_count is not None:
                if self.error_count <= 0:
                    return None
                self.error_count -= 1
                if self.error_count == 0:
                    self.error_status = None
                    self.error_count = None
            return status

    def take_drop(self) -> bool:
        with self._lock:
            if not self.drop_connection:
                return False
            if self.drop_count is not None:
                self.drop_count -= 1
                if self.drop_count <= 0:
                    self.drop_connection = False
                    self.drop_count = None
            return True
