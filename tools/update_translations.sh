#!/bin/sh
# Refresh the interface catalogue after visible text changed in app/ or widgets/:
# pyside6-lupdate merges new and changed source strings into the .ts (translate them, e.g.
# in pyside6-linguist, and drop type="unfinished"), then pyside6-lrelease compiles the .qm
# the window loads. Strings that left the code are dropped (-no-obsolete).
set -eu
cd "$(dirname "$0")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
TS=resources/i18n/zhengwen_zh_CN.ts
"$BIN/pyside6-lupdate" -no-obsolete -target-language zh_CN -locations none app/*.py app/rules/*.py widgets/*.py -ts "$TS"
"$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
if grep -q 'type="unfinished"' "$TS"; then
    echo "update_translations: $(grep -c 'type="unfinished"' "$TS") message(s) still need a translation in $TS" >&2
fi
