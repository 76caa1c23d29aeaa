"""The messages of errors and notices raised below the UI (core, oss, services), marked for
translation, and their translation at the moment a window shows one.

Those layers carry no Qt and speak English (the command line prints them as they are). Their
English text is the key, as Qt's own source texts are: each template here is a message with its
variable parts numbered {0}, {1}…; a shown message is matched against the templates, and its
parts (names, numbers, paths, or a smaller message of its own) are put into the translation.
A test reads the lower layers' source and checks that every message they can build is listed.
OSS's own error text (OssError.oss_message) is never translated: it stays as OSS sent it.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core import OssShareError
from ..core.errors import ValidationError
from ..oss.errors import OssError
from .i18n import translate

MESSAGES = (
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' comes from environment variables and cannot be saved; choose another name."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' comes from environment variables; unset {1} and {2} to remove it."),
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' is not a duration: use seconds or e.g. 15m, 1h, 7d, 1h30m"),
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' is not a profile name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' is not a region id: use lower-case letters, digits and hyphens, for example cn-hangzhou"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' is not a valid bucket name: 3 to 63 characters, lower-case letters, digits and hyphens, not starting or ending with a hyphen"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "'{0}' is not an ISO 8601 date and time (e.g. 2026-12-01T09:00:00+08:00)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a backslash"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a bucket name is required"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a date and time needs a time zone (for example 2026-12-01T12:00:00+08:00 or ...Z)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "a header name may only hold letters, digits and -_.!#$%&'*+^`|~"),
    QT_TRANSLATE_NOOP("ErrorMessage", 'a host has no spaces, line breaks, control characters, backslashes or < > " %'),
    QT_TRANSLATE_NOOP("ErrorMessage", "a profile named '{0}' exists already (use --replace, or --prefix for new names)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "a region id has at most {0} characters (this one has {1})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a region is required, for example cn-hangzhou"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a region or an endpoint is required"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a signed header needs a value"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a V4 signed link is valid for at most 7 days (604,800 seconds); pick a shorter expiry"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "Access denied: the signing account may not read this object."),
    QT_TRANSLATE_NOOP("ErrorMessage", "Access to the keyring was refused: the unlock or permission prompt was dismissed. Try again and accept the prompt. {0}"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "after {0} pages the listing {1}, so it would never end; the server is not paging as OSS does, so the listing was stopped"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "ahead of"),
    QT_TRANSLATE_NOOP("ErrorMessage", "an object key is required"),
    QT_TRANSLATE_NOOP("ErrorMessage", "an object key may be at most {0} bytes in UTF-8 (this one is {1})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "an object key must not start with '/' or '\\'"),
    QT_TRANSLATE_NOOP("ErrorMessage", "behind"),
    QT_TRANSLATE_NOOP("ErrorMessage", "bytes {0}-{1} is not a range"),
    QT_TRANSLATE_NOOP("ErrorMessage", "cannot be both in the query and in header x-oss-traffic-limit (OSS refuses that): give it once"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "cannot be signed into a link"),
    QT_TRANSLATE_NOOP("ErrorMessage", "contains spaces at its ends or control characters (was it pasted whole?)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "Could not reach the server: {0}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "Could not reach {0}: {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "credential mode '{0}' is not supported: ossshare signs with an AccessKey or an STS token"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "has a label longer than 63 characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "has an empty label (two dots in a row, or a dot at an end)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is always signed: give it as a signed header instead"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is empty: give a host name, optionally with scheme and port"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is given twice"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is given twice, also as header {0}: give it once"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is not a JSON object"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is not valid Unicode text"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is required"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is required and must not contain spaces, slashes or control characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is set by the signature itself"),
    QT_TRANSLATE_NOOP("ErrorMessage", "is {0} characters long; a host name has at most 253"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it came compressed ({0}, HTTP {1}) although ossshare asked for an uncompressed reply; a proxy or a server that is not OSS may be in the way"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "it could not be read ({0})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it does not hold a JSON object"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it has no AccessKey ID and secret"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it has no valid schema version"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it holds a number too long to read"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it holds text that is not valid Unicode (a lone surrogate escape)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it is larger than {0}, the most ossshare reads for this request (an OSS listing page is far smaller); check that the endpoint is an OSS server"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "it is nested too deeply"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it is not UTF-8 text"),
    QT_TRANSLATE_NOOP("ErrorMessage", "it is not valid JSON (line {0}, column {1})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "Its keyring entries (service '{0}', users '{1}:secret' and '{2}:sts') could not be put back as they were either; `ossshare profile remove {3}` deletes them."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "KWallet"),
    QT_TRANSLATE_NOOP("ErrorMessage", "may be at most {0} characters (this one has {1})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "may only hold letters, digits, hyphens and underscores between its dots"),
    QT_TRANSLATE_NOOP("ErrorMessage", "may only hold visible ASCII characters, no spaces (was it pasted whole?)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "mode is StsToken but there is no STS token"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be 4 or 1"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be a whole number"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be a whole number of bit/s, for example 819200"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be at least one second"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be between {0} and {1} bit/s (100 KB/s to 100 MB/s)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be more than zero seconds"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be non-empty and hold no control characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be one of {0}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be plain ASCII: HTTP clients send other characters differently"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be text"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be true or false"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must be zero or more"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must end before the year 10000"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must lie between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59Z"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must map bucket names to text"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not be empty (leave it out for the latest version)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not be empty (leave it out to get the object as stored)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not contain '_' (OSS refuses header names with underscores; use '-')"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not contain line breaks or other control characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not contain spaces, slashes or control characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not contain tabs, line breaks or other control characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "must not start or end with spaces (HTTP drops them, so the signature would not match)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "needs a traffic limit (bit/s) to put in the query"),
    QT_TRANSLATE_NOOP("ErrorMessage", "No answer within {0} seconds."),
    QT_TRANSLATE_NOOP("ErrorMessage", "no complete reply within {0} s; the server or the network is far too slow. Try again later, or check the endpoint"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "No keyring is available: no Secret Service, KWallet, Keychain or Credential Manager was found. {0}"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "No secret is stored for profile '{0}'."),
    QT_TRANSLATE_NOOP("ErrorMessage", "No secure keyring is available: the only backends found ({0}) keep secrets in clear or drop them."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "not a JSON object"),
    QT_TRANSLATE_NOOP("ErrorMessage", "not a section ossshare knows"),
    QT_TRANSLATE_NOOP("ErrorMessage", "only V4 links can sign headers other than x-oss-*"),
    QT_TRANSLATE_NOOP("ErrorMessage", "only x-oss-* request headers can be signed into a link"),
    QT_TRANSLATE_NOOP("ErrorMessage", "OSS did not accept the signature: check the credentials, the region and the host, and that the signed headers are sent exactly as listed."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "OSS does not accept the credentials that signed the link: the AccessKey ID does not exist or is disabled, or the STS token is invalid or has expired. Check the profile's credentials."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "OSS gave no explanation"),
    QT_TRANSLATE_NOOP("ErrorMessage", "ossshare never writes secrets to a file."),
    QT_TRANSLATE_NOOP("ErrorMessage", "per-bucket [buckets ...] sections are not imported"),
    QT_TRANSLATE_NOOP("ErrorMessage", "reaches too far in the future: no link can last past the year 9999"),
    QT_TRANSLATE_NOOP("ErrorMessage", "scheme '{0}' is not supported: use http or https"),
    QT_TRANSLATE_NOOP("ErrorMessage", "Secrets are kept by the keyring backend {0} (not the system's own store)."),
    QT_TRANSLATE_NOOP("ErrorMessage", "Secrets are kept in {0}."),
    QT_TRANSLATE_NOOP("ErrorMessage", "The '{0}' entry of the settings file is not a JSON object, so no saved profile could be read; saving a profile will replace it."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "The configured keyring backend ({0}) keeps secrets in clear or drops them; it is not used."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the connection closed before the whole reply arrived"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the connection failed"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the connection was refused"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the expiry is too far in the future: pick a shorter duration"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the host name could not be resolved"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The keyring backend {0} is not usable here (priority {1})."),
    QT_TRANSLATE_NOOP("ErrorMessage", "The keyring could not be used ({0}). {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The keyring is locked and could not be unlocked. Unlock it (for example by logging in to the desktop, or in your passwords app) and try again. {0}"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the link expired at {0}; sign a new one"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The link has expired: make a new one."),
    QT_TRANSLATE_NOOP("ErrorMessage", "The link history could not be read ({0}). It was moved to {1} and a new one was started. Links already given out keep working until they expire."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the link history {0} cannot be read ({1}) and could not be moved aside ({2})"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the link history {0} could not be opened: {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the link history {0} was written by a newer ossshare (schema {1}); it is left as it is"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "The link works: the object can be downloaded."),
    QT_TRANSLATE_NOOP("ErrorMessage", "the link would already have expired: pick a time in the future"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the listing sent {0} empty pages in a row without ending; the server is not paging as OSS does, so the listing was stopped"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the macOS Keychain"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The object (or that version of it) does not exist."),
    QT_TRANSLATE_NOOP("ErrorMessage", "The object is in Archive or Cold Archive storage and is not restored: restore it first, then share it while the restored copy lasts."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the object key is not valid Unicode text"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the object's size or date is missing"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The reply from {0} could not be read: {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The saved profile '{0}' cannot be used: {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The saved profile '{0}' was skipped: {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the Secret Service (GNOME Keyring or compatible)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "the Secret Service (libsecret)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The server answered HTTP {0}{1}."),
    QT_TRANSLATE_NOOP("ErrorMessage", "the server closed the connection without answering"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The settings could not be saved to {0} ({1})."),
    QT_TRANSLATE_NOOP("ErrorMessage", "The settings file could not be used because {0}. It was moved to {1} and ossshare started with default settings. Your keyring secrets were not touched."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "The settings file {0} could not be read ({1}) and was kept as it is; fix or remove it, then try again."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "The settings file {0} could not be used because {1}, and it could not be moved aside ({2}). ossshare starts with default settings and will not overwrite that file; fix or remove it to save settings again."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "the STS token has expired: renew the profile's credentials first"),
    QT_TRANSLATE_NOOP("ErrorMessage", "The STS token of profile '{0}' expired at {1}; add the profile again with a fresh token."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "The STS token stored for profile '{0}' could not be read; add the profile again with a fresh token."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "There is no '{0}' profile: it appears when {1} and {2} are set."),
    QT_TRANSLATE_NOOP("ErrorMessage", "there is no [Credentials] section it could belong to"),
    QT_TRANSLATE_NOOP("ErrorMessage", "There is no profile named '{0}'."),
    QT_TRANSLATE_NOOP("ErrorMessage", "This computer's clock is {0} minutes {1} the server's: OSS refuses links signed on it or finds them expired. Correct the clock (or turn on network time), then Renew."),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "timed out after {0} s"),
    QT_TRANSLATE_NOOP("ErrorMessage", "V4 links are valid at most 7 days ({0} s)"),
    QT_TRANSLATE_NOOP("ErrorMessage", "Windows Credential Manager"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} could not be read ({1})."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} ends in a number but is not an IPv4 address"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} holds spaces or a line break (the value is not shown: it may hold a secret)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} holds spaces or a line break, so a line of the file looks broken (the value is not shown: it may hold a secret)"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} holds {1}: {2}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} holds {1} ('{2}'): give only a host, optionally with scheme and port"),  # noqa: E501
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} is not a valid international domain name"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} is not an aliyun CLI configuration file (no profiles list)."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} is not an aliyun CLI configuration file (not JSON)."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} is not an ossutil configuration file ({1})."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} is not UTF-8 text."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} names no host"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0} Nothing was imported; ossshare never writes secrets to a file."),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: '{1}' in brackets is not an IPv6 address"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: a host name has at most 253 characters"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: a host name {1}"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: an IPv6 address goes in brackets, e.g. http://[::1]:9000"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: an IPv6 address needs its closing ']'"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: only ':PORT' may follow an IPv6 address"),
    QT_TRANSLATE_NOOP("ErrorMessage", "{0}: the port must be a number from 1 to 65535"),
    # Parts put into the messages above ({1} of "… holds {1} ('{2}') …", where a listing went wrong).
    QT_TRANSLATE_NOOP("ErrorMessage", "user information"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a path"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a query"),
    QT_TRANSLATE_NOOP("ErrorMessage", "a fragment"),
    QT_TRANSLATE_NOOP("ErrorMessage", "did not move past its last page marker"),
    QT_TRANSLATE_NOOP("ErrorMessage", "came back to a page marker it had already sent"),
)
FIELDS = (
    QT_TRANSLATE_NOOP("ErrorField", "AccessKey ID"),
    QT_TRANSLATE_NOOP("ErrorField", "AccessKey secret"),
    QT_TRANSLATE_NOOP("ErrorField", "additional header {0}"),
    QT_TRANSLATE_NOOP("ErrorField", "additional headers"),
    QT_TRANSLATE_NOOP("ErrorField", "bucket"),
    QT_TRANSLATE_NOOP("ErrorField", "bucket endpoint bucket"),
    QT_TRANSLATE_NOOP("ErrorField", "custom domain bucket"),
    QT_TRANSLATE_NOOP("ErrorField", "deadline"),
    QT_TRANSLATE_NOOP("ErrorField", "default expiry"),
    QT_TRANSLATE_NOOP("ErrorField", "endpoint"),
    QT_TRANSLATE_NOOP("ErrorField", "expiration"),
    QT_TRANSLATE_NOOP("ErrorField", "expires"),
    QT_TRANSLATE_NOOP("ErrorField", "expiry"),
    QT_TRANSLATE_NOOP("ErrorField", "header '{0}'"),
    QT_TRANSLATE_NOOP("ErrorField", "header {0}"),
    QT_TRANSLATE_NOOP("ErrorField", "key"),
    QT_TRANSLATE_NOOP("ErrorField", "method"),
    QT_TRANSLATE_NOOP("ErrorField", "profile name"),
    QT_TRANSLATE_NOOP("ErrorField", "profile {0}"),
    QT_TRANSLATE_NOOP("ErrorField", "profile {0}: {1}"),
    QT_TRANSLATE_NOOP("ErrorField", "range"),
    QT_TRANSLATE_NOOP("ErrorField", "range behavior"),
    QT_TRANSLATE_NOOP("ErrorField", "region"),
    QT_TRANSLATE_NOOP("ErrorField", "request payer"),
    QT_TRANSLATE_NOOP("ErrorField", "retries"),
    QT_TRANSLATE_NOOP("ErrorField", "security token"),
    QT_TRANSLATE_NOOP("ErrorField", "signature version"),
    QT_TRANSLATE_NOOP("ErrorField", "signing time"),
    QT_TRANSLATE_NOOP("ErrorField", "token expiration"),
    QT_TRANSLATE_NOOP("ErrorField", "traffic limit"),
    QT_TRANSLATE_NOOP("ErrorField", "traffic limit in query"),
    QT_TRANSLATE_NOOP("ErrorField", "version id"),
    QT_TRANSLATE_NOOP("ErrorField", "x-oss-process"),
)

# How a rule joins the input it is about: "expires: must be at least one second".
_FIELD_RULE = QT_TRANSLATE_NOOP("ErrorMessage", "{0}: {1}")
_PLACEHOLDER = re.compile(r"\{(\d+)\}")
_NESTING = 2  # a message inside a message inside a message, at most


@cache
def _patterns(context: str) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Each template as a pattern catching its parts, the most specific (most own text) first,
    so that a template made mostly of parts only gets what no other template matches; with
    its longest own text, which a message must hold before the pattern is tried at all."""
    sources = MESSAGES if context == "ErrorMessage" else FIELDS
    compiled = []
    for source in map(str, sources):
        literal = _PLACEHOLDER.split(source.replace("{{", "{").replace("}}", "}"))[::2]
        pattern = "(.+?)".join(re.escape(part) for part in literal)
        compiled.append((len("".join(literal)), max(literal, key=len), re.compile(pattern, re.DOTALL), source))
    compiled.sort(key=lambda item: -item[0])
    return tuple((anchor, pattern, source) for _, anchor, pattern, source in compiled)


def translated(text: str, context: str = "ErrorMessage", depth: int = 0) -> str:
    """`text` in the user's language when it matches a template, else as it is."""
    for anchor, pattern, source in _patterns(context):
        if anchor not in text:
            continue
        match = pattern.fullmatch(text)
        if match is None:
            continue
        parts = match.groups()
        if depth < _NESTING:
            parts = tuple(translated(part, "ErrorMessage", depth + 1) for part in parts)
        return translate(context, source).format(*parts)
    return text


def field_of(error: ValidationError) -> str:
    return translated(error.field, "ErrorField")


def rule_of(error: ValidationError) -> str:
    return translated(error.rule)


def field_and_rule(field: str, rule: str) -> str:
    """A field's name (as the window labels it) and the rule it breaks, both already translated."""
    return translate("ErrorMessage", str(_FIELD_RULE)).format(field, rule)


def oss_message_of(error: OssError) -> str:
    """OSS's own words as it sent them, then its code, status and request id (what support
    asks for); only the wording around them is ours, and translated."""
    said = error.oss_message.rstrip(".") or translate("ErrorMessage", "OSS gave no explanation")
    if error.endpoint:
        said = translate("ErrorMessage", "{0}. The bucket is served by {1}").format(said, error.endpoint)
    details = [f"{error.code}, HTTP {error.status}"]
    if error.request_id:
        details.append(translate("ErrorMessage", "request id {0}").format(error.request_id))
    if error.ec:
        details.append(f"EC {error.ec}")
    return translate("ErrorMessage", "{0}. ({1})").format(said, "; ".join(details))


def message_of(error: OssShareError) -> str:
    """What a window shows of the error (its summary: no command-line hint), translated."""
    if isinstance(error, OssError):
        return oss_message_of(error)
    if isinstance(error, ValidationError) and error.summary == f"{error.field}: {error.rule}":
        return field_and_rule(field_of(error), rule_of(error))
    return translated(error.summary)
