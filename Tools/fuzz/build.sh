#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ with swiftc, outside SwiftPM (libFuzzer brings its own
# main, and SwiftPM would instrument every dependency): ArticleKit and ReaderCore become static
# libraries instrumented for coverage and AddressSanitizer, then each Fuzz/<Name>Fuzz.swift is
# linked with them and Fuzz/Support/ into .build-fuzz/bin/<name>.
# SwiftPM's Bundle.module does not exist here: a generated accessor points ArticleKit at a copy
# of its resources, laid out as SwiftPM lays out the bundle.
# Usage: Tools/fuzz/build.sh [TARGET...]   (default: every target)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
out="${VERBATIM_FUZZ_BUILD:-$repo/.build-fuzz}"
mkdir -p "$out/lib" "$out/bin"
common=(-O -g -sanitize=fuzzer,address -parse-as-library -swift-version 6 -I "$out/lib")

# True when $1 is missing or older than any of the other files.
stale() {
    local target="$1"; shift
    [ -e "$target" ] || return 0
    [ -n "$(find "$@" -newer "$target" -print -quit)" ]
}

bundle="$out/Verbatim_ArticleKit.resources"
if stale "$bundle/Resources" "$repo/Sources/ArticleKit/Resources"; then
    rm -rf "$bundle"; mkdir -p "$bundle"
    cp -R "$repo/Sources/ArticleKit/Resources" "$bundle/Resources"
fi
cat > "$out/lib/BundleModule.swift.new" <<SWIFT
import Foundation

extension Foundation.Bundle {
    /// Stand-in for SwiftPM's generated accessor (fuzz builds only).
    static let module: Bundle = {
        guard let bundle = Bundle(path: "$bundle") else { fatalError("no resource bundle at $bundle") }
        return bundle
    }()
}
SWIFT
cmp -s "$out/lib/BundleModule.swift.new" "$out/lib/BundleModule.swift" 2>/dev/null \
    || mv "$out/lib/BundleModule.swift.new" "$out/lib/BundleModule.swift"
rm -f "$out/lib/BundleModule.swift.new"

# library NAME SOURCE_DIR [extra swiftc args...]
library() {
    local name="$1" dir="$2"; shift 2
    local lib="$out/lib/lib$name.a"
    if stale "$lib" "$dir" "$out/lib/BundleModule.swift" "$0"; then
        echo "fuzz: building $name" >&2
        local sources=()
        while IFS= read -r file; do sources+=("$file"); done < <(find "$dir" -name '*.swift' | sort)
        swiftc "${common[@]}" -module-name "$name" -emit-library -static -wmo \
            -emit-module -emit-module-path "$out/lib/$name.swiftmodule" -o "$lib" "$@" "${sources[@]}"
    fi
}

# ArticleKit's importers use libcmark and libxml2 through the CMark and CLibXML2 module maps.
cimports=(-I "$repo/Sources/CMark" -I "$repo/Sources/CLibXML2" -Xcc -I/usr/include/libxml2)
library ArticleKit "$repo/Sources/ArticleKit" "${cimports[@]}" "$out/lib/BundleModule.swift"
library ReaderCore "$repo/Sources/ReaderCore" -I "$repo/Sources/CUtf8proc" "${cimports[@]}"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for file in "$repo"/Fuzz/*Fuzz.swift; do
        name="$(basename "$file" Fuzz.swift)"; targets+=("$(echo "$name" | tr '[:upper:]' '[:lower:]')")
    done
fi
for target in "${targets[@]}"; do
    file="$(find "$repo/Fuzz" -maxdepth 1 -iname "${target}Fuzz.swift" | head -1)"
    [ -n "$file" ] || { echo "fuzz: no target $target in Fuzz/" >&2; exit 2; }
    binary="$out/bin/$target"
    if stale "$binary" "$file" "$repo/Fuzz/Support" "$out/lib/libArticleKit.a" "$out/lib/libReaderCore.a"; then
        echo "fuzz: linking $target" >&2
        # lld: gold warns about every ASan helper symbol.
        swiftc "${common[@]}" -use-ld=lld -module-name "Fuzz_$target" -I "$repo/Sources/CUtf8proc" "${cimports[@]}" \
            "$file" "$repo"/Fuzz/Support/*.swift -L "$out/lib" -lArticleKit -lReaderCore -lutf8proc -lcmark -lxml2 -o "$binary"
    fi
done
