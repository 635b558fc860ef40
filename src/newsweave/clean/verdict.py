"""Is this an article? Telling a news story from a page that only looks like text.

Scrapers hand over more than stories: the text of an embedded tweet's widget, a web
archive's crawl notice, a video player's "Media playback is unsupported", a cookie or
paywall wall, an error page, a newsletter form, a table of numbers. Woven in, their
sentences lead briefs and facts, and five copies of one widget from five stories form an
"event". The verdict is taken on the cleaned body, so furniture the cleaner already removed
from a real story (a player line above a BBC article) does not condemn it.

The rule is deliberately conservative, because flagging a real article hides news: a
document is a non-article only when

* its paragraphs that match a non-article pattern (:data:`NON_ARTICLE_PATTERNS`, patterns as
  data, one kind each) leave fewer than :data:`MIN_STORY_WORDS` words of prose, or
* it is mostly numbers (a ticker or a data table), or
* it has no prose at all: not one finished sentence (:data:`MIN_ANY_STORY_WORDS`), or
* it speaks to its reader, not of anyone: a horoscope ("You can expect amazing things"), a
  shop's terms ("If you don't shop by the 5th, your card will be charged"), a "Join us on
  Facebook" box, with fewer than :data:`MIN_REPORT_WORDS` words in the third person.

A news index's teaser card (a headline or summary printed twice in a row, as a page's card
markup renders it: "Pedestrian Struck, Killed Pedestrian Struck, Killed SkyFOX flew …") is
not story prose either: a page of such cards is a list of other stories.

Checked on the data in ``../shared``: no AEB page, ECB+ document or seed is flagged; on the 690
multinews documents every flag was read by hand (``bench/bench_verdict.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsweave.clean.quick import fold_case, quick_tests

# A real story keeps at least this many words of prose once the non-article paragraphs are
# set aside: the shortest multinews stories (a two-sentence wire item) have ~35.
MIN_STORY_WORDS = 30
# With no non-article pattern at all, a text needs this many words of prose (a finished
# sentence) to be a story: one-line news items of 10-14 words are real (ECB+ has four), so
# only a text with no sentence at all ("Page 1 of 1", a cast list) is no story.
MIN_ANY_STORY_WORDS = 1
# A text whose page held this many times more words than the body cleaning kept, the body
# under MIN_STORY_WORDS, is a line left among page furniture: a video host's description ("I
# TOLD YOU KAZAAM WAS A DIFFERENT MOVIE!" of 242 words), a lyrics page. The short real stories
# of multinews keep a fifth of their page or more (a 27-word item of 111).
FURNITURE_PAGE_RATIO = 8
# A ticker or a data table: at least this share of its tokens carry digits (news prose with
# many figures stays under 0.2 on AEB and multinews)...
MIN_NUMERIC_SHARE = 0.5
# ...over at least this many tokens (a short item with a date and a score is not a table).
MIN_TABLE_TOKENS = 40
# A paragraph of this many words is prose even when it ends in a colon or a link (not a
# heading, a credit or a cast list line).
PROSE_MIN_WORDS = 10
# Chinese and Japanese have no spaces: about two characters make a word.
UNSPACED_CHARS_PER_WORD = 2
# A page with a sentence addressed to its reader ("you", "your") is a report only with at
# least this many words of prose in the third person besides: the fewest on a real page
# (a blog's video post, an AEB forum page) are 26; a horoscope, a shop's terms and a "Join us
# on Facebook" box have 12 or fewer.
MIN_REPORT_WORDS = 15
# A run of at least this many words printed twice back to back is a teaser card's headline
# or summary (a card renders both twice); a real story's stutter ("The Two Eagles website,
# The Two Eagles website,") is shorter.
MIN_CARD_REPEAT_WORDS = 5
# How much of the telling paragraph the reason quotes.
EVIDENCE_CHARS = 90

# Each kind of non-article and the phrases that only such a page says about itself. A
# paragraph matching one is not story prose; the kind names the reason shown to the user.
NON_ARTICLE_PATTERNS: dict[str, tuple[str, ...]] = {
    "web archive notice": (
        r"\bInternet Archive\b",
        r"\bWayback Machine\b",
        r"\bArchive-?It\b",
        r"\bcrawls? (?:data|performed|was run|of supported)\b",
        r"\bseed (?:list )?for (?:this crawl|\w*\d+ was)\b",
        r"\bWARC files\b",
        r"\bweb (?:captures|collections) (?:curated|of)\b",
        # the crawl's own account of itself ("The seed list for this crawl was …", "Crawl of
        # outlinks from …", "These files are currently not publicly accessible")
        r"\b(?:this|the|wide|experimental|these) crawls?\b",
        r"\bcrawl (?:data|start)\b",
        r"\b(?:crawlers?|Heritrix|robots\.txt)\b",
        r"\bCrawl of outlinks\b",
        r"\b(?:files|data) (?:is|are) currently not publicly accessible\b",
    ),
    "embedded widget": (
        r"^Tweet with a location\b",
        r"\bAdd a location to your Tweets\b",
        r"\blocation information to your Tweets\b",
        r"\bTwitter stores that location\b",
        r"\bJavaScript is (?:disabled|required|turned off|not enabled)\b",
        r"\b(?:enable|turn on) JavaScript\b",
        r"\byour browser does not support\b",
    ),
    "video player": (
        r"\bMedia playback is unsupported\b",
        r"\bRating is available when the video has been rented\b",
        r"\bThis feature is not available right now\b",
        r"\binteractive transcript could not be loaded\b",
        r"\bthis video (?:is|has been) (?:no longer available|unavailable|removed)\b",
        r"\bFor any licensing requests\b",  # a video host's credit line under the embed
    ),
    "error page": (
        r"\b(?:page|article|content) (?:not found|could not be found|is no longer available)\b",
        r"\bcustom domain mapping\b",
        r"\benter the characters (?:you see|shown|with)\b",
        r"\bthe page you (?:requested|are looking for|were looking for) (?:could not be found|"
        r"does not exist|is no longer)",
        r"\b(?:trying to reach a page from a bookmark|the page URL may have changed)\b",
        r"\b(?:an error occurred|something went wrong)\b.{0,40}\b(?:try again|reload)\b",
    ),
    "cookie or paywall wall": (
        r"\b(?:accept|consent to) (?:the use of )?cookies\b",
        r"\bsubscribe (?:now )?to (?:continue|keep) reading\b",
        r"\byou have reached (?:your|the) (?:free )?(?:article|story) limit\b",
        r"\balready a subscriber\b",
        r"\bsign in to (?:continue|keep) reading\b",
    ),
    # a visitor's review of a place or product (a travel or shopping site's page): the
    # reviewer's verdict in phrases a report does not use in its own voice
    "reader review": (
        r"(?:^|[.!]\s+)(?:I |We )?(?:would|will|can|could) (?:highly |definitely |strongly )"
        r"recommend\b",
        r"\bworth every (?:single )?penny\b",
        r"\bcan(?:not|'t|’t) (?:rave|say enough|recommend \w+ enough)\b",
        r"\b(?:Date of (?:experience|visit|stay)|Reviewed (?:\d{1,2} |yesterday|today)|"
        r"Write a review|helpful votes?)\b",
    ),
    "sign-up form": (
        r"\bfill in your contact details\b",
        r"\bjoin our mailing list\b",
        r"\bsign the petition\b",
        r"\bconfirm your signature\b",
        # a registration page's confirmation ("We have sent a confirmation email to …")
        r"\bBy submitting your registration information\b",
        r"\b(?:Thank you for registering|Already have an account\?)",
        r"\bsent (?:you )?a confirmation email\b",
        r"\b(?:sign in to update your profile|return to the page you were visiting)\b",
    ),
    # a site's account of itself or a channel's promotion under its video (an "about" page,
    # a YouTube description, a booklet's download page) scraped in place of a story: what the
    # visitor can browse, watch or download, when the show airs, who paid for it
    "site or channel promotion": (
        r"\bfeatures breaking news\b",
        r"\b(?:visitors|viewers|readers) can (?:browse|expect|find|explore)\b",
        r"\bFor more information about [\w ]{2,40}, please (?:consult|visit|see)\b",
        r"\b(?:stories|articles|headlines) are posted (?:daily|every day|weekly)\b",
        r"\blinks listed at the bottom of (?:each|every|this) page\b",
        # a show's listing, with its time zone (a story may name a new time slot)
        r"\bweeknights at \d{1,2}:\d\d\s*(?:[AP]M\s*)?(?:ET|EST|PT|CT)\b",
        r"\bSubscribe to\b.{0,40}\bchannel\b",
        r"\b(?:Try it free|watch full (?:seasons|episodes))\b",
        r"\bGet the [\w ]{2,20} app\b",
        r"\b(?:download a copy|sign up) here\b",
        r"\bmade possible (?:in part )?(?:through|by) the (?:financial )?support of\b",
        # a show's page of clips ("features hilarious highlights from the show … web
        # exclusives") and a site's list of what it holds ("Articles, lectures, videos, and
        # other resources regarding …")
        r"\bfeatures (?:\w+ ){0,2}highlights from\b",
        r"\bweb exclusives\b",
        r"^(?:(?:articles|essays|lectures|videos|photos|recordings|podcasts|interviews|"
        r"galleries|documents|charts|maps)"
        r"(?:,| and| or)\s+){2,}",
        r"\b(?:Join|Like|Follow) us on (?:Facebook|Twitter|Instagram)\b",
        # a video maker's own description under the clip ("GET THIS VIDEO TO 100,000 likes!",
        # "... was not involved in the making of this video ... use this at your own
        # discretion") and a site's list of its own data pages ("Here's a sampling of some of
        # those projects. Our annual database of ...")
        r"\bget this video to [\d,]+\b",
        r"\bnot involved in the making of this video\b",
        r"\buse (?:this|it) at your own (?:discretion|risk)\b",
        r"\bHere[’']s a sampling of\b",
        r"^Our (?:\w+ ){0,3}database\b",
    ),
    # an advertisement: a course, a stream or a product sold to the reader, with how to buy,
    # register or enroll ("Free Online Training! ... you will learn ... How to Register ...
    # Click on the “Enroll” button", "There is still time to ... an exclusive offer to
    # purchase all five nights ... for a limited time only")
    "advertisement": (
        r"\bfree online (?:training|courses?|classes)\b",
        r"\b(?:this|our) (?:online |free |training |short )*course (?:will|gives|teaches|offers)\b",
        r"\byou will learn\b",
        r"^How to (?:register|enroll|sign up)\b",
        r"\bnow available on (?:Coursera|Udemy|edX)\b",
        r"\bTo (?:sign up|register|enroll)(?: simply)?:",
        r"\bClick (?:on )?the [“\"]?\w+[”\"]? button\b",
        r"\bCourse Certificate\b|\bfor a nominal fee\b",
        r"^There is still time to\b",
        r"\bexclusive offer to (?:purchase|buy|watch|subscribe)\b",
        r"\bavailable for a limited time(?: only)?\b",
        r"\bVisit your local\b.{0,80}\bfor more information\b",
    ),
    # a fundraising page's appeal to its visitors ("Please let's rally around them ... Thank
    # you for your desire to help the Klein family"), a crowdfunding campaign's page
    "fundraising appeal": (
        r"\bThank you for your (?:desire to help|support|donations?|generosity|pledges?)\b",
        r"\bPlease (?:let[’']s )?(?:rally around|donate|give generously|consider donating)\b",
        r"\bperks for your (?:donations?|pledges?)\b",
        r"\bThis Kickstarter\b",
    ),
    # a weather widget: days with their highs and lows ("Wednesday (59/53) Clouds/Showers")
    "weather forecast": (
        r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \(\d{1,3}\s*/\s*\d{1,3}\)",
    ),
    # the standard disclaimer printed under a UN agency's map, scraped in place of a story
    "map disclaimer": (
        r"\bThe designations employed and the presentation of material\b",
        r"\bdotted line represents approximately\b",
    ),
}
_PATTERNS: dict[str, re.Pattern[str]] = {
    kind: re.compile("|".join(f"(?:{p})" for p in pats), re.I | re.M)
    for kind, pats in NON_ARTICLE_PATTERNS.items()
}


# Per kind, its patterns' quick tests (:func:`~newsweave.clean.quick.quick_tests`) run on the
# whole text: only the kinds whose test fires are looked for paragraph by paragraph (on most
# news, none).
_CUES: dict[str, tuple[re.Pattern[str], ...]] = {
    kind: tuple(t for p in pats for t in quick_tests(re.compile(p, re.I | re.M), whole_text=True))
    for kind, pats in NON_ARTICLE_PATTERNS.items()
}
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)\]」』]*\s*$")
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_DIGIT = re.compile(r"\d")
# Story prose past both minimums: the paragraphs after it are not read.
_ENOUGH_STORY_WORDS = max(MIN_STORY_WORDS, MIN_ANY_STORY_WORDS)
# The reader addressed: "you" anywhere in lower case, "You" opening a sentence (a title's
# "Thank You Notes" is no address); quoted words are a speaker's, set aside first.
_YOU = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b|^\W*(?:You|Your)\b")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")
# Kinds the paragraph rules below name (the patterns' kinds are the keys above).
TEASER_CARDS = "index of other stories"
READER_ADDRESS = "addressed to the reader"


@dataclass(frozen=True, slots=True)
class NonArticle:
    """Why a document is not an article: its ``kind`` and a reason quoting the evidence."""

    kind: str
    reason: str


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _words(text: str) -> int:
    """Words, counting scripts written without spaces (Chinese, Japanese) by characters."""
    return max(len(text.split()), len(_UNSPACED.findall(text)) // UNSPACED_CHARS_PER_WORD)


def _prose_words(paragraph: str) -> int:
    """Words of a paragraph that reads as prose: a finished sentence, or a run of words."""
    words = _words(paragraph)
    return words if _SENTENCE_END.search(paragraph) or words >= PROSE_MIN_WORDS else 0


def _teaser_card(paragraph: str) -> bool:
    """A run of :data:`MIN_CARD_REPEAT_WORDS` words or more printed twice back to back.

    A run repeated so starts with a word group seen again exactly its length later: only
    the rare repeated groups of the paragraph are compared, so prose costs one pass."""
    words = paragraph.split()
    seen: dict[tuple[str, ...], int] = {}
    for j in range(len(words) - MIN_CARD_REPEAT_WORDS + 1):
        group = tuple(words[j : j + MIN_CARD_REPEAT_WORDS])
        i = seen.get(group, j)
        seen[group] = j
        k = j - i
        if k >= MIN_CARD_REPEAT_WORDS and words[i:j] == words[j : j + k]:
            return True
    return False


def _third_person_words(paragraph: str) -> tuple[int, str | None]:
    """Words of the sentences that do not address the reader, and the first that does."""
    words = 0
    address = None
    for sentence in _SENTENCE_BREAK.split(paragraph):
        if _YOU.search(_QUOTED.sub(" ", sentence)):
            address = address or sentence
        else:
            words += len(sentence.split())
    return words, address


def _evidence(paragraph: str) -> str:
    paragraph = " ".join(paragraph.split())
    if len(paragraph) <= EVIDENCE_CHARS:
        return paragraph
    cut = paragraph[:EVIDENCE_CHARS].rsplit(" ", 1)[0]
    return cut + "…"


def judge(text: str, *, page_words: int = 0) -> NonArticle | None:
    """``None`` for an article; otherwise what kind of non-article ``text`` is, and why.
    ``page_words``: the words of the page ``text`` was cleaned from, when known."""
    paras = _paragraphs(text)
    story_words = reported_words = 0
    address = None
    telling: dict[str, str] = {}
    lowered = fold_case(text)
    kinds = [(k, _PATTERNS[k]) for k, cues in _CUES.items() if any(c.search(lowered) for c in cues)]
    for p in paras:
        kind = next((k for k, rx in kinds if rx.search(p)), None) if kinds else None
        if kind is None and _teaser_card(p):
            kind = TEASER_CARDS
        if kind is not None:
            telling.setdefault(kind, p)
            continue
        prose = _prose_words(p)
        story_words += prose
        if prose and reported_words < MIN_REPORT_WORDS:
            third, addressing = _third_person_words(p)
            reported_words += third
            address = address or addressing
        if story_words >= _ENOUGH_STORY_WORDS and reported_words >= MIN_REPORT_WORDS:
            break  # the verdict no longer depends on the paragraphs left
    if telling and story_words < MIN_STORY_WORDS:
        kind, para = next(iter(telling.items()))
        return NonArticle(
            kind,
            f"{kind}: “{_evidence(para)}” and {story_words} words of story prose besides",
        )
    if address is not None and reported_words < MIN_REPORT_WORDS:
        return NonArticle(
            READER_ADDRESS,
            f"{READER_ADDRESS}: “{_evidence(address)}” and {reported_words} words in the "
            "third person besides",
        )
    tokens = text.split()
    # a token with a digit has at least one: with too few digits, no token is counted
    numeric = (
        sum(bool(_DIGIT.search(t)) for t in tokens)
        if len(_DIGIT.findall(text)) >= MIN_NUMERIC_SHARE * len(tokens)
        else 0
    )
    if len(tokens) >= MIN_TABLE_TOKENS and numeric >= MIN_NUMERIC_SHARE * len(tokens):
        return NonArticle(
            "ticker or data table",
            f"ticker or data table: {numeric} of its {len(tokens)} words are numbers",
        )
    if story_words < MIN_ANY_STORY_WORDS:
        return NonArticle(
            "no story",
            f"no story: {story_words} words of prose (“{_evidence(text.strip())}”)",
        )
    if story_words < MIN_STORY_WORDS and page_words >= FURNITURE_PAGE_RATIO * _words(text):
        return NonArticle(
            "no story",
            f"no story: {story_words} words of prose (“{_evidence(text.strip())}”) left of a "
            f"page of {page_words} words",
        )
    return None


__all__ = [
    "FURNITURE_PAGE_RATIO",
    "MIN_ANY_STORY_WORDS",
    "MIN_CARD_REPEAT_WORDS",
    "MIN_NUMERIC_SHARE",
    "MIN_REPORT_WORDS",
    "MIN_STORY_WORDS",
    "MIN_TABLE_TOKENS",
    "NON_ARTICLE_PATTERNS",
    "READER_ADDRESS",
    "TEASER_CARDS",
    "NonArticle",
    "judge",
]
