"""Reactions: who a stance is filed under, and whose words show it."""

from __future__ import annotations

import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)
from newsweave.models import Article, Entity, Span
from newsweave.synthesis.actors import ActorNames, ActorRef
from newsweave.synthesis.pipeline import Workspace, run


def _by_actor(text: str, title: str) -> dict:
    art = Article(id="x1", text=text, title=title)
    return {r.actor: r for r in run(Workspace([art]), ["reactions"]).reactions}


def _entity(name: str, type_: str, mentions: int, role: str | None = None) -> Entity:
    spans = tuple(Span("a", 10 * k, 10 * k + 5) for k in range(mentions))
    return Entity(name=name, type=type_, aliases=(), articles=("a",), mentions=spans, role=role)


def test_a_product_taken_for_a_person_is_its_maker():
    """Multi-News (mn-val-142): the recogniser typed the tracker "Fitbit Charge HR" as a
    person, and "a claim Fitbit denies" listed the tracker as denying it. A "person" with no
    role whose name opens with the whole name of an organisation the event names more often
    is that organisation's product; people, and names of their own, stay themselves."""
    entities = [
        _entity("Pulsewell", "ORG", 12),
        _entity("Pulsewell Stride HR", "PERSON", 3),
        _entity("Pulsewell Inc", "ORG", 1),
        _entity("Marta Lind", "PERSON", 5),
        _entity("Lind", "ORG", 9),
        _entity("Lind Bakery", "ORG", 2),
    ]
    names = ActorNames(entities)
    assert names("Pulsewell Stride HR") == ActorRef("Pulsewell")
    assert names("Marta Lind") == ActorRef("Marta Lind")  # "Lind" closes her name, not opens it
    assert names("Lind Bakery") == ActorRef("Lind Bakery")  # an organisation is no product here


def test_a_reluctant_yes_or_a_part_of_a_group_is_no_welcome():
    """Multi-News (mn-val-112): "Several Senate Democrats appeared resigned to backing a
    revenue-free deal" was read as the Democrats welcoming the deal. Giving in is not
    welcoming, and some members of a group do not speak for it; a plain welcome still is one."""
    text = (
        "The council struck a deal on the harbour levy on Monday.\n\n"
        "Councillor Ada Marsh appeared resigned to backing the harbour levy deal.\n\n"
        "Several Greens welcomed the harbour levy deal on Monday.\n\n"
        "Mayor Ivo Brandt welcomed the harbour levy deal on Monday."
    )
    by_actor = _by_actor(text, "Council strikes harbour levy deal")
    assert by_actor["Ivo Brandt"].stance == "welcomes"
    for who in ("Ada Marsh", "Greens"):
        assert who not in by_actor or by_actor[who].stance != "welcomes", by_actor[who]


def test_a_head_of_state_is_named_only_for_a_stance_their_words_show():
    """Multi-News (mn-val-249): the Russian foreign ministry called the sanctions
    "unacceptable", and the rejection was listed as "Russia (Vladimir Putin)" because Putin
    had spoken on the event too, without a stance. A ministry's statement is its state's; the
    head of state is named when their own words show the stance."""
    text = (
        "Norway imposed sanctions on the shipping firm Kalmar Line on Monday.\n\n"
        "“The sanctions are unacceptable,” the Russian Foreign Ministry said in a statement.\n\n"
        "Russian President Oleg Varin said on Monday that he had read the sanctions list with "
        "his ministers."
    )
    by_actor = _by_actor(text, "Norway imposes sanctions on Kalmar Line")
    russia = [r for r in by_actor.values() if r.actor.startswith("Russia")]
    assert [r.stance for r in russia] == ["rejects"], by_actor
    assert russia[0].actor == "Russia" and not russia[0].speakers


def test_a_source_cited_for_a_fact_is_not_speaking_on_the_event():
    """Multi-News (mn-val-049): "according to the Canadian Encyclopedia" listed the
    encyclopedia among those speaking on the event. A source a writer cites for a fact relays
    it, as an outlet that "reported" it does; someone who said something still speaks."""
    text = (
        "The town council voted on Monday to close the Kent Road baths.\n\n"
        "The baths were built in 1931 by a local brewer, according to the Marlow Gazette.\n\n"
        "Councillor Ben Hale said the council would hold an open day at the baths in October."
    )
    by_actor = _by_actor(text, "Council votes to close Kent Road baths")
    assert "Ben Hale" in by_actor
    assert "Marlow Gazette" not in by_actor, by_actor


def test_an_old_act_a_relayed_account_and_a_quoted_bit_are_not_reactions():
    """Multi-News: "Poole, then 28, denied the allegations" (mn-val-136) is a denial as old
    as its apposition; "Poole denied the allegations, according to the report" is the
    report's account; "“Here's the deal: Akhmetshin denies any ties …, so you know it must
    be true”" (mn-val-137) is a comedian's bit, his account of Akhmetshin. None is the
    actor's reaction to the news; the harbor master's own rejection is."""
    text = (
        "The harbor council on Tuesday approved the ferry plan for the northern islands.\n\n"
        "Councillor Nils Berg, then 34, rejected the ferry plan when it was first drafted.\n\n"
        "Mayor Lena Voss rejected the ferry plan, according to the minutes.\n\n"
        "“Of course the ferry is slow,” comedian Ida Sol added. “Here is the deal: Olaf Strand "
        "denies any ties to the ferry plan, so you know it must be true.”\n\n"
        "Harbor master Karl Ek rejected the ferry plan on Tuesday."
    )
    by_actor = _by_actor(text, "Harbor council approves the ferry plan")
    assert by_actor["Karl Ek"].stance == "rejects"
    for name in ("Nils Berg", "Lena Voss", "Olaf Strand"):
        assert name not in by_actor or by_actor[name].stance == "neutral", by_actor[name]


def test_an_outlet_telling_its_own_reporting_is_not_speaking_on_the_event():
    """Multi-News: "…, the Guardian has learned" and "The Guardian has confirmed that …"
    (mn-val-191), "…,” notes the Irish Times" (mn-val-088) listed the outlet among those
    speaking on the event: an outlet telling what it found is the story's source. An outlet
    the headline names is a party to the story and still speaks."""
    text = (
        "The families of six miners filed a lawsuit against the Dunmore Coal Company on "
        "Friday, the Harbor Herald has learned.\n\n"
        "The Harbor Herald has confirmed that the suit names two of the mine's managers.\n\n"
        "Union leader Rosa Tam said the families wanted answers about the flooding."
    )
    by_actor = _by_actor(text, "Miners' families sue Dunmore Coal Company")
    assert "Rosa Tam" in by_actor
    assert "Harbor Herald" not in by_actor, by_actor
    party = (
        "The mayor of Dunmore filed a lawsuit against the Valley Tribune on Friday over a "
        "story about the town's water.\n\n"
        "The Valley Tribune said it stood by its reporting and would fight the suit."
    )
    assert "Valley Tribune" in _by_actor(party, "Dunmore mayor sues the Valley Tribune")


def test_a_name_shortened_after_it_was_given_in_full_is_one_actor():
    """Multi-News: "Iowa State Patrol" and "State Patrol" (mn-val-234), "Ford O’Connell" and
    "O’Connell" (mn-val-238) were listed as two actors speaking. A shortened name that
    could be either of two people (two of one family) stays apart."""
    text = (
        "Two climbers' bodies were found on a glacier below the peak on Sunday.\n\n"
        "“It closes a long wait,” said the Valais State Patrol. “We will bring them down on "
        "Monday,” the State Patrol said.\n\n"
        "“We saw something dark in the ice,” said Mara Quist. “It was them,” said Jon Quist.\n\n"
        "“We knew at once,” Quist said."
    )
    by_actor = _by_actor(text, "Bodies of two climbers found on glacier")
    assert "State Patrol" not in by_actor, by_actor
    assert len(by_actor["Valais State Patrol"].quotes) == 2
    assert {"Mara Quist", "Jon Quist"} <= set(by_actor)


def test_a_relative_clause_telling_who_an_actor_is_is_no_reaction():
    """Multi-News (mn-val-182, -167): "…Reform, which opposes the state's tough immigration
    laws" and "Democrats, who uniformly oppose the legislation" were read as reactions. A
    present-tense relative clause tells a standing position, a stance on the news only when
    it is aimed at what the headline names ("Rand Paul, who opposes the deal", mn-val-146)."""
    text = (
        "The council approved the harbour deal on Monday.\n\n"
        "Senator Jo Park, who opposes the deal, said she would ask for a recount.\n\n"
        "“Jobs will follow,” said Sam Ode, a spokesman for Port Watch, which opposes the "
        "city's parking law."
    )
    by_actor = _by_actor(text, "Council approves harbour deal")
    assert by_actor["Jo Park"].stance == "rejects"
    stances = {a: r.stance for a, r in by_actor.items() if a != "Jo Park"}
    assert set(stances.values()) <= {"neutral"}, stances


def test_a_stance_said_repeatedly_before_is_no_answer_to_the_news():
    """Multi-News (mn-val-249): the Russian ministry's “Washington has been repeatedly assured
    that it is unacceptable … to talk with our country in such a way” (about sanctions) read
    as Russia rejecting the annexation vote. Words hung under a habitual or earlier verb tell
    a standing position; the same words said now are a stance, and a condition said now
    (mn-val-146's "as long as") is one."""
    text = (
        "The council approved the harbour deal on Monday.\n\n"
        "“The town has been repeatedly told that this is unacceptable,” said Ada Marsh.\n\n"
        "“The harbour deal is unacceptable,” said Jo Park.\n\n"
        "“We will keep the harbour deal as long as the fees stay low,” said Ivo Brandt."
    )
    by_actor = _by_actor(text, "Council approves harbour deal")
    assert by_actor["Ada Marsh"].stance == "neutral"
    assert by_actor["Jo Park"].stance == "rejects"
    # the "long" of "as long as" is the condition's word, no habit of the verb it hangs on
    assert by_actor["Ivo Brandt"].stance == "conditional"
