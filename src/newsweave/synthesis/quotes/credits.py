"""Whose words one statement is, when outlets credit it to two named speakers.

Two named speakers keep two utterances apart (:mod:`.merging`), so one statement credited to
two names was listed twice, once under each. Two cases are one speaker's words credited
otherwise by one outlet, and that outlet's mention is credited to the other's speaker before
merging (each wording keeps its own citation as a variant):

* an organisation and its spokesperson: one outlet credits a statement to the company ("The
  Starrett Corporation issued a statement saying: “…”"), another quotes the same words from
  its spokesman by name ("“…,” said Jordan Isenstadt, a spokesman for the owner"). The words
  are the spokesperson's, said for the organisation;
* a description's referent against a name: one outlet's speaker is who a description was
  taken for ("the host" of a talk show read as its host, Ivan Urgant; "the younger
  Goodlatte" read as the father), another outlet names the speaker of the same words outright
  (Stephen Colbert; Bobby Goodlatte). The name is the outlet's own word; the referent of a
  description is the parse's guess.

Split from :mod:`.merging`, which calls it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsweave.models import QuoteMention, Span
from newsweave.nlp.embed import Embedder
from newsweave.synthesis.quotes.wordings import compare_wordings, contained, normalise_quote

# Words found word for word in another outlet's quote of an organisation: fewer than this are
# a phrase anyone might say ("we are cooperating fully"), not one statement quoted twice.
MIN_SPOKEN_WORDS = 8
# The nouns of a person who speaks for an organisation.
_SPOKESPERSON = r"(?:spokes(?:man|woman|person)|press secretary)"
# A spokesperson's role set after the name ("Jordan Isenstadt, a spokesman for the owner"),
# a few words of whose between the article and the noun ("a Starrett Corp. spokeswoman").
_ROLE_AFTER = re.compile(
    rf"^,\s+(?:a|an|the)\s+(?:[\w.&'’-]+\s+){{0,4}}?{_SPOKESPERSON}\b", re.IGNORECASE
)
# A spokesperson's role set before the name ("Starrett spokesman Jordan Isenstadt").
_ROLE_BEFORE = re.compile(rf"\b{_SPOKESPERSON},?\s+$", re.IGNORECASE)
# How far around a name its role is looked for: a role of a dozen words and more is no
# apposition.
ROLE_CHARS = 80
# A quotation this long, its words mostly alike, credited to two people is one utterance
# (as :data:`~.merging.MIN_GROUP_JOIN_WORDS`): two people do not say a dozen words alike.
MIN_CREDITED_WORDS = 12
# Share of the shorter wording's words found in order in the other's: two renderings of one
# statement ("it would be great to cut out the middle man" / "it would be better to cut out
# the middleman") keep nine in ten; one speaker echoing another's phrase keeps far fewer.
MIN_CREDITED_SHARE = 0.8
# A description in a speaker's chain: a determiner or a possessive opening it ("the host",
# "his lawyer").
_DESCRIPTION = re.compile(r"^(?:the|a|an|his|her|their|its)\s", re.IGNORECASE)
# A surname the chain reached through words that pick one of two namesakes ("the younger
# Goodlatte", the son): which one they pick is the parse's guess, not the article's word.
_DESCRIBED_NAME = re.compile(r"\bthe\s+(?:younger|elder|older|junior|senior)\s+$", re.IGNORECASE)


def credit_speakers(
    mentions: list[QuoteMention], texts: dict[str, str], embedder: Embedder
) -> list[QuoteMention]:
    """``mentions`` with an organisation's statement credited to its spokesperson and a
    described speaker's statement to the speaker another outlet names (see the module's
    doc). ``texts`` are the articles by id; ``embedder`` compares wordings."""
    people = [m for m in mentions if _quoted_spokesperson(m, texts)]
    how = [_how_named(m, texts) if _direct_statement(m) else "" for m in mentions]
    named = [m for m, h in zip(mentions, how, strict=True) if h == "named"]
    out = []
    for m, h in zip(mentions, how, strict=True):
        if m.speaker_type == "ORG" and _direct_statement(m):
            norm = normalise_quote(m.text)[0]
            found = {
                p.speaker: p for p in people if p.article != m.article and _same_words(norm, p)
            }
        elif h == "described":
            found = {
                n.speaker: n
                for n in named
                if n.article != m.article and n.speaker != m.speaker and _alike(m, n, embedder)
            }
        else:
            found = {}
        if len(found) == 1:
            (p,) = found.values()
            m = replace(
                m, speaker=p.speaker, speaker_type=p.speaker_type, speaker_role=p.speaker_role
            )
        out.append(m)
    return out


def _direct_statement(m: QuoteMention) -> bool:
    return m.form == "direct" and m.kind == "statement" and m.speaker is not None


def _same_words(norm: str, p: QuoteMention) -> bool:
    """Whether the normalised wording ``norm`` and ``p``'s are one found word for word in the
    other, the shorter one :data:`MIN_SPOKEN_WORDS` words or more."""
    other = normalise_quote(p.text)[0]
    short, long_ = sorted((norm, other), key=len)
    return len(short.split()) >= MIN_SPOKEN_WORDS and contained(short, long_)


def _alike(a: QuoteMention, b: QuoteMention, embedder: Embedder) -> bool:
    """Whether two quotes are one statement rendered twice: :data:`MIN_CREDITED_WORDS` words
    or more, :data:`MIN_CREDITED_SHARE` of them found in order in the other's."""
    short, long_ = sorted((normalise_quote(a.text)[0], normalise_quote(b.text)[0]), key=len)
    if len(short.split()) < MIN_CREDITED_WORDS:
        return False
    match = compare_wordings(short, long_, True, embedder)
    return match is not None and match.score >= MIN_CREDITED_SHARE


def _how_named(m: QuoteMention, texts: dict[str, str]) -> str:
    """How the article gives ``m``'s person speaker: "described" when its chain passes through
    a description ("the host", "the younger Goodlatte"), "named" when through the speaker's
    name (and pronouns) only, "" when it is no person or the article shows no name."""
    if m.speaker_type != "PERSON":
        return ""
    text = texts.get(m.article, "")
    spans = [sp for sp in _chain(m) if sp.article == m.article]
    if not spans:
        return ""
    described = any(
        _DESCRIPTION.match(text[sp.start : sp.end])
        or _DESCRIBED_NAME.search(text[max(0, sp.start - ROLE_CHARS) : sp.start])
        for sp in spans
    )
    if described:
        return "described"
    surname = m.speaker.split()[-1] if m.speaker else ""
    return "named" if any(surname in text[sp.start : sp.end] for sp in spans) else ""


def _chain(m: QuoteMention) -> list[Span]:
    return [*([m.speaker_span] if m.speaker_span else []), *m.speaker_chain]


def _quoted_spokesperson(m: QuoteMention, texts: dict[str, str]) -> bool:
    """Whether ``m`` is a direct statement of a named person its article calls a spokesperson,
    by the role given with the speaker's name or where the article names them."""
    if m.speaker_type != "PERSON" or not _direct_statement(m):
        return False
    if m.speaker_role and re.search(_SPOKESPERSON, m.speaker_role, re.IGNORECASE):
        return True
    text = texts.get(m.article, "")
    return any(
        _ROLE_AFTER.search(text[sp.end : sp.end + ROLE_CHARS])
        or _ROLE_BEFORE.search(text[max(0, sp.start - ROLE_CHARS) : sp.start])
        for sp in _chain(m)
        if sp.article == m.article
    )
