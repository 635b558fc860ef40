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


def test_a_which_clause_the_verb_s_complement_resumes_after_is_no_break() -> None:
    """Multi-News 214: "Trump contrasted last week's Republican debate hosted by CNBC, which
    was widely criticized …, with the first Democratic debate …" was cut at ", which" and its
    main clause, "Trump contrasted last week's Republican debate hosted by CNBC.", opened the
    brief without what it was contrasted with. Own prose: the complement resuming after the
    relative clause keeps the sentence whole; a relative clause that ends the sentence still
    splits it."""
    resumed = (
        "The harbour board contrasted the new northern ferry terminal at Port Ellis, which "
        "opened two years late, with the old quay the town built in a single summer."
    )
    ending = (
        "The harbour board opened the new northern ferry terminal at Port Ellis on Friday, "
        "which had been promised to the islanders for more than ten years."
    )
    art, sents = _article("quay", [resumed, ending])
    units = build_units([art], sents)
    kinds = {u.text: u.kind for u in units}
    assert kinds[resumed] == "sentence"
    assert any(u.kind == "main" and u.text.endswith("on Friday") for u in units), kinds
