"""The brief: 3-8 extractive, cited, neutral sentences; the --words summary mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import CRANE_LEADS, brief_of
from newsweave.synthesis.brief_opening import Compressed, compress
from newsweave.text.lexicons import loaded_terms_in


def test_seed_brief_is_short_cited_and_extractive(seed_report):
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    assert 3 <= len(ev.brief) <= 8
    for b in ev.brief:
        assert b.citations
        first = b.citations[0]
        source = arts[first.article].text[first.start : first.end]
        # extractive: the sentence is its first citation's text (at most recapitalised/trimmed,
        # a person's name completed in brackets where the brief first names them)
        body = re.sub(r"\[[^]]*\] | \[[^]]*\]", "", b.text).rstrip(".…")
        assert body[1:] in source or source[1:].startswith(body[1:40]), (b.text, source)


def test_brief_leads_with_the_best_supported_fact(seed_report):
    ev = seed_report.events[0]
    lead = ev.brief[0]
    assert {c.article for c in lead.citations} == set(ev.facts[0].sources)
    assert "Istanbul" in lead.text


def test_brief_is_neutral(seed_report):
    for b in seed_report.events[0].brief[1:]:
        own = [t.label for t in loaded_terms_in(b.text) if t.voice != "quoted"]
        assert not own, (b.text, own)


def test_seed_brief_names_each_person_in_full_where_it_first_names_them(seed_report):
    """The seed's brief takes "Trump had threatened ..." and "Zelenskyy welcomed ..." from late
    in their stories; it shows the given names the stories wrote in brackets, once, after the
    title a story gives the name ("[U.S. President Donald] Trump") when it gives one."""
    text = " ".join(b.text for b in seed_report.events[0].brief)
    for given, surname in (("Donald", "Trump"), ("Volodymyr", "Zelenskyy")):
        first = re.search(rf"(?:\[(?:[^]]* )?{given}\] |{given} )?{surname}", text)
        assert first and first[0] != surname, (surname, text)
        assert text.count(f"{given}]") <= 1, text


def test_brief_has_no_duplicate_sentences(seed_report):
    texts = [re.sub(r"\W+", " ", b.text.lower()) for b in seed_report.events[0].brief]
    assert len(set(texts)) == len(texts)


def test_compress_drops_a_dateline_and_cites_what_is_left():
    for text, rest in (
        ("OSLO (Reuters) - The harbour board approved a new breakwater on Tuesday.", "The"),
        ("TROMSO - A ferry ran aground near the quay late on Sunday night.", "A ferry"),
        ("BERGEN, May 3 (AP) — The council voted to close the old fish market.", "The council"),
        ("BODO—When the ferry docked, the harbour master closed the quay.", "When the ferry"),
        ("RIVERTON, Pa. (AP) — The council voted to close the old fish market.", "The council"),
        ("NORDVIK AIR BASE, North Norway — The base closed its runway on Monday.", "The base"),
        ("Oslo (CNN) The harbour board approved a new breakwater on Tuesday.", "The harbour"),
    ):
        short = compress(text)
        out, start, end = short.text, short.start, short.end
        assert out.startswith(rest) and text[start:end] == out
    kept = "U.S. officials said on Monday that the talks would resume in Geneva."
    assert compress(kept) == Compressed(kept, 0, len(kept))
    hyphened = "MIAMI-DADE officials said on Monday that the storm had passed the county."
    assert compress(hyphened).text == hyphened


def test_compress_drops_connectives_and_outlet_credits():
    text = "Meanwhile, the council approved the budget on Tuesday, the Daily Planet reported."
    short = compress(text)
    out, start, end = short.text, short.start, short.end
    assert out == "The council approved the budget on Tuesday."
    assert text[start:end] == "the council approved the budget on Tuesday"
    same = "The council approved the budget."
    assert compress(same) == Compressed(same, 0, len(same))
    # the writer's comment on what follows goes too; "Now that ..." is a clause of its own
    for comment in ("Indeed, ", "Of course, ", "Fortunately, ", "Now "):
        assert compress(comment + "the council approved the budget.").text == same
    now = "Now that the budget is approved, the council will recess."
    assert compress(now).text == now
    # ... and the writer's nod to the reader before the news (multinews 107)
    nod = "As you may have heard, the council approved the budget."
    short = compress(nod)
    assert short.text == same and nod[short.start : short.end] == "the council approved the budget."


def test_compress_drops_a_storytellers_opener_and_a_glued_caption():
    """A storyteller's "Once upon a time," is the writer's irony, and a photo's caption closed
    by the agency's credit in brackets is the picture's: the statement starts after them."""
    told = "Once upon a time, a harbour master named Ilse Marten fell from the quay at night."
    assert compress(told).text == "A harbour master named Ilse Marten fell from the quay at night."
    fable = "Once upon a time there was a harbour with no quay."
    assert compress(fable).text == fable
    caption = (
        "Dock workers have blocked the northern gate since Monday [Reuters] The harbour board "
        "of Port Ellis has closed the northern quay after a crane collapsed."
    )
    short = compress(caption)
    out, start, end = short.text, short.start, short.end
    assert out.startswith("The harbour board of Port Ellis") and caption[start:end] == out
    credited = "The board said the quay [the northern one] would reopen on Friday."
    assert compress(credited).text == credited


def test_seed_brief_gives_the_main_reactions(seed_report):
    """An editor's brief says how the other side and the key players reacted, attributed."""
    ev = seed_report.events[0]
    text = " ".join(b.text for b in ev.brief)
    assert "Zelensky" in text, "Ukraine's response belongs in the brief"
    assert "Macron" in text or "Trump" in text
    arts = {a.id: a for a in seed_report.articles}
    for b in ev.brief:
        if "Zelensky" in b.text:
            cited = " ".join(arts[c.article].text[c.start : c.end] for c in b.citations)
            assert "positive sign" in cited


def test_brief_leads_with_what_the_outlets_lead_with_not_a_side_detail():
    # examples/: five outlets on one footbridge collapse; their wordings of the collapse disagree
    # on numbers (11 vs 12 hurt), so the best-supported fact is the mayor's closures, a follow-up
    from newsweave.models import Article
    from newsweave.sources.files import iter_articles
    from newsweave.synthesis.weave import weave

    examples = Path(__file__).resolve().parents[2] / "examples"
    arts = [a for a in iter_articles([str(examples)]) if isinstance(a, Article)]
    ev = weave(arts).events[0]
    lead = ev.brief[0].text.lower()
    assert "collapse" in lead or "gave way" in lead, ev.brief[0].text
    assert ev.brief[0].citations


@pytest.mark.slow
def test_every_brief_sentence_stands_on_its_own_on_real_news(data_dir, settings):
    """Multinews events as scraped: no brief sentence leans on one the brief does not have."""
    import json

    from conftest import need
    from newsweave.sources.files import extract_text
    from newsweave.synthesis.weave import weave

    path = need(data_dir / "multinews" / "validation.jsonl", "the multinews validation set")
    leaning = re.compile(
        r"^(?:He|She|They|It|His|Her|Their|Because|Except|Including|Hours after)\b"
    )
    with path.open(encoding="utf-8") as f:
        events = [json.loads(line) for line in list(f)[:8]]
    for ev in events:
        arts = [extract_text(d, id=f"{ev['id']}-{i}") for i, d in enumerate(ev["documents"])]
        report = weave(arts, settings=settings)
        for e in report.events:
            assert e.brief, ev["id"]
            assert not [b.text for b in e.brief if leaning.match(b.text)], ev["id"]


def test_analysis_and_background_are_labelled_not_stated_as_news():
    from newsweave.synthesis.brief_opening import brief_label

    assert brief_label("The mayor closed the northern quay on Tuesday.") is None
    assert brief_label("The closure could test the port's finances, analysts said.") == "analysis"
    assert brief_label("Many analysts view the closure as a warning to the operator.") == "analysis"
    assert brief_label("In 2019, a smaller crane fell at the same quay.") == "background"
    assert brief_label("Since 2015 the quay has handled a third of the traffic.") == "background"
    assert brief_label("In the 1990s, when trade was failing, the quay closed.") == "background"
    assert brief_label("For decades the quay handled a third of the traffic.") == "background"
    assert brief_label("Ten years ago, a smaller crane fell at the same quay.") == "background"
    assert (
        brief_label(
            "Ever since the harbour board built the quay, its upkeep has been the subject of dispute."
        )
        == "background"
    )
    assert brief_label("The ferry line has been sued by the board this week.") is None
    # a video that "appears to show" something, or someone "seen wearing" it, is not analysis
    assert brief_label("Video appears to show the crane falling onto the quay.") is None
    # a reading inside a quotation is its named speaker's (after multinews 024's relative of a
    # victim: '…, said, "I am concerned this may well prove to be dangerous …"')
    assert brief_label('The pilot said, "The closure may well prove costly for the town."') is None
    assert brief_label("The closure may well prove costly for the town.") == "analysis"


def test_a_fact_worded_past_another_happening_is_briefed_in_those_words(seed_report):
    """The Europeans' demand is worded, in one outlet, inside "Putin's proposal ... came hours
    after major European powers demanded ...": the brief states the demand in the outlet's own
    words, cited to exactly those words, and keeps it apart from the proposal it follows."""
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    fact = next(f for f in ev.facts if "sanction" in f.text)
    said = [b for b in ev.brief if b.text == fact.text]
    assert said, [b.text for b in ev.brief]
    first = said[0].citations[0]
    quoted = arts[first.article].text[first.start : first.end]
    assert quoted[1:].rstrip(".") == fact.text[1:].rstrip(".")
    # an outlet that gives the ceasefire call and the sanctions threat in two passages backs
    # the two-part demand with both; every outlet cited gives both parts
    cited: dict[str, str] = {}
    for c in said[0].citations:
        cited[c.article] = cited.get(c.article, "") + arts[c.article].text[c.start : c.end]
    assert len(cited) == len({c.article for c in fact.citations}) == 4, cited
    assert all("ceasefire" in t.replace("cease-fire", "ceasefire") for t in cited.values())
    assert all("sanction" in t for t in cited.values()), cited


def test_brief_opens_with_who_did_what_not_a_quote():
    """Own prose: every outlet opens with the same quotation; the brief opens with the
    happening instead (the quote is someone's voice, not who did what, where and when)."""

    quote = '"We have never seen a storm like this one," the harbour master said.'
    bodies = [
        "The storm tore two cranes from their rails at Riverton harbour on Tuesday night, "
        "and the northern quay was closed on Wednesday.",
        "Two cranes were torn from their rails at Riverton harbour by the storm on Tuesday "
        "night; the northern quay stayed closed on Wednesday.",
        "A storm tore two cranes off their rails in Riverton harbour on Tuesday night and the "
        "harbour master closed the northern quay on Wednesday.",
    ]
    extra = (
        "Repairs to the cranes will take at least a month, the port authority said on "
        "Wednesday. Ferries to the old town kept running from the southern quay."
    )
    first = brief_of(bodies, quote, extra)[0]
    assert not first.startswith(('"', "“", "'", "‘")), first
    assert "storm" in first.lower() or "crane" in first.lower(), first


def test_an_appeal_to_the_reader_stays_out_of_the_brief():
    """Own prose: every outlet carries the family's plea word for word; the brief tells what
    happened and leaves the plea out (it is no happening, however many outlets carry it)."""

    plea = "Please keep Marit and her family in your thoughts and prayers."
    bodies = [
        "A lifeguard pulled two swimmers from the sea at Nordvik beach on Saturday afternoon "
        "after a rip current swept them past the breakwater.",
        "Two swimmers were rescued by a lifeguard at Nordvik beach on Saturday afternoon when "
        "a rip current carried them beyond the breakwater.",
        "On Saturday afternoon a lifeguard at Nordvik beach rescued two swimmers whom a rip "
        "current had swept past the breakwater.",
    ]
    extra = "One of the swimmers, Marit Olsen, was taken to hospital in Tromso."
    brief = brief_of(bodies, after=f"{extra}\n\n{plea}")
    assert brief and not any(t.startswith("Please") for t in brief), brief
    assert "swimmers" in brief[0]


def test_a_conclusion_drawn_from_an_earlier_sentence_stays_out_of_the_brief():
    """Own prose: every outlet closes on "So it was with …", which concludes from a sentence
    before it; the brief, which does not carry that sentence, leaves it out."""
    coda = "So it was with the Halden regatta, where the favourites capsized in the first race."
    bodies = [
        "Strong winds forced organisers to cancel the Halden regatta on Sunday after three "
        "boats capsized near the harbour mouth.",
        "The Halden regatta was cancelled on Sunday when strong winds capsized three boats near "
        "the harbour mouth, organisers said.",
        "Organisers called off the Halden regatta on Sunday after strong winds overturned three "
        "boats close to the harbour mouth.",
    ]
    extra = "All nine sailors were pulled from the water by the harbour's rescue launch."
    brief = brief_of(bodies, after=f"{extra}\n\n{coda}")
    assert brief and not any(t.startswith("So it was") for t in brief), brief
    assert "regatta" in brief[0]


def test_a_sentence_whose_pronoun_names_no_one_before_it_stays_out_of_the_brief():
    """Own prose: every outlet has "Four hours later, she told police ..."; the brief, which
    does not carry the sentence naming her, leaves it out; one naming her first stays in."""

    dangling = "Four hours later, she told police she had slipped on the ice near the lock gates."
    named = "Anna Berg, 12, told rescuers she had been walking her dog along the towpath."
    bodies = [
        "Firefighters pulled a girl from the frozen Riverton canal on Sunday afternoon after "
        "the ice gave way beneath her.",
        "A girl was rescued from the frozen Riverton canal by firefighters on Sunday afternoon "
        "when the ice broke under her.",
        "On Sunday afternoon firefighters rescued a girl who had fallen through the ice of the "
        "frozen Riverton canal.",
    ]
    brief = brief_of(bodies, after=f"{named}\n\n{dangling}")
    assert brief and not any(t.startswith("Four hours later") for t in brief), brief
    assert any(t.startswith("Anna Berg") for t in brief), brief


def test_an_object_pronoun_is_not_its_own_clause_s_subject():
    """Own prose: in "A falling branch struck her ..." the branch is not who "her" is (that
    would be "itself"), so nothing in the sentence names her and it stays out of the brief;
    the possessive of "The Nordvik ferry lost its mast" may be its subject, and that one stays."""

    dangling = "A falling branch struck her as she crossed the square near the old market."
    named = (
        "The Nordvik ferry lost its mast in the gale and drifted toward the harbour wall at noon."
    )
    bodies = [
        "A storm with gusts of 110 km/h closed the port of Nordvik on Monday and cut power to "
        "4,000 homes.",
        "Gusts of 110 km/h shut the port of Nordvik on Monday, leaving 4,000 homes without power.",
        "On Monday a storm closed Nordvik's port and cut the power of 4,000 homes with gusts "
        "of 110 km/h.",
    ]
    brief = brief_of(bodies, after=f"{named}\n\n{dangling}")
    assert brief and not any(t.startswith("A falling branch") for t in brief), brief
    assert any(t.startswith("The Nordvik ferry lost") for t in brief), brief


# Own prose: three outlets' leads on one harbour's record, for the tests of what stays out.
GRAIN_PORT = [
    "Riverton became the busiest grain port on the northern coast on Monday, overtaking "
    "Nordvik after a record harvest.",
    "A record harvest made Riverton the northern coast's busiest grain port on Monday, "
    "ahead of Nordvik.",
    "On Monday Riverton overtook Nordvik as the busiest grain port on the northern coast, "
    "helped by a record harvest.",
]


def test_the_outlet_s_own_voice_stays_out_of_the_brief():
    """Own prose: every outlet says "our ranking" in its own voice; the brief keeps to what
    happened, and a first person inside a quotation is the speaker's, not the outlet's."""

    voice = "The ten harbours on our ranking of the busiest ports moved 40 million tonnes."
    quoted = '"We have never moved so much grain," the Riverton harbour master said on Monday.'
    brief = brief_of(GRAIN_PORT, after=f"{voice}\n\n{quoted}")
    assert brief and not any("our ranking" in t for t in brief), brief
    assert "Riverton" in brief[0], brief


def test_the_writer_s_aside_in_parentheses_stays_out_of_the_brief():
    """Own prose: every page carries the writer's aside, a whole sentence in parentheses; the
    brief leaves it to the article and keeps to what happened."""
    aside = (
        "(Harbours seem to be good places for records on this coast: the old lighthouse was "
        "rebuilt in a single summer, and the fish market opened on a Sunday.)"
    )
    brief = brief_of(GRAIN_PORT, after=aside)
    assert brief and not any(t.startswith("(") for t in brief), brief
    assert "Riverton" in brief[0], brief


def test_a_fragment_cut_from_its_sentence_stays_out_of_the_brief():
    """Own prose: every page carries a paragraph that starts mid-sentence (a scraper cut it
    from its first half); the brief leaves it out, but keeps a name written in lower case."""
    fragment = "staff at the quay, and so much to see that the ferry trip will take your whole day."
    bodies = [
        "The Riverton ferry carried its millionth passenger of the year on Friday, a month "
        "earlier than ever before.",
        "On Friday the Riverton ferry carried the millionth passenger of its year, a month "
        "sooner than in any year before.",
        "A month earlier than ever, the Riverton ferry took its millionth passenger of the year "
        "on Friday.",
    ]
    brief = brief_of(bodies, after=f"{fragment}\n\niPhone tickets for the ferry sold out in May.")
    assert brief and not any(t.startswith("staff") for t in brief), brief


def test_a_scene_set_for_the_reader_does_not_open_the_brief():
    """Own prose: every outlet opens on "When you walked onto the quay, you saw ..."; the brief
    opens with what happened instead."""
    scene = (
        "When you walked onto the quay in Riverton, Norway, you saw a ferry office with a "
        "flag, a counter and a smiling clerk selling tickets."
    )
    bodies = [
        "Police closed a fake ferry office on the Riverton quay on Tuesday after it sold "
        "tickets for a crossing that did not exist.",
        "A fake ferry office that sold tickets for a crossing that did not exist was closed by "
        "police on the Riverton quay on Tuesday.",
        "On Tuesday police shut a fake ferry office on the Riverton quay that had sold tickets "
        "for a non-existent crossing.",
    ]
    brief = brief_of(bodies, before=scene)
    assert brief and not brief[0].startswith("When you"), brief
    assert "fake ferry office" in brief[0], brief


def test_a_description_standing_for_someone_named_elsewhere_stays_out_of_the_brief():
    """Own prose: every outlet has "The three-time winner said later ..." and "The survey, by
    ..., found ...": which winner, which survey? Both name their referent in a sentence the
    brief does not carry; a description that says which one it is ("The crew that ...") stays."""
    epithet = "The three-time winner said later the wave had missed both her and her boat."
    survey = "The survey, by a committee of harbour pilots, found the channel too shallow."
    named = "The crew that sailed behind her said the wave rose without warning near the mole."
    bodies = [
        "A freak wave capsized two boats at the front of the Riverton sailing race on Sunday, "
        "and one sailor was taken to hospital.",
        "Two boats leading the Riverton sailing race were overturned by a freak wave on Sunday, "
        "sending one sailor to hospital.",
        "On Sunday a freak wave overturned two of the leading boats in the Riverton sailing "
        "race; one sailor went to hospital.",
    ]
    fronted = "Soaked but smiling, the 71-year-old skipper said the race would go on next year."
    brief = brief_of(bodies, after=f"{survey}\n\n{named}\n\n{epithet}\n\n{fronted}")
    assert brief and not any(t.startswith(("The three-time", "The survey")) for t in brief), brief
    assert not any("71-year-old skipper" in t for t in brief), brief
    assert "freak wave" in brief[0], brief


def test_the_brief_opens_with_the_main_fact_not_a_detail_both_outlets_copied():
    """Own prose: two outlets tell one final in their own words (one opens with the result,
    one with a scene) and both carry the same agency lines on the scorers. The copied lines
    are the best-supported fact, but a side of the story: the brief opens with the result."""
    box = [
        "Nordvik was led by Ola Berg, who had two goals.",
        "Dahl had 31 saves, and Lund added an assist.",
    ]
    bodies = [
        "When people talk about goalkeeper Nils Dahl, the Riverton coach has a line: you cannot "
        "lose if nobody scores.\n\nDahl was unbeatable on Thursday as his Otters beat the "
        "Nordvik Bears, 5-2, in game five of the final to win the northern hockey league title."
        "\n\nThe club had waited forty years for the trophy, and the town had painted its bridges "
        "green for the series.\n\nThousands of fans stayed in the arena long after the final horn.",
        "RIVERTON — Title No. 1 for the Otters was clinched on Thursday night as Riverton "
        "overpowered the Nordvik Bears, 5-2, in game five of the hockey final.\n\nNils Dahl "
        "skated the last few seconds away, soaking up the noise of the crowd.\n\nA parade "
        "through the old town is planned for Saturday, the mayor's office said.\n\nNordvik had "
        "won the first two games of the series before losing three in a row.",
    ]
    brief = brief_of(bodies, after="\n\n".join(box))
    assert brief and brief[0].startswith("Title No. 1 for the Otters"), brief


def test_a_contracted_first_person_is_someone_s_voice_not_the_news():
    """Own prose: every page keeps the text of an embedded post, "No, I'm not sailing ...":
    "I'm" is a first person as much as "I am", and stays out of the brief."""
    post = "No, I'm not sailing in the Riverton regatta this year, sorry to all the fans."
    bodies = [
        "Riverton's sailing club cancelled Sunday's regatta after a storm damaged its pier, "
        "the club said on Friday.",
        "A storm damaged the pier of the Riverton sailing club, which on Friday called off its "
        "regatta planned for Sunday.",
        "The Riverton regatta set for Sunday was cancelled on Friday because a storm had damaged "
        "the sailing club's pier.",
    ]
    brief = brief_of(bodies, after=post)
    assert brief and not any(t.startswith("No, I'm") for t in brief), brief


def test_a_share_of_ones_named_before_does_not_open_the_brief():
    """Own prose: every outlet opens "Of the 40 boats that started, 31 finished", counting
    boats its headline named; the brief opens with what happened instead."""
    share = "Of the 40 boats that started on Sunday, 31 finished, the organisers said."
    bodies = [
        "A storm swept the Riverton sailing race on Sunday and capsized nine boats near the "
        "harbour mouth; all their crews were rescued.",
        "Nine boats capsized near the harbour mouth when a storm hit the Riverton sailing race "
        "on Sunday, and every crew was pulled from the water.",
        "On Sunday a storm capsized nine boats in the Riverton sailing race close to the harbour "
        "mouth; rescuers saved all the crews.",
    ]
    brief = brief_of(bodies, before=share)
    assert brief and not brief[0].startswith("Of the"), brief


def test_a_question_does_not_open_the_brief():
    """Own prose: every outlet opens by asking "Is this the end of the Riverton ferry?"; the
    brief opens with what happened."""
    question = (
        "With the last captain gone and the pier closed, is this the end of the Riverton ferry?"
    )
    bodies = [
        "The Riverton ferry company said on Monday it would stop all crossings to Nordvik in "
        "May after losing its last licensed captain.",
        "All crossings between Riverton and Nordvik will stop in May, the ferry company said on "
        "Monday, after its last licensed captain left.",
        "The ferry company in Riverton announced on Monday that it would end its Nordvik "
        "crossings in May because its last licensed captain had quit.",
    ]
    brief = brief_of(bodies, before=question)
    assert brief and not brief[0].endswith("?"), brief


# Three outlets telling the same news in their own words, for the opening tests below: each
# test puts the same leaning, scene-setting or background sentence before every one of them.
_FERRY_NEWS = [
    "The Riverton ferry company said on Monday it would stop all crossings to Nordvik in May "
    "after losing its last licensed captain.",
    "All crossings between Riverton and Nordvik will stop in May, the ferry company said on "
    "Monday, after its last licensed captain left.",
    "The ferry company in Riverton announced on Monday that it would end its Nordvik crossings "
    "in May because its last licensed captain had quit.",
]


@pytest.mark.parametrize(
    "opening",
    [
        # which video? told in a sentence the brief does not carry
        "In the video, posted by a passenger on Sunday, a ferry is seen drifting past the pier "
        "with nobody at the wheel.",
        # later than what?
        "Less than a week later, the harbour master wrote to the ferry company's board about "
        "the crossings.",
        # a headline line, no verb: a title or a caption, not a statement
        "A fond farewell for the last Riverton ferry captain on the quay.",
        # a teaser the page cut short
        "The Riverton ferry company says it will make another run at keeping its Nordvik "
        "crossings...",
        # which study? told in a sentence before
        "According to the study, the Riverton ferry company lost its last licensed captain on "
        "Monday and will stop crossings.",
        # where? the place is named in a sentence before
        "A century ago, ferries crossed there every hour, and the ferry company kept a dozen "
        "licensed captains.",
        # the reader asked to imagine a scene
        "Picture a cold morning on the quay, with the last ferry's horn sounding over the bay.",
        # "it" after a long opening phrase: what is?
        "Built by hand in a shed behind the harbour office and painted the colours of the town "
        "flag, it is the last wooden ferry still sailing from Riverton.",
    ],
)
def test_a_statement_that_leans_on_another_does_not_open_the_brief(opening: str) -> None:
    """Own prose: every outlet opens with a sentence whose video, time, contrast or addition
    is told elsewhere (or with a headline line); the brief opens with what happened."""
    brief = brief_of(_FERRY_NEWS, before=opening)
    assert brief and brief[0] != compress(opening).text, brief
    assert "ferry company" in brief[0], brief


def _each_opening_with(openings: list[str]) -> list[str]:
    """The brief of the three ferry outlets, each opening with its own wording of a sentence."""
    return brief_of([f"{o}\n\n{news}" for o, news in zip(openings, _FERRY_NEWS, strict=True)])


def test_a_contrast_with_something_said_before_does_not_open_the_brief() -> None:
    """Own prose: every outlet opens "The harbour master, however, ...": however what?"""
    brief = _each_opening_with(
        [
            "The harbour master, however, kept the Riverton pier open for the fishing boats of "
            "Nordvik on Monday.",
            "The Riverton harbour master, however, let the fishing boats of Nordvik use the pier "
            "on Monday.",
            "The harbour master, however, kept the pier in Riverton open to Nordvik's fishing "
            "boats on Monday.",
        ]
    )
    assert brief and ", however," not in brief[0], brief


def test_background_gives_way_to_the_news_in_the_opening() -> None:
    """Own prose: every outlet opens on what the harbour board had already decided last year;
    the brief opens with the news (the background may follow it)."""
    brief = _each_opening_with(
        [
            "The harbour board had already decided last year that the Riverton ferry would need "
            "a second licensed captain to keep sailing to Nordvik.",
            "The Riverton harbour board had already ruled last year that the ferry to Nordvik "
            "needed a second licensed captain to keep sailing.",
            "Last year the harbour board had already told the Riverton ferry to Nordvik that it "
            "needed a second licensed captain to keep sailing.",
        ]
    )
    assert brief and "had already" not in brief[0], brief
    assert "May" in brief[0], brief


def test_who_someone_is_gives_way_to_the_news_and_is_labelled_background() -> None:
    """Own prose: every outlet opens on who the ferry's owner is; the brief opens with the
    news, and a sentence that only says who someone is, is labelled background."""
    brief = _each_opening_with(
        [
            "Ola Lund is the owner of the Riverton ferry company and a former harbour pilot.",
            "Ola Lund is the longtime owner of the Riverton ferry company.",
            "Ola Lund is the owner of the ferry company that runs the Riverton boats.",
        ]
    )
    assert brief and "is the" not in brief[0], brief
    assert "May" in brief[0], brief
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    arts = [
        Article(id=f"a{i}", text=f"{o}\n\nOla Lund is the owner of the Riverton ferry company.")
        for i, o in enumerate(_FERRY_NEWS)
    ]
    labelled = {b.text: b.label for b in weave(arts).events[0].brief}
    assert [label for t, label in labelled.items() if " is the owner" in t] == ["background"]


def test_people_named_by_surname_alone_do_not_open_the_brief_before_they_are_introduced():
    """Own prose: every outlet introduces "chemists Ann Yu and Raj Soni", then says what "Yu and
    Soni say"; the brief opens with the sentence that says who they are."""
    said = "Yu and Soni say four sprays of their coffee mist hold as much caffeine as a cup."
    brief = brief_of(
        [
            "Chemists Ann Yu and Raj Soni of Riverton College have made a coffee mist for people "
            "in a hurry.",
            "A new coffee mist comes from Riverton College, where chemists Ann Yu and Raj Soni "
            "work.",
            "Riverton College chemists Ann Yu and Raj Soni have a new product: a coffee mist.",
        ],
        after=said,
    )
    assert brief and "Ann Yu" in brief[0], brief


def test_a_thing_told_before_does_not_open_the_brief_by_its_definite_description():
    """Own prose: every outlet first tells of a patient in Lyon, then says what "The Lyon
    patient" is; the brief opens with a sentence that says who the patient is, not the one that
    points back at it."""
    said = (
        "The Lyon patient is the first in Europe to receive the new heart pump, surgeons said "
        "on Friday."
    )
    brief = brief_of(
        [
            "A heart patient in Lyon, a 58-year-old teacher, had waited two years for a new pump.",
            "Surgeons fitted a new heart pump in a patient in Lyon, a teacher who had waited two "
            "years.",
            "A teacher of 58 who waited two years for a heart pump is a patient in Lyon.",
        ],
        after=said,
    )
    assert brief and not brief[0].startswith("The Lyon patient"), brief


def test_a_headline_glued_before_the_first_sentence_is_dropped():
    """Own prose: a scraper glued the headline to the lead with no stop between them; the
    brief's sentence is the lead alone, and its citation is exactly that range."""
    text = (
        "Ferry crews walk out over unpaid wages Ferry crews at Port Ellis stopped work on "
        "Tuesday over a pay dispute."
    )
    short = compress(text)
    body, start, end = short.text, short.start, short.end
    assert body == "Ferry crews at Port Ellis stopped work on Tuesday over a pay dispute."
    assert text[start:end] == body


@pytest.mark.parametrize(
    ("after", "marker"),
    [
        # a pointer to the page's video: the brief carries no video
        ("Watch the crane come down in the harbour board's video above.", "video above"),
        # a photo's caption: what a picture shows is not a statement of the news
        (
            "In this Tuesday, March 3, photo, harbour workers inspect the fallen crane on the "
            "northern quay at Port Ellis.",
            "In this",
        ),
        # the writer's aside to the reader, wherever it would stand in the brief
        (
            "A harbour job means a steady wage and no worrying about a rival beating you to it.",
            "beating you",
        ),
    ],
    ids=["media-pointer", "photo-caption", "reader-addressed"],
)
def test_a_line_that_tells_no_news_stays_out_of_the_brief(after: str, marker: str) -> None:
    brief = brief_of(CRANE_LEADS, after=after)
    assert brief and not any(marker in t for t in brief), brief


def test_the_writer_s_verdict_is_labelled_analysis():
    from newsweave.synthesis.brief_opening import brief_label

    assert brief_label("The mayor gave the most ambitious speech of her career on Tuesday.") == (
        "analysis"
    )
    assert brief_label("The ferry's low fares are a big part of the reason it stays full.") == (
        "analysis"
    )
    assert brief_label("The mayor won the most votes of her career on Tuesday.") is None


def test_compress_drops_a_wire_or_a_station_and_an_update_stamp_one_list_with_the_title():
    """Own prose: the brief strips the same datelines and page labels as the title
    (:data:`newsweave.text.headline_patterns.DATELINES`, ``STAMPS``): a wire or a station in
    brackets, a place run into its dash, an update's time stamp, a share button's label; a
    station's call sign or a country's initials before a hyphen is the sentence's own word."""
    for text, rest in (
        ("(AP) — Animal welfare workers removed 71 dogs from a Riverton kennel.", "Animal"),
        ("(CNN) -- The storm that hit the Riverton coast moved east on Friday.", "The storm"),
        ("(WKRV) — The owners of a Riverton bakery paid the fine on Monday.", "The owners"),
        ("(HarbourDay)—A little jogging on the quay is good for your health, doctors say.", "A"),
        ("RIVERTON--A stray dog found three sailors under the collapsed quay.", "A stray"),
        ("Update 11:10 a.m.: The Nordvik Times has also picked up the ferry story.", "The Nordvik"),
        ("Email This Even at 88, the harbour master has the stamina of a deckhand!", "Even at 88"),
    ):
        short = compress(text)
        out, start, end = short.text, short.start, short.end
        assert out.startswith(rest) and text[start:end] == out, (text, out)
    for kept in (
        "KRVT-TV reports that more ships than usual are in the Riverton harbour today.",
        "U.K.-based activist Ola Lund said the protesters would stay on the quay.",
    ):
        assert compress(kept) == Compressed(kept, 0, len(kept))


@pytest.mark.parametrize(
    ("after", "marker"),
    [
        # a quotation whose speaker the article names in another paragraph: whose words?
        ('"Nobody on the quay had ever seen steel bend like that."', "Nobody on the quay"),
        # "then" after something told in another sentence
        (
            "The driver of the first lorry was then taken to hospital in Ellis with cuts to "
            "both arms.",
            "was then taken",
        ),
        # the rest of a set, or its parts, named before
        ("The other cranes on the quay were checked for cracks by engineers.", "other cranes"),
        (
            "The lorries included a refrigerated truck of fish and a tanker of heating oil.",
            "lorries included",
        ),
        # dated by the news told before it, whatever it calls that news
        (
            "The closure comes a day before the port was due to welcome its first cruise ship.",
            "closure comes",
        ),
        # more of, or the day after, something told before
        (
            "The board also fined the owner of the crane for missing two safety checks last spring.",
            "also fined",
        ),
        ("The next day, divers found a third lorry in the water beside the quay.", "next day"),
        # a day is no one: nothing before "she" names her
        (
            "On Wednesday, she told the harbour board the crane had swayed for an hour before it "
            "fell.",
            "she told",
        ),
        # a teaser the page cut short, wherever it would stand in the brief
        ("Two lorries were crushed and the harbour board says the quay is closed...", "closed."),
        # the outlet's own list and a book's credit
        ("Here are three lessons the harbour board says it took from the collapse.", "lessons"),
        ("Harbour Tales by Ola Lund. Copyright 2024 by Ola Lund and the Ellis Press.", "Copyright"),
        # captions: a photo the page released, a place in the picture
        (
            "Engineers inspect the bent jib of the fallen crane at Port Ellis, this photo "
            "released by the harbour board shows.",
            "this photo",
        ),
        (
            "Harbour master Ola Lund, third from left, and two engineers arrive at the northern "
            "quay of Port Ellis on Wednesday, Nov. 4, to inspect the fallen crane.",
            "third from left",
        ),
        # the page's own media
        ("The video shown here explains how the crane fell onto the quay at Port Ellis.", "video"),
        # a scene without a finite verb, however much subject it has
        (
            "Harbour workers hauling the bent jib of the fallen crane onto a barge, shouting.",
            "hauling",
        ),
        # other than the one told before
        ("Other cranes on the quay were inspected twice this year by the harbour board.", "Other"),
        # a subordinate clause alone, its main clause cut away; a caption with no verb
        (
            "Though the harbour board has also quietly delayed its own report on the fallen "
            "crane's upkeep.",
            "Though",
        ),
        (
            "Heavy rain over the northern quay of Port Ellis on Wednesday, with the bent jib of "
            "the fallen crane beside two crushed lorries.",
            "Heavy rain",
        ),
    ],
    ids=[
        "bare-quote",
        "then",
        "the-other",
        "included",
        "comes-after",
        "also",
        "next-day",
        "pronoun-after-a-day",
        "teaser",
        "here-are",
        "copyright",
        "photo-released",
        "from-left",
        "media-here",
        "scene-ing",
        "other",
        "subordinate-alone",
        "verbless",
    ],
)
def test_a_line_that_leans_on_the_article_stays_out_of_the_brief(after: str, marker: str) -> None:
    """Own prose: every outlet adds the same line, which a reader cannot take without the
    article around it (a speaker, an antecedent, a picture) or which is the page's own."""
    brief = brief_of(CRANE_LEADS, after=after)
    assert brief and not any(marker in t for t in brief), brief


def test_then_after_a_clause_of_its_own_sentence_stays_in_the_brief() -> None:
    """Own prose: "then" after something told in another sentence leans on it; "then" that
    follows a clause of its own sentence leans on nothing outside it."""
    leaning = "The crane's owner was then questioned by police for two hours at the harbour office."
    own = (
        "Engineers from the harbour board examined the fallen crane and then closed the "
        "northern quay to all traffic until Friday."
    )
    brief = brief_of(CRANE_LEADS, after=f"{own}\n\n{leaning}")
    assert any("and then closed" in t for t in brief), brief
    assert not any("was then questioned" in t for t in brief), brief


def test_someone_another_outlet_names_in_full_does_not_open_the_brief_by_surname() -> None:
    """Own prose: one outlet leads with a trend and calls the judge "Marsh" further down; the
    others name her in full. A reader of a brief opening "Marsh drove Dunn ..." does not know
    who Marsh is: the brief opens with an outlet's wording that names her."""
    late = "Marsh drove Dunn to the county jail and spent the night in the cell with him."
    brief = brief_of(
        [
            "Hale County tries a new way with veterans who break probation.\n\nThe two had met "
            f"in her court before.\n\n{late}",
            "When the cell door shut on Friday, Judge Ruth Marsh was inside it with veteran Tom "
            "Dunn.\n\nJudge Ruth Marsh drove veteran Tom Dunn to the county jail and spent the "
            "night in the cell with him.",
            "When veteran Tom Dunn went to jail for a night, Judge Ruth Marsh went with him.\n\n"
            "Judge Ruth Marsh drove Tom Dunn to the jail and spent the night in his cell.",
        ]
    )
    assert brief and brief[0].startswith("Judge Ruth Marsh drove"), brief


def test_a_thing_told_before_does_not_open_the_brief_after_a_time_phrase() -> None:
    """Own prose: "On Thursday the carmaker confirmed ..." in a later paragraph points back at
    the carmaker its lead named; the brief opens with another outlet's wording that names it."""
    late = (
        "On Thursday the carmaker confirmed that a battery fire burned one of its cars in a garage."
    )
    brief = brief_of(
        [
            "Voltra, a young electric carmaker, faces new questions over battery safety.\n\n"
            f"Owners were told to park outside.\n\n{late}",
            "When a garage in Dover caught fire, the owners blamed their new car.\n\nVoltra "
            "confirmed on Thursday that a battery fire burned one of its cars in a garage.",
            "When firefighters reached the garage, the car was gone.\n\nElectric carmaker Voltra "
            "said Thursday a battery fire burned one of its cars in a garage.",
        ]
    )
    assert brief and brief[0].startswith("Voltra confirmed"), brief


def test_a_fact_whose_speaker_the_table_names_is_still_its_own_units_wording() -> None:
    """Own prose after multinews validation event 249: the facts table shows
    '"…," [Helena Brandt] said.' for the unit's '"…," she said.'; the brief must still take
    that unit's own words (and name the speaker itself), not another outlet's sentence."""
    from newsweave.synthesis.stages.brief import _own_words
    from newsweave.synthesis.units import Unit

    said = "“The harbour must recover before the fleet sails again,” she said."
    u = Unit("a", 0, len(said), said, 0, 3, "quote", said)
    assert _own_words(u, said.replace("she", "[Helena Brandt]")) == said
    assert _own_words(u, said) == said
    assert _own_words(u, said.replace("she", "[Helena Brandt] later")) is None
