"""Statement or term: whether quoted words are someone's speech or a label or title.

What counts as speech. A quoted stretch is ``kind="statement"`` unless it is a
short nominal (or noun-modifying) phrase without a verb: ``"special military
operation"``, ``"root causes"``, ``"ultimatums"``, ``"massive" sanctions``,
a title.  Such a ``term`` keeps its speaker when the sentence attributes it
(``Putin rejected the proposals as "ultimatums"``): the wording is his, but
it is a label, not a statement.  A fragment with a verb or a predicate inside
reported speech (``warned that Putin was merely trying "to buy time"``, ``saying
it's "not enough"``) is a partial quote of speech, ``kind="statement"``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.attribution import sentence_end, sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Token

Kind = Literal["statement", "term"]

# A term is a short label; five words and more read as a (fragment of a) statement.
TERM_MAX_WORDS = 4
# Titles ("The Art of the Deal") run longer than labels; past eight words it is a headline.
TITLE_MAX_WORDS = 8
# Capitalised words with a verb make a title ("We Found Love", "Kourtney & Kim Take New York")
# from three words on: body text does not write speech so; two ("Get Out!") may be a shout.
TITLE_VERB_MIN_WORDS = 3
# Quoted words right after what names them are a label, a caption or a title, never speech:
# a binder "labeled" so, a video "titled", the "headings:" of letters; a list of such quotes
# ('labeled "Things we can do," "What we can do" and "When"') shares the naming word.
_QUOTED_ITEM = r"(?:[“\"][^“”\"]{1,120}[”\"][\s,]*(?:and\s+|or\s+)?)"
NAMED_BEFORE = re.compile(
    r"\b(?:label(?:l)?ed|(?:en)?titled|headlined|dubbed|nicknamed|captioned|headings?)"
    rf"[\s,:]*{_QUOTED_ITEM}*$",
    re.IGNORECASE,
)
# The naming word and the quoted labels listed after it lie within this many characters before
# a quotation (a list of a few labels); searching a long paragraph's whole start for each of its
# quotations would cost the square of its length.
NAMING_REACH_CHARS = 400
# A work's noun right before capitalised quoted words: they are its title ("his new book,
# 'The Brainy Bunch …'"); speech after "said on the show," is not written capitalised.
WORK_BEFORE = re.compile(
    r"\b(?:book|film|movie|show|song|album|series|novel|documentary|play|podcast|episode|"
    r"single|memoir|musical|opera|sitcom|video)[\s,:]*$",
    re.IGNORECASE,
)
# A numbered list's heading before quoted words alone on their line ("7. “I Almost Do”"): an
# item's title (a song's, a film's), not speech.
LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s*$")
# A name's possessive right before capitalised quoted words: its work's title ("the band's
# “Dawned on Me”", "Wilco's “Dawned on Me”"), for speech is introduced by a verb, not owned.
OWNER_BEFORE = re.compile(r"\b([A-Z][\w.&-]*|band|group|singer)['’]s\s*$")
# Capitalised words before "'s" that are a contraction, not an owner ("It's “…”").
CONTRACTED = frozenset({"it", "that", "he", "she", "what", "there", "here", "let", "who", "this"})
# A determiner or an owner's possessive right before capitalised quoted words that a noun
# follows: the words name that thing ("the White House's “It's On Us” campaign", "the “Just Say
# No” slogan"); speech is introduced by a verb, it does not stand in a noun phrase's slot.
DETERMINED_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those)|\b(\w+)['’]s|s['’])"
    r"\s*$",
    re.IGNORECASE,
)
# Quoted items in a row, parted by commas and a last "and" / "or": a list ("“Miracles,” “Count
# on Me,” “Runaway” and “With Your Love”"); of capitalised items only, a list of titles.
_LISTED_ITEM = r"[“\"][^“”\"\n]{1,80}[”\"]"
_LIST_GAP = r"\s*,?\s*(?:(?:and|or)\s+)?"
LISTED_BEFORE = re.compile(rf"(?:{_LISTED_ITEM}{_LIST_GAP})+$")
LISTED_AFTER = re.compile(rf"^[,;]?[”\"]{_LIST_GAP}(?:{_LISTED_ITEM}{_LIST_GAP})+")
# Three quoted titles in a row make a list of titles; two may be a question and its answer.
MIN_LISTED_TITLES = 3
# What something is described as or called, right before the quoted words: the describer's
# term, whatever the parse types it ("hailed Trump as “The Comeback Kid”", "riots by what he
# called “Negro” groups").
DESCRIBED_AS = re.compile(r"\b(?:as|call(?:ed|s|ing)?)\W*$", re.IGNORECASE)
# The roles of a title's head word in the sentence around it: subject, modifier, object.
TITLE_ROLES = frozenset(["nsubj", "nsubjpass", "compound", "nmod", "poss", "dobj", "appos"])


def quote_kind(
    toks: list[Token], text: str, starts_sentence: bool, comma: bool, named: bool = False
) -> Kind:
    """``statement`` (speech) or ``term`` (a label or title): see the module docstring.

    ``comma``: a comma closes the quoted words ('“Quiet,” Trump said'): opening a sentence,
    they are the speech the attribution follows, whatever they look like. ``named``: the text
    before them says they are what a thing is named (:func:`named_thing`: a binder "labeled",
    the film "Gone with the Wind")."""
    words = [t for t in toks if not t.is_punct and not t.is_space]
    if not words:
        return "statement"
    if named:
        return "term"
    # (a title and its subtitle are two titles' lengths: "Dreams from My Father: A Story of
    # Race and Inheritance")
    parts = text.split(":")
    sized = len(words) <= TITLE_MAX_WORDS or (
        len(parts) == 2 and all(len(part.split()) <= TITLE_MAX_WORDS for part in parts)
    )
    titled = sized and title_case(words) and not re.search(r"[!?]", text)
    if starts_sentence and (comma or not (titled and _in_clause(words))):
        return "statement"
    if titled:
        return "term"  # "The Art of the Deal", "Meet the Press": a title, not speech
    if len(words) > TERM_MAX_WORDS:
        return "statement"
    if any(t.pos_ in ("VERB", "AUX") for t in words) or re.search(r"[!?]", text):
        return "statement"
    if any(t.lower_ in ("i", "we", "you", "me", "us", "my", "our", "not", "no") for t in words):
        return "statement"
    if title_case(words):
        return "term"
    heads = [t for t in words if t.head.i not in {w.i for w in words} or t.head.i == t.i]
    head = heads[0] if heads else words[-1]
    if head.pos_ in ("NOUN", "PROPN", "NUM", "X", "SYM"):
        return "term"
    if head.pos_ == "ADJ" and head.dep_ in ("amod", "compound", "nmod"):
        return "term"  # "massive" new sanctions: a scare-quoted modifier
    if head.pos_ in ("ADJ", "ADV", "PART") and head.dep_ not in (
        "acomp",
        "advmod",
        "ccomp",
        "xcomp",
        "attr",
    ):
        return "term"
    return "statement"


def _in_clause(words: list[Token]) -> bool:
    """Whether the quoted words are a noun phrase of the sentence around them ("“Jane The
    Virgin” star Jaime Camil…", "“Friends” has been a hit"): their head word is a subject or
    modifier of a word outside the quote, so that a title opening a sentence is still a title
    ('“Absolutely,” she said' is the complement of the verb: speech)."""
    ids = {w.i for w in words}
    return any(w.head.i not in ids and w.dep_ in TITLE_ROLES for w in words if w.head.i != w.i)


_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "de",
        "la",
        "le",
    ]
)


def named_thing(words: list[Token], before: str) -> bool:
    """Whether the quoted ``words`` are what a thing is named or labelled, as the text before
    them (``before``) says: a label, a caption or a title written on it ("a binder labeled
    …"), or a work's title (the film "Gone with the Wind") — nobody's speech."""
    tail = before[-NAMING_REACH_CHARS:]
    if NAMED_BEFORE.search(tail):
        return True
    return bool(WORK_BEFORE.search(tail)) and all(t.text[0].isupper() for t in _content(words))


def placed_title(words: list[Token], before: str, after: str) -> bool:
    """Whether capitalised quoted ``words`` are a title by where they stand in their paragraph
    (``before`` them, from its start, and ``after``, to its end): a numbered list's heading
    with nothing else on its line, a name's possessive right before them, or one of at least
    :data:`MIN_LISTED_TITLES` capitalised quoted items in a row. Speech stands in none of
    these places; the capitals alone would not tell a title from a headline's speech."""
    if len(words) > TITLE_MAX_WORDS or not _capitalised(_written(words)):
        return False
    if LIST_NUMBER.match(before) and not re.sub(r"[\W_]", "", after):
        return True
    owner = OWNER_BEFORE.search(before[-NAMING_REACH_CHARS:])
    if owner is not None and owner.group(1).lower() not in CONTRACTED:
        return True
    if _noun_named(words, before):
        return True
    items = [
        found.group(0)
        for found in (
            LISTED_BEFORE.search(before[-NAMING_REACH_CHARS:]),
            LISTED_AFTER.match(after[:NAMING_REACH_CHARS]),
        )
        if found is not None
    ]
    listed = [m.strip('“”",. ') for m in re.findall(_LISTED_ITEM, " ".join(items))]
    return len(listed) + 1 >= MIN_LISTED_TITLES and all(_capitalised(x) for x in listed)


def _noun_named(words: list[Token], before: str) -> bool:
    """Whether the quoted ``words`` stand between a determiner or possessive (``before`` them)
    and the common noun they name (:data:`DETERMINED_BEFORE`)."""
    slot = DETERMINED_BEFORE.search(before[-NAMING_REACH_CHARS:])
    if slot is None or (slot.group(1) or "").lower() in CONTRACTED:
        return False
    doc = words[0].doc
    nxt = next((t for t in doc[words[-1].i + 1 :] if not t.is_punct and not t.is_space), None)
    return nxt is not None and nxt.pos_ == "NOUN" and nxt.is_lower


def work_title(words: list[Token], before: str) -> bool:
    """Whether capitalised quoted ``words`` are all of a work's title as the parse's entities
    tell it (``WORK_OF_ART``: "a song like “Whole Lotta Love”", "a coin without the words “In
    God We Trust”"): a title set in someone's report is not their term, where a nickname they
    gave ("called her “Miss Piggy”", a ``PERSON``) is. Not what something is described as or
    called (``before`` them, "hailed Trump as “The Comeback Kid”"), nor words in a headline, which
    capitalises whatever it quotes ("Obama Says Museum Will Tell of 'Suffering and Delight'")."""
    if not _capitalised(_written(words)) or DESCRIBED_AS.search(before):
        return False
    if not all(t.ent_type_ == "WORK_OF_ART" for t in words):
        return False
    inside = {t.i for t in words}
    # (the line's words only: the parse runs a headline's sentence on into the body's)
    text = words[0].doc.text
    lo = text.rfind("\n", 0, words[0].idx) + 1
    hi = text.find("\n", words[-1].idx)
    return any(
        t.is_alpha and t.is_lower and t.lower_ not in _SMALL_WORDS and t.i not in inside
        for t in words[0].doc[sentence_start(words[0]) : sentence_end(words[-1])]
        if lo <= t.idx and (hi < 0 or t.idx < hi)
    )


def _written(words: list[Token]) -> str:
    """The quoted words as the text writes them: a contraction's clitic stays on its word
    ("It's On Us", not "It 's On Us", whose "s" would read as a word in lower case)."""
    return doc_text(words[0].doc)[words[0].idx : words[-1].idx + len(words[-1].text)]


def _capitalised(text: str) -> bool:
    """Every word but the small ones starts with a capital, in mixed case (speech shouted in
    capitals is no title). The pronoun "I" ("I’m in.") is capitalised in any sentence: it
    tells nothing of a title."""
    content = [
        w
        for w in re.findall(r"[^\W\d_][\w’']*", text)
        if w.lower() not in _SMALL_WORDS and re.split(r"[’']", w)[0] != "I"
    ]
    return (
        bool(content)
        and all(w[0].isupper() for w in content)
        and any(c.islower() for w in content for c in w)
    )


def _content(words: list[Token]) -> list[Token]:
    return [t for t in words if t.lower_ not in _SMALL_WORDS and t.is_alpha]


def title_case(words: list[Token]) -> bool:
    """``"Meet the Press"``, ``"Guardians of the Galaxy"``, ``"Keeping Up With the
    Kardashians"``: a title or a name, not speech."""
    content = _content(words)
    if not content or not all(t.text[0].isupper() for t in content):
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in words):
        return True
    # with a verb: a song's or a show's title when long enough and in mixed case (speech
    # in capitals, "I WILL NOT RESIGN", is shouted, not titled), in a sentence written in
    # lower case (a headline capitalises the speech it quotes: "Issa: Clinton's 'Honesty Is
    # In Question'")
    if len(content) < TITLE_VERB_MIN_WORDS or not any(c.islower() for t in content for c in t.text):
        return False
    inside = {t.i for t in words}
    doc = words[0].doc
    return any(
        t.is_alpha and t.is_lower and t.lower_ not in _SMALL_WORDS and t.i not in inside
        for t in doc[sentence_start(words[0]) : sentence_end(words[-1])]
    )
