"""Facts and one-outlet details without the writer's asides and verdicts, and a sentence
listed once (own prose in the shape of Multi-News 033, 177, 220 and 142)."""

from __future__ import annotations

from newsweave.models import Article, Event
from newsweave.synthesis.weave import weave

_FIND = (
    "Scientists at the Ormond museum identified the jaw as belonging to a giant lizard, a "
    "member of the monitor family"
)
_PLACE = "The jaw was dug out of a clay pit near Ormond in 1998 by a team from the museum."


def _event(*texts: str) -> Event:
    arts = [Article(id=f"jaw{i}", text=f"{t}\n\n{_PLACE}") for i, t in enumerate(texts)]
    (ev,) = weave(arts).events
    return ev


def test_a_facts_trailing_aside_to_the_reader_is_struck() -> None:
    """Multi-News 033: "… related to Brachiosaurus, a member of the sauropod family — you
    know, the dinosaurs with the long necks and tails." was a fact three outlets back. Own
    prose: the claim stays a fact, without the writer's aside."""
    ev = _event(
        f"{_FIND} — you know, the lizards with the forked tongues.",
        f"{_FIND}, which have forked tongues.",
        f"{_FIND}, the lizards with the forked tongues.",
    )
    found = [f.text for f in ev.facts if "monitor family" in f.text]
    assert found, [f.text for f in ev.facts]
    assert not any("you know" in t for t in found), found
    assert not any("you know" in u.text for u in ev.unique), [u.text for u in ev.unique]


def test_a_writers_verdict_is_no_fact_nor_detail() -> None:
    """Multi-News 033 and 220: "The largest dinosaur foot ever found … surely deserves the
    title "Bigfoot" more than Sasquatch.", "This will surely result in much wailing and
    gnashing of teeth in Washington." were facts. Own prose: the writer's verdict, however many
    outlets repeat it, is neither a fact nor an outlet's detail; a plain wording of the same
    claim is the fact."""
    verdict = (
        "The jaw from the clay pit near Ormond, the largest lizard jaw ever found in the county, "
        "surely deserves a place in the national museum."
    )
    plain = (
        "The jaw from the clay pit near Ormond, the largest lizard jaw ever found in the county, "
        "deserves a place in the national museum, its curator Ida Stone said."
    )
    ev = _event(verdict, plain)
    shown = [f.text for f in ev.facts] + [u.text for u in ev.unique]
    assert not any("surely" in t for t in shown), shown
    assert any("Ida Stone" in f.text for f in ev.facts), [f.text for f in ev.facts]

    ev = _event(verdict, verdict)
    shown = [f.text for f in ev.facts] + [u.text for u in ev.unique]
    assert not any("surely" in t for t in shown), shown


def test_a_detail_in_the_writers_voice_is_not_listed() -> None:
    """Multi-News 177 and 213: "Obama's shifting fortunes, of course, come as …", "The girl,
    of course, chooses the musician (sigh)." were details. Own prose: the outlet's own report
    stays a detail, the writer's aside does not."""
    ev = _event(
        f"{_FIND}.\n\nIda Stone, the museum's curator, will of course take the jaw to the lizard "
        "conference in Lisbon in May.\n\n"
        "The museum paid the owners of the clay pit 12,000 crowns for the jaw in March.",
        f"{_FIND}, the museum said on Tuesday.",
    )
    details = [u.text for u in ev.unique if u.article == "jaw0"]
    assert any("12,000 crowns" in t for t in details), details
    assert not any("of course" in t for t in details), details


def test_a_sentence_is_listed_once_not_also_by_its_main_clause() -> None:
    """Multi-News 142 and 19 other reports: "While performing these activities, each subject
    wore a Fitbit heart rate device on different wrists." and the same sentence whole ("…,
    which were measured against a time-synchronized ECG …") were two details. Own prose: the
    split sentence is listed once, whole, not by its main clause alone."""
    split = (
        "Ida Stone, the museum's curator, flew to Lisbon with a cast of the giant lizard jaw in "
        "May, while a second cast of the jaw went to the lizard experts at the university in "
        "Bergen."
    )
    ev = _event(f"{_FIND}.\n\n{split}", f"{_FIND}, the museum said on Tuesday.")
    details = [u.text for u in ev.unique if u.article == "jaw0"]
    listed = [t for t in details if "flew to Lisbon" in t]
    assert len(listed) == 1 and listed[0].endswith("in Bergen."), details


def test_the_writers_aside_is_read_outside_quotations_only() -> None:
    """Own prose: a speaker's "you know" and "of course" are theirs; the writer's are not a
    report. A trailing aside is struck to the sentence's end, a quoted one stays."""
    from newsweave.synthesis.statements import struck_aside, writer_aside

    assert writer_aside("The jaw, of course, goes on show in the spring.")
    assert not writer_aside("“Of course we will show it,” the curator Ida Stone said.")
    assert struck_aside("It is a monitor — you know, the lizards with forked tongues.") == (
        "It is a monitor."
    )
    quoted = "“It is a monitor — you know, the ones with forked tongues,” Ida Stone said."
    assert struck_aside(quoted) == quoted
