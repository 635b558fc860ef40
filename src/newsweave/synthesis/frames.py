"""The predicate-argument frames of a statement, read from its parse: who did what to what
(:func:`frames_of`), which verbs are the statement's own claims rather than what it reports,
hedges or subordinates (its core verbs), what those verbs act on (:func:`claim_terms`), and
whether a negation or a hedge is the claim's own. The sentence-unit layer
(:mod:`newsweave.synthesis.units`) records them in every unit's features; the facts stage and
the support checks compare them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsweave.nlp import SUBJECT_DEPS, doc_cache
from newsweave.synthesis.predicates import family_of

# Lemmas too generic to show that two sentences make the same claim.
GENERIC_LEMMAS = frozenset(
    {"say", "tell", "add", "state", "report", "be", "have", "do", "make", "also", "would"}
    | {"could", "will", "may", "can", "year", "time", "day", "week", "people", "thing", "way"}
    | {"percent"}
)


@dataclass(frozen=True, slots=True)
class Predicate:
    """One predicate-argument unit of a statement: a verb family ("demand", "threaten"), the
    head lemmas of what it takes (objects, complements), and the people said to act.

    ``core`` marks the statement's own claims (its main verb, past a reporting verb, and the
    verbs conjoined with it) as opposed to verbs inside their complements or nouns of action
    ("calls for a ceasefire"): a claim is supported when each of its core predicates is.
    ``clause`` says which clause of the statement the predicate sits in (:func:`clause_of`):
    a passage that tells only what a relative or adverbial clause of a claim says ("Stone,
    who had won Best Actress, ...") does not back its main claim.
    """

    family: str
    objects: frozenset[str]
    actors: frozenset[str]
    core: bool
    # the family of the act it takes as its complement ("declined to respond": "respond")
    complement: str = ""
    # main | complement | relative | adverbial | time | participle (:func:`clause_of`)
    clause: str = "main"
    # weekdays naming, in the possessive, what it acts on ("Saturday's car bombs"): the days
    # of those things, not of its act (:func:`_object_days`)
    object_days: frozenset[str] = frozenset()


# Nouns that name an action with its object ("calls for a ceasefire", "threats of sanctions").
_ACTION_NOUNS = frozenset(
    {"call", "demand", "threat", "warning", "proposal", "offer", "agreement", "rejection"}
    | {"death", "arrest", "meeting", "attack", "resignation", "accusation", "invitation"}
)
# Verbs that report or hedge a claim: the claim is their complement ("said that ...", "does
# not rule out that ...", "will be able to agree ...").
_FRAMING_VERBS = frozenset(
    {"say", "tell", "add", "state", "report", "write", "post", "note", "tweet", "explain"}
    | {"claim", "exclude", "rule", "expect", "hope", "believe", "think", "seem", "appear"}
    | {"accord"}
    | {"be", "able", "likely", "want"}
)
# Negated, these verbs affirm a possibility ("does not rule out", "did not exclude").
_LITOTES = frozenset({"rule", "exclude"})
# Clauses whose polarity is not the statement's: conditions, relative and adverbial clauses.
_ASIDE_CLAUSES = frozenset({"advcl", "relcl", "acl"})
# Dependents that are not what a predicate takes: its subject, clauses of time or condition,
# markers, punctuation, relative clauses on its objects.
_NOT_OBJECT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "advcl", "mark", "punct", "cc"}
    | {"aux", "auxpass", "neg", "npadvmod", "advmod", "relcl", "det", "prt"}
)
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# A word in capitals longer than this is a header ("METHODOLOGY"), not an acronym ("NAACP").
ACRONYM_MAX_LETTERS = 5
_TIME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "MONEY"})


def claim_negation(t: Token, lo: int, hi: int) -> bool:
    """Whether a negation word negates the statement's claim: not a possibility affirmed ("does
    not rule out a ceasefire"), not a condition or a relative clause ("sanctions if it did not
    comply" threatens sanctions; it does not deny anything). ``lo``-``hi`` bound the unit's
    tokens: a unit that is itself a subordinate clause keeps its own polarity."""
    if t.head.lemma_.lower() in _LITOTES:
        return False
    return not any(
        a.dep_ in _ASIDE_CLAUSES and lo <= a.head.i <= hi and a.head.i != a.i for a in t.ancestors
    )


def _noun_key(t: Token) -> str | None:
    """A content noun's key, hyphenated compounds joined ("cease-fire" = "ceasefire")."""
    if t.pos_ not in {"NOUN", "PROPN"} or t.ent_type_ in _TIME_ENTS or not t.is_alpha:
        return None
    lem = t.lemma_.lower()
    doc = t.doc
    if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_:
        return None  # "cease" of "cease-fire": the compound is keyed at its last part
    if t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_:
        left = doc[t.i - 2]
        if left.is_alpha and not left.whitespace_:
            lem = left.lower_ + lem
    return None if lem in GENERIC_LEMMAS or t.is_stop else lem


def _taken(p: Token) -> list[Token]:
    """The tokens of what ``p`` takes (objects, prepositional and clausal complements), not
    its subject, its conjoined predicates or its clauses of time and condition."""
    out: list[Token] = []
    todo = list(p.children)
    while todo:
        c = todo.pop()
        if c.dep_ in _NOT_OBJECT_DEPS or (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}):
            continue
        if c.lower_ == "according":  # "according to a statement": the source, not an object
            continue
        if c.dep_ == "prep" and _channel(c):  # "insisted in several media appearances"
            continue
        out.append(c)
        todo.extend(c.children)
    return out


# Where a statement was made ("in an interview", "in several media appearances", "at a news
# conference", "during a briefing"): the channel of a report, not what its verb acts on, and
# shared by any two things the person said there.
_CHANNEL_PREPS = frozenset({"in", "at", "during", "on", "via"})
_CHANNEL_NOUNS = frozenset(
    {"interview", "statement", "appearance", "conference", "briefing", "speech", "remark"}
    | {"post", "tweet", "video", "podcast", "broadcast", "address", "op-ed", "column"}
)


def _channel(prep: Token) -> bool:
    """Whether preposition ``prep`` names where a statement was made (:data:`_CHANNEL_NOUNS`)."""
    return prep.lower_ in _CHANNEL_PREPS and any(
        x.dep_ == "pobj" and x.lemma_.lower() in _CHANNEL_NOUNS for x in prep.children
    )


def _objects(taken: list[Token]) -> frozenset[str]:
    """Noun keys of what a predicate takes (``taken``: its :func:`_taken`)."""
    return frozenset(k for k in map(_noun_key, taken) if k)


# Days of the week, which name in the possessive the day of a thing ("Saturday's car bombs").
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _object_days(taken: list[Token]) -> frozenset[str]:
    """The weekdays that name, in the possessive, what a predicate acts on (``taken``: its
    :func:`_taken`; "gathered for memorials to the victims of Saturday's car bombs"): the day
    of that thing, not of the predicate's act."""
    return frozenset(t.lower_ for t in taken if t.dep_ == "poss" and t.lower_ in WEEKDAYS)


def _actors(p: Token) -> frozenset[str]:
    """The names heading ``p``'s subject (its own, else that of the verb it hangs from), with
    those coordinated or in apposition with it (a list is often parsed as appositions):
    "Prodigy, one-half of Mobb Deep, has died" is Prodigy's act, "the Trump administration
    warned" Trump's, "Beatty and Dunaway were handed" and "his clerk, Jan Molen, was charged"
    theirs; not other names inside the subject, places ("Moscow refused" may be Putin's act),
    descriptions the parser took for names ("the president"), a header or a dateline
    ("METHODOLOGY - This ABC News poll was conducted", "NEW YORK (AP) — Colin Kroll died")."""
    head = p
    for _ in range(3):
        subj = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if subj:
            heads = [subj[0]]
            for h in heads:  # grows as it goes: "A, B and C" is A <- B (appos) <- C (conj)
                heads += [c for c in h.children if c.dep_ in {"conj", "appos"}]
            names = [*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]
            return frozenset(
                t.lemma_.lower()
                for t in names
                if t.pos_ == "PROPN"
                and t.is_alpha
                and t.text[0].isupper()
                and t.ent_type_ not in _PLACE_ENTS
                and not (t.is_upper and len(t) > ACRONYM_MAX_LETTERS)
                and not (t.i > 0 and t.doc[t.i - 1].text == "(")
            )
        if head.dep_ not in {"xcomp", "conj"} or head.head.i == head.i:
            break
        head = head.head
    return frozenset()


# Verbs that only place a statement after another happening ("X came hours after Y
# demanded ..."): the claim is the happening's clause.
SEQUENCE_VERBS = frozenset({"come", "follow"})


def _sequel_clause(t: Token) -> Token | None:
    """The clause "Y demanded ..." of "X came hours after Y demanded ..." when it has its own
    subject and runs to the end of the sentence, else ``None``."""
    if t.lemma_.lower() not in SEQUENCE_VERBS:
        return None
    for c in t.children:
        if c.dep_ != "advcl" or not any(
            x.lower_ == "after" and x.dep_ == "mark" for x in c.children
        ):
            continue
        tail = t.doc[c.right_edge.i + 1 : t.sent.end]
        tail = [x for x in tail if not (x.is_punct or x.is_space)]
        if not tail and any(x.dep_ in SUBJECT_DEPS for x in c.children):
            return c
    return None


def own_claim_start(toks: Sequence[Token]) -> int:
    """Where a statement's own claim starts, in characters from its first token: past a
    leading "X came hours after" (the rest is the sentence's own words and a sentence), else
    0."""
    if not toks:
        return 0
    heads = _heads(toks[0].doc)
    roots = [t for t in toks if heads[t.i] == t.i]
    sequel = _sequel_clause(roots[0]) if len(roots) == 1 else None
    if sequel is None:
        return 0
    first = min(x.left_edge.i for x in sequel.children if x.dep_ in SUBJECT_DEPS)
    return toks[first - toks[0].i].idx - toks[0].idx


def _claim_head(t: Token) -> Token:
    """Past the verbs that report or hedge a claim, or place it after another happening, to
    the claim's own verb."""
    sequel = _sequel_clause(t)
    if sequel is not None:
        t = sequel
    for _ in range(4):
        if t.lemma_.lower() not in _FRAMING_VERBS and t.pos_ != "AUX":
            break
        nxt = [c for c in t.children if c.dep_ in {"ccomp", "xcomp"}]
        nxt += [x for c in t.children if c.dep_ == "acomp" for x in c.children if x.dep_ == "xcomp"]
        if not nxt:
            break
        t = nxt[0]
    return t


def _heads(doc: Doc) -> list[int]:
    """Each token's head index, read once per Doc: ``Token.head`` builds a new Token on every
    access, and the scan for a statement's roots asks it of every token of every unit."""
    memo = doc_cache(doc)
    if "heads" not in memo:
        memo["heads"] = [t.head.i for t in doc]
    return memo["heads"]  # type: ignore[return-value]


def _core_verbs(toks: Sequence[Token]) -> frozenset[int]:
    """Token indices of a statement's own claims: the main verb of each root (past reporting
    and hedging verbs) and the verbs conjoined with it (once per statement: both its frames
    and its claim terms ask)."""
    if not toks:
        return frozenset()
    doc, lo, hi = toks[0].doc, toks[0].i, toks[-1].i
    memo = doc_cache(doc)
    key = ("core_verbs", lo, hi)
    if key not in memo:
        memo[key] = _find_core_verbs(toks, _heads(doc))
    return memo[key]  # type: ignore[return-value]


# Framing verbs that leave their claim open: "is expected to approve" has not approved.
# ("appears to show", "wanted to remind" are how outlets word what a video shows or a notice
# says, not doubt about it; "as likely to die as" compares, it does not hedge.)
_HEDGES = frozenset({"expect", "hope", "believe", "think"})


# Modals that leave a claim only possible ("might be", "may have fled"): every own claim of a
# statement under one is hedged. Not "will", a claim of what is to come, nor "can" or
# "could", mostly what something is able to do ("the process could be powered by wind"), which
# a passage telling what was built to do it backs.
_OPEN_MODALS = frozenset({"might", "may"})


def hedged(toks: Sequence[Token]) -> bool:
    """Whether a statement's own claims (:func:`_core_verbs`) are reached past a verb that
    leaves them open ("the council is expected to approve a reward", "police believe he
    fled") or are only said to be possible ("it might be the only way to save the planet"):
    such a passage does not back a report that the thing happened."""
    if not toks:
        return False
    lo, hi = toks[0].i, toks[-1].i
    doc = toks[0].doc
    core = _core_verbs(toks)
    if any(a.lemma_.lower() in _HEDGES for i in core for a in doc[i].ancestors if lo <= a.i <= hi):
        return True
    return bool(core) and all(
        any(c.dep_ == "aux" and c.lower_ in _OPEN_MODALS for c in doc[i].children) for i in core
    )


def _find_core_verbs(toks: Sequence[Token], heads: list[int]) -> frozenset[int]:
    lo, hi = toks[0].i, toks[-1].i
    core: set[int] = set()
    for root in (t for t in toks if not lo <= heads[t.i] <= hi or heads[t.i] == t.i):
        if root.pos_ not in {"VERB", "AUX"}:
            continue
        main = _claim_head(root)
        # the verbs conjoined with the claim's own, also where the parser hung them on its
        # complement ("demanded that Moscow enter X, and threatened Y": "threatened" <- "enter")
        todo = [main]
        todo += [
            x
            for c in main.children
            if c.dep_ in {"ccomp", "xcomp"}
            for x in c.children
            if x.dep_ == "conj" and x.pos_ == "VERB"
        ]
        while todo:
            v = todo.pop()
            core.add(v.i)
            todo.extend(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return frozenset(core)


def frames_of(toks: Sequence[Token]) -> tuple[Predicate, ...]:
    """The predicate-argument units of a statement's tokens: each verb (reporting and hedging
    verbs aside) and noun of action with its objects, conjoined verbs split ("demanded X and
    threatened Y" is a demand of X and a threat of Y), with the clause it sits in."""
    core = _core_verbs(toks)
    out = []
    for t in toks:
        lem = t.lemma_.lower()
        verb = t.pos_ == "VERB" and lem not in _FRAMING_VERBS
        if not verb and not (t.pos_ == "NOUN" and lem in _ACTION_NOUNS):
            continue
        core_t = t.i in core
        taken = _taken(t)  # (read once for its objects and their days)
        out.append(
            Predicate(
                family_of(lem),
                _objects(taken),
                _actors(t),
                core_t,
                _act_taken(t),
                "main" if core_t else clause_of(t, core),
                _object_days(taken),
            )
        )
    return tuple(out)


# The clause a dependency opens, by its label: relative clauses and the participles and
# appositions that describe a noun ("the company he co-founded", "protests sparked by ...",
# "Kushner, the president's son-in-law", "his dying and injured dogs"); clauses of time, reason or condition ("while
# performing these activities"); the complements of a verb ("declined to respond", "ordered
# that ... be recounted"). (Not the clause a preposition takes: "need global responses, like
# ending terrorism" lists what the claim is about.)
CLAUSE_OF_DEP = {
    "relcl": "relative",
    "acl": "relative",
    "appos": "relative",
    "amod": "relative",
    "advcl": "adverbial",
    "ccomp": "complement",
    "xcomp": "complement",
    "csubj": "complement",
}


# Markers of a clause that tells when the claim happened, which often tells the happening
# itself ("her appearance was interrupted when a prankster rushed the carpet", "she was
# walking home when she accepted a ride"): a "time" clause, not one that only describes.
_TIME_MARKERS = frozenset({"when", "as", "after", "before", "until", "once"})


def _cleft(clause: Token) -> bool:
    """Whether a relative clause is the claim of a cleft sentence ("it was Burke who murdered
    her", "it was Burke, her brother, who ..."): it hangs on what an "it ... was" names."""
    noun = clause.head
    while noun.dep_ == "appos" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in noun.head.children
    )


# Punctuation that sets a clause off from its noun: a clause after it only describes.
_SETS_OFF = frozenset({",", "—", "–", "-", "(", ";", ":"})


def _restrictive(clause: Token) -> bool:
    """Whether a relative clause restricts its noun to the ones it tells of ("the man who
    shot X was arrested", "2,174 adults who regularly consume alcohol"): without it the claim
    says something else, so what it tells is part of the claim, not a description (though a
    passage that tells only it does not state the claim: the shooting is not the arrest). It
    hangs on a common noun with nothing setting it off ("Stone, who had won ...") and not on
    a noun that itself only describes ("Hank Marlow, a pilot who's been stranded ...")."""
    noun = clause.head
    if clause.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.i > clause.i:
        return False
    if any(x.dep_ == "appos" for x in (noun, *noun.ancestors) if x.i != clause.i):
        return False
    between = noun.doc[noun.i + 1 : clause.left_edge.i]
    return not any(t.text in _SETS_OFF for t in between)


# Relative adverbs that open a relative clause on a place or a time.
_WHERE_WHEN = frozenset({"where", "when"})


def _adverbial_kind(head: Token) -> str:
    """What an adverbial clause (headed by ``head``) tells: when the claim happened (a marker
    of :data:`_TIME_MARKERS`), a reason, concession or condition ("while performing these
    activities", "because ...": "adverbial"), or, with no marker, what went with it ("cut
    ties with Qatar, accusing it of ...", "seemingly bumped by a car": "participle")."""
    if any(c.lower_ in _TIME_MARKERS for c in head.children):
        return "time"
    return "adverbial" if any(c.dep_ == "mark" for c in head.children) else "participle"


def clause_of(t: Token, core: frozenset[int]) -> str:
    """The clause token ``t`` sits in, by the dependencies of :data:`CLAUSE_OF_DEP` on its way
    up to the statement's own claims (its ``core`` verbs: a reporting verb's complement is
    the claim itself): a relative or adverbial clause wherever it opens on the way (what "a
    company claiming they owe $27,000" says sits in a relative clause), else a complement
    ("declined to respond"), else the main clause ("calls for a ceasefire"); an adverbial
    clause by what it tells (:func:`_adverbial_kind`); a restrictive relative clause, which says
    which ones the claim is of (:func:`_restrictive`), as "restrictive" unless a clause that
    only describes opens above it."""
    inside = "main"
    for x in (t, *t.ancestors):
        if x.i in core:
            break
        opened = CLAUSE_OF_DEP.get(x.dep_)
        if opened == "relative" and any(c.tag_ == "TO" or c.dep_ == "mark" for c in x.children):
            # "a need for more research to determine ...", "the revelation that he doesn't
            # like ...": what is needed or revealed, the noun's content, not a description
            opened = "complement"
        elif opened == "relative" and _cleft(x):
            # "it was Burke who murdered her": the clause is the claim, not a description
            opened = "complement"
        elif opened == "relative" and _restrictive(x):
            # "2,174 adults who regularly consume alcohol": which ones, the claim's content
            opened = "restrictive"
        elif opened == "relative" and any(c.lower_ in _WHERE_WHEN for c in x.children):
            # "in Las Vegas, where Mobb Deep performed": where or when the happening was, which
            # tells the happening itself, as a clause of time does
            opened = "time"
        if opened == "adverbial":
            opened = _adverbial_kind(x)
        if opened in {"relative", "adverbial"}:
            return opened
        if opened == "restrictive" or (opened is not None and inside == "main"):
            inside = opened
    return inside


def _act_taken(v: Token) -> str:
    """The family of the act verb ``v`` takes as its complement ("declined to respond"), also
    where the parser read the infinitive as a noun after "to" ("declined to divulge"), or ""."""
    for c in v.children:
        if c.dep_ == "xcomp" and c.pos_ == "VERB":
            return family_of(c.lemma_.lower())
        if c.tag_ == "TO" and c.dep_ == "prep":
            return next((family_of(x.lemma_.lower()) for x in c.children if x.dep_ == "pobj"), "")
    return ""


def _head_objects(v: Token) -> list[Token]:
    """What verb ``v`` acts on: its direct objects and the nouns of its prepositions ("enter
    into a cease-fire", "threatened Moscow with sanctions and military support"), with the
    nouns conjoined with them; names ("in Kyiv", "on Saturday", "threatened Moscow") are
    where, when and whom, which the entity and day checks compare, not what."""
    direct = [c for c in v.children if c.dep_ in {"dobj", "attr", "oprd"}]
    direct += [x for c in v.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"]
    heads = direct + [x for c in direct for x in c.children if x.dep_ == "conj"]
    # "his attorney, Mark O'Mara": the person, whom a report may name without the title
    named = {t.i for t in heads if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children)}
    return [t for t in heads if t.pos_ == "NOUN" and t.i not in named]


def claim_terms(toks: Sequence[Token]) -> frozenset[str]:
    """What a statement that makes several claims says its verbs act on: the head objects of
    its core verbs and of the verbs of their complements and conjuncts ("demanded that Moscow
    enter into a cease-fire and threatened to enforce new sanctions ... and boost military
    aid": ceasefire, sanctions and aid; "threatened Moscow with sanctions and military
    support": sanctions and support), not of its clauses of time, condition or relative
    clauses. A passage cited for it must mention each: the core predicates alone let
    "threatened sanctions" back "... and boost military aid". Empty for a statement with
    no conjoined verb or object: its one claim is checked by its predicates and embeddings, and
    paraphrases ("offered negotiations" / "proposed talks") need not share its nouns."""
    if not toks:
        return frozenset()
    lo, hi = toks[0].i, toks[-1].i
    doc = toks[0].doc
    # the parse may hang the next sentence on this one's root: only this statement's words
    todo = [i for i in _core_verbs(toks) if lo <= i <= hi]
    seen: set[int] = set()
    heads: list[Token] = []
    while todo:
        i = todo.pop()
        if i in seen:
            continue
        seen.add(i)
        v = doc[i]
        if v.lemma_.lower() not in _FRAMING_VERBS:
            heads += [t for t in _head_objects(v) if lo <= t.i <= hi]
        todo += [
            c.i
            for c in v.children
            if c.dep_ in {"xcomp", "ccomp", "conj"} and c.pos_ == "VERB" and lo <= c.i <= hi
        ]
    if not any(t.dep_ == "conj" for t in [*heads, *(doc[i] for i in seen)]):
        return frozenset()
    return frozenset(k for k in map(_noun_key, heads) if k)
