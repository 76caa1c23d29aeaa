#!/usr/bin/env bash
# Build the one-folder bundle dist/ossshare/ (the app with its own Python and Qt, for people
# without Python) from a clean virtual environment, with PyInstaller from PyPI.
#
#   packaging/build-bundle.sh            # then: dist/ossshare/ossshare --version
#
# Also writes the Windows and macOS icons (build/icons/ossshare.ico, .icns) from the rendered
# PNGs with Pillow; packaging/ossshare.spec picks the one for the platform it runs on, so the
# same spec builds there (run this script's steps from Git Bash on Windows, or on macOS).
# Not part of ./run-tests: it takes minutes. PYTHON picks the interpreter (default python3).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/bundle-venv
started=$(date +%s)

rm -rf "$VENV" build/pyinstaller dist/ossshare
"$PYTHON" -m venv "$VENV"
if [ -x "$VENV/Scripts/python.exe" ]; then PY="$VENV/Scripts/python.exe"; else PY="$VENV/bin/python"; fi
"$PY" -m pip install -q --upgrade pip
# The app itself, as a user would install it (not editable), then the build tools.
"$PY" -m pip install -q . "pyinstaller>=6.10" "pillow>=10"

mkdir -p build/icons
"$PY" - <<'EOF'
from PIL import Image

sizes = (16, 24, 32, 48, 64, 128, 256, 512)
images = {n: Image.open(f"resources/icons/{n}.png").convert("RGBA") for n in sizes}
# Windows wants up to 256 px in the .ico; macOS takes 16 to 512 (and their @2x) in the .icns.
images[256].save("build/icons/ossshare.ico", sizes=[(n, n) for n in sizes if n <= 256],
                 append_images=[images[n] for n in sizes if n < 256])
images[512].save("build/icons/ossshare.icns", append_images=[images[n] for n in sizes if n < 512])
EOF

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/ossshare.spec

size=$(du -sm dist/ossshare | cut -f1)
echo "bundle: dist/ossshare, ${size} MB, built in $(( $(date +%s) - started )) s"
