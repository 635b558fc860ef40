"""The ``quotes`` stage: every article's quotes and reported speech, merged across outlets.

The work is done by :mod:`newsweave.synthesis.quotes`; the stage reuses each
article's parse and names speakers as the event's entities do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.models import QuoteMention
from newsweave.nlp import get_embedder
from newsweave.synthesis.pipeline import Workspace, per_article, stage
from newsweave.synthesis.quotes.cues import (
    DESCRIBE_CUES,
    HELD_NOUNS,
    INFINITIVE_CUES,
    MEDIUM_NOUNS,
    OBJECT_CUES,
    REPORT_CUES,
    REPORT_NOUNS,
    TARGET_CUES,
    TOPIC_CUES,
)
from newsweave.synthesis.quotes.extraction import extract_quotes
from newsweave.synthesis.quotes.kinds import TERM_MAX_WORDS
from newsweave.synthesis.quotes.merging import canonical_speakers, merge_quotes
from newsweave.synthesis.quotes.patterns import cue_lemma
from newsweave.synthesis.quotes.relayed import relayed
from newsweave.synthesis.quotes.reported import tells_speech
from newsweave.synthesis.quotes.unsaid import unsaid

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Reported speech of fewer words than this is a scrap the parse cut short ("he did", "it
# was", "to see"), not what was said; three make a claim ("roads were slippery").
MIN_REPORT_WORDS = 3
# Relations of a verb's own subject.
SUBJECT_DEPS = frozenset(["nsubj", "nsubjpass", "expl"])
# Nouns that name words or a message: a speech verb's object of one is what was said ("denied
# the allegations", "repeated the claim", "posted a letter"), of any other noun a thing the
# verb's subject did something with ("claimed his prize", "repeated that feat", "wrote a book").
MESSAGE_NOUNS = REPORT_NOUNS | HELD_NOUNS | MEDIUM_NOUNS
# Cues whose object is, by their rule, what was said or what the words were at: a stance's
# target, a description, a topic, an intention's infinitive (see quotes.cues).
SAID_AT_CUES = TARGET_CUES | DESCRIBE_CUES | TOPIC_CUES.keys() | INFINITIVE_CUES
# Relations of a preposition's object: a preposition with neither lost it to a relative clause.
PREP_OBJECTS = frozenset(["pobj", "pcomp"])
# What may follow a preposition left without its object: another preposition ("choose from
# during the campaign"), an adverb, punctuation.
STRANDED_BEFORE = frozenset(["ADP", "ADV", "PUNCT"])
# Words that open a relative clause after its noun ("judges that Trump promised…").
RELATIVE_WORDS = frozenset(["that", "which", "whom"])
# Verbs of a source that passes on what others said ("…, WKMG reported"), besides "according
# to": such a frame around another's report is no claim of its own.
RELAYS = frozenset(["report"])
# Verbs whose object is what they told, whatever the noun ("reported a smell of gas",
# "reported her assault to the police").
TELLING_VERBS = frozenset(["report"])


@stage(
    "quotes",
    needs=("articles", "analyses", "entities"),
    provides=("quote_mentions", "quotes"),
)
def quotes_stage(ws: Workspace) -> None:
    """Quotes and reported speech per article (reusing its parse), merged across outlets."""
    assert ws.analyses is not None
    mentions: list[QuoteMention] = []
    found = per_article(
        ws.warnings,
        "quotes",
        ws.analyses,
        lambda an: an.article.id,
        lambda an, deadline: extract_quotes(an.article, an.doc, between=deadline.check),
    )
    for quotes in found:
        mentions.extend(quotes or ())
    docs = {an.article.id: an.doc for an in ws.analyses}
    # an outlet's quoted sentence reporting another's words is that other's report, passed on
    # (“Stewart explains that he ‘wanted …’,” the Post adds: Stewart's, see quotes.relayed)
    mentions = [relayed(m, docs[m.article]) or m for m in mentions]
    mentions = canonical_speakers(mentions, ws.entities)
    ws.quote_mentions = mentions
    # a report whose words are another's report ("McDowell said she saw …, according to
    # WKMG") is listed as the inner speaker's; the outlet's frame would list the same words
    # twice, once as the outlet's, and merge them with what the outlet itself tells
    framed = _frames(mentions, docs)
    # words the source is told not to have said, or only to seem to have said ("never said
    # “…”", "as if he said “…”"): no one's quote, and under the source's name they read as his
    listed = [m for k, m in enumerate(mentions) if k not in framed and not _unsaid(m, docs)]
    merged = merge_quotes(listed, ws.articles, get_embedder(ws.settings))
    # Reported speech is someone's claim in the journalist's words: without a speaker it is
    # only the journalist's words ("sought to keep Ukraine out of NATO"), already in the
    # article, so it is not listed as speech, and neither is a deed or a stance told with no
    # verb of saying ("the House passed a bill": reactions still read it). Direct quotes stay:
    # the words are someone's.
    spoken = {(m.article, m.start, m.end) for m in mentions if _spoken(m, docs)}
    ws.quotes = [
        q
        for q in merged
        if q.form == "direct"
        or (q.speaker and any((v.article, v.start, v.end) in spoken for v in q.variants))
    ]


def _frames(mentions: list[QuoteMention], docs: dict[str, Doc]) -> set[int]:
    """The positions of reports that only frame another's: a source that reported it, named
    after its content ("…, according to WKMG", "…, WKMG reported"), whose content is a report
    of someone else's told by its main verb ("Johns told deputies that McDowell wasn't his
    girlfriend, according to WKMG"): the words are Johns's, listed as his. A report set lower
    in the content ("was arrested after she showed up to spy on a guest she claimed was her
    boyfriend, according to WKMG") leaves the outlet's report its own, and so does a source
    that said it ("Smith told family members that …, the police chief said": the chief's
    claim of what she told, no outlet's relay of it). The inner report must be one listed
    (:func:`_spoken`): else the words would be listed as nobody's."""
    cues: dict[str, list[QuoteMention]] = {}
    for m in mentions:
        if m.form != "direct" and m.cue_span is not None and m.speaker:
            cues.setdefault(m.article, []).append(m)
    out: set[int] = set()
    for k, m in enumerate(mentions):
        if m.form == "direct" or m.cue_span is None or m.cue_span.start < m.end:
            continue
        doc = docs[m.article]
        said = doc.char_span(m.cue_span.start, m.cue_span.end, alignment_mode="expand")
        if said is None or not (said[0].lower_ == "according" or cue_lemma(said[0]) in RELAYS):
            continue
        for n in cues.get(m.article, ()):
            assert n.cue_span is not None
            if n is m or n.speaker == m.speaker or not m.start <= n.cue_span.start < m.end:
                continue
            cue = doc.char_span(n.cue_span.start, n.cue_span.end, alignment_mode="expand")
            head = cue[0].head if cue is not None else None
            main = head is not None and (head == cue[0] or not m.start <= head.idx < m.end)
            if main and _spoken(n, docs):
                out.add(k)
                break
    return out


def _unsaid(m: QuoteMention, docs: dict[str, Doc]) -> bool:
    """Whether the mention's cue tells words its source did not say
    (:mod:`newsweave.synthesis.quotes.unsaid`)."""
    if m.cue_span is None:
        return False
    cue = docs[m.article].char_span(m.cue_span.start, m.cue_span.end)
    return cue is not None and unsaid(cue[0])


def _spoken(m: QuoteMention, docs: dict[str, Doc]) -> bool:
    """A mention of someone's words: a direct quote, or a report whose cue tells speech and
    whose content says something (:func:`_says_something`)."""
    if m.form == "direct":
        return True
    doc = docs[m.article]
    cue = doc.char_span(m.cue_span.start, m.cue_span.end) if m.cue_span else None
    if cue is None or not tells_speech(cue[0]) or not _says_something(m, doc):
        return False
    content = doc.char_span(m.start, m.end, alignment_mode="expand")
    return content is None or not (
        _a_deed(cue[0], content) or _gapped(cue[0], content) or _target_alone(cue[0], content)
    )


def _target_alone(cue: Token, content: Span) -> bool:
    """Whether a passive report's content is only its subject, what the stance was taken at
    ("A recent truce declared by Russia was dismissed by Ukraine as a “performative
    gesture”": the truce): listed, the target would read as what was said, as an active
    stance's bare object would (:func:`~newsweave.synthesis.quotes.messages.bare_stance`)."""
    root = content.root
    return (
        root.dep_ == "nsubjpass"
        and root.head == cue
        and content.start == root.left_edge.i
        and content.end == root.right_edge.i + 1
    )


def _gapped(cue: Token, content: Span) -> bool:
    """Whether the content lacks the word a relative clause around it took out: "the list of
    judges that Trump promised he would choose from" is no claim that "he would choose from
    during the campaign". A preposition left with no object after its verb or adjective
    ("choose from", "is guilty of") shows the gap, its object being the noun the clause
    describes; the clause's own subject is no relative word ("who said the hospital had
    averaged…" keeps its words). (The parser often reads such a clause as a that-clause of
    the verb before it: a "that" or "which" right after a noun opens it.)"""
    first = cue.left_edge
    after_noun = first.i > 0 and cue.doc[first.i - 1].pos_ in ("NOUN", "PROPN")
    # (not "where officials said…" nor "in which he said…": those take out no word of it)
    relative = first.lower_ in RELATIVE_WORDS and (cue.dep_ == "relcl" or after_noun)
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if not relative or subject is None or subject.lower_ in RELATIVE_WORDS:
        return False
    return any(
        t.pos_ == "ADP"
        and t.head.pos_ in ("VERB", "ADJ")
        and not any(c.dep_ in PREP_OBJECTS for c in t.children)
        # (nothing of a noun phrase after it: "shot up his cruiser" is a particle's)
        and (t.i + 1 >= content.end or t.doc[t.i + 1].pos_ in STRANDED_BEFORE)
        for t in content
    )


def _a_deed(cue: Token, content: Span) -> bool:
    """Whether a speech verb's content is a thing it was done with, not words: no clause, no
    verb heading the content, and either a person as the object of an object cue, with no
    name given ("the Senate confirmed Gorsuch on a vote of 54 to 45", "confirmed Sandoval as
    a district court judge": a nominee confirmed), or, for a verb whose object no rule takes
    for the message (the model's), a thing that is no message ("claimed his $3 million
    prize", "repeated that feat indoors", "had written about the ruins of Haiti"), or a
    description with nothing said of what it describes ("described witnessing the jump",
    see quotes.cues.DESCRIBE_CUES). What is said of the object ("boasting the appointment
    as one of his achievements", "views the party as intolerant"), a finding ("found no
    evidence") and what was reported ("reported her assault to the police") stay: they are
    claims. (Reading 75 Multi-News events, 17 of the 20 reports this leaves out were no
    words of the speaker's, or a content the parse cut wrong, "insisted a staff luncheon
    that…"; 3 were: "recalled the time…", "complained the role of judges…".)"""
    kids = list(cue.children)
    lemma = cue_lemma(cue)
    if cue.pos_ != "VERB" or any(c.dep_ in ("ccomp", "oprd") for c in kids):
        return False
    if lemma in DESCRIBE_CUES:  # ("described witnessing what happened": no "as…")
        return not any(t.dep_ == "prep" and t.lower_ == "as" for t in (*kids, *content))
    if any(c.dep_ == "xcomp" for c in kids):
        return False
    tops = [t for t in content if t.head == t or not content.start <= t.head.i < content.end]
    if any(t.pos_ in ("VERB", "AUX") for t in tops):
        return False
    if lemma in OBJECT_CUES:
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        return obj is not None and (
            obj.ent_type_ == "PERSON"
            or obj.pos_ == "PRON"
            or (obj.pos_, obj.ent_type_) == ("PROPN", "")
        )
    if lemma in SAID_AT_CUES | TELLING_VERBS or REPORT_CUES.get(lemma) == "evidence":
        return False
    if any(t.dep_ == "prep" and t.lower_ == "as" for t in content):
        return False
    noun = next((t for t in tops if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM")), None)
    return noun is not None and noun.lemma_.lower() not in MESSAGE_NOUNS


def _says_something(m: QuoteMention, doc: Doc) -> bool:
    """Whether reported speech tells what was said: its content is no short label without a
    verb ("defended his firing of Comey", "confirmed the charges" name only what the words
    were about; "agree to permanent neutrality in return for …" says what is agreed), is no
    scrap the parse cut short ("said he did", "claims it was") and keeps its subject: a
    content that opens on a finite verb has lost it to the cue ("Police added Stinson showed
    little emotion …" listed as the police's "showed little emotion …" reads as their own
    deed), or to a relative clause around it ("an order that he said would end the
    practice": "(said): would end the practice"). Words inside quotation marks (a mixed
    report) are the speaker's own and count however few, but not without their subject
    ('which he said often ends up being "stilted and politicized"')."""
    content = doc.char_span(m.start, m.end, alignment_mode="expand")
    words = [t for t in content or () if not (t.is_punct or t.is_space)]
    if not words:
        return m.form != "indirect"
    first = next((w for w in words if w.pos_ != "ADV"), words[0])  # ("often ends up…")
    own = any(c.dep_ in SUBJECT_DEPS and c.i >= first.i for c in first.children)
    if not own and first.pos_ in ("VERB", "AUX") and "Fin" in first.morph.get("VerbForm"):
        return False
    if m.form != "indirect":
        return True
    if len(words) < MIN_REPORT_WORDS:
        return False
    return len(words) > TERM_MAX_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words)
