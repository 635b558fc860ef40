"""Where a reported content begins and which paragraph holds it (:mod:`.reported`).

The parse gives a cue's content as a token range; what a reader takes for the content is
narrower or wider: only what lies in the cue's own paragraph (the parser runs sentences on over
paragraph breaks), not the relative word before a cue inside a relative clause ("a plan that
residents say threatens…"), and, for the model's contents, what the cue's words say the content
of ("encouraged [protesters] to leave", "[the candidates] are seen as a circus"). Also what
the cue's own words take for content, so that a listing reads right: the preposition it hangs
on ("called [for]") and whether "call" appeals or names at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.attribution import MAX_CONTEXT_TOKENS, is_cue, sentence_end
from newsweave.synthesis.quotes.cues import APPEAL_PREPS, PHRASAL_PREPS
from newsweave.synthesis.quotes.patterns import TARGET_PREPS, cue_lemma, in_concession, misread_that
from newsweave.text.headline import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsweave.synthesis.quotes.patterns import Candidate

# Relative words by which a relative clause holding a cue reaches back before it ("a plan that
# residents say threatens…"; the parser tags such a "that" as a complementiser, so the word).
RELATIVE_WORDS = frozenset(["that", "which", "who", "whom", "what"])
# What a relative "that" is in its clause: its subject or object ("terms that a reader might
# understand"); a "that" the parser hangs on otherwise is the complementiser it misread.
RELATIVE_ROLES = frozenset(["nsubj", "nsubjpass", "dobj"])
# Names of a time: a "that" after one opens what was said, not a clause about the time.
TIME_ENTS = frozenset(["DATE", "TIME"])
# Parts of speech of the noun a relative "that" stands for ("in private", "on February 14").
NOMINAL_POS = frozenset(["NOUN", "PROPN", "NUM", "ADJ"])
# Relative words opening a passive subject ("who was seen as…", "whose name is floated as…").
HELD_RELATIVES = RELATIVE_WORDS | {"whose"}
# A passive cue's prepositional contents that say what they say of its subject: "[the pier] is
# seen as a danger", "[Yellen] was criticized for raising rates".
SAID_OF_PREPS = frozenset(f"prep_{p}" for p in TARGET_PREPS)
# Prepositions of the saying itself, not of what is said: "said it [to reporters]", "[in a
# statement]", "[at a rally]", "[during the debate]", "[on Tuesday]". Kept short: on a held-out
# fifth of train, stopping at more prepositions ("after", "by", "with"…) lost recall.
CIRCUMSTANCE_PREPS = frozenset(["to", "in", "at", "during", "on"])
# Names of a time or an event: a phrase of one tells when something was said ("on Tuesday").
OCCASION_ENTS = frozenset(["DATE", "TIME", "EVENT"])
# How a day right after its cue hangs on the clause the parser runs it into ("said [Monday]
# the artist died", "said [on Wednesday] they…", "said [Sunday] President Obama…"): as the
# clause's adverbial, or as a modifier of the name that opens it. A subject ("said Monday was
# the deadline") or a possessor ("said Monday's verdict…") is what was said.
OCCASION_DEPS = frozenset(["npadvmod", "prep", "pobj", "advmod", "amod", "compound", "nummod"])
# Amounts: an object of one is what was spent or taken, not whom a cue urges ("spent [$2
# billion] to keep the Games safe").
AMOUNT_ENTS = frozenset(["MONEY", "QUANTITY", "PERCENT"])
# Parts of speech of the items of a series a content ends in (see series_end): things and
# acts ("a platform, opposition to fracking and reforms", "to ax…, replace… and make…").
SERIES_POS = frozenset(["NOUN", "VERB"])
# Words joining a series' last item to the others.
SERIES_CONJUNCTIONS = frozenset(["and", "or"])
# Marks that end a series before its last item: what follows is another sentence's part.
SERIES_BREAKS = frozenset([";", ":", "—", "–", "--", "(", ")"])
# Marks that set a cue's own clause off inside the content it reports ("It is possible, the
# sources said, that…", "The contractor — officials said — was working…").
ASIDE_MARKS = frozenset([",", "—", "–", "--"])
# Words that go on with the content after such a clause without a comma of their own: a
# complementiser or a conjunction ("possible[, he said,] that…", "stayed[, police said,] and…").
JOINING_WORDS = frozenset(["that", "and", "but", "or"])


def held_first(cue: Token, candidate: Candidate, lo: int) -> int:
    """The first token of a learned content, with what the cue's words say it of: whom an
    infinitive urges or tells ("encouraged [protesters] to leave", "pressured [them] to stop"),
    whom a passive's "as", "for", "of" phrase is said of ("[the candidates] are seen as a
    circus", "[Yellen] was criticized for raising rates"); PolNeAR's annotators take it in.
    Not a relative word ("who was seen as…": it stands for a name outside the clause, see
    :func:`past_relative`), nor an object naming a time or an amount ("spent [Saturday]
    delivering pep talks", "spent [$2 billion] to keep…"), nor past the cue's paragraph. (On
    PolNeAR train, all-attribution P/R/F1 0.8462/0.7500/0.7952 -> 0.8471/0.7506/0.7959: of the
    attributions it changed, 109 matched an annotated one before, 121 after; 38 false alarms
    became 23.)"""
    kids = list(cue.children)
    held = None
    if candidate.relation == "xcomp":
        held = next((c for c in kids if c.dep_ == "dobj" and cue.i < c.i < lo), None)
    elif candidate.relation in SAID_OF_PREPS and any(c.dep_ == "auxpass" for c in kids):
        held = next((c for c in kids if c.dep_ == "nsubjpass" and c.i < cue.i), None)
    if (
        held is None
        or held.ent_type_ in OCCASION_ENTS | AMOUNT_ENTS
        or cue.doc[held.left_edge.i].lower_ in HELD_RELATIVES
        or held.left_edge.i < paragraph_start(cue)
    ):
        return lo
    return held.left_edge.i


def in_paragraph(cue: Token, lo: int, hi: int) -> tuple[int, int]:
    """First and last content token within the cue's paragraph (``hi < lo`` when nothing of
    it is left): the parser runs a sentence on over a paragraph break ("…to arm some Syrian
    rebels. ¶ ''I did early on say…,'' she said", "…Quarantine Over Zika Virus ¶ Chris
    Christie"), but what a cue reports is in its own paragraph. What is left must hold the
    content's head, or be a clause of its own ("¶ The old pier was unsafe, Olsen said"):
    else it is the cue's own circumstance ("Friday on CNN's 'New Day,' she said"), not what
    was said. A paragraph ending in a colon on a noun leads in to the next ("released the
    following statement: ¶ '…'"): the noun is no content. (On PolNeAR train, 162 contents
    ran over a paragraph break, 114 of them from the paragraph before the cue;
    all-attribution P/R/F1 0.8450/0.7480/0.7935 -> 0.8452/0.7490/0.7942 with this; the
    clause of its own kept: recall +0.0002. Dropping every such report: 0.7933.) The breaks
    are looked for as the other readers of the paragraph do (:func:`paragraph_start`,
    :func:`paragraph_end`: within a sentence's reach of the cue; PolNeAR train and dev give
    the same attributions as looking as far as the content reaches)."""
    doc = cue.doc
    head = doc[lo : hi + 1].root.i
    lo = max(lo, paragraph_start(cue))
    after = paragraph_end(cue)
    if after <= hi:
        hi = after - 1
        while hi >= lo and doc[hi].is_space:
            hi -= 1
        if hi > lo and doc[hi].text == ":" and doc[lo:hi].root.pos_ not in ("VERB", "AUX"):
            return lo, lo - 1
    if not lo <= head <= hi and not (hi >= lo and main_clause(doc[lo : hi + 1].root)):
        return lo, lo - 1
    return lo, hi


def main_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a clause that can stand alone: a verb with a subject of its own
    and no subordinating word ("The old pier was unsafe", not "Even before the results are
    in")."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and not any(c.dep_ == "mark" for c in tok.children)
    )


def past_relative(cue: Token, lo: int, hi: int) -> int:
    """The first content token, past the cue when the content opens with the relative word of
    a clause around the cue ("a plan that residents say threatens the hall", "what she
    called a rigged system"): the word stands for a thing named outside the clause, so what
    was said is what follows the cue; listed from the relative word on, the entry would read
    "residents (say): that residents say threatens…". A content that the cue interrupts
    ("The ferry, Olsen said, would run") keeps its start."""
    doc = cue.doc
    if lo < cue.i < hi and doc[lo].lower_ in RELATIVE_WORDS and doc[lo].head.i >= cue.i:
        return cue.i + 1
    return lo


def past_occasion(cue: Token, lo: int, hi: int) -> int:
    """The first content token, past a day that opens the content right after its cue: in
    "said Monday the artist died" or "told Reuters last month Carmat hoped" the day is when it
    was said (news style puts it there), though the parser hangs it on the reported clause; a
    listing from it on reads "(said): Monday the artist died". A day the clause is about stays:
    its subject, a possessor ("Monday's verdict"), or one set off by a comma."""
    doc = cue.doc
    if lo <= cue.i:
        return lo
    end = lo + (doc[lo].lower_ == "on")
    while end <= hi and doc[end].ent_type_ in TIME_ENTS:
        end += 1
    if end == lo or end > hi or doc[end].dep_ in ("case", "punct"):
        return lo
    phrase = doc[lo:end]
    outside = [t for t in phrase if not lo <= t.head.i < end]
    if not outside or any(t.dep_ not in OCCASION_DEPS for t in outside):
        return lo
    if any(t.dep_ == "compound" and t.head.pos_ != "PROPN" for t in outside):
        return lo  # ("said Monday night games…": the day names the games)
    return end


def relative_that(cue: Token, lo: int) -> bool:
    """Whether the content opening at token ``lo`` is a relative clause, not what ``cue``
    reports: a "that" the parser made an argument of its clause, not a complementiser, right
    after a noun of a phrase hung on the cue by a preposition ("said in their meeting on
    February 14 [that is now at the center…]", "wrote in terms [that a Japanese might
    understand]", "alleged in lawsuits … in private [that should have been performed…]"): the
    word stands for that noun. After the cue itself, a date or the cue's object, "that" is the
    content's subject or its complementiser ("officials say that is unlikely", "said Wednesday
    that was to meet the terms", "told police that Pally had been drinking")."""
    doc = cue.doc
    that = doc[lo]
    if that.lower_ != "that" or that.dep_ not in RELATIVE_ROLES or lo <= cue.i + 1:
        return False
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in cue.children):
        return True  # the cue's object is its content ("what Trump said in the meeting on
        # February 14 that is now at the center…"): a clause after it is no second one
    before = doc[lo - 1]
    if before.pos_ not in NOMINAL_POS or before.ent_type_ in TIME_ENTS:
        return False  # (after a date it is what was said: "said at an event Tuesday that
        # needs to change")
    if any(c.dep_ == that.dep_ and c != that for c in that.head.children):
        return False  # its clause has an object of its own: "that" opens it ("announced in a
        # statement this month that he had reached a settlement")
    return any(a.dep_ == "prep" and a.head == cue for a in before.ancestors)


def paragraph_end(tok: Token) -> int:
    """Index of the first token after ``tok`` holding a line break (or past the reach)."""
    doc = tok.doc
    hi = min(len(doc), tok.i + MAX_CONTEXT_TOKENS)
    return next((j for j in range(tok.i + 1, hi) if "\n" in doc[j].text), hi)


def paragraph_start(tok: Token) -> int:
    """Index of the first token of ``tok``'s paragraph (looking back a sentence's reach)."""
    doc = tok.doc
    lo = max(0, tok.i - MAX_CONTEXT_TOKENS)
    return next((j + 1 for j in range(tok.i - 1, lo - 1, -1) if "\n" in doc[j].text), lo)


def series_end(cue: Token, lo: int, hi: int) -> int:
    """The last token of a content after its cue, with the rest of a series its last phrase
    opens: "urged the party to ax its superdelegate system[, replace its leadership, open up
    registration and make its contests open]", "citing a progressive platform[, opposition to
    fracking and reforms of the election system]". Items of one kind set one after another by
    commas, the last after "and" or "or", are one list: the content's last phrase is one of
    them, so the cue says them all. The parser hangs the later items on a word outside the
    content, which then stopped at the first comma. An item is a word of the part of speech
    of a phrase the content ends with (a verb in its form: "promised to push…, opposed the
    deal and outstripped…" lists what was done besides the promise), not a verb with a
    subject of its own (a new clause: "said it rained, officials closed the road and…"), and
    no item holds a cue (a second report: "…, criticized the board and…"). (On PolNeAR train
    4 contents change, each now matching the annotated one it missed.)"""
    doc = cue.doc
    stop = min(sentence_end(cue), paragraph_end(cue))
    if lo <= cue.i or hi + 2 >= stop or doc[hi + 1].text != ",":
        return hi
    first = doc[hi + 2]
    # what the content's last item may be: the heads of the phrases ending where it ends
    kinds = {_kind(t) for t in doc[lo : hi + 1] if t.right_edge.i == hi and t.pos_ in SERIES_POS}
    if _kind(first) not in kinds:
        return hi
    k = hi + 2
    while k < stop and doc[k].lower_ not in SERIES_CONJUNCTIONS:
        if doc[k].text in SERIES_BREAKS:
            return hi
        k += 1
    if k + 1 >= stop or _kind(doc[k + 1]) != _kind(first):
        return hi
    last = doc[k + 1]
    end = min(max(last.right_edge.i, last.i), stop - 1)
    new_clause = any(c.dep_ in ("nsubj", "nsubjpass") for t in (first, last) for c in t.children)
    if new_clause or any(is_cue(t, governing=False) for t in doc[hi + 2 : end + 1]):
        return hi
    while end > hi and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return end


def marks_whole(text: str, start: int, end: int, quoted: bytearray) -> tuple[int, int]:
    """A content's offsets with each quotation and parenthesis it opens or closes in whole: the
    parse ends a content inside a quotation that goes on ("told her that “I'm the ugliest girl
    I know ... I look like a boy”": the parser ends the sentence at the ellipsis), or trims a
    mark off its ends ("promises “lots of surprises” on the reissues", "is “to ensure that
    every pregnancy is wanted.”", "at a height of 5,900 meters (19,350 feet)"). Listed cut, the
    entry opens a mark it never closes and reads as if the speaker stopped mid-sentence.
    ``quoted`` is non-zero on the quotations and their marks; a quotation is taken whole only
    within its paragraph. A content that opens inside a quotation past its mark ("…know ...
    [I look like a boy]”") is left: its start is the parse's, not a trimmed mark."""
    if start > 0 and quoted[start] and quoted[start - 1] and not (start > 1 and quoted[start - 2]):
        start -= 1  # (the opening mark: the first quoted character)
        while start > 0 and text[start - 1] == text[start]:
            start -= 1  # (a mark of two characters: ''…'')
    if quoted[end - 1] and quoted[end]:
        hi = end
        while hi < len(text) and quoted[hi] and text[hi] != "\n":
            hi += 1
        end = hi if not quoted[hi] else end
        while end < len(text) and text[end] == text[end - 1] and not text[end].isalnum():
            end += 1  # (a mark of two characters: ''…'')
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # ("at a height of 5,900 meters (19,350 feet)": the mark the parse trimmed)
    return start, end


def without_aside(cue: Token, start: int, end: int) -> str:
    """A content's words as a reader takes them: a content the cue interrupts ("It's possible,
    the sources said, that authorities might never…", "Hayes stayed at the scene, police
    said, and was arrested") reaches over the cue's own clause, which, listed after the
    speaker, would tell twice who said it ("sources (said): It's possible, the sources said,
    that…"). The clause between the marks around it goes, a comma standing in its place
    unless what follows goes on without one ("possible that…", "the scene and was…", "The
    contractor was working…": a finite verb; "below deck, pointing out…" keeps it). Offsets
    stay the content's, aside and all: only the words shown change. A cue outside the
    content, a clause without marks on both sides or without its source ("failed to pay
    overtime, as promised, and…") leaves it whole; a quotation closing before the aside
    keeps its mark ('“seared into me,” Bannon said, the fact…': “seared into me”, the fact…). A
    closing "according to" of another source goes too (:func:`_before_closing_source`), and
    so do a dateline opening the sentence and a "that" the parse did not take for the
    complementiser it is (:func:`.patterns.misread_that`)."""
    doc = cue.doc
    text = doc_text(doc)
    end = _before_closing_source(cue, start, end)
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is not None and (first[0].is_sent_start or text[:start].rstrip(" ").endswith("\n")):
        # a content opening its sentence may open on the story's dateline ("Tokyo (CNN) Seven
        # US sailors are missing…, the US Navy said"): where it was filed, nobody's words
        filed = DATELINE.match(text[start:end])
        start += filed.end() if filed is not None and filed.end() < end - start else 0
    if first is not None and len(first) > 1 and misread_that(first[0]):
        start = first[1].idx  # ("told the Duma that folding Crimea…": folding Crimea…)
    if not start < cue.idx < end:
        return text[start:end]
    left = next((k for k in range(cue.i - 1, -1, -1) if doc[k].text in ASIDE_MARKS), None)
    right = next((k for k in range(cue.i + 1, len(doc)) if doc[k].text in ASIDE_MARKS), None)
    if left is None or right is None or doc[left].idx <= start or doc[right].idx >= end:
        return text[start:end]
    # a quotation's closing mark after its comma ('“seared into me,” Bannon said, the fact…')
    # is the content's: it stays, the comma before it goes with the aside
    closing = doc[left + 1] if doc[left + 1].is_quote and left + 1 != cue.i else None
    own = [t for t in doc[left + 1 : right] if t.i != cue.i and (closing is None or t != closing)]
    if not all(cue in t.ancestors for t in own) or right + 1 >= len(doc):
        return text[start:end]  # (a mark inside the content's own words, not the aside's)
    if not any(t.dep_ in ("nsubj", "pobj") for t in own) or any(t.is_quote for t in own):
        return text[start:end]  # ("overtime, as promised, and…": no one's clause; a quote's end)
    after = doc[right + 1]
    finite = after.pos_ in ("VERB", "AUX") and "Fin" in after.morph.get("VerbForm")
    joined = after.lower_ in JOINING_WORDS or finite
    before = text[start : doc[left].idx].rstrip() + (closing.text if closing else "")
    return before + (" " if joined else ", ") + text[after.idx : end]


def _before_closing_source(cue: Token, start: int, end: int) -> int:
    """Where a content ends before a closing "…, according to X" of another source ("he
    wouldn't negotiate with Reid, according to two sources familiar with the meeting"): the
    phrase tells who reported the speaker's words, which, listed after the speaker, would
    read as part of them. The offset of the comma before the phrase, else ``end``."""
    doc = cue.doc
    for t in doc.char_span(start, end, alignment_mode="expand") or ():
        closing = t.lower_ == "according" and t.i != cue.i and t.i > 0 and t.right_edge.idx < end
        if closing and doc[t.i - 1].text == "," and t.right_edge.idx + len(t.right_edge) >= end:
            return doc[t.i - 1].idx
    return end


def _kind(tok: Token) -> str:
    """What kind of series item a word heads: a verb by its form, else its part of speech."""
    return tok.tag_ if tok.pos_ == "VERB" else tok.pos_


def interjected(cue: Token) -> bool:
    """A cue set into the clause it reports: a parenthetical or an "as X said" clause. A cue
    with an object of its own reports that ("As he announced the invasion, Putin declared…":
    the invasion was announced, not the declaration)."""
    if cue.head.pos_ not in ("VERB", "AUX") or cue.head.i == cue.i:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in cue.children):
        return False
    if any(c.dep_ == "prep" and c.i > cue.i and not _circumstance(c) for c in cue.children):
        return False  # ("as he asked for the letter", "she admitted to having…": what was said)
    if cue.dep_ == "parataxis":
        return True
    return cue.dep_ == "advcl" and _as_clause(cue)


def _as_clause(cue: Token) -> bool:
    """Whether a cue opens an "as X said" clause."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def _circumstance(prep: Token) -> bool:
    """Whether a phrase after a cue tells how it was said ("to reporters", "in a statement"),
    not what ("for the letter", "to having curly hair": a gerund after it is the words)."""
    return prep.lower_ in CIRCUMSTANCE_PREPS and not any(g.dep_ == "pcomp" for g in prep.children)


def interrupted(cue: Token) -> tuple[int, int]:
    """First and last token of the clause an interjected cue reports (:func:`interjected`):
    "Greensboro, Sexton said, made him question…" keeps both sides (listed without the aside,
    :func:`without_aside`); "as Putin noted, the talks…" and "…, as officials said" keep the
    side the cue's own clause does not stand on. Marks, line breaks, a conjunction and the
    writer's "That said," (:func:`.patterns.concession`) before it are no side ("But as
    Greenberg notes, …": listed whole, the entry would name its speaker twice), and an "as"
    clause in parentheses after the clause's verb reports what comes before it ("was paid by
    Cuba (as Hunt insisted), or by…": what follows is the writer's; "The vote (officials
    said) was close" is one claim)."""
    doc = cue.doc
    lo, hi = cue.head.left_edge.i, cue.head.right_edge.i
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    # (the cue's own words: not a clause the parser coordinated with it, "[its mood], she
    # recalled, [and her mood…]")
    first = cue.left_edge.i
    last = max([cue.i, *(c.right_edge.i for c in cue.children if c.dep_ not in ("cc", "conj"))])
    if all(t.is_punct or t.is_space or t.dep_ == "cc" or in_concession(t) for t in doc[lo:first]):
        return last + 1, hi
    if last >= hi or (doc[first].text == "(" and cue.head.i < first and _as_clause(cue)):
        return lo, first - 1
    return lo, hi


def appeal_or_name(verb: Token) -> bool:
    """Whether "call" tells words: an appeal ("called for a ceasefire", "called on Congress
    to act", "calling for him to resign", "called out the board"), a name given ("called the
    deal a disgrace", "called Davis “Abortion Barbie”": quoted words after the object,
    however the parser hung them) or a clause. Its object alone, or with an infinitive, is
    whom it rang or what it convened ("called 911", "called the snap election", "called the
    FDA to see if…"), and a lone person's name after it ("called Cornad Anker") one rung,
    not a name given (all of them in the 250 Multi-News reports of session 31)."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ == "ccomp" or (c.dep_ == "prt" and c.lower_ == "out"):
            return True
        if c.dep_ == "prep" and c.lower_ in APPEAL_PREPS and not _on_a_day(c):
            return True
        if c.dep_ in ("advcl", "xcomp") and any(
            m.dep_ == "mark" and m.lower_ in APPEAL_PREPS for m in c.children
        ):
            return True
        if c.dep_ == "oprd" and _a_name_given(c):
            return True
    rest = doc[verb.i + 1 : verb.right_edge.i + 1]
    return any(c.dep_ == "dobj" for c in verb.children) and any(t.is_quote for t in rest)


def _on_a_day(prep: Token) -> bool:
    """Whether a phrase is "on" a date or time: when it was called ("called the vote on
    Tuesday"), not whom it called on ("for another night of protest" is an appeal)."""
    return prep.lower_ == "on" and any(
        g.dep_ == "pobj" and g.ent_type_ in OCCASION_ENTS for g in prep.children
    )


def _a_name_given(oprd: Token) -> bool:
    """Whether a naming verb's predicate names what it describes ("a disgrace", "odd"), not
    the person rung, whom the parser may take for one ("called Cornad Anker"): a lone
    person's name, with no object before it, is rung; so is an adverb ("calls his son
    weekly")."""
    if oprd.pos_ == "ADV":
        return False
    lone = not any(c.dep_ == "dobj" for c in oprd.head.children)
    return not (lone and oprd.ent_type_ == "PERSON")


def cue_words(said: str, cue: Token, start: int) -> str:
    """A report's cue as listed before its content (which starts at offset ``start``): the cue
    as ``said`` (its word, with a denial if any) with its particle and the preposition whose
    object the content is ("called for", "called on", "pointed out", "spoke about":
    :data:`~.cues.PHRASAL_PREPS`), the words right after the cue that the content leaves
    out. Without them "(called): an unconditional ceasefire" reads as a name given and
    "(pointed): a slew of reasons" as no words at all."""
    words = [said]
    preps = PHRASAL_PREPS.get(cue_lemma(cue), frozenset())
    for t in cue.doc[cue.i + 1 :]:
        if t.idx >= start:
            break
        particle = t.dep_ == "prt" and t.head == cue
        # (the preposition's object, or the clause "for" marks, is the content: not "on Tuesday")
        governed = (
            t.head
            if t.dep_ == "mark"
            else next((g for g in t.children if g.dep_ in ("pobj", "pcomp")), None)
        )
        # (after a particle the verb is another: "points out [to her husband]" is whom)
        opens = (
            t.lower_ in preps
            and len(words) == 1
            and (t.head == cue or (t.dep_ == "mark" and t.head.head == cue))
            and governed is not None
            and governed.idx >= start
        )
        if not (particle or opens):
            break
        words.append(t.lower_)
    return " ".join(words)
