"""Headlines: what reads as one, how to clean one, and how to make one from a lead sentence.

An event's headline is the first thing a reader sees, so it is one rule used everywhere (the
store's event list, ``show``, ``brief``, the API and the page all call
:func:`event_headline` on the same members): the best outlet headline when the articles carry
one, cleaned of page furniture, otherwise one made from the event's most shared lead sentence,
cut to its core clause. A headline is never cut inside a word and never runs past
:data:`MAX_HEADLINE_WORDS` words.

Pure text: no model, so the store can title an event the moment an article joins it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Only this much of each text is read for its lead: enough for any first paragraph, and the
# same prefix the store reads, so both give the same headline.
LEAD_CHARS = 3000
# A headline past this many words is a lead sentence, a caption or a quote, not a headline.
MAX_HEADLINE_WORDS = 16
# A headline made from a sentence keeps at most this many words (its core clause).
MADE_HEADLINE_WORDS = 14
# Fewer words than this is a label ("Features", "About this Site"), not a headline.
MIN_HEADLINE_WORDS = 3
# A clause cut off at a subordinator without a comma ("... while they sleep") keeps at least
# this many words: shorter, the cut most likely fell inside the subject.
SOFT_CLAUSE_WORDS = 8
# A made headline that keeps its whole core clause is preferred to a more central one that had
# to be cut, down to this share of the best one's centrality.
WHOLE_CLAUSE_SHARE = 0.8
# A made headline shorter than this after cutting at a clause boundary is cut at words instead.
MIN_CLAUSE_WORDS = 6

# Lines that are page furniture, never a headline (matched at the start, case-insensitive).
FURNITURE_HEADLINES: tuple[str, ...] = (
    r"tweet with a location",
    r"add a location to your tweets",
    r"page \d+ of \d+",
    r"media playback is unsupported",
    r"image copyright\b",
    r"image caption\b",
    r"enlarge this image",
    r"click (?:image|here|to|below)\b",
    r"please (?:enable|turn on) javascript",
    r"(?:javascript is|you need to enable)",
    r"follow\b.*(?:facebook|twitter|tumblr|instagram|:)",
    r"(?:embed|autoplay)\b",
    r"message:",
    r"from wikipedia",
    r"about this site",
    r"(?:local|more|top) news\b.*more>>",
    r"most popular stories",
    r"photo advertisement",
    r"warning: (?:the|this) video",
    r"published(?: on)?:? (?:\w+ \d|\d)",
    r"the seed (?:for|list)",
    r"this crawl\b",
    r"what[’']s in the data set",
    r"to our community",
    r"why (?:is this important|are we asking)",
    r"free online training",
    r"file\s*[-–—]\s*in this\b",
    r"nbc google\+",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in FURNITURE_HEADLINES), re.I)

# Prefixes an outlet puts before a headline that are not part of it.
_PREFIX = re.compile(
    r"^(?:[►▶•»]\s*)?(?:(?:update|updated|breaking|watch|video|photos?|live|exclusive|close|"
    r"opinion|analysis)(?:\s*[:|\-–—]\s*|\s+(?=[A-Z])))+",
    re.I,
)
# Suffixes: " | Site", " - Site Name" (a short trailing name), "| Photo by …", a credit.
_SUFFIX = re.compile(
    r"\s*(?:\|\s*(?:photos?|video) by .*|\((?:photo|image|video)s?:[^)]*\)|"
    r"\([^()]*/[^()]*\)|\s[|]\s[^|]{1,40})$",
    re.I,
)
_SITE_SUFFIX = re.compile(r"\s+[-–—]\s+(?:[A-Z][\w.'’&]*\s?){1,4}$")
_CREDIT = re.compile(r"\((?:[^()]*(?:/|photo|getty|reuters|ap\b|afp)[^()]*)\)", re.I)
_CAPTION = re.compile(r"\((?:left|right|center|centre|top|bottom|front|back|pictured)\)", re.I)
_DATE_ONLY = re.compile(
    r"^(?:updated|posted|published)?[\s:]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)\w*\.?|mon|tue|wed|thu|fri|sat|sun|\d{1,4}(?:[.:]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|\w*[ap]m|"
    r"[A-Z]{2,4}T|[,/-])(?:[\s,]+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?|"
    r"\d{1,4}(?:[.:]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|[A-Z]{2,4}T|[,/-]))*\s*$",
    re.I,
)
_URLISH = re.compile(r"https?://|www\.|@\w+\.\w+|\.com\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])")
# Words whose full stop does not end a sentence ("Gov. Tom Corbett", "Sept. 11", "Pa.").
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "capt",
        "prof",
        "rev",
        "ft",
        "mt",
        "no",
        "vs",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "okla",
        "ore",
        "pa",
        "tenn",
        "tex",
        "va",
        "vt",
        "wash",
        "wis",
        "wyo",
    ]
)
# A dateline opening a lead: "WASHINGTON —", "PALO ALTO --", "(CNN)", "LONDON (Reuters) -".
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?\s*(?:\([^)]{1,30}\))?"
    r"\s*[-–—]{1,2}\s*|\([A-Za-z ]{2,20}\)\s*[-–—]?\s*|[-–—]\s+)"
)
# Attributions and asides that end a lead and are not its news.
_TAIL = re.compile(
    r",?\s+(?:(?:police|officials?|authorities|the \w+|a \w+|he|she|they|it) "
    r"(?:said|says|reported|announced|told \w+)|according to [^,.;]+)"
    r"[^.;]*[.!]?$",
    re.I,
)
# Subordinate clauses without a comma, cut when a sentence is still too long.
_SOFT_BREAK = re.compile(
    r"\s(?:because|after|before|while|amid|despite|following|since|saying|although|though|"
    r"until|unless|so that|in order to)\b",
    re.I,
)
# Where a phrase begins that a too-long headline can end before: punctuation, or a
# preposition or subordinator (not "of" or "to", which the words before them need).
_PHRASE_START = re.compile(
    r"(?:,|\s[-–—]{1,2})\s|\s(?=(?:in|on|at|for|with|after|before|during|near|from|amid|"
    r"since|while|when|because|as|following|including|despite|against|over|into|under|"
    r"without|within|across|through|than|who|which|where)\s)",
    re.I,
)
# Words a phrase cannot end on: it would go on ("was", "than", "such").
_OPEN_ENDED = frozenset(
    {"was", "were", "is", "are", "been", "being", "not", "than", "such", "very", "more", "most"}
    | {"who", "whose", "which", "where", "when", "whom", "also", "just", "only", "even"}
)
# "That", "where", "whom" may open a relative clause; a cut this few words after one leaves
# it unfinished ("the report that the agency released"). ("Who", "whose", "which" always
# do: a phrase holding one is never cut, :func:`_stands`.)
_RELATIVE = frozenset({"that", "where", "whom"})
RELATIVE_TAIL_WORDS = 5
# Words that open a subordinate clause: a phrase they open is not a headline on its own.
_SUBORDINATORS = frozenset(
    {"if", "when", "while", "although", "though", "because", "as", "after", "before", "since"}
    | {"unless", "once", "until", "whether"}
)
# Words in "-ing" that are nouns a clause may end on ("injured this morning", "dropping the
# funding"), not a verb still waiting for its object.
_ING_NOUNS = frozenset(
    {"morning", "evening", "funding", "building", "meeting", "wedding", "spring", "thing"}
    | {"king", "ring", "ceiling", "hearing", "ruling", "briefing", "shooting", "bombing"}
    | {"killing", "training", "housing", "clothing", "offering", "opening", "sibling", "wing"}
    | {"nothing", "something", "anything", "everything", "string", "swing", "stabbing"}
)
# Nouns of compound prepositions: "in connection" needs its "with".
_PREP_NOUNS = frozenset(
    {"connection", "addition", "response", "front", "charge", "relation", "regard", "spite"}
    | {"search", "favor", "favour", "place", "terms", "lieu", "light", "wake", "face"}
)
# Words that open an aside after a comma (an appositive, a phrase): cut inside one, the
# sentence's own verb may still be to come.
_ASIDE_OPENERS = frozenset(
    {"the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "of", "as", "who"}
    | {"which", "whose", "where", "when", "while", "after", "before", "and", "or", "but"}
)
# Asides inside a sentence that a headline leaves out: appositives and relative clauses.
_APPOSITIVE = re.compile(
    r"(?<=[A-Z][\w.’'-])(?<=\w),\s(?:a|an|who|which|whose|\d+)\b[^,;]{0,80},", re.I
)
# An opening adverbial phrase before the subject ("In what will be a bittersweet …, ").
_OPENING = re.compile(
    r"^(?:in|on|at|after|before|following|as|when|while|despite|amid|with|for|since|during|"
    r"one|of|to|like|unlike|by|under|from)\b[^,;]{0,90},\s+",
    re.I,
)
# An opening subordinate clause or sentence adverb ("Mere hours after X confirmed Y, ",
# "If X, ", "Truthfully, "): passed over to the main clause when that names its subject.
_LEADING_CLAUSE = re.compile(
    r"^(?:(?:if|once|although|though|because|until|unless)\b|"
    r"(?:(?:mere|just|only|barely|some|two|three|several|a few)\s+)?(?:hours|days|weeks|"
    r"minutes|months|moments)\s+(?:after|before)\b)[^,;]{0,120},\s+|"
    r"^(?:truthfully|then|meanwhile|however|and|but|indeed|apparently|somehow)\b,?\s+",
    re.I,
)
# A phrase opening this way is a subordinate clause: without the main clause after its comma
# it is not a headline ("Mere hours after Kerry Washington's camp confirmed ...").
_SUBORDINATE_START = re.compile(
    r"^(?:(?:mere|just|only|barely|some|a few)\s+)?(?:\w+\s+)?(?:hours|days|weeks|minutes|"
    r"months|moments|years)\s+(?:after|before|later)\b|^every time\b|^(?:even\s+)?(?:if|when|while|"
    r"although|though|because|after|before|since|unless|until|once|whether|as)\b",
    re.I,
)
# Weekdays and months: a capitalised word after a preposition that starts a phrase of time,
# not the rest of a name ("... Court on Tuesday" may be cut; "Science in Action" may not).
_TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct"}
)
# Words before a last word that make it a modifier still waiting for its noun ("for the
# saucy, vaguely pork-y delicacy"), when a comma follows it and it ends like an adjective.
_DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
    | {"these", "those", "some", "every", "each", "another"}
)
# Last words of the names of awards, laws and bodies: a capitalised word before one is part
# of the same name ("Science in Action Award").
_NAMED_THINGS = frozenset(
    {"Award", "Awards", "Prize", "Medal", "Act", "Bill", "Fund", "Foundation", "Institute"}
    | {"Center", "Centre", "Festival", "Challenge", "Cup", "Trophy", "Games", "Show", "Building"}
)
_ADJECTIVE_ENDINGS = ("y", "ive", "al", "ous", "ful", "ic", "able", "ible", "ish", "less", "ary")
# Where a long sentence may be cut to its core clause.
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:]\s|\s[-–—]{1,2}\s|,\s(?:which|who|where|while|after|before|as|but|and|"
    r"although|though|because|since|when|amid|despite|in a|saying|according)\b)",
    re.I,
)
# A lead that cannot stand as a headline: a quote, a pronoun without its referent, a
# transcript speaker's label.
_DEPENDENT = re.compile(
    r"^(?:[\"“‘']|(?:he|she|they|it|this|that|these|those|we|i|you|his|her|their|its)\b|"
    r"[A-Z]+:)",
    re.I,
)
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "that",
        "this",
        "it",
        "its",
        "his",
        "her",
        "their",
        "after",
        "over",
        "into",
        "about",
        "says",
        "said",
        "will",
        "would",
    ]
)


def strip_site_name(title: str, site: str | None) -> str:
    """``title`` without a trailing " | Site", " - Site" or ": Site" naming ``site``."""
    if not site:
        return title
    return re.sub(r"\s*[|\-–—:]\s*" + re.escape(site) + r"\s*$", "", title, flags=re.I) or title


def clean_headline(title: str | None, site: str | None = None) -> str | None:
    """``title`` cleaned of furniture (prefixes, site names, photo credits), or ``None`` when
    it does not read as a headline (a caption, a widget, a label, a lead sentence)."""
    if not title:
        return None
    t = strip_site_name(" ".join(title.split()), site)
    if _FURNITURE.match(t):
        return None
    t = _PREFIX.sub("", t)
    for _ in range(2):
        t = _SUFFIX.sub("", t).strip()
    if _FURNITURE.match(t) or _URLISH.search(t) or _CREDIT.search(t) or _CAPTION.search(t):
        return None
    if _DATE_ONLY.match(t):
        return None  # "Updated 6.15pm", "November 8, 8:25 AM CST": a timestamp
    words = _WORD.findall(t)
    if not MIN_HEADLINE_WORDS <= len(words) <= MAX_HEADLINE_WORDS:
        return None
    if t.endswith((":", ",", "-", "–", "—", ";")) or t.startswith(("(", "-", "“", '"')):
        return None  # an unfinished line, a dateline or a quote, not a headline
    if t.endswith(".") and not t.endswith("..."):
        return None  # a sentence: headlines do not end in a full stop
    letters = [c for c in t if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.8 * len(letters) and len(words) > 6:
        return None  # a shouted teaser or section banner
    return t


def first_sentence(para: str) -> str:
    """The paragraph's first sentence; a full stop after an abbreviation or an initial does
    not end it."""
    for m in _SENTENCE_GAP.finditer(para):
        before = para[: m.start()].rstrip('"”’)')
        word = re.search(r"([\w.]+)\.$", before)
        if word and (
            word.group(1).lower() in ABBREVIATIONS
            or len(word.group(1)) == 1
            or "." in word.group(1)  # U.S., a.m.
        ):
            continue
        return para[: m.start()].strip()
    return para.strip()


def lead_sentence(text: str) -> str:
    """The first sentence of an article's story (its lead), dateline removed: paragraphs that
    are furniture, labels or captions (no sentence ending) are passed over."""
    for para in text.split("\n"):
        para = _PREFIX.sub("", para.strip())
        if len(_WORD.findall(para)) < MIN_CLAUSE_WORDS or _FURNITURE.match(para):
            continue  # a cross-head, a label, a player line or a stray credit
        if not re.search(r"[.!?][\"”’)]*$", para) or _CREDIT.search(para):
            continue  # a caption or a teaser without its full stop
        return _DATELINE.sub("", first_sentence(para)).strip()
    return ""


def headline_from_sentence(sentence: str) -> str:
    """A headline made from a sentence: its core clause, at most :data:`MADE_HEADLINE_WORDS`
    words, never cut inside a word, without the closing attribution or full stop."""
    s = " ".join(_DATELINE.sub("", sentence.strip()).split())
    s = _TAIL.sub("", s).rstrip(" .,;:")
    s = re.sub(r"\s*\([^()]*\)", "", s)  # asides in brackets
    if len(_WORD.findall(s)) > MADE_HEADLINE_WORDS:
        s = _APPOSITIVE.sub("", s)  # ", a long-time resident," / ", who ...,"
        for _ in range(2):  # "Truthfully, if it hadn't been my job, I ..."
            leading = _LEADING_CLAUSE.match(s)
            rest = s[leading.end() :] if leading else ""
            if len(_WORD.findall(rest)) < MIN_CLAUSE_WORDS or _DEPENDENT.match(rest):
                break  # its main clause needs it ("If X, it is ..."): kept, and cut below
            s = rest[0].upper() + rest[1:]  # "Hours after X, his lawyer…" -> "His lawyer…"
        opening = _OPENING.match(s)
        if opening and len(_WORD.findall(s[opening.end() :])) >= MIN_CLAUSE_WORDS:
            rest = s[opening.end() :]
            s = rest[0].upper() + rest[1:]  # "Following the defeat, Rapinoe…" -> "Rapinoe…"
    if len(_WORD.findall(s)) > MADE_HEADLINE_WORDS:
        for m in _CLAUSE_BREAK.finditer(s):
            if len(_WORD.findall(s[: m.start()])) >= MIN_CLAUSE_WORDS:
                s = s[: m.start()]
                break
    if len(_WORD.findall(s)) > MADE_HEADLINE_WORDS:
        cuts = [
            m.start()
            for m in _SOFT_BREAK.finditer(s)
            if SOFT_CLAUSE_WORDS <= len(_WORD.findall(s[: m.start()])) <= MADE_HEADLINE_WORDS
            and _stands(s[: m.start()])  # not "The man who shot a teenager | after ..."
        ]
        if cuts:
            s = s[: cuts[-1]]  # the longest core clause that fits
    if len(_WORD.findall(s)) > MADE_HEADLINE_WORDS:
        s = _phrase_cut(s)
    words = s.split()
    if len(_WORD.findall(s)) > MADE_HEADLINE_WORDS:
        words = words[:MADE_HEADLINE_WORDS]
        while len(words) > MIN_CLAUSE_WORDS and words[-1].lower().strip(",;:") in _STOP:
            words.pop()  # end on a content word, not "of the"
        s = " ".join(words).rstrip(",;:") + "…"
    return s.rstrip(" .,;:")


def _phrase_cut(s: str) -> str:
    """``s`` cut at its last phrase boundary that keeps at most :data:`MADE_HEADLINE_WORDS`
    words: a comma or dash, or the start of a prepositional or subordinate phrase ("... in
    Ohio", "... after the vote"), so the clause before it stands on its own without "…";
    ``s`` itself when no boundary leaves a clause of :data:`SOFT_CLAUSE_WORDS` words."""
    best = None
    for m in _PHRASE_START.finditer(s):
        left = s[: m.start()].rstrip(" ,;:")
        if (
            SOFT_CLAUSE_WORDS <= len(_WORD.findall(left)) <= MADE_HEADLINE_WORDS
            and _stands(left)
            and not (s[m.start()] == " " and _inside_name(left, s[m.end() :]))
            and not _waits_for_noun(left, s[m.start() :])
        ):
            best = left
    return best or s


def _inside_name(left: str, right: str) -> bool:
    """Whether a cut before a preposition (``right`` starts with it) falls inside a name:
    a capitalised word before it, and after it one capitalised word that a common noun
    continues ("Scientific American Science | in Action award"). Not a day or month ("...
    Superior Court | on Tuesday"), nor a place that ends the phrase ("Hospital | in Paris,")."""
    before = left.split()[-1:]
    after = right.split()[1:4]  # past the preposition
    if not before or not before[0][:1].isupper() or len(left.split()) < 2:
        return False
    if before[0].lower().strip(",.;:") in _TIME_WORDS:
        return False
    if after[:1] and after[0].lower() in {"the", "a", "an"}:
        after = after[1:]
    if len(after) < 2 or not after[0][:1].isupper() or after[0][-1:] in ",.;:":
        return False
    if after[0].lower() in _TIME_WORDS:
        return False  # "... Troy Tulowitzki | on Saturday night"
    nxt = after[1]
    if nxt.strip(",.;:") in _NAMED_THINGS:
        return True  # "Science in Action Award", "Court of Appeals Building"
    return nxt.isalpha() and nxt.islower() and nxt not in _STOP


def _waits_for_noun(left: str, right: str) -> bool:
    """Whether ``left`` ends on a modifier whose noun comes after the cut: a determiner and
    one word before a comma that goes on in lower case ("fans clamor for the saucy | ,
    vaguely pork-y delicacy")."""
    words = left.split()
    if len(words) < 2 or words[-2].lower() not in _DETERMINERS:
        return False
    if not words[-1].islower() or not words[-1].endswith(_ADJECTIVE_ENDINGS):
        return False
    rest = right.lstrip()
    if not rest.startswith(","):
        return False
    nxt = rest[1:].split()[:1]
    return bool(nxt) and nxt[0][:1].islower() and nxt[0].lower() not in _ASIDE_OPENERS


def _stands(phrase: str) -> bool:
    """Whether a cut phrase reads as finished: it ends on a word that needs nothing after it
    (not "of the", "was", "huddling", "whose body was found"), with its quotes, brackets and
    dashed asides closed, and not on a lone word after a comma ("..., left")."""
    words = phrase.split()
    if "," not in phrase and (
        words[0].lower().endswith(("ed", "ing")) or words[0].lower() in _SUBORDINATORS
    ):
        return False  # "Faced with a flood of ...", "If Assad has really ...": no main clause
    if _SUBORDINATE_START.match(phrase) and "," not in phrase:
        return False  # "Mere hours after X confirmed Y": the main clause is after the comma
    last = words[-1].lower().strip("\"“”'’")
    if last in _STOP or last in _OPEN_ENDED or (last.endswith("ing") and last not in _ING_NOUNS):
        return False
    if phrase.count("“") != phrase.count("”") or phrase.count('"') % 2 or "(" in phrase:
        return False
    if len(re.findall(r"\s[-–—]{1,2}\s|--", phrase)) % 2:
        return False  # "A former officer — indicted last week": the aside is still open
    if len(words) > 1 and words[-2].lower() in {"in", "on", "at"} and last in _PREP_NOUNS:
        return False  # "in connection" (with ...)
    if "," in phrase:
        segment = phrase.rsplit(",", 1)[1].split()
        if len(segment) < 3 or segment[0].lower() in _ASIDE_OPENERS:
            return False  # "..., left" / "X, the minority leader" / "X, in this photograph"
    if any(re.split(r"['’]", w.lower())[0] in {"who", "whose", "which"} for w in words):
        return False  # "The man who shot a teenager": the main verb may not have come yet
    relative = [i for i, w in enumerate(words) if w.lower() in _RELATIVE]
    return not relative or len(words) - relative[-1] > RELATIVE_TAIL_WORDS


def _bag(text: str) -> set[str]:
    return {w.lower()[:6] for w in _WORD.findall(text) if w.lower() not in _STOP and len(w) > 2}


def _centrality(text: str, bags: Sequence[set[str]]) -> float:
    """How many words ``text`` shares with the members' word ``bags``, per word of its own."""
    bag = _bag(text)
    return sum(len(bag & b) for b in bags) / (1 + len(bag))


def _central(cands: Sequence[str], bags: Sequence[set[str]]) -> int:
    """Index of the most central candidate; ties go by the text itself, so the members'
    order never changes the answer."""
    return max(range(len(cands)), key=lambda i: (_centrality(cands[i], bags), cands[i]))


def event_headline(titles: Sequence[str | None], texts: Sequence[str]) -> str:
    """The event's headline from its members' titles and texts (same order, one per article).

    The cleaned outlet headline that shares most words with the members' headlines and leads;
    without one, a headline made from the most shared lead sentence; ``""`` when no member
    has any text.
    """
    leads = [lead_sentence(t[:LEAD_CHARS]) for t in texts]
    bags = [_bag(t or "") | _bag(lead) for t, lead in zip(titles, leads, strict=True)]
    heads = list(dict.fromkeys(h for h in (clean_headline(t) for t in titles) if h))
    if heads:
        return heads[_central(heads, bags)]
    standalone = [lead for lead in leads if lead and not _DEPENDENT.match(lead)]
    made = sorted(
        {headline_from_sentence(lead) for lead in standalone or [x for x in leads if x]},
        key=lambda h: (-_centrality(h, bags), h),
    )
    if not made:
        return ""
    # a whole core clause reads better than a cut one, if it is nearly as central
    best = _centrality(made[0], bags)
    whole = [
        h for h in made if not h.endswith("…") and _centrality(h, bags) >= WHOLE_CLAUSE_SHARE * best
    ]
    return whole[0] if whole else made[0]


__all__ = [
    "LEAD_CHARS",
    "MADE_HEADLINE_WORDS",
    "MAX_HEADLINE_WORDS",
    "clean_headline",
    "event_headline",
    "headline_from_sentence",
    "lead_sentence",
    "strip_site_name",
]
