#!/bin/sh
# Smoke test of the built Linux bundle: it starts offscreen on an empty data directory,
# creates and migrates its database, shows the main window and a rendered preview, and
# exits 0. Builds the bundle first when there is none (or with --rebuild).
#
#   packaging/smoke-test.sh [--rebuild]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE="$HERE/dist/danvan-desktop"
PYTHON=${PYTHON:-python}

if [ "${1:-}" = "--rebuild" ] || [ ! -x "$BUNDLE/danvan-desktop" ]; then
    "$PYTHON" "$HERE/build.py"
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export DANVAN_HOME="$WORK/home" DANVAN_CACHE="$WORK/cache"
mkdir -p "$DANVAN_HOME" "$DANVAN_CACHE"

started=$(date +%s)
if ! "$BUNDLE/danvan-desktop" --smoke-test >"$WORK/log" 2>&1; then
    cat "$WORK/log"
    echo "smoke test FAILED: the bundle did not start, open its database or show the preview"
    exit 1
fi
grep -q "preview shown" "$WORK/log" || { cat "$WORK/log"; echo "smoke test FAILED: no preview"; exit 1; }
[ -f "$DANVAN_HOME/danvan.sqlite3" ] || { echo "smoke test FAILED: no database in $DANVAN_HOME"; exit 1; }
# The catalogs ship compiled: nothing may have been built into the cache (there is no lrelease).
if [ -n "$(ls -A "$DANVAN_CACHE/translations" 2>/dev/null)" ]; then
    echo "smoke test FAILED: translations were compiled at run time, not shipped"
    exit 1
fi
echo "smoke test passed in $(( $(date +%s) - started )) s: $BUNDLE"
