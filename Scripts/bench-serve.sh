#!/usr/bin/env bash
# Times `faro serve` rebuilding after a save, on the shared corpus:
#
#   Scripts/bench-serve.sh
#   PAGES=10000 EDITS=5 SCRATCH=.build-bench Scripts/bench-serve.sh
#
# PAGES    pages per language (two languages: es, en); default 10000
# EDITS    saves of each kind; the table shows the median; default 5
# SCRATCH  SwiftPM scratch path for the release build; default .build
#
# Starts the preview server on a generated corpus, waits for its first build, then saves one page
# EDITS times with new text below its front matter (what an editor does most) and EDITS times with a
# new title (which also reaches the section's listing pages and the A–Z index), then writes EDITS new
# pages beside it (a change of the site's shape, so a full build). For each save it reads the
# server's own "rebuilt in … s" figure, measures save-to-rebuilt wall time (which adds the change
# signal's 50 ms ticks, the 50 ms a save must stay quiet, and this script's own polling of the log every
# 20 ms), and fetches the page to check the new text is served.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared/bench"
pages=${PAGES:-10000}
edits=${EDITS:-5}
scratch=${SCRATCH:-.build}

die() { echo "bench-serve: $*" >&2; exit 1; }
note() { echo "bench-serve: $*" >&2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/faro-bench-serve.XXXXXX")
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=lib/bench-content.sh
source "$repo/Scripts/lib/bench-content.sh"

command -v python3 >/dev/null || die "python3 is missing"
command -v curl >/dev/null || die "curl is missing; run: Scripts/install-deps.sh --bench"
[ -f "$shared/make-corpus.py" ] || die "no make-corpus.py in $shared (shared/ must be checked out beside the repository)"
[[ $pages =~ ^[1-9][0-9]*$ ]] || die "PAGES must be a positive integer, not '$pages'"
[[ $edits =~ ^[1-9][0-9]*$ ]] || die "EDITS must be a positive integer, not '$edits'"

note "building faro (release, scratch path $scratch)"
(cd "$repo" && swift build -c release --product faro --scratch-path "$scratch") >&2
case $scratch in /*) faro="$scratch/release/faro" ;; *) faro="$repo/$scratch/release/faro" ;; esac
[ -x "$faro" ] || die "no binary at $faro after the build"

note "generating a corpus of $pages pages per language"
python3 "$shared/make-corpus.py" "$work/corpus" --pages "$pages" --shelters 0 >/dev/null
make_faro_content "$work/corpus" "$work/Content"
# The edited page is copied, not hard-linked, so saving it cannot touch the corpus.
page=$(cd "$work/Content" && find . -name '*.es.md' ! -name 'index.*' | sort | awk 'NR == 1')
page=${page#./}
cp --remove-destination "$work/corpus/content/$page" "$work/Content/$page"
url_path="/es/${page%.es.md}/"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
log="$work/serve.log"
"$faro" serve --content "$work/Content" --theme "$repo/Themes/default" --port "$port" --lang en >"$log" 2>&1 &
server=$!

# wait_for_line COUNT: waits until the log holds COUNT lines of finished builds; prints the last one.
wait_for_line() {
  local count=$1 deadline=$((SECONDS + 600)) found
  while :; do
    found=$(grep -cE '^(re)?built in|^build failed' "$log" 2>/dev/null || true)   # the log may not exist yet
    [ "${found:-0}" -lt "$count" ] || break
    kill -0 "$server" 2>/dev/null || { cat "$log" >&2; die "faro serve stopped"; }
    [ "$SECONDS" -lt "$deadline" ] || { cat "$log" >&2; die "no build after 10 minutes"; }
    sleep 0.02
  done
  grep -E '^(re)?built in|^build failed' "$log" | sed -n "${count}p"
}

first=$(wait_for_line 1)
note "first build: $first"
now() { date +%s.%N; }
builds=1
declare -a body_server body_wall title_server title_wall new_server new_wall

save_and_time() {  # save_and_time KIND N: edits the page, waits for the rebuild, checks the served page
  local kind=$1 n=$2 marker start line end server_s fetch=$url_path
  marker="bench-serve-$kind-$n"
  start=$(now)
  case $kind in
    body) printf '\n\nTexto nuevo %s.\n' "$marker" >>"$work/Content/$page" ;;
    title) sed -i "0,/^title:.*/s//title: \"Título $marker\"/" "$work/Content/$page" ;;
    new)  # a page that was not there: the site's shape changes, so this is a full build
      printf -- '---\ntitle: "Página %s"\n---\n\nTexto %s.\n' "$marker" "$marker" >"$work/Content/$(dirname "$page")/$marker.es.md"
      fetch="/es/$(dirname "$page")/$marker/" ;;
  esac
  builds=$((builds + 1))
  line=$(wait_for_line "$builds")
  end=$(now)
  case $line in build\ failed*) cat "$log" >&2; die "the rebuild failed" ;; esac
  server_s=$(sed -E 's/^rebuilt in ([0-9.]+) s.*/\1/' <<<"$line")
  curl -fsS -o "$work/page.html" "http://127.0.0.1:$port$fetch" || die "could not fetch $fetch"
  grep -q "$marker" "$work/page.html" || die "$fetch does not show $marker after: $line"
  note "$kind edit $n: $line; save to rebuilt $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }') s"
  local wall; wall=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
  case $kind in
    body) body_server+=("$server_s"); body_wall+=("$wall") ;;
    title) title_server+=("$server_s"); title_wall+=("$wall") ;;
    new) new_server+=("$server_s"); new_wall+=("$wall") ;;
  esac
  sleep 0.5   # let the file's modification time move on, so the next save is seen as a change
}

for ((n = 1; n <= edits; n++)); do save_and_time body "$n"; done
for ((n = 1; n <= edits; n++)); do save_and_time title "$n"; done
for ((n = 1; n <= edits; n++)); do save_and_time new "$n"; done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "faro serve on $pages pages per language x 2 languages; $(nproc) cores; $edits saves of each kind; medians."
echo "first build: $first"
printf '%-28s %12s %16s\n' "save" "rebuild_s" "save_to_served_s"
printf '%-28s %12s %16s\n' "text below front matter" "$(median "${body_server[@]}")" "$(median "${body_wall[@]}")"
printf '%-28s %12s %16s\n' "title (listings, A-Z index)" "$(median "${title_server[@]}")" "$(median "${title_wall[@]}")"
printf '%-28s %12s %16s\n' "new page (full build)" "$(median "${new_server[@]}")" "$(median "${new_wall[@]}")"
echo "(rebuild_s: what faro serve prints, read, render and write; save_to_served_s adds the change signal ticks and the settle wait)"
