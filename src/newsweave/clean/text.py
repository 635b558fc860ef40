"""Text mode: the story's body out of a page's text as a scraper or a copy-paste gives it.

The input is lines: the headline, a byline, share buttons, ads, photo captions,
the paragraphs of the story, then pitches, copyright and "Related Articles".
Cleaning works on line-level features only (length, sentence punctuation, the
share of stopwords, capitalisation, credit patterns, a small lexicon of page
furniture, position), so it carries over to any outlet:

1. every line gets a *junk reason* when it is page furniture for sure
   (``advertisement``, ``share``, ``caption``, ``credit``, ``subscription``,
   ``related``, ``comments``, ``copyright``, ``navigation``, ``player``, ...);
2. every line gets a weight: prose lines count for their length, short lines
   and furniture against; the body is the contiguous run of lines with the
   largest total weight (a maximum-sum segment). "Comments" ends a story;
   "Related Articles", "More from X" or an "11 minutes ago" item suspend it,
   and it goes on only if prose resumes (two paragraphs in a row), which a
   list of teasers never does (see :func:`_body_segment`);
3. inside that run, furniture is dropped and everything else is kept in order,
   short lines included: cross-heads such as "NO CEASEFIRE?" are the outlet's
   own structure and are kept as body (the benchmark's ground truth keeps them
   too); a closing "Reuters contributed to this report." is kept because it
   says where the story came from;
4. lines before the run are the header: headline, teaser, byline, dateline,
   captions; lines after it the tail. Metadata is read from both.

Every dropped line becomes a :class:`~newsweave.models.RemovedSegment` with its
reason and its offsets in the raw input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsweave.clean import metadata as md
from newsweave.clean.datelines import dateline_source, glued_caption_cuts, mark_before_dateline
from newsweave.clean.metadata import FoundDate
from newsweave.clean.quick import fold_case, found, quick_tests
from newsweave.models import RemovedSegment
from newsweave.text.dates import full_dates
from newsweave.text.headline import clean_headline
from newsweave.text.lexicons import unglue_sentences

# --------------------------------------------------------------------------- thresholds

# Weights were tuned on AEB's flattened pages (bench/bench_extract.py), never on the seeds'
# golden tests: stopword share 0.25 and short-line cost 40 beat 0.15-0.30 and 15-90.
GOOD_MIN_WORDS = 10  # a prose paragraph has at least this many words...
GOOD_MIN_STOPWORD_SHARE = 0.25  # ...and this share of stopwords (jusText uses 0.30 on blocks)
LONG_LINE_WORDS = 30  # a line this long counts as prose even without final punctuation
SHORT_LINE_COST = 40.0  # cost of crossing one short non-prose line (nav item, heading)
FURNITURE_COST = 30.0  # cost of crossing an ad / caption / share line inside a body
TAIL_COST = 250.0  # cost of crossing a pitch, copyright notice or comments widget
AFTER_TAIL_DISCOUNT = 0.4  # a fresh run after "Related Articles" is mostly other stories' teasers
AFTER_COMMENTS_DISCOUNT = 0.15  # prose after "Comments" is readers' comments
RESUME_AFTER_PROSE_LINES = 2  # prose lines in a row after a "Related" box: the story goes on
MIN_PROSE_BEFORE_TAIL = 300  # a "Comments" link in a share bar above the story ends nothing
WRAPPED_LINE_MIN_CHARS = (
    30  # a line this long, unfinished, and followed by lowercase is hard-wrapped
)
GOOD_MIN_CHARS = 60  # a first line lighter than this, shaped like a headline, is the headline
SHORT_SENTENCE_MIN_WORDS = 3  # "No one was hurt." next to the story is part of it
MAX_TEASER_CAPTION_WORDS = 45  # a caption above a credit line is at most this long
DUPLICATE_MAX_CHARS = 400  # exact repeats shorter than this are widgets (pull quotes, teasers)
MAX_CREDIT_WORDS = 14  # a photo or video credit line is never longer
# Up to this many words, a line with a newsletter's or a subscription's word is the box's own
# heading or button ("The Brief Newsletter", "Email Sign Up", "Free Sign Up"); a longer one
# must address the reader to be a pitch.
SHORT_PITCH_WORDS = 12
# A sign-up form's text scraped whole into one line runs to ~90 words (a captcha's prompt, its
# errors, its thanks); a paragraph of a story about newsletters is not made of form messages.
MAX_FORM_WORDS = 150
MIN_FORM_MESSAGES = 2  # distinct form messages (:data:`_FORM_MESSAGE`) that make a line a form
MAX_VIDEO_BLURB_WORDS = 60  # a video's title and description; a longer line is a paragraph

# --------------------------------------------------------------------------- lexicon

_I = re.I


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _I)


_ADVERT = _rx(
    r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content| links?)?|promoted|"
    r"paid (?:content|post)|partner content|(?:story|article|text) continue[sd] (?:below|after)"
    r"(?: (?:this )?(?:advertisement|ad))?|continue reading(?: below| the main story)?|"
    r"scroll (?:down )?to continue(?: with content)?|skip (?:this )?ad|ad feedback|report this ad|"
    r"close ad|advertisement\s*[-–:].*)\s*[.:]?$"
)
_SHARE = _rx(
    r"^(?:(?:kindly |please )?share(?: this| the)?(?: story| article| post| page| on| via| to)?"
    r"(?:\s+\S+){0,3}|(?:click to )?share on \S+(?: \S+)?|tweet(?: this)?|e-?mail(?: this)?|print(?: this)?|"
    r"copy(?: the)? link|link copied|facebook|twitter|x|whatsapp|linkedin|telegram|reddit|"
    r"pinterest|flipboard|messenger|sms|pocket|copy|save(?: article)?|gift(?: this)? article|"
    r"follow us(?: on \S+)?)\s*[:!.]?$"
)
_STRONG_PITCH = _rx(
    r"\bnewsletters?\b|\bin your inbox\b|\bsign up\b|\bsubscribe\b|\bfree\b.{0,25}\btrial\b|"
    r"\balready (?:a )?(?:subscriber|member|registered)\b|\bsupport (?:our|independent|quality) "
    r"journalism\b|\bbecome a (?:member|subscriber|supporter)\b|\bunlimited (?:digital )?access\b|"
    r"\bsubscribers? only\b|\bto continue reading\b|\bcreate (?:a )?free account\b"
)
# A quotation inside a line (its words are the speaker's, not the page's).
_QUOTED = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")
# A pitch speaks to the reader: "you", "your inbox", or an imperative opening a sentence
# ("Sign up for ...", "[Sign up ...", "... today. SUBSCRIBE NOW", "please click here").
_ADDRESSED = _rx(
    r"\byou(?:r|rs|'ll|’ll|'re|’re)?\b|(?:^|[.!?:\[\]]\s*)(?:sign up|subscribe|click|join|get|"
    r"download|follow|read|please|stay)\b|\bclick here\b"
)
# A web form's own messages ("Please verify you're not a robot by clicking the box. Invalid email
# address. Please re-enter. ... Thank you for subscribing. An error has occurred.").
_FORM_MESSAGE = _rx(
    r"\bnot a robot\b|\binvalid e-?mail\b|\bplease re-?enter\b|\bthank you for (?:subscribing|"
    r"signing up)\b|\ban error has occurred\b|\bplease try again\b"
)
_WEAK_PITCH = _rx(r"\bsubscription\b|\$\s?\d+(?:\.\d\d)?\b|\bper (?:month|year)\b|\ba month\b")
_INVITE = _rx(
    r"^(?:join|get|try|start|pay|save|unlock|enjoy|and you get|for only|only)\b|\bpay only\b|\bfor (?:just|only)\b|\byou(?:'ll)? get\b"
)
_COPYRIGHT = _rx(r"^(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b")
_COMMENTS = _rx(
    r"^(?:comments?|\d+\s+comments?|no comments(?: yet)?\W*|be the first to comment\W*|"
    r"leave a (?:comment|reply)|add (?:a|your) comment|(?:view|show|load|see|read) (?:all )?"
    r"(?:\d+ )?comments?|join the (?:conversation|discussion)|post (?:a )?comment|"
    r"comment on this (?:story|article)|conversation|discussion|\d+ (?:replies|reactions)|"
    r"share your thoughts.{0,30}|(?:top|most|best) (?:rated|recent|popular|liked|voted) comments|"
    r"(?:reader|readers'?|user) comments|comments? \(\d+\)|view all)\s*[:.]?$"
)
# "Jane on September 12, 2018 at 4:47 pm said:", "Reply", "12 likes"
_COMMENT_META = _rx(
    r"^.{2,80}\b(?:said|says|wrote|commented|replied)\s*:?$|^(?:reply|report(?: abuse)?|flag|"
    r"like|\d+ likes?|\d+ points?|permalink|share this comment|load more comments|"
    r"(?:rating:?\s*)?[+-]?\d+ votes?|upvote|downvote)\s*$"
)
_COOKIES = _rx(
    r"\bcookies?\b.*\b(?:use|accept|consent|policy|settings|preferences|browsing|experience)\b|"
    r"\b(?:accept|consent)\b.*\bcookies?\b|\bpersonali[sz]ed (?:ads|advertising|content)\b.*\b"
    r"(?:privacy|consent|partners)\b"
)
# "Police: 2 In Custody After Death Of Student-AthleteA 24-year-old woman ...": a teaser's
# headline glued to its summary (two inline elements with no space between them)
_GLUED_HEADLINE = re.compile(r"^(?P<head>(?:\S+\s+){2,20}?\S*?[a-z0-9)’'”])(?=[A-Z][a-z]*\s)")
_GLUE_POINT = re.compile(r"[a-z0-9)’'”][A-Z]")  # where every _GLUED_HEADLINE match ends
_TIME_AGO = _rx(
    r"^(?:updated |posted |published )?(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|"
    r"year)s?\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?)?\.?$"
)
_ELLIPSIS_END = re.compile(r"(?:\.\.\.|…)\s*[\]»)]*$")
_TAIL_HEADING = _rx(
    r"^(?:related(?: articles?| stories| news| content| coverage| posts| links| topics| reading|"
    r" videos?)?|more (?:from|on|in|stories|news|articles|coverage|to read|like this)\b.{0,40}|"
    r"read (?:more|next|also)|what to read next|recommended(?: for you| stories| articles| reading)?|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|most (?:read|popular|viewed|"
    r"shared|commented)(?: stories| articles| news)?|trending(?: now| stories| news)?|"
    r"top (?:news|stories|headlines)|editor'?s?'? picks?|popular (?:stories|now|articles)|"
    r"latest (?:news|stories|articles|headlines)|don'?t miss|also read|see also|further reading|"
    r"(?:from )?around the web|up next|more to explore|in (?:other|case you missed) .{0,30}|"
    r"recommended videos?|sponsored stories|promoted stories|from our partners|"
    r"more(?: from)?(?: (?-i:[A-Z])[\w'’&.-]*){1,3})\s*[:.]?$"
)
_RELATED_LINK = _rx(
    r"^(?:related(?: article| story| content| coverage)?|read (?:more|also)|also read|see also|"
    r"more|watch|listen|recommended|read next|must read|also see|read)\s*[:|>»-]\s*\S"
)
# Another page's teaser ("How the strike ends Read more"): a link's words, not prose's "read more."
_READ_MORE_END = re.compile(r"\bRead (?:more|next|full (?:story|article))\s*[»›>]*$")
_PLAYER = _rx(
    r"^(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)?|play(?: video)?|pause|"
    r"replay|mute|unmute|now playing|up next|loaded:? ?\d+(?:\.\d+)?%|listen(?: to (?:this )?"
    r"(?:article|story))?(?:\s*\d+ min)?|\d+ min(?:ute)?s? (?:read|listen)|watch(?: now| video)?|"
    r"(?:video|audio) (?:player|duration)|duration \d.*|fullscreen|close|expand|collapse)\s*[.:]?$"
)
_NAVIGATION = _rx(
    r"^(?:hashtags|tags?|topics?|categories|filed under|skip to (?:main )?content|menu|search|"
    r"home|back to top|font size|text size|log ?in|log ?out|sign in|sign out|register|"
    r"try our ai features|explore what .{1,40} can do for you|download (?:the|our) app.*|"
    r"get the app|open in app|privacy policy|terms (?:of (?:use|service)|and conditions)|"
    r"cookie (?:policy|settings)|contact us|about us|accessibility|site ?map|"
    r"(?:previous|next)(?: article| story| post)?|view gallery|see all|show more|load more|"
    r"more|ok|accept|view all)\s*[:.]?$"
)
# Photo and video credits: "Ukrinform/Shutterstock", "AFP via Getty Images", "REUTERS".
_AGENCY = (
    r"(?:shutterstock|getty(?: images)?|reuters|afp|ap(?: photo)?|epa(?:-efe)?|efe|alamy|istock(?:photo)?|"
    r"pool|handout|sputnik|tass|xinhua|anadolu(?: agency)?|nurphoto|sipa|zuma(?: press)?|dpa|"
    r"bloomberg|ria novosti|kremlin\.ru|wikimedia commons|pexels|unsplash|courtesy(?: of .+)?|"
    r"file|press association|pa(?: wire| images)?|abaca(?:press)?|imago|rex|"
    # an AP gallery's caption ends "... (Associated Press)": 94 lines of 20 Multi-News pages,
    # every one a photo's caption, and 93 kept as the story's text before
    r"associated press)"
)
_CREDIT_WORDS = _rx(
    r"^(?:photo(?:graph)?s?|image|picture|pic|illustration|video|credit|photo credit|"
    r"source|graphic)\s*(?::|by\b|credit\b|©)"
)
_CREDIT_TAIL = _rx(
    r"(?:\bvia\s+"
    + _AGENCY
    + r"|/\s*"
    + _AGENCY
    + r"|\(\s*"
    + _AGENCY
    + r"\s*\)|\(\s*"
    + _AGENCY
    + r"\s*/[^()]{1,60}\))\s*\)?$"
)
_AGENCY_ONLY = _rx(r"^(?:\(?" + _AGENCY + r"\)?(?:\s*(?:/|via|and|,)\s*" + _AGENCY + r")*)\s*$")
_SLASH_CREDIT = re.compile(r"^(?=.*[^\W\d_]{2})[\w .'’&-]{2,40}(?:/[\w .'’&-]{2,40}){1,5}$")
_COUNT_PREFIX = re.compile(r"^\d{1,2}\s+(?=[A-Z])")  # "8 Russian President ..." (photo counter)
_PHOTO_CUE = _rx(
    r"\b(?:pictured|is seen|are seen|seen here|poses?|posing|speaks to the media|gives a statement|"
    r"attends?|looks on|gestures|arrives? (?:at|for)|waves|stands|lights up|billows|"
    r"file photo|in this (?:file )?(?:photo|image|picture)|(?:photo|image) taken|photographed)\b"
)
_CAPTION_DATE_END = _rx(
    r"\bon\s+"
    + r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}\.?$"
)
_INLINE_CREDIT = re.compile(r"[.!?]\s+(?P<credit>[^.!?]{3,140})$")
# An embedded post's text as a page's text keeps it: the post, then its signature
# "— Name (@handle) April 1, 2017" (a tweet's embed). The outlet's own prose quotes what it
# needs; the embed is a widget, and its lines ("But Jon Ossoff is on 4/18.") are no statement.
_EMBED_SIGNATURE = re.compile(
    r"[—–-]\s*[^()\n—–]{1,60}\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*$"
)
# A caption under its label, as a BBC page's text keeps it ("Image caption Paul was ...",
# "Media caption Watch: ..."): the photo's or the player's, not the story's.
_CAPTION_LABEL = re.compile(r"^(?:Image|Media|Video|Photo) caption\s+\S")
# A video's running time in brackets, ending its description or between its title and its
# description ("Wedding costs soar to new highs (3:40) As Americans feel ...", "... details
# the surveillance video. (3:31)"): the player's blurb, not the story's prose, which writes a
# time as words run ("ran the mile in 3:59").
_RUNNING_TIME = re.compile(r"\((?:\d{1,2}:)?\d{1,2}:[0-5]\d\)(?=\s*$|\s+[A-Z])")
_BARE_URL = re.compile(r"^\s*<?https?://\S+>?\s*$")
_DOMAIN_ONLY = re.compile(r"^[\w-]+(?:\.[\w-]+)+$")
_SENT_END = re.compile(r"[.!?…;:][\"'”’»)\]]*$|[\"”»]$")
_WORD = re.compile(r"\w+", re.UNICODE)
# Characters that show as nothing and only split words for a reader's search or a quote's
# match ("​CNN ​is being sued", pasted from a CMS): zero-width space, word joiner, a stray
# byte-order mark. Not the zero-width (non-)joiners, which shape Persian or Hindi words.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")
# A closing curly double mark a scrape could not decode: its first byte became the replacement
# character and its last a "?" ("claiming that “credible sources�? have told him"; 18 times in
# the 690 multinews documents, each closing a quotation). Restored only after a word or a
# stop and where a quotation is open, so a lost letter before a real question mark stays.
_LOST_CLOSING_MARK = re.compile(r"(?<=\S)\ufffd\?(?=[\s,.;:)!?—–-]|$)")

_CONTRIBUTION = _rx(
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|^\(?(?:additional )?"
    r"reporting by\b|^\(?writing by\b|^\(?editing by\b|^\(?compiled by\b"
)

# The searches junk_reason runs on most lines, each behind its quick tests.
_QUICK = {rx: quick_tests(rx) for rx in (_COOKIES, _COPYRIGHT, _STRONG_PITCH, _WEAK_PITCH, _INVITE)}

# Reasons whose lines end a story rather than interrupt it.
TAIL_REASONS = frozenset({"subscription", "copyright", "comments", "comment-meta", "cookies"})


@dataclass(frozen=True, slots=True)
class Line:
    text: str  # normalised: markdown links reduced to their text, spaces collapsed
    start: int  # offsets of the line (stripped) in the raw input
    end: int


@dataclass(frozen=True, slots=True)
class TextCleaning:
    """The outcome of text mode, before extract.py turns it into an Article."""

    text: str
    removed: tuple[RemovedSegment, ...]
    title: str | None
    byline: str | None
    date: FoundDate | None
    url: str | None
    outlet: str | None
    language: str | None


def split_lines(raw: str) -> list[Line]:
    out = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        stripped = piece.strip()
        if stripped:
            start = pos + len(piece) - len(piece.lstrip())
            if "[" in stripped or "<" in stripped:
                text = " ".join(md.strip_markdown_links(stripped).split())
            elif "  " in stripped or not stripped.isprintable():
                text = " ".join(stripped.split())
            else:  # single spaces are its only whitespace (every other kind is unprintable)
                text = stripped
            out.append(Line(text, start, start + len(stripped)))
        pos += len(piece)
    return out


def _unwrap(lines: list[Line]) -> list[Line]:
    """Join hard-wrapped lines ("...has taken" / "to her Instagram page ...") into one."""
    out: list[Line] = []
    for ln in lines:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.text) >= WRAPPED_LINE_MIN_CHARS
            and ln.text[:1].islower()
            and not _SENT_END.search(prev.text)
            and junk_reason(prev.text) is None
            and junk_reason(ln.text) is None
        ):
            out[-1] = Line(prev.text + " " + ln.text, prev.start, ln.end)
        else:
            out.append(ln)
    return out


def _is_credit(s: str) -> bool:
    """A photo or video credit line."""
    return 0 < len(_WORD.findall(s)) <= MAX_CREDIT_WORDS and _credit_shape(s)


def _credit_shape(s: str) -> bool:
    """A line of 1 to ``MAX_CREDIT_WORDS`` words (the caller counted them) shaped like a credit."""
    if _AGENCY_ONLY.match(s) or _CREDIT_WORDS.match(s):
        return True
    if _SENT_END.search(s) and not s.endswith(")"):
        return False
    return bool(
        _CREDIT_TAIL.search(s)
        or (
            _SLASH_CREDIT.match(s)
            and s.count("/") >= 1
            and not s.lower().startswith(("and/", "or/"))
        )
    )


def _inline_credit(s: str) -> bool:
    """A caption with its credit glued on: "... on May 11, 2025. Name/Agency via Reuters"."""
    m = _INLINE_CREDIT.search(s)
    return bool(m and _is_credit(m["credit"].strip()))


def _glued_teaser(s: str) -> bool:
    # the glue point (a lowercase letter, digit or closing mark, then a capital) is found in
    # one scan; the headline pattern's backtracking search runs only on lines that have one
    if not _GLUE_POINT.search(s):
        return False
    m = _GLUED_HEADLINE.match(s)
    if not m:
        return False
    head = m["head"].split()
    caps = sum(1 for w in head if w[:1].isupper() or w[:1].isdigit() or w[:1] in "‘'\"$")
    return len(head) >= 3 and caps >= 0.8 * len(head) and not _SENT_END.search(m["head"])


def _captionish(s: str) -> bool:
    return bool(_COUNT_PREFIX.match(s) or _PHOTO_CUE.search(s) or _CAPTION_DATE_END.search(s))


@lru_cache(maxsize=1 << 16)
def _pitch(s: str, folded: str, n: int) -> bool:
    """Whether the line of ``n`` words is the page's pitch for a subscription or a newsletter:
    a strong cue (:data:`_STRONG_PITCH`) in a short line or in one addressed to the reader
    (:data:`_ADDRESSED`), or a price with an invitation, outside quotation marks (a story's
    "its weekly newsletter would tell passengers", a quote's "“$3,000, and then ... you get
    something”" are no pitch)."""
    if not (
        found(_STRONG_PITCH, _QUICK[_STRONG_PITCH], s, folded)
        or (
            found(_WEAK_PITCH, _QUICK[_WEAK_PITCH], s, folded)
            and found(_INVITE, _QUICK[_INVITE], s, folded)
        )
    ):
        return False
    told = _QUOTED.sub(" ", s)  # a quotation's words are someone's, not the page's
    if _STRONG_PITCH.search(told) and (n <= SHORT_PITCH_WORDS or _ADDRESSED.search(told)):
        return True
    return bool(_WEAK_PITCH.search(told) and _INVITE.search(told.strip()))


def _form(line: str) -> bool:
    """Whether ``line`` holds :data:`MIN_FORM_MESSAGES` different messages of a web form."""
    return len({m.lower() for m in _FORM_MESSAGE.findall(line)}) >= MIN_FORM_MESSAGES


def junk_reason(line: str) -> str | None:
    """Why a single line is page furniture, or None when it may belong to a story."""
    s = line.strip(" \t[](){}|·•–—-") or line  # "[ 167 comments ]", "(View all)"
    n = _WORD.subn("", s)[1]  # the number of words, counted without making them
    if n == 0:
        return "symbols"
    if _ADVERT.match(s):
        return "advertisement"
    if n <= 8 and _SHARE.match(s):
        return "share"
    if n <= 8 and _TIME_AGO.match(s):
        return "timestamp"
    if n <= 8 and _PLAYER.match(s):
        return "player"
    if n <= 12 and _COMMENTS.match(s):
        return "comments"
    if n <= 25 and _COMMENT_META.match(s) and (n <= 3 or full_dates(s) or s.endswith(":")):
        return "comment-meta"
    folded = fold_case(s)
    if n <= 90 and found(_COOKIES, _QUICK[_COOKIES], s, folded):
        return "cookies"
    if n <= 10 and _TAIL_HEADING.match(s):
        return "related-heading"
    if n <= 25 and (_RELATED_LINK.match(s) or _READ_MORE_END.search(s)):
        return "related"
    if n <= 8 and _NAVIGATION.match(s):
        return "navigation"
    if n <= 40 and found(_COPYRIGHT, _QUICK[_COPYRIGHT], s, folded):
        return "copyright"
    if n <= 60 and _pitch(s, folded, n):
        return "subscription"
    if n <= MAX_FORM_WORDS and _form(s):
        return "subscription"
    if n <= MAX_CREDIT_WORDS and _credit_shape(s):
        return "credit"
    if n <= 60 and _inline_credit(s):
        return "caption"
    if _EMBED_SIGNATURE.search(s):
        return "embed"
    if _CAPTION_LABEL.match(s) or md.GALLERY.search(s):
        return "caption"
    if n <= MAX_VIDEO_BLURB_WORDS and _RUNNING_TIME.search(line):
        return "caption"
    if _BARE_URL.match(s) or (n <= 4 and _DOMAIN_ONLY.match(s)):
        return "link"
    if (
        n >= 6
        and ("..." in s or "…" in s)
        and _ELLIPSIS_END.search(s)
        and not s.lstrip().startswith(("“", '"', "'", "‘"))
    ):
        return "teaser"  # a truncated summary of another page: "... may soon..."
    if n >= 8 and _glued_teaser(s):
        return "teaser"
    return None


def _prose_weight(s: str, stop: frozenset[str]) -> float:
    """How much a line looks like a paragraph of prose (> 0) or like furniture (< 0)."""
    words = _WORD.findall(s)
    n = len(words)
    if n == 0:
        return -SHORT_LINE_COST
    ends = bool(_SENT_END.search(s))
    # unknown language: punctuation and length decide alone
    share = sum(1 for w in words if w.lower() in stop) / n if stop else 1.0
    if n >= GOOD_MIN_WORDS and (ends or n >= LONG_LINE_WORDS) and share >= GOOD_MIN_STOPWORD_SHARE:
        return float(len(s))
    if n >= 6 and ends and share >= GOOD_MIN_STOPWORD_SHARE:
        return 0.3 * len(s)
    return -SHORT_LINE_COST


def _body_segment(
    lines: list[Line], reasons: list[str | None], stop: frozenset[str]
) -> tuple[int, int]:
    """[a, b): the run of lines with the largest total weight (Kadane's maximum-sum segment).

    Tail markers end a story that is already worth ``MIN_PROSE_BEFORE_TAIL``:

    * "Comments" cannot be crossed, and prose after it (readers' comments) is discounted;
    * "Related Articles", "More from X" or an "11 minutes ago" timestamp *suspend* the
      run: what follows is held apart and joins the story only if the story resumes
      (``RESUME_AFTER_PROSE_LINES`` prose lines in a row, as after a "Trending" box in
      the middle of an article). A list of other stories' teasers, one summary per
      item, never resumes, however long the summaries are. Meanwhile a fresh run may
      start in the tail (at a discount) in case the real story comes later.

    The same markers in a share bar above the story (no run before them) change nothing.
    """
    best, best_a, best_b = 0.0, 0, 0
    cur, cur_a = 0.0, 0
    discount, comments = 1.0, False
    held: float | None = None  # weight of lines since a suspension (None: not suspended)
    run = 0  # consecutive prose lines
    for i, ln in enumerate(lines):
        r = reasons[i]
        if r == "comments" and (cur >= MIN_PROSE_BEFORE_TAIL or held is not None):
            comments, discount, held = True, AFTER_COMMENTS_DISCOUNT, None
            cur, cur_a = 0.0, i + 1
            continue
        if (
            r in ("related-heading", "timestamp")
            and held is None
            and cur >= MIN_PROSE_BEFORE_TAIL
            and not comments
        ):
            held, run = 0.0, 0
            suspended_cur, suspended_a = cur, cur_a
            cur, cur_a = 0.0, i + 1  # a fresh run in the tail, discounted
            discount = AFTER_TAIL_DISCOUNT
        if r is None:
            w = _prose_weight(ln.text, stop)
            run = run + 1 if w > 0 else 0
        else:
            run = 0
            w = -TAIL_COST if r in TAIL_REASONS else -FURNITURE_COST
        if held is not None:
            held += w
            if run >= RESUME_AFTER_PROSE_LINES:  # the story resumed after the box
                cur, cur_a = suspended_cur + held, suspended_a
                held, discount = None, 1.0
                if cur > best:
                    best, best_a, best_b = cur, cur_a, i + 1
                continue
        if w > 0:
            w *= discount
        if cur <= 0:
            cur, cur_a = w, i
        else:
            cur += w
        if cur > best:
            best, best_a, best_b = cur, cur_a, i + 1
    return best_a, best_b


_STATEMENT_END = re.compile(r"\.[\"'”’»)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


def _short_sentence(s: str) -> bool:
    """A complete sentence too short to count as prose on its own: "No one was hurt."."""
    n = len(_WORD.findall(s))
    return (
        n >= SHORT_SENTENCE_MIN_WORDS
        and bool(_SENTENCE_END.search(s))
        and s[:1].isupper()
        and not _ELLIPSIS_END.search(s)
    )


def _title_case(s: str) -> bool:
    """A headline's capitalisation ("Will Putin's Offer Bring Peace?")."""
    words = [w for w in s.split() if w[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def clean_text(
    raw: str, *, title: str | None = None, url: str | None = None, language: str | None = None
) -> TextCleaning:
    """Split a page's text into body, metadata and removed segments."""
    lines = _unwrap(split_lines(raw))
    lang = language or md.detect_language(raw)
    stop = md.stopwords(lang)
    reasons: list[str | None] = [junk_reason(ln.text) for ln in lines]
    _cut_glued_captions(raw, lines, reasons)
    found_url = _mark_metadata_lines(lines, reasons, url)
    _mark_captions(lines, reasons)
    seen = _mark_duplicates(lines, reasons)
    a, b = _find_body(lines, reasons, stop, title)
    dateline = mark_before_dateline([ln.text for ln in lines], reasons, a, b)
    head_title = title if title is not None else _header_headline(lines, reasons, a, seen)
    byline = _find_byline(lines, reasons, a)
    date = md.page_date([ln.text for ln in lines], reasons, a, b, found_url)
    outlet = _find_outlet(lines, reasons, found_url) or (
        dateline_source(lines[dateline].text) if dateline is not None else None
    )
    kept, removed = _assemble(raw, lines, reasons, (a, b), head_title, stop)
    return TextCleaning(
        text=_INVISIBLE.sub(
            "", "\n\n".join(unglue_sentences(_closing_marks_restored(p)) for p in kept)
        ),
        removed=tuple(removed),
        title=_INVISIBLE.sub("", head_title) if head_title else head_title,
        byline=byline,
        date=date,
        url=found_url,
        outlet=outlet,
        language=lang,
    )


def _cut_glued_captions(raw: str, lines: list[Line], reasons: list[str | None]) -> None:
    """Cut each photo caption run into a first line of the story
    (:func:`~newsweave.clean.datelines.glued_caption_cuts`) off as a line of its own, marked
    a caption, where the line is printed as its page has it (the cut's offsets hold)."""
    cuts = glued_caption_cuts([ln.text for ln in lines], reasons)
    for i, cut in sorted(cuts.items(), reverse=True):
        ln = lines[i]
        if raw[ln.start : ln.end] == ln.text:
            head = ln.text[:cut].rstrip()
            lines[i : i + 1] = [
                Line(head, ln.start, ln.start + len(head)),
                Line(ln.text[cut:], ln.start + cut, ln.end),
            ]
            reasons[i : i + 1] = ["caption", junk_reason(ln.text[cut:])]


def _closing_marks_restored(paragraph: str) -> str:
    """``paragraph`` with each lost closing mark (:data:`_LOST_CLOSING_MARK`) written as "”"
    where more quotations open before it than close."""
    out, last = [], 0
    for m in _LOST_CLOSING_MARK.finditer(paragraph):
        before = "".join(out) + paragraph[last : m.start()]
        out.append(paragraph[last : m.start()])
        out.append("”" if before.count("“") > before.count("”") else m.group())
        last = m.end()
    return "".join(out) + paragraph[last:]


def _mark_metadata_lines(
    lines: list[Line], reasons: list[str | None], url: str | None
) -> str | None:
    """Mark bylines, datelines, "Updated:" labels and "Original url:" lines in ``reasons``.

    Returns the page's URL: the given one, else the first "Original url:" line's.
    """
    n = len(lines)
    found_url = url
    for i, ln in enumerate(lines):
        if reasons[i] is not None:
            continue
        if md.byline_from_line(ln.text) and len(ln.text) <= 100:
            reasons[i] = "byline"
        elif md.dateline(ln.text) is not None or md.is_date_label(ln.text):
            reasons[i] = "date"
        elif re.match(r"^\s*original\s+(?:url|link|article)\s*:?", ln.text, _I):
            reasons[i] = "url"
            u = md.original_url(ln.text)
            if not u and i + 1 < n and (m := md.URL_RE.search(lines[i + 1].text)):
                u = m.group(0)  # the URL on the line below its label
                reasons[i + 1] = "url"
            found_url = found_url or u
    return found_url


def _mark_captions(lines: list[Line], reasons: list[str | None]) -> None:
    """Mark captions: the line above a credit line, photo-counter lines ("8 Putin speaks ...")."""
    n = len(lines)
    for i, ln in enumerate(lines):
        if reasons[i] is not None:
            continue
        below = reasons[i + 1] if i + 1 < n else None
        words = len(_WORD.findall(ln.text))
        if (
            below == "credit"
            and words <= MAX_TEASER_CAPTION_WORDS
            and (_captionish(ln.text) or not _SENT_END.search(ln.text))
        ) or (
            _COUNT_PREFIX.match(ln.text)
            and _captionish(ln.text)
            and words <= MAX_TEASER_CAPTION_WORDS
        ):
            reasons[i] = "caption"


def _mark_duplicates(lines: list[Line], reasons: list[str | None]) -> dict[str, int]:
    """Mark repeated short lines (a headline printed twice, a teaser repeated): widgets.

    Returns each short line's normalised text → the index of its first occurrence.
    """
    seen: dict[str, int] = {}
    for i, ln in enumerate(lines):
        key = _norm(ln.text)
        if key and len(ln.text) <= DUPLICATE_MAX_CHARS:
            if key in seen and reasons[i] is None:
                reasons[i] = "duplicate"
            seen.setdefault(key, i)
    return seen


def _find_body(
    lines: list[Line], reasons: list[str | None], stop: frozenset[str], title: str | None
) -> tuple[int, int]:
    """[a, b): the story's lines, the maximum-weight run adjusted at both ends."""
    n = len(lines)
    a, b = _body_segment(lines, reasons, stop)
    if a == b:  # nothing prose-like at all: keep every line that is not furniture
        a, b = 0, n
    # a page's first line is its headline when it looks like one, even if the run starts there
    first = next((i for i in range(n) if reasons[i] is None), None)
    if (
        first is not None
        and a == first
        and b - a > 1
        and title is None
        and _headline_like(lines[a].text)
        and _prose_weight(lines[a].text, stop) < GOOD_MIN_CHARS
    ):
        a += 1
    # short sentences right next to the run are story too ("No one was hurt.")
    # (backwards only statements: a question or exclamation above a story is its headline)
    while (
        a > 0
        and reasons[a - 1] is None
        and _short_sentence(lines[a - 1].text)
        and _STATEMENT_END.search(lines[a - 1].text)
        and not _title_case(lines[a - 1].text)
        and lines[a - 1].text != title
    ):
        a -= 1
    while b < n and reasons[b] is None and _short_sentence(lines[b].text):
        b += 1
    # "Reuters contributed to this report." / "(Reporting by ...; Editing by ...)" close a story
    while b < n and reasons[b] is None and _CONTRIBUTION.search(lines[b].text):
        b += 1
    return a, b


def _header_headline(
    lines: list[Line], reasons: list[str | None], a: int, seen: dict[str, int]
) -> str | None:
    """The header's headline: a repeated line, else the last before the byline, else the last."""
    header = range(a)
    cands = [
        i
        for i in header
        if reasons[i] in (None, "duplicate")
        and _headline_like(lines[i].text)
        # not an epigraph's last line nor its credit ("“Ah, what a trifle is a heart, | If once
        # into love’s hands it come!” | John Donne, The Broken Heart")
        and not lines[i].text.count("”") > lines[i].text.count("“")
        and not (i and lines[i - 1].text.rstrip().endswith(("”", '"')))
    ]
    dup = [i for i in cands if reasons[i] == "duplicate"]
    first_meta = next((i for i in header if reasons[i] in ("byline", "date")), None)
    before_meta = [i for i in cands if first_meta is not None and i < first_meta]
    pick = dup[0] if dup else before_meta[-1] if before_meta else cands[-1] if cands else None
    if pick is None:
        return None
    if reasons[pick] == "duplicate":
        key = _norm(lines[pick].text)
        pick = seen.get(key, pick)
    return clean_headline(lines[pick].text)


def _find_byline(lines: list[Line], reasons: list[str | None], a: int) -> str | None:
    """A "By ..." line in the header or the body's start; else a bare name next to a dateline.

    A bare name taken as the byline is marked ``byline`` in ``reasons``.
    """
    n = len(lines)
    marked = next((i for i in range(n) if reasons[i] == "byline" and (i < a or i < a + 3)), None)
    if marked is not None:
        byline = md.byline_from_line(lines[marked].text)
        if byline is not None:
            return byline
    for i in range(a):
        if reasons[i] is None and md.is_person_name(lines[i].text):
            near = [reasons[j] for j in (i - 1, i + 1) if 0 <= j < n]
            if "date" in near or (i + 1 < n and reasons[i + 1] in ("player",)):
                reasons[i] = "byline"
                return lines[i].text
    return None


def _find_outlet(lines: list[Line], reasons: list[str | None], found_url: str | None) -> str | None:
    """The holder of the page's copyright notice, else the outlet named by the URL.

    A bare "© Name" credits a picture ("Copyright Marvel Comics" over a story about Marvel,
    "© Reuters" under a photo): only a notice with a year or reserved rights
    (:func:`~newsweave.clean.metadata.is_copyright_notice`), or a credit that closes the page,
    names the page's owner.
    """
    outlet = None
    last = len(lines) - 1
    for i in range(len(lines)):
        if reasons[i] == "copyright" and (md.is_copyright_notice(lines[i].text) or i == last):
            outlet = md.outlet_from_copyright(lines[i].text)
            if outlet:
                break
    return outlet or md.outlet_from_url(found_url)


# A list bullet before a paragraph of the story ("- Law enforcement officials announced ..."):
# the page's layout, not the sentence's first word (a dash of dialogue is an en or em dash).
_BULLET = re.compile(r"^[-•*·]\s+(?=\S)")
# A share button's label run into the paragraph after it ("Email This Even at 88, Betty White
# has ..."): the page's, not the story's first words.
_SHARE_LABEL = re.compile(r"^Email This\s+(?=[A-Z])")


def _assemble(
    raw: str,
    lines: list[Line],
    reasons: list[str | None],
    body: tuple[int, int],
    head_title: str | None,
    stop: frozenset[str],
) -> tuple[list[str], list[RemovedSegment]]:
    """Body lines kept in order; every other line removed with its reason and raw offsets."""
    a, b = body
    tkey = _norm(head_title) if head_title else None
    kept: list[str] = []
    removed: list[RemovedSegment] = []
    zone_reason = None
    in_box = False  # inside the body, after a "Related" heading, until prose resumes
    for i, ln in enumerate(lines):
        r = reasons[i]
        if a <= i < b and r is None:
            if tkey and _norm(ln.text) == tkey:
                r = "title"
            elif in_box and _prose_weight(ln.text, stop) <= 0:
                r = "related"  # a teaser headline in a box inside the story
            else:
                in_box = False
                kept.append(_SHARE_LABEL.sub("", _BULLET.sub("", ln.text)))
                continue
        if r == "related-heading" and a <= i < b:
            in_box = True
        if r in ("related-heading",):
            zone_reason = "related"
        elif r == "comments":
            zone_reason = "comments"
        if r is None or r == "duplicate":
            if tkey and _norm(ln.text) == tkey:
                r = "title"
            elif r == "duplicate":
                pass
            elif i < a:
                r = "teaser" if _prose_weight(ln.text, stop) > 0 else "header"
            else:
                r = zone_reason or "tail"
        removed.append(RemovedSegment(raw[ln.start : ln.end], r, ln.start, ln.end))
    return kept, removed


def _headline_like(s: str) -> bool:
    """A header line that reads as a headline (see :func:`newsweave.text.headline.clean_headline`);
    a bare name is a byline."""
    return clean_headline(s) is not None and not md.is_person_name(s)


def strip_leaks(body: str, *, language: str | None = None) -> tuple[str, list[tuple[str, str]]]:
    """HTML mode's second pass: drop furniture lines that an extractor let through.

    Only reasons that never belong to a story are applied here (the extractor
    already chose the body), plus the tail after a "Related"/"Comments" heading.
    Returns the kept text and the (line, reason) pairs that were dropped.
    """
    lines = body.split("\n")
    stripped = [ln.strip() for ln in lines]
    reasons = [junk_reason(s) if s else None for s in stripped]
    n = len(lines)
    for i, s in enumerate(stripped):
        if reasons[i] is not None or not s:
            continue
        # a caption sits above a credit line or starts with a photo counter
        if (
            _COUNT_PREFIX.match(s)
            or next((reasons[j] for j in range(i + 1, n) if stripped[j]), None) == "credit"
        ) and (len(_WORD.findall(s)) <= MAX_TEASER_CAPTION_WORDS and _captionish(s)):
            reasons[i] = "caption"
    kept, dropped = [], []
    tail = False
    for ln, r in zip(lines, reasons, strict=True):
        if r in ("related-heading", "comments") and len(kept) >= 3:
            tail = True
        if tail or r in _LEAK_REASONS:
            if ln.strip():
                dropped.append((ln.strip(), "related" if tail and r is None else (r or "tail")))
            continue
        kept.append(ln)
    return "\n".join(kept).strip(), dropped


_LEAK_REASONS = frozenset(
    {
        "advertisement",
        "share",
        "player",
        "credit",
        "caption",
        "related",
        "subscription",
        "copyright",
        "comments",
        "related-heading",
        "navigation",
        "symbols",
        "embed",
    }
)
