"""How a fact reads in the facts table, where it stands alone, away from its story.

A fact is worded by a source's sentence (or clause), but listed alone it has lost the
sentences around it: "But the plan called for …" answers a sentence the reader never sees,
"Hackett was then flown back to shore" is a step of a narrative told elsewhere, and "He did
not enter a plea" points at no one. :func:`standalone_wording` therefore drops a leading
connective (the brief's own list, :data:`~newsweave.text.statement_patterns.LEADING`) or
sequence word ("Then,", "Afterward,") and a "then" that only places the main verb after
the story's previous step ("The victim then claimed …", "…, then, Pasztor said …"), and it
names a "He" or "She" that opens the wording in brackets, "[Hayes] did not enter a plea":
from the article's own antecedent when that is the subject of the sentence just before, else
from another cited outlet that tells the same act of a person it names in that very
sentence; and it names the "he" or "she" who says its quotation as the brief does
(:func:`named_speaker`: '"…," [Bobby Goodlatte] wrote'). A wording whose pronoun no source
names, or that speaks in the first person outside its quotations (whose voice, the table
does not show), is no fact a reader can take alone (``named`` is False). Nothing else is
reworded: the bracketed names are the only words added.

The brief, whose sentences come from anywhere in their stories, completes a person's name
where it first calls them by a part of it, in brackets too (:func:`named_in_full`:
"[Kendrick] Lamar's "Humble" won ..."), with the title the stories give them before it
when they give one ("[Police Chief Cathy] Lanier said ..."): a name alone says not who.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.models import Sentence
from newsweave.nlp import doc_ents, doc_text
from newsweave.synthesis.quotes.attribution import resolve_subject
from newsweave.synthesis.quotes.index import article_index
from newsweave.synthesis.quotes.speakers import PLAIN_TITLES
from newsweave.synthesis.quotes.spellings import MIN_RESPELT_CHARS, one_letter_off
from newsweave.synthesis.retelling import SPEECH_VERBS
from newsweave.synthesis.units import Unit
from newsweave.text.lexicons import in_ranges, quoted_ranges
from newsweave.text.names import POSSESSIVE, fold, seq_match, singular_title
from newsweave.text.statement_patterns import LEADING, own_voice

if TYPE_CHECKING:
    from collections.abc import Collection, Iterable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# A leading word is dropped only when this many characters of statement remain after it
# (the brief's own guard: "Still draining." is no statement once "Still" goes).
MIN_REST_CHARS = 20
# Sequence words that open a sentence of a narrative: the step before is not in the table.
_SEQUENCE_OPENING = re.compile(r"^(?:(?:Then|Afterwards?|Later|Instead|Next),\s+|Then\s+)")
_PERSON_PRONOUNS = ("He", "She")
# Pronouns that may say a quotation whose speaker the brief names ("“…,” [Obama] said"), and
# the kinds the resolver may give their name: a person, or none when it followed a chain.
_SPEAKER_PRONOUNS = frozenset({"he", "she"})
_SPEAKER_LABELS = frozenset({"PERSON", None})
# A participle left at the head of a wording is a fragment, not a clause ("Draining at …").
_PARTICIPLES = frozenset({"VBG", "VBN"})
# Where a narrative "then" sits: on the verb of the main clause, or of a report's content
# ("Police say the back of his head then hit a wall"); a "then" on a coordinated verb
# ("threw a drink … then punched her") orders two acts the fact itself tells.
_MAIN_CLAUSE = frozenset({"ROOT", "ccomp"})
_SUBJ = frozenset({"nsubj", "nsubjpass"})
# Names a subject holds besides its own: one more of a list ("Yu and Soni"), and its owner
# ("Lamar's "Humble""): a statement about either leans on the one that named them in full.
_NAMED_WITH_SUBJECT = frozenset({"conj", "poss"})


# Double quotation marks: curly ones open or close by their shape, a straight one opens at
# the text's start or after a space or an opening bracket or dash, and closes elsewhere; a
# double prime closes too, as scrapes use it ('her "How to Train Your Dragon 2″ costars').
_CLOSING_OF = {"“": "”", '"': '"'}
_OPENING_OF = {"”": "“", '"': '"', "″": '"'}
# Two closing single marks close a double quotation in some outlets' styling ('the new “Evil
# Dead’’ is ...').
_DOUBLED_CLOSE = ("’’", "''")
# The replacement character a scrape leaves for a character it could not decode.
_LOST_CHARACTER = "\ufffd"
_OPENS_AFTER = frozenset(" \n\t([{—–-/")


@dataclass(frozen=True, slots=True)
class Wording:
    """A fact's wording as the table shows it; ``named`` is False when it opens on a "He" or
    "She" that no source names for it, or speaks in the first person outside its quotations
    (an op-ed's "I will take a sensible approach", a company's "We were all saddened"): whose
    words they are, the table does not say."""

    text: str
    named: bool


def shown_start(u: Unit, text: str, sentences: Sequence[Sentence]) -> int:
    """Where ``text``, a unit's wording (:func:`~newsweave.synthesis.units.claim_text`), starts
    in its article: a standalone unit is shown from its start or past a lead it drops, a
    split-off clause as itself, a quote fragment as its sentence."""
    if u.standalone:
        return u.start + max(0, len(u.standalone) - len(text))
    return u.start if u.kind == "sub" else sentences[u.sentence].start


def standalone_wording(text: str, start: int, doc: Doc, cited: Sequence[SpacySpan] = ()) -> Wording:
    """``text`` (found at ``start`` in ``doc``'s article) as it reads alone: see the module
    docstring. ``cited``: the other outlets' passages cited for the same claim."""
    toks = _tokens(text, start, doc)
    cut = _opening_cut(text, start, toks) if toks is not None else 0
    if cut:
        text = text[cut:][:1].upper() + text[cut:][1:]
        start += cut
        toks = _tokens(text, start, doc)
    if own_voice(text):
        return Wording(text, False)
    named = _named(text, toks, cited)
    if toks is None or not named.named:
        return named
    # the first word, named or not, stays: a "then" that goes never opens the text
    word = len(text.split(" ", 1)[0])
    opening = named.text[: len(named.text) - len(text) + word]
    text = _edited(text, start, [*_then_cuts(toks), *_speaker_named(text, start, doc)])
    return Wording(opening + text[word:], True)


def named_wording(text: str, start: int, doc: Doc, cited: Sequence[SpacySpan] = ()) -> Wording:
    """``text`` with the "He" or "She" that opens it named in brackets, as
    :func:`standalone_wording` names it, and nothing else changed: a unique detail is its
    outlet's own passage, cited and shown as it stands."""
    return _named(text, _tokens(text, start, doc), cited)


def voiced(named: Wording, text: str, start: int, doc: Doc) -> Wording:
    """``named``, the :func:`named_wording` of ``text`` (found at ``start`` in ``doc``'s
    article), with the "he" or "she" who says its quotation named too, as the facts table and
    the brief name it (:func:`named_speaker`): a unique detail '… “It’s undeniable that we’re
    good,” [Jimmy Page] said'."""
    if named.text != text:  # (an opening "He" named: the speaker, if any, is that one)
        return named
    return Wording(_edited(text, start, _speaker_named(text, start, doc)), named.named)


@dataclass(frozen=True, slots=True)
class NamedSpeaker:
    """Who the pronoun that says a wording's quotation stands for: ``name``, in place of the
    pronoun at ``at`` characters into the wording (``word`` long)."""

    name: str
    at: int
    word: str


def named_speaker(text: str, start: int, doc: Doc) -> NamedSpeaker | None:
    """The name of the "he" or "she" of a wording with a quotation (``text``, found at
    ``start`` in ``doc``'s article) when no name before it says who: "“This is not our
    preferred outcome,” he said" reads alone as "“…,” [Barack Obama] said", and "When asked if
    he meant to hurt his brother, Shawn responded “not really”" names the one asked. The
    pronoun is the first outside the quotations, not the wording's first word
    (:func:`named_wording` names that one), the subject of its verb, and the name the one the
    quotes stage gives a speaker so placed
    (:func:`~newsweave.synthesis.quotes.attribution.resolve_subject`, the report's own
    attribution); None when there is no such pronoun or no name for it. (Only a wording with a
    quotation, or with words reported before the pronoun's verb of saying
    (:func:`_reports_before`: "Google also uses special formats ..., he said" is Amit
    Singhal's word, not Google's, multinews 171): there the brief no longer takes a noun
    among the speaker's words for whom the pronoun stands,
    :func:`~newsweave.synthesis.reads_alone.absent_referent`.)"""
    toks = _tokens(text, start, doc)
    if toks is None:
        return None
    quotes = quoted_ranges(text)
    outside = [t for t in toks if not in_ranges(t.idx - start, quotes)]
    pron = next((t for t in outside if t.lower_ in _SPEAKER_PRONOUNS), None)
    if (
        pron is None
        or pron.i == toks[0].i  # (an opening "He" is named by its own, stricter rule)
        or pron.dep_ not in _SUBJ
        or not (quotes or _reports_before(pron))
        # (a name before it may be whom it stands for; in reported words, only a person's:
        # "Google also uses ..., he said" is not Google's word)
        or any(
            t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and (quotes or not t.ent_type_))
            for t in outside
            if t.i < pron.i
        )
        or _reported_by_unnamed(pron)
    ):
        return None
    who = resolve_subject(pron, article_index(doc))
    if who.label not in _SPEAKER_LABELS or not who.name or who.name.lower() in _SPEAKER_PRONOUNS:
        return None
    return NamedSpeaker(who.name, pron.idx - start, pron.text)


def _reported_by_unnamed(pron: Token) -> bool:
    """Whether ``pron`` is the subject of a clause that someone unnamed before it reports
    ("One person walking out of the store said he heard Dunn say …"): the "he" is most
    likely that person, whom no name gives."""
    verb = pron.head
    return verb.dep_ == "ccomp" and any(
        c.dep_ in _SUBJ and c.pos_ == "NOUN" and c.i < pron.i for c in verb.head.children
    )


def _speaker_named(text: str, start: int, doc: Doc) -> list[tuple[int, int, str]]:
    """The edit that names the "he" or "she" who says ``text``'s quotation
    (:func:`named_speaker`: '"…," he wrote' → '"…," [Bobby Goodlatte] wrote'), in its
    article's characters; none when no name is certain."""
    speaker = named_speaker(text, start, doc)
    if speaker is None:
        return []
    at = start + speaker.at
    return [(at, at + len(speaker.word), f"[{speaker.name}]")]


def _edited(text: str, start: int, edits: list[tuple[int, int, str]]) -> str:
    """``text`` (at ``start`` in its article) with each edit's article characters from and to
    replaced by its words."""
    for a, b, put in sorted(edits, reverse=True):
        text = text[: a - start] + put + text[b - start :]
    return text


def _reports_before(pron: Token) -> bool:
    """Whether ``pron`` says, by a verb of saying (:data:`SPEECH_VERBS`), the words reported
    before it ("Google also uses special formats ..., he said"): no quotation marks, but the
    words are its speaker's all the same, and no noun among them is who says them."""
    verb = pron.head
    return verb.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "ccomp" and c.i < pron.i for c in verb.children
    )


def closed_quotes(text: str) -> str:
    """``text`` with a quotation it cuts open closed again: a sentence of a quote that runs
    over several sentences ("We know there is misinformation … on Facebook." where the quote
    goes on) gets its closing mark at its end, and one that starts inside a quote ("It is not
    just automatically going to happen," he said.) its opening mark at its start, so the
    reader sees where the speaker's words end and the writer's begin. Marks that do not pair
    up as one cut quotation (a scrape's doubled or stray marks) are left as they are: which
    words they hold, the text does not say."""
    if _LOST_CHARACTER in text:
        return text  # (a mark the scrape could not decode may be any of them)
    depth, unmatched, first, seen = 0, "", "", False
    for i, ch in enumerate(text):
        if text.startswith(_DOUBLED_CLOSE, i):
            ch = "”"  # (its second half is a single mark, which the scan passes over)
        elif ch not in _CLOSING_OF and ch not in _OPENING_OF:
            continue
        opens = ch == "“" or (ch == '"' and (i == 0 or text[i - 1] in _OPENS_AFTER))
        if opens:
            depth, unmatched = depth + 1, ch
        elif depth:
            depth -= 1
        elif seen:
            return text  # a closing mark after others with none open: not one cut quote
        else:
            first = ch  # the text starts inside a quotation
        seen = True
    if depth > 1:
        return text
    opening = _OPENING_OF[first] if first else ""
    return opening + text + (_CLOSING_OF[unmatched] if depth else "")


def _named(text: str, toks: list[Token] | None, cited: Sequence[SpacySpan]) -> Wording:
    """:func:`named_wording` of ``text`` whose tokens (:func:`_tokens`) are ``toks``."""
    word = text.split(" ", 1)[0]
    if word not in _PERSON_PRONOUNS:
        return Wording(text, True)
    pron = toks[0] if toks is not None and toks[0].text.lower() == word.lower() else None
    if pron is None:
        return Wording(text, False)
    name = _antecedent(pron) or _cited_name(pron, cited)
    if name is None:
        return Wording(text, False)
    return Wording(f"[{name}]{text[len(word) :]}", True)


def _opening_cut(text: str, start: int, toks: list[Token]) -> int:
    """How many characters a leading connective and a sequence word take: none when what
    follows goes on with the opening ("In addition to the record attempts, …") or is no
    clause of its own ("Still draining at the exact same rate.")."""
    cut = 0
    # (one connective may follow another: "Yet now, …", "But then, …")
    for pattern in (LEADING, LEADING, _SEQUENCE_OPENING):
        rest = text[cut:]  # (what is left opens the wording: "Yet now, …" → "Now, …")
        m = pattern.match(rest[:1].upper() + rest[1:])
        if not m or len(text) - cut - m.end() <= MIN_REST_CHARS:
            continue
        first = next((t for t in toks if t.idx - start >= cut + m.end()), None)
        if first is None or first.lower_ == "to" or first.tag_ in _PARTICIPLES:
            continue
        cut += m.end()
    return cut


def _tokens(text: str, start: int, doc: Doc) -> list[Token] | None:
    """The tokens of ``text`` when it is the article's words at ``start`` (its first letter
    may be capitalised and a final period added), else ``None``."""
    body = text.rstrip(".")
    if doc_text(doc)[start + 1 : start + len(body)] != body[1:]:
        return None
    span = doc.char_span(start, start + len(body), alignment_mode="expand")
    return list(span) if span is not None and len(span) else None


def _then_cuts(toks: list[Token]) -> list[tuple[int, int, str]]:
    """Where a wording (tokens ``toks``) loses a "then" that places its main verb after a
    step of the story told before: "X then claimed", "X was then flown", "…, then, X said"
    (not "and then discharging it", "then-president", "…, then returned hours later"); each
    its article's characters from and to, and the nothing put in their place."""
    cuts: list[tuple[int, int, str]] = []
    for k in range(1, len(toks) - 1):
        t, prev, nxt = toks[k], toks[k - 1], toks[k + 1]
        if t.lower_ != "then" or t.dep_ != "advmod" or t.head.pos_ not in ("VERB", "AUX"):
            continue
        if t.head.i < t.i or t.head.dep_ not in _MAIN_CLAUSE:
            continue
        if prev.text == "," and nxt.text == ",":  # "…, then, Pasztor said"
            cuts.append((t.idx, nxt.idx + len(nxt.text_with_ws), ""))
        elif not (prev.is_punct or nxt.is_punct or prev.dep_ == "cc") and any(
            c.dep_ in _SUBJ and c.i < t.i for c in t.head.children
        ):
            cuts.append((t.idx, t.idx + len(t.text_with_ws), ""))
    return cuts


def _antecedent(pron: Token) -> str | None:
    """The name a "He"/"She" stands for when the article's own antecedent
    (:func:`~newsweave.synthesis.quotes.attribution.resolve_subject`, what names a quote's
    speaker) is a name that is the subject of the sentence just before: "Pasztor said …", not
    the full name the surname stands for (a mother and her son of one name), nor the last
    person named ("… her two children, Liliana and Rene"), nor a subject further up ("Gorkov
    studied … Kushner wields … He is married to Ivanka": the resolver named Gorkov)."""
    doc = pron.doc
    who = resolve_subject(pron, article_index(doc))
    ant = doc.char_span(*who.chain[1]) if who.label == "PERSON" and len(who.chain) > 1 else None
    if (
        ant is None
        or ant.root.pos_ != "PROPN"
        or ant.root.dep_ not in _SUBJ
        or ant.root.head != ant.root.sent.root  # the subject of its sentence's main verb
        or ant.root.sent.end != pron.sent.start  # ...in the sentence just before
    ):
        return None
    return ant.text


def _cited_name(pron: Token, cited: Sequence[SpacySpan]) -> str | None:
    """The person another outlet names as the doer of the pronoun's act, in the passage cited
    for the same claim: "He did not enter a plea" beside "Hayes, 28, was arrested … and did
    not enter a plea". The act is the pronoun's verb by its lemma; its subject there must be
    a name in that sentence (a conjunct shares its head's subject), and every cited passage
    that names a doer must name the same one."""
    verb = pron.head
    names: set[str] = set()
    for span in cited:
        for t in span:
            if t.lemma_ != verb.lemma_ or t.pos_ != verb.pos_:
                continue
            subj = _subject(t)
            if subj is None or subj.pos_ == "PRON":
                continue
            who = resolve_subject(subj, article_index(t.doc))
            if who.label == "PERSON" and who.span is not None:
                names.add(doc_text(t.doc)[who.span[0] : who.span[1]])
    return names.pop() if len(names) == 1 else None


def _subject(v: Token) -> Token | None:
    """A verb's subject, or its head's for a conjunct that shares it ("was arrested … and did
    not enter a plea")."""
    for _ in range(3):
        subj = next((c for c in v.children if c.dep_ in _SUBJ), None)
        if subj is not None or v.dep_ != "conj":
            return subj
        v = v.head
    return None


# Determiners of a subject that points back at a thing told before, when its noun was
# used before ("The Paris patient" after "a patient in Paris").
_ANAPHORIC = frozenset({"the", "this", "these", "those"})
# Determiners of a thing not told before ("the cost of a wedding"): see :func:`_said_which`.
_INDEFINITE = frozenset({"a", "an"})
# Titles before a surname that say no more of who someone is than the surname ("Mr Carpentier",
# "Professor Carpentier"), unlike a role ("Judge Olivera", "President Trump").
_BARE_TITLES = PLAIN_TITLES | {"dr", "doctor", "prof", "professor"}


def full_name_ends(docs: Iterable[Doc]) -> frozenset[str]:
    """The last words of the people ``docs`` name in full ("Olivera" of "Lou Olivera"), for
    :func:`named_before`."""
    return frozenset(
        e[-1].text for doc in docs for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1
    )


def _said_which(noun: Token) -> bool:
    """Whether ``noun``'s "of" phrase says which one it is, naming a thing of its own ("The
    average cost of a wedding last year exceeded $31,213" after "If wedding costs are ...":
    multinews 018's lead, passed over as leaning on its kicker): a name or a thing with "a";
    not one told before ("the cost of the project"), nor a kind ("The poll of registered
    voters shows ..." after "a new poll": multinews 177, the poll is still the one told)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            o.dep_ == "pobj"
            and (
                o.pos_ == "PROPN"
                or any(d.dep_ == "det" and d.lower_ in _INDEFINITE for d in o.children)
            )
            for o in c.children
        )
        for c in noun.children
    )


def named_before(span: SpacySpan | None, full_names: frozenset[str]) -> bool:
    """Whether the subject of ``span`` (a statement's parse) is someone or something the story
    introduced before: a person by surname alone (or the owner of the subject: "Lamar's
    "Humble" won ...") whom its article named in full before ("Yu and Soni say ..." after
    "Chemists Ann Yu and Raj Soni have ...") or whose surname is in
    ``full_names`` ("Olivera drove Serna ..." when another outlet wrote "Judge Lou Olivera"),
    or a thing with "the" or "this" whose noun its article used before ("The Paris patient is
    the first ..." after "a patient in Paris"; "This collaboration ..."), unless it says which
    one it is (:func:`_said_which`): the reader of a statement taken alone does not know who
    or what that is."""
    if span is None:
        return False
    doc = span.doc
    subjects = [  # (a parse that runs over the statement's start may hang words before it)
        c for c in span.root.children if c.dep_ in _SUBJ and span.start <= c.i < span.end
    ]
    opening = next(  # the subject the statement opens with, of any of its clauses
        (t for t in span if t.dep_ in _SUBJ and t.left_edge.i == span.start), None
    )
    # ... or the main clause's, after a time or a place ("On Thursday the automaker confirmed"),
    # not a reporting clause's after the report ("..., the company said")
    if any(
        t.pos_ == "NOUN"
        and t.left_edge.lower_ in _ANAPHORIC
        and not any(x.pos_ in ("VERB", "AUX") for x in doc[span.start : t.left_edge.i])
        and any(p.pos_ == "NOUN" and p.lemma_ == t.lemma_ for p in doc[: span.start])
        and not _said_which(t)
        for t in (opening, *subjects)
        if t is not None
    ):
        return True
    surnames = {  # a one-word name, whatever the tagger typed it ("Olivera" as ORG), or
        # after a bare title (:data:`_BARE_TITLES`), not a word of a longer name; the subject's
        # or the subject's owner ("Lamar's "Humble" won ..." after "Kendrick Lamar was ...")
        # (or the owner the statement opens with, however the parse hangs the rest of it);
        # not the owner of one the statement names itself ("Goodlatte's son Bobby Goodlatte")
        t.text
        for c in (*subjects, *(t for t in span[:1] if t.dep_ == "poss"))
        for t in (c, *(g for g in c.children if g.dep_ in _NAMED_WITH_SUBJECT))
        if not (
            t.dep_ == "poss"
            and any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in t.head.children)
        )
        if t.pos_ == "PROPN"
        and t.ent_iob_ != "I"
        and (t.i + 1 == len(doc) or doc[t.i + 1].ent_iob_ != "I")
        and not any(
            g.dep_ in ("compound", "flat") and g.lower_.rstrip(".") not in _BARE_TITLES
            for g in t.children
        )
    }
    named = {
        e[-1].text
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and e.end <= span.start
    }
    return bool(surnames & (full_names | named))


def called_by_surname(
    span: SpacySpan | None,
    full_names: frozenset[str],
    known: frozenset[str],
    shown: frozenset[int],
) -> bool:
    """Whether ``span`` (a statement's parse) calls someone anywhere in its words, not only as
    its subject (:func:`named_before`), by a surname alone that its article gave in full before
    or that is in ``full_names``: "The caption ... earned Newman 16 likes" after "nurse Yulette
    Newman" (multinews 064, whose brief opened on it and never said who Newman is). Or by a
    bare title and a surname (:data:`_BARE_TITLES`: "Dr. Kazdin promotes a program ...",
    multinews 090) that no text of the event gives in full (``known``, :func:`full_name_ends`):
    a page continued from one the event lacks, whose reader met that person before. Not one the
    statement names more fully first ("President Trump asked ... Mr. Trump's adviser"), nor one
    at a character of ``shown`` (the mentions the brief shows with the rest of the name in
    brackets, :func:`named_in_full`: "[Stephen] Colbert's trip")."""
    if span is None:
        return False
    doc = span.doc
    named = {
        e[-1].text
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1 and e.end <= span.start
    }
    surnames = full_names | named
    told: set[str] = set()  # the statement's own longer names ("President Trump asked ...")
    for t in span:
        before = doc[t.i - 1] if t.i > span.start else None
        titled = before is not None and before.lower_.rstrip(".") in _BARE_TITLES
        if t.pos_ != "PROPN" or (t.i + 1 < span.end and doc[t.i + 1].pos_ == "PROPN"):
            continue  # (a word of a longer name, told by its last)
        if before is not None and before.pos_ == "PROPN" and not titled:
            told.add(t.text)
        elif (
            t.text not in told
            and t.idx not in shown
            and (t.text in surnames or (titled and t.text not in known))
        ):
            return True
    return False


# Words that place a happening on a day only the article's own date says: a brief whose
# article has no date cannot say which day "today" or "last night" was. (A week is left alone:
# "said last week" reads as the recent past it is, and a weekly chart's "this week" is news.)
_DEICTIC_DAYS = frozenset({"yesterday", "tonight", "tomorrow"})
# Parts of a day that, after "this", "last" or "next", place a happening on the writing's day.
_DEICTIC_PERIODS = frozenset({"morning", "afternoon", "evening", "night"})
_DEICTIC_DETS = frozenset({"this", "last", "next"})
# Every word that may place a statement on the writing's day: the others are passed over
# without reading their verb.
_DAY_WORDS = _DEICTIC_DAYS | _DEICTIC_PERIODS | {"today"}
# A past or a foretold act makes "today" a day ("pleaded not guilty today", "has confirmed
# today", "will reach $1 billion today"); with a present tense, a "might" or in an "if" it is
# "nowadays" ("Today, nearly all ethanol is made from corn", "if the election were held
# today"), which needs no date.
_PAST_TAG = "VBD"
_DATED_AUX = frozenset({"will", "have"})
# A participle's time is its main verb's ("Speaking to reporters today, he explained ...").
_PARTICIPLE_CLAUSES = frozenset({"advcl", "xcomp", "acl"})


def relative_day(span: SpacySpan | None, *, foretold: bool = False) -> bool:
    """Whether ``span`` (a statement's parse) places what it tells, in its own words, not a
    quotation's, on a day counted from the day it was written ("today", "yesterday", "last
    night"): a reader who is not shown that day cannot tell when it happened. With
    ``foretold``, only a happening still to come on that day ("Today FURIOUS 7 will reach $1
    billion", "The Dail is to sit late tonight"): a forecast for an unknown day may be stale."""
    if span is None:
        return False
    quoted = quoted_ranges(span.text)
    for t in span:
        word = t.lower_
        if word not in _DAY_WORDS or in_ranges(t.idx - span.start_char, quoted):
            continue
        day = word in _DEICTIC_DAYS or (
            word in _DEICTIC_PERIODS and any(c.lower_ in _DEICTIC_DETS for c in t.children)
        )
        verb = t.head
        while verb.dep_ in _PARTICIPLE_CLAUSES and not any(c.dep_ == "aux" for c in verb.children):
            verb = verb.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if word == "today" and t.dep_ != "poss" and verb.pos_ in ("VERB", "AUX"):
            day = not any(c.dep_ == "mark" and c.lower_ == "if" for c in verb.children) and (
                verb.tag_ == _PAST_TAG
                or any(c.tag_ == _PAST_TAG or c.lemma_ in _DATED_AUX for c in auxes)
            )
        if day and not foretold:
            return True
        if day and (
            word == "tomorrow"
            or any(c.lemma_ == "will" for c in auxes)
            or (any(c.lower_ == "to" for c in auxes) and verb.head.lemma_ == "be")
        ):
            return True
    return False


def person_names(docs: Iterable[Doc]) -> frozenset[str]:
    """The names of two words or more that the parser tags a person's in ``docs`` (without a
    possessive "'s"): the entities stage may type a mountain or a band PERSON by its majority
    vote ("Mount Shishapangma", "Infamous Mobb Deep"), the parser on the name itself seldom."""
    return frozenset(
        POSSESSIVE.sub("", e.text)
        for doc in docs
        for e in doc_ents(doc)
        if e.label_ == "PERSON" and len(e) > 1
    )


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person's name as a sentence writes it ("Lamar"), the full name the event knows
    them by ("Kendrick Lamar") and the title its stories give that name (:func:`role_titles`:
    "Police Chief"), or "", and the description they give after it, for one with no title
    ("a professor of physiology at Northwestern University"), or ""."""

    text: str
    full: str
    title: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True)
class FullNaming:
    """A sentence with its people named in full (:func:`named_in_full`), and the full names
    of everyone it names: a later sentence may call them by a part of their name."""

    text: str
    named: frozenset[str]


def named_in_full(
    text: str, mentions: Sequence[PersonMention], told: frozenset[str], people: frozenset[str]
) -> FullNaming:
    """``text`` with the first mention of each person it calls by a part of their name only,
    and whom no sentence before it (``told``: full names) named, completed in brackets:
    "[Kendrick] Lamar's "Humble" won ...", "Anne [Ziegenhorn] keeps a video ...". A reader who
    meets someone first needs the name the story gave them; nothing else is reworded. A
    mention is completed only when its words open or end the full name (not a spelling
    variant the event joined to it) and that name reads as a person's (every word
    capitalised), when they open or end no other person's name of the event's ``people``
    (full names: her brother "Burke" of "Burke Ramsey" is not "Stan Burke"), when the full
    name is not in ``text`` already, and when no other name runs into it ("Paris Jackson" is
    not Michael Jackson's "Jackson"; "President Trump" says who he is; "Abigail "Abby"
    Williams", "Dan and Fran Keller" name them), nor a quotation holds it (its speaker's
    words). A surname completed gets the person's title too ("[Police Chief Cathy] Lanier"):
    who they are, which the sentence that named them would have said; after a bare title, which
    says nothing of who someone is, only the given name ("Mr. [Cuong] Luu"). One with no title
    gets the description the stories set off after their name, before its verb ("[A. Vania]
    Apkarian[, a professor of physiology at Northwestern University,] said")."""
    done: set[str] = set()
    for m in mentions:
        if m.full in told or m.full in done or m.full in text:
            continue
        words, full = m.text.split(), m.full.split()
        if not 0 < len(words) < len(full) or not all(w[:1].isupper() for w in full):
            continue  # (a name has no lower-case word: "Friends of Jack" is a group's)
        if any(_part_of(words, o) and not _same_name(o, full) for o in map(_untitled, people)):
            continue
        found = _alone(text, m.text)
        if found is None:
            continue
        if full[-len(words) :] == words:
            title = [] if _BARE_BEFORE.search(text[:found]) else m.title.split()
            shown = f"[{' '.join([*title, *full[: -len(words)]])}] {m.text}"
            if m.role and not title and _CLAUSE_AFTER.match(text[found + len(m.text) :]):
                shown += f"[, {m.role},]"  # (set off as the story set it off)
        elif full[: len(words)] == words:
            shown = f"{m.text} [{' '.join(full[len(words) :])}]"
        else:
            continue
        text = text[:found] + shown + text[found + len(m.text) :]
        done.add(m.full)
    return FullNaming(text, frozenset(m.full for m in mentions))


# A name of one word the brief put in brackets for a pronoun ("“…,” [Singhal] said"), not
# the given name it put before a surname ("Mr. [Cuong] Luu").
_BRACKETED_NAME = re.compile(r"\[([A-Z][\w'’.-]*)\](?!\s*[A-Z])")


def bracketed_in_full(text: str, told: frozenset[str], titles: Mapping[str, str]) -> FullNaming:
    """``text`` with each name of one word the brief put in brackets for a pronoun (the
    speaker of "“…,” [Singhal] said", an opening "[Hayes] did not ...") shown in full, after
    the person's title (``titles``: the event's people by full name, :func:`role_titles`),
    when it ends the full name of one of them only and no sentence before it (``told``: full
    names) named them: the pronoun's antecedent in its article is the surname the story
    called them by after it introduced them, which the brief did not carry ("Google also uses
    special formats ..., [Amit Singhal] said", multinews 171)."""
    named: set[str] = set()

    def in_full(m: re.Match[str]) -> str:
        fulls = [name for name in titles if name.split()[-1] == m.group(1)]
        if len(fulls) != 1 or fulls[0] in told or fulls[0] in named:
            return m.group(0)
        named.add(fulls[0])
        return f"[{' '.join([*titles[fulls[0]].split(), fulls[0]])}]"

    return FullNaming(_BRACKETED_NAME.sub(in_full, text), frozenset(named))


def _untitled(name: str) -> list[str]:
    """The words of ``name`` past a bare title it opens with (:data:`_BARE_TITLES`): the parser
    may tag "Dr Clements" a person's name, which is Gopalasamy Reuben Clements's surname, not
    another person's name that "Clements" is a part of (multinews 186)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in _BARE_TITLES:
        words = words[1:]
    return words


def unplaced_surname(
    text: str, span: SpacySpan | None, told: str, people: frozenset[str]
) -> str | None:
    """The first name of one word ``text`` (a brief sentence as shown, its people named in full
    where the brief could: :func:`named_in_full`; ``span``: the parse of its words) calls
    someone by, alone (:func:`_alone`: not after a title that says who, not in brackets nor a
    quotation), that ends a full name of the event's ``people`` (or is a spelling a letter
    apart of such an end: :func:`_spelled_alike`), when neither ``told`` (the brief's
    sentences before it, as shown) nor ``text`` gives such a full name and ``told`` never
    called them by it (an opening's "Thor", "Emeritus Pope Benedict": the reader met them so);
    else None. The brief
    could not say who they are (two people of that surname: Christos and Anthony Vasiliades,
    or a misspelt one), and "Vasilades offered to give the victim $3,000" names no one the
    reader met. One name the event never gives in full ("Madonna") is the person's whole name."""
    if span is None:
        return None
    doc = span.doc
    shown = _unbracketed(f"{told} {text}")
    for t in span:
        # a person's name (tagged so as a noun: "Vasilades offered ..."), or a name the tagger
        # typed nothing ("Vasiliades had a plan ..."), of one word
        if t.ent_iob_ == "I" or not (
            t.ent_type_ == "PERSON" or (not t.ent_type_ and t.pos_ == "PROPN")
        ):
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if (
            (after is not None and after.ent_iob_ == "I")
            or t.dep_ in _LABEL_DEPS
            or (t.dep_ == "appos" and t.head.pos_ == "NOUN")
            # (however the parse hangs the name itself: "Romney campaign adviser")
            or (after is not None and after.pos_ == "NOUN" and after.dep_ in _LABEL_DEPS)
        ):
            continue  # (a label: "Romney campaign adviser"; a name for a thing: "his dog, Nash")
        fulls = [p for p in people if _spelled_alike(p.split()[-1], t.text)]
        if (
            fulls
            # (as :func:`named_in_full` reads it: "Schumer and [Nancy] Pelosi" names a pair)
            and _alone(_unbracketed(text), t.text) is not None
            # (the brief called them so before: the opening's "Thor", "Emeritus Pope Benedict")
            and not re.search(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", told)
            and not any(p in shown for p in fulls)
        ):
            return t.text
    return None


# Dependencies by which a name says what kind another word is ("the Trump administration",
# "Romney campaign adviser Kevin Madden"): a label, not someone the sentence calls by name.
_LABEL_DEPS = frozenset({"compound", "nmod"})


def _unbracketed(text: str) -> str:
    """``text`` with the brackets around the parts of names the brief added taken away: the
    words are shown."""
    return re.sub(r"\[([^\]]*)\]", r"\1", text)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one word, or a letter apart and both as long as a surname
    must be for that to be a slip (:data:`~.quotes.spellings.MIN_RESPELT_CHARS`: "Vasilades"
    beside "Christos Vasiliades"; "Lee" and "Lew" are two people)."""
    return a == b or (min(len(a), len(b)) >= MIN_RESPELT_CHARS and one_letter_off(a, b))


def _same_name(a: list[str], b: list[str]) -> bool:
    """Whether two names are one, the longer with a middle name ("Donald J. Trump"), or one
    given name the familiar form of the other's before one surname ("Steve Hansen" and
    "Steven Hansen", :func:`~newsweave.text.names.seq_match`): outlets write one person so."""
    return (
        set(a) <= set(b)
        or set(b) <= set(a)
        or seq_match(tuple(fold(w) for w in a), tuple(fold(w) for w in b))
    )


def _part_of(words: list[str], name: list[str]) -> bool:
    """Whether ``words`` open or end the longer ``name``."""
    return len(words) < len(name) and words in (name[: len(words)], name[-len(words) :])


# A name's words in a sentence, not running into another capitalised word before or after it
# (a name's other part, a title that says who, a nickname in quotes, a partner's name after
# "and") nor opening a bracket of ours; a bare title ("Mr.") says nothing of who.
_NAME_BEFORE = re.compile(r"(?:(?<![\w.'’-])(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w.'’-]*|\[)\s*$")
# A bare title before a name ("Mr. Khan"): a name may be completed after it, not titled again.
_BARE_BEFORE = re.compile(r"(?<![\w.'’-])(?:Mr|Mrs|Ms|Dr)\.?\s+$")
# A name followed by a word of its clause ("Apkarian said", "Marott and his colleagues"), not
# its possessive nor its sentence's end: a description set off after it reads there.
_CLAUSE_AFTER = re.compile(r"^\s+[a-z]")
_NAME_AFTER = re.compile(r"^\s+(?:[\"“‘'(]?[A-Z]|(?:and|&)\s+[A-Z])")


def _alone(text: str, name: str) -> int | None:
    """Where ``name`` first stands alone in ``text`` as a whole name, outside a quotation (the
    speaker's words: "Jeff, thanks for your support" names whom the speaker knows), or None."""
    quotes = quoted_ranges(text)
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if not (
            _NAME_BEFORE.search(text[: m.start()])
            or _NAME_AFTER.match(text[m.end() :])
            or in_ranges(m.start(), quotes)
        ):
            return m.start()
    return None


def role_titles(docs: Iterable[Doc], names: Collection[str]) -> dict[str, str]:
    """Each of ``names``' title: the one the stories give the person right before their full
    name most often ("London Mayor" of "London Mayor Sadiq Khan", "former Senate Majority
    Leader" of "former Senate Majority Leader Bob Dole"), or "": the capitalised words run
    into the name as its modifiers, after a "former" (:data:`_PAST_TITLES`), that are the
    whole of what comes before the name in its phrase. Not "veteran Joseph Serna" nor
    "Microsoft co-founder Paul Allen" (a lower-case word breaks the run), not a part of a
    longer title ("Chief" of "Gallup Editor in Chief Frank Newport", after a preposition of a
    capitalised word) nor a photo's credit run into the text ("Getty - Contributor James
    Maybrick"), and no bare title (:data:`_BARE_TITLES`: "Mr", "Dr"), which says nothing of
    who someone is. One pass over the entities for all the names."""
    titles: dict[str, Counter[str]] = {name: Counter() for name in names}
    for doc in docs:
        for e in doc_ents(doc):
            if e.label_ != "PERSON":
                continue
            counts = titles.get(POSSESSIVE.sub("", e.text))
            if counts is None:
                continue
            k = e.start
            while k > 0 and _titles(doc[k - 1], e.end):
                k -= 1
            if k > 0 and doc[k - 1].lower_ in _PAST_TITLES and doc[k - 1].head.i < e.end:
                k -= 1
            phrase = e.root.left_edge.i
            cut = k > 0 and (
                doc[k - 1].text in _RUN_BREAKS
                or (doc[k - 1].pos_ == "ADP" and doc[k - 1].head.text[:1].isupper())
            )
            if k < e.start and not cut and all(t.pos_ == "DET" for t in doc[phrase:k]):
                # (a "Former" that opens a sentence is the same "former" mid-sentence)
                title = singular_title(doc[k : e.start].text)
                counts[
                    title[:1].lower() + title[1:] if doc[k].lower_ in _PAST_TITLES else title
                ] += 1
    return {name: c.most_common(1)[0][0] if c else "" for name, c in titles.items()}


# Words before a title that say it was someone's before ("former Senate Majority Leader").
_PAST_TITLES = frozenset({"former", "late", "onetime", "ex"})
# Marks that run a title on from a word of its own ("Editor-in-Chief") or from a photo's credit
# ("Getty - Contributor"): what follows is not the whole title.
_RUN_BREAKS = frozenset({"-", "–", "—", "|", "/"})


def _titles(t: Token, end: int) -> bool:
    """Whether ``t`` is a capitalised word of a title run into the name ending at ``end``: a
    modifier of a later word of the title or of the name, no name itself, not a bare title."""
    return (
        t.dep_ in ("compound", "amod")
        and t.i < t.head.i < end
        and t.text[:1].isupper()
        and t.ent_type_ != "PERSON"
        and t.lower_.rstrip(".") not in _BARE_TITLES
    )
