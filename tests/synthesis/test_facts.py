"""Origins (wire credits vs citations), statement alignment checks, unique details."""

from __future__ import annotations

import re

from newsweave.models import Article
from newsweave.synthesis.stages.facts import agree, conflict
from newsweave.synthesis.units import Features
from newsweave.synthesis.wires import wire_citations, wire_credits
from newsweave.text.lexicons import quoted_ranges


def art(text: str, byline: str | None = None) -> Article:
    return Article(id="t", text=text, byline=byline)


def test_credit_lines_and_own_voice_are_credits():
    assert {c.wire for c in wire_credits(art("Body.\n\nReuters contributed to this report."))} == {
        "Reuters"
    }
    assert {c.wire for c in wire_credits(art("Body.", byline="By AFP"))} == {"AFP"}
    assert {c.wire for c in wire_credits(art("LONDON (AP) — The council voted on Monday."))} == {
        "AP"
    }
    own = "The ministry did not immediately respond to Reuters' request for comment."
    assert {c.wire for c in wire_credits(art(own))} == {"Reuters"}


def test_citing_a_wire_for_one_fact_is_not_a_credit():
    text = "The mayor resigned, the Associated Press reported. Officials told Reuters the vote was close."
    assert wire_credits(art(text)) == []
    assert wire_citations(art(text)) == ["AP", "Reuters"]
    # a photo credit is not a story credit either
    assert wire_credits(art("A crowd gathers outside the hall. REUTERS/Jane Doe")) == []


def test_quoted_ranges_ignore_apostrophes():
    text = "Putin's aide said 'we are ready' and the minister's office called it “a trick”."
    spans = [text[a:b] for a, b in quoted_ranges(text)]
    assert spans == ["'we are ready'", "“a trick”"]


def F(lemmas, numbers=(), dates=(), places=(), negated=False, ents=()):
    return Features(
        frozenset(lemmas),
        frozenset(ents),
        frozenset(numbers),
        negated,
        10,
        frozenset(dates),
        frozenset(places),
    )


def test_numbers_days_and_polarity_must_agree():
    w = {x: 2.0 for x in ["talk", "istanbul", "hold", "ceasefire", "propose"]}
    a = F({"talk", "istanbul", "hold"}, numbers={"15"}, dates={"2025-05-15"})
    b = F({"talk", "istanbul", "hold"}, numbers={"2022"})
    assert conflict(a, b) and not agree(a, b, 0.8, w)
    c = F({"talk", "istanbul", "hold"}, numbers={"15"})
    assert agree(a, c, 0.8, w)
    # a number in common does not make the others agree: 6 and 7 arrested is not 5 and 7
    arrested = {"arrest", "klan", "supporter"}
    six = F(arrested, numbers={"6", "7"})
    assert conflict(six, F(arrested, numbers={"5", "7"}))
    assert not conflict(six, F(arrested, numbers={"7"}))  # a detail added, not a difference
    assert not agree(a, F({"talk", "istanbul", "hold"}, negated=True), 0.8, w)
    # same place and same (non-publication) day in different words: one happening
    d = F({"resume", "negotiation"}, dates={"2025-05-15"}, places={"istanbul"})
    e = F({"talk", "hold"}, dates={"2025-05-15"}, places={"istanbul"})
    assert agree(d, e, 0.5, w)
    # similar wording but only topic words in common is not enough
    assert not agree(
        F({"ceasefire", "putin"}), F({"ceasefire", "putin"}), 0.65, {"ceasefire": 2.0, "putin": 0.2}
    )


def test_seed_origins(seed_report):
    ev = seed_report.events[0]
    by_article = {a: o for o in ev.origins for a in o.articles}
    reuters = by_article["000_3016f4a61fb5a44f"]
    assert reuters is by_article["004_0695376d25cec0db"]
    assert "Reuters" in reuters.reason and "contributed to this report" in reuters.reason
    # GlobalPost cites AP and CNN for single facts: still its own origin
    assert by_article["003_b55449eb211bf564"].articles == ("003_b55449eb211bf564",)
    assert len(ev.origins) == 4


def test_facts_and_unique_details(seed_report):
    ev = seed_report.events[0]
    assert len(ev.facts) >= 5
    keys = [(f.independent_sources, len(f.sources)) for f in ev.facts]
    assert keys == sorted(keys, reverse=True)
    for f in ev.facts:
        # one source per article; an article may back a claim with several statements
        assert len(f.sources) == len(set(f.sources)) >= 2
        assert {c.article for c in f.citations} == set(f.sources)
        assert 1 <= f.independent_sources <= len(f.sources)
        assert f.independent_sources == len(set(f.origins))
    fact_spans = {(c.article, c.start) for f in ev.facts for c in f.citations}
    assert ev.unique
    for u in ev.unique:
        assert len(u.citations) == 1 and u.citations[0].article == u.article
        assert (u.article, u.citations[0].start) not in fact_spans
        assert len(u.text.split()) >= 6  # no bylines, captions, labels
        assert "Getty" not in u.text and "Shutterstock" not in u.text


def test_related_articles_tail_is_excluded_everywhere():
    """Own prose: two reports of one (fictional) council vote; one ends with a teaser list."""
    from newsweave.synthesis.stages.excluded import marker_spans
    from newsweave.synthesis.weave import weave

    a = Article(
        id="a",
        text=(
            "The Riverton city council voted 7 to 2 on Tuesday to close the old harbour bridge to cars.\n\n"
            "Mayor Ana Ruiz said the bridge would reopen to cyclists in June after repairs.\n\n"
            "Related Articles\n\n"
            "Lighthouse museum wins a national award for its glass collection.\n\n"
            "Ferry operator raises summer fares by ten percent across all routes."
        ),
    )
    b = Article(
        id="b",
        text=(
            "Riverton's council decided on Tuesday, by seven votes to two, to close the harbour bridge to car traffic.\n\n"
            "Repairs will start next month, officials said, and the bridge will reopen to cyclists in June."
        ),
    )
    tail = a.text.index("Related Articles")
    assert marker_spans(a)[0].start == tail
    ev = weave([a, b]).events[0]
    assert any(s.article == "a" and s.start == tail for s in ev.excluded)
    cited = [c for f in ev.facts for c in f.citations] + [c for u in ev.unique for c in u.citations]
    cited += [c for s in ev.brief for c in s.citations]
    assert cited and all(not (c.article == "a" and c.end > tail) for c in cited)
    assert any(set(f.sources) == {"a", "b"} for f in ev.facts)  # the vote, said twice


def test_seed_citations_back_what_they_are_cited_for(seed_report) -> None:
    from newsweave.synthesis.support import supports

    arts = {a.id: a for a in seed_report.articles}
    ev = seed_report.events[0]
    # quoted words cite only the articles that carry them, every clause is backed (by what
    # each article is cited for: one statement, or several that together make the claim)
    for statement in [*ev.brief, *ev.facts]:
        for aid in {c.article for c in statement.citations}:
            cited = " ".join(
                arts[aid].text[c.start : c.end] for c in statement.citations if c.article == aid
            )
            assert supports(statement.text, cited), (statement.text, aid)
    hailed = [b for b in ev.brief if "without specifying" in b.text]
    assert all(c.article[:3] != "004" for b in hailed for c in b.citations)


def test_one_claim_is_one_fact_on_the_seeds(seed_report) -> None:
    """European leaders' demand for a 30-day ceasefire backed by sanctions is one claim, however
    each outlet splits it ("demanded ... and threatened ...", "called for ..." then "threatened
    ..." two paragraphs later); Putin not ruling out a new ceasefire at the talks is another."""
    ev = seed_report.events[0]
    sanctions = [f for f in ev.facts if "sanction" in f.text.lower()]
    assert len(sanctions) == 1, [f.text for f in sanctions]
    demand = sanctions[0]
    assert re.search(r"cease-?fire", demand.text) and len(demand.sources) >= 3
    # every outlet is cited for both halves, in one sentence or in two
    texts = {a.id: a.text for a in seed_report.articles}
    for a in demand.sources:
        cited = " ".join(texts[a][c.start : c.end] for c in demand.citations if c.article == a)
        assert re.search(r"cease-?fire", cited) and "sanction" in cited, (a, cited)
    called = [f for f in ev.facts if re.search(r"called for an? .*cease-?fire", f.text)]
    assert not called, [f.text for f in called]
    truce = [f for f in ev.facts if re.search(r"reach a ceasefire|rule out|new truces", f.text)]
    assert len(truce) == 1 and len(truce[0].sources) >= 3
    # different claims stay apart: the Istanbul proposal keeps its own five-outlet fact
    istanbul = [f for f in ev.facts if "Istanbul" in f.text and "May 15" in f.text]
    assert istanbul and len(istanbul[0].sources) == 5 and "sanction" not in istanbul[0].text
    # ... and is told once: "offered direct negotiations with Ukraine later this week", by
    # three of the five, is that proposal in other words, not a fact of its own
    offers = [f for f in ev.facts if re.search(r"(?:offered|proposed) .*direct", f.text)]
    assert offers == istanbul, [f.text for f in offers]


def test_predicates_split_conjoined_verbs(settings) -> None:
    """Own prose: a compound claim is two predicate-argument units, and only statements that
    together state both back it."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.frames import frames_of
    from newsweave.synthesis.units import frame_match, frames_cover

    nlp = get_spacy(settings)
    compound = frames_of(
        list(
            nlp(
                "The union leaders demanded an immediate pay rise and threatened a strike "
                "at the port if the owners refused."
            )
        )
    )
    core = {p.family: p.objects for p in compound if p.core}
    assert "pay" in core["demand"] or "rise" in core["demand"]
    assert "strike" in core["threaten"]
    called = frames_of(list(nlp("The union called for an immediate pay rise on Monday.")))
    warned = frames_of(list(nlp("Union leaders warned of a strike at the port.")))
    assert not frames_cover(compound, called) and frames_cover(compound, called + warned)
    assert not any(frame_match(p, q) for p in called for q in warned)


def _mentions(nlp, text: str) -> set[str]:
    """Lemmas of ``text`` with hyphenated compounds also joined ("cease-fire" = "ceasefire")."""
    toks = list(nlp(text))
    out = {t.lemma_.lower() for t in toks}
    for a, dash, b in zip(toks, toks[1:], toks[2:], strict=False):
        if dash.text == "-" and not a.whitespace_ and not dash.whitespace_:
            out.add(a.lower_ + b.lemma_.lower())
    return out


def test_every_citation_carries_each_object_of_a_compound_wording(seed_report, settings) -> None:
    """A fact worded "demanded X and threatened Y and Z" is cited only to articles whose cited
    statements name X, Y and Z: the objects of every claimed verb, conjoined ones included,
    read off the fact's own wording and its citation spans."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.frames import claim_terms

    nlp = get_spacy(settings)
    arts = {a.id: a for a in seed_report.articles}
    ev = seed_report.events[0]
    compound = 0
    for fact in ev.facts:
        terms = claim_terms(list(nlp(fact.text)))
        compound += bool(terms)
        for aid in {c.article for c in fact.citations}:
            cited = " ".join(
                arts[aid].text[c.start : c.end] for c in fact.citations if c.article == aid
            )
            assert terms <= _mentions(nlp, cited), (fact.text, aid, terms)
    assert compound  # the check is not vacuous: some fact states several claims
    # the Europeans' demand keeps its four outlets, in a wording each of them backs, and it
    # does not open on another happening ("Putin's proposal ... came hours after ...")
    demand = next(f for f in ev.facts if "sanction" in f.text)
    assert len(demand.sources) >= 4 and "came hours after" not in demand.text


def test_a_claim_one_outlet_adds_is_not_lent_to_the_others() -> None:
    """Own prose: three reports of a (fictional) dock union's demand; one adds a threatened
    boycott. A fact may say the boycott only with that outlet's citation."""
    from newsweave.synthesis.weave import weave

    a = Article(
        id="a",
        text=(
            "The Harbourside dockworkers' union demanded an immediate pay rise on Monday and "
            "threatened a strike and a boycott of the new container terminal if the port owners "
            "refused.\n\nTalks between the union and the owners broke down last week."
        ),
    )
    b = Article(
        id="b",
        text=(
            "Union leaders at Harbourside port demanded an immediate pay rise on Monday and "
            "threatened a strike if the owners refused.\n\nThe port handles most of the region's "
            "grain exports."
        ),
    )
    c = Article(
        id="c",
        text=(
            "On Monday the Harbourside dockworkers' union demanded an immediate pay rise and "
            "threatened a strike if the owners refused its demand.\n\nThe owners have not commented."
        ),
    )
    ev = weave([a, b, c]).events[0]
    rise = [f for f in ev.facts if "pay rise" in f.text]
    assert rise and max(len(f.sources) for f in rise) >= 2
    for f in ev.facts:
        if "boycott" in f.text:
            assert set(f.sources) == {"a"}, (f.text, f.sources)


def test_claim_terms_name_every_conjoined_object(settings) -> None:
    """Own prose: the objects of conjoined verbs and nouns are a statement's terms; a
    statement of one claim has none to check (its paraphrases need not share its nouns)."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.frames import claim_terms, own_claim_start

    nlp = get_spacy(settings)
    two = claim_terms(
        list(
            nlp(
                "The union leaders demanded a pay rise and threatened to call a strike and "
                "boost picket lines at the port if the owners refused."
            )
        )
    )
    assert {"rise", "strike", "line"} <= two or {"pay", "strike", "line"} <= two, two
    assert not claim_terms(list(nlp("The union called for a pay rise at the port on Monday.")))
    led = "The vote came hours after union leaders demanded a pay rise at the port."
    start = own_claim_start(list(nlp(led)))
    assert led[start:] == "union leaders demanded a pay rise at the port."


def test_a_death_reported_with_and_without_its_place_is_one_fact() -> None:
    """Own prose: two outlets say a (fictional) harbour master "has died", two that she
    "died in Lisbon": one claim, one fact backed by all four, never two facts."""
    from newsweave.synthesis.weave import weave

    tail = (
        "\n\nShe ran the port of Riverton for thirty years and oversaw the building of its "
        "northern quay.\n\nThe port authority lowered its flags to half-mast on Wednesday."
    )
    texts = [
        "Ann Lee, the longtime harbour master of Riverton, has died, according to a statement "
        "from the port authority.",
        "Ann Lee, harbour master of the port of Riverton for three decades, has died, the port "
        "authority said in a statement.",
        "Ann Lee, the harbour master who ran the port of Riverton for thirty years, died in "
        "Lisbon after a short illness.",
        "Ann Lee, who was harbour master of Riverton for thirty years, died in Lisbon after a "
        "short illness, her family said.",
    ]
    arts = [Article(id=f"r{i}", text=t + tail) for i, t in enumerate(texts)]
    ev = weave(arts).events[0]
    deaths = [f for f in ev.facts if "died" in f.text]
    assert len(deaths) == 1, [(f.text, f.sources) for f in deaths]
    assert len(deaths[0].sources) == 4, deaths[0].sources


def test_a_statement_no_other_outlet_backs_is_its_outlets_unique_detail() -> None:
    """Two outlets give the same words from two differently named people: no wording is
    backed by both, so there is no fact, and each statement stays its outlet's unique detail
    rather than vanishing from the report."""
    from newsweave.synthesis.weave import weave

    said = "The old pier cannot carry the weight of the new ferries"
    texts = [
        "The harbour board met on Tuesday to discuss the ferry timetable.\n\n"
        f"{said}, Ida Stone said on Tuesday.\n\nThe board meets again in June.",
        "Three new ferries are due to arrive at the harbour next spring.\n\n"
        f"{said}, said Lev Marr on Tuesday.\n\nRepairs could take two years.",
    ]
    (ev,) = weave([Article(id=f"pier{i}", text=t) for i, t in enumerate(texts)]).events
    assert not any(said in f.text for f in ev.facts), [f.text for f in ev.facts]
    assert {u.article for u in ev.unique if said in u.text} == {"pier0", "pier1"}, ev.unique


def test_a_clause_that_leans_on_its_sentence_is_shown_and_cited_whole() -> None:
    """Own prose: two outlets carry the same long sentences, each split into clauses for the
    alignment. "Which will connect…" and "but said the repairs…" say nothing read alone: the
    fact is the whole sentence, cited whole in both, and its main clause is no second fact."""
    from newsweave.synthesis.weave import weave

    bridge = (
        "The council approved a new bridge over the Tessel river on Monday, which will connect "
        "the two halves of the town for the first time since the flood of 1998."
    )
    mayor = (
        "Mayor Ida Stone said the old ferry would keep running until the bridge opens in 2027, "
        "but said the repairs to the northern quay could not wait another winter."
    )
    texts = [
        f"{bridge}\n\nThe vote was nine to two.\n\n{mayor}",
        f"{bridge}\n\nBuilders expect to start work in the spring.\n\n{mayor}",
    ]
    arts = [Article(id=f"tessel{i}", text=t) for i, t in enumerate(texts)]
    (ev,) = weave(arts).events
    for f in ev.facts:
        assert not re.match(r"(?:Which|But said)\b", f.text), f.text
    for whole, part in ((bridge, "two halves"), (mayor, "northern quay")):
        (fact,) = [f for f in ev.facts if part in f.text]
        assert fact.text == whole, fact.text
        assert [arts[int(c.article[-1])].text[c.start : c.end] for c in fact.citations] == [
            whole,
            whole,
        ]
        assert not [f for f in ev.facts if f is not fact and whole.startswith(f.text[:-1])]


def test_no_seed_fact_is_a_clause_that_cannot_stand_alone(seed_report) -> None:
    """A seed fact read "Saying Russia's offensive is …": its sentence's main clause ("Kyiv and the
    West have rejected all of them") is one outlet's, so no wording two outlets back reads
    on its own, and the statements stay their outlets' own."""
    opener = re.compile(r"(?:Saying|Adding|Which|Who|But said|Amid|Citing)\b")
    assert not [f.text for f in seed_report.events[0].facts if opener.match(f.text)]


def test_a_fact_opening_on_he_or_she_names_the_person_in_brackets() -> None:
    """Own prose: in a list of facts or details "She said the first boat…" points nowhere; the
    article's antecedent names her ("[Ana Lindqvist] said…"), as the article words it, when it
    is the subject of its clause. An antecedent that is not ("opened by Mayor Ana Lindqvist":
    the last person named may be anyone's child or guest) leaves the pronoun as it is."""
    from newsweave.synthesis.weave import weave

    texts = [
        "Mayor Ana Lindqvist opened the new ferry terminal in Riverton on Monday morning.\n\n"
        "She said the first boat to the islands would sail from the terminal on Friday.",
        "Ana Lindqvist, the mayor, opened the new ferry terminal in Riverton on Monday.\n\n"
        "She said the first boat to the islands would sail from the terminal on Friday.",
        "Ana Lindqvist toured the northern quay of the harbour after the opening.\n\n"
        "She thanked the harbour crews for finishing the northern quay two months early.",
        "The ceremony at the new ferry terminal was led by Mayor Ana Lindqvist.\n\n"
        "She praised the builders of the terminal for their careful work through the winter.",
    ]
    (ev,) = weave([Article(id=f"ferry{i}", text=t) for i, t in enumerate(texts)]).events
    (sail,) = [f for f in ev.facts if "first boat" in f.text]
    assert sail.text.startswith("[Ana Lindqvist] said the first boat"), sail.text
    details = [u.text for u in ev.unique]
    assert "[Ana Lindqvist] thanked the harbour crews" in " ".join(details), details
    assert "She praised the builders" in " ".join(details), details


def test_a_which_clause_inside_its_sentence_does_not_cut_the_main_verb_off() -> None:
    """Own prose: ", which is linked to shorter legs," sits inside the sentence and its main
    verb ("was carried") follows it; split there, a clause would read "… have shown how a
    variant of the WOL2 gene." with no verb of its own. A "which" clause that ends the
    sentence is still split off for the alignment."""
    from newsweave.models import Sentence
    from newsweave.synthesis.units import prefetch_texts

    def clauses(text: str) -> list[str]:
        art = Article(id="sheep", text=text)
        return prefetch_texts(art, [Sentence("sheep", 0, len(text), text, 0)])

    inside = (
        "In a study published on Monday, scientists at the Riverton institute have shown how a "
        "variant of the WOL2 gene, which is linked to shorter legs, was carried by the town's "
        "sheep flocks across three centuries of breeding."
    )
    assert clauses(inside) == []
    ending = (
        "In a study published on Monday, scientists at the Riverton institute traced a variant "
        "of the WOL2 gene in the town's sheep flocks, which were bred for short legs across "
        "three centuries."
    )
    assert clauses(ending) == [
        "In a study published on Monday, scientists at the Riverton institute traced a variant "
        "of the WOL2 gene in the town's sheep flocks",
        "which were bred for short legs across three centuries.",
    ]


def test_a_claim_two_groups_state_is_never_two_facts_on_real_news(data_dir, settings) -> None:
    """#13, multinews validation mn-val-205 (the Oscars envelope): four outlets carry the
    accounting firm's apology. The alignment put one outlet's apology in a loose group about
    the presenters, worded "... ended up fumbling the presentation" when claims were merged
    and by that apology once citations had to state the claim, while the others' apologies
    formed a group of their own: the apology was two facts. It is never two facts, and its
    "We" is never no one's in a table of facts. Until session 24 the outlets credited it to
    different speakers (PwC, and "Oscar" by a misread), so it was no fact at all; since the
    speakers of a headline-like "X:" are read right, all four credit PwC, and it is one fact
    of four outlets that says whose words they are. (Own prose did not reproduce the greedy
    grouping behind it.)"""
    import json

    from conftest import need
    from newsweave.sources.files import extract_text
    from newsweave.synthesis.weave import weave

    path = need(data_dir / "multinews" / "validation.jsonl", "the multinews validation set")
    with path.open(encoding="utf-8") as f:
        (ev,) = [e for e in map(json.loads, f) if e["id"] == "mn-val-205"]
    arts = [extract_text(d, id=f"a{i}") for i, d in enumerate(ev["documents"])]
    report = weave(arts, settings=settings)
    facts = [f for e in report.events for f in e.facts if "sincerely apologize" in f.text]
    assert len(facts) <= 1, [(f.text, f.sources) for f in facts]
    assert all(f.text.startswith("PricewaterhouseCoopers") for f in facts), facts
    quotes = [q for e in report.events for q in e.quotes if "sincerely apologize" in q.text]
    assert "PricewaterhouseCoopers" in {q.speaker for q in quotes}


def test_a_fact_is_worded_without_the_dateline_its_story_was_filed_under():
    """Own prose: every outlet opens with a dateline; the fact says what happened, not where
    the story was filed, and is still cited to the passage that holds its words."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    bodies = [
        "RIVERTON, Norway - The harbour board closed the northern quay on Tuesday after a crane "
        "collapsed onto two lorries.",
        "RIVERTON - The northern quay was closed by the harbour board on Tuesday after a crane "
        "collapsed onto two lorries.",
        "RIVERTON, Norway - The harbour board shut the northern quay on Tuesday after a crane "
        "fell onto two lorries.",
    ]
    arts = [
        Article(id=f"a{i}", text=f"{b}\n\nThe board said repairs would take a month.")
        for i, b in enumerate(bodies)
    ]
    report = weave(arts)
    by_id = {a.id: a for a in report.articles}
    fact = next(f for f in report.events[0].facts if "quay" in f.text)
    assert fact.text.startswith("The harbour board"), fact.text
    first = fact.citations[0]
    assert fact.text.rstrip(".") in by_id[first.article].text[first.start : first.end]


def test_a_first_person_fact_names_whose_words_it_is():
    """Own prose: one outlet prints the ferry company's apology as a bare paragraph, two quote
    it as Fjordline's; the fact's "We" is shown as Fjordline's, not as no one's."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    said = (
        "We sincerely apologise to every passenger who was left stranded on the quay at Port "
        "Ellis this week"
    )
    arts = [
        Article(
            id="a0",
            text=f"Fjordline cancelled every crossing from Port Ellis this week.\n\n{said}.\n\n"
            "The crossings resume on Monday.",
        ),
        Article(
            id="a1",
            text=f'Crossings from Port Ellis were cancelled all week.\n\n"{said}," Fjordline '
            "said on Tuesday.",
        ),
        Article(
            id="a2",
            text=f'Passengers were stranded at Port Ellis all week.\n\n"{said}," Fjordline said '
            "in a statement.",
        ),
    ]
    facts = [f.text for f in weave(arts).events[0].facts if "sincerely apologise" in f.text]
    assert facts == [f"Fjordline: {said}."]


def test_a_first_person_fact_is_credited_as_the_quotes_credit_its_words():
    """Own prose: one outlet prints the harbour master's promise as a bare paragraph, one
    quotes it as Ingrid Dahl's and one as "the town's harbour master"'s. The quotes show the
    utterance as Dahl's, the name one outlet gives; the fact's "We" is hers too, not the
    description's nor, for two speakers, no one's."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    said = (
        "We will rebuild the north pier before the summer season opens, and every berth will "
        "be ready for the fishing fleet by June"
    )
    arts = [
        Article(
            id="a0",
            text="Port Ellis will rebuild its north pier, the harbour office said.\n\n"
            f"{said}.\n\nThe storms in January broke the pier in three places.",
        ),
        Article(
            id="a1",
            text="Storms wrecked the north pier at Port Ellis last winter.\n\n"
            f'"{said}," Ingrid Dahl, the harbour master, said on Tuesday.\n\n'
            "The fleet has moored at Lund since January.",
        ),
        Article(
            id="a2",
            text="The north pier at Port Ellis has stood in ruins since the winter storms.\n\n"
            f'"{said}," the town\'s harbour master told reporters.\n\n'
            "Repairs will cost two million kroner.",
        ),
    ]
    (ev,) = weave(arts).events
    assert {q.speaker for q in ev.quotes if "north pier before" in q.text} == {"Ingrid Dahl"}
    facts = [f.text for f in ev.facts if "north pier before" in f.text]
    assert facts == [f"Ingrid Dahl: {said}."]


def test_a_detail_that_leans_on_the_sentence_before_is_not_listed_alone() -> None:
    """Own prose: only one outlet tells what the pier's repairs include, in a sentence that
    opens "They include ..." after the one that says what "they" are; listed alone among the
    details, it would point at nothing."""
    from newsweave.synthesis.weave import weave

    texts = [
        "The city reopened the old pier in Riverton on Monday after two years of repairs.\n\n"
        "The repairs cost the city four million dollars, twice the first estimate.\n\n"
        "They include new railings from Hale Steel of Boston, a lift built in Oslo for "
        "wheelchairs and 40 lamps along the Riverton pier.",
        "Riverton's old pier reopened on Monday after two years of repairs by the city.\n\n"
        "Anglers were back at the far end of the pier within the hour.",
    ]
    (ev,) = weave([Article(id=f"pier{i}", text=t) for i, t in enumerate(texts)]).events
    details = " ".join(u.text for u in ev.unique)
    assert "four million dollars" in details, details
    assert "new railings" not in details, details


def _quay_reports(third_speaker: str | None) -> list[Article]:
    """Own prose: reports of a (fictional) quay's opening, each printing the same quotation
    alone in its paragraph after naming who spoke; a third, when given, after another name."""
    said = (
        "“The old quay was falling into the sea, and the boats had nowhere safe to land their "
        "catch in winter storms.”"
    )
    texts = [
        "The harbour master Ola Berg opened the new quay in Tromsdal on Monday, after three "
        f"years of work. Berg said the town had waited a decade for it.\n\n{said}\n\nThe quay "
        "cost 40 million kroner and can take ships of 200 metres.",
        "A new quay opened in Tromsdal on Monday after three years of work, harbour master Ola "
        f"Berg said. Berg told the crowd that the town had waited long.\n\n{said}\n\nThe quay "
        "cost 40 million kroner and can take ships of 200 metres.",
    ]
    if third_speaker:
        texts.append(
            f"Tromsdal has a new quay. {third_speaker} thanked the builders on Monday.\n\n{said}"
            "\n\nThe quay cost 40 million kroner."
        )
    return [Article(id=f"q{k}", text=t) for k, t in enumerate(texts)]


def test_a_quotation_alone_is_a_fact_only_as_its_speakers_words() -> None:
    """A fact that is one quotation and nothing else is someone's words: the table names whose
    (as it names a first-person statement's), or, when the outlets give the words to different
    people, leaves them to the Quotes section rather than state them as established."""
    from newsweave.synthesis.weave import weave

    def quay_facts(third: str | None) -> list[str]:
        facts = weave(_quay_reports(third)).events[0].facts
        return [f.text for f in facts if "falling into the sea" in f.text]

    assert quay_facts(None) == [
        "Ola Berg: “The old quay was falling into the sea, and the boats had nowhere safe to "
        "land their catch in winter storms.”"
    ]
    assert quay_facts("The mayor, Kari Lund,") == []


def test_facts_equally_backed_come_in_order_of_how_close_they_are_to_the_leads() -> None:
    """Own prose, the shape of a Multi-News event whose first fact was "Their other hits
    include …" above the singer's death: both backed by the same two outlets, the trivia worded
    identically and so scored higher. What the outlets lead with is the news: it comes first."""
    from newsweave.synthesis.weave import weave

    texts = [
        "Mara Quill, the lead singer of the folk band Tidewater, died on Wednesday at the age "
        "of 44 after a long illness, her manager said.\n\nThe band toured Europe twice in the "
        "nineties and sold out the Paramount in 1998.\n\nTheir best-known songs include Blue "
        "Harbour and Night Train.\n\nA memorial concert is planned for the spring.",
        "Tidewater singer Mara Quill has died after a long illness, her manager said on "
        "Wednesday. She was 44.\n\nQuill grew up in a fishing town and taught herself the "
        "fiddle as a girl.\n\nTheir best-known songs include Blue Harbour and Night Train.\n\n"
        "Fans left flowers outside the band's old studio.",
    ]
    (ev,) = weave([Article(id=f"q{i}", text=t) for i, t in enumerate(texts)]).events
    both = [f for f in ev.facts if f.independent_sources == 2]
    assert any("died" in f.text for f in both) and any("songs" in f.text for f in both), [
        f.text for f in ev.facts
    ]
    assert "died" in both[0].text, [f.text for f in both]


def test_the_news_two_outlets_lead_with_in_their_own_words_is_no_one_outlets_detail() -> None:
    """Own prose, the shape of a Multi-News event whose lead (a baby's death) was listed as
    reported by one outlet only while another led with the same happening in other words:
    each lead adds what the other does not say (a tracker, 300 letters), so neither is cited
    for the other's wording, but neither is one outlet's detail either; the brief still tells
    the news, cited to its outlet."""
    from newsweave.synthesis.weave import weave

    texts = [
        "Police say a Millbrook kindergarten teacher who quit last month stalked one of her "
        "6-year-old pupils — hiding a tracker in the child's backpack.\n\nInvestigators found "
        "the device after the girl's mother noticed a blinking light.\n\nThe school district "
        "said it had not received any complaint before.\n\nA hearing is set for March.\n\n"
        "The district's lawyer declined to comment.\n\nThe teacher had worked at the school "
        "for nine years.",
        "A former Millbrook kindergarten teacher is accused of stalking one of her 6-year-old "
        "pupils — sending the girl 300 letters and gifts.\n\nParents at the school said they "
        "were stunned by the arrest.\n\nThe woman was released on bail on Thursday.\n\nHer "
        "lawyer said she would plead not guilty.\n\nThe girl has since moved to another "
        "school.\n\nDetectives are asking other families to come forward.",
    ]
    (ev,) = weave([Article(id=f"k{i}", text=t) for i, t in enumerate(texts)]).events
    assert not any("tracker" in f.text or "letters" in f.text for f in ev.facts), ev.facts
    assert not any("stalk" in u.text for u in ev.unique), [u.text for u in ev.unique]
    assert any("blinking light" in u.text for u in ev.unique), [u.text for u in ev.unique]
    assert any("stalk" in b.text for b in ev.brief), [b.text for b in ev.brief]


def test_a_persons_word_on_the_news_another_outlet_leads_with_stays_their_outlets_detail() -> None:
    """Own prose: one outlet leads with a sale, another with a named baker's plans cancelled
    on hearing of it. The leads agree in their words, but hers is her claim, not the sale told
    again: it stays her outlet's detail."""
    from newsweave.synthesis.weave import weave

    texts = [
        "Harbor Foods is buying Crumbly, a bakery chain that makes frozen pies, in a $40 "
        "million deal.\n\nThe deal is expected to close in June.\n\nCrumbly has 120 shops in "
        "four states.\n\nHarbor Foods shares rose 3 percent on the news.\n\nThe chain was "
        "founded in a garage in 1988.\n\nAnalysts called the price modest.",
        "Baker Ina Holt said she is cancelling plans to open a Crumbly pie shop in her town, "
        '"my own little dream," after hearing the bakery chain is being bought by Harbor '
        "Foods.\n\n"
        "Holt had signed a lease on a former bank building in March.\n\nShe said she did not "
        "want to work for a food giant.\n\nHer customers have started a petition asking her to "
        "stay.\n\nThe town has no other bakery.\n\nHolt plans to sell her ovens at auction.",
    ]
    (ev,) = weave([Article(id=f"pie{i}", text=t) for i, t in enumerate(texts)]).events
    assert not any("Holt" in f.text for f in ev.facts), [f.text for f in ev.facts]
    assert any("Holt said she is cancelling" in u.text for u in ev.unique), [
        u.text for u in ev.unique
    ]


def test_the_pages_word_to_the_reader_is_no_fact() -> None:
    """Own prose: two pages of one video story both print the player's "watch … in the clip
    above" line (before the rule, the one fact of the pair). It is the page talking to its
    reader, not something two outlets report."""
    from newsweave.synthesis.weave import weave

    watch = "Watch the mayor's last crossing to Nordvik on the Riverton ferry in the clip above."
    arts = [
        Article(
            id="a0",
            text="The mayor of Riverton crossed to Nordvik on the last ferry of the season on "
            f"Monday, ending a service that ran for 112 years.\n\n{watch}\n\nThe ferry line "
            "closes for the winter and will not reopen, the harbour office said.",
        ),
        Article(
            id="a1",
            text="Riverton's mayor rode the last ferry of the season to Nordvik on Monday, the "
            f"end of a 112-year-old service.\n\n{watch}\n\nThe harbour office said the line "
            "would not reopen after the winter.",
        ),
    ]
    event = weave(arts).events[0]
    assert len(event.articles) == 2
    assert not [f.text for f in event.facts if "clip above" in f.text]
