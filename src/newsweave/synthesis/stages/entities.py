"""Entities across one event's articles: one canonical name per real-world referent.

spaCy's NER (the shared pipeline, reusing each article's parsed Doc) proposes
mentions; this module turns them into :class:`~newsweave.models.Entity` records:

* **cleaning** — leading determiners, possessives ("Putin's") and titles
  ("President Putin") are stripped; mentions that span a line break, contain a
  slash (photo credits) or have no capital letter are layout junk and dropped;
  numbers, dates, money and other quantities are never entities.
* **spelling variants** — names are compared token by token after folding
  diacritics (Erdoğan = Erdogan) and, for tokens of 4+ letters, by a consonant
  skeleton plus an edit ratio, which joins transliterations (Zelensky /
  Zelenskyy / Zelenskiy, Volodymyr / Volodomyr, Kyiv / Kiev).
* **partial mentions** — a name that is a final run of a longer person's name
  ("Putin", "Tayyip Erdogan") joins it when exactly one candidate exists (when
  several do, the one named in the same article wins, else none); an acronym
  joins the name whose initials it spells (NATO, U.S. = United States).
* **type** — spaCy's small model often mislabels, so each entity's type is the
  majority vote of its mentions; a one-word "PERSON" that never appears with a
  first name or a title but follows "in/from/near" is relabelled GPE (Kyiv), and a
  name that follows a title as a PERSON once is a person ("Leader Nancy Pelosi", then
  "Pelosi" as GPE twice: 30 entities of the multinews events, all people).
* **role** — title words just before a person mention ("Russian President
  Vladimir Putin") give its role; the most frequent, then longest, is kept.
* **canonical name** — among the observed forms with the most words (the most
  complete), the one whose words are the most frequent spellings across all
  mentions (then the most frequent form, then the one keeping diacritics, then
  alphabetical): "Volodymyr Zelensky" over "Volodymyr Zelenskyy" when
  "Zelensky" is the more common spelling in the event.

:func:`resolve_entity` maps any name string (a quote's speaker, a search) onto
the event's entities with the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsweave.models import Entity, Span
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.quotes.speakers import (
    DANGLING_ENDS,
    name_bounds,
    names_nobody,
    saint_name,
)
from newsweave.text.names import (
    MIN_FUZZY_TOKEN,
    SHARED_TITLE_WORDS,
    TITLE_WORDS,
    acronym_of,
    clean_name,
    fold,
    is_suffix,
    seq_match,
)

# NER labels that name things; DATE, TIME, CARDINAL, MONEY... are quantities, never entities.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# Tie-break order when label votes are equal: the commoner news entity types first.
LABEL_PRIORITY = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
)
# A one-word "PERSON" after these prepositions is a place ("from Kyiv").
LOCATIVE_PREPS = frozenset({"in", "from", "near", "into", "to", "across", "outside", "at"})


# A mention the recogniser ran on into a dash ("Javier Espinosa -", "If--").
_CUT_OFF = re.compile(r"\s*[-–—]+\s*$")


@dataclass
class _Mention:
    article: str
    start: int
    end: int
    surface: str  # cleaned name as written
    tokens: tuple[str, ...]  # folded words
    label: str
    role: str = ""
    locative: bool = False  # object of in/from/near...


@dataclass
class _Cluster:
    mentions: list[_Mention] = field(default_factory=list)
    key: tuple[str, ...] = ()  # the folded words every mention of this group spells
    label: str = ""  # the NER label of the group's first mention


def _role_before(doc, ent) -> str:
    """Title words (and a nationality) just before a mention: 'Russian President' for Putin."""
    i = ent.start - 1
    words: list = []
    has_title = False
    while i >= 0:
        tok = doc[i]
        low = tok.text.lower()
        if low in TITLE_WORDS and (tok.text[:1].isupper() or low in {"former", "prime", "vice"}):
            has_title = True
            words.append(tok)
        elif (tok.ent_type_ in {"NORP", "GPE"} and tok.text[:1].isupper() and not tok.is_punct) or (
            tok.text in {"'s", "’s"} and i > 0 and doc[i - 1].ent_type_ in {"GPE", "NORP"}
        ):
            words.append(tok)
        else:
            break
        i -= 1
    while words and words[-1].text.lower() not in TITLE_WORDS:  # must start at a title/nationality
        if words[-1].ent_type_ in {"NORP", "GPE"}:
            break
        words.pop()
    if not has_title or not words:
        return ""
    words.reverse()
    role = doc[words[0].i : words[-1].i + 1].text
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return " ".join(role.split())


def _headline_like(sent_text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sent_text)]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


def _mentions(analyses, excluded: Iterable[Span] = ()) -> list[_Mention]:
    skip: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in excluded:
        skip[s.article].append((s.start, s.end))
    out: list[_Mention] = []
    headline: list[_Mention] = []
    for an in analyses:
        doc, aid = an.doc, an.article.id
        for ent in doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            raw = ent.text
            if "\n" in raw.strip() or "/" in raw or "@" in raw or "http" in raw.lower():
                continue
            if any(a <= ent.start_char < b for a, b in skip.get(aid, ())):
                continue
            if _CUT_OFF.search(raw):
                # a dash glued on: "Javier Espinosa -" keeps the name; a lone word broken off in
                # speech ("If--", "Well--") or a compound's first half ("Oscar-") names nothing
                raw = _CUT_OFF.sub("", raw)
                if len(raw.split()) < 2:
                    continue
            name, title = clean_name(raw)
            if ent.label_ != "PERSON" and SHARED_TITLE_WORDS.intersection(title.lower().split()):
                name, title = f"{title} {name}", ""  # "Justice Department" is no "Department"
            words = name.split()
            if ent.label_ == "PERSON":  # "Added Lesh", "Bob Weir &", "George Takei April"
                lo, hi = name_bounds(words)
                if lo >= hi or names_nobody(words[hi - 1]):
                    continue  # a title alone ("Sgt", "Ms") names nobody
                name = " ".join(words[lo:hi])
            elif words and words[-1] in DANGLING_ENDS:  # "Bob Weir &" typed ORG
                while words and words[-1] in DANGLING_ENDS:
                    words.pop()
                name = " ".join(words)
            if not name[:1].isupper() or not any(
                c.isalpha() for c in name
            ):  # "anti-Russian", "months"
                continue
            tokens = tuple(fold(name).split())
            if not tokens:
                continue
            # offsets of the cleaned name inside the entity text
            off = raw.find(name)
            start = ent.start_char + max(off, 0)
            end = start + len(name) if off >= 0 else ent.end_char
            role = _role_before(doc, ent) if ent.label_ == "PERSON" else ""
            if title and not role:
                role = title
            head = ent.root.head
            locative = ent.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS
            m = _Mention(aid, start, end, name, tokens, ent.label_, role, locative)
            ls = an.article.text.rfind("\n", 0, ent.start_char) + 1
            le = an.article.text.find("\n", ent.end_char)
            line = an.article.text[ls : le if le >= 0 else len(an.article.text)]
            if (
                name.isupper()
                and len(name) > 4
                and not line.strip(" ?!.:").replace(name, "").strip()
            ):
                continue  # a section header such as "PEACE?"
            if _headline_like(line):
                headline.append(m)
            else:
                out.append(m)
    # Headlines capitalise every word, so NER glues verbs onto names ("Putin Calls"):
    # keep only the parts that are names seen in running text.
    known = {m.tokens: m for m in out}
    for m in headline:
        if m.tokens in known:
            out.append(m)
            continue
        for form, ref in known.items():
            n = len(form)
            for i in range(len(m.tokens) - n + 1):
                if seq_match(m.tokens[i : i + n], form) and (
                    n > 1 or len(form[0]) >= MIN_FUZZY_TOKEN
                ):
                    pos = fold(m.surface).find(" ".join(m.tokens[i : i + n]))
                    if pos < 0:
                        continue
                    # folded and raw surfaces align character by character only without diacritics
                    sub = m.surface[pos : pos + len(ref.surface)]
                    out.append(
                        _Mention(
                            m.article, m.start + pos, m.start + pos + len(sub), sub, form, ref.label
                        )
                    )
    return out


def _majority(c: _Cluster) -> str:
    return Counter(m.label for m in c.mentions).most_common(1)[0][0]


def _cluster(mentions: list[_Mention]) -> list[_Cluster]:
    # 1) identical (variant-tolerant) word sequences form one group
    groups: list[_Cluster] = []
    for m in sorted(mentions, key=lambda m: -len(m.tokens)):
        for g in groups:
            # demonyms (NORP) are compared exactly: German is not Germany
            fuzzy = "NORP" not in (m.label, g.label)
            if seq_match(g.key, m.tokens, fuzzy=fuzzy):
                g.mentions.append(m)
                break
        else:
            groups.append(_Cluster([m], m.tokens, m.label))
    labels = {id(g): _majority(g) for g in groups}

    # 2) partial names and acronyms join the longer form they uniquely fit
    merged_into: dict[int, _Cluster] = {}

    def final(c: _Cluster) -> _Cluster:
        while id(c) in merged_into:
            c = merged_into[id(c)]
        return c

    for g in sorted(groups, key=lambda g: len(g.key)):
        cands: list[_Cluster] = []
        for h in groups:
            if h is g or len(h.key) <= len(g.key):
                continue
            person = "PERSON" in (labels[id(h)], labels[id(g)])
            # (a saint's name is no longer form of a bare name: St Francis is not Pope Francis)
            partial = person and is_suffix(g.key, h.key) and not saint_name(h.key)
            if partial or any(acronym_of(m.surface, h.key) for m in g.mentions[:3]):
                cands.append(final(h))
        uniq = [c for c in {id(c): c for c in cands}.values() if c is not g]
        if len(uniq) == 1:
            uniq[0].mentions.extend(g.mentions)
            merged_into[id(g)] = uniq[0]
        elif len(uniq) > 1:  # ambiguous surname: resolve mention by mention within its article
            rest: list[_Mention] = []
            for m in g.mentions:
                local = [c for c in uniq if any(x.article == m.article for x in c.mentions)]
                if len(local) == 1:
                    local[0].mentions.append(m)
                else:
                    rest.append(m)
            g.mentions = rest
    return [g for g in groups if id(g) not in merged_into and g.mentions]


def _entity_type(c: _Cluster) -> str:
    votes = Counter(m.label for m in c.mentions)
    best = max(votes, key=lambda lab: (votes[lab], -LABEL_PRIORITY.index(lab)))
    if any(m.label == "PERSON" and m.role for m in c.mentions):
        return "PERSON"  # a title before a person mention ("Leader Nancy Pelosi") outvotes the
        # small model's other labels for the bare surname ("Pelosi" as GPE, "Trump" as ORG)
    if best == "PERSON":
        multiword = any(len(m.tokens) > 1 for m in c.mentions)
        titled = any(m.role for m in c.mentions)
        if not multiword and not titled and any(m.locative for m in c.mentions):
            return "GPE"
    return best


def _has_diacritics(s: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFKD", s))


def _canonical(c: _Cluster) -> str:
    spellings = Counter(w for m in c.mentions for w in m.surface.split())
    forms = Counter(m.surface for m in c.mentions)
    most_words = max(len(f.split()) for f in forms)
    # acronyms are short forms; a spelled-out name of the same thing is more complete
    cands = [f for f in forms if len(f.split()) == most_words]
    return max(
        cands,
        key=lambda f: (
            sum(spellings[w] for w in f.split()),
            forms[f],
            _has_diacritics(f),
            [-ord(ch) for ch in f],
        ),
    )


# A form of address says no role ("Sylvester Stallone, Mr."); nor do words that only qualify
# an office whose noun the text put after the name ("Former", "State" of "Secretary of State
# Hillary Clinton").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister", "madam"})
ROLE_QUALIFIERS = frozenset(
    {"former", "ex-", "acting", "state", "house", "senior", "top", "first", "deputy", "vice"}
    | {"foreign", "defence", "defense", "interior", "finance", "prime"}
)


def _says_role(role: str) -> bool:
    """Whether a title before a name tells what the person is (not "Mr.", not "Former")."""
    words = [w.strip(".,").lower() for w in role.split()]
    return not all(w in COURTESY_TITLES | ROLE_QUALIFIERS for w in words)


def _role(c: _Cluster) -> str | None:
    roles = Counter(m.role for m in c.mentions if m.role and _says_role(m.role))
    if not roles:
        return None
    return max(roles, key=lambda r: (roles[r], len(r)))


def _sweep(analyses, clusters: list[_Cluster], excluded: Iterable[Span]) -> None:
    """Add the mentions NER missed: exact occurrences of a cluster's names (and a person's
    surname, when no other person shares it) that overlap no other mention."""
    taken: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for c in clusters:
        for m in c.mentions:
            taken[m.article].append((m.start, m.end))
    for s in excluded:
        taken[s.article].append((s.start, s.end))
    surnames = Counter()
    for c in clusters:
        if _majority(c) == "PERSON":
            surnames.update({m.surface.split()[-1] for m in c.mentions})
    for c in clusters:
        label = _majority(c)
        forms = {m.surface for m in c.mentions}
        if label == "PERSON":
            forms |= {f.split()[-1] for f in list(forms) if surnames[f.split()[-1]] == 1}
        forms = {f for f in forms if len(f) >= MIN_FUZZY_TOKEN - 1 and f[:1].isupper()}
        if not forms:
            continue
        pat = re.compile(
            r"(?<![\w-])("
            + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            + r")(?![\w-])"
        )
        for an in analyses:
            aid = an.article.id
            for m in pat.finditer(an.article.text):
                if any(a < m.end() and m.start() < b for a, b in taken[aid]):
                    continue
                taken[aid].append((m.start(), m.end()))
                c.mentions.append(
                    _Mention(
                        aid, m.start(), m.end(), m.group(1), tuple(fold(m.group(1)).split()), label
                    )
                )


def build_entities(analyses, excluded: Iterable[Span] = ()) -> list[Entity]:
    """Entities of a set of parsed articles, most mentioned first."""
    excluded = list(excluded)
    clusters = _cluster(_mentions(analyses, excluded))
    _sweep(analyses, clusters, excluded)
    order = {an.article.id: i for i, an in enumerate(analyses)}
    out: list[Entity] = []
    for c in clusters:
        name = _canonical(c)
        forms = Counter(m.surface for m in c.mentions)
        aliases = tuple(sorted((f for f in forms if f != name), key=lambda f: (-forms[f], f)))
        mentions = sorted(
            {(m.article, m.start, m.end) for m in c.mentions}, key=lambda t: (order[t[0]], t[1])
        )
        articles = tuple(sorted({m.article for m in c.mentions}, key=order.__getitem__))
        out.append(
            Entity(
                name=name,
                type=_entity_type(c),
                aliases=aliases,
                articles=articles,
                mentions=tuple(Span(a, s, e) for a, s, e in mentions),
                role=_role(c),
            )
        )
    out.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return out


@stage("entities", needs=("analyses", "excluded"), provides=("entities",))
def entities_stage(ws: Workspace) -> None:
    """Entities with canonical names, aliases, types, roles and every mention span."""
    assert ws.analyses is not None
    ws.entities = build_entities(ws.analyses, ws.excluded or ())


__all__ = ["build_entities"]
