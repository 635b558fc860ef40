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


def test_a_papers_figures_and_author_year_citations_make_it_scholarly() -> None:
    """Multi-News 033: a paper's full text sat beside the news of the fossil it describes, and
    its "(KUVP 129724, 133862, …, Figs. 1B and 1C)" and "(Bader, Hasiotis & Martin, 2009)"
    lines were listed as details. Own prose: a paper citing authors and years and its own
    figures is scholarly; its lines citing them (by a superscript too) or naming a specimen by
    catalogue number are dropped, its finding stays."""
    finding = "The new jaw shows that the lizard fed on hard-shelled snails for most of its life."
    cites = [
        "The jaw was found in a clay pit near Ormond (Hale & Dunne, 2011).",
        "Its teeth are blunt and rounded, as in other snail eaters (Pike et al., 2004).",
        "Hale & Dunne (2011) mention the pit, but never described the jaw in detail.",
        "The lower teeth are worn flat at the back of the jaw (Fig. 2B).",
        "A second tooth row sits behind the first one, as in modern skinks (see Table 1).",
    ]
    specimen = "The jaw ORM 40211 was collected beneath the skull ORM 40198 in the same pit."
    superscript = "Its worn teeth match those of the living monitor lizards of eastern Java11."
    paper, sents = _article("paper", [finding, *cites, specimen, superscript])
    units = build_units([paper], sents)
    assert {sents[units[k].sentence].text for k in eligible(units, sents, None)} == {finding}


def test_a_single_numbered_source_is_a_reference_only_in_a_scholarly_text() -> None:
    """Multi-News 029: a paper citing its sources by number ("(33, 36, 38)") gave the brief
    its line "... compared with other ipRGC subtypes (67)." Own prose: in a scholarly text a
    single "(67)" cites a source as "(66, 67)" does; in a news story it is a count or an age
    and makes nothing scholarly."""
    finding = "Short flashes of light at night shifted the sleepers' body clocks by an hour."
    cites = [
        "Light resets the body clock through the eye (12, 14).",
        "The effect grows with the length of the light (33, 36, 38).",
        "Flashes shorter than a second still reach the clock (40, 41).",
        "Some cells keep firing after the light goes off (10, 56).",
        "The brain may add up the flashes over time (60, 61).",
    ]
    single = "One kind of cell reacts faster than the others and with less light (67)."
    paper, sents = _article("paper", [finding, *cites, single])
    units = build_units([paper], sents)
    assert {sents[units[k].sentence].text for k in eligible(units, sents, None)} == {finding}
    story = [
        "The harbour master, Ann Weir (67), retired on Friday after forty years.",
        "The board thanked her at a dinner on the quay.",
    ]
    news, sents = _article("news", story)
    units = build_units([news], sents)
    assert {sents[units[k].sentence].text for k in eligible(units, sents, None)} == set(story)


def test_a_publishers_about_us_block_is_no_statement() -> None:
    """Multi-News 033 and 142: a press release ended on its museum's or law firm's "About"
    block ("The American Museum of Natural History, founded in 1869, is one of the world's
    preeminent …", "Annual visitation has grown to …"), listed as details. Own prose: from the
    block's heading or the publisher's self-description to the end, the article is the
    publisher's standing text; a story opening on a company as "the world's largest …" keeps
    that sentence, which is its news."""
    story = [
        "Divers found the wreck of a steamer off Ormond on Tuesday, the museum said.",
        "The steamer sank in a storm in 1911 with forty passengers on board.",
        "The divers will return to the wreck in June to raise its bell.",
        "Its cargo of coal and copper was never recovered by the owners.",
    ]
    footer = [
        "About the Ormond Sea Museum",
        "The Ormond Sea Museum, founded in 1902, is one of the country's oldest maritime museums.",
        "Its galleries draw about 300,000 visitors a year from across the region.",
    ]
    release, sents = _article("release", [*story, *footer])
    units = build_units([release], sents)
    assert {sents[units[k].sentence].text for k in eligible(units, sents, None)} == set(story)

    opening = "Norsk Steel is the world's largest maker of ship chains, the company said today."
    news, news_sents = _article("news", [opening, *story])
    units = build_units([news], news_sents)
    kept = {news_sents[units[k].sentence].text for k in eligible(units, news_sents, None)}
    assert opening in kept


def test_a_not_only_sentence_is_not_cut_before_its_but() -> None:
    """Multi-News 033: "It's not only the largest sauropod foot ever identified, but also the
    first confirmed brachiosaur foot …" was cut before its "but", and "It's not only the
    largest sauropod foot ever identified." became a fact. Own prose: the correlative stays
    one unit; a plain "…, but …" sentence still splits."""
    correlative = (
        "The Ormond jaw is not only the oldest lizard jaw ever found in the county, but also "
        "the first one found with all of its teeth still in place."
    )
    plain = (
        "The museum had planned to show the Ormond jaw to the public in the spring, but the "
        "owners of the clay pit asked for it to be returned to them first."
    )
    art, sents = _article("jaw", [correlative, plain])
    units = build_units([art], sents)
    kinds = {u.text: u.kind for u in units}
    assert kinds[correlative] == "sentence", kinds
    assert any(u.kind == "main" and u.text.endswith("in the spring") for u in units), kinds


def test_a_main_clause_cut_inside_its_coordination_ends_before_the_and() -> None:
    """Multi-News 216 showed "Lesions found on the skeletons were consistent with carcinoma,
    and." in its brief and facts: the sentence was cut before ", although" inside its second
    coordinated clause. Own prose: the main clause is shown without the "and" it left."""
    text = (
        "The bones found in the Ormond quarry were older than the museum had thought, and, "
        "although the dating is hard on such bones, the team was able to place them in the "
        "late Jurassic."
    )
    art, sents = _article("bones", [text])
    units = build_units([art], sents)
    mains = [u for u in units if u.kind == "main"]
    assert mains, [(u.kind, u.text) for u in units]
    assert (
        mains[0].standalone
        == "The bones found in the Ormond quarry were older than the museum had thought."
    ), mains[0].standalone


def test_a_main_clause_ending_on_an_adverb_keeps_it() -> None:
    """Multi-News 092's lead "Donald Trump hasn't even taken office yet, but ..." lost its
    "yet" to the coordinator rule above: only a coordinator after its comma is cut."""
    text = (
        "The new ferry has not even left the shipyard yet, but the harbour board is already "
        "planning a second one for the northern route."
    )
    art, sents = _article("yet", [text])
    mains = [u for u in build_units([art], sents) if u.kind == "main"]
    assert mains and mains[0].standalone == ("The new ferry has not even left the shipyard yet."), [
        (u.kind, u.standalone) for u in build_units([art], sents)
    ]
