"""An entity's type from what its mentions say, and the one-word "people" that are no one.
(The passes that cut a name off what the recogniser ran it into before the mentions are
grouped are :mod:`newsweave.synthesis.mention_trims`'s.)

The entities stage (:mod:`newsweave.synthesis.stages.entities`) groups mentions into
:class:`NameGroup` records; this module holds those records and decides each group's type.
spaCy's small model often mislabels, so the type is the majority vote of the mentions,
weighed with what the words around them say (:mod:`newsweave.synthesis.mention_context`).
Before the vote: a head word types a name (Borough, Tribune, Awards...), a first and last
name, a title before a PERSON mention ("Leader Nancy Pelosi"), a trade before any ("rapper
Lil Uzi Vert") or a list of people around a two-word name ("Normani Kordei, Lauren Jauregui
and ...") make a person; a platform ("Twitter") and an initialism typed NORP ("UPI") an
organisation, so is a building, work or product that speaks or owns a person ("Linkin Park's
Chester Bennington"); a "PERSON" in quotation marks at every mention is a title ("“Despacito,”
which"). After it: a company the event names in full ("Nippon Yusen" of "... Kabushiki
Kaisha") or a call sign ("NBC10") is an organisation, a bare surname several people share a
person, a bare given name no place, body or award ("his eyes at Stephanie", typed GPE) a
person, and a name framed as a place ("village of X", "from Kyiv", a dateline "MOSCOW (AP) —")
a place; a name of several words typed a person that has members or founders ("a member of
... Jefferson Starship") and that says nothing and bears no person's mark is an organisation,
whatever given name opens it, and a movable feast ("an Easter ceasefire", typed FAC) has no
type. A people's noun is a people whatever else is said of it
(:mod:`newsweave.synthesis.peoples`: "Frenchwoman", "Israelites"); a known place typed a people
is a place ("the Aleppo area"), a "people" with a staff that owns someone a band ("Phish
guitarist ...", "Phish's Trey Anastasio"), and a network's initials ("CNN", "NBC") an
organisation, whatever a dateline's credit says.

What the event itself says of a name comes before the recogniser's label too: a name it
calls an animal (:mod:`newsweave.synthesis.animals`: "Two other dogs, Banjo, 2, and Crosby,
3") gets no type, whatever its age or its "his" say, nor does a gene or a germ written as one
("the GDF5 gene", typed FAC: :func:`~newsweave.synthesis.mention_kinds.names_a_germ_or_gene`);
a bare name
written before a word of winning ("Oscar winner Jared Leto", "Grammy-nominated") is an award
and an award's plural a ceremony ("the Golden Globes"); the pronouns of the clauses a name is
the subject of (:func:`~newsweave.synthesis.mention_grammar.pronoun_kind`) make a person
("Logic performed his inspirational song", typed ORG) or a group ("Fifth Harmony, who ...
released their first album", typed PERSON); and
the plural of the surname of a person named in full is people (:func:`a_family`: "the Kochs",
typed GPE); a name written as a work's title
(:func:`~newsweave.synthesis.mention_kinds.names_a_work`: "the film Boyhood", "2006's Blood
Money", "his album, “Murda Muzik”", "Homeland, Modern Family, and other acclaimed shows") is
a work, unless another of its mentions acts as a band or a person does
("LFO singer Devin Lima", "LFO ... their albums"), and so is a name quoted as a title more
often than it acts (“Moonlight”); an award's category ("Best Picture") is an award; and a name
written as a person's full name (two or three capitalised words, none a body's or a place's:
:func:`~newsweave.synthesis.entity_names.shaped_as_full_name`) one of whose mentions bears a
sign only a person bears (:func:`~newsweave.synthesis.mention_context.person_sign`:
"Lombardi said he understood", "Aber Al-Rahabi, 21,", "Streep's husband") is a person,
though its given name is in no list ("Federico Lombardi", "Stormy Daniels" typed ORG); so is
a bare word that is no known place with an age, a form of address or a saying
(:data:`BARE_PERSON_SIGNS`: "her sister, Mariannah, 8," typed GPE), and a name sharing a
person's surname in a pair ("Tatiana and Alexander Liberman").

A one-word name typed a person that nothing in the event says is a person (:func:`unproven`:
no title, no first name before it, no saying, no given name, no person of that surname named
in full) is weighed once more: listed with places ("the Donetsk and Luhansk regions") or
a known place (:data:`~newsweave.text.places.ONE_WORD_PLACES`: "Ankara's renewed role") it is
a place; written with a kind of body ("Relix magazine", "AR-15 manufacturer Bushmaster",
"Achieve, a nonprofit education group", "companies like SpaceX", "Courant reporter Kathleen
Megan") or listed with organisations ("brands like H&M and Zara") an organisation; and a word
the event also writes in lower case ("Carcinogens", "Underwater") is no name at all
(:func:`common_word`).

A name's own words type it too (:mod:`newsweave.synthesis.thing_names`): one of Greek letters
is a society ("Kappa Sigma"), one headed by a water's or a landform's word a place ("Cromarty
Firth" typed ORG; "flown to Groom Lake" typed PERSON); and a "person" of several words that
nothing says is one, written as the head of a noun phrase with "the" ("the Miami Heat have",
"the Buffett Rule would"), after a body's noun ("rock group Led Zeppelin"), ending on "Law"
("Harvard Law") or all of words the event writes in lower case ("Best Buy"), is an
organisation when it acts as one or a mention is typed one, else shown untyped. A make and
model driven, parked or towed is one vehicle, no company ("parked his Toyota Prius", "the
Chevy Tahoe driven by": :func:`~newsweave.synthesis.mention_kinds.names_an_instance`), and a
bare "organisation" that only qualifies nouns and is typed a place at one mention is that
place ("their Antarctic cousins"). A "work" written as a person's full name that says something
is a person ("Marisol Touraine told BFM TV", typed WORK_OF_ART): a work speaks through a common
noun ("the study said").

"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Span

from newsweave.nlp import doc_ents
from newsweave.synthesis.entity_names import (
    AWARD_CEREMONIES,
    GENERIC_BODIES,
    award_category,
    head_type,
    place_opened,
    reads_as_full_name,
    run_in_heading,
    shaped_as_full_name,
)
from newsweave.synthesis.mention_context import a_platform
from newsweave.synthesis.name_forms import TITLE_LINKS, without_generation
from newsweave.synthesis.peoples import names_a_people
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.sentence_case import written_in_lower_case
from newsweave.synthesis.thing_names import (
    common_words_name,
    greek_letter_society,
    natural_feature,
)
from newsweave.text.names import clean_name, fold
from newsweave.text.places import ONE_WORD_PLACES

# Labels of places and peoples: they qualify an organisation's name ("U.S. Navy") and are
# never themselves an organisation's short name.
PLACE_LABELS = frozenset({"GPE", "NORP"})
# A bare word typed a place that nothing else says is one is left untyped only if it is
# written as a name is, long enough to be no abbreviation or initialism ("Fla", "Ga", "U.K.",
# "Tyre" stay places): a capital and five more letters.
UNPLACED_WORD = re.compile(r"[A-Z][a-z]{5,}")
# Feasts of no fixed day, which name a day of the calendar, no building, place, body or person
# ("an Easter ceasefire" typed FAC in the seeds); a recogniser's EVENT is kept. Those of a fixed
# day are read as dates (:data:`~newsweave.text.dates.FIXED_HOLIDAYS`).
MOVABLE_FEASTS = frozenset(
    {"Easter", "Passover", "Ramadan", "Hanukkah", "Lent", "Thanksgiving", "Diwali", "Eid"}
)
# The type of an entity nothing in the event types surely: shown without one, as no wrong one.
UNTYPED = ""
# Tie-break order when label votes are equal: the commoner news entity types first.
LABEL_PRIORITY = (
    "PERSON",
    "ORG",
    "GPE",
    "NORP",
    "LOC",
    "FAC",
    "EVENT",
    "LAW",
    "PRODUCT",
    "WORK_OF_ART",
)
# A name that is another entity's name less one of these words names that company or
# institution, not a person ("Nippon Yusen" of "Nippon Yusen Kabushiki Kaisha", "Wayne State"
# of "Wayne State University", "Mercy Fitzgerald" of "Mercy Fitzgerald Hospital"); a name
# opening on a first name stays a person ("Thomas Kinkade" of "Thomas Kinkade Co").
INSTITUTION_SUFFIXES = (
    ("inc",), ("co",), ("corp",), ("ltd",), ("llc",), ("plc",), ("k.k",), ("kabushiki", "kaisha"),
    ("university",), ("hospital",), ("productions",), ("brands",),
)  # fmt: skip
# The known places, folded as the names a mention is listed with are (:func:`listed_names`).
FOLDED_PLACES = frozenset(tuple(fold(p).split()) for p in ONE_WORD_PLACES)
# Types a place frame corrects; NORP is left ("the Syrian province of Idlib"), and LOC and
# FAC already name places.
PLACE_RETYPED = frozenset({"PERSON", "ORG", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"})
# A name in capitals of three or more letters, an agency's ("UPI"), never a people's.
INITIALISM = re.compile(r"[A-Z]{3,}")
# A name listed among people is one of them only if it is written as a person's name is, in
# two or three capitalised words ("Normani Kordei"; a band, "DNCE", is not).
PERSON_NAME_SHAPE = re.compile(r"[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2}")
# Types of things that neither speak nor employ anyone: one that does is a person or an
# organisation (:func:`~newsweave.synthesis.mention_context.speaks_or_owns`; places speak for
# their governments, "Russia said", and works and laws through their words, "the study said").
SPEAKER_RETYPED = frozenset({"FAC", "PRODUCT", "EVENT"})
# A word mixing letters and digits is a station's call sign or a product, never a person's
# name ("NBC10", "ABC7 News" typed PERSON).
CALL_SIGN = re.compile(r"[A-Za-z]+\d|\d+[A-Za-z]")
# A school's or a firm's head that is also a surname ("Harvard Law", the firm "Ribbeck Law"
# typed PERSON on the 250 multinews events; "Jude Law"): it retypes only a name nothing else
# says is a person's.
FIRM_OR_SCHOOL_HEADS = frozenset({"law"})
# A broadcaster's name in capitals is no place or people ("CNN" typed GPE on the 250 multinews
# events, "told The New York Times and then CNN"): a network's initials, as data. Not a
# station's four call letters by their shape ("WABC"): "WIFI" has it too.
NETWORK_INITIALS = frozenset(
    {"CNN", "NBC", "CBS", "ABC", "BBC", "PBS", "NPR", "HBO", "ESPN", "MSNBC", "CNBC", "CBC", "ITV"}
)
# The labels a broadcaster's initials are retyped from or kept as: a place's, a people's, a
# person's, and an organisation's, which a wire's credit ("WASHINGTON (CNN) —") would make a
# dateline's place.
BROADCASTER_RETYPED = frozenset({"GPE", "LOC", "NORP", "PERSON", "ORG"})
# Labels of the names a one-word "person" may be listed with to be a place among them
# ("the Donetsk and Luhansk regions"; organisations are read from the entities' final types:
# :func:`~newsweave.synthesis.listed_types.listed_with_bodies`).
PLACE_LIST_TYPES = frozenset({"GPE", "LOC"})
# Types the recogniser gives a person whom the pronouns of the event call one ("Logic
# performed his song" typed ORG; "Sheeran performed his hit" typed GPE). A people (NORP) is
# left: its members are "his" one by one ("a top-ranking House Republican ... his").
PERSON_RETYPED = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# The signs of a person (:func:`~newsweave.synthesis.mention_context.person_sign`) that make a
# bare word one whatever the recogniser typed it ("her sister, Mariannah, 8," typed GPE); not a
# lower-case title, as often an adjective before a modifier ("official Queensbridge
# murderers"), nor a kin or a trade, which the parse hangs on an outlet as readily ("Ben
# Bernanke, the Fed chairman").
BARE_PERSON_SIGNS = frozenset({"age", "address", "star", "credit", "saying"})
# Types the recogniser gives a bare given name that the event writes as no place ("squinted his
# eyes at Stephanie" typed GPE, "sympathies to Karen" GPE, "Maggie’s house" ORG): of the 22 bare
# given names typed GPE, LOC or ORG on the 250 multinews validation events 19 were people, the
# others a state ("in Victoria"), an adjective ("Roman salutes") and a film ("Sophie's Choice").
GIVEN_NAME_RETYPED = frozenset({"GPE", "LOC", "ORG"})
# Types an award's words leave: a party's nominee is no award's ("GOP nominee", "the
# Democratic nomination").
AWARD_KEPT = frozenset({"ORG", "NORP"})


@dataclass
class NameMention:
    """One mention of a name and what its context says of the type (mutable: the stage
    trims a run-on word off a mention and relabels it as it reads the event)."""

    article: str
    start: int
    end: int
    surface: str  # cleaned name as written
    tokens: tuple[str, ...]  # folded words
    label: str
    role: str = ""
    locative: bool = False  # object of in/from/near...
    place: bool = False  # framed as a place: "village of X", "X areas"
    dateline: bool = False  # the place a wire story opens on: "MOSCOW (AP) —"
    implied: str = ""  # the full name a pair sharing a surname gives: "Leon [Brandy]"
    marked: bool = False  # inside quotation marks
    quoted: bool = False  # inside quotation marks as a title is, no nickname
    described: bool = False  # after a trade: "rapper [Lil Uzi Vert]"
    speaks: bool = False  # says something or owns a person: "[Linkin Park]'s Chester Bennington"
    listed: bool = False  # listed among people only
    among_places: bool = False  # listed with places only: "Donetsk and [Luhansk]"
    listed_names: tuple[tuple[str, ...], ...] = ()  # the names it is listed with, folded
    body: bool = False  # written with a kind of body: "[Relix] magazine", "site [Formspring]"
    pronouns: str = ""  # what its own pronouns call it (mention_grammar.pronoun_kind)
    award: bool = False  # an award's name: "[Oscar] winner Jared Leto"
    work: bool = False  # a work's title (mention_kinds.names_a_work): "the film [Boyhood]"
    after_clause: bool = False  # after a clause its mention ran on through: "Cooper pry [Sediuk]"
    nickname: str = ""  # folded, written in quotation marks inside it: Liberty “[Libby]” German
    person_sign: str = ""  # a sign only a person bears (mention_context.person_sign): "age"...
    animal: bool = False  # called an animal (animals.called_an_animal): "Banjo, a dog"
    settled: bool = False  # after a place's own preposition: "in Victoria"
    qualifies: bool = False  # qualifies a common noun: "Roman salutes"
    determined: bool = False  # heads a noun phrase after "the": "the [Miami Heat] have won"
    instance: bool = False  # a vehicle (mention_kinds.names_an_instance): "[Toyota Prius]"
    coordinated: bool = False  # listed by "and" (mention_kinds.joined_by_and): "X and [Y]"
    membered: bool = False  # has members (mention_kinds.of_members): "a member of [Orbit]"
    told: bool = False  # told something (bare_frames.told_to): "she told [Billboard]"
    home: bool = False  # a resident's home (bare_frames.names_a_home): "a [Shalimar] woman"
    germ: bool = False  # a gene's or a germ's (mention_kinds.names_a_germ_or_gene): "[GDF5] gene"


@dataclass
class NameGroup:
    """The mentions of one referent, as the stage groups them."""

    mentions: list[NameMention] = field(default_factory=list)
    key: tuple[str, ...] = ()  # the folded words every mention of this group spells
    label: str = ""  # the NER label of the group's first mention
    shared_surname: bool = False  # a bare surname that several people of the event bear


def majority(c: NameGroup) -> str:
    """The NER label most of the group's mentions bear."""
    return Counter(m.label for m in c.mentions).most_common(1)[0][0]


def among_places(ent: Span) -> bool:
    """Whether a mention is listed with places only (:data:`PLACE_LIST_TYPES`), one of them a
    known place (:data:`~newsweave.text.places.ONE_WORD_PLACES`): Luhansk in "the Donetsk and
    Luhansk regions"; not Newton in "the discoveries of Darwin and Newton"."""
    others = ent.root.conjuncts
    return (
        bool(others)
        and all(t.ent_type_ in PLACE_LIST_TYPES for t in others)
        and any(t.text in ONE_WORD_PLACES for t in others)
    )


def listed_names(ent: Span) -> tuple[tuple[str, ...], ...]:
    """The folded names a mention is listed with ("h&m" for Zara in "brands like H&M and
    Zara"); none when a word of the list is no name ("Crosby and the other dog"). Any word of
    the mention may be the one listed: the parse joins "Sub" of "the Antarctic and
    Sub-Antarctic birds" to "Antarctic", not the mention's head."""
    others = sorted({t.i for w in ent for t in w.conjuncts if not ent.start <= t.i < ent.end})
    names = [e for e in doc_ents(ent.doc) if any(e.start <= i < e.end for i in others)]
    if not others or any(not any(e.start <= i < e.end for e in names) for i in others):
        return ()
    return tuple(tuple(fold(clean_name(e.text)[0]).split()) for e in names)


def unproven(c: NameGroup, surnames: frozenset[str]) -> bool:
    """Whether ``c`` is one bare word nothing in the event says is a person's name: no title,
    no second word, no saying, no trade or list of people, not a given name, not the surname
    of a person the event names in full (``surnames``, folded: "Lima" of "Devin Lima")."""
    if any(len(m.tokens) > 1 or m.role or m.implied for m in c.mentions):
        return False
    if any(m.speaks or m.described or m.listed for m in c.mentions):
        return False
    word = c.mentions[0].tokens[0]
    return word not in PERSON_FIRST_NAMES and word not in surnames


def common_word(
    c: NameGroup, words: frozenset[str], surnames: frozenset[str], keys: set[tuple[str, ...]]
) -> bool:
    """Whether a group typed a person is a common word the recogniser took for a name: one
    bare word nothing proves a name (:func:`unproven`) that the event also writes in lower case
    ("Known and Probable Human Carcinogens" beside "carcinogens do not cause cancer";
    ``words``: the event's :func:`~newsweave.synthesis.sentence_case.words_of`), and that opens
    no longer name the event writes (``keys``, folded): "Amber" of "Amber Pasztor" is her given
    name, though an "amber alert" is written too."""
    word = c.mentions[0].tokens[0]
    return (
        unproven(c, surnames)
        and written_in_lower_case(c.mentions[0].surface, words)
        and not any(len(k) > 1 and k[0] == word for k in keys)
    )


def a_heading(c: NameGroup, texts: dict[str, str], words: frozenset[str]) -> bool:
    """Whether the group is a section's run-in heading, no name: written only so
    (:func:`~newsweave.synthesis.entity_names.run_in_heading`: "Gift Registry: Brides in
    Kentucky ...", typed PERSON, between "Wedding Style:" and "Honeymoon:"), reading as no
    person's full name, and holding a word the event writes in lower case, alone or in the
    plural (``words``: its :func:`~newsweave.synthesis.sentence_case.words_of`; "gifts"). A
    transcript's speaker is named so too ("Pelosi:"), by a name no story writes in lower
    case. ``texts``: the articles' texts by id."""
    longest = max((m.surface for m in c.mentions), key=len)
    return (
        all(run_in_heading(texts[m.article], m.start, m.end) for m in c.mentions)
        and not reads_as_full_name(longest)
        and any(
            written_in_lower_case(w, words) or written_in_lower_case(f"{w}s", words)
            for w in longest.split()
        )
    )


def a_family(c: NameGroup, surnames: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a one-word group is the plural of the surname of a person the event names in
    full, a family or that person's likenesses ("the Kochs", "a dozen of Swifts"; typed NORP,
    GPE or ORG), and no common word the event writes in lower case ("Furs by Graf" beside
    "vintage furs"; ``words``: the event's
    :func:`~newsweave.synthesis.sentence_case.words_of`)."""
    if any(len(m.tokens) > 1 for m in c.mentions):
        return False
    word = c.mentions[0].tokens[0]
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return (
        word.endswith("s")
        and bool(stems & surnames)
        and not written_in_lower_case(c.mentions[0].surface, words)
    )


def _institution(key: tuple[str, ...], keys: set[tuple[str, ...]]) -> bool:
    """Whether the event also names ``key`` followed by a company or institution word
    (:data:`INSTITUTION_SUFFIXES`)."""
    return any(key + suffix in keys for suffix in INSTITUTION_SUFFIXES)


def _opens_title(word: str, keys: set[tuple[str, ...]]) -> bool:
    """Whether the event names something longer that opens on ``word`` and a link word, as a
    work's title does ("Manchester by the Sea"): the bare word may be that title cut short."""
    return any(len(k) > 2 and k[0] == word and k[1] in TITLE_LINKS | {"by"} for k in keys)


def _unproven_type(c: NameGroup, keys: set[tuple[str, ...]], forenames: frozenset[str]) -> str:
    """The type of a bare word typed a person that nothing proves a person's name: a place or
    an organisation when the words around it say so (a resident's home: "a Shalimar woman"; an
    outlet told something: "told Billboard"), a person when its pronouns or a person's sign
    do, else none (:data:`UNTYPED`): the small model types a magazine, a product, a festival or
    a dinosaur a person as readily as a surname ("Oxygen", "Camarasaurus"), and an entity
    shown without a type misleads no reader (``keys``: the event's name forms, folded;
    ``forenames``: the first words, folded, of the names it writes as a person's full name is
    written: "Amber" of "Amber Pasztor", typed ORG)."""
    if any(m.among_places for m in c.mentions):
        return "GPE"  # "the Donetsk and Luhansk regions"
    if any(m.body for m in c.mentions):
        return "ORG"  # "Relix magazine"
    if any(m.home for m in c.mentions):
        return "GPE"  # "A Shalimar woman has a warning": where she lives
    m = c.mentions[0]
    if (
        m.surface in ONE_WORD_PLACES
        and not any(x.marked for x in c.mentions)
        and not _opens_title(m.tokens[0], keys)
    ):
        return "GPE"  # "Ankara's renewed role" ("Manchester" of “Manchester by the Sea” is none)
    if m.tokens[0] in forenames or any(x.pronouns == "person" or x.person_sign for x in c.mentions):
        return "PERSON"  # "Veselnitskaya ... her lawyer", "Valentino, 82,"
    if any(x.told for x in c.mentions):
        return "ORG"  # "she told Billboard in 2017": an outlet
    return UNTYPED


def entity_type(
    c: NameGroup,
    keys: set[tuple[str, ...]],
    surnames: frozenset[str],
    forenames: frozenset[str],
    words: frozenset[str],
) -> str:
    """The type of the group ``c``; ``keys``: every name form of the event, folded;
    ``surnames``: the folded surnames of the people it names in full; ``forenames``: the folded
    first words of the names it writes as full names are written; ``words``: the event's
    :func:`~newsweave.synthesis.thing_names.prose_words`."""
    votes = Counter(m.label for m in c.mentions)
    best = max(votes, key=lambda lab: (votes[lab], -LABEL_PRIORITY.index(lab)))
    longest = max((m.surface for m in c.mentions), key=len)
    head = head_type(longest, best)
    if head:
        return head
    if names_a_people(longest):
        return "NORP"  # "Frenchwoman", "Pakistanis", "Israelites" typed PERSON, ORG or none
    if best == "NORP" and longest in ONE_WORD_PLACES:
        return "GPE"  # "the Aleppo area" typed NORP: a known place's name is no people's
    if best == "NORP" and any(m.body for m in c.mentions) and any(m.speaks for m in c.mentions):
        # "Phish guitarist Trey Anastasio ... Phish's Trey Anastasio" typed NORP: a people
        # has no staff and owns no one ("British singer Adele" is never "British's")
        return "ORG"
    if longest in MOVABLE_FEASTS and best != "EVENT":
        return UNTYPED  # "an Easter ceasefire" typed FAC: a day, no building
    if any(m.animal for m in c.mentions):
        return UNTYPED  # "Two other dogs, Banjo, 2, and Crosby, 3": no person, age or "his"
    if any(m.germ for m in c.mentions):
        return UNTYPED  # "the GDF5 gene" typed FAC, "HPV virus" ORG: a molecule's or a microbe's
    if award_category(longest):
        return "WORK_OF_ART"  # "Best Picture" typed ORG: an award, as "Oscar" is
    if any(m.nickname or m.implied for m in c.mentions):
        # Liberty “Libby” German: only people are given nicknames so; "Tatiana and Alexander
        # Liberman" (typed GPE): a name sharing a person's surname is a person's
        return "PERSON"
    if best == "PERSON" and (opened := place_opened(longest)):
        return opened  # "Cape Cod", "Mount Adams" typed PERSON
    if greek_letter_society(longest):
        return "ORG"  # "Kappa Sigma" typed PERSON
    if best in BROADCASTER_RETYPED and longest in NETWORK_INITIALS:
        return "ORG"  # "then CNN on Tuesday night" typed GPE
    if a_platform(longest) or (best == "NORP" and INITIALISM.fullmatch(longest)):
        return "ORG"  # "Twitter" typed PERSON; "UPI" typed NORP: a people is named by a word
    if _a_work(c) and not reads_as_full_name(longest):
        return "WORK_OF_ART"  # "2006's Blood Money" typed ORG, "album, “Murda Muzik”" PERSON
    if best == "ORG" and any(m.instance for m in c.mentions) and not any(map(acts, c.mentions)):
        return "PRODUCT"  # "parked his Toyota Prius", "the Chevy Tahoe driven by": a vehicle
    if (
        best == "PERSON"
        and len(longest.split()) > 1
        and any(m.membered for m in c.mentions)
        and not any(m.speaks for m in c.mentions)
        and not _person_signs(c)
    ):
        return "ORG"  # "a member of ... Jefferson Starship": a band, though "Jefferson" opens it
    if any(m.label == "PERSON" and m.role for m in c.mentions) or reads_as_full_name(longest):
        return "PERSON"  # a title before a person mention ("Leader Nancy Pelosi") outvotes the
        # small model's other labels for the bare surname ("Pelosi" as GPE, "Trump" as ORG)
    bare = not any(len(m.tokens) > 1 or m.role for m in c.mentions)
    if bare and best not in AWARD_KEPT and any(m.award for m in c.mentions):
        return "WORK_OF_ART"  # "Oscar winner Jared Leto": an award, as "Academy Award" is
    if longest in AWARD_CEREMONIES:
        return "EVENT"  # "the Grammys", "the Golden Globes" typed GPE or FAC
    if bare and best in GIVEN_NAME_RETYPED and _bare_given_name(c, keys):
        return "PERSON"  # "his eyes at Stephanie" typed GPE
    said = {m.pronouns for m in c.mentions if m.pronouns}
    framed = any(m.place or m.dateline for m in c.mentions)  # "ROELAND PARK (AP) —": a place
    # typed a person wherever the name is written in full: "Dana E. Barrow Jr", whose surname
    # the small model typed ORG twice
    full = [m for m in c.mentions if len(without_generation(m.tokens)) > 1]
    written_in_full = bool(full) and all(m.label == "PERSON" for m in full)
    if (
        best in PERSON_RETYPED
        and (
            (
                (shaped_as_full_name(longest) or written_in_full)
                and any(m.person_sign for m in c.mentions)
            )
            or (written_in_full and any(m.speaks for m in c.mentions))
            or (
                bare
                and longest not in ONE_WORD_PLACES
                and any(m.person_sign in BARE_PERSON_SIGNS for m in c.mentions)
            )
        )
        and not framed
        and not any(m.body or m.marked for m in c.mentions)
    ):
        # "Federico Lombardi" typed ORG, "Lombardi said he understood"; "Aber Al-Rahabi, 21,";
        # "Nik Richie" typed PERSON, "Richie said" typed ORG;
        # "Ms. Daniels"; "Barrow will not be charged, ... said"; "her sister, Mariannah, 8,"
        # typed GPE: what the text says of a name
        # written as a person's, or of a bare word no known place, outweighs a given name the
        # list of given names lacks
        return "PERSON"
    if (
        said == {"person"}
        and best in PERSON_RETYPED
        and not framed
        and longest not in ONE_WORD_PLACES
        and not GENERIC_BODIES.intersection(fold(longest).split())
        and not any(m.body or m.marked for m in c.mentions)
    ):
        # "Logic performed his inspirational song" typed ORG; not "Congress doesn't pass his
        # plan", nor a title written in quotation marks ("“Moonlight,”" of "Moonlight won")
        return "PERSON"
    if said == {"group"} and best == "PERSON" and not reads_as_full_name(longest):
        return "ORG"  # "Fifth Harmony, who ... released their first album"
    if best == "PERSON" and all(m.quoted for m in c.mentions):
        return "WORK_OF_ART"  # "“Despacito,” which was snubbed": a title, no one's name
    if best not in PLACE_LABELS | {"PERSON"} and (
        any(m.described for m in c.mentions)
        or (all(m.listed for m in c.mentions) and PERSON_NAME_SHAPE.fullmatch(longest))
    ):
        return "PERSON"  # "rapper Lil Uzi Vert"; "Normani Kordei, Lauren Jauregui and ..."
    if best == "WORK_OF_ART" and _a_work_speaking(c, longest) and not framed:
        return "PERSON"  # "“This news brings great pride,” Marisol Touraine told BFM TV"
    if best in SPEAKER_RETYPED and any(m.speaks for m in c.mentions) and not framed:
        # "Linkin Park's Chester Bennington": a band, no building; "Bannon said", typed FAC 27
        # times and PERSON 15: a person
        return "PERSON" if votes["PERSON"] else "ORG"
    if best == "PERSON" and (
        _institution(tuple(fold(longest).split()), keys) or CALL_SIGN.search(longest)
    ):
        return "ORG"
    if c.shared_surname:
        return "PERSON"  # "Hernandez" when Rene and Liliana Hernandez are both named
    if best in PERSON_RETYPED and _kin_of_person(c, surnames, words):
        return "PERSON"  # "Amber Pasztor" typed ORG where "Rene Pasztor" is a person
    if (
        best == "PERSON"
        and len(longest.split()) > 1
        and (
            any(m.determined or m.body for m in c.mentions)
            or common_words_name(longest, words)
            or fold(longest).split()[-1] in FIRM_OR_SCHOOL_HEADS
        )
        and not person_evidence(c, longest)
    ):
        # "the Miami Heat have", "the Buffett Rule would"; "Best Buy", "Holy Grail"; "rock
        # group Led Zeppelin": no person's name is the head of a noun phrase with "the", all
        # of common words or written after a body's noun; "Harvard Law", the firm "Ribbeck
        # Law" (not "Jude Law", whom his signs make a person)
        return _thing_type(c, votes)
    if best in PLACE_RETYPED and any(m.place for m in c.mentions):
        return "GPE"
    if best not in {"GPE", "LOC", "NORP"} and any(m.dateline for m in c.mentions):
        return "GPE"  # "FORT WAYNE, Ind. (WANE)" where the model typed Fort Wayne a FAC
    if natural_feature(longest) and (
        (best == "ORG" and not any(m.speaks or m.body or m.marked for m in c.mentions))
        or (
            best == "PERSON"
            and not person_evidence(c, longest)
            and any(m.locative or m.place or m.settled for m in c.mentions)
        )
    ):
        return "LOC"  # "Cromarty Firth", "River Pefferey" typed ORG; "flown to Groom Lake"
    if best == "PERSON":
        multiword = any(len(m.tokens) > 1 for m in c.mentions)
        titled = any(m.role for m in c.mentions)
        located = any(m.locative for m in c.mentions)
        if not multiword and not titled and located and not _bare_given_name(c, keys):
            return "GPE"  # "to Kyiv"; not "sympathies to Karen"
        if unproven(c, surnames):
            return _unproven_type(c, keys, forenames)
    if best == "ORG" and bare and (placed := _place_modifier(c, votes)):
        return placed  # "their Antarctic cousins" typed ORG, "the Antarctic birds" LOC
    if best == "ORG" and bare and _a_known_place(c):
        return "GPE"  # "Copenhagen court", "lower than Cyprus (15th)" typed ORG
    if best == "GPE" and _unplaced(c):
        if any(m.told for m in c.mentions) and not _person_signs(c):
            return "ORG"  # "she told Vogue of being a single mom" typed GPE: an outlet
        return UNTYPED  # "Brachiosaurus", "Gazprom" typed GPE, nowhere a place
    return best


def person_evidence(c: NameGroup, longest: str) -> bool:
    """Whether anything the event writes of the group says it is a person: a known given name
    opening a full name, a title, a person's sign or pronouns, a nickname, a surname shared in a
    pair, a trade before it or a list of people around it."""
    return reads_as_full_name(longest) or _person_signs(c)


def _person_signs(c: NameGroup) -> bool:
    """Whether a mention of the group bears a person's mark: a title, a person's sign or
    pronouns, a nickname, a surname shared in a pair, a trade before it or a list of people
    around it."""
    return any(
        m.role
        or m.person_sign
        or m.pronouns == "person"
        or m.nickname
        or m.implied
        or m.described
        or m.listed
        for m in c.mentions
    )


def _kin_of_person(c: NameGroup, surnames: frozenset[str], words: frozenset[str]) -> bool:
    """Whether a mention of ``c`` written as a person's full name shares its surname with a
    person the event names in full (``surnames``, folded: "Amber Pasztor" typed ORG beside
    "Rene Pasztor"), a surname the event never writes in lower case (``words``: not "Sweet
    Chili-Sauce" beside "Honig Senf-Sauce", typed PERSON, and "sauce"), and no mention is
    written as a place or a body is ("in Jackson Hole", "the Dow Jones average", "Relix
    magazine", a title in quotation marks). Not a given name: "Al Qaeda" shares one with "Al
    Michaels", "Al Jazeera" with "Al Sharpton"."""
    return any(
        shaped_as_full_name(m.surface)
        and m.tokens[-1] in surnames
        and not written_in_lower_case(m.tokens[-1].capitalize(), words)
        for m in c.mentions
    ) and not any(
        m.locative
        or m.place
        or m.settled
        or m.dateline
        or m.body
        or m.marked
        or m.determined
        or m.pronouns in {"group", "thing"}
        for m in c.mentions
    )


def _thing_type(c: NameGroup, votes: Counter[str]) -> str:
    """The type of a group typed a person that is no one's name: an organisation when it acts
    as one (it says or owns things, is written with a body's noun or is "their" or "its") or
    when any mention is typed one, as a team, a band or a firm is typed a place or a building by
    its town's word ("the Miami Heat" typed PERSON, FAC and ORG); else none (:data:`UNTYPED`):
    the recogniser's other labels of such a name were as often wrong as right on the 250
    multinews validation events ("Simms Car Wash" LAW, "Jefferson Airplane" GPE, "Amber Alert"
    FAC)."""
    acts = any(m.speaks or m.body or m.pronouns in {"group", "thing"} for m in c.mentions)
    return "ORG" if acts or votes["ORG"] else UNTYPED


def _a_work_speaking(c: NameGroup, longest: str) -> bool:
    """Whether a group typed a work is written as a person's full name
    (:func:`~newsweave.synthesis.entity_names.shaped_as_full_name`) and says something at a
    mention ("Marisol Touraine told BFM TV", typed WORK_OF_ART), and no mention writes it as a
    work's title is (in quotation marks, after a work's noun or "the": "The Daily Beast
    said"). A work speaks through its words too ("the study said"), but by a common noun, not
    by two or three capitalised words that name no body or place."""
    return (
        shaped_as_full_name(longest)
        and any(m.speaks for m in c.mentions)
        and not any(m.marked or m.work or m.determined or m.body for m in c.mentions)
    )


def _a_work(c: NameGroup) -> bool:
    """Whether a mention of the group is written as a work's title
    (:func:`~newsweave.synthesis.mention_kinds.names_a_work`) and none as someone who acts: a
    band named like its album ("Mobb Deep's album “The Infamous”", "LFO ... their albums") says
    or owns things or is "their", a title is neither. A title set in quotation marks that the
    recogniser also reads as a work (“Moonlight” won) is one more often than the group acts:
    news quotes the titles of films, shows and songs, not the names of people or companies,
    whatever the small model types the bare mentions ("Moonlight is
    clearly the winner" typed ORG; "Moonlight claimed three wins" acts once). A quoted name
    typed otherwise is as often a nickname, a product, a place or an operation (“Black Monday”,
    “Cannabus”, “Area 51” on the multinews validation events)."""
    acting = sum(1 for m in c.mentions if acts(m))
    if any(m.work for m in c.mentions) and not acting:
        return True
    return sum(1 for m in c.mentions if m.quoted and m.label == "WORK_OF_ART") > acting


def acts(m: NameMention) -> bool:
    """Whether a mention shows someone who acts, as no work's title does: it says or owns
    things, bears a title or a trade, is written as a body or has a person's or a group's
    pronouns."""
    return bool(m.speaks or m.role or m.described or m.body or m.pronouns in {"person", "group"})


def _bare_given_name(c: NameGroup, keys: set[tuple[str, ...]]) -> bool:
    """Whether the bare word ``c`` is a given name (:data:`PERSON_FIRST_NAMES`) the event
    writes as nothing else: no known place (:data:`~newsweave.text.places.ONE_WORD_PLACES`),
    never after "in" or in a place's frame, dateline or list, no adjective ("Roman salutes"),
    body, work or award, not a title in quotation marks at every mention (a name is quoted as
    said too: “Stephanie.”), and never the last word of a longer name (``keys``, folded) that
    opens on no given name ("Cancer Council Victoria", "Hurricane Harvey")."""
    m = c.mentions[0]
    word = m.tokens[0]
    if word not in PERSON_FIRST_NAMES or word.capitalize() in ONE_WORD_PLACES:
        return False
    if any(len(k) > 1 and k[-1] == word and k[0] not in PERSON_FIRST_NAMES for k in keys):
        return False
    return not any(
        x.place
        or x.dateline
        or x.among_places
        or x.settled
        or x.qualifies
        or x.body
        or x.award
        or x.work
        for x in c.mentions
    ) and not all(x.marked for x in c.mentions)


def _place_modifier(c: NameGroup, votes: Counter[str]) -> str:
    """The place label (:data:`PLACE_LIST_TYPES`) a mention of the bare word ``c`` bears when
    every mention qualifies a noun ("the Antarctic and Sub-Antarctic birds", "their Antarctic
    cousins"), as a place's name does, and none acts as a body (says or owns things, a body's
    noun, "their"); "" otherwise. An organisation qualifies nouns too ("Google employees"),
    and is not then typed a place by the recogniser."""
    placed = [lab for lab in LABEL_PRIORITY if lab in PLACE_LIST_TYPES and votes[lab]]
    if not placed or not all(m.qualifies for m in c.mentions) or any(map(acts, c.mentions)):
        return ""
    return placed[0]


def _a_known_place(c: NameGroup) -> bool:
    """Whether a bare word typed an organisation is a known place
    (:data:`~newsweave.text.places.ONE_WORD_PLACES`) and nothing makes it a body named after
    one: no body's noun ("Seattle" magazine), no saying ("Oxford said"), no title in quotation
    marks, no list of names that are not known places ("Columbia, Harvard and Oxford")."""
    m = c.mentions[0]
    if m.surface not in ONE_WORD_PLACES:
        return False
    return not any(
        x.body or x.speaks or x.marked or any(n not in FOLDED_PLACES for n in x.listed_names)
        for x in c.mentions
    )


def _unplaced(c: NameGroup) -> bool:
    """Whether the bare word ``c`` the recogniser typed a place is one by nothing else: not a
    known place (:data:`~newsweave.text.places.ONE_WORD_PLACES`), never after "in", "from"...,
    in a place's frame, a dateline, a list of places or before a resident's noun ("a
    Phoenixville woman"). The small model types a dinosaur, a magazine, a company or a given
    name a place ("Diplodocus", "Vogue", "Gazprom", "Natalia") as readily as a town; a town the
    story is about is written "in Flint" somewhere."""
    if any(len(m.tokens) > 1 or m.role for m in c.mentions):
        return False
    word = c.mentions[0].surface
    if word in ONE_WORD_PLACES or not UNPLACED_WORD.fullmatch(word):
        return False
    return not any(
        m.locative or m.place or m.dateline or m.among_places or m.home for m in c.mentions
    )


__all__ = [
    "LABEL_PRIORITY",
    "PERSON_RETYPED",
    "PLACE_LABELS",
    "PLACE_LIST_TYPES",
    "UNTYPED",
    "NameGroup",
    "NameMention",
    "a_family",
    "a_heading",
    "acts",
    "among_places",
    "common_word",
    "entity_type",
    "listed_names",
    "majority",
    "person_evidence",
    "unproven",
]
