"""Framing: leads, omissions, loaded words in the outlet's own voice vs quoted."""

from __future__ import annotations

from newsweave.text.lexicons import loaded_terms_in


def test_quoted_words_are_the_speakers_not_the_outlets():
    text = 'The senator slammed the plan. He called the bill "a land grab" on Monday.'
    terms = {(t.label, t.voice) for t in loaded_terms_in(text)}
    assert ("slammed", "own") in terms
    assert ("land grab", "quoted") in terms


def test_reported_speech_is_attributed():
    text = (
        "Critics rejected the offer, saying it was nothing more than an imperial-style land grab."
    )
    voices = {t.label: t.voice for t in loaded_terms_in(text)}
    assert voices["land grab"] == "attributed"
    assert loaded_terms_in(text, own_words_only=True) == []


def test_seed_framing(seed_report):
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    assert [fr.article for fr in ev.framing] == list(ev.articles)
    for fr in ev.framing:
        assert fr.lead and fr.lead_citations
        c = fr.lead_citations[0]
        assert arts[fr.article].text[c.start : c.end].startswith(fr.lead.rstrip(".")[:30])
        assert len(fr.loaded_terms) == len(fr.loaded_citations)
        for term, span in zip(fr.loaded_terms, fr.loaded_citations, strict=True):
            word = arts[fr.article].text[span.start : span.end].lower()
            assert term.split(" (")[0].split("-")[0][:4] in word or word[:4] in term
    moscow = next(fr for fr in ev.framing if fr.article.startswith("002"))
    assert "slammed" in moscow.loaded_terms  # AFP's own verb for Putin's words
    assert not any(t.startswith("ultimatum") for t in moscow.loaded_terms)  # Putin's word, quoted
    # omissions are facts most independent origins report, which the article is not a source
    # of (and says nowhere)
    majority = len(ev.origins) // 2 + 1
    for fr in ev.framing:
        allowed = {
            f.text
            for f in ev.facts
            if f.independent_sources >= majority and fr.article not in f.sources
        }
        assert set(fr.omits) <= allowed
    first = next(fr for fr in ev.framing if fr.article.startswith("000"))
    assert any("Erdogan" in o for o in first.omits)  # it never mentions Turkey's mediator
    assert not any("preconditions" in o for o in first.omits)  # it quotes Putin on that
    leads = [fr.lead_fact for fr in ev.framing]
    assert 0 in leads  # most outlets lead with the main fact


def test_a_call_to_the_reader_is_not_the_lead() -> None:
    """#13: a multinews page's lead read "Send us your images or video." (its call to readers,
    scraped into the story); the lead is the first sentence in the outlet's own news voice. A
    "please" inside a quotation is the speaker's, and such a sentence can still lead, as can a
    feature's "you"."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.synthesis.pipeline import Workspace, run

    arts = [
        Article(
            "a0",
            "Send us your images or video. A bridge collapsed in the port city of Varna on "
            "Monday, killing three people, the mayor said.",
        ),
        Article(
            "a1",
            '"Please help us," a witness said. A bridge collapsed in Varna on Monday and '
            "three people were killed, officials said.",
        ),
        Article(
            "a2",
            "Your commute may never be the same. A bridge collapsed in Varna on Monday, killing "
            "three people.",
        ),
    ]
    ws = run(Workspace(arts), ["framing"])
    leads = {fr.article: fr.lead for fr in ws.framing}
    assert leads["a0"].startswith("A bridge collapsed"), leads
    assert leads["a1"].startswith('"Please help us,"'), leads
    assert leads["a2"].startswith("Your commute"), leads


def test_a_dateline_is_no_part_of_a_lead_or_a_detail() -> None:
    """Multinews 001, 017, 226: "DENVER (AP) — Troy Tulowitzki has ..." was listed as the
    outlet's lead and as a detail only it reports; the place and agency say where the story
    was filed (the facts table already left it out). The detail is cited as its statement."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.synthesis.pipeline import Workspace, run

    arts = [
        Article(
            "a0",
            "VARNA, Bulgaria (AP) — Harbour pilots had warned the port authority for two years "
            "about cracks in the bridge's southern pier, their union said. A bridge collapsed "
            "in the port city of Varna on Monday, killing three people, the mayor said.",
        ),
        Article(
            "a1",
            "A bridge collapsed in Varna on Monday and three people were killed, officials "
            "said. Rescue crews worked through the night in the shallow water below.",
        ),
    ]
    ws = run(Workspace(arts), ["framing", "facts"])
    leads = {fr.article: fr.lead for fr in ws.framing}
    assert leads["a0"].startswith("Harbour pilots had warned"), leads
    details = [u for u in ws.unique if u.article == "a0"]
    assert [u.text[:25] for u in details] == ["Harbour pilots had warned"], details
    for u in details:
        (c,) = u.citations
        assert u.text[:20] in arts[0].text[c.start : c.end], (u, c)


def test_seed_voices_count_each_quote_of_a_named_speaker_once(seed_report):
    """Whom each outlet quotes, from the quotes the report lists: every named speaker's quotes
    (direct and reported) with a wording in the article, one cited span each, the most
    quoted first; terms and described speakers ("a source") are no voices."""
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    for fr in ev.framing:
        expected: dict[str, int] = {}
        for q in ev.quotes:
            named = q.speaker and q.speaker.split()[-1][:1].isupper()
            if q.kind == "statement" and named and fr.article in q.sources:
                expected[q.speaker] = expected.get(q.speaker, 0) + 1
        assert {v.speaker: v.quotes for v in fr.voices} == expected
        counts = [v.quotes for v in fr.voices]
        assert counts == sorted(counts, reverse=True)
        for v in fr.voices:
            assert len(v.citations) == v.quotes
            said = {
                (w.start, w.end)
                for q in ev.quotes
                if q.speaker == v.speaker
                for w in q.variants
                if w.article == fr.article
            }
            for c in v.citations:
                assert c.article == fr.article and (c.start, c.end) in said
                assert arts[fr.article].text[c.start : c.end]
    # the Moscow Times quotes Putin most, and Macron too
    moscow = next(fr for fr in ev.framing if fr.article.startswith("002"))
    assert moscow.voices[0].speaker == "Vladimir Putin"
    assert "Emmanuel Macron" in {v.speaker for v in moscow.voices}


def test_a_speaker_only_described_is_no_voice() -> None:
    """ "A lawyer for the dockers" and "dockers" say something, but name no one a reader can
    weigh; the port director is quoted twice in one article, once in the other."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.synthesis.pipeline import Workspace, run

    arts = [
        Article(
            "a0",
            "The harbour of Varna closed on Monday after a crane fell onto the main quay. "
            '"We will reopen the quay within a week," port director Elena Petrova said. '
            '"Nobody was hurt, and the crane was empty," Petrova added. '
            '"The quay was never safe," a lawyer for the dockers said. '
            'Dockers called the crane a "rusty giant" in a letter to the city.',
        ),
        Article(
            "a1",
            "A crane fell onto the main quay of Varna harbour on Monday and the port closed. "
            '"We will reopen the quay within a week," Elena Petrova, the port director, said.',
        ),
    ]
    ws = run(Workspace(arts), ["framing"])
    voices = {fr.article: [(v.speaker, v.quotes) for v in fr.voices] for fr in ws.framing}
    assert voices["a0"] == [("Elena Petrova", 2)]
    assert voices["a1"] == [("Elena Petrova", 1)]


def test_copies_of_one_story_are_no_majority_a_report_omits() -> None:
    """Two reprints of one wire story beside a third report made every line of the reprint a
    "majority" fact (2 of 3 articles), and the third report was said to omit them all (a
    Multi-News event listed 40 such omissions). Copies are one origin: with two origins there
    is no majority to leave out."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.synthesis.pipeline import Workspace, run

    wire = (
        "Flood waters forced the evacuation of 2,400 residents from the river town of Kelso on "
        "Tuesday after three days of heavy rain, the regional emergency office said. The town's "
        "only bridge was closed at noon when the water rose above its deck, and the army sent "
        "six boats to carry the elderly out of the lower streets. A school gym on the hill was "
        "turned into a shelter for the night, and volunteers brought blankets and hot food."
    )
    arts = [
        Article("a0", wire),
        Article("a1", wire + " The mayor asked people to stay off the roads."),
        Article(
            "a2",
            "Heavy rain flooded Kelso this week. Residents of the lower town left their homes as "
            "the river rose, and the local football club offered its clubhouse to families.",
        ),
    ]
    ws = run(Workspace(arts), ["framing"])
    assert len(ws.origins) == 2  # the two reprints are one origin
    assert any(len(f.sources) == 2 and "a2" not in f.sources for f in ws.facts)
    assert all(fr.omits == () for fr in ws.framing)


def test_a_fact_told_in_other_words_is_not_omitted() -> None:
    """Multi-News 111: the third article tells the singer's death as "is mourning the recent
    death of ... Devin Lima" (cosine 0.67 with "Devin Lima died", under the 0.75 of a
    paraphrase) and was said to omit it. A statement that names the fact's people and has a
    verb or noun of its claim's family ("death" for "died") tells it; one about the same
    singer and city that claims something else ("had recorded her last album") does not, and
    a fact the article never tells (the funeral) is still omitted."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.models import Article
    from newsweave.synthesis.pipeline import Workspace, run
    from newsweave.synthesis.stages.framing import OMIT_LEXICAL_SIM, OMIT_SIM, restates

    died = "The folk singer Mara Quill died on Tuesday at her home in Porto, her manager said."
    funeral = "A funeral will be held in the cathedral of Porto on Friday, the family said."
    arts = [
        Article(
            "a0",
            f"{died} She was 71 and had been treated for heart disease since the spring. {funeral}",
        ),
        Article(
            "a1",
            "Mara Quill, the folk singer whose ballads filled the halls of Europe in the 1970s, "
            "has died in Porto, her manager confirmed on Tuesday. The family said the funeral "
            "will be held in the cathedral of Porto on Friday. Quill recorded eleven albums.",
        ),
        Article(
            "a2",
            "Hundreds of fans gathered outside the old concert hall in Porto on Wednesday, "
            "mourning the death of the folk singer Mara Quill with candles and her songs. "
            "Quill had recorded her last album in Porto two years ago.",
        ),
    ]
    ws = run(Workspace(arts), ["framing"])
    assert len(ws.origins) == 3
    assert {f.text for f in ws.facts if set(f.sources) == {"a0", "a1"}} == {died, funeral}
    third = next(fr for fr in ws.framing if fr.article == "a2")
    assert third.omits == (funeral,)
    # the album sentence sits in the band where the fact's words decide, and does not tell it
    assert ws.units is not None and ws.unit_vectors is not None and ws.unit_features is not None
    fact = next(f for f in ws.facts if f.text == died)
    rows = [k for k, u in enumerate(ws.units) if any(c == u.span for c in fact.citations)]
    album = next(k for k, u in enumerate(ws.units) if u.text.startswith("Quill had recorded"))
    sim = float((ws.unit_vectors[rows] @ ws.unit_vectors[album]).max())
    assert OMIT_LEXICAL_SIM <= sim < OMIT_SIM
    assert not restates([ws.unit_features[k] for k in rows], ws.unit_features[album])


def _third_omits(arts: list, shared: set[str]) -> tuple[str, ...]:
    """What the third of three independent outlets omits, once the first two share exactly
    the facts ``shared``."""
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.synthesis.pipeline import Workspace, run

    ws = run(Workspace(arts), ["framing"])
    assert len(ws.origins) == 3
    assert {f.text for f in ws.facts if set(f.sources) == {"a0", "a1"}} == shared
    return next(fr for fr in ws.framing if fr.article == "a2").omits


def test_an_arrest_told_as_custody_by_surname_is_not_omitted() -> None:
    """Multi-News 161: "Kanasho Shadrick Johns, 27, was arrested Tuesday morning outside
    Houston, Texas" was listed as omitted by an outlet that wrote "Johns was taken into
    custody Tuesday near Houston" (cosine 0.62). Custody is an arrest, a surname names the
    person, and his age and the state say who and where, not what happened; an arrest of
    other men that the outlet never tells is still omitted."""
    from newsweave.models import Article

    arrest = (
        "The suspected gunman, 31-year-old Darnell Okafor Pryce, was arrested Friday morning "
        "outside Tulsa, Oklahoma, police said."
    )
    others = "Two other men were arrested on Saturday."
    arts = [
        Article(
            "a0",
            "A jeweller was shot dead during a robbery in Wichita on Monday, police said. "
            f"{arrest} {others}",
        ),
        Article(
            "a1",
            "Police in Wichita said a jeweller was killed in a robbery on Monday. Darnell Okafor "
            "Pryce, 31, was arrested Friday in Tulsa, Oklahoma, and is believed to be the gunman. "
            "Two other men were arrested on Saturday, police said.",
        ),
        Article(
            "a2",
            "A Wichita jeweller was shot dead in a robbery of his shop on Monday. Darnell Okafor "
            "Pryce, a former employee, had quarrelled with the owner in March, his son said. Pryce "
            "was taken into custody Friday near Tulsa on a murder warrant, a detective said. The "
            "shop will stay closed this month.",
        ),
    ]
    assert _third_omits(arts, shared={arrest, others}) == (others,)


def test_a_thing_the_outlet_named_before_is_named() -> None:
    """Multi-News 218: "Teams searching for the missing Malaysia Airlines plane are to deploy a
    robotic submarine" was listed as omitted by an outlet that had named the flight and then
    told how authorities "sent a U.S. Navy-contracted submersible diving toward the sea floor"
    ("the missing plane"). Sending is deploying, and a name the outlet gave in an earlier
    statement names what its later ones say "the plane" or "the ferry" of. What it never tells
    (the oil slick) is still omitted."""
    from newsweave.models import Article

    deploy = (
        "Crews searching for the sunken Baltic Star ferry will deploy a robotic submarine on "
        "Thursday, the coast guard said."
    )
    slick = "Divers found an oil slick near the wreck."
    arts = [
        Article(
            "a0",
            "The Baltic Star ferry sank off the island of Hiiumaa on Monday with 41 people "
            f"aboard. {deploy} {slick}",
        ),
        Article(
            "a1",
            "Rescuers have given up hope of finding survivors of the Baltic Star ferry, which sank "
            "off Hiiumaa on Monday. Crews searching for the sunken Baltic Star ferry will deploy a "
            "robotic submarine, officials said on Thursday. Divers reported an oil slick near the "
            "wreck site.",
        ),
        Article(
            "a2",
            "The Baltic Star ferry went down off Hiiumaa on Monday in a storm, with 41 people "
            "aboard. On Thursday the coast guard sent an unmanned submersible diving toward the "
            "wreck of the ferry on the sea floor. Relatives gathered at the harbour of Tallinn.",
        ),
    ]
    assert _third_omits(arts, shared={deploy, slick}) == (slick,)


def test_a_quotation_repeated_inside_a_longer_one_is_told() -> None:
    """Multi-News 208: a tweet's last two sentences, quoted by two outlets, were listed as
    omitted by a third that quoted the whole tweet (cosine 0.54 with its longer quotation, and
    nothing named to restate). Its words, repeated in a row, tell it; a few words in common
    ("a patriot") do not, nor do the same words outside the quotation's order."""
    from newsweave.synthesis.stages.framing import quotations, word_run

    (quote,) = quotations(
        ["“Thank you for all your years of service, sir. You are a true patriot.”"]
    )
    whole = (
        '"I am ashamed that his career was ended by a show of political theatre. That hearing '
        "was a low point for the House. Thank you for all your years of service, sir. You are "
        'a true patriot," she wrote on Monday.'
    )
    assert quote in word_run(whole)
    assert quote not in word_run("Her brother called him a true patriot on Monday.")
    assert quote not in word_run("You are a true patriot, sir: thank you for your service.")
    assert not quotations(['She called him "a true patriot" on Monday.'])  # a phrase
