"""Headlines: furniture is never a headline, made headlines keep the core clause and whole words."""

from __future__ import annotations

import json
from itertools import permutations

import pytest

from conftest import need
from newsweave.text.headline import (
    MADE_HEADLINE_WORDS,
    MAX_HEADLINE_WORDS,
    clean_headline,
    event_headline,
    has_finite_verb,
    headline_from_sentence,
    lead_sentence,
    reads_as_headline,
    teases,
)


@pytest.mark.parametrize(
    "line",
    [
        "Tweet with a location",
        "Page 1 of 1",
        "Media playback is unsupported on your device Media caption The mayor speaks",
        "FILE - In this Feb. 11, 2007, file photo, the harbour master walks the quay",
        "Click image above to view graphic",
        "Image copyright Harbour Authority Image caption The collapsed crane",
        "The harbour master (left) and his deputy inspect the quay (Photo: Port Authority)",
        "Updated 6.15pm",
        "Why are we asking this?",
        "The crane collapsed during the night after a storm, officials said on Tuesday.",
        "PALO ALTO -",
    ],
)
def test_furniture_captions_and_sentences_are_not_headlines(line: str) -> None:
    assert clean_headline(line) is None


def test_headline_furniture_is_cleaned_off() -> None:
    assert clean_headline("► Update: Crane collapse closes northern quay") == (
        "Crane collapse closes northern quay"
    )
    assert clean_headline("CLOSE Crane collapse closes northern quay") == (
        "Crane collapse closes northern quay"
    )
    assert clean_headline("Crane collapse closes northern quay | Photo by Ann Lee") == (
        "Crane collapse closes northern quay"
    )
    assert clean_headline(
        "Crane collapse closes quay - The Harbour Times", "The Harbour Times"
    ) == ("Crane collapse closes quay")
    # the page's tags run into a scraped first line; a name's particles are no tags
    assert clean_headline("ferries ferries Crane Collapse Closes Northern Quay") == (
        "Crane Collapse Closes Northern Quay"
    )
    assert clean_headline("van der Berg saves the Port Ellis ferry") == (
        "van der Berg saves the Port Ellis ferry"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Live Nation Sues Two Ticket Resellers",
        "Watch Out For Ice On The Coast Road",
        "Close Call As Ferry Drifts Into Harbour Wall",
        "Breaking Bad Star Opens Bakery",
    ],
)
def test_a_title_case_word_that_is_also_a_label_stays_in_the_headline(headline: str) -> None:
    assert clean_headline(headline) == headline
    assert clean_headline(f"VIDEO: {headline}") == headline


def test_a_made_headline_is_the_core_clause_in_whole_words() -> None:
    made = headline_from_sentence(
        "PORTSMOUTH, England — Amanda Reyes, a long-time harbour pilot, has been named head of "
        "the port authority after a two-year search that divided the city council, officials said."
    )
    assert made == "Amanda Reyes has been named head of the port authority"
    long = headline_from_sentence(
        "The harbour authority closed the northern quay and diverted three container ships to "
        "the southern terminal and two ferries to the old town pier for the rest of the week."
    )
    words = long.rstrip("…").split()
    assert len(words) <= MADE_HEADLINE_WORDS and long.endswith("…")
    assert all(w in long.rstrip("…").split() for w in words)  # never cut inside a word


def test_a_description_with_its_own_relative_clause_leaves_the_name_and_its_verb() -> None:
    """Own prose: a name's description that goes on into a relative clause is left out whole,
    not half ("Amanda Reyes, the pilot was named ..."); a clause after an opening phrase is not
    a description."""
    made = headline_from_sentence(
        "Amanda Reyes, the harbour pilot who guided the stricken tanker into the port of "
        "Portsmouth last winter, was named head of the port authority on Monday."
    )
    assert made == "Amanda Reyes was named head of the port authority on Monday"
    made = headline_from_sentence(
        "Amanda Reyes, the harbour pilot, tug captain and author who wrote the port's first "
        "history of its lighthouses and docks, has been named head of the port authority."
    )
    assert made == "Amanda Reyes has been named head of the port authority"
    clause = headline_from_sentence(
        "In Portsmouth, the port authority closed the northern quay, and the council agreed to "
        "pay for the repairs next week."
    )
    assert clause.startswith("The port authority closed the northern quay"), clause


def test_a_made_headline_ends_at_a_phrase_boundary_without_an_ellipsis() -> None:
    """Own prose: a long lead is cut where a phrase begins, when what is left reads as a
    finished clause; never inside a relative clause, an aside or a compound preposition."""
    made = headline_from_sentence(
        "The harbour authority closed the northern quay to all container traffic on Tuesday "
        "morning with the support of the city council and the regional coast guard."
    )
    assert not made.endswith("…") and len(made.split()) <= MADE_HEADLINE_WORDS
    assert made.startswith("The harbour authority closed the northern quay")
    # an unfinished subject ("The pilot who ...") or an open aside is not cut without "…"
    for lead in [
        "The pilot who steered the tanker into the harbour wall at dawn on Tuesday was "
        "suspended by the port authority pending an inquiry.",
        "Port officials charged two crew members with negligence in connection with the "
        "collapse of the crane at the northern quay on Tuesday night.",
    ]:
        made = headline_from_sentence(lead)
        words = made.rstrip("…").split()
        assert len(words) <= MADE_HEADLINE_WORDS and all(w in lead.split() for w in words)
        assert made.endswith("…") or not made.endswith(("who", "connection", "the"))
        assert not made.rstrip("…").endswith("in connection")


def test_lead_sentence_skips_furniture_and_keeps_abbreviations() -> None:
    text = (
        "Media playback is unsupported on your device\n"
        "The crane (Photo: Port Authority)\n"
        "Gov. Ann Lee closed the quay on Sept. 9 after the collapse. She ordered an inquiry."
    )
    assert lead_sentence(text) == "Gov. Ann Lee closed the quay on Sept. 9 after the collapse."


def test_event_headline_prefers_a_real_headline_and_ignores_order() -> None:
    titles = ["Tweet with a location", "Crane collapse closes northern quay", None]
    texts = [
        "You can add location information to your Tweets.",
        "The harbour authority closed the northern quay after a crane collapsed.",
        "A crane collapsed at the northern quay overnight, and the harbour authority closed it.",
    ]
    assert event_headline(titles, texts) == "Crane collapse closes northern quay"
    assert event_headline(titles[::-1], texts[::-1]) == "Crane collapse closes northern quay"
    # no headline at all: one is made from the most shared lead
    made = event_headline([None, None], texts[1:])
    assert "quay" in made and len(made.split()) <= MAX_HEADLINE_WORDS


def test_multinews_event_headlines_are_short_and_never_furniture(data_dir) -> None:
    from newsweave.clean.verdict import judge
    from newsweave.sources.files import extract_text

    path = need(data_dir / "multinews" / "validation.jsonl", "the multinews validation set")
    with path.open(encoding="utf-8") as f:
        for line in list(f)[:60]:
            arts = [extract_text(d) for d in json.loads(line)["documents"]]
            arts = [a for a in arts if judge(a.text) is None]
            head = event_headline([a.title for a in arts], [a.text for a in arts])
            assert head and len(head.split()) <= MAX_HEADLINE_WORDS
            assert clean_headline(head.rstrip("…")) is not None or not any(a.title for a in arts)
            assert not head.lower().startswith(("tweet with", "media playback", "image copyright"))


def test_a_made_headline_is_not_cut_inside_a_name_or_before_its_noun() -> None:
    """Own prose: a cut before "in" or a comma must not leave half a name ("... the Harbour
    Science | in Action Award") or a modifier waiting for its noun ("the salty, ...")."""
    named = headline_from_sentence(
        "Fifteen-year-old Ana Ruiz of Riverton Bay won the $5,000 Harbour Science in Action "
        "Award in August for her design of a floating rubbish trap for the port."
    )
    assert not named.endswith("Science"), named
    assert named.endswith("…") or "Action Award" in named
    modifier = headline_from_sentence(
        "Regulars at the Riverton fish market queue before dawn every Friday for the salty, "
        "vaguely sweet smoked herring fillets."
    )
    assert not modifier.rstrip("…").endswith("salty"), modifier
    # a day after a name is a new phrase: the cut before it stands
    dated = headline_from_sentence(
        "The Riverton harbour master handed out 200 free life jackets to sailor Tom Brandt "
        "on Saturday morning at the yacht club."
    )
    assert (
        dated == "The Riverton harbour master handed out 200 free life jackets to sailor Tom Brandt"
    )
    # a relative clause goes as a whole, however short the clause before it, unless that
    # clause only reports what someone said
    sued = headline_from_sentence(
        "Riverton Ferries is sued by deckhands who say a captain pushed them overboard in a "
        "drunken rage outside the harbour office at dawn."
    )
    assert sued == "Riverton Ferries is sued by deckhands", sued
    said = headline_from_sentence(
        "Police say a Riverton harbour pilot who was obsessed with a deckhand stole her boat "
        "and sailed it into the old town quay on Friday night."
    )
    assert said != "Police say a Riverton harbour pilot", said
    # a cut after a sentence's full stop does not leave it before the ellipsis
    married = headline_from_sentence(
        "The Riverton Gazette reports that Ana Ruiz and Tom Brandt got married Sept. 9. Each "
        "was born on April 28 at the same hospital in Riverton."
    )
    assert not married.endswith(".…"), married


def test_a_made_headline_is_the_main_clause_not_a_leading_subordinate_one() -> None:
    """Own prose: "Mere hours after X, Y did Z" is headlined by "Y did Z"; a leading clause
    whose main clause needs it ("If X, it ...") is kept and cut with "…", never left alone."""
    made = headline_from_sentence(
        "Mere hours after the Riverton council confirmed the bridge closure, the mayor opened "
        "a new ferry line to the old town, where crowds had gathered since dawn."
    )
    assert made == "The mayor opened a new ferry line to the old town"
    kept = headline_from_sentence(
        "If the Riverton council really closes the harbour bridge to cars next spring, it will "
        "be the first time in a century that the old town is cut off from the coast road."
    )
    assert kept.endswith("…") or "," in kept
    assert len(kept.rstrip("…").split()) <= MADE_HEADLINE_WORDS
    # the writer's link to the sentence before is no part of the news
    linked = headline_from_sentence(
        "Furthermore, the Riverton council voted on Tuesday to close the harbour bridge to all "
        "cars and lorries from next spring until the repairs are done."
    )
    assert linked.startswith("The Riverton council voted"), linked


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("The Riverton harbour master closed the northern quay after a storm", True),
        ("Shots rang out during a council meeting in Riverton", True),
        ("The ferry company, owned by the town since 1950, is to be sold", True),
        ("The summer's local hero, Riverton harbour master Ann Lee", False),
        ("Divers searching the wreck of a ferry that sank off Riverton", False),
        ("A report commissioned by two Riverton sailing clubs", False),
        ("With reports of storms and high tides driving boats ashore", False),
        ("Zimmerman, facing new charges for the shooting of a Riverton sailor", False),
        ("A sailor struck and killed by two ferries in Riverton harbour years ago", False),
        ("Police shot and wounded a sailor in Riverton harbour", True),
        ("A stray dog that escaped the flood was honoured by the Riverton council", True),
        ("Ann Lee, a harbour pilot who is said to have been the first", False),
        ("The pilot who steered the tanker and is now retired", False),
    ],
)
def test_a_finite_verb_of_the_phrase_s_own_clause_is_found(phrase: str, expected: bool) -> None:
    """Own prose: a verb in a relative clause, a participle or a noun in "-s" is not the
    phrase's own verb; a past or auxiliary form after its subject is."""
    assert has_finite_verb(phrase) is expected


def test_a_made_headline_says_who_did_what_not_a_quote_or_a_verbless_phrase() -> None:
    """Own prose: a lead that is a quote or a name without its verb gives way to the next
    sentence of the story, which says who did what."""
    assert not reads_as_headline("The summer's local hero, Riverton harbour master Ann Lee")
    assert not reads_as_headline("“We have never seen a storm like this one on the coast")
    assert not reads_as_headline("But it could also be called the end of the old ferry line")
    assert reads_as_headline("The Riverton harbour master closed the northern quay")
    texts = [
        "“We have never seen anything like it,” a sailor said.\n\nThe Riverton harbour master "
        "closed the northern quay on Tuesday after a storm tore two cranes from their rails.",
        "The summer's local hero, Riverton harbour master Ann Lee, on the quay in a storm.\n\n"
        "Ann Lee closed the northern quay of Riverton harbour on Tuesday after a night of storms.",
    ]
    made = event_headline([None, None], texts)
    assert made in (
        "The Riverton harbour master closed the northern quay on Tuesday",
        "Ann Lee closed the northern quay of Riverton harbour on Tuesday",
    ), made
    assert reads_as_headline(made)


def test_a_made_headline_does_not_cut_a_verb_from_its_phrase() -> None:
    """Own prose: "... and fell | into the harbour" is not a place to end a headline; "was
    hurt | in a fall" is."""
    made = headline_from_sentence(
        "A Riverton crane driver lost his footing on the wet northern quay and fell into the "
        "harbour during the storm on Tuesday night."
    )
    assert not made.rstrip("…").endswith("fell"), made
    passive = headline_from_sentence(
        "A Riverton crane driver was badly hurt in a fall from the northern quay crane during "
        "the storm on Tuesday night."
    )
    assert passive.rstrip("…").split()[-1] != "in", passive


def test_a_video_caption_is_not_the_storys_headline_but_two_sentences_stay():
    # a player's caption and its videographer: what the video above the story shows (on
    # multinews, "Four Reno dispensaries begin sales ..." over a story of a shortage a week on)
    assert (
        clean_headline("CLOSE Ferry service to Nordvik resumes after the storm. Ola Nordmann")
        is None
    )
    # without a player's or gallery's marker, two sentences stay as the outlet wrote them
    assert clean_headline("Storm closes the harbour. Ferries Cancelled Today") == (
        "Storm closes the harbour. Ferries Cancelled Today"
    )


def test_a_made_headline_does_not_leave_a_quotation_open_when_its_sayer_is_named():
    text = (
        "The harbour master of Nordvik said Monday the old ferry “went down slowly, in calm "
        "water, with every passenger already on the quay and every light still burning.” "
        "Divers reached the wreck on Tuesday.\n\nThe port will stay closed until Friday."
    )
    made = event_headline([None], [text])
    assert made.startswith("The harbour master of Nordvik said Monday the old ferry went down")
    assert "“" not in made and "”" not in made
    # without a sayer in front, a quotation is not turned into a claim
    voice = "“Your courage is breathtaking,” the mayor wrote to the crew on Monday night."
    assert "courage" not in event_headline([None], [voice + " The crew was honoured."])


def test_a_made_headline_passes_over_background_to_the_news() -> None:
    """Own prose: a lead that tells a state of long standing, a definition or a scene gives
    way to the sentence of the same story that tells what happened."""
    longing = (
        "Riverton engineers have long wanted to lift the old ferry from the silt of the bay. "
        "Divers tried twice in the past decade and failed. Now a Nordvik salvage crew has "
        "raised the ferry on Tuesday."
    )
    assert event_headline([None], [longing]) == (
        "A Nordvik salvage crew has raised the ferry on Tuesday"
    )
    definition = (
        "Riverton Quay is a stone pier on the north side of the old harbour. The pier "
        "collapsed into the sea on Monday night."
    )
    assert event_headline([None], [definition]) == "The pier collapsed into the sea on Monday night"
    scene = (
        "The ferryman was waiting with his lantern on the quay. A Riverton ferry sank in calm "
        "water on Friday."
    )
    assert event_headline([None], [scene]) == "A Riverton ferry sank in calm water on Friday"
    # with no sentence that tells news, the lead stays
    only = "Riverton Quay is a stone pier on the north side of the old harbour."
    assert event_headline([None], [only]) == only.rstrip(".")


def test_the_fact_the_outlets_repeat_is_the_headline_whatever_the_members_order() -> None:
    """Own prose: one member opens on background; the others' leads repeat the news, and the
    headline is theirs, in any order of the members."""
    texts = [
        "For years the Riverton ferry has crossed the bay twice a day. The ferry line was "
        "sold to a Nordvik company on Monday.",
        "A Nordvik company bought the Riverton ferry line on Monday for two million crowns.",
        "The Riverton ferry line was sold to a Nordvik shipping company on Monday.",
    ]
    made = event_headline([None] * 3, texts)
    assert "Nordvik" in made and not made.startswith("For years"), made
    assert all(
        event_headline([None] * 3, [texts[i] for i in p]) == made for p in permutations(range(3))
    )


def test_a_teaser_or_a_label_gives_way_to_a_headline_that_tells() -> None:
    """Own prose: an outlet title that asks or calls the reader, or shares nothing with the
    stories (a section's label), is not preferred to another headline nor to a made one."""
    assert teases("Trending News: How Brave Are You? Depends On Your Harbour")
    assert teases("Harbour Songs Remixed: Listen to 5 of the Best")
    assert not teases("Crane collapse closes northern quay")
    texts = [
        "The harbour authority closed the northern quay after a crane collapsed on Tuesday.",
        "A crane collapsed at the northern quay on Tuesday, and the harbour closed it.",
    ]
    teaser = "Trending News: How Brave Are You? Depends On Your Harbour"
    assert event_headline([teaser, "Crane collapse closes northern quay"], texts) == (
        "Crane collapse closes northern quay"
    )
    made = event_headline([teaser, None], texts)
    assert "crane" in made.lower() and "?" not in made, made
    label = event_headline(["Abstract and Introduction", None], texts)
    assert "crane" in label.lower(), label
    # nothing better to say: the teaser, cleaned of its section label
    fragment = ["“Never again,” said one docker."]
    assert event_headline([teaser], fragment) == "How Brave Are You? Depends On Your Harbour"


def test_a_publisher_s_headline_in_its_own_voice_gives_way_to_one_that_tells() -> None:
    """Multi-News 231: a studio's release titled "Today Marks a Significant Milestone in Our
    History" headed the event of its film's $1 billion. Own prose: a title in the first person
    is the publisher speaking, so a headline made from the news is preferred; a quotation
    attributed in the title, and "US" the country, are no such voice."""
    assert teases("Today Marks a Proud Day in Our Harbour's History")
    assert not teases("We will close the quay, says harbour board")
    assert not teases("Dockers: We were never told of the crane's faults")
    assert not teases("US and Nordvik sign ferry treaty")
    texts = ["The Riverton ferry line carried its millionth passenger across the bay on Monday."]
    made = event_headline(["Today Marks a Proud Day in Our Harbour's History"], texts)
    assert "millionth passenger" in made, made


def test_an_outlet_headline_told_only_deeper_in_its_feature_is_still_its_headline() -> None:
    """Own prose: a feature opens on a scene and names the news three sentences in; its
    outlet's title-case headline says that news and stays the event's headline."""
    feature = (
        "What a difference a single winter storm can make. The old boathouse was full of "
        "rowers by six in the morning. Nobody there expected good news. By noon the Harbour "
        "Board had voted to reject the plan for a floating hotel at the northern quay."
    )
    other = "Rowers and fishermen met at the quay on Tuesday to hear the board's decision."
    title = "Harbour Board Rejects Floating Hotel Plan For Northern Quay"
    assert event_headline([title, None], [feature, other]) == title


def test_a_made_headline_ends_before_a_second_verb_phrase_not_inside_a_name() -> None:
    """Own prose: a lead that joins two things the subject did ("escaped ... and vanished into
    the crowded waiting hall of the Riverton Harbour Ferry Terminal") makes a headline of the
    first, whole, rather than one cut with "…" inside the name the second goes on to; both
    are kept when they fit whole (:data:`newsweave.text.headline.MAX_HEADLINE_WORDS`)."""
    made = headline_from_sentence(
        "Before the ferry left for Oslo, Rex the dog escaped from his travel crate and vanished "
        "into the crowded waiting hall of the Riverton Harbour Ferry Terminal."
    )
    assert made == "Rex the dog escaped from his travel crate"
    assert (
        headline_from_sentence(
            "Before the ferry left for Oslo, Rex the dog escaped from his travel crate and vanished "
            "into the Riverton Harbour Ferry Terminal."
        )
        == "Rex the dog escaped from his travel crate and vanished into the Riverton Harbour Ferry Terminal"
    )
    # an aside "one of ..." is left out, not kept as the headline without its verb
    aside = headline_from_sentence(
        "Harbour pilot Anna Reyes, one of only three women licensed to steer tankers into the "
        "port, died on Friday after forty years at sea."
    )
    assert aside == "Harbour pilot Anna Reyes died on Friday after forty years at sea"
    assert reads_as_headline(aside)
    # "and" between two names is no such boundary
    names = headline_from_sentence(
        "Rumors are swirling that the skipper Ola Lund and the pilot Kari Berg are about to "
        "leave the Riverton harbour board after a row over fees."
    )
    assert "Ola Lund and" in names


def test_a_lead_about_a_share_of_ones_named_before_makes_no_headline() -> None:
    """Own prose: one outlet opens "Of the 12 arrested, seven were booked ...", which counts
    people its headline named; the event's headline is made from a lead that says what
    happened."""
    title = event_headline(
        [None, None],
        [
            "Of the 12 arrested on Saturday, seven were booked at the Riverton jail, according "
            "to a statement released by police.\n\nThree people were stabbed and 12 were "
            "arrested during a brawl on Saturday between two fan clubs at a Riverton park, "
            "police said.",
            "Authorities say 12 people are in custody after a brawl between fan clubs left three "
            "people stabbed in a Riverton park.",
        ],
    )
    assert not title.startswith("Of the"), title
    assert "brawl" in title or "stabbed" in title, title


def test_a_headline_glued_to_the_lead_is_split_from_it() -> None:
    """Own prose: a scraper glued the headline to the story's first sentence with no stop
    ("... when they are bored Otters at a wildlife park ..."); the event's headline is the
    glued headline, not a cut that ends on the lead's first word."""
    text = (
        "Otters learn to juggle stones when they are bored Otters at a wildlife park in Kent "
        "have begun juggling pebbles to pass the time, keepers said on Monday.\n"
        "The keepers first saw the habit in a young female last spring."
    )
    assert event_headline([None], [text]) == "Otters learn to juggle stones when they are bored"
    # the first word coming back after a preposition goes on the same sentence
    one = (
        "German Chancellor Anna Berg has called for talks between German and French "
        "negotiators on the budget in Brussels next week."
    )
    assert lead_sentence(one) == one


def test_an_opening_participle_phrase_gives_way_to_the_main_clause() -> None:
    """Own prose: "Lost at sea in ..., the trawler has been found": the opening phrase
    describes the subject; the news is the clause after its comma."""
    made = headline_from_sentence(
        "Lost at sea in the great storm that wrecked half the fleet in 1953, the fishing "
        "trawler Mary Ellen has been found by divers off the coast of Cornwall this week."
    )
    assert made.startswith("The fishing trawler Mary Ellen has been found"), made


def test_a_headline_cut_with_an_ellipsis_ends_where_a_phrase_ends() -> None:
    """Own prose: a lead too long for a headline is cut before a phrase ("to sign ..."), not
    after "a $50" whose noun is cut away."""
    made = headline_from_sentence(
        "Members of the city council are criticising the transport authority's decision to "
        "sign a $50 million contract for new buses a week before the budget freeze."
    )
    assert made == "Members of the city council are criticising the transport authority's decision…"


def test_a_broadcast_listing_is_not_a_headline() -> None:
    """A video page's title that is a show's time slot is page furniture."""
    assert clean_headline("The Late Show Starring Someone Weeknights 11:35/10:35c") is None


def test_an_event_whose_members_tell_no_story_sentence_gets_a_headline_from_their_words():
    # a video page's description: one quotation left open by a trailing dash, no sentence that
    # ends; the event's headline was the article's id (a multinews story's)
    text = (
        '"The harbour board met in secret for a year and sold the northern quay to a '
        'developer. Fishermen learned of it from a sign on the fence" --'
    )
    made = event_headline([None], [text])
    assert made.startswith('"The harbour board met in secret for a year'), made
    assert len(made.rstrip("…").split()) <= MADE_HEADLINE_WORDS
    assert event_headline([None], [""]) == ""
