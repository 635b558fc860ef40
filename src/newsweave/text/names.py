"""Names: the one place where newsweave folds, compares and resolves names of people,
places and organisations.

Every layer that compares names asks here, so a spelling that one layer treats as the same
person another does too: diacritics folded (Erdoğan = Erdogan), transliterations matched
by a consonant skeleton plus an edit ratio (Zelensky / Zelenskyy, Kyiv / Kiev), titles and
determiners stripped ("President Putin's" -> "Putin"), acronyms joined to the name they spell
(NATO, U.S.), and any name string resolved onto an event's entities (:func:`resolve_entity`).
:func:`entity_key` and :func:`mention_key` are the cheaper keys the clustering features and the
fact alignment use (no fuzzy matching on their hot paths).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from newsweave.models import Entity

# Transliteration variants differ by a letter or two; longer gaps are different names.
MAX_VARIANT_LEN_DIFF = 2
# Edit ratio above which two tokens with the same consonant skeleton are one name (Kyiv/Kiev = 0.75).
MIN_VARIANT_RATIO = 0.74
# Tokens shorter than this are compared exactly: short words collide too easily.
MIN_FUZZY_TOKEN = 4
# Below this length only i/y/j/e may differ (Kyiv/Kiev), not other vowels (Merz/Marz).
SHORT_TOKEN = 6

# Titles written abbreviated before a name that spaCy's English tokenizer does not keep whole
# (checked on en_core_web_sm 3.8: each split its full stop off and the parser ended a sentence
# after it in "…, and Capt. John Ray was hurt."; :mod:`newsweave.nlp.titles` teaches it them).
# Not "Sr.", "Jr." nor "Dept.", which also end sentences ("John Ray Sr. He …"), nor "Rt.", whose
# bare form is the RT network's name to the speaker rules ("RT and its defenders say"). In the
# Multi-News documents: Capt. 12, Sgt. 11, Sens. 5, Cmdr. 4, Maj. 2, Det. 2, Brig. 1.
ABBREVIATED_TITLES = frozenset(
    {"Cmdr.", "Comdr.", "Cmdt.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Spc.", "Maj.", "Brig."}
    | {"Lieut.", "Ens.", "Det.", "Insp.", "Supt.", "Const.", "Atty.", "Amb.", "Msgr."}
    | {"Fr.", "Hon.", "Pres.", "Sens.", "Reps.", "Govs.", "Gens.", "Asst.", "Chmn."}
)  # fmt: skip
# A plural title before a list of names ("Sens. John McCain and Lindsey Graham") is each one's
# title in the singular (:func:`singular_title`).
_PLURAL_TITLE = re.compile(r"\b(Sen|Rep|Gov|Gen)s\.")
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "chancellor",
        "premier",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "foreign",
        "defence",
        "defense",
        "interior",
        "finance",
        "general",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "governor",
        "mayor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "ambassador",
        "envoy",
        "leader",
        "chief",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "commander",
        "minister-president",
        "deputy",
        "former",
        "ex-",
        "acting",
        "first",
        "lady",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "prof.",
        "gen.",
        "col.",
        "lt.",
        "sgt.",
        "capt.",
        "adm.",
        "gov.",
        "pres.",
        "sir",
        "monsignor",
        "colonel",
        "lieutenant",
        "sergeant",
        "dame",
        "lord",
        "speaker",
        "judge",
        "justice",
        "attorney",
        "state",
        "house",
        "foreign-minister",
        "official",
        "officials",
        "senior",
        "top",
    ]
) | {t.lower() for t in ABBREVIATED_TITLES}
# Title words that also open the name of an organisation, a law, a place or a war ("Justice
# Department", "House Oversight Committee", "State Laws", "First World War", "King Center",
# "Top Gun"): stripped from a person's name only, never from another kind of entity's.
SHARED_TITLE_WORDS = frozenset(
    {"first", "lady", "state", "house", "justice", "top", "foreign", "defence", "defense"}
    | {"interior", "finance", "general", "king", "queen", "prince", "princess", "chief", "head"}
    | {"chair", "official", "officials", "senior", "attorney"}
    | {"dr", "dr."}  # "Dr Pepper", "Dr. Martens"
)
# Title words as compared, without their abbreviation dot: "Ms Bouvier" is titled as
# "Ms. Bouvier" is (British style drops the dot).
_TITLE_KEYS = frozenset(w.rstrip(".") for w in TITLE_WORDS)
DETERMINERS = ("the ", "a ", "an ")
# Some texts type the possessive with an opening quote ("Trump‘s Twitter", "America‘s").
# A nickname in quotation marks between two words of a name: 'Abigail "Abby" Williams'. Of two
# letters at least: "Guns ‘N’ Roses" holds none.
NICKNAME = re.compile(r"(?<=\w) [\"“‘]([A-Z][\w.'’-]*\w)[\"”’] (?=[A-Z])")
POSSESSIVE = re.compile(r"(?:['’‘]s|'|’)$")
_ACRONYM_STOP = frozenset({"of", "the", "and", "for", "&", "de", "du", "la", "le"})
# A word of a name that is itself an initialism ("U.S.", "US", "U.K"): an acronym of the name
# spells all its letters ("U.S. Navy" is USN, never "U.N."), unless the whole name is in
# capitals, where every word looks like one.
_INITIALISM_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.[A-Z]|[A-Z]{2}")
# A company's legal form written after its name (folded, without full stops): "Inc", "K.K.".
# The entities stage and the reactions' actors both read a name without it.
CORPORATE_FORMS = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "llp", "plc", "kk", "sa", "ag", "gmbh", "nv", "bv", "lp"}
)
# Legal forms written as initials ("Nippon Yusen K.K." is NYK): one word, its first letter.
_LEGAL_FORMS = frozenset({"kk", "sa", "ag", "nv", "bv", "lp", "co"})
# Letters that NFKD does not decompose into ASCII plus a mark.
_EXTRA_FOLD = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "æ": "ae",
        "œ": "oe",
    }
)
_APOS = str.maketrans({"’": "'", "‘": "'"})


# fold and tokens_match are pure and called for every name pair resolve_entity
# compares (tens of thousands per event): memoised per process.
_NAME_CACHE = 65536


def strip_diacritics(text: str) -> str:
    """``text`` with its letters' diacritics dropped ("Erdoğan" → "Erdogan", "communiqués" →
    "communiques"): outlets spell one word with and without them."""
    if text.isascii():  # most text: ASCII is its own decomposition
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=_NAME_CACHE)
def fold(text: str) -> str:
    """Lower-case ASCII form: diacritics folded, punctuation except inner apostrophes dropped."""
    t = strip_diacritics(text.translate(_EXTRA_FOLD).translate(_APOS)).lower()
    t = re.sub(r"[^\w\s'-]", "", t).replace("-", " ")
    return " ".join(t.split())


def skeleton(tok: str) -> str:
    """Consonant skeleton after the first letter: transliterations mostly vary in vowels/y."""
    # "dh" and "d" spell one Arabic letter ("Gadhafi" / "Gaddafi"), as "kh" and "h" do
    t = tok.replace("kh", "h").replace("dh", "d").replace("ck", "k").replace("w", "v")
    t = t.replace("ph", "f")
    t = re.sub(
        r"(.)\1+", r"\1", t
    )  # doubled letters (Zelenskyy) first, so Ukrainian keeps its two n's
    return t[:1] + re.sub(r"[aeiouy']", "", t[1:])


@lru_cache(maxsize=_NAME_CACHE)
def tokens_match(a: str, b: str) -> bool:
    """Two folded name tokens are spellings of one name (exact, or a close transliteration)."""
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_FUZZY_TOKEN or a[0] != b[0]:
        return False
    if abs(len(a) - len(b)) > MAX_VARIANT_LEN_DIFF or skeleton(a) != skeleton(b):
        return False
    sm = SequenceMatcher(None, a, b)
    if min(len(a), len(b)) < SHORT_TOKEN:
        # short names: only the letters transliteration juggles (й/и/ы/і/е → y/i/j/e) may differ
        for op, i1, i2, j1, j2 in sm.get_opcodes():
            if op != "equal" and not set(a[i1:i2] + b[j1:j2]) <= set("iyje"):
                return False
    return sm.ratio() >= MIN_VARIANT_RATIO


# A given name's familiar form and the names it is short for (folded): one person is "Jon
# Hubbard" in one outlet and "Jonathan Hubbard" in another, "Jim Simons" and "James Simons".
# Only forms that shorten one name or two spellings of it; "Jack" (John) and "Ted" (Edward,
# Theodore) are left out: in one story they as often name a relative.
FAMILIAR_GIVEN_NAMES: dict[str, frozenset[str]] = {
    short: frozenset(full.split())
    for short, full in {
        "jon": "jonathan",
        "joe": "joseph",
        "jim": "james",
        "jimmy": "james",
        "steve": "steven stephen",
        "mike": "michael",
        "bill": "william",
        "billy": "william",
        "will": "william",
        "bob": "robert",
        "bobby": "robert",
        "rob": "robert",
        "tom": "thomas",
        "tommy": "thomas",
        "dave": "david",
        "chris": "christopher christine christina",
        "dan": "daniel",
        "danny": "daniel",
        "tony": "anthony",
        "nick": "nicholas",
        "matt": "matthew",
        "ben": "benjamin",
        "sam": "samuel samantha",
        "alex": "alexander alexandra",
        "andy": "andrew",
        "pat": "patrick patricia",
        "ed": "edward",
        "rick": "richard",
        "dick": "richard",
        "liz": "elizabeth",
        "beth": "elizabeth",
        "kate": "katherine catherine kathryn",
        "katie": "katherine catherine kathryn",
        "jen": "jennifer",
        "jenny": "jennifer",
        "greg": "gregory",
        "jeff": "jeffrey",
        "ken": "kenneth",
        "ron": "ronald",
        "don": "donald",
        "tim": "timothy",
        "charlie": "charles",
        "chuck": "charles",
        "jake": "jacob",
        "larry": "lawrence",
        "kathy": "kathleen katherine",
        "becky": "rebecca",
        "zach": "zachary",
        "nate": "nathan nathaniel",
        "josh": "joshua",
        "phil": "philip phillip",
        "doug": "douglas",
        "sandy": "sander sandra",
        "rich": "richard",
        "randy": "randall randolph",
        "stephen": "steven",
        "steven": "stephen",
    }.items()
}


def same_given_name(a: str, b: str) -> bool:
    """Two folded given names name one person: a spelling of one name, or a familiar form
    and the name it shortens (:data:`FAMILIAR_GIVEN_NAMES`)."""
    return (
        tokens_match(a, b)
        or b in FAMILIAR_GIVEN_NAMES.get(a, ())
        or a in FAMILIAR_GIVEN_NAMES.get(b, ())
    )


def seq_match(a: tuple[str, ...], b: tuple[str, ...], *, fuzzy: bool = True) -> bool:
    """Two folded token sequences name the same thing, token by token; with ``fuzzy``, a
    spelling may vary, and so may a person's given name before the same surname ("Jon
    Hubbard", "Jonathan Hubbard": :func:`same_given_name`)."""
    if not fuzzy:
        return a == b
    if len(a) != len(b) or not all(tokens_match(x, y) for x, y in zip(a[1:], b[1:], strict=True)):
        return False
    return tokens_match(a[0], b[0]) or (len(a) > 1 and same_given_name(a[0], b[0]))


def is_suffix(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is a final run of ``long`` ("Putin" of "Vladimir Putin")."""
    return len(short) < len(long) and seq_match(short, long[-len(short) :])


def middle_dropped(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` is ``long`` without a middle name or initial ("Timothy Poole" of "Timothy Dale
    Poole", "Neil Gorsuch" of "Neil M. Gorsuch"): the first word and a final run match, the
    first as a given name does ("Matt Whitaker" of "Matthew G. Whitaker":
    :func:`same_given_name`)."""
    return (
        1 < len(short) < len(long)
        and same_given_name(short[0], long[0])
        and seq_match(short[1:], long[len(long) - len(short) + 1 :])
    )


def acronym(tokens: tuple[str, ...]) -> str:
    """The initials of a folded name, small words skipped."""
    return "".join(t[0] for t in tokens if t and t not in _ACRONYM_STOP)


def _name_initials(long_name: str) -> str:
    """The initials an acronym of ``long_name`` spells: a word's first letter, all the letters
    of a word that is itself an initialism ("U.S. Navy" → "usn"), small words skipped."""
    capitals = long_name.isupper()
    initials = []
    for word in long_name.split():
        folded = fold(word)
        if not capitals and _INITIALISM_WORD.fullmatch(word) and folded not in _LEGAL_FORMS:
            initials.append(folded)
        else:
            initials.append(acronym(tuple(folded.split())))
    return "".join(initials)


def acronym_of(short_surface: str, long_name: str) -> bool:
    """'NATO' / 'U.S.' spell the initials of 'North Atlantic Treaty Organization' / 'United
    States'; 'U.N.' does not spell 'U.S. Navy' (USN does).

    The long name is read as written, not folded: folding makes "U.S." the one word "us",
    whose initial alone would make "U.S. Navy" spell "U.N."."""
    letters = short_surface.replace(".", "").replace(" ", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    return len(fold(long_name).split()) >= 2 and _name_initials(long_name) == letters.lower()


def clean_name(text: str) -> tuple[str, str]:
    """Strip determiners, possessives, leading titles and a nickname written in quotation
    marks inside the name ("Liberty “Libby” German" is Liberty German): returns (name,
    stripped title)."""
    t = " ".join(text.replace("\u00a0", " ").split())
    t = NICKNAME.sub(" ", t).strip(" ,;:\"'“”‘’()[]")
    if not re.search(r"\b[A-Z]\.$", t):  # keep the final dot of "U.S."
        t = t.rstrip(".")
    t = re.split(r"['’‘]s\s", t, maxsplit=1)[0]  # "Kyiv's Western (allies)" names Kyiv
    low = t.lower()
    for d in DETERMINERS:
        if low.startswith(d):
            t = t[len(d) :]
            break
    t = POSSESSIVE.sub("", t).strip()
    words = t.split()
    title: list[str] = []
    while len(words) > 1 and words[0].lower().strip(".,") in _TITLE_KEYS:
        title.append(words.pop(0))
    return " ".join(words), singular_title(" ".join(title))


def singular_title(title: str) -> str:
    """``title`` as one person's: "Democratic Sens." before a list is "Democratic Sen."."""
    return _PLURAL_TITLE.sub(r"\1.", title)


def resolve_entity(entities: list[Entity] | tuple[Entity, ...], name: str | None) -> Entity | None:
    """The entity that ``name`` refers to ("President Zelenskyy's" → Volodymyr Zelensky), or None.

    Tries, in order: the same words (spelling variants allowed), a final run of a
    person's name that fits exactly one entity, an acronym. Pronouns and unknown
    names give None, never a guess.
    """
    if not name:
        return None
    cleaned, _ = clean_name(name)
    toks = tuple(fold(cleaned).split())
    if not toks:
        return None

    def forms(e: Entity) -> tuple[tuple[str, ...], ...]:
        return name_forms(e.name, e.aliases)

    exact = [e for e in entities if any(seq_match(toks, f) for f in forms(e))]
    fits = {
        e.name
        for e in entities
        if e.type == "PERSON" and any(seq_match(toks, f) or is_suffix(toks, f) for f in forms(e))
    }
    if len(fits) > 1:
        return None  # a bare surname that fits two people (George W. Bush, Jeb Bush): no guess
    if exact:
        return max(exact, key=lambda e: len(e.mentions))
    partial = [
        e for e in entities if e.type == "PERSON" and any(is_suffix(toks, f) for f in forms(e))
    ]
    if len({e.name for e in partial}) == 1:
        return partial[0]
    acro = [e for e in entities if any(acronym_of(cleaned, f) for f in (e.name, *e.aliases))]
    if len(acro) == 1:
        return acro[0]
    # a longer name than any alias ("Russian leader Vladimir Putin") ending in a known person
    longer = [
        e
        for e in entities
        if e.type == "PERSON" and any(is_suffix(f, toks) and len(f) > 1 for f in forms(e))
    ]
    if len({e.name for e in longer}) == 1:
        return longer[0]
    return None


@lru_cache(maxsize=_NAME_CACHE)
def name_forms(name: str, aliases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """An entity's name and aliases as folded token tuples (memoised: resolve_entity asks often)."""
    return tuple(tuple(fold(f).split()) for f in (name, *aliases))


def entity_key(name: str) -> str:
    """A clustering key for an entity mention: lower case, no leading article, no
    possessive, punctuation as spaces ("the U.S.'s" -> "u s")."""
    s = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    s = re.sub(r"\s*[’']\s*s$", "", s)
    return re.sub(r"[^\w]+", " ", s).strip()


def mention_key(name: str) -> str:
    """The key fact alignment compares entity mentions by: lower case, no leading "the",
    no possessive (punctuation kept: "U.S." and "US" stay apart)."""
    s = re.sub(r"^(the)\s+", "", name.strip(), flags=re.I)
    s = re.sub(r"(?:'s|’s)$", "", s)
    return s.lower()


_OUTLET_KEY_DROP = re.compile(r"[^0-9a-z]+")
_OUTLET_DOMAIN_TAIL = re.compile(r"\.(?:com|org|net|co|news|gov|edu|info)?(?:\.[a-z]{2})?$")


@lru_cache(maxsize=4096)  # a few thousand outlets at most; called once per article read
def outlet_key(name: str) -> str:
    """An outlet's identity across spellings: "The Guardian", "theguardian.com" → "theguardian".

    The one key that counts outlets, wherever they are counted (the store's ``n_sources``, the
    front page, the event page), so the counts agree."""
    return _OUTLET_KEY_DROP.sub("", _OUTLET_DOMAIN_TAIL.sub("", name.casefold()))
