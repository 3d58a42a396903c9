#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/lexicon/person-nouns-ru.txt: the Russian common nouns
that name people ("актриса", "футболист"), with their grammatical gender, learned from the
Universal Dependencies treebanks in ../shared/corpora/ud (nouns whose UD features say
Animacy=Anim), and from the OpenCorpora dictionary (common nouns tagged anim with a masculine or
feminine gender: the treebanks alone miss most professions, "хоккеист", "сопредседатель"). The
speaker resolver links a bare such noun ("заявила актриса", "сказала олимпийская чемпионка") to
the person it describes. French and English UD carry no animacy feature, so there is no such
file for them.

Source: UD treebanks (CC BY-SA 4.0); OpenCorpora dictionary (http://opencorpora.org, CC BY-SA
3.0) as packaged in pymorphy3-dicts-ru on PyPI, read through pymorphy3 (MIT).

Run from the repository root, with ../shared beside it (PyPI only):
    python3 -m venv /tmp/morph && /tmp/morph/bin/pip install pymorphy3 pymorphy3-dicts-ru
    /tmp/morph/bin/python Tools/lexicon/person_nouns.py"""
import collections, glob, gzip
import pymorphy3

OUT = "Sources/ArticleKit/Resources/lexicon/person-nouns-ru.txt"
FILES = sorted(glob.glob("../shared/corpora/ud/ru_*.conllu.gz"))
# Proper-noun-like lemmas tagged NOUN and abbreviations are not descriptions of a person.
MIN_LENGTH = 4
# OpenCorpora grammemes of proper nouns and abbreviations: not descriptions of a person.
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"}

def opencorpora_nouns(genders):
    """Adds OpenCorpora's animate common nouns (lemmas) with their gender."""
    dictionary = pymorphy3.MorphAnalyzer().dictionary
    for word, (paradigm, index) in dictionary.words.iteritems():
        if index != 0:
            continue
        tag = dictionary.build_tag_info(paradigm, index)
        if "NOUN" not in tag or "anim" not in tag or tag.grammemes & PROPER:
            continue
        if len(word) < MIN_LENGTH or not word.replace("-", "").isalpha():
            continue
        if "femn" in tag:
            genders[word]["f"] += 1
        elif "masc" in tag:
            genders[word]["m"] += 1

def main():
    genders = collections.defaultdict(collections.Counter)
    for path in FILES:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < 6 or not cols[0].isdigit() or cols[3] != "NOUN":
                    continue
                feats = cols[5]
                if "Animacy=Anim" not in feats:
                    continue
                lemma = cols[2].lower()
                if len(lemma) < MIN_LENGTH or not lemma.isalpha() and "-" not in lemma:
                    continue
                gender = "f" if "Gender=Fem" in feats else "m" if "Gender=Masc" in feats else "n" if "Gender=Neut" in feats else "?"
                genders[lemma][gender] += 1
    opencorpora_nouns(genders)
    lines = collections.defaultdict(list)
    for lemma, counts in genders.items():
        gender = counts.most_common(1)[0][0]
        if gender in ("m", "f"):
            lines[gender].append(lemma)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Russian nouns that name people, by grammatical gender (f: feminine, m: masculine), lemmas.\n")
        out.write("# Learned by Tools/lexicon/person_nouns.py from Universal Dependencies (UD_Russian-GSD and\n")
        out.write("# UD_Russian-Taiga, nouns with the feature Animacy=Anim; CC BY-SA 4.0) and the OpenCorpora\n")
        out.write("# dictionary (animate common nouns; CC BY-SA 3.0, from pymorphy3-dicts-ru). This derived list\n")
        out.write("# is shared under CC BY-SA 4.0.\n")
        for gender in ("f", "m"):
            words = sorted(lines[gender])
            for i in range(0, len(words), 12):
                out.write(f"{gender}: " + " ".join(words[i:i + 12]) + "\n")
    print(OUT, {g: len(v) for g, v in lines.items()})

if __name__ == "__main__":
    main()
