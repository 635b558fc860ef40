"""A headline's claim and its source: "Graham: Trump's Rhetoric Destroying GOP's Chance" (the
colon is the cue) and the title-case "Conservative Icon Morton Blackwell Endorses Ted Cruz" (the
verb is). Read from the first line of an article's parse, for :mod:`.reported`. Other stories'
headlines set into the body below it ("STORY: Witness Says …", "[Republicans vow …]") are no
one's words here (:func:`set_headline`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import doc_cache, doc_text
from newsweave.synthesis.quotes.attribution import MAX_CONTEXT_TOKENS
from newsweave.synthesis.quotes.cues import CLAUSE_BREAKS, HEADLINE_VERB_FORMS
from newsweave.synthesis.quotes.patterns import RuledContent, first_break

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# A headline's source before its colon is a name of at most this many tokens ("Dr. Ben Carson").
MAX_HEADLINE_NAME = 5
# Parts of speech of a headline's source before its colon ("Poll", "IG report", "Democrats'
# new warning"); a determiner or a verb makes a kicker or a title ("The Latest", "Revealed").
HEADLINE_SOURCE_POS = frozenset(["PROPN", "NOUN", "PART", "ADJ"])
# Nouns that open a headline without naming anyone ("Breaking: …", "Editor's Note: …").
HEADLINE_KICKERS = frozenset(["breaking", "bombshell", "note", "update", "exclusive", "byline"])
# Dashes that set a kicker off from the rest of a headline ("EXCLUSIVE – Roger Stone: …").
HEADLINE_DASHES = frozenset(["–", "—", "-"])
# A headline is in title case when this share of its words is capitalised, of at least this
# many words ("Trump Wins" is too short to tell a title from a name).
TITLE_CASE_SHARE = 0.8
MIN_TITLE_WORDS = 4
# A title-case headline's source before its verb is at most this many tokens ("Conservative
# Icon Morton Blackwell", "France's Marine Le Pen").
MAX_HEADLINE_SOURCE = 7
# Letters of an acronym ("WSJ", "IG"): a longer word in capitals is a kicker ("BUSTED", "LOOK").
MAX_ACRONYM = 3
# Words between a headline's source and its colon that name whom or where it spoke ("Clinton to
# Planned Parenthood:", "Former AG Mukasey at RNC:", "CNN President On Trump:"): on train, all
# three such headlines are annotated as the source's claim.
HEADLINE_AUDIENCE_WORDS = frozenset(["to", "at", "on"])
# A word of a line, for telling a headline's title case from prose.
LINE_WORD = re.compile(r"[^\W\d_][\w'’]*")
# Short words title case leaves in lower case ("Get to the Bottom of This"): not counted.
MINOR_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by"}
    | {"as", "with", "from", "into", "vs"}
)


def headline_claim(doc: Doc) -> RuledContent | None:
    """A headline that gives its claim to a name before a colon ("Graham: Trump's Rhetoric
    Destroying GOP's Chance", "NY Post: Megyn Kelly Is No Different…"): the colon is the cue,
    the name the source, the rest of the line the content. Only the first line, and only a
    name the NER knows as a whole, or a noun phrase of a source ("Poll: …", "Insiders: …",
    "IG report: …", "Reid: …" when the headline's capitals make the name a noun): "The
    Latest: …", "Editor's Note: …", "BREAKING: …" name nobody. On train, 33 of 36 headlines
    "X: Y" with X a known name are annotated so, 40 of 45 with a source's noun phrase (all
    nouns, no capitals-only kicker), 7 of 46 with anything else. The source may name whom it
    spoke to ("Clinton to Planned Parenthood: …"); a question ("Ted Cruz: Constitutional
    conservative or …?") asks about the name, and no annotator gives it to them."""
    colon = next((t for t in doc[: MAX_HEADLINE_NAME + 1] if t.text == ":"), None)
    if colon is None or colon.i == 0 or any("\n" in t.text for t in doc[: colon.i]):
        return None
    # a kicker set off by a dash opens the line before the source ("EXCLUSIVE – Roger Stone:")
    kicker = colon.i > 2 and doc[1].text in HEADLINE_DASHES and _kicker(doc[0])
    opening = 2 if kicker else 0
    source = _headline_source(doc[opening : colon.i])
    if source is None:
        audience = next(
            (t for t in doc[opening + 1 : colon.i] if t.lower_ in HEADLINE_AUDIENCE_WORDS), None
        )
        source = _headline_source(doc[opening : audience.i]) if audience is not None else None
    if source is None:
        return None
    # (the first line break after the colon ends the headline, within a sentence's reach)
    stop = min(first_break(doc), colon.i + MAX_CONTEXT_TOKENS)
    hi = stop - 1
    if hi <= colon.i:
        return None
    content = doc[colon.i + 1 : stop]
    if content[-1].text == "?" and not any(t.is_quote for t in content):
        return None  # a question about the name ("Ted Cruz: Constitutional conservative or…?")
    return RuledContent(colon, source.root, colon.i + 1, hi)


def headline_verb(doc: Doc) -> RuledContent | None:
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
    return RuledContent(verb, source.root, verb.i + 1, stop - 1)


def _kicker(tok: Token) -> bool:
    """Whether a headline's word is a kicker: a known one ("Breaking", "Exclusive") or a word
    in capitals longer than an acronym ("BUSTED", "LOOK")."""
    return tok.lemma_.lower() in HEADLINE_KICKERS or (tok.is_upper and len(tok) > MAX_ACRONYM)


def _headline_source(span: Span) -> Span | None:
    """The words opening a headline as its source: a name the NER knows as a whole (a person,
    an organisation, a place or a people), else a source's noun phrase (:func:`source_phrase`);
    None when they are neither."""
    doc = span.doc
    name = next((e for e in doc.ents if e.start == span.start and e.end == span.end), None)
    if name is not None:
        return name if name.label_ in ("PERSON", "ORG", "GPE", "NORP") else None
    return span if source_phrase(span) else None


def source_phrase(span: Span) -> bool:
    """Whether a headline's words before its colon can name a source: nouns and names (a
    possessive's mark between them), not a kicker ("BREAKING", "EXCLUSIVE", "Editor's
    Note")."""
    return (
        all(t.pos_ in HEADLINE_SOURCE_POS for t in span)
        and span.root.lemma_.lower() not in HEADLINE_KICKERS
        and not all(t.is_upper and len(t) > MAX_ACRONYM for t in span)
    )


def set_headline(doc: Doc, pos: int) -> bool:
    """Whether character ``pos`` lies in another story's headline set into the article body
    below its first line: a line in title case ("STORY: Tony Scott's Death: Witness Says
    Director Was 'Determined'…", "5. Police Say They Are Confident…") or wholly in brackets
    ("[Republicans vow no hearings, no votes for Obama's Supreme Court pick]"), not ending as
    a sentence does. A link to a related story, or a list of them: what its verb says is that
    story's headline, no one's words in this one. (The first line is the article's own
    headline, which :func:`headline_claim` and :func:`headline_verb` read.) Once per line."""
    text = doc_text(doc)
    a = text.rfind("\n", 0, pos) + 1
    if not text[:a].strip():
        return False
    lines: dict[int, bool] = doc_cache(doc).setdefault("set_headlines", {})  # type: ignore[assignment]
    if a not in lines:
        b = text.find("\n", pos)
        line = text[a : b if b >= 0 else len(text)].strip()
        words = [w for w in LINE_WORD.findall(line) if w not in MINOR_WORDS]
        capitals = sum(1 for w in words if w[0].isupper())
        titled = len(words) >= MIN_TITLE_WORDS and capitals >= TITLE_CASE_SHARE * len(words)
        bracketed = line.startswith("[") and line.endswith("]")
        lines[a] = (titled and not line.endswith(".")) or bracketed
    return lines[a]
