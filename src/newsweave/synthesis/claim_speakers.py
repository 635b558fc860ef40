"""Whom a statement is attributed to: the named people its words or findings are said to
come from ("Lee said", "says Jacob Marott", "Lee's group found that ..."), which the facts
stage compares before it lets one outlet's statement back another's (one researcher's
finding does not back another's, however alike their words).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

# Entity types that name a place: "Moscow said" may be anyone's words, not a person's.
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Verbs that attribute a statement to its subject ("Lee said", "says Jacob Marott").
_REPORTING_VERBS = frozenset(
    {"say", "tell", "add", "state", "write", "explain", "note", "claim", "argue", "insist"}
)
# The Penn tag of a participle of saying ("adding that ...", "saying ..."), whose speaker is its
# sentence's subject.
_PARTICIPLE_TAG = "VBG"
# Verbs that attribute a finding to its subject when they take one ("Lee's group found that
# ...", "What Marott and his team found was ..."), not a thing found ("found a body").
_FINDING_VERBS = frozenset({"find", "conclude"})


def speakers_of(toks: Sequence[Token]) -> frozenset[str]:
    """The name words of whom a statement's words are attributed to: the subject of a
    reporting verb ("Lee said", "says Jacob Marott"), of a verb of finding that takes a
    finding ("Lee's group found that ...") or of "according to"; two statements attributed
    to differently named people are not one claim, however alike their words (one
    researcher's finding does not back another's)."""
    out: set[str] = set()
    for t in toks:
        lem = t.lemma_.lower()
        finding = lem in _FINDING_VERBS and any(
            c.dep_ == "ccomp" or (c.dep_ == "dobj" and c.lower_ == "what") for c in t.children
        )
        if t.pos_ == "VERB" and (lem in _REPORTING_VERBS or finding):
            heads = [c for c in t.children if c.dep_ == "nsubj"]
        elif lem == "accord":
            heads = [
                x for c in t.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pobj"
            ]
        else:
            continue
        for h in heads:
            # the name, its compounds, its owner ("Lee's group") and names conjoined with it
            words = [h, *(c for c in h.children if c.dep_ in {"compound", "poss", "conj"})]
            out.update(
                w.lemma_.lower()
                for w in words
                if w.pos_ == "PROPN" and w.is_alpha and w.ent_type_ not in _PLACES
            )
    return frozenset(out)


def reports_words(toks: Sequence[Token]) -> bool:
    """Whether a statement attributes its words to someone, named or not ("She said she is
    cancelling ..."): a passage that gives a named speaker's words in a sentence after the
    one naming them, which :func:`speakers_of` finds no name in. A participle of saying
    ("..., Putin said, adding that he would talk to Erdogan") reports the words of its
    sentence's speaker, named outside the clause the statement is cut to."""
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in _REPORTING_VERBS
        and (t.tag_ == _PARTICIPLE_TAG or any(c.dep_ == "nsubj" for c in t.children))
        for t in toks
    )
