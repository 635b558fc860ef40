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
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.retelling import SPEECH_VERBS
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
