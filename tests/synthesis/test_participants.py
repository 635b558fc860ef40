"""Who took part in the event or tells it, and so is listed as no reaction (#15)."""

from __future__ import annotations

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article
from newsweave.synthesis.pipeline import Workspace, run


def _actors(text: str, title: str) -> set[str]:
    art = Article(id="x1", text=text, title=title)
    return {r.actor for r in run(Workspace([art]), ["reactions"]).reactions}


def test_the_dead_are_not_reacting():
    """Multi-News (mn-val-073, -229, -030): a founder who died of an overdose, a singer who
    died, a director who leapt from a bridge were listed as "speaking" on their own deaths:
    their words quoted are older than the news, and so is what they did (mn-val-096: an
    obituary's "he criticized the Warren Commission's report"). Those who mourn them react."""
    text = (
        "Nora Vale, the founder of the Quizly app, has died. She was 35.\n\n"
        "Police said officers found Vale dead in her apartment on Sunday.\n\n"
        "“We want to build the biggest game show on earth,” Vale said in an interview last "
        "year.\n\n"
        "In her book, Vale criticized the board's report for its errors.\n\n"
        "“She was the heart of this company,” said Quizly co-founder Tom Reyes."
    )
    actors = _actors(text, "Quizly founder Nora Vale dies at 35")
    assert "Tom Reyes" in actors
    assert "Nora Vale" not in actors, actors


def test_those_held_for_the_deed_are_not_reacting():
    """Multi-News (mn-val-027, -052, -156): the attackers "named as" two men, a mother
    charged with killing her children and the gunman police "identified as" a veteran were
    listed as speaking on the event: what they are quoted on is their own act. The neighbour
    who saw it reacts."""
    text = (
        "Police said two men attacked a bakery in Harwick on Saturday.\n\n"
        "The attackers were named on Monday as Rolf Dane and Emil Stark.\n\n"
        "“I want to be famous,” Dane said in a video.\n\n"
        "Ada Pike was charged with arson on Tuesday. Pike told the court she set the fire "
        "alone.\n\n"
        "In a second attack, police identified the gunman as army veteran Karl Bode. Bode "
        "told a friend that he was angry at the town.\n\n"
        "“It was terrifying,” said neighbour Lisa Moor."
    )
    actors = _actors(text, "Two men attack a bakery in Harwick")
    assert "Lisa Moor" in actors
    for name in ("Rolf Dane", "Ada Pike", "Karl Bode"):
        assert name not in actors, actors


def test_reporters_and_their_outlets_are_not_reacting():
    """Multi-News (mn-val-027, -052): a BBC correspondent's account ("…, the BBC's home
    affairs correspondent said") and a station whose reporter did the interview ("WANE
    reporter Brett Thomas") were listed as speaking: they tell the story. The official who
    answered reacts."""
    text = (
        "The city closed the Ferrum Bridge on Friday after cracks were found.\n\n"
        "Engineers had warned about the bridge for years, the Courier's transport "
        "correspondent Ian Holt said.\n\n"
        "The bridge would stay shut for a month, the Valley Courier said on its website. "
        "Valley Courier reporter Jo Park said the city had known about the cracks for "
        "weeks.\n\n"
        "“We had no choice,” said Mayor Rita Kahn."
    )
    actors = _actors(text, "City shuts Ferrum Bridge after cracks")
    assert "Rita Kahn" in actors
    for name in ("Ian Holt", "Jo Park", "Valley Courier"):
        assert name not in actors, actors


def test_held_beside_a_name_or_in_custody_and_a_task_is_no_charge():
    """Multi-News (mn-val-050): the suspect "DeAngelo Lamar Davis, 31", who "will remain in
    jail without bond", was listed as speaking on the shooting. A charging participle set
    beside a name and a stay in custody hold their subject for the deed; "charged with
    investigating" is a task, and its holder speaks."""
    text = (
        "A fire destroyed the Harwick mill on Friday.\n\n"
        "Rolf Dane, 31, charged in connection with the fire, told the court he was at home.\n\n"
        "Emil Stark will remain in jail without bond, the judge said. Stark said he was "
        "unemployed.\n\n"
        "Fire marshal Ida Brandt, charged with investigating the blaze, said the cause was "
        "clear.\n\n"
        "“It was terrifying,” said neighbour Lisa Moor."
    )
    actors = _actors(text, "Fire destroys Harwick mill")
    assert {"Lisa Moor", "Ida Brandt"} <= actors, actors
    assert not {"Rolf Dane", "Emil Stark"} & actors, actors


def test_a_shared_surname_names_the_one_the_entities_give_it_to():
    """Multi-News (mn-val-121): "Dunn was convicted" named the gunman, but his father
    Phillip Dunn shares the surname, and the gunman stayed listed as speaking. A surname
    alone names the one person the event's entities give it to as an alias; the father,
    named in full, still speaks."""
    text = (
        "Mark Tolland shot a man outside a bar in Harwick last year.\n\n"
        "Tolland was convicted on Saturday of attempted murder. “I was the victim,” Tolland "
        "said in a call from jail.\n\n"
        "His father, Peter Tolland, said the family would appeal. “We love him,” Peter Tolland "
        "said.\n\n"
        "Tolland shot the man after an argument over music, prosecutors said."
    )
    actors = _actors(text, "Tolland convicted of attempted murder")
    assert "Peter Tolland" in actors, actors
    assert "Mark Tolland" not in actors, actors
