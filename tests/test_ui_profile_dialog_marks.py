"""The profile dialog names every bad field at once, each in a sentence that starts with a
capital letter; an empty name is "required", not "'' is not a profile name"; a field being
corrected stops being red while the others stay marked."""

from __future__ import annotations

from ossshare.ui.widgets.profile_dialog import ProfileDialog
from tests.fixtures.qt import OFFSCREEN_NOISE

pytestmark = OFFSCREEN_NOISE


def red(widget) -> bool:
    return "border" in widget.styleSheet()


def dialog_with_three_mistakes(qtbot, memory_keyring) -> ProfileDialog:
    from ossshare.ui.connection import AccountStores

    dialog = ProfileDialog(None, stores=AccountStores())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_id.setText("has space")
    dialog.region.setCurrentText("Not A Region!")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    return dialog


def test_every_bad_field_is_named_at_once(qtbot, memory_keyring):
    dialog = dialog_with_three_mistakes(qtbot, memory_keyring)
    lines = dialog.message_text.splitlines()
    assert lines[0] == "Profile name: a name is required."
    assert lines[1].startswith("AccessKey ID: is required and must not contain spaces")
    assert lines[2] == "AccessKey secret: is required."  # in the form's order
    assert lines[3].startswith("Region: 'Not A Region!' is not a region id")
    assert all(line[:1].isupper() for line in lines)
    assert "'' is not a profile name" not in dialog.message_text
    assert all(red(w) for w in (dialog.name, dialog.key_id, dialog.region, dialog.secret))
    assert not red(dialog.endpoint)
    assert dialog.name.hasFocus() or not dialog.isActiveWindow()  # the first bad field is focused
    assert dialog.key_id.toolTip().startswith("Is required and must not contain spaces")


def test_a_corrected_field_is_no_longer_red_and_the_others_stay(qtbot, memory_keyring):
    dialog = dialog_with_three_mistakes(qtbot, memory_keyring)
    dialog.name.setFocus()
    qtbot.keyClicks(dialog.name, "work")
    assert not red(dialog.name)
    assert red(dialog.key_id) and red(dialog.region) and red(dialog.secret)
    dialog.region.setCurrentText("cn-hangzhou")
    assert not red(dialog.region)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # still two mistakes
    lines = dialog.message_text.splitlines()
    assert len(lines) == 2 and lines[0].startswith("AccessKey ID:") and lines[1].startswith("AccessKey secret:")
    assert not red(dialog.name) and not red(dialog.region)


