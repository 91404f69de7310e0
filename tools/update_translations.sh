#!/bin/sh
# Refresh the interface catalogues after visible text changed in app/ or widgets/:
# pyside6-lupdate merges new and changed source strings into the .ts files (translate them,
# e.g. in pyside6-linguist, and drop type="unfinished"), then pyside6-lrelease compiles the
# .qm the window loads. Strings that left the code are dropped (-no-obsolete).
# zhengwen_zh_CN.ts holds every string; zhengwen_en.ts only the plural ones (tr with %n),
# whose English singular and plural forms it gives (the source says "step(s)").
set -eu
cd "$(dirname "$0")/.."
BIN=${PYSIDE6_BIN:-.venv/bin}
SOURCES="app/*.py app/rules/*.py widgets/*.py"
for lang in zh_CN en; do
    TS=resources/i18n/zhengwen_$lang.ts
    ONLY=$([ "$lang" = en ] && echo -pluralonly || true)
    # shellcheck disable=SC2086 # the sources are globs, ONLY is empty or one option
    "$BIN/pyside6-lupdate" -no-obsolete $ONLY -target-language "$lang" -locations none $SOURCES -ts "$TS"
    "$BIN/pyside6-lrelease" "$TS" -qm "${TS%.ts}.qm"
    if grep -q 'type="unfinished"' "$TS"; then
        echo "update_translations: $(grep -c 'type="unfinished"' "$TS") message(s) still need a translation in $TS" >&2
    fi
done
