"""Which units are statements about the event (:func:`newsweave.synthesis.units.eligible`)."""

from __future__ import annotations

from newsweave.models import Article, Sentence
from newsweave.synthesis.units import SCHOLARLY_MIN_REFERENCES, build_units, eligible


def _article(aid: str, texts: list[str]) -> tuple[Article, list[Sentence]]:
    sents, pos = [], 0
    for i, t in enumerate(texts):
        sents.append(Sentence(aid, pos, pos + len(t), t, i))
        pos += len(t) + 1
    return Article(aid, " ".join(texts)), sents


def test_a_papers_references_to_its_sources_are_no_statements() -> None:
    """Multi-News: a study's full text scraped beside the news of it put "Previous studies in
    humans have contributed to ... (33, 36, 38)" into the brief. Own prose: an article citing
    its sources as a paper does is read for its findings, not its literature review; a story
    that writes one such bracket (a player's games and points) keeps that sentence."""
    review = [
        f"Earlier trials of light therapy in shift workers reported gains ({k}, {k + 3}, {k + 7})."
        for k in range(1, SCHOLARLY_MIN_REFERENCES + 1)
    ]
    finding = "We found that short flashes of light during sleep shifted the body clock by an hour."
    paper, paper_sents = _article("paper", [finding, *review])
    story_texts = [
        "Ana Ruiz passed Bob Lund (2, 110) with her first five points of the game on Monday.",
        "The Riverton team won the final by twelve points in front of a full arena.",
    ]
    story, story_sents = _article("story", story_texts)
    sents = paper_sents + story_sents
    units = build_units([paper, story], sents)
    texts = {sents[units[k].sentence].text for k in eligible(units, sents, None)}
    assert finding in texts and not any(r in texts for r in review), texts
    assert set(story_texts) <= texts

    # the same sentences one short of the count are a story's, and kept
    few, few_sents = _article("few", [finding, *review[: SCHOLARLY_MIN_REFERENCES - 1]])
    units = build_units([few], few_sents)
    assert len(eligible(units, few_sents, None)) == SCHOLARLY_MIN_REFERENCES
