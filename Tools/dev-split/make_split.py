#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/evaluation/dev-split.tsv: the fixed split of each
development set into a tuning part and an untouched part (see the file's header).

Run from the repository root, with ../shared beside it:  python3 Tools/dev-split/make_split.py
The split depends only on the record ids, so re-running it gives the same file; it is
checked in so that it never moves when a set grows (new ids are added by hand, or by
re-running and checking that no existing line changed)."""
import glob, gzip, json, math, os

OUT = "Sources/ArticleKit/Resources/evaluation/dev-split.tsv"
SHARED = "../shared"
TUNING_SHARE = 0.6


def fnv1a64(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def ids(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line)["id"] for line in f if line.strip()]


def set_name(path):
    name = os.path.basename(path)
    for suffix in (".gz", ".jsonl"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


HEADER = """\
# The fixed split of each development set into two parts, by article (or record).
#   tuning     may be read, debugged and tuned on (rules, lexicons, thresholds);
#   untouched  is scored only: do not read its errors or change anything for it.
# Columns: set name (the file name without .jsonl / .jsonl.gz), record id, part.
# Rule: in each set, the records are ordered by the 64-bit FNV-1a hash of the id's UTF-8
# bytes (ties by id); the first ceil(60 %) are tuning, the rest untouched. The rule depends
# only on the ids; the file is written by Tools/dev-split/make_split.py and checked in, so
# the split never moves. Read by ArticleKit's DevSplit (`verbatim evaluate --part`,
# `verbatim-train evaluate --part`, the dev-score tests).
# Sets: ../shared/gold/wikinews-dev-{fr,en,ru}.jsonl, ../shared/corpora/*.dev.jsonl.gz, and the
# project's own answer keys Tests/Gold/wikinews-extra-{fr,en,ru}.jsonl (texts in ../shared).
"""


def main():
    files = sorted(glob.glob(f"{SHARED}/gold/wikinews-dev-*.jsonl")) + sorted(glob.glob(f"{SHARED}/corpora/*.dev.jsonl.gz")) + sorted(glob.glob("Tests/Gold/*.jsonl"))
    lines = []
    for path in files:
        name = set_name(path)
        ordered = sorted(ids(path), key=lambda i: (fnv1a64(i), i))
        cut = math.ceil(TUNING_SHARE * len(ordered))
        part = {i: ("tuning" if k < cut else "untouched") for k, i in enumerate(ordered)}
        for i in ids(path):
            lines.append(f"{name}\t{i}\t{part[i]}")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
