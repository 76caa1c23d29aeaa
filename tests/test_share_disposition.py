"""The ASCII `filename` fallback for Japanese and Chinese names: what curl -J and other tools
that ignore `filename*` save the file as."""

from __future__ import annotations

import pytest

from ossshare.services.disposition import ascii_fallback, content_disposition


@pytest.mark.parametrize(
    ("name", "fallback"),
    [
        ("会議メモ.txt", "download.txt"),  # was "____.txt": nothing of the name survives
        ("说明.txt", "download.txt"),
        ("報告書", "download"),
        ("季度报告 Q3.pdf", "____ Q3.pdf"),  # something readable is left: kept
        ("Résumé.pdf", "Resume.pdf"),
    ],
)
def test_fallback_for_cjk_names(name: str, fallback: str) -> None:
    assert ascii_fallback(name) == fallback
    value = content_disposition(name)
    assert value.startswith(f'attachment; filename="{fallback}"; filename*=UTF-8\'\'')
