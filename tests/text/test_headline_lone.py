"""A lone article's made title reads as a headline (own prose, session 46): a claim keeps the
hedge its writer put on it, a keypad's option, a writer's "Maybe", a "Just because" clause, a
list's item or an auxiliary without its subject is no title, a quotation closed by the wrong
mark leaves no mark behind, and a cut never parts a verb of naming from what it names, a
verb of telling from what was told or a reported clause's subject from its verb.
"""

from __future__ import annotations

from newsweave.text.headline import event_headline, headline_from_sentence
from newsweave.text.headline_made import reads_as_headline


def test_a_hedged_claim_keeps_its_hedge() -> None:
    """The lead after a question tells the story with the writer's hedge on it; the title
    keeps the hedge, not the keypad's option told in the fourth paragraph."""
    text = (
        "NORDVIK (AP) — Need a moon mooring? The harbour board is ready to help — or so it says "
        "on April Fools' Day.\n\n"
        'A recorded message on its line begins: "To book a mooring on the moon, press 1." '
        'Press 2 "to speak with a lunar pilot," and 3 "for the tide tables of the Sea of '
        'Tranquillity."\n\n'
        "A duty officer of the board said the message was a joke."
    )
    made = event_headline([None], [text])
    assert made == "The harbour board is ready to help — or so it says on April Fools' Day"


def test_a_hedge_that_does_not_fit_leaves_the_claim_as_background() -> None:
    """Too long with its hedge, the claim is made alone (never with a dangling "— or so") and
    read as background: the next sentence tells what happened; a hedge that fits without
    its date keeps its own words."""
    made = headline_from_sentence(
        "The harbour board of the small fishing town of Nordvik is ready to sell the moon to "
        "anyone — or so it says on April Fools' Day."
    )
    assert "or so" not in made
    # the hedge's own words fit where its date does not
    made = headline_from_sentence(
        "The harbour board of Nordvik is ready to sell the moon — or so it says on April Fools' Day."
    )
    assert made == "The harbour board of Nordvik is ready to sell the moon — or so it says"
    hedged = headline_from_sentence("The board was ready to help, or so it claimed.")
    assert hedged == "The board was ready to help, or so it claimed"
    assert reads_as_headline(hedged)


def test_a_keypad_option_a_guess_and_a_request_are_no_headlines() -> None:
    assert not reads_as_headline('Press 2 "to speak with a lunar pilot"')
    assert not reads_as_headline("Maybe harbour boards sense that, because their jokes are tame")
    assert not reads_as_headline("Please check weekly to see the ferry's current berth")
    assert not reads_as_headline("Had tried to reach the harbour master by radio")
    # a subject with its auxiliary is a clause
    assert reads_as_headline("The ferry had tried to reach the harbour master by radio")
    assert reads_as_headline("Pressmen at the Nordvik Gazette have walked out over pay")


def test_a_just_because_clause_is_no_headline() -> None:
    assert not reads_as_headline("Just because some sailors think the moon is for sale…")
    assert reads_as_headline("Just after midnight the board issued an apology")


def test_a_list_item_is_no_lead() -> None:
    """A column's numbered points are the writer's verdicts, not the news: the title comes
    from the sentence after."""
    text = (
        "1) As a speech, it was excellent – clear, focused, calm.\n\n"
        "The harbour master's plan would rebuild the northern quay with money from the port fees."
    )
    assert event_headline([None], [text]).startswith("The harbour master's plan would rebuild")


def test_a_quotation_closed_by_a_single_mark_leaves_no_mark() -> None:
    text = (
        "Board member Ellen Brody defended the port's use of \"moon mooring' and lunar pilots, "
        "because that was the language the mayor used himself."
    )
    made = event_headline([None], [text])
    assert (
        made == "Board member Ellen Brody defended the port's use of moon mooring and lunar pilots"
    )
    # a plural's possessive inside a quotation keeps its mark
    kept = event_headline(
        [None],
        [
            'Harbour master Ellen Brody praised the "fishermens\' union" for its work, '
            "because it kept the fleet at sea."
        ],
    )
    assert "fishermens'" in kept


def test_a_cut_keeps_what_a_verb_of_naming_names() -> None:
    """Cut before "as", "crowned Nordvik" says nothing of what it was crowned."""
    made = headline_from_sentence(
        "The latest edition of the Harbour Index has crowned Nordvik as the best port of the "
        "north while the capital languishes down in 21st place."
    )
    assert not made.endswith("crowned Nordvik")
    made = headline_from_sentence(
        "The harbour council, which met on Monday, described the new ferry, which cost the town "
        'twice its budget, as a "floating shed."'
    )
    assert made.endswith('as a "floating shed"'), made


def test_a_cut_keeps_what_a_verb_of_telling_told() -> None:
    made = headline_from_sentence(
        "Sources told the Nordvik Gazette and then the radio on Tuesday night that the harbour "
        "master wrote down his account of the mayor's request in a memo."
    )
    assert made != "Sources told the Nordvik Gazette and then the radio"


def test_a_reported_clause_keeps_its_verb() -> None:
    """After "said", the noun phrase is the reported clause's subject: cut before its
    infinitive, the headline says the spokesman said a threat."""
    made = headline_from_sentence(
        "The harbour board's spokesman said Thursday that a rival port's threat to undercut "
        'Nordvik on fees is "extremely provocative and outrageous."'
    )
    assert made != "The harbour board's spokesman said a rival port's threat"
