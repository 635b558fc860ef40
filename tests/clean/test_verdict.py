"""The article / non-article verdict: real stories pass, pages that only look like text do not."""

from __future__ import annotations

import json

import pytest

from conftest import HARBOUR_STORY as STORY
from conftest import need
from newsweave.clean.verdict import judge
from newsweave.errors import EmptyInput
from newsweave.sources.files import extract_html, extract_text, iter_articles


def test_a_short_real_story_is_an_article() -> None:
    assert judge(STORY) is None
    # one player line above a real story does not condemn it
    assert judge("Media playback is unsupported on your device\n\n" + STORY) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Since last spring our volunteers have saved copies of every page linked from "
            "the front pages of local papers. These crawls performed by the team are added "
            "to the Wayback Machine after a short delay.",
            "web archive notice",
        ),
        (
            "Tweet with a location\n\nYou can add location information to your Tweets, such as "
            "your city, from the web. You always have the option to delete it.",
            "embedded widget",
        ),
        (
            "JavaScript is disabled\n\nYou need to enable JavaScript to use this player",
            "embedded widget",
        ),
        (
            "The interactive transcript could not be loaded.\n\n"
            "Rating is available when the video has been rented.",
            "video player",
        ),
        (
            "Fill in your contact details in the form below to join our mailing list and hear "
            "about new issues first.",
            "sign-up form",
        ),
        (
            "The lighthouse museum is just\n\nwonderful\n\n...\n\nWe spent a whole afternoon "
            "there with our two boys and a guide who knew every ship that ever ran aground on "
            "the point. Would highly recommend the tower climb at sunset. Worth every penny.\n\n"
            "Parking is easy and the cafe is good",
            "reader review",
        ),
        (
            "Crawl of outlinks from the city's portal started in March. These files are "
            "currently not publicly accessible.\n\nThis was an experimental crawl for us: "
            "some linked objects were never fetched because their queues grew faster than the "
            "crawler could drain them, though it respected robots.txt throughout.",
            "web archive notice",
        ),
        (
            "Sorry, the page you requested could not be found.\n\nIf you are trying to reach "
            "a page from a bookmark, the page URL may have changed. Please pick a section from "
            "the menu at the top of this page.",
            "error page",
        ),
        (
            "By submitting your registration information, you agree to our terms.\n\n"
            "Already have an account?\n\nWe have sent a confirmation email to your address. "
            "Please click the link in it to activate your account.\n\nThank you for "
            "registering!",
            "sign-up form",
        ),
        (
            "The designations employed and the presentation of material on this map do not "
            "imply the expression of any opinion whatsoever concerning the legal status of any "
            "country or territory or of its authorities.",
            "map disclaimer",
        ),
        (
            "Harbour Weekly features breaking news about ports, ferries and the sea, from "
            "shipping lines and harbour boards.\n\nVisitors can browse more than 300 topics, "
            "grouped into sections.\n\nStories are posted daily.\n\nFor more information "
            "about Harbour Weekly, please consult the links listed at the bottom of each page.",
            "site or channel promotion",
        ),
        (
            "Watch Quay Talk with Ann Lee weeknights at 10:30 PM ET. Only on Channel Nine.\n\n"
            "Get the Channel Nine app for your phone!\n\nStream live TV and watch full "
            "seasons of your favourite shows anytime. Try it free!",
            "site or channel promotion",
        ),
        (
            "\u201cFerries of the North\u201d is the Harbour Weekly's new booklet of articles.\n\n"
            "This booklet is free and you may download a copy here.",
            "site or channel promotion",
        ),
        (
            "Lighthouse Radio features hilarious highlights from the show including: quiz "
            "rounds, sea shanties and, of course, the skipper's letters! You'll also find "
            "behind the scenes videos and other great web exclusives.",
            "site or channel promotion",
        ),
        (
            "Charts, essays, recordings, and other resources regarding the history of the "
            "northern ferries.",
            "site or channel promotion",
        ),
        (
            "RAIN LATER Monday (61/50) Showers Tuesday (58/47) Clouds Wednesday (64/52) Sun "
            "Expect a grey start along the coast. Showers move in after lunch and linger "
            "into the night, with highs near 60.",
            "weather forecast",
        ),
        ("Page 1 of 1", "no story"),
        (
            " ".join(f"ACME {100 + i}.{i % 10}0 +0.{i % 7}%" for i in range(30)),
            "ticker or data table",
        ),
    ],
)
def test_non_articles_are_named_with_a_reason(text: str, kind: str) -> None:
    verdict = judge(text)
    assert verdict is not None and verdict.kind == kind
    assert verdict.reason.startswith(kind)


@pytest.mark.parametrize(
    "text",
    [
        # a horoscope
        "Something you have waited for arrives before the weekend, and you will know what "
        "to do with it. Stay calm. This is your month and your plans will hold.",
        # a shop's terms
        'Buy or "Pause" It is always up to you! Log into your account to pause by the 3rd '
        "and you won't be charged.\n\nIf you don't pause, your card will be charged $20 on "
        "the 4th. The charge becomes store credit.",
        # a social box
        "Like us and you'll get the harbour's news in your feed every morning.",
    ],
)
def test_a_page_that_only_speaks_to_its_reader_is_no_article(text: str) -> None:
    verdict = judge(text)
    assert verdict is not None and verdict.kind == "addressed to the reader", verdict
    assert "words in the third person besides" in verdict.reason


def test_a_story_that_speaks_to_its_reader_or_quotes_you_is_still_an_article() -> None:
    """Own prose: a service story tells its reader what to do, but it reports too; and a
    "you" inside quotation marks is a speaker's, as is a title's capitalised "You"."""
    service = (
        "If you use the northern quay, you will need another route this week. The harbour "
        "authority closed the quay on Tuesday after a crane collapsed during the night."
    )
    assert judge(service) is None
    quoted = (
        '"You will see the ferries back by May," the harbour master told the council on Tuesday.'
    )
    assert judge(quoted) is None
    title = (
        "The harbour band played its Thank You Sailors medley on the quay on Tuesday before "
        "the last ferry of the season left for Nordvik with two hundred passengers on board."
    )
    assert judge(title) is None


def test_a_page_of_teaser_cards_is_an_index_not_a_story() -> None:
    """Own prose: a station's index renders each card's headline and summary twice; a real
    story's short stutter ("The ferry website, The ferry website,") is no card."""
    cards = "\n\n".join(
        f"{head} {head} {summary} {summary}"
        for head, summary in (
            (
                "Crane Falls On Northern Quay",
                "A crane collapsed at the port overnight, officials say.",
            ),
            ("Ferry Fares Rise In May", "Tickets to Nordvik will cost a fifth more from May."),
        )
    )
    verdict = judge(cards)
    assert verdict is not None and verdict.kind == "index of other stories"
    stutter = STORY.replace(
        "The quay handles", "The ferry website, The ferry website, says the quay handles"
    )
    assert judge(stutter) is None


def test_a_story_about_the_archive_is_still_an_article() -> None:
    text = (
        STORY + "\n\nAn earlier version of the authority's safety report can be read in the "
        "Internet Archive, where it was saved in 2019."
    )
    assert judge(text) is None


def test_a_story_about_a_crawl_or_a_registration_is_still_an_article() -> None:
    text = (
        STORY + "\n\nThe port authority said a web crawler had copied the old timetable, and "
        "that visitors who registered for alerts were sent a confirmation email."
    )
    assert judge(text) is None


def test_a_story_about_a_show_or_a_site_is_still_an_article() -> None:
    """Own prose: a report on a talk show's move names its time slot, and one on a website
    says what visitors can find there; the story around it is news."""
    story = (
        "Channel Nine said on Monday that Quay Talk with Ann Lee will move to weeknights at "
        "10:30 from September, after ratings for the harbour show fell for a third season.\n\n"
        "The network's head of programming told staff the earlier slot had lost viewers to "
        "streaming services, and that the host had agreed to the change."
    )
    assert judge(story) is None


def test_a_review_page_is_no_article_but_a_story_quoting_a_review_is() -> None:
    review = (
        "We spent a whole afternoon at the harbour museum with our two boys and a guide who "
        "knew every wreck on the point. Would highly recommend the tower climb at sunset. "
        "Worth every penny."
    )
    verdict = judge(review)
    assert verdict is not None and verdict.kind == "reader review"
    quoted = STORY + (
        '\n\n"Would highly recommend the harbour tour, worth every penny," one visitor wrote on '
        "the port's page before the quay closed."
    )
    assert judge(quoted) is None


def test_japanese_prose_counts_as_words() -> None:
    text = "先日、港の北側の岸壁でクレーンが倒れ、当局は岸壁を閉鎖したと発表しました。" * 3
    assert judge(text) is None


def test_a_line_left_of_a_page_of_furniture_is_no_story() -> None:
    """Own prose: a video host's page (upload date, social links, a cast list) cleans down to
    its one shouting line, which no outlet would call a story; a short item whose page held
    little else stays an article."""
    links = "".join(
        f"FOLLOW us on: http://www.example.org/{site}\n\n"
        for site in ("riverton", "quay", "ferry", "harbour", "pier", "crossing", "nordvik", "deck")
    )
    cast = "".join(f"{role} - {name}\n\n" for role, name in CAST)
    page = f"Published on Mar 3, 2019\n\nI TOLD YOU THE LAST RIVERTON FERRY WOULD NEVER LEAVE THE QUAY!\n\n{links}CAST\n\n{cast}"
    reason = extract_text(page).not_article
    assert reason and reason.startswith("no story:"), reason
    item = (
        "Published on Mar 3, 2019\n\nThe Riverton ferry company said on Monday it would stop "
        "its crossings to Nordvik in May.\n\nFOLLOW us on: http://www.example.org/riverton"
    )
    assert extract_text(item).not_article is None


CAST = [
    ("Captain", "Ida Stone"),
    ("Deckhand", "Lev Marr"),
    ("Harbour master", "Ana Lindqvist"),
    ("Passenger", "Maja Berg"),
    ("Ticket seller", "Lena Sarv"),
    ("Mayor", "Ellen Vos"),
    ("Fisherman", "Tom Harding"),
    ("Narrator", "Ruth Okafor"),
    ("Second deckhand", "Per Holm"),
    ("Cook", "Sara Lind"),
    ("Stowaway", "Jon Beck"),
    ("Pilot", "Eva Nyberg"),
    ("Customs officer", "Karl Ek"),
    ("Radio voice", "Mia Dahl"),
]


@pytest.mark.slow
def test_no_real_article_is_flagged_on_aeb_ecbplus_and_the_seeds(seeds_dir, data_dir) -> None:
    import gzip

    aeb = need(data_dir / "aeb" / "ground-truth.json", "the AEB pages").parent
    flagged = []
    for page in sorted((aeb / "html").glob("*.html.gz")):
        with gzip.open(page, "rt", encoding="utf-8") as f:
            art = extract_html(f.read(), path=str(page))
        if art.not_article:
            flagged.append(page.name)
    assert flagged == []
    assert [a.id for a in iter_articles([seeds_dir]) if a.not_article] == []
    # ECB+ is real news, some of it one line long ("Robbers in drag steal ... in biggest heist")
    ecb = need(data_dir / "ecbplus" / "documents.jsonl", "ECB+")
    with ecb.open(encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            try:
                art = extract_text(rec["text"])
            except EmptyInput:
                continue  # too short for the cleaner to call it an article at all
            assert art.not_article is None, rec["id"]


def test_multinews_crawl_notices_and_widgets_are_flagged(data_dir) -> None:
    path = need(data_dir / "multinews" / "validation.jsonl", "the multinews validation set")
    notices = widgets = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            for doc in json.loads(line)["documents"]:
                if doc.startswith("Starting in 1996, Alexa Internet"):
                    notices += 1
                    assert judge(extract_text(doc).text).kind == "web archive notice"
                elif doc.startswith("Tweet with a location"):
                    widgets += 1
                    assert judge(extract_text(doc).text).kind == "embedded widget"
    assert notices >= 10 and widgets >= 5


def test_the_quick_pattern_tests_miss_no_paragraph_in_any_letter_case(
    data_dir, monkeypatch
) -> None:
    """The verdict looks paragraph by paragraph only for the kinds whose quick test fires on
    the whole text: with every kind always looked for, no verdict may change."""
    import re

    from newsweave.clean import verdict

    path = need(data_dir / "multinews" / "validation.jsonl", "the multinews validation set")
    with path.open(encoding="utf-8") as f:
        docs = [doc for line in f for doc in json.loads(line)["documents"]]
    docs += [
        STORY + "\n\nPlease ENABLE JavaScript to view the comments.",
        "PAGE NOT FOUND",
        "ALREADY A ſUBſCRIBER? Sign in.",  # a long s, a dotted and a dotless i
        "You can add a locatİon to your Tweets.",
        "Twıtter stores that location.",
    ]
    texts = [t for doc in docs for t in (doc, doc.upper(), doc.title())]
    quick = [judge(t) for t in texts]
    assert sum(v is not None and v.kind != "no story" for v in quick) >= 100
    always = {kind: (re.compile(""),) for kind in verdict.NON_ARTICLE_PATTERNS}
    monkeypatch.setattr(verdict, "_CUES", always)
    assert [judge(t) for t in texts] == quick
