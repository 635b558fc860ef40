"""Transcript turns printed without quotation marks are their speakers' statements (#15)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes

INTERVIEW = """Halversen: The Harbour Plan Is Worth the Wait.

Governor Ingrid Halversen defended the harbour plan on Sunday in an interview with the radio \
host Nina Okafor, who pressed her on the delays.

Partial transcript:

NINA OKAFOR: The dredging was meant to start in March. Why has nothing happened?

HALVERSEN: I think the delay is worth it. The council said the first permits would arrive in \
June, and we will start the week they do.

OKAFOR: Do you believe the port can stay open while the work goes on?

HALVERSEN: Yes. I believe the ships will keep coming, because the channel stays open on the \
north side.

Okafor later said the governor had dodged the question of cost.
"""

# the host is named only by the labels: once in full, once by surname
UNNAMED_HOST = """Brandt: Rail Fares Will Not Rise This Year.

Transport minister Tobias Brandt spoke on a morning radio show about the rail budget.

LENA DUVAL: Will fares go up in the autumn?

BRANDT: No. Fares stay where they are until the end of the year.

DUVAL: And after that?

BRANDT: After that the board decides, as it always has.
"""


def _mentions(text: str):
    return extract_quotes(Article(id="t", text=text), get_spacy(Settings())(text))


def test_an_unquoted_turn_is_its_speakers_verbatim_statement():
    ms = _mentions(INTERVIEW)
    turns = [m for m in ms if m.form == "direct"]
    assert [(m.text[:22], m.speaker) for m in turns] == [
        ("The dredging was meant", "Nina Okafor"),
        ("I think the delay is w", "Ingrid Halversen"),
        ("Do you believe the por", "Nina Okafor"),
        ("Yes. I believe the shi", "Ingrid Halversen"),
    ]
    (second,) = [m for m in turns if m.text.startswith("I think")]
    assert second.text.endswith("the week they do.")  # the whole turn, to its paragraph's end
    assert INTERVIEW[second.speaker_span.start : second.speaker_span.end] == "HALVERSEN"
    assert second.cue is None and INTERVIEW[second.cue_span.start : second.cue_span.end] == ":"


def test_the_speakers_own_i_think_is_not_a_second_report_but_others_reports_stay():
    ms = _mentions(INTERVIEW)
    inside = [m for m in ms if m.form != "direct" and "Partial" in INTERVIEW[: m.start]]
    texts = [m.text for m in inside]
    assert not any(t.startswith(("the delay is worth", "the ships will keep")) for t in texts)
    # what the council said, and the host's later report, are reports of their own
    assert any(t.startswith("the first permits would arrive") for t in texts)
    assert any(m.speaker == "Nina Okafor" and m.text.startswith("the governor had") for m in inside)


def test_a_host_named_only_by_a_full_and_a_short_label_has_two_turns():
    ms = [m for m in _mentions(UNNAMED_HOST) if m.form == "direct"]
    assert [(m.text, m.speaker) for m in ms] == [
        ("Will fares go up in the autumn?", "Lena Duval"),
        ("No. Fares stay where they are until the end of the year.", "Tobias Brandt"),
        ("And after that?", "Lena Duval"),
        ("After that the board decides, as it always has.", "Tobias Brandt"),
    ]
