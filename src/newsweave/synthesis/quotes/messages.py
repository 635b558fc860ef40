"""What a reporting cue's words carry: a message, or only a topic, a find or a stance.

:func:`.reported.tells_speech` lists a report as someone's words only when its cue tells them;
these tests read the cue's own phrases in the parse: a report noun with only a topic ("questions
about his microphone"), a verb of talking with no message ("told a story"), a find that is no
finding ("authorities found her car"), a stance with nothing said of its target ("endorsing the
campaign"), a thing written whose words are not given ("wrote a heartfelt letter"), a thing
issued whose words a participle of its own tells ("issued a statement saying…").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.attribution import subject_of
from newsweave.synthesis.quotes.bodies import RECORD_SOURCES
from newsweave.synthesis.quotes.cues import (
    DESCRIBE_CUES,
    FINDING_OBJECTS,
    HELD_NOUNS,
    MEDIUM_NOUNS,
    REPORT_CUES,
    REPORT_NOUNS,
    TARGET_CUES,
    TOPIC_CUES,
)
from newsweave.synthesis.quotes.patterns import TARGET_PREPS, cue_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that bring the topic of a report noun, not its words ("questions about…",
# "remarks on…", "talk of…").
TOPIC_PREPS = frozenset(["about", "of", "on", "over", "regarding", "concerning"])
# Prepositions that say what a stance holds of its target wherever the parse hangs them.
STANCE_PREPS = frozenset(["as", "for", "over"])
# Marks that end a sentence.
SENTENCE_ENDS = frozenset([".", "!", "?"])
# Things one writes whose words a report of the writing need not give ("wrote a heartfelt
# letter to the prosecutor"): the deed of writing, unless the thing's own clause or phrase
# tells what it says ("a letter urging the head of FDLE to investigate").
WRITTEN_THINGS = frozenset(
    ["letter", "note", "email", "e-mail", "memo", "op-ed", "column", "post", "essay", "card"]
)
# Things issued with words in them ("a statement", "an ad", "a response"): a speech participle
# on one tells their words (see issued_only).
ISSUED_NOUNS = MEDIUM_NOUNS | HELD_NOUNS | REPORT_NOUNS
# Cues besides REPORT_CUES' that tell words of their object ("calling it…", "describing…").
_SAYING_CUES = TARGET_CUES | DESCRIBE_CUES | TOPIC_CUES.keys()


def topic_only(noun: Token) -> bool:
    """Whether a noun cue names only what the words were about: a phrase of :data:`TOPIC_PREPS`
    ("questions about his microphone", "remarks about Fiorina", "the talk of a walkout") and no
    clause or infinitive of its own ("the warning that it would flood", "a vow to rebuild"):
    listed, the topic would read as what was said."""
    kids = [c for c in noun.children if c.i > noun.i]
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPS for c in kids) and not any(
        c.dep_ in ("acl", "ccomp", "xcomp", "advcl") for c in kids
    )


def no_message(verb: Token) -> bool:
    """Whether a verb of talking (:data:`TALK_VERBS`) has no clause that is what was said
    ("told her the pier was safe", "told them to leave") and no phrase of what it was about
    (:data:`TOPIC_PREPS`: "spoke about the dam", "told of her years in Austin"): its object
    is a story or an addressee ("told a story about X", "told The Washington Post"), and its
    other phrases whom it was with or where ("speaks with the minister", "spoke to reporters").
    A clause is a verb's within the cue's sentence: the parser may hang a noun ("speaks [to
    supporter]") or the next sentence's verb ("told The Post. [Speaking]…") on it as one."""
    doc = verb.doc
    return not any(
        (
            c.dep_ in ("ccomp", "xcomp")
            and c.pos_ in ("VERB", "AUX")
            and not any(t.text in SENTENCE_ENDS for t in doc[verb.i + 1 : c.left_edge.i])
        )
        or (c.dep_ == "prep" and c.lower_ in TOPIC_PREPS)
        for c in verb.children
    )


def writes_a_thing(verb: Token) -> bool:
    """Whether a verb of writing has for its object a thing written (:data:`WRITTEN_THINGS`)
    that nothing in the sentence says the words of: no clause of the verb's, and no clause,
    participle or infinitive on the thing ("wrote a heartfelt letter to the prosecutor in
    Nagoya"; not "wrote a letter urging ...", "wrote in a note that ..."). Listed, the letter
    would read as what was said."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in WRITTEN_THINGS:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) and not any(
        c.dep_ in ("acl", "relcl", "ccomp", "xcomp") for c in obj.children
    )


def perceived(verb: Token) -> bool:
    """Whether an evidence verb ("show", "find") tells what someone met, came upon or
    displayed, not a finding: the verb of people or a body, with an object and no clause
    ("Sanders found a receptive audience", "she has shown a vulnerability", "researchers
    found the jumbo-size foot fossils", "authorities found her car"). A record's object is
    its finding ("the survey found 90 percent support", :data:`RECORD_SOURCES`), and so is an
    object that names one ("found no evidence", :data:`FINDING_OBJECTS`), any source's clause,
    and what is said of the object ("found the medication effective")."""
    if any(c.dep_ in ("ccomp", "oprd") for c in verb.children):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in FINDING_OBJECTS:
        return False
    if any(c.dep_ == "amod" and c.i > obj.i for c in obj.children):
        return False  # "find the medication effective", parsed as a noun's adjective
    source = subject_of(verb)
    return source is not None and source.lemma_.lower() not in RECORD_SOURCES


def said_of(verb: Token) -> list[Token] | None:
    """What a stance verb says of its object ("as weak", "for speaking out"); None without one."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        None
        if obj is None
        else [
            c
            for c in verb.children
            if c.i > obj.i and (c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ in TARGET_PREPS))
        ]
    )


def bare_stance(verb: Token) -> bool:
    """Whether a stance verb (:data:`~.cues.TARGET_CUES`) has an object and nothing said of it
    ("endorsing the campaign on her Facebook page", "defended his thesis"): no clause, and no
    "as", "for" or "over" phrase, "of" and a deed ("accused Lerner of breaking rules") or
    predicate anywhere after the verb, the parser often hanging them on the object's noun
    ("criticized the report for inaccuracies", "praised the rescuers, who came from all over,
    for ensuring…"), no reason given ("defended the slogan, because…") and no words of the
    speaker's quoted in it. Listed, the target alone would read as what was said."""
    said = said_of(verb)
    if said is None or said or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    why = any(
        c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children) for c in verb.children
    )
    # ("praised the pope's call to fix “environmental deterioration”": the parse may hang the
    # marks anywhere in the sentence)
    quoted = any(t.is_quote for t in verb.doc[verb.i + 1 : verb.sent.end])
    return (
        not why
        and not quoted
        and not any(
            t.dep_ == "oprd"
            or (t.dep_ == "prep" and t.lower_ in STANCE_PREPS)
            or (t.dep_ == "prep" and t.lower_ == "of" and any(g.tag_ == "VBG" for g in t.children))
            # ("accused officials of withholding information", the parse taking "withholding" for
            # a noun: the "of" of an accusation is its charge)
            or (t.dep_ == "prep" and t.lower_ == "of" and verb.lemma_.lower() == "accuse")
            for t in obj.subtree
        )
    )


def issued_only(cue: Token, start: int, end: int, quoted: bytearray, telling: set[int]) -> bool:
    """Whether a verb ``cue`` whose content runs from character ``start`` to ``end`` only issues
    the thing whose own participle tells what was said: "Trump issued a statement saying that
    Scalia was “a remarkable person”", "released a radio ad calling it “dangerous”", "sent a
    response saying he would not back the agenda". The words are the participle's (its quote,
    ``quoted`` being non-zero on quoted characters, or its report: ``telling`` holds the token
    indices of the cues that report), so the verb's content, "a statement saying that…", reads
    the issuing as part of what was said and lists the participle's words twice; PolNeAR takes
    "issued a statement saying" for one cue and the words after it for the content. Quoted
    words make any cue participle the teller; unquoted ones only a speech verb on a thing said
    (:data:`ISSUED_NOUNS`: "cheered Democrats hoping to retain the House" is a stance on the
    Democrats). On PolNeAR train, the model as it was: 17 false alarms fewer, none new, no
    attribution lost (all-attribution P/R/F1 0.8482/0.7559/0.7994 -> 0.8491/0.7559/0.7998;
    refit 0.8490/0.7556/0.7996); dev unchanged (0.8518/0.7395/0.7917)."""
    if cue.pos_ != "VERB":
        return False
    for thing in (c for c in cue.children if c.dep_ == "dobj"):
        for verb in thing.children:
            lemma = cue_lemma(verb)
            a_cue = lemma in REPORT_CUES or lemma in _SAYING_CUES
            if verb.dep_ != "acl" or verb.tag_ != "VBG" or not a_cue or not start <= verb.idx < end:
                continue
            if any(quoted[t.idx] for t in verb.subtree if t.i > verb.i):
                return True
            spoken = REPORT_CUES.get(lemma) == "speech"
            if spoken and verb.i in telling and thing.lemma_.lower() in ISSUED_NOUNS:
                return True
    return False
