#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/lexicon/function-words-<lang>.txt (fr, en, ru): words that
are adverbs, conjunctions, prepositions, auxiliaries or particles in
nearly all their uses in the Universal Dependencies treebanks ("Cependant", "Still", "Однако").
A capitalised one opening a sentence is never a speaker's name or the head of a speaker's
noun phrase.

Sources (../shared/corpora/ud): UD_French-Sequoia and UD_French-GSD (LGPL-LR / CC BY-SA 4.0),
UD_English-EWT (CC BY-SA 4.0), UD_Russian-GSD and UD_Russian-Taiga (CC BY-SA 4.0); this derived
list is shared under CC BY-SA 4.0.

Run from the repository root, with ../shared beside it:  python3 Tools/lexicon/function_words.py"""
import collections, glob, gzip

FUNCTION = {"ADV", "CCONJ", "SCONJ", "ADP", "AUX", "PART", "INTJ"}
MIN_COUNT = 3
MIN_SHARE = 0.9

def main():
    for lang in ("fr", "en", "ru"):
        tags = collections.defaultdict(collections.Counter)
        for path in sorted(glob.glob(f"../shared/corpora/ud/{lang}_*.conllu.gz")):
            with gzip.open(path, "rt", encoding="utf-8") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) < 4 or not cols[0].isdigit():
                        continue
                    tags[cols[1].lower()][cols[3]] += 1
        words = sorted(w for w, c in tags.items()
                       if w.isalpha() and sum(c.values()) >= MIN_COUNT
                       and sum(n for t, n in c.items() if t in FUNCTION) >= MIN_SHARE * sum(c.values()))
        out = f"Sources/ArticleKit/Resources/lexicon/function-words-{lang}.txt"
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"# Adverbs, conjunctions, prepositions, auxiliaries and particles ({lang}): tagged {'/'.join(sorted(FUNCTION))} in at least {int(MIN_SHARE * 100)} % of\n")
            f.write(f"# at least {MIN_COUNT} uses in the Universal Dependencies treebanks of ../shared/corpora/ud (CC BY-SA 4.0;\n")
            f.write("# French Sequoia LGPL-LR). Written by Tools/lexicon/function_words.py.\n")
            for i in range(0, len(words), 16):
                f.write(" ".join(words[i:i + 16]) + "\n")
        print(out, len(words))

if __name__ == "__main__":
    main()
