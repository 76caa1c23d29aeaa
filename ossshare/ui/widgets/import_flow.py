"""'Import from ossutil': read ~/.ossutilconfig (or the aliyun CLI's config) in a worker, put
the secrets in the keyring, and report what was imported and what was skipped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..connection import AccountStores
from ..error_messages import translated
from ..i18n import translate
from ..problems import present
from ..requests import Request

if TYPE_CHECKING:  # reads keyring and settings: imported in the worker
    from ...services.ossutil_import import ImportReport


def _import(stores: AccountStores) -> tuple[ImportReport, str]:
    from ...services.ossutil_import import (
        ImportFailed,
        apply_plan,
        default_aliyun_path,
        default_ossutil_path,
        read_aliyun_config,
        read_ossutil_config,
    )

    ossutil, aliyun = default_ossutil_path(), default_aliyun_path()
    if ossutil.exists():
        plan, source = read_ossutil_config(ossutil), str(ossutil)
    elif aliyun.exists():
        plan, source = read_aliyun_config(aliyun), str(aliyun)
    else:
        raise ImportFailed(f"Neither {ossutil} nor {aliyun} exists: there is nothing to import.")
    return apply_plan(plan, profiles=stores.profiles(), secrets=stores.secrets()), source


def start_import(parent: QWidget, stores: AccountStores, *, on_done: Callable[[list[str]], None]) -> None:
    """Runs the import off the GUI thread; a non-blocking message box tells the outcome."""

    def tell(icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setInformativeText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def done(outcome: tuple[ImportReport, str]) -> None:
        report, source = outcome
        names = [c.profile.name for c in report.imported]
        skipped = "\n".join(f"{s.origin}: {translated(s.summary or s.reason)}" for s in report.skipped)
        if names:
            text = translate("Import", "Imported {0} from {1}; the secrets are in the keyring.").format(
                ", ".join(names), source
            )
        else:
            text = translate("Import", "Nothing was imported from {0}.").format(source)
        tell(QMessageBox.Icon.Information, translate("Import", "Import from ossutil"), text, skipped)
        on_done(names)

    def failed(error: BaseException) -> None:
        problem = present(error)
        tell(QMessageBox.Icon.Warning, problem.title, problem.message)
        on_done([])

    Request["tuple[ImportReport, str]"](parent, done, failed).submit(lambda: _import(stores))
