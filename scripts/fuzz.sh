#!/usr/bin/env bash
# Runs the libFuzzer targets: scripts/fuzz.sh [SECONDS] [TARGET...]
# Targets: txt md html docx xlsx ofd extract (default: all). Seeds come from Tests/Fuzz/seeds and, when present, from
# ../shared/corpus (read in place, never copied). A crashing input is saved to Tests/Fuzz/regressions/TARGET/,
# which the test suite replays (FuzzRegressionTests), and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}; shift || true
targets=("$@"); [ ${#targets[@]} -gt 0 ] || targets=(txt md html docx xlsx ofd extract)
shared=${DOCKET_SHARED:-../shared}

swift build --product docket-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DDOCKET_LIBFUZZER >/dev/null
bin=.build-fuzz/debug/docket-fuzz

status=0
for t in "${targets[@]}"; do
  work=$(mktemp -d)
  seeds=(); [ -d "Tests/Fuzz/seeds/$t" ] && seeds+=("Tests/Fuzz/seeds/$t")
  case $t in
    txt|extract) [ -d "$shared/corpus/docs" ] && seeds+=("$shared/corpus/docs") ;;
    html) [ -d "$shared/corpus/html" ] && seeds+=("$shared/corpus/html") ;;
    docx) [ -d "$shared/corpus/docx" ] && seeds+=("$shared/corpus/docx") ;;
  esac
  mkdir -p "Tests/Fuzz/regressions/$t"
  echo "fuzzing $t for ${seconds}s (seeds: ${seeds[*]:-none})"
  if ! SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Tests/Fuzz/lsan.supp DOCKET_FUZZ_TARGET=$t "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="Tests/Fuzz/regressions/$t/" "$work" "${seeds[@]}" >"$work.log" 2>&1; then
    echo "  CRASH in $t: see Tests/Fuzz/regressions/$t/ and $work.log"; tail -30 "$work.log"; status=1
  else
    grep -E "^Done [0-9]+ runs" "$work.log" | sed "s/^/  /" || true
  fi
  rm -rf "$work"
done
exit $status
