"""One utterance, one quote: mentions merged within an article and across outlets.

:func:`merge_quotes` turns quote mentions into :class:`Quote` objects, one per
utterance, each with every outlet's wording as a variant. Wordings are compared after
normalising marks, case, punctuation and spacing (:func:`normalise_quote`). Mentions
are one utterance when

* their wordings are equal, or one keeps most (60 %) of the other's words in order
  at nearly the same length (two renderings of one sentence);
* one is a piece of the other: found word for word inside it ("continue to work with
  both sides" inside "I will continue to work with both sides"), or its words mostly
  found in order in a stretch of it. A piece joins the one utterance it fits best,
  never two (a phrase two statements share does not make them one);
* they are two pieces of one sentence, quoted in one sentence of one article with
  only "and" between them (“eliminate the root causes” and “to achieve…”), the second going
  on lower-case (one opening upper-case is a sentence of its own);
* they are translations of one sentence: the same named speaker, other outlets, close
  in meaning (sentence embeddings) and sharing most of their content words. Two
  statements one article quotes side by side are two statements: an utterance never
  takes a translation from an article it already quotes.

However alike, a wording that negates what the other says plainly ("we will (not) sign the
treaty") is another statement, and so is one whose words match only in order, not in what
they say ("people to take their seats" / "to take matters into their own hands"). A mention
that is a piece of a longer one of its own utterance never brings it into another.

The halves of a quote split by its attribution ('“That,” he said, “includes me.”') are
joined into one mention first (:mod:`.split_halves`): one sentence, shown whole.

Within one article, two mentions over the same characters are one utterance, and
otherwise only the same words are (an article does not quote one sentence twice in
different words). Speakers must agree (or one be unknown) and forms match (a direct
quote, reported speech) to merge, but for a report told within its speaker's own longer
report ("said she “hardly ever” saw it and noted that…"); an unattributed piece takes the
speaker of the quote it is found in word for word. A merged utterance is shown with its
most telling speaker: a name before one person described ("the group's publicist"), before
people described ("the couple"), before a document ("the statement"). Only statements and
attributed terms become quotes (a few words no one is named for, :func:`scrap`, are a scare
quote or a title), and no report of a deed (:func:`_deed`); ids are ``q1, q2…`` by first
appearance. A piece is a variant of its utterance, never an entry of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from newsweave.models import (
    Article,
    Entity,
    Quote,
    QuoteMention,
    QuoteVariant,
    Span,
    SpeakerType,
)
from newsweave.nlp.embed import Embedder
from newsweave.synthesis.quotes.credits import credit_speakers
from newsweave.synthesis.quotes.cues import DEED_CUE_FORMS, DOCUMENT_NOUNS
from newsweave.synthesis.quotes.kinds import TERM_MAX_WORDS
from newsweave.synthesis.quotes.mentions import singular_noun
from newsweave.synthesis.quotes.speakers import (
    ROLE_ABBREVIATIONS,
    clean_name,
    described_person,
    joined,
    parties,
    person_noun,
    speaking_thing,
    unnamed_group,
)
from newsweave.synthesis.quotes.spellings import event_spellings, respelt
from newsweave.synthesis.quotes.split_halves import join_split_halves
from newsweave.synthesis.quotes.wordings import (
    FRAGMENT_LENGTH_RATIO,
    MIN_VARIANT_WORDS,
    compare_wordings,
    contained,
    content_words,
    negation_differs,
    normalise_quote,
    opposed,
    other_figures,
    translates,
    variant_relation,
)
from newsweave.text.names import fold, resolve_entity

# Quoted words no one is named for are a scare quote or a title up to this length
# (:func:`scrap`); three make a short statement of someone unknown ("You're a serial rapist").
SCRAP_MAX_WORDS = 2
_CLOSING = "\"'”’ "
# What may stand between two pieces of one quoted sentence (“…conflict” and “to achieve…”):
# marks, a comma, "and"; an attribution ("', Putin said. '") or a line break ends the sentence.
_PIECE_JOINER = re.compile(r"^[ \"'“”‘’«»,;:-]*(?:(?:and|or|but)[ \"'“”‘’«»,;:-]*)?$", re.I)
# A quotation inside a quote: curly single or double marks, straight double ones, or straight
# single ones set as marks are (a straight single mark is as often an apostrophe).
_INNER_QUOTE = re.compile(
    r"[‘“\"][^’”\"\n]+[’”\"]"
    # straight single marks: opening before a word, closing after one, an apostrophe inside
    # ("'Oh, it's her fault because of the way she dressed.'")
    r"|(?<!\w)'(?=\w)[^\n]+?'(?!\w)"
)
# A piece ending like this closes its sentence: the next quote is another sentence.
_SENTENCE_END = re.compile(r"[.!?…]\W*$")

# A full name this many characters (about two sentences) before a bare surname is the namesake
# the surname goes on with; farther back, the surname is the person the article is about.
RECENT_NAME_CHARS = 300
# A possessive word: "the victim's husband" is someone's someone, not a role.
_OWNED = re.compile(r"['’]s?$|['’]s\b")


@dataclass(frozen=True)
class _Mentions:
    """The mentions being merged, in article order, with what comparing them needs."""

    items: list[QuoteMention]
    norms: list[tuple[str, list[int]]]  # normalise_quote of each item
    order: dict[str, int]  # article id -> rank of first appearance
    texts: dict[str, str]  # article id -> its text (what stands between two mentions)
    embedder: Embedder  # compares the meaning of two wordings


@dataclass(frozen=True)
class _Piece:
    """A mention found inside a longer one: the candidate utterance it belongs to."""

    short: int
    long: int
    score: float  # 1.0 word for word, else the share of its words found in order


class _Forest:
    """Union-find over mentions; each root knows the name its utterance's speaker goes by,
    which keeps two named speakers' words apart, and the speaker it is shown with: the most
    telling of its mentions' speakers (:func:`_speaker_rank`). A name another outlet gives
    replaces a description of one person ("the Russian leader",
    :func:`~.speakers.described_person`), a description of one person replaces one of a body
    of people ("the couple", "officials"), and any speaker replaces a document ("the
    statement")."""

    def __init__(self, mentions: Sequence[QuoteMention]) -> None:
        self.parent = list(range(len(mentions)))
        self.name = [_named_speaker(m) for m in mentions]
        self.speaker = [m.speaker for m in mentions]
        self.rank = [_speaker_rank(m.speaker, m.speaker_type) for m in mentions]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the utterances of ``i`` and ``j`` if their speakers may be one; False if not."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        if not _compatible(self.name[ri], self.name[rj]):
            return False
        self.parent[rj] = ri
        self.name[ri] = self.name[ri] or self.name[rj]
        if self.rank[rj] > self.rank[ri]:
            self.speaker[ri], self.rank[ri] = self.speaker[rj], self.rank[rj]
        return True

    def shown(self, i: int) -> str | None:
        """The speaker ``i``'s utterance is shown with."""
        return self.speaker[self.find(i)]

    def groups(self) -> dict[int, list[int]]:
        """The members of each utterance by root, members ascending."""
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _speaker_rank(name: str | None, kind: SpeakerType | None) -> int:
    """How much a speaker tells a reader, for the one an utterance is shown with: a name or
    names joined (3); one person described ("the group's publicist", "the victim's husband",
    2); people described ("the couple", "officials", 1); a thing ("the statement", "the
    indictment", 0: the words' medium, not who spoke them); no speaker (-1). Outlets give one
    utterance's speaker in these several ways; the first outlet's way is not the best one."""
    if name is None:
        return -1
    if not unnamed_group(name, kind) or parties(name, kind):
        return 3  # a name, or names joined ("Chuck Schumer and Nancy Pelosi")
    if _described_thing(name, kind):
        return 0
    return 2 if described_person(name, kind) else 1


def _described_thing(name: str | None, kind: SpeakerType | None) -> bool:
    """A speaker described by a thing, not people ("the statement", "the indictment", "the
    warrant", "court papers"): the words' medium, which any speaker who said them replaces."""
    if name is None or not unnamed_group(name, kind) or parties(name, kind):
        return False
    head = singular_noun(name.split()[-1].lower())
    return not person_noun(head) or speaking_thing(head)


def _compatible(a: str | None, b: str | None) -> bool:
    """Two named speakers may be one person's: equal, or one of them unknown."""
    return a is None or b is None or a == b


# Fewer words than this found in order are a phrase of the event's topic, not one sentence
# rendered twice, unless one named speaker says both ("Moonlight has won best picture" of "the
# producer" / Emma Stone's "…to have won best picture. But we are so excited for Moonlight":
# three words; Stone's "there was ever an affair" / "…there was ever a relationship" joins).
MIN_ALIGNED_WORDS = 4


# A direct quotation this long credited to people only described ("the authors wrote") is the
# one another outlet credits to one of them by name (216: El Molto); not a paraphrase.
MIN_GROUP_JOIN_WORDS = 12


def _named_speaker(m: QuoteMention) -> str | None:
    """The mention's speaker if named; None when unknown, one person only described ("the
    Russian leader"), one thing that carries words ("the statement": whoever said them), or
    people only described quoted at length (:data:`MIN_GROUP_JOIN_WORDS`)."""
    head = (m.speaker or "").split()[-1:]
    one = bool(head) and singular_noun(head[0].lower()) == head[0].lower()
    if described_person(m.speaker, m.speaker_type) or (
        one and _described_thing(m.speaker, m.speaker_type)
    ):
        return None
    if m.form != "direct" or len(m.text.split()) < MIN_GROUP_JOIN_WORDS or not m.speaker:
        return m.speaker
    head = m.speaker.split()[-1].lower().removesuffix("s")  # "authors", not "court papers"
    group = unnamed_group(m.speaker, m.speaker_type) and " and " not in m.speaker
    return None if group and person_noun(head) and head not in DOCUMENT_NOUNS else m.speaker


def _comparable(a: QuoteMention, b: QuoteMention) -> bool:
    """Two mentions may be one utterance: one kind, one form, speakers that may be one.

    Reported speech is compared only with reported speech: a paraphrase inside a verbatim
    quote is a coincidence of words, and a merged quote has one form.
    """
    return (
        a.kind == b.kind
        and a.form == b.form
        and _compatible(_named_speaker(a), _named_speaker(b))
        and not _told_of(a, b)
        and not _told_of(b, a)
    )


def _told_of(m: QuoteMention, other: QuoteMention) -> bool:
    """Whether ``m``, reported speech of a speaker not named, tells of ``other``'s named
    speaker by surname ("[a police report:] Stinson became upset with Jordan and struck the
    child" beside Stinson's own "she struck the child in the face"): a paraphrase about a
    person is another's account, not that person's utterance, however alike. (A direct quote
    may be a person's own filing naming them: "the suit" says "…against Ms. Clifford".)"""
    if m.form == "direct" or m.speaker_type == "PERSON" or other.speaker_type != "PERSON":
        return False
    if not other.speaker:
        return False
    if _named_speaker(m) is not None:
        return False
    surname = other.speaker.split()[-1]
    return re.search(rf"\b{re.escape(surname)}\b", m.text) is not None


def merge_quotes(
    mentions: list[QuoteMention], articles: Sequence[Article], embedder: Embedder
) -> list[Quote]:
    """Merge the mentions of each utterance, within and across ``articles``, into one :class:`Quote`.

    ``articles`` order the sources and quotes (by first appearance; quote ids are ``q1, q2…``
    in that order) and give the text between two mentions; ``embedder`` compares wordings
    that may be translations of one sentence. Only statements and attributed terms become
    quotes: an unattributed term is a scare quote, not somebody's words; a report of a deed
    ("introduced the performance") is no one's words either. An organisation's statement
    another outlet quotes from its spokesperson by name is the spokesperson's, and a statement
    credited to a description's referent is the one's another outlet names outright
    (:func:`~.credits.credit_speakers`).
    """
    order = {a.id: k for k, a in enumerate(articles)}
    ms = [m for m in mentions if (m.kind == "statement" or m.speaker is not None) and not _deed(m)]
    ms = _surnames_in_full(ms)
    # (an organisation's statement another outlet quotes from its spokesperson is theirs, a
    # described speaker's the one another outlet names)
    ms = credit_speakers(ms, {a.id: a.text for a in articles}, embedder)
    ms.sort(key=lambda m: (order.get(m.article, len(order)), m.article, m.start))
    ms = join_split_halves(ms, {a.id: a.text for a in articles})
    mm = _Mentions(
        ms,
        [normalise_quote(m.text) for m in ms],
        order,
        {a.id: a.text for a in articles},
        embedder,
    )
    forest = _Forest(ms)
    pieces = _link_wordings(mm, forest)
    _link_split_pieces(mm, forest)
    _attach_pieces(mm, forest, pieces)
    _link_translations(mm, forest, embedder)
    _link_mixed_reports(mm, forest)
    groups = sorted(forest.groups().values(), key=min)
    # scraps no one is named for are scare quotes and titles, not somebody's words
    groups = [
        g
        for g in groups
        if forest.shown(g[0]) is not None
        or not all(ms[i].kind == "term" or scrap(ms[i]) for i in g)
    ]
    # mentions that are a piece of a longer mention of their own utterance (never its lead)
    piece_of = {p.short for p in pieces if forest.find(p.short) == forest.find(p.long)}
    return [
        _quote(members, mm, forest.shown(members[0]), piece_of, f"q{k + 1}")
        for k, members in enumerate(groups)
    ]


def _surnames_in_full(ms: list[QuoteMention]) -> list[QuoteMention]:
    """A one-word speaker that is the surname of exactly one speaker its article names in
    full ("said Public Defender Delia Okafor … said Okafor") as that person: one person, not
    two speakers, where no entity joined the two (the recogniser typed neither)."""
    full: dict[tuple[str, str], set[str]] = {}
    for m in ms:
        words = fold(m.speaker or "").split()
        if m.speaker_type == "PERSON" and len(words) > 1:
            full.setdefault((m.article, words[-1]), set()).add(m.speaker or "")
    out = []
    for m in ms:
        named = full.get((m.article, fold(m.speaker or "")), set())
        if m.speaker_type in ("PERSON", None) and len(named) == 1:
            m = replace(m, speaker=next(iter(named)), speaker_type="PERSON")
        out.append(m)
    return out


def _deed(m: QuoteMention) -> bool:
    """Whether a mention tells a deed, not words: its cue is a verb of doing
    (:data:`~.cues.DEED_VERBS`: "Kesha (introduced): the performance"). Extraction reports
    these as PolNeAR counts them; a list of what was said leaves them out, and with them a
    quote the deed's verb attributes (put forth a bill "to change the words 'in all thy sons
    command'" gives the anthem's words to the bill's sponsor)."""
    return any(w in DEED_CUE_FORMS for w in (m.cue or "").lower().split())


def scrap(m: QuoteMention) -> bool:
    """Whether a direct quote is a scrap, not an utterance: a few words (no more than a term
    has, :data:`~newsweave.synthesis.quotes.kinds.TERM_MAX_WORDS`) that open lower-case,
    a piece of the writer's sentence (his “health declined,” wrote it “is a hot mess.”), not
    an exclamation or a question; or a word or two no one is named for (“encrypted”, “Right
    Now”). It is a term: listed as its speaker's label when attributed, never as a statement,
    unless it is a piece of a whole statement it joins (:func:`merge_quotes`); "Thank you."
    said by someone and "That is absolutely false" said by someone unknown stay statements."""
    if m.form != "direct" or m.kind != "statement":
        return False
    words = len(m.text.split())
    if m.speaker is None and words <= SCRAP_MAX_WORDS:
        return True
    piece = m.text[:1].islower() and not m.text.rstrip(_CLOSING).endswith(("!", "?"))
    return piece and words <= TERM_MAX_WORDS


def _link_wordings(mm: _Mentions, forest: _Forest) -> list[_Piece]:
    """Join equal and nearly equal wordings; return every (piece, longer mention) pair.

    Within one article, two mentions over the same characters are one utterance (two
    readings of one passage), and otherwise only the same words are: one article does not
    quote one sentence twice in different words.
    """
    ms, norms = mm.items, mm.norms
    pieces: list[_Piece] = []
    for i in range(len(ms)):
        for j in range(i + 1, len(ms)):
            if _own_report_inside(ms[i], ms[j]) or _own_report_inside(ms[j], ms[i]):
                forest.union(i, j)
                continue
            if not _comparable(ms[i], ms[j]):
                continue
            if not norms[i][0] or not norms[j][0]:
                continue
            one_article = ms[i].article == ms[j].article
            text = mm.texts[ms[i].article]
            if one_article and (_nested(ms[i], ms[j], text) or _nested(ms[j], ms[i], text)):
                continue
            if one_article and ms[i].start < ms[j].end and ms[j].start < ms[i].end:
                forest.union(i, j)
                continue
            s_, l_ = (i, j) if len(norms[i][0]) <= len(norms[j][0]) else (j, i)
            known = ms[s_].speaker is not None and ms[l_].speaker is not None
            match = compare_wordings(norms[s_][0], norms[l_][0], known, mm.embedder)
            if match is None:
                continue
            if match.score < 1.0 and (one_article or not known):
                # only the same words give an unattributed mention a speaker, or join two
                # mentions of one article
                continue
            if not known and _quoted_inside(ms[l_].text, norms[s_][0], norms[l_]):
                continue  # a quotation within the longer quote: another voice's words
            named = _named_speaker(ms[s_])
            if (
                match.score < 1.0
                and (named is None or named != _named_speaker(ms[l_]))
                and match.score * len(norms[s_][0].split()) < MIN_ALIGNED_WORDS
            ):
                continue
            if match.same:
                forest.union(i, j)
            else:
                pieces.append(_Piece(s_, l_, match.score))
    return pieces


def _quoted_inside(text: str, short: str, long_norm: tuple[str, list[int]]) -> bool:
    """Whether the wording ``short`` stands inside quotation marks of its own in the longer
    quote ``text`` (normalised as ``long_norm``): "I was also holding my ‘best actress in a
    leading role’ card" quotes a card, so another outlet's unattributed "Actress in a leading
    role." (the card's words) is not the speaker's utterance. Credited to the longer quote's
    speaker too, the words are a piece of that quote, its quotation and all ('Tuesday's lawsuit
    says Cohen tried to "shut her up"' of the suit's "…into silence and 'shut her up' in
    order to…"), not a term of theirs beside it (:func:`_link_wordings`)."""
    norm, pos = long_norm
    k = norm.find(short)
    if k < 0 or not short:
        return False
    start, end = pos[k], pos[k + len(short) - 1] + 1
    return any(m.start() < start and end < m.end() for m in _INNER_QUOTE.finditer(text))


def _own_report_inside(outer: QuoteMention, inner: QuoteMention) -> bool:
    """Whether ``inner`` is a report its speaker's own report ``outer`` tells within its words:
    "he 'hardly ever' saw a black person … and noted [that he is surrounded by white faces]"
    is one remark, listed once, though one part holds quoted words (mixed) and the other none
    (indirect), a difference of form that keeps reports of other passages apart."""
    return (
        outer.article == inner.article
        and outer.speaker is not None
        and outer.speaker == inner.speaker
        and outer.kind == inner.kind == "statement"
        and outer.form != "direct"
        and inner.form != "direct"
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def _nested(outer: QuoteMention, inner: QuoteMention, text: str) -> bool:
    """Whether ``inner`` (of ``outer``'s article) is a report told inside ``outer``'s content,
    its cue among the words reported ("They claim that Obama lied when [he said he had no
    talks with Rezko]"): the outer report's source said the inner one's words were said, a
    second utterance of another speaker, not one passage read twice; joined, the lawyers'
    claim was listed as Obama's. (One speaker's report inside their own, "said it was a
    debate, which he said often ends up stilted", is one passage, listed once; so is a report
    whose cue opens the other's content as its infinitive: "American Airlines is happy [to
    announce that Jack the Cat has been found]" is the airline's announcement.)"""
    cue = inner.cue_span
    return (
        cue is not None
        and cue != outer.cue_span
        and outer.start <= cue.start < outer.end
        and text[outer.start : cue.start].strip().lower() != "to"
        and outer.speaker != inner.speaker
    )


def _link_split_pieces(mm: _Mentions, forest: _Forest) -> None:
    """Join the pieces of one quoted sentence: one speaker, one cue, only "and" between them.

    The second piece goes on with the first one's sentence, so it opens lower-case (“…root
    causes” and “to achieve…”); one opening upper-case is a sentence of its own, another
    utterance listed beside the first (lyrics include “I don't wanna be alive…” and “I want
    you to be alive…”: two lines, opposite in meaning). "I" opens either: taken for a new
    sentence, since a piece going on with "I" is rarer than two quoted lines.
    """
    ms = mm.items
    for i in range(len(ms) - 1):
        a, b = ms[i], ms[i + 1]
        if (
            a.article == b.article
            and a.kind == b.kind == "statement"
            and a.form == b.form == "direct"
            and a.speaker is not None
            and a.speaker == b.speaker
            and a.cue == b.cue
            and a.end <= b.start
            and not _SENTENCE_END.search(a.text)
            and not b.text[:1].isupper()
            and _PIECE_JOINER.match(mm.texts.get(a.article, "")[a.end : b.start])
        ):
            forest.union(i, i + 1)


def _link_mixed_reports(mm: _Mentions, forest: _Forest) -> None:
    """A direct quote inside a mixed report of the same cue occurrence ("Macron warned that
    Putin was trying “to buy time”") is the report's quoted part: one utterance, shown once.

    Done last, and only for a quote whose utterance lies wholly inside the report: words that
    other outlets (or other passages) quote as well are an utterance of their own, shown as
    the speaker's quote, and the report keeps them as its quoted words.
    """
    ms = mm.items
    reports: dict[tuple[str, Span], list[int]] = {}
    for i, m in enumerate(ms):
        if m.form == "mixed" and m.cue_span is not None:
            reports.setdefault((m.article, m.cue_span), []).append(i)
    members = forest.groups()
    for j, b in enumerate(ms):
        if b.form != "direct" or b.kind != "statement" or b.cue_span is None:
            continue
        for i in reports.get((b.article, b.cue_span), []):
            a = ms[i]
            inside = all(
                ms[k].article == a.article and a.start <= ms[k].start and ms[k].end <= a.end
                for k in members[forest.find(j)]
            )
            if inside:
                forest.union(i, j)


def _attach_pieces(mm: _Mentions, forest: _Forest, pieces: list[_Piece]) -> None:
    """Each utterance found inside a longer one joins the one it fits best (only one).

    The best home is chosen from the utterance's own mentions before any piece moves, so a
    piece shared by two statements cannot chain them into one. A piece that only resembles
    the longer wording never joins an utterance its own article quotes otherwise: one
    article does not quote one sentence twice in different words. Only an utterance's
    fullest wording is a piece of another: a mention that is itself a piece of a longer one of
    its own ("which he said could lead to a ceasefire" inside "he would speak to Erdogan about
    the talks, which he said could lead to a ceasefire") would bring that longer wording into
    a statement it does not render ("could reach a ceasefire during the Istanbul talks").
    """
    articles: dict[int, set[str]] = {}
    fullest: dict[int, int] = {}
    for root, members in forest.groups().items():
        articles[root] = {mm.items[k].article for k in members}
        fullest[root] = max(len(mm.norms[k][0]) for k in members)
    best: dict[int, _Piece] = {}
    for p in pieces:
        rs, rl = forest.find(p.short), forest.find(p.long)
        if rs == rl or (p.score < 1.0 and articles[rs] & articles[rl]):
            continue
        if len(mm.norms[p.short][0]) < FRAGMENT_LENGTH_RATIO * fullest[rs]:
            continue  # a piece of its own utterance's fuller wording
        cur = best.get(rs)
        if cur is None or (p.score, -p.long) > (cur.score, -cur.long):
            best[rs] = p
    for p in best.values():
        forest.union(p.short, p.long)


def _link_translations(mm: _Mentions, forest: _Forest, embedder: Embedder) -> None:
    """Join translations of one sentence across outlets, the closest pairs first.

    Only statements whose speaker is named; an utterance never takes a translation from an
    article it already quotes (that article's other quote is another statement).
    """
    ms, norms = mm.items, mm.norms
    idx = [i for i, m in enumerate(ms) if m.kind == "statement" and m.speaker and norms[i][0]]
    candidates = []
    for a in range(len(idx)):
        for b in range(a + 1, len(idx)):
            i, j = idx[a], idx[b]
            if ms[i].article == ms[j].article or ms[i].speaker != ms[j].speaker:
                continue
            if ms[i].form != ms[j].form:
                continue
            short, long_ = sorted((norms[i][0], norms[j][0]), key=len)
            if len(short.split()) < MIN_VARIANT_WORDS and not set(short.split()) <= set(
                long_.split()
            ):
                # too few words to tell a rendering from a topic ("race and Trayvon Martin" is
                # none of "he could have been Trayvon Martin"): only the same words count
                continue
            candidates.append((i, j, short, long_))
    if not candidates:
        return
    # only wordings with a candidate partner are embedded (about a third of them)
    at = {i: k for k, i in enumerate(sorted({i for c in candidates for i in c[:2]}))}
    vecs = np.asarray(embedder.encode([ms[i].text for i in at]), dtype=np.float32)
    cos = vecs @ vecs.T
    words = {i: content_words(norms[i][0]) for i in at}
    pairs = []
    for i, j, short, long_ in candidates:
        piece = len(short) / len(long_) < FRAGMENT_LENGTH_RATIO
        c = float(cos[at[i], at[j]])
        if (
            not translates(c, words[i], words[j], piece)
            or opposed(short, long_)
            or (not piece and negation_differs(short, long_))
            or other_figures(short, long_)
        ):
            continue
        pairs.append((c, i, j))
    if not pairs:
        return
    articles_of: dict[int, set[str]] = {}
    for root, members in forest.groups().items():
        articles_of[root] = {ms[k].article for k in members}
    for _cos, i, j in sorted(pairs, reverse=True):
        ri, rj = forest.find(i), forest.find(j)
        if ri == rj or articles_of[ri] & articles_of[rj]:
            continue
        if forest.union(i, j):
            root = forest.find(i)
            articles_of[root] = articles_of[ri] | articles_of[rj]


def _quote(
    members: list[int], mm: _Mentions, speaker: str | None, piece_of: set[int], qid: str
) -> Quote:
    """One utterance as a :class:`Quote`: every wording as a variant, the fullest one leading.

    The leading wording is the most frequent among the mentions that are not a piece of a
    longer one (the earliest on a tie); the quote is ``verbatim`` when every outlet's
    wording stands word for word in it (some outlets quoting less).
    """
    ms, norms, order = mm.items, mm.norms, mm.order
    # a mixed report holding a direct quote leads it: the quote is the report's quoted part
    whole = [i for i in members if ms[i].form == "mixed"] or members
    whole = [i for i in whole if i not in piece_of] or whole
    # a wording much shorter than the fullest one is a piece too (joined as a split piece)
    longest = max(len(norms[i][0]) for i in whole)
    whole = [i for i in whole if len(norms[i][0]) >= FRAGMENT_LENGTH_RATIO * longest]
    counts: dict[str, int] = {}
    for i in whole:
        counts[norms[i][0]] = counts.get(norms[i][0], 0) + 1
    lead = max(whole, key=lambda i: (counts[norms[i][0]], -i))
    lead_norm = norms[lead][0]
    variants = sorted(
        (QuoteVariant(ms[i].article, ms[i].text, ms[i].start, ms[i].end) for i in members),
        key=lambda v: (order.get(v.article, len(order)), v.article, v.start),
    )
    sources = tuple(dict.fromkeys(v.article for v in variants))
    verbatim = all(contained(norms[i][0], lead_norm) for i in members)
    if len(sources) <= 1:
        relation = "single"
    elif verbatim:
        relation = "verbatim"
    else:
        relation = variant_relation([norms[i][0] for i in members], lead_norm)
    # the cue shown beside the speaker is a verb they were told with: a mention no one is named
    # for has a cue whose subject is no one known ("asked Salon to help him deny"), not theirs
    told = [i for i in members if ms[i].speaker is not None] or members
    cues = [_said_with(i, members, ms) for i in told]
    cues = [c for c in cues if c]
    # the most frequent cue, the earliest on a tie (a set's order changes from run to run)
    cue = max(dict.fromkeys(cues), key=cues.count) if cues else None
    kind = "term" if all(ms[i].kind == "term" or scrap(ms[i]) for i in members) else "statement"
    return Quote(
        text=_without_writers_stop(ms[lead].text) if kind == "term" else ms[lead].text,
        speaker=speaker,
        sources=sources,
        verbatim=verbatim and len(sources) > 1,
        variants=tuple(variants),
        relation=relation,  # type: ignore[arg-type]
        cue=cue,
        id=qid,
        kind=kind,  # type: ignore[arg-type]
        form=ms[lead].form,
    )


def _said_with(i: int, members: list[int], ms: list[QuoteMention]) -> str | None:
    """The cue mention ``i`` is told with: its own, or that of a member no one is named for
    whose cue stands inside ``i``'s words, the verb of saying the speaker's frame holds
    ("American Airlines is happy [to announce that Jack has been found]": announce)."""
    m = ms[i]
    return next(
        (
            ms[j].cue
            for j in members
            if ms[j].speaker is None
            and ms[j].article == m.article
            and ms[j].cue
            and ms[j].cue_span is not None
            and m.start <= ms[j].cue_span.start < m.end
        ),
        m.cue,
    )


def _without_writers_stop(term: str) -> str:
    """A term's words without the full stop American style sets inside the closing mark when
    they end the writer's sentence ('slammed European “anti-Russian rhetoric.”'): listed as a
    label, the term ends on no stop. An abbreviation keeps its point ("S.P.", "U.S."). Its
    variants keep the words as the article has them, stop and all."""
    words = term[:-1].split()
    if not term.endswith(".") or term.endswith("..") or not words:
        return term
    last = words[-1]
    if "." in last or (len(last) == 1 and last.isalpha()):
        return term
    return term[:-1].rstrip()


def canonical_speakers(
    mentions: list[QuoteMention], entities: list[Entity] | None
) -> list[QuoteMention]:
    """Speakers as the event's canonical entity names ("Zelenskyy" → "Volodymyr Zelensky").

    Outlets spell and shorten names differently; the entities stage has already decided
    which spellings are one person, so merging and reactions see one name. The entity's name
    is shown as a speaker's is (:func:`~.speakers.clean_name`): a header the NER read as a
    name ("Bob Weir & …") must not turn a clean speaker into a broken one. One person described
    by the role the event gives a person the article names ("the judge" in an article about
    Judge Aaron Persky) is that person (:func:`_holder`). A surname misspelt by one letter is
    spelt as the event spells it most (:func:`~.spellings.respelt`); a given name alone is the
    one person named in full by it (:func:`_given_name_of`). A bare surname two of the
    event's people share is the one its article names (:func:`_namesake_at`), whichever of them
    the entities stage gave the surname to.
    """
    if not entities:
        return mentions
    out = []
    spellings = event_spellings(entities)
    # speaker -> entity name ("" for none): a speaker comes back mention after mention
    names: dict[str, str] = {}

    def canonical(speaker: str) -> str:
        name = names.get(speaker)
        if name is None:
            ent = resolve_entity(entities, speaker) or _surname_of(entities, speaker)
            ent = _given_name_of(entities, speaker, ent) or ent
            name = names[speaker] = clean_name(ent.name) if ent is not None else ""
        return name or speaker

    for m in mentions:
        if m.speaker and m.speaker_type == "PERSON":
            # (a surname misspelt by one letter, spelt as the event spells it most)
            m = replace(m, speaker=respelt(spellings, m.speaker))
        if named := parties(m.speaker, m.speaker_type):
            # each party by its own name ("Yu and Soni" -> "Ben Yu and Deven Soni")
            m = replace(m, speaker=joined([canonical(p) for p in named]))
        elif described_person(m.speaker, m.speaker_type):
            ent = _holder(m, entities)
            if ent is not None and (name := clean_name(ent.name)):
                m = replace(m, speaker=name, speaker_type="PERSON")
        elif m.speaker and canonical(m.speaker) in (
            *(kin := _namesakes(entities, m.speaker)),
            *([m.speaker] if kin and _person_of_its_own(entities, m.speaker) else []),
        ):
            # (two people of one surname: "Pasztor" is the mother or her son, by the article,
            # whether the entities stage joined the bare surname to one of them or, as it
            # cannot tell which, kept it a person of its own)
            ent = _namesake_at(m, kin)
            m = replace(m, speaker=(clean_name(ent.name) if ent else "") or m.speaker)
        elif m.speaker and not unnamed_group(m.speaker, m.speaker_type):
            # (a described group, "European leaders", is no entity's other spelling)
            m = replace(m, speaker=canonical(m.speaker))
        out.append(m)
    return out


def _given_name_of(entities: Sequence[Entity], speaker: str, bare: Entity | None) -> Entity | None:
    """The one person of the event named in full whose given name is the one-word ``speaker``
    ("Raffaele" of Raffaele Sollecito, in a letter that never gives his surname): the entities
    stage keeps a given name alone as a person of its own (``bare``). Not a word that is
    anyone's surname, nor one two full names open with, nor a bare name with a role of its
    own (Pope "Francis" beside Francis Collins) or never in an article with the full name."""
    word = fold(speaker)
    if len(word.split()) != 1 or (bare is not None and len(bare.name.split()) > 1):
        return None
    if bare is not None and (bare.type != "PERSON" or bare.role is not None):
        return None
    names = [(e, fold(full).split()) for e in entities for full in (e.name, *e.aliases)]
    if any(len(words) > 1 and words[-1] == word for _e, words in names):
        return None
    found = {
        e.name: e
        for e, words in names
        if e.type == "PERSON" and len(words) > 1 and words[0] == word
    }
    if len(found) != 1:
        return None
    (full,) = found.values()
    return full if bare is None or set(bare.articles) & set(full.articles) else None


def _namesakes(entities: Sequence[Entity], speaker: str) -> dict[str, Entity]:
    """The entities of two or more words whose name ends in the one-word ``speaker``, whatever
    type the NER gave them, when there are two or more ("Amber Pasztor", typed ORG, and her son
    "Rene Pasztor"): the bare surname is either of them, and an alias the entities stage gave
    one of them does not tell which. By the name each is shown with."""
    word = fold(speaker)
    if len(word.split()) != 1:
        return {}
    kin = {
        clean_name(e.name): e
        for e in entities
        if len(fold(e.name).split()) > 1 and fold(e.name).split()[-1] == word
    }
    return kin if len(kin) > 1 else {}


def _person_of_its_own(entities: Sequence[Entity], speaker: str) -> bool:
    """Whether the event lists the bare ``speaker`` as a person of its own: a surname the
    entities stage could not give to one of the people who share it (not a common noun that
    names ends in, "police" of "Indiana State Police")."""
    return any(e.type == "PERSON" and fold(e.name) == fold(speaker) for e in entities)


def _namesake_at(m: QuoteMention, kin: dict[str, Entity]) -> Entity | None:
    """The namesake a bare surname speaker stands for in ``m``'s article: the one named in full
    at most :data:`RECENT_NAME_CHARS` before it, else the one the article names in full first
    (the person it is about: "the deaths of 6-year-old Rene Pasztor" does not make every later
    "Pasztor" the boy); None when the article names none of them in full."""
    at = m.speaker_span.start if m.speaker_span is not None else m.start
    full = [
        (sp.start, e)
        for e in kin.values()
        for sp in e.mentions
        if sp.article == m.article and sp.end - sp.start > len(m.speaker or "") + 1
    ]
    if not full:
        return None
    before = [(start, e) for start, e in full if start < at]
    if before and at - max(before, key=lambda x: x[0])[0] <= RECENT_NAME_CHARS:
        return max(before, key=lambda x: x[0])[1]
    return min(full, key=lambda x: x[0])[1]


def _surname_of(entities: Sequence[Entity], speaker: str) -> Entity | None:
    """The one entity whose full name (or another spelling of it) ends in the one-word
    ``speaker``, whatever type the NER gave it: "Parubiy said" is Andriy Parubiy, whom the
    event lists as an ORG, so :func:`~newsweave.text.names.resolve_entity`, which takes a bare
    surname for people only, finds no one, and the report would list a surname the event
    never resolves. Not when an entity goes by the word itself: resolve_entity has found it
    ambiguous then (Pope "Francis" beside "St Francis", "Knox" the alias of two entities)."""
    word = fold(speaker)
    if len(word.split()) != 1:
        return None
    names = [(e, fold(full).split()) for e in entities for full in (e.name, *e.aliases)]
    if any(words == [word] for _e, words in names):
        return None
    found = {e.name: e for e, words in names if len(words) > 1 and words[-1] == word}
    return next(iter(found.values())) if len(found) == 1 else None


def _holder(m: QuoteMention, entities: Sequence[Entity]) -> Entity | None:
    """The person the definite description that is ``m``'s speaker stands for, by the role the
    event gives them: its head noun heads the role and every other word is in it ("the judge"
    for "Judge", "the former president" for "former President"; not "the attorney" for
    "Attorney General", nor "the Polish prime minister" for Israel's "Prime Minister"). Only
    "the …": "a judge" is anyone, and "the victim's husband" is someone's someone, no role.

    The holder must be the person the article last named before the description, skipping
    only those whose role is another ("They told Nixon … the president announced his
    resignation" is Nixon, whom no role names, not the event's President Trump); an article
    that names no one before it describes first and names after ("The judge in the Stanford
    case …", then "Judge Aaron Persky"), and then the holder must be the only one."""
    words = (m.speaker or "").lower().split()
    if len(words) < 2 or words[0] != "the" or any(_OWNED.search(w) for w in words):
        return None

    def fits(e: Entity) -> bool:
        role = [ROLE_ABBREVIATIONS.get(w, w) for w in re.findall(r"[\w-]+", (e.role or "").lower())]
        return bool(role) and role[-1] == words[-1] and set(words[1:]) <= set(role)

    persons = [e for e in entities if e.type == "PERSON" and m.article in e.articles]
    at = m.speaker_span.start if m.speaker_span is not None else m.start
    # (the person named last before it, whom no other role rules out)
    before = [
        (sp.end, k)
        for k, e in enumerate(persons)
        if e.role is None or fits(e)
        for sp in e.mentions
        if sp.article == m.article and sp.end <= at
    ]
    if before:
        last = persons[max(before)[1]]
        holders = [last] if fits(last) else []
    else:
        holders = [e for e in persons if fits(e)]
    if len(holders) != 1:
        return None
    # (which of two namesakes the article named last, Neil or Anne Gorsuch, is a guess)
    surname = holders[0].name.split()[-1]
    namesakes = [e for e in persons if e.name.split()[-1] == surname]
    return holders[0] if len(namesakes) == 1 else None
