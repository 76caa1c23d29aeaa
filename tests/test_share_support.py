"""Helpers for the share tests (QR decoding); no tests of its own."""

from __future__ import annotations

import zxingcpp


def decode_gray(pixels: bytes, width: int, height: int) -> list[str]:
    """Decode QR codes in an 8-bit grayscale buffer, rows packed without padding."""
    view = memoryview(pixels).cast("B", (height, width))
    return [b.text for b in zxingcpp.read_barcodes(view, formats=zxingcpp.BarcodeFormat.QRCode)]


def decode_qimage(image: object) -> list[str]:
    """Decode a QImage: converted to Grayscale8 first (zxing-cpp refuses Format_Mono), and the
    pixels copied out row by row so the buffer outlives the call and row padding is dropped."""
    from PySide6.QtGui import QImage

    assert isinstance(image, QImage) and not image.isNull()
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    raw = bytes(gray.constBits())
    pixels = b"".join(raw[y * stride : y * stride + width] for y in range(height))
    return decode_gray(pixels, width, height)


# ----- the share dialog on the sandbox -----

from collections.abc import Callable  # noqa: E402
from datetime import datetime  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import urlsplit  # noqa: E402

import requests  # noqa: E402

from ossshare.core import Credentials, EndpointOptions, resolve_endpoint  # noqa: E402
from ossshare.services.account import Account  # noqa: E402

BUCKET = "test-bucket"


def sandbox_account(sandbox: Any, credentials: Credentials, **extra: Any) -> Account:
    """An account on the sandbox as a profile would give it (IP endpoint: path-style, http)."""
    options = EndpointOptions(endpoint=sandbox.endpoint, http=True)
    return Account(credentials, region=sandbox.region, endpoint_options=options, **extra)


def sandbox_client(sandbox: Any, credentials: Credentials) -> Any:
    from ossshare.oss.client import OssClient

    endpoint = resolve_endpoint(sandbox.region, endpoint=sandbox.endpoint, http=True)
    return OssClient(credentials, sandbox.region, endpoint, retries=0, timeout=(5.0, 10.0))


def open_dialog(
    qtbot: Any,
    sandbox: Any,
    account: Account,
    key: str,
    *,
    client: Any = "auto",
    clock: Callable[[], datetime] | None = None,
    wait: bool = True,
) -> Any:
    """A ShareDialog opened with open(), its versions (and HEAD) loaded when `wait`."""
    from ossshare.ui.share.dialog import ShareDialog

    if client == "auto":
        client = sandbox_client(sandbox, account.credentials)
    kwargs: dict[str, Any] = {"clock": clock} if clock else {}
    dialog = ShareDialog(None, client=client, account=account, region=sandbox.region, bucket=BUCKET, key=key, **kwargs)
    if wait and client is not None:
        with qtbot.waitSignals([dialog.versions_loaded, dialog.head_loaded], timeout=10000):
            pass
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def close_dialog(qtbot: Any, dialog: Any) -> None:
    """Close (the dialog deletes itself), delete it now, and let late replies arrive: any
    signal a half-destroyed dialog sends to itself would raise inside the test."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from ossshare.ui import workers

    dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(dialog)
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=15000)


def fetch(sandbox: Any, url: str, headers: dict[str, str] | None = None) -> requests.Response:
    """GET `url` as its recipient would, but connected to the sandbox whatever host the URL
    names (internal endpoints and custom domains do not resolve here): the Host header keeps
    the URL's host, exactly as a resolver pointing at the sandbox would give."""
    parts = urlsplit(url)
    target = f"{sandbox.endpoint}{parts.path}" + (f"?{parts.query}" if parts.query else "")
    sent = {"Host": parts.netloc, **(headers or {})}
    return requests.get(target, headers=sent, timeout=10)
