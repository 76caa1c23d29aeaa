"""The QR code as the dialog draws it, saves it and copies it decodes to exactly the link."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from ossshare.core import Credentials
from ossshare.sandbox import Sandbox
from ossshare.services.qr import QUIET_ZONE
from ossshare.ui.share.dialog_layout import PREFERRED_SIZE
from tests.test_share_support import close_dialog, decode_qimage, open_dialog, sandbox_account

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _clear_clipboard() -> Any:
    """These tests fill the clipboard; offscreen Qt can crash at exit if it stays filled."""
    yield
    QApplication.clipboard().clear()


LONG_TOKEN = "CAIS" + "x7Yq/+=" * 150


@pytest.fixture(params=["short", "sts-long"])
def dialog(request: pytest.FixtureRequest, qtbot: Any, sandbox: Sandbox, sandbox_credentials: Credentials) -> Any:
    credentials = sandbox_credentials
    if request.param == "sts-long":
        credentials = Credentials("STS.NLongTokenKeyId", "LongTokenSecret0123456789abcdef", LONG_TOKEN)
        sandbox.set_credentials([credentials])
    dlg = open_dialog(qtbot, sandbox, sandbox_account(sandbox, credentials), "hello.txt", client=None)
    # The offscreen screen is 800x600, smaller than any desktop: give the dialog its usual size.
    dlg.resize(PREFERRED_SIZE)
    url = dlg.link_result().url
    assert (len(url) > 1000) == (request.param == "sts-long")
    yield dlg
    close_dialog(qtbot, dlg)


def test_widget_rendering_decodes_to_the_url(dialog: Any) -> None:
    widget = dialog.qr.qr
    image = widget.grab().toImage()  # exactly what is on screen
    assert decode_qimage(image) == [dialog.result_panel.link_text()]
    code = widget.code()
    assert widget.scale() >= 2
    assert widget.image().width() == code.size_with_quiet_zone * widget.scale()


def test_modules_are_whole_pixels_with_a_white_quiet_zone(dialog: Any) -> None:
    widget = dialog.qr.qr
    image = widget.image().convertToFormat(QImage.Format.Format_Grayscale8)
    scale, code = widget.scale(), widget.code()
    values = {
        image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7) for y in range(0, image.height(), 5)
    }
    assert values <= {0, 255}  # no grey: nothing was smoothed
    quiet = QUIET_ZONE * scale
    assert all(image.pixelColor(x, quiet - 1).lightness() == 255 for x in range(image.width()))
    # The top-left finder pattern starts right after the quiet zone, one module per `scale`.
    assert image.pixelColor(quiet, quiet).lightness() == 0
    assert image.pixelColor(quiet + scale, quiet + scale).lightness() == 255
    assert code.matrix[0][0] and not code.matrix[1][1]


def test_resizing_keeps_integer_scale_and_decodes(qtbot: Any, dialog: Any) -> None:
    widget = dialog.qr.qr
    n = widget.code().size_with_quiet_zone
    for extra in (0, 3, n - 1):
        dialog.resize(dialog.width() + 37, dialog.height() + 41)
        widget.resize(QSize(n * 3 + extra, n * 3 + extra + 11))
        assert widget.scale() == 3
        assert decode_qimage(widget.grab().toImage()) == [dialog.link_result().url]


def test_level_choice_is_shown_and_encoded(dialog: Any) -> None:
    panel = dialog.qr
    assert panel.code().level == "M" and "level M" in panel.info.text()
    panel.level.setCurrentIndex(panel.level.findData("L"))
    assert panel.code().level == "L" and "level L" in panel.info.text()
    assert decode_qimage(panel.qr.grab().toImage()) == [dialog.link_result().url]


def test_dense_code_warns(dialog: Any) -> None:
    code = dialog.qr.code()
    assert (code.version > 25) == dialog.qr.warning.isVisibleTo(dialog)
    if code.version > 25:
        assert f"version {code.version}" in dialog.qr.warning.text()


def test_saved_png_and_svg_decode(tmp_path: Path, dialog: Any) -> None:
    from PySide6.QtSvg import QSvgRenderer

    url = dialog.link_result().url
    png, svg = tmp_path / "code.png", tmp_path / "code.svg"
    assert dialog.qr.save_png(str(png)) and dialog.qr.save_svg(str(svg))
    image = QImage(str(png))
    assert decode_qimage(image) == [url]
    assert image.width() % dialog.qr.code().size_with_quiet_zone == 0
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    size = renderer.defaultSize()
    rendered = QImage(size, QImage.Format.Format_ARGB32)
    rendered.fill(QColor("white"))
    painter = QPainter(rendered)
    renderer.render(painter)
    painter.end()
    assert decode_qimage(rendered) == [url]


def test_copy_image_puts_a_decodable_code_on_the_clipboard(dialog: Any) -> None:
    dialog.qr.copy_image()
    assert decode_qimage(QApplication.clipboard().image()) == [dialog.link_result().url]


def test_full_screen_view_shows_the_same_code(qtbot: Any, dialog: Any) -> None:
    view = dialog.qr.show_full_screen()
    qtbot.waitExposed(view)
    assert view.isFullScreen()
    assert decode_qimage(view.qr.grab().toImage()) == [dialog.link_result().url]
    with qtbot.waitSignal(view.destroyed, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


# Offscreen Qt warns that it cannot size a new top-level dialog; that is the platform, not us.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_save_menu_opens_a_non_blocking_file_dialog(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    for kind, action in (("png", dialog.qr.save_png_action), ("svg", dialog.qr.save_svg_action)):
        action.trigger()  # returns at once: open(), not exec()
        chooser = [d for d in dialog.qr.findChildren(QFileDialog) if d.isVisible()][-1]
        assert chooser.isModal() and chooser.acceptMode() == QFileDialog.AcceptMode.AcceptSave
        target = tmp_path / f"chosen.{kind}"
        with qtbot.waitSignal(dialog.qr.saved, timeout=5000) as saved:
            chooser.fileSelected.emit(str(target))
        chooser.reject()
        assert saved.args == [str(target)] and target.stat().st_size > 0
    assert dialog.qr.status.text().startswith("Saved")


def test_save_failure_is_reported(qtbot: Any, dialog: Any, tmp_path: Path) -> None:
    with qtbot.waitSignal(dialog.qr.failed, timeout=5000) as failed:
        assert not dialog.qr.save_png(str(tmp_path / "missing-dir" / "x.png"))
    title, message = failed.args
    assert title and "x.png" in message
    assert title in dialog.qr.status.text()


def test_typing_updates_the_link_at_once_and_the_code_when_typing_pauses(qtbot: Any, dialog: Any) -> None:
    for text in ("t", "te", "tex", "text/plain"):
        dialog.overrides.content_type.setText(text)
        assert "response-content-type=" in dialog.result_panel.link_text()
    assert dialog.qr.pending() and dialog.qr.qr.is_stale()
    faded = dialog.qr.qr.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    darkest = min(
        faded.pixelColor(x, y).lightness() for x in range(0, faded.width(), 3) for y in range(0, faded.height(), 3)
    )
    assert darkest > 180  # the earlier code is drawn faded: no phone should take it for the link
    with qtbot.waitSignal(dialog.qr.updated, timeout=5000):
        pass
    assert not dialog.qr.pending() and not dialog.qr.qr.is_stale()
    assert decode_qimage(dialog.qr.qr.grab().toImage()) == [dialog.link_result().url]
    assert "text%2Fplain" in dialog.link_result().url


def test_saving_right_after_a_change_uses_the_new_link(dialog: Any, tmp_path: Path) -> None:
    dialog.overrides.content_language.setText("en")
    assert dialog.qr.pending()
    path = tmp_path / "now.png"
    assert dialog.qr.save_png(str(path))
    assert decode_qimage(QImage(str(path))) == [dialog.link_result().url]
