"""One key for the forms of a word, without a parser (:func:`word_key`): "shot", "shoots",
"shooting" and "shoot" are one verb, "charges" and "charged" one word, "two" and "2" one
number. Outlets retell one deed in other forms of its words ("she shot Macomber once" /
"admitted to shooting him once"), so a check that a cited passage gives a statement's words
compares these keys, not the words as written. The keys are not words: "charges" keys as
"charg", "kill" as "kil"; only two keys are ever compared."""

from __future__ import annotations

import re

from newsweave.text.lexicons import COUNT_WORDS
from newsweave.text.names import strip_diacritics

# Past forms and participles that take no "-ed", by their plain form ("shot" -> "shoot"),
# and the forms of short verbs the suffix rules leave too short ("died", "lying", "used"). A
# form that is also a common word of another sense is left out ("left", "found", "saw",
# "rose", "lay", "felt", "fell", "lit", "bit"): it would key that word with the verb.
IRREGULAR_FORMS: dict[str, str] = {
    "ate": "eat", "eaten": "eat", "became": "become", "began": "begin", "begun": "begin",
    "blew": "blow", "blown": "blow", "broke": "break", "broken": "break", "brought": "bring",
    "built": "build", "bought": "buy", "caught": "catch", "chose": "choose",
    "chosen": "choose", "came": "come", "dealt": "deal", "dug": "dig", "drew": "draw",
    "drawn": "draw", "drank": "drink", "drunk": "drink", "drove": "drive", "driven": "drive",
    "fed": "feed", "fought": "fight", "fled": "flee", "flew": "fly", "flown": "fly",
    "forgot": "forget", "forgotten": "forget", "froze": "freeze", "frozen": "freeze",
    "got": "get", "gotten": "get", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "grew": "grow", "grown": "grow", "hung": "hang", "heard": "hear",
    "hid": "hide", "hidden": "hide", "held": "hold", "kept": "keep", "knew": "know",
    "known": "know", "laid": "lay", "led": "lead", "lent": "lend", "lost": "lose",
    "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "rode": "ride",
    "ridden": "ride", "rang": "ring", "rung": "ring", "ran": "run", "sought": "seek",
    "sold": "sell", "sent": "send", "shook": "shake", "shaken": "shake", "shot": "shoot",
    "shown": "show", "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink",
    "sat": "sit", "slept": "sleep", "slid": "slide", "spoke": "speak", "spoken": "speak",
    "spent": "spend", "spun": "spin", "stood": "stand", "stole": "steal", "stolen": "steal",
    "stuck": "stick", "struck": "strike", "stricken": "strike", "swore": "swear",
    "sworn": "swear", "swept": "sweep", "swam": "swim", "swum": "swim", "took": "take",
    "taken": "take", "taught": "teach", "tore": "tear", "torn": "tear", "told": "tell",
    "thought": "think", "threw": "throw", "thrown": "throw", "understood": "understand",
    "woke": "wake", "woken": "wake", "wore": "wear", "worn": "wear", "won": "win",
    "wrote": "write", "written": "write", "withdrew": "withdraw", "withdrawn": "withdraw",
    "swung": "swing", "wept": "weep", "bent": "bend", "knelt": "kneel", "sprang": "spring",
    "shrank": "shrink", "forbade": "forbid", "forbidden": "forbid", "foresaw": "foresee",
    "overthrew": "overthrow", "overtook": "overtake", "undertook": "undertake",
    "arisen": "arise", "arose": "arise", "sped": "speed", "fleeing": "flee",
    "seen": "see", "done": "do", "did": "do", "mistook": "mistake", "mistaken": "mistake",
    "died": "die", "dying": "die", "lied": "lie", "lying": "lie", "tied": "tie",
    "tying": "tie", "used": "use", "using": "use", "owed": "owe", "owing": "owe",
}  # fmt: skip
# Words whose ending is no suffix of a form: "news" is not "new", "evening" not "even".
_WHOLE_WORDS = frozenset(
    {"news", "series", "species", "always", "perhaps", "evening", "during", "morning", "thing"}
    | {"nothing", "something", "anything", "everything", "according", "across", "whereas"}
)
# Counting words as their figures ("two" -> "2"), so a spelled number keys as its digits.
_FIGURES = {w: str(n) for w, n in COUNT_WORDS.items()}
# A stem must keep this many letters once a suffix is taken off: shorter ones are words of
# their own ("need" is not "ne" + "-ed", "sing" not "s" + "-ing").
MIN_STEM = 3
# Plural and third-person endings, then those of the past and the "-ing" form, each with what
# replaces it ("studies" -> "study"); at most one of each group is taken off, in this order.
_PLURAL_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""))
_VERB_ENDINGS = (("ied", "y"), ("ing", ""), ("ed", ""))
# Endings in "s" that are no plural ("bus", "crisis", "glass").
_NOT_PLURAL = ("ss", "us", "is")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")


def word_key(word: str) -> str:
    """The key all forms of ``word`` share: lower-cased, diacritics folded, a counting word
    as its figure; a word written with a capital (a name, or a sentence's first word) as it
    is; an irregular form as its plain form (:data:`IRREGULAR_FORMS`), without
    a plural or verb ending, a final "e" or a doubled final consonant ("shooting", "shot" ->
    "shoot"; "charges", "charged" -> "charg"; "stopped", "stop" -> "stop"; "killed" ->
    "kil")."""
    w = strip_diacritics(word.lower())
    if w in _FIGURES:
        return _FIGURES[w]
    if w in _WHOLE_WORDS or word[:1].isupper():
        return w  # a name's letters are its own: "Signe" is not a form of "sign"
    w = IRREGULAR_FORMS.get(w, w)
    taken = []
    for endings in (_PLURAL_ENDINGS, _VERB_ENDINGS):
        for ending, put in endings:
            if (
                w.endswith(ending)
                and len(w) - len(ending) >= MIN_STEM
                and not (ending == "s" and w.endswith(_NOT_PLURAL))
            ):
                w = w[: -len(ending)] + put
                taken.append(ending)
                break
    # a plain form's "e" goes as "-es", "-ed" and "-ing" took it ("take", "takes", "taking");
    # after any other ending it is the stem's own ("agree", "agrees", "agreed")
    if taken in ([], ["s"]) and len(w) > MIN_STEM and w.endswith("e"):
        w = w[:-1]
    return _DOUBLED.sub(r"\1", w)
