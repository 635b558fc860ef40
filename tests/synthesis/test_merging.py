"""One entry per utterance: quote mentions merged within an article and across outlets."""

from __future__ import annotations

import pytest

from newsweave.models import Article, QuoteMention, Span
from newsweave.synthesis.quotes.merging import merge_quotes


@pytest.fixture(scope="module")
def embedder(settings):
    from newsweave.nlp import get_embedder

    return get_embedder(settings)


def _mention(article: str, text: str, speaker: str | None = "Ida Stone") -> QuoteMention:
    return QuoteMention(
        article=article, text=text, start=0, end=len(text), speaker=speaker, cue="said"
    )


def _merge(mentions: list[QuoteMention], embedder) -> list:
    arts = list(dict.fromkeys(m.article for m in mentions))
    return merge_quotes(mentions, [Article(id=a, text=_text(mentions, a)) for a in arts], embedder)


def _text(mentions: list[QuoteMention], article: str) -> str:
    """An article text holding its mentions at their offsets (one mention per article here)."""
    return next(m.text for m in mentions if m.article == article)


def test_fragment_and_variant_join_the_whole_utterance(embedder):
    quotes = _merge(
        [
            _mention("a", "We will not sign this treaty. Not now, not ever."),
            _mention("b", "We will not sign this treaty."),
            _mention("c", "We will never sign that treaty, not now and not ever."),
            _mention("d", "The harbour opens on Monday.", speaker="Lev Marr"),
        ],
        embedder,
    )
    assert len(quotes) == 2
    whole = quotes[0]
    assert whole.text == "We will not sign this treaty. Not now, not ever."
    assert set(whole.sources) == {"a", "b", "c"} and not whole.verbatim
    assert whole.relation in ("translation variant", "paraphrase")
    assert {v.text for v in whole.variants} >= {"We will not sign this treaty."}
    assert [q.id for q in quotes] == ["q1", "q2"]


def test_two_statements_of_one_speaker_stay_apart(embedder):
    """Same speaker, same topic, shared words, other outlets: still different things she said."""
    statements = [
        "The treaty protects our fishermen and our coast.",
        "The treaty must be signed by the end of the month.",
        "We will hold a referendum on the treaty in the spring.",
        # alike in words and meaning (embedding cosine 0.88), but one denies what the other says
        "We will not sign the treaty until the border is reopened.",
        "We will sign the treaty once the border is reopened.",
        # a short statement sharing most of its content words with a longer one
        "I will continue to work with both sides.",
        "Both sides must work with us to end the war.",
    ]
    quotes = _merge([_mention(f"a{k}", t) for k, t in enumerate(statements)], embedder)
    assert [q.text for q in quotes] == statements
    assert all(len(q.variants) == 1 for q in quotes)


def test_translations_merge_across_outlets_but_not_within_one(embedder):
    """Two renderings of one sentence merge; an article quoting both of two similar sentences
    says they are two statements."""
    x1 = "We are proposing that the city resume direct talks without any preconditions."
    x2 = "The city is ready to negotiate without any preconditions."
    y = "We propose to the city authorities to resume the talks, and, I emphasise, without any preconditions."
    text_x = f"“{x1}” she said. “{x2}”"
    ms = [
        QuoteMention("x", x1, 1, 1 + len(x1), "Ida Stone", cue="said"),
        QuoteMention("x", x2, text_x.index(x2), text_x.index(x2) + len(x2), "Ida Stone"),
        _mention("y", y),
    ]
    quotes = merge_quotes(ms, [Article(id="x", text=text_x), Article(id="y", text=y)], embedder)
    with_x = [q for q in quotes if "x" in q.sources]
    assert len(with_x) == 2, [q.text for q in quotes]
    assert len(quotes) == 2
    merged = next(q for q in quotes if len(q.sources) == 2)
    assert merged.text == x1 and {v.text for v in merged.variants} == {x1, y}


def test_pieces_of_one_sentence_are_one_utterance(embedder):
    """“…the conflict” and “to achieve…”: two pieces quoted in one sentence, one utterance."""
    text = (
        "He said the talks would attempt to “eliminate the root causes of the conflict” and "
        "“to achieve the restoration of a long-term, lasting peace” rather than a pause."
    )
    a, b = (
        "eliminate the root causes of the conflict",
        "to achieve the restoration of a long-term, lasting peace",
    )
    ms = [
        QuoteMention("p", a, text.index(a), text.index(a) + len(a), "Ida Stone", cue="said"),
        QuoteMention("p", b, text.index(b), text.index(b) + len(b), "Ida Stone", cue="said"),
    ]
    quotes = merge_quotes(ms, [Article(id="p", text=text)], embedder)
    assert len(quotes) == 1 and len(quotes[0].variants) == 2


def test_two_quoted_lines_joined_by_and_stay_two(embedder):
    """“A” and “B” where B opens a sentence of its own: two lines quoted side by side (a song's
    verses saying opposite things), not two pieces of one sentence."""
    a, b = (
        "I never wanted to go home/I just want to stay out",
        "I want you to go home/You don't need to stay out.",
    )
    text = f"Lines from the singer's new song include: “{a}” and “{b}”"
    ms = [
        QuoteMention("p", t, text.index(t), text.index(t) + len(t), "Ida Stone", cue="include")
        for t in (a, b)
    ]
    quotes = merge_quotes(ms, [Article(id="p", text=text)], embedder)
    assert [q.text for q in quotes] == [a, b]


def test_a_deed_is_no_report_of_words(embedder):
    """ "Ida Stone introduced the act": what she did, not what she said; the quote her deed's
    verb attributes goes with it. What she said beside it stays."""
    text = (
        "Ida Stone introduced the closing act and spoke of courage: “Nobody gets through this "
        "alone.” Later she said the tour would end in May."
    )
    deed = text[text.index("the closing") : text.index("alone.”") + len("alone.”")]
    words = "Nobody gets through this alone."
    said = "the tour would end in May"
    cue = Span("p", text.index("introduced"), text.index("introduced") + len("introduced"))
    ms = [
        QuoteMention("p", deed, text.index(deed), text.index(deed) + len(deed), "Ida Stone",
                     cue="introduced", form="mixed", cue_span=cue),
        QuoteMention("p", words, text.index(words), text.index(words) + len(words), "Ida Stone",
                     cue="introduced", cue_span=cue),
        QuoteMention("p", said, text.index(said), text.index(said) + len(said), "Ida Stone",
                     cue="said", form="indirect"),
    ]  # fmt: skip
    quotes = merge_quotes(ms, [Article(id="p", text=text)], embedder)
    assert [(q.text, q.cue) for q in quotes] == [(said, "said")]


@pytest.mark.parametrize(
    ("text", "cue", "quoted"),
    [
        # an assault: the film's title in quotation marks is no term of the prankster's
        (
            "The “Harbour Lights 2” actress was accosted by Tom Vale at the premiere.",
            "accosted",
            "Harbour Lights 2",
        ),
        # a rule's demand: the statute's words are no one's speech
        (
            "Tom Vale cited Harbour Code 12(b)(1), which requires a signature where a deal “is "
            "not to be performed within a year” of its making.",
            "requires",
            "is not to be performed within a year",
        ),
    ],
)
def test_an_assault_or_a_rule_s_demand_is_no_report_of_words(embedder, text, cue, quoted):
    """Own prose after multinews 051 and 034: the model reports these deeds with their quoted
    words, which listed would be the doer's term or statement."""
    at = text.index(cue)
    span = Span("p", at, at + len(cue))
    ms = [
        QuoteMention("p", quoted, text.index(quoted), text.index(quoted) + len(quoted),
                     "Tom Vale", cue=cue, cue_span=span, kind="term"),
    ]  # fmt: skip
    assert merge_quotes(ms, [Article(id="p", text=text)], embedder) == []


def test_a_report_within_its_speakers_own_report_is_one_entry(embedder):
    """'said he “hardly ever” saw the sea … and noted that he lives inland': the noted part is
    inside the said report (mixed, the noted one indirect), one remark listed once."""
    text = (
        "Ida Stone said she “hardly ever” saw the sea as a girl and noted that she still lives "
        "three hours inland."
    )
    whole = text[text.index("she “hardly") : -1]
    part = "she still lives three hours inland"
    ms = [
        QuoteMention("p", whole, text.index(whole), text.index(whole) + len(whole), "Ida Stone",
                     cue="said", form="mixed"),
        QuoteMention("p", part, text.index(part), text.index(part) + len(part), "Ida Stone",
                     cue="noted", form="indirect"),
    ]  # fmt: skip
    quotes = merge_quotes(ms, [Article(id="p", text=text)], embedder)
    assert [q.text for q in quotes] == [whole]


# --------------------------------------------------------------------------- the seeds


@pytest.fixture(scope="module")
def seed_ws(seed_articles):
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
    from newsweave.synthesis.pipeline import Workspace, run

    return run(Workspace(list(seed_articles)), ["quotes"])


def _direct(ws) -> list:
    return [q for q in ws.quotes if q.kind == "statement" and q.form == "direct"]


def _holding(quotes: list, words: str) -> list:
    return [q for q in quotes if any(words in v.text for v in q.variants)]


def test_seed_direct_quotes_are_one_entry_per_utterance(seed_ws):
    """The seeds quote about 20 utterances directly (31 entries before merging them)."""
    direct = _direct(seed_ws)
    assert len(direct) <= 22, [q.text for q in direct]
    for words in (
        "It was not Russia that broke off negotiations",
        "root causes",
        "continue to work with both sides",
        "on the table",
        "buy time",
        "some new",
    ):
        hits = _holding(direct, words)
        assert len(hits) == 1, (words, [q.text for q in hits])


def test_seed_repeated_statements_keep_their_variants(seed_ws):
    direct = _direct(seed_ws)
    kyiv = _holding(direct, "It was not Russia that broke off negotiations")[0]
    assert "Nevertheless" in kyiv.text and "Putin" in (kyiv.speaker or "")
    texts = [v.text for v in kyiv.variants]
    # the other outlet's two pieces, and another translation of the same words
    assert "It was not Russia that broke off negotiations in 2022. It was Kyiv" in texts
    assert any(
        t.startswith("We propose to the Kyiv authorities to resume the talks") for t in texts
    )
    assert len(kyiv.sources) == 3
    causes = _holding(direct, "root causes")[0]
    assert len(causes.sources) == 4 and causes.text.startswith("We propose to resume")
    table = _holding(direct, "on the table")[0]
    joined = " ".join(v.text for v in table.variants)
    assert "sponsors" in joined and "curators" in joined
    assert table.relation == "translation variant" and not table.verbatim
    for q in direct:
        for v in q.variants:
            assert seed_ws.article(v.article).text[v.start : v.end] == v.text


def test_seed_distinct_statements_of_putin_stay_apart(seed_ws):
    direct = _direct(seed_ws)
    ready = _holding(direct, "Russia is ready to negotiate")
    offer = _holding(direct, "We offer the Kyiv authorities")
    kyiv = _holding(direct, "It was not Russia that broke off negotiations")
    assert len(ready) == len(offer) == 1
    assert ready[0] is not kyiv[0] and offer[0] is not kyiv[0] and ready[0] is not offer[0]


def test_seed_reports_of_putin_keep_each_claim_apart(seed_ws):
    """The call to Erdogan and the ceasefire the talks could bring are two claims; a clause of
    the first ("which he said could lead to a ceasefire") does not make them one."""
    reports = [q for q in seed_ws.quotes if q.form == "indirect"]
    erdogan = _holding(reports, "Erdogan")
    assert erdogan
    for q in erdogan:
        assert not any("during the Istanbul talks" in v.text for v in q.variants), q.variants


def test_seed_terms_end_on_no_writers_stop(seed_ws):
    """'slammed European “anti-Russian rhetoric.”': the stop inside the mark is the writer's
    sentence's; listed as a term the words end without it, and its variants keep the article's
    words as written."""
    terms = {q.text: q for q in seed_ws.quotes if q.kind == "term"}
    assert "anti-Russian rhetoric" in terms, sorted(terms)
    assert not [t for t in terms if t.endswith(".")], sorted(terms)
    assert any(v.text.endswith(".") for v in terms["anti-Russian rhetoric"].variants)


def test_seed_terms_are_terms_in_every_rendering(seed_articles, seed_ws):
    from newsweave.serve.render import render_markdown
    from newsweave.synthesis.weave import weave

    for term in ("special military operation", "ultimatums", "sustainable"):
        hits = [q for q in seed_ws.quotes if q.text.rstrip(".") == term]
        assert hits and all(q.kind == "term" for q in hits), term
        assert not _holding(_direct(seed_ws), term) or all(
            q.text.rstrip(".") != term for q in _direct(seed_ws)
        )
    md = render_markdown(weave(list(seed_articles)))
    quotes_part = md.split("## Quotes", 1)[1].split("### Terms in quotation marks", 1)
    statements, terms = quotes_part[0], quotes_part[1].split("\n## ", 1)[0]
    for term in ("special military operation", "ultimatums", "sustainable"):
        assert f"“{term}”" in terms
        assert f": “{term}”" not in statements


def test_mixed_report_and_its_quoted_words_are_one_entry(embedder):
    from newsweave.models import Span

    text = 'Macron warned that Putin was merely trying "to buy time." Lev Marr said the port shut.'
    cue = Span("m", 7, 13)
    report_at = text.index("Putin")
    quoted_at = text.index("to buy")
    mixed = QuoteMention(
        article="m",
        text=text[report_at : text.index(" Lev")],
        start=report_at,
        end=text.index(" Lev"),
        speaker="Emmanuel Macron",
        cue="warned",
        form="mixed",
        cue_span=cue,
    )
    direct = QuoteMention(
        article="m",
        text="to buy time.",
        start=quoted_at,
        end=quoted_at + len("to buy time."),
        speaker="Emmanuel Macron",
        cue="warned",
        cue_span=cue,
    )
    other = QuoteMention(
        article="m",
        text="the port shut",
        start=text.index("the port"),
        end=len(text) - 1,
        speaker="Lev Marr",
        cue="said",
        form="indirect",
        cue_span=Span("m", text.index("said"), text.index("said") + 4),
    )
    quotes = merge_quotes([mixed, direct, other], [Article(id="m", text=text)], embedder)
    assert len(quotes) == 2
    report = quotes[0]
    # one entry, led by the report, the quoted words kept as its quoted part
    assert report.form == "mixed" and report.text == mixed.text
    assert {v.text for v in report.variants} == {mixed.text, "to buy time."}
    assert not any(q.form == "direct" for q in quotes)


def test_a_report_told_inside_another_report_is_a_second_utterance(embedder) -> None:
    # the clerks claim the mayor lied when she said something: the inner report is the
    # mayor's, the outer one the clerks', who are not named; joined, the claim was hers
    text = "They claim that the mayor lied when she said the ferry had never been late."
    outer = QuoteMention(
        article="n",
        text=text[text.index("the mayor") : -1],
        start=text.index("the mayor"),
        end=len(text) - 1,
        speaker=None,
        cue="claim",
        form="indirect",
        cue_span=Span("n", text.index("claim"), text.index("claim") + 5),
    )
    inner = QuoteMention(
        article="n",
        text="the ferry had never been late",
        start=text.index("the ferry"),
        end=len(text) - 1,
        speaker="Ana Lindqvist",
        cue="said",
        form="indirect",
        cue_span=Span("n", text.index("said"), text.index("said") + 4),
    )
    quotes = merge_quotes([outer, inner], [Article(id="n", text=text)], embedder)
    assert sorted((q.speaker or "", q.text) for q in quotes) == [
        ("", outer.text),
        ("Ana Lindqvist", inner.text),
    ]


def test_a_report_whose_cue_opens_another_as_its_infinitive_is_one_utterance(embedder) -> None:
    # "The ferry company is pleased to announce that …": the announcement is the company's,
    # though the parse finds it twice (pleased [to announce …], announce [that …]) and the
    # inner report names no speaker of its own
    text = "The ferry company is pleased to announce that the Nordvik line reopens on Monday."
    outer = QuoteMention(
        article="p",
        text=text[text.index("to announce") : -1],
        start=text.index("to announce"),
        end=len(text) - 1,
        speaker="The ferry company",
        cue="pleased",
        form="indirect",
        cue_span=Span("p", text.index("pleased"), text.index("pleased") + 7),
    )
    inner = QuoteMention(
        article="p",
        text="the Nordvik line reopens on Monday",
        start=text.index("the Nordvik"),
        end=len(text) - 1,
        speaker=None,
        cue="announce",
        form="indirect",
        cue_span=Span("p", text.index("announce"), text.index("announce") + 8),
    )
    quotes = merge_quotes([outer, inner], [Article(id="p", text=text)], embedder)
    assert [q.speaker for q in quotes] == ["The ferry company"], quotes


def _reported(article: str, text: str, speaker: str = "the researchers") -> QuoteMention:
    return QuoteMention(
        article=article,
        text=text,
        start=0,
        end=len(text),
        speaker=speaker,
        cue="said",
        form="indirect",
        speaker_type="GROUP",
    )


def test_a_wording_that_negates_the_words_it_matches_is_another_statement(embedder) -> None:
    # Multinews 033: "it is the largest sauropod foot ever discovered" was listed with the
    # variant "It didn't belong to the largest dinosaur ever discovered", the opposite claim
    said = "it is the biggest crocodile skull ever discovered"
    denied = "it did not belong to the biggest crocodile ever discovered"
    quotes = _merge([_reported("a", said), _reported("b", denied)], embedder)
    assert [q.text for q in quotes] == [said, denied]
    assert all(len(q.variants) == 1 for q in quotes)


def test_a_wording_that_gives_another_figure_is_another_statement(embedder) -> None:
    # Multinews 216: "cancer was at least 50 times lower" listed as a variant of "a lifetime
    # risk of about 5 in 1,000, compared with 50 percent today", another figure
    risk = (
        "the lifetime risk of gout in the ancient valley was about 5 in 1,000, compared "
        "with 50 percent in modern cities"
    )
    lower = "the rate of gout was at least 50 times lower in the ancient valley"
    same = (
        "the lifetime risk of gout in the old valley was about 5 in 1,000, against 50 percent now"
    )
    named = "Ida Stone and Lev Marr"
    quotes = _merge(
        [_reported("a", risk, named), _reported("b", lower, named), _reported("c", same, named)],
        embedder,
    )
    by_text = {q.text: set(q.sources) for q in quotes}
    assert by_text[lower] == {"b"}
    assert by_text[risk] == {"a", "c"}  # one figure in other words is one statement


def test_figures_compare_by_the_quantity_they_count() -> None:
    from newsweave.synthesis.quotes.wordings import normalise_quote, other_figures

    def differ(a: str, b: str) -> bool:
        return other_figures(normalise_quote(a)[0], normalise_quote(b)[0])

    assert differ("released 1,000 mink from the farm", "released about 1,800 mink from the farm")
    assert differ("a risk 50 times lower", "5 in 1,000, compared with 50 percent")
    assert not differ("protection at $700 a week", "a plan that costs $700 a week")
    assert not differ("gave nearly $11 million", "gave nearly eleven million dollars")
    assert not differ("5,500 metres downwind, 3.4 miles", "about 5,500 metres downwind")
    assert not differ("he served a 10-year term", "he served 10 years as mayor")
