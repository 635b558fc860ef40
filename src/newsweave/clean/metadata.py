"""Article metadata from the text itself: bylines, dates, outlets, URLs, language.

Everything here works on single lines or short strings so that text mode and
HTML mode share it. Dates are returned with where they came from, because a
date read from a dateline and one inferred from a photo caption do not deserve
the same trust (see :class:`FoundDate`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from html import unescape
from urllib.parse import urlsplit

from newsweave.text.dates import PAGE_DATE_LABELS, date_from_url, full_dates

_DATE_PREFIX = re.compile(
    r"^\s*(?:(?:" + "|".join((*PAGE_DATE_LABELS, "date", "on")) + r")\b\s*:?\s*)", re.I
)
# A line that is nothing but a date (and perhaps a label): a dateline, not a sentence.
# Every full date (newsweave.text.dates.full_dates) has a year of 19xx or 20xx: a line with
# none holds no date, and this scan is far quicker than full_dates' case-blind month search.
_YEAR = re.compile(r"(?:19|20)\d\d")
_MAX_DATELINE_EXTRA_WORDS = 6  # "Published 10:32 am EDT, Sunday ..." still counts as a dateline


# The source of a date found only in a photo's caption (the last resort): the day of the
# picture, which a later reader (the timeline's anchor) may have to doubt.
CAPTION_DATE = "caption"


# The source of a date read from a page's stamp set off in its byline or title line ("By Jane
# Doe / Published March 24, 2017"): the page says when it was put out.
STAMP_DATE = "stamp"
# The source of a date read from a bracketed stamp closing a line of prose ("NBC10's Lu Ann Cahn
# has the details. (Published Tuesday, April 23, 2013)"): a video's teaser above the story,
# which may be newer than the text below it (multinews 16: a text that says the crown "will be
# awarded ... Thursday night" under a video of the Friday after, which says it "was awarded").
TEASER_DATE = "teaser"


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date and where it came from: dateline | stamp | teaser | url | caption."""

    value: datetime
    source: str
    text: str


def dateline(line: str) -> datetime | None:
    """The date when ``line`` is a dateline ("May 11, 2025", "Updated: 2025-05-11 10:00")."""
    s = line.strip()
    if len(s) > 80 or not _YEAR.search(s):  # most page lines: no date parsing at all
        return None
    dates = full_dates(s)
    if not dates:
        return None
    d, a, b = dates[0].value, dates[0].start, dates[0].end
    rest = (s[:a] + " " + s[b:]).strip()
    rest = _DATE_PREFIX.sub("", rest)
    words = re.findall(r"\w+", rest)
    if len(words) > _MAX_DATELINE_EXTRA_WORDS:
        return None
    return d


# A gallery's captions run into one line, each closed by its counter ("… AP 48 of 68 Skip in
# Skip"): page furniture to the cleaner, and no page date (see :func:`page_date`).
GALLERY = re.compile(r"\bHide Caption \d+ of \d+\b|\b\d+ of \d+ Skip in Skip\b")
# A caption of an archive picture dates the picture, not the story.
FILE_PHOTO = re.compile(
    r"\bfile(?: photo| picture| image)?\b|\barchive (?:photo|picture|image)\b|"
    r"\bin this (?:\w+ ){0,6}(?:photo|picture|image)\b|\b(?:photo|picture) taken (?:in|on)\b",
    re.I,
)


# A stamp that closes a line: a bracketed one after prose (a teaser's: "... has the details.
# (Published Tuesday, April 23, 2013)") or one set off by a separator ("By Jane Doe / Published
# March 24, 2017"). Its word is capitalised as a page's label is: a story's own "(published
# March 3, 2014)" dates a report.
_STAMP_WORD = r"(?:First [Pp]ublished|Published|Updated|Posted|Last [Uu]pdated)\b"
_STAMP = re.compile(
    rf"(?:\S\s*\((?P<teaser>{_STAMP_WORD}[^()]{{1,60}}?)\s*\)"
    rf"|\s[/|·•]\s+(?P<label>{_STAMP_WORD}[^()/|·•]{{1,60}}?))\s*$"
)


def stamp(line: str) -> FoundDate | None:
    """The date of a stamp that closes ``line`` (:data:`_STAMP`) when it is nothing but a date
    and its label (as :func:`dateline` reads one): a teaser's (:data:`TEASER_DATE`) or the
    page's own (:data:`STAMP_DATE`); else None."""
    if not _YEAR.search(line):
        return None
    m = _STAMP.search(line)
    if m is None:
        return None
    d = dateline(m["teaser"] or m["label"])
    if d is None:
        return None
    return FoundDate(d, TEASER_DATE if m["teaser"] else STAMP_DATE, line)


# Datelines and stamps count in the header and in this many of the body's first lines: further
# down, a stamp closes a related video's teaser, which may be of an older story.
TOP_BODY_LINES = 3


def page_date(
    lines: list[str], reasons: list[str | None], a: int, b: int, found_url: str | None
) -> FoundDate | None:
    """The page's date, from its ``lines`` as the cleaner marked them (``reasons``; the body
    is lines ``a`` to ``b``): a dateline near the top; else the earliest stamp there (a page is
    updated after it is published; the stamp may sit in a line the cleaner keeps as prose or
    drops as a byline or a teaser); else the URL's; else the latest dated caption that is
    neither an archive picture's ("FILE - In this May 2, 2016 photo ...") nor a gallery's. A
    gallery runs through the story's past ("Photos: Sinking of the Musashi ... on October 24,
    1944. Hide Caption 1 of 6"; a search's 43 pictures of two years): its dates are its
    pictures', not the day the page was written.

    "Near the top" is the header and the body's first :data:`TOP_BODY_LINES` lines.
    """
    top = list(range(a)) + list(range(a, min(b, a + TOP_BODY_LINES)))
    for i in top:
        if reasons[i] == "date":
            d = dateline(lines[i])
            if d is not None:
                return FoundDate(d, "dateline", lines[i])
    stamps = [f for i in top if (f := stamp(lines[i])) is not None]
    if stamps:
        return min(stamps, key=lambda f: f.value.replace(tzinfo=None))
    d = date_from_url(found_url)
    if d is not None:
        return FoundDate(d, "url", found_url or "")
    caps = [
        (f.value, line)
        for line, reason in zip(lines, reasons, strict=True)
        if reason == "caption" and not FILE_PHOTO.search(line) and not GALLERY.search(line)
        for f in full_dates(line)
    ]
    if caps:
        d, src = max(caps, key=lambda t: t[0].replace(tzinfo=None))
        return FoundDate(d, CAPTION_DATE, src)
    return None


_UPDATED_LABEL = re.compile(
    r"^\s*(updated|published|posted|last updated|first published)\s*:?\s*$", re.I
)


def is_date_label(line: str) -> bool:
    """A bare "Updated:" / "Published" label left over from a page's date widget."""
    return bool(_UPDATED_LABEL.match(line))


# --------------------------------------------------------------------------- bylines

_BYLINE_STARTS = frozenset("bBwW[")  # the first character _BY can match, or a link's "["
_BY = re.compile(r"^\s*(?:written\s+)?by[:\s]+(?P<name>.+?)\s*$", re.I)
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)]*)\)")
_NAME_WORD = re.compile(
    r"^(?:[A-Z][a-zà-ÿ]*(?:['’\-][A-Z]?[a-zà-ÿ]+)*|[A-Z]\.|[A-Z][a-z]?[A-Z][a-z]+|"
    r"de|van|von|der|da|al|bin|el|la|le)$"
)
_BYLINE_STOP = re.compile(
    r"\b(updated|published|posted|min read|minutes? ago|hours? ago|\d{4}|read|share|follow)\b", re.I
)


def strip_markdown_links(s: str) -> str:
    """``[AFP](#)`` → ``AFP``; ``<https://x>`` → ``https://x``."""
    s = _MD_LINK.sub(r"\1", s)
    return re.sub(r"<(https?://[^>\s]+)>", r"\1", s)


def byline_from_line(line: str) -> str | None:
    """``By [AFP](#)`` → ``AFP``; ``By Jane Doe and John Roe, Reuters`` → that name list."""
    # most lines: no regex work (every page line is asked). A byline starts with "by" or
    # "written" (after spaces), or with a markdown link that may turn into either.
    if line.lstrip()[:1] not in _BYLINE_STARTS or "by" not in line.lower():
        return None
    m = _BY.match(strip_markdown_links(line))
    if not m:
        return None
    name = m["name"].strip(" |·-–,")
    # "By all indications, he is ..." / "By 6:40 a.m. the fire ...": a sentence, not a byline
    if not (name[:1].isupper() or name[:1] in "[@") or re.search(r"\d[:.]\s?\d", name):
        return None
    if re.search(r"[a-z]{2}[.!?]$", name) and len(name.split()) > 4:
        return None
    name = re.split(r"\s+[|·•]\s+|\s{2,}", name)[0]
    name = _BYLINE_STOP.split(name)[0].strip(" ,|-–/") if _BYLINE_STOP.search(name) else name
    if not name or len(name) > 80 or len(name.split()) > 12:
        return None
    return name


# Capitalised words that make up page furniture ("Top News"), never a person's name.
_NOT_NAME_WORDS = frozenset(
    [
        "news",
        "top",
        "related",
        "articles",
        "article",
        "comments",
        "comment",
        "home",
        "world",
        "politics",
        "business",
        "sports",
        "sport",
        "opinion",
        "latest",
        "more",
        "video",
        "videos",
        "live",
        "menu",
        "search",
        "share",
        "follow",
        "subscribe",
        "newsletter",
        "advertisement",
        "sponsored",
        "content",
        "read",
        "watch",
        "listen",
        "photos",
        "photo",
        "gallery",
        "most",
        "popular",
        "trending",
        "breaking",
        "editor",
        "editors",
        "pick",
        "picks",
        "story",
        "stories",
        "the",
        "our",
        "your",
        "all",
        "europe",
        "africa",
        "asia",
        "us",
        "uk",
        "hashtags",
        "tags",
        "features",
        "local",
        "national",
        "international",
        "economy",
        "tech",
        "technology",
        "science",
        "health",
        "culture",
        "entertainment",
        "lifestyle",
        "travel",
        "weather",
        "markets",
        "sign",
        "log",
        "in",
        "out",
        "main",
        "navigation",
        "privacy",
        "policy",
        "terms",
        "contact",
        "about",
    ]
)


def is_person_name(line: str) -> bool:
    """A bare name line such as "Ryan Morgan" (2–4 capitalised words, nothing else)."""
    s = line.strip()
    if not 4 <= len(s) <= 40 or any(ch.isdigit() for ch in s):
        return False
    words = s.split()
    if not 2 <= len(words) <= 4 or any(w.lower() in _NOT_NAME_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and s[-1] not in ".!?:"


# --------------------------------------------------------------------------- outlets and urls

_ORIGINAL_URL = re.compile(
    r"^\s*(?:original\s+(?:url|link|article)|source|url)\s*:\s*(?P<url>\S+)?\s*$", re.I
)
# An http(s) URL inside running text (stops at whitespace, angle brackets and closing brackets).
URL_RE = re.compile(r"https?://[^\s<>\])]+")

# Domains of outlets frequently met in news corpora, to give a human name to a URL.
KNOWN_OUTLETS = {
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "AFP",
    "bbc.com": "BBC",
    "bbc.co.uk": "BBC",
    "cnn.com": "CNN",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "ft.com": "Financial Times",
    "bloomberg.com": "Bloomberg",
    "aljazeera.com": "Al Jazeera",
    "themoscowtimes.com": "The Moscow Times",
    "theepochtimes.com": "The Epoch Times",
    "nypost.com": "New York Post",
    "foxnews.com": "Fox News",
    "cnbc.com": "CNBC",
    "newsweek.com": "Newsweek",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "euronews.com": "Euronews",
    "dw.com": "Deutsche Welle",
    "france24.com": "France 24",
    "kyivindependent.com": "The Kyiv Independent",
    "tass.com": "TASS",
    "rt.com": "RT",
    "punchng.com": "Punch",
    "theglobalpost.com": "GlobalPost",
    "npr.org": "NPR",
    "nbcnews.com": "NBC News",
    "cbsnews.com": "CBS News",
    "abcnews.go.com": "ABC News",
    "usatoday.com": "USA Today",
    "latimes.com": "Los Angeles Times",
    "independent.co.uk": "The Independent",
    "telegraph.co.uk": "The Telegraph",
    "dailymail.co.uk": "Daily Mail",
    "economist.com": "The Economist",
    "time.com": "Time",
    "axios.com": "Axios",
    "thehill.com": "The Hill",
    "lemonde.fr": "Le Monde",
    "spiegel.de": "Der Spiegel",
    "japantimes.co.jp": "The Japan Times",
    "scmp.com": "South China Morning Post",
    "hindustantimes.com": "Hindustan Times",
    "timesofindia.indiatimes.com": "The Times of India",
    "abc.net.au": "ABC News (Australia)",
    "cbc.ca": "CBC News",
    "globalnews.ca": "Global News",
    "venturebeat.com": "VentureBeat",
    "theverge.com": "The Verge",
    "techcrunch.com": "TechCrunch",
    "yahoo.com": "Yahoo News",
    "msn.com": "MSN",
    "businessinsider.com": "Business Insider",
    "forbes.com": "Forbes",
    "theatlantic.com": "The Atlantic",
    "vox.com": "Vox",
}

_CORP_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc|llc|ltd|limited|corporation|corp|company|co|group|media|holdings|publishing|"
    r"plc|gmbh|ag|sa|news\s+media|&|and)\.?)+\s*$",
    re.I,
)
# What a page's own copyright notice says and a picture's credit ("© Reuters") does not: a year
# or the rights it reserves.
_NOTICE = re.compile(r"\b(?:19|20)\d\d\b|\brights reserved\b", re.I)
# The holder runs to the first full stop, bar, or dash set off by a space ("… ClickOnDetroit -
# All rights reserved"): a dash inside a name ("WGCL-TV") is part of it.
_COPYRIGHT = re.compile(
    r"^\s*(?:copyright|©|\(c\))\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?:by\s+)?(?P<holder>[^.|]+?)\s*(?:\.|\||\s[-–]|$)",
    re.I,
)
# A holder's parent company in brackets ("WGCL-TV (Meredith Corporation)"): not the outlet's name.
_PARENT = re.compile(r"\s*\([^)]*\)")
# "&E;" in "E&E; Publishing": a "&" whose name was taken for an entity's and given a ";" by an
# earlier escaping pass. A real entity ("&amp;") is unescaped; any other "&name;" loses its ";".
_ENTITY = re.compile(r"&(#?\w+);")


def original_url(line: str) -> str | None:
    """The URL of an "Original url: <https://…>" line (or None)."""
    s = strip_markdown_links(line)
    m = _ORIGINAL_URL.match(s)
    if m and m["url"]:
        u = URL_RE.search(m["url"])
        return u.group(0) if u else None
    return None


def domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    host = host.lower()
    return host[4:] if host.startswith("www.") else (host or None)


def outlet_from_url(url: str | None) -> str | None:
    """A human outlet name for a URL: the known-outlets table, else the bare domain."""
    host = domain(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        cand = ".".join(parts[i:])
        if cand in KNOWN_OUTLETS:
            return KNOWN_OUTLETS[cand]
    return host


def is_copyright_notice(line: str) -> bool:
    """A copyright line with a year or "All rights reserved": a page's notice, not the bare
    "© Name" that credits a picture."""
    return bool(_NOTICE.search(line))


def _entity_text(m: re.Match[str]) -> str:
    """An entity's character ("&amp;" → "&"); "&E;", no entity, → "&E"."""
    whole = m.group(0)
    text = unescape(whole)
    return text if text != whole else f"&{m[1]}"


def outlet_from_copyright(line: str) -> str | None:
    """ "Copyright © 2025 GlobalPost Media Corporation. All Rights Reserved." → "GlobalPost";
    "Copyright 2016 by WDIV ClickOnDetroit - All rights reserved." → "WDIV ClickOnDetroit"."""
    m = _COPYRIGHT.match(line)
    if not m:
        return None
    holder = m["holder"].strip(" :,")
    if not holder or re.match(r"^all rights", holder, re.I):
        return None
    holder = _ENTITY.sub(_entity_text, _PARENT.sub("", holder))
    holder = _CORP_SUFFIX.sub("", holder).strip(" ,.-")
    if not holder or len(holder) > 60 or len(holder.split()) > 6:
        return None
    return holder


# --------------------------------------------------------------------------- language

# Languages whose stopword lists we compare (jusText ships lists for 100 languages;
# these are the ones common in news and distinguishable by stopwords).
_LANGS = {
    "English": "en",
    "German": "de",
    "French": "fr",
    "Spanish": "es",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Polish": "pl",
    "Czech": "cs",
    "Swedish": "sv",
    "Danish": "da",
    "Norwegian_Bokmal": "no",
    "Finnish": "fi",
    "Turkish": "tr",
    "Romanian": "ro",
    "Hungarian": "hu",
    "Greek": "el",
    "Indonesian": "id",
    "Croatian": "hr",
    "Catalan": "ca",
    "Arabic": "ar",
    "Persian": "fa",
    "Vietnamese": "vi",
}
_MIN_STOPWORD_SHARE = 0.12  # below this no list fits: say "unknown" rather than guess
_MIN_STOPWORD_HITS = 4  # a menu's few words match some list by chance
_PROSE_LINE_WORDS = 8  # a line this long is prose; shorter ones (menus, numbers) are skipped
_LETTERS = re.compile(r"[^\W\d_]+")  # a word for the stopword lists: letters only


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {code: frozenset(justext.get_stoplist(name)) for name, code in _LANGS.items()}


@lru_cache(maxsize=1)
def _stopword_langs() -> dict[str, tuple[str, ...]]:
    """Each stopword with the languages that list it: a text's words are looked up once."""
    index: dict[str, list[str]] = {}
    for code, words in _stoplists().items():
        for w in words:
            index.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """The stopword lists of every language above together: the words a page of any of them
    uses whatever its story (a language few stored pages share makes its own rare)."""
    return frozenset().union(*_stoplists().values())


def stopwords(lang: str | None) -> frozenset[str]:
    """The stopword list of an ISO 639-1 language (empty when unknown)."""
    return _stoplists().get(lang or "", frozenset())


def detect_language(text: str, *, max_words: int = 2000) -> str | None:
    """ISO 639-1 code from stopword shares (fast, no model); None when unsure."""
    # prose lines only: menus and numbers ("21 Day Fix", "P90X3") look like any language
    # (a split that stops after that many words tells a prose line without splitting it all)
    prose = [
        ln
        for ln in text[: max_words * 20].splitlines()
        if len(ln) >= 2 * _PROSE_LINE_WORDS - 1
        and len(ln.split(None, _PROSE_LINE_WORDS - 1)) >= _PROSE_LINE_WORDS
    ]
    sample = "\n".join(prose) if sum(map(len, prose)) >= 200 else text[: max_words * 8]
    words = _LETTERS.findall(sample.lower())[:max_words]
    if len(words) < 5:
        return None
    hits_of: Counter[str] = Counter()
    index = _stopword_langs()
    counts = Counter(words)
    for w in counts.keys() & index.keys():  # each distinct stopword looked up once, for every list
        n = counts[w]
        for code in index[w]:
            hits_of[code] += n
    best, best_share, best_hits = None, 0.0, 0
    for code in _stoplists():  # in the lists' order: the first of equal shares wins, as ever
        hits = hits_of[code]
        if hits / len(words) > best_share:
            best, best_share, best_hits = code, hits / len(words), hits
    ok = best_share >= _MIN_STOPWORD_SHARE and best_hits >= _MIN_STOPWORD_HITS
    return best if ok else None
