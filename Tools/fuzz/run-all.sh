#!/usr/bin/env bash
# Runs every libFuzzer target for RUNS inputs each (Tools/fuzz/run.sh); keeps going after a
# crash and exits non-zero if any target crashed. Prints one summary line per target.
# Usage: Tools/fuzz/run-all.sh RUNS [extra libFuzzer flags...]
set -uo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
[ $# -ge 1 ] || { echo "usage: $0 RUNS [libFuzzer flags...]" >&2; exit 2; }
runs="$1"; shift
"$repo/Tools/fuzz/build.sh" || exit 2
status=0
summary=()
for target in importer analyzer jsonlines render; do
    start=$SECONDS
    "$repo/Tools/fuzz/run.sh" "$target" "$runs" "$@"
    code=$?
    summary+=("$target: exit $code, $runs runs, $((SECONDS - start)) s")
    [ $code -eq 0 ] || status=1
done
printf 'fuzz: %s\n' "${summary[@]}" >&2
exit $status
