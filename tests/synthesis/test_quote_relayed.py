"""An outlet's quoted sentence that reports another's words is listed as that other's report
(:mod:`newsweave.synthesis.quotes.relayed`); a person's account of what someone told them
stays the person's. Texts are our own prose in the shape of the Multi-News failure (233)."""

from __future__ import annotations

from newsweave.config import Settings
from newsweave.models import Article
from newsweave.nlp import get_spacy
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.relayed import relayed

_THESIS = "Ann Kessler, 61, has finished her thesis on harbour design.\n\n"


def _relays(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """Each direct quote's speaker, and the speaker, cue and words of the report it relays
    (None, None, "" when it relays none)."""
    doc = get_spacy(Settings())(text)
    out = []
    for m in extract_quotes(Article(id="t", text=text), doc):
        if m.form != "direct":
            continue
        r = relayed(m, doc)
        out.append((m.speaker, r.speaker, r.cue, r.text) if r else (m.speaker, None, None, ""))
    return out


def test_an_outlets_quote_of_anothers_explanation_is_the_others_report():
    # (233: “Stewart explains that he ‘wanted to make a point …’,” the National Post adds: was
    # listed as the Post's quote)
    [(outlet, speaker, cue, words)] = _relays(
        _THESIS + "“Kessler explains that she ‘wanted to make a point about colonial ports and "
        "‘the blind trust in old charts,’” the Harbour Post adds."
    )
    assert outlet is not None and "Harbour Post" in outlet
    assert (speaker, cue) == ("Ann Kessler", "explains")
    assert words.startswith("she ‘wanted to make a point") and words.endswith("old charts,’")


def test_a_persons_account_of_what_another_told_them_stays_theirs():
    [(_speaker, relayed_to, _cue, _words)] = _relays(
        _THESIS + "“Kessler told me she wanted to make a point about colonial ports,” her "
        "colleague Jim Ward said."
    )
    assert relayed_to is None
