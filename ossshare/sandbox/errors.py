"""The errors the sandbox answers with, named and worded as OSS names and words them.

Where OSS's documentation names the fine-grained error code (EC) of a cause, the error
carries it: OSS sends it in the `x-oss-ec` header and the `<EC>` element."""

from __future__ import annotations


class SandboxError(Exception):
    """One OSS error response: HTTP status, `Code`, `Message` and any extra XML fields."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        ec: str = "",
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.fields = dict(fields or {})
        self.headers = dict(headers or {})
        self.ec = ec


def no_such_bucket(bucket: str) -> SandboxError:
    return SandboxError(404, "NoSuchBucket", "The specified bucket does not exist.", fields={"BucketName": bucket})


def no_such_key(key: str, headers: dict[str, str] | None = None) -> SandboxError:
    return SandboxError(
        404, "NoSuchKey", "The specified key does not exist.", fields={"Key": key}, headers=headers, ec="0026-00000001"
    )


def no_such_version(key: str, version_id: str) -> SandboxError:
    return SandboxError(
        404,
        "NoSuchVersion",
        "The specified version does not exist.",
        fields={"Key": key, "VersionId": version_id},
    )


def wrong_endpoint(bucket: str, region: str) -> SandboxError:
    """The bucket lives in another region than the endpoint the request was sent to; OSS
    names the right endpoint in the error document."""
    return SandboxError(
        403,
        "AccessDenied",
        "The bucket you are attempting to access must be addressed using the specified endpoint. "
        "Please send all future requests to this endpoint.",
        fields={"Bucket": bucket, "Endpoint": f"oss-{region}.aliyuncs.com"},
    )


def invalid_argument(message: str, name: str = "", value: str = "", *, ec: str = "") -> SandboxError:
    fields = {"ArgumentName": name, "ArgumentValue": value} if name else {}
    return SandboxError(400, "InvalidArgument", message, fields=fields, ec=ec)


def access_denied(message: str, *, ec: str = "") -> SandboxError:
    return SandboxError(403, "AccessDenied", message, ec=ec)


def expired(ec: str) -> SandboxError:
    return access_denied("Request has expired.", ec=ec)


def not_yet_valid() -> SandboxError:
    """A V4 link used more than 15 minutes before its x-oss-date (OSS's EC 0002-00000235)."""
    return access_denied("Request is not yet valid: its x-oss-date is in the future.", ec="0002-00000235")


def invalid_access_key(key_id: str) -> SandboxError:
    return SandboxError(
        403,
        "InvalidAccessKeyId",
        "The OSS Access Key Id you provided does not exist in our records.",
        fields={"OSSAccessKeyId": key_id},
    )


def invalid_security_token() -> SandboxError:
    return SandboxError(403, "InvalidSecurityToken", "The security token you provided is invalid.")


def signature_mismatch(
    string_to_sign: str = "", canonical_request: str = "", message: str = "", *, ec: str = ""
) -> SandboxError:
    fields = {}
    if string_to_sign:
        fields["StringToSign"] = string_to_sign
    if canonical_request:
        fields["CanonicalRequest"] = canonical_request
    return SandboxError(
        403,
        "SignatureDoesNotMatch",
        message
        or "The request signature we calculated does not match the signature you provided. "
        "Check your key and signing method.",
        fields=fields,
        ec=ec,
    )


def time_skewed(ec: str = "") -> SandboxError:
    return SandboxError(
        403,
        "RequestTimeTooSkewed",
        "The difference between the request time and the current time is too large.",
        ec=ec,
    )


def invalid_range(size: int) -> SandboxError:
    return SandboxError(
        416,
        "InvalidRange",
        "The requested range cannot be satisfied",
        fields={"ActualObjectSize": str(size)},
        headers={"Content-Range": f"bytes */{size}"},
    )


def invalid_object_state() -> SandboxError:
    return SandboxError(
        403, "InvalidObjectState", "The operation is not valid for the object's state", ec="0016-00000404"
    )


def not_implemented(what: str) -> SandboxError:
    return SandboxError(501, "NotImplemented", f"{what} is not implemented by the ossshare sandbox.")


def method_not_allowed(headers: dict[str, str] | None = None) -> SandboxError:
    return SandboxError(
        405, "MethodNotAllowed", "The specified method is not allowed against this resource.", headers=headers
    )
