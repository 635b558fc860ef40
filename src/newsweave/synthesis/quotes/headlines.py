"""A headline's claim and its source: "Graham: Trump's Rhetoric Destroying GOP's Chance" (the
colon is the cue) and the title-case "Conservative Icon Morton Blackwell Endorses Ted Cruz" (the
verb is). Read from the first line of an article's parse, for :mod:`.reported`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.attribution import MAX_CONTEXT_TOKENS
from newsweave.synthesis.quotes.cues import CLAUSE_BREAKS, HEADLINE_VERB_FORMS
from newsweave.synthesis.quotes.patterns import first_break

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A headline's source before its colon is a name of at most this many tokens ("Dr. Ben Carson").
MAX_HEADLINE_NAME = 5
# Parts of speech of a headline's source before its colon ("Poll", "IG report", "Democrats'
# new warning"); a determiner or a verb makes a kicker or a title ("The Latest", "Revealed").
HEADLINE_SOURCE_POS = frozenset(["PROPN", "NOUN", "PART", "ADJ"])
# Nouns that open a headline without naming anyone ("Breaking: …", "Editor's Note: …").
HEADLINE_KICKERS = frozenset(["breaking", "bombshell", "note", "update", "exclusive", "byline"])
# A headline is in title case when this share of its words is capitalised, of at least this
# many words ("Trump Wins" is too short to tell a title from a name).
TITLE_CASE_SHARE = 0.8
MIN_TITLE_WORDS = 4
# A title-case headline's source before its verb is at most this many tokens ("Conservative
# Icon Morton Blackwell", "France's Marine Le Pen").
MAX_HEADLINE_SOURCE = 7
# Letters of an acronym ("WSJ", "IG"): a longer word in capitals is a kicker ("BUSTED", "LOOK").
MAX_ACRONYM = 3


def headline_claim(doc: Doc) -> tuple[Token, Token | None, int, int] | None:
    """A headline that gives its claim to a name before a colon ("Graham: Trump's Rhetoric
    Destroying GOP's Chance", "NY Post: Megyn Kelly Is No Different…"): the colon is the cue,
    the name the source, the rest of the line the content. Only the first line, and only a
    name the NER knows as a whole, or a noun phrase of a source ("Poll: …", "Insiders: …",
    "IG report: …", "Reid: …" when the headline's capitals make the name a noun): "The
    Latest: …", "Editor's Note: …", "BREAKING: …" name nobody. On train, 33 of 36 headlines
    "X: Y" with X a known name are annotated so, 40 of 45 with a source's noun phrase (all
    nouns, no capitals-only kicker), 7 of 46 with anything else."""
    colon = next((t for t in doc[: MAX_HEADLINE_NAME + 1] if t.text == ":"), None)
    if colon is None or colon.i == 0 or any("\n" in t.text for t in doc[: colon.i]):
        return None
    name = next((e for e in doc.ents if e.start == 0 and e.end == colon.i), None)
    if name is not None and name.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
        return None
    if name is None and not source_phrase(doc[: colon.i]):
        return None
    # (the first line break after the colon ends the headline, within a sentence's reach)
    stop = min(first_break(doc), colon.i + MAX_CONTEXT_TOKENS)
    hi = stop - 1
    if hi <= colon.i:
        return None
    return colon, (name or doc[: colon.i]).root, colon.i + 1, hi


def headline_verb(doc: Doc) -> tuple[Token, Token | None, int, int] | None:
    """A headline in title case that gives its claim to the name before its verb ("Conservative
    Icon Morton Blackwell Endorses Ted Cruz", "Benghazi Widow Dorothy Woods Defends Trump"): the
    verb is the cue (the tagger often reads it as part of a name: :data:`HEADLINE_VERB_FORMS`), the
    words before it the source, the rest of the line the content. Only a first line in title
    case whose words before the verb are all capitalised, a name's length at most. (On
    train, of the 24 such headlines the other rules leave, 20 are annotated so.)"""
    stop = first_break(doc)
    words = [t for t in doc[:stop] if t.is_alpha]
    capitals = sum(1 for t in words if t.text[0].isupper())
    if len(words) < MIN_TITLE_WORDS or capitals < TITLE_CASE_SHARE * len(words):
        return None
    verb = next((t for t in doc[1:stop] if t.lower_ in HEADLINE_VERB_FORMS), None)
    if verb is None or verb.i > MAX_HEADLINE_SOURCE or verb.ent_iob_ == "I":
        # inside a name: a place's ("United States") or one the tagger ran on over the verb
        # ("Hillary Clinton Slams Donald Trump"), which would be given as the speaker's
        return None
    source = doc[: verb.i]
    if not all(t.text[0].isupper() or t.dep_ == "case" for t in source if not t.is_punct):
        return None
    if any(t.text in CLAUSE_BREAKS or t.text == ":" for t in source):
        return None  # a kicker ("BREAKING: …") or a "Name: claim" headline
    return verb, source.root, verb.i + 1, stop - 1


def source_phrase(span: Span) -> bool:
    """Whether a headline's words before its colon can name a source: nouns and names (a
    possessive's mark between them), not a kicker ("BREAKING", "EXCLUSIVE", "Editor's
    Note")."""
    return (
        all(t.pos_ in HEADLINE_SOURCE_POS for t in span)
        and span.root.lemma_.lower() not in HEADLINE_KICKERS
        and not all(t.is_upper and len(t) > MAX_ACRONYM for t in span)
    )
