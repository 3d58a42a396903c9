#!/usr/bin/env python3
"""Builds Russian name gazetteers from the OpenCorpora dictionary shipped by pymorphy3-dicts-ru.

Writes Sources/ArticleKit/Resources/gazetteers/opencorpora-{firstnames,surnames,places}.txt: the lemmas
(nominative singular, capitalised) that OpenCorpora tags Name, Surn or Geox, leaving out every lemma
that also has an ordinary reading ("Вера" faith, "Роза" rose, "Орёл" eagle): those are left to
context. Inflected forms match by stem at run time (see Gazetteer).

Source: OpenCorpora dictionary (http://opencorpora.org), CC BY-SA 3.0, as packaged in
pymorphy3-dicts-ru on PyPI (read through pymorphy3, MIT).

Setup and run (PyPI only):
    python3 -m venv /tmp/morph && /tmp/morph/bin/pip install pymorphy3 pymorphy3-dicts-ru
    /tmp/morph/bin/python Tools/opencorpora/build.py
"""
import os
import pymorphy3

PROPER = {'Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Trad', 'Abbr', 'Init'}

def main():
    morph = pymorphy3.MorphAnalyzer()
    dictionary = morph.dictionary
    lemmas = {'Name': set(), 'Surn': set(), 'Geox': set()}
    for word, (paradigm, index) in dictionary.words.iteritems():
        if index != 0:
            continue
        tag = dictionary.build_tag_info(paradigm, index)
        for kind in lemmas:
            if kind in tag:
                lemmas[kind].add(word)
    version = getattr(pymorphy3, '__version__', '?')
    out_dir = os.path.join(os.path.dirname(__file__), '..', '..', 'Sources', 'ArticleKit', 'Resources', 'gazetteers')
    names = {'Name': 'opencorpora-firstnames', 'Surn': 'opencorpora-surnames', 'Geox': 'opencorpora-places'}
    for kind, words in lemmas.items():
        kept = []
        for word in sorted(words):
            if len(word) < 3 or not word.isalpha():
                continue
            # Any reading of the word without a proper-noun grammeme makes it ambiguous.
            if any(not (set(p.tag.grammemes) & PROPER) for p in morph.parse(word)):
                continue
            kept.append(word[0].upper() + word[1:])
        path = os.path.join(out_dir, names[kind] + '.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(f'# OpenCorpora lemmas tagged {kind} (CC BY-SA 3.0), via pymorphy3-dicts-ru; '
                    f'built by Tools/opencorpora/build.py (pymorphy3 {version}).\n')
            f.write('\n'.join(kept) + '\n')
        print(path, len(kept), 'of', len(words))

main()
