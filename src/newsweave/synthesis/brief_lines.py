"""Brief lines that are no news a reader can take alone, though they parse as statements.

Four shapes read in the session-41 briefs of the Multi-News validation events:

- a writer's borrowed voice (:func:`borrowed_voice`): "As Walter White might say, she is the
  one who knocks" puts words in the mouth of someone who never said them, a quip on the
  news, not the news;
- a short quotation that stands on a bare "this", "that" or "it" (:func:`short_quote_leans`):
  "“I'm great at this,” Weiner said", "“Lookin' forward to this one, oh boy,” Weir said" say
  nothing once the sentence that told what "this" is stays in the story, and "“Okay!” Weiner
  said loudly" nothing at all;
- a reply (:func:`answers_untold`): "Yes, but only according to ..." answers a question the
  brief does not carry;
- an opening on "the remarks" or "the comments" of someone (:func:`untold_remarks`): "The
  remarks from the President generated serious consternation" says whose remarks, not which;
  the brief has not told them yet.

And one shape that may follow the brief's opening but not be it (:func:`leans_on_story`): a
sentence from past its story's lead that calls something "the X" as the sentences before it
told it ("Some of the children were a result of ..." after "servicemen fathered children"),
or someone by a word that describes them ("A stray bullet hit the little girl ..." after the
girl's name): the first line of a brief has nothing before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.retelling import SPEECH_VERBS
from newsweave.text.headline_patterns import PERSON_WORDS
from newsweave.text.lexicons import in_ranges, quoted_ranges

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

# Modals by which a sentence supposes what someone would say ("As Walter White might say"):
# the writer's words in another's mouth.
_SUPPOSING_MODALS = frozenset({"might", "would", "could", "may"})
# Verbs of borrowing a line besides those of saying ("as Yogi Berra would put it").
_BORROWING_VERBS = SPEECH_VERBS | {"put"}
# A quotation this short (in words) says one thing; when that thing is a bare "this" or "it",
# the quotation says nothing alone (session 41: the 250 Multi-News validation briefs held 8
# lines of a quotation of at most 10 words and its speaker, 5 of them on a bare "it" or
# "this"; the others name what they tell of: "We want to build habits").
SHORT_QUOTE_WORDS = 10
# Words outside a quotation that only say whose it is ("commented Bob Weir", "Justice
# spokeswoman Emily Pierce said"): more tell something of their own.
ATTRIBUTION_WORDS = 6
# Pronouns that stand for a thing the story told before the quotation ("this", "that") and
# the pro-form after a demonstrative ("this one").
_POINTING_WORDS = frozenset({"this", "that", "it"})
_PRO_FORM = "one"
# Parts of speech by which a quotation names what it tells of ("habits", "Chicago", "$5"): a
# short one with none ("Okay!", "It's not enough") says only that its speaker spoke.
_TOLD_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Clauses in a verb's phrase that make its "it" the expletive of what they say ("it seems he
# left", "it is time to go", the clause hung on "time"): no thing stands behind that "it".
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj", "advcl", "acl", "relcl"})
# A reply that opens a wording ("Yes, but ...", "No. ..."): to a question told before it.
# ("No. 1 seed" is a rank, "No one" a subject.)
_REPLY = re.compile(r"^(?:(?:Yes|Yep|Nope)\b[,.!;]|No[,!])")
# Nouns of what someone said, which a definite description calls back to ("The remarks from
# the President", "The comments by ...") and a "from" or "by" names whose, not which.
_SAID_NOUNS = frozenset({"remark", "comment"})
_WHOSE_PREPOSITIONS = frozenset({"from", "by", "of"})


def borrowed_voice(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a wording's parse) speaks, outside its quotations, in words it
    supposes someone might say ("As Walter White might say, ...", "as Yogi Berra would put
    it"): the writer's quip, not a report of what anyone said."""
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    return any(
        t.lemma_.lower() in _BORROWING_VERBS
        and not in_ranges(t.idx - span.start_char, quotes)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)
        and any(c.dep_ == "aux" and c.lower_ in _SUPPOSING_MODALS for c in t.children)
        for t in span
    )


def short_quote_leans(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a wording's parse) is a short quotation (:data:`SHORT_QUOTE_WORDS`)
    and whose it is (:data:`ATTRIBUTION_WORDS`), the quotation standing on a "this", "that" or
    "it" (not the expletive of a clause: "it is time to go") for a thing it does not name
    before it (what the speaker calls "this", the sentence before it in the story told), or
    naming nothing at all (:data:`_TOLD_POS`: "“Okay!” Weiner said loudly")."""
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    if not quotes:
        return False
    inside = [t for t in span if in_ranges(t.idx - span.start_char, quotes)]
    words = [t for t in inside if t.is_alpha]
    outside = [t for t in span if t.is_alpha and not in_ranges(t.idx - span.start_char, quotes)]
    if not words or len(words) > SHORT_QUOTE_WORDS or len(outside) > ATTRIBUTION_WORDS:
        return False
    if not any(t.pos_ in _TOLD_POS for t in inside) or any(_this_one(t) for t in inside):
        return True
    # (a noun before it in the quotation may be its thing: "a McRib with bacon on it")
    first = next(t for t in inside if t.pos_ in _TOLD_POS or _points_back(t))
    return _points_back(first)


def _points_back(t: Token) -> bool:
    """Whether ``t`` is a "this", "that" or "it" standing for a thing, or a "this one"."""
    word = t.lower_
    if _this_one(t):
        return True
    if word not in _POINTING_WORDS or t.pos_ != "PRON":
        return False
    head = t.head
    return word != "it" or not any(c.dep_ in _CLAUSE_DEPS for c in head.subtree if c is not head)


def _this_one(t: Token) -> bool:
    """Whether ``t`` is the "this" or "that" of a "this one": the pro-form stands for a thing
    of a kind the quotation does not name (a short one names no kind of its own)."""
    return t.lower_ in _POINTING_WORDS and t.pos_ == "DET" and t.head.lower_ == _PRO_FORM


def answers_untold(text: str) -> bool:
    """Whether ``text`` (a wording as shown) opens on a reply (:data:`_REPLY`: "Yes, but only
    according to the usual 10-year budget window ..."): the question it answers is in the
    sentence before it, which the brief does not carry."""
    return bool(_REPLY.match(text))


def untold_remarks(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a wording's parse) opens on "the remarks" or "the comments" of
    someone (:data:`_SAID_NOUNS`) with nothing but whose they are after the noun ("The
    remarks from the President generated ..."): which remarks, only the sentences before it
    in its story tell."""
    if span is None or not len(span):
        return False
    subj = next((t for t in span if t.dep_ in SUBJECT_DEPS), None)
    return (
        subj is not None
        and subj.left_edge.i == span.start
        and subj.left_edge.lower_ == "the"
        and subj.lemma_.lower() in _SAID_NOUNS
        and all(
            c.dep_ == "det" or (c.dep_ == "prep" and c.lower_ in _WHOSE_PREPOSITIONS)
            for c in subj.children
        )
    )


# Modifiers before a word for a person by which a story describes someone it named before ("the
# little girl", "the 24-year-old man"): a description of whom the reader already met.
_DESCRIBING_DEPS = frozenset({"amod", "nummod"})
# Words before or after a noun that say which one it is ("the White House", "the fertility
# rate", "the man who drove", "the search for the plane"): no reference to the story.
_WHICH_BEFORE = frozenset({"compound", "poss", "nmod"})
_WHICH_AFTER = frozenset({"prep", "relcl", "acl", "appos"})
# Entity types of a noun that tells a time ("the week", "the past year"), not a thing told.
_TIME_TYPES = frozenset({"DATE", "TIME"})
# Where a "the X" is one of what the sentence tells of: its subject, its object, what it says
# its subject is, or that of which it tells a part ("Some of the children"). A place or a
# time a preposition sets the act in ("down the street", "shot in the back") is no callback.
_ARGUMENT_DEPS = SUBJECT_DEPS | {"dobj", "attr"}
# The tag of a plural noun: people told before as a group ("the children") are the story's.
_PLURAL_NOUN = "NNS"
_PART_OF = "of"


def leans_on_story(span: SpacySpan | None) -> bool:
    """Whether ``span`` (a sentence's parse, in its article's parse) calls, outside its
    quotations, by a bare "the X" (no name nor noun before it, no phrase or clause after it
    that says which), one of what it tells of (:data:`_ARGUMENT_DEPS`, or what a part is "of")
    as its story told it before: the subject of its main verb, or what that subject is a part
    of (:func:`_main_subject`), by the noun its article used before the sentence ("Some of the
    children were a result of long-term relationships ..." after "servicemen fathered children
    with Vietnamese women", multinews 155), or someone by a word for a person with a word that describes them ("A stray bullet
    hit the little girl ...", multinews 053, the sentence after the one that named her): the
    sentence continues its story, and a brief that opens on it opens on what it never told.
    One person called by a role the story used before ("the president danced around the
    issues") may be whom the event's headline names, and an object the story told of before
    ("asked the F.B.I. director to shut down the federal investigation ...") is most often
    one the sentence goes on to say which."""
    if span is None:
        return False
    quotes = quoted_ranges(span.text)
    told = {t.lemma_.lower() for t in span.doc[: span.start] if t.pos_ == "NOUN"}
    for t in span:
        if (
            t.pos_ != "NOUN"
            or not (t.dep_ in _ARGUMENT_DEPS or (t.dep_ == "pobj" and t.head.lower_ == _PART_OF))
            or t.ent_type_ in _TIME_TYPES
            or in_ranges(t.idx - span.start_char, quotes)
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
            or any(c.dep_ in _WHICH_BEFORE or c.pos_ == "PROPN" for c in t.lefts)
            or any(c.dep_ in _WHICH_AFTER for c in t.rights)
        ):
            continue
        word = t.lemma_.lower()
        if word in PERSON_WORDS and any(c.dep_ in _DESCRIBING_DEPS for c in t.lefts):
            return True
        if (
            _main_subject(t, span.root)
            and word in told
            and (word not in PERSON_WORDS or t.tag_ == _PLURAL_NOUN)
        ):
            return True
    return False


def _main_subject(t: Token, root: Token) -> bool:
    """Whether ``t`` is the subject of the sentence's main verb ``root``, or what that subject
    is a part of ("Some of the children were ..."): not the subject of a clause inside it
    ("By the time the gunman shot himself, ...", "... told CNN that the agency had ...")."""
    if t.dep_ == "pobj" and t.head.lower_ == _PART_OF:
        t = t.head.head
    return t.dep_ in SUBJECT_DEPS and t.head.i == root.i
