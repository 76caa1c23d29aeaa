"""The official SDKs as oracles, with their clocks frozen: alibabacloud-oss-v2 for V4 and
oss2 2.19 for V1 (the V2 SDK's V1 signer leaves x-oss-process out of the string to sign,
which OSS, oss2 and the Java and Go SDKs put in).

Neither SDK has a public signing-time option for presign, so the clock is frozen inside
their signer and presigner modules for the duration of one call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any
from unittest import mock

import alibabacloud_oss_v2 as oss
import alibabacloud_oss_v2.presigner as sdk_presigner
import alibabacloud_oss_v2.signer.v1 as sdk_v1
import alibabacloud_oss_v2.signer.v4 as sdk_v4
import oss2
import oss2.auth

from ossshare.core import PresignRequest


@contextmanager
def frozen_sdk_clock(now: dt.datetime) -> Iterator[None]:
    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
            return now.astimezone(tz) if tz else now.replace(tzinfo=None)

    with (
        mock.patch.object(sdk_v4.datetime, "datetime", Frozen),
        mock.patch.object(sdk_v1.datetime, "datetime", Frozen),
        mock.patch.object(sdk_presigner.datetime, "datetime", Frozen),
    ):
        yield


def sdk_client(
    *,
    key_id: str,
    secret: str,
    token: str | None = None,
    region: str = "cn-hangzhou",
    endpoint: str | None = None,
    http: bool = False,
    internal: bool = False,
    accelerate: bool = False,
    dualstack: bool = False,
    path_style: bool = False,
    cname: bool = False,
    v1: bool = False,
) -> oss.Client:
    cfg = oss.config.load_default()
    cfg.credentials_provider = oss.credentials.StaticCredentialsProvider(key_id, secret, token)
    cfg.region = region
    if endpoint:
        cfg.endpoint = endpoint
    cfg.disable_ssl = http or None
    cfg.use_internal_endpoint = internal or None
    cfg.use_accelerate_endpoint = accelerate or None
    cfg.use_dualstack_endpoint = dualstack or None
    cfg.use_path_style = path_style or None
    cfg.use_cname = cname or None
    if v1:
        cfg.signature_version = "v1"
    return oss.Client(cfg)


def sdk_request(req: PresignRequest) -> Any:
    """The SDK request model equivalent to ours."""
    cls = oss.GetObjectRequest if req.method == "GET" else oss.HeadObjectRequest
    fields: dict[str, Any] = dict(bucket=req.bucket, key=req.key)
    if req.version_id is not None:
        fields["version_id"] = req.version_id
    if req.request_payer:
        fields["request_payer"] = req.request_payer
    if req.method == "GET":
        for name in (
            "range_behavior",
            "traffic_limit",
            "response_cache_control",
            "response_content_disposition",
            "response_content_encoding",
            "response_content_language",
            "response_content_type",
            "response_expires",
            "process",
        ):
            value = getattr(req, name)
            if value:
                fields[name] = value
    extra = dict(req.additional_headers)
    if "range" in extra:
        fields["range_header"] = extra.pop("range")
    model = cls(**fields)
    if req.headers or extra:
        model.headers = {**req.headers, **extra}
    return model


def sdk_presign(
    client: oss.Client,
    req: PresignRequest,
    now: dt.datetime,
    *,
    expires: dt.timedelta | None = None,
    expiration: dt.datetime | None = None,
) -> Any:
    kwargs: dict[str, Any] = {}
    if expires is not None:
        kwargs["expires"] = expires
    if expiration is not None:
        kwargs["expiration"] = expiration
    with frozen_sdk_clock(now):
        return client.presign(sdk_request(req), **kwargs)


def sdk_sign_additional(
    client_result: Any,
    req: PresignRequest,
    *,
    key_id: str,
    secret: str,
    token: str | None,
    region: str,
    now: dt.datetime,
    expiration: dt.datetime,
) -> str:
    """A V4 presigned URL with additional (non x-oss) headers, from the SDK's own SignerV4.

    alibabacloud-oss-v2 1.4.1 accepts `Config.additional_headers` but never hands it to the
    signer, so `client.presign` cannot make such links; its signer can, given the context.
    `client_result` is the SDK's presign of the same request: its URL minus the auth
    parameters is the request the signer starts from.
    """
    from alibabacloud_oss_v2.credentials import Credentials as SdkCredentials
    from alibabacloud_oss_v2.types import HttpRequest, SigningContext

    base, _, query = client_result.url.partition("?")
    auth = ("x-oss-signature", "x-oss-date", "x-oss-expires", "x-oss-credential", "x-oss-security-token")
    user = [p for p in query.split("&") if not p.startswith(auth)]
    headers = {**req.headers, **req.additional_headers}
    if req.range_behavior:
        headers["x-oss-range-behavior"] = req.range_behavior
    request = HttpRequest(req.method, base + ("?" + "&".join(user) if user else ""), headers=headers)
    ctx = SigningContext(
        product="oss", region=region, bucket=req.bucket, key=req.key, request=request,
        credentials=SdkCredentials(key_id, secret, token), signing_time=now,
        additional_headers={k.lower() for k in req.additional_headers},
    )
    ctx.auth_method_query = True
    ctx.expiration_time = expiration
    sdk_v4.SignerV4().sign(ctx)
    return request.url


def query_of(url: str) -> dict[str, str]:
    """Query parameters as sent (still percent-encoded); duplicate names would be a bug."""
    query = url.split("?", 1)[1]
    pairs = [p.partition("=") for p in query.split("&")]
    out = {k: v for k, _, v in pairs}
    assert len(out) == len(pairs), f"duplicate query parameter in {url}"
    return out


def signed_headers_of(result: Any) -> Mapping[str, str]:
    return {k.lower(): v for k, v in (result.signed_headers or {}).items()}


# PresignRequest fields and the query parameters oss2 is handed for them, as its docs name them.
_OSS2_PARAMS = (
    ("response_cache_control", "response-cache-control"),
    ("response_content_disposition", "response-content-disposition"),
    ("response_content_encoding", "response-content-encoding"),
    ("response_content_language", "response-content-language"),
    ("response_content_type", "response-content-type"),
    ("response_expires", "response-expires"),
    ("version_id", "versionId"),
    ("process", "x-oss-process"),
)


def oss2_sign_url(
    req: PresignRequest,
    *,
    key_id: str,
    secret: str,
    token: str | None = None,
    endpoint: str,
    cname: bool = False,
    path_style: bool = False,
    now: dt.datetime,
    expiration: dt.datetime,
) -> str:
    """A V1 presigned URL from oss2's Bucket.sign_url, as of `now` (whole seconds)."""
    auth = oss2.StsAuth(key_id, secret, token) if token else oss2.Auth(key_id, secret)
    bucket = oss2.Bucket(auth, endpoint, req.bucket, is_cname=cname, is_path_style=path_style)
    params = {name: getattr(req, attr) for attr, name in _OSS2_PARAMS if getattr(req, attr) is not None}
    headers = dict(req.headers)
    if req.range_behavior:
        headers["x-oss-range-behavior"] = req.range_behavior
    if req.request_payer:
        headers["x-oss-request-payer"] = req.request_payer
    if req.traffic_limit is not None:
        (params if req.traffic_limit_in_query else headers)["x-oss-traffic-limit"] = str(req.traffic_limit)
    seconds = int(expiration.timestamp()) - int(now.timestamp())
    clock = SimpleNamespace(time=lambda: now.timestamp())
    with mock.patch.object(oss2.auth, "time", clock):
        url: str = bucket.sign_url(
            req.method, req.key, seconds, headers=headers or None, params=params or None, slash_safe=True
        )
    return url
