"""The share services stay free of Qt: importing them in a fresh interpreter loads no PySide6."""

from __future__ import annotations

import subprocess
import sys


def test_share_services_do_not_import_qt() -> None:
    code = (
        "import sys\n"
        "import ossshare.services.snippets, ossshare.services.qr, ossshare.services.disposition\n"
        "import ossshare.services.link_check\n"
        "import ossshare.services.share, ossshare.services.share_hosts, ossshare.services.link_hints\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
