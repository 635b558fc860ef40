"""Whom a description stands for by the roles the article gives people: "the Russian leader"
the closest earlier person whose roles fit, "Heyer's mother" the one person the article gives
that role (or the one other person of the owner's surname, for a relative), "his attorney"
who speaks the one person named in that role later. Never guessed: two fits leave it open.
A description may carry the name itself (:func:`given_name`: "a colonel named Dane",
"another man, identified only as “Victory”").
Split from :mod:`.attribution`, which reads a subject as such a description.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.actors import DEMONYMS
from newsweave.synthesis.quotes.fellows import shared_role
from newsweave.synthesis.quotes.index import (
    MODIFIER_SALIENCE,
    ArticleIndex,
    FullName,
    ent_name,
    named_entities,
    person_gender,
    salience,
)
from newsweave.synthesis.quotes.mentions import (
    owned_role,
    role_appos,
    role_before,
    role_head,
    role_owner,
)
from newsweave.synthesis.quotes.speakers import (
    BODY_NOUNS,
    DEMONYM_ENDINGS,
    FAMILY_NOUNS,
    HEAD_TITLES,
    ROLE_GENDER,
    ROLE_SYNONYMS,
    agrees,
    person_noun,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The preposition of a description's principal ("the lawyer for the family", "a spokesman for
# the company"): the person acts for them.
AGENT_PREPOSITION = "for"
# How many earlier holders of a role a description checks for its modifiers ("the Russian
# leader" past other leaders): enough for any article, bounded for a list of thousands.
MAX_ROLE_CANDIDATES = 50
# A person a description may refer to: name, where named, the words of their roles.
RoleHolder = tuple[str, tuple[int, int], frozenset[str]]


def description_referent(
    tok: Token, mods: set[str], idx: ArticleIndex, *, speaks: bool
) -> FullName | None:
    """``the Russian leader``, ``the rookie defenceman``, ``his father`` → the closest earlier
    person whose role fits (office, nationality, any role the article gives them), and where
    that person is named. Looked up in the persons indexed by role word (:func:`roles_by_word`),
    nearest first and at most :data:`MAX_ROLE_CANDIDATES` back. With none before it, the one
    person the article gives that role later: news describes first and names after ("his
    attorney insisted there was more to the story …", then "said Hayes's attorney, John
    Fuller"): a person's someone ("his lawyer", "her spokesman") who speaks, not one the
    article has named before by no role ("the candidate said" is Trump, not the candidate
    named later); two later holders leave it unresolved. ``speaks``: the description is the
    subject of a verb of saying (who else it is, is told later only of one who speaks). A
    body is no one's role: "the ministry" is no "Defense Ministry spokesman" named before."""
    title = tok.lemma_.lower()
    if title in BODY_NOUNS:
        return None
    by_role = roles_by_word(idx)
    if title not in by_role and title in ROLE_SYNONYMS:
        # "the lawyer" where the article names no lawyer: the one it calls an attorney
        by_role = roles_by_word(idx, trades=True)
    starts, found = by_role.get(title, ([], []))
    k = bisect_right(starts, tok.i - 1)

    # (a name inside quoted words is the quoted voice's, not the writer's: "“…President Obama
    # gave Iran…,” Trump tweeted. The president appears to refer to…" is Trump; a description
    # inside a quote may still mean a name of its quote)
    outside = not idx.quoted[tok.idx]

    def fits(span: tuple[int, int], words: frozenset[str]) -> bool:
        heard = outside and _heard(span, idx)
        return not heard and all(m in words for m in mods if m[:1].isalpha())

    person = person_noun(title) and title not in BODY_NOUNS
    if any(c.dep_ == "prep" and c.lower_ == AGENT_PREPOSITION for c in tok.children):
        # "the lawyer for the family", told of before or after the name: whom it acts for
        # tells it from other holders of the role, so only the article's one holder is it
        held = [
            (name, span)
            for name, span, words in found
            if fits(span, words) and _role_head(span, title, tok.doc)
        ]
        one = person and tok.tag_ == "NN" and len({name for name, _ in held}) == 1
        return FullName(*min(held, key=lambda h: abs(h[1][0] - tok.idx))) if one else None
    for name, span, words in reversed(found[max(0, k - MAX_ROLE_CANDIDATES) : k]):
        if fits(span, words):
            return FullName(name, span)
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children)
    if not (owned and person and tok.tag_ == "NN" and speaks):
        # "the candidate said" goes back to one the article named, by no role ("the
        # researchers" are a team, "the opposition" a body, "the letter" no one); "his
        # lawyer" who speaks is a person of their own, whom the article may name later
        return None
    later = [(name, span) for name, span, words in found[k:] if fits(span, words)]
    if len({name for name, _ in later}) != 1:
        return None
    # the role is theirs, not their employer's ("the attorney's associate, Edgar Rodriguez"
    # is no attorney): some mention is given it as the head of a role
    held = [sp for _, sp in later if _role_head(sp, title, tok.doc)]
    return FullName(*later[0]) if held else None


def _heard(span: tuple[int, int], idx: ArticleIndex) -> bool:
    """Whether the name at ``span`` is in someone's quoted words, not in square brackets set in
    them (an editor's insertion is the writer's: "“Clearly with [Spirit owner Bill Lynch’s]
    actions…”")."""
    if not idx.quoted[span[0]]:
        return False
    text = doc_text(idx.doc)
    return text.rfind("[", 0, span[0]) <= text.rfind("]", 0, span[0])


def _role_head(span: tuple[int, int], title: str, doc: Doc) -> bool:
    """Whether the name at ``span`` is given ``title`` as the last word of a role written
    before it, in apposition or as its head ("Hayes's attorney, John Fuller")."""
    run = doc.char_span(*span)
    if run is None:
        return False
    roles = [r for r in (role_before(run), role_appos(run), role_head(run)) if r]
    return any(
        r.split()[-1].lower() == title or r.split()[-1] in ROLE_SYNONYMS.get(title, ())
        for r in roles
    )


def roles_by_word(
    idx: ArticleIndex, *, trades: bool = False
) -> dict[str, tuple[list[int], list[RoleHolder]]]:
    """Person mentions by each word of their roles ("leader" also for any head of state or
    government), in text order: built once per article, not once per description. Only
    mentions of someone acting or acted on count. ``trades``: by the other words for their
    trades instead (:func:`_trade_synonyms`), for a description whose own word the article
    gives no one."""
    key = ("by_role", int(trades))
    if key not in idx.sent_memo:
        out: dict[str, tuple[list[int], list[RoleHolder]]] = {}
        for ent in named_entities(idx.doc):
            # (a name that only modifies a noun, "the Obama administration's deal", is no one
            # acting there, and no later "the president" goes back to it)
            if ent.label_ != "PERSON" or salience(ent) == MODIFIER_SALIENCE:
                continue
            name = ent_name(ent, idx).name
            words = _role_words(name, idx)
            keys = set(words) | ({"leader"} if words & HEAD_TITLES else set())
            keys = set(_trade_synonyms(name, idx)) if trades else keys
            for w in keys:
                starts, found = out.setdefault(w, ([], []))
                starts.append(ent.start)
                found.append((name, (ent.start_char, ent.end_char), words))
        idx.sent_memo[key] = out
    return idx.sent_memo[key]  # type: ignore[return-value]


def _role_words(name: str, idx: ArticleIndex) -> frozenset[str]:
    """Every word of every role the article gives ``name`` as their own, lower case (not one
    held alongside someone else, :func:`.fellows.shared_role`: "fellow talk show host")."""
    given = idx.roles.get(name) or ""
    role = "" if shared_role(given) else owned_role(given).lower()
    return frozenset(re.findall(r"[a-z.]+", role)) | idx.role_words.get(name, frozenset())


def _trade_synonyms(name: str, idx: ArticleIndex) -> frozenset[str]:
    """Other words for the trades the article gives ``name`` in lower case ("an Atlanta
    attorney" is a "lawyer" too, :data:`~.speakers.ROLE_SYNONYMS`; "District Attorney" is an
    office, no lawyer a description names)."""
    role = owned_role(idx.roles.get(name) or "")
    return frozenset(s for w in re.findall(r"\b[a-z]+\b", role) for s in ROLE_SYNONYMS.get(w, ()))


def _owner_words(name: str, idx: ArticleIndex) -> frozenset[str]:
    """Every word of whose ``name``'s roles are ("Carl Conyers'" girlfriend), lower case."""
    owner = role_owner(idx.roles.get(name) or "").lower()
    return frozenset(re.findall(r"[a-z.]+", owner)) | idx.role_owners.get(name, frozenset())


def owned_referent(
    tok: Token,
    owner_words: frozenset[str],
    idx: ArticleIndex,
    mods: frozenset[str] = frozenset(),
    owner: str | None = None,
) -> FullName | None:
    """Whom "<owner>'s ``tok``" names: the one person the article gives that role, with every
    word of ``mods`` and one of ``owner_words`` (any owner when empty: "the country's") in
    their roles ("Heyer's mother, Susan Bro", "Russian Foreign Minister Sergei Lavrov"), else,
    for a relative (:data:`FAMILY_NOUNS`) of a person ``owner``, the one other person of the
    owner's surname whose gender fits ("Paris Jackson" for "Michael Jackson's daughter");
    where the article names them, nearest first. Two such people leave it open: a
    description is never guessed."""
    lemma = tok.lemma_.lower()
    gender = ROLE_GENDER.get(lemma)
    wanted = {m for m in mods if m.isalpha()} | {lemma}
    held: dict[str, tuple[int, int]] = {}
    kin: dict[str, tuple[int, int]] = {}
    for ent in sorted(named_entities(idx.doc), key=lambda e: abs(e.start - tok.i)):
        if ent.label_ != "PERSON":
            continue
        name = ent_name(ent, idx).name
        parts = name.split()
        if name == owner or len(parts) < 2 or not agrees(gender, person_gender(name, idx)):
            continue
        here = (ent.start_char, ent.end_char)
        words = _role_words(name, idx)
        owners = _owner_words(name, idx)
        if wanted <= words and (not owner_words or owner_words & (words | owners)):
            held.setdefault(name, here)
        if owner and lemma in FAMILY_NOUNS and parts[-1] == owner.split()[-1]:
            kin.setdefault(name, here)
    found = held or kin
    return FullName(*next(iter(found.items()))) if len(found) == 1 else None


def country_words(country: str) -> frozenset[str]:
    """Words a role uses for ``country``: its name and nationality, listed ("French") or
    regular ("Russian", "Syrian", "Brazilian")."""
    low = country.lower()
    listed = {d for d, names in DEMONYMS.items() if country in names}
    return frozenset({low, *listed} | {low + end for end in DEMONYM_ENDINGS})


# Participles that give a described person their name ("a colonel named Dane").
NAMING = frozenset({"name", "call"})
# Participles that give a described person the name they go by, "as" it ("Another man,
# identified only as “Victory,” told…").
IDENTIFYING = frozenset({"identify"})


def given_name(acl: Token) -> Token | None:
    """The name a participle gives the person it describes: "named Dane" (:data:`NAMING`),
    "identified only as “Victory”" (:data:`IDENTIFYING`; a name in quotation marks the tagger
    may take for a noun, capitalised and with no determiner); None for any other participle."""
    lemma = acl.lemma_.lower()
    if lemma in NAMING:
        given = [g for g in acl.children if g.dep_ == "oprd"]
    elif lemma in IDENTIFYING:
        as_ = [c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"]
        given = [g for a in as_ for g in a.children if g.dep_ == "pobj"]
    else:
        return None
    return next((g for g in given if g.pos_ == "PROPN" or bare_capital(g)), None)


def bare_capital(tok: Token) -> bool:
    """A capitalised word with no determiner: a name, whatever the tagger made of it."""
    return tok.text[:1].isupper() and not any(c.dep_ == "det" for c in tok.children)
