"""Who a name, a title or a pronoun stands for, when one article names several people.

Two people may share a surname (a father and son, a minister and her husband): a bare
``Love`` or ``Mr Love`` is resolved by :func:`pick_namesake` to the full name it fits best —
its title (``Rev Love`` is whoever the article calls "Rev"), its gender (``Mrs``, a first
name, a family role), then a full mention just before it, else the namesake the article
introduces first — never to whichever full name happens to be the longest. Gender comes
from data: honorifics and gendered role nouns kept here, common first names in
:mod:`~newsweave.synthesis.quotes.first_names`.
:func:`speaker_type` says what a speaker is: a person, an organisation (a state speaking as
one), or an unnamed role or group — of people (:func:`person_noun`), never of things.
:func:`clean_name` and :func:`name_bounds` keep what is not the name out of it: a cue verb
glued before it ("Added Lesh"), a dangling "&", a date word, an office ("Committee Chairman
Dave Camp"), and a title alone ("Sgt") or an institution's head noun alone ("Department")
names nobody.

The parse-level work (finding the mentions, the antecedents) is
:mod:`~newsweave.synthesis.quotes.attribution`'s; this module holds the data and the choices.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from newsweave.models import SpeakerType
from newsweave.synthesis.actors import DEMONYMS
from newsweave.synthesis.quotes.cues import CUE_FORMS, DOCUMENT_NOUNS, MEDIUM_NOUNS
from newsweave.synthesis.quotes.first_names import (
    FEMALE_FIRST_NAMES,
    FIRST_NAMES,
    MALE_FIRST_NAMES,
    PERSON_FIRST_NAMES,
)
from newsweave.synthesis.sentence_case import written_in_lower_case
from newsweave.text.dates import MONTHS, WEEKDAYS
from newsweave.text.names import ABBREVIATED_TITLES

Gender = Literal["m", "f"]

# Nouns that head an institution's name ("the Justice Department", "the Sheriff's Office",
# "the Local Coordination Committees"): written alone with a capital, the word is that name
# cut short or a back-reference to it, and names no one a reader could tell.
INSTITUTION_HEADS = frozenset(
    {
        "department",
        "office",
        "ministry",
        "committee",
        "association",
        "agency",
        "administration",
        "bureau",
        "commission",
        "council",
        "institute",
        "foundation",
    }
)
# Nouns that end the name of a place or a body named for a person ("Elon University", "Beth
# Israel Hospital", "Edmund Pettus Bridge"): after a first name, still no one's name.
PLACE_HEADS = frozenset(
    {"university", "college", "school", "hospital", "bridge", "place", "street", "avenue"}
    | {"road", "park", "center", "centre", "productions", "records", "books", "airport"}
    | {"stadium", "arena", "library", "museum", "theater", "theatre", "square", "hall"}
    | {"tower", "building", "plaza"}
)
# Words that make a name a state's, a body's or a place's wherever they stand in it ("Chechen
# Republic", "Labour Party", "Ministry of Health"), never in a person's: no "he" or "she" is one,
# however the recogniser typed it.
BODY_NAME_WORDS = INSTITUTION_HEADS | frozenset(
    {"republic", "kingdom", "federation", "party", "union", "government", "parliament"}
    | {"university", "college", "academy", "hospital", "museum"}
)
# Honorifics a surname may carry, and the gender each implies (None: either).
HONORIFIC_GENDER: dict[str, Gender | None] = {
    "mr": "m",
    "mister": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "madam": "f",
    "lady": "f",
    "dame": "f",
    "dr": None,
    "rev": None,
    "reverend": None,
    "prof": None,
    "professor": None,
    "judge": None,
    "father": "m",
    "sister": "f",
    "pope": "m",
}
# Role nouns that tell a person's gender ("his father, Alexander Love"; "the spokeswoman").
ROLE_GENDER: dict[str, Gender] = {
    "father": "m",
    "son": "m",
    "brother": "m",
    "husband": "m",
    "uncle": "m",
    "grandfather": "m",
    "spokesman": "m",
    "chairman": "m",
    "king": "m",
    "prince": "m",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "pope": "m",
    "wife": "f",
    "aunt": "f",
    "grandmother": "f",
    "grandson": "m",
    "granddaughter": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
    "queen": "f",
    "princess": "f",
    "girlfriend": "f",
    "boyfriend": "m",
    "widow": "f",
    "widower": "m",
    "niece": "f",
    "nephew": "m",
    "mom": "f",
    "mum": "f",
    "dad": "m",
    "matron": "f",
    "woman": "f",
    "man": "m",
    "girl": "f",
    "boy": "m",
}
# Relatives who most often carry the family's surname: "Michael Jackson's eldest daughter" is
# the Jackson the article names beside him ("Paris Jackson"), not a girlfriend or an aide.
FAMILY_NOUNS = frozenset(
    {"father", "mother", "son", "daughter", "brother", "sister", "husband", "wife", "uncle"}
    | {"aunt", "grandfather", "grandmother", "grandson", "granddaughter", "niece", "nephew"}
    | {"widow", "widower"}
)
# Family roles of a child and of a parent: the "younger" and the "elder" of two namesakes.
CHILD_NOUNS = frozenset({"son", "daughter", "grandson", "granddaughter"})
PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother"})
# Words before a surname that pick one of a parent and a child who share it ("the younger
# Goodlatte" is the son, "the elder Bush" the father), by the family role the article gives.
AGE_WORDS: dict[str, frozenset[str]] = {
    "younger": CHILD_NOUNS,
    "elder": PARENT_NOUNS,
    "older": PARENT_NOUNS,
}
PRONOUN_GENDER: dict[str, Gender] = {"he": "m", "him": "m", "she": "f", "her": "f"}
# Every word that tells the gender of the person it stands for, possessives included.
GENDERED_WORDS: dict[str, Gender] = {
    **PRONOUN_GENDER,
    "his": "m",
    "himself": "m",
    "hers": "f",
    "herself": "f",
}

# Nouns that stand for a person's office: "the Russian leader said" refers back to a named person.
TITLE_NOUNS = frozenset(
    [
        "president",
        "leader",
        "minister",
        "premier",
        "chancellor",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "senator",
        "congressman",
        "congresswoman",
        "representative",
        "mayor",
        "ambassador",
        "envoy",
        "king",
        "queen",
        "prince",
        "pope",
        "chief",
        "director",
        "chairman",
        "chairwoman",
        "candidate",
        "nominee",
        "official",
        "diplomat",
        "general",
        "commander",
        "adviser",
        "advisor",
        "aide",
        "counselor",
        "judge",
        "prosecutor",
        "attorney",
        "lawmaker",
        "legislator",
        "ceo",
        "cfo",
        "coo",
    ]
)
# A role written abbreviated before a name, as a description spells it out ("Dr. Eben
# Alexander" is "the doctor", "Sgt. Ray" "the sergeant").
ROLE_ABBREVIATIONS = {
    "dr": "doctor", "prof": "professor", "gov": "governor", "sen": "senator",
    "rep": "representative", "gen": "general", "capt": "captain", "sgt": "sergeant",
    "det": "detective", "lt": "lieutenant", "col": "colonel", "atty": "attorney",
    "supt": "superintendent", "insp": "inspector", "amb": "ambassador", "cmdr": "commander",
}  # fmt: skip
# Words for one trade: a description in one ("the lawyer for the family") names the person
# the article gives another, written as a trade in lower case ("an Atlanta attorney"; a
# capitalised office, "District Attorney", is an office of its own).
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "lawyer": frozenset({"attorney"}),
    "attorney": frozenset({"lawyer"}),
}
# Trades and offices a news text writes before a person's name with a capital ("Legal Analyst
# LaDoris Cordell", "City Clerk Kim Lehmkuhl", "Host Chris Wallace") or in lower case ("White
# House counselor Kellyanne Conway", "then president Yitzhak Ben-Zvi", "quarterback Kain
# Colter"): they describe the person and are no part of the name.
OCCUPATION_WORDS = frozenset(
    {
        "activist",
        "actor",
        "actress",
        "analyst",
        "anchor",
        "astronaut",
        "author",
        "bishop",
        "cardinal",
        "clerk",
        "coach",
        "columnist",
        "comedian",
        "coroner",
        "correspondent",
        "counsel",
        "counselor",
        "deputy",
        "designer",
        "economist",
        "editor",
        "executive",
        "farmer",
        "filmmaker",
        "founder",
        "guitarist",
        "host",
        "justice",
        "manager",
        "meteorologist",
        "minister",
        "musician",
        "nominee",
        "novelist",
        "pastor",
        "photographer",
        "preacher",
        "president",
        "producer",
        "publicist",
        "quarterback",
        "rabbi",
        "rancher",
        "rapper",
        "reporter",
        "singer",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "superintendent",
        "trooper",
        "whip",
    }
)
# A name keeps at least two words (a given name and a surname) when what is written before it
# is dropped on words alone: one word left may be the end of a longer name, not a surname.
MIN_NAME_WORDS_AFTER_OFFICE = 2
# A possessive word ("America's", "News'") ends whatever it belongs to: a name starts after it.
POSSESSIVE_END = re.compile(r"(?:['’‘]s|['’])$")
# Party words that stand for a member named just before ("the Wisconsin Republican"); other
# capitalised people's words are as often a paper's name ("The Tennessean", "The Federalist").
PARTY_NOUNS = frozenset(
    {
        "republican",
        "democrat",
        "independent",
        "libertarian",
        "conservative",
        "socialist",
        "communist",
        "tory",
        "nazi",
    }
)
# Office nouns that name a head of state or government: "leader" fits any of them.
HEAD_TITLES = frozenset(
    {"president", "premier", "chancellor", "minister", "king", "queen", "leader"}
)
# Titles the NER sometimes folds into a person's name ("Treasurer Paul Okoro").
NAME_TITLES = frozenset(
    {
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "mr",
        "mrs",
        "ms",
        "dr",
        "miss",
        "rev",
        "rev.",
        "reverend",
        "monsignor",
        "sir",
        "lady",
        "lord",
        "sen.",
        "rep.",
        "gov.",
        "gen.",
        "president",
        "treasurer",
        "governor",
        "senator",
        "minister",
        "chancellor",
        "mayor",
        "secretary",
        "speaker",
        "judge",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "alderman",
        "commissioner",
        "sheriff",
    }
)


# Short forms of offices and ranks written before a name ("Del. Stacey Plaskett", "Sgt. Daron
# Wyatt"): alone they name nobody, so such a word is read with the name that follows it.
TITLE_ABBREVIATIONS = frozenset(
    {
        "del",
        "rep",
        "sen",
        "gov",
        "lt",
        "sgt",
        "cpl",
        "pvt",
        "capt",
        "cpt",
        "col",
        "gen",
        "maj",
        "adm",
        "cmdr",
        "det",
        "insp",
        "supt",
        "atty",
        "amb",
        "pres",
        "sec",
        "hon",
        "fr",
        "officer",
        "sergeant",
        "lieutenant",
        "captain",
        "colonel",
        "marshal",
        "detective",
        "delegate",
    }
) | {t.lower().rstrip(".") for t in ABBREVIATED_TITLES}  # "Sens. Dean Heller", "Brig. Gen."
# One word of a person's name: letters, joined by hyphens or apostrophes, maybe a final full stop.
PERSON_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
# Words a name mention may end in when the NER or the parse ran past the name: a coordinator
# ("Bob Weir & Trey Anastasio" cut after "&").
DANGLING_ENDS = frozenset({"&", "and", "or", "+"})
# A date word glued after a full name ("George Takei April-fooling us"); only dropped from a
# mention of three words or more, so that "Theresa May" keeps her surname.
DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
MIN_WORDS_BEFORE_DATE = 2
# A name's first word written again after this many words starts the name over ("Mark Joseph
# Stern Mark"); sooner, it is a name that repeats a word ("Ford Madox Ford", "Sirhan Sirhan").
MIN_WORDS_BEFORE_REPEAT = 3
# The shape of a participle or gerund opening a sentence ("Following", "Unfazed", "Reading"):
# five letters at least, so that "Ted" and "Red" are no participles.
PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ing|ed)")
# Words that open a sentence and never a name: prepositions, conjunctions and sentence
# adverbs ("Inside Snipes’ headquarters, ...", "Meanwhile Putin said ...").
OPENING_WORDS = frozenset(
    {"inside", "outside", "after", "before", "despite", "unlike", "like", "among", "under"}
    | {"during", "since", "until", "without", "with", "from", "meanwhile", "however", "also"}
    | {"but", "and", "so", "then", "when", "while", "as", "if", "although", "though", "because"}
    | {"according", "thanks", "even", "only", "now", "today", "yesterday", "instead", "besides"}
)
# The regular ending of a nationality adjective the lists below may not hold, or that a text
# misspells ("Bosnian", "Ukranian"); the irregular ones are ``synthesis.actors.DEMONYMS``.
NATIONALITY_ENDING = "ian"
# A photo credit the page glued before a name ("Saul Loeb/AFP/Getty Images Trump: '…'"): the
# agency's words name nobody (not "Reuters" or "AP", which report and are quoted themselves).
CREDIT_WORDS = frozenset({"getty", "images", "afp", "shutterstock", "alamy", "istock", "epa"})
# A newsletter item opens with a heading in capitals set off by a spaced dash ("STOCKS KEEP
# TANKING - Reuters/Tokyo: …"): at least this share of its letters in capitals ("BofA
# RESPONSE"), of at least this many letters (a lone capital word, "A - ", heads nothing).
HEADING_CAPITALS_SHARE = 0.8
MIN_HEADING_LETTERS = 4
HEADING_DASHES = frozenset({"-", "–", "—"})
# Words opening a newsletter's credit, not the name credited ("Per Goldman Sachs", "From
# spokesman Lawrence Di Rita", "Via CNN").
CREDIT_OPENERS = frozenset({"per", "from", "via"})

# Words that make a name a saint's ("St Francis of Assisi", "Saint Peter"): its last word is
# the saint's given name, not a surname a bare "Francis" or "Peter" could be short for.
SAINT_WORDS = frozenset({"st", "st.", "saint", "ste", "ste.", "sainte"})


def saint_name(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a name's words are a saint's (or a place or church named after one)."""
    return len(words) > 1 and words[0].lower() in SAINT_WORDS


def is_title(word: str) -> bool:
    """A title or office word written before a name (``Sen.``, ``Sgt``, ``Chairman``, ``Mrs``)."""
    low = word.lower()
    bare = low.rstrip(".")
    return (
        bare in TITLE_ABBREVIATIONS
        or bare in HONORIFIC_GENDER
        or low in NAME_TITLES
        or bare in TITLE_NOUNS
        or bare in HEAD_TITLES
        or bare in OCCUPATION_WORDS
    )


def describes(word: str, following: str) -> bool:
    """Whether ``word``, written just before ``following`` in a run of capitalised words, says
    what the person named after it is rather than being part of the name: a title or trade
    ("Guitarist Jimmy Page"), a party ("Democrat Wendy Davis"), an abbreviation ("Liberal MP
    Mauril Bélanger", "MVP LeBron James"), a possessive ("Good Morning America's Linsey
    Davis"), a weekday the NER ran on from ("Thursday Lorelei Vargas"; months are given names
    too, "June Catalano"), or a noun for a person ("Sharpshooter") when a known first name follows."""
    low = word.lower()
    if is_title(word) or low in PARTY_NOUNS or low in WEEKDAYS or POSSESSIVE_END.search(word):
        return True
    if len(word) > 1 and word.isalpha() and word.isupper() and not following.isupper():
        return True  # not a name written in capitals, "OPAL LEE"
    return person_noun(low) and following.lower() in FIRST_NAMES


def office_end(words: list[str], min_rest: int) -> int:
    """Where a person's name starts in a mention's ``words``: after the last word that
    :func:`describes` the person and leaves at least ``min_rest`` words of name (0: none).
    The caller says what else the rest must be to be a name."""
    last = max(
        (k for k in range(len(words) - min_rest) if describes(words[k], words[k + 1])),
        default=-1,
    )
    return last + 1


def name_bounds(words: list[str]) -> tuple[int, int]:
    """Where the name is in a name mention's words: without an inverted cue verb, a photo
    credit or a word stuck on before a given name (:func:`stuck_on`; "Added Lesh" → "Lesh",
    "Getty Images Trump" → "Trump", "Reading Kirsten Gillibrand" → "Kirsten Gillibrand"), a
    dangling "&" or "and" after it, a date word the NER ran on into ("George Takei April"), or
    the name of capitalised words written again after it (a byline run into its own bio line:
    "Mark Joseph Stern Mark Joseph Stern covers courts" read as "Mark Joseph Stern Mark")."""
    lo, hi = 0, len(words)
    again = next(
        (k for k in range(MIN_WORDS_BEFORE_REPEAT, hi) if words[k] == words[0]),
        None,
    )
    if again is not None and all(
        w[:1].isupper() and PERSON_NAME_WORD.fullmatch(w) for w in words[:again]
    ):
        hi = again  # not "Exhibit 1 and Exhibit 2", "Son of a Son of a Gambler"
    while hi - lo > 1 and (words[lo].lower() in CUE_FORMS or words[lo].lower() in CREDIT_WORDS):
        lo += 1
    while (
        hi - lo > MIN_NAME_WORDS_AFTER_OFFICE
        and stuck_on(words[lo])
        and words[lo + 1].lower() in FIRST_NAMES
    ):
        lo += 1
    while hi > lo and words[hi - 1].lower() in DANGLING_ENDS:
        hi -= 1
    if hi - lo > MIN_WORDS_BEFORE_DATE and words[hi - 1].lower().rstrip(".") in DATE_WORDS:
        hi -= 1
    return lo, hi


def stuck_on(word: str, words: frozenset[str] = frozenset()) -> bool:
    """Whether ``word``, capitalised before a name the recogniser ran it into, is no word of
    the name but one stuck on it: a participle opening the sentence (:data:`PARTICIPLE`,
    "Reading Kirsten Gillibrand’s book"), a word of :data:`OPENING_WORDS`, a nationality
    (:data:`NATIONALITY_ENDING`, "Bosnian Adnan Nevic"), a trade or a party ("Democrat Nikki
    Fried"), or a word the event's texts write in lower case (``words``: their
    :func:`~newsweave.synthesis.sentence_case.words_of`; "Mountaineer Ueli Steck"). A given
    name (:data:`PERSON_FIRST_NAMES`) is none of these ("Frank Luntz", "Bill Nye"). The caller
    says what must follow for the rest to be a person's name: the word alone proves nothing
    ("Christian Science Monitor", "Rolling Stone")."""
    low = word.lower()
    if low in PERSON_FIRST_NAMES:
        return False
    return (
        PARTICIPLE.fullmatch(word) is not None
        or low in OPENING_WORDS
        or low in DEMONYMS
        or (low.endswith(NATIONALITY_ENDING) and len(low) > len(NATIONALITY_ENDING) + 1)
        or low in OCCUPATION_WORDS
        or low in PARTY_NOUNS
        or written_in_lower_case(word, words)
    )


def capitals_heading(text: str) -> bool:
    """Whether ``text`` (the words before a spaced dash) is a heading in capitals ("STOCKS KEEP
    TANKING", "BofA RESPONSE", "TECH BLINK: iPHONE 5 HITS TODAY"): a newsletter item's topic."""
    letters = [c for c in text if c.isalpha()]
    capitals = sum(1 for c in letters if c.isupper())
    return len(letters) >= MIN_HEADING_LETTERS and capitals >= HEADING_CAPITALS_SHARE * len(letters)


def past_heading(words: list[str]) -> list[str]:
    """A name's words without the heading in capitals the recogniser ran it over ("GOLDMAN
    GRADUATION - Per Goldman Sachs" → "Goldman Sachs"), a credit's opening word, and the
    article a dateline's sentence opens with ("DETROIT - A Wayne State University" → "Wayne
    State University")."""
    dash = next((k for k, w in enumerate(words) if w in HEADING_DASHES), None)
    if dash is None or not capitals_heading(" ".join(words[:dash])):
        return words
    words = words[dash + 1 :]
    while words and words[0].lower() in CREDIT_OPENERS:
        words = words[1:]
    return words[1:] if words[:1] in (["A"], ["An"]) else words


def clean_name(name: str) -> str:
    """A speaker's name as shown: :func:`name_bounds` applied, a heading in capitals the name
    was run over dropped (:func:`past_heading`), and an office written before a full name
    dropped ("Ways and Means Committee Chairman Dave Camp" → "Dave Camp"). A name that is
    only a title ("Sgt", "Ms", "Coroner") or the head noun of an institution's name
    (:data:`INSTITUTION_HEADS`, "Department") names nobody: empty."""
    words = past_heading(name.split())
    lo, hi = name_bounds(words)
    words = words[lo:hi]
    start = office_end(words, MIN_NAME_WORDS_AFTER_OFFICE)
    if start and all(w[:1].isupper() for w in words[start:]):
        words = words[start:]
    if words and names_nobody(words[-1]):
        return ""
    if len(words) == 1 and (words[0].lower() in INSTITUTION_HEADS or is_title(words[0])):
        return ""  # "Department", "Coroner": a name cut short, an office alone
    return " ".join(words)


# Social networks the recogniser may type a person ("eulogized her on Instagram: '…,' he
# wrote"): where a person posts, never who, so never the antecedent of a "he".
PLATFORM_NAMES = frozenset(
    {"instagram", "twitter", "facebook", "youtube", "tiktok", "snapchat", "reddit", "linkedin"}
    | {"whatsapp", "tumblr", "weibo", "telegram", "pinterest"}
)


def personal_name(name: str) -> bool:
    """Whether ``name`` can be a person's: words of letters, with hyphens, apostrophes and
    initials' full stops ("Jean-Luc O'Brien Jr."), not "&", digits or a handle ("Q&A", "@rus"),
    nor a social network's (:data:`PLATFORM_NAMES`), and some word capitalised: news writes
    names so, and the NER's lower-case "PERSON" ("selling marijuana") would otherwise be the
    antecedent of every "he" after it."""
    words = name.split()
    return (
        bool(words)
        and all(PERSON_NAME_WORD.fullmatch(w) for w in words)
        and any(w[:1].isupper() for w in words)
        and name.lower() not in PLATFORM_NAMES
    )


def names_nobody(word: str) -> bool:
    """A mention ending in an abbreviated title names nobody by itself ("Sgt", "Islands Del.",
    "Ms"): the name is the one written after it."""
    bare = word.lower().rstrip(".")
    return bare in HONORIFIC_GENDER or (bare in TITLE_ABBREVIATIONS and bare not in TITLE_NOUNS)


@dataclass(frozen=True)
class Namesake:
    """One full-name mention: who (the full name), where (token index), how titled."""

    name: str
    token: int
    title: str | None
    gender: Gender | None
    span: tuple[int, int]  # characters of the full mention: the end of a resolution chain


def honorific(word: str) -> str | None:
    """``Mr.`` / ``Rev`` / ``Mrs`` → the key of :data:`HONORIFIC_GENDER`, else None."""
    w = word.lower().rstrip(".")
    return w if w in HONORIFIC_GENDER else None


def title_gender(title: str | None) -> Gender | None:
    """The gender a title implies (``Mrs`` → f); None for none or an ungendered one (``Dr``)."""
    return HONORIFIC_GENDER.get(title) if title is not None else None


def name_gender(full_name: str, title: str | None, roles: set[str]) -> Gender | None:
    """A person's gender from a title, a first name or a family role; None when none tells.
    A name of one word is a surname as often as not ("Ashton", "Warren"): no first name."""
    if title_gender(title) is not None:
        return title_gender(title)
    first = full_name.split()[0].lower() if len(full_name.split()) > 1 else ""
    if first in MALE_FIRST_NAMES:
        return "m"
    if first in FEMALE_FIRST_NAMES:
        return "f"
    genders = {ROLE_GENDER[r] for r in roles if r in ROLE_GENDER}
    return genders.pop() if len(genders) == 1 else None


def body_name(name: str) -> bool:
    """Whether ``name`` has a word of a state's, a body's or a place's name
    (:data:`BODY_NAME_WORDS`): it names no one a "he" or "she" can stand for."""
    return any(w in BODY_NAME_WORDS for w in re.findall(r"[^\W\d_]+", name.lower()))


def agrees(a: Gender | None, b: Gender | None) -> bool:
    """Two genders agree unless both are known and differ."""
    return a is None or b is None or a == b


@dataclass(frozen=True)
class Namesakes:
    """Everyone an article names with one surname: each person's full mentions in text order
    (and their token positions), titles and gender, gathered once per article."""

    mentions: dict[str, tuple[Namesake, ...]]
    starts: dict[str, tuple[int, ...]]
    titles: dict[str, frozenset[str]]
    genders: dict[str, Gender | None]
    # whether every full mention of the person carries a title other than a plain Mr or Mrs
    always_titled: dict[str, bool]

    @classmethod
    def of(cls, options: list[Namesake]) -> Namesakes:
        """Group full-name mentions (in text order) by the person they name."""
        by_name: dict[str, list[Namesake]] = {}
        for o in sorted(options, key=lambda o: o.token):
            by_name.setdefault(o.name, []).append(o)
        return cls(
            {n: tuple(ms) for n, ms in by_name.items()},
            {n: tuple(o.token for o in ms) for n, ms in by_name.items()},
            {n: frozenset(o.title for o in ms if o.title is not None) for n, ms in by_name.items()},
            {n: next((o.gender for o in ms if o.gender), None) for n, ms in by_name.items()},
            {
                n: all(o.title is not None and o.title not in PLAIN_TITLES for o in ms)
                for n, ms in by_name.items()
            },
        )


# A full name this many tokens (about two sentences) before a bare surname is the namesake
# the surname continues; farther back, the surname is the article's main namesake.
RECENT_MENTION_TOKENS = 50
# Titles every adult may carry: they pick a gender, not one namesake over another.
PLAIN_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mister"})


def pick_namesake(
    token: int, title: str | None, gender: Gender | None, group: Namesakes
) -> Namesake | None:
    """The full-name mention a surname at ``token`` stands for, among its namesakes.

    A title the article gives one namesake (``Rev``, ``Dr``) picks that one; a bare surname or
    a plain ``Mr`` prefers a namesake the article does not always title (papers write "Rev
    Love" for the one who is a reverend, "Love" for the other); gender must agree. Among the
    rest, a full mention at most :data:`RECENT_MENTION_TOKENS` before the surname is the one it
    continues; past that, the surname is the person the article introduces first, the one it
    is about ("His mother, Anne Gorsuch, ran the agency" does not make every later "Gorsuch"
    his mother). Costs a binary search per person, not a walk over every mention.
    """
    fits = [n for n in group.mentions if agrees(gender, group.genders[n])]
    if title is not None and title not in PLAIN_TITLES:
        fits = [n for n in fits if title in group.titles[n]] or fits
    else:
        fits = [n for n in fits if not group.always_titled[n]] or fits
    before = []
    for n in fits:
        k = bisect_left(group.starts[n], token)
        if k:
            before.append(group.mentions[n][k - 1])
    nearest = max(before, key=lambda o: o.token) if before else None
    if nearest is not None and token - nearest.token <= RECENT_MENTION_TOKENS:
        return nearest
    firsts = [group.mentions[n][0] for n in fits]
    return min(firsts, key=lambda o: o.token) if firsts else None


def namesake_by_age(word: str, group: Namesakes, roles: dict[str, frozenset[str]]) -> str | None:
    """The namesake an age word before the surname picks ("the younger Goodlatte": the one the
    article calls a son), when exactly one has a role of that side of the family; else None,
    and the surname is resolved as a bare one. The elder may have no role of their own ("his
    father" is not a role of his name): the elder of two is then the one who is not the child."""
    wanted = AGE_WORDS.get(word.lower())
    if wanted is None:
        return None
    side = [n for n in group.mentions if roles.get(n, frozenset()) & wanted]
    if not side and wanted is PARENT_NOUNS and len(group.mentions) == 2:
        children = [n for n in group.mentions if roles.get(n, frozenset()) & CHILD_NOUNS]
        side = [n for n in group.mentions if n not in children] if len(children) == 1 else []
    return side[0] if len(side) == 1 else None


# Endings of nouns for people by what they do, believe or where they live ("protester",
# "analyst", "historian", "resident", "chairman", "employee", "Democrat", "representative").
PERSON_NOUN_ENDINGS = (
    "er",
    "or",
    "ist",
    "yst",
    "ian",
    "ant",
    "ent",
    "man",
    "men",
    "ee",
    "crat",
    "ive",
)
# An ending that makes a person's ending a thing's: "document", "statement", "agreement".
THING_NOUN_ENDINGS = ("ment",)
# Nouns for people or bodies that no ending gives away: groups that may speak as one.
PERSON_GROUP_NOUNS = frozenset(
    {"administration", "admiral", "advocate", "agency", "aide", "airline", "ally", "army"}
    | {"athlete", "attorney", "audience", "authority", "bank", "board", "boss", "campaign"}
    | {"candidate", "ceo", "chairperson", "chief", "child", "citizen", "city", "client"}
    | {"coach", "colleague", "committee", "company", "congress", "cop", "council", "country"}
    | {"couple", "court", "crew", "critic", "delegate", "department", "diplomat", "doctor"}
    | {"elder", "envoy", "executive", "expert", "family", "fan", "firm", "force", "friend"}
    | {"general", "government", "group", "guard", "guest", "head", "husband", "insider"}
    | {"judge", "jury", "kid", "legislature", "liberal", "local", "majority", "marine"}
    | {"military", "ministry", "minority", "nation", "navy", "neighbor", "neighbour", "nominee"}
    | {"nurse", "official", "opposition", "organisation", "organization", "other", "panel"}
    | {"parent", "party", "people", "person", "police", "public", "pundit", "pupil", "rebel"}
    | {"regime", "relative", "republican", "scholar", "scientist", "senate", "son", "source"}
    | {"spokesperson", "staff", "state", "team", "troop", "union", "utility", "veteran"}
    | {"victim", "wife", "witness", "youth"}
    | {"actress", "stagehand", "acquaintance", "secretary", "plaintiff", "confidant"}
    | {"confidante", "colonel", "captain", "lieutenant", "sergeant", "corporal"}
)


# Nouns for people that name a body of them, never one person a "she" stands for ("Opposition
# to the pact was at the heart of Sanders's critique … that he said …").
BODY_NOUNS = frozenset(
    {"administration", "agency", "airline", "army", "audience", "authority", "bank", "board"}
    | {"campaign", "city", "committee", "company", "congress", "council", "country", "couple"}
    | {"court", "crew", "department", "family", "firm", "force", "government", "group", "jury"}
    | {"legislature", "majority", "military", "ministry", "minority", "nation", "navy", "other"}
    | {"opposition", "organisation", "organization", "panel", "party", "people", "police"}
    | {"public", "regime", "senate", "staff", "state", "team", "union", "utility", "youth"}
)
# Nouns that stand for the country a story is about ("the country's interior minister").
COUNTRY_NOUNS = frozenset({"country", "nation"})
# Endings that make a country's name its nationality ("Russia" → "Russian", "Brazil" →
# "Brazilian"); the irregular ones are listed (``synthesis.actors.DEMONYMS``).
DEMONYM_ENDINGS = ("n", "an", "ian")
# Nouns that end as a person's do but name a thing that speaks in news ("the warrant says",
# "a new paper found", "the court order said") or a share of those asked ("93 percent said"):
# never one person described.
IMPERSONAL_NOUNS = frozenset(
    {"paper", "newspaper", "order", "warrant", "letter", "newsletter", "poster", "flyer"}
    | {"banner", "register", "antecedent", "percent", "matter"}
)
# Words that open an indefinite description ("a top House Republican", "one Pelosi
# confidante"): someone the text brings in there, never one it named before.
INDEFINITE_WORDS = frozenset({"a", "an", "one", "another"})
# Plurals of nouns for people that no "s" ends.
IRREGULAR_PLURALS = frozenset({"men", "women", "children", "people", "folk"})


def person_noun(lemma: str) -> bool:
    """Whether a common noun (its lemma) names people or a body of them, who may speak as a
    group ("officials", "protesters", "the committee"), rather than a thing ("signs", "ads")."""
    if lemma in PERSON_GROUP_NOUNS:
        return True
    return lemma.endswith(PERSON_NOUN_ENDINGS) and not lemma.endswith(THING_NOUN_ENDINGS)


def speaker_type(label: str | None, name: str | None) -> SpeakerType | None:
    """PERSON, ORG (a state or city speaking as its government) or GROUP, from the NER label.

    ``GROUP`` is an unnamed role or group ("officials", "a spokesman"). A name the NER did
    not type is a person when a known first name says so, else left untyped: a speaker is
    never typed as a work of art, a date or anything else. A name in lower case is a
    description ("historians", of "Historians had long wondered…"), a group whatever the label.
    """
    if name and not any(c.isupper() for c in name):
        return "GROUP"
    if label == "PERSON":
        return "PERSON"
    if label in ("ORG", "GPE", "NORP"):
        return "ORG"
    if label == "GROUP":
        return "GROUP"
    if name and name_gender(name, None, set()) is not None:
        return "PERSON"
    return None


def described_person(name: str | None, kind: SpeakerType | None) -> bool:
    """One person the text describes but does not name ("the Russian leader", "a
    spokeswoman", "Heyer's mother"): an :func:`unnamed_group` whose head word is a singular
    noun for a person, not a body of them ("officials", "police", "Kyiv's allies"). Such a
    description may be anyone the article names elsewhere; a group is not one person, nor are
    names joined (:func:`parties`), nor a thing that carries words ("the statement", "the
    indictment", "the warrant": :func:`speaking_thing`)."""
    if not unnamed_group(name, kind) or name is None or parties(name, kind):
        return False
    head = name.split()[-1].lower()
    plural = (head.endswith("s") and not head.endswith("ss")) or head.endswith("men")
    person = person_noun(head) and not speaking_thing(head)
    return person and not plural and head not in BODY_NOUNS | IRREGULAR_PLURALS


def speaking_thing(noun: str) -> bool:
    """Whether a singular noun (lower case) names a thing that carries someone's words, a
    document or a medium ("statement", "warrant", "letter"), whatever its ending says ("-ant",
    "-er" end nouns for people too)."""
    return noun in MEDIUM_NOUNS | DOCUMENT_NOUNS


def parties(name: str | None, kind: SpeakerType | None) -> list[str]:
    """The names a coordinated speaker joins ("Chuck Schumer and Nancy Pelosi": typed
    ``GROUP``, its parties named), or none for any other speaker."""
    if kind != "GROUP" or not name or " and " not in name:
        return []
    *rest, last = name.split(" and ")
    return [*" and ".join(rest).split(", "), last]


def joined(names: list[str]) -> str:
    """Two or more names as one coordinated speaker ("Chuck Schumer and Nancy Pelosi", "A, B
    and C"), the form :func:`parties` reads back."""
    return ", ".join(names[:-1]) + " and " + names[-1]


def unnamed_group(name: str | None, kind: SpeakerType | None) -> bool:
    """A group or role the text describes but does not name ("European leaders", "officials",
    "senior aides"): typed ``GROUP`` with a common noun for its head word, or any words after
    an indefinite article ("a top House Republican" is one of them, unnamed). It may speak (its
    reports are listed) but is no actor with a stance of its own; a named group
    ("Republicans", "Democrats") has a capitalised head and is one. Names joined by "and"
    ("Chuck Schumer and Nancy Pelosi") are no actor either: each party's stance is its own."""
    words = name.split() if name else []
    return kind == "GROUP" and bool(
        words
        and (
            words[-1][:1].islower()
            or (len(words) > 1 and words[0].lower() in INDEFINITE_WORDS)
            or parties(name, kind)
        )
    )
