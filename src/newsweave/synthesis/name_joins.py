"""Whether a shorter name of an event is a longer one's (read by the entities stage,
:mod:`newsweave.synthesis.stages.entities`, as it joins partial names to full ones): a
surname or a given name to the person named in full, an acronym to the name it spells, an
organisation's name cut short or qualified to its whole name; and when two spellings are two
people, a company bears its founder's name, or a caption's surname is nobody's."""

from __future__ import annotations

import re
from collections import Counter

from newsweave.synthesis.entity_names import (
    FURNITURE_NOUNS,
    GENERIC_BODIES,
    a_given_name,
    head_type,
)
from newsweave.synthesis.entity_types import NameGroup, NameMention
from newsweave.synthesis.group_roles import COURTESY_TITLES, ROLE_QUALIFIERS
from newsweave.synthesis.mention_context import PARTNER_WORDS, names_family
from newsweave.synthesis.name_forms import (
    FATHERS_MARKS,
    TITLE_LINKS,
    mistyped,
    without_generation,
)
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import PERSON_NAME_WORD, ROLE_ABBREVIATIONS, is_title
from newsweave.text.names import CORPORATE_FORMS, fold, is_suffix, middle_dropped, seq_match
from newsweave.text.places import ONE_WORD_PLACES

# Words a person's name may write before a surname: a given name and a middle one, which may
# be an initial ("Harry M. Reid").
MAX_GIVEN_NAMES = 2
INITIAL = re.compile(r"[A-Z]\.")
# The last words of a street's name, folded, full stops dropped: "the block of Daly" in the
# article that writes "Daly Street" is the street, not a person named Daly.
STREET_WORDS = frozenset(
    {"street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "drive", "lane"}
    | {"parkway", "pkwy", "highway", "hwy", "terrace", "streets", "avenues", "roads"}
)
# Words of kinship that, in a sentence naming a person with a generation's mark or without
# it, tell two generations of one name apart ("his son, Joseph Smith III", "Donald Parfitt
# Jr. ... where his father also spoke").
GENERATION_KIN = frozenset(
    {"son", "sons", "father", "fathers", "dad", "namesake", "grandson", "grandfather", "elder"}
)
# Where a sentence ends: a stop before a capital (not "Jr. spoke"), or a line's end.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*[^\S\n]+(?=[\"'“‘(]*[A-Z])|\n")
# A person's name cut from an organisation's has a given name and a surname at least.
MIN_CUT_NAME_WORDS = 2
# A capitalised word of a name, or a company's abbreviated form ("Co.").
NAME_WORD = re.compile(r"[A-Z][\w&'’-]*\.?")
# Words a periodical's name ends on that its readers and its own pages drop ("tells Us" of
# "Us Weekly", "People" of "People Magazine").
PERIODICAL_WORDS = frozenset({"weekly", "magazine", "daily", "monthly", "quarterly"})
# The words of an office as a holder's title writes them, spelled out: "Senator Reid" is the
# one the event calls "Senate Minority Leader Harry M. Reid", "Rep. Ryan" the congressman.
OFFICE_FORMS: dict[str, frozenset[str]] = {
    "senator": frozenset({"senator", "senate"}),
    "representative": frozenset({"representative", "congressman", "congresswoman"}),
    "congressman": frozenset({"representative", "congressman"}),
    "congresswoman": frozenset({"representative", "congresswoman"}),
}
# A country's initials, full stops dropped, and its name, folded: typed a place, "US" is the
# United States wherever it stands, no other name it spells ("Universal Search", typed ORG).
COUNTRY_INITIALS: dict[str, tuple[str, ...]] = {
    "US": ("united", "states"),
    "USA": ("united", "states", "of", "america"),
    "UK": ("united", "kingdom"),
    "UAE": ("united", "arab", "emirates"),
    "NZ": ("new", "zealand"),
    "PRC": ("people's", "republic", "of", "china"),
    "DPRK": ("democratic", "people's", "republic", "of", "korea"),
}
# The labels of a place the recogniser gives a country's initials.
COUNTRY_LABELS = frozenset({"GPE", "LOC"})
# The capitalised words (or abbreviations) right before a name: its title as written
# ("Senate Minority Leader Harry M. Reid", "Sen. Dean Heller"); a title runs to a few words,
# and a full stop only ends a short abbreviation in it ("the Senate. Rory Reid" has no title).
TITLE_RUN = re.compile(r"(?:\b(?:[A-Z][a-z]{0,4}\.|[A-Z][\w’'-]*)[^\S\n]+){1,4}$")
TITLE_LOOK_BACK = 60  # characters: a title of four long words


def person_named(h: NameGroup, n: int, label: str) -> bool:
    """Whether ``h`` may be a person a shorter name of ``n`` words is part of: one of its
    mentions writes more than a title before those words ("Marshal Houston" of "Air Chief
    Marshal Angus Houston" is none), and, when the recogniser typed it other than a person,
    what a person's given names are, titles aside: one or two capitalised words or initials,
    none in capitals, a title or a page's noun ("Amber Pasztor", "Nazi Adolf Eichmann" typed
    ORG). A caption, a rank's initials, a body's name or a sentence ending on a surname ("AP
    Photo Trump", "ACM Houston", "Supporter of Presidential Candidate Obama", "Neither
    Governor Sandoval") is no one else the surname could be."""
    for m in h.mentions:
        words = m.surface.split()[:-n]
        while words and is_title(words[0]):
            words = words[1:]
        if not words or len(m.tokens) <= n:
            continue
        if label == "PERSON" or (
            len(words) <= MAX_GIVEN_NAMES
            and all(
                (PERSON_NAME_WORD.fullmatch(w) or INITIAL.fullmatch(w))
                and w[0].isupper()
                and (not w.isupper() or INITIAL.fullmatch(w))
                and not is_title(w)
                and w.lower() not in FURNITURE_NOUNS
                for w in words
            )
        ):
            return True
    return False


def spelled_apart(
    short: list[NameMention], long: list[NameMention], mentions: list[NameMention]
) -> bool:
    """Whether the one-word name of the mentions ``short`` matches the last word of the
    mentions ``long`` only as another spelling, and one article writes both, neither mostly
    (counted over the event's ``mentions``): an article spells one person one way, so its
    "Khalid" beside its "DJ Khaled" is another singer. A slip of typing is written beside the name spelled right more often ("Perrson",
    "Minecrift") or is the name's letters swapped or one more or less (:func:`mistyped`:
    "Sndyer" for "Snyder"). Across outlets a variant is a transliteration ("Zelensky")."""
    words = {m.tokens[-1] for m in short}
    lasts = {without_generation(m.tokens)[-1] for m in long}  # "Williams" of "Hank Williams Jr"
    if any(len(m.tokens) != 1 for m in short) or words & lasts:
        return False
    if any(mistyped(a, b) for a in words for b in lasts):
        return False
    written = Counter((m.article, w) for m in mentions for w in m.tokens)
    return any(
        0 < written[m.article, b] <= written[m.article, a]
        for m in short
        for a in words
        for b in lasts
    )


def initials_fit(short: NameGroup, long: NameGroup, labels: dict[int, str]) -> bool:
    """Whether the acronym ``short`` spelling the initials of ``long`` may stand for it: not
    for a person unless the recogniser typed the acronym a person or the text sets it apart in
    quotation marks (she is “S.P.”): "Washington, D.C." is no "Dave Carney". A country's
    initials typed a place (:data:`COUNTRY_INITIALS`) stand for that country alone: "in the US"
    is no "Universal Search"."""
    country = COUNTRY_INITIALS.get(short.mentions[0].surface.replace(".", ""))
    if country is not None and labels[id(short)] in COUNTRY_LABELS:
        return long.key == country
    person = labels[id(long)] == "PERSON" and not head_type(long.mentions[0].surface, "PERSON")
    if not person or labels[id(short)] == "PERSON":
        return True  # ("James Cook University", once typed PERSON, is a university: JCU)
    return any(m.marked for m in short.mentions)


def cut_to_its_end(
    g: NameGroup, h: NameGroup, labels: dict[int, str], common: frozenset[str]
) -> bool:
    """Whether the organisation ``g`` is ``h``'s name cut to its final words ("Klan" of "Ku
    Klux Klan", "Security Council" of "UN Security Council"). A lone generic noun ("House" of
    "White House") is no short name, nor what a link word ties into a longer name ("Christ"
    of "Communications for Community of Christ")."""
    if labels[id(g)] != "ORG" or labels[id(h)] != "ORG" or not is_suffix(g.key, h.key):
        return False
    if len(g.key) == 1 and (g.key[0] in common or g.key[0] in GENERIC_BODIES):
        return False
    return h.key[len(h.key) - len(g.key) - 1] not in TITLE_LINKS | {"the"}


def opens_organisation(
    g: NameGroup, h: NameGroup, labels: dict[int, str], mentions: list[NameMention]
) -> bool:
    """Whether ``g``, typed a person for the known given name it opens on
    (:func:`~newsweave.synthesis.entity_names.a_given_name`), is the organisation ``h``'s name
    cut short: ``h`` (typed an organisation) is ``g`` and capitalised words after it ("William Morris Endeavor" of
    "William Morris Endeavor Entertainment", "Scott Free" of "Scott Free Productions"), and
    nothing in the event makes ``g`` a person's: no title, pronoun or sign of a person at its
    mentions, and no name of the event is its last word alone (a person is called by the
    surname: "Kors" of "Michael Kors", beside "Michael Kors Holdings"; ``mentions``: the
    event's)."""
    n = len(g.key)
    if labels[id(g)] != "PERSON" or labels[id(h)] != "ORG":
        return False
    if n < MIN_CUT_NAME_WORDS or len(h.key) <= n or h.key[:n] != g.key:
        return False
    if not a_given_name(g.mentions[0].surface.split()[0]):
        return False  # (read as a person's for its given name: not "Citizens United")
    rest = h.mentions[0].surface.split()[len(g.mentions[0].surface.split()) :]
    if not rest or not all(NAME_WORD.fullmatch(w) for w in rest):
        return False
    if any(m.tokens == g.key[-1:] for m in mentions):
        return False
    return not any(
        m.role or m.person_sign or m.described or m.speaks or m.pronouns == "person"
        for m in g.mentions
    )


def named_before(g: NameGroup, h: NameGroup) -> bool:
    """Whether ``g``, typed an organisation at every mention, is mostly written before the
    person ``h`` is named in full in the articles that name both: a company that bears a
    person's surname ("Gallup Editor in Chief Frank Newport said ...", "Gallup's polling", then
    "Dr. George Gallup who founded our company"), not that person, whom news names in full
    first. A surname the small model typed ORG after the full name ("Faye Dunaway", then
    "Dunaway" 13 times, once before: "Beatty and Dunaway had been given ...") is the person's."""
    if any(m.label != "ORG" for m in g.mentions):
        return False
    first: dict[str, int] = {}
    for m in h.mentions:
        first[m.article] = min(first.get(m.article, m.start), m.start)
    both = [m.start < first[m.article] for m in g.mentions if m.article in first]
    return sum(both) * 2 > len(both)


def given_name_of(g: NameGroup, h: NameGroup, h_label: str, g_label: str) -> bool:
    """Whether the name ``g`` is the given name of the person ``h`` names in full: "Areej"
    after "6-week-old Areej Ali" (typed GPE by the small model), "Ivanka" of "Ivanka Trump",
    "Mona Lisa" of "Mona Lisa Harding" (a run of given names: every word after the first is
    one), or the nickname it writes in quotation marks ("Devin" of "Harold 'Devin' Lima", who
    is "Devin Lima" too). ``h`` is a person by the labels of its mentions (``h_label``), or,
    when the recogniser typed ``g`` a person (``g_label``), by one of them: "Brad" of "Brad
    Fischetti" typed ORG, LOC and PERSON. A place it stands for keeps it apart ("in Jordan",
    "the village of Paris"; not a given name typed a person, "speak to Warren"), so does a
    title before it (a surname's: "Ms. Nguyen" of a street "Nguyen Van Thoai"), and an
    unknown first word must come after the full name in every
    article that writes both (news names a person in full before it calls them by their first
    name); in an article without the full name it must be typed a person ("Kip" of the article
    that says "her husband, Kip", when another says "Kip Harding"). A nickname is the
    person's wherever it stands: a stage name ("Havoc" of 'Kejuan "Havoc" Muchita') is
    written alone in every article, before the full name as often as after it."""
    n = len(g.key)
    person = h_label == "PERSON" or (
        g_label == "PERSON" and any(m.label == "PERSON" for m in h.mentions)
    )
    # (any of its full names: "Andy" of "Andrew Lack" written "Andy Lack" once; "Devin Lima",
    # whose words are those of the full name "Harold 'Devin' Lima")
    if not person or not any(
        len(m.tokens) > n
        and (g.key in (m.tokens[:n], tuple(fold(m.surface).split())[:n]) or g.key == (m.nickname,))
        for m in h.mentions
    ):
        return False
    if any(w not in PERSON_FIRST_NAMES for w in g.key[1:]):
        return False
    # (a given name of the list the recogniser typed a person after "to" or "from" is no
    # place: "speak to Warren", "sympathies to Karen", "a letter from Phil"; a brand is not
    # read so, "to Keurig")
    if any(
        (m.locative and not (m.label == "PERSON" and m.tokens[0] in PERSON_FIRST_NAMES))
        or m.place
        or m.dateline
        for m in g.mentions
    ):
        return False
    if any(m.role for m in g.mentions):
        return False  # a title goes before a surname: "Ms. Nguyen" is no "Nguyen Van Thoai"
    if g.mentions[0].surface.split()[0].lower() in PERSON_FIRST_NAMES:
        return True
    if any(len(g.key) == 1 and g.key == (m.nickname,) for m in h.mentions):
        return True  # 'Kejuan "Havoc" Muchita': "Havoc", typed ORG in five articles
    first = {}
    for m in h.mentions:
        first[m.article] = min(first.get(m.article, m.start), m.start)
    return all(
        first[m.article] < m.start if m.article in first else m.label == "PERSON"
        for m in g.mentions
    )


def qualified(short: tuple[str, ...], long: tuple[str, ...], places: set[tuple[str, ...]]) -> bool:
    """Whether ``long`` is ``short`` with a place the event names before it ("U.S. Navy",
    "Syrian Red Crescent" of "Navy", "Red Crescent"), a company's legal form after it
    ("Boeing Co", "Nippon Yusen K.K.") or its partners ("Mumford" of "Mumford and Sons",
    :data:`~newsweave.synthesis.mention_context.PARTNER_WORDS`): one organisation, named in
    full or not."""
    cut = len(long) - len(short)
    if long[:cut] in places and seq_match(short, long[cut:]):
        return True
    rest = long[len(short) :]
    if rest[-1:] and rest[-1] in PARTNER_WORDS and rest[:-1] in {(), ("and",)}:
        return seq_match(short, long[: len(short)])  # "Mumford" of "Mumford & Sons"
    return seq_match(short, long[: len(short)]) and all(w in CORPORATE_FORMS for w in rest)


def surname_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether ``short`` is a final run of the name ``long`` written with a generation's mark
    after it (:func:`~newsweave.synthesis.name_forms.without_generation`): "Williams" of "Hank
    Williams Jr.", "Barrow" of "Dana E. Barrow Jr". The caller keeps it only when no full name
    of the event ends on ``short`` without such a mark ("Trump" of "Donald Trump" beside
    "Donald Trump Jr.")."""
    bare = without_generation(long)
    return len(bare) < len(long) and is_suffix(short, bare)


def generation_dropped(
    g: NameGroup, h: NameGroup, mentions: list[NameMention], texts: dict[str, str]
) -> bool:
    """Whether the full name ``g`` is the person ``h`` named with a generation's mark, written
    without it (:func:`~newsweave.synthesis.name_forms.without_generation`) and with a middle
    name or not: "Martin Luther King" of "Martin Luther King Jr.", "Bill Taylor" of "William W.
    Taylor III", "Donald Trump" of "Donald Trump Sr.". A mark tells a son from his father only
    where the event tells two generations apart (:func:`generations_apart`; ``mentions``: the
    event's, ``texts``: its articles' by id); there a junior's mark sets him apart from his
    father, who bears the name bare ("Donald Trump" beside "Donald Trump Jr."): the bare name
    is his only under a familiar form of the given name (:data:`FATHERS_MARKS`), and only when
    no article writes both full names (a father and his son are named together in the stories
    that tell of both, one outlet writes a lawyer one way and another the other)."""
    bare = without_generation(h.key)
    if len(g.key) < 2 or bare == h.key or without_generation(g.key) != g.key:
        return False
    if not (seq_match(g.key, bare) or middle_dropped(g.key, bare)):
        return False
    if not generations_apart(g, h, mentions, texts):
        return True
    if h.key[-1].rstrip(".") not in FATHERS_MARKS and g.key[0] == bare[0]:
        return False
    named = {m.article for m in h.mentions if len(m.tokens) > 1}
    return not any(m.article in named for m in g.mentions if len(m.tokens) > 1)


def generations_apart(
    g: NameGroup, h: NameGroup, mentions: list[NameMention], texts: dict[str, str]
) -> bool:
    """Whether the event tells apart two people of one name, the bare ``g`` and ``h`` with a
    generation's mark: it writes the mark after one word of the name alone ("Trump Jr.", "Don
    Jr.") or another mark after it ("DeOrr Kunz Sr." beside "DeOrr Kunz Jr."), a sentence
    holding either full name holds a word of kinship (:data:`GENERATION_KIN`: "his son, Joseph
    Smith III"), or one sentence writes both ("Joseph Smith III, the successor to Joseph
    Smith"). Nothing of the kind in a story of Martin Luther King Jr., whom the texts also
    call Martin Luther King."""
    mark, bare = h.key[-1].rstrip("."), without_generation(h.key)
    for m in mentions:
        base = without_generation(m.tokens)
        if base == m.tokens or base[-1] not in (bare[0], bare[-1]):
            continue
        if len(base) == 1 or m.tokens[-1].rstrip(".") != mark:
            return True
    full = [m for m in (*g.mentions, *h.mentions) if len(m.tokens) > 1]
    spans = {id(m): _sentence_span(texts[m.article], m.start, m.end) for m in full}
    for m in full:
        a, b = spans[id(m)]
        if GENERATION_KIN.intersection(re.findall(r"[a-z]+", texts[m.article][a:b].lower())):
            return True
    return any(
        m.article == n.article and spans[id(m)] == spans[id(n)]
        for m in g.mentions
        if id(m) in spans
        for n in h.mentions
        if id(n) in spans
    )


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding ``text[start:end]`` opens and ends (:data:`SENTENCE_END`)."""
    opening = 0
    for stop in SENTENCE_END.finditer(text, 0, start):
        opening = stop.end()
    close = SENTENCE_END.search(text, end)
    return opening, close.start() if close else len(text)


def named_before_it(c: NameGroup, m: NameMention, texts: dict[str, str]) -> bool:
    """Whether the article of the bare surname ``m`` names the person ``c`` before it, in
    full or not, and ``m`` names no family
    (:func:`~newsweave.synthesis.mention_context.names_family`: "the Mercer family", "a Kennedy
    vacation spot" are none of its members; ``texts``: the articles' texts by id). A surname stands for someone the
    reader has met: a "Reid" written before the article first writes "Rory Reid" is the
    "Harry M. Reid" it named before, when he is the only one of that surname it has named so
    far; once both are, by any name ("the elder Goodlatte", "his son Bobby Goodlatte"), it
    may be either."""
    if names_family(texts[m.article], m.start, m.end):
        return False
    return any(n.article == m.article and n.start < m.start for n in c.mentions)


def _office_words(title: str) -> set[str]:
    """The words of a title that name an office, spelled out and lower-cased ("Sen." ->
    senator); forms of address and qualifiers ("Mr.", "Former") name none."""
    words = {w.strip(".,’'").lower() for w in title.split()}
    return {ROLE_ABBREVIATIONS.get(w, w) for w in words - COURTESY_TITLES - ROLE_QUALIFIERS}


def office_holders(
    m: NameMention, cands: list[NameGroup], texts: dict[str, str]
) -> list[NameGroup]:
    """The people of ``cands`` who hold the office the title before the bare surname ``m``
    names ("Senator Reid"): a title before one of their mentions names it too ("Senate
    Minority Leader Harry M. Reid"; :data:`OFFICE_FORMS`), so "Senator Reid" is Harry Reid and
    not his son Rory Reid, whom the event names with no office. None when ``m`` has no title
    or a form of address only ("Mr. Reid" is either)."""
    office = _office_words(m.role)
    if not office:
        return []
    forms = set().union(*(OFFICE_FORMS.get(w, frozenset({w})) for w in office))
    return [c for c in cands if any(forms & _title_words(n, texts) for n in c.mentions)]


def _title_words(m: NameMention, texts: dict[str, str]) -> set[str]:
    """The office words of the title written right before a mention, and of its role."""
    before = texts[m.article][max(0, m.start - TITLE_LOOK_BACK) : m.start]
    run = TITLE_RUN.search(before)
    return _office_words(m.role) | (_office_words(run.group(0)) if run else set())


def street_of(g: NameGroup, h: NameGroup) -> bool:
    """Whether the bare word ``g`` is the street ``h`` ("Daly Street", :data:`STREET_WORDS`)
    written without its last word in the articles that name the street ("the block of Daly
    remained cordoned off", typed PERSON): nothing there says it is a person's name (no title,
    no sign of a person, no given name of the list)."""
    if len(g.key) != 1 or len(h.key) != 2 or h.key[0] != g.key[0]:
        return False
    if h.key[1].rstrip(".") not in STREET_WORDS or g.key[0] in PERSON_FIRST_NAMES:
        return False
    named = {m.article for m in h.mentions}
    return all(
        m.article in named and not (m.role or m.person_sign or m.implied) for m in g.mentions
    )


def periodical_of(g: NameGroup, h: NameGroup) -> bool:
    """Whether ``g`` is the periodical ``h`` ("Us Weekly") named without its last word
    (:data:`PERIODICAL_WORDS`), written as ``h`` writes it, in the articles that name it:
    "tells Us" in the article that names Us Weekly; not "US", the country, nor "us", nor the
    city a city's weekly is named after ("in Seattle", "Seattle" of "Seattle Weekly")."""
    if len(h.key) != len(g.key) + 1 or h.key[-1] not in PERIODICAL_WORDS:
        return False
    if h.key[:-1] != g.key:
        return False
    opening = {" ".join(m.surface.split()[:-1]) for m in h.mentions if m.tokens == h.key}
    named = {m.article for m in h.mentions}
    return all(
        m.surface in opening
        and m.article in named
        and m.surface not in ONE_WORD_PLACES
        and not (m.locative or m.place or m.dateline or m.among_places)
        for m in g.mentions
    )
