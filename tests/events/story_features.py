"""Synthetic features of two stories of one kind and a piece between them (own numbers, no text).

Two stories share a topic (ten words, one embedding direction each near a common one), each
article adds words of its story and its own; five unrelated articles stand apart. The piece
carries the topic words, ``LEX_TERMS`` heavy words of its own (each twice) and ``details`` of
the first story's particulars, and leads by an embedding between the two stories: the case
where the plain similarity cannot tell which story it is about and its whole text can.
"""

from __future__ import annotations

import numpy as np

from newsweave.events.features import DocFeatures
from newsweave.events.online import LEX_TERMS


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v)).astype(np.float32)


def two_stories_and_a_piece(
    *,
    seed: int,
    piece: str,
    first_size: int,
    particulars: int,
    details: int,
    lead: tuple[float, float],
    lead_noise: float = 0.0,
) -> list[DocFeatures]:
    """``first_size`` articles of the first story (holding ``particulars`` words of its own
    particulars), three of the second, five unrelated, and the piece ``piece`` with ``details``
    of the particulars and a lead embedding ``lead[0]`` × the first story's direction +
    ``lead[1]`` × the second's (+ ``lead_noise`` × noise)."""
    rng = np.random.default_rng(seed)
    topic = rng.normal(size=384)
    centres = [topic + 0.6 * rng.normal(size=384) for _ in range(2)]
    kind = tuple((h, 1.0) for h in range(50, 60))
    own_particulars = tuple((h, 1.0) for h in range(1100, 1100 + particulars))
    feats = []
    for s, (name, base, size) in enumerate((("a", 100, first_size), ("b", 300, 3))):
        for i in range(size):
            own = tuple((base * 100 + 30 * i + h, 1.0) for h in range(20))
            story = tuple((h, 1.0) for h in range(base, base + 20))
            terms = kind + story + own + (own_particulars if name == "a" else ())
            emb = _unit(centres[s] + 0.4 * rng.normal(size=384))
            feats.append(DocFeatures(f"{name}{i}", emb, terms, (f"ent-{name}",)))
    for i in range(5):
        terms = tuple((9000 + 100 * i + h, 1.0) for h in range(25))
        feats.append(DocFeatures(f"o{i}", _unit(rng.normal(size=384)), terms, (f"x{i}",)))
    voice = tuple((70000 + h, 2.0) for h in range(LEX_TERMS))  # its own words, each twice
    lean = lead[0] * centres[0] + lead[1] * centres[1]
    if lead_noise:
        lean = lean + lead_noise * rng.normal(size=384)
    feats.append(DocFeatures(piece, _unit(lean), kind + voice + own_particulars[:details], ()))
    return feats
