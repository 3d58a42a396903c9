#!/usr/bin/env bash
# Runs the test suite under a sanitizer, in a build folder of its own (.build-asan, .build-tsan)
# so that the normal .build stays as it is.
# Usage: Tools/sanitizers.sh address|thread [swift test arguments...]   e.g. --filter ReaderCoreTests
#   address: AddressSanitizer (out-of-bounds, use-after-free; leaks are not checked, see below)
#   thread:  ThreadSanitizer (data races: the reader's analysis worker, the signal and crash guards)
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
    address) scratch=.build-asan ;;
    thread) scratch=.build-tsan ;;
    *) echo "usage: $0 address|thread [swift test arguments...]" >&2; exit 2 ;;
esac
sanitizer="$1"; shift
# LeakSanitizer is off: Foundation and the Swift runtime keep caches for the life of the process.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
# A TSan report does not stop the tests: every race is printed, and the process exits 66.
start=$SECONDS
status=0
swift test --sanitize="$sanitizer" --scratch-path "$scratch" "$@" || status=$?
echo "sanitizers: $sanitizer: exit $status after $((SECONDS - start)) s" >&2
exit $status
