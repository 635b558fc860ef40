"""Near-duplicates: reprints and wire copies are *linked*, never dropped.

Articles are compared as sets of hashed word shingles (``n`` consecutive
normalised words). A MinHash signature estimates the Jaccard similarity of two
shingle sets from ``num_perm`` minima, and LSH banding finds candidate pairs
without comparing every pair: an index lookup costs one dict probe per band.

The MinHash is our own, vectorised with numpy (one ``(num_perm × shingles)``
universal-hash matrix per document). On the 772 ECB+ documents it signs ~4× faster
than ``datasketch.MinHash.update_batch`` with the same number of permutations
(0.09 s vs 0.40 s; ``bench/bench_cluster.py`` prints both), and the signatures are
plain ``uint32`` arrays that pickle and store compactly.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# 64 permutations: Jaccard estimates within ±0.06 (1 s.d. at J=0.5), 256 bytes per article.
NUM_PERM = 64
# 4-word shingles: the AEB benchmark's unit; short enough to survive light copy-editing.
SHINGLE = 4
# Articles sharing ≥ 50% of their shingles are the same text (reprint, wire copy, minor edit).
DUPLICATE_JACCARD = 0.5
# 16 bands × 4 rows: a pair at J=0.5 is a candidate with p≈0.65, at J=0.7 with p≈0.99.
LSH_BANDS = 16

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(1_234_567)  # fixed seed: signatures are comparable across runs
_A = _rng.randint(1, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, 1 << 31, size=NUM_PERM, dtype=np.int64).astype(np.uint64)

_WORD = re.compile(r"\w+", re.UNICODE)


def _hash(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def shingles(text: str, n: int = SHINGLE) -> set[int]:
    """Hashed ``n``-word shingles of ``text`` (32-bit, stable across processes)."""
    ws = [m.group().lower() for m in _WORD.finditer(text)]
    if len(ws) < n:
        return {_hash(" ".join(ws))} if ws else set()
    return {_hash(" ".join(ws[i : i + n])) for i in range(len(ws) - n + 1)}


def minhash(shingle_set: Iterable[int], num_perm: int = NUM_PERM) -> np.ndarray:
    """MinHash signature (``uint32[num_perm]``) of a set of 32-bit shingle hashes."""
    x = np.fromiter(shingle_set, dtype=np.uint64)
    if x.size == 0:
        return np.full(num_perm, 0xFFFFFFFF, dtype=np.uint32)
    a, b = _A[:num_perm, None], _B[:num_perm, None]
    h = ((a * x[None, :] + b) % _MERSENNE) & _MAX32
    return h.min(axis=1).astype(np.uint32)


def signature(text: str, n: int = SHINGLE) -> np.ndarray:
    return minhash(shingles(text, n))


def jaccard_estimate(a: np.ndarray, b: np.ndarray) -> float:
    """Share of equal MinHash slots: an unbiased estimate of the shingle Jaccard."""
    return float(np.mean(a == b))


@dataclass(frozen=True, slots=True)
class DuplicateLink:
    """Two articles whose texts are near-identical (estimated shingle Jaccard)."""

    a: str
    b: str
    jaccard: float


class NearDuplicateIndex:
    """LSH index over MinHash signatures; add articles one by one, query in O(bands)."""

    def __init__(self, threshold: float = DUPLICATE_JACCARD, bands: int = LSH_BANDS) -> None:
        if NUM_PERM % bands:
            raise ValueError(f"bands ({bands}) must divide the signature length ({NUM_PERM})")
        self.threshold = threshold
        self.bands = bands
        self.rows = NUM_PERM // bands
        self._buckets: list[dict[bytes, list[str]]] = [defaultdict(list) for _ in range(bands)]
        self._sigs: dict[str, np.ndarray] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def _keys(self, sig: np.ndarray) -> list[bytes]:
        r = self.rows
        return [sig[i * r : (i + 1) * r].tobytes() for i in range(self.bands)]

    def query(self, sig: np.ndarray) -> list[DuplicateLink]:
        """Indexed articles whose estimated Jaccard with ``sig`` reaches the threshold."""
        cands: set[str] = set()
        for band, key in zip(self._buckets, self._keys(sig), strict=True):
            cands.update(band.get(key, ()))
        out = []
        for c in cands:
            j = jaccard_estimate(sig, self._sigs[c])
            if j >= self.threshold:
                out.append(DuplicateLink("", c, round(j, 3)))
        return sorted(out, key=lambda link: (-link.jaccard, link.b))

    def add(self, key: str, sig: np.ndarray) -> list[DuplicateLink]:
        """Index ``key`` and return its links to articles indexed before it."""
        if key in self._sigs:
            return []
        links = [DuplicateLink(key, x.b, x.jaccard) for x in self.query(sig)]
        self._sigs[key] = sig
        for band, k in zip(self._buckets, self._keys(sig), strict=True):
            band[k].append(key)
        return links

    def extend(self, keys: list[str], sigs: np.ndarray) -> None:
        """Index stored articles (``sigs``: one signature per row) without looking up their
        links, which the store holds already: the same buckets as :meth:`add` one by one,
        without a lookup each (restoring 20,000 articles: seconds saved per ingest)."""
        r = self.rows
        cuts = [sigs[:, i * r : (i + 1) * r].tobytes() for i in range(self.bands)]
        width = r * sigs.itemsize
        for j, key in enumerate(keys):
            if key in self._sigs:
                continue
            self._sigs[key] = sigs[j]
            at = j * width
            for band, blob in zip(self._buckets, cuts, strict=True):
                band[blob[at : at + width]].append(key)
