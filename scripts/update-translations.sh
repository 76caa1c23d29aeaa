#!/usr/bin/env bash
# Refresh the translation catalogues from the source (every self.tr()/translate() string) and
# compile them. Translators edit ossshare/ui/translations/ossshare_<lang>.ts with Qt Linguist
# (.venv/bin/pyside6-linguist); the app loads the compiled .qm for the user's language.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=ossshare/ui/translations
mapfile -t sources < <(find ossshare/ui -name '*.py' | sort)
for lang in ja zh_CN zh_TW; do
  .venv/bin/pyside6-lupdate -no-obsolete "${sources[@]}" -ts "$dir/ossshare_$lang.ts"
  .venv/bin/pyside6-lrelease -silent "$dir/ossshare_$lang.ts" -qm "$dir/ossshare_$lang.qm"
done
