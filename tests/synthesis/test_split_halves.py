"""A quote split by its attribution is shown whole (issue #15): '“That,” he said, “includes
me.”' is one sentence of its speaker, not “That” beside “includes me” listed as a term."""

from __future__ import annotations

import pytest

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.merging import merge_quotes


@pytest.fixture(scope="module")
def embedder(settings):
    from newsweave.nlp import get_embedder

    return get_embedder(settings)


def _listed(text: str, embedder) -> set[tuple[str, str | None, str]]:
    art = Article(id="a", text=text)
    mentions = extract_quotes(art, get_spacy(Settings())(text))
    return {
        (q.text, q.speaker, q.kind)
        for q in merge_quotes(mentions, [art], embedder)
        if q.form == "direct"
    }


def test_halves_of_a_split_sentence_are_one_quote(embedder) -> None:
    text = (
        "Mayor Ines Vale visited the flooded farms on Tuesday.\n\n"
        "“All in all,” Vale said, “the levees held better than we feared.”"
    )
    assert _listed(text, embedder) == {
        ("All in all … the levees held better than we feared.", "Ines Vale", "statement")
    }


@pytest.mark.parametrize(
    "text",
    [
        # the second quote opens a sentence of its own
        "Mayor Ines Vale visited the farms.\n\n“We are done,” Vale said, “The levees held.”",
        # the writer's words go on past the attribution to another piece
        "Mayor Ines Vale visited the farms.\n\n“The levees held,” Vale wrote in a note that "
        "called the repairs “a small miracle.”",
        # the attribution ends its sentence before the next quote
        "Mayor Ines Vale visited the farms.\n\n“The levees held,” Vale said. “we were lucky.”",
    ],
)
def test_quotes_that_are_not_one_sentence_stay_apart(text: str, embedder) -> None:
    texts = [t for t, _, _ in _listed(text, embedder)]
    assert any(t.startswith(("We are done", "The levees held")) for t in texts)
    assert not any("…" in t for t in texts)
