"""Lines that state nothing, whatever page they stand on: a caption run into the story, a
credit, a subtitle note or a charge sheet's line, with no finite verb of their own
(:func:`verbless`), and a wire photo's caption, told in the present with the picture's date
(:func:`pictured`). The details (:mod:`newsweave.synthesis.statements`), the facts table
(:mod:`newsweave.synthesis.stages.facts`) and what an outlet leads with
(:mod:`newsweave.synthesis.stages.framing`) all leave them out (the facts table those with no
verb of their own): two outlets printing one agency's caption ("The cabin of a Qatar Airways
plane.") or one film's credit line ("In English and in French with English subtitles.")
report no fact, and a page opening on its photo's caption leads with its picture, not with
its news.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.models import Span
from newsweave.nlp import SUBJECT_DEPS
from newsweave.synthesis.reads_alone import FINITE_TAGS, pictured_moment
from newsweave.synthesis.standalone import closed_quotes
from newsweave.text.clause import has_finite_verb
from newsweave.text.lexicons import in_ranges, quoted_ranges
from newsweave.text.statement_patterns import PHOTO_CAPTION

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# The parts of speech of a noun phrase's head, the dependency and Penn tag of a participle
# hanging on a noun ("a high-rise riddled with violations") and the dependency of a verb's
# direct object, which a participle so does not take (:func:`_participle_phrase`).
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PARTICIPLE_DEP = "acl"
_PARTICIPLE_TAG = "VBN"
_OBJECT_DEP = "dobj"


# The second person's word, the dependency of a subject joined to another ("you and your
# car"), the Penn tag of the bare present ("you play", "you push") and the dependencies of an
# auxiliary or a modal ("will play", "can stop", "are gonna go").
_YOU = "you"
_CONJUNCT_DEP = "conj"
_BARE_PRESENT_TAG = "VBP"
_AUXILIARY_DEPS = frozenset({"aux", "auxpass"})


def verbless(doc: Doc, span: Span, text: str) -> bool:
    """Whether a line states nothing: no finite verb in its parse nor, read word by word
    (:func:`~newsweave.text.clause.has_finite_verb`), in its text. A caption run into the
    story ("The cabin of a Qatar Airways plane."), a credit, a call to the reader ("Check out
    Dead50.net for ticketing information.", "Add as an interest to stay up to date ..."), a
    charge sheet's line. Of the 65 details of the 250 Multi-News reports whose parse has no
    finite verb, the word-by-word reading finds one in 23 (the parse took "Kering houses
    brands" for nouns); of the other 42, 3 are statements the parse misread as well. The
    word-by-word reading takes any "-ed" after a noun for a past verb: where the parse reads it
    as a participle hanging on the noun (:func:`_participle_phrase`), the parse is believed."""
    words = _finite_less(doc, span)
    return words is not None and (not has_finite_verb(text) or _participle_phrase(words))


def verbless_either_way(doc: Doc, span: Span, text: str) -> bool:
    """Whether a line has no finite verb in its parse nor in its words (:func:`verbless`
    without the parse's participle): what leads an outlet's page or stands in the facts table
    is left out only where both readings agree. The parse takes the verb of a study's lead
    ("This study aimed to use video analysis techniques to determine ...") for a participle
    hanging on its subject (multinews 118)."""
    return _finite_less(doc, span) is not None and not has_finite_verb(text)


def _finite_less(doc: Doc, span: Span) -> SpacySpan | None:
    """The parse of ``span`` when it has no finite verb (:data:`~newsweave.synthesis.
    reads_alone.FINITE_TAGS`), else None."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None or any(t.tag_ in FINITE_TAGS for t in words):
        return None
    return words


def _participle_phrase(words: SpacySpan) -> bool:
    """Whether a parse reads its words as a noun phrase whose verb is a participle hanging on a
    noun and taking no object: a subheading or a charge sheet's line ("A Coney Island
    high-rise riddled with violations, ...", "Dominic Godi, 21, of ...; charged with
    conspiracy ..."). A past verb with its object ("Older versions of iOS ... triggered
    grumblings"), which the parse may take for a participle too, is a statement. Of the 12
    details of the 250 Multi-News reports (session 39) with no finite verb in their parse that
    the word-by-word reading keeps, 3 are so: all three fragments."""
    return words.root.pos_ in _NOUN_POS and any(
        t.dep_ == _PARTICIPLE_DEP
        and t.tag_ == _PARTICIPLE_TAG
        and not any(c.dep_ == _OBJECT_DEP for c in t.children)
        for t in words
    )


def pictured(doc: Doc, span: Span, text: str) -> bool:
    """Whether a line is a photo's caption run into the story: labelled as one
    (:data:`~newsweave.text.statement_patterns.PHOTO_CAPTION`) or of a wire caption's shape
    (:func:`~newsweave.synthesis.reads_alone.pictured_moment`: "The U.S. Capitol building is
    seen before ..., January 20, 2015")."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    return bool(PHOTO_CAPTION.search(text)) or pictured_moment(words)


def reports_nothing(text: str, doc: Doc, span: Span, *, voiced: bool) -> bool:
    """Whether a fact's wording (``text``, as its outlet words it, at ``span`` of ``doc``)
    reports nothing: a caption or a credit line two outlets print alike
    (:func:`verbless_either_way`; not :func:`pictured`, whose present tense with a date is
    also a court filing's: "Supporter of ... is mentioned in a phone call on November 3,
    2008", multinews 165), or, unless the table names whose words
    they are (``voiced``: "Bill Cosby: I think many of them say, well, you're a hypocrite."),
    words to someone as "you" outside quotation marks (:func:`_addressed`): an interviewer's
    question or a guest's answer run unmarked ("You had a couple of police officers at your
    side.", "Well, you can stop it because if you say to the banks ..."), whose voice the
    table does not show, as it does not show a first person's."""
    shown = closed_quotes(text)  # (a quotation the statement cuts open, closed)
    addressed = not voiced and _addressed(doc, span)
    return verbless_either_way(doc, span, shown) or addressed


def _addressed(doc: Doc, span: Span) -> bool:
    """Whether a statement speaks to someone as "you" outside its quotation marks: a "you" is
    the subject of a verb in another form than the bare present, told of what the one
    addressed did, will do or can do ("You had ...", "You will play ...", "you can stop it").
    A "you" of a bare present is anyone's: the reader's case of how a thing works ("you play
    Ms. Pac-Man using a map from anywhere in the world", "you gently push down on the top
    edge"), a report's own line of its subject."""
    words = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return False
    marks = quoted_ranges(words.text)
    for t in words:
        if t.lower_ != _YOU or in_ranges(t.idx - words.start_char, marks):
            continue
        if t.dep_ == _CONJUNCT_DEP:  # "You and your car are gonna go down": as its first
            t = t.head
        verb = t.head
        if t.dep_ in SUBJECT_DEPS and (
            verb.tag_ != _BARE_PRESENT_TAG or any(c.dep_ in _AUXILIARY_DEPS for c in verb.children)
        ):
            return True
    return False
