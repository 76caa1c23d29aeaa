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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import OssShareError, ValidationError
from ...core.errors import Action
from ..connection import AccountStores
from ..problems import present
from ..requests import Request
from ..state_colors import State, border_style, text_style

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
        flags = QHBoxLayout()
        for box in (self.internal, self.accelerate, self.dualstack, self.path_style, self.http):
            flags.addWidget(box)
        flags.addStretch(1)
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

        self.where = QLabel(self.tr("Checking the system keyring…"))
        self.where.setWordWrap(True)
        self.session_only = QCheckBox(self.tr("Keep the secret for this session only (forgotten when ossshare quits)"))
        self.session_only.hide()
        self.message = QLabel()
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
                self.tr("The secret will be stored in {0}. Nothing secret is written to a file.").format(status.name)
                if status.name
                else self.tr("{0} Nothing secret is written to a file.").format(status.description)
            )
        else:
            self.where.setText(self.tr("{0} ossshare never writes secrets to a file.").format(status.description))
            self.session_only.show()
            self.session_only.setChecked(True)

    def _status_failed(self, error: BaseException) -> None:
        if isinstance(error, OssShareError):
            self.where.setText(present(error).message)
        else:
            self.where.setText(self.tr("The keyring could not be checked."))
        self.session_only.show()

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
        from ...services.profiles import Profile

        expiry = self.expiry.value() * 60 or None
        base = self._original
        return Profile(
            name=self.name.text().strip(),
            access_key_id=self.key_id.text().strip(),
            region=self.region.currentText().strip() or None,
            endpoint=self.endpoint.text().strip() or None,
            internal=self.internal.isChecked(),
            accelerate=self.accelerate.isChecked(),
            dualstack=self.dualstack.isChecked(),
            http=self.http.isChecked(),
            path_style=self.path_style.isChecked(),
            cnames=dict(base.cnames) if base is not None else {},
            bucket_endpoints=dict(base.bucket_endpoints) if base is not None else {},
            default_expires_seconds=expiry,
            signature_version=int(self.signature.currentData()),
        ).validate()

    def save(self) -> None:
        if self._save.busy:
            return
        self._clear_marks()
        secret, token = self.secret.text(), self.token.text().strip() or None
        try:
            profile = self.profile()
            if not secret and not self._editing:
                raise ValidationError("AccessKey secret", self.tr("is required"))
            original = self._original
            # Keeping the stored secret only makes sense for the same key: a new STS token or a
            # new AccessKey ID comes with its own secret, and would otherwise be dropped or paired
            # with the old one.
            if not secret and token:
                raise ValidationError("AccessKey secret", self.tr("enter the secret that comes with the new STS token"))
            if not secret and original is not None and original.access_key_id != profile.access_key_id:
                raise ValidationError("AccessKey secret", self.tr("a new AccessKey ID needs its own secret"))
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
        problem = present(error)
        if isinstance(error, ValidationError):
            widget = self._fields.get(error.field)
            if widget is not None:
                widget.setStyleSheet(border_style())
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        # An input to correct says what to change; anything else needs its title to make sense.
        self.message.setText(problem.message if Action.FIX_INPUT in problem.actions else problem.line)
        self.message.show()

    def _clear_marks(self) -> None:
        for widget in self._fields.values():
            widget.setStyleSheet("")
        self.message.hide()

    def _set_busy(self, busy: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)

    @property
    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""
