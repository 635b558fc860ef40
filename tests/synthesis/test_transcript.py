"""Speakers the layout names: transcript turns and dash credits (#15)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes

TRANSCRIPT = """Whitfield: Bridge Will Open in the Spring.

Governor Dana Whitfield spoke to the radio host Omar Reyes about the bridge on Sunday. \
Reyes had invited the mayor, Tom Kessler, who declined to take part.

Partial transcript follows:

"REYES: Governor, the bridge has been closed for a month. When will it open?

"WHITFIELD: We expect the bridge to open in the spring. The engineers told me the \
repairs are on schedule.

"REYES: And what will it cost the city?

"WHITFIELD: I think the budget will hold. We have been careful with every dollar.
"""

CREDITS = """Readers on the ferry strike.

“The boats have not run for a week and my shop is empty.” ― Nadia Brennan
“I walk to work now, which is fine until it rains.”― Pieter Vos.
“The strike has cost the island more than the storm did.”—Lotte Marsh, owner of the harbour café
“A town holding its breath, and a ferry company that will not talk.”—The Island Weekly Review Desk
"""


def _mentions(text: str):
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def _chain(text: str, m) -> list[str]:
    return [text[s.start : s.end] for s in m.speaker_chain]


def test_each_turn_is_its_labels_speaker_resolved_to_the_full_name():
    ms = _mentions(TRANSCRIPT)
    turns = [m for m in ms if m.form == "direct" and m.text[:1].isupper() and ":" in m.text]
    by_label = {m.text.split(":")[0]: m for m in turns}
    assert set(by_label) == {"REYES", "WHITFIELD"}
    for m in turns:
        label = m.text.split(":")[0]
        assert m.speaker == {"REYES": "Omar Reyes", "WHITFIELD": "Dana Whitfield"}[label], m.text
        assert m.speaker_type == "PERSON"
    assert _chain(TRANSCRIPT, by_label["WHITFIELD"])[0] == "WHITFIELD"
    assert _chain(TRANSCRIPT, by_label["WHITFIELD"])[-1].endswith("Dana Whitfield")


def test_a_speaker_saying_i_in_a_turn_is_the_turns_speaker():
    ms = _mentions(TRANSCRIPT)
    (m,) = [m for m in ms if m.form == "indirect" and m.text.startswith("the budget will hold")]
    assert m.speaker == "Dana Whitfield"
    assert _chain(TRANSCRIPT, m)[:2] == ["I", "WHITFIELD"]


def test_a_dash_after_a_quote_credits_it():
    ms = [m for m in _mentions(CREDITS) if m.form == "direct"]
    assert [(m.text[:9], m.speaker) for m in ms] == [
        ("The boats", "Nadia Brennan"),
        ("I walk to", "Pieter Vos"),
        ("The strik", "Lotte Marsh"),
        ("A town ho", None),
    ]
