"""The share dialog: choose how long, which version, which headers, overrides and host; the
link is re-signed on every change and shown with its copy forms, QR code and a test.

Signing is pure and fast, so it runs on the GUI thread. Versions and HEAD come from workers;
until they arrive (or if they fail) the dialog shares the latest version.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...core import PresignRequest, PresignResult, SignatureVersion, ValidationError, presign
from ...core.clock import utc_now
from ...oss.models import ObjectHead, ObjectVersion
from ...services.account import Account
from ...services.ledger import LinkSpec
from ...services.link_hints import Hint, link_hints
from ...services.object_facts import fetch_head, fetch_versions
from ...services.share import EXPIRY_FIELDS, ExpiryPlan, default_duration, plan_expiry
from ...services.snippets import SnippetKind, render
from ..error_messages import message_of, rule_of
from ..problems import present
from ..requests import Request
from .copy_bar import CopyBar
from .dialog_layout import arrange
from .expiry_widget import ExpiryWidget
from .headers_widget import HeadersWidget
from .host_widget import HostWidget
from .link_tester import LinkTester
from .object_warning import ObjectWarning
from .options_section import OptionsSection
from .options_summary import options_summary
from .overrides_widget import OverridesWidget
from .process_widget import ProcessWidget
from .qr_panel import QrPanel
from .result_panel import ResultPanel
from .signature_choice import SignatureChoice
from .version_widget import VersionWidget

if TYPE_CHECKING:  # the client pulls in requests: imported by whoever made it
    from ...oss.client import OssClient

def _has_selection(field: QObject) -> bool:
    if isinstance(field, QLineEdit):
        return field.hasSelectedText()
    if isinstance(field, QAbstractSpinBox):  # it hands the key to its line edit itself
        return field.lineEdit().hasSelectedText()
    if isinstance(field, QPlainTextEdit):
        return field.textCursor().hasSelection()
    return True


class ShareDialog(QDialog):
    link_changed = Signal()  # a new link is shown, or none (an input breaks a rule)
    versions_loaded = Signal(bool)  # True when the list arrived, False when it failed
    head_loaded = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None,
        *,
        client: OssClient | None,
        account: Account,
        region: str,
        bucket: str,
        key: str,
        head: ObjectHead | None = None,
        version_id: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        # A version chosen before opening (from the details pane): signed at once, and picked in
        # the list when it arrives.
        self._wanted_version = version_id
        self.client = client
        self.account = account
        self.region = region
        self.bucket = bucket
        self.key = key
        self.head = head
        self._clock = clock
        self._result: PresignResult | None = None
        self._spec: LinkSpec | None = None  # what the link history keeps of the link shown
        self._error: ValidationError | None = None
        self._versions = Request[list[ObjectVersion]](self, self._versions_arrived, self._versions_failed)
        self._head = Request[ObjectHead](self, self._head_arrived, lambda _error: self.head_loaded.emit(False))
        self.setWindowTitle(self.tr("Share {0}").format(posixpath.basename(key) or key))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        default = default_duration(account)  # the profile's, else 15 minutes
        # Created in reading order, which Tab follows: how long, the link, its copy buttons and
        # test, the Options (folded or not), then the QR column on the right.
        self.expiry = ExpiryWidget(self, clock=clock, default=default)
        self.result_panel = ResultPanel(self)
        self.copy_bar = CopyBar(self, self.snippet)
        self.tester = LinkTester(self, lambda: self._result)
        self.options = OptionsSection(self)
        self.host = HostWidget(self, account=account, bucket=bucket)
        self.signature = SignatureChoice(self, account)
        self.version = VersionWidget(self)
        self.headers = HeadersWidget(self)
        self.overrides = OverridesWidget(self, filename=posixpath.basename(key))
        self.processing = ProcessWidget(self)
        self.qr = QrPanel(self)
        self.object_warning = ObjectWarning(self)
        self.renew_button = QPushButton(self.tr("Renew"), self)
        self.renew_button.setToolTip(self.tr("Sign again from now"))
        arrange(self)

        for widget in (self.host, self.version, self.expiry, self.headers, self.overrides, self.processing):
            widget.changed.connect(self.resign)
        self.signature.currentIndexChanged.connect(self.resign)
        self.renew_button.clicked.connect(self.resign)
        self.expiry.expired.connect(self._link_expired)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Copy), self, self.copy_link)
        # A text field takes Ctrl+C for itself even with nothing selected; then it means the link.
        for kind in (QLineEdit, QPlainTextEdit, QAbstractSpinBox):
            for field in self.findChildren(kind):
                field.installEventFilter(self)
        self.resign()
        self._show_object_warning()
        self._start_loading()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's naming
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Copy)
            and not _has_selection(watched)
        ):
            event.ignore()  # not taken by the field: the dialog's Ctrl+C shortcut runs
            return True
        return super().eventFilter(watched, event)

    # ----- signing -----

    def signature_version(self) -> SignatureVersion:
        return self.signature.version()

    def link_result(self) -> PresignResult | None:
        """The link shown right now; None while an input breaks a rule."""
        return self._result

    def link_spec(self) -> LinkSpec | None:
        """The link shown, as the link history records it; None while there is none."""
        return self._spec if self._result is not None else None

    def error(self) -> ValidationError | None:
        return self._error

    def resign(self) -> None:
        now = self._clock()
        version = self.signature_version()
        try:
            duration, instant = self.expiry.choice()
            plan = plan_expiry(
                now,
                duration=duration,
                instant=instant,
                v4=version is SignatureVersion.V4,
                token_expiration=self.account.token_expiration,
            )
            endpoint = self.host.choice().resolve(self.region)
            self.host.show_endpoint(endpoint, self.bucket)
            range_behavior, payer, extra = self.headers.values()
            request = PresignRequest(
                bucket=self.bucket,
                key=self.key,
                version_id=self.version.version_id() or self._wanted_version,
                range_behavior=range_behavior,
                request_payer=payer,
                headers=extra,
                process=self.processing.process(),
                **self.overrides.values(),
            )
            result = presign(
                request,
                credentials=self.account.credentials,
                region=self.region,
                endpoint=endpoint,
                now=now,
                expiration=plan.expiration,
                version=version,
            )
        except ValidationError as exc:
            self._spec = None
            self._show_error(exc)
        else:
            self._spec = LinkSpec(request, self.region, endpoint, version, result.expiration, self.account.profile_name)
            self._show_result(result, plan, version, link_hints(request, endpoint))
        self.tester.reset()
        self._show_object_warning()
        self._summarize()
        self.link_changed.emit()

    def _summarize(self) -> None:
        self.options.set_summary(
            options_summary(
                signature=self.signature_version(),
                expiry=self.expiry,
                host=self.host,
                version=self.version,
                overrides=self.overrides,
                processing=self.processing,
                result=self._result,
            )
        )

    def _show_result(
        self, result: PresignResult, plan: ExpiryPlan, version: SignatureVersion, hints: list[Hint]
    ) -> None:
        self._result, self._error = result, None
        self._mark(None)
        self.expiry.show_plan(plan, version is SignatureVersion.V4)
        self.result_panel.show_result(result, hints)
        self.qr.set_link(result.url, needs_headers=result.needs_headers, default_name=self._save_stem())
        self.copy_bar.set_enabled(True)
        self.tester.button.setEnabled(True)

    def _show_error(self, exc: ValidationError) -> None:
        self._result, self._error = None, exc
        self._mark(exc)
        if exc.field not in EXPIRY_FIELDS:
            self.expiry.clear_plan()
        self.result_panel.show_error(self.tr("No link: {0}").format(message_of(exc)))
        self.qr.set_link(None)
        self.copy_bar.set_enabled(False)
        self.tester.button.setEnabled(False)

    def _link_expired(self) -> None:
        """The countdown reached zero: a dead link must not stay copyable or scannable."""
        if self._result is None:
            return
        self._result = None
        self.result_panel.show_error(self.tr("No link: this link has expired. Press Renew for a fresh one."))
        self.qr.set_link(None)
        self.copy_bar.set_enabled(False)
        self.tester.button.setEnabled(False)
        self.tester.reset()
        self.renew_button.setFocus()
        self.link_changed.emit()

    def _mark(self, exc: ValidationError | None) -> None:
        """Mark the input the error is about, and clear every other mark. An input under the
        folded Options is shown (without changing what is remembered for the next dialog)."""
        field = exc.field if exc else None
        rule = rule_of(exc) if exc else None
        self.expiry.set_error(rule if field in EXPIRY_FIELDS else None)
        in_options = self.headers.set_error(field, rule)
        in_options = self.overrides.set_error(field, rule) or in_options
        in_options = self.processing.set_error(field, rule) or in_options
        self.version.set_error(rule if field == "version id" else None)
        self.host.set_error(rule if field in ("endpoint", "region") else None)
        if in_options or field in ("version id", "endpoint", "region"):
            self.options.set_open(True, remember=False)

    # ----- outputs -----

    def _save_stem(self) -> str:
        name = self.save_name()
        stem = name.rsplit(".", 1)[0] if "." in name else name
        return (stem or "link") + "-qr"

    def save_name(self) -> str:
        """The file name the download commands write to."""
        return posixpath.basename(self.overrides.save_name()) or posixpath.basename(self.key) or "download"

    def snippet(self, kind: SnippetKind) -> str | None:
        if self._result is None:
            return None
        name = self.save_name()
        return render(kind, self._result, text=name, output=name)

    def copy_link(self) -> bool:
        return self.copy_bar.copy(SnippetKind.LINK)

    # ----- object facts from workers -----

    def _start_loading(self) -> None:
        if self.client is None:
            self.version.set_failed(self.tr("No connection"))
            return
        client, bucket, key = self.client, self.bucket, self.key
        self.version.set_loading()
        self._versions.submit(lambda: fetch_versions(client, bucket, key))
        if self.head is None:
            self._head.submit(lambda: fetch_head(client, bucket, key))

    def _versions_arrived(self, versions: list[ObjectVersion]) -> None:
        self.version.set_versions(versions)
        wanted, self._wanted_version = self._wanted_version, None
        if wanted is not None:
            found = self.version.select(wanted)
            self.resign()
            if not found:
                self.version.set_error(self.tr("That version is gone or is a delete marker: the latest is shown."))
                self.options.set_open(True, remember=False)  # the marked list is under the fold
        self._show_object_warning()
        self.versions_loaded.emit(True)

    def _versions_failed(self, error: BaseException) -> None:
        self.version.set_failed(present(error).message)  # a wanted version stays signed: it may well exist
        self.versions_loaded.emit(False)

    def _head_arrived(self, head: ObjectHead) -> None:
        self.head = head
        self._show_object_warning()
        self.head_loaded.emit(True)

    def _show_object_warning(self) -> None:
        self.object_warning.show_for(self.head, self.version.selected(), self.version.latest_is_deleted())
