#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/lexicon/firstname-genders-ru.txt: Russian first names
(OpenCorpora lemmas tagged Name) by grammatical gender, for pronoun and verb agreement of
speakers ("Ольга … заявила актриса", "Игорь … он"). Names with both genders (Женя, Саша)
are left out.

Source: OpenCorpora dictionary (http://opencorpora.org), CC BY-SA 3.0, as packaged in
pymorphy3-dicts-ru on PyPI (read through pymorphy3, MIT).

Setup and run (PyPI only):
    python3 -m venv /tmp/morph && /tmp/morph/bin/pip install pymorphy3 pymorphy3-dicts-ru
    /tmp/morph/bin/python Tools/opencorpora/first_name_genders.py
"""
import collections, os
import pymorphy3

def main():
    morph = pymorphy3.MorphAnalyzer()
    dictionary = morph.dictionary
    genders = collections.defaultdict(set)
    for word, (paradigm, index) in dictionary.words.iteritems():
        if index != 0:
            continue
        tag = dictionary.build_tag_info(paradigm, index)
        if 'Name' not in tag or not word.isalpha() or len(word) < 2:
            continue
        if 'masc' in tag:
            genders[word].add('m')
        elif 'femn' in tag:
            genders[word].add('f')
        else:
            genders[word].add('?')
    by = {'f': [], 'm': []}
    for word, g in genders.items():
        if len(g) == 1 and next(iter(g)) in by:
            by[next(iter(g))].append(word)
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'Sources', 'ArticleKit', 'Resources', 'lexicon', 'firstname-genders-ru.txt')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# Russian first names by gender (f: feminine, m: masculine), lowercase lemmas: OpenCorpora lemmas tagged Name\n')
        f.write(f'# (CC BY-SA 3.0), via pymorphy3-dicts-ru; built by Tools/opencorpora/first_name_genders.py (pymorphy3 {pymorphy3.__version__}).\n')
        for g in ('f', 'm'):
            words = sorted(by[g])
            for i in range(0, len(words), 16):
                f.write(f'{g}: ' + ' '.join(words[i:i + 16]) + '\n')
    print(out, {g: len(v) for g, v in by.items()})

main()
