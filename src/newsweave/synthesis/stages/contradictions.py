"""Contradictions between sources, told apart from later updates and different measures.

Precision first: a contradiction list full of false alarms destroys trust, so
each detector looks for one well-defined kind of conflict and stays silent when
unsure. Only statements from different *origins* (independent sources, see the
"origins" stage) are compared: a wire story and its reprint cannot disagree.

* ``status`` — one source says an actor has not (yet) responded ("has yet to
  respond", "did not immediately respond"), another reports that actor's
  response ("welcomed the offer"). Both can be true at different moments, so
  the pair is reported with ``update=True``: a later report superseding an
  earlier one, not a conflict.
* ``number`` — death tolls only, where the population and its scope can be
  compared: figures conflict when they measure the same population and their
  ranges do not overlap, or when a subset's figure (soldiers) exceeds the whole
  population's figure (everyone killed). Different populations (civilians vs
  soldiers), different things (a 30-day ceasefire vs a 72-hour truce) and
  different units are different measures, never contradictions. Vague
  magnitudes are ranges: "tens of thousands" = [10,000, 100,000).
* ``number`` (counts, :mod:`newsweave.synthesis.counted`) — the same verb acting on the same
  counted noun with a different exact count ("three people were stabbed" / "two people have
  been stabbed") in statements that read as one happening; a count that grew in the later of
  two dated reports, or an outlet's own figure revised in a later time-stamped entry, is an
  update; a part of a counted whole ("including three children"), a state ("13 people are in
  custody": arrests) and a result ("left three people stabbed") count too.
* ``number`` (ages, :mod:`newsweave.synthesis.ages`) — one fully named person given two ages
  ("Salah Ali, 70" / "Salah Ali, 77").
* ``position`` — two sources state different preconditions for the same step
  by the same side ("talks cannot proceed until troops withdraw" vs "talks can
  only begin once a ceasefire is in place"): at most one can be that side's
  stated condition.

Actors are compared by *side*: the countries behind a phrase, from the event's
entities (a GPE, a demonym "Ukrainian", a person's role "Ukrainian President").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from newsweave.clean.metadata import outlet_from_url
from newsweave.models import Claim, Contradiction, Entity, Sentence, Span
from newsweave.nlp import get_embedder
from newsweave.synthesis.ages import age_conflicts
from newsweave.synthesis.counted import count_conflicts
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.text.dates import date_candidates, resolve_match
from newsweave.text.names import fold

# Two statements about the same proposal/war must be at least this close in topic (MiniLM cosine).
MIN_TOPIC_SIM = 0.3
# A death toll dated this long before its report is about an earlier incident (background).
PAST_INCIDENT_DAYS = 31
# Two exact tolls of the same population must be about one incident: this close (MiniLM cosine).
SAME_INCIDENT_SIM = 0.55
# A "not yet responded" and a response need only share the proposal (the side and object are checked).
STATUS_MIN_SIM = 0.2
# Two preconditions this similar say the same thing in other words: no conflict.
MAX_CONDITION_SIM = 0.55

_IRREGULAR_DEMONYMS = {
    "french": "france", "polish": "poland", "dutch": "netherlands", "british": "britain",
    "swiss": "switzerland", "greek": "greece", "danish": "denmark", "swedish": "sweden",
    "finnish": "finland", "irish": "ireland", "welsh": "wales", "scottish": "scotland",
    "spanish": "spain", "portuguese": "portugal", "chinese": "china", "japanese": "japan",
    "american": "united states", "us": "united states", "u.s.": "united states", "uk": "britain",
    "united kingdom": "britain", "israeli": "israel", "iraqi": "iraq", "iranian": "iran",
    "pakistani": "pakistan", "thai": "thailand", "filipino": "philippines", "turkish": "turkey",
}  # fmt: skip

_PENDING = re.compile(
    r"\b(?:(?:has|have|had)\s+yet\s+to|(?:did|does|do|has|have|had)\s+not(?:\s+\w+ly)?(?:\s+yet)?)\s+"
    r"(?:\w+ly\s+)?(?P<verb>respond(?:ed)?|comment(?:ed)?|react(?:ed)?|repl(?:y|ied))\b"
    r"|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b",
    re.I,
)
_RESPONSE_VERBS = frozenset(
    {"welcome", "reject", "dismiss", "respond", "react", "reply", "accept", "hail", "praise",
     "criticize", "criticise", "condemn", "decline", "refuse", "denounce", "embrace", "agree"}
)  # fmt: skip
_PROPOSAL_NOUNS = frozenset(
    {
        "offer",
        "proposal",
        "proposals",
        "overture",
        "invitation",
        "call",
        "plan",
        "idea",
        "talks",
        "initiative",
    }
)
_CONDITION = re.compile(
    r"\b(?P<what>(?:peace\s+)?(?:talks|negotiations))\s+"
    r"(?P<modal>can(?:not|'t|’t)?|could(?:\s+not)?|will(?:\s+not)?|won't|would(?:\s+not)?|must|should)\s+"
    r"(?:only\s+)?(?:not\s+)?(?:proceed|begin|start|take\s+place|resume|happen|go\s+ahead|follow)\s+"
    r"(?P<conj>until|once|after|unless|if|only\s+after|only\s+once|when|before)?\s*(?P<cond>[^.;:]+)",
    re.I,
)
# Numbers that are dates, times, money, ranks or measures are not head counts.
_NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_MILITARY = frozenset(
    {
        "soldier",
        "troop",
        "serviceman",
        "servicemen",
        "fighter",
        "combatant",
        "military",
        "soldiers",
        "troops",
    }
)
_CIVILIAN = frozenset({"civilian", "child", "children", "woman", "women", "civilians"})
# Victims' head words that count everyone (a bare number counts everyone too: "15 died"); any
# other head names a group of its own ("2,000 members of its security forces", "12 miners"),
# compared only with a toll of that same group.
_EVERYONE = frozenset(
    {"people", "person", "persons", "dead", "life", "lives", "other", "others", "victim"}
    | {"victims", "individual", "individuals", "them"}
)
# A toll that counts the attackers with their victims ("left 20 people dead, including the
# three gunmen") is another measure than the victims' toll ("militants killed 17 people").
_WITH_KILLERS = re.compile(
    r"\bincluding (?:the |all |both )?(?:[\w-]+ )?(?:gunm[ae]n|attackers?|assailants?|bombers?"
    r"|militants?|shooters?|hijackers?|perpetrators?|killers?|suspects?)\b",
    re.I,
)
# Links by which a place's phrase belongs to the death predicate ("died across Syria",
# "killed Monday in Homs", "a bombing in Kabul killed"), not to an aside of the sentence
# ("..., many of them at a checkpoint in Homs").
_PLACE_LINKS = frozenset({"prep", "pobj", "pcomp", "compound", "nsubj", "amod"})
_VAGUE = [
    (re.compile(r"\bhundreds\s+of\s+thousands\b", re.I), (100_000, 1_000_000)),
    (re.compile(r"\btens\s+of\s+thousands\b", re.I), (10_000, 100_000)),
    (re.compile(r"\btens\s+of\s+millions\b", re.I), (10_000_000, 100_000_000)),
    (re.compile(r"\bhundreds\s+of\s+millions\b", re.I), (100_000_000, 1_000_000_000)),
    (re.compile(r"\bmillions\b", re.I), (1_000_000, 10_000_000)),
    (re.compile(r"\bthousands\b", re.I), (1_000, 10_000)),
    (re.compile(r"\bhundreds\b", re.I), (100, 1_000)),
    (re.compile(r"\bdozens\b", re.I), (24, 100)),
]
_EXACT = re.compile(
    r"\b(?P<q>more\s+than|over|at\s+least|nearly|almost|about|around|some|up\s+to|as\s+many\s+as"
    r"|fewer\s+than|less\s+than)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<mult>million|thousand|billion)?\b",
    re.I,
)


@dataclass(frozen=True)
class _Toll:
    sentence: int
    low: float
    high: float
    population: str  # people | military | civilian | the head of another group ("member")
    words: str
    when: date | None = None  # the date the death predicate itself carries ("killed ... in 2003")
    past_incident: bool = False  # that date lies well before the report: background, not this event
    places: frozenset[str] = frozenset()


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _demonym_country(word: str, countries: Iterable[str]) -> str | None:
    w = fold(word)
    if w in _IRREGULAR_DEMONYMS:
        return _IRREGULAR_DEMONYMS[w]
    for c in countries:
        k = 0
        while k < min(len(w), len(c)) and w[k] == c[k]:
            k += 1
        if k >= 5 or (k >= 4 and k >= len(c) - 1):
            return c
    return None


class _Sides:
    """Which countries (sides) a phrase speaks for, from the event's entities."""

    def __init__(self, entities: list[Entity]) -> None:
        self.countries = {fold(e.name) for e in entities if e.type in {"GPE", "LOC"}}
        for e in entities:
            if e.type in {"GPE", "LOC"}:
                for a in e.aliases:
                    self.countries.add(fold(a))
        self.entities = entities
        self.display: dict[str, str] = {}
        for e in entities:
            if e.type in {"GPE", "LOC"}:
                self.display[fold(e.name)] = e.name
        self.by_span: dict[str, list[tuple[int, int, Entity]]] = {}
        for e in entities:
            for m in e.mentions:
                self.by_span.setdefault(m.article, []).append((m.start, m.end, e))

    def of_entity(self, e: Entity) -> set[str]:
        if e.type in {"GPE", "LOC"}:
            return {_IRREGULAR_DEMONYMS.get(fold(e.name), fold(e.name))}
        if e.type == "NORP":
            c = _demonym_country(e.name, self.countries)
            return {c} if c else set()
        if e.type == "PERSON" and e.role:
            out = set()
            for w in e.role.replace("'s", " ").split():
                c = _demonym_country(w, self.countries) if w[:1].isupper() else None
                if c:
                    out.add(c)
            return out or {fold(e.name)}
        return {fold(e.name)}

    def of_span(self, article: str, start: int, end: int) -> set[str]:
        out: set[str] = set()
        for s, e, ent in self.by_span.get(article, ()):
            if s >= start and e <= end:
                out |= self.of_entity(ent)
        return out


def _sentence_doc_span(ws: Workspace, sent: Sentence):
    return ws.doc(sent.article).char_span(sent.start, sent.end, alignment_mode="expand")


def _subject_span(tok) -> tuple[int, int] | None:
    """Character span of the subject of the verb ``tok`` (climbing through auxiliaries/xcomp)."""
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _claim(sent: Sentence) -> Claim:
    return Claim(sent.article, sent.text, (sent.span,))


def _origin(ws: Workspace, article: str) -> str:
    return (ws.origin_of or {}).get(article, article)


def _outlet(ws: Workspace, article: str) -> str:
    a = ws.article(article)  # named as the event page names it
    return a.outlet or outlet_from_url(a.url) or f"article {article}"


def _side_names(sides: _Sides, who: set[str]) -> str:
    return ", ".join(sorted(sides.display.get(w, w.title()) for w in who))


# --------------------------------------------------------------------------- status / update


def _status(ws: Workspace, sides: _Sides, sims: np.ndarray) -> list[Contradiction]:
    sents = ws.sentences or []
    pending: list[tuple[int, set[str]]] = []
    for i, s in enumerate(sents):
        m = _PENDING.search(s.text)
        if not m:
            continue
        span = _sentence_doc_span(ws, s)
        if span is None:
            continue
        verb = next(
            (
                t
                for t in span
                if s.start + m.start() <= t.idx < s.start + m.end()
                and t.pos_ in {"VERB", "AUX"}
                and t.lemma_ in {"respond", "comment", "react", "reply", "reach"}
            ),
            None,
        )
        subj = _subject_span(verb) if verb is not None else None
        if subj is None:
            continue
        who = sides.of_span(s.article, *subj)
        if who:
            pending.append((i, who))
    out: list[Contradiction] = []
    seen: set[tuple[str, str]] = set()
    for i, who in pending:
        p = sents[i]
        best: tuple[float, int, str] | None = None
        for j, s in enumerate(sents):
            if _origin(ws, s.article) == _origin(ws, p.article) or sims[i, j] < STATUS_MIN_SIM:
                continue
            span = _sentence_doc_span(ws, s)
            if span is None:
                continue
            for t in span:
                if (
                    t.lemma_.lower() not in _RESPONSE_VERBS
                    or t.pos_ != "VERB"
                    or t.tag_ not in {"VBD", "VBN", "VBZ"}
                ):
                    continue
                if any(c.dep_ == "neg" for c in t.children):
                    continue
                objs = [c for c in t.children if c.dep_ in {"dobj", "nsubjpass", "prep", "pobj"}]
                obj_words = {w.lemma_.lower() for c in objs for w in c.subtree}
                if not obj_words & _PROPOSAL_NOUNS:
                    continue
                subj = _subject_span(t)
                if subj is None or not (sides.of_span(s.article, *subj) & who):
                    continue
                score = float(sims[i, j])
                if best is None or score > best[0]:
                    best = (score, j, t.text)
        if best is None:
            continue
        j = best[1]
        key = (p.article, sents[j].article)
        if key in seen:
            continue
        seen.add(key)
        r = sents[j]
        side = _side_names(sides, who)
        note = (
            f"{_outlet(ws, p.article)} reports no response yet from the {side} side "
            f"(“{_short(p.text, 110)}”), while {_outlet(ws, r.article)} reports one "
            f"(“{_short(r.text, 110)}”). Both can be true at different moments: "
            "the response most likely came after the first report was written, so this is a later update, not a conflict."
        )
        out.append(Contradiction("status", note, (_claim(p), _claim(r)), update=True))
    return out


# --------------------------------------------------------------------------- death tolls


def _range(text: str) -> tuple[float, float] | None:
    for pat, rng in _VAGUE:
        if pat.search(text):
            return float(rng[0]), float(rng[1])
    m = _EXACT.search(text)
    if not m:
        return None
    n = float(m.group("n").replace(",", ""))
    n *= {"million": 1e6, "thousand": 1e3, "billion": 1e9}.get((m.group("mult") or "").lower(), 1)
    q = " ".join((m.group("q") or "").lower().split())
    if q in {"more than", "over", "at least"}:
        return n, n * 10
    if q in {"fewer than", "less than", "up to", "as many as"}:  # "as many as 125": at most 125
        return 0.0, n
    if q in {"nearly", "almost", "about", "around", "some"}:
        return n * 0.9, n * 1.1
    return n * 0.98, n * 1.02  # an exact figure, allowing for rounding


_VAGUE_WORDS = frozenset({"thousands", "millions", "hundreds", "tens", "dozens"})


def _victims(death):
    """The phrase head naming who died, by the grammar of the death word (None: no count)."""
    lemma = death.lemma_.lower()
    kids = {c.dep_: c for c in death.children}
    if lemma == "kill" and death.pos_ == "VERB":
        return kids.get("nsubjpass") or kids.get("dobj")  # "40 were killed" / "killed 40 people"
    if lemma == "die" and death.pos_ == "VERB":
        return kids.get("nsubj")  # "15 died"
    if death.lower_ == "dead":
        head = death.head
        if death.dep_ in {"oprd", "ccomp", "xcomp", "advcl"} and head.lemma_ == "leave":
            return next((c for c in head.children if c.dep_ == "dobj"), None)  # "left 40 dead"
        if death.dep_ == "amod":
            return head  # "40 people dead"
        if death.dep_ == "acomp":
            return next((c for c in head.children if c.dep_ == "nsubj"), None)  # "40 were dead"
    return None


def _count_phrase(v) -> list | None:
    """The count words around the victims' head: 'at least 40 people', 'hundreds of thousands of soldiers'."""
    toks = [v]
    for c in v.children:
        if c.dep_ in {"nummod", "quantmod", "advmod", "amod", "compound", "det"} and c.i < v.i:
            toks.extend(c.subtree)
    cur = v
    for _ in range(3):  # "hundreds of thousands of soldiers", "15 of them"
        prep = next((c for c in cur.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            break
        toks.extend([prep, pobj])
        toks.extend(c for c in pobj.children if c.dep_ in {"nummod", "amod", "compound"})
        cur = pobj
    if not any(
        (t.like_num or t.lower_ in _VAGUE_WORDS) and t.ent_type_ not in _NOT_COUNTS for t in toks
    ):
        return None
    return sorted(set(toks), key=lambda t: t.i)


def _own_date(ws: Workspace, sent: Sentence, span, death) -> date | None:
    """A date attached to the death predicate (or the verb it hangs from): the incident's date."""
    text = ws.article(sent.article).text
    anchor = ws.article(sent.article).published
    preds = {death.i, death.head.i}
    for c in date_candidates(sent.text):
        kind, st, en, m = c.kind, c.start, c.end, c.match
        if kind in {"offset", "weekday", "deictic", "period", "ago"}:
            continue  # relative days sit within the report's own week: same incident
        d = span.doc.char_span(sent.start + st, sent.start + en, alignment_mode="expand")
        if d is None:
            continue
        tok = d.root
        for _ in range(4):
            if tok.pos_ in {"VERB", "AUX"} and tok not in d:
                break
            tok = tok.head
        if tok.i not in preds:
            continue
        r = resolve_match(
            kind,
            m,
            text[sent.start + st : sent.start + en],
            anchor.date() if anchor else None,
            None,
        )
        if r is not None:
            return r.date
    return None


def _tolls(ws: Workspace) -> list[_Toll]:
    """Death counts whose grammar ties the number to the death word ("40 people were killed")."""
    sents = ws.sentences or []
    out: list[_Toll] = []
    for i, s in enumerate(sents):
        low = s.text.lower()
        if not any(w in low for w in ("kill", "dead", "died", "die ")):
            continue
        span = _sentence_doc_span(ws, s)
        if span is None:
            continue
        for death in span:
            v = _victims(death)
            toks = _count_phrase(v) if v is not None else None
            if not toks:
                continue
            text = ws.article(s.article).text
            words = text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
            rng = _range(words)
            if rng is None or re.search(r"\b(19|20)\d\d\b", words):
                continue
            subj = next((c for c in death.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ in {"it", "this", "that"}:
                continue  # "It killed 612 people": which incident is unknown here
            nouns = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
            pop = "military" if nouns & _MILITARY else "civilian" if nouns & _CIVILIAN else None
            if pop is None:
                everyone = v.like_num or v.lower_ in _EVERYONE | _VAGUE_WORDS
                pop = "people" if everyone else v.lemma_.lower()
            if pop == "people" and _WITH_KILLERS.search(text, toks[-1].idx, s.start + len(s.text)):
                pop = "people and their killers"
            when = _own_date(ws, s, span, death)
            anchor = ws.article(s.article).published
            past = when is not None and (
                anchor is None or when < anchor.date() - timedelta(days=PAST_INCIDENT_DAYS)
            )
            out.append(_Toll(i, rng[0], rng[1], pop, words, when, past, _places(span, death, v)))
    return out


def _places(span, death, victims) -> frozenset[str]:
    """The places a toll is counted in: those whose phrase hangs from the death predicate or
    its victims ("125 people died across Syria" is Syria's toll, though the sentence goes on
    "many of them at a checkpoint in Homs"); a sentence that ties none to it, all of its own."""
    ents = [e for e in span.ents if e.label_ in {"GPE", "LOC", "FAC"}]
    tied = set()
    for e in ents:
        tok = e.root
        while tok.dep_ in _PLACE_LINKS and tok.head.i != tok.i and tok not in (death, victims):
            tok = tok.head
        if tok in (death, victims):
            tied.add(fold(e.text))
    return frozenset(tied) if tied else frozenset(fold(e.text) for e in ents)


def _same_incident(x: _Toll, y: _Toll) -> bool:
    """Tolls of one incident: no conflicting own dates, no background incident, shared places."""
    if x.when and y.when and abs((x.when - y.when).days) > PAST_INCIDENT_DAYS:
        return False
    if x.past_incident != y.past_incident:
        return False  # "killed 26,000 in Bam in December 2003" is not this quake
    return not (x.places and y.places and not (x.places & y.places))


def _fmt(n: float) -> str:
    return f"{n:,.0f}"


def _numbers(ws: Workspace, sims: np.ndarray) -> list[Contradiction]:
    sents = ws.sentences or []
    tolls = _tolls(ws)
    out: list[Contradiction] = []
    for a in range(len(tolls)):
        for b in range(a + 1, len(tolls)):
            x, y = tolls[a], tolls[b]
            sx, sy = sents[x.sentence], sents[y.sentence]
            if (
                _origin(ws, sx.article) == _origin(ws, sy.article)
                or sims[x.sentence, y.sentence] < MIN_TOPIC_SIM
            ):
                continue
            if x.population != y.population and {x.population, y.population} != {
                "military",
                "people",
            }:
                continue  # civilians vs soldiers (or vs everyone), police vs everyone: different measures
            if x.population == y.population:
                if x.high > y.low and y.high > x.low:
                    continue
                if sims[x.sentence, y.sentence] < SAME_INCIDENT_SIM:
                    continue  # two tolls of one population, but perhaps not of one incident
            if not _same_incident(x, y):
                continue
            if x.population == y.population:
                why = "they count the same population and their ranges do not overlap"
            else:
                sub, sup = (x, y) if x.population == "military" else (y, x)
                if sub.low < sup.high:
                    continue  # the part is not larger than the whole: consistent
                why = (
                    f"soldiers are a subset of everyone killed, yet the soldiers' figure "
                    f"(at least {_fmt(sub.low)}) exceeds the overall figure (under {_fmt(sup.high)})"
                )
            px, py = ws.article(sx.article).published, ws.article(sy.article).published
            if x.population == y.population and px and py and px != py:
                # a toll that rises in the later report is an update, not a conflict
                later, earlier = (x, y) if px > py else (y, x)
                if later.low >= earlier.high:
                    note = (
                        f"Death toll rose between reports: “{earlier.words}” "
                        f"({_outlet(ws, sents[earlier.sentence].article)}) then “{later.words}” "
                        f"({_outlet(ws, sents[later.sentence].article)}, published later): a later update."
                    )
                    claims = (_claim(sents[earlier.sentence]), _claim(sents[later.sentence]))
                    out.append(Contradiction("number", note, claims, update=True))
                    continue
            note = (
                f"Death toll: {_outlet(ws, sx.article)} says “{x.words}”, {_outlet(ws, sy.article)} says "
                f"“{y.words}”; {why}, so both cannot hold as stated (different estimates or sources"
                f"{', or a toll that changed between reports' if x.population == y.population else ''})."
            )
            out.append(Contradiction("number", note, (_claim(sx), _claim(sy))))
    return out


# --------------------------------------------------------------------------- preconditions


def _positions(ws: Workspace, sides: _Sides) -> list[Contradiction]:
    sents = ws.sentences or []
    found: list[tuple[int, set[str], str, Span]] = []
    for i, s in enumerate(sents):
        m = _CONDITION.search(s.text)
        if not m or not m.group("cond").strip():
            continue
        # whose position: the subject of the sentence's main verb, else the entity named before the cue
        span = _sentence_doc_span(ws, s)
        if span is None:
            continue
        # the clause just before the cue ("Ukraine remains firm in its position: talks cannot ...")
        cut = max(s.text.rfind(ch, 0, max(m.start() - 2, 0)) for ch in ",;—–")
        who = sides.of_span(s.article, s.start + cut + 1, s.start + m.start())
        if not who:  # "Zelenskyy welcomed ..., but reiterated that talks can only begin once ..."
            who = sides.of_span(s.article, s.start, s.start + m.start())
        if not who:
            continue
        cond = m.group("cond").strip()
        found.append(
            (i, who, cond, Span(s.article, s.start + m.start("cond"), s.start + m.end("cond")))
        )
    if len(found) < 2:
        return []
    vecs = get_embedder(ws.settings).encode([c for _, _, c, _ in found])
    out: list[Contradiction] = []
    for a in range(len(found)):
        for b in range(a + 1, len(found)):
            i, wi, ci, _ = found[a]
            j, wj, cj, _ = found[b]
            si, sj = sents[i], sents[j]
            if _origin(ws, si.article) == _origin(ws, sj.article) or not (wi & wj):
                continue
            if float(vecs[a] @ vecs[b]) >= MAX_CONDITION_SIM:
                continue
            side = _side_names(sides, wi & wj)
            note = (
                f"Different preconditions for talks attributed to the {side} side: "
                f"{_outlet(ws, si.article)} says “{_short(ci, 90)}”, {_outlet(ws, sj.article)} says "
                f"“{_short(cj, 90)}”. At most one is that side's stated condition."
            )
            out.append(Contradiction("position", note, (_claim(si), _claim(sj))))
    return out


def find_contradictions(ws: Workspace) -> list[Contradiction]:
    """All contradictions and updates between the independent sources of ``ws``."""
    sents = ws.sentences or []
    if not sents or ws.sentence_vectors is None:
        return []
    excluded = ws.excluded or []
    vecs = np.asarray(ws.sentence_vectors, dtype=np.float32)
    sims = vecs @ vecs.T
    # statements inside excluded (off-topic) spans never take part
    for k, s in enumerate(sents):
        if any(e.article == s.article and e.start <= s.start < e.end for e in excluded):
            sims[k, :] = -1.0
            sims[:, k] = -1.0
    sides = _Sides(ws.entities or [])
    outlets = {a.id: _outlet(ws, a.id) for a in ws.articles}
    counts = count_conflicts(ws, sims, ws.origin_of or {}, outlets)
    ages = age_conflicts(ws, ws.origin_of or {}, outlets)
    out = _status(ws, sides, sims) + _numbers(ws, sims) + counts + ages + _positions(ws, sides)
    # drop positions/numbers whose claims sit in excluded text (status already filtered by sims)
    return [
        c for c in out if all(sims[_index(sents, cl), _index(sents, cl)] > -1.0 for cl in c.claims)
    ]


def _index(sents: list[Sentence], claim: Claim) -> int:
    sp = claim.citations[0]
    for k, s in enumerate(sents):
        if s.article == sp.article and s.start == sp.start:
            return k
    return 0


@stage(
    "contradictions",
    needs=(
        "analyses",
        "sentences",
        "sentence_vectors",
        "origins",
        "origin_of",
        "entities",
        "excluded",
    ),
    provides=("contradictions",),
)
def contradictions_stage(ws: Workspace) -> None:
    """Conflicting statements between independent sources, each with both citations and a note."""
    ws.contradictions = find_contradictions(ws)


__all__ = ["find_contradictions"]
