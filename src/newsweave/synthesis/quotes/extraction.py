"""Who said what in one article: direct quotes and reported speech, each with its speaker.

:func:`extract_quotes` finds the quote spans (:mod:`~newsweave.synthesis.quotes.spans`)
and attributes each with the parse (:mod:`~newsweave.synthesis.quotes.attribution`), then
adds the reported speech of the same parse (:mod:`~newsweave.synthesis.quotes.reported`:
``form`` indirect or mixed), so that one list holds every attribution of the article.
A quote without an attribution of its own continues the attribution of the quote
before it in the same paragraph (past a title between them), of the other half of
a split quote, of the paragraph it continues, or the speaker of the
reported-speech paragraph right before a stand-alone quote paragraph; a quote in a
transcript turn is the turn's speaker's, and one credited after a dash the credited
person's (:mod:`~newsweave.synthesis.quotes.transcript`). A quoted sentence standing alone
after a quote goes on from it, not to the next sentence's verb that tells words of its own
(:mod:`~newsweave.synthesis.quotes.continued`). A turn printed without
quotation marks ("FALLIN: I think…") is itself the speaker's statement, word for word.
Anything else leaves the speaker ``None``: never guessed. Quoted words inside a
mixed report ("warned that the council was “sleepwalking” into debt") are the
report's: one attribution with it, unless a verb of saying of their own sets them apart
(:mod:`~newsweave.synthesis.quotes.quoted_parts`).

Whether quoted words are speech or a term (a label, a title) is
:mod:`~newsweave.synthesis.quotes.kinds`'s; a quoted phrase set alone as a section's heading is
neither (:mod:`~newsweave.synthesis.quotes.crossheads`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from newsweave.models import Article, QuoteMention, Span
from newsweave.nlp import doc_sents
from newsweave.synthesis.quotes.attribution import (
    MAX_ANTECEDENT_SENTENCES,
    MAX_CONTEXT_TOKENS,
    is_cue,
    resolve_subject,
    sentence_end,
    sentence_start,
    subject_of,
)
from newsweave.synthesis.quotes.bodies import described
from newsweave.synthesis.quotes.contents import cue_words, without_aside
from newsweave.synthesis.quotes.continued import (
    next_sentence_telling,
    telling_cues,
    whole_sentence,
)
from newsweave.synthesis.quotes.crossheads import is_crosshead
from newsweave.synthesis.quotes.cue_search import (
    CLOSING_MARKS,
    attribution_clause,
    cue_chars,
    cue_text,
    find_cues,
    introduces_next,
    introducing_verb,
    name_before,
    right_after,
)
from newsweave.synthesis.quotes.cues import WH_TAGS
from newsweave.synthesis.quotes.groups import coordinated_speaker, group_speaker
from newsweave.synthesis.quotes.index import (
    ArticleIndex,
    Speaker,
    article_index,
)
from newsweave.synthesis.quotes.interview import is_aside, is_interview, is_question
from newsweave.synthesis.quotes.kinds import (
    Kind,
    named_thing,
    placed_title,
    quote_kind,
    title_case,
    work_title,
)
from newsweave.synthesis.quotes.quoted_parts import UNSPOKEN_CUES, quoted_parts
from newsweave.synthesis.quotes.reported import Reported, find_reported
from newsweave.synthesis.quotes.shapes import (
    according_to,
    clause_name,
    closing_appositive,
    colon_speaker,
    inverted_description,
    inverted_office_name,
    opening_participle_name,
    text_reading,
)
from newsweave.synthesis.quotes.spans import MARK_CHARS, QuoteSpan, find_quote_spans, mark_start
from newsweave.synthesis.quotes.speakers import person_noun, speaker_type
from newsweave.synthesis.quotes.subjects import direct_subject, told_by_name
from newsweave.synthesis.quotes.transcript import Turn, credit_speaker, transcript_turns, turn_at
from newsweave.text.lexicons import ranges_mask

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

# Paragraphs shorter than this (words) are captions / "Advertisement" leftovers, not prose
# (but for a verb's line introducing the quote after it: "Cruz continued:").
MIN_PROSE_WORDS = 4
# Such leftovers come one or two at a time: a stand-alone quote looks back past at most this
# many of them for the reported speech it continues (a text of thousands of one-word lines
# must not make every quote walk back through all of them).
MAX_SKIPPED_PARAGRAPHS = 5
# How quoted words cut from a longer quote open.
ELLIPSES = ("...", "…")


@dataclass
class _Draft:
    """A quote being attributed; inheritance fills in the speakers the quote itself lacks."""

    span: QuoteSpan
    text: str
    kind: Kind
    cue: Token | None = None
    cue_text: str | None = None
    speaker: Speaker | None = None
    para: int = 0
    para_start: bool = False  # the quote opens its paragraph
    # what a thing is named or labelled, or a work's title (kinds.named_thing, placed_title,
    # work_title): nobody's words
    named: bool = False
    attributed: bool = False  # attribution found for this quote itself
    cue_span: tuple[int, int] | None = None  # the cue occurrence: one per attribution
    # the quote before, which a quoted sentence standing alone goes on from (:mod:`.continued`)
    follows: _Draft | None = None
    # its own reading, from the cue after it that it passed: a quote after that cue's report
    passed: _Draft | None = None


@dataclass(frozen=True)
class _ArticleText:
    """One article's text and parse, with the lookups every quote's attribution shares."""

    text: str
    doc: Doc
    idx: ArticleIndex
    sent_index: list[SpacySpan]
    sent_chars: list[int]  # start offset of each sentence of ``sent_index``
    para_starts: list[int]
    quote_char: bytearray  # non-zero on the quotes and their marks
    reported: list[Reported]  # the reported speech (:func:`~.reported.find_reported`)
    telling: frozenset[int]  # cues whose reported words follow them (:func:`.telling_cues`)

    def para_of(self, pos: int) -> int:
        """Index of the paragraph holding offset ``pos``."""
        lo, hi = 0, len(self.para_starts)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.para_starts[mid] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo - 1

    def para_bounds(self, p: int) -> tuple[int, int]:
        """Start and end offsets of paragraph ``p`` (its newline excluded)."""
        end = (self.para_starts[p + 1] - 1) if p + 1 < len(self.para_starts) else len(self.text)
        return self.para_starts[p], end

    def sentences_in(self, a: int, b: int) -> list[SpacySpan]:
        """The sentences starting at an offset in ``a..b`` (a binary search, not a scan), and
        one the parser opened before ``a`` on nothing but the closing mark of the paragraph
        before ('”¶ In a separate call, Dunn makes the connection…': the sentence is this
        paragraph's, its first)."""
        lo, hi = bisect_left(self.sent_chars, a), bisect_left(self.sent_chars, b)
        if lo > 0 and not self.text[self.sent_chars[lo - 1] : a].strip(CLOSING_MARKS + " \n"):
            lo -= 1
        return self.sent_index[lo:hi]


def _article_text(text: str, doc: Doc, spans: list[QuoteSpan]) -> _ArticleText:
    """The shared lookups; a quote's marks count as quoted, so no cue is taken from them."""
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    quote_char = ranges_mask(
        len(text) + 1, ((max(0, sp.start - 1), min(len(text), sp.end + 1)) for sp in spans)
    )
    sents = doc_sents(doc)
    reported = find_reported(doc, quote_char)
    return _ArticleText(
        text,
        doc,
        article_index(doc),
        sents,
        [s.start_char for s in sents],
        para_starts,
        quote_char,
        reported,
        telling_cues(reported),
    )


def extract_quotes(
    article: Article, doc: Doc, *, between: Callable[[], None] | None = None
) -> list[QuoteMention]:
    """Every attribution in ``article``, in text order: direct quotes (offsets exclude the
    marks) and reported speech, each with its speaker, role, cue and form.

    ``doc`` is the article's spaCy parse (the pipeline's ``analyses`` hold it); ``between``
    runs before each quote is attributed (a time budget's check, which may raise to stop).
    """
    text = article.text
    spans = find_quote_spans(text)
    at = _article_text(text, doc, spans)
    drafts: list[_Draft] = []
    for sp in spans:
        if between is not None:
            between()
        sp = _trim(sp, text)
        if sp is None or text[max(0, sp.start - 2) : sp.start - 1] == "=":
            continue  # an attribute value of markup left in the text (author="…")
        if is_crosshead(sp, text, at.para_bounds(at.para_of(sp.start))):
            continue  # a section's heading ("‘Rewritten Narrative’"): nobody's words
        toks = list(doc.char_span(sp.start, sp.end, alignment_mode="expand") or [])
        d = _new_draft(sp, toks, at)
        _attribute(d, toks, at, _quote_before(d, drafts, at))
        drafts.append(d)
    _inherit(drafts, at)
    turns = transcript_turns(text, doc, at.idx)
    _give_turns(drafts, turns)
    spoken = _unquoted_turns(turns, at)
    reports = _reported_mentions(article.id, at, turns, spoken)
    # (a title in a report's words is no quoted part of it: "told of a song like “Whole Lotta
    # Love”" lists no term of the teller's)
    mentions = quoted_parts(
        [_mention(article.id, d, at.idx) for d in drafts if not d.named], reports, doc
    )
    mentions.extend(_mention(article.id, d, at.idx) for d in drafts if d.named)
    mentions.extend(_turn_mention(article.id, t, at) for t in spoken)
    mentions.extend(reports)
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _unquoted_turns(turns: list[Turn], at: _ArticleText) -> list[Turn]:
    """The transcript turns printed without quotation marks ("FALLIN: I think we need…"):
    no mark opens the turn and its first word is no quote's, so the words are nobody's until
    the turn gives them (a quoted turn is a quote already, the turn's speaker's)."""
    return [t for t in turns if not t.quoted and not at.quote_char[t.body]]


def _turn_mention(article_id: str, turn: Turn, at: _ArticleText) -> QuoteMention:
    """A turn's words as the speaker's verbatim statement (``form`` direct: a transcript
    prints what was said, word for word). No verb introduces them: like a headline's
    "Name:", the label's colon is the cue occurrence and there is no cue word."""
    end = turn.end
    while end > turn.body and at.text[end - 1].isspace():
        end -= 1
    colon = at.text.rindex(":", turn.start, turn.body)
    return _credited(
        article_id,
        turn.speaker,
        at.idx,
        text=at.text[turn.body : end],
        start=turn.body,
        end=end,
        form="direct",
        cue_span=Span(article_id, colon, colon + 1),
    )


def _give_turns(drafts: list[_Draft], turns: list[Turn]) -> None:
    """A quote inside a transcript turn with no cue of its own is the turn's speaker's, not
    the inherited speaker of the prose before the transcript."""
    for d in drafts:
        turn = turn_at(turns, d.span.start) if d.cue is None and d.kind == "statement" else None
        if turn is not None:
            d.speaker = turn.speaker
            d.attributed = True


def _reported_mentions(
    article_id: str, at: _ArticleText, turns: list[Turn], spoken: list[Turn]
) -> list[QuoteMention]:
    """The article's reported speech (:mod:`.reported`), attributed like the direct quotes;
    an "I" in a transcript turn ("FALLIN: I think…") is the turn's speaker. In a turn of
    ``spoken`` (listed whole as the speaker's statement) that "I think…" is part of the
    statement, not a second report; what the speaker reports of others stays."""
    out = []
    for r in at.reported:
        speaker = resolve_subject(r.source, at.idx) if r.source is not None else None
        if speaker is not None and r.source is not None and r.source.lower_ == "i":
            turn = turn_at(turns, r.start)
            if turn is not None and turn in spoken:
                continue
            if turn is not None:
                here = (r.source.idx, r.source.idx + 1)
                speaker = replace(turn.speaker, span=here, chain=(here, *turn.speaker.chain))
        if speaker is not None and r.source is not None and not speaker.name:
            speaker = group_speaker(r.source, speaker)
        if r.source is not None and r.source.conjuncts and speaker is not None:
            # "Schumer and Pelosi said …", "Both Russia and Ukraine accused each other …": the
            # parse's subject is the first party; the report is all of theirs
            speaker = coordinated_speaker(r.source, speaker, at.idx)
        out.append(
            _credited(
                article_id,
                speaker,
                at.idx,
                text=without_aside(r.cue, r.start, r.end),
                start=r.start,
                end=r.end,
                # a headline's colon ("McCain: …") marks the claim but is no word to show
                cue=cue_words(cue_text(r.cue), r.cue, r.start) if r.cue.is_alpha else None,
                form=r.form,
                cue_span=Span(article_id, *cue_chars(r.cue)),
            )
        )
    return out


def _new_draft(sp: QuoteSpan, toks: list[Token], at: _ArticleText) -> _Draft:
    """The quote's words, kind and paragraph, not yet attributed."""
    text = at.text
    qtxt = text[sp.start : sp.end]
    p = at.para_of(sp.start)
    before = text[at.para_starts[p] : max(at.para_starts[p], mark_start(sp, text))]
    starts_sentence = bool(toks) and not any(
        not t.is_punct and not t.is_space for t in at.doc[sentence_start(toks[0]) : toks[0].i]
    )
    tail = text[sp.end : sp.end + 2]  # the comma the trimmed quote ends at, in or out of the marks
    comma = tail[:1] == "," or (tail[:1] in MARK_CHARS and tail[1:] == ",")
    words = [t for t in toks if not t.is_punct and not t.is_space]
    after = text[sp.end : at.para_bounds(p)[1]]
    named = bool(words) and (
        named_thing(words, before)
        or placed_title(words, before, after)
        or work_title(words, before)
    )
    kind = quote_kind(toks, qtxt, starts_sentence, comma, named)
    return _Draft(sp, qtxt, kind, para=p, para_start=not before.strip(), named=named)


def _attribute(d: _Draft, toks: list[Token], at: _ArticleText, before: _Draft | None) -> None:
    """The quote's own cue and speaker, from the unquoted words of its sentences. A quoted
    sentence standing alone after the quote ``before`` (:func:`_quote_before`) takes no cue
    after it that tells words of its own: it goes on from ``before`` (:mod:`.continued`)."""
    sp = d.span
    qtoks = {t.i for t in toks}
    # the sentences the quote runs over: "according to X" closes a quote of several sentences
    # in its last one ('"These can be… That's because…," according to the USDA.')
    sents = at.doc[sentence_start(toks[0]) : sentence_end(toks[-1])] if toks else None
    outside = _outside_words(sp, toks, qtoks, d.para, at)
    cues = [
        c
        for c in find_cues(qtoks, {t.i for t in outside}, at.doc)
        if c.i not in qtoks and not at.quote_char[c.idx] and not introduces_next(c, sp, at.text)
    ]
    adjacent = attribution_clause(sp, outside, at.text)
    if adjacent is not None and introduces_next(adjacent, sp, at.text):
        adjacent = None
    if adjacent is not None and adjacent not in cues:
        cues.append(adjacent)
    cue, speaker = _cued_speaker(cues, adjacent, outside, sp, at, d.kind == "statement")
    if cue is not None and (speaker is None or not speaker.name) and _label_cue(cue, sp, at.text):
        # a cue that names no one inside a label before a colon ("Frank Keating, responding
        # to Obama's comments criticizing the fee: “…”"): the person or organisation the label
        # names speaks ("The war criminal, who carried out the Holocaust, wrote:" is no
        # Holocaust's)
        labelled = colon_speaker(sp, at.text, at.doc, at.idx, at.para_starts[d.para])
        if labelled is not None and labelled.name and labelled.label in ("PERSON", "ORG"):
            cue, speaker = None, labelled
    reading = text_reading(sp, at.doc) if cue is None else None
    if reading is not None:
        cue, speaker = reading.cue, reading.speaker  # '"…," the email read': the text speaks
    credit = credit_speaker(at.text, sp.end, at.idx) if cue is None else None
    if credit is not None:
        speaker = credit  # "“…” ― Pamela Padilla": the line credits the quote
    elif cue is None:
        acc = according_to(sents, {t.i for t in outside}) if sents is not None else None
        if acc is not None:
            cue = acc[0]
            speaker = resolve_subject(acc[1], at.idx)
        else:
            speaker = colon_speaker(sp, at.text, at.doc, at.idx, at.para_starts[d.para])
    if d.kind == "term" and (d.named or title_case([t for t in toks if not t.is_punct])):
        cue, speaker = None, None  # a show, a book, a slogan: nobody is quoted
    if (
        before is not None
        and cue is not None
        and next_sentence_telling(sp, cue, at.text, at.telling)
    ):
        d.follows = before
        d.passed = _Draft(
            sp, d.text, d.kind, cue, cue_text(cue), speaker, d.para, cue_span=cue_chars(cue)
        )
        return
    d.cue = cue
    d.cue_text = cue_text(cue) if cue is not None else None
    d.cue_span = cue_chars(cue) if cue is not None else None
    d.speaker = speaker
    d.attributed = speaker is not None


# Pronouns of the writer, who tells of a quote and is no speaker of it ("we noted how …").
WRITERS_PRONOUNS = frozenset({"we", "i"})


def _quote_before(d: _Draft, drafts: list[_Draft], at: _ArticleText) -> _Draft | None:
    """The quote ``d`` may go on from (:mod:`.continued`): ``d`` is a statement that is a
    sentence of its own, and the last statement before it (past titles) has a cue or a speaker
    of its own, in ``d``'s paragraph or closing the paragraph that ``d`` opens after it."""
    if d.kind != "statement" or not whole_sentence(d.span, at.text, at.para_starts[d.para]):
        return None
    prev = next((x for x in reversed(drafts) if x.kind == "statement"), None)
    if prev is None or (prev.cue is None and not prev.attributed):
        return None
    here = prev.para == d.para or (
        d.para_start and prev.para == _prose_paragraph_before(d.para, at)
    )
    return prev if here else None


def _outside_words(
    sp: QuoteSpan, toks: list[Token], qtoks: set[int], p: int, at: _ArticleText
) -> list[Token]:
    """The unquoted tokens of the sentences the quote touches, inside its paragraph (at most
    :data:`MAX_CONTEXT_TOKENS` either side of the quote)."""
    ctx: list[Token] = []
    if toks:
        doc = at.doc
        hi = sentence_end(toks[-1])
        ctx.extend(doc[sentence_start(toks[0]) : hi])
        # an attribution split off as its own sentence right after the quote ("…!' Trump said.")
        if hi < len(doc) and doc[hi].is_sent_start:
            gap = at.text[sp.end : doc[hi].idx]
            if "\n" not in gap and len(gap.strip()) <= 2:
                ctx.extend(doc[hi : sentence_end(doc[hi])])
    return [
        t for t in ctx if t.i not in qtoks and not at.quote_char[t.idx] and at.para_of(t.idx) == p
    ]


def _cued_speaker(
    cues: list[Token],
    adjacent: Token | None,
    outside: list[Token],
    sp: QuoteSpan,
    at: _ArticleText,
    spoken: bool,
) -> tuple[Token | None, Speaker | None]:
    """The cue and speaker of the quote from its cue verbs; (None, None) without a cue.
    ``spoken``: the quote is a statement, which an unnamed group may have made; a label is
    no group's (a described group is nobody's stance, and its term would read as one)."""
    # the first cue with a subject wins ("said it's unrealistic to think that…":
    # "think" has no subject of its own, "said" has)
    for c in cues:
        subj = subject_of(c) or (c.head if told_by_name(c) else None)
        if subj is not None and not at.quote_char[subj.idx]:
            # an unnamed group ("Organizers said in a statement that “…”") is named by its
            # noun phrase, as its reported speech is: "unattributed" would hide who spoke;
            # not by a thought ("how the police used to think… I'm like, “So it's my
            # fault”": the words are the thinker's only when they are named)
            speaker = resolve_subject(subj, at.idx)
            if not speaker.name:
                # (or a subject after its cue: '"…" by the senator, said someone familiar…')
                after_cue = right_after(c, sp, at.text) or subj.i == c.i + 1
                described = inverted_description(c) if after_cue else None
                opening = opening_participle_name(subj, at.idx)
                speaker = closing_appositive(subj, at.idx) or opening or described or speaker
            if speaker.name or not spoken or c.lemma_.lower() in UNSPOKEN_CUES:
                return c, speaker
            # ("what the banks are saying is that '…'": whoever tells what a group says puts
            # it in words of their own, the group's stance, no quote of it)
            retold = any(k.dep_ == "dobj" and k.tag_ in WH_TAGS for k in c.children)
            return c, speaker if retold else group_speaker(subj, speaker)
    closing = next((c for c in cues if right_after(c, sp, at.text)), None)
    office = inverted_office_name(closing, at.idx) if closing is not None else None
    if office is not None:
        return closing, office  # (before a piece of the office the NER typed ORG)
    if adjacent is not None:
        # a parse that lost the subject ('"…," Ramos, 58, told AFP'): the name in the
        # attribution clause itself, right before or after the cue
        named = clause_name(adjacent, outside, sp, at.idx)
        if named is not None:
            return adjacent, named
    if cues:
        # an inversion the parse read as an object ('"…," offered Mickey Hart', 'offers
        # Weir, "…"'): the name right after a cue that stands right after the quote, or
        # right before it; else an unnamed person described there ('"…," said one visibly
        # shaken firefighter')
        c = cues[0]
        after = right_after(c, sp, at.text)
        inverted = after or name_before(c, sp, at.text)
        named = clause_name(c, outside, sp, at.idx) if inverted else None
        if named is None and after:
            named = inverted_description(c)
        return c, named or Speaker(None, None, None)
    return None, None


def _mention(article_id: str, d: _Draft, idx: ArticleIndex) -> QuoteMention:
    """The finished draft, with the speaker's role as the article gives it."""
    return _credited(
        article_id,
        d.speaker,
        idx,
        text=d.text,
        start=d.span.start,
        end=d.span.end,
        cue=d.cue_text,
        kind=d.kind,
        cue_span=Span(article_id, *d.cue_span) if d.cue_span else None,
    )


def _credited(
    article_id: str, speaker: Speaker | None, idx: ArticleIndex, **said: Any
) -> QuoteMention:
    """A mention of what ``said`` gives (its text, offsets, cue, form or kind), credited to
    ``speaker``: the name, its span, the role the article gives it, its type and the chain
    that resolved it. Direct quotes, reported speech and transcript turns all end here."""
    name = speaker.name if speaker else None
    return QuoteMention(
        article=article_id,
        speaker=name,
        speaker_span=Span(article_id, *speaker.span) if speaker and speaker.span else None,
        speaker_role=idx.roles.get(name) if name else None,
        speaker_type=speaker_type(speaker.label, name) if speaker else None,
        speaker_chain=tuple(Span(article_id, *c) for c in speaker.chain) if speaker else (),
        **said,
    )


def _trim(sp: QuoteSpan, text: str) -> QuoteSpan | None:
    """Drop the spaces and the comma / colon that American style puts inside the marks."""
    s, e = sp.start, sp.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    if e <= s or not any(c.isalnum() for c in text[s:e]):
        return None
    return QuoteSpan(s, e, sp.open_mark, sp.close_mark, sp.continues, sp.continuation)


def _inherit(drafts: list[_Draft], at: _ArticleText) -> None:
    """Give unattributed quotes the speaker of the quote or paragraph they continue."""
    by_para: dict[int, list[_Draft]] = {}
    for d in drafts:
        by_para.setdefault(d.para, []).append(d)
    carried: set[int] = set()  # quotes that took the attribution of the quote before them
    interview = is_interview(at.text)
    for k, d in enumerate(drafts):
        if d.attributed or d.kind == "term":
            continue
        prev = drafts[k - 1] if k else None
        # a multi-paragraph quote: every piece has the speaker of the piece before
        if prev is not None and (d.span.continuation or prev.span.continues) and prev.speaker:
            _copy(d, prev, same_attribution=True)
            carried.add(k)
            continue
        if d.follows is not None:  # more of the quote before it, whoever spoke it
            _copy(d, d.follows, same_attribution=True)
            carried.add(k)
            continue
        # a later quote in the same paragraph, after an attributed one or one that took its
        # attribution ('"A," he said. "B." "C."'), past a title between them ('"A," he said
        # on ABC's "This Week." "B."')
        j = k - 1
        while j >= 0 and drafts[j].para == d.para and drafts[j].kind == "term":
            j -= 1
        if j >= 0 and drafts[j].para == d.para and _own_label(drafts[j].span, d.span, at.text):
            continue
        if j >= 0 and drafts[j].para == d.para and (drafts[j].attributed or j in carried):
            _copy(d, _as_read_at(drafts[j], d.span.start), same_attribution=True)
            carried.add(k)
            continue
        if _resumes(d, at) and _inherit_quote_before(d, by_para, at):
            continue
        if not d.para_start:
            _inherit_reported_speech(d, at)
            continue
        if interview and _answer(d, by_para, at):
            continue
        _inherit_paragraph_before(d, by_para, at)
    # the first paragraphs of a multi-paragraph quote whose attribution comes at the end, and
    # the first half of a split quote whose attribution only the second half's parse reached
    # ('“…,” Blackwell continued, “…”': a weak cue is a cue where it governs the quote)
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if d.speaker is not None:
            continue
        multi = (d.span.continues or nxt.span.continuation) and nxt.speaker is not None
        if multi or (d.kind == "statement" and _split_by(nxt, d.span.end, at.text)):
            _copy(d, nxt, same_attribution=True)


def _resumes(d: _Draft, at: _ArticleText) -> bool:
    """Whether ``d`` opens its paragraph on an ellipsis ('“ ... and then we left'), past its
    mark and any space: words cut from a longer quote, which go on from the quote before."""
    a, _b = at.para_bounds(d.para)
    lead = at.text[a : d.span.start].strip(CLOSING_MARKS + "\t")
    return not lead and d.text.startswith(ELLIPSES)


def _inherit_quote_before(d: _Draft, by_para: dict[int, list[_Draft]], at: _ArticleText) -> bool:
    """Give ``d`` the speaker of the last named quote of the paragraph before; False, ``d``
    untouched, when that paragraph quotes no one named (a reported account before it names
    no one whose words these cut words are)."""
    p = _prose_paragraph_before(d.para, at)
    pq = [x for x in by_para.get(p, ()) if x.kind == "statement" and x.speaker is not None]
    if not pq or not pq[-1].speaker or not pq[-1].speaker.name:
        return False
    _copy(d, _as_read_at(pq[-1], d.span.start), same_attribution=True)
    return True


def _label_cue(cue: Token, sp: QuoteSpan, text: str) -> bool:
    """Whether a colon stands right before the quote's opening mark and ``cue`` is a word
    inside the clause before it that has no speaker of its own ("Frank Keating, responding to
    Obama's comments criticizing the fee: “…”" is Keating's): not a cue right at the colon,
    which governs the quote whatever its subject ("The war criminal … further wrote: “…”"),
    nor one with a subject of its own, however unnamed ("activists chanted slogans, with one
    banner reading: “…”" is no words of the person the sentence opens on). The writer's "we"
    is no speaker ("we noted how NBC's Al Michaels said of the contract: “…”")."""
    before = text[: mark_start(sp, text)].rstrip()
    if not before.endswith(":") or not before[cue.idx + len(cue.text) : -1].strip():
        return False
    own = direct_subject(cue)
    return own is None or own.lower_ in WRITERS_PRONOUNS


def _own_label(before: QuoteSpan, sp: QuoteSpan, text: str) -> bool:
    """Whether words of their own and a colon stand between the quote ``before`` and ``sp``
    ('“Warren Buffett wants him to pay more taxes.” Per a little bird: “While we…”'): a
    source of its own, unnamed when no one took it for a speaker, not the one before."""
    between = text[before.end : mark_start(sp, text)].lstrip(CLOSING_MARKS + " ").rstrip()
    return between.endswith(":") and any(c.isalpha() for c in between)


def _split_by(second: _Draft, end: int, text: str) -> bool:
    """Whether ``second`` is the second half of a quote ending at ``end`` in a comma, split by
    its own attribution: its cue stands between the halves, in one clause (no sentence ends)."""
    cue = second.cue
    if second.kind != "statement" or not second.attributed or cue is None:
        return False
    between = text[end : second.span.start]
    comma = between[:1] == "," or (between[:1] in MARK_CHARS and between[1:2] == ",")
    return comma and end <= cue.idx < second.span.start and not re.search(r"[.!?;\n]", between)


def _inherit_reported_speech(d: _Draft, at: _ArticleText) -> None:
    """A quote sentence after reported speech in the same paragraph ("Coan argues that his
    client… 'His intent was…'"): the speaker of the nearest speech verb before it."""
    a, _b = at.para_bounds(d.para)
    before = at.sentences_in(a, d.span.start - 1)[-MAX_ANTECEDENT_SENTENCES:]
    for s_ in reversed(before):
        cue = next(
            (
                t
                for t in s_[:MAX_CONTEXT_TOKENS]
                if is_cue(t, governing=False) and not at.quote_char[t.idx]
            ),
            None,
        )
        subj = subject_of(cue) if cue is not None else None
        if subj is not None:
            spk = resolve_subject(subj, at.idx)
            if spk.name:
                d.speaker = Speaker(spk.name, None, spk.label)
                d.cue_text = cue_text(cue)
            break


def _prose_paragraph_before(p: int, at: _ArticleText) -> int:
    """The nearest paragraph before ``p`` long enough to be prose (past at most
    :data:`MAX_SKIPPED_PARAGRAPHS` short ones), or -1. A short one that closes on a colon after
    a verb ("Cruz continued:", "Stated Stone:") is prose: it introduces the quote after it."""
    for q in range(p - 1, max(-1, p - 2 - MAX_SKIPPED_PARAGRAPHS), -1):
        a, b = at.para_bounds(q)
        line = at.text[a:b].rstrip()
        if len(line.split()) >= MIN_PROSE_WORDS or (line.endswith(":") and _has_verb(a, b, at)):
            return q
    return -1


def _has_verb(a: int, b: int, at: _ArticleText) -> bool:
    """Whether the words between offsets ``a`` and ``b`` hold a verb ("Jan. 24, 2018:" none)."""
    return any(
        t.pos_ in ("VERB", "AUX") for t in at.doc.char_span(a, b, alignment_mode="expand") or ()
    )


def _inherit_paragraph_before(
    d: _Draft, by_para: dict[int, list[_Draft]], at: _ArticleText
) -> None:
    """A stand-alone quote paragraph: the speaker of the reported speech right before it."""
    p = _prose_paragraph_before(d.para, at)
    if p < 0:
        return
    pq = [x for x in by_para.get(p, ()) if x.speaker is not None and x.kind == "statement"]
    if pq and pq[-1].speaker and pq[-1].speaker.name:
        _copy(d, _as_read_at(pq[-1], d.span.start), same_attribution=True)
        return
    a, b = at.para_bounds(p)
    sents = at.sentences_in(a, b)
    if not sents:
        return
    intro = at.text[a:b].rstrip().endswith(":")
    # "Cruz continued:" / "Clinton released the following statement:" introduce the quote;
    # otherwise the paragraph's first sentence must be reported speech (a cue verb), or
    # its last sentence must be about a named person (the quote continues their account)
    for s, need_cue, person_only in (
        ((sents[-1], False, False),)
        if intro
        else ((sents[0], True, False), (sents[-1], False, True))
    ):
        root = introducing_verb(s, a, b) if intro else s.root
        if need_cue and not is_cue(root, governing=False):
            continue
        subj = subject_of(root) if root.pos_ in ("VERB", "AUX") else None
        if subj is None:
            continue
        spk = resolve_subject(subj, at.idx)
        if intro and not spk.name and person_noun(subj.lemma_.lower()):
            # ("Vasiliades’ lawyer released the following statement:"): the clause the
            # paragraph closes on with a colon introduces the quote; its unnamed subject, a
            # person or body ("just a few comments:" is none), is named by its description
            spk = described(subj) or spk
        if spk.name and (not person_only or spk.label == "PERSON"):
            d.speaker = Speaker(spk.name, None, spk.label)
            d.cue_text = cue_text(root) if is_cue(root, governing=True) else None
            if intro and d.cue_text is not None:
                # the introducing verb is the cue occurrence: the paragraphs of a quote it
                # introduces, each taking it from the one before, are one attribution
                d.cue_span = cue_chars(root)
            break


def _answer(d: _Draft, by_para: dict[int, list[_Draft]], at: _ArticleText) -> bool:
    """An answer in a printed interview (:mod:`.interview`), a quote paragraph after a question
    paragraph: the speaker of the answer paragraph before the question, or, when prose comes
    before it (past bracketed links), the one person its verbs' subjects name (two people
    named there leave the interviewee open). False, ``d`` untouched, when it is no such answer
    or no one is found: a question asked of no one named is left to the rules after it."""
    p = _prose_paragraph_before(d.para, at)
    if p < 0 or not is_question(at.text[slice(*at.para_bounds(p))]):
        return False
    q = _prose_paragraph_before(p, at)
    while q >= 0 and is_aside(at.text[slice(*at.para_bounds(q))]):
        q = _prose_paragraph_before(q, at)
    if q < 0:
        return False
    answers = [x for x in by_para.get(q, ()) if x.kind == "statement"]
    if answers:
        before = answers[-1]
        if not answers[0].para_start or before.speaker is None or not before.speaker.name:
            return False
        _copy(d, _as_read_at(before, d.span.start))
        return True
    # (the paragraph's own words: the parser may run a sentence on from the one before)
    a, b = at.para_bounds(q)
    found = set()
    for t in at.doc.char_span(a, b, alignment_mode="expand") or ():
        subj = subject_of(t) if t.pos_ in ("VERB", "AUX") else None
        spk = resolve_subject(subj, at.idx) if subj is not None and a <= subj.idx < b else None
        if spk is not None and spk.name and spk.label == "PERSON":
            found.add(spk.name)
    if len(found) != 1:
        return False
    d.speaker = Speaker(found.pop(), None, "PERSON")
    return True


def _as_read_at(src: _Draft, pos: int) -> _Draft:
    """The attribution of ``src`` that a quote at ``pos`` after it continues: that of the cue
    ``src`` passed (:mod:`.continued`) once the quote stands past it ('“…” Greene added that
    the Fed wants out. “They don't like…”' goes on with Greene's report, not the quote)."""
    p = src.passed
    return p if p is not None and p.cue_span is not None and p.cue_span[0] < pos else src


def _copy(d: _Draft, src: _Draft, *, same_attribution: bool = False) -> None:
    """Inherit ``src``'s speaker and cue (not its span: the name is not in ``d``'s sentence).

    ``same_attribution``: ``d`` is another piece of ``src``'s utterance (the rest of a split
    or multi-paragraph quote), so it shares ``src``'s cue occurrence too.
    """
    d.speaker = Speaker(src.speaker.name, None, src.speaker.label) if src.speaker else None
    d.cue_text = src.cue_text
    if same_attribution:
        d.cue_span = src.cue_span
