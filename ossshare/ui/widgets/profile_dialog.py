"""Add or edit a profile: the AccessKey secret goes to the keyring (never a file), through a
worker, and the dialog says beforehand where it will go."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import OssShareError, ValidationError
from ...core.errors import Action
from ..connection import AccountStores
from ..error_messages import field_and_rule, field_of, rule_of, translated
from ..problems import present, sentences
from ..requests import Request
from ..state_colors import State, border_style, text_style
from .wording import capitalized

if TYPE_CHECKING:  # imported in workers: the keyring is slow to import
    from ...services.profiles import Profile
    from ...services.secrets import KeyringStatus

REGIONS = (
    "cn-hangzhou", "cn-shanghai", "cn-beijing", "cn-shenzhen", "cn-qingdao", "cn-zhangjiakou",
    "cn-huhehaote", "cn-wulanchabu", "cn-guangzhou", "cn-chengdu", "cn-hongkong",
    "ap-southeast-1", "ap-southeast-3", "ap-southeast-5", "ap-northeast-1", "ap-northeast-2",
    "eu-central-1", "eu-west-1", "us-west-1", "us-east-1", "me-east-1",
)  # an editable list: any other region id can be typed


class ProfileDialog(QDialog):
    saved = Signal(str, str)  # profile name, where its secret went (for a person)

    def __init__(self, parent: QWidget | None, *, stores: AccountStores, profile_name: str | None = None) -> None:
        super().__init__(parent)
        self._stores = stores
        self._editing = profile_name
        self._original: Profile | None = None  # the saved profile being edited, once read
        self._status: Request[KeyringStatus] = Request(self, self._status_known, self._status_failed)
        self._load: Request[Profile] = Request(self, self._loaded, self._load_failed)
        self._save = Request[str](self, self._saved, self._save_failed)
        self.setWindowTitle(self.tr("Edit profile") if profile_name else self.tr("Add profile"))
        self.setModal(True)
        self.setMinimumWidth(480)

        self.name = QLineEdit(profile_name or "")
        self.name.setPlaceholderText(self.tr("e.g. work"))
        self.name.setReadOnly(profile_name is not None)
        self.key_id = QLineEdit()
        self.key_id.setPlaceholderText("LTAI…")
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(
            self.tr("leave empty to keep the stored secret") if profile_name else self.tr("AccessKey secret")
        )
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("only for STS credentials"))
        self.region = QComboBox()
        self.region.setEditable(True)
        self.region.addItems(REGIONS)
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(self.tr("optional: a custom endpoint host"))
        self.internal = QCheckBox(self.tr("Internal (VPC)"))
        self.accelerate = QCheckBox(self.tr("Accelerate"))
        self.dualstack = QCheckBox(self.tr("Dual-stack"))
        self.path_style = QCheckBox(self.tr("Path-style"))
        self.http = QCheckBox(self.tr("HTTP"))
        # Three to a row: in one row they were cut ("Acceler", "Dual-sta") at display scale 2.
        flags = QGridLayout()
        for i, box in enumerate((self.internal, self.accelerate, self.dualstack, self.path_style, self.http)):
            flags.addWidget(box, i // 3, i % 3)
        flags.setColumnStretch(3, 1)
        self.expiry = QSpinBox()
        self.expiry.setRange(0, 7 * 24 * 60)
        self.expiry.setSpecialValueText(self.tr("15 minutes (default)"))
        self.expiry.setSuffix(self.tr(" min"))
        self.signature = QComboBox()
        self.signature.addItem(self.tr("V4 (recommended)"), 4)
        self.signature.addItem(self.tr("V1 (legacy endpoints)"), 1)

        form = QFormLayout()
        form.addRow(self.tr("Profile name:"), self.name)
        form.addRow(self.tr("AccessKey ID:"), self.key_id)
        form.addRow(self.tr("AccessKey secret:"), self.secret)
        form.addRow(self.tr("STS token:"), self.token)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Endpoint:"), self.endpoint)
        form.addRow("", flags)
        form.addRow(self.tr("Default link expiry:"), self.expiry)
        form.addRow(self.tr("Signature:"), self.signature)
        self._fields: dict[str, QWidget] = {
            "profile name": self.name,
            "AccessKey ID": self.key_id,
            "AccessKey secret": self.secret,
            "security token": self.token,
            "region": self.region,
            "endpoint": self.endpoint,
            "default expiry": self.expiry,
        }
        self._labels = {
            "profile name": self.tr("Profile name"),
            "AccessKey ID": self.tr("AccessKey ID"),
            "AccessKey secret": self.tr("AccessKey secret"),
            "security token": self.tr("STS token"),
            "region": self.tr("Region"),
            "endpoint": self.tr("Endpoint"),
            "default expiry": self.tr("Default link expiry"),
        }
        self._marked: set[QWidget] = set()
        for field in (self.name, self.key_id, self.secret, self.token, self.endpoint):
            field.textEdited.connect(lambda _text, f=field: self._unmark(f))
        self.region.currentTextChanged.connect(lambda _text: self._unmark(self.region))
        self.expiry.valueChanged.connect(lambda _value: self._unmark(self.expiry))
        for box in (self.internal, self.accelerate, self.dualstack, self.path_style):
            box.toggled.connect(lambda _on: self._unmark(self.endpoint))

        self.where = QLabel(self.tr("Checking the system keyring…"))
        self.where.setWordWrap(True)
        self.session_only = QCheckBox(self.tr("Keep the secret for this session only (forgotten when ossshare quits)"))
        self.session_only.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(text_style(State.ERROR))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.session_only)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self._status.submit(lambda: stores.secrets().status())
        if profile_name:
            self._set_busy(True)
            self._load.submit(lambda: stores.profiles().get(profile_name))

    # --- keyring status and loading ---------------------------------------------------------
    def _status_known(self, status: KeyringStatus) -> None:
        if status.usable:
            self.where.setText(
                self.tr("The secret will be stored in {0}. Nothing secret is written to a file.").format(
                    translated(status.name)
                )
                if status.name
                else self.tr("{0} Nothing secret is written to a file.").format(translated(status.description))
            )
        else:
            self.where.setText(
                self.tr("{0} ossshare never writes secrets to a file.").format(translated(status.description))
            )
            self.session_only.show()
            self.session_only.setChecked(True)
        self._fit_height()

    def _status_failed(self, error: BaseException) -> None:
        if isinstance(error, OssShareError):
            self.where.setText(present(error).message)
        else:
            self.where.setText(self.tr("The keyring could not be checked."))
        self.session_only.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to hold text that arrived after the dialog was sized: a wrapped label's extra lines
        are not part of a window's minimum size, so the rows above would be squeezed together."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        need = self.heightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def _loaded(self, profile: Profile) -> None:
        self._set_busy(False)
        self.key_id.setText(profile.access_key_id)
        self.region.setCurrentText(profile.region or "")
        self.endpoint.setText(profile.endpoint or "")
        for flag in ("internal", "accelerate", "dualstack", "path_style", "http"):
            getattr(self, flag).setChecked(bool(getattr(profile, flag)))
        self.expiry.setValue((profile.default_expires_seconds or 0) // 60)
        self.signature.setCurrentIndex(0 if profile.signature_version == 4 else 1)
        self._original = profile

    def _load_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(error)

    # --- saving --------------------------------------------------------------------------------
    def profile(self) -> Profile:
        """The profile as entered; ValidationError names the first bad field."""
        return self._entered().validate()

    def _entered(self, *, cleared: frozenset[str] = frozenset()) -> Profile:
        """The profile as entered, with the `cleared` fields set to a value that passes (so the
        validator can go on to the next field)."""
        from ...services.profiles import Profile

        expiry = self.expiry.value() * 60 or None
        base = self._original
        endpoint = "endpoint" in cleared
        return Profile(
            name="x" if "profile name" in cleared else self.name.text().strip(),
            access_key_id="x" if "AccessKey ID" in cleared else self.key_id.text().strip(),
            region=None if "region" in cleared or endpoint else self.region.currentText().strip() or None,
            endpoint=None if endpoint else self.endpoint.text().strip() or None,
            internal=self.internal.isChecked() and not endpoint,
            accelerate=self.accelerate.isChecked() and not endpoint,
            dualstack=self.dualstack.isChecked() and not endpoint,
            http=self.http.isChecked(),
            path_style=self.path_style.isChecked() and not endpoint,
            cnames=dict(base.cnames) if base is not None else {},
            bucket_endpoints=dict(base.bucket_endpoints) if base is not None else {},
            default_expires_seconds=None if "default expiry" in cleared else expiry,
            signature_version=int(self.signature.currentData()),
        )

    def problems(self) -> list[ValidationError]:
        """Every field that breaks a rule, in the form's order (one message each)."""
        found: list[ValidationError] = []
        if not self.name.text().strip():
            found.append(ValidationError("profile name", self.tr("a name is required")))
        cleared = frozenset(e.field for e in found)
        while len(found) < len(self._fields):
            try:
                self._entered(cleared=cleared).validate()
                break
            except ValidationError as exc:
                if exc.field in cleared or exc.field not in self._fields:
                    found.append(exc)
                    break
                found.append(exc)
                cleared |= {exc.field}
        secret, token = self.secret.text(), self.token.text().strip()
        original = self._original
        # Keeping the stored secret only makes sense for the same key: a new STS token or a
        # new AccessKey ID comes with its own secret, and would otherwise be dropped or paired
        # with the old one.
        if not secret and not self._editing:
            found.append(ValidationError("AccessKey secret", self.tr("is required")))
        elif not secret and token:
            rule = self.tr("enter the secret that comes with the new STS token")
            found.append(ValidationError("AccessKey secret", rule))
        elif not secret and original is not None and original.access_key_id != self.key_id.text().strip():
            found.append(ValidationError("AccessKey secret", self.tr("a new AccessKey ID needs its own secret")))
        order = list(self._fields)
        return sorted(found, key=lambda e: order.index(e.field) if e.field in order else len(order))

    def save(self) -> None:
        if self._save.busy:
            return
        self._clear_marks()
        secret, token = self.secret.text(), self.token.text().strip() or None
        problems = self.problems()
        if problems:
            self._show_problems(problems)
            return
        try:
            profile = self.profile()
        except OssShareError as exc:
            self._show_problem(exc)
            return
        stores, session_only = self._stores, self.session_only.isChecked()
        editing = self._editing

        def work() -> str:
            from ...services.accounts import save_profile

            profiles, secrets = stores.profiles(), stores.secrets()
            if not editing and profiles.exists(profile.name):
                from ...services.profiles import ProfileExists

                raise ProfileExists(f"A profile named '{profile.name}' exists already; choose another name.")
            if secret:
                save_profile(profile, secret, token, profiles=profiles, secrets=secrets, session_only=session_only)
            else:
                profiles.save(profile)  # settings only: the stored secret stays as it is
            if session_only:
                return ""  # said on the GUI thread, translated
            status = secrets.status()
            return getattr(status, "name", "") or status.backend

        self._set_busy(True)
        self._save.submit(work)

    def _saved(self, where: str) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.token.clear()
        self.saved.emit(self.name.text().strip(), where or self.tr("memory for this session only"))
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_problem(error)
        from ...services.secrets import KeyringError  # loaded already: the worker used the keyring

        if isinstance(error, KeyringError):
            self.session_only.show()  # the user may still work with the secret in memory

    # --- helpers -------------------------------------------------------------------------------
    def _show_problem(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._show_problems([error])
            return
        problem = present(error)
        # An input to correct says what to change; anything else needs its title to make sense.
        self.message.setText(capitalized(problem.message if Action.FIX_INPUT in problem.actions else problem.line))
        self.message.show()
        self._fit_height()

    def _show_problems(self, problems: list[ValidationError]) -> None:
        """Every bad field red, each with its rule; the first one focused."""
        lines = []
        for error in problems:
            widget = self._fields.get(error.field)
            if widget is not None:
                widget.setStyleSheet(border_style())
                widget.setToolTip(capitalized(rule_of(error)))
                self._marked.add(widget)
            label = self._labels.get(error.field) or field_of(error)
            lines.append(sentences(capitalized(field_and_rule(label, rule_of(error)))))
        first = self._fields.get(problems[0].field)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.message.setText("\n".join(lines))
        self.message.show()
        self._fit_height()

    def _unmark(self, widget: QWidget) -> None:
        """A field being corrected is no longer shown as wrong."""
        if widget in self._marked:
            self._marked.discard(widget)
            widget.setStyleSheet("")
            widget.setToolTip("")

    def _clear_marks(self) -> None:
        for widget in list(self._marked):
            self._unmark(widget)
        self.message.hide()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    @property
    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""
