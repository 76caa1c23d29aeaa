"""The options every link of a batch shares — the single share dialog's widgets where they make
sense for many objects: expiry, host, signature, signed headers, response overrides and image
processing (one thumbnail size for a folder of photos, say). No version (each link opens the
latest version of its object) and no file name (each download keeps its object's name)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...core import PresignRequest, SignatureVersion, ValidationError
from ...core.batch import BatchPresigner
from ...core.clock import utc_now
from ...services.account import Account
from ...services.ledger import LinkSpec
from ...services.share import EXPIRY_FIELDS, default_duration, plan_expiry
from ..error_messages import rule_of
from ..share.expiry_widget import ExpiryWidget
from ..share.headers_widget import HeadersWidget
from ..share.host_widget import HostWidget
from ..share.overrides_widget import OverridesWidget
from ..share.process_widget import ProcessWidget
from ..share.signature_choice import SignatureChoice


class BatchOptions(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None, *, account: Account, region: str, bucket: str) -> None:
        super().__init__(parent)
        self.account, self.region, self.bucket = account, region, bucket
        default = default_duration(account)  # the profile's, else 15 minutes
        self.host = HostWidget(self, account=account, bucket=bucket)
        self.signature = SignatureChoice(self, account)
        self.expiry = ExpiryWidget(self, clock=utc_now, default=default)
        self.headers = HeadersWidget(self)
        self.overrides = OverridesWidget(self, filename="")
        self.overrides.filename.hide()  # one name cannot fit every object: each keeps its own
        self.processing = ProcessWidget(self)
        version_note = QLabel(self.tr("Each link opens the latest version of its object."), self)
        version_note.setWordWrap(True)

        link_box = QGroupBox(self.tr("Link"), self)
        link_form = QFormLayout(link_box)
        link_form.addRow(self.tr("Host"), self.host)
        link_form.addRow(self.tr("Signature"), self.signature)
        link_form.addRow(self.tr("Version"), version_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(link_box)
        for title, widget in (
            (self.tr("Expiry"), self.expiry),
            (self.tr("Signed request headers"), self.headers),
            (self.tr("Response overrides"), self.overrides),
            (self.tr("Image processing"), self.processing),
        ):
            box = QGroupBox(title, self)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        layout.addStretch(1)
        signals = (self.host.changed, self.expiry.changed, self.headers.changed, self.overrides.changed)
        for signal in (*signals, self.processing.changed):
            signal.connect(self.changed)
        self.signature.currentIndexChanged.connect(self.changed)

    def signature_version(self) -> SignatureVersion:
        return self.signature.version()

    def presigner(self, now: datetime) -> tuple[BatchPresigner, LinkSpec]:
        """One presigner for the whole batch, signing at `now`, and what the link history keeps
        of its links (any key); ValidationError (the input it names is marked) when an option
        breaks a rule."""
        version = self.signature_version()
        try:
            duration, instant = self.expiry.choice()
            plan = plan_expiry(
                now, duration=duration, instant=instant, v4=version is SignatureVersion.V4,
                token_expiration=self.account.token_expiration,
            )
            endpoint = self.host.choice().resolve(self.region)
            self.host.show_endpoint(endpoint, self.bucket)
            range_behavior, payer, extra = self.headers.values()
            template = PresignRequest(
                bucket=self.bucket, key="", range_behavior=range_behavior, request_payer=payer, headers=extra,
                process=self.processing.process(),
                **self.overrides.values(),
            )
            presigner = BatchPresigner(
                template, credentials=self.account.credentials, region=self.region, endpoint=endpoint,
                now=now, expiration=plan.expiration, version=version,
            )
        except ValidationError as exc:
            self.mark(exc)
            raise
        self.mark(None)
        self.expiry.show_plan(plan, version is SignatureVersion.V4)
        spec = LinkSpec(template, self.region, endpoint, version, presigner.expiration, self.account.profile_name)
        return presigner, spec

    def mark(self, exc: ValidationError | None) -> None:
        field = exc.field if exc else None
        rule = rule_of(exc) if exc else None
        self.expiry.set_error(rule if field in EXPIRY_FIELDS else None)
        self.headers.set_error(field, rule)
        self.overrides.set_error(field, rule)
        self.processing.set_error(field, rule)
        self.host.set_error(rule if field in ("endpoint", "region") else None)
