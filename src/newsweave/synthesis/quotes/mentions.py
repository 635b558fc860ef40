"""Name mentions in a parsed article: the name itself, its title, the roles written around it.

A mention's name comes without a leading article, honorific or office (:func:`bare_name`:
"the President Trump's" and "Trump" compare equal), and a common noun that only looks like
a name is none (:func:`common_noun_mention`: "Historians had long wondered…" is historians,
"Reports on Monday said…" and "the Sheriff's Office" alone name no one); its honorific
(:func:`title_of`) and the roles the article gives it before, beside or above it ("French President", "director of …",
"his father") tell namesakes apart, and :func:`find_namesakes` gathers every full-name mention
by surname. :mod:`.attribution` builds its per-article index from these.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS, doc_cache, doc_ents, doc_text
from newsweave.synthesis.quotes.fellows import fellow_of, mutual_words, shared_role
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import (
    FAMILY_NOUNS,
    GENDERED_WORDS,
    HEAD_TITLES,
    INSTITUTION_HEADS,
    MIN_NAME_WORDS_AFTER_OFFICE,
    NAME_TITLES,
    PARTY_NOUNS,
    PERSON_GROUP_NOUNS,
    PLACE_HEADS,
    ROLE_ABBREVIATIONS,
    TITLE_NOUNS,
    Gender,
    Namesake,
    Namesakes,
    body_name,
    honorific,
    is_title,
    name_bounds,
    name_gender,
    office_end,
    person_noun,
    pick_namesake,
    saint_name,
    title_gender,
)
from newsweave.text.dates import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

PERSON_PRONOUNS = frozenset({"he", "she"})
# Clauses hung on a role noun, which tell what the person did, not what they are.
CLAUSE_DEPS = frozenset({"relcl", "acl"})
# A middle name written as initials: "M.", "W.", "H.W." (a dotless "W" too, as in "George W Bush").
MIDDLE_INITIALS = re.compile(r"(?:[A-Z]\.?){1,2}")
# An owner's mark inside a role ("the attorney's associate", "the Smiths' lawyer"): the words
# before it say whose the role is, not what it is.
OWNER_MARK = re.compile(r"(?:['’]s|s['’])(?=\s|$)")
# What ends a sentence before a word whose capital is then its place's, not a name's
# ("…in Homs. Reports on Monday said…", "Update: Authorities identified…").
SENTENCE_ENDS = frozenset({".", "!", "?", ":", "–", "—"})
# Marks that may open a sentence ("“Historians had…"); one also closes a quote, so it opens
# a sentence only where a sentence could start before it.
OPENING_MARKS = frozenset({'"', "“", "‘", "'", "(", "["})
# Nouns that open a picture's caption ("Graphic shows country-by-country…", "Photo shows…"):
# a thing that shows, capitalised by its place, never a name.
CAPTION_NOUNS = frozenset({"graphic", "photo", "picture", "image", "chart", "map", "illustration"})
# Words that carry an office on past "in" to the name the parser hangs there ("Editor in Chief
# Frank Newport", "Special Agent in Charge Eric Birnbaum").
OFFICE_TAILS = frozenset({"chief", "charge"})
# Words joining an organisation's head word to what it serves or belongs to: the head word is
# the one before them ("Transport for London", "Syrian Observatory for Human Rights").
ORG_LINKS = frozenset({"of", "for"})
# Share of the names a word heads or opens that must be one name for the word to stand for it:
# the NER's odd span ("Both the Community of Christ") leaves the word its organisation, two
# departments of a government ("Department of Justice", "Department of State") leave it none.
ORG_FORM_SHARE = 0.75
# What the NER may type a person's name it does not know ("Amber Pasztor": ORG); as a verb's
# subject (:data:`~newsweave.nlp.tags.SUBJECT_DEPS`) such a name acts as a person.
UNTYPED_OR_ORG = frozenset(["", "ORG"])


def bare_name(span: SpacySpan | list[Token]) -> str:
    """The name in ``span`` without a leading article, honorific or office, or trailing
    punctuation or 's, nor the cue verb, "&" or date word a mention may run into
    (:func:`~.speakers.name_bounds`).

    Mentions of one person then compare equal ("the President Trump's" / "Trump").
    """
    toks = list(span)
    # a name never runs across a paragraph break: what comes before one is another line's
    # ("Advertisement \n\n Persky's supporters", a parse run over a page's furniture)
    breaks = [k for k, t in enumerate(toks) if "\n" in t.text]
    if breaks:
        toks = toks[breaks[-1] + 1 :]
    while toks and (
        toks[0].lower_ in ("the", "a", "an")
        or toks[0].is_punct
        or toks[0].is_space
        or (len(toks) > 1 and toks[0].lower_ in NAME_TITLES)
    ):
        toks = toks[1:]
    # the place of an office written before the name ("Mayor of London Sadiq Khan", "the
    # Governor of Texas Greg Abbott"): the run of names starts after "of"
    doc = toks[0].doc if toks else None
    i = toks[0].i if toks else 0
    if doc is not None and i >= 2 and doc[i - 1].lower_ == "of" and is_title(doc[i - 2].text):
        while len(toks) > 2 and toks[0].ent_type_ == "GPE":
            toks = toks[1:]
    # what a name owns is no part of it: the recogniser may run a PERSON over the noun after
    # a possessive ("Obama’s re-election"), words without a capital
    # (not a description's own possessive: "the board's spokeswoman")
    owner = next((k for k, t in enumerate(toks) if t.tag_ == "POS"), None)
    owned = toks[owner + 1 :] if owner is not None else []
    if owned and all(t.ent_type_ == "PERSON" and not t.text[:1].isupper() for t in owned):
        toks = toks[:owner]
    while toks and (
        toks[-1].is_punct or toks[-1].is_space or toks[-1].lower_ in ("'s", "’s", "'", "’")
    ):
        toks = toks[:-1]
    lo, hi = name_bounds([t.text for t in toks])
    toks = toks[lo:hi]
    if len(toks) == 1:
        common = common_noun_mention(toks[0])
        if common is not None:
            return common
    # an office before a person's name: "Ways and Means Committee Chairman Dave Camp", or
    # "London Mayor Sadiq Khan" where the recogniser typed only the surname a person's (a
    # given name and a surname: a longer rest may open with more of the office, "Chief
    # Executive Mark Zuckerberg", that no list of titles holds)
    start = office_end([t.text for t in toks], 1)
    rest = toks[start:]
    if start and (
        all(t.ent_type_ == "PERSON" for t in rest)
        or (len(rest) == 2 and rest[-1].ent_type_ == "PERSON" and rest[0].pos_ == "PROPN")
    ):
        toks = rest
    if not toks:
        return ""
    doc = toks[0].doc
    return doc_text(doc)[toks[0].idx : toks[-1].idx + len(toks[-1].text)]


def common_noun_mention(tok: Token) -> str | None:
    """What a one-word capitalised mention is when it is a common noun, not a name (None when
    it may be a name).

    A word that heads an institution's name (:data:`INSTITUTION_HEADS`: "Department", "the
    Sheriff's Office" cut after the possessive) is a name cut short: it names no one (""). A
    plural capitalised only by its place at a sentence or line start is, when it is a noun
    for people (:func:`~.speakers.person_noun`), an unnamed group in lower case ("Historians
    had long wondered…": "historians"); else, when the article writes it in lower case too
    ("Reports on Monday said…"), it is things and no one (""). A singular may be a name
    ("Eater reported…", "Star reports…") and stays one, unless the recogniser typed it nothing
    and the article writes it in lower case too ("Research suggests…": no one) or it is a
    noun for people ("Witness Says…" in a headline: a witness, unnamed, in lower case) or a
    caption's ("Graphic shows…": no one); so do
    a word the article also capitalises where no sentence starts, as it is or in the singular
    ("the Giants", "Canadian officials", "Small said" of Mayor Marty Small), a title
    ("Senator"), a party ("Republicans") and a person's name.
    """
    word = tok.text
    if not (word[:1].isupper() and word[1:].islower()) or tok.ent_type_ == "PERSON":
        return None
    if is_title(word):
        return None  # a title, "Senator" (a role written before a name is one)
    low = word.lower()
    singular = singular_noun(low)
    if low in PARTY_NOUNS or singular in PARTY_NOUNS:
        return None
    if low in INSTITUTION_HEADS or singular in INSTITUTION_HEADS:
        return ""
    if not capital_of_place(tok):
        return None
    capitalised, lower = _word_cases(tok.doc)
    if low in capitalised or singular in capitalised:
        return None  # ("the Giants"; "Canadian officials" when "Canadians" opens a sentence)
    if singular == low:
        if tok.ent_type_ or not (low in lower or low in PERSON_GROUP_NOUNS | CAPTION_NOUNS):
            return None  # (a singular may be a name: "Eater reported…", "Star reports…")
        return low if person_noun(low) else ""
    if person_noun(singular):
        return low
    return "" if low in lower else None


def office_holder(tok: Token) -> Token | None:
    """The name an office subject runs on to past "in" (:data:`OFFICE_TAILS`): the parser makes
    "Editor" the subject of "Gallup Editor in Chief Frank Newport said", and Newport speaks."""
    doc = tok.doc
    for c in tok.children:
        if c.lower_ == "in" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in OFFICE_TAILS:
            return next((g for g in c.children if g.ent_type_ == "PERSON"), None)
    return None


def indefinite_mention(tok: Token) -> bool:
    """A capitalised word an indefinite article describes ("an MP claimed…"): a role, not a
    name; unless the article names a person by it elsewhere ("a dynamic Greenberg said", the
    parser's article on a surname)."""
    if not any(c.lower_ in ("a", "an") for c in tok.children):
        return False
    return not any(e.label_ == "PERSON" and tok.text in e.text.split() for e in doc_ents(tok.doc))


def _word_cases(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The words (lower-cased) the article capitalises where no sentence or line starts, and
    the words it writes in lower case; gathered once per Doc."""
    memo = doc_cache(doc)
    if "word_cases" not in memo:
        capitalised = frozenset(
            t.lower_ for t in doc if t.text[:1].isupper() and not capital_of_place(t)
        )
        lower = frozenset(t.text for t in doc if t.text[:1].islower())
        memo["word_cases"] = (capitalised, lower)
    return memo["word_cases"]  # type: ignore[return-value]


def singular_noun(low: str) -> str:
    """A plural's singular, near enough to look it up ("authorities" → "authority",
    "prosecutors" → "prosecutor"); a singular noun as it is."""
    if low.endswith("ies") and len(low) > len("ies") + 1:
        return low[: -len("ies")] + "y"
    if low.endswith("s") and not low.endswith("ss"):
        return low[:-1]
    return low


def capital_of_place(tok: Token) -> bool:
    """The word stands where a sentence or a line starts, so its capital says nothing."""
    i = tok.i
    if i > 0 and tok.doc[i - 1].text in OPENING_MARKS:
        i -= 1
    if i == 0 or tok.doc[i].is_sent_start:
        return True
    prev = tok.doc[i - 1]
    return "\n" in prev.text or prev.text in SENTENCE_ENDS


def role_before(ent: SpacySpan) -> str | None:
    """``French President`` in ``French President Emmanuel Macron``."""
    doc = ent.doc
    i = ent.start - 1
    first = None
    while i >= 0:
        t = doc[i]
        if (
            t.dep_ in ("compound", "amod", "nmod")
            and t.pos_ in ("PROPN", "NOUN", "ADJ")
            and (
                ent.start <= t.head.i < ent.end
                or (first is not None and t.head.i < ent.start)
                or t.head.i < ent.end
            )
        ):
            if t.ent_type_ in ("PERSON",) and not (ent.start <= t.i < ent.end):
                break
            first = i
            i -= 1
            continue
        if t.text == "." or (t.text in ("-", "–") and first is not None):
            i -= 1
            continue
        break
    if first is None:
        return None
    toks = doc[first : ent.start]
    if not any(
        (t.pos_ in ("NOUN", "PROPN") and t.lower_ in TITLE_NOUNS | HEAD_TITLES) or t.pos_ == "NOUN"
        for t in toks
    ):
        return None
    return bare_name(toks) or None


def owned_role(role: str) -> str:
    """A role past the owner named before it: "the attorney's associate" is an associate, not
    an attorney (a later "the attorney said" is not about her), "the president's lawyer" no
    president."""
    return OWNER_MARK.split(role)[-1]


def role_owner(role: str) -> str:
    """Whose a role is, as the role says before its owner's mark ("the attorney's" in "the
    attorney's associate"); empty for a role of no owner."""
    return role[: len(role) - len(owned_role(role))]


def role_appos(ent: SpacySpan) -> str | None:
    """``George Beebe, director of grand strategy at the Quincy Institute, said``; an age set
    beside a name ("Cuong Vann, 41,") is no role, nor words past a line break the parser ran
    on to ("Charisse Stinson, 21, charged\n\nBody of missing boy, 2, found": headings)."""
    root = ent.root
    doc = ent.doc
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.lower_ not in PERSON_PRONOUNS:
            # (without a clause hung on the role: "L. Lin Wood, an Atlanta attorney who said he
            # had sued other outlets": the clause tells what they did, not what they are)
            told = {t.i for c in child.children if c.dep_ in CLAUSE_DEPS for t in c.subtree}
            toks = [t for t in child.subtree if t.i not in told]
            if any("\n" in t.text_with_ws for t in doc[ent.end : toks[-1].i]):
                continue
            if 1 <= len(toks) <= 12 and any(t.is_alpha for t in toks):
                return bare_name(toks) or None
    return None


@dataclass(frozen=True)
class PersonMentions:
    """What an article's full-name mentions say about its people, gathered in one pass since
    the gender of one mention and the roles of another belong to the same person: the mentions
    by surname (namesakes kept apart), each name's gender, the words of every role the article
    gives it ("father", "defenceman") and the words of whose each role is ("Conyers'
    girlfriend": only names with such a role)."""

    namesakes: dict[str, Namesakes]
    genders: dict[str, Gender | None]
    role_words: dict[str, frozenset[str]]
    role_owners: dict[str, frozenset[str]]
    # a name written without its middle initials, to the one form the article gives with them
    # ("Harry Reid" to "Harry M. Reid": :func:`middle_joins`)
    same_person: dict[str, str]


def find_namesakes(doc: Doc) -> PersonMentions:
    """Full-name mentions by surname, with title and gender; every role word of each person,
    and apart from them the words of whose the role is ("the attorney's associate").

    A full name is a run of two or more proper nouns that the NER calls a person, or that a
    title, a known first name or a surname the NER calls a person's elsewhere marks as one:
    the small model types "the Rev Alexander Love" ORG and leaves "Thomas Love" untyped, and
    namesakes must be told apart all the same. Whether a first name tells a gender plays no
    part: else "Vera Eichmann" would be his wife's full name and "Adolf Eichmann" none.
    """
    surnames = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON"}
    words: dict[str, set[str]] = {}
    owners: dict[str, set[str]] = {}
    found: list[tuple[SpacySpan, str, str | None]] = []
    owned: dict[str, Gender] = {}  # names a his or her goes on with
    fellows: list[tuple[SpacySpan, frozenset[str]]] = []  # names given a "fellow" role
    titled: list[tuple[SpacySpan, str, str]] = []  # a surname with an office's title
    for run in name_runs(doc):
        name = bare_name(run)
        title = title_of(run)
        person = any(t.ent_type_ == "PERSON" for t in run) or title is not None
        parts = name.split()
        start = 0 if person else office_end(parts, MIN_NAME_WORDS_AFTER_OFFICE)
        if start and parts[start].lower() in PERSON_FIRST_NAMES:
            # an office the recogniser typed with the given name, the surname a place ("Air
            # Chief Marshal Angus" ORG, "Houston" GPE): the name after the office is a person's
            name = " ".join(parts[start:])
            parts = parts[start:]
        office = office_title(run)
        if len(parts) == 1 and office is not None and name[:1].isupper():
            titled.append((run, name, office))  # "Senator Reid": whose office, told below
        if len(parts) < 2 or saint_name(parts):
            continue  # (St Francis is nobody's Francis)
        if not person and parts[-1].lower() in INSTITUTION_HEADS | PLACE_HEADS:
            continue  # "Elon University", "Beth Israel Hospital": named for someone, no one
        # (a name the NER typed an organisation that a "her" goes on with is a person's)
        owner = None if person else pronoun_owner(run)
        if owner is not None:
            owned[name] = owner
        elif not (person or parts[0].lower() in PERSON_FIRST_NAMES or _given(run, surnames)):
            continue
        roles = [r for r in (role_before(run), role_appos(run), role_head(run)) if r]
        # (a role held alongside someone else picks out the other holder: :mod:`.fellows`)
        words.setdefault(name, set()).update(
            w
            for r in roles
            if not shared_role(r)
            for w in re.findall(r"[a-z]+", owned_role(r).lower())
        )
        if office is not None:
            words[name].add(office)  # "Sen. Mike Lee" is the senator a description names
        fellows += [(run, mutual) for mutual in map(mutual_words, roles) if mutual]
        owners.setdefault(name, set()).update(
            w for r in roles for w in re.findall(r"[a-z]+", role_owner(r).lower())
        )
        found.append((run, name, title))
    names = {name for _, name, _ in found}
    for run, mutual in fellows:
        beside = _fellow_name(run, found, names)
        if beside is not None:
            words.setdefault(beside, set()).update(mutual)
    # a longer form of a full name is the same person ("Crooked Hillary Clinton", "Nazi Adolf
    # Eichmann"): else it is a namesake of its own, and one without her gender that "he" agrees with
    person = {n: _shortest_form(n, names) for n in names}
    # so is the name without its middle initial ("Harry Reid" of "Harry M. Reid"), whose roles
    # are the person's
    joins = middle_joins(names, words)
    for short, long in joins.items():
        person[short] = person[long]
        words.setdefault(long, set()).update(words.get(short, ()))
    genders: dict[str, Gender | None] = {}
    for _, name, title in found:
        gender = name_gender(name, title, words.get(name, set())) or owned.get(name)
        genders[person[name]] = genders.get(person[name]) or gender
    genders |= {n: genders[person[n]] for n in names}
    namesakes: dict[str, list[Namesake]] = {}
    for run, name, title in found:
        gender = title_gender(title) or genders[name]
        namesakes.setdefault(name.split()[-1], []).append(
            Namesake(person[name], run.start, title, gender, (run.start_char, run.end_char))
        )
    groups = {surname: Namesakes.of(options) for surname, options in namesakes.items()}
    for run, surname, office in titled:
        # the office is that of the namesake the surname stands for there ("Senator Reid")
        group = groups.get(surname)
        chosen = pick_namesake(run.start, None, None, group) if group is not None else None
        if chosen is not None:
            words.setdefault(chosen.name, set()).add(office)
    return PersonMentions(
        namesakes=groups,
        genders=genders,
        role_words={n: frozenset(w) for n, w in words.items()},
        role_owners={n: frozenset(w) for n, w in owners.items() if w},
        same_person=joins,
    )


def office_title(run: SpacySpan) -> str | None:
    """The office a title written before a name gives the person, spelled out as a description
    names it: "Sen. Mike Lee", "Senator Reid" are a "senator", "Gov. Brian Sandoval" a
    "governor" (:data:`~.speakers.ROLE_ABBREVIATIONS`, :data:`~.speakers.TITLE_NOUNS`). The
    title opens the run of proper nouns or stands right before it."""
    doc = run.doc
    before = doc[run.start - 1] if run.start else None
    if before is not None and before.text == "." and run.start > 1:
        before = doc[run.start - 2]  # ("Sen" "." "Mike Lee" when the tokenizer split the stop)
    for w in (run[0], before):
        if w is None or not w.text[:1].isupper():
            continue
        low = w.lower_.rstrip(".")
        if low in ROLE_ABBREVIATIONS:
            return ROLE_ABBREVIATIONS[low]
        if low in TITLE_NOUNS and w.i < run.end - 1:
            return low
    return None


def middle_joins(names: set[str], words: dict[str, set[str]]) -> dict[str, str]:
    """Each full name of ``names`` written as a given name and a surname, to the one other name
    that writes the same two around middle initials ("Harry Reid" to "Harry M. Reid", "George
    Bush" to "George W. Bush"): papers drop the initial of one person's name. Two such forms
    ("George H.W. Bush", "George W. Bush") leave it apart, a father and a son; so does a family
    role either form is given (``words``: "his father, George Bush"), or roles given both
    that share no word ("the senator", "the retired dentist")."""
    longer: dict[tuple[str, str], list[str]] = {}
    for n in names:
        parts = n.split()
        if len(parts) > 2 and all(MIDDLE_INITIALS.fullmatch(p) for p in parts[1:-1]):
            longer.setdefault((parts[0], parts[-1]), []).append(n)
    out = {}
    for n in names:
        parts = n.split()
        forms = longer.get((parts[0], parts[-1]), []) if len(parts) == 2 else []
        if len(forms) != 1:
            continue
        mine, theirs = words.get(n, set()), words.get(forms[0], set())
        if (mine | theirs) & FAMILY_NOUNS or (mine and theirs and not mine & theirs):
            continue
        out[n] = forms[0]
    return out


def _fellow_name(
    run: SpacySpan, found: list[tuple[SpacySpan, str, str | None]], names: set[str]
) -> str | None:
    """The full name of whom a name with a "fellow" role is set beside
    (:func:`.fellows.fellow_of`): the full-name mention it is part of, else the one full name
    of its surname ("Colbert")."""
    subj = fellow_of(run)
    if subj is None:
        return None
    whole = [name for other, name, _ in found if other.start <= subj.i < other.end]
    named = whole or [n for n in names if n.split()[-1] == subj.text]
    return named[0] if len(set(named)) == 1 else None


def _given(run: SpacySpan, surnames: set[str]) -> bool:
    """A given name no list knows before a surname the NER calls a person's elsewhere ("Adolf
    Eichmann"): two words, the first no date or title (not "February Trump", "Justice
    Gorsuch"), written so more than once with the first typed nothing (not "Holocaust
    Eichmann", "American Ferrera"), or once as the bare subject of a verb, a person acting,
    whatever the NER typed the pair ("Amber Pasztor admitted…" typed ORG beside "6-year-old
    Rene Pasztor", her son: else every "Pasztor" is him). A name takes no article: "the
    Amber Alert was the impetus" is a thing's, though the NER typed it a person's; and a
    capital where a sentence or headline starts says nothing ("Holocaust Eichmann claimed…"),
    nor do capitals throughout ("ACM Houston": an air chief marshal's abbreviation)."""
    first = run[0]
    if len(run) != 2 or first.lower_ in MONTHS or first.lower_ in WEEKDAYS:
        return False
    if is_title(first.text) or run[1].text not in surnames:
        return False
    if not first.ent_type_ and doc_text(run.doc).count(run.text) > 1:
        return True
    return (
        first.ent_type_ in UNTYPED_OR_ORG
        and first.text[:1].isupper()
        and first.text[1:].islower()
        and not capital_of_place(first)
        and run[1].ent_type_ == first.ent_type_
        and run[1].dep_ in SUBJECT_DEPS
        and run[1].head.pos_ == "VERB"
        and not any(c.dep_ == "det" for c in run[1].children)
    )


def pronoun_owner(run: SpacySpan) -> Gender | None:
    """The gender of the his or her that goes on with a two-word name the NER typed an
    organisation ("ABC News watched Koni Aho race to build a berm around her restaurant"):
    the first gendered word after it in its sentence, a possessive, with no other name
    between nor any person named in the sentence, is the name's own; no organisation is a
    "her". Not a name in capitals ("ABC News"), nor one with a word of a body's or a place's
    name ("Trump Tower", "Labour Party"): None for those and any other name."""
    doc = run.doc
    if len(run) != 2 or not all(t.text[:1].isupper() and t.text[1:].islower() for t in run):
        return None
    ent = next((e for e in run.sent.ents if e.start <= run.start < e.end), None)
    if ent is None or ent.label_ != "ORG" or (ent.start, ent.end) != (run.start, run.end):
        return None
    if body_name(run.text) or any(t.lower_ in PLACE_HEADS for t in run):
        return None
    if any(e.label_ == "PERSON" for e in run.sent.ents):
        return None
    for t in doc[run.end : run.sent.end]:
        if t.pos_ == "PROPN":
            return None
        gender = GENDERED_WORDS.get(t.lower_)
        if gender is not None:
            return gender if t.dep_ == "poss" else None
    return None


def _shortest_form(name: str, names: set[str]) -> str:
    """The shortest full name in ``names`` that ``name`` ends with (two words at least)."""
    parts = name.split()
    forms = (" ".join(parts[k:]) for k in range(len(parts) - 2, 0, -1))
    return next((f for f in forms if f in names), name)


def name_runs(doc: Doc) -> list[SpacySpan]:
    """Maximal runs of proper nouns (a title inside kept: "Rev Alexander Love"); a people in
    the plural ends one ("the four Americans Francis cited" names no "Americans Francis")."""
    runs = []
    start = None
    for t in doc:
        people = t.tag_ == "NNPS" and t.ent_type_ == "NORP"
        inside = t.pos_ == "PROPN" and t.text[:1].isupper() and not people
        if inside and start is not None and t.is_sent_start:
            runs.append(doc[start : t.i])
            start = t.i
        elif inside and start is None:
            start = t.i
        elif not inside and start is not None:
            runs.append(doc[start : t.i])
            start = None
    if start is not None:
        runs.append(doc[start:])
    return runs


def title_of(ent: SpacySpan) -> str | None:
    """The honorific on a name mention (``Rev`` in ``the Rev Alexander Love``), if any."""
    first = ent[0]
    if honorific(first.text) is not None:
        return honorific(first.text)
    if ent.start > 0:
        prev = ent.doc[ent.start - 1]
        if prev.text == "." and ent.start > 1:
            prev = ent.doc[ent.start - 2]
        return honorific(prev.text)
    return None


def role_head(ent: SpacySpan) -> str | None:
    """``his father, the Rev Alexander Love``: the noun phrase the name is in apposition to.
    The parser may hang the apposition on a name before it ("Rita Schrimsher … tweeted after
    speaking with her grandson, Jackson Schrimsher": on Rita): the noun right before the
    name's comma is then the one it stands beside."""
    root = ent.root
    head = root.head
    doc = ent.doc
    comma = ent.start >= 2 and doc[ent.start - 1].text == ","
    if root.dep_ == "appos" and head.pos_ != "NOUN" and comma and doc[ent.start - 2].pos_ == "NOUN":
        head = doc[ent.start - 2]
    if root.dep_ == "appos" and head.pos_ == "NOUN" and head.i < root.i:
        return bare_name(list(doc[head.left_edge.i : head.i + 1])) or None
    return None


@dataclass(frozen=True)
class OrgForms:
    """The one-word forms an article uses for the organisations it names in full.

    A head word ("the Observatory said" for the Syrian Observatory for Human Rights,
    "Transport" for Transport for London, "the Community" for the Community of Christ) names an
    institution, whatever the NER typed the mention; a first word ("Sequential said" for
    Sequential Brands) may as well be a person's surname ("Trump" beside the Trump
    Organization), so it stands for the organisation only where the mention is not a person's.
    Taken alone either word is no speaker a reader knows.
    """

    heads: dict[str, str]
    firsts: dict[str, str]

    def full(self, word: str, person: bool) -> str | None:
        """The organisation ``word`` stands for, if it stands for one."""
        return self.heads.get(word) or (None if person else self.firsts.get(word))


def org_forms(ents: list[SpacySpan]) -> OrgForms:
    """:class:`OrgForms` of an article's entities. A word is kept only when it stands for one
    organisation (:data:`ORG_FORM_SHARE` of the mentions it heads or opens). A first word the
    article also names as an organisation or a place on its own is that ("Apple" beside "Apple
    Music" is Apple); a head word alone is the short form ("the Observatory")."""
    heads: dict[str, Counter[str]] = {}
    firsts: dict[str, Counter[str]] = {}
    alone: set[str] = set()
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE"):
            continue
        words = bare_name(ent).split()
        if len(words) == 1:
            alone.add(words[0])
        if ent.label_ != "ORG" or len(words) < 2:
            continue
        full = " ".join(words)
        link = next((k for k, w in enumerate(words) if w in ORG_LINKS), 0)
        if link > 0:
            heads.setdefault(words[link - 1], Counter())[full] += 1
        firsts.setdefault(words[0], Counter())[full] += 1
    return OrgForms(_one_name(heads, set()), _one_name(firsts, alone))


def _one_name(forms: dict[str, Counter[str]], taken: set[str]) -> dict[str, str]:
    """Each word's organisation: the name most of the mentions it heads or opens give."""
    one: dict[str, str] = {}
    for word, names in forms.items():
        name, seen = names.most_common(1)[0]
        if (
            seen >= ORG_FORM_SHARE * names.total()
            and word not in taken
            and word[:1].isupper()
            and word.isalpha()
        ):
            one[word] = name
    return one
