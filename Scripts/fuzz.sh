#!/usr/bin/env bash
# Fuzzes Faro's readers of hand-written input with libFuzzer: front matter, directory records, CSV import
# and slugs. Usage: Scripts/fuzz.sh [seconds per target, default 60] [target…]
# Seeds are in Fuzz/Corpus/<target>/, dictionaries of tokens in Fuzz/Dictionaries/<target>.dict.
# Builds the separate package in Fuzz/ (the main build and tests never see the fuzzer flags), runs each
# target for a bounded time from its seeds in Fuzz/Corpus/<target>/, and prints executions and crashes.
# New interesting inputs go to Fuzz/.build/corpus/<target>/; a crashing input is saved as
# Fuzz/Crashes/<target>/crash-<hash> — add it as a regression test and fix the cause.
set -euo pipefail

seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzRecord FuzzCSVImport FuzzSlug)

cd "$(dirname "$0")/../Fuzz"
# Coverage for the Swift code and for the C parser behind Yams (libyaml); AddressSanitizer for both.
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
bin="$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address --show-bin-path)"

status=0
summary=""
for target in "${targets[@]}"; do
    mkdir -p ".build/corpus/$target" "Crashes/$target"
    log=".build/fuzz-$target.log"
    max_len=16384
    [ "$target" = FuzzCSVImport ] && max_len=8192  # each row is decoded twice over; shorter sheets run faster
    dictionary=()
    [ -f "Dictionaries/$target.dict" ] && dictionary=(-dict="Dictionaries/$target.dict")
    set +e
    "$bin/$target" ".build/corpus/$target" "Corpus/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len="$max_len" -print_final_stats=1 -artifact_prefix="Crashes/$target/" "${dictionary[@]}" > "$log" 2>&1
    code=$?
    set -e
    runs="$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')"
    crashes="$(find "Crashes/$target" -type f | wc -l | tr -d ' ')"
    summary+="$(printf '%-16s %6ss %12s executions  exit %-3s %s crash file(s) in Fuzz/Crashes/%s\n' "$target" "$seconds" "$runs" "$code" "$crashes" "$target")"$'\n'
    if [ "$code" -ne 0 ]; then
        status=1
        grep -E 'ERROR|Fatal error|Test unit written' "$log" | head -5 || true
    fi
done
printf '\n%s' "$summary"
exit "$status"
