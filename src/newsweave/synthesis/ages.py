"""Ages of one named person that two independent sources give differently.

News gives a person's age beside the name ("Salah Ali, 70, the infant's grandfather"; "the
77-year-old Salah Ali"). One person has one age: two outlets writing different ages for the
same full name cannot both be right, and unlike a count an age does not grow between reports
of one event (bar a birthday, which the note allows when the ages are a year apart). Only a
full name (two words or more) identifies the person: two relatives share a surname ("Jonathan
Stoffel, 33" and "Erin Stoffel, 32"). A sentence naming a year may give an age at that time
("In 1998, Smith, 22, won ..."), so it gives none here; an age inside a quotation is the
speaker's account.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Claim, Contradiction, Sentence
from newsweave.synthesis.counted import each_sentence
from newsweave.synthesis.pipeline import Workspace
from newsweave.text.lexicons import in_ranges
from newsweave.text.names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The ages a person's age can be; a number past them beside a name is something else.
MIN_AGE, MAX_AGE = 1, 120
# A name of fewer words may be a surname that relatives share.
MIN_NAME_WORDS = 2

# A year in a sentence may date the age it gives to that year ("In 1998, Smith, 22, won").
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


@dataclass(frozen=True, slots=True)
class Age:
    """A person's age as one sentence gives it: "Salah Ali, 70" is 70 of "salah ali"."""

    sentence: int  # index into the workspace's sentences
    person: str  # the full name, folded
    value: int
    words: str  # the name with its age, as written


def _person(tok: Token) -> Span | None:
    """The full name (a PERSON entity of enough words) the token ``tok`` belongs to."""
    if tok.ent_type_ != "PERSON":
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or len(ent.text.split()) < MIN_NAME_WORDS:
        return None
    return ent


def _age_of(tok: Token) -> Token | None:
    """The number of an age given to the name ``tok`` heads: "70" in "Salah Ali, 70," (an
    apposition of the name) or in "70-year-old Salah Ali" (a modifier of the name)."""
    for c in tok.children:
        if c.dep_ == "appos" and c.text.isdigit():
            return c
        if c.lower_ == "old" and c.dep_ == "amod":
            year = next((y for y in c.children if y.lemma_.lower() == "year"), None)
            num = next((n for n in year.children if n.dep_ == "nummod"), None) if year else None
            if num is not None and num.text.isdigit():
                return num
    return None


def sentence_ages(
    doc: Doc, text: str, quoted: list[tuple[int, int]], k: int, sent: Sentence
) -> list[Age]:
    """The ages of fully named people in one sentence (``k``, of the article whose ``text``,
    parse and quotations ``quoted`` are given)."""
    if _YEAR.search(sent.text):
        return []
    span = doc.char_span(sent.start, sent.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Age] = []
    for name in span:
        num = _age_of(name)
        if num is None or in_ranges(num.idx, quoted):
            continue
        person = _person(name)
        value = int(num.text)
        if person is None or not MIN_AGE <= value <= MAX_AGE:
            continue
        first, last = min(num.i, person.start), max(num.i, person.end - 1)
        words = text[doc[first].idx : doc[last].idx + len(doc[last].text)]
        out.append(Age(k, fold(person.text), value, words))
    return out


def age_conflicts(
    ws: Workspace, origin: dict[str, str], outlet: dict[str, str]
) -> list[Contradiction]:
    """Pairs of independent statements giving one named person different ages; ``origin``
    and ``outlet`` name each article's origin and how the page names it."""
    sents = ws.sentences or []
    ages = [
        a for s in each_sentence(ws) for a in sentence_ages(s.doc, s.text, s.quoted, s.k, s.sent)
    ]
    # the ages each article itself gives each person: one giving both is at odds with itself
    given: dict[tuple[str, str], set[int]] = {}
    for a in ages:
        given.setdefault((sents[a.sentence].article, a.person), set()).add(a.value)
    out: list[Contradiction] = []
    seen: set[tuple[str, str, str]] = set()
    for i, x in enumerate(ages):
        for y in ages[i + 1 :]:
            sx, sy = sents[x.sentence], sents[y.sentence]
            if x.person != y.person or x.value == y.value:
                continue
            if origin.get(sx.article, sx.article) == origin.get(sy.article, sy.article):
                continue
            pair = (sx.article, sy.article, x.person)
            if pair in seen:
                continue  # one disagreement per two articles and one person
            seen.add(pair)
            birthday = ", or a birthday between reports" if abs(x.value - y.value) == 1 else ""
            both = [
                outlet[art]
                for art in (sx.article, sy.article)
                if {x.value, y.value} <= given[(art, x.person)]
            ]
            why = (
                f"{both[0]} gives both ages itself, so at least one of its statements is wrong"
                if both
                else f"one source has it wrong{birthday}"
            )
            note = (
                f"Ages differ: {outlet[sx.article]} says “{x.words}”, {outlet[sy.article]} says "
                f"“{y.words}”: one person given two ages, so both cannot hold as stated ({why})."
            )
            claims = (
                Claim(sx.article, sx.text, (sx.span,)),
                Claim(sy.article, sy.text, (sy.span,)),
            )
            out.append(Contradiction("number", note, claims))
    return out


__all__ = ["MAX_AGE", "MIN_AGE", "Age", "age_conflicts", "sentence_ages"]
