"""The brief's opening tells the news: not what came years before it, not an aside in
parentheses (own prose throughout)."""

from __future__ import annotations

import pytest

from conftest import CRANE_LEADS, brief_of, validation_brief


def test_a_year_long_before_the_news_dates_background(settings) -> None:
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.news_time import dated_long_before, latest_year

    nlp = get_spacy(settings)
    old = nlp("The two divers were swept away in 1999 by a current off the northern reef.")
    recent = nlp("The two divers were found in 2015 by a fishing crew off the northern reef.")
    ahead = nlp("The harbour board says the quay will reach full use in 2009.")
    latest = latest_year([old, recent, nlp("The reef was closed to divers in 2016.")])
    assert latest == 2016
    assert dated_long_before(old[:], latest)
    # a year or two before the latest one written is still the news; a plan is no past
    assert not dated_long_before(recent[:], latest)
    assert not dated_long_before(ahead[:], latest)
    assert not dated_long_before(old[:], None)


def test_a_year_the_news_is_measured_from_does_not_date_it(settings) -> None:
    """A lead that measures this year's figure against an old year's ("up from 41,000 in
    2008", "the most since 2007") tells this year's news; a sale in 2007 is background."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.news_time import dated_long_before

    nlp = get_spacy(settings)
    rose = nlp("Ticket sales at the museum rose to 90,000 this year, up from 41,000 in 2008.")
    most = nlp("The ferry carried 12,000 riders last month, more than in any month since 2007.")
    grew = nlp(
        "The fair drew 31,000 visitors last year, an increase of 16% from a recent low of "
        "26,900 in 2009."
    )
    sold = nlp("The ferry line was sold in 2007 to a harbour trust.")
    assert not dated_long_before(rose[:], 2014)
    assert not dated_long_before(most[:], 2014)
    assert not dated_long_before(grew[:], 2014)
    assert dated_long_before(sold[:], 2014)


def test_an_opening_dated_years_before_the_news_gives_way_to_it() -> None:
    """Every outlet opens on when the quay was built, then tells the crane that fell on
    Tuesday, and closes on an inspection of 2024: the brief opens with the crane."""
    built = [
        "The northern quay at Port Ellis was built in 1961 by the harbour board.",
        "The harbour board built the northern quay at Port Ellis in 1961.",
        "Port Ellis opened its northern quay in 1961, when the harbour board built it.",
    ]
    inspected = "Inspectors last checked the cranes at Port Ellis in March 2024."
    bodies = [f"{b}\n\n{lead}" for b, lead in zip(built, CRANE_LEADS, strict=True)]
    brief = brief_of(bodies, after=inspected)
    assert brief and "Tuesday" in brief[0], brief


def test_an_aside_in_parentheses_never_opens() -> None:
    aside = (
        "(The northern quay at Port Ellis lost a crane on Tuesday night, as a measure of how "
        "old the harbour's cranes have grown.)"
    )
    brief = brief_of([f"{aside}\n\n{lead}" for lead in CRANE_LEADS])
    assert brief and not brief[0].startswith("("), brief


def test_a_person_the_brief_meets_by_surname_is_named_in_full() -> None:
    """Own prose after multinews validation events 55 and 117: every outlet says "Marten closed
    the quay", and only one names the harbour master in full, in a sentence the brief leaves
    out; the brief shows her given name in brackets where it first names her."""
    bodies = [
        f"{lead}\n\n{'The harbour master, Ilse Marten, saw it fall from her office. ' * (not i)}"
        "Marten closed the northern quay to all ships until Friday while engineers inspect the "
        "other cranes.\n\nFerries to Nordvik will sail from the southern quay instead, the "
        "harbour board said."
        for i, lead in enumerate(CRANE_LEADS)
    ]
    brief = brief_of(bodies)
    assert any(t.startswith("[Ilse] Marten closed the northern quay") for t in brief), brief


def test_a_person_the_brief_meets_by_surname_is_given_their_title() -> None:
    """Own prose after multinews validation event 99: one outlet calls the port commissioner by
    her title and full name in a sentence the brief leaves out; where the brief first names
    her by surname, the title and her given name come in brackets."""
    bodies = [
        f"{lead}\n\n{'Port Commissioner Ilse Marten saw it fall from her office window. ' * (not i)}"
        "Marten closed the northern quay to all ships until Friday while engineers inspect the "
        "other cranes.\n\nFerries to Nordvik will sail from the southern quay instead, the "
        "harbour board said."
        for i, lead in enumerate(CRANE_LEADS)
    ]
    brief = brief_of(bodies)
    assert any(
        t.startswith("[Port Commissioner Ilse] Marten closed the northern quay") for t in brief
    ), brief


def test_a_lead_the_parser_hangs_from_its_dateline_can_open(settings) -> None:
    """Multinews validation event 054: the parse of the wire's lead ("HOUSTON (AP) — Houston
    police say longtime U.S. Rep. John Conyers' youngest son ... has been found safe") takes
    the dateline for its root; read in the words the brief shows, the root is "say", and the
    lead opens the brief over the other outlet's "A once-worried mother is now expressing
    relief ...", which names no one."""
    brief = validation_brief(settings, "mn-val-054")
    assert brief[0].startswith("Houston police say"), brief


def test_a_lead_after_a_caption_credit_still_opens(settings) -> None:
    """Multinews validation event 176: the lead follows a photo's caption and its credit in
    one sentence ("... on protesters [Reuters] Libyan leader Muammar Gaddafi has appeared on
    state television ..."); the words shown have no root of their own in the parse (the final
    "." was read as it), and the whole sentence's verb keeps the lead from giving way to the
    page's standfirst ("Leader appears on state TV briefly ...")."""
    brief = validation_brief(settings, "mn-val-176")
    assert brief[0].startswith("Libyan leader Muammar Gaddafi has appeared"), brief


def test_a_feature_s_hook_gives_way_to_the_news() -> None:
    """Own prose after multinews validation event 17: one outlet opens on what its crane
    driver "did what every crane driver does", closer to the other outlets' leads than any
    of them is; the brief opens with the news the others lead with."""
    bodies = [
        "A crane driver at Port Ellis did what every crane driver does at the end of a night "
        "shift on the northern quay: he parked his lorry under his crane.\n\nThe crane collapsed "
        "onto the lorry on Tuesday night, the harbour board said.",
        "Two lorries parked under a crane on the northern quay at Port Ellis were crushed when "
        "the crane collapsed on Tuesday night.",
        "A crane driver at Port Ellis lost his lorry on Tuesday night when his crane fell onto "
        "the northern quay where he had parked it.",
    ]
    brief = brief_of(bodies)
    assert brief and "did what" not in brief[0] and "Tuesday" in brief[0], brief


def test_a_forecast_for_an_unshown_day_gives_way_to_the_report() -> None:
    """Own prose after multinews validation event 231 ("Today FURIOUS 7 will reach $1
    billion"): one undated story foretells the reopening "today", two report it; the brief
    opens with the report, whose day is no riddle."""
    leads = [
        "Today the harbour board will reopen the northern quay at Port Ellis, a week after a "
        "crane collapsed onto it.",
        "The harbour board reopened the northern quay at Port Ellis, a week after a crane "
        "collapsed onto it.",
        "The northern quay at Port Ellis was reopened by the harbour board, a week after a "
        "crane fell onto it.",
    ]
    rest = "Ships from Nordvik queued outside the harbour for most of the week."
    brief = brief_of([f"{lead}\n\n{rest}" for lead in leads])
    assert brief and not brief[0].startswith("Today"), brief


def test_a_statement_about_someone_the_lead_named_in_full_gives_way_to_it(settings) -> None:
    """Own prose after multinews validation event 117 ("Lamar's "Humble" won video of the year
    ..." opened the brief ahead of its article's lead, "Kendrick Lamar was the king of the 2017
    MTV Video Music Awards ..."): a statement that opens on someone's thing by their surname
    alone, after its article named them in full, leans on that lead."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.standalone import named_before

    nlp = get_spacy(settings)
    doc = nlp(
        "Singer Mara Quell was the star of the harbour festival, winning three awards. "
        'Quell\'s "Lantern" won song of the year on Sunday at the quay in Port Ellis.'
    )
    lead, second = list(doc.sents)
    assert named_before(second, frozenset())
    assert not named_before(lead, frozenset())
    # the owner of one the statement names in full is no one it leans on (event 208)
    son = nlp(
        "Singer Mara Quell won three awards. Quell's son Tom Quell, a sailor, said the harbour "
        "festival was the best in years."
    )
    assert not named_before(list(son.sents)[1], frozenset())


def test_someone_called_by_surname_anywhere_in_a_statement_leans_on_who_named_them(
    settings,
) -> None:
    """Own prose after multinews validation events 064 ("The caption ... earned Newman 16 likes
    ..." opened the brief, its nurse named in full only paragraphs before) and 090 ("Dr.
    Kazdin promotes a program ..." on a page whose texts never name him in full): a surname
    alone leans on the lead that named its person, as an object or an owner too, and a bare
    title with a surname on a page the event lacks."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.standalone import called_by_surname, full_name_ends

    nlp = get_spacy(settings)
    doc = nlp(
        "Harbour pilot Mara Quell has steered ships into Port Ellis for nine years. "
        "The post about the storm earned Quell 40 likes and a call from the mayor."
    )
    lead, later = list(doc.sents)
    known = full_name_ends([doc])
    none: frozenset[int] = frozenset()  # no mention shown with its full name
    assert called_by_surname(later, frozenset(), known, none)
    assert not called_by_surname(lead, frozenset(), known, none)
    # a mention the brief shows with the rest of the name in brackets reads alone
    bracketed = frozenset({later.start_char + later.text.index("Quell")})
    assert not called_by_surname(later, frozenset(), known, bracketed)
    # another outlet's full name counts only when the caller passes it on
    other = nlp("The storm post earned Quell 40 likes on Sunday.")[:]
    assert called_by_surname(other, frozenset({"Quell"}), known, none)
    assert not called_by_surname(other, frozenset(), known, none)
    stranger = nlp("Dr. Varnel runs a course for harbour pilots at the port school.")[:]
    assert called_by_surname(stranger, frozenset(), known, none)
    assert not called_by_surname(stranger, frozenset(), frozenset({"Varnel"}), none)
    # the statement's own longer name tells who a later "Ms." is
    again = nlp(
        "Port Ellis named harbour pilot Mara Quell its pilot of the year on Sunday, and the "
        "mayor gave Ms. Quell a medal."
    )[:]
    assert not called_by_surname(again, frozenset({"Quell"}), known, none)


def test_a_thing_its_of_phrase_says_which_is_no_thing_told_before(settings) -> None:
    """Own prose after multinews validation event 018 (its lead, "The average cost of a
    wedding last year exceeded ...", was passed over for leaning on its kicker's "wedding
    costs"): "the average fee of a cargo ship" says which fee it is; "the fee" alone, "the
    fee of the ship" or "the fee of cargo ships" points back."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.standalone import named_before

    nlp = get_spacy(settings)
    kicker = "If harbour fees are a sign of trade, Port Ellis is doing well. "
    defined = nlp(kicker + "The average fee of a cargo ship last year rose to 900 crowns.")
    back = nlp(kicker + "The fee rose to 900 crowns last year.")
    ship = nlp(kicker + "The fee of the ship rose to 900 crowns last year.")
    kind = nlp(kicker + "The fee of cargo ships rose to 900 crowns last year.")
    assert not named_before(list(defined.sents)[1], frozenset())
    assert named_before(list(back.sents)[1], frozenset())
    assert named_before(list(ship.sents)[1], frozenset())
    assert named_before(list(kind.sents)[1], frozenset())


def test_the_writer_s_supposition_is_analysis(settings) -> None:
    """Own prose after multinews validation event 034 ("To this besieged White House, the
    lawsuit might only register as a single locust on the plague scale" opened the brief over
    the news): what the outlet itself supposes might be is a reading of the news; what someone
    is reported to suppose is their statement."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.brief_opening import supposes

    nlp = get_spacy(settings)
    assert supposes(nlp("To this harbour board, the lawsuit might only register as a ripple.")[:])
    assert supposes(nlp("The ruling may change how every port in the north is run.")[:])
    assert not supposes(nlp("Police said the crane driver may have fled to Nordvik.")[:])
    assert not supposes(nlp("The crane driver may face charges, according to the police.")[:])
    assert not supposes(nlp("The crane driver filed a lawsuit against the harbour board.")[:])


def test_a_supposition_inside_a_quotation_of_several_is_the_speaker_s(settings) -> None:
    """Own prose: the middle sentence of a harbour master's three-sentence quotation has no
    quotation mark of its own, yet what it supposes is the harbour master's, not the
    writer's; the same sentence outside any quotation is the writer's."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.brief_opening import supposes

    nlp = get_spacy(settings)
    quoted = nlp(
        "“The crane had been checked in May. The cable may have worn through overnight. "
        "We will know more on Monday,” the harbour master said."
    )
    middle = list(quoted.sents)[1]
    assert middle.text.startswith("The cable may"), middle.text
    assert not supposes(middle)
    plain = nlp("The crane had been checked in May. The cable may have worn through overnight.")
    assert supposes(list(plain.sents)[1])


# Own prose: two outlets lead with the toll plan, telling the vote on it in a "which" clause.
TOLL = [
    "All eyes in the Vestby region have been on the harbour board's plan to charge a toll on "
    "the coastal bridge, which voters rejected on Sunday by 61 percent to 39.\n\n"
    "The toll would have paid for a second lane on the bridge.\n\n"
    "Board chairman Anders Lunde said the board would now look for the money elsewhere.",
    "For months the talk of Vestby has been the harbour board's proposed toll on the coastal "
    "bridge, which was voted down on Sunday, 61 percent against and 39 in favour.\n\n"
    "A second lane on the bridge was to be paid for with the toll.\n\n"
    "Commuters from the islands had campaigned against the plan since spring.",
]


def test_an_opening_tells_the_news_its_which_clause_tells() -> None:
    """The vote is told only after ", which": the brief's opening goes on to tell it."""
    brief = brief_of(TOLL)
    assert brief and "toll" in brief[0], brief
    assert "rejected" in brief[0] or "voted down" in brief[0], brief


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Caffeine is the country's favourite drug, bar none.", True),
        ("The Harbour Index doesn't measure what ports do for their towns.", True),
        ("The harbour board has reopened the northern quay at Port Ellis.", False),
        ("The harbour board is reopening the northern quay at Port Ellis.", False),
        ("Three surveys show that the harbour is the town's busiest employer.", False),
        ("The harbour master's house is back on the market for $2.5 million.", False),
        ("The northern quay is now a car park.", False),
        ("Police say the crane driver was not on board.", False),
        ("Harbour master Ilse Marten admits she does not understand the uproar.", False),
        ("The harbour master admits she does not understand the uproar.", False),
        ("The quay that the ferry struck on Aug. 19 is a landmark of the old town.", True),
    ],
    ids=[
        "is",
        "does-not",
        "has-done",
        "is-doing",
        "finding",
        "counted",
        "now",
        "report",
        "person",
        "mind",
        "dated-description",
    ],
)
def test_a_present_state_tells_no_happening(settings, text: str, state: bool) -> None:
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.brief_opening import present_state

    assert present_state(get_spacy(settings)(text)[:]) is state


def test_a_feature_s_present_state_gives_way_to_what_happened() -> None:
    """Own prose after multinews validation events 222 and 000: each outlet opens on what is
    so of lamps and of the town ("The people of Vestby want a lamp ..."), the news one
    paragraph down; the brief opens with what was done or said, not with the state."""
    bodies = [
        "Lamps are the oldest comfort in the homes of Vestby.\n\nOla Brekke and Siri Dahl have "
        "unveiled a patent-pending lamp that switches on at a spoken word.\n\nI tried it last "
        "night.",
        "The people of Vestby want a lamp they can talk to.\n\nBrekke and Dahl say their lamp "
        "answers to four words and lights a room in a second.\n\nThe lamp costs 40 euros.",
    ]
    brief = brief_of(bodies)
    assert brief and "Brekke" in brief[0], brief


def test_the_you_of_a_thing_s_description_does_not_keep_the_news_from_opening() -> None:
    """Own prose after multinews validation event 222: the sentence that tells the news says
    what the lamp is with a "you" ("a lamp that you switch on with your voice"); it addresses
    no reader, and it opens the brief."""
    bodies = [
        "Lamps are the oldest comfort in the homes of Vestby.\n\nToday Ola Brekke and Siri Dahl "
        "have unveiled a patent-pending lamp that you switch on with your voice.\n\nI tried it "
        "last night.",
        "The people of Vestby want a lamp they can talk to.\n\nBrekke and Dahl say their lamp "
        "answers to four words and lights a room in a second.\n\nThe lamp costs 40 euros.",
    ]
    brief = brief_of(bodies)
    assert brief and "unveiled" in brief[0], brief


def test_an_opening_she_whose_name_is_certain_opens_named() -> None:
    """Own prose after multinews validation event 102: each outlet says who the harbour
    master is, then tells her act with "She"; the brief opens on the act, the pronoun shown
    by the name the sentence before gives it ("[Ilse Marten] closed ..."), as its later lines
    show such a pronoun."""
    bodies = [
        "Ilse Marten has been the harbour master at Port Ellis for eleven years. She closed the "
        "northern quay to all ships on Wednesday after a crane collapsed onto it on Tuesday "
        "night.",
        "Ilse Marten is the harbour master at Port Ellis. She shut the northern quay to every "
        "ship on Wednesday, a day after a crane fell onto it and crushed two lorries.",
        "Ilse Marten has run the harbour at Port Ellis since 2013. She ordered the northern quay "
        "closed to ships on Wednesday after a crane collapsed onto it on Tuesday night.",
    ]
    brief = brief_of(bodies)
    assert brief and brief[0].startswith("[Ilse Marten]") and "quay" in brief[0], brief


def test_an_opening_she_no_name_before_gives_way() -> None:
    """The same acts told after a sentence whose subject names no one: whom "She" stands for
    is not certain, and the brief opens on a line that says who."""
    bodies = [
        "The harbour has had the same master for eleven years. She closed the northern quay to "
        "all ships on Wednesday after a crane collapsed onto it on Tuesday night.",
        "The port's master spoke on Wednesday. She shut the northern quay to every ship, a day "
        "after a crane fell onto it and crushed two lorries.\n\nThe harbour board at Port Ellis "
        "said a crane had collapsed onto the northern quay on Tuesday night.",
    ]
    brief = brief_of(bodies)
    assert brief and not brief[0].startswith(("She", "[")), brief
