"""Families of verbs and nouns of action that state one kind of claim, as data: outlets word one
demand as "demanded", "called for", "pressed ... to", so a claim and its citation are compared
by family (:mod:`newsweave.synthesis.units`, :mod:`newsweave.synthesis.support`)."""

from __future__ import annotations

# Verbs (and nouns of action) that state one kind of claim: outlets word a demand as
# "demanded", "called for", "pressed ... to", a threat as "threatened", "warned of", "face",
# a deployment as "deploy a robotic submarine", "sent a submersible" (Multi-News 218).
# Lemmas not listed are their own family.
PREDICATE_FAMILIES: dict[str, tuple[str, ...]] = {
    "demand": ("demand", "call", "urge", "press", "insist", "seek", "appeal", "request"),
    "threaten": ("threaten", "threat", "warn", "warning", "face"),
    "agree": ("agree", "reach", "achieve", "secure", "accept", "sign", "conclude", "agreement"),
    "propose": ("propose", "proposal", "offer", "suggest", "invite", "invitation"),
    "reject": ("reject", "dismiss", "refuse", "rebuff", "deny", "decline", "slam", "rejection"),
    "kill": ("kill", "die", "death", "dead", "fatal", "fatally", "slay", "murder"),
    "injure": ("injure", "wound", "hurt"),
    "arrest": ("arrest", "detain", "apprehend"),
    "deploy": ("deploy", "send", "dispatch"),
    "meet": ("meet", "meeting"),
    "resign": ("resign", "quit", "resignation"),
    "attack": ("attack", "bomb", "shell", "strike"),
    "win": ("win", "victory"),
    "praise": ("hail", "praise", "welcome", "applaud", "commend"),
    "accuse": ("accuse", "blame", "accusation"),
    "consult": ("consult", "speak", "talk", "discuss", "confer"),
    "respond": ("respond", "comment", "answer", "reply"),
}
_FAMILY = {lemma: fam for fam, lemmas in PREDICATE_FAMILIES.items() for lemma in lemmas}


def family_of(lemma: str) -> str:
    """The predicate family of a verb or noun of action (:data:`PREDICATE_FAMILIES`): a
    lemma not listed is its own family."""
    return _FAMILY.get(lemma, lemma)


# A verb whose object makes it a claim of another family: outlets word an arrest as "taken
# into custody" or "held in custody" (Multi-News 161: "was arrested Tuesday outside Houston" /
# "was taken into custody Tuesday near Houston"). Keyed by the verb's family and the head of
# what it takes.
PHRASE_FAMILIES: dict[tuple[str, str], str] = {
    ("take", "custody"): "arrest",
    ("hold", "custody"): "arrest",
    ("place", "custody"): "arrest",
}


def phrase_families(family: str, objects: frozenset[str]) -> frozenset[str]:
    """The families a predicate of ``family`` acting on ``objects`` states: its own, and the
    family its verb and an object make together (:data:`PHRASE_FAMILIES`)."""
    return frozenset(
        {family} | {PHRASE_FAMILIES[family, o] for o in objects if (family, o) in PHRASE_FAMILIES}
    )
