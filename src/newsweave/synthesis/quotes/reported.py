"""Reported speech: what someone said, claimed or believes, told without quote marks.

A *reported* attribution is a cue (a speech or cognition verb of :data:`REPORT_CUES`, or
``according to``) with a clausal content and, usually, a source: ``Putin said he would speak
to Erdogan`` (content = the verb's clausal complement, speaker = its subject), the inverted
``the plant was safe, officials said`` (the same parse, content before the cue), ``according
to the ministry, the plant was safe`` (content = the clause the phrase modifies, speaker = the
object of "to"), ``Turkey told both leaders it was ready to host the talks`` (the addressee
is not the content), and a noun cue with a ``that`` clause (``the Kremlin's statement that
talks would resume``, speaker = the possessor). Without a clause: a verb whose object is the
message (``announced his resignation``, ``discussed the budget``), a stance spoken at a target
with what is said of it (``criticized the board for delaying the terminal``), a topic
(``spoke about how the dam failed``), an intention's infinitive (``Trump's plan to deport
11 million people``), and a headline's ``Name: claim`` or title-case ``Name Endorses
Name``. What these rules leave, a model fit on PolNeAR train may report
(:mod:`.patterns`): stances and beliefs without a speech verb ("is expected to win", "thinks
Cruz will lose", "blasted the plan").

The content's quoted share decides its form: content lying (almost) wholly inside a direct
quote is that direct quote, already extracted, and is left alone; content with some quoted
words inside is ``mixed``; content with none is ``indirect``. Everything is read from the
article's one spaCy parse.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.according import (
    HEARSAY_ADVERBS,
    according_to,
    hearsay,
    in_finding,
)
from newsweave.synthesis.quotes.asides import before_aside
from newsweave.synthesis.quotes.attribution import (
    MAX_CONTEXT_TOKENS,
    is_cue,
    quoted_source,
    sentence_end,
    sentence_start,
    subject_of,
)
from newsweave.synthesis.quotes.contents import (
    CIRCUMSTANCE_PREPS,
    OCCASION_ENTS,
    appeal_or_name,
    held_first,
    in_paragraph,
    interjected,
    interrupted,
    main_clause,
    marks_whole,
    paragraph_end,
    paragraph_start,
    past_occasion,
    past_relative,
    relative_that,
    series_end,
)
from newsweave.synthesis.quotes.cues import (
    ADDRESS_CUES,
    CLAUSE_BREAKS,
    CLAUSE_ONLY_CUES,
    CLOSING_DEPS,
    DESCRIBE_CUES,
    HELD_NOUNS,
    INFINITIVE_CUES,
    INTENT_NOUNS,
    MEDIUM_NOUNS,
    NAMING_VERBS,
    OBJECT_CUES,
    PRO_FORMS,
    REFUSING_VERBS,
    REPORT_CUES,
    REPORT_NOUNS,
    TALK_VERBS,
    TARGET_CUES,
    TOPIC_CUES,
    WH_TAGS,
)
from newsweave.synthesis.quotes.headlines import headline_claim, headline_verb, set_headline
from newsweave.synthesis.quotes.messages import (
    bare_stance,
    issued_only,
    no_message,
    perceived,
    said_of,
    topic_only,
    writes_a_thing,
)
from newsweave.synthesis.quotes.patterns import (
    MIN_CONTENT_WORDS,
    RAISING_VERBS,
    RuledContent,
    concession,
    cue_lemma,
    learned_report,
    source_kind,
    trimmed,
)
from newsweave.synthesis.quotes.questions import (
    asked_of,
    open_question,
    own_agent,
    reduced_passive,
)
from newsweave.synthesis.quotes.subjects import clause_partner_subject
from newsweave.text.statement_patterns import LINKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token

# Relations by which the parse hangs on the cue what its content goes on with (see
# extended_end): a coordinated verb, an adverbial clause, an infinitive, a prepositional
# phrase ("including…", "compared to…", "despite…") unless it tells how it was said, and a
# second clause: one a content before its cue resumes with ("It is no surprise, Garin said,
# that Clinton did better"), or one after the first ("said the inquiry had found nothing, had
# started after her tenure and been suspended", "showed that moderates, … mostly backed
# Clinton": the parser hangs each clause on the cue; on PolNeAR train all-attribution P/R/F1
# 0.8352/0.7402/0.7848 -> 0.8365/0.7414/0.7861 with it; see extended_end for which).
EXTENDING_DEPS = frozenset(["conj", "advcl", "xcomp", "dep", "prep", "ccomp"])
# (CIRCUMSTANCE_PREPS' prepositions, after an object, go on with what is said of it: "blamed
# the flooding [on the canal]", "estimated the bill [at $40 million]", "recommended a ban [in
# the harbour]", unless they name an occasion or a medium, see _occasion. On the five held-out fifths of train, each fit on
# the other four, the model scoring every lemma: all-attribution P/R/F1 0.800/0.690/0.741 ->
# 0.802/0.693/0.743. The occasion's exception costs 0.0006 F1 on train, PolNeAR's contents
# sometimes running on "in a statement": kept, so that no listed content reads so.)
_SAID_OF_CUES = TARGET_CUES | DESCRIBE_CUES | TOPIC_CUES.keys()
# Prepositions that name whose a report noun is ("a suggestion by the media that…").
AGENT_PREPS = frozenset(["by", "from"])
# Words of a cue's own clause before it: "as he later wrote", "she had said".
OWN_DEPS = frozenset(["mark", "nsubj", "aux", "advmod", "neg"])
# Content wholly quoted is a direct quote: this share of its letters inside quote marks.
DIRECT_SHARE = 0.8

Form = Literal["indirect", "mixed"]

# Kinds of cue left out inside another report's content (see _within_report): REPORT_CUES'
# beliefs and findings, and any cue outside REPORT_CUES (an object, a stance, the model's).
NESTED_KINDS = frozenset(["cognition", "evidence", "nested"])

# Relation by which the parse hangs a participle's clause on a content's words, set after them
# by a comma ("…, believing that…"; see _runs_on). A coordinated verb ("… and claimed…") too: on
# the five held-out fifths of train no gain (0.7476 -> 0.7474), half of them not annotated.
RUN_ON_DEPS = frozenset(["advcl"])


@dataclass(frozen=True)
class Reported:
    """One reported attribution: content offsets, its cue, the source token, its form."""

    start: int
    end: int
    cue: Token
    source: Token | None
    form: Form


def find_reported(doc: Doc, quoted: bytearray) -> list[Reported]:
    """Every reported attribution of ``doc``; ``quoted`` is non-zero on quoted characters.

    A cue inside a quote is the quoted speaker's own report ("'They told us it was safe,'
    he said"): the quote as a whole is the attribution, so it is not split further.
    """
    out: list[Reported] = []
    cores: dict[int, int] = {}  # cue index -> end of the content before extended_end's siblings
    headline = headline_claim(doc)
    titled = headline_verb(doc) if headline is None else None
    for tok in doc:
        if quoted[tok.idx] or concession(tok):
            continue
        lemma = cue_lemma(tok)
        # a question put to someone is no report of theirs: the rules, which take the subject
        # for the source, leave it to the model, whose source is the asker (.questions)
        asked = asked_of(tok)
        if headline is not None and tok == headline.cue:
            found = headline
        else:
            found = None if asked else _reported_at(tok, lemma) or _closing(tok, lemma)
            found = found or _pro_form(tok, lemma)
        if found is None and titled is not None and tok == titled.cue:
            found = titled
        ruled = _ruled(doc, found, quoted) if found is not None else None
        if ruled is not None:
            if not open_question(lemma, doc, ruled[0].start):
                out.append(ruled[0])
                cores[tok.i] = ruled[1]
            continue
        # what the rules leave, the model fit on PolNeAR train may report (.patterns)
        learned = learned_report(tok, lemma)
        if learned is None or _refused(tok, lemma, learned.candidate.relation):
            continue
        if relative_that(tok, learned.candidate.lo):
            continue
        start, end = learned.start, learned.end
        lo, hi = in_paragraph(tok, learned.candidate.lo, learned.candidate.hi)
        lo = past_occasion(tok, past_relative(tok, lo, hi), hi)
        hi = _before_next_report(tok, lo, series_end(tok, lo, extended_end(tok, lo, hi, quoted)))
        hi = before_aside(tok, lo, hi)
        lo = held_first(tok, learned.candidate, lo)
        if (lo, hi) != (learned.candidate.lo, learned.candidate.hi):
            start, end = trimmed(doc, lo, hi, 1)
            if end <= start:
                continue
        form = _form(doc, start, end, quoted)
        start, end = marks_whole(doc_text(doc), start, end, quoted)
        if form is not None and not open_question(lemma, doc, start):
            source = own_agent(tok) if asked else learned.candidate.source
            out.append(Reported(start, end, tok, source, form))
            cores[tok.i] = min(end, _char_end(doc[learned.candidate.hi]))
    out = [
        r
        for r in out
        if not _quotation_over_cue(doc, r, quoted)
        and not _out_of_parenthesis(doc, r)
        and not set_headline(doc, r.cue.idx)
    ]
    out = [replace(r, source=own_agent(r.cue)) if reduced_passive(r.cue) else r for r in out]
    # (who tells it, once found: a verb the tense joins to the clause it goes on from)
    out = [
        replace(r, source=partner) if (partner := clause_partner_subject(r.cue)) else r for r in out
    ]
    # a thing issued gives way to the participle that says what it says ("issued a statement
    # saying that…": the statement's words are the report, not "a statement saying…")
    telling = {r.cue.i for r in out}
    out = [r for r in out if not issued_only(r.cue, r.start, r.end, quoted, telling)]
    nouns = _report_nouns_by_verb(out)
    # a light verb's report gives way to its noun's first, so that it hides no report inside
    # it ("avoided direct criticism of Trump": before, each dropped the other; on the five
    # held-out fifths of train all-attribution F1 0.7479 -> 0.7496)
    out = [r for r in out if not _light_verb(r, nouns.get(r.cue.i, ()))]
    # nested is a cue inside another's own content, not inside the siblings extended_end ran it
    # over ("has not endorsed Trump [and has been a pointed critic of his style]": a report
    # of its own; on train all-attribution F1 0.7818 -> 0.7834)
    core = {r.cue.i: replace(r, end=cores[r.cue.i]) for r in out}
    contents = _Contents(list(core.values()))
    return [_unlinked(doc, r) for r in out if not _within_report(core[r.cue.i], contents)]


def _unlinked(doc: Doc, r: Reported) -> Reported:
    """``r`` without the word tying its sentence to the writer's one before ("But he did take
    time off, Harding told the paper": Harding said he took time off): the speaker never said it.
    Not when the cue's own clause comes right after it ("Furthermore, he said, the players…",
    listed without that aside: see :func:`.contents.without_aside`)."""
    link = LINKING.match(doc_text(doc), r.start, r.end)
    if link is None or any(t.idx == link.end() for t in (r.cue, *r.cue.children) if t.i <= r.cue.i):
        return r
    return replace(r, start=link.end())


def _quotation_over_cue(doc: Doc, r: Reported, quoted: bytearray) -> bool:
    """Whether ``r`` runs from a quotation over its own cue: the parser took a line before
    the quotation (a link's headline with no full stop) for the sentence's subject and the
    quotation with it ("Baby survives fall ... // “She looked like a doll,” recalled a
    neighbor, as she wiped away a tear"). The quotation is the neighbour's direct quote, not
    part of a report that holds its cue. A content that resumes after a cue set off by
    commas ("The plant, officials said, was safe") is said in the reporter's words before
    it, and stays."""
    if not r.start < r.cue.idx < r.end:
        return False
    # (from the cue's own clause on: '“…,” as he later wrote, Leeuwenhoek was…')
    cue = doc[min([r.cue.i, *(c.left_edge.i for c in r.cue.children if c.dep_ in OWN_DEPS)])].idx
    text = doc_text(doc)
    letters = [k for k in range(r.start, cue) if text[k].isalnum()]
    return bool(letters) and all(quoted[k] for k in letters)


def _out_of_parenthesis(doc: Doc, r: Reported) -> bool:
    """Whether ``r``'s content starts outside a parenthesis its cue is in and ends within it:
    an aside's speech verb reports what the aside holds, not the sentence before it ("Hannah
    was the first to outdo her mom in math ("which is easy," Mona Lisa admitted)" is no report
    that Hannah was first). A content that resumes after the aside ("The vote (officials said)
    was close") is theirs, and so is one that ends before the parenthesis ("was paid by Cuba
    (as Hunt insisted)", see :func:`.contents.interrupted`)."""
    text = doc_text(doc)
    before = text[r.start : r.cue.idx]
    opened = before.rfind("(")
    if opened <= 0 or ")" in before[opened:] or not text[r.start + opened : r.end].strip("( "):
        return False
    return ")" not in text[r.cue.idx : r.end]


def _char_end(tok: Token) -> int:
    """The character offset just after ``tok``."""
    return tok.idx + len(tok.text)


def denial(cue: Token) -> tuple[Token, ...]:
    """The words by which its sentence denies a cue ("did not" of "Putin did not say that talks
    would resume", "without" of "without mentioning the proposal", "declined to" of "declined
    to say whether…"), none when nothing does.
    PolNeAR annotates such a report (train: on the five held-out fifths, each fit on the other
    four, all-attribution F1 0.7437 -> 0.7476 with them), so it is found; but listed, its
    content would read as what the source said, so it tells no speech (:func:`tells_speech`)
    and is listed with its denial as its cue."""
    if cue.dep_ == "pcomp" and cue.head.lower_ == "without":
        return (cue.head,)
    if cue.dep_ == "xcomp" and cue.head.lemma_ in REFUSING_VERBS:  # "declined to say whether…"
        return (cue.head, *(c for c in cue.children if c.dep_ == "aux" and c.lower_ == "to"))
    negations = tuple(c for c in cue.children if c.dep_ == "neg")
    if not negations:
        return ()
    before = tuple(c for c in cue.children if c.dep_ in ("aux", "neg") and c.i < cue.i)
    return before if any(c.dep_ == "neg" for c in before) else negations


def _report_nouns_by_verb(found: list[Reported]) -> dict[int, list[Reported]]:
    """The reports whose cue is a noun object ("made the claim that…"), by their verb's index:
    looked up per report, so a text of many reports costs no pairwise comparison."""
    out: dict[int, list[Reported]] = {}
    for o in found:
        # (not an intention: "supports the plan to rebuild…" is a stance on the plan, whose
        # report is the verb's, the plan's nested inside it)
        if o.cue.pos_ == "NOUN" and o.cue.dep_ == "dobj" and cue_lemma(o.cue) not in INTENT_NOUNS:
            out.setdefault(o.cue.head.i, []).append(o)
    return out


def _light_verb(r: Reported, objects: Iterable[Reported]) -> bool:
    """A verb whose object is a report noun of its own ("made the claim that the harbour was
    sold", "issued a warning that…"): the noun's report is the one; the verb's, "the claim
    that…", would list the same words twice. ``objects`` are the reports whose cue is a noun
    object of ``r``'s cue."""
    return any(o is not r and r.start <= o.cue.idx < o.start for o in objects)


class _Contents:
    """The reports' content spans, to ask which reach over a character: sorted by start, with
    the two furthest ends among each prefix (two, so that a report can be asked about while
    leaving itself out). A text of many reports costs no pairwise comparison."""

    def __init__(self, found: list[Reported]) -> None:
        ordered = sorted(found, key=lambda o: o.start)
        self._starts = [o.start for o in ordered]
        self._reach: list[tuple[Reported | None, int, int]] = []  # furthest, its end, next end
        best: Reported | None = None
        best_end = second_end = -1
        for o in ordered:
            if o.end > best_end:
                best, best_end, second_end = o, o.end, best_end
            elif o.end > second_end:
                second_end = o.end
            self._reach.append((best, best_end, second_end))

    def other_covers(self, r: Reported, at: int) -> bool:
        """Whether a report other than ``r`` has content from before ``at`` to after it."""
        k = bisect_right(self._starts, at)
        if k == 0:
            return False
        best, best_end, second_end = self._reach[k - 1]
        return (second_end if best is r else best_end) > at


def tells_speech(cue: Token) -> bool:
    """Whether a report's cue says that someone spoke, wrote, believes or found something (a
    verb or noun of the rule tables, "according to", a headline's colon), not only what they
    did: the model fit on PolNeAR train also reports stances and deeds its annotators took in
    ("pushing to clinch a deal", "passed a bill", "were quick to note"), which PolNeAR counts
    but a reader of an event's reported speech does not take for anyone's words; nor a stance
    at a target with nothing said of it ("endorsing the campaign on her Facebook page")."""
    if denial(cue):
        return False  # "did not say that…", "without mentioning…": listed, it would read as said
    lemma = cue_lemma(cue)
    if lemma in RAISING_VERBS:
        return False  # "Plotts, who appeared to have a long record": how it looks, not words
    if cue.pos_ == "NOUN" and topic_only(cue):
        return False  # "raised questions about his microphone": a topic, not the words
    if REPORT_CUES.get(lemma) == "evidence" and perceived(cue):
        return False  # "Sanders found a receptive audience": what he met, not a finding
    if lemma in TALK_VERBS and cue.pos_ == "VERB" and no_message(cue):
        return False  # "told a story about her daughter", "speaks with the minister"
    clause = any(c.dep_ == "ccomp" for c in cue.children)
    if lemma in CLAUSE_ONLY_CUES and cue.pos_ == "VERB" and not clause:
        return False  # "agreed to buy the shoemaker": a deal struck, no claim
    if lemma == "call" and cue.pos_ == "VERB" and not appeal_or_name(cue):
        return False  # "called the snap election", "called 911": a summons, a phone call
    if lemma in TARGET_CUES and cue.pos_ == "VERB" and bare_stance(cue):
        return False  # "endorsing the campaign", "defended his thesis": a stance, nothing said
    if lemma == "write" and cue.pos_ == "VERB" and writes_a_thing(cue):
        return False  # "wrote a heartfelt letter to the prosecutor": the deed, no words
    return (
        cue.text == ":"
        or cue.lower_ == "according"
        or lemma in REPORT_CUES
        or lemma in REPORT_NOUNS
        or lemma in _SAID_OF_CUES
        or lemma in INFINITIVE_CUES
    )


def _within_report(r: Reported, contents: _Contents) -> bool:
    """A belief, a finding or a stance told inside another report ("Cruz said he believes
    the deal is dead", "officials said polls show…", "said the senator had sought to block
    the bill"): PolNeAR annotates the outer report alone, and a reader takes the inner one as
    part of it (train texts 336-503: 10 of 45 beliefs annotated; on all of train, nested
    reports of a cue outside the speech verbs, "seek" 7 of 40, "tell" 6/32 as an object cue,
    "support" 7/30, "endorse" 5/21: all-attribution F1 on held-out fifths 0.729 → 0.734).
    A speech verb's report of a clause stays: "said the mayor told him the bridge was safe";
    its object, though, is part of the outer report ("said the candidate had delivered paid
    speeches since announcing his bid", "criticized Scalia for questioning affirmative
    action": on train all-attribution F1 0.7794 -> 0.7812). So does a report set after the
    content by a comma (:func:`_runs_on`), and so does "according to X" (which may itself hold
    a report the model found: "the council approved the budget, according to the clerk" is
    the clerk's, not the council's). PolNeAR train puts no annotated cue inside another
    annotated content (0 of 19,832): of the 1,223 reports this drops, kept, 79 match one
    nothing else matched (all-attribution P/R 0.8481/0.7522 -> 0.8021/0.7592)."""
    according = r.cue.lower_ == "according"
    if according or _runs_on(r.cue):
        return False
    if REPORT_CUES.get(cue_lemma(r.cue), "nested") not in NESTED_KINDS and _clausal(r):
        return False
    return contents.other_covers(r, r.cue.idx)


def _clausal(r: Reported) -> bool:
    """Whether a report's content is a claim of its cue's: its clause ("said the mayor had
    lied") or what it says of its object ("whom she called a true friend"), not the object
    alone ("announcing his bid", "accused him of lying")."""
    return any(
        (c.dep_ == "ccomp" and c.left_edge.idx <= r.start <= c.right_edge.idx) or c.dep_ == "oprd"
        for c in r.cue.children
    )


def _runs_on(cue: Token) -> bool:
    """Whether a cue heads a clause set after another report's words by a comma ("said he saw
    no need to change anything, believing that voters would return"): inside that content by
    the parse, but a second report of the source's own, which PolNeAR annotates apart (train,
    such cues of a belief or a stance inside a content: 56 of 84 annotated; on the five
    held-out fifths 0.7476 -> 0.7479). A clause the cue governs ("said he believes…") stays
    one report."""
    if cue.dep_ not in RUN_ON_DEPS:
        return False
    first = cue.left_edge.i
    return first > 0 and cue.doc[first - 1].text == ","


def _refused(cue: Token, lemma: str, relation: str) -> bool:
    """What the rules leave on purpose stays left: an object described without what is said
    of it ("described the night") and the thing a cognition verb takes as its object, which is
    an act or a perception, not a claim ("recognized the provinces as separate", "realized her
    mistake"). The object of an address verb is the model's to weigh: mostly the message
    ("asked a simple question", "told the story of…", "reminded voters of…"), the addressee
    alone ("told reporters") scores low (on two held-out fifths of train, F1 +0.0016 each).
    Nor is the passive subject of a naming verb with no name given ("when the vote was
    called", "she was named to the board"): a vote called or a person appointed, no one's
    words (with the name, "the plan was called a disgrace", it is)."""
    if relation == "nsubjpass" and lemma in NAMING_VERBS:
        return not any(c.dep_ == "oprd" for c in cue.children)
    # (nor the one a record quotes "as saying": the speaker, not the words)
    held = lemma in DESCRIBE_CUES or REPORT_CUES.get(lemma) == "cognition"
    return relation == "dobj" and (held or quoted_source(cue) is not None)


def extended_end(cue: Token, lo: int, hi: int, quoted: bytearray) -> int:
    """The last token of a content after its cue, with what the parse hung on the cue but the
    content goes on with: "said he was rooting for the home team [but would now cheer for the
    visitors]", "said the delays were 'unacceptable' [compared to what other unions accepted]",
    "criticized the council's decision [to close the library]". Siblings right after the
    content, up to the sentence's end, while none of them holds a cue of its own ("…, and
    added that…": a second report), and a second clause only as :func:`_second_clause` says.
    On PolNeAR train, contents too short to cover half of the annotated one were most misses
    whose span was found (301 of 318 in texts 0-399).

    A content before its cue goes on after it when the cue is set off by commas: "The
    argument would be aided, Devine said, [by the upcoming primary calendar]", "It is no
    surprise, Garin said, [that Clinton did better]": the content then reaches over the cue,
    as the annotators' two fragments around it do. Not a quote's: '"We propose," Putin said,
    "to start…"' is one direct quote in two parts, already extracted."""
    doc = cue.doc
    resumed = hi < cue.i and not any(quoted[doc[lo].idx : doc[hi].idx + len(doc[hi])])
    if lo <= cue.i and not resumed:
        return hi
    stop = min(sentence_end(cue), paragraph_end(cue))
    an_object = any(t.dep_ == "dobj" and t.head.i == cue.i for t in doc[lo : hi + 1])
    a_clause = resumed or any(t.dep_ == "ccomp" and t.head.i == cue.i for t in doc[lo : hi + 1])
    for c in cue.children:
        if c.i <= max(hi, cue.i) or c.dep_ in ("punct", "cc") or (resumed and c.dep_ == "nsubj"):
            continue  # ("and", a comma: part of the content only with what follows them)
        said_how = (
            c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS and (not an_object or _occasion(c))
        )
        if c.dep_ not in EXTENDING_DEPS or said_how or c.right_edge.i >= stop:
            break
        if c.dep_ == "ccomp" and not _second_clause(c, a_clause, quoted):
            break
        if resumed and hi < cue.i and doc[c.left_edge.i - 1].text != ",":
            break  # ("…, he said on Tuesday": no comma after the cue, nothing resumed)
        if any(is_cue(t, governing=False) for t in doc[c.i : c.right_edge.i + 1]):
            break
        hi = c.right_edge.i
    return hi


def _second_clause(clause: Token, a_clause: bool, quoted: bytearray) -> bool:
    """Whether a clause hung on the cue after its content goes on that content: only a clause's
    (an addressee's "points out to her husband, '…'" does not), not a direct quote (listed as
    one), not past a colon, which leads the writer's own sentence in ("said he met the senator
    at a festival, where he got an omen of luck: In a ceremony…"), nor a clause opening with a
    capital, the next sentence that the parser ran on ("…, The incident remains…")."""
    doc = clause.doc
    first = doc[clause.left_edge.i]
    return (
        a_clause
        and doc[first.i - 1].text not in CLAUSE_BREAKS
        and not (first.is_title and first.pos_ != "PROPN" and first.text != "I")
        and _form(doc, first.idx, _char_end(clause.right_edge), quoted) is not None
    )


def _occasion(prep: Token) -> bool:
    """Whether a prepositional phrase names when or in what a thing was said: a date, a time or
    a named event ("on Tuesday"), a medium ("in a statement", "in a letter to the council")."""
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj is not None and (
        obj.lemma_.lower() in MEDIUM_NOUNS or obj.ent_type_ in OCCASION_ENTS
    )


def _before_next_report(cue: Token, lo: int, hi: int) -> int:
    """The last token of a content after its cue, before a second report coordinated inside it:
    "demanded that Moscow enter a ceasefire[, and threatened sanctions]" (the parser hangs
    "threatened" on "enter"): a speech verb without a subject of its own, in the cue's form
    and not in the form of the verb it hangs on, goes on with the cue's subject, so it is a
    report of its own. ("said the minister lied and denied it": one content.)"""
    if lo <= cue.i:
        return hi
    doc = cue.doc
    for t in doc[lo : hi + 1]:
        if (
            t.dep_ == "conj"
            and t.head.i != cue.i
            and is_cue(t, governing=True)
            and t.tag_ == cue.tag_ != t.head.tag_
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        ):
            end = t.left_edge.i - 1
            while end > lo and doc[end].dep_ in ("cc", "punct"):
                end -= 1
            return end
    return hi


def _ruled(doc: Doc, found: RuledContent, quoted: bytearray) -> tuple[Reported, int] | None:
    """The report a rule found, its content trimmed, with the end of its content before
    :func:`extended_end`'s siblings; None when nothing is left of it or it is a direct
    quote."""
    cue, source, lo, hi = found.cue, found.source, found.lo, found.hi
    lo, hi = in_paragraph(cue, lo, hi)
    if hi < lo:
        return None
    lo = past_occasion(cue, past_relative(cue, lo, hi), hi)
    core = hi
    # a word standing for a claim ("said so", see _pro_form) is the whole content: what the
    # parse hangs on after it is another clause ("They said no, but in 1992 she…")
    pro = lo == cue.i + 1 and doc[lo].lower_ in PRO_FORMS and doc[lo].head == cue
    if cue.is_alpha and not pro:  # (a headline's colon has no siblings to read on)
        hi = series_end(cue, lo, extended_end(cue, lo, hi, quoted))
        hi = before_aside(cue, lo, _before_next_report(cue, lo, hi))
    # a stance's target may be one name ("endorsed Cruz"), any other content is a clause
    brief = pro or (cue.lemma_.lower() in TARGET_CUES and doc[lo].pos_ == "PROPN")
    start, end = trimmed(doc, lo, hi, MIN_CONTENT_WORDS - 1 if brief else MIN_CONTENT_WORDS)
    if end <= start:
        return None
    form = _form(doc, start, end, quoted)
    if form is None:
        return None
    # (its form is the parse's: the reporter's words it has keep it a report, not a quote)
    start, end = marks_whole(doc_text(doc), start, end, quoted)
    return Reported(start, end, cue, source, form), min(end, _char_end(doc[core]))


def _reported_at(tok: Token, lemma: str) -> RuledContent | None:
    """The content a rule finds for ``tok`` when it is a reporting cue (:class:`RuledContent`)."""
    if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
        return according_to(tok)
    if tok.lower_ == "in":
        return in_finding(tok)
    if tok.lower_ in HEARSAY_ADVERBS:
        return hearsay(tok)
    if (
        tok.pos_ == "VERB"
        and lemma in _SAID_OF_CUES
        and not (lemma in REPORT_CUES and any(c.dep_ == "ccomp" for c in tok.children))
    ):
        # (with a clause, "questioned whether…" is read below like any report)
        source = subject_of(tok)
        span = _target_content(tok, lemma)
        if source is None or span is None or span[1] - span[0] > MAX_CONTEXT_TOKENS:
            return None
        if paragraph_end(tok) <= span[1]:
            return None  # a parse run on past the paragraph: its object is not this verb's
        return RuledContent(tok, source, span[0], span[1])
    if tok.pos_ in ("VERB", "AUX") and (lemma in REPORT_CUES or lemma in OBJECT_CUES):
        source = subject_of(tok)
        clausal = lemma in REPORT_CUES
        comp = _clause_of(tok) if clausal else None
        if comp is not None:
            lo, hi = comp.left_edge.i, comp.right_edge.i
        elif clausal and interjected(tok):
            lo, hi = interrupted(tok)
        elif lemma in OBJECT_CUES and (span := _object_content(tok)) is not None:
            lo, hi = span
        elif lemma in INFINITIVE_CUES and (inf := _infinitive(tok)) is not None:
            lo, hi = inf.left_edge.i, inf.right_edge.i
        else:
            return None
        if source is None or hi - lo > MAX_CONTEXT_TOKENS:
            # "it is said that…", an imperative: nobody is reported; a "clause" longer than
            # any sentence is a parse of a list or transcript
            return None
        return RuledContent(tok, source, lo, hi)
    if tok.pos_ == "NOUN" and (lemma in REPORT_NOUNS or lemma in HELD_NOUNS):
        comp = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
            ),
            None,
        ) or _copular_clause(tok)
        source = _noun_source(tok)
        if comp is None and source is not None and (said := _after_colon(tok)) is not None:
            return RuledContent(tok, source, said[0], said[1])
        if (
            comp is None
            or source is None
            or comp.right_edge.i - comp.left_edge.i > MAX_CONTEXT_TOKENS
        ):
            return None
        return RuledContent(tok, source, comp.left_edge.i, comp.right_edge.i)
    if tok.pos_ == "NOUN" and lemma in INTENT_NOUNS:
        inf = next(
            (
                c
                for c in tok.children
                if c.dep_ in ("acl", "relcl")
                and c.i > tok.i
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
            ),
            None,
        )
        if inf is None or inf.right_edge.i - inf.left_edge.i > MAX_CONTEXT_TOKENS:
            return None
        # whose plan: the possessor, or the subject of a light verb ("made a pledge to…"),
        # else nobody named ("the decision to close the plant")
        return RuledContent(tok, source_kind(tok)[0], inf.left_edge.i, inf.right_edge.i)
    return None


def _closing(tok: Token, lemma: str) -> RuledContent | None:
    """A speech verb closing its sentence after a comma reports the sentence before it: "A girl
    was pepper-sprayed, police said.", "…, said the company's chief executive." (the parser
    hangs the cue on the clause as a coordinated verb, or the clause on the cue as an
    adverbial one). Only its source, whom it told, when and where follow the comma; no "and",
    "as" or wh-word comes before it ("…, and she said nothing", "…, what X asks"). Before
    the comma stands a clause that can stand alone ("Not long after the ferry left, she
    asked…" reports nothing; "As Trump prepared to speak, a girl was pepper-sprayed, police
    said." does). (PolNeAR train: 7 new reports, 6 annotated; 3 contents now match.)"""
    speech = tok.pos_ == "VERB" and REPORT_CUES.get(lemma) == "speech"
    source = subject_of(tok) if speech and tok.dep_ not in ("relcl", "acl") else None
    if source is None:
        return None
    doc = tok.doc
    after = [c for c in tok.children if c.i > tok.i and c.dep_ not in CLOSING_DEPS]
    if any(c.dep_ not in ("dobj", "dative") or lemma not in ADDRESS_CUES for c in after):
        return None
    lead = source.left_edge.i if source.i < tok.i else tok.i
    first, end = sentence_start(tok), sentence_end(tok)
    if lead - 1 <= first or doc[lead - 1].text != "," or tok.right_edge.i < end - 2:
        return None
    if source.i < tok.i and source.right_edge.i != tok.i - 1:
        return None  # (the source's phrase runs up to the cue: nothing else stands between)
    lefts = [c for c in tok.children if c.i < tok.i]
    if any(c.dep_ == "mark" or c.lower_ == "to" or c.tag_ in WH_TAGS for c in lefts) or any(
        t.pos_ in ("VERB", "AUX") for t in doc[tok.i + 1 : end]
    ):
        return None
    lo, hi = max(first, paragraph_start(tok)), lead - 2
    if hi <= lo or not any(main_clause(t) for t in doc[lo : hi + 1]):
        return None  # ("Not long after Trump tweeted the quote, Todd asked him…": no claim)
    return RuledContent(tok, source, lo, hi)


def _pro_form(tok: Token, lemma: str) -> RuledContent | None:
    """A saying verb whose content is a word standing for a claim told before it: "half said
    so in the earlier poll", "75 percent of Democrats said yes", "the candidate said no",
    "26 percent said the same": an answer or an agreement is a report of that claim. Not "so"
    or "no" opening a phrase of their own ("said so many times", "said no to the war"). (On
    PolNeAR train 9 new reports, all annotated.)"""
    doc = tok.doc
    if REPORT_CUES.get(lemma) != "speech" or tok.i + 2 >= len(doc) or tok.pos_ != "VERB":
        return None
    word, after = doc[tok.i + 1], doc[tok.i + 2]
    if word.lower_ == "the" and after.lower_ == "same":
        word, after = after, doc[after.i + 1] if after.i + 1 < len(doc) else after
    if (
        word.lower_ not in PRO_FORMS
        or word.head != tok
        or (after.is_alpha and after.dep_ != "prep")
    ):
        return None
    if after.lower_ in ("to", "that") or (word.i != word.right_edge.i and after.lower_ != "of"):
        return None
    source = subject_of(tok)
    return RuledContent(tok, source, tok.i + 1, word.right_edge.i) if source is not None else None


def _noun_source(noun: Token) -> Token | None:
    """Whose claim a report noun is: its possessor ("the Kremlin's statement that…"), the
    agent after "by" or "from" ("suggestions by the news media that…", "an admission from
    Warren that…"). (A light verb's subject, "Byrne expressed concern that…", is the model's
    to weigh: "the data undermines the assumption that…" is no one's claim.)"""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in AGENT_PREPS), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    return by


def _after_colon(noun: Token) -> tuple[int, int] | None:
    """First and last token of the sentence a colon right after a report noun opens ("Carrier's
    message: moving jobs south is part of the plan"): what the message said. Up to the
    sentence's or the paragraph's end, whichever comes first; none when nothing follows on
    the colon's line (a statement set out below it is a quote of its own). (On PolNeAR train,
    with the report noun's possessor or agent for source: 2 annotated contents found, 1
    false alarm.)"""
    doc = noun.doc
    colon = noun.i + 1
    if colon + 1 >= len(doc) or doc[colon].text != ":" or "\n" in doc[colon].whitespace_:
        return None
    first = doc[colon + 1]
    if first.is_space:
        return None
    hi = min(sentence_end(first), paragraph_end(first)) - 1
    return (first.i, hi) if hi > first.i else None


def _copular_clause(noun: Token) -> Token | None:
    """The ``that`` clause a report noun is said to be ("Her argument was that voters want
    stability", "Rubio's response is that the code is unfair"): the parser hangs it on the
    copula, not on the noun."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_ != "be":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp"
            and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ),
        None,
    )


def _clause_of(cue: Token) -> Token | None:
    """The clause a cue reports: its first clausal complement, but not one before it that a
    colon or semicolon sets apart ("the talks hit a snag on Friday: the mayor said she
    would…"): there the writer's own sentence leads in to the report, and the clause after
    the cue, if any, is what was said. Nor one across a paragraph break, where the parser ran
    one sentence on into the next paragraph ('"…Does he need to wonder why I did not
    speak?"' ¶ 'Ms. Khan said Mr. Trump was "ignorant" of Islam': the quote before is a
    direct quote already; on train 0.7812 -> 0.7818). Nor a relative clause the parser hung
    on the cue (:func:`~.contents.relative_that`: "wrote in terms that a Japanese might
    understand"). A clause before whose head lies in the paragraph before (the parser hung
    words of the cue's paragraph on it: '"…what the country likes." ¶ Moments earlier, Trump
    said he was suited…', "earlier" is the quote's) gives way to a clause after the cue, what
    was said; without one it stays, for :func:`~.contents.in_paragraph` to cut to the cue's
    paragraph ("¶ The old pier was unsafe, Olsen told the council"). All-attribution P/R/F1
    on train 0.8475/0.7528/0.7973 -> 0.8476/0.7533/0.7977 (the model as it was), with the
    model refit 0.8481/0.7522/0.7973; on dev 0.8482/0.7368/0.7886 -> 0.8500/0.7368/0.7893."""
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and _clause_for(cue, c)]
    if not clauses:
        return None
    first = clauses[0]
    ran_on = first.i < cue.i and any("\n" in t.text for t in cue.doc[first.i : cue.i])
    return next((c for c in clauses if c.i > cue.i), first) if ran_on else first


def _clause_for(cue: Token, clause: Token) -> bool:
    """Whether a clausal complement of ``cue`` may be what it reports (:func:`_clause_of`): not
    set apart by a colon before the cue, not across a paragraph break, not a relative clause,
    not the writer's "That said," (:func:`.patterns.concession`) the parser hung on it."""
    doc = cue.doc
    if concession(clause):
        return False  # ("That said, the deal could hurt Sprint, said Ostrau": the writer's)
    end = clause.right_edge.i  # the colon itself, or the word before it
    if end < cue.i and CLAUSE_BREAKS & {doc[end].text, doc[end + 1].text}:
        return False
    between = doc[end + 1 : cue.i] if end < cue.i else doc[cue.i + 1 : clause.left_edge.i]
    return not any("\n" in t.text for t in between) and not relative_that(cue, clause.left_edge.i)


def _object_content(verb: Token) -> tuple[int, int] | None:
    """First and last token of an :data:`OBJECT_CUES` verb's object, infinitive or "for"
    phrase (``urged Congress to act``: the object and the infinitive together; ``called for a
    ceasefire``: what follows "for"). An addressee alone is no content: ``told reporters``,
    ``called on the government`` without what they were told or called on to do."""
    parts = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "oprd")]
    # "calling for the United States to step up": the parser hangs the clause on "for" as a mark
    parts += [
        c
        for c in verb.children
        if c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.i == verb.i + 1 for m in c.children)
        and verb.doc[verb.i + 1].lower_ == "for"
    ]
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
    objs = [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []
    infinitive = any(p.dep_ == "xcomp" for p in parts) or any(
        g.dep_ in ("acl", "relcl") for o in objs for g in o.children
    )
    addressed = verb.lemma_.lower() in ADDRESS_CUES or (prep is not None and prep.lower_ == "on")
    if addressed and not infinitive:
        return None
    if prep is not None and prep.lower_ in ("for", "on"):
        parts += objs
    if not parts:
        return None
    return min(p.left_edge.i for p in parts), max(p.right_edge.i for p in parts)


def _infinitive(verb: Token) -> Token | None:
    """The infinitive complement of ``verb`` ("pledged to cut taxes": "cut"), if any."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children)
        ),
        None,
    )


def _target_content(verb: Token, lemma: str) -> tuple[int, int] | None:
    """First and last token of what a :data:`TARGET_CUES`, :data:`DESCRIBE_CUES` or
    :data:`TOPIC_CUES` verb says: its object and what follows it ("Obama as weak", "him of
    lying"), a description's "as" phrase required, or the topic after its preposition."""
    if lemma in TOPIC_CUES:
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ == TOPIC_CUES[lemma]),
            None,
        )
        obj = (
            next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep else None
        )
        return (obj.left_edge.i, obj.right_edge.i) if obj is not None else None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    said = said_of(verb) or []
    if lemma in DESCRIBE_CUES and not said:
        return None
    return obj.left_edge.i, max([obj.right_edge.i, *(c.right_edge.i for c in said)])


def _form(doc: Doc, start: int, end: int, quoted: bytearray) -> Form | None:
    """``mixed`` when some of the content is quoted, ``None`` when it is a direct quote."""
    text = doc_text(doc)  # Doc.text joins every token anew on each call
    letters = [k for k in range(start, end) if text[k].isalnum()]
    inside = sum(1 for k in letters if quoted[k])
    if not letters or inside >= DIRECT_SHARE * len(letters):
        return None
    return "mixed" if inside else "indirect"
