"""The brief reads on its own: no sentence that compares with, adds one more to, or quotes
from something only the article told; the writer's guesses and a page's profile labelled;
a general truth gives way to the news in the opening (own prose)."""

from __future__ import annotations

import pytest

from conftest import CRANE_LEADS, brief_of
from newsweave.synthesis.brief_opening import brief_label, compress


@pytest.mark.parametrize(
    ("after", "marker"),
    [
        # compared with, or the consequence of, something told before it
        (
            "By contrast, the southern quay at Port Ellis kept working through Tuesday night.",
            "southern quay",
        ),
        (
            "Otherwise, the harbour board said, fishing boats would have unloaded there on "
            "Wednesday.",
            "fishing boats",
        ),
        # one more of a kind named before
        (
            "Another crane operator at Port Ellis, Ola Lund, refused to work on Wednesday.",
            "Ola Lund",
        ),
        # which statement?
        (
            "In the statement, the harbour board promised to pay the lorry owners by Friday.",
            "lorry owners",
        ),
        # a truth of no time nor place, or about a thing named elsewhere
        (
            "Old cranes are dangerous when nobody inspects their steel often enough.",
            "Old cranes",
        ),
        # the page's note on its transcript
        (
            "Radio Ellis transcripts are created on a rush deadline by a contractor and may "
            "change.",
            "transcripts",
        ),
    ],
    ids=["by-contrast", "otherwise", "another", "in-the-statement", "truth", "transcript-note"],
)
def test_a_line_that_needs_the_article_around_it_stays_out_of_thebrief_of(
    after: str, marker: str
) -> None:
    brief = brief_of(CRANE_LEADS, after=after)
    assert brief and not any(marker in t for t in brief), brief


def test_a_view_its_holders_report_is_no_general_truth():
    """Own prose: "Dockers say ..." names no one, in the present tense, but reports a view."""
    brief = brief_of(CRANE_LEADS, after="Dockers say the crane had swayed in the wind for weeks.")
    assert any("Dockers say" in t for t in brief), brief


def test_for_example_goes_and_the_statement_stays():
    text = "For example, the harbour board fined the crane's owner 40,000 euros on Friday."
    assert (
        compress(text).text == "The harbour board fined the crane's owner 40,000 euros on Friday."
    )


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Maybe the new crane will get the quay back to full speed by June.", "analysis"),
        ("Winter is obviously the slowest season for the quay at Port Ellis.", "analysis"),
        ("An inquiry opened on Friday could shed light on why the crane fell.", "analysis"),
        ("Ten people signing off on each repair makes one wonder who runs the quay.", "analysis"),
        ("Previous studies of the quay have found cracks in its piers.", "background"),
        # the speaker's word, not the writer's: the statement is reported, not judged
        ('"It was obviously too old," the harbour master said of the crane.', None),
        (
            "The quay has six berths and a fish market, according to the harbour board's website.",
            "background",
        ),
        ("The quay reopened on Friday, according to the harbour board.", None),
        # the writer's exclamation, not a quotation's
        ("Even at 90, the old harbour master still has the stamina of a deckhand!", "analysis"),
        ('"We are back in business!" the harbour master shouted on Friday.', None),
        ('The harbour master shouted on Friday: "We are back in business!"', None),
        # what unnamed others fear: a reading held by no one named
        (
            "Some people who have watched the quay for years worry that the board has lost "
            "its way.",
            "analysis",
        ),
        ("Critics fear the new crane will be as unsafe as the old one.", "analysis"),
        ("Some 300 dockers stopped work at Port Ellis on Wednesday.", None),
        # the writer's verdict that a thing is less than it claims
        ("The board's report isn't much more than a list of the cranes it owns.", "analysis"),
        # what came before the news: earlier in its week, and a standing position
        ("Earlier in the week the harbour board said it lost 2 million euros.", "background"),
        (
            "Harbour officials have said previously that they are confident the quay is safe.",
            "background",
        ),
        ("The harbour board had previously denied that the crane was unsafe.", "background"),
        ("The harbour board said on Friday that the crane was unsafe.", None),
    ],
)
def test_the_writer_s_guess_and_a_page_s_profile_are_labelled(text: str, label: str | None):
    assert brief_label(text) == label


def test_a_general_truth_gives_way_to_the_news_in_the_opening():
    """Own prose: every outlet opens on a truth of no time nor place; the brief opens with
    the crane that fell on Tuesday."""
    truths = [
        "A crane on a quay becomes dangerous when its steel is not inspected often enough.",
        "Cranes on a quay become dangerous when their steel grows old and nobody inspects it.",
        "Steel in old cranes on a quay becomes dangerous when nobody inspects it.",
    ]
    brief = brief_of([f"{t}\n\n{news}" for t, news in zip(truths, CRANE_LEADS, strict=True)])
    assert brief and "Tuesday" in brief[0], brief


def test_an_owned_subject_is_no_general_truth():
    """Own prose: "Dockers' demands include ..." names no one, in the present tense, but the
    demands are the story's dockers', not a truth of no time."""
    demands = "Dockers' demands include a new inspection regime, higher pay and longer breaks."
    brief = brief_of(CRANE_LEADS, after=demands)
    assert any("Dockers' demands" in t for t in brief), brief


def test_a_description_after_an_opening_time_cannot_open_the_brief():
    """Own prose: "On Tuesday the operator confirmed ..." calls its subject by a description
    whose name is in a sentence the brief does not carry; the named lead opens instead."""
    bodies = [
        f"On Tuesday night the operator confirmed that a crane had fallen onto a quay.\n\n{lead}"
        for lead in CRANE_LEADS
    ]
    brief = brief_of(bodies)
    assert brief and not brief[0].startswith("On Tuesday night the operator"), brief


def test_a_quotation_s_own_subject_is_no_description_of_the_sentence_s():
    """Own prose: in "“This means ...,” the harbour master told the paper" the "This" is the
    speaker's word; the sentence names who spoke and stays in the brief."""
    quote = (
        "“This means the lorry owners will be paid by Friday. It means the quay can work "
        "again,” harbour master Ann Lee told the Port Ellis Star."
    )
    brief = brief_of(CRANE_LEADS, after=quote)
    assert any("lorry owners will be paid" in t for t in brief), brief


def test_a_labelled_reading_never_opens_while_the_news_can():
    """Own prose: every outlet opens on what unnamed people fear (analysis); the brief
    opens with the news of the crane that fell on Tuesday."""
    fears = [
        "Critics fear that the crane which collapsed onto the northern quay at Port Ellis on "
        "Tuesday night, crushing two parked lorries, was too old.",
        "Some observers worry that the crane which fell onto the northern quay at Port Ellis "
        "on Tuesday night and crushed two lorries was too old.",
        "Some people at the harbour worry that the crane which collapsed onto the northern "
        "quay at Port Ellis on Tuesday night was too old.",
    ]
    brief = brief_of([f"{f}\n\n{news}" for f, news in zip(fears, CRANE_LEADS, strict=True)])
    assert brief and not any(w in brief[0] for w in ("fear", "worry")), brief


@pytest.mark.parametrize(
    "after",
    [
        "The message noted that two other cranes had swayed in storms this year.",
        "The firm on Friday also sued the harbour board over its unpaid bills.",
    ],
    ids=["which-message", "which-firm-also"],
)
def test_the_x_the_opening_never_told_stays_out(after: str) -> None:
    """Own prose: "The message noted ..." and "The firm ... also sued ..." call back to a
    message and a firm the crane's lead never mentions."""
    brief = brief_of(CRANE_LEADS, after=after)
    assert brief and not any(after[:12] in t for t in brief), brief


def test_the_x_the_opening_told_may_follow_it():
    """Own prose: after a lead that names a law firm's suit, "The firm ... also sued ..." says
    which firm."""
    leads = [
        "A law firm sued the harbour board at Port Ellis on Tuesday over a crane that fell "
        "onto two lorries.",
        "The harbour board at Port Ellis was sued by a law firm on Tuesday over a crane that "
        "crushed two lorries.",
        "A law firm filed suit against the Port Ellis harbour board on Tuesday after its crane "
        "crushed two lorries.",
    ]
    also = "The firm on Tuesday also sued the crane's maker, Nordlift, for 3 million euros."
    brief = brief_of(leads, after=also)
    assert any(also[:30] in t for t in brief), brief


def test_a_lead_the_parser_reads_as_a_noun_phrase_still_opens():
    """Own prose: the parser reads "Norwegian website The Harbour has named ..." as the noun
    "website" with a relative clause; a clause with its own subject and object and no
    relative word is the sentence's main clause, and the lead opens the brief."""
    named = (
        'Norwegian website The Harbour has named the Port Ellis crane as the "Worst Machine '
        'of the Year" on Tuesday.'
    )
    seconds = [
        "The crane fell onto two parked lorries at the northern quay in March.",
        "Dockers at Port Ellis laughed at the award on Wednesday.",
        "The harbour board at Port Ellis said it would frame the award.",
    ]
    brief = brief_of([f"{named}\n\n{s}" for s in seconds])
    assert brief and brief[0].startswith("Norwegian website The Harbour has named"), brief


def test_background_only_fills_the_room_the_news_leaves():
    """Own prose: three outlets tell the crane's fall and three more of its news, and each
    adds what officials have said before; the brief has news enough without it."""
    news = (
        "Two drivers were treated for shock at the Port Ellis hospital on Tuesday night.\n\n"
        "The harbour board closed the northern quay to ferries on Wednesday morning.\n\n"
        "Inspectors from Oslo began to examine the crane's broken arm on Thursday.\n\n"
        "Harbour officials have said previously that they are confident the cranes are safe."
    )
    brief = brief_of(CRANE_LEADS, after=news)
    assert len(brief) >= 3 and not any("said previously" in t for t in brief), brief


def test_a_description_dated_inside_its_own_phrase_says_which_one():
    """Multi-News 018: "The average cost of a wedding last year exceeded $31,213, …" was read
    as "the X" called back from elsewhere, as "The firm on Friday also sued …" is, because a
    date sat somewhere in its "of" phrase; it could not open a brief, which opened on a
    detail. Own prose: the year dates the weddings, and says which average."""
    bodies = [
        "The average cost of a wedding last year rose to 12,000 euros in Port Ellis, the town "
        "council's survey of 4,000 couples found.",
        "The average cost of a wedding last year rose to 12,000 euros in Port Ellis, a survey "
        "of 4,000 couples by the town council found.",
        "The average cost of a wedding last year reached 12,000 euros in Port Ellis, a town "
        "council survey of 4,000 couples found.",
    ]
    after = "The Port Ellis town council published its survey of couples on Monday."
    brief = brief_of(bodies, after=after)
    assert brief and "12,000 euros" in brief[0], brief


def test_a_brief_sentence_goes_on_to_its_which_clause() -> None:
    """Own prose after multinews validation event 168: an outlet's second sentence goes on
    after ", which" to say what the film is and where it was found; the brief does not stop it
    at the comma, where the reader who opens the source finds it going on."""
    bodies = [
        "The harbour board of Port Ellis has released rare film of the northern quay being built "
        "in 1961, the first moving images of the work.\n\nA team of archivists from the "
        "university in Vestby found the film, which was shot by a crane driver's son, in a shed "
        "behind the harbour office.",
        "Port Ellis has released what it says is the first known film of its northern quay "
        "being built in 1961.\n\nThe archivists from Vestby found the reel in a shed behind the "
        "harbour office.",
        "Rare film of the northern quay at Port Ellis being built in 1961 has been released by "
        "the harbour board.\n\nArchivists found it in a shed behind the harbour office.",
    ]
    brief = brief_of(bodies)
    found = [s for s in brief if "found the film" in s]
    assert found and found[0].endswith("behind the harbour office."), brief


def test_one_outlets_which_clause_does_not_strip_the_others_citations() -> None:
    """Own prose after the seeds' brief: three outlets tell that the harbour board will meet
    the ferry company, one goes on after ", which" with what the board said the meeting
    could bring. The line stops before the clause and cites all three: the other two back
    the meeting, not the night crossing; the whole sentence cited only its own outlet. (The
    film test above keeps its clause: the sentence goes on after it.)"""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    meeting = [
        "The harbour board said it would meet the ferry company on Friday about the "
        "winter timetable, which it said could bring back the night crossing.",
        "It will meet the ferry company on Friday about the winter timetable, the board said.",
        "It is due to meet the ferry company on Friday about the winter timetable, a "
        "spokesman said.",
    ]
    arts = [
        Article(id=f"a{i}", text=f"{lead}\n\n{line}")
        for i, (lead, line) in enumerate(zip(CRANE_LEADS, meeting, strict=True))
    ]
    brief = weave(arts).events[0].brief
    met = [b for b in brief if "ferry company" in b.text]
    assert met and met[0].text.endswith("winter timetable."), [b.text for b in brief]
    assert {sp.article for sp in met[0].citations} == {"a0", "a1", "a2"}, met[0]


def test_a_lone_it_follows_the_line_that_names_its_thing() -> None:
    # (multinews 218: "Malaysian officials believe ... that it ended its flight ...", after the
    # line naming the flight; kept out while any lone "it" was)
    lead = (
        "A robot submarine will be sent down on Monday to search the floor of the Sound of "
        "Mull for the missing ferry Northern Star, harbour officials said."
    )
    other = (
        "A robot submarine will be sent down to search for the missing ferry Northern Star on "
        "the floor of the Sound of Mull, harbour officials said on Monday. The submarine can "
        "map about 15 square miles of the sea floor on each of its daily dives, the officials "
        "said."
    )
    story = (
        f"{lead} The ferry Northern Star vanished on May 3 with 40 people on board. It was "
        "sailing from Oban to Tobermory when it lost radio contact. Harbour officials believe, "
        "based on radar data, that it sank in the deep channel west of the island."
    )
    brief = brief_of([other, story])
    sank = next(i for i, line in enumerate(brief) if "that it sank" in line)
    assert "Northern Star" in brief[sank - 1]
