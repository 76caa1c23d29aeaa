"""Every catalogue is complete and safe to load: no unfinished or empty entry; each translation
keeps its source's placeholders (%1, %n, {0}, {name}) and accelerator count, so no format call
breaks and no menu loses its Alt key; plural entries have every form the language has; and the
compiled .qm is exactly what lrelease makes of the .ts (no stale catalogue ships)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ossshare.ui.language import LANGUAGES, TRANSLATIONS

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
PLURAL_FORMS = {"ja": 1, "zh_CN": 1, "zh_TW": 1}  # Qt's plural rules: one form in each
_PLACEHOLDER = re.compile(r"%L?\d|%n|\{[A-Za-z_0-9]*\}")
_ACCELERATOR = re.compile(r"&(?=[^&\s])")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text.replace("&&", "")))


def accelerators(text: str) -> int:
    return len(_ACCELERATOR.findall(text.replace("&&", "")))


def entries(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"ossshare_{lang}.ts").getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_entry_is_finished(lang: str) -> None:
    problems = []
    for context, source, message in entries(lang):
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("vanished", "obsolete"):
            continue  # no longer in the source: lrelease leaves it out
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else []
        texts = forms or [translation.text or ""]
        if kind == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} is not translated")
        elif forms and len(forms) != PLURAL_FORMS[lang]:
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms, not {PLURAL_FORMS[lang]}")
        for text in texts:
            if text.strip() and placeholders(text) != placeholders(source):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if text.strip() and accelerators(text) != accelerators(source):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerators differ")
    assert len(entries(lang)) > 300
    assert not problems, f"{len(problems)} in ossshare_{lang}.ts:\n" + "\n".join(problems[:40])


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_in_step(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"ossshare_{lang}.qm"
    ts = TRANSLATIONS / f"ossshare_{lang}.ts"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    shipped = TRANSLATIONS / f"ossshare_{lang}.qm"
    assert shipped.read_bytes() == fresh.read_bytes(), f"run lrelease on {ts.name}: {shipped.name} is stale"


def test_the_checks_see_what_they_check() -> None:
    assert placeholders("Imported {0} from {1}: %n file(s), %L1") == {"{0}", "{1}", "%n", "%L1"}
    assert accelerators("&Save && close") == 1 and accelerators("保存して閉じる(&S)") == 1
