"""The wordings that decide whether a statement can stand in a brief or open it (own prose)."""

import pytest

from newsweave.text.statement_patterns import (
    ANALYSIS,
    APPEAL,
    BACKGROUND,
    CANNOT_LEAD,
    CONTINUATION,
    DANGLING,
    IMPERATIVE,
    LEADING,
    OPINION,
    PHOTO_CAPTION,
    REACTION,
    SCENE,
    TURNING,
    own_voice,
)


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("This collaboration between two old bands is their first video in a decade.", True),
        ("These findings suggest that ferries burn less fuel in winter.", True),
        ("This week the harbour board voted to close the northern quay.", False),
        ("This past weekend, crews repaired the quay at Port Ellis.", False),
        ("Those who ran twice a week lived longer than those who did not.", False),
        ("Those with a season ticket ride free on Sundays.", False),
        ("With this flood of new ferry riders come the first complaints about queues.", True),
        ("Despite these repairs, the northern quay stays shut.", True),
        ("After this week's storm, the ferries sailed again.", False),
        ("With this, the harbour board closed its meeting.", False),
    ],
)
def test_a_demonstrative_subject_leans_on_what_was_told_before(text: str, leans: bool) -> None:
    assert bool(DANGLING.match(text)) is leans


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("The new sensor instead alerts a nurse by radio.", False),
        ("The new sensor alerts a nurse by radio instead of ringing a bell.", True),
    ],
)
def test_instead_points_at_an_alternative_told_before(text: str, leads: bool) -> None:
    assert (CANNOT_LEAD.match(text) is None) is leads


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("The two men shook hands on the quay at Port Ellis on Friday.", False),
        ("The pair met at the harbour office before the vote.", False),
        ("Both leaders signed the ferry treaty on Friday.", False),
        ("The two Koreas agreed on Friday to reopen the ferry link.", True),
        ("Two ferry captains shook hands on the quay on Friday.", True),
        ("The twofold rise in fares angered riders.", True),
        ("At Port Ellis, for example, nine ferries sail daily.", False),
        ("If fares are any guide, riders must love the new ferry.", False),
        ("No matter what the board decides, the quay is a turning point.", False),
        ("Iffley's ferry sailed on Friday.", True),
        ("The harbour master made it happen.", False),
        ("The harbour board closed the quay on Friday.", True),
        ("The board said it would close the quay after the crane collapsed on Friday.", True),
        ("Nine ferries, for instance, sail daily from Port Ellis.", False),
    ],
)
def test_a_call_back_an_example_or_a_supposition_cannot_lead(text: str, leads: bool) -> None:
    assert (CANNOT_LEAD.match(text) is None) is leads


def test_a_state_of_long_standing_sets_the_scene() -> None:
    assert SCENE.search("Heart pumps have been used for decades by patients awaiting a donor.")
    assert not SCENE.search("Surgeons in Lyon fitted the first new heart pump on Friday.")


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("The ferry company has argued that the quay was safe.", True),
        ("Captain Weir, a pilot of 30 years, has said she followed the rules.", True),
        ("The harbour board has long maintained that fares must rise.", True),
        ("The harbour board has said on Monday that it would close the quay.", False),
        ("The harbour board said on Monday that it would close the quay.", False),
    ],
)
def test_a_standing_position_is_told_before_the_news(text: str, scene: bool) -> None:
    assert bool(SCENE.search(text)) is scene


@pytest.mark.parametrize(
    ("text", "hook"),
    [
        # the act held back for a later sentence
        ("A young docker did what all dockers do when the whistle blows: he ran.", True),
        ("The mayor did something on Friday that she hardly ever does.", True),
        ("What happened on the northern quay is without precedent.", True),
        # a habit, an expectation the story overturns, the writer's moral
        ("Every time the ferry company raises its fares, riders write to the mayor.", True),
        ("The harbour master never imagined a crane could fall onto the quay.", True),
        ("A Port Ellis docker thought he was going to lose his job.", True),
        ("The harbour board is learning a hard and costly lesson about old cranes.", True),
        ("The harbour board has often blamed the weather for late ferries.", True),
        # the news, and an act told as one
        ("The harbour board did not say when the quay would reopen.", False),
        ("What the inspectors found was a cracked weld, the board said on Monday.", False),
        ("The ferry company raised its fares every time since 2019, the mayor said.", False),
        ("The docker said he thought the crane was safe.", False),
        ("A crane collapsed onto the northern quay at Port Ellis on Tuesday night.", False),
    ],
)
def test_a_feature_s_hook_sets_the_scene(text: str, hook: bool) -> None:
    assert bool(SCENE.search(text)) is hook


@pytest.mark.parametrize(
    ("text", "analysis"),
    [
        ("The vote was more than just another defeat for the harbour board.", True),
        ("The closure is more than a setback: it is the end of the ferries.", False),
        ("The storm front was more than a mile wide.", False),
    ],
)
def test_what_the_news_is_more_than_is_the_writer_s_verdict(text: str, analysis: bool) -> None:
    assert bool(ANALYSIS.search(text)) is analysis


def test_a_sentence_cut_inside_a_quotation_leans() -> None:
    assert DANGLING.match("Harbour Nights,' Ann Weir has been offered a second season.")
    assert not DANGLING.match("The mayor called it 'a disgrace,' then left the quay.")


def test_a_share_of_those_arrested_cannot_open_a_brief() -> None:
    assert CANNOT_LEAD.match("Police say six of those arrested are crew members.")
    assert not CANNOT_LEAD.match("Police arrested 12 people, among those who fought.")


def test_in_addition_to_opens_a_phrase_not_a_connective() -> None:
    """Own prose: "In addition," links to the sentence before and goes; "In addition to the
    trials," opens the sentence's own phrase and stays."""
    assert LEADING.match("In addition, the ferry will run on Sundays.")
    assert not LEADING.match("In addition to the trials, the ferry will run on Sundays.")
    assert LEADING.match("Additionally, the ferry will run on Sundays.")
    assert LEADING.match("Further, the ferry will run on Sundays.")
    assert not LEADING.match("Further delays are expected on the ferry.")


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("For her part, Weir has no plans to run the harbour board yet.", "Weir has"),
        ("So taking a different approach, the divers mapped the reef by sonar.", "taking a"),
        ("So after weeks of delay, the board finally paid for the survey.", "after weeks"),
        ("What’s more, the survey found that the quay was sinking.", "the survey"),
        ("Ultimately, Weir is a team player and will back the budget.", "Weir is"),
        ("Then, when the ferry returned last month, the crowds came back.", "when the"),
        ("Then the divers tested the hull to see if it had cracked.", "the divers"),
        # after two readings of the news (multinews 162: "Either way, as ... said ...")
        ("Either way, the mayor said the ferry will sail in spring.", "the mayor"),
        # an adverb of degree, a then-president and a cut clause stay as they are
        ("So many people came that the quay closed.", None),
        ("Then President Ann Weir opened the northern quay in 2001.", None),
        ("So it was with the harbour's last ferry, which sank in 1990.", None),
        ("True Blood star Ann Weir opened the northern quay.", None),
        # a concession is the writer's step in an argument, kept whole (see the next test)
        ("True, no survey can say when the quay will sink.", None),
    ],
)
def test_a_turn_a_conclusion_or_a_next_step_opening_goes(text: str, rest: str | None) -> None:
    """Own prose after multinews 198 ("For her part, Gillibrand ..."), 200 ("So taking a
    different approach, ..."), 039 ("So after several weeks of hemming and hawing, ..."), 190, 212,
    112, 082, 093 and 162: what follows the opening is a
    claim of its own."""
    m = LEADING.match(text)
    if rest is None:
        assert m is None
    else:
        assert m is not None and text[m.end() :].startswith(rest)


def test_a_past_month_and_year_opening_is_background() -> None:
    assert BACKGROUND.search("In August 1924, the harbour board built the northern quay.")
    assert not BACKGROUND.search("The harbour board closed the northern quay in August.")


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        ("By contrast, the southern quay stayed open.", True),
        ("Similarly, the harbour board closed the quay.", True),
        ("A similar crack was found in the southern pier.", True),
        ("Such cranes are common in northern ports.", True),
        ("Such as it is, the quay reopened on Friday.", False),
        ("Another crane fell at Port Ellis in 2019.", True),
        ("The statement added that the quay would reopen.", True),
        ("The harbour board added two cranes on Friday.", False),
        ("In the letter, the mayor asked for a new crane.", True),
        ("In a letter, the mayor asked for a new crane.", False),
        ("Overall, the quay handled more fish this year.", True),
        ("Overall traffic on the quay rose by a tenth.", False),
        ("Plus, at two euros a crossing, it is cheaper than the bus.", True),
        ("Plus-size lifejackets arrived at the quay on Friday.", False),
        ("Second, the ferry company wanted to keep its crews.", True),
        ("Secondly, the quay is older than the town.", True),
        ("First-time visitors crowded the quay on Friday.", False),
        ("Second Street was closed to traffic on Friday.", False),
    ],
)
def test_a_connective_or_one_more_of_a_kind_leans_on_the_sentence_before(
    text: str, leans: bool
) -> None:
    assert bool(DANGLING.match(text)) is leans


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("The plan ingeniously put the harbour board into an awkward spot.", True),
        ("Cleverly, the mayor timed the vote for the holiday.", True),
        ("The mayor timed the vote for the holiday.", False),
        ('"The board shrewdly waited," the mayor said.', False),  # the speaker's word
    ],
)
def test_the_writer_s_verdict_on_how_it_was_done_is_opinion(text: str, opinion: bool) -> None:
    assert own_voice(text, OPINION) is opinion


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("A ferry heckler who is a total fucking weirdo ran onto the quay on Friday.", True),
        ("The heckler acted like a garbage person on the quay.", True),
        ("A heckler ran onto the quay on Friday and was led away.", False),
        ('"This is bullshit," the heckler shouted on the quay.', False),  # the speaker's word
        ("Shitake mushrooms were unloaded at the quay.", False),
    ],
)
def test_the_writer_s_abuse_or_profanity_is_opinion(text: str, opinion: bool) -> None:
    assert own_voice(text, OPINION) is opinion


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("True, no survey can say when the quay will sink.", True),
        ("Granted, the quay is older than the town.", True),
        ("To be sure, the ferry ran late twice this week.", True),
        ("True Blood star Ann Weir opened the northern quay.", False),
        ("It is true that the quay is sinking, the survey found.", False),
    ],
)
def test_the_writer_s_concession_is_opinion_not_a_plain_fact(text: str, opinion: bool) -> None:
    """Own prose after multinews 212 ("True, science cannot explain brain-free
    consciousness", in a column rebutting a memoir): with its "True," dropped the concession
    read as the brief's plain fact."""
    assert own_voice(text, OPINION) is opinion


def test_where_a_piece_first_appeared_is_background() -> None:
    assert BACKGROUND.search("The harbour board's original notice first appeared on May 3.")
    assert BACKGROUND.search("The column was originally published in the Port Ellis Star.")
    assert not BACKGROUND.search("The crane appeared to sway before it fell on Tuesday.")


def test_what_someone_once_said_is_background() -> None:
    """Own prose after multinews 046 (a review that opened on what the 1976 film's producer
    "once said"): an old remark is background to the news, a remark of the news is not."""
    assert BACKGROUND.search("The harbour's first master once said the quay would outlive him.")
    assert BACKGROUND.search("Lund once told a colleague that she preferred ferries to cars.")
    assert not BACKGROUND.search("Once the crane fell, the harbour master said the quay shut.")
    assert not BACKGROUND.search("The harbour master said on Tuesday the quay would reopen.")


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("More importantly, the fishermen want the board to pay for the new quay.", True),
        ("Most importantly, no one was hurt when the crane fell.", False),
        ('"More importantly, we kept the quay open," the mayor said.', False),
    ],
)
def test_the_writer_weighing_an_argument_s_points_is_opinion(text: str, opinion: bool) -> None:
    """Own prose after multinews 167 ("But more importantly, wavering Republicans want ..."
    in an analysis of a House vote): the writer ranks the points of an argument; a fact put
    first and a speaker's own ranking are not the writer's."""
    assert own_voice(text, OPINION) is opinion


@pytest.mark.parametrize(
    ("text", "turns"),
    [
        ("But dockers say the crane was safe.", True),
        ("However, the harbour board said the quay would reopen.", True),
        ("Butler Harbour closed its quay on Tuesday.", False),
        ("Stillwater's harbour board closed the quay on Tuesday.", False),
    ],
)
def test_a_turn_against_the_sentence_before_is_no_lead(text: str, turns: bool) -> None:
    assert bool(TURNING.match(text)) is turns


def test_a_statement_that_adds_as_well_cannot_open_a_brief() -> None:
    assert CANNOT_LEAD.match("Night ferries are common as well in the southern ports.")
    assert not CANNOT_LEAD.match("Dockers as well as crane drivers walked out on Tuesday.")


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # other than one the story named before
        ("Night ferries, the other main way to cross the fjord, were banned in 2007.", False),
        ("Ola Lund, the harbour master, closed the quay on Tuesday.", True),
        ("The other crane at Port Ellis was inspected on Tuesday.", True),
    ],
)
def test_the_other_one_in_apposition_cannot_open_a_brief(text: str, leads: bool) -> None:
    assert (not CANNOT_LEAD.match(text)) is leads


def test_a_past_perfect_after_a_report_s_verb_is_the_news_not_background():
    """Own prose: "announced that it had filed" moves the news's tense back; a past perfect
    of its own sets what came before."""
    assert not SCENE.search(
        "A law firm announced on Friday that it had filed a suit against the port."
    )
    assert SCENE.search("The port had approved the crane's sale to a Danish firm in 2010.")


def test_a_photo_caption_is_someone_posing_at_a_dated_moment():
    assert PHOTO_CAPTION.search("Mayor Eva Dahl listens as the harbour master speaks on May 8.")
    assert not PHOTO_CAPTION.search("Mayor Eva Dahl closed the quay on May 8 after the storm.")


@pytest.mark.parametrize(
    ("text", "goes_on"),
    [
        ("DAHL: It started as a walk along the quay in Riverton.", True),
        ("Dahl went on to say that the quay would reopen in May.", True),
        ("Not only did the harbour board close the quay on Sunday.", True),
        ("Not only did the board close the quay, but it also fined the owner.", False),
        ("The harbour board said on Monday: the quay stays shut.", False),
    ],
)
def test_a_line_that_goes_on_from_the_one_before(text: str, goes_on: bool) -> None:
    assert bool(CONTINUATION.search(text)) == goes_on


@pytest.mark.parametrize(
    ("text", "first_person"),
    [
        ("A gene evolved in the Ice Age to help protect our ancestors from the cold.", False),
        ("The comet will pass closer to our planet than any in a century, the survey said.", False),
        ("Our greatest challenges need answers that cross every border.", True),
        ("We sincerely apologize to the passengers for the delay at the quay.", True),
        ("The ferry board said our harbour was the busiest on the coast.", True),
    ],
)
def test_humankind_s_our_is_no_speaker_s_voice(text: str, first_person: bool) -> None:
    """Multinews 031: a science report's "to help protect our ancestors" was taken for a
    speaker's words, and the fact table credited the reporter's sentence to a scientist."""
    assert own_voice(text) is first_person


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("Make no mistake, the northern quay is the finest in the county.", True),
        ("Definitely, the ferry timetable seems to be a problem still.", True),
        ("The board might sell the quay, and who knows — it may yet become flats.", True),
        ("A harbour master who knows the tides well steered the ferry in.", False),
        ('"Make no mistake, we will rebuild the quay," the mayor said.', False),  # hers
    ],
)
def test_the_writer_s_flourish_to_the_reader_is_opinion(text: str, opinion: bool) -> None:
    assert own_voice(text, OPINION) is opinion


@pytest.mark.parametrize(
    ("text", "imperative"),
    [
        ("Just check the height of the waves in these photos of the quay.", True),
        ("Take the ride from Port Ellis to Denby on the new ferry.", True),
        ("Look at the way the ferry turns in the harbour.", True),
        ("Just because the board agreed, the quay is not saved.", False),
        ("Take-Two Interactive opened an office at the quay.", False),
        ("Note that the ferry costs £4 and the bus £2.", False),  # a fact, put to the reader
    ],
)
def test_the_writer_s_word_to_the_reader_is_an_imperative(text: str, imperative: bool) -> None:
    assert bool(IMPERATIVE.match(text)) is imperative


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        # multinews 040: a fundraiser's page in the brief
        ("$ 15,000 Stretch Goal - UNLOCKED Everyone who donates at least $ 10 gets a patch.", True),
        ("Those who donated $ 75 or more will get a printed poster of the ferry.", True),
        ("Backers who pledge $25 will receive a model of the crane.", True),
        # what happened to the donors, or the campaign's goals told as news
        ("Everyone who donated received a letter from the harbour board.", False),
        ("The campaign for the new ferry reached all of its stretch goals in May.", False),
    ],
    ids=["stretch-goal", "those-who-donated", "backers", "received", "goals-as-news"],
)
def test_an_offer_to_whoever_pays_is_the_page_s_promotion(text: str, appeal: bool) -> None:
    assert bool(APPEAL.search(text)) is appeal


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        # multinews 034: the news told before, dated by what came before it
        (
            "The new pressure on Marten, whose full name is Ilse Marten, comes a day after she "
            "filed a lawsuit against the harbour board.",
            False,
        ),
        ("The harbour master came to the quay after the crane fell on Tuesday.", True),
    ],
    ids=["pressure-comes-after", "person-came"],
)
def test_a_sequel_dated_by_the_news_before_it_cannot_lead(text: str, leads: bool) -> None:
    assert (CANNOT_LEAD.match(text) is None) is leads


def test_a_sound_that_echoes_is_no_one_echoing() -> None:
    """Multinews 076: "The sound of heavy machine guns ... echoed throughout the night" was
    read as a reaction; someone echoing a call is one."""
    assert not REACTION.search("The sound of the ship's horn echoed throughout the night.")
    assert not REACTION.search("Gunfire echoed across the harbour on Tuesday.")
    assert REACTION.search("The mayor echoed the harbour board's call for calm.")


def test_in_it_leans_on_what_was_told_before() -> None:
    """Multinews 026: "In it Mr Zuckerberg quotes Abraham Lincoln ...": in what?"""
    assert DANGLING.match("In it the harbour master quotes the old charter of Port Ellis.")
    assert not DANGLING.match("In Italy the harbour master quoted the old charter.")


@pytest.mark.parametrize(
    ("text", "opinion"),
    [
        ("Part of that harbour lore, it seems, was the mayor's habit of rhyming his memos.", True),
        ("The board's real aim, it would seem.", True),
        ("One ferry blogger gave the game away when he said the vote was rigged.", True),
        ("The mayor let the cat out of the bag at the quay on Friday.", True),
        ("In a pompous speech the mayor gave on the quay, he praised the new crane.", True),
        ('"It was a tone-deaf speech," the harbour master said of the mayor.', False),
        ("It seems the crane had a cracked weld, the inspectors said.", False),
        ("The crane, it was found, had a cracked weld.", False),
        ('"He gave the game away," the mayor said of the blogger.', False),  # the speaker's
        ("The ferry company gave away 200 tickets on Friday.", False),
    ],
)
def test_the_writer_s_hedge_or_reading_of_someone_s_words_is_opinion(
    text: str, opinion: bool
) -> None:
    """Own prose after multinews 233 ("Part of that Indigenous Knowledge, it seems, was
    Stewart's determination to write in the style of a 19 year-old ...") and 120 ("One
    pro-government journalist gave the game away when he declared ..."): the writer's guess
    and verdict, which the brief stated as plain facts."""
    assert own_voice(text, OPINION) is opinion


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        ("Even as the town waited for his answer, the mayor talked around the crane.", True),
        ("Even when the quay reopens, the ferries will run late.", True),
        ("Even the harbour master was surprised by the fall of the crane.", False),
    ],
)
def test_an_even_as_clause_sets_the_scene_as_an_as_does(text: str, scene: bool) -> None:
    """Own prose after multinews 102, whose brief opened on "Even as the country waited for his
    singular response ..., the president danced around the issues."""
    assert bool(SCENE.search(text)) is scene
