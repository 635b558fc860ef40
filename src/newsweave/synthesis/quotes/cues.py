"""The words that introduce someone's quoted words: communication and stance verbs.

Data only, shared by direct-quote attribution (:mod:`.attribution`) and, through it, the
reactions stage. Reported speech has its own, narrower table (:data:`REPORT_CUES`, read by
:mod:`.reported`): a verb near a quote may attribute it, but only a verb with a clause of its
own reports speech.
"""

from __future__ import annotations

# The verbs of saying itself, which both tables below hold: the speech act is the verb.
SAYING_VERBS = (
    *("say", "tell", "add", "state", "declare", "announce", "claim", "insist", "argue"),
    *("note", "explain", "ask", "answer", "reply", "respond"),
)
# Communication and stance verbs (lemmas) that introduce or frame someone's words.
CUE_LEMMAS = frozenset(
    [
        *SAYING_VERBS,
        "warn",
        "post",
        "write",
        "tweet",
        "conclude",
        "urge",
        "describe",
        "dismiss",
        "reject",
        "slam",
        "welcome",
        "hail",
        "praise",
        "criticize",
        "criticise",
        "accuse",
        "vow",
        "promise",
        "pledge",
        "propose",
        "suggest",
        "acknowledge",
        "admit",
        "recall",
        "emphasise",
        "emphasize",
        "stress",
        "report",
        "predict",
        "threaten",
        "demand",
        "complain",
        "quip",
        "joke",
        "shout",
        "remark",
        "observe",
        "comment",
        "testify",
        "counter",
        "concede",
        "affirm",
        "confirm",
        "deny",
        "assert",
        "maintain",
        "call",
        "label",
        "brand",
        "term",
        "decry",
        "condemn",
        "blast",
        "lament",
        "recount",
        "reiterate",
        "repeat",
        "caution",
        "contend",
        "point",
        "write",
        "exclaim",
        "boast",
        "mock",
        "lash",
        "tout",
        "chant",
        "yell",
        "whisper",
        "mutter",
        "charge",
        "allege",
        "believe",
        "think",
        "question",
        "wonder",
        "offer",
        "advise",
        "suggest",
        "order",
        "instruct",
        "pledge",
        "reveal",
        "disclose",
        "signal",
        "indicate",
        "cite",
        "quote",
        "read",
        "continue",
        "tweet",
        "retweet",
        "blog",
        "thunder",
        "fume",
        "rail",
        "bark",
        "snap",
        "retort",
        "scream",
        "cry",
        "sigh",
        "laugh",
        "grumble",
        "muse",
        "plead",
        "beg",
        "gush",
        "rave",
        "thank",
        "blame",
        "bemoan",
        "echo",
        "disavow",
        "lament",
        "scoff",
        "sneer",
        "proclaim",
        "interject",
        "interrupt",
        "reason",
        "rule",
    ]
)
# Lemmas of CUE_LEMMAS that are also everyday non-speech verbs: only cues when they govern the quote.
WEAK_CUES = frozenset(
    {"continue", "point", "read", "order", "offer", "call", "think", "believe", "charge"}
)
# Verbs by which an outlet relays a story ("…, Al Jazeera reported", "CNN wrote"): the
# outlet is the story's source, not one of its actors, so a later "they" is not the outlet.
RELAY_LEMMAS = frozenset({"report", "write"})
# Irregular past and third-person forms of cue lemmas (the regular ones are derived).
IRREGULAR_CUE_FORMS = {
    "say": ("said", "says"),
    "tell": ("told",),
    "write": ("wrote",),
    "think": ("thought",),
    "read": ("read",),
    "cry": ("cried", "cries"),
}


def _inflections(lemma: str) -> tuple[str, ...]:
    """``add`` → adds, added; ``note`` → notes, noted; ``reply`` → replies, replied."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies", lemma[:-1] + "ied"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d"
    if lemma.endswith(("s", "sh", "ch", "x")):
        return lemma + "es", lemma + "ed"
    return lemma + "s", lemma + "ed"


# Past and third-person forms of the cues: an inverted cue ("Added Lesh:", "Says Weir,") puts
# one before a name, and the tagger may read it as the first word of that name.
CUE_FORMS = frozenset(
    f
    for lemma in CUE_LEMMAS
    for f in (*_inflections(lemma), *IRREGULAR_CUE_FORMS.get(lemma, ()))
    if f != lemma
)

# Things that carry someone's words: "an ad calling it…" speaks for whoever released the ad.
MEDIUM_NOUNS = frozenset(
    [
        "ad",
        "advert",
        "memo",
        "statement",
        "letter",
        "tweet",
        "post",
        "message",
        "email",
        "report",
        "release",
        "video",
        "op-ed",
        "column",
        "speech",
        "interview",
        "note",
        "commercial",
    ]
)

# Cue lemmas of reported speech with a clausal content, by why they report someone's words or
# mind. Tuned on PolNeAR train (texts 0-299): every verb here with a clause of its own
# introduces annotated attribution content at least half the time there ("show" 42 of 62,
# "believe" 26 of 47); verbs below that were left out ("think" 22/49, "know" 13/30, "see"
# 10/24, "expect" 3/9, "feel" 4/13, "fear" 1/7, "consider" 4/10).
REPORT_CUES: dict[str, str] = {
    # saying: the verb is the speech act itself
    **dict.fromkeys(
        [
            *SAYING_VERBS,
            "warn",
            "assert",
            "maintain",
            "contend",
            "reiterate",
            "repeat",
            "remark",
            "comment",
            "observe",
            "stress",
            "emphasize",
            "emphasise",
            "acknowledge",
            "admit",
            "concede",
            "confirm",
            "deny",
            "allege",
            "charge",
            "complain",
            "boast",
            "predict",
            "promise",
            "pledge",
            "vow",
            "threaten",
            "suggest",
            "propose",
            "recall",
            "reveal",
            "disclose",
            "report",
            "testify",
            "counter",
            "retort",
            "joke",
            "quip",
            "conclude",
            "caution",
            "agree",
            "signal",
            "indicate",
            "hint",
            "estimate",
            "tweet",
            "write",
            "post",
            "inform",
            "assure",
            "remind",
            "advise",
            "accuse",
            "urge",
            "question",
            "call",
        ],
        "speech",
    ),
    # cognition: a stance the text ascribes to its holder ("believes", "worries that"), which
    # PolNeAR (and a reader) treats as that holder's claim, not the writer's
    **dict.fromkeys(
        [
            "believe",
            "hope",
            "doubt",
            "worry",
            "recognize",
            "realize",
            "assume",
            "learn",
            "notice",
            "guess",
        ],
        "cognition",
    ),
    # evidence: a poll, a study or a record that "shows" or "found": its authors' claim
    **dict.fromkeys(["show", "find", "appear", "seem"], "evidence"),
}
