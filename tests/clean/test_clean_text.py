"""Text mode: line rules on small pages of our own prose, and a slice of AEB as a regression guard."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from conftest import shingle_f1
from newsweave.clean.html import html_to_text
from newsweave.clean.quick import fold_case, quick_tests
from newsweave.clean.text import clean_text, junk_reason, strip_leaks

P1 = (
    "The county council voted on Thursday to rebuild the old quarry road before winter, after "
    "residents of three villages petitioned for a safer route to the regional hospital."
)
P2 = (
    "Work is expected to begin in October and to last about eleven weeks, council officials said, "
    "with a temporary one-way system in place for most of that time."
)
P3 = (
    '"We have waited twenty years for this," said Mara Linde, who organised the petition. '
    '"Nobody should have to drive an ambulance down a track like that."'
)
P4 = (
    "The council has set aside 2.4 million euros for the work and expects a regional grant to "
    "cover a further third of the cost, according to budget papers published last month."
)


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_furniture_around_a_story_is_removed_and_story_kept_in_order() -> None:
    raw = page(
        "Regional",
        "Council backs rebuild of quarry road",
        "By Ana Petrov",
        "June 3, 2024",
        "Share on facebook",
        "Share on twitter",
        "0:00",
        "",
        P1,
        "",
        "Advertisement",
        "",
        P2,
        "Residents walk along the quarry road near Hollin on June 1, 2024.",
        "Jon Baird/Valley Photos",
        P3,
        "WHAT COMES NEXT",
        P4,
        "Subscribe to our newsletter and get the news in your inbox every morning.",
        "Copyright © 2024 Valley Herald Media Ltd. All rights reserved.",
        "Related Articles",
        "Hollin school reopens after flood repairs",
        "3 hours ago",
        "The village school in Hollin reopened on Monday after repairs to its flooded basement were completed ahead of schedule.",
    )
    res = clean_text(raw)
    assert res.text.split("\n\n") == [P1, P2, P3, "WHAT COMES NEXT", P4]
    assert res.title == "Council backs rebuild of quarry road"
    assert res.byline == "Ana Petrov"
    assert (
        res.date
        and res.date.value.date().isoformat() == "2024-06-03"
        and res.date.source == "dateline"
    )
    assert res.outlet == "Valley Herald"
    reasons = {r.text: r.reason for r in res.removed}
    assert reasons["Advertisement"] == "advertisement"
    assert reasons["Share on facebook"] == "share"
    assert reasons["0:00"] == "player"
    assert reasons["Jon Baird/Valley Photos"] == "credit"
    assert reasons["Residents walk along the quarry road near Hollin on June 1, 2024."] == "caption"
    assert reasons["Related Articles"] == "related-heading"
    assert reasons["Hollin school reopens after flood repairs"] == "related"
    assert "subscription" in reasons.values() and "copyright" in reasons.values()
    for seg in res.removed:  # offsets into the raw input
        assert raw[seg.start : seg.end] == seg.text


def test_repeated_headline_teaser_and_inline_credit() -> None:
    raw = page(
        "Council backs rebuild of quarry road",
        "",
        "Three villages will get a safer route to hospital.",
        "Council backs rebuild of quarry road",
        "A lorry on the quarry road on June 1, 2024. Jon Baird/Valley Photos via Reuters",
        "Ana Petrov",
        "Updated:",
        "",
        P1,
        P2,
    )
    res = clean_text(raw)
    assert res.text.split("\n\n") == [P1, P2]
    assert res.byline == "Ana Petrov"
    by = {r.reason for r in res.removed}
    assert {"title", "teaser", "caption", "byline", "date"} <= by
    # the only date is a photo's: a lower bound for publication, labelled as such
    assert res.date and res.date.source == "caption"


def test_a_share_buttons_label_run_into_the_lead_is_not_story_text() -> None:
    raw = page("Council backs rebuild of quarry road", "", "Email This " + P1, P2)
    assert clean_text(raw).text.split("\n\n") == [P1, P2]
    # the same words inside a paragraph are the story's
    told = "Readers who got the notice were asked to Email This week's council office."
    assert clean_text(page("Council backs rebuild", "", told, P1)).text.startswith(told)


def test_a_gallery_caption_credited_to_the_associated_press_is_no_story_text() -> None:
    # (Multi-News 219, 230, 234, 237…) an AP page's photo captions, each ending on its credit
    caption = (
        "FILE - In this May 2, 2016 file photo, harbour master Ilse Marten waves after "
        "addressing dockers in Harbourton. Marten says she will not seek another term... "
        "(Associated Press)"
    )
    scene = (
        "Dockers stand by the collapsed crane on the northern quay, Tuesday, May 13, 2025, in "
        "Harbourton. The harbour authority closed the quay after the crane fell. (Associated Press)"
    )
    res = clean_text(page("Harbour crane collapses", "", caption, scene, P1, P2))
    assert res.text.split("\n\n") == [P1, P2]
    assert {r.reason for r in res.removed} >= {"caption"}
    # the news agency named in a story's sentence stays
    told = "The harbour master told the Associated Press that the quay would reopen in June."
    assert told in clean_text(page("Harbour crane collapses", "", told, P1)).text


def test_markdown_link_residue_and_original_url() -> None:
    raw = page(
        "Council backs rebuild of quarry road",
        "By [Valley Wire](#)",
        "[valleyphotos.example](#)",
        P1,
        "Related article: [Hollin school reopens](#)",
        P2,
        "Original url:",
        "",
        "<https://valley-herald.example/2024/06/03/quarry-road>",
    )
    res = clean_text(raw)
    assert res.text.split("\n\n") == [P1, P2]
    assert res.byline == "Valley Wire"
    assert res.url == "https://valley-herald.example/2024/06/03/quarry-road"
    assert res.date and res.date.source == "url"
    assert res.outlet == "valley-herald.example"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    raw = page(
        "The county council voted on Thursday to rebuild the old quarry",
        "road before winter, after residents of three villages petitioned for a",
        "safer route to the regional hospital.",
        P2,
    )
    res = clean_text(raw)
    assert res.text.split("\n\n")[0] == P1
    assert res.text.split("\n\n")[1] == P2


def test_comments_are_not_body() -> None:
    raw = page(
        P1,
        P2,
        P3,
        "Comments",
        "Lena on June 4, 2024 at 9:12 am said:",
        "I drive that road every day and it has been dangerous for as long as I can remember, so this is very welcome news for all of us.",
        "Reply",
        "Tomas on June 4, 2024 at 10:40 am said:",
        "Eleven weeks of a one-way system will be a nightmare for the farms along the valley, and nobody asked us what we thought about it.",
    )
    res = clean_text(raw)
    assert res.text.split("\n\n") == [P1, P2, P3]
    assert any(r.reason == "comments" for r in res.removed)


def test_a_related_box_inside_the_story_does_not_end_it() -> None:
    raw = page(
        P1,
        P2,
        "Trending News",
        "Storm warning for the coast",
        "Rail strike called off",
        P3,
        P4,
    )
    res = clean_text(raw)
    assert res.text.split("\n\n") == [P1, P2, P3, P4]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Kindly share this story:", "share"),
        ("Share on whatsapp", "share"),
        ("Copy link", "share"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Story Continued Below", "advertisement"),
        (
            "Join us today and pay only $9.99 for an annual subscription to our insights.",
            "subscription",
        ),
        ("And you get a free two-week trial with no obligation to continue.", "subscription"),
        ("Copyright © 2024 Example Media. All Rights Reserved.", "copyright"),
        ("No comments yet...", "comments"),
        ("Related Articles", "related-heading"),
        ("You may also like", "related-heading"),
        ("Read more: Ferry fares to rise in April", "related"),
        ("Why the ferry strike may last all summer | Jo Harbour Read more", "related"),
        ("REUTERS", "credit"),
        ("AFP via Getty Images", "credit"),
        ("Anna Berg/Shutterstock", "credit"),
        ("GAVRIIL GRIGOROV/SPUTNIK/KREMLIN POOL/EPA-EFE/Shutterstock", "credit"),
        ("1:42", "player"),
        ("5 min read", "player"),
        ("Hashtags", "navigation"),
        ("11 minutes ago", "timestamp"),
        (
            "The ferry is late again. Third time this week https://t.co/AbCdEf123 "
            "— Jo Harbour (@joharbour) March 3, 2021",
            "embed",
        ),
        ("Image caption The harbourmaster walks the closed quay on Tuesday", "caption"),
        (
            "Photos: The quay Divers search the quay on May 7. Hide Caption 1 of 3 Photos: The "
            "quay A crane lies across the quay. Hide Caption 2 of 3",
            "caption",
        ),
        (
            "We use cookies to give you the best experience; by browsing you accept our cookie policy.",
            "cookies",
        ),
        (
            "Skip in Skip x Embed x Share CLOSE Ferry halted | 0:46 The ferry stopped for the "
            "day. (Jan. 8) AP 1 of 9 Skip in Skip x Embed x Share CLOSE Quay flooded",
            "caption",
        ),
        # a video's title, running time and description, as multinews validation 18 and 32
        # keep them inside the story
        (
            "Ferry fares climb again (2:15) Commuters on the harbour line will pay more from "
            "May. Jo Harbour joins the morning show.",
            "caption",
        ),
        ("Our reporter rides the last ferry before the strike begins. (1:48)", "caption"),
    ],
)
def test_line_lexicon(line: str, reason: str) -> None:
    assert junk_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        P1,
        "NO CEASEFIRE?",
        "Reuters contributed to this report.",
        "(Reuters) - The ferry operator said on Monday it would cut two routes.",
        "The subscription service lost 2 million users in the quarter, the company said.",
        "Share prices fell 4% in early trading after the announcement.",
        "More than 300 people attended the meeting in the village hall on Tuesday.",
        "The mayor replied on Twitter (@harbourmayor) on March 3, 2021, that fares would hold.",
        "Passengers who want to know more can read more on the operator's website.",
        "The relay crew finished third (3:12) and the coach said she was proud of them.",
        "The winner crossed the line in 2:03:59, a course record, the organisers said.",
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert junk_reason(line) is None


def test_strip_leaks_keeps_story_and_drops_tail() -> None:
    body = "\n".join(
        [
            P1,
            "Advertisement",
            P2,
            "Photo: Jon Baird/Valley Photos",
            P3,
            "Related",
            "Storm warning for the coast",
        ]
    )
    kept, dropped = strip_leaks(body)
    assert kept.split("\n") == [P1, P2, P3]
    assert {r for _, r in dropped} >= {"advertisement", "credit", "related-heading"}


# --------------------------------------------------------------------------- AEB slice


_f1 = shingle_f1


def test_text_mode_on_an_aeb_slice(data_dir: Path) -> None:
    """Regression guard (the full run is bench/bench_extract.py): 30 pages, flattened then cleaned."""
    aeb = data_dir / "aeb"
    truth = json.loads((aeb / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:30]
    flat_scores, text_scores = [], []
    for k in keys:
        with gzip.open(aeb / "html" / f"{k}.html.gz", "rt", encoding="utf-8") as f:
            flat = html_to_text(f.read())
        flat_scores.append(_f1(truth[k]["articleBody"], flat))
        text_scores.append(_f1(truth[k]["articleBody"], clean_text(flat).text))
    mean_text = sum(text_scores) / len(keys)
    assert mean_text > sum(flat_scores) / len(keys) + 0.15
    assert mean_text >= 0.85


@pytest.mark.parametrize(
    "drop",
    [
        (),
        ("Comments", "No comments yet..."),
        ("Comments", "No comments yet...", "Related Articles"),
        (
            "Hashtags",
            "Try Our AI Features",
            "Explore what Daily8 AI can do for you:",
            "Comments",
            "No comments yet...",
        ),
    ],
)
def test_teaser_tail_is_cut_without_the_markers_that_usually_announce_it(
    seeds_dir: Path, drop: tuple[str, ...]
) -> None:
    """Rules are general: the seed's Related tail goes even when its headings are missing."""
    raw = (seeds_dir / "004_0695376d25cec0db.txt").read_text(encoding="utf-8")
    lines = [ln for ln in raw.split("\n") if ln.strip() not in drop]
    text = clean_text("\n".join(lines)).text
    assert "Kallas" not in text and "tariffs" not in text and "minutes ago" not in text
    assert text.endswith("including Ukraine.")


def test_too_many_lines_is_refused_quickly() -> None:
    from newsweave.errors import UnreadableInput
    from newsweave.sources.files import MAX_LINES, extract_text

    with pytest.raises(UnreadableInput, match="lines, over the limit"):
        extract_text("Home\n" * (MAX_LINES + 1), path="menu.txt")


def test_question_headline_on_the_first_line_is_the_title() -> None:
    res = clean_text(page("Will the quarry road finally be rebuilt?", P1, P2, "No one objected."))
    assert res.title == "Will the quarry road finally be rebuilt?"
    assert res.text.split("\n\n") == [P1, P2, "No one objected."]  # a short closing sentence stays


def test_an_epigraph_and_its_credit_are_not_the_title() -> None:
    """Own prose: a story opens on two lines of verse and the poet's credit; neither the
    verse's last line nor the credit is the story's headline."""
    res = clean_text(
        page("“The sea is a road,", "and every road is long.”", "Ann Weir, Harbour Songs", P1, P2)
    )
    assert res.title is None
    assert P1 in res.text


def test_clean_text_without_headline_keeps_everything() -> None:
    res = clean_text(page(P1, P2, P3))
    assert res.title is None and res.text.split("\n\n") == [P1, P2, P3] and not res.removed


def test_an_archive_photo_caption_does_not_date_the_story() -> None:
    story = (
        "The harbour authority closed the northern quay on Tuesday after a crane collapsed "
        "during the night, officials said.\n\n"
        "No one was hurt, but three ships were diverted to the southern terminal while "
        "engineers inspect the foundations.\n"
    )
    old = "FILE - In this May 2, 2016 file photo, the northern quay is seen from the harbour. Ann Lee/Harbour Press via Reuters"
    today = "The collapsed crane lies across the northern quay in Harbourton on May 13, 2025. Ann Lee/Harbour Press via Reuters"
    assert clean_text(f"Harbour crane collapses\n\n{old}\n\n{story}").date is None
    found = clean_text(f"Harbour crane collapses\n\n{today}\n\n{story}").date
    assert found and found.source == "caption" and found.value.date().isoformat() == "2025-05-13"
    # a gallery runs through the quay's past: its pictures' dates do not date the page
    gallery = (
        "Photos: The northern quay Photos: The northern quay The first crane is raised on the "
        "northern quay in Harbourton on June 3, 1961. Hide Caption 1 of 2 Photos: The northern "
        "quay Dockers unload the last steamer on the quay on August 9, 1974. Hide Caption 2 of 2"
    )
    assert clean_text(f"Harbour crane collapses\n\n{story}\n\n{gallery}").date is None
    found = clean_text(f"Harbour crane collapses\n\n{today}\n\n{story}\n\n{gallery}").date
    assert found and found.value.date().isoformat() == "2025-05-13"


# --------------------------------------------------------------------------- quick tests


def test_quick_tests_pass_every_line_their_pattern_matches(data_dir: Path) -> None:
    """A pattern's quick tests must fire wherever it matches, in any letter case (they only
    spare it the lines it would not match): checked on the visible lines of 40 AEB pages."""
    import re

    aeb = data_dir / "aeb"
    lines = [
        "Copyright © 2024 Daily Planet. ALL RIGHTS RESERVED.",
        "JOIN NOW for only $1.99 per month",
        "We use cookies to improve your experience.",
        "Already a ſubscriber? Sign İn",  # a long s and a dotted i: a case-blind "s" and "i"
        "SUBSCRİPTION: $5 A MONTH. Get unlimited access.",
    ]
    for page in sorted((aeb / "html").glob("*.html.gz"))[:40]:
        with gzip.open(page, "rt", encoding="utf-8") as f:
            lines += html_to_text(f.read()).split("\n")
    cases = [v for ln in lines for v in (ln, ln.upper(), ln.title())]
    patterns = [
        re.compile(r"\b(?:accept|consent) (?:the use of )?cookies\b|^(?:join|get)\b", re.I),
        re.compile(r"^(?:copyright\b|©)|\ball rights reserved\b", re.I),
        re.compile(r"\bsubscription\b|\$\s?\d+(?:\.\d\d)?\b|\bper (?:month|year)\b", re.I),
        re.compile(
            r"\b(?:already a|sign) (?:subscriber|in)\b|[^|]\bunlimited (?:digital )?access", re.I
        ),
    ]
    matched = 0
    for rx in patterns:
        tests = quick_tests(rx)
        for s in cases:
            if rx.search(s):
                matched += 1
                assert any(t.search(fold_case(s)) for t in tests), (rx.pattern, s)
    assert matched >= 50
    with pytest.raises(ValueError):
        quick_tests(re.compile("cookies"))  # not case-blind: nothing to speed up


def test_invisible_characters_leave_the_text_but_joiners_stay():
    """Own prose: zero-width spaces pasted from a CMS split words for search and quote
    matching; they go, while a zero-width non-joiner, which shapes Persian words, stays."""
    raw = (
        "\u200bRiverton \u200bferry crews walked out on Monday after the harbour board cut "
        "their night shift pay by a fifth, the union said in a statement.\n\n"
        "The strike stopped every crossing to the old town, and the board said talks would "
        "resume on Wednesday at the harbour office in Riverton.\n\n"
        "A Persian word with its joiner, \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645, "
        "was painted on the union's banner beside the quay on Monday night."
    )
    got = clean_text(raw).text
    assert "\u200b" not in got and got.startswith("Riverton ferry crews walked out")
    assert "\u200c" in got


def test_a_closing_mark_the_scrape_could_not_decode_is_restored():
    """Own prose, shaped like two multinews scrapes: a closing curly mark lost to a decoding
    error reads as "�?" and left every quotation after it open. Where a quotation is open it is
    "”" again; a lost letter before a real question mark, with no quotation open, stays."""
    raw = (
        "The harbour master said the ferry was “fit for the winter crossings,\ufffd? and the "
        "board called the repairs “complete\ufffd? on Monday after the inspection in Riverton.\n\n"
        "Fishermen asked whether the new quay at Caf\ufffd? would open before the spring "
        "season, and the board said it would decide at its next meeting in March."
    )
    got = clean_text(raw).text
    assert "“fit for the winter crossings,” and" in got and "“complete” on Monday" in got
    assert "Caf\ufffd? would open" in got


def test_a_sign_up_form_scraped_into_one_long_line_is_furniture():
    """Own prose, shaped like a newspaper's newsletter box in four multinews scrapes: the form's
    prompt, errors and thanks in one line of ~70 words stayed in the story (and "Invalid" became
    a person in the entity list). A story's paragraph about a newsletter stays."""
    form = (
        "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by "
        "clicking the box. Invalid email address. Please re-enter. You must select a newsletter "
        "to subscribe to. Sign Up You agree to receive occasional updates and special offers for "
        "the Harbour Gazette's products and services. Thank you for subscribing. An error has "
        "occurred. Please try again later. View all Harbour Gazette newsletters."
    )
    story = (
        "The harbour board in Riverton voted on Tuesday to close the north quay for repairs "
        "through the winter, the board's chairwoman said after the meeting.\n\n"
        "Divers found cracks in the quay wall in September, and engineers said the stones "
        "along its outer face had shifted by several inches since the spring storms.\n\n"
        "The ferry company said its crossings would move to the south quay from Monday, and "
        "that its weekly newsletter would tell passengers of each change to the timetable.\n\n"
        "Repairs are expected to cost about two million pounds, paid from the regional fund."
    )
    got = clean_text(f"{story}\n\n{form}").text
    assert "not a robot" not in got and "Invalid email" not in got
    assert got == story  # the story whole, its paragraph about a newsletter too
    # a quotation's price and "you get" are the speaker's (multinews 228), no pitch
    quoted = (
        "The recording shows he also said, “$5,000, and then you get the boat back, and then "
        "nobody has to know about the quay,” and the harbour master hung up."
    )
    assert junk_reason(quoted) is None


def test_a_closing_quote_glued_to_the_next_sentence_gets_its_space():
    """Own prose: the scrape lost the paragraph breaks around quotations, so a closing mark
    touches the next sentence ('… for good."Dr. Vos says …') and an opening one the sentence
    before ('… on Monday."We will …'): the space goes after a closing mark, straight or curly,
    and before an opening one."""
    raw = (
        'The harbour master said the Riverton pier would stay shut all winter. "We cannot '
        'risk another collapse, not this year and not for good."Dr. Vos says the repairs '
        "will take two years and cost the town more than its ferry earns.\n\n"
        "Pier staff were told on Monday that the ferry would stop in May. “Nobody asked "
        "us.”The union called a meeting for Tuesday night at the harbour office.\n\n"
        "Crews left the quay on Monday night before the storm reached the old town and the "
        'harbour."We will be back when the pier is safe," their foreman told the crowd there.'
    )
    got = clean_text(raw).text
    assert 'for good." Dr. Vos says' in got
    assert "asked us.” The union" in got
    assert 'the harbour. "We will be back when the pier is safe," their' in got


def test_a_full_stop_glued_to_the_next_sentence_gets_its_space():
    """Own prose: the scrape lost the spaces between sentences ('… was badly damaged.The
    harbour …', '… (left with a broken arm).Vos was …'); the space comes back, but not inside
    an abbreviation, a time, a decimal or a web address; a stop glued after a date too."""
    raw = (
        "The storm hit the Riverton pier on Monday night and the ferry office was badly "
        "damaged.The harbour board closed the quay to all traffic until further notice.\n\n"
        "One crew member was hurt when a crane fell on the quay (he was left with a broken "
        "arm).Vos was taken to hospital in the old town by the U.S.Army reserve at 9 a.m.The "
        "board posted its notice on www.RivertonHarbour.org that night.\n\n"
        "The quay will reopen on March 2.The ferry fare then rises by 2.5 percent, Vos said."
    )
    got = clean_text(raw).text
    assert "badly damaged. The harbour board" in got
    assert "broken arm). Vos was taken" in got
    assert "on March 2. The ferry fare then rises by 2.5 percent" in got
    assert "U.S.Army" in got and "a.m.The" in got and "www.RivertonHarbour.org" in got


def test_a_list_bullet_before_a_paragraph_is_layout_not_text():
    """Own prose: a story's summary points come as a list ("- Crews closed ..."); the dash is
    the page's layout, so the paragraph starts at its first word. A dash inside stays."""
    raw = (
        "The storm hit the Riverton pier on Monday night and the ferry office was badly "
        "damaged by the waves.\n\n"
        "- Crews closed the northern quay to all traffic until the harbour board inspects it.\n\n"
        "• The ferry to Nordvik will not sail again before Friday - or later, if the wind holds."
    )
    got = clean_text(raw).text
    assert "\n\nCrews closed the northern quay" in got
    assert "\n\nThe ferry to Nordvik will not sail again before Friday - or later" in got


def test_a_bare_copyright_credit_names_a_picture_not_the_page() -> None:
    """Multi-News: "Copyright Marvel Comics" over a story about Marvel's new comic named the
    page's outlet Marvel Comics (AEB: "© John Brecher" under a photo). A notice with a year,
    or a credit that closes the page, still names it."""
    credit = "Copyright Quarry Road Pictures "
    assert clean_text(page(credit, "", P1, "", P2, "", P3)).outlet is None
    assert clean_text(page(P1, "", credit, "", P2, "", P3)).outlet is None
    notice = "Copyright 2024 Shirebrook Gazette."
    assert clean_text(page(credit, "", P1, "", P2, "", P3, "", notice)).outlet == (
        "Shirebrook Gazette"
    )
    closing = "Copyright Shirebrook Gazette / Fenland Radio"
    assert clean_text(page(P1, "", P2, "", P3, "", closing)).outlet == (
        "Shirebrook Gazette / Fenland Radio"
    )
