#!/usr/bin/env bash
# Times a build of directory records: N shelters (default 5000) from ../shared/bench/make-corpus.py,
# in five languages, with PDFs skipped, and prints pages per second and peak memory, next to the
# per-page cost of Markdown pages from a corpus of the same number of pages.
#   Scripts/bench-directory.sh            SHELTERS=5000 RUNS=3 SCRATCH=.build-bench BENCH_OUT=/tmp
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared/bench"
shelters=${SHELTERS:-5000}
runs=${RUNS:-3}
scratch=${SCRATCH:-.build}
work=$(mktemp -d "${TMPDIR:-/tmp}/faro-bench-directory.XXXXXX")
# Output in memory by default, as in bench.sh (BENCH_OUT=/tmp writes to the disk instead).
# shellcheck source=lib/bench-content.sh
source "$repo/Scripts/lib/bench-content.sh"
BENCH_OUT=${BENCH_OUT:-$(default_bench_out)}
out="${BENCH_OUT:-$work}/faro-bench-directory-out.$$"
trap 'rm -rf "$work" "$out"' EXIT

(cd "$repo" && swift build -c release --product faro --scratch-path "$scratch") >&2
case $scratch in /*) faro="$scratch/release/faro" ;; *) faro="$repo/$scratch/release/faro" ;; esac

site_yaml() {
  cat <<'YAML'
title: {es: Directorio, en: Directory, ht: Anye, fr: Annuaire, pt: Diretório}
base_url: https://example.org/
languages:
  - {code: es, name: Español, default: true}
  - {code: en, name: English}
  - {code: ht, name: Kreyòl ayisyen}
  - {code: fr, name: Français}
  - {code: pt, name: Português}
stale_after_days: 100000
precompress: false
broken_links: ignore
YAML
}

python3 "$shared/make-corpus.py" "$work/corpus" --pages "$shelters" --shelters "$shelters" --langs es >&2
mkdir -p "$work/records/directory" "$work/pages"
site_yaml > "$work/records/site.yaml"
cp -al "$work/corpus/directory/shelters" "$work/records/directory/"
site_yaml > "$work/pages/site.yaml"
cp -al "$work/corpus/content/." "$work/pages/"

# run NAME CONTENT: median seconds, max peak KB and the number of HTML pages written.
run() {
  local name=$1 content=$2 times=() peak=0 pages=0
  for i in $(seq "$runs"); do
    rm -rf "$out"
    /usr/bin/time -f '%e %M' -o "$work/time" "$faro" build --no-pdf --content "$content" --theme "$repo/Themes/default" --output "$out" >/dev/null 2>&1
    read -r seconds kb < "$work/time"
    times+=("$seconds"); [ "$kb" -gt "$peak" ] && peak=$kb
    pages=$(find "$out" -name index.html | wc -l)
  done
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v n="$name" -v s="$median" -v p="$pages" -v k="$peak" \
    'BEGIN { printf "%-28s %8d pages %8.2f s %9.0f pages/s %7.3f ms/page %6d MB\n", n, p, s, p/s, 1000*s/p, k/1024 }'
}

echo "Faro, $runs runs each (median wall time, max peak memory), PDFs skipped, no precompression:"
run "$shelters records x 5 langs" "$work/records"
run "$shelters pages x 5 langs" "$work/pages"
