"""Organisations and documents that speak: "it said", "the company said", "the letter reads".

A news story lets an organisation speak through a pronoun ("American Airlines said … It
added"), a noun for what it is ("the company said", "the committee added") or a thing that
carries its words ("the team's statement continued", "the magazine wrote", "reads the
letter"). Each has a speaker the article gives, which "unattributed" hides from a reader:

- ``it`` and a bare ``the company`` stand for the organisation that is the subject of a
  recent sentence, nearest first, never a person, nor a place unless it speaks there as its
  government ("China said … It added") (:mod:`.attribution`, which resolves subjects);
- ``the committee`` stands for the organisation the article names with that head word
  ("the Korea Asia-Pacific Peace Committee"), the nearest before it;
- a thing with an owner ("Apple's statement", "his letter") speaks for its owner when the
  owner resolves to a name;
- anything else is its own description ("the team's statement", "a UK magazine"), typed
  ``GROUP`` as described speakers are: it tells a reader who spoke, never guessed further.

This module holds what those speakers are made of: the nouns, the description, the
organisation a head word names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.cues import DOCUMENT_NOUNS, FINDING_NOUNS, MEDIUM_NOUNS
from newsweave.synthesis.quotes.index import ArticleIndex, Speaker, named_entities
from newsweave.synthesis.quotes.mentions import bare_name
from newsweave.synthesis.quotes.speakers import BODY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Sources whose object of "found" or "showed" is their finding ("the survey found 90 percent
# support", "the autopsy showed bruising", "it found…"): a record, not a person who came upon
# something ("authorities found the car", "researchers found the fossils": 12 of the 14 such
# reports over the 250 Multi-News reports of session 35 told a find, not a finding).
RECORD_SOURCES = (
    FINDING_NOUNS
    | DOCUMENT_NOUNS
    | {"study", "research", "report", "analysis", "data", "test", "review", "investigation"}
    | {"experiment", "result", "evidence", "figure", "statistic", "census", "audit", "autopsy"}
    | {"scan", "footage", "video", "image", "photo", "it"}
)
# Nouns of a body that speaks as one: an organisation, a court, a family ("the family said");
# not a crowd or a share of people, whose "belief" is the writer's summary ("if the public
# believes…"), nor a place (a country speaks by its name, as its government), nor "the other"
# (a person).
SPEAKING_BODIES = (
    BODY_NOUNS
    - {"public", "people", "majority", "minority", "audience", "youth"}
    - {"country", "nation", "state", "city", "other"}
)
# Bodies a bare "the <noun> said" names as the organisation just told of ("American Airlines
# … the company said"); a family, a jury or the police are not one the article names so.
ORGANISATION_NOUNS = frozenset(
    {"company", "firm", "agency", "airline", "bank", "organisation", "organization", "group"}
    | {"department", "ministry", "utility", "union", "council", "committee", "board", "team"}
    | {"service", "network", "studio", "school", "university", "hospital", "institute", "tribe"}
    | {"foundation", "association", "commission", "office", "bureau", "club", "league"}
    | {"district", "parliament"}
)
# Dependents before a noun that belong to its description ("the US-based 38 North website").
NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "quantmod"})
# Everything besides a person that speaks in a description of its own.
SPEAKING_THINGS = MEDIUM_NOUNS | DOCUMENT_NOUNS | SPEAKING_BODIES | ORGANISATION_NOUNS
# Things that carry their owner's words ("Apple's statement", "his letter": Apple's, his); an
# organisation's owner is no speaker for it ("Robinson's institute dismisses…" is the
# institute's word, not Robinson's).
WORD_CARRIERS = MEDIUM_NOUNS | DOCUMENT_NOUNS
# Words at most of a description that names an unnamed speaker ("the 26-year-old student",
# "the US-based 38 North website"): a longer left edge is a parse run over more than the
# noun's own words.
MAX_DESCRIPTION_WORDS = 6


def described(tok: Token, first: Token | None = None) -> Speaker | None:
    """``tok``'s noun phrase up to the noun as a ``GROUP`` speaker ("the team's statement",
    "a UK magazine", "the attorney"): a sentence's capital lowered on its determiner, number
    or pronoun ("The attorney said", "One aide", "Their spokesperson"); None when it is longer
    than :data:`MAX_DESCRIPTION_WORDS` words. ``first``: the noun's first piece when the
    tokenizer cut it at a hyphen ("the e-mail": its modifiers may hang on "e")."""
    doc = tok.doc
    # the noun's own modifiers, not a phrase the parse hung on it ("On Saturday, a group")
    heads = (tok,) if first is None else (first, tok)
    mods = [c.left_edge.i for h in heads for c in h.lefts if c.dep_ in NOUN_MODIFIERS]
    lo = min(mods, default=heads[0].i)
    while lo < tok.i and doc[lo].is_punct:
        lo += 1
    words = doc[lo : tok.i + 1]
    if sum(not t.is_punct for t in words) > MAX_DESCRIPTION_WORDS:
        return None
    name = doc_text(doc)[words.start_char : words.end_char]
    if words[0].pos_ in ("DET", "NUM", "PRON"):
        name = name[:1].lower() + name[1:]
    here = (words.start_char, words.end_char)
    return Speaker(name, here, "GROUP", (here,))


def headed_organisation(tok: Token, idx: ArticleIndex) -> str | None:
    """The organisation named before ``tok`` whose last word is the noun ("the committee" of
    "the Korea Asia-Pacific Peace Committee", "the service" of "the National Weather
    Service"), nearest first."""
    lemma = tok.lemma_.lower()
    for ent in reversed(named_entities(idx.doc)):
        if ent.start >= tok.i or ent.label_ != "ORG" or len(ent) < 2:
            continue
        if ent[-1].lemma_.lower() == lemma or ent[-1].lower_ == lemma:
            return bare_name(ent)
    return None
