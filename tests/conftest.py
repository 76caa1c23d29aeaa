"""Test-wide setup. Qt runs offscreen; area fixtures live in tests/fixtures/*.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = [
    "tests.fixtures.env",
    "tests.fixtures.sandbox",
    "tests.fixtures.keyring",
    "tests.fixtures.qt",
    "tests.fixtures.hostile_server",
]
