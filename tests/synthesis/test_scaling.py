"""No input costs super-linear time (issue #16): quote scanning and the timeline on 1×, 2× and
4× the same adversarial text, timed in this process.

Each text is parsed once at 4× and cut into its first quarter and half (``Span.as_doc``),
so the test pays for one parse per text. The bounds are generous (t(4×) within 6× t(1×)
plus slack): a quadratic cost gives 16×, the old code took minutes at these sizes.
"""

from __future__ import annotations

import pytest

from conftest import best_time
from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_embedder, get_spacy
from newsweave.nlp.parse import analysis_of
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.stages.timeline import build_timeline

pytestmark = pytest.mark.slow

SETTINGS = Settings()
# Seconds of slack on top of the linear bound: timer noise on a loaded 2-core machine.
SLACK_S = 0.5


def _scaled(unit: str, n: int) -> dict[int, Article]:
    """``unit`` repeated n, 2n and 4n times, with their parses (one parse of the 4n text)."""
    nlp = get_spacy(SETTINGS)
    doc = nlp(unit * (4 * n))
    out = {}
    for k in (1, 2, 4):
        span = doc.char_span(0, len(unit) * n * k, alignment_mode="contract")
        sub = span.as_doc()
        out[k] = (Article(id=f"x{k}", text=sub.text), sub)
    return out


def _assert_linear(times: dict[int, float]) -> None:
    assert times[2] < 3 * times[1] + SLACK_S, times
    assert times[4] < 6 * times[1] + SLACK_S, times


@pytest.mark.parametrize(
    "unit",
    [
        # one "sentence" of thousands of tokens: every quote's context was the whole text
        '"We will" he said, "go ',
        # thousands of "he said": each pronoun re-resolved every earlier one
        'He said "yes." ',
    ],
)
def test_quote_scanning_grows_linearly(unit: str) -> None:
    texts = _scaled(unit, 80)
    times = {}
    for k, (art, doc) in texts.items():
        found = extract_quotes(art, doc)
        assert len(found) >= 80 * k  # every repeat's quote is found
        times[k] = best_time(lambda art=art, doc=doc: extract_quotes(art, doc), 2 if k == 1 else 1)
    _assert_linear(times)


def test_timeline_grows_linearly() -> None:
    """Hundreds of mentions of one date: the average-link grouping was cubic in them."""
    texts = _scaled("On March 3, 2021, the council voted on the budget. ", 80)
    embedder = get_embedder(Settings(embedder="hashing"))
    times = {}
    for k, (art, doc) in texts.items():
        an = analysis_of(art, doc)
        warnings: list = []
        tl = build_timeline([an], embedder, warnings=warnings)
        assert tl and not warnings and len(tl[0].citations) >= 80 * k
        times[k] = best_time(
            lambda an=an: build_timeline([an], embedder, warnings=[]), 2 if k == 1 else 1
        )
    _assert_linear(times)
