#!/usr/bin/env bash
# Builds one libFuzzer target (Tools/fuzz/build.sh) and runs it for a fixed number of inputs,
# starting from the seeds in Fuzz/corpus/<target>/. What the run adds to the corpus stays in
# .build-fuzz/corpus/<target>/ (never in the repository); a crash is written to
# .build-fuzz/crashes/<target>-crash-<hash> and the exit code is libFuzzer's (0: no crash).
# Usage: Tools/fuzz/run.sh TARGET RUNS [extra libFuzzer flags...]
#   TARGET: importer | analyzer | jsonlines | render
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${VERBATIM_FUZZ_BUILD:-$repo/.build-fuzz}"
[ $# -ge 2 ] || { echo "usage: $0 TARGET RUNS [libFuzzer flags...]" >&2; exit 2; }
target="$1" runs="$2"; shift 2
"$repo/Tools/fuzz/build.sh" "$target"
mkdir -p "$out/corpus/$target" "$out/crashes"
# Fixed seed: the same runs explore the same inputs, so a CI failure reproduces.
# detect_leaks=0: Foundation's caches (formatters, bundles) outlive the process on purpose.
# SWIFT_BACKTRACE off: libFuzzer saves the crashing input; Swift's backtracer would take the
# crash signal first and can hang under ASan.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" "$out/bin/$target" \
    -runs="$runs" -seed="${VERBATIM_FUZZ_SEED:-1}" -max_len=4096 -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$out/crashes/$target-" "$@" \
    "$out/corpus/$target" "$repo/Fuzz/corpus/$target"
