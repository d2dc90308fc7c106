#!/usr/bin/env bash
# Issue 8's benchmarks in one command: build the 100k-article corpus (once), then the store
# figures and the desk's list figures, each beside its floor measured in the same run.
#   bash bench/scale.sh [DIR]        (DIR holds the 2 GB corpus; default /tmp/danvan-scale)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/danvan-scale}
mkdir -p "$dir/home"
export DANVAN_HOME="$dir/home" QT_QPA_PLATFORM=offscreen
python=${PYTHON:-python}
url="sqlite:///$dir/corpus.sqlite3"
[ -f "$dir/corpus.sqlite3" ] || "$python" bench/corpus.py --articles 100000 --images 20000 --database "$url"
"$python" bench/bench_store.py --database "$url"
cp "$dir/corpus.sqlite3" "$dir/desk.sqlite3"  # the desk's bench writes; keep the corpus clean
"$python" bench/bench_list_100k.py --database "sqlite:///$dir/desk.sqlite3"
