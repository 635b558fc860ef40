"""The article index: who the article names, and the name each mention stands for.

Built once per parsed article (:func:`article_index`) and asked by attribution, reactions and
the brief alike: full names by surname (the person named in full most often wins a surname; a
given name opening one full name is that person), each person's role, gender and namesakes,
and which token belongs to which entity. :func:`name_of` reads a subject token as a name
(a title alone stands for the name after it; an organisation cut short for the one the article
names in full). :class:`Speaker` is what attribution resolves a subject to; the index keeps the
resolved pronouns, so it is defined here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from newsweave.nlp import doc_cache, doc_ents, doc_sents, doc_text
from newsweave.synthesis.quotes.mentions import (
    OrgForms,
    bare_name,
    find_namesakes,
    indefinite_mention,
    office_holder,
    org_forms,
    role_appos,
    role_before,
    title_of,
)
from newsweave.synthesis.quotes.spans import find_quote_spans
from newsweave.synthesis.quotes.speakers import (
    GENDERED_WORDS,
    HEAD_TITLES,
    NAME_TITLES,
    PLACE_HEADS,
    TITLE_NOUNS,
    Gender,
    Namesakes,
    agrees,
    body_name,
    clean_name,
    is_title,
    name_gender,
    names_nobody,
    namesake_by_age,
    personal_name,
    pick_namesake,
    saint_name,
    title_gender,
)
from newsweave.text.lexicons import ranges_mask

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Entity types that name a speaker.
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# The salience of a name that only modifies a noun after it ("the Obama administration").
MODIFIER_SALIENCE = 3
# Tags of a finite verb ("argued", "says", "say"): a name holds none in lower case.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The emphatic reflexives only a person takes ("Sinbad himself"; a body is an "itself").
REFLEXIVE_PERSONS = frozenset({"himself", "herself"})
# Entity types that never name a speaker, whatever the parse makes the subject of a cue.
NOT_SPEAKERS = frozenset(
    {"NORP", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
# What follows a full name after a comma and is no name itself ("Keith Knowles, Jr."): the parser
# may make it a second subject of the verb.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# A person's pronouns decide their gender when one gender has this many times the other's
# votes: a stray pronoun of the other gender (a relative's, a misparse) does not flip it.
GENDER_MAJORITY = 2
# How far (tokens) attribution reads either side of a quote or pronoun inside one sentence: a
# real sentence is shorter, and a "sentence" of thousands of tokens (a list or transcript with
# no full stop) must not make every quote in it cost time in proportion to the whole text.
MAX_CONTEXT_TOKENS = 150
# Articles that make a person's name a kind of person ("the Michael Moore of the right").
ARTICLES = frozenset({"the", "a", "an"})
# Ranks of the peerage, written "the Duke of Sussex": a title, not a name used as a kind.
PEERAGE = frozenset({"duke", "duchess", "earl", "countess", "baron", "baroness", "marquess"})
# Nouns of an illness named after a person ("Lou Gehrig's disease", "Down's syndrome").
EPONYM_NOUNS = frozenset({"disease", "syndrome", "palsy", "lymphoma"})
# Dependencies of a verb's objects: a pronoun in one is not that verb's subject (binding).
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
# Prepositions whose object, under a verb, is a party other than the verb's subject ("had
# written to her", "spoke about him", "voted against her"): binding holds there as for a direct
# object. Not places ("took it with him", "looked behind her"), where the pronoun may be the
# subject.
OTHER_PARTY_PREPOSITIONS = frozenset({"to", "about", "against", "at", "toward", "towards"})
# A surname with an apostrophe after its first letter ("O’Connell", "D'Amato"): the tagger,
# thrown by the curly mark, calls it a noun or an interjection, but it is a name.
APOSTROPHE_NAME = re.compile(r"[A-Z][’'][A-Z][a-z]+")


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the name (None when unknown), where the text names them, the NER label.

    ``span`` is the subject's character span in the article; ``label`` is PERSON, ORG,
    GPE or None (a name the NER missed).
    """

    name: str | None
    span: tuple[int, int] | None
    label: str | None
    # from the mention in the sentence back to the name: ("he", "Mr Love", "Lauri Love")
    chain: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class FullName:
    """The full name a mention stands for (:func:`ent_name`, a description's referent in
    :mod:`.roles`) and where the article gives it in full, in characters (None: the mention
    is itself the full name)."""

    name: str
    where: tuple[int, int] | None


@dataclass(frozen=True)
class NameMention:
    """What a name written in an article stands for (:func:`name_of`): the name ("" for a
    name cut short to nothing, "the Department"), the words it is written in (None: past the
    parse's entities) and its type, PERSON, ORG, GPE or GROUP, None when nothing tells."""

    name: str
    mention: SpacySpan | None
    label: str | None

    @property
    def chars(self) -> tuple[int, int] | None:
        """Where the name is written, in characters of the article (None: no words known)."""
        return None if self.mention is None else (self.mention.start_char, self.mention.end_char)


@dataclass(frozen=True)
class ArticleIndex:
    """Per-article lookups: full names by surname, roles by name, entity of each token."""

    doc: Doc
    full_name: dict[str, str]
    roles: dict[str, str]
    ent_of: dict[int, SpacySpan]
    persons: frozenset[str] = frozenset()  # canonical names the NER tagged PERSON somewhere
    sents: list[SpacySpan] = field(default_factory=list)  # the Doc's sentences, in order
    # per-sentence facts the antecedent search asks again and again, computed once each:
    # key (what, sentence number) -> value; and resolved pronouns, key (token, depth)
    sent_memo: dict[tuple[str, int], object] = field(default_factory=dict)
    antecedents: dict[tuple[int, int], Speaker] = field(default_factory=dict)
    # every full-name mention by surname (namesakes kept apart), each person's gender and the
    # words of every role the article gives them ("father", "rookie", "defenceman")
    namesakes: dict[str, Namesakes] = field(default_factory=dict)
    genders: dict[str, Gender | None] = field(default_factory=dict)
    role_words: dict[str, frozenset[str]] = field(default_factory=dict)
    role_owners: dict[str, frozenset[str]] = field(default_factory=dict)  # "Conyers' girlfriend"
    quoted: bytes = b""  # non-zero on the characters inside quotation marks
    orgs: OrgForms = field(default_factory=lambda: OrgForms({}, {}))  # "the Observatory"

    def sentence_no(self, tok: Token) -> int:
        """Number of the sentence holding ``tok`` (a binary search over sentence starts)."""
        starts = self.sent_memo.get(("starts", 0))
        if starts is None:
            starts = self.sent_memo[("starts", 0)] = [s.start for s in self.sents]
        return bisect_right(starts, tok.i) - 1  # type: ignore[arg-type]


def named_entities(doc: Doc) -> list[SpacySpan]:
    """The Doc's entities, less the PERSON ones whose words cannot be a person's name (a
    header "Grateful Dead Q&A", a handle): taken for people, they would speak for others.
    Nor a name holding a verb written in lower case ("university argued college athletes",
    the recogniser's run over a subject, its verb and its object): no name's word."""
    memo = doc_cache(doc)
    if "quotes_entities" not in memo:
        memo["quotes_entities"] = [
            e
            for e in map(_reflexive_person, joined_persons(doc_ents(doc)))
            if (e.label_ != "PERSON" or personal_name(bare_name(e)))
            and not any(t.tag_ in FINITE_TAGS and t.is_lower for t in e)
        ]
    return memo["quotes_entities"]  # type: ignore[return-value]


def _reflexive_person(ent: SpacySpan) -> SpacySpan:
    """The entity, typed PERSON when an emphatic "himself" or "herself" goes with the name
    ("Sinbad himself has long denied it", the comedian typed ORG): no body is a "himself", and
    left an organisation, the "he" of the quote after it went to a man named before."""
    from spacy.tokens import Span  # spaCy loads with the model, not with this module

    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end >= len(doc) or not all(t.pos_ == "PROPN" for t in ent):
        return ent
    if doc[ent.end].lower_ not in REFLEXIVE_PERSONS:
        return ent
    return Span(doc, ent.start, ent.end, label="PERSON")


def joined_persons(ents: list[SpacySpan]) -> list[SpacySpan]:
    """The entities, two PERSON mentions the recogniser cut out of one name joined again: one
    right after the other, the first's last word a compound of a word of the second ("The Rev.
    Robert Wright Lee IV" read as "Robert Wright" and "Lee IV"; alone, the second is a surname
    and a suffix, and the first names nobody the article quotes)."""
    from spacy.tokens import Span  # spaCy loads with the model, not with this module

    out: list[SpacySpan] = []
    for e in ents:
        prev = out[-1] if out else None
        last = prev[-1] if prev is not None else None
        if (
            prev is not None
            and last is not None
            and prev.label_ == e.label_ == "PERSON"
            and prev.end == e.start
            and last.dep_ == "compound"
            and e.start <= last.head.i < e.end
            # (a byline's name run into itself, "Mark Joseph Stern Mark" + "Joseph Stern",
            # is one name twice, not a longer one)
            and not {t.lower_ for t in e} & {t.lower_ for t in prev}
        ):
            out[-1] = Span(e.doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def article_index(doc: Doc) -> ArticleIndex:
    """The article's person index, built once per Doc (quotes and reactions both ask)."""
    memo = doc_cache(doc)
    if "quotes_index" not in memo:
        memo["quotes_index"] = _build_index(doc)
    return memo["quotes_index"]  # type: ignore[return-value]


def _build_index(doc: Doc) -> ArticleIndex:
    """Full names by surname (the longest form wins), then each person's role, then persons."""
    full: dict[str, str] = {}
    roles: dict[str, str] = {}
    ent_of: dict[int, SpacySpan] = {}
    by_first: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    people = find_namesakes(doc)
    for ent in named_entities(doc):
        for t in ent:
            ent_of[t.i] = ent
        if ent.label_ != "PERSON":
            continue
        name = bare_name(ent)
        if not name:
            continue
        # ("Harry Reid" counts for "Harry M. Reid", the one person)
        name = people.same_person.get(name, name)
        parts = name.split()
        if len(parts) >= 2 and not saint_name(parts):
            counts[name] = counts.get(name, 0) + 1
            # the person named in full most often wins a surname ("Neil Gorsuch" over his
            # mother, named once), then the longer form ("Donald J. Trump")
            known = full.get(parts[-1])
            if known is None or (counts[name], len(name)) > (counts[known], len(known)):
                full[parts[-1]] = name
            if parts[-1].lower() in PLACE_HEADS:
                continue  # "Trump Tower" typed PERSON is named for someone: "Trump" is not its given name
            for k in range(1, len(parts)):
                by_first.setdefault(" ".join(parts[:k]), set()).add(name)
    # Features call family members by their given names once the full name is out ("Heath
    # Harding" ... "Heath said"): a given name that opens exactly one full name, and is
    # nobody's surname, is that person (two full names sharing it leave it as written).
    for first, names in by_first.items():
        if len(names) == 1 and first not in full:
            full[first] = next(iter(names))
    full |= people.same_person
    for ent in named_entities(doc):
        if ent.label_ != "PERSON":
            continue
        name = canonical_name(bare_name(ent), full)
        if name and name not in roles:
            lead = [t for t in ent if t.idx < ent.start_char + ent.text.find(name.split()[0])]
            inner = bare_name(lead) if lead and lead[0].lower_ in NAME_TITLES else None
            role = role_before(ent) or inner or role_appos(ent)
            if role:
                roles[name] = role
    persons = frozenset(
        canonical_name(bare_name(e), full) for e in named_entities(doc) if e.label_ == "PERSON"
    )
    text = doc_text(doc)
    quoted = ranges_mask(len(text) + 1, ((sp.start, sp.end) for sp in find_quote_spans(text)))
    return ArticleIndex(
        doc,
        full,
        roles,
        ent_of,
        persons,
        doc_sents(doc),
        namesakes=people.namesakes,
        genders=people.genders,
        role_words=people.role_words,
        role_owners=people.role_owners,
        quoted=bytes(quoted),
        orgs=org_forms(named_entities(doc)),
    )


def ent_name(ent: SpacySpan, idx: ArticleIndex, gender: Gender | None = None) -> FullName:
    """The full name a name mention stands for, and where that full name is given.

    A bare surname with namesakes in the article is resolved by
    :func:`~newsweave.synthesis.quotes.speakers.pick_namesake` (title, gender, nearest full
    mention); ``gender`` is that of a pronoun the mention may be the antecedent of ("he" after
    "Eichmann" is not his wife Vera Eichmann).
    """
    return short_name(bare_name(ent), ent.start, title_of(ent), idx, gender)


def short_name(
    name: str, token: int, title: str | None, idx: ArticleIndex, gender: Gender | None = None
) -> FullName:
    """:func:`ent_name` for a name already cut from its mention."""
    parts = name.split()
    group = idx.namesakes.get(parts[-1]) if len(parts) == 1 else None
    before = idx.doc[token - 1].text if 0 < token <= len(idx.doc) else ""
    aged = namesake_by_age(before, group, idx.role_words) if group else None
    if aged is not None and group is not None:
        return FullName(aged, group.mentions[aged][0].span)
    wanted = title_gender(title) or gender
    chosen = pick_namesake(token, title, wanted, group) if group else None
    if chosen is None:
        return FullName(canonical_name(name, idx.full_name), None)
    return FullName(chosen.name, chosen.span)


def canonical_name(name: str, full: dict[str, str]) -> str:
    """A surname alone becomes the full name the article gives elsewhere."""
    if not name:
        return name
    parts = name.split()
    if name in full:  # a surname, or a given name opening one full name (``Mona Lisa``)
        return full[name]
    if len(parts) >= 2 and parts[-1] in full and full[parts[-1]].endswith(name):
        return full[parts[-1]]
    return name


def name_of(tok: Token, idx: ArticleIndex) -> NameMention | None:
    """The named entity a subject token stands for, its span and label, if it is a name.

    A mention that is only a title ("Sgt", "Virgin Islands Del.") stands for the name written
    right after it, past a full stop the sentence splitter may have taken for a sentence end.
    """
    doc = tok.doc
    if tok.lower_.rstrip(".") in NAME_SUFFIXES and tok.i >= 2 and doc[tok.i - 1].text == ",":
        tok = doc[tok.i - 2]  # "Keith Knowles, Jr. turned himself in": the name before it
    named = _named(tok, idx)
    if named is not None and len(named.name.rstrip(".")) == 1:
        return None  # a letter names no one ("Q: Remind me, how much…", a FAQ's question)
    # "the Observatory said", "the Department said" (a name cut short, empty): the organisation
    # the article names in full
    org = None if named is None else idx.orgs.full(named.name or tok.text, named.label == "PERSON")
    if org is not None and named is not None and named.name not in idx.full_name:
        return NameMention(org, named.mention, "ORG")
    if named is None or not named.name or not names_nobody(named.name.split()[-1]):
        return named
    j = named.mention.end if named.mention is not None else tok.i + 1
    while j < len(doc) and (doc[j].text == "." or doc[j].is_space):
        j += 1
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    after = _named(doc[k - 1], idx) if k > j else None
    if after is None or not after.name or names_nobody(after.name.split()[-1]):
        return None
    return after


def _name_hyphen(tok: Token) -> bool:
    """A hyphen joining two capitalised words with no space: a double-barrelled name's."""
    doc = tok.doc
    return (
        tok.text == "-"
        and not tok.whitespace_
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
    )


def _named(tok: Token, idx: ArticleIndex) -> NameMention | None:
    """:func:`name_of` as the mention itself reads, a bare title included."""
    ent = idx.ent_of.get(tok.i)
    if ent is not None and ent.label_ in NAMED_LABELS:
        name = ent_name(ent, idx).name
        label = ent.label_
        if label != "PERSON" and (name in idx.persons or name in idx.genders):
            label = "PERSON"  # the NER called a known person's name an ORG or GPE
        return NameMention(name, ent, label)
    if ent is not None and ent.label_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
        return NameMention(bare_name(ent), ent, "GROUP")  # "Republicans said…": a group speaks
    described = any(c.dep_ == "det" for c in tok.children)
    if ent is not None and ent.label_ == "NORP" and (described or tok.pos_ != "PROPN"):
        return None  # "a New Hampshire Democrat": a description, not a name
    if ent is not None and ent.label_ in NOT_SPEAKERS - {"NORP"}:
        return None  # "Saturday", "three": the parse made a date or a number the subject
    if tok.pos_ == "PROPN" or APOSTROPHE_NAME.fullmatch(tok.text):
        # a name the NER missed: the PROPN run around the head, across the hyphen of a
        # double-barrelled surname ("Beatrice Megevand-Roggo")
        doc = tok.doc
        a = tok.i
        while a > 0 and doc[a - 1].head.i == tok.i:
            if doc[a - 1].pos_ != "PROPN" and not _name_hyphen(doc[a - 1]):
                break
            a -= 1
        for t in doc[a : tok.i + 1]:
            e = idx.ent_of.get(t.i)
            if e is not None and e.label_ in NAMED_LABELS and e.start <= tok.i < e.end:
                return NameMention(canonical_name(bare_name(e), idx.full_name), e, e.label_)
        b = tok.i + 1
        if b + 1 < len(doc) and doc[b].text == "&" and doc[b + 1].pos_ == "PROPN":
            b += 2  # "&" joins one name: "Life & Style alleges…", "Procter & Gamble said…"
            # and runs on past it ("Asia & Japan Watch reports…", not "Asia & Japan")
            while b < len(doc) and doc[b].pos_ == "PROPN" and doc[b].text[:1].isupper():
                b += 1
        elif b < len(doc) and doc[b].dep_ == "nummod" and doc[b].head == tok:
            b += 1  # a station's number is part of its name: "Channel 3 called the FDA"
        span = doc[a:b]
        holder = office_holder(tok)
        if holder is not None:
            return _named(holder, idx)
        if not described and _known_surname(tok.text, idx):
            # "“…,” King said": a title word alone is the surname of a person the article
            # names in full ("Jeff King") where the NER missed this mention; among namesakes,
            # the one it stands for here ("Pasztor" the mother, not her son "Rene Pasztor");
            # so is the full name itself, typed in part ("Adrienne Mayor, a scholar, told")
            name = short_name(tok.text, tok.i, None, idx).name
            if len(span) == 1 or span.text == name:
                return NameMention(name, span, "PERSON")
        if tok.lower_ in TITLE_NOUNS | HEAD_TITLES or indefinite_mention(tok):
            return None
        # "Mr Love in" typed WORK_OF_ART: a titled name, or a known person's, is a person;
        # an office before the name is no part of it ("Fire Chief Curtis Borden"; a title
        # alone, "Virgin Islands Del.", is left for name_of to look past)
        bare = bare_name(span)
        name = short_name(clean_name(bare) or bare, span.start, title_of(span), idx).name
        person = title_of(span) is not None or name in idx.genders or name in idx.persons
        return NameMention(name, span, "PERSON" if person else None)
    return None


def _known_surname(word: str, idx: ArticleIndex) -> bool:
    """Whether ``word`` is the last name of one person the article names in full; also when
    the NER typed the given name alone a person's, cut short at a surname that is an office
    word too ("Adrienne" of "Adrienne Mayor", who goes on as "Mayor said"): only such a word,
    which else names nobody; other words are read as written ("KUVP" after a run the NER
    half-typed, "Camarasaurus KUVP", is a museum's code)."""
    full = idx.full_name.get(word)
    if full is not None:
        return full in idx.persons and full.split()[-1] == word
    group = idx.namesakes.get(word)
    if group is None or len(group.mentions) != 1 or word.lower() not in TITLE_NOUNS | HEAD_TITLES:
        return False
    (name,) = group.mentions
    *given, last = name.split()
    return last == word and len(given) == 1 and given[0] in idx.persons


def person_gender(name: str, idx: ArticleIndex) -> Gender | None:
    """A named person's gender as the article tells it: title, first name, family role, else
    the pronouns it uses for them (:func:`pronoun_genders`). A bare surname whose namesakes the
    article names in full are all of one gender is of that gender ("Kercher" after "Meredith
    Kercher" is no "he", though a "he" found no namesake of his own to make it someone else)."""
    known = idx.genders.get(name) or name_gender(name, None, set(idx.role_words.get(name, ())))
    group = idx.namesakes.get(name) if " " not in name else None
    if known is None and group is not None and len(set(group.genders.values())) == 1:
        known = next(iter(group.genders.values()))
    return known or pronoun_genders(idx).get(name)


def takes_pronoun(gender: Gender | None, name: str, idx: ArticleIndex) -> bool:
    """Whether a pronoun of ``gender`` (None: a "they") may stand for ``name``: the person's
    gender agrees, and a "he" or "she" is no state or body ("Chechen Republic", typed PERSON)."""
    if gender is not None and body_name(name):
        return False
    return agrees(gender, person_gender(name, idx))


def pronoun_genders(idx: ArticleIndex) -> dict[str, Gender]:
    """Each person's gender from the article's own words, for names no list knows ("Tiago",
    "Dorota"): a gendered title on a mention ("Mr. Parr") counts twice, and a he/his or
    she/her after the only person a sentence names outside quotation marks counts once (not
    inside them, where the pronouns are the speaker's; nor an object of the person's own verb, "Kodiak
    mourned her", who is someone else: :func:`another_person`). A gender wins with :data:`GENDER_MAJORITY` times
    the other's votes. Once per article."""
    key = ("pronoun_genders", 0)
    if key not in idx.sent_memo:
        votes: dict[str, dict[Gender, int]] = {}
        for k in range(len(idx.sents)):
            mentions = [(ent_name(e, idx).name, e) for e in sentence_persons(k, idx)]
            for name, e in mentions:
                g = title_gender(title_of(e))
                if g is not None:
                    tally = votes.setdefault(name, {"m": 0, "f": 0})
                    tally[g] += 2
            # a name inside quotation marks is the speaker's word ("Marla, rest in peace," he
            # wrote): the pronouns around it are about someone else
            mentions = [(name, e) for name, e in mentions if not idx.quoted[e.start_char]]
            voter = _pronoun_voter(mentions, idx)
            if voter is None:
                continue
            name, first, barred = voter
            tally = votes.setdefault(name, {"m": 0, "f": 0})
            end = min(idx.sents[k].end, first.end + MAX_CONTEXT_TOKENS)
            for t in idx.doc[first.end : end]:
                g = GENDERED_WORDS.get(t.lower_)
                if g is None or g == barred or idx.quoted[t.idx] or another_person(t, first):
                    continue
                tally[g] += 1
        out: dict[str, Gender] = {}
        for name, tally in votes.items():
            if tally["m"] > 0 and tally["m"] >= GENDER_MAJORITY * tally["f"]:
                out[name] = "m"
            elif tally["f"] > 0 and tally["f"] >= GENDER_MAJORITY * tally["m"]:
                out[name] = "f"
        idx.sent_memo[key] = out
    return idx.sent_memo[key]  # type: ignore[return-value]


def _pronoun_voter(
    mentions: list[tuple[str, SpacySpan]], idx: ArticleIndex
) -> tuple[str, SpacySpan, Gender | None] | None:
    """Whom a sentence's he/his or she/her after a person's first mention votes for, that
    mention, and the gender whose pronouns do not vote: the only person the sentence names; or,
    of several, the only one no title, first name or role gives a gender, when the others are
    all of one gender, and then only a pronoun of the other gender, which none of them can take
    ("Sollecito said Knox left his apartment": "his" is not Knox's)."""
    names = {name for name, _ in mentions}
    if len(names) == 1:
        name, first = min(mentions, key=lambda m: m[1].start)
        return name, first, None
    listed = {
        n: idx.genders.get(n) or name_gender(n, None, set(idx.role_words.get(n, ()))) for n in names
    }
    unknown = [n for n in names if listed[n] is None]
    others = {listed[n] for n in names if listed[n] is not None}
    if len(unknown) != 1 or len(others) != 1:
        return None
    first = min((e for n, e in mentions if n == unknown[0]), key=lambda e: e.start)
    return unknown[0], first, others.pop()


def another_person(pronoun: Token, subject: SpacySpan) -> bool:
    """Whether ``pronoun`` is an object of the verb whose subject is ``subject`` ("Kodiak
    mourned her", "Ann hugged and thanked him", "an email Sollecito had written to her"): not a
    reflexive, so not the subject."""
    if pronoun.lower_.endswith("self"):
        return False
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.lower_ in OTHER_PARTY_PREPOSITIONS:
        verb = verb.head
    elif pronoun.dep_ not in OBJECT_DEPS:
        return False
    while verb.dep_ == "conj":
        verb = verb.head
    return subject.root.dep_ in ("nsubj", "nsubjpass") and subject.root.head == verb


def sentence_persons(k: int, idx: ArticleIndex) -> list[SpacySpan]:
    """Sentence ``k``'s PERSON entities by :func:`salience`, each group from the last one back."""
    key = ("persons", k)
    if key not in idx.sent_memo:
        s = idx.sents[k]
        # ``Span.ents`` scans every entity of the Doc: the index's token map instead
        inside = [
            e
            for e in dict.fromkeys(idx.ent_of.get(t.i) for t in s)
            if e is not None
            and e.label_ == "PERSON"
            and e.start >= s.start
            and e.end <= s.end
            and not name_as_type(e)
            and not eponym(e)
        ]
        # subjects first, then other mentions, then names in a prepositional phrase ("was
        # blunt on Twitter"): the more prominent the role, the likelier the antecedent
        idx.sent_memo[key] = sorted(inside[::-1], key=salience)
    return idx.sent_memo[key]  # type: ignore[return-value]


def name_as_type(ent: SpacySpan) -> bool:
    """Whether a person's name stands for a kind of person, not for them: an article right
    before it and an "of" after it, or a complement ("to become the Michael Moore of the
    right", "is a modern-day Robin Hood"). No pronoun stands for them."""
    doc = ent.doc
    first = next((t for t in ent if t.pos_ == "PROPN"), None)
    # (a title is no kind: "the Duke of Sussex", "the Rev. Lee")
    if first is None or first.i == 0 or doc[first.i - 1].lower_ not in ARTICLES:
        return False
    if is_title(first.text) or first.lower_ in PEERAGE:
        return False
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return after == "of" or ent.root.dep_ in ("attr", "oprd")


def eponym(ent: SpacySpan) -> bool:
    """Whether a person's name only names an illness after them ("diagnosed with Lou Gehrig's
    disease", "Parkinson's disease"): the person is no one in the story, and the "he" of a
    quote after it is the patient's (049: Bélanger's words went to Lou Gehrig)."""
    doc = ent.doc
    k = ent.end
    if ent[-1].tag_ != "POS":
        if k >= len(doc) or doc[k].tag_ != "POS":
            return False
        k += 1
    return k < len(doc) and doc[k].lower_ in EPONYM_NOUNS


def only_modifies(ent: SpacySpan, idx: ArticleIndex) -> bool:
    """Whether a person's name only modifies a noun after it (:func:`salience` 3: "Kimmel
    makes President Trump Twitter jokes", "the Obama administration") and the article gives
    the name no gender: no one acts there, and a "she" after it, which any name of no known
    gender agrees with, is no one the parse can tell."""
    return (
        salience(ent) == MODIFIER_SALIENCE and person_gender(ent_name(ent, idx).name, idx) is None
    )


def salience(ent: SpacySpan) -> int:
    """0 for a subject, 2 for the object of a preposition, 3 for a name that only modifies a
    noun after it ("a speech at the Reagan Library", "the Obama administration": no one
    there acts), 1 for any other role."""
    deps = {t.dep_ for t in ent}
    if "nsubj" in deps:
        return 0
    root = ent.root
    if root.dep_ == "compound" and root.head.i >= ent.end and root.head.pos_ in ("NOUN", "PROPN"):
        return MODIFIER_SALIENCE
    return 2 if root.dep_ == "pobj" else 1
