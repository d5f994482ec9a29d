#!/usr/bin/env bash
# Times a full Faro build against a full Hugo build of the same synthetic corpus.
#
#   Scripts/bench.sh                      (what `make bench` runs)
#   BENCH_PAGES="1000 5000 10000" BENCH_RUNS=3 SCRATCH=.build-bench Scripts/bench.sh
#
# BENCH_PAGES  space-separated sizes, pages per language (two languages: es, en); default "1000 5000 10000",
#              the sizes issue 8 asks about (10,000 is the one its goals are measured on)
# BENCH_RUNS   builds per tool and size; the table shows the median wall time; default 3
# SCRATCH      SwiftPM scratch path for the release build; default .build
# BENCH_OUT    folder the builds write into (default: /dev/shm when it is a writable tmpfs, else the
#              temporary folder); BENCH_OUT=/tmp measures the disk too
#
# The corpus comes from ../shared/bench/ (the shared/ folder checked out beside this repository):
# make-corpus.py writes it, hugo-site.sh wraps it for Hugo, and this script wraps it for Faro.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared/bench"
pages_list=${BENCH_PAGES:-1000 5000 10000}
runs=${BENCH_RUNS:-3}
scratch=${SCRATCH:-.build}
theme="$repo/Themes/default"

die() { echo "bench: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

# Everything the benchmark writes lives in one temporary folder, removed however the script ends.
work=$(mktemp -d "${TMPDIR:-/tmp}/faro-bench.XXXXXX")
# make_faro_content CORPUS CONTENT (Faro's content folder for a corpus) and default_bench_out.
# shellcheck source=lib/bench-content.sh
source "$repo/Scripts/lib/bench-content.sh"
# Where the builds write: in memory by default (see default_bench_out).
BENCH_OUT=${BENCH_OUT:-$(default_bench_out)}
outroot="${BENCH_OUT:-$work}/faro-bench-out.$$"
cleanup() { rm -rf "$work" "$outroot"; }
trap cleanup EXIT
trap 'exit 130' INT   # turn signals into a normal exit so the EXIT trap runs
trap 'exit 143' TERM
export HUGO_CACHEDIR="$work/hugo-cache"   # keep Hugo's cache inside the temporary folder too


check_tools() {
  [ -x /usr/bin/time ] || die "/usr/bin/time (GNU time) is missing; run: Scripts/install-deps.sh --bench"
  command -v hugo >/dev/null || die "hugo is missing; run: Scripts/install-deps.sh --bench"
  command -v python3 >/dev/null || die "python3 is missing; run: Scripts/install-deps.sh --bench"
  [ -f "$shared/make-corpus.py" ] && [ -f "$shared/hugo-site.sh" ] \
    || die "no make-corpus.py / hugo-site.sh in $shared (shared/ must be checked out beside the repository)"
  [[ $runs =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer, not '$runs'"
  for n in $pages_list; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "BENCH_PAGES must list positive integers, not '$n'"
  done
}

# Release build in its own scratch path, so a benchmark never disturbs someone else's .build.
build_faro() {
  note "building faro (release, scratch path $scratch)"
  (cd "$repo" && swift build -c release --product faro --scratch-path "$scratch") >&2
  case $scratch in /*) faro="$scratch/release/faro" ;; *) faro="$repo/$scratch/release/faro" ;; esac
  [ -x "$faro" ] || die "no binary at $faro after the build"
}


# Runs one timed build: time_build LOG COMMAND...  Appends "seconds peak-KB" to $work/times.
# The command's own output goes to LOG; on failure LOG is shown verbatim and the script stops.
time_build() {
  local log=$1; shift
  local status=0
  /usr/bin/time -f '%e %M' -o "$work/time.txt" "$@" >"$log" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "bench: FAILED (exit $status): $*" >&2
    echo "----- output -----" >&2
    cat "$log" >&2
    echo "------------------" >&2
    exit 1
  fi
  tail -n 1 "$work/time.txt" >>"$work/times"
}

count_index() { find "$1" -name index.html -type f | wc -l; }

# Median of the first column and maximum of the second (KB -> MB) of a times file.
median_seconds() { cut -d' ' -f1 "$1" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
peak_mb() { cut -d' ' -f2 "$1" | sort -n | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }'; }

# One timed build of one tool into a fresh output folder; progress goes to stderr, times and counts to $work.
# bench_run NAME SIZE RUN COMMAND-WITH-@OUT@...  (@OUT@ is replaced by the run's output folder)
bench_run() {
  local name=$1 size=$2 run=$3; shift 3
  local out="$outroot/$name-$size-$run" args=() arg count   # a new path each run: a full build, never an update
  for arg in "$@"; do args+=("${arg//@OUT@/$out}"); done
  time_build "$work/$name.log" "${args[@]}"
  tail -n 1 "$work/times" >>"$work/$name.times"
  count=$(count_index "$out")
  note "  $name run $run: $(tail -n 1 "$work/times" | awk '{ printf "%.2f s, %.0f MB", $1, $2 / 1024 }'), $count index.html"
  [ "$count" -gt 0 ] || die "$name wrote no index.html into $out"
  echo "$count" >"$work/$name.count"
  if [ "$name" = faro ]; then grep -o '^built .* other files' "$work/faro.log" >"$work/faro.summary" || true; fi   # "built N pages (...)"
}

bench_size() {
  local size=$1 corpus="$work/corpus-$size" site="$work/hugo-$size" content="$work/faro-$size/Content"
  note "size $size pages per language: generating corpus"
  python3 "$shared/make-corpus.py" "$corpus" --pages "$size" --shelters 0
  bash "$shared/hugo-site.sh" "$corpus" "$site"
  make_faro_content "$corpus" "$content"
  mkdir -p "$outroot"
  : >"$work/faro.times"; : >"$work/hugo.times"; : >"$work/times"

  # The tools take turns, and outputs are removed only after the last run of a size: ext4 searches past
  # inodes freed in the last minutes when it makes new ones, so deleting one run's output just before the
  # next build slows that build's file creation by seconds, and more for whichever tool comes second.
  local run
  for ((run = 1; run <= runs; run++)); do
    bench_run faro "$size" "$run" "$faro" build --content "$content" --theme "$theme" --output @OUT@
    bench_run hugo "$size" "$run" hugo --quiet -s "$site" -d @OUT@
  done
  rm -rf "${outroot:?}"/*

  local ft ht fm hm
  ft=$(median_seconds "$work/faro.times"); ht=$(median_seconds "$work/hugo.times")
  fm=$(peak_mb "$work/faro.times");        hm=$(peak_mb "$work/hugo.times")
  rows+=("$(awk -v n="$size" -v ft="$ft" -v ht="$ht" -v fm="$fm" -v hm="$hm" \
    -v fi="$(cat "$work/faro.count")" -v hi="$(cat "$work/hugo.count")" 'BEGIN {
      printf "%7d %9.2f %9.2f %8.2fx %8d %8d %8.2fx %9d %9d", n, ft, ht, (ft > 0 ? ht / ft : 0), fm, hm, (fm > 0 ? hm / fm : 0), fi, hi }')")
  notes+=("$size: faro said \"$(cat "$work/faro.summary")\"")
  rm -rf "$corpus" "$site" "$work/faro-$size"   # keep the disk use of big lists bounded
}

main() {
  check_tools
  build_faro
  note "faro: $faro"
  note "hugo: $(hugo version | head -n 1)"
  rows=() notes=()
  for size in $pages_list; do bench_size "$size"; done

  echo
  echo "Full builds, $runs runs each, taking turns, pages per language x 2 languages (es, en); $(nproc) cores;"
  echo "output written to ${BENCH_OUT:-${TMPDIR:-/tmp}} ($(stat -f -c %T "${BENCH_OUT:-$work}") file system)."
  echo "Time: median wall seconds. Memory: peak RSS, max over runs. Ratios: Hugo / Faro (>1 favours Faro)."
  printf '%7s %9s %9s %9s %8s %8s %9s %9s %9s\n' \
    pages faro_s hugo_s speed-up faro_MB hugo_MB mem_ratio faro_idx hugo_idx
  printf '%s\n' "${rows[@]}"
  echo "(faro_idx / hugo_idx: index.html files each tool wrote in one build)"
  printf '%s\n' "${notes[@]}"
}

main
