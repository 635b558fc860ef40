"""Ages of one named person that two independent sources give differently.

News gives a person's age beside the name ("Salah Ali, 70, the infant's grandfather"; "the
77-year-old Salah Ali"). One person has one age: two outlets writing different ages for the
same full name cannot both be right, and unlike a count an age does not grow between reports
of one event (bar a birthday, which the note allows when the ages are a year apart). Only a
full name (two words or more) identifies the person: two relatives share a surname ("Jonathan
Stoffel, 33" and "Erin Stoffel, 32"). One person's name may come with or without a middle name
("Kevin Johnson" in a police statement, "Kevin Deon Johnson" in court records): the same first
and last name, the shorter name's middle words among the longer's, name one person. A sentence
naming a year may give an age at that time ("In 1998, Smith, 22, won ..."), so it gives none
here; an age inside a quotation is the speaker's account.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Claim, Contradiction, Sentence
from newsweave.nlp import entity_at
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
    ent = entity_at(tok)
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


def _same_person(a: str, b: str) -> bool:
    """Whether two folded full names name one person: equal, or the same first and last name
    with the shorter's middle words (none, or an initial) among the longer's, in order
    ("kevin johnson" / "kevin deon johnson"); "kevin johnson jr" ends in another word."""
    wa, wb = sorted((a.split(), b.split()), key=len)
    if wa[0] != wb[0] or wa[-1] != wb[-1]:
        return False
    rest = iter(wb[1:-1])
    return all(any(_same_word(w, o) for o in rest) for w in wa[1:-1])


def _same_word(short: str, long: str) -> bool:
    """A middle word and its match: the same word, or its initial ("d." / "d" of "deon")."""
    return short == long or (len(short.rstrip(".")) == 1 and long.startswith(short.rstrip(".")))


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
    """Independent statements giving one named person different ages; ``origin`` and
    ``outlet`` name each article's origin and how the page names it. One statement that
    several outlets agreeing with each other contradict is one disagreement, not one per
    outlet (three say "Kevin Johnson, 25", court records "Kevin Deon Johnson, 24")."""
    sents = ws.sentences or []
    ages = [
        a for s in each_sentence(ws) for a in sentence_ages(s.doc, s.text, s.quoted, s.k, s.sent)
    ]
    pairs: list[tuple[Age, Age]] = []
    seen: set[tuple[str, str, str]] = set()
    for i, x in enumerate(ages):
        for y in ages[i + 1 :]:
            sx, sy = sents[x.sentence], sents[y.sentence]
            if x.value == y.value or not _same_person(x.person, y.person):
                continue
            if origin.get(sx.article, sx.article) == origin.get(sy.article, sy.article):
                continue
            names = x.person.split()
            pair = (sx.article, sy.article, f"{names[0]} {names[-1]}")
            if pair in seen:
                continue  # one disagreement per two articles and one person
            seen.add(pair)
            pairs.append((x, y))
    # each pair's lone statement: the side that more pairs share against the same age
    sides = Counter((a, b.value) for x, y in pairs for a, b in ((x, y), (y, x)))
    groups: dict[tuple[Age, int], list[Age]] = {}
    for x, y in pairs:
        lone, other = (y, x) if sides[(y, x.value)] > sides[(x, y.value)] else (x, y)
        groups.setdefault((lone, other.value), []).append(other)
    return [_disagreement(ws, ages, lone, others, outlet) for (lone, _), others in groups.items()]


def _disagreement(
    ws: Workspace, ages: list[Age], lone: Age, others: list[Age], outlet: dict[str, str]
) -> Contradiction:
    """The note for one statement (``lone``) and the statements of one other age against it."""
    sents = ws.sentences or []

    def given(article: str) -> set[int]:
        """The ages the article itself gives the person: one giving both is at odds with itself."""
        return {
            a.value
            for a in ages
            if sents[a.sentence].article == article and _same_person(a.person, lone.person)
        }

    values = {lone.value, others[0].value}
    arts = [sents[a.sentence].article for a in (lone, *others)]
    both = [outlet[art] for art in arts if values <= given(art)]
    birthday = ", or a birthday between reports" if abs(lone.value - others[0].value) == 1 else ""
    why = (
        f"{both[0]} gives both ages itself, so at least one of its statements is wrong"
        if both
        else f"one source has it wrong{birthday}"
    )
    names = [outlet[art] for art in arts[1:]]
    said = (
        f"{outlet[arts[0]]} says “{lone.words}”",
        f"{_listed(names)} {'says' if len(names) == 1 else 'say'} “{others[0].words}”",
    )
    first, second = said if lone.sentence < others[0].sentence else said[::-1]
    note = (
        f"Ages differ: {first}, {second}: one person given two ages, so both cannot hold as "
        f"stated ({why})."
    )
    cited = sorted((lone, *others), key=lambda a: a.sentence)
    claims = tuple(Claim(s.article, s.text, (s.span,)) for s in (sents[a.sentence] for a in cited))
    return Contradiction("number", note, claims)


def _listed(names: list[str]) -> str:
    """Names as prose: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


__all__ = ["MAX_AGE", "MIN_AGE", "Age", "age_conflicts", "sentence_ages"]
