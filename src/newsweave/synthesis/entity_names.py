"""What a name the recogniser found looks like, read from its words alone: whether it is a
person's full name (a first name, capitalised words, no word of an institution), the type its
head word gives it ("Darby Borough" a place, "Kokomo Tribune" an organisation), and whether
it is a web page's control or label rather than a name ("Replay More Videos"), or a paper's
pointer, code or citation ("Fig", "BP013", "Bader, Hasiotis & Martin (2009)"). The entities
stage (:mod:`newsweave.synthesis.stages.entities`) weighs these against the recogniser's
labels and the text around each mention.
"""

from __future__ import annotations

import re
from collections import Counter

from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import PERSON_NAME_WORD, is_title
from newsweave.synthesis.sentence_case import opens_sentence, written_in_lower_case
from newsweave.text.names import fold, seq_match

# A name of two or three capitalised words that opens on a common first name is a person's,
# whatever the small model typed it ("Richard Plotts" as ORG, "Joseph Serna" as GPE): of the
# 28 such names among the multinews validation events' entities not typed PERSON, 27 were
# people (the other, "Walter Reed", a hospital). With the longer list of first names
# (first_names.PERSON_FIRST_NAMES) 25 more people the model typed ORG or GPE are people ("Tony
# Scott", "Taylor Swift", "Kim Jong-un"), none wrongly once the head words below and
# HEAD_TYPES' hold. These words make it an institution's, a place's or a work's ("Fred
# Hutchinson Cancer Research Center", "Jessica Simpson Collection", "Warren Commission",
# "Vincent Thomas Bridge").
PERSON_NAME_WORDS = (2, 3)
# A given name of two joined by a hyphen ("Lin-Manuel", "Jean-Claude", "Marie-Hélène"): one
# known part makes the pair a given name, as none of the list's names opens a firm's or a
# place's hyphenated word ("Mercedes" and "Harley" are left out of it for that reason).
HYPHENATED_GIVEN_PARTS = 2
NOT_PERSON_WORDS = frozenset(
    {
        "academy", "association", "bank", "bridge", "building", "center", "centre", "church",
        "club", "co", "collection", "college", "commission", "company", "corp", "foundation",
        "fund", "group", "hall", "hill", "hills", "hospital", "hotel", "house", "inc",
        "institute", "line", "ltd", "memorial", "museum", "park", "press", "productions",
        "prosecutor", "road", "room", "school", "sheriff", "show", "society", "square",
        "stadium", "state", "street", "trust", "university",
    }
)  # fmt: skip
# The head word of a name (its last word, or the last before "of": "University of Utah") says
# what it names whatever the small model typed it: the first type listed is given, the others
# are let stand ("Virginia Hospital Center" as FAC). Among the multinews validation events'
# entities these heads were mistyped as PERSON ("Darby Borough", "Kokomo Tribune", "Chechen
# Republic"), as ORG ("Iditarod Trail Sled Dog Race", "Huffington Post Game Changers Awards") or
# as LAW ("Sochi Games"). Words that are also surnames or nouns of titles are left out ("Post":
# Emily Post; "Court": Margaret Court; "Lake": Ricki Lake; "City": Sex and the City; "District":
# Omaha Public Power District; "Games": Epic Games).
HEAD_TYPES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("county", "township", "borough", "province", "republic"), ("GPE",)),
    **dict.fromkeys(("hospital", "university", "college", "school"), ("ORG", "FAC")),
    **dict.fromkeys(("news", "tribune", "herald", "gazette", "airlines"), ("ORG",)),
    **dict.fromkeys(("awards", "olympics", "race", "battle", "war"), ("EVENT",)),
    **dict.fromkeys(("festival", "championship", "championships"), ("EVENT",)),
    **dict.fromkeys(("airport", "street", "avenue", "road", "boulevard"), ("FAC", "LOC")),
    **dict.fromkeys(("st", "ave", "rd", "blvd"), ("FAC", "LOC")),  # "W. 37th St", "Neptune Ave"
    **dict.fromkeys(("mountains", "river", "peninsula"), ("LOC", "GPE")),
    **dict.fromkeys(("island", "islands"), ("GPE", "LOC", "FAC")),
    # (session 24: "John A. Wilson Building", "Thomas J. Watson Research Center", "Travis Air
    # Force Base", "Donald B. Conrad Fur Farm", "Michael Kors Holdings", "George Polk Award",
    # "David O. Selznick Collection" typed PERSON on the 250 multinews events)
    **dict.fromkeys(("building", "center", "centre", "base", "farm"), ("FAC", "ORG")),
    **dict.fromkeys(("museum", "library", "gallery", "galleries"), ("ORG", "FAC")),
    **dict.fromkeys(("holdings", "collection"), ("ORG",)),
    **dict.fromkeys(("award", "prize"), ("WORK_OF_ART", "EVENT")),
    # (session 26: "Farringdon Station", "Metropolitan Railway" typed PERSON on a story of
    # the London Underground)
    **dict.fromkeys(("station",), ("FAC", "ORG", "LOC", "GPE")),
    **dict.fromkeys(("railway", "railroad"), ("ORG", "FAC")),
    # (session 33: "Hyannis Port" typed PERSON on a story of the Kennedys' compound)
    **dict.fromkeys(("port",), ("GPE", "LOC", "FAC", "ORG")),
    # ("the Orange County Sheriff's Office" typed LOC, "... Sheriff's Department" GPE and FAC;
    # the Oval Office is a room)
    **dict.fromkeys(("office",), ("ORG", "FAC")),
    **dict.fromkeys(("department",), ("ORG",)),
    # (session 35: "Seminole County Jail" typed GPE, "Elkhart County Jail" LOC, "Trump Tower",
    # "App Store" and "Frozen Zoo" PERSON, "San Francisco Chronicle" GPE, "Morrison Formation"
    # ORG on the 250 multinews events)
    **dict.fromkeys(("jail", "prison", "tower", "zoo"), ("FAC", "ORG")),
    **dict.fromkeys(("store",), ("ORG", "FAC")),
    **dict.fromkeys(("chronicle",), ("ORG",)),
    **dict.fromkeys(("formation",), ("LOC",)),
    # (session 41: "Comedy Central" typed PERSON; an adjective no surname is, and the head of a
    # network's or a bank's name, "European Central Bank", or a station's, "Grand Central")
    **dict.fromkeys(("central",), ("ORG", "FAC", "LOC", "GPE")),
    # (session 41: "Upper West Side" typed ORG, "Oxford Circus" ORG on the 250 multinews events;
    # a neighbourhood's and a London junction's head, no surname's: "South Side" LOC stands)
    **dict.fromkeys(("side", "circus"), ("LOC", "GPE", "FAC")),
    # (session 46: "Spaeder LLP", a law firm's name cut after its first word, typed PERSON;
    # a company's legal form ends no person's name)
    **dict.fromkeys(("inc", "corp", "ltd", "llc", "llp", "plc"), ("ORG",)),
}
# The head a school's short name ends on after its place ("Kent State", "Virginia Tech" typed
# PERSON on the 250 multinews events): no person's surname is either, but a state's or a
# town's name may be ("Washington State", "New York State" typed GPE stand), so only a name
# typed a person is made a school.
SCHOOL_HEADS = frozenset({"state", "tech"})
SCHOOL_TYPE = "ORG"
# "City" heads a place's name ("New York City", "Salt Lake City" typed ORG on the 250 multinews
# events) only when every word is capitalised: a title writes link words ("Sex and the City").
# Kept out of HEAD_TYPES, whose words are no part of a person's name, as "City" is none either
# but is no body's noun a run-on may end on.
CITY_HEAD = "city"
CITY_TYPES = ("GPE",)
# The first word of a place's name, with the type it gives a name the recogniser typed a person
# ("Cape Cod", "Mount Shishapangma", "Mount Adams" on the 250 multinews validation events: 3
# entities, no person; "Fort Wayne" as those are).
PLACE_OPENERS = {"mount": "LOC", "mt": "LOC", "cape": "LOC", "fort": "GPE", "ft": "GPE"}
# The ceremonies of awards, named in the plural: the small model types them a place, a building
# or a body ("the Grammys" GPE, "the Golden Globes" FAC, "the Oscars" ORG on the 250 multinews
# validation events); facts kept as data, as a place's name is. The singular names the award
# itself ("Oscar winner"), which the entities stage reads from the words after it.
AWARD_CEREMONIES = frozenset(
    {"Oscars", "Grammys", "Emmys", "Tonys", "Golden Globes", "BAFTAs", "Baftas", "Razzies"}
)
# An award's category is named "Best ..." or "Outstanding ..." and a trade or a kind of work
# ("Best Picture", "Best Supporting Actress", "Outstanding Comedy Series"): an award, typed as
# the event's awards are (WORK_OF_ART: "Oscar", "Academy Award"), whatever the small model
# typed it (ORG at 5 of the 6 such entities of the 250 multinews validation events). "Best
# Buy" names a shop: its last word is no category's.
AWARD_CATEGORY_OPENERS = frozenset({"best", "outstanding"})
AWARD_CATEGORY_WORDS = frozenset(
    {"picture", "film", "movie", "actor", "actress", "director", "screenplay", "documentary"}
    | {"song", "album", "record", "artist", "score", "series", "drama", "comedy", "musical"}
    | {"play", "performance", "newcomer", "animation", "feature", "editing", "cinematography"}
)


def award_category(name: str) -> bool:
    """Whether ``name`` is an award's category (:data:`AWARD_CATEGORY_OPENERS`,
    :data:`AWARD_CATEGORY_WORDS`): "Best Comedy Actor", not "Best Buy"."""
    words = fold(name).split()
    return (
        len(words) > 1 and words[0] in AWARD_CATEGORY_OPENERS and words[-1] in AWARD_CATEGORY_WORDS
    )


# Words that make a run of capitalised words no person's name (see reads_as_full_name).
_NOT_NAME_WORDS = NOT_PERSON_WORDS | HEAD_TYPES.keys()
# A work's title may end on any head word ("Old School", "This Means War"): only these re-type
# a work ("Grammy Awards", "Battle of Leyte Gulf" as WORK_OF_ART).
WORK_RETYPING_HEADS = frozenset({"awards", "battle"})
# A web page's controls and media captions the small model types PERSON ("Replay More Videos",
# "Follow Ynetnews", "Read Hockley's letter here", "Slideshow (2 Images)", "(Photo by ...)"):
# a "PERSON" opening on one of these imperatives, or holding one of these nouns, is the page's,
# nobody's name (on the 250 multinews events: 8 such entities, no person). The imperatives
# count only first: "Glenn Close", "Thomas More" end on one.
FURNITURE_IMPERATIVES = frozenset(
    {"replay", "follow", "subscribe", "share", "download", "click", "watch", "read", "sign"}
    | {"print", "email", "tweet", "listen", "view", "join", "see", "play", "tap", "scroll"}
)
FURNITURE_NOUNS = frozenset(
    {"video", "videos", "photo", "photos", "photograph", "photographs", "image", "images"}
    | {"slideshow", "gallery", "newsletter", "advertisement", "caption", "playlist"}
)
# A word of four capitals or more in a "PERSON" otherwise not written in capitals is a page's
# shouted label or an agency's acronym run into the name ("Stretch Goal - UNLOCKED", "CLOSE
# Bone-chilling", "BofA RESPONSE - From", "Ghana SWAT": 8 entities of the 250 multinews
# events, no person, with the spaced dash below); a person's name in capitals is
# written so whole ("GEORGE STEPHANOPOULOS:" of a transcript), and a regnal number is no label
# ("Boniface VIII").
SHOUTED_WORD = re.compile(r"[A-Z]{4,}")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")

# A state's postal code ("CT", "NY") and the town's name and comma an address writes before it
# ("Mansfield, CT.").
STATE_CODE = re.compile(r"[A-Z]{2}")
CODE_ENDS = frozenset(".,;\n")  # what ends an address: "Mansfield, CT." (not "In May, HQ was")
TOWN_BEFORE = re.compile(r"[A-Z][a-z]+, $")
TOWN_LOOK_BACK = 40  # characters: a town's name and its comma

# Nouns of bodies and institutions: alone, each is the short name of many ("House" of the
# House of Representatives, not of the "White House" the event also names), never of one
# longer name that ends on it.
GENERIC_BODIES = NOT_PERSON_WORDS | frozenset(
    {"senate", "congress", "court", "council", "parliament", "assembly", "party", "department"}
    | {"ministry", "committee", "board", "agency", "bureau", "office", "army", "navy", "guard"}
    | {"police", "government", "administration", "union", "league", "times", "post", "journal"}
)
# Lower-case words a name the recogniser cut short ends on: the rest of it was typed apart
# ("Red Cross of" + "Southeastern Pennsylvania", "Greatest Love Stories of", "Inspired Version
# of the"; 7 entities of the 20 multinews events read in session 26). A name left one word
# long was a title's or an institution's first word ("Book of") and is dropped.
DANGLING_LINKS = frozenset({"of", "the", "for", "and", "to", "in", "on", "at", "a", "an", "by"})
# Marks of an era or a clock's zone written after a number ("327 BC", "1400 GMT") that the
# recogniser types an organisation: they name nothing.
ERA_AND_ZONE_MARKS = frozenset(
    {"bc", "bce", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst"}
)
# The periods of prehistory and of the rocks, a time as a date is ("after the Upper
# Paleolithic", "the Late Jurassic Period": typed ORG and GPE on the 250 multinews validation
# events), with the words that place a time within one and the nouns that may close its name;
# any other word makes it a name of its own ("Jurassic Park", "Jurassic World").
PREHISTORIC_PERIODS = frozenset(
    {"paleolithic", "palaeolithic", "mesolithic", "neolithic", "chalcolithic", "pleistocene"}
    | {"holocene", "pliocene", "miocene", "oligocene", "eocene", "paleocene", "cretaceous"}
    | {"jurassic", "triassic", "permian", "carboniferous", "devonian", "silurian", "ordovician"}
    | {"cambrian", "precambrian", "ediacaran", "mesozoic", "cenozoic", "paleozoic"}
)
PERIOD_QUALIFIERS = frozenset({"early", "middle", "late", "upper", "lower", "mid"})
PERIOD_NOUNS = frozenset({"period", "epoch", "era"})


# A paper's pointers to its own figures and tables ("see Fig. 1A", "Table 1", "Figure S2"):
# typed PERSON, LAW or GPE on the 250 multinews validation events, never a name.
REFERENCE_WORDS = frozenset(
    {"fig", "figs", "figure", "figures", "table", "tables", "appendix", "eq", "equation"}
)
# What follows such a word to point at one of them: a number, a letter, a panel ("1A", "S2").
REFERENCE_MARK = re.compile(r"[A-Z]?\d+[A-Za-z]?|[A-Z]")
# A footnote's number glued onto the last word of a name when a page lost its superscript
# ("Cascade Range34", "Central Oregon37": 4 entities of the 250 multinews events); a call
# sign or a model is written with capitals before its digits ("NBC10", "A24") and is kept.
GLUED_FOOTNOTE = re.compile(r"(?<=[a-z])\d{1,3}$")
# A catalogue's code: capitals and a number, joined or spaced ("BP013", "KUVP 129724"). One
# is a name ("MH370", "A24"); one of a series is a specimen's or a row's number, not a name:
# the event writes the same letters with this many numbers or more ("BP013, BP194 and
# BP208", "KUVP 142200 ... KUVP 144767"; a flight's story writes one or two, "MH370" and
# "MH17"). A hyphen writes a road's or a model's name ("I-35, I-70 and I-80", "F-117").
CODE = re.compile(r"\b([A-Z]{1,6}) ?(\d{2,})\b")
MIN_SERIES = 3
# A numbered item of a series of parts ("php I-1, II-1, III-1, and possible IV-1"): a roman
# numeral and one digit; it is a code when the event writes that digit after this many
# numerals (one, "V-2", names a rocket).
ROMAN_ITEM = re.compile(r"\b([IVX]+)-(\d)\b")
# Authors cited with the year of their paper: "Bader, Hasiotis & Martin (2009)", "Bader,
# Hasiotis & Martin 2009", "(Bader, Hasiotis & Martin, 2009)", "Smith et al. (2010)". Surnames
# listed with "&" may take the year after a space; with "and" only in brackets or after a
# comma ("the Clinton and Trump 2016 campaigns" cites nobody); "et al." cites authors with or
# without the year ("a study by Smith et al in the Journal of Zoology").
_SURNAME = r"[A-Z][\w'’-]+"
_YEAR = r"(?:1[89]|20)\d\d[a-z]?\b"
CITATION = re.compile(
    rf"\b{_SURNAME}(?:, {_SURNAME})*"
    rf"(?: et al\b\.?(?:,? \(?{_YEAR})?|,? & {_SURNAME},? \(?{_YEAR}"
    rf"|,? and {_SURNAME}(?: \(|, ){_YEAR})"
)


def citation_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` cites a paper by its authors and year (:data:`CITATION`): the names
    there are a reference's, no one the story tells of."""
    return [m.span() for m in CITATION.finditer(text)]


def a_reference(name: str) -> bool:
    """Whether ``name`` points at a figure or a table of the text (:data:`REFERENCE_WORDS`):
    "Fig", "Table 1", "Figure 2B"; not "Table Mountain"."""
    words = name.replace(".", " ").split()
    return words[0].lower() in REFERENCE_WORDS and all(
        REFERENCE_MARK.fullmatch(w) for w in words[1:]
    )


# A preposition of time and a year the recogniser ran a name on into ("the Nautilus between
# 2014 and 2015" typed "the Nautilus between 2014 and" LOC, multinews validation event 038): no
# name ends on them. "Class of 2014", "Road to 2020" and "Vision 2030" are names: no "of" nor
# "to" here.
TIME_TAIL = re.compile(
    r"\s+(?:between|from|in|since|until|till|through|before|after|during|by)\s+"
    r"(?:1[89]|20)\d\d(?:\s+(?:and|or|to))?$"
)
# Courtesy and clerical titles only a person bears, written before a full name the recogniser
# typed a facility or a place ("Monsignor Alfred Xuereb" typed FAC, event 237): the name is the
# person's. Folded, without a dot.
PERSON_ONLY_TITLES = frozenset(
    {"monsignor", "msgr", "father", "fr", "rev", "reverend", "sister", "brother", "bishop"}
    | {"archbishop", "cardinal", "rabbi", "imam", "pastor", "mr", "mrs", "ms", "miss", "sir"}
    | {"dame", "mother", "deacon", "abbot", "sheikh"}
)


def without_time_tail(name: str) -> str:
    """``name`` without a preposition of time and a year run on after it (:data:`TIME_TAIL`):
    "Nautilus between 2014 and" -> "Nautilus"."""
    return TIME_TAIL.sub("", name)


def person_titled(name: str) -> int:
    """How many characters of ``name`` a courtesy or clerical title and its space take when a
    person's full name follows (:data:`PERSON_ONLY_TITLES`, :func:`reads_as_full_name`):
    "Monsignor Alfred Xuereb" -> 10; 0 for "Sister Act", "Father Christmas", "Bishop Museum",
    and for a thing named after the person ("Sir Martin Grell Live": :data:`NOT_RUN_ON_WORDS`)."""
    first, _, rest = name.partition(" ")
    if (
        fold(first).rstrip(".") not in PERSON_ONLY_TITLES
        or not reads_as_full_name(rest)
        or any(fold(w) in NOT_RUN_ON_WORDS for w in rest.split())
    ):
        return 0
    return len(first) + 1


def without_footnote(name: str) -> str:
    """``name`` without a footnote's number glued onto its last word (:data:`GLUED_FOOTNOTE`)
    when it has more than one word: "Cascade Range34" -> "Cascade Range"; a one-word handle
    ("Rclbeauty101") is kept as written."""
    if " " not in name:
        return name
    return GLUED_FOOTNOTE.sub("", name)


def code_series(texts: list[str]) -> frozenset[str]:
    """The letters of the catalogue codes the texts number in a series (:data:`CODE`,
    :data:`MIN_SERIES`): "BP" when "BP013", "BP194" and "BP208" are written."""
    numbers: dict[str, set[str]] = {}
    for text in texts:
        for m in CODE.finditer(text):
            numbers.setdefault(m.group(1), set()).add(m.group(2))
        for m in ROMAN_ITEM.finditer(text):  # keyed by the digit: "-1" of "I-1", "II-1"
            numbers.setdefault(f"-{m.group(2)}", set()).add(m.group(1))
    return frozenset(p for p, n in numbers.items() if len(n) >= MIN_SERIES)


def a_code(name: str, series: frozenset[str]) -> bool:
    """Whether ``name`` holds a code of a series the event numbers (:func:`code_series`):
    "BP013", "KUVP 129724", "BP098 mt III 332", "II-1"."""
    return any(m.group(1) in series for m in CODE.finditer(name)) or any(
        f"-{m.group(2)}" in series for m in ROMAN_ITEM.finditer(name)
    )


# A possessive of a plural noun that opens a name ("Children’s Hospital of Philadelphia",
# "People’s Hall", "Women’s March"), of an office whose bureau is named after it ("the Whitley
# County Sheriff’s Office", "the U.S. Attorney’s Office", "the Attorney General’s Office") or
# of the new year ("New Year's Eve") is the name's own, not an owner before it as a place's or
# a person's is ("Kyiv's Western allies" names Kyiv, "New York's Mount Sinai Hospital" Mount
# Sinai Hospital): the recogniser's span is kept whole.
NAME_POSSESSORS = frozenset(
    {"Children", "People", "Women", "Men", "Year"}
    | {"Sheriff", "Prosecutor", "Examiner", "Coroner", "Attorney", "General", "Marshal"}
    | {"Clerk", "Comptroller", "Auditor", "Assessor", "Recorder", "Treasurer"}
)
_NAME_POSSESSIVE = re.compile(rf"\b(?:{'|'.join(sorted(NAME_POSSESSORS))})(['’]s)\s+(?=[A-Z])")


def possessive_in_name(raw: str) -> int | None:
    """Where a possessive that belongs to the name ``raw`` stands (:data:`NAME_POSSESSORS`),
    ``None`` when it has none."""
    m = _NAME_POSSESSIVE.search(raw)
    return m.start(1) if m else None


def unbracketed(name: str) -> str:
    """``name`` without the brackets an editor's insertion leaves in it ("[Janet]
    Napolitano" of a quote, read "Janet] Napolitano" by the recogniser), and without a bracket
    it opens and never closes ("Book of Mormon (1830": the year the recogniser ran on into)."""
    if "(" in name and ")" not in name:
        name = name[: name.index("(")]
    return " ".join(name.replace("[", " ").replace("]", " ").split())


def without_dangling_link(name: str) -> str:
    """``name`` without the lower-case links it ends on (:data:`DANGLING_LINKS`); empty when
    only its first word is left."""
    words = name.split()
    cut = len(words)
    while cut > 1 and words[cut - 1] in DANGLING_LINKS:
        cut -= 1
    if cut == len(words):
        return name
    return " ".join(words[:cut]) if cut > 1 else ""


def era_or_zone(name: str) -> bool:
    """Whether ``name`` is an era's or a time zone's mark (:data:`ERA_AND_ZONE_MARKS`)."""
    return name.replace(".", "").lower() in ERA_AND_ZONE_MARKS


def prehistoric_period(name: str) -> bool:
    """Whether ``name`` is a period of prehistory or of the rocks (:data:`PREHISTORIC_PERIODS`),
    placed within it or not and closed by its noun or not ("Upper Paleolithic", "Late Jurassic
    Period"): a time, no name of a body or a place."""
    words = fold(name).split()
    if words and words[-1] in PERIOD_NOUNS:
        words = words[:-1]
    if words and words[0] in PERIOD_QUALIFIERS:
        words = words[1:]
    return len(words) == 1 and words[0] in PREHISTORIC_PERIODS


def written_span(surface: str, form: tuple[str, ...]) -> tuple[int, int] | None:
    """Where in ``surface`` (as written) the words of the folded name ``form`` stand: the
    folded text drops punctuation and splits hyphens, so its offsets are not the written
    ones ("Illinois - Chicago" folds to "illinois chicago")."""
    tokens = [
        (t, w.start(), w.end())
        for w in re.finditer(r"\S+", surface)
        for t in fold(w.group()).split()
    ]
    n = len(form)
    for i in range(len(tokens) - n + 1):
        if seq_match(tuple(t for t, _, _ in tokens[i : i + n]), form):
            return tokens[i][1], tokens[i + n - 1][2]
    return None


def page_furniture(name: str) -> bool:
    """Whether a "PERSON" is a page's control or label, no one's name: it opens on an
    imperative of :data:`FURNITURE_IMPERATIVES`, holds a noun of :data:`FURNITURE_NOUNS` or a
    dash between spaces (a label and its value: "MORNING - M.M."), or a shouted word
    (:data:`SHOUTED_WORD`) stands beside words in lower case."""
    words = [w.strip(".,:;()[]") for w in name.split()]
    if words[0].lower() in FURNITURE_IMPERATIVES or any(w in {"-", "–", "—"} for w in words):
        return True
    if any(w.lower() in FURNITURE_NOUNS for w in words):
        return True
    shouted = any(SHOUTED_WORD.fullmatch(w) and not ROMAN_NUMERAL.fullmatch(w) for w in words)
    return shouted and any(any(c.islower() for c in w) for w in words)


def page_control(name: str) -> bool:
    """Whether a name of any type is a page's control: it opens on an imperative of
    :data:`FURNITURE_IMPERATIVES` and holds a noun of :data:`FURNITURE_NOUNS` ("Replay More
    Videos", typed WORK_OF_ART). Either alone may be a title's or a company's ("Watch What
    Happens Live", "Getty Images"); a "PERSON" is read by :func:`page_furniture`."""
    words = [w.strip(".,:;()[]") for w in name.split()]
    return words[0].lower() in FURNITURE_IMPERATIVES and any(
        w.lower() in FURNITURE_NOUNS for w in words
    )


def state_code(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` of ``text`` is a state's postal code after a
    town's name and a comma, as an address writes it (:data:`STATE_CODE`: "Patrick Callahan, 21,
    Mansfield, CT."), a place whatever its letters spell."""
    ends = end == len(text) or text[end] in CODE_ENDS
    return (
        ends
        and bool(STATE_CODE.fullmatch(text[start:end]))
        and bool(TOWN_BEFORE.search(text, max(0, start - TOWN_LOOK_BACK), start))
    )


def run_in_heading(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` of ``text`` is a run-in heading: it opens its
    sentence or line and a colon follows it ("Gift Registry: Brides in Kentucky ...")."""
    return text[end : end + 1] == ":" and opens_sentence(text, start)


def head_type(name: str, label: str) -> str | None:
    """The type the head word of ``name`` gives it (:data:`HEAD_TYPES`), when ``label`` is
    not one the head allows, or a school's head (:data:`SCHOOL_HEADS`) a name typed a person;
    ``None`` when the head says nothing."""
    words = name.split()
    if len(words) < 2:  # a bare "Hospital" or "County" is a common noun, not a name
        return None
    of = words.index("of") if "of" in words[1:] else len(words)
    head = words[of - 1].rstrip(".")
    if label == "PERSON" and head.lower() in SCHOOL_HEADS and head[:1].isupper():
        return SCHOOL_TYPE
    types = HEAD_TYPES.get(head.lower())
    if head.lower() == CITY_HEAD and all(w[:1].isupper() for w in words):
        types = CITY_TYPES  # "New York City"; not "Sex and the City"
    if not types or not head[:1].isupper() or label in types:
        return None
    if label == "WORK_OF_ART" and head.lower() not in WORK_RETYPING_HEADS:
        return None
    return types[0]


def place_opened(name: str) -> str | None:
    """The type of a place the first word of ``name`` gives it (:data:`PLACE_OPENERS`), for a
    name of more than one word; ``None`` when it says nothing."""
    words = name.split()
    if len(words) < 2:
        return None
    return PLACE_OPENERS.get(words[0].rstrip(".").lower())


def written_case(name: str, texts: list[str]) -> str:
    """``name``, written in capitals as a wire's dateline writes it ("NEW YORK (AP) —"), as
    running text writes it: the first spelling of it in ``texts`` not in capitals ("New York"),
    else each word capitalised ("STORRS" as "Storrs")."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            if not m.group().isupper():
                return m.group()
    return " ".join(w[:1] + w[1:].lower() for w in name.split())


# What joins the names of a list the recogniser spanned as one name ("Tina Fey and Eva
# Longoria", "McCabe, Chaffetz", "Mercer and Brown"); an ampersand is left, as firms are named
# so ("Simon & Schuster", "Fenwick & West").
LIST_LINK = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# The words of a person's full name a mention may open on before the words run on past it
# ("Taylor Swift [Release Day]").
MIN_FULL_NAME_WORDS = 2
# A generation's mark after a name, folded: part of the name ("Martin Luther King Jr.").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Words after a person's name that make it the name of a thing named after them: a show, a
# company, a collection ("Jimmy Kimmel Live", "Michael Kors Holdings", "Joseph Smith
# Translation" on the 250 multinews validation events), no run-on.
NAMED_AFTER_WORDS = frozenset({"live", "show", "tonight", "translation", "edition", "version"})
NOT_RUN_ON_WORDS = GENERATIONS | NAMED_AFTER_WORDS | _NOT_NAME_WORDS


def listed_people(name: str, people: frozenset[tuple[str, ...]]) -> list[tuple[int, int]]:
    """Where in ``name`` the names of the people it lists stand (:data:`LIST_LINK`), when
    each is a person's name as the event writes it (``people``, folded: its people's names and
    surnames) or a full name: "Tina Fey and Eva Longoria", "Rezko, Blagojevich". None for a
    single name, or for "Little, Brown" and "Mumford and Sons" (the publisher's and the band's
    words are no one's names on their own)."""
    parts, at = [], 0
    for link in [*LIST_LINK.finditer(name), None]:
        end = link.start() if link else len(name)
        parts.append((at, end))
        at = link.end() if link else at
    if len(parts) < 2 or not all(
        tuple(fold(name[a:b]).split()) in people or reads_as_full_name(name[a:b]) for a, b in parts
    ):
        return []
    return parts


def name_run_past(
    name: str,
    people: Counter[tuple[str, ...]],
    words: frozenset[str],
    name_words: frozenset[str],
) -> int:
    """How many characters of ``name`` (typed a person) are a person's full name the event
    writes on its own (``people``: how often, folded), when the recogniser ran it on into words
    of no name: words written in lower case elsewhere in the event (``words``: its
    :func:`~newsweave.synthesis.sentence_case.words_of`; "Wendy Davis Run"), or capitalised
    words of no other name of the event (``name_words``, folded) after a name written more often
    than the whole ("Happy Taylor Swift Release Day!"). A generation's mark is the name's own
    ("Martin Luther King Jr."), and a thing's word names a thing after the person ("Michael
    Kors Holdings", "Jimmy Kimmel Live": :data:`NOT_RUN_ON_WORDS`). 0 when no such name opens
    ``name``."""
    spans = list(re.finditer(r"\S+", name))
    whole = people[tuple(fold(name).split())]
    for k in range(len(spans) - 1, MIN_FULL_NAME_WORDS - 1, -1):
        rest = [w.group() for w in spans[k:]]
        written = people[tuple(fold(name[: spans[k - 1].end()]).split())]
        if not written or any(fold(w) in NOT_RUN_ON_WORDS for w in rest):
            continue
        if all(written_in_lower_case(w, words) for w in rest) or (
            written > whole and not any(t in name_words for w in rest for t in fold(w).split())
        ):
            return spans[k - 1].end()
    return 0


def shaped_as_full_name(name: str) -> bool:
    """Whether ``name`` is written as a person's full name is, whatever its given name: two or
    three capitalised words (:data:`PERSON_NAME_WORDS`), none a body's or a place's word
    ("Federico Lombardi", "Lin-Manuel Miranda"; not "Indiana State Police", "Roeland Park")."""
    words = name.split()
    return (
        len(words) in PERSON_NAME_WORDS
        and all(PERSON_NAME_WORD.fullmatch(w) and w[0].isupper() and not w.isupper() for w in words)
        and not any(w.lower().rstrip(".") in _NOT_NAME_WORDS for w in words)
    )


def plural_title(name: str) -> str:
    """The plural of a title opening ``name`` before a person's full name ("Presidents" of
    "former Presidents Leonid Kravchuk and Leonid Kuchma", the title of both), which the
    cleaning of names reads in the singular only; "" when there is none."""
    first, _, rest = name.partition(" ")
    plural = first.endswith("s") and is_title(first[:-1])
    return first if plural and shaped_as_full_name(rest) else ""


def reads_as_full_name(name: str) -> bool:
    """Whether ``name`` reads as a person's full name: written as one
    (:func:`shaped_as_full_name`) and opening on a known given name (:func:`a_given_name`)."""
    return shaped_as_full_name(name) and a_given_name(name.split()[0])


def a_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name (:data:`PERSON_FIRST_NAMES`) or a pair of given
    names joined by a hyphen one of which is known, each part a capital and lower-case letters
    (:data:`HYPHENATED_GIVEN_PARTS`): "Lin-Manuel", "Marie-Hélène", "Louis-Napoleon"."""
    if fold(word) in PERSON_FIRST_NAMES:  # "György", "José": the list is written unaccented
        return True
    parts = word.split("-")
    return (
        len(parts) == HYPHENATED_GIVEN_PARTS
        and all(p[:1].isupper() and p[1:].islower() for p in parts)
        and any(fold(p) in PERSON_FIRST_NAMES for p in parts)
    )


# A party's adjective before a legislature names who holds it, not another body: "the
# Republican Congress" is Congress (merged as "Republican Congress" with every "Congress" of
# two of the 250 multinews validation events). "Republican Party", "Democratic Caucus" and
# "Republican Study Committee" are bodies of their own.
PARTY_ADJECTIVES = frozenset({"republican", "democratic", "gop", "conservative", "labour", "tory"})
LEGISLATURES = frozenset({"congress", "senate", "house", "legislature", "parliament", "assembly"})


def held_by_party(name: str) -> str:
    """``name`` without a party's adjective before a legislature ("Republican Congress" ->
    "Congress"; :data:`PARTY_ADJECTIVES`, :data:`LEGISLATURES`); any other name unchanged."""
    words = name.split()
    if (
        len(words) == 2
        and words[0].lower() in PARTY_ADJECTIVES
        and words[1].lower() in LEGISLATURES
    ):
        return words[1]
    return name


# Words written after a public service's name for its office ("Sheriff's Office", "Police
# Department"): the service named with one or another of them, or without ("the Madison County
# Sheriff's investigators", "Delphi Police Chief"), is one body.
OFFICE_WORDS = frozenset({"office", "department", "dept"})
# Services a county or a city runs whose name is written so: their office word may be left
# out. A ministry's name is not ("Justice Department" is no "Justice").
SERVICE_WORDS = frozenset({"sheriff", "police", "fire", "marshal", "marshals", "coroner"})
# An owner's ending on a service's word ("sheriff's", folded).
OWNER_ENDING = re.compile(r"'s$")


def office_key(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """The folded words of a public service's name without its office word and owner's ending
    ("carroll county sheriff" of "Carroll County Sheriff’s Office", "... Sheriff's Department"
    and "... Sheriff"), so that the forms of one office are grouped as one; any other name's
    words unchanged. The service must be qualified by a place: "Police Department" alone is
    any town's."""
    words = list(tokens)
    if words and words[-1] in OFFICE_WORDS:
        words.pop()
    if len(words) < 2 or OWNER_ENDING.sub("", words[-1]) not in SERVICE_WORDS:
        return tokens
    return (*words[:-1], OWNER_ENDING.sub("", words[-1]))


__all__ = [
    "AWARD_CATEGORY_OPENERS",
    "AWARD_CATEGORY_WORDS",
    "AWARD_CEREMONIES",
    "DANGLING_LINKS",
    "ERA_AND_ZONE_MARKS",
    "FURNITURE_IMPERATIVES",
    "FURNITURE_NOUNS",
    "GENERIC_BODIES",
    "HEAD_TYPES",
    "HYPHENATED_GIVEN_PARTS",
    "LEGISLATURES",
    "NOT_PERSON_WORDS",
    "OFFICE_WORDS",
    "PARTY_ADJECTIVES",
    "PERIOD_NOUNS",
    "PERIOD_QUALIFIERS",
    "PERSON_ONLY_TITLES",
    "PLACE_OPENERS",
    "PREHISTORIC_PERIODS",
    "TIME_TAIL",
    "a_code",
    "a_given_name",
    "a_reference",
    "award_category",
    "citation_spans",
    "code_series",
    "era_or_zone",
    "head_type",
    "held_by_party",
    "listed_people",
    "name_run_past",
    "office_key",
    "page_control",
    "page_furniture",
    "person_titled",
    "place_opened",
    "plural_title",
    "possessive_in_name",
    "prehistoric_period",
    "reads_as_full_name",
    "run_in_heading",
    "shaped_as_full_name",
    "state_code",
    "unbracketed",
    "without_dangling_link",
    "without_footnote",
    "without_time_tail",
    "written_case",
    "written_span",
]
