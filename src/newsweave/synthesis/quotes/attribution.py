"""Who said it: cues and speakers from the dependency parse.

The cue of a quote is the nearest communication verb governing it (``said``,
``warned``, ``posted``…, :data:`CUE_LEMMAS`), or the one in the attribution
clause right next to it; the speaker is that verb's subject (or ``according to
X``, or the agent of a passive, or a name and a colon), resolved from a pronoun
(``he said``) to the nearest subject of the preceding sentences whose gender agrees
(``they`` to an organisation; never to a name in the pronoun's own clause, "He said
Kessler wanted…"; after "…, according to X." a "he said" is X), from a definite
description (``the Russian leader``, ``the rookie defenceman``, ``his father``) to the
closest earlier person whose role fits (a party word no one is given, ``the Wisconsin
Republican``, to the person just named), and from a bare surname (``Love``, ``Rev Love``)
to the namesake it fits (:mod:`.speakers`; a saint's name, "St Francis", is nobody's
surname). Each resolved :class:`Speaker` keeps its chain of mentions back to the name.
Anything else leaves the speaker ``None``: never guessed.

The reactions stage asks the same questions of stance verbs, so the article
index (:func:`article_index`), :func:`subject_of` and :func:`resolve_subject`
are shared.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from newsweave.nlp import doc_cache, doc_ents, doc_sents, doc_text
from newsweave.synthesis.quotes.cues import CUE_LEMMAS, MEDIUM_NOUNS, RELAY_LEMMAS, WEAK_CUES
from newsweave.synthesis.quotes.mentions import (
    PERSON_PRONOUNS,
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
    PARTY_NOUNS,
    TITLE_NOUNS,
    Gender,
    Namesakes,
    agrees,
    clean_name,
    name_gender,
    names_nobody,
    personal_name,
    pick_namesake,
    saint_name,
    title_gender,
)
from newsweave.text.headline import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE"})
# A subject pronoun's clause arguments that never name the pronoun's referent (binding).
CLAUSE_ARGUMENTS = frozenset({"dobj", "dative", "attr", "oprd"})
# Entity types that never name a speaker, whatever the parse makes the subject of a cue.
NOT_SPEAKERS = frozenset(
    {"NORP", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
# What follows a full name after a comma and is no name itself ("Keith Knowles, Jr."): the parser
# may make it a second subject of the verb.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# How many earlier holders of a role a description checks for its modifiers ("the Russian
# leader" past other leaders): enough for any article, bounded for a list of thousands.
MAX_ROLE_CANDIDATES = 50
# A person a description may refer to: name, where named, the words of their roles.
RoleHolder = tuple[str, tuple[int, int], frozenset[str]]
# The credit of a post embedded in an article: "— George Takei (@GeorgeTakei) April 1, 2017",
# or the link a tweet's picture leaves.
EMBED_CREDIT = re.compile(r"\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}|pic\.twitter\.com/")
# A person's pronouns decide their gender when one gender has this many times the other's
# votes: a stray pronoun of the other gender (a relative's, a misparse) does not flip it.
GENDER_MAJORITY = 2
# How many sentences back a pronoun or a description may look for its antecedent.
MAX_ANTECEDENT_SENTENCES = 6
# How far (tokens) attribution reads either side of a quote or pronoun inside one sentence: a
# real sentence is shorter, and a "sentence" of thousands of tokens (a list or transcript with
# no full stop) must not make every quote in it cost time in proportion to the whole text.
MAX_CONTEXT_TOKENS = 150


def sentence_start(tok: Token) -> int:
    """Index of the first token of ``tok``'s sentence, looking back at most
    :data:`MAX_CONTEXT_TOKENS` (``Token.sent`` walks the whole sentence on every call)."""
    doc = tok.doc
    lo = max(0, tok.i - MAX_CONTEXT_TOKENS)
    for j in range(tok.i, lo, -1):
        if doc[j].is_sent_start:
            return j
    return lo


def sentence_end(tok: Token, reach: int = MAX_CONTEXT_TOKENS) -> int:
    """One past the last token of ``tok``'s sentence, looking ahead at most ``reach`` tokens."""
    doc = tok.doc
    hi = min(len(doc), tok.i + 1 + reach)
    for j in range(tok.i + 1, hi):
        if doc[j].is_sent_start:
            return j
    return hi


def is_cue(tok: Token, *, governing: bool) -> bool:
    """Whether ``tok`` is a speech verb; a weak cue ("continue", "call") only when ``governing``.

    A verb that governs the quote in the parse is reliably its cue; nearby, the everyday
    senses of the weak cues ("continued to fight") would attribute quotes by accident.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and lemma in ("statement",)):
        return False
    if lemma not in CUE_LEMMAS:
        return False
    return governing or lemma not in WEAK_CUES


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
    quoted: bytes = b""  # non-zero on the characters inside quotation marks
    orgs: OrgForms = field(default_factory=lambda: OrgForms({}, {}))  # "the Observatory"

    def sentence_no(self, tok: Token) -> int:
        """Number of the sentence holding ``tok`` (a binary search over sentence starts)."""
        starts = self.sent_memo.get(("starts", 0))
        if starts is None:
            starts = self.sent_memo[("starts", 0)] = [s.start for s in self.sents]
        return bisect_right(starts, tok.i) - 1  # type: ignore[arg-type]


def _entities(doc: Doc) -> list[SpacySpan]:
    """The Doc's entities, less the PERSON ones whose words cannot be a person's name (a
    header "Grateful Dead Q&A", a handle): taken for people, they would speak for others."""
    memo = doc_cache(doc)
    if "quotes_entities" not in memo:
        memo["quotes_entities"] = [
            e for e in doc_ents(doc) if e.label_ != "PERSON" or personal_name(bare_name(e))
        ]
    return memo["quotes_entities"]  # type: ignore[return-value]


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
    for ent in _entities(doc):
        for t in ent:
            ent_of[t.i] = ent
        if ent.label_ != "PERSON":
            continue
        name = bare_name(ent)
        if not name:
            continue
        parts = name.split()
        if len(parts) >= 2 and not saint_name(parts):
            counts[name] = counts.get(name, 0) + 1
            # the person named in full most often wins a surname ("Neil Gorsuch" over his
            # mother, named once), then the longer form ("Donald J. Trump")
            known = full.get(parts[-1])
            if known is None or (counts[name], len(name)) > (counts[known], len(known)):
                full[parts[-1]] = name
            for k in range(1, len(parts)):
                by_first.setdefault(" ".join(parts[:k]), set()).add(name)
    # Features call family members by their given names once the full name is out ("Heath
    # Harding" ... "Heath said"): a given name that opens exactly one full name, and is
    # nobody's surname, is that person (two full names sharing it leave it as written).
    for first, names in by_first.items():
        if len(names) == 1 and first not in full:
            full[first] = next(iter(names))
    for ent in _entities(doc):
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
        canonical_name(bare_name(e), full) for e in _entities(doc) if e.label_ == "PERSON"
    )
    namesakes, genders, role_words = find_namesakes(doc)
    quoted = bytearray(len(doc_text(doc)) + 1)
    for sp in find_quote_spans(doc_text(doc)):
        quoted[sp.start : sp.end] = b"\x01" * (sp.end - sp.start)
    return ArticleIndex(
        doc,
        full,
        roles,
        ent_of,
        persons,
        doc_sents(doc),
        namesakes=namesakes,
        genders=genders,
        role_words=role_words,
        quoted=bytes(quoted),
        orgs=org_forms(_entities(doc)),
    )


def ent_name(
    ent: SpacySpan, idx: ArticleIndex, gender: Gender | None = None
) -> tuple[str, tuple[int, int] | None]:
    """The full name a name mention stands for, and where that full name is given.

    A bare surname with namesakes in the article is resolved by
    :func:`~newsweave.synthesis.quotes.speakers.pick_namesake` (title, gender, nearest full
    mention); ``gender`` is that of a pronoun the mention may be the antecedent of ("he" after
    "Eichmann" is not his wife Vera Eichmann). The second value is None when the mention is
    itself the full name.
    """
    return short_name(bare_name(ent), ent.start, title_of(ent), idx, gender)


def short_name(
    name: str, token: int, title: str | None, idx: ArticleIndex, gender: Gender | None = None
) -> tuple[str, tuple[int, int] | None]:
    """:func:`ent_name` for a name already cut from its mention."""
    parts = name.split()
    group = idx.namesakes.get(parts[-1]) if len(parts) == 1 else None
    wanted = title_gender(title) or gender
    chosen = pick_namesake(token, title, wanted, group) if group else None
    if chosen is None:
        return canonical_name(name, idx.full_name), None
    return chosen.name, chosen.span


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


def name_of(tok: Token, idx: ArticleIndex) -> tuple[str, SpacySpan | None, str | None] | None:
    """The named entity a subject token stands for, its span and label, if it is a name.

    A mention that is only a title ("Sgt", "Virgin Islands Del.") stands for the name written
    right after it, past a full stop the sentence splitter may have taken for a sentence end.
    """
    doc = tok.doc
    if tok.lower_.rstrip(".") in NAME_SUFFIXES and tok.i >= 2 and doc[tok.i - 1].text == ",":
        tok = doc[tok.i - 2]  # "Keith Knowles, Jr. turned himself in": the name before it
    named = _named(tok, idx)
    if named is not None and len(named[0].rstrip(".")) == 1:
        return None  # a letter names no one ("Q: Remind me, how much…", a FAQ's question)
    # "the Observatory said", "the Department said" (a name cut short, empty): the organisation
    # the article names in full
    org = None if named is None else idx.orgs.full(named[0] or tok.text, named[2] == "PERSON")
    if org is not None and named is not None and named[0] not in idx.full_name:
        return org, named[1], "ORG"
    if named is None or not named[0] or not names_nobody(named[0].split()[-1]):
        return named
    j = named[1].end if named[1] is not None else tok.i + 1
    while j < len(doc) and (doc[j].text == "." or doc[j].is_space):
        j += 1
    k = j
    while k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    after = _named(doc[k - 1], idx) if k > j else None
    if after is None or not after[0] or names_nobody(after[0].split()[-1]):
        return None
    return after


def _named(tok: Token, idx: ArticleIndex) -> tuple[str, SpacySpan | None, str | None] | None:
    """:func:`name_of` as the mention itself reads, a bare title included."""
    ent = idx.ent_of.get(tok.i)
    if ent is not None and ent.label_ in NAMED_LABELS:
        name = ent_name(ent, idx)[0]
        label = ent.label_
        if label != "PERSON" and (name in idx.persons or name in idx.genders):
            label = "PERSON"  # the NER called a known person's name an ORG or GPE
        return name, ent, label
    if ent is not None and ent.label_ == "NORP" and tok.tag_ in ("NNPS", "NNS"):
        return bare_name(ent), ent, "GROUP"  # "Republicans said…": a group speaks
    described = any(c.dep_ == "det" for c in tok.children)
    if ent is not None and ent.label_ == "NORP" and (described or tok.pos_ != "PROPN"):
        return None  # "a New Hampshire Democrat": a description, not a name
    if ent is not None and ent.label_ in NOT_SPEAKERS - {"NORP"}:
        return None  # "Saturday", "three": the parse made a date or a number the subject
    if tok.pos_ == "PROPN":
        # a name the NER missed: the PROPN run around the head
        doc = tok.doc
        a = tok.i
        while a > 0 and doc[a - 1].pos_ == "PROPN" and doc[a - 1].head.i == tok.i:
            a -= 1
        for t in doc[a : tok.i + 1]:
            e = idx.ent_of.get(t.i)
            if e is not None and e.label_ in NAMED_LABELS and e.start <= tok.i < e.end:
                return canonical_name(bare_name(e), idx.full_name), e, e.label_
        b = tok.i + 1
        if b + 1 < len(doc) and doc[b].text == "&" and doc[b + 1].pos_ == "PROPN":
            b += 2  # "&" joins one name: "Life & Style alleges…", "Procter & Gamble said…"
        elif b < len(doc) and doc[b].dep_ == "nummod" and doc[b].head == tok:
            b += 1  # a station's number is part of its name: "Channel 3 called the FDA"
        span = doc[a:b]
        holder = office_holder(tok)
        if holder is not None:
            return _named(holder, idx)
        if tok.lower_ in TITLE_NOUNS | HEAD_TITLES or indefinite_mention(tok):
            return None
        # "Mr Love in" typed WORK_OF_ART: a titled name, or a known person's, is a person;
        # an office before the name is no part of it ("Fire Chief Curtis Borden"; a title
        # alone, "Virgin Islands Del.", is left for name_of to look past)
        bare = bare_name(span)
        name = short_name(clean_name(bare) or bare, span.start, title_of(span), idx)[0]
        person = title_of(span) is not None or name in idx.genders or name in idx.persons
        return name, span, "PERSON" if person else None
    return None


def _same_paragraph(a: Token, b: Token) -> bool:
    lo, hi = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[lo:hi]


def _direct_subject(verb: Token) -> Token | None:
    """The nsubj (or passive agent) nearest to ``verb`` within its paragraph."""
    best = None
    for child in verb.children:
        cand = None
        if child.dep_ == "nsubj":
            cand = child
        elif child.dep_ == "agent":
            cand = next((g for g in child.children if g.dep_ == "pobj"), None)
        if (
            cand is not None
            and _same_paragraph(cand, verb)
            and (best is None or abs(cand.i - verb.i) < abs(best.i - verb.i))
        ):
            best = cand
    return best


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a cue verb, following conj / xcomp chains."""
    quoted = _quoted_source(verb)
    if quoted is not None:
        return quoted
    cur = verb
    for _ in range(4):
        subj = _direct_subject(cur)
        if subj is not None:
            return subj
        if cur.tag_ == "VBG" and cur.dep_ in ("advcl", "conj", "xcomp"):
            # "Sanders said the process could be 'messy,' adding, '…'": the participle
            # belongs to the speech verb above it, whatever the parser attached it to
            for anc in cur.ancestors:
                if is_cue(anc, governing=True):
                    subj = _direct_subject(anc)
                    if subj is not None:
                        return subj
                    break
        if cur.dep_ == "conj" and cur.tag_ == "VBG":
            # "saying it's 'not enough' and warning that…": a coordinated participle
            # shares the subject of the cue participle before it
            doc = cur.doc
            for t in (doc[i] for i in range(cur.i - 1, sentence_start(cur) - 1, -1)):
                if t.tag_ == "VBG" and is_cue(t, governing=True):
                    subj = _direct_subject(t)
                    if subj is not None:
                        return subj
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children):
            # passive without agent: the subject is what was said, or who was told ("she
            # posted bond but was warned that …" shares a hearer, not a speaker), never who
            return None
        if (
            cur.dep_ == "conj"
            and cur.tag_ == "VBD"
            and cur.head.tag_ in ("VB", "VBP", "VBZ")
            and cur.head.dep_ == "ccomp"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            # "leaders demanded that Moscow enter a ceasefire, and threatened sanctions": a
            # past-tense verb hung on the present verb of a that-clause is coordinated with the
            # verb governing the clause (the parser's attachment), so it shares its subject
            cur = cur.head.head
            continue
        if (
            cur.dep_ in ("conj", "xcomp", "advcl")
            and cur.head.pos_ in ("VERB", "AUX")
            and _same_paragraph(cur, cur.head)
        ):
            # (a parse run across a paragraph break is no clause of the verb above it)
            cur = cur.head
            continue
        if (
            cur.dep_ == "acl"
            and cur.head.lemma_.lower() in MEDIUM_NOUNS
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            cur = cur.head.head  # "Trump released an ad calling it 'dangerous'": who released it
            continue
        if (
            cur.dep_ in ("acl", "pcomp")
            and cur.head.pos_ in ("PROPN", "NOUN")
            and not (cur.dep_ == "acl" and cur.tag_ == "VBN")
        ):
            # ("an ad calling it…": the ad speaks; "a game called 'Words'": the game is named)
            return cur.head
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            quoted = _quoted_source(cur)
            if quoted is not None:
                return quoted  # "the board quoted Ola Lund as saying '…'"
            cur = cur.head.head  # "punctuated his list by saying '…'"
            continue
        break
    return None


def _quoted_source(cue: Token) -> Token | None:
    """Who speaks when a cue quotes someone by name "as saying": "the presidency quoted
    Eichmann's letter as saying '…'" quotes Eichmann (a medium's owner speaks through it), not
    the presidency. An unnamed one ("CNN quoted a witness as saying") leaves the quoting
    outlet the source, as the quote is told on its word."""
    verb = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else cue
    if verb.lemma_.lower() != "quote" or not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    ):
        return None
    source = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if source is not None and source.lemma_.lower() in MEDIUM_NOUNS:
        source = next((c for c in source.children if c.dep_ == "poss"), None)
    return source if source is not None and source.pos_ == "PROPN" else None


def _main_subject(sent: SpacySpan) -> Token | None:
    """The subject of the sentence's main clause; of the relayed clause when an outlet relays
    it ("Putin offered talks, Al Jazeera reported": Putin, the story's actor)."""
    root = sent.root
    if root.lemma_.lower() in RELAY_LEMMAS:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    for v in [root, *[c for c in root.children if c.dep_ == "conj"]]:
        for c in v.children:
            if c.dep_ == "nsubj":
                return c
    return None


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


def resolve_subject(tok: Token, idx: ArticleIndex, depth: int = 0) -> Speaker:
    """Name for a subject token: a name, a pronoun's antecedent, a description's referent."""
    filed = _dateline_end(tok, idx)
    if tok.idx < filed:
        # "PARIS (Reuters) - France's Carmat said": the parse makes the dateline the subject
        # and the speaker its apposition after the dash
        after = [c for c in tok.subtree if c.dep_ == "appos" and c.idx >= filed]
        if after:
            return resolve_subject(after[0], idx, depth + 1)
    span = (tok.idx, tok.idx + len(tok.text))
    named = name_of(tok, idx)
    if named is not None:
        name, sp, label = named
        if sp is not None:
            span = (sp.start_char, sp.end_char)
        full = short_name(bare_name(sp), sp.start, title_of(sp), idx)[1] if sp else None
        chain = (span,) if full is None or full == span else (span, full)
        # "Kyiv's allies" has a name inside but the head is a common noun: handled below
        return Speaker(name or None, span, label, chain if name else ())
    if depth > 2:
        return Speaker(None, span, None)
    # "one witness, Priya Lanning, told…", "One of the men, Jessie Elkins, said…": the name in
    # apposition is the speaker; so is the name a description stands beside ("L. Lin Wood, an
    # Atlanta attorney who said…")
    # ("Carmat's CEO, Marcello Conviti": a title tagged as a name is a description too)
    described = tok.pos_ in ("NOUN", "NUM") or tok.lower_ in TITLE_NOUNS
    beside = [c for c in tok.children if c.dep_ == "appos"] if described else []
    beside += [tok.head] if tok.dep_ == "appos" and tok.pos_ == "NOUN" else []
    for other in beside:
        named = name_of(other, idx)
        if named is not None and named[0] and named[2] in ("PERSON", "ORG"):
            name, sp, label = named
            here = (sp.start_char, sp.end_char) if sp is not None else span
            return Speaker(name, here, label, (_edges(tok), here))
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        # "Cruz, who said…": the relative pronoun stands for the noun its clause modifies
        ref = resolve_subject(_relative_antecedent(tok), idx, depth + 1)
        return replace(ref, chain=(span, *ref.chain)) if ref.name else ref
    # (a possessive, "his claim that…", voices a report noun)
    if tok.lower_ in PERSON_PRONOUNS | {"they"} or (
        tok.dep_ == "poss" and tok.lower_ in ("his", "her")
    ):
        ant = _antecedent(tok, idx, depth)
        if not ant.name:
            return Speaker(None, span, "GROUP" if tok.lower_ == "they" else None)
        return Speaker(ant.name, span, ant.label, (span, *(ant.chain or _spans(ant.span))))
    # "the Wisconsin Republican": a party word is a description of a member
    party = tok.pos_ == "PROPN" and tok.lemma_.lower() in PARTY_NOUNS
    if (tok.pos_ == "NOUN" or party) and not any(c.dep_ == "prep" for c in tok.children):
        definite = any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in tok.children
        )
        if definite:
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            ref = _description_referent(tok, mods, idx)
            sp = _edges(tok)
            if ref is not None:
                return Speaker(ref[0], sp, "PERSON", (sp, ref[1]))
            if party:
                # the article gives nobody that word: it goes on about the person it just named
                # ("Paul Ryan says… The Wisconsin Republican says"), found as for a pronoun
                ant = _antecedent(tok, idx, depth)
                chain = (sp, *(ant.chain or _spans(ant.span)))
                return Speaker(ant.name, sp, ant.label, chain if ant.name else ())
            return Speaker(None, sp, "GROUP")
    if tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text in idx.full_name:
        # a surname the parser took for a plural noun ("Sanders, well aware of Day's views,
        # considered…", lemma "sander"): the person the article names in full
        name, full = short_name(tok.text, tok.i, None, idx)
        return Speaker(name, span, "PERSON", (span, full) if full and full != span else (span,))
    return Speaker(None, _edges(tok), "GROUP" if tok.pos_ == "NOUN" else None)


def _spans(span: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    return (span,) if span is not None else ()


def _edges(tok: Token) -> tuple[int, int]:
    """Character span of ``tok``'s subtree (its edges are stored: no walk of the subtree)."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _description_referent(
    tok: Token, mods: set[str], idx: ArticleIndex
) -> tuple[str, tuple[int, int]] | None:
    """``the Russian leader``, ``the rookie defenceman``, ``his father`` → the closest earlier
    person whose role fits (office, nationality, any role the article gives them), and where
    that person is named. Looked up in the persons indexed by role word (:func:`_by_role`),
    nearest first and at most :data:`MAX_ROLE_CANDIDATES` back."""
    title = tok.lemma_.lower()
    by_role = _by_role(idx)
    starts, found = by_role.get(title, ([], []))
    k = bisect_right(starts, tok.i - 1)
    for name, span, words in reversed(found[max(0, k - MAX_ROLE_CANDIDATES) : k]):
        if all(m in words for m in mods if m[:1].isalpha()):
            return name, span
    return None


def _by_role(idx: ArticleIndex) -> dict[str, tuple[list[int], list[RoleHolder]]]:
    """Person mentions by each word of their roles ("leader" also for any head of state or
    government), in text order: built once per article, not once per description."""
    key = ("by_role", 0)
    if key not in idx.sent_memo:
        out: dict[str, tuple[list[int], list[RoleHolder]]] = {}
        for ent in _entities(idx.doc):
            if ent.label_ != "PERSON":
                continue
            name = ent_name(ent, idx)[0]
            role = (idx.roles.get(name) or "").lower()
            words = frozenset(re.findall(r"[a-z.]+", role)) | idx.role_words.get(name, frozenset())
            keys = set(words) | ({"leader"} if words & HEAD_TITLES else set())
            for w in keys:
                starts, found = out.setdefault(w, ([], []))
                starts.append(ent.start)
                found.append((name, (ent.start_char, ent.end_char), words))
        idx.sent_memo[key] = out
    return idx.sent_memo[key]  # type: ignore[return-value]


def _antecedent(tok: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """A he/she pronoun's antecedent: subject-first, recency-ordered, persons only.

    Memoised per pronoun and depth in ``idx``: a pronoun's antecedent may be another
    pronoun's, and without the memo a run of "he said" sentences resolves each earlier one
    again for every later one (exponential in the look-back, seconds per quote).
    """
    key = (tok.i, depth)
    found = idx.antecedents.get(key)
    if found is None:
        found = idx.antecedents[key] = _find_antecedent(tok, idx, depth)
    return found


def _find_antecedent(tok: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """he/she: the nearest person whose gender agrees; they: the nearest organisation."""
    doc = tok.doc
    plural = tok.lower_ == "they"
    gender = GENDERED_WORDS.get(tok.lower_)
    barred = _clause_names(tok, idx) if tok.dep_ in ("nsubj", "nsubjpass") else frozenset()

    def fits(sp: Speaker, loose: bool) -> bool:
        if not sp.name or sp.name in barred:
            return False
        if plural:
            return sp.label in ("ORG", "GPE", "GROUP")
        person = sp.label == "PERSON" or (loose and sp.label is None and " " in sp.name)
        return person and agrees(gender, _gender(sp.name, idx))

    def aside(pos: int) -> bool:
        """Words in another voice: quoted (the speaker's own) or a post set into the text."""
        return bool(idx.quoted[pos] and not idx.quoted[tok.idx]) or _in_embedded_post(pos, idx)

    def subject(t: Token) -> Speaker:
        """``t`` resolved, a bare surname to a namesake the pronoun agrees with ("Eichmann")."""
        sp = resolve_subject(t, idx, depth + 1)
        ent = idx.ent_of.get(t.i)
        if gender is None or ent is None or not sp.name or agrees(gender, _gender(sp.name, idx)):
            return sp
        name, full = ent_name(ent, idx, gender)
        return replace(sp, name=name, chain=(*sp.chain[:1], *_spans(full)))

    # 1. a subject earlier in the same sentence ("Putin dismissed what he said…"); for "they"
    # not one inside what they are said to have said ("The US backs it, they said": a group
    # reports on another party, while "Canova has ripped her, he said" is Canova's own word);
    # for any pronoun not one in the quoted words (the speaker's own) nor a "which" (a thing:
    # "the ministry on Omar Street, which was on fire, he said")
    for i in range(tok.i - 1, sentence_start(tok) - 1, -1):
        t = doc[i]
        if aside(t.idx):
            continue
        if t.dep_ == "nsubj" and t.lower_ != "which" and not (plural and _reported_by(t, tok.head)):
            sp = subject(t)
            if fits(sp, False):
                return sp
            if not plural and _unnamed_speaker(t, sp):
                return Speaker(None, None, None)  # "The person added that he…": unnamed
    # 2. the main-clause subject of the previous sentences, nearest first
    si = idx.sentence_no(tok)
    source = _according_source(si - 1, idx) if si > 0 and is_cue(tok.head, governing=True) else None
    if source is not None and not aside(source.idx):
        # "…, according to the spokesman Daniel Moreau. He said…": the source goes on
        sp = subject(source)
        if fits(sp, False):
            return sp
    for k in range(si - 1, max(-1, si - 1 - MAX_ANTECEDENT_SENTENCES), -1):
        subj = _main_subject_of(k, idx)
        if subj is not None and not aside(subj.idx):
            sp = subject(subj)
            if fits(sp, True):
                return sp
            if not plural and _unnamed_speaker(subj, sp):
                return Speaker(None, None, None)  # "A veterinarian said… She said": unnamed
        if plural:
            continue
        # a person who is the subject of some clause there, else any person named there; not
        # the owner of a subject that speaks ("Rivlin's office quotes the letter…": the office
        # speaks, and "he adds" goes on with someone named before it, not with Rivlin), while
        # the owner of a subject that does not speak is the topic ("Bundy's cattle fed…")
        speaks = subj is not None and is_cue(subj.head, governing=True)
        for person in _persons(k, idx):
            if speaks and person.root.dep_ == "poss" and person.root.head == subj:
                continue
            name, full = ent_name(person, idx, gender)
            fit = name not in barred and agrees(gender, _gender(name, idx))
            if fit and not aside(person.start_char):
                here = (person.start_char, person.end_char)
                return Speaker(name, here, "PERSON", (here, *_spans(full)))
        # else a person the sentence describes by a role the article gave them ("a betrayal
        # by the delegate's own staff, and a turnabout from her first claim"), outside the
        # quoted words ("the leaders" in a quote are the speaker's, not the writer's, words)
        for t in idx.sents[k]:
            ref = None if aside(t.idx) else _described_person(t, idx)
            if ref is not None and ref[0] not in barred and agrees(gender, _gender(ref[0], idx)):
                return Speaker(ref[0], _edges(t), "PERSON", (_edges(t), ref[1]))
    return Speaker(None, None, None)


def _clause_names(tok: Token, idx: ArticleIndex) -> frozenset[str]:
    """The names a subject pronoun's own clause gives its object, its complement's subject or a
    preposition's object: never the pronoun's referent ("He said Kessler wanted…" is not
    Kessler on himself; "she met Ms Ortiz" is not Ortiz meeting herself)."""
    head = tok.head
    args = [c for c in head.children if c.dep_ in CLAUSE_ARGUMENTS and c.i > tok.i]
    args += [
        g
        for c in head.children
        if c.dep_ in ("ccomp", "prep") and c.i > tok.i
        for g in c.children
        if g.dep_ in ("nsubj", "nsubjpass", "pobj")
    ]
    ents = {idx.ent_of.get(t.i) for t in args if _same_paragraph(tok, t)}
    return frozenset(
        ent_name(e, idx)[0] for e in ents if e is not None and e.label_ in NAMED_LABELS
    )


def _according_source(k: int, idx: ArticleIndex) -> Token | None:
    """X in a sentence ``k`` that closes with "…, according to X.": who a "he said" in the
    next sentence most often is (the sentence's own subject is the one X reports on)."""
    key = ("according", k)
    if key not in idx.sent_memo:
        sent = idx.sents[k]
        found = None
        for t in sent:
            if t.lower_ != "according" or t.i + 1 >= sent.end or t.doc[t.i + 1].lower_ != "to":
                continue
            obj = next((g for g in t.doc[t.i + 1].children if g.dep_ == "pobj"), None)
            rest = t.doc[obj.right_edge.i + 1 : sent.end] if obj is not None else ()
            if obj is not None and all(r.is_punct or r.is_space for r in rest):
                found = obj
        idx.sent_memo[key] = found
    return idx.sent_memo[key]  # type: ignore[return-value]


def _described_person(t: Token, idx: ArticleIndex) -> tuple[str, tuple[int, int]] | None:
    """The named person a definite description ``t`` ("the delegate", "his father") refers
    to, by :func:`_description_referent`; None for any other word."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in _by_role(idx):
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in t.children
    ):
        return None
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
    return _description_referent(t, mods, idx)


def _dateline_end(tok: Token, idx: ArticleIndex) -> int:
    """Where the wire dateline opening ``tok``'s sentence ends ("PARIS (Reuters) - "), as a
    character offset; the sentence's start when it opens with none. Read once per sentence:
    every subject resolved asks."""
    k = idx.sentence_no(tok)
    key = ("dateline", k)
    if key not in idx.sent_memo:
        sent = idx.sents[k]
        filed = DATELINE.match(sent.text)
        idx.sent_memo[key] = sent.start_char + (filed.end() if filed else 0)
    return idx.sent_memo[key]  # type: ignore[return-value]


def _in_embedded_post(pos: int, idx: ArticleIndex) -> bool:
    """Whether offset ``pos`` is in the paragraph of a social-media post set into the article
    (its credit line "— Name (@handle) April 1, 2017" or a pic.twitter.com link)."""
    text = doc_text(idx.doc)
    a = text.rfind("\n", 0, pos) + 1
    key = ("embed", a)
    if key not in idx.sent_memo:
        b = text.find("\n", pos)
        idx.sent_memo[key] = EMBED_CREDIT.search(text, a, b if b >= 0 else len(text)) is not None
    return idx.sent_memo[key]  # type: ignore[return-value]


def _unnamed_speaker(subj: Token, sp: Speaker) -> bool:
    """A singular common noun that speaks ("A veterinarian said she could not…"): a person the
    article does not name, whom a "she" in the next sentences continues; the search for a
    named antecedent stops there rather than reaching back past her to someone else."""
    described = any(c.dep_ == "det" for c in subj.children)  # not a mistagged name
    return not sp.name and subj.tag_ == "NN" and described and is_cue(subj.head, governing=True)


def _reported_by(t: Token, verb: Token) -> bool:
    """``t`` stands in what ``verb`` reports: its clausal complement, or the clause a
    parenthetical ``verb`` ("…, they said") is set into."""
    if verb.dep_ == "parataxis" and t.head == verb.head:
        return True
    return any(c.dep_ == "ccomp" and c.left_edge.i <= t.i <= c.right_edge.i for c in verb.children)


def _gender(name: str, idx: ArticleIndex) -> Gender | None:
    """A named person's gender as the article tells it: title, first name, family role, else
    the pronouns it uses for them (:func:`_pronoun_genders`)."""
    known = idx.genders.get(name) or name_gender(name, None, set(idx.role_words.get(name, ())))
    return known or _pronoun_genders(idx).get(name)


def _pronoun_genders(idx: ArticleIndex) -> dict[str, Gender]:
    """Each person's gender from the article's own words, for names no list knows ("Tiago",
    "Dorota"): a gendered title on a mention ("Mr. Parr") counts twice, and a he/his or
    she/her after the only person a sentence names counts once (not inside quotation marks,
    where the pronouns are the speaker's). A gender wins with :data:`GENDER_MAJORITY` times
    the other's votes. Once per article."""
    key = ("pronoun_genders", 0)
    if key not in idx.sent_memo:
        votes: dict[str, dict[Gender, int]] = {}
        for k in range(len(idx.sents)):
            mentions = [(ent_name(e, idx)[0], e) for e in _persons(k, idx)]
            for name, e in mentions:
                g = title_gender(title_of(e))
                if g is not None:
                    tally = votes.setdefault(name, {"m": 0, "f": 0})
                    tally[g] += 2
            if len({name for name, _ in mentions}) != 1:
                continue
            name, first = min(mentions, key=lambda m: m[1].start)
            tally = votes.setdefault(name, {"m": 0, "f": 0})
            end = min(idx.sents[k].end, first.end + MAX_CONTEXT_TOKENS)
            for t in idx.doc[first.end : end]:
                g = GENDERED_WORDS.get(t.lower_)
                if g is not None and not idx.quoted[t.idx]:
                    tally[g] += 1
        out: dict[str, Gender] = {}
        for name, tally in votes.items():
            if tally["m"] > 0 and tally["m"] >= GENDER_MAJORITY * tally["f"]:
                out[name] = "m"
            elif tally["f"] > 0 and tally["f"] >= GENDER_MAJORITY * tally["m"]:
                out[name] = "f"
        idx.sent_memo[key] = out
    return idx.sent_memo[key]  # type: ignore[return-value]


def _main_subject_of(k: int, idx: ArticleIndex) -> Token | None:
    """:func:`_main_subject` of sentence ``k``, once per sentence (``Span.root`` walks it)."""
    key = ("main", k)
    if key not in idx.sent_memo:
        idx.sent_memo[key] = _main_subject(idx.sents[k])
    return idx.sent_memo[key]  # type: ignore[return-value]


def _persons(k: int, idx: ArticleIndex) -> list[SpacySpan]:
    """Sentence ``k``'s PERSON entities by :func:`_salience`, each group from the last one back."""
    key = ("persons", k)
    if key not in idx.sent_memo:
        s = idx.sents[k]
        # ``Span.ents`` scans every entity of the Doc: the index's token map instead
        inside = [
            e
            for e in dict.fromkeys(idx.ent_of.get(t.i) for t in s)
            if e is not None and e.label_ == "PERSON" and e.start >= s.start and e.end <= s.end
        ]
        # subjects first, then other mentions, then names in a prepositional phrase ("was
        # blunt on Twitter"): the more prominent the role, the likelier the antecedent
        idx.sent_memo[key] = sorted(inside[::-1], key=_salience)
    return idx.sent_memo[key]  # type: ignore[return-value]


def _salience(ent: SpacySpan) -> int:
    """0 for a subject, 2 for the object of a preposition, 1 for any other role."""
    deps = {t.dep_ for t in ent}
    return 0 if "nsubj" in deps else 2 if ent.root.dep_ == "pobj" else 1


def _relative_antecedent(pronoun: Token) -> Token:
    """The noun a relative pronoun's clause is about: the parser's, unless its phrase does not
    end right before the pronoun's comma ("a lie according to police, who added …", parsed as
    about "lie"): then the noun before the comma. ("The wife of Cruz, who …": "wife".)"""
    parsed, doc, i = pronoun.head.head, pronoun.doc, pronoun.i
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ not in ("NOUN", "PROPN"):
        return parsed
    clause = range(pronoun.head.left_edge.i, pronoun.head.right_edge.i + 1)
    return doc[i - 2] if max(t.i for t in parsed.subtree if t.i not in clause) < i - 2 else parsed
