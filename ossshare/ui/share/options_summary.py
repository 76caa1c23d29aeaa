"""The one line that says what the share dialog's link is made of while its Options are
folded: "V4 · 7 days · download as 季度报告.pdf · needs a header". Only what differs from a
plain link is named, so a default link reads "V4 · 15 minutes"."""

from __future__ import annotations

from ...core import PresignResult, SignatureVersion
from ...services.share_hosts import HostKind
from ..i18n import translate
from .expiry_widget import ABSOLUTE, CUSTOM_DURATION, ExpiryWidget
from .host_widget import HostWidget
from .overrides_widget import ATTACHMENT, INLINE, KIB_BITS, OverridesWidget
from .process_widget import ProcessWidget
from .version_widget import VersionWidget

_LONGEST_PART = 40  # characters of a typed value (a process chain, a domain) shown before "…"


def _short(text: str) -> str:
    return text if len(text) <= _LONGEST_PART else text[: _LONGEST_PART - 1] + "…"


def _expiry_part(expiry: ExpiryWidget) -> str:
    mode = expiry.mode()
    if mode == CUSTOM_DURATION:
        return expiry.duration.text().strip() or "—"
    if mode == ABSOLUTE:
        return translate("OptionsSummary", "until {0}").format(expiry.instant.text())
    return expiry.preset.currentText()


def _host_part(host: HostWidget) -> str | None:
    choice = host.choice()
    if choice.kind is HostKind.INTERNAL:
        return translate("OptionsSummary", "internal host")
    if choice.kind is HostKind.ACCELERATE:
        return translate("OptionsSummary", "transfer acceleration")
    if choice.kind is HostKind.CNAME:
        return translate("OptionsSummary", "on {0}").format(_short(choice.domain))
    return None


def _override_parts(overrides: OverridesWidget) -> list[str]:
    parts: list[str] = []
    name = overrides.save_name()
    kind = overrides.disposition.currentData()
    if kind == ATTACHMENT:
        download = translate("OptionsSummary", "download as {0}").format(_short(name)) if name else None
        parts.append(download or translate("OptionsSummary", "download"))
    elif kind == INLINE:
        parts.append(translate("OptionsSummary", "shown in the browser"))
    values = overrides.values()
    if values["response_content_type"]:
        parts.append(translate("OptionsSummary", "type {0}").format(_short(values["response_content_type"])))
    if values["response_cache_control"]:
        parts.append(translate("OptionsSummary", "cache {0}").format(_short(values["response_cache_control"])))
    if values["response_content_language"]:
        parts.append(translate("OptionsSummary", "language {0}").format(_short(values["response_content_language"])))
    if values["traffic_limit"]:
        parts.append(translate("OptionsSummary", "at most {0} KB/s").format(values["traffic_limit"] // KIB_BITS))
    return parts


def options_summary(
    *,
    signature: SignatureVersion,
    expiry: ExpiryWidget,
    host: HostWidget,
    version: VersionWidget,
    overrides: OverridesWidget,
    processing: ProcessWidget,
    result: PresignResult | None,
) -> str:
    parts = ["V4" if signature is SignatureVersion.V4 else "V1", _expiry_part(expiry)]
    host_part = _host_part(host)
    if host_part:
        parts.append(host_part)
    version_id = version.version_id()
    if version_id:
        parts.append(translate("OptionsSummary", "version {0}").format(_short(version_id)))
    parts.extend(_override_parts(overrides))
    process = processing.process()
    if process:
        parts.append(translate("OptionsSummary", "processed: {0}").format(_short(process)))
    count = len(result.signed_headers) if result is not None else 0
    if count == 1:
        parts.append(translate("OptionsSummary", "needs a header"))
    elif count > 1:
        parts.append(translate("OptionsSummary", "needs {0} headers").format(count))
    return " · ".join(parts)
