"""Attributions told by their shape rather than by a cue verb's subject: a name and a colon
before the quote (``Trump … boomed: "…"``, a headline's ``Carson: Clinton 'Not Fit…'``),
``according to X``, a name set off at the end of a subject the parse could not name
("One of the founders of …, Brandy Wright, said") or after an opening participle clause it
took for the subject ("Reporting from Beirut, Al Jazeera's Rula Amin said"), the name next to
the cue in its clause ('"…," Ramos, 58, told AFP'), and an unnamed person an inverted cue
describes ('"…," said a top House Republican'). Split from :mod:`.attribution`, whose
speaker resolution they use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.attribution import resolve_subject, sentence_start, subject_of
from newsweave.synthesis.quotes.bodies import MAX_DESCRIPTION_WORDS, WORD_CARRIERS
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.groups import group_speaker
from newsweave.synthesis.quotes.headlines import HEADLINE_AUDIENCE_WORDS
from newsweave.synthesis.quotes.index import (
    NOT_SPEAKERS,
    ArticleIndex,
    Speaker,
    canonical_name,
    name_of,
)
from newsweave.synthesis.quotes.mentions import bare_name
from newsweave.synthesis.quotes.spans import MARK_CHARS, QuoteSpan, mark_start
from newsweave.synthesis.quotes.speakers import (
    BODY_NOUNS,
    CREDIT_OPENERS,
    INDEFINITE_WORDS,
    PARTY_NOUNS,
    PERSON_NAME_WORD,
    ROLE_GENDER,
    capitals_heading,
    clean_name,
    is_title,
    person_noun,
)
from newsweave.synthesis.quotes.subjects import thing_owner

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# A paragraph opening with words set off by a spaced dash, before a colon ("STOCKS KEEP
# TANKING - Reuters/Tokyo:", "TECH BLINK: iPHONE 5 HITS TODAY - TechCrunch's Dan Lyons:").
HEADING = re.compile(r"\s*([^\n]+?) [-–—] (?=\S)")

# Marks that end a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})
# Entity types of a place: one the clause before a colon puts someone "in" is where they
# are, not who speaks.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Marks that set a description off after the name opening a label ("Doug Fecher, President…").
LABEL_BREAKS = frozenset({",", "("})

# Nouns for what someone said or wrote: the one whose they are speaks the quote a colon opens.
OWNED_WORDS = frozenset(
    {"remark", "word", "comment", "message", "statement", "speech", "tweet", "post", "letter"}
    | {"note", "response", "reply", "answer", "testimony", "plea", "warning", "address"}
)

# What an indefinite description's words between its opener and its noun may be: modifiers
# ("top", "visibly shaken", "House"), not a clause or a phrase after the noun ("who…", "for X").
DESCRIPTION_POS = frozenset({"ADJ", "ADV", "NOUN", "PROPN", "NUM", "VERB"})
# The article that opens a plural description after an inverted cue ('"…," write the
# scientists'): a group, never one person the article may name.
DEFINITE_ARTICLE = "the"


def inverted_description(cue: Token) -> Speaker | None:
    """The unnamed person an inverted attribution right after a quote describes with an
    indefinite article or "one": '"…," said a top House Republican, who asked not to be
    named', '"…," predicted one Pelosi confidante', '"…," said one visibly shaken firefighter
    after…' (which the parser may read as an object or a clause of its own). Named by its
    words and typed GROUP, as any description that speaks: a reader learns who spoke, and an
    indefinite description is never taken for someone named before. The caller says the cue
    stands right after the quote. None unless the words after ``cue`` are an opener, at most
    :data:`~.bodies.MAX_DESCRIPTION_WORDS` words of modifiers, and a singular noun for one
    person (not a body: "a company" speaks for someone), a party word ("a Republican") or a
    gendered role ("a woman"); or "someone" or "one of" and the words up to the clause's close
    ('"…," wrote one of them', 'said someone familiar with the talks, who…'); or, after "the",
    a plural noun for people ('"…," write the scientists'), a group named as
    :func:`~.groups.group_speaker` names one that is a verb's subject."""
    doc = cue.doc
    if cue.i + 1 < len(doc) and _unnamed_one(doc[cue.i + 1]):
        return _closed_phrase(doc, cue.i + 1)
    opener = doc[cue.i + 1].lower_ if cue.i + 1 < len(doc) else ""
    if opener not in INDEFINITE_WORDS and opener != DEFINITE_ARTICLE:
        return None
    head = None
    for t in doc[cue.i + 2 : cue.i + 2 + MAX_DESCRIPTION_WORDS]:
        if t.pos_ not in DESCRIPTION_POS or (t.pos_ == "VERB" and t.tag_ != "VBN"):
            break
        head = t
    if opener == DEFINITE_ARTICLE:
        # (one person so described may be someone the article names: left to the parse)
        group = group_speaker(head, Speaker(None, None, "GROUP")) if head is not None else None
        return group if group is not None and group.name else None
    if head is None or head.tag_ not in ("NN", "NNP"):
        return None
    lemma = head.lemma_.lower()
    person = (person_noun(lemma) and lemma not in BODY_NOUNS) or lemma in ROLE_GENDER
    if not (person or lemma in PARTY_NOUNS):
        return None
    span = (doc[cue.i + 1].idx, head.idx + len(head.text))
    return Speaker(doc[cue.i + 1 : head.i + 1].text, span, "GROUP", (span,))


# Marks that may close the name after an inverted cue: the sentence's end or a comma before
# an aside ('"…," said County Defender Ann Roe, who…'); a line break closes it too.
NAME_CLOSERS = frozenset({".", ",", ";"})
# Words at least of a person's name once the office before it is cut off: a first name alone
# ("said Police Chief Dan") may be a nickname or a cut line, no one a reader could tell.
MIN_INVERTED_NAME_WORDS = 2


def inverted_office_name(cue: Token, idx: ArticleIndex) -> Speaker | None:
    """The person an inverted cue right after a quote names past a long office the NER read as
    a place or left untyped: '"…," said Marin County Public Defender Carla Whitfield' (a
    scraped line without its full stop, the parse run on into the next paragraph). The words
    after ``cue`` up to a closing mark or a line break must all be capitalised name words; the
    office is cut off (:func:`~.speakers.clean_name`), and what is left must be two words or
    more opening with a known first name ("said Fox News" is an outlet, no person). The
    caller says the cue stands right after the quote."""
    doc = cue.doc
    k = cue.i + 1
    while k < len(doc) and doc[k].text[:1].isupper() and PERSON_NAME_WORD.fullmatch(doc[k].text):
        k += 1
    closed = k >= len(doc) or doc[k].text in NAME_CLOSERS or "\n" in doc[k].text
    if k == cue.i + 1 or not closed:
        return None
    run = doc[cue.i + 1 : k]
    name = clean_name(run.text)
    parts = name.split()
    if len(parts) < MIN_INVERTED_NAME_WORDS or parts[0].lower() not in PERSON_FIRST_NAMES:
        return None
    if not run.text.endswith(name):
        return None
    span = (run.end_char - len(name), run.end_char)
    return Speaker(canonical_name(name, idx.full_name), span, "PERSON")


# The verb a text is quoted with ("“…,” the email read"): no speech verb, and in other senses
# no one's words ("he read the letter"); the small model often tags it a noun ("email read"
# read as one compound), so the shape is read from the words.
READING_WORDS = frozenset({"read", "reads"})
# What may stand between a quote's closing mark and the words of its attribution.
AFTER_QUOTE = ".,;:!?… " + "".join(sorted(MARK_CHARS))
# Characters at most of those marks: a quote's close is a few marks, not a passage.
MAX_GAP_CHARS = 8
# Words that open a text's description as a speaker: an article or a number ("a Jan. 24
# complaint"), not a possessive, whose owner is the speaker and is left to the speech cues.
TEXT_OPENERS = frozenset({"the", "a", "an", "one", "another"})


@dataclass(frozen=True)
class Reading:
    """A quote a text is said to read: the verb and the text, a described ``GROUP`` speaker."""

    cue: Token
    speaker: Speaker


def text_reading(sp: QuoteSpan, doc: Doc) -> Reading | None:
    """'"…," the email read', '"…," a Jan. 24 complaint read', '"…," reads the original
    article': right after the quote ``sp``, a text that carries someone's words (a medium or a
    document noun after an article and at most
    :data:`~.bodies.MAX_DESCRIPTION_WORDS` words) and "read" either side of it, closing the
    clause. The text speaks, as with "the email said", named by its description; a person
    reading ("she read") is no speaker of what she reads."""
    text = doc_text(doc)
    rest = text[sp.end : sp.end + MAX_GAP_CHARS]
    start = sp.end + len(rest) - len(rest.lstrip(AFTER_QUOTE))
    words = doc.char_span(start, min(len(text), start + 1), alignment_mode="expand")
    if words is None or not len(words):
        return None
    first = words[0].i
    inverted = doc[first].lower_ in READING_WORDS
    lo = first + 1 if inverted else first
    if lo >= len(doc) or doc[lo].lower_ not in TEXT_OPENERS:
        return None
    for k in range(lo + 1, min(len(doc), lo + 1 + MAX_DESCRIPTION_WORDS)):
        if doc[k].lemma_.lower() not in WORD_CARRIERS and doc[k].lower_ not in WORD_CARRIERS:
            continue
        verb = first if inverted else k + 1
        end = k + 1 if inverted else k + 2
        if verb >= len(doc) or doc[verb].lower_ not in READING_WORDS:
            return None
        if end < len(doc) and doc[end].text not in NAME_CLOSERS and "\n" not in doc[end].text:
            return None
        span = (doc[lo].idx, doc[k].idx + len(doc[k].text))
        return Reading(doc[verb], Speaker(text[span[0] : span[1]], span, "GROUP", (span,)))
    return None


# Pronouns for one person the article does not name ('"…," said someone familiar with it').
SOMEONE_WORDS = frozenset({"someone", "somebody"})


def _unnamed_one(tok: Token) -> bool:
    """Whether ``tok`` opens a description of one of a group or an unnamed someone: "someone
    familiar with the talks", "one of them", "one of the organisers"."""
    doc = tok.doc
    if tok.lower_ in SOMEONE_WORDS:
        return True
    return tok.lower_ == "one" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"


def _closed_phrase(doc: Doc, lo: int) -> Speaker | None:
    """The words from ``lo`` to the mark or line break that closes them, as a described
    ``GROUP`` speaker; None past :data:`~.bodies.MAX_DESCRIPTION_WORDS` words (a clause, no
    description) or with a name in them (a name is the speaker's, found otherwise)."""
    hi = lo
    while hi < len(doc) and doc[hi].text not in NAME_CLOSERS and "\n" not in doc[hi].text:
        if hi - lo >= MAX_DESCRIPTION_WORDS or doc[hi].pos_ == "PROPN":
            return None
        hi += 1
    span = (doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
    return Speaker(doc[lo:hi].text, span, "GROUP", (span,))


def colon_speaker(
    sp: QuoteSpan, text: str, doc: Doc, idx: ArticleIndex, para_start: int
) -> Speaker | None:
    """A name and a colon: ``Trump … boomed: "…"``, ``Continued Stone: "…"``, or a
    headline ``Carson: Clinton 'Not Fit…'``."""
    # the paragraph up to the opening mark, trailing spaces dropped (found from the mark
    # backwards: slicing the whole paragraph for every quote is quadratic in a long one)
    end = mark_start(sp, text)
    while end > para_start and text[end - 1].isspace():
        end -= 1
    if end > para_start and text[end - 1] == ":":
        # the clause ending in the colon, from its sentence start (within the paragraph, past
        # a newsletter item's heading: "STOCKS KEEP TANKING - Reuters/Tokyo:")
        cut = heading_end(text, para_start, end - 1)
        cs = doc.char_span(cut, end - 1, alignment_mode="expand")
        if cs is None or not len(cs):
            return None
        clause = list(doc[max(cs.start, sentence_start(cs[-1])) : cs.end])
        if cut > para_start:
            # a wire's credit names its city after a slash ("Reuters/Tokyo"): no speaker
            clause = clause[: next((k for k, t in enumerate(clause) if t.text == "/"), None)]
        # (past a quoted sentence in it: 'said of his contract: “… taxes.” Per a little bird:'
        # is the bird's; a quoted phrase, 'allowed that the plan "merits consideration":', is
        # the clause's own)
        ends = (k for k, t in enumerate(clause) if idx.quoted[t.idx] and t.text in SENTENCE_ENDS)
        clause = clause[max(ends, default=-1) + 1 :]
        spk = _colon_clause_speaker(clause, cs.end, idx)
        return spk if spk is None or cut == para_start else _without_heading(spk, cut, doc, idx)
    colon = text[para_start : min(end, para_start + 61)].find(":")
    if colon < 0:
        return None
    cs = doc.char_span(para_start, para_start + colon, alignment_mode="expand")
    if cs is None or len(cs) > 6:
        return None
    ents = [e for e in cs.ents if e.label_ in ("PERSON", "ORG")]
    if not ents or ents[-1].end != cs.end:
        return None  # a headline's "Name:" must be the whole prefix
    ent = ents[-1]
    # only titles before the name ("Sen. Rand Paul:"): "The president wrote on Twitter:" ends
    # on a name that is no speaker's, and opens only the quote right after it
    if not all(is_title(t.text) or t.is_punct for t in doc[cs.start : ent.start]):
        return None
    name = canonical_name(bare_name(ent), idx.full_name)
    return Speaker(name, (ent.start_char, ent.end_char), ent.label_)


def heading_end(text: str, start: int, end: int) -> int:
    """Where a paragraph's words from ``start`` to ``end`` begin past a heading in capitals set
    off by a spaced dash ("STOCKS KEEP TANKING - Reuters/Tokyo", "BofA RESPONSE - From
    spokesman Lawrence Di Rita"): a newsletter's item names its topic there, never who
    speaks. ``start`` when there is none."""
    m = HEADING.match(text, start, end)
    return m.end() if m is not None and capitals_heading(m.group(1)) else start


def _without_heading(spk: Speaker, cut: int, doc: Doc, idx: ArticleIndex) -> Speaker | None:
    """``spk`` without the heading the recogniser ran its name over ("TANKING - Reuters/Tokyo"
    is Reuters, "GOLDMAN GRADUATION - Per Goldman Sachs" is Goldman Sachs): the name's words
    past the heading's dash, less a credit's opening word ("Per", "From") and the city a wire's
    credit gives after a slash ("Reuters/Tokyo"). None when no name is left."""
    if spk.span is None or spk.span[0] >= cut:
        return spk
    words = doc.char_span(cut, spk.span[1], alignment_mode="expand")
    toks = [t for t in words or [] if t.idx >= cut]
    while toks and toks[0].lower_ in CREDIT_OPENERS:
        toks = toks[1:]
    slash = next((k for k, t in enumerate(toks) if t.text == "/"), None)
    toks = toks[:slash] if slash is not None else toks
    name = canonical_name(bare_name(toks), idx.full_name) if toks else ""
    if not name:
        return None
    here = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    return Speaker(name, here, spk.label, (here,) if spk.chain else ())


def _colon_clause_speaker(clause: list[Token], stop: int, idx: ArticleIndex) -> Speaker | None:
    """The speaker the clause ending in a colon names: the named subject of its last verb, the
    owner of the words it names or of the thing its subject is, else the name nearest the
    colon (token ``stop``)."""
    owned: list[Token] = []  # subjects that are someone's thing ("his enthusiasm")
    for t in reversed(clause):
        if t.pos_ in ("VERB", "AUX"):
            subj = subject_of(t)
            # (not a subject before the clause: a heading the parse ran into its sentence,
            # "EXCLUSIVE: ABA'S KEATING RIPS OBAMA - … Frank Keating, responding to …:")
            if subj is not None and clause[0].i <= subj.i < stop:
                spk = resolve_subject(subj, idx)
                if spk.name:
                    return spk
                owned += [subj] if subj.dep_ == "nsubj" else []
    label = _label_name(clause, idx)
    if label is not None:
        return label
    # "Lincoln's remarks during the Civil War:": the name whose words the clause names; else
    # whose thing its subject is ("But his enthusiasm still shines through:")
    things = (_subject_owner(subj, idx) for subj in owned)
    owner = _words_owner(clause, idx) or next((o for o in things if o is not None), None)
    if owner is not None:
        return owner
    # whom or where the name spoke is not its speaker ("CNN President On Trump: '…'")
    audience = {
        w.i
        for t in clause
        if t.lower_ in HEADLINE_AUDIENCE_WORDS and t.pos_ == "ADP"
        for w in t.subtree
    }
    # (nor where they are: "Peter Spiegel in Luxembourg in the page 1 splash:")
    audience |= {
        w.i
        for t in clause
        if t.lower_ == "in" and t.pos_ == "ADP"
        for w in t.subtree
        if w.ent_type_ in PLACE_LABELS
    }
    for t in reversed(clause):  # "Continued Stone:": the name nearest to the colon
        if t.i in audience:
            continue
        # a name describing who or what speaks ("Plane relatives:", "the ABC interview:")
        # is not its speaker; an organisation speaks by its own ("a White House official:")
        member = t.ent_type_ == "ORG" and person_noun(t.head.lemma_.lower())
        if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "NOUN" and not member:
            return None
        named = _named_speaker(t, idx)
        if named is not None:
            return named
    return None


def _label_name(clause: list[Token], idx: ArticleIndex) -> Speaker | None:
    """A person's name opening a label before a colon, set off by a comma or a parenthesis:
    what follows describes them ("Doug Fecher, President and CEO, Wright-Patt Credit Union, at
    today's hearing:", "NYT's Nate Silver (@fivethirtyeight):"), so the name nearest the colon
    is their employer, event or handle, not who speaks. A person's name is one the NER types
    so or one opening on a known first name; an outlet owning it ("NYT's") is who they write
    for."""
    toks = [t for t in clause if not t.is_space]
    if len(toks) > 2 and toks[1].tag_ == "POS":
        toks = toks[2:]
    k = 0
    while k < len(toks) and toks[k].pos_ == "PROPN" and toks[k].text[:1].isupper():
        k += 1
    if k < 2 or k == len(toks) or toks[k].text[:1] not in LABEL_BREAKS:
        return None
    name = bare_name(toks[:k])
    if not name or (
        name.split()[0].lower() not in PERSON_FIRST_NAMES and toks[k - 1].ent_type_ != "PERSON"
    ):
        return None
    end = toks[k - 1].idx + len(toks[k - 1].text)
    return Speaker(canonical_name(name, idx.full_name), (end - len(name), end), "PERSON")


def closing_appositive(subj: Token, idx: ArticleIndex) -> Speaker | None:
    """The person named in apposition at the end of a subject the parse could not name: "One
    of the founders of The Robin Collective, Brandy Wright, said", "wrote TV producer and
    “Lucifer” showrunner Joe Henderson". The name set off last, right before the verb (or
    the end of an inverted attribution), is who the long subject describes; a name inside
    it as an object ("the lawyer for John Smith") is someone else, and is left alone."""
    doc = subj.doc
    last = subj.right_edge
    while last.i > subj.i and (last.is_punct or last.is_space):
        last = doc[last.i - 1]
    ent = idx.ent_of.get(last.i)
    if last.i <= subj.i or ent is None or ent.label_ != "PERSON" or ent.end != last.i + 1:
        return None
    head = ent.root
    if head.dep_ != "appos" or not subj.i <= head.head.i < ent.start:
        return None
    named = name_of(head, idx)
    if named is None or not named.name or named.chars is None or named.label != "PERSON":
        return None
    return Speaker(named.name, named.chars, "PERSON", (named.chars,))


def opening_participle_name(subj: Token, idx: ArticleIndex) -> Speaker | None:
    """The person named right before the verb when the parse made an opening participle clause
    its subject ("Reporting from Beirut, Al Jazeera's Rula Amin said: '…'", subject
    "Reporting"): the clause tells where they spoke; the name ending right at the verb is who."""
    if subj.tag_ != "VBG" or subj.head.i == 0:
        return None
    ent = idx.ent_of.get(subj.head.i - 1)
    if ent is None or ent.label_ != "PERSON" or not subj.i < ent.start:
        return None
    named = name_of(ent.root, idx)
    if named is None or not named.name or named.chars is None or named.label != "PERSON":
        return None
    return Speaker(named.name, named.chars, "PERSON", (named.chars,))


def _words_owner(clause: list[Token], idx: ArticleIndex) -> Speaker | None:
    """The named owner of words the clause before a colon names (``Lincoln's remarks during
    the Civil War:``, ``the words of Martin Luther King:``): a name nearer the colon is only
    where or when they were said."""
    for t in reversed(clause):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in OWNED_WORDS:
            continue
        owners = [c for c in t.children if c.dep_ == "poss"]
        owners += [
            g for c in t.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        for o in owners:
            named = _named_speaker(o, idx)
            if named is not None and named.label in ("PERSON", "ORG"):
                return named
    return None


def _subject_owner(subj: Token, idx: ArticleIndex) -> Speaker | None:
    """The named person whose thing the subject of a clause before a colon is
    (:func:`.subjects.thing_owner`: "But his enthusiasm still shines through: “…”"): the quote
    shows it, in their words."""
    owner = thing_owner(subj)
    if owner is None:
        return None
    spk = resolve_subject(owner, idx)
    return spk if spk.name and spk.label == "PERSON" else None


def _named_speaker(tok: Token, idx: ArticleIndex) -> Speaker | None:
    """The speaker a proper noun names (:func:`name_of`), where the name is written; None for
    any other word or a name that names no one."""
    named = name_of(tok, idx) if tok.pos_ == "PROPN" else None
    if named is None or not named.name:
        return None
    return Speaker(named.name, named.chars, named.label)


def according_to(sent: SpacySpan, outside: set[int]) -> tuple[Token, Token] | None:
    """``according to X`` outside the quote (token ids ``outside``): the cue and X's token."""
    for t in sent:
        if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
            if t.i not in outside:
                continue
            for g in t.doc[t.i + 1].children:
                if g.dep_ == "pobj":
                    return t, g
    return None


def clause_name(
    cue: Token, outside: list[Token], sp: QuoteSpan, idx: ArticleIndex
) -> Speaker | None:
    """The person or organisation named next to ``cue`` in its attribution clause (``outside``:
    the unquoted words of the quote ``sp``'s sentences): a PERSON or ORG entity, or a name the
    NER left untyped here but typed PERSON elsewhere in the article ("Takei added on Saturday,
    '…'"). Split from :mod:`.extraction`, which asks it where the parse lost the subject."""
    after = cue.idx > sp.end
    clause = [t for t in outside if (t.idx >= sp.end if after else t.idx < sp.start)]
    best = None
    for t in clause:
        ent = idx.ent_of.get(t.i)
        named = ent is not None and ent.label_ in ("PERSON", "ORG")
        if not (named or _known_person(t, idx)) or abs(t.i - cue.i) > 6:
            continue
        # the subject comes before the verb; after it only in an inversion ("said Ramos")
        if t.i > cue.i and (t.i - cue.i > 2 or best is not None):
            continue
        if best is None or (t.i < cue.i and abs(t.i - cue.i) < abs(best.i - cue.i)):
            best = t
    if best is None:
        return None
    ent = idx.ent_of.get(best.i)
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        name = canonical_name(best.text, idx.full_name)
        return Speaker(name, (best.idx, best.idx + len(best.text)), "PERSON")
    label = ent.label_
    name = canonical_name(bare_name(ent), idx.full_name)
    if label == "ORG" and name in idx.full_name.values():
        label = "PERSON"  # the NER called a known person's surname an ORG
    return Speaker(name, (ent.start_char, ent.end_char), label)


def _known_person(t: Token, idx: ArticleIndex) -> bool:
    """An untyped proper noun that is a person's name elsewhere in the article."""
    ent = idx.ent_of.get(t.i)
    untyped = ent is None or ent.label_ not in NOT_SPEAKERS
    return untyped and t.pos_ == "PROPN" and canonical_name(t.text, idx.full_name) in idx.persons
