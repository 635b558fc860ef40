"""Word lists a reader's judgement rests on: loaded terms and where quotations are.

Pure text, no model: the counting words that stand for figures (:data:`COUNT_WORDS`), the
lexicon of evaluative or charged words (:data:`LOADED_TERMS`)
and the rule that tells whose voice a term is in. A term inside a direct quotation is
the speaker's, not the outlet's; a term in reported speech ("saying Russia's offensive
is an imperial-style land grab") is attributed to the source; anything else is the
outlet's own. The framing stage lists them, the brief and the fact wording avoid them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Words that begin with an elided letter ('90s, rock 'n' roll, 'em, 'til): their mark is an
# apostrophe, never the opening of a quotation.
_ELISIONS = (r"\d0s", "n", "em", "til", "cause")


def _single_quote(opening: str, closing: str) -> str:
    """The pattern of a quotation in single marks (``'…'`` or ``‘…’``). Inside it, ``closing``
    as an apostrophe between two letters ('It's not Russia's fault') does not end it; nor does
    one after a plural's s before a lower-case word ('the players' union wants …') when a later
    mark can end it, with no other quotation opening in between — else that mark does ('our
    rights' he said). Outside a quotation, an apostrophe after a letter or before an elided
    word never opens one."""
    ends = rf"(?<=\S){closing}(?!\w)"
    within_word = rf"(?<=[^\W\d_]){closing}(?=[^\W\d_])"
    # an s-final plural ("players'"), not "less", "this" or "us", before a lower-case word
    plural = rf"(?<=[^\W\d_sSiIuU][sS]){closing}(?= [a-z])"
    not_plural = rf"(?<![^\W\d_sSiIuU][sS]{closing})|(?! [a-z])"
    marks = "".join(dict.fromkeys(opening + closing))
    elided = "|".join(_ELISIONS)
    # The mark before its lookbehind: with every branch starting on a literal mark, the regex
    # engine jumps from mark to mark (about ten times faster over Multi-News).
    return (
        rf"{opening}(?<![\w'’]{opening})(?!(?:{elided})\b)(?=\S)"
        rf"(?:(?:[^{marks}\n]|{within_word}|{plural}){{1,2000}}?{ends}(?:{not_plural})"
        rf"|(?:[^{closing}\n]|{within_word}){{1,2000}}?{ends})"
    )


# “…”, "…" and ‘…’/'…' quotations; an apostrophe inside a word (Putin's) never opens one.
_QUOTE_RE = re.compile(
    "|".join(
        (r"“[^”]{1,2000}”", r'"[^"\n]{1,2000}"', _single_quote("‘", "’"), _single_quote("'", "'"))
    )
)


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of direct quotations (quote marks included)."""
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]


def in_ranges(pos: int, ranges: Iterable[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in one of the half-open ``ranges`` (e.g. inside a quotation)."""
    return any(a <= pos < b for a, b in ranges)


def ranges_mask(length: int, ranges: Iterable[tuple[int, int]]) -> bytearray:
    """A byte per character of a text of ``length``, 1 inside the half-open ``ranges``: what
    :func:`in_ranges` answers, for a caller that asks of every word or letter of the text
    (one look-up each, where :func:`in_ranges` reads every range)."""
    mask = bytearray(length)
    for a, b in ranges:
        mask[a:b] = b"\x01" * (b - a)
    return mask


# A quotation mark glued between two sentences, the paragraph break lost in the scrape: a
# closing one ('… from something else."Dr. Kolb says …') makes the sentence splitter end the
# sentence after "Dr." and the quote finder take the mark for an opening one; an opening one
# ('… locked up with him."I had never …') hides the sentence break. A straight mark closes
# when an odd number of them come before it in its paragraph.
_GLUED_MARK = re.compile(r"(?<=[.!?])([\"”“])(?=[A-Z])")
# A full stop glued to the next sentence ("… were badly damaged.We have no …", "… (left
# partially paralyzed).Patel underwent …", "… was scheduled for July 2.The district attorney …"):
# after a word of two lower-case letters or more (not "U.S.Army", "Mr.Smith", "a.m."), a closing
# parenthesis or a digit (a decimal goes on with a digit), before a capitalised word; not a web
# address ("www.FoxNews.com"). In the 690 Multi-News texts a digit's stop is glued so 3 times,
# each a sentence's end.
_GLUED_STOP = re.compile(r"(?:(?<=[a-z]{2}[.!?])(?<!www\.)|(?<=[)0-9][.!?]))(?=[A-Z][a-z]+\b)")


def unglue_sentences(paragraph: str) -> str:
    """``paragraph`` with a space after each full stop (:data:`_GLUED_STOP`) and closing
    quotation mark glued to the next sentence and before each opening one glued to the sentence
    before (:data:`_GLUED_MARK`)."""
    paragraph = _GLUED_STOP.sub(" ", paragraph)

    def spaced(m: re.Match[str]) -> str:
        mark = m.group(1)
        closes = mark == "”" or (mark == '"' and paragraph.count('"', 0, m.start()) % 2 == 1)
        return mark + " " if closes else " " + mark

    return _GLUED_MARK.sub(spaced, paragraph)


# Counting words and the figure each stands for: a count written out ("seven arrested") is the
# same figure as one in digits for every check that compares the numbers of two reports.
COUNT_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip


# Evaluative / charged words, grouped by why they are loaded. Matched case-insensitively as
# whole words; each key is a regex, each value the label shown to the user.
LOADED_TERMS: dict[str, tuple[str, str]] = {
    # verbs of saying that judge the speaker or the statement
    r"slam(?:s|med|ming)?": ("slammed", "judging verb of saying"),
    r"blast(?:s|ed|ing)?": ("blasted", "judging verb of saying"),
    r"lash(?:es|ed)? out": ("lashed out", "judging verb of saying"),
    r"rail(?:s|ed|ing)? against": ("railed against", "judging verb of saying"),
    r"hail(?:s|ed|ing)?": ("hailed", "judging verb of saying"),
    r"tout(?:s|ed|ing)?": ("touted", "judging verb of saying"),
    r"boast(?:s|ed|ing)?": ("boasted", "judging verb of saying"),
    r"admit(?:s|ted|ting)?": ("admitted", "implies a concession"),
    r"conced(?:e|es|ed|ing)": ("conceded", "implies a concession"),
    r"insist(?:s|ed|ing)?": ("insisted", "casts the speaker as obstinate"),
    r"decr(?:y|ies|ied)": ("decried", "judging verb of saying"),
    # charged labels
    r"imperial-style": ("imperial-style", "charged label"),
    r"land grab": ("land grab", "charged label"),
    r"regime": ("regime", "charged label"),
    r"puppet": ("puppet", "charged label"),
    r"propaganda": ("propaganda", "charged label"),
    r"bloodbath": ("bloodbath", "charged label"),
    r"brutal(?:ly)?": ("brutal", "charged label"),
    r"aggressor": ("aggressor", "charged label"),
    r"ultimatums?": ("ultimatums", "charged label"),
    r"performative": ("performative", "charged label"),
    r"non-starters?": ("non-starter", "charged label"),
    r"so-called": ("so-called", "distancing"),
    r"notorious": ("notorious", "charged label"),
    r"trainwreck": ("trainwreck", "charged label"),
    r"party girl": ("party girl", "charged label"),
    r"perpetual mess": ("perpetual mess", "charged label"),
    r"hard[- ]partying": ("hard-partying", "charged label"),
    # editorial judgement in the outlet's voice
    r"conciliatory": ("conciliatory", "editorial judgement"),
    r"most serious": ("most serious", "editorial judgement"),
    r"notably": ("notably", "editorial judgement"),
    r"merely": ("merely", "editorial judgement"),
    r"finally": ("finally", "editorial judgement"),
    r"nothing more than": ("nothing more than", "editorial judgement"),
    r"shock(?:ing)?": ("shocking", "editorial judgement"),
    r"symbolic show": ("symbolic show", "editorial judgement"),
    r"damn(?:ed)?": ("damn", "informal intensifier"),
    r"pretty (?:damn )?(?:confident|sure|clear)": ("pretty confident", "informal intensifier"),
}
_LOADED_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<t{k}>{p})" for k, p in enumerate(LOADED_TERMS))
    + r")(?![\w-])",
    re.I,
)
_LABELS = list(LOADED_TERMS.values())
# Offences a suspect admits to ("admitted to stabbing the man"): "admitted" is the plain word
# for a confession, not a concession the outlet reads into a statement.
OFFENCES = (
    "killings?", "murdering", "stabbing", "shooting", "smothering", "strangling", "hitting",
    "beating", "abusing", "assaulting", "groping", "raping", "molesting", "stealing", "robbing",
    "violating", "breaking", "bullying", "poisoning", "murder", "theft", "robbery",
    "assault",
)  # fmt: skip
# Plain senses of loaded words, as (the text right before the word, the text right after it):
# a literal use judges no one. Read on the 690 Multi-News texts, where these made most of the
# false "loaded terms" (an explosion's blast, "admitted to the hospital", "went into shock").
LITERAL_SENSES: dict[str, tuple[str, str]] = {
    # a blast is a noun after a determiner or a describing word; music, guns and weather blast
    "blasted": (
        r"(?:\b(?:the|a|an|this|that|its|their|arctic|cold|rare|first|second|powerful|massive"
        r"|huge|deadly|initial|gas|bomb|horn|shotgun|radio|music|soundtrack|guns?|these|those"
        r"|several|multiple|twin|two|three)\s+)$",
        # explosions heard ("blasts could be heard", "blasts and heavy shooting"), and guns
        # fired with no one to judge ("guns drawn, and start blasting.")
        r"(?:\s+(?:of|zones?|radius|site|wave)\b|\s+(?:classic|music|songs?|rock|away|off"
        r"|through|open|into)\b|\s+(?:could|can|were|rocked|shook|echoed|rang)\b"
        r"|\s+and\s+(?:\w+\s+)?(?:shooting|gunfire|shelling|explosions)\b|\s*[.!?;])",
    ),
    # admitted to a hospital, a study or a school; "was admitted" is let in, not conceding;
    # a region admitted into a federation; a confession to an offence (:data:`OFFENCES`) is
    # what the accused told the police, where "admitted" is the plain word
    "admitted": (
        r"(?:\b(?:be|been|being|is|are|was|were|get|got|gets)\s+)$",
        r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?(?:hospital|study|trial|program"
        r"|programme|school|university|college|clinic|emergency|icu|intensive|ward|unit|bar)\b"
        r"|\s+(?:(?!that\b)[\w-]+\s+){1,8}?(?:to|into)\s+(?:the\s+)?(?:\w+\s+)?(?:federation"
        r"|union|alliance|nato|league|bloc|membership)\b"
        rf"|\s+(?:to\s+)?(?:the\s+)?(?:\w+ly\s+)?(?:{'|'.join(OFFENCES)})\b",
    ),
    # a state of the body or mind, a treatment, a wave, the shock people felt ("one of shock
    # and sadness"): no judgement of the news
    "shocking": (
        r"(?:\b(?:in|into|septic|anaphylactic|toxic|electric|electrical|cardiogenic|"
        r"hypovolemic|spinal|culture|sticker)\s+)$",
        r"\s+(?:therapy|treatment|waves?|absorbers?|value|collar|jock)\b"
        r"|(?<=shock)\s+and\s+[\"“‘']?(?:\w+\s+)?(?:sadness|grief|disbelief|joy|horror|dismay"
        r"|anger|sorrow|awe|fear)\b",
    ),
    # a list's last item or an argument's last point ("Finally, …", "and finally hitting a
    # tree", "returned to the band, finally leaving in 2008"); "Finally the president has
    # spoken" is the writer's impatience
    "finally": (r"(?:\band|,)\s+$", r","),
    # where one comes from, a taxi called, and weather
    "hailed": (
        r"(?:\b(?:rain|snow|sleet|and|of|with|large|heavy)\s+)$",
        r"\s+(?:from\b|(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:taxi|cab|car|ride|lyft|uber)s?\b"
        r"|(?:and|storms?|stones?|damage)\b)",
    ),
    # harsh weather, or frank ("brutally honest")
    "brutal": (
        r"",
        r"\s+(?:cold|heat|winter|storms?|weather|conditions|temperatures|snow|summer|wind"
        r"|chill|freeze|honest|specific|frank)\b",
    ),
    # a system of rules is no government: a visa or sanctions regime
    "regime": (
        r"(?:\b(?:visa|sanctions?|tax|trade|exchange|regulatory|inspection|treaty|legal"
        r"|monitoring|control|climate|price|currency|dietary|training|treatment|drug|fitness"
        r"|exercise|non-proliferation|nonproliferation)\s+)$",
        r"",
    ),
    # a demand ("insisted on anonymity", "insisted that the rebels had to disarm"), not a
    # speaker cast as obstinate
    "insisted": (
        r"",
        r"\s+on\b|\s+(?:that\s+)?(?:(?!that\b)[\w'’-]+\s+){1,5}?(?:should|must|had\s+to|has\s+to"
        r"|have\s+to|needs?\s+to|needed\s+to)\b",
    ),
    # "most notably" singles an item out of a list; "notably different" or "higher" is a
    # measured degree ("notably more conciliatory" still judges)
    "notably": (
        r"(?:\bmost\s+)$",
        r"\s+(?:different|higher|lower|larger|smaller|fewer|similar)\b",
    ),
    # "not merely X but Y" is "not only"; "merely a few minutes" is "only"
    "merely": (
        r"(?:\b(?:not|n[’']t)\s+)$",
        rf"\s+(?:a\s+(?:few|couple|handful)|\d|{'|'.join(COUNT_WORDS)}|dozens|hundreds)\b",
    ),
    # to boast a number of things is to have them ("boasts far better production values")
    "boasted": (
        r"",
        rf"\s+(?:(?:far|much)\s+(?:better|more)|\d|{'|'.join(COUNT_WORDS)}|dozens|hundreds"
        r"|thousands)\b",
    ),
    # a collision or a door, not a speaker
    "slammed": (r"", r"\s+(?:into|against|onto|shut)\b|\s+(?:the\s+)?(?:door|brakes?|gavel)\b"),
    # the gravest charge or injury of several is the court's or the doctors' measure
    "most serious": (
        r"",
        r"\s+(?:charges?|counts?|offen[cs]es?|crimes?|felon(?:y|ies)|injur(?:y|ies)|condition"
        r"|cases)\b",
    ),
    # a term introduced, in quotation marks or defined after it ("so-called “under-votes” —
    # ballots in which …", "the so-called gag rule, which prohibits …"), is named, not sneered at
    "so-called": (
        r"",
        r"\s+(?:[\"“‘']|(?:[\w’'-]+\s+){0,3}?[\w’'-]+(?:,?\s+(?:which|that)\b|\s*[—–]))",
    ),
}
_LITERAL = {
    label: (
        re.compile(before, re.I) if before else None,
        re.compile(after, re.I) if after else None,
    )
    for label, (before, after) in LITERAL_SENSES.items()
}
# How much text before a term its literal-sense pattern reads.
LITERAL_LOOK_BACK = 40


def _literal(text: str, start: int, end: int, label: str) -> bool:
    """Whether the loaded word at ``start``–``end`` is used in a plain sense
    (:data:`LITERAL_SENSES`)."""
    before, after = _LITERAL.get(label, (None, None))
    head = text[max(0, start - LITERAL_LOOK_BACK) : start]
    return bool(
        (before is not None and before.search(head))
        or (after is not None and after.match(text, end))
    )


# Plain senses a loaded word's sentence states anywhere in it, beyond LITERAL_LOOK_BACK: a
# wait ("after experiencing delays earlier this month, the team finally launched", "finally went
# to trial following three years of wrangling") that "finally" tells, not the writer's
# impatience.
_SENTENCE_SENSES: dict[str, re.Pattern[str]] = {
    "finally": re.compile(
        r"\b(?:after|following)\s+(?:[\w-]+\s+){0,6}?(?:delays?|years|months|weeks|decades|days"
        r"|hours|attempts|tries|setbacks)\b",
        re.I,
    ),
}
# A capitalised term inside running prose, after a lower-case word and before a capitalised
# one ("alongside Nas and the Notorious B.I.G."), is part of a name or a title.
_IN_NAME_BEFORE = re.compile(r"\b[a-z][\w’'-]*\s+$")
_IN_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _in_name(text: str, start: int, end: int) -> bool:
    """Whether the term at ``start``–``end`` is a word of a name (:data:`_IN_NAME_BEFORE`)."""
    word = text[start:end]
    return (
        word[:1].isupper()
        and not word.isupper()
        and bool(_IN_NAME_BEFORE.search(text, max(0, start - LITERAL_LOOK_BACK), start))
        and bool(_IN_NAME_AFTER.match(text, end))
    )


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``start``–``end``, from the full stop before it to the one after."""
    stop = text.find(".", end)
    return text[text.rfind(".", 0, start) + 1 : len(text) if stop < 0 else stop]


# Reported speech: the loaded word is the source's, paraphrased by the outlet ("told the
# Associated Press that notorious claims …", "has maintained the system is merely defensive").
_ATTRIBUTION = re.compile(
    r"\b(?:say|says|said|saying|cast|casts|casting|call(?:s|ed|ing)? (?:it|them|him|her|this)|describ\w+|accus\w+|"
    r"view\w*|according to|argu\w+|warn\w*|told|tells|maintain(?:s|ed|ing)?|contend\w*)\b",
    re.I,
)
# Verbs of saying are the outlet's judgement even after another verb of saying
# ("said Putin slammed..."): never attributed.
_SAYING_LABELS = {v[0] for v in LOADED_TERMS.values() if v[1] == "judging verb of saying"} | {
    "claimed",
    "insisted",
    "admitted",
    "conceded",
    "dismissed",
}


@dataclass(frozen=True, slots=True)
class LoadedTerm:
    """One loaded term in an article, whether the outlet or a source uses it."""

    label: str
    why: str
    start: int
    end: int
    voice: str  # "own" | "attributed" | "quoted"


def loaded_terms_in(
    text: str, *, own_words_only: bool = False, offset: int = 0
) -> list[LoadedTerm]:
    """Loaded terms in ``text`` (offsets shifted by ``offset``), each with its voice."""
    quotes = quoted_ranges(text)
    out: list[LoadedTerm] = []
    for m in _LOADED_RE.finditer(text):
        k = next(int(name[1:]) for name, v in m.groupdict().items() if v is not None)
        label, why = _LABELS[k]
        if _literal(text, m.start(), m.end(), label) or _in_name(text, m.start(), m.end()):
            continue
        sense = _SENTENCE_SENSES.get(label)
        if sense is not None and sense.search(_sentence(text, m.start(), m.end())):
            continue
        if in_ranges(m.start(), quotes):
            voice = "quoted"
        else:
            # reported speech when a verb of saying stands before the term in its sentence
            head = text[max(0, text.rfind(".", 0, m.start()) + 1) : m.start()]
            voice = (
                "attributed" if _ATTRIBUTION.search(head) and label not in _SAYING_LABELS else "own"
            )
        if own_words_only and voice != "own":
            continue
        out.append(LoadedTerm(label, why, m.start() + offset, m.end() + offset, voice))
    return out
