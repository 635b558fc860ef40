"""What the words around one recognised mention say about it.

The entities stage (:mod:`newsweave.synthesis.stages.entities`) reads each mention's
surroundings once, where the parse is at hand, and weighs the answers across all the
mentions of one entity: a title before it gives a role ("Russian President Vladimir Putin"),
a place noun or a dateline frames it as a place, and five marks tell a person, an
organisation or a work from what the small recogniser typed a single mention:

* a name written inside quotation marks is a title ("“Despacito,” which was snubbed");
* a trade written just before a name ("rapper Lil Uzi Vert") describes a person;
* a name saying something ("Linkin Park said") or owning a person ("Linkin Park's Chester
  Bennington") is someone who speaks or employs: a person or an organisation, no place,
  building or work;
* a name listed among people ("Normani Kordei, Lauren Jauregui and Gucci Mane") is one of them;
* an age, a form of address, a kin, a star's noun, a wire's credit line or a saying with "he",
  "she" or a quoted "I" (:func:`person_sign`: "Aber Al-Rahabi, 21,", "Ms. Daniels", "Streep's
  husband", "Writing by Lincoln Feast", "Lombardi said he understood", "her son Jaden", "“I
  didn’t see them,” Engles wrote") is a person's,
  whatever given name the name opens on.

What is no part of the story is known by where it stands: a name in a photograph's credit
(:func:`photo_credit`: "(Photo: Susan Walsh, AP)") or among a flattened table's numbers
(:func:`in_table`), and a wire's credit by where it stands in a dateline or a closing line
(:func:`dateline_credit`, :func:`reporter_credit`: "PHILADELPHIA (Reuters) -", "Lucey reported
from Washington."). An organisation's name the recogniser cut after its opening initialism is
whole again (:func:`with_opening_initialisms`: "AIDS Healthcare Foundation"), and so is a
person's cut after a given name it typed otherwise (:func:`with_given_names`: "Natalia
Veselnitskaya", "Natalia" typed GPE).

Two names are known by their words alone: an academic degree ("PhD", typed WORK_OF_ART) is
no name, and a platform people post on ("Twitter", typed PERSON) is an organisation's.

A name the recogniser ran on into or through a clause ("the University Clinic in Innsbruck
where", "Cooper pry Sediuk", typed ORG) is read as the names around the clause by
:func:`name_parts`.

A name the recogniser ran on from the word opening its sentence ("Following Goodlatte's
tweet", "Reading Kirsten Gillibrand's book") is cut to the name by :func:`opener_cut`, and a
person's name it ran a nationality or a trade into ("Bosnian Adnan Nevic") by :func:`stuck_cut`.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.attrs import IS_QUOTE
from spacy.tokens import Doc, Span

from newsweave.nlp import doc_ents
from newsweave.synthesis.entity_names import reads_as_full_name
from newsweave.synthesis.mention_speech import says_in_first_person
from newsweave.synthesis.quotes.cues import SAYING_VERBS
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.speakers import (
    OCCUPATION_WORDS,
    PERSON_NAME_WORD,
    PLATFORM_NAMES,
    is_title,
    names_nobody,
    stuck_on,
)
from newsweave.synthesis.sentence_case import opens_sentence, written_in_lower_case
from newsweave.synthesis.trivia import STAFF_CREDIT
from newsweave.text.names import TITLE_WORDS, fold, singular_title
from newsweave.text.places import ONE_WORD_PLACES

# Nouns of places that frame a name as one: "the village of Kaltag", "the province of Daraa",
# "the Qaboon and Barzeh areas" (all typed ORG or PERSON by the small model).
PLACE_NOUNS = frozenset(
    {"village", "villages", "town", "towns", "city", "province", "region", "district"}
    | {"districts", "neighborhood", "neighbourhood", "suburb", "area", "areas", "governorate"}
    # (session 42: "the central square of Castel Gandolfo", "the main piazza of ...", typed ORG)
    | {"square", "piazza", "outskirts"}
)
# Offices held of a place, which frame the name after their "of" as one: "the former archbishop
# of Buenos Aires" (typed PERSON), "the mayor of Flint"; not "president", "governor" or
# "chairman", held of a bank or a firm as often ("governor of the Bank of England").
PLACE_OFFICES = frozenset({"archbishop", "bishop", "mayor"})
# ... but not after the name: a "House district" or "Senate district" is a constituency.
PLACE_NOUNS_BEFORE_ONLY = frozenset({"district", "districts"})
# What a place is written in after a comma ("Hackney, east London"; "Innsbruck, Austria"), and
# the words of a part of it written before it.
LARGER_PLACE_TYPES = frozenset({"GPE", "LOC"})
COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"central", "northeast", "northwest", "southeast", "southwest", "downtown"}
)
# The marks after such a place that go on with the clause: not a hyphen ("Chile-based").
CLAUSE_GOES_ON = frozenset({",", ".", ";", ":", ")", "—", "–"})
# A dateline opens a wire story with its place: "MOSCOW (AP) —", "FORT WAYNE, Ind. (WANE) -";
# the state or the agency is required ("VFX - $10,000" opens a line of a budget).
DATELINE = re.compile(
    r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*(?:\([^)\n]{1,40}\))?|\s*\([^)\n]{1,40}\))\s*[-–—]"
)


def role_before(doc, ent) -> str:
    """Title words (and a nationality) just before a mention: 'Russian President' for Putin."""
    i = ent.start - 1
    words: list = []
    has_title = False
    while i >= 0:
        tok = doc[i]
        low = tok.text.lower()
        if low in TITLE_WORDS and (tok.text[:1].isupper() or low in {"former", "prime", "vice"}):
            has_title = True
            words.append(tok)
        elif (
            tok.text == "."
            and i > 0
            and not doc[i - 1].whitespace_
            and doc[i - 1].text[:1].isupper()
            and f"{doc[i - 1].lower_}." in TITLE_WORDS
        ):
            has_title = True  # "Col" "." "Kurtz": the parse split the title from its full stop
            words += [tok, doc[i - 1]]
            i -= 1
        elif (tok.ent_type_ in {"NORP", "GPE"} and tok.text[:1].isupper() and not tok.is_punct) or (
            tok.text in {"'s", "’s"} and i > 0 and doc[i - 1].ent_type_ in {"GPE", "NORP"}
        ):
            words.append(tok)
        else:
            break
        i -= 1
    # it must start at a title (perhaps cut from its full stop) or a nationality
    while words and not {words[-1].lower_, f"{words[-1].lower_}."} & TITLE_WORDS:
        if words[-1].ent_type_ in {"NORP", "GPE"}:
            break
        words.pop()
    if not has_title or not words:
        return ""
    words.reverse()
    role = doc[words[0].i : words[-1].i + 1].text
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
    return singular_title(" ".join(role.split()))


def place_frame(doc, ent) -> bool:
    """Whether the words around a mention frame it as a place (:data:`PLACE_NOUNS`; an office
    held of one, :data:`PLACE_OFFICES`: "archbishop of Buenos Aires"), as
    where a person is from ("Allen Ward of Upper Darby", "Plotts, of Upper Darby"), or as a
    place in a larger one (:func:`in_a_place`: "from Hackney, east London,")."""
    if in_a_place(doc, ent):
        return True
    after = doc[ent.end] if ent.end < len(doc) else None
    if (
        after is not None
        and after.lower_ in PLACE_NOUNS - PLACE_NOUNS_BEFORE_ONLY
        and after.text.islower()
    ):
        return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "of":
        noun = doc[ent.start - 2]
        if noun.text.islower() and noun.lower_ in PLACE_NOUNS | PLACE_OFFICES:
            return True
        if noun.text == "," and ent.start >= 3:
            noun = doc[ent.start - 3]
        if noun.ent_type_ == "PERSON" and ent.label_ == "PERSON":
            return True
    return False


def in_a_place(doc: Doc, ent: Span) -> bool:
    """Whether a one-word mention is written as a place is in a larger place: a comma, then a
    place the recogniser typed so (:data:`LARGER_PLACE_TYPES`, perhaps after a compass word) that
    is a known one (:data:`~newsweave.text.places.ONE_WORD_PLACES`) or a name of several words
    ("Hackney, east London", "Copenhagen, Denmark", "Queens, New York City"), the clause going on
    after it. A place written as a modifier names no place of the mention ("Cruz, Texas
    Republican", "IAG, Chile-based LATAM"), nor does a person the recogniser typed a place after
    an agency's initials ("chair the SEC, Clayton later revealed")."""
    at = ent.end + 1
    if len(ent) != 1 or ent.text.isupper() or at >= len(doc) or doc[ent.end].text != ",":
        return False
    if doc[at].lower_ in COMPASS_WORDS:
        at += 1
    place = next((e for e in doc_ents(doc) if e.start == at), None)
    if place is None or place.label_ not in LARGER_PLACE_TYPES:
        return False
    if len(place) == 1 and place.text not in ONE_WORD_PLACES:
        return False
    if place.end == len(doc):
        return True
    after = doc[place.end]
    return after.text in CLAUSE_GOES_ON or (bool(place[-1].whitespace_) and after.is_lower)


def dateline(ent, text: str) -> bool:
    """Whether a mention is the place of a dateline opening a line (:data:`DATELINE`)."""
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return (
        not text[line_start : ent.start_char].strip()
        and ent.text.isupper()
        and DATELINE.match(text, ent.end_char) is not None
    )


def ends_in_rank(word: str) -> bool:
    """A name the recogniser typed other than PERSON that ends in a singular title or rank
    ("Starfleet Captain", "Rear Adm."): the person's name was cut off after it. An acronym
    ("SEC", the agency, though "Sec" is a title) and a plural ("Black Fathers") are names."""
    bare = re.sub(r"['’]s$", "", word).rstrip(".,")
    return not bare.isupper() and not bare.endswith("s") and names_nobody(bare)


def headline_like(sent_text: str) -> bool:
    """Whether a line capitalises most of its words, as a headline does (its names are read
    only where running text writes them)."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sent_text)]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.7


# Academic degrees as written, full stops dropped ("a PhD in geology", "Ph.D.", "M.D.", typed
# WORK_OF_ART or GPE): a qualification, nobody's or nothing's name. Case tells "MD" from "Md."
# (Maryland).
DEGREES = frozenset({"PhD", "MD", "MBA", "JD", "DPhil", "EdD", "PsyD", "BSc", "MSc", "LLM"})
# Quotation marks just before and after a name make it a title; a closing mark may follow the
# comma or full stop the title ends its clause with ("“Despacito,” which ...").
OPENING_QUOTES = frozenset('"“‘')
CLOSING_QUOTES = frozenset('"”’')
TITLE_END_PUNCTUATION = ",.!?"
# The parse's relation of a name that says something ("X said") and of one that owns what
# follows it ("X's Chester Bennington").
SUBJECT_DEPS = frozenset({"nsubj"})
OWNER_DEP = "poss"
# A name listed with at least this many people (its conjuncts typed PERSON, none other) is one
# of them: two are needed, as one person beside a name is as often a pair of two kinds ("Trump
# and Mar-a-Lago").
MIN_PEOPLE_LISTED = 2
# A person's name left when stuck-on words are cut from a mention: a given name and a surname.
MIN_PERSON_WORDS = 2
# An initialism's full stop ends no sentence: "the state’s U.S. District Court".
INITIALISM_END = re.compile(r"(?:\b[A-Z]\.)+\s*$")
INITIALISM_LOOK_BACK = 12  # characters: "U.K. " or "U.S.A. " with room to spare
# The relations of a name said to be what something is or is called ("a caricature that is
# ‘Foxy Knoxy’", "dubbed “Foxy Knoxy”", "Amanda Knox, “Foxy Knoxy,”"), or of one qualifying
# a noun ("“Dreamer” immigrants"): a nickname or a label in quotation marks, no title.
MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})
NOT_TITLE_DEPS = frozenset({"attr", "oprd", "appos"}) | MODIFIER_DEPS


# The parts of speech of a clause's words: a name the recogniser typed other than a person
# that ends on them ran on into the clause after it ("Pruitt told", "Case of has been"), and
# one holding them in lower case (or a wh-word) ran on through a clause into another name
# ("Cooper pry Sediuk", "University Clinic in Innsbruck where Grünberg", "Weir tells
# Billboard"; 18 entities of the 250 multinews validation events, none a name).
CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "ADV", "SCONJ"})
# Words that end a firm's or a band's name after its "and" or "&" ("Mumford & Sons", "Smith and
# Associates"): written after a name so, they are its last word, no name of their own.
PARTNER_WORDS = frozenset(
    {"sons", "daughters", "brothers", "bros", "co", "company", "partners", "associates"}
)
# What an umpire or a commentator calls before a player's name, opening a sentence so
# ("Advantage Swift.", "Touchdown Brady!"): the call, no word of the name.
SCORE_CALLS = frozenset({"advantage", "deuce", "touchdown", "goal", "checkmate", "strike"})
# Marks spaCy calls quotes that are a name's apostrophes ("Drop a Gem on ‘Em", "O’Mara").
APOSTROPHES = frozenset({"'", "’", "‘"})
INNER_CLAUSE_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ"})
WH_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})

# Signs only a person's mention bears (:func:`person_sign`), whatever the recogniser typed the
# name: an age in apposition ("Aber Al-Rahabi, 21, told"), or before it ("the 61-year-old
# Streep", not "a 29-year-old Neighborhood Watch volunteer": the age is the volunteer's); a
# form of address ("Ms. Daniels"; not "Dr.", which opens a brand, "Dr Pepper", nor "Miss",
# which opens a pageant, "Miss America"); a kin or a body part the name owns ("Streep's
# husband", "Larson's face"); a kin's or a trade's noun in apposition set off by commas ("his
# mom, Filomena Lima, tells", "The band's publicist, Alaina Bendi, told"); a star's noun
# before it ("adult-film star Stormy Daniels"); a wire story's credit line ("Writing by
# Lincoln Feast and Alex Richardson;"); and a saying whose reported clause, after the verb,
# opens on a person's pronoun ("Lombardi said he understood", "told investigators that she";
# not "..., the Herald said", whose quoted clause before the verb may hold anyone's "he"), or
# whose quotation speaks as "I" (:func:`~newsweave.synthesis.mention_speech.says_in_first_person`:
# "“I didn’t see the girls,” Cheyenne Ray Engles wrote").
# A family's noun or place after a surname: "the Kennedy family compound", "the Mercer
# daughters", "the Kennedy compound" name the family, none of the people of that surname the
# event names.
FAMILY_AFTER = re.compile(
    r"[^\S\n]+(?:family|families|clan|household|dynasty|sisters|brothers|daughters"
    r"|sons|children|siblings|grandchildren|girls|boys|compound|estate)\b"
)
# An indefinite article right before a surname: "a Kennedy", "a Kennedy vacation spot" is one
# of a family or the family's, not one person the event names.
ARTICLE_BEFORE = re.compile(r"\b[Aa]n?[^\S\n]+$")
MAX_AGE = 110  # years: "Larson, 26," is an age, "Wayne County, 2015," a date
AGE_AFTER = re.compile(r"\s*,\s*(\d{1,3})\s*[,.;](?!\d)")  # not "750GB, 5,400rpm"
AGE_BEFORE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old\s+$")
# How far before a mention its age is looked for: "110-years-old " and the spaces before the
# name fit many times over; a search from the text's start cost each mention the whole text.
AGE_BEFORE_CHARS = 200
ADDRESS_FORMS = frozenset({"mr", "mrs", "ms"})
# Kin a person is named as ("her son Jaden", "Streep's husband"); a face or hair is a person's too.
KIN_NOUNS = frozenset(
    {"husband", "wife", "mother", "father", "son", "daughter", "brother", "sister", "spouse"}
    | {"boyfriend", "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "widow", "widower"}
    | {"grandmother", "grandfather", "mom", "dad", "parents"}
    | {"friend", "pal", "buddy"}  # "took pal La La Anthony to the ball": a friend is someone
)
KIN_AND_BODY_NOUNS = KIN_NOUNS | {"face", "hair"}
# What a child calls a parent, capitalised as a name is ("life with Mom and/or Dad", "Mommy, am
# I going to be OK?"): a word of kin, nobody's name.
KIN_CALLS = frozenset(
    {"mom", "mommy", "momma", "mum", "mummy", "dad", "daddy", "grandma", "grandpa", "granny"}
)
# What a title in lower case before a name is to the parse: a noun, or a name's word
# ("the senator Corwin"); never an adjective ("a senior U.S. official"). Only a word that
# titles a person counts (:func:`~newsweave.synthesis.quotes.speakers.is_title`): "my state
# Senate seat" names no one.
TITLE_POS = frozenset({"NOUN", "PROPN"})
STAR_NOUNS = frozenset({"star", "superstar", "starlet"})
# Offices a person holds, in apposition, beside the trades of the quotes' speakers
# (OCCUPATION_WORDS): "Andriy Parubiy, secretary of the national defense council".
APPOSED_OFFICES = frozenset({"secretary", "chairman", "chairwoman", "director", "lawyer"})
# The government a leader heads, which a leader's bare name qualifies in lower case ("the
# Obama administration", "the Trump administration", "the Assad regime"; a body's is written
# in capitals, "the Social Security Administration"). Not "campaign" or "era": "the Remain
# campaign", "the Soviet era"; and only of a word the recogniser typed a person ("the U.S.
# administration" is a country's).
LEADERS_GOVERNMENTS = frozenset({"administration", "presidency", "regime"})
CREDIT_LINE = re.compile(
    r"(?:^|[;.\n]\s*)(?:Additional )?(?:Reporting|Writing|Editing)(?: and \w+)? by\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}(?:(?:,|and|in \w+;?)\s+(?:[A-Z][\w.'’-]*\s+){0,3})*$"
)
CREDIT_LOOK_BACK = 120  # characters: a credit line names a few people and their cities
PERSON_PRONOUNS = frozenset({"he", "she"})  # not "they", "it": a body's too
APPOSITION = "appos"  # the parse's relation of "Alaina Bendi" to "publicist" and back
REPORTED_DEPS = frozenset({"ccomp"})  # the relation of what is said to the verb of saying


def with_partners(ents: list[Span]) -> list[Span]:
    """``ents`` with each firm's or band's name the recogniser cut at its "and" or "&" whole
    again: a name typed other than a person followed by "and" or "&" and one word of
    :data:`PARTNER_WORDS` typed the same ("Mumford and Sons" found as "Mumford" and "Sons") is
    one name; "Mumford" alone would be a person and "Sons" no name at all."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(e) == 1
            and e.label_ == prev.label_ != "PERSON"
            and e.start == prev.end + 1
            and e.doc[prev.end].lower_ in {"and", "&"}
            and e.text[:1].isupper()
            and e[0].lower_ in PARTNER_WORDS
        ):
            out[-1] = Span(e.doc, prev.start, e.end, label=prev.label_)
            continue
        out.append(e)
    return out


# An initialism opening an organisation's name that the recogniser left out of it ("AIDS
# Healthcare Foundation" found as "Healthcare Foundation"): capitals only, this long.
OPENING_INITIALISM = re.compile(r"[A-Z]{2,6}")
# Names an organisation's name is cut from: two words or more ("Foundation" alone is a word).
MIN_CUT_NAME_WORDS = 2


def with_opening_initialisms(ents: list[Span]) -> list[Span]:
    """``ents`` with each organisation's name the recogniser cut after its opening initialism
    whole again: an organisation of two words or more right after a word in capitals that is
    no name of its own nor the end of a sentence's opening run of capitals ("said AIDS
    Healthcare Foundation President Michael Weinstein"). A dateline's or a header's capitals
    stand before a line's break or a dash, not a space, and keep apart."""
    named = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        doc = e.doc
        prev = doc[e.start - 1] if e.start else None
        if (
            e.label_ == "ORG"
            and len(e) >= MIN_CUT_NAME_WORDS
            and prev is not None
            and prev.i not in named
            and prev.whitespace_ == " "
            and OPENING_INITIALISM.fullmatch(prev.text)
            and (prev.i == 0 or not doc[prev.i - 1].text.isupper())
            and not opens_sentence(doc.text, prev.idx)
        ):
            e = Span(doc, e.start - 1, e.end, label=e.label_)
        out.append(e)
    return out


def with_given_names(ents: list[Span]) -> list[Span]:
    """``ents`` with each person's name the recogniser cut after its given name whole again: a
    known given name (:data:`~newsweave.synthesis.quotes.first_names.PERSON_FIRST_NAMES`) it
    typed other than a person, one space before a person's name ("Russian lawyer [Natalia]
    [Veselnitskaya]", "Natalia" typed GPE), is that name's first word."""
    out: list[Span] = []
    for e in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and e.label_ == "PERSON"
            and prev.label_ != "PERSON"
            and len(prev) == 1
            and prev.end == e.start
            and prev[0].whitespace_ == " "
            and prev.text.lower() in PERSON_FIRST_NAMES
            and e.text[:1].isupper()
        ):
            out[-1] = Span(e.doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _nickname_windows(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of ``doc`` that write a person's name with a one-word nickname in
    quotation marks between the given name and the surname ('Abigail "Abby" Williams',
    "Harold 'Devin' Lima"): four capitalised words and marks in that order."""
    out: list[tuple[int, int]] = []
    marks = doc.to_array(IS_QUOTE).tolist()  # (read without building each token)
    for i in range(len(doc) - 4):
        if not (marks[i + 1] and marks[i + 3]):
            continue
        given, nick, surname = doc[i], doc[i + 2], doc[i + 4]
        if given.pos_ == "PROPN" and all(t.text[:1].isupper() for t in (given, nick, surname)):
            out.append((i, i + 5))
    return out


def with_nicknames(ents: list[Span]) -> list[Span]:
    """``ents`` with each person's name the recogniser cut at a nickname in quotation marks
    whole again: for 'Abigail "Abby" Williams' it found 'Abby" Williams' (typed WORK_OF_ART by
    the mark), for "Harold 'Devin' Lima" it found "Harold 'Devin'" and "Lima", and it types
    "Cooper 'Ghoul' Ward" a work; the given name, nickname and surname are one person's name
    (:func:`~newsweave.text.names.clean_name` drops the nickname, :func:`curled_nickname`
    marks one written in straight quotes for it). The mentions inside it go."""
    if not ents:
        return ents
    windows = _nickname_windows(ents[0].doc)
    out: list[Span] = []
    for e in ents:
        hit = next((w for w in windows if w[0] < e.end and e.start < w[1]), None)
        if hit is None:
            out.append(e)
            continue
        start, end = min(hit[0], e.start), max(hit[1], e.end)
        while out and out[-1].end > start:
            start = min(start, out.pop().start)
        out.append(Span(e.doc, start, end, label="PERSON"))
    return out


# A nickname in straight single quotes between a given name and a surname ("Harold 'Devin'
# Lima"): the curly marks :data:`~newsweave.text.names.NICKNAME` reads stand for them.
STRAIGHT_NICKNAME = re.compile(r"(?<=\w) '([A-Z][\w.-]*\w)' (?=[A-Z])")


def curled_nickname(name: str) -> str:
    """``name`` with a nickname in straight single quotes written in curly ones, of the same
    length (the mention's offsets hold): "Harold ‘Devin’ Lima"."""
    return STRAIGHT_NICKNAME.sub(r" ‘\1’ ", name)


def name_parts(ent: Span, text: str) -> list[Span]:
    """The names of a mention typed other than a person (whose run-on words
    :func:`~newsweave.synthesis.name_forms.after_run_on` trims) that the recogniser ran on
    through a clause (:data:`INNER_CLAUSE_POS`, :data:`WH_TAGS` in lower case inside it): the
    runs of words between the clause's words, less the lower-case clause words a run ends on
    (:data:`CLAUSE_POS`) and the lower-case words it opens on: "Cooper pry Sediuk" is Cooper and
    Sediuk, "University Clinic in Innsbruck where Grünberg" the clinic and Grünberg, "Pruitt
    told" Pruitt; a run of pronouns is no name ("I’m the f**"). A title written in quotation
    marks in ``text`` is whole (“Life is Good”), as is a mention holding no clause. A lone
    quotation mark inside a mention parts it too: a title or a nickname opens or closes there
    ('Juan Ortiz "Axanar', 'Wheel of Fortune” and'), which is no one name with the words
    before it."""
    if ent.label_ == "PERSON" or in_quotation_marks(text, ent.start_char, ent.end_char):
        return [ent]
    marks = [k for k, t in enumerate(ent) if t.is_quote and t.text not in APOSTROPHES]
    cuts = sorted(
        {
            k
            for k, t in enumerate(ent)
            if k and t.is_lower and (t.pos_ in INNER_CLAUSE_POS or t.tag_ in WH_TAGS)
        }
        | ({k for k in marks if 0 < k < len(ent) - 1} if len(marks) % 2 else set())
    )
    last = len(ent)
    while last > 1 and ent[last - 1].is_lower and ent[last - 1].pos_ in CLAUSE_POS:
        last -= 1
    if not cuts and last == len(ent):
        return [ent]
    parts: list[Span] = []
    for a, b in pairwise([-1, *cuts, last]):
        a += 1
        while a < b and ent[a].is_lower:
            a += 1
        while b > a and ent[b - 1].is_lower and ent[b - 1].pos_ in CLAUSE_POS:
            b -= 1
        if b > a and not all(t.pos_ == "PRON" for t in ent[a:b]):
            parts.append(Span(ent.doc, ent.start + a, ent.start + b, label=ent.label_))
    return parts


def a_degree(name: str) -> bool:
    """Whether ``name`` is an academic degree (:data:`DEGREES`), no name at all."""
    return name.replace(".", "") in DEGREES


def a_platform(name: str) -> bool:
    """Whether ``name`` is a platform people post on (:data:`~newsweave.synthesis.quotes.
    speakers.PLATFORM_NAMES`), which the small model types a person or a place as often as an
    organisation ("follow us on Twitter", "fired from Twitter"): a company's service."""
    return name.lower() in PLATFORM_NAMES


def in_quotation_marks(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written inside quotation marks (:data:`OPENING_QUOTES`)."""
    after = text[end : end + 2].lstrip(TITLE_END_PUNCTUATION)
    return text[start - 1 : start] in OPENING_QUOTES and after[:1] in CLOSING_QUOTES


def quoted_title(doc: Doc, ent: Span, text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` of ``ent`` is a title in quotation marks, not a
    nickname (:data:`NOT_TITLE_DEPS`)."""
    return ent.root.dep_ not in NOT_TITLE_DEPS and in_quotation_marks(text, start, end)


def described_as_person(doc: Doc, ent: Span) -> bool:
    """Whether a trade written in lower case stands just before a mention ("rapper Lil Uzi
    Vert", "singers Alessia Cara"): :data:`OCCUPATION_WORDS` describe people only."""
    if ent.start == 0:
        return False
    before = doc[ent.start - 1]  # a noun: "hosting the Winter Olympics" names no host
    if ent.root.dep_ in MODIFIER_DEPS:
        return False  # "a deputy White House press secretary": the trade is the secretary's
    return before.text.islower() and before.pos_ == "NOUN" and before.lemma_ in OCCUPATION_WORDS


def speaks_or_owns(ent: Span) -> bool:
    """Whether a mention is the subject of a verb of saying (:data:`SAYING_VERBS`) or the
    owner of a person ("Linkin Park's Chester Bennington")."""
    root = ent.root
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in SAYING_VERBS:
        return True
    return root.dep_ == OWNER_DEP and root.head.ent_type_ == "PERSON"


# A photograph's credit before a name: "Image: Davide Bonadonna", "(Photo: Susan Walsh, AP)",
# "Photo by: William Yap.", "Image copyright Getty Images", "Credit: Copyright ...". The
# names from there to the credit's end are whose picture it is, not the story's (56 entities
# of the 250 multinews events are named only after such words). A handle's site written after
# its slash ("cheeseslave/Flickr.com", "David Wallace/The Republic") is one too.
PHOTO_CREDIT = re.compile(
    r"(?i:\b(?:photo(?:graph)?s?|images?|pictures?|credit)\s*(?:by\s*)?:"
    r"|\b(?:photo(?:graph)?|picture)s?\s+by\b|\bcopyright\b|\bcourtesy(?:\s+of)?\b|©)"
    r"[^\S\n]*(?:(?:the[^\S\n]+)?[A-Z][\w.'’&-]*,?[^\S\n]+)*(?:the[^\S\n]+)?$"
)
CREDIT_HANDLE = re.compile(r"\S/$")
PHOTO_CREDIT_LOOK_BACK = 80  # characters: a credit names a photographer and an agency
# A credit ends on its names: capitalised words, commas, handles ("cheeseslave/Flickr.com"),
# then a bracket, a full stop, a line's end or a caption's label ("Image copyright Reuters
# Image caption Up to 12 planes ..."). A caption that goes on in lower case ("Image: At the
# Palmyrene Gate, the principal entrance", "Garcia/Robert Hunter song") is no credit.
CREDIT_END = re.compile(
    r"(?:[^\S\n]*[,/]?[^\S\n]*(?:[A-Z][\w.'’&-]*|\S+/\S+))*[^\S\n]*"
    r"(?:[).]|\n|$|(?:Image )?caption\b)"
)


def photo_credit(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` in ``text`` is a photograph's credit
    (:data:`PHOTO_CREDIT`, :data:`CREDIT_HANDLE`, :data:`CREDIT_END`), no one the story tells
    of."""
    before = text[max(0, start - PHOTO_CREDIT_LOOK_BACK) : start]
    if not (PHOTO_CREDIT.search(before) or CREDIT_HANDLE.search(before)):
        return False
    return CREDIT_END.match(text, end) is not None


# A wire's credit in a dateline's brackets: "PHILADELPHIA (Reuters) -", "FORT WAYNE, Ind. (WANE)
# -": the line opens on a place in capitals (perhaps with its state), the bracket closes on a
# dash. The agency there says who filed the story, not whom it tells of.
DATELINE_OPENING = re.compile(
    r"[^\S\n]*[A-Z][A-Z.'’-]*(?:[^\S\n][A-Z][A-Z.'’-]*)*"
    r"(?:,[^\S\n]*[A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?)?[^\S\n]*\("
)
DATELINE_CLOSE = re.compile(r"[^)\n]{0,40}\)[^\S\n]*[-–—]")


def dateline_credit(text: str, start: int, end: int) -> bool:
    """Whether the name from ``start`` to ``end`` in ``text`` is the agency a dateline credits
    in brackets (:data:`DATELINE_OPENING`, :data:`DATELINE_CLOSE`): "PHILADELPHIA (Reuters) -"."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        DATELINE_OPENING.fullmatch(text, line_start, start) is not None
        and DATELINE_CLOSE.match(text, end) is not None
    )


# A wire story's closing credit of where its reporters filed from: "Ischachenkov reported from
# Moscow.", "Lucey and Tom Hays reported from Washington." (who reported, no one the story tells
# of).
REPORTED_FROM = re.compile(
    r"[^\S\n]*(?:[A-Z][\w.'’-]*[^\S\n]+){1,3}"
    r"(?:and[^\S\n]+(?:[A-Z][\w.'’-]*[^\S\n]+){1,3})?reported from\b"
)


def reporter_credit(text: str, start: int) -> bool:
    """Whether the name at ``start`` in ``text`` is one of the reporters a line opens on to say
    where they filed from (:data:`REPORTED_FROM`)."""
    found = REPORTED_FROM.match(text, text.rfind("\n", 0, start) + 1)
    return found is not None and start < found.end()


def staff_credit(text: str, start: int) -> bool:
    """Whether the name at ``start`` in ``text`` stands in a wire's staff credit line
    ("Associated Press writers Ted Bridis and Jack Gillum in Washington ... contributed to this
    report": :data:`~newsweave.synthesis.trivia.STAFF_CREDIT`): who reported, no one the story
    tells of."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return STAFF_CREDIT.match(line) is not None


# A table's cells run together when a page is flattened to text ("BP096 php I-1 101 132 102
# BP208 php II-1 100 147 130"): a "name" among as many numbers is a row's label or a code.
TABLE_WINDOW = 8  # tokens either side of the mention
TABLE_SHARE = 0.5  # of those that are numbers (a sentence of figures has fewer)


def in_table(ent: Span) -> bool:
    """Whether a mention stands among the numbers of a table flattened to text
    (:data:`TABLE_WINDOW`, :data:`TABLE_SHARE`)."""
    doc = ent.doc
    around = [
        t
        for t in [
            *doc[max(0, ent.start - TABLE_WINDOW) : ent.start],
            *doc[ent.end : ent.end + TABLE_WINDOW],
        ]
        if not t.is_punct and not t.is_space
    ]
    numbers = sum(1 for t in around if any(c.isdigit() for c in t.text))
    return bool(around) and numbers >= TABLE_SHARE * len(around)


def person_sign(ent: Span, text: str) -> str:
    """The sign a mention bears of a person's name (the signs are listed above
    :data:`MAX_AGE`), "" if none: "age", "address", "kin" (a kin or a trade), "title" (one in
    lower case: "the senator Tobin"), "star", "office" (the government a leader heads:
    :data:`LEADERS_GOVERNMENTS`), "credit" or "saying"."""
    doc, root = ent.doc, ent.root
    after = AGE_AFTER.match(text, ent.end_char)
    before = AGE_BEFORE.search(text, max(0, ent.start_char - AGE_BEFORE_CHARS), ent.start_char)
    if after and int(after.group(1)) <= MAX_AGE:
        return "age"
    if before and int(before.group(1)) <= MAX_AGE and root.dep_ not in MODIFIER_DEPS:
        return "age"
    prev = doc[ent.start - 1] if ent.start else None
    if (len(ent) > 1 and fold(ent[0].text).rstrip(".") in ADDRESS_FORMS) or (
        prev is not None and fold(prev.text).rstrip(".") in ADDRESS_FORMS
    ):
        return "address"
    if root.dep_ == OWNER_DEP and root.head.lemma_.lower() in KIN_AND_BODY_NOUNS:
        return "kin"
    # set off by commas: "Nicki Minaj, Myx Fusions The “Anaconda” rapper" is a caption's run
    described = []
    if ent.end < len(doc) and doc[ent.end].text == ",":
        described += [t for t in root.children if t.dep_ == APPOSITION and t.i > root.i]
    if root.dep_ == APPOSITION and prev is not None and prev.text == "," and root.head.i < root.i:
        described.append(root.head)
    if any(
        t.pos_ == "NOUN" and t.lemma_ in KIN_AND_BODY_NOUNS | OCCUPATION_WORDS | APPOSED_OFFICES
        for t in described
    ):
        return "kin"
    if prev is not None and prev.lower_ in STAR_NOUNS and prev.pos_ == "NOUN":
        return "star"
    if (
        len(ent) == 1
        and ent.label_ == "PERSON"
        and root.dep_ in MODIFIER_DEPS
        and root.head.i == ent.end
        and root.head.lower_ in LEADERS_GOVERNMENTS
        and root.head.text.islower()
    ):
        return "office"  # "the Obama administration"
    # a noun of kin or a title in lower case before a name (the parse may read a title as a
    # name's word; "a senior U.S. official", whose "senior" is an adjective, names no person)
    if prev is not None and prev.pos_ == "NOUN" and prev.lower_ in KIN_NOUNS:
        return "kin"  # "her toddler son Jaden"
    if prev is not None and prev.pos_ in TITLE_POS and prev.is_lower and is_title(prev.text):
        return "title"  # "the senator Tobin‘s Twitter habits"
    if CREDIT_LINE.search(text, max(0, ent.start_char - CREDIT_LOOK_BACK), ent.start_char):
        return "credit"
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_ in SAYING_VERBS:
        verb = root.head
        for clause in verb.children:
            if (
                clause.dep_ in REPORTED_DEPS
                and clause.i > verb.i
                and any(
                    t.dep_ in SUBJECT_DEPS and t.lower_ in PERSON_PRONOUNS for t in clause.children
                )
            ):
                return "saying"
    if says_in_first_person(ent, text):
        return "saying"  # "“I didn’t see the girls,” Cheyenne Ray Engles wrote"
    return ""


def among_people(ent: Span) -> bool:
    """Whether a mention is listed with :data:`MIN_PEOPLE_LISTED` or more names typed PERSON
    and nothing else, one of them a person's full name ("Normani Kordei, Lauren Jauregui and
    rapper Gucci Mane")."""
    others = ent.root.conjuncts
    if len(others) < MIN_PEOPLE_LISTED or any(t.ent_type_ != "PERSON" for t in others):
        return False
    names = [e.text for e in ent.doc.ents if any(e.start <= t.i < e.end for t in others)]
    return any(reads_as_full_name(n) for n in names)  # "Google Glass, Ouya" are no people


def opener_cut(name: str, text: str, start: int, words: frozenset[str]) -> int:
    """How many characters of ``name`` (written at ``start`` of ``text``) are the word that
    opens its sentence, not the name (:func:`~newsweave.synthesis.quotes.speakers.stuck_on`:
    "Following Goodlatte's tweet", "Inside Snipes’ headquarters", "Veteran Kentucky analyst";
    a call of a game's score, :data:`SCORE_CALLS`: "Advantage Swift.";
    ``words``: the event's :func:`~newsweave.synthesis.sentence_case.words_of`). 0 when no
    such word opens it; the caller keeps the cut only when the rest is a name the event
    writes on its own."""
    first, _, rest = name.partition(" ")
    if not rest or not rest[:1].isupper() or not opens_sentence(text, start):
        return 0
    if INITIALISM_END.search(text[max(0, start - INITIALISM_LOOK_BACK) : start]):
        return 0
    return len(first) + 1 if stuck_on(first, words) or first.lower() in SCORE_CALLS else 0


def stuck_cut(
    name: str, person: bool, words: frozenset[str], written: frozenset[tuple[str, ...]]
) -> int:
    """How many characters of ``name`` are words stuck on before a person's name, wherever the
    sentence has it ("the 6th billionth living person—Bosnian Adnan Nevic—", "this, Ukranian
    Vitalii Sediuk, as a journalist": :func:`~newsweave.synthesis.quotes.speakers.stuck_on`,
    ``words`` as for :func:`opener_cut`). The rest must be a person's name: one opening on a
    known given name, one the recogniser typed a person whole (``person``), or one the event
    writes on its own with its surname alone too (``written``: its mentions' folded words,
    "Sediuk"); in the last two, no word the texts write in lower case, as a thing's name has
    ("Congressional Black Caucus", "Frozen Yogurt Pearls"). So a place's or a body's name keeps
    its adjective ("Syrian Red Crescent"). 0 when no such words open ``name``."""
    parts = name.split()
    stuck = 0
    while len(parts) - stuck > MIN_PERSON_WORDS and stuck_on(parts[stuck], words):
        stuck += 1
    for k in range(stuck, 0, -1):
        rest = parts[k:]
        if not all(
            w[:1].isupper() and not w.isupper() and PERSON_NAME_WORD.fullmatch(w) for w in rest
        ):
            continue  # not "Mind Reader: Unlocking", a book's title
        tokens = tuple(fold(" ".join(rest)).split())
        if reads_as_full_name(" ".join(rest)) or (
            not any(written_in_lower_case(w, words) for w in rest)
            and (person or (tokens in written and tokens[-1:] in written))
        ):
            return len(" ".join(parts[:k])) + 1
    return 0


__all__ = [
    "KIN_CALLS",
    "PARTNER_WORDS",
    "a_degree",
    "a_platform",
    "among_people",
    "curled_nickname",
    "dateline",
    "dateline_credit",
    "described_as_person",
    "ends_in_rank",
    "headline_like",
    "in_a_place",
    "in_quotation_marks",
    "in_table",
    "name_parts",
    "opener_cut",
    "person_sign",
    "photo_credit",
    "place_frame",
    "quoted_title",
    "reporter_credit",
    "role_before",
    "speaks_or_owns",
    "staff_credit",
    "stuck_cut",
    "with_given_names",
    "with_nicknames",
    "with_opening_initialisms",
    "with_partners",
]


def names_family(text: str, start: int, end: int) -> bool:
    """Whether the surname at ``start``-``end`` of ``text`` names a family, not one of its
    members (:data:`FAMILY_AFTER`, :data:`ARTICLE_BEFORE`): "the Kennedy compound", "a Kennedy
    vacation spot". Read where a bare surname is given to one of its namesakes."""
    return bool(FAMILY_AFTER.match(text, end) or ARTICLE_BEFORE.search(text, 0, start))
