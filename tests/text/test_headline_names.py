"""A print-style opening in capitals ("THE HARBOUR BOARD IS to meet") is undone in a made
headline: each word as the article writes it elsewhere, an acronym left as it is."""

from newsweave.text.headline import event_headline
from newsweave.text.headline_names import named_in_full, object_named_in_full, print_caps_undone


def test_capitals_of_a_print_opening_take_the_articles_own_spelling() -> None:
    text = (
        "THE HARBOUR BOARD IS to meet late tonight to approve emergency repairs to the north "
        "pier. The Harbour Board chair said the work could not wait for spring."
    )
    made = event_headline([None], [text])
    assert made.startswith("The Harbour Board is to meet late tonight")


def test_a_word_the_article_never_writes_otherwise_stays_in_capitals() -> None:
    text = "A BBC crew filmed the pier. The crew left at noon."
    assert print_caps_undone("A BBC crew filmed the pier", text) == "A BBC crew filmed the pier"
    # only after the opening article: a credit before a sentence is not its opening
    assert print_caps_undone("KARE-TV A video shows the pier", text) == (
        "KARE-TV A video shows the pier"
    )


def test_a_lead_naming_someone_by_surname_is_named_as_the_members_name_them() -> None:
    """Own prose: the lead says "Okafor has ...", another member names her "Grace Okafor";
    the event's headline, read alone, names her in full."""
    lead = (
        "Okafor has won the city's first open-water swimming race across the bay on Sunday. "
        "She finished four minutes ahead of the field."
    )
    other = "The winner, swimmer Grace Okafor, trained for two years in the harbour."
    assert event_headline([None, None], [lead, other]).startswith("Grace Okafor has won")


def test_a_group_or_two_full_names_are_not_named_in_full() -> None:
    # a group whose body's name goes before it, a surname two people share, a word opening a
    # sentence before a name ("Apparently Lenovo"): left as they are
    text = "Republicans muscled a tax plan through the chamber on Friday. House Republicans met."
    assert (
        named_in_full("Republicans muscled a tax plan", [text]) == "Republicans muscled a tax plan"
    )
    text = "Her sister Jill Russell flew home. Her cousin Carrie Russell stayed behind."
    assert named_in_full("Russell remains in jail", [text]) == "Russell remains in jail"
    text = "It was cheap. Apparently Lenovo liked the design it saw."
    assert named_in_full("Lenovo liked the design", [text]) == "Lenovo liked the design"


def test_a_long_word_in_print_capitals_after_the_article_is_no_acronym() -> None:
    """Multi-News 48 was titled "The TOWNHOUSE is back on the market": a print style the
    lead writes no other way. Own prose: a word that long is lowered; a short one may be an
    acronym and stays."""
    text = "THE LIGHTHOUSE that once starred in a film is back on the market for $2 million."
    assert print_caps_undone("The LIGHTHOUSE is back on the market for $2 million", text) == (
        "The lighthouse is back on the market for $2 million"
    )
    assert print_caps_undone("The NTSB is back on the pier", "The NTSB is back.") == (
        "The NTSB is back on the pier"
    )


def test_capitals_opening_a_headline_take_another_members_spelling() -> None:
    """Multi-News 231 was titled "FURIOUS 7 will reach $1 billion ...": its lead wrote the film
    in capitals after "Today", the other members as "Furious 7". Own prose of that shape: a
    word written only in lower case elsewhere is no spelling of a capitalised one ("US" never
    becomes "us")."""
    lead = "Today HARBOUR NIGHTS 3 will reach 10 million viewers around the world on its app."
    other = "Have you seen Harbour Nights 3 yet?"
    made = event_headline([None, None], [lead, other])
    assert made.startswith("Harbour Nights 3 will reach 10 million viewers"), made
    assert print_caps_undone("US troops left the pier", "They told us the troops left.") == (
        "US troops left the pier"
    )


def test_a_person_named_by_surname_after_a_preposition_is_named_in_full() -> None:
    """Multi-News 175 was titled "A third porn star spewed tawdry tales of threesomes with
    Woods on Tuesday", its story naming "Tiger Woods" before. Own prose of that shape: the
    headline names her in full; a word the texts write in lower case is no surname."""
    lead = (
        "A third rival swimmer traded angry words with Okafor on Tuesday at the harbour pool. "
        "The swimmer said the race had been unfair."
    )
    other = "The winner, swimmer Grace Okafor, trained for two years in the harbour."
    made = event_headline([None, None], [lead, other])
    assert made.startswith("A third rival swimmer traded angry words with Grace Okafor"), made
    assert object_named_in_full(
        "The board sided with Crane on Tuesday", ["Ann Crane spoke. The crane fell."]
    ) == ("The board sided with Crane on Tuesday")
