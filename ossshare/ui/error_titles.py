"""The titles of errors raised below the UI (core, oss, services), marked for translation.

Those layers carry no Qt, so their titles are English; the UI looks each one up here under
the "ErrorTitle" context. A test checks that every title they can produce is listed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate

TITLES = (
    QT_TRANSLATE_NOOP("ErrorTitle", "Error"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Invalid input"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Could not reach OSS"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Unreadable reply from OSS"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Access denied"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Signature does not match: check the AccessKey secret and the clock"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Unknown AccessKey ID"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Your computer's clock is off"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The security token has expired"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The security token is not valid"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Bucket not found"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Object not found"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Version not found"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS refused a parameter"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The requested range is not in the object"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Invalid bucket name"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Invalid object name"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The object is archived: restore it before downloading"),
    QT_TRANSLATE_NOOP("ErrorTitle", "This account is disabled"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The bucket charges the requester"),
    QT_TRANSLATE_NOOP("ErrorTitle", "The bucket must be reached through another endpoint (is the region right?)"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS had an internal error"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS is temporarily unavailable"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS had a server error"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS request failed"),
    QT_TRANSLATE_NOOP("ErrorTitle", "OSS refused the request"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Not authorized"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Not found"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Conflict"),
    QT_TRANSLATE_NOOP("ErrorTitle", "A precondition failed"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Too many requests: try again in a moment"),
    QT_TRANSLATE_NOOP("ErrorTitle", "No keyring available"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Keyring locked"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Keyring access refused"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Stored secret unreadable"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Secret missing"),
    QT_TRANSLATE_NOOP("ErrorTitle", "STS token expired"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Settings not saved"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Unknown profile"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Profile is read-only"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Profile exists"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Import failed"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Link too long for a QR code"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Link history unavailable"),
    # Settings notices (services.settings.SettingsNotice), shown with the same titles.
    QT_TRANSLATE_NOOP("ErrorTitle", "Settings could not be read"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Settings reset"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Profiles skipped"),
    QT_TRANSLATE_NOOP("ErrorTitle", "Profile skipped"),
)


def title_of(error: BaseException) -> str:
    """The error's title in the user's language (as it is, when no catalogue has it)."""
    return translate("ErrorTitle", str(getattr(error, "title", "Error")))
