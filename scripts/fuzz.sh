#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with AddressSanitizer and runs each for SECONDS.
#   scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS defaults to 60; targets: records award-csv markdown slug collation
# Seeds come from fuzz/corpus/<target>/ (committed); what libFuzzer finds goes to fuzz/out/<target>/
# (corpus/, crashes/, fuzz.log; not committed). Prints executions, exec/s and coverage per target and
# exits 1 if any target crashed. libFuzzer and ASan ship with the Swift toolchain; apt adds libcmark.
set -euo pipefail
cd "$(dirname "$0")/.."

all=(records award-csv markdown slug collation)
seconds=${1:-60}
[[ $seconds =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS] [TARGET...]  (targets: ${all[*]})" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
for target in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $target "* ]] || { echo "unknown target: $target (targets: ${all[*]})" >&2; exit 2; }
done

scripts/install-deps.sh build
# Release with sanitizers: -O keeps Swift's own checks (bounds, overflow, preconditions) and runs
# several times more inputs per second than a debug build. The sanitizers go to swiftc as one flag:
# given `--sanitize fuzzer --sanitize address`, SwiftPM passes two -sanitize= flags, swiftc keeps
# only the last, and the Swift code lost its coverage counters or ASan, at random. `--sanitize fuzzer`
# stays so that SwiftPM leaves `main` to libFuzzer. -Xcc instruments the C targets (libyaml in Yams);
# lld, from the toolchain, links ASan without gold's hundreds of warnings.
start=$SECONDS
swift build --package-path fuzz --scratch-path .build-fuzz -c release \
  --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address -Xswiftc -use-ld=lld
echo "fuzz targets built in $(( SECONDS - start )) s" >&2

# Swift's crash reporter (swift-backtrace) hung after a crash under libFuzzer; libFuzzer and ASan report.
export SWIFT_BACKTRACE=enable=no
# One target per core at a time: each libFuzzer process is single-threaded.
jobs=$(nproc 2>/dev/null || echo 1)
run() {
  local target=$1 out=fuzz/out/$1 dict=fuzz/dict/$1.dict status=0
  mkdir -p "$out/corpus" "$out/crashes" "fuzz/regressions/$target"
  [ -f "$dict" ] || dict=fuzz/dict/vietnamese.dict
  echo "fuzzing $target for $seconds s…" >&2
  # The first folder takes what libFuzzer finds; the seeds and the inputs that once crashed are only
  # read. A single input running 10 s is a hang: the largest seeds take milliseconds.
  .build-fuzz/release/fuzz-"$target" "$out/corpus" "fuzz/corpus/$target" "fuzz/regressions/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -dict="$dict" \
    -artifact_prefix="$out/crashes/" -print_final_stats=1 >"$out/fuzz.log" 2>&1 || status=$?
  echo "$status" >"$out/status"
}
for target in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run "$target" &
done
wait

crashed=()
rows=()
for target in "${targets[@]}"; do
  out=fuzz/out/$target
  status=$(cat "$out/status")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out/fuzz.log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out/fuzz.log")
  coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$out/fuzz.log" | tail -n 1 || true)
  result=ok
  if [ "$status" -ne 0 ]; then
    result="CRASH (exit $status)"
    crashed+=("$target")
  fi
  rows+=("$(printf '%-10s %10s %8s  %-22s %s' "$target" "${execs:-?}" "${rate:-?}" "${coverage:-?}" "$result")")
done

printf '\n%-10s %10s %8s  %-22s %s\n' target executions exec/s coverage result
printf '%s\n' "${rows[@]}"
for target in "${crashed[@]}"; do
  echo >&2
  echo "$target crashed (whole log: fuzz/out/$target/fuzz.log):" >&2
  grep -m 1 -A 20 -E 'Fatal error|==[0-9]+==ERROR' "fuzz/out/$target/fuzz.log" >&2 || tail -n 20 "fuzz/out/$target/fuzz.log" >&2
  echo "The input is in fuzz/out/$target/crashes/. Run it again: .build-fuzz/release/fuzz-$target FILE" >&2
done
[ ${#crashed[@]} -eq 0 ]
