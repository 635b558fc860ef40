"""Who speaks for whom: the names of one actor gathered under one reaction.

News names a state's government by the country ("Ukraine"), its capital or seat of
government ("Kyiv", "the Kremlin"), its institutions ("the Ukrainian government",
"Ukraine's foreign ministry", "Zelenskyy's office") and its head of state or government
(Zelenskyy, whose role the article gives as "Ukrainian President"). A reaction is one
actor's stance, so these are one actor: the country, with the head of state or government
who speaks for it nested in the name ("Ukraine (Volodymyr Zelenskyy)"). A company's chief
executive speaks for it so too ("American Airlines (Doug Parker)",
:mod:`newsweave.synthesis.chief_executives`). Everybody else
(a vice-president, a minister, a company, a union) is an actor under the event's
canonical entity name; a product the recogniser took for a person ("Fitbit Charge HR") is
its maker. An administration is not its head in person ("the Trump administration"), and an
unnamed voice speaks for the body its description names ("an American Civil Liberties Union
official", "the Polish prime minister").

The tables are data with their reason: capitals and seats of government stand for the
government in news prose (metonymy), and a nationality adjective in a role ("Russian
President") or an institution ("the Ukrainian government") names the country.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from newsweave.clean.metadata import KNOWN_OUTLETS
from newsweave.models import Entity
from newsweave.text.names import CORPORATE_FORMS, resolve_entity

# A capital or seat of government names the government in news prose ("Kyiv rejected…",
# "the Kremlin said…"): the country it stands for.
SEATS_OF_GOVERNMENT: dict[str, str] = {
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "moscow": "Russia",
    "kremlin": "Russia",
    "washington": "United States",
    "white house": "United States",
    "beijing": "China",
    "paris": "France",
    "elysee": "France",
    "élysée": "France",
    "london": "United Kingdom",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "berlin": "Germany",
    "ankara": "Turkey",
    "tehran": "Iran",
    "jerusalem": "Israel",
    "tokyo": "Japan",
    "seoul": "South Korea",
    "pyongyang": "North Korea",
    "new delhi": "India",
    "islamabad": "Pakistan",
    "warsaw": "Poland",
    "rome": "Italy",
    "madrid": "Spain",
    "ottawa": "Canada",
    "canberra": "Australia",
    "brasilia": "Brazil",
    "mexico city": "Mexico",
    "riyadh": "Saudi Arabia",
    "cairo": "Egypt",
    "damascus": "Syria",
    "baghdad": "Iraq",
    "kabul": "Afghanistan",
    "minsk": "Belarus",
    "taipei": "Taiwan",
    "caracas": "Venezuela",
    "havana": "Cuba",
}
# A nationality adjective (in a role, "Russian President", or an institution, "the Ukrainian
# government") names the country; several names of one country, the usual one first (the
# event's own spelling wins when its entities have one of them).
DEMONYMS: dict[str, tuple[str, ...]] = {
    "ukrainian": ("Ukraine",),
    "russian": ("Russia",),
    "us": ("United States", "U.S.", "US"),
    "american": ("United States", "U.S.", "US"),
    "chinese": ("China",),
    "french": ("France",),
    "british": ("United Kingdom", "Britain", "UK"),
    "uk": ("United Kingdom", "Britain", "UK"),
    "german": ("Germany",),
    "turkish": ("Turkey", "Türkiye"),
    "iranian": ("Iran",),
    "israeli": ("Israel",),
    "japanese": ("Japan",),
    "south korean": ("South Korea",),
    "north korean": ("North Korea",),
    "indian": ("India",),
    "pakistani": ("Pakistan",),
    "polish": ("Poland",),
    "italian": ("Italy",),
    "spanish": ("Spain",),
    "canadian": ("Canada",),
    "australian": ("Australia",),
    "brazilian": ("Brazil",),
    "mexican": ("Mexico",),
    "saudi": ("Saudi Arabia",),
    "egyptian": ("Egypt",),
    "syrian": ("Syria",),
    "iraqi": ("Iraq",),
    "afghan": ("Afghanistan",),
    "belarusian": ("Belarus",),
    "taiwanese": ("Taiwan",),
    "venezuelan": ("Venezuela",),
    "cuban": ("Cuba",),
}
# Each name of a country -> all its names ("Britain" and "United Kingdom" are one actor).
_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    n.lower().replace(".", ""): names for names in DEMONYMS.values() for n in names
}
# Roles whose holder speaks for the state (head of state or government).
HEAD_ROLES = ("president", "prime minister", "chancellor", "premier", "king", "queen", "emir")
# The entity type of a person: a first name lengthened into the full name is no maker's.
PERSON_TYPE = "PERSON"
# Entity types of a maker whose products are named after it ("Fitbit Charge HR"); the
# recogniser types a brand as either.
MAKER_TYPES = frozenset({"ORG", "NORP"})
# The last word of a newspaper's, magazine's or newsroom's name ("Miami Herald", "Us Weekly",
# "ABC7 News", "Associated Press", "Washington City Paper"); with the names of the outlets met
# most (:data:`~newsweave.clean.metadata.KNOWN_OUTLETS`: "CNN", "Reuters") they tell an outlet.
MASTHEAD_WORDS = frozenset(
    {
        "times",
        "post",
        "news",
        "herald",
        "journal",
        "guardian",
        "tribune",
        "gazette",
        "telegraph",
        "chronicle",
        "weekly",
        "magazine",
        "press",
        "paper",
        "inquirer",
        "examiner",
        "observer",
    }
)
# A masthead word names an outlet only after the place or title it follows ("KOIN 6 News",
# "Miami Herald"); alone it opens other names ("News Corp", "Times Square").
MIN_MASTHEAD_WORDS = 2
# Entity types of a thing, which says nothing: an actor is a person, an organisation, a
# country or a group ("The Report on Carcinogens identifies…" is the report, no speaker).
THING_TYPES = frozenset({"PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})
# A role with one of these words is not the sitting head ("Vice President", "Former US President").
NOT_HEAD_WORDS = frozenset({"vice", "former", "deputy", "ex", "late", "acting", "opposition"})
# An institution of a state or of its head ("the Ukrainian government", "Zelenskyy's office").
_INSTITUTION = re.compile(
    r"^(?:the\s+)?(?P<who>.+?)(?:['’]s)?\s+(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs"
    r"|government|administration|ministry|office|presidency|cabinet|leadership|authorities)$",
    re.I,
)

# How an unnamed speaker is described as a body's voice ("an American Civil Liberties Union
# official", "a White House spokeswoman"): the body speaks. A plural ("officials") is a group.
_VOICE_OF = re.compile(
    r"^(?:an?|the)\s+(?P<body>.+?)\s+(?:official|spokesman|spokeswoman|spokesperson"
    r"|representative|aide)$",
    re.I,
)
# Entity types of a body a described voice speaks for (not a party or a people: "a
# Republican aide" is one of many, no party's voice; a nationality is read as its country).
BODY_TYPES = frozenset({"ORG", "GPE"})

# A ministry's portfolio, which names no one: "Foreign Ministry" is some state's, not
# "Foreign"'s; the event's entity for the whole name ("Russian Foreign Ministry") tells whose.
PORTFOLIOS = frozenset(
    {"foreign", "interior", "defense", "defence", "finance", "justice", "health", "economy"}
)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """The actor a name is filed under, and the head of state speaking for it (if any)."""

    actor: str
    person: str | None = None


class ActorNames:
    """Names as actors: states under their country, everyone else under the entity name.

    Built once per event from its entities and the words its articles write in lower case;
    the same speakers come up again and again. A speaker that names nobody is no actor (None):
    see :func:`no_actor`.
    """

    def __init__(
        self,
        entities: list[Entity],
        lower_words: frozenset[str] = frozenset(),
        chiefs: Mapping[str, str] = MappingProxyType({}),
    ) -> None:
        self._entities = entities
        self._lower = lower_words
        # person entity -> the company they are chief executive of
        # (:func:`~newsweave.synthesis.chief_executives.chief_executives`)
        self._chiefs = chiefs
        self._resolved: dict[str, ActorRef | None] = {}

    def __call__(self, name: str | None) -> ActorRef | None:
        if not name:
            return None
        if name not in self._resolved:
            self._resolved[name] = self._resolve(name.strip())
        return self._resolved[name]

    def as_written(self, written: str, read: str | None) -> ActorRef | None:
        """The actor of a name as ``written`` where an article's reading of it (``read``) only
        lengthened it at its end into the name of a thing the event names less often ("a claim
        Fitbit denies" read as the tracker "Fitbit Charge HR", "Google" as its "Google Gnome"),
        and the written name is an entity of the event itself (the case aside): a maker does
        not become its product. Else the reading's actor: a person's first name read as the
        full name ("George" as "George McLaren"), a common word as the name it opens
        ("Department" as "Department of Health"), a nationality as the name it opens
        ("American" as "American Airlines"), a surname ("Williams" as "Allen Williams")."""
        key = written.strip().lower()
        if read is None or not read.lower().startswith(key + " "):
            return self(read)
        maker = next((e for e in self._entities if e.name.lower() == key), None)
        product = resolve_entity(self._entities, read) if self._entities else None
        if (
            maker is not None
            and product is not None
            and PERSON_TYPE not in (maker.type, product.type)
            and not no_actor(written, self._lower)
            and key not in DEMONYMS  # "American" opens "American Airlines", a name of its own
            and len(maker.mentions) > len(product.mentions)
        ):
            return self(written)
        return self(read)

    def _resolve(self, name: str) -> ActorRef | None:
        inst = _INSTITUTION.match(name)
        if inst and _key(inst.group("who")) in PORTFOLIOS:
            fuller = self._fuller(name)
            return self(fuller) if fuller is not None else ActorRef(name)
        if inst and self._names_a_body(inst.group("who")):
            who = self(inst.group("who"))
            if who is not None and who.actor == self._person(inst.group("who")):
                # an administration is not its head in person ("the Trump administration is
                # denying…" is no word of Trump's), though a head of state's speaks for the state
                return ActorRef(_without_article(name))
            if who is not None:
                return who
            country = self._country(inst.group("who"))
            return ActorRef(country) if country else ActorRef(name)
        ent = resolve_entity(self._entities, name) if self._entities else None
        if ent is not None and ent.type in THING_TYPES:
            return None
        canonical = ent.name if ent is not None else name
        canonical = self._after_outlet(canonical) or canonical
        seat = SEATS_OF_GOVERNMENT.get(_key(canonical)) or SEATS_OF_GOVERNMENT.get(_key(name))
        if seat:
            return ActorRef(self._country_name((seat,)))
        if ent is not None and ent.type == "PERSON" and ent.role:
            country = self._head_of(ent.role)
            if country:
                return ActorRef(country, ent.name)
        if ent is not None and ent.name in self._chiefs:
            # a company's chief executive speaks for it, as a head of state for the state
            company = self(self._chiefs[ent.name])
            if company is not None:
                return ActorRef(company.actor, ent.name)
        maker = (
            self._maker(ent) if ent is not None and ent.type == "PERSON" and not ent.role else None
        )
        if maker is not None:
            return ActorRef(maker)
        names = DEMONYMS.get(_key(canonical)) or _COUNTRY_NAMES.get(_key(canonical))
        if names:
            return ActorRef(self._country_name(names))
        if ent is None and no_actor(name, self._lower):
            return None
        if ent is None:
            described = self._described(name)
            if described is not None:
                return described
        return ActorRef(canonical)

    def _names_a_body(self, who: str) -> bool:
        """Whether the owner of an institution ("Zelenskyy's office", "the Ukrainian
        government") names someone the event knows: an entity of its own, a seat of government
        or a nationality. "Coroner's Office" is one body; its "Coroner" is no actor apart."""
        known = resolve_entity(self._entities, who) if self._entities else None
        return (
            known is not None
            or _key(who) in SEATS_OF_GOVERNMENT
            or _key(who) in DEMONYMS
            or _key(who) in _COUNTRY_NAMES
        )

    def _after_outlet(self, name: str) -> str | None:
        """The name an outlet's name is glued to, when ``name`` opens with an outlet's and the
        rest is a name of the event ("told KOIN 6 News the agency…" read as "KOIN 6 News BOLI",
        "Bloomberg News Sprint"): the recogniser ran the outlet a speaker talked to into the
        next name, and an outlet is no part of an actor's name. None otherwise; a company whose
        name opens with an outlet's ("New York Times Co.") has no event name after it."""
        words = name.split()
        for k in range(len(words) - 1, 0, -1):
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            outlet = _key(head) in _OUTLET_NAMES or (
                k >= MIN_MASTHEAD_WORDS and is_outlet(head, None)
            )
            if outlet and self._entities and resolve_entity(self._entities, rest) is not None:
                return rest
        return None

    def _person(self, name: str) -> str | None:
        """The name of the person entity ``name`` refers to, or None."""
        ent = resolve_entity(self._entities, name) if self._entities else None
        return ent.name if ent is not None and ent.type == "PERSON" else None

    def _described(self, name: str) -> ActorRef | None:
        """The actor an unnamed speaker's description names ("an American Civil Liberties
        Union official" speaks for the union, "a White House spokesman" for the United States,
        "the Polish prime minister" for Poland), or None: a description names its body only
        when the event knows that body (an entity, a seat of government, a country)."""
        voice = _VOICE_OF.match(name)
        if voice is not None:
            body = voice.group("body")
            known = resolve_entity(self._entities, body) if self._entities else None
            if known is not None and known.type in BODY_TYPES:
                return self(body)
            if SEATS_OF_GOVERNMENT.get(_key(body)) or self._country(body):
                return self(body)
        low = _key(name)
        if any(low.endswith(" " + head) for head in HEAD_ROLES):
            country = self._head_of(name)
            if country is not None:
                return ActorRef(country)
        return None

    def _fuller(self, name: str) -> str | None:
        """A name of the one entity of the event that has a name ending with ``name`` and saying
        more ("Russian Foreign Ministry" for "Foreign Ministry"), or None (none, or several
        entities: no guess)."""
        key = _key(name)
        fuller = {
            e.name: n
            for e in self._entities
            for n in (e.name, *e.aliases)
            if _key(n).endswith(" " + key)
        }
        return next(iter(fuller.values())) if len(fuller) == 1 else None

    def _maker(self, ent: Entity) -> str | None:
        """The organisation a "person" with no role is a product or part of: its name opens with
        the whole name of an organisation the event names more often ("Fitbit Charge HR" after
        "Fitbit", a tracker the recogniser took for a person; a product does not speak, its
        maker does)."""
        words = ent.name.split()
        for org in self._entities:
            head = org.name.split()
            if (
                org.type in MAKER_TYPES
                and len(head) < len(words)
                and words[: len(head)] == head
                and len(org.mentions) > len(ent.mentions)
            ):
                return org.name
        return None

    def _head_of(self, role: str) -> str | None:
        """The country whose head a role names ("Ukrainian President" → Ukraine), or None."""
        low = role.lower()
        words = set(re.findall(r"[a-z]+", low))
        if words & NOT_HEAD_WORDS:
            return None
        for head in HEAD_ROLES:
            k = low.find(head)
            if k > 0:
                return self._country(role[:k])
        return None

    def _country(self, words: str) -> str | None:
        """The country a nationality or country name stands for, in the event's spelling."""
        key = _key(words)
        if key in DEMONYMS:
            return self._country_name(DEMONYMS[key])
        ent = resolve_entity(self._entities, words) if self._entities else None
        if ent is not None and ent.type == "GPE":
            return ent.name
        return None

    def _country_name(self, names: tuple[str, ...]) -> str:
        """The first of a country's names that the event's entities know, in their spelling."""
        for n in names:
            ent = resolve_entity(self._entities, n) if self._entities else None
            if ent is not None and ent.type == "GPE":
                return ent.name
        return names[0]


# An all-capital word this short that is no entity of the event is an office's abbreviation
# ("DA said", "the CEO said"), not an organisation's name (which NER finds as one).
MAX_ROLE_ABBREVIATION = 3


def lower_words(texts: list[str]) -> frozenset[str]:
    """The words that ``texts`` write in lower case: the common words of an event's articles."""
    return frozenset(w for t in texts for w in re.findall(r"\b[a-z][a-z'’-]+\b", t))


def no_actor(name: str, lower: frozenset[str]) -> bool:
    """Whether a speaker that is no entity of the event names nobody: lower-case words
    ("marijuana", "coast guard"), a common noun the articles also write in lower case, capitalised by a
    sentence start or a cut name ("Reports said ...", "Office", "Committees"), or an office's
    abbreviation ("DA", "CEO")."""
    words = name.split()
    if not any(w[:1].isupper() or w[:1].isdigit() for w in words):
        return True  # "marijuana", "coast guard"; "state Department of Taxation" is a name
    if len(words) > 1:
        return False
    w = words[0]
    return w.lower() in lower or (w.isupper() and len(w) <= MAX_ROLE_ABBREVIATION)


def is_outlet(name: str, entity_type: str | None) -> bool:
    """Whether an actor is a news outlet by its name ("the Guardian", "Miami Herald", "CNN"),
    not a person of that name ("Michael Bloomberg" is no Bloomberg News)."""
    if entity_type == "PERSON":
        return False
    key = _key(name)
    return key in _OUTLET_NAMES or key.rsplit(" ", 1)[-1] in MASTHEAD_WORDS


def _without_article(name: str) -> str:
    """A name without its leading "the" ("the Trump administration" → "Trump administration")."""
    return re.sub(r"^the\s+", "", name.strip(), flags=re.I)


def _key(name: str) -> str:
    """A name as the tables spell it: lower case, no leading "the", no dots."""
    low = name.lower().replace(".", "").strip()
    return low[4:] if low.startswith("the ") else low


# The known outlets' names as :func:`_key` spells them (for :func:`is_outlet`).
_OUTLET_NAMES = frozenset(
    _key(n) for name in KNOWN_OUTLETS.values() for n in (name, name.split(" (")[0])
)


def shortened_names(actors: set[str], plural: set[str]) -> dict[str, str]:
    """Each actor whose name ends exactly one other actor's name, with that name ("Steck" and
    "Ueli Steck", "State Patrol" and "Iowa State Patrol"): news shortens a name it has given in
    full. An end of two names (two Hardings of one family) is left apart, and so is a name
    ending in a word the parse reads as ``plural``: a group, of which the longer name may be
    one part ("Senators and aides in both parties", "Democratic Senators"). A company's name
    without its legal form is the name with it ("Nippon Yusen", "Nippon Yusen K.K.")."""
    out: dict[str, str] = {}
    for short in actors:
        full = [a for a in actors if a.endswith(" " + short)]
        if len(full) == 1 and short.split()[-1] not in plural:
            out[short] = full[0]
        # a company named with and without its legal form ("Nippon Yusen", "Nippon Yusen K.K.")
        formal = [a for a in actors if _legal_form(a) == short]
        if len(formal) == 1 and short not in out:
            out[short] = formal[0]
    return out


def _legal_form(name: str) -> str | None:
    """The company name without its legal form ("Nippon Yusen K.K." → "Nippon Yusen",
    "Acme, Inc." → "Acme"), or None when it ends in none."""
    words = name.rsplit(" ", 1)
    # ("Nippon Yusen K.K." and "Nippon Yusen" are one actor)
    if len(words) < 2 or words[1].lower().replace(".", "") not in CORPORATE_FORMS:
        return None
    return words[0].rstrip(",")
