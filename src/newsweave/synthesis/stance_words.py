"""The words that show a stance on the news: stance verbs, phrases, and how each is read.

Data and the plain-text reading of it for :mod:`newsweave.synthesis.stages.reactions`:
verbs whose subject takes a stance ("hailed", "dismissed"), phrases that show one in quoted
or reported words ("buy time", "only if"), and the nouns that tell a verb's sense ("offered
talks" is a proposal, "offered condolences" is not; "dismissed the charges" is a court's
ruling, the news itself, not a reaction to it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

STANCE_VERBS: dict[str, str] = {
    **dict.fromkeys(
        [
            "welcome",
            "hail",
            "praise",
            "applaud",
            "endorse",
            "embrace",
            "celebrate",
            "commend",
            "thank",
            "support",
            "back",
            # only of another's act (:data:`DEFENCE_VERBS`)
            "defend",
        ],
        "welcomes",
    ),
    **dict.fromkeys(
        [
            "reject",
            "dismiss",
            "refuse",
            "deny",
            "condemn",
            "denounce",
            "slam",
            "rebuff",
            "spurn",
            "decry",
            "blast",
            "oppose",
            "criticize",
            "criticise",
        ],
        "rejects",
    ),
    **dict.fromkeys(["warn", "doubt", "question", "caution"], "skeptical"),
    # not "suggest": in news it mostly means "indicate" ("nothing yet to suggest it", "the
    # study suggests"); a proposal in one's own words is the phrase "we suggest"
    **dict.fromkeys(["propose", "offer", "invite"], "proposes"),
}
# Phrases (lowercase, matched on word boundaries) that show a stance in quoted or reported words.
STANCE_PHRASES: dict[str, tuple[str, ...]] = {
    "welcomes": (
        "positive sign",
        "great day",
        "good news",
        "step in the right direction",
        "welcome",
        "encouraging",
        "hopeful",
        "breakthrough",
        "positive step",
        "lives that will be saved",
        # glad of someone's good news ("we're so happy for Moonlight", "I'm thrilled for them")
        "happy for",
        "excited for",
        "thrilled for",
        "delighted for",
    ),
    "rejects": (
        "unacceptable",
        "ultimatum",
        "ultimatums",
        "non-starter",
        "performative",
        "anti-russian rhetoric",
        "will not accept",
        "cannot accept",
    ),
    "skeptical": (
        "buy time",
        "not enough",
        "skeptical",
        "sceptical",
        "way out",
        "pretending",
        "stalling",
        "not serious",
        "empty words",
        # the other side's move makes no sense to the speaker ("we find it puzzling given our
        # public stance", "disappointing and puzzling that the President would attack")
        "puzzling",
        # games and delay as tactics, not as sport or a timetable ("the Games", "a delay of
        # two days", "a hits business")
        "playing games",
        "play games",
        "political games",
        "delaying tactic",
        "delaying tactics",
    ),
    "conditional": (
        "only if",
        "only once",
        "only begin once",
        "as long as",
        "provided that",
        "on condition",
        "unless",
        "must first",
        "cannot proceed until",
        "not preceded by negotiations",
    ),
    "proposes": (
        "we propose",
        "we are proposing",
        "we offer",
        "our proposal",
        "we suggest",
        "propose to",
    ),
}
# Verbs of standing up for something: a stance on the news only for another's act ("Graham
# defended Trump's appointment of Whitaker"); one's own ("McCain defended his immigration
# plan", "Camp defended the release") is the actor's own part in it, and a body or a title
# defended ("defend themselves", "defend the Republic") is no news at all.
DEFENCE_VERBS = frozenset({"defend"})
# Verbs of warning: a warning is a stance (skeptical) only when it is about the other side's
# conduct ("warned that Putin was merely trying to buy time"); of a danger ("warned that
# terrorists are targeting France", "warned the search would be long") it takes no side.
WARNING_VERBS = frozenset({"warn", "caution"})
# What one offers when the offer is a proposal ("offered talks", "offered a ceasefire"); an
# offer of anything else ("offered condolences", "offered this one redeeming act") is none.
OFFER_OBJECTS = frozenset(
    {
        "talk",
        "negotiation",
        "meeting",
        "summit",
        "ceasefire",
        "truce",
        "deal",
        "plan",
        "proposal",
        "compromise",
        "concession",
        "settlement",
        "exchange",
        "swap",
        "help",
        "assistance",
        "aid",
        "reward",
        "resignation",
        "amnesty",
    }
)
# Words of a reluctant yes ("appeared resigned to backing a revenue-free deal", "reluctantly
# endorsed", "was forced to support"): giving in is not welcoming, whatever the verb.
RELUCTANCE_WORDS = frozenset(
    {
        "resign",
        "resigned",
        "reluctant",
        "reluctantly",
        "grudging",
        "grudgingly",
        "forced",
        "force",
        "compelled",
        "obliged",
        "begrudgingly",
        "unwillingly",
    }
)
# What a court or an official rules on: "dismissed the charges", "denied the motion" is the
# ruling (the news itself), not a reaction to it ("denied the allegations" is one).
RULING_OBJECTS = frozenset(
    {
        "charge",
        "count",
        "case",
        "lawsuit",
        "suit",
        "motion",
        "appeal",
        "petition",
        "request",
        "bail",
        "application",
        "indictment",
        "plea",
    }
)
# "without preconditions" is the proposer's wording, not a condition set by the speaker; "on
# condition of anonymity" is how a source spoke, not a condition on the event.
_NOT_CONDITION = re.compile(
    r"without (any )?(pre)?conditions?|on (the )?condition (of anonymity|that (he|she|they)"
    r" (not be|would not be|not|could not be) (named|identified))",
    re.I,
)
# A welcoming phrase within this many words after a negator is denied ("weren't welcome",
# "not a breakthrough", "no good news"); characters looked back for them.
NEGATION_WORDS = 2
NEGATION_REACH = 40
NEGATORS = frozenset({"not", "never", "no", "hardly", "nor"})
# "hopeful" after an office or a race is a candidate ("presidential hopeful").
_CANDIDATE_BEFORE = re.compile(
    r"\b(?:presidential|gubernatorial|senate|mayoral|congressional|democratic|republican"
    r"|olympic|title|playoff|leadership|white house|oscar|election)\s+$"
)
# "not enough" judges what was offered when it ends its clause ("it's 'not enough,'"); before a
# noun or an infinitive it measures something ("not enough evidence", "not enough to explain").
_CLOSES_CLAUSE = re.compile(r"\s*(?:[.,;:!?\"”’']|$)")
# A determiner after a verb starts its object ("stalling the announcement").
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|my|your)\b")
# "good news" welcomes what it is said of ("this is good news", "which is really good news",
# "it's good news": a pronoun's "'s", not a possessive's); as a subject it opens a silver
# lining after bad news ("the good news is, we got to see some extra speeches"), and as an
# object it is some other news ("we also saw some really good news in the economy").
_PREDICATE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been)|\b(?:it|that|this|what|here|there|which|who|they|we)"
    r"['’](?:s|re))\s+(?:\w+\s+){0,2}$"
)
_SUBJECT_OF = re.compile(r"\s+(?:is|was)\b")  # "the study's good news is that …"
# "encouraging X to ...": the verb of urging someone, whatever to.
_URGING = re.compile(r"\s+(?:[\w.’'-]+\s+){1,3}to\s")
# Conditions that qualify anything ("everybody will become ill unless…", "as long as you don't
# give up"): a stance only when the speaker commits to something on them (below). "Only if",
# "only once" state a precondition whatever the clause ("work can start only if…").
OPEN_CONDITIONS = frozenset({"unless", "as long as", "provided that"})


def phrase_hits(text: str) -> list[tuple[str, str]]:
    """The (stance, phrase) pairs that ``text`` shows, each phrase used for its stance."""
    # blanked, not removed: offsets in ``low`` stay those of ``text``
    low = _NOT_CONDITION.sub(lambda m: " " * len(m.group()), text).lower()
    hits = []
    for stance, phrases in STANCE_PHRASES.items():
        for ph in phrases:
            if any(_shows_stance(text, low, m, stance) for m in phrase_matches(ph, low)):
                hits.append((stance, ph))
    return hits


def phrase_matches(phrase: str, low: str) -> Iterator[re.Match[str]]:
    """Where a lower-case stance ``phrase`` stands in ``low`` as words of its own (not inside
    "non-starters" or "unwelcome")."""
    return re.finditer(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", low)


def _shows_stance(text: str, low: str, m: re.Match[str], stance: str) -> bool:
    """Whether a stance phrase is used for its stance: a welcome not denied ("they weren't
    welcome"; a condition's negation is its own: "cannot start unless"), not a noun for a
    candidate ("presidential hopeful Herman Cain"), a "good news" said of something, not the
    verb of urging someone to act ("encouraging Senate Democrats to oppose his appointment"), a
    "not enough" that ends its clause, an "only once" that does not ("only once the guns fall
    silent", not "one dies only once"), a "way out" not "of line", a "stalling" without an
    object."""
    before = low[max(0, m.start() - NEGATION_REACH) : m.start()].split()[-NEGATION_WORDS:]
    if stance == "welcomes" and any(w in NEGATORS or w.endswith(("n't", "n’t")) for w in before):
        return False
    if m.group() == "hopeful" and (
        _CANDIDATE_BEFORE.search(low, 0, m.start()) or re.match(r"s?\s+[A-Z]", text[m.end() :])
    ):
        return False
    if m.group() == "good news" and (
        not _PREDICATE_BEFORE.search(low, 0, m.start()) or _SUBJECT_OF.match(low, m.end())
    ):
        return False
    if m.group() == "not enough" and not _CLOSES_CLAUSE.match(text, m.end()):
        return False
    if m.group() == "only once" and _CLOSES_CLAUSE.match(text, m.end()):
        return False  # "one dies only once": a single time, no condition before a clause
    if m.group() == "way out" and low[m.end() :].lstrip().startswith("of "):
        return False  # "way out of line": a judgement of someone's words, not a stance
    if m.group() == "stalling" and _OBJECT_AFTER.match(low, m.end()):
        return False  # "stalling the announcement": holding something up, not a tactic
    return not (m.group() == "encouraging" and _URGING.match(low, m.end()))


def _forms(lemma: str) -> set[str]:
    """A regular verb's written forms: the cue a quote records is one of them."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    ed = (
        lemma + "d"
        if lemma.endswith("e")
        else (lemma[:-1] + "ied" if lemma.endswith("y") else lemma + "ed")
    )
    s = lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "s"
    return {lemma, s, ed, stem + "ing"}


_CUE_FORMS = {f: lemma for lemma in STANCE_VERBS for f in _forms(lemma)}


def cue_lemma(cue: str) -> str:
    """A cue as written ("dismissed") as its stance verb's lemma ("dismiss"), else as is."""
    return _CUE_FORMS.get(cue.lower(), cue.lower())
