"""The words that introduce someone's quoted words: communication and stance verbs.

Data only, shared by direct-quote attribution (:mod:`.attribution`) and, through it, the
reactions stage. Reported speech has its own, narrower tables (:data:`REPORT_CUES` and the
ones after it, read by :mod:`.reported`): a verb near a quote may attribute it, but only a
verb with a clause, an object or a target of its own reports speech.
"""

from __future__ import annotations

import re

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
        "rap",
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


# Verbs of two syllables stressed on the last, whose final consonant doubles like a
# one-syllable verb's ("admitted", "regretted"; "offered", "answered" are stressed first).
STRESSED_LAST_SYLLABLE = frozenset({"admit", "commit", "omit", "regret", "rebut", "refer"})
VOWELS = "aeiou"
# Final consonants that never double ("vowed", "taxed", "played").
UNDOUBLED_ENDINGS = "wxy"


def _doubles(lemma: str) -> bool:
    """Whether the last consonant doubles before -ed: a single vowel before a single final
    consonant in a stressed last syllable ("rap" → rapped, "quip" → quipped, "admit" →
    admitted; "rail", "post", "tweet", "counter" keep theirs). The "u" of "qu" is no vowel."""
    core = lemma.replace("qu", "q")
    if len(core) < 3 or core[-1] in VOWELS + UNDOUBLED_ENDINGS:
        return False
    if core[-2] not in VOWELS or core[-3] in VOWELS:
        return False
    return len(re.findall(f"[{VOWELS}]+", core)) == 1 or lemma in STRESSED_LAST_SYLLABLE


def _inflections(lemma: str) -> tuple[str, ...]:
    """``add`` → adds, added; ``note`` → notes, noted; ``reply`` → replies, replied; ``rap``
    → raps, rapped (not "raped")."""
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return lemma[:-1] + "ies", lemma[:-1] + "ied"
    if lemma.endswith("e"):
        return lemma + "s", lemma + "d"
    if lemma.endswith(("s", "sh", "ch", "x")):
        return lemma + "es", lemma + "ed"
    if _doubles(lemma):
        return lemma + "s", lemma + lemma[-1] + "ed"
    return lemma + "s", lemma + "ed"


# Past and third-person forms of the cues: an inverted cue ("Added Lesh:", "Says Weir,") puts
# one before a name, and the tagger may read it as the first word of that name.
CUE_FORMS = frozenset(
    f
    for lemma in CUE_LEMMAS
    for f in (*_inflections(lemma), *IRREGULAR_CUE_FORMS.get(lemma, ()))
    if f != lemma
)

# What finds or measures, so that "in" one of them reports its finding ("In the Marist poll,
# Clinton led Sanders by 9 points"): the clause is the poll's claim, not the writer's.
FINDING_NOUNS = frozenset(["poll", "survey"])
# Objects that name a finding whoever finds it ("found no evidence of a rise", "showed an
# association between…"): a claim about the world, not a thing come upon.
FINDING_OBJECTS = frozenset(
    {"evidence", "sign", "link", "association", "correlation", "connection", "relationship"}
    | {"difference", "increase", "decrease", "rise", "decline", "drop", "reduction", "risk"}
    | {"improvement", "effect", "impact", "benefit", "pattern", "trend", "lack", "bias"}
    | {"flaw", "error", "discrepancy", "violation", "wrongdoing", "need", "support"}
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
# Publications and filings that carry someone's words besides :data:`MEDIUM_NOUNS`
# ("the magazine wrote", "the lawsuit says", "the warrant states", "according to the study",
# "his profile says", "the page continued").
DOCUMENT_NOUNS = frozenset(
    {"magazine", "newspaper", "paper", "journal", "website", "site", "blog", "outlet"}
    | {"lawsuit", "suit", "complaint", "filing", "document", "warrant", "affidavit"}
    | {"indictment", "petition", "notice", "announcement", "ruling", "order", "forecast"}
    | {"record", "motion", "study", "page", "profile"}
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

# Verbs whose object (or infinitive) is itself what the source said: "announced his
# resignation", "urged Congress to act", "called for a ceasefire", "declined to comment".
# Tuned on PolNeAR train like REPORT_CUES, on the object reading ("urge" 19 of 20, "call" 102
# of 143, "refuse" 21/28); out: "deny" 0/4, "pledge" 10/33, "accuse" 4/12, "blame" 3/9,
# "want" 35/84, "support" 25/65, "see" 14/50, "find" 6/31, "write" 7/19, "report" 6/15.
# Left out on purpose although PolNeAR counts them: verbs whose object is the target of a
# stance, not words ("criticized the agreement", "described the night", "praised X"): the
# reactions stage reads stances; a quote list of "the night" would be no report of speech.
OBJECT_CUES = frozenset(
    [
        "announce",
        "confirm",
        "propose",
        "acknowledge",
        "ask",
        "tell",
        "say",
        "note",
        "urge",
        "promise",
        "vow",
        "threaten",
        "demand",
        "call",
        "predict",
        "recommend",
        "suggest",
        "admit",
        "tweet",
        "seek",
        "refuse",
        "decline",
        # a message named by its topic, measured on train (texts 0-299) like the rest, on the
        # object with its complements: "discussed my sentence" (22 of 28), "mentions her
        # granddaughter" (18/26), "citing low growth" (13/15), "named cities" (13/18),
        # "expressed their support" (10/15), "posted a comment" (9/14), "highlighting his
        # win" (8/11), "explain this" (5/7), "echoing commentators" (5/7), "listing the
        # facts" (5/6), "reiterated the premise" (5/6), "emphasizing his finish" (5/8)
        "discuss",
        "mention",
        "cite",
        "name",
        "express",
        "post",
        "highlight",
        "explain",
        "echo",
        "list",
        "reiterate",
        "emphasize",
        "emphasise",
    ]
)
# Verbs of a stance spoken at someone or something: the content is its target with what is
# said of it ("criticized Obama as a weak commander-in-chief", "praised Trump for speaking
# out", "accused him of lying"), shown after the cue ("Sanders (criticized): Obama as…"), so
# the entry reads as the report it is. Train (texts 0-299), object with its complements
# inside annotated content: "criticize" 29 of 35, "accuse" 23/29, "praise" 18/20, "defend"
# 20/28, "endorse" 28/44, "denounce" 11/11, "dismiss" 9/10, "thank" 9/11, "blame" 8/9, "mock"
# 8/10, "congratulate" 7/7, "applaud" 7/9, "question" 7/10, "slam" 6/7, "tout" 6/7. Left
# out: stances that are not said ("support" 51/101, "back" 22/43, "prefer", "want", "vote
# for") and "cast" (10/21).
TARGET_CUES = frozenset(
    [
        "criticize",
        "criticise",
        "accuse",
        "praise",
        "defend",
        "endorse",
        "denounce",
        "dismiss",
        "thank",
        "blame",
        "mock",
        "congratulate",
        "applaud",
        "question",
        "slam",
        "tout",
    ]
)
# Verbs that say what something is, only with what they say of it: "described the field as
# 'all very good'" (train: 23 of 31 with the object), "portray the shooting as…" (6/6); "described
# the night" alone names no description and is no report.
DESCRIBE_CUES = frozenset(["describe", "portray"])
# Verbs that give a name ("called the plan a disgrace", "dubbed him the little senator"):
# passive with no name given, their subject was summoned or appointed ("the vote was called",
# "she was named to the board"), nothing said of it (see reported._refused).
NAMING_VERBS = frozenset(["call", "name", "dub", "label", "term", "brand"])
# Verbs whose prepositional object is the topic of what was said: "spoke about how the
# consulate had been taken" (train: 11 of 12), "talks about immigration" (16/26), "commented on
# the reason" (5/7), "pointed to Cruz's organizational capabilities" (11/18).
TOPIC_CUES: dict[str, str] = {"speak": "about", "talk": "about", "comment": "on", "point": "to"}
# Verbs of talking whose noun object or partner is the talk or whom it was with, not what was
# said ("told a story about her daughter", "told The Washington Post", "speaks with the prime
# minister"): they tell speech only with a clause or a topic of their own (reported.tells_speech).
TALK_VERBS = frozenset(["tell", "speak", "talk"])
# Speech verbs that tell words only with a clause ("agreed that the talks had failed"): with
# an infinitive or an object they tell a deal struck ("agreed to buy Jimmy Choo", "agreed a
# lower level of borrowing": 11 of the 14 "agree" reports listed over the 250 Multi-News
# reports of session 31, none of them words).
CLAUSE_ONLY_CUES = frozenset(["agree"])
# What "call" appeals with ("called for a ceasefire", "called on Congress to act"): with
# neither, a clause nor a name given, it tells a phone call or a summons
# (contents.appeal_or_name).
APPEAL_PREPS = frozenset(["for", "on"])
# Prepositions that a cue's report is listed with when the content is their object: "called
# for a ceasefire" shown as "(called): a ceasefire" reads as a name given, "spoke of the rarity"
# as "(spoke): the rarity" as no words at all (contents.cue_words).
PHRASAL_PREPS: dict[str, frozenset[str]] = {
    "call": APPEAL_PREPS,
    "speak": frozenset(["about", "of", "on"]),
    "talk": frozenset(["about", "of"]),
    "comment": frozenset(["on"]),
    "point": frozenset(["to"]),
    "write": frozenset(["about", "of"]),
}
# Cues whose infinitive, not their object, is what was said: "pledged to cut taxes" (train,
# texts 0-149: 6 of 7 annotated), "hopes to win" (3 of 4); "pledged $1 million" is no report.
INFINITIVE_CUES = frozenset(["pledge", "hope"])
# Object cues whose object is the addressee ("told reporters", "asked the court"): content
# only with an infinitive ("told them to leave").
ADDRESS_CUES = frozenset(["tell", "ask", "urge", "remind", "advise", "inform", "thank"])
# Verbs of a deed, whose object is a thing done, not words: "Kesha introduced the
# performance", "Obama signed a new executive order", "senators approved the blueprint", "she
# used April Fools' Day to…", "put forth a bill", "was confronted about the color of his
# shoes". PolNeAR counts a source's acts as attributions, so extraction (and the model fit on
# train, scored on it) reports them; a list of what people said does not show them
# (merging.merge_quotes). In the 250 Multi-News validation reports of session 31 each of these
# listed only deeds; "accept" ("accept the Book of Mormon as scripture") and "make" ("made
# clear that…") tell held views and claims there, and are not here. Session 42's refit of the
# model reported "The “How to Train Your Dragon 2” actress was accosted by a prankster" (the
# film's title listed as his term) and "Civ. Code 1624(a)(1), which requires a signature …
# where the agreement, “by its terms is not to be performed within a year”" (the statute among
# those speaking): an assault and a rule's demand, no words.
DEED_VERBS = frozenset(
    ["introduce", "sign", "approve", "use", "utilize", "put", "confront", "accost", "require"]
)
# The forms a cue of theirs is written in ("introduced", "signing", "put forth").
DEED_CUE_FORMS = frozenset(
    [
        *DEED_VERBS,
        *(f for lemma in DEED_VERBS for f in _inflections(lemma)),
        *(lemma.removesuffix("e") + "ing" for lemma in DEED_VERBS - {"put"}),
        "putting",
    ]
)
# Verbs whose infinitive cue is a saying refused or left undone ("declined to say whether his
# client will plead self-defence", "lost credibility by failing to disclose that the results
# had leaked"): what follows was not said (see reported.denial).
REFUSING_VERBS = frozenset(["decline", "refuse", "fail"])
# Nouns that report words when a ``that`` clause follows: "the Kremlin's statement that …".
REPORT_NOUNS = frozenset(
    [
        "statement",
        "claim",
        "assertion",
        "announcement",
        "warning",
        "promise",
        "pledge",
        "argument",
        "allegation",
        "insistence",
        "suggestion",
        "assurance",
        "admission",
        "denial",
        "view",
        "belief",
    ]
)
# Nouns of a message or a belief that report a claim when they are said to be a ``that``
# clause ("Rubio's response was that the code is unfair", "their fear is that…"): what someone
# said or holds, unlike "the problem is that…", "the question is whether…", the writer's.
# (With the report nouns said to be a clause: on PolNeAR train +10 annotated contents found,
# 1 not annotated.)
HELD_NOUNS = frozenset(
    [
        "message",
        "explanation",
        "response",
        "answer",
        "refrain",
        "complaint",
        "hope",
        "fear",
        "worry",
        "concern",
        "impression",
        "assumption",
        "conclusion",
        "contention",
        "theory",
    ]
)
# Nouns of an intention whose infinitive is what it intends ("Trump's plan to deport 11
# million people", "the decision to begin a push for unity"): PolNeAR annotates them as
# the holder's stance. On train, the infinitive is annotated content for "plan" 17 of 32,
# "decision" 12/22, "proposal" 7/12, "promise" 6/11, "request" 3/3, "desire" 3/4; left out:
# "attempt" 9/29, "effort" 9/53, "way" 3/26, "ability" 2/19, "chance" 1/18, "willingness" 2/7.
INTENT_NOUNS = frozenset(
    [
        "plan",
        "decision",
        "proposal",
        "promise",
        "pledge",
        "vow",
        "call",
        "request",
        "demand",
        "desire",
        "refusal",
        "reluctance",
        "unwillingness",
        "intention",
        "intent",
        "threat",
    ]
)

# Verbs by which a headline in title case gives its claim to the name before them
# ("Conservative Icon Morton Blackwell Endorses Ted Cruz"), where the tagger takes the
# capitalised verb for part of a name: the cues of every table above, and "back" ("France's
# Marine Le Pen Backs Trump").
HEADLINE_VERBS = frozenset(
    [
        *CUE_LEMMAS,
        *REPORT_CUES,
        *OBJECT_CUES,
        *TARGET_CUES,
        *DESCRIBE_CUES,
        *INFINITIVE_CUES,
        "back",
    ]
)
# Their inflected forms ("slams", "endorsed", "says"), by lemma.
HEADLINE_VERB_FORMS = {
    f: lemma
    for lemma in sorted(HEADLINE_VERBS)
    for f in (*_inflections(lemma), *IRREGULAR_CUE_FORMS.get(lemma, ()))
    if f != lemma
}
# Marks that close a clause of the writer's own before a report it leads in to ("…hit a snag on
# Friday: the mayor said…"): a comma, not these, sets off an inverted report's content.
CLAUSE_BREAKS = frozenset([":", ";"])
# What a speech verb closing its sentence may have after it besides its addressee (see
# reported._closing): an inverted source, when and where it spoke ("…, said Ferriola on
# Saturday.").
CLOSING_DEPS = frozenset(["nsubj", "npadvmod", "prep", "advmod", "punct", "agent"])
# Words that stand for a claim told before them as a saying verb's content ("said so", "said
# yes", "said the same"), see reported._pro_form.
PRO_FORMS = frozenset(["so", "yes", "no", "same"])
# Tags of a wh-word: a cue with one before it asks or heads a free relative ("the questions boil
# down to what Vikki Manko of Naperville, Illinois asks"), no closing report (reported._closing).
WH_TAGS = frozenset(["WP", "WDT", "WRB"])
# Verbs whose subject goes on speaking through the verb of saying they govern ("the statement
# goes on to say", "the letter continues to say"): the thing still speaks (attribution._says).
CONTINUING_VERBS = frozenset(["go", "continue"])
