"""Off-topic blocks on real cases: seed 004's raw tail and articles assembled from two real texts."""

from __future__ import annotations

import json
import random

from conftest import DATA, need
from newsweave.config import Settings
from newsweave.events.offtopic import blocks, offtopic_spans, offtopic_spans_batch, paragraphs
from newsweave.models import Article
from newsweave.nlp import get_embedder

EMBEDDER = get_embedder(Settings())  # the default model


def test_blocks_are_paragraphs_with_exact_offsets():
    text = "  First para.\n\nSecond para\nstill second.\n\n\nThird."
    bl = paragraphs(text)
    assert [b.text for b in bl] == ["First para.", "Second para\nstill second.", "Third."]
    assert all(text[b.start : b.end] == b.text for b in bl)
    long = "\n\n".join(
        f"Sentence number {i} of a story told in short paragraphs." for i in range(12)
    )
    joined = blocks(long)
    assert 2 <= len(joined) < 12 and all(long[b.start : b.end] == b.text for b in joined)
    assert joined[0].start == 0 and joined[-1].end == len(long)


def test_seed_004_raw_tail_is_cut(seeds_dir):
    raw = (seeds_dir / "004_0695376d25cec0db.txt").read_text(encoding="utf-8")
    art = Article(id="004", text=raw)
    spans = offtopic_spans(art, embedder=EMBEDDER)
    cut = " ".join(raw[s.start : s.end] for s in spans)
    # the tariffs / gold futures item and the Kallas interview belong to other stories
    assert "Gold futures dropped" in cut
    assert "Kaja Kallas" in cut
    # the story itself (Putin's proposal of talks in Istanbul) is untouched
    story_end = raw.index("Hashtags")
    assert all(s.start >= story_end - 1 for s in spans)
    assert "Istanbul" not in cut


def test_cleaned_seeds_keep_everything(seed_articles):
    assert offtopic_spans_batch(seed_articles, embedder=EMBEDDER) == [[] for _ in seed_articles]


def _ecb(limit: int = 200) -> list[dict]:
    path = need(DATA / "ecbplus" / "documents.jsonl", "ECB+")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(limit), fh, strict=False)]


def test_assembled_related_tail_is_cut_and_story_kept():
    docs = [d for d in _ecb(400) if len(d["text"].split("\n")) >= 6]
    rng = random.Random(7)
    arts, bounds = [], []
    for k in range(20):
        a, b = rng.sample(docs, 2)
        while a["topic"] == b["topic"]:
            a, b = rng.sample(docs, 2)
        story = "\n\n".join(a["text"].split("\n"))
        tail = "\n\n".join(b["text"].split("\n")[1:7])
        text = story + "\n\nRelated Articles\n\n" + tail
        arts.append(Article(id=f"mix{k}", text=text))
        bounds.append(len(story))
    res = offtopic_spans_batch(arts, embedder=EMBEDDER)
    detected = 0
    for art, spans, story_len in zip(arts, res, bounds, strict=True):
        # never cut into the lead (the first paragraphs that define the story)
        assert all(s.start > 300 for s in spans)
        if any(s.end == len(art.text) and s.start >= story_len * 0.8 for s in spans):
            detected += 1
    # one-sentence paragraphs (ECB+ texts) are the hard case: measured 19/20
    assert detected >= 15, f"only {detected}/20 foreign tails cut"
    # the same articles without the tail: one-sentence paragraphs far from their lead are
    # sometimes taken for another story (measured: 0 of these 20, 3 before the lead-word
    # pre-filter); real paragraphs are not
    # (test_cleaned_seeds_keep_everything)
    plain = [
        Article(id=f"p{k}", text=a.text[:b])
        for k, (a, b) in enumerate(zip(arts, bounds, strict=True))
    ]
    flagged = sum(bool(s) for s in offtopic_spans_batch(plain, embedder=EMBEDDER))
    assert flagged <= 3


def _aeb_bodies() -> list[str]:
    """AEB's ground-truth article bodies: true body text only, nothing in them is foreign."""
    path = need(DATA / "aeb" / "ground-truth.json", "AEB")
    truth = json.loads(path.read_text(encoding="utf-8"))
    return [truth[k]["articleBody"] for k in sorted(truth)]


def test_aeb_true_bodies_are_not_cut():
    # closing paragraphs that drift from the lead (spec sheets, Q&A, recipe steps, a quote) are
    # the story's own: measured 0 of 181 cut (27 when the lead similarity alone decided)
    arts = [Article(id=f"aeb{k}", text=t) for k, t in enumerate(_aeb_bodies())]
    cut = [
        a.id for a, s in zip(arts, offtopic_spans_batch(arts, embedder=EMBEDDER), strict=True) if s
    ]
    assert len(cut) <= 2, cut


def _first_line(text: str) -> str:
    return text.strip().split("\n")[0][:110].rsplit(" ", 1)[0]


def test_short_headline_list_under_a_cue_is_cut():
    bodies = [t for t in _aeb_bodies() if t.count("\n\n") >= 6]
    rng = random.Random(3)
    detected = story_cut = 0
    arts, bounds = [], []
    for k in range(20):
        story, *others = (t.strip() for t in rng.sample(bodies, 4))
        tail = "\n\n".join(_first_line(t) for t in others)
        arts.append(Article(id=f"h{k}", text=f"{story}\n\nYou may also like\n\n{tail}"))
        bounds.append(len(story))
    for art, spans, n in zip(
        arts, offtopic_spans_batch(arts, embedder=EMBEDDER), bounds, strict=True
    ):
        detected += any(s.end == len(art.text) and n <= s.start <= n + 2 for s in spans)
        story_cut += any(s.start < n for s in spans)
    # three headlines (about 20 words) are too few to cut without the cue; measured 13/20, 2 cut
    assert detected >= 10 and story_cut <= 3, (detected, story_cut)


def test_box_under_a_cue_mid_article_is_cut():
    bodies = [t for t in _aeb_bodies() if t.count("\n\n") >= 6]
    rng = random.Random(3)
    arts, boxes = [], []
    for k in range(20):
        story, other = rng.sample(bodies, 2)
        paras = story.strip().split("\n\n")
        head = "\n\n".join(paras[: len(paras) // 2])
        box = "Read more\n\n" + "\n\n".join(other.strip().split("\n\n")[:2])
        arts.append(
            Article(id=f"b{k}", text=f"{head}\n\n{box}\n\n" + "\n\n".join(paras[len(paras) // 2 :]))
        )
        boxes.append((len(head) + 2, len(head) + 2 + len(box)))
    res = offtopic_spans_batch(arts, embedder=EMBEDDER)
    found = sum(
        any(s.start == a and abs(s.end - b) < 3 for s in spans)
        for spans, (a, b) in zip(res, boxes, strict=True)
    )
    over = sum(
        any(s.start < a or s.end > b + 2 for s in spans)
        for spans, (a, b) in zip(res, boxes, strict=True)
    )
    # without the cue a box mid-article is left in (drifting body paragraphs look the same);
    # under one it is cut exactly: measured 7/20 here, 7-10 over random seeds 1-6 (a box on the
    # story's own subject is kept). Over-cuts (the box's last short paragraph joined to the
    # story's next one; a box two paragraphs from the end taking the end): measured 2-5.
    assert found >= 5 and over <= 6, (found, over)


# A film review (our own prose, shaped like Multi-News 181's): its later paragraphs drift from
# the lead one after another, each close to the one before it.
_REVIEW = [
    "“Lantern Street” is the kind of thriller that mistakes gloom for depth. For most of its two "
    "hours the new film from director Ilse Marrow drifts through rain-soaked streets, pausing on "
    "faces and empty rooms, promising a revelation it never quite delivers, and the audience at "
    "its premiere in Venice seemed to know it.",
    "It is a thriller because of its mood rather than its plot. Each of its three leads lives in "
    "a world that seems haunted, and the camera lingers on them as if waiting for something to "
    "break, a glass, a promise, a heart. Marrow shoots the city at night, in greens and greys, "
    "like a place under water.",
    "Marrow made her name with small films about grief, and “Lantern Street” is her first with a "
    "large budget and famous leads. The money shows in the rain-soaked streets and the long night "
    "shots of the city, less so in the script, which gives its three leads a great deal of mood "
    "and very little to do.",
    "The film's three stories are told in turn, each in its own city, and the editing keeps the "
    "audience waiting for the moment they meet. Marrow is patient with her leads; the film is "
    "less patient with its audience, and two hours of gloom feel longer than they should. Each of "
    "the leads carries a strange gift, and each gift turns out to be a curse.",
    "The first of the three, Tomas, is a retired locksmith haunted by a strange gift: he can open "
    "any lock in Antwerp by touching it, and every door he opens shows him the private lives of "
    "whoever sleeps behind it: their debts, their letters, their quarrels, the names they call "
    "each other when no one is listening.",
    "Needless to say, this makes it hard for Tomas to keep a girlfriend. The first time he holds "
    "a woman's hand, on a clumsy first date with a flirtatious pastry cook from his evening "
    "cooking class, he instantly knows everything about her: the dog she lost, the brother she "
    "stopped calling, the lie she told her mother at Christmas. So much for mystery.",
    "Meanwhile, in Lyon, a quiet schoolboy named Felix loses his twin brother to a car accident "
    "and starts writing letters to him, leaving them under stones in the park where the two of "
    "them used to play football after school, and waiting every morning for an answer that "
    "never comes.",
]


def test_a_paragraph_close_to_the_one_before_it_is_the_story():
    """Multi-News 181: a review's paragraph on the hero's dates (cosine 0.00 with the lead) was
    cut as another story, because it was compared with the paragraph before the review's first
    drifting one, not with its own neighbour (0.54). Here the date paragraph scores 0.04 with
    the lead and 0.12 with the body before the drift, 0.51 with the paragraph before it."""
    text = "\n\n".join(_REVIEW)
    assert offtopic_spans(Article(id="review", text=text), embedder=EMBEDDER) == []


# A wire story (our own prose, shaped like Multi-News 244): a relative's words close it, then the
# line crediting its reporters.
_WIRE = [
    "HALIFAX, Nova Scotia (AP) — Canadian and American coast guard crews searched through the "
    "night on Sunday for four fishermen missing after their trawler sank in heavy seas off the "
    "coast of Nova Scotia, officials said.",
    "The trawler Northern Dawn, with a crew of eleven, sent a distress call shortly after 2 a.m. "
    "on Sunday, about 90 kilometres south of Halifax, the coast guard said. Seven crew members "
    "were pulled from a life raft by a container ship that answered the call.",
    "Two helicopters and three coast guard vessels joined the search, which was hampered by waves "
    "of up to six metres and freezing rain. A spokesman for the rescue centre said the water "
    "temperature was about four degrees, and that the chances of survival fell quickly after a "
    "few hours.",
    "The company that owns the trawler said it was cooperating with investigators and had set up "
    "a support line for the families of the crew. The names of the missing fishermen were "
    "withheld until their relatives could be told.",
    "The Transportation Safety Board said it was sending a team to Halifax to examine what caused "
    "the sinking. The trawler had passed an inspection in the spring, according to federal "
    "records.",
    '"Just saw the sweetest face on my screen. Best birthday present I ever had," Doreen '
    "MacAulay of Sydney, Cape Breton, wrote on Facebook after a video call with her grandson, "
    "Liam.",
    '"I am going to bake that boy an apple pie every week for the rest of his life," she said '
    "from her kitchen, laughing.",
    "___",
    "Associated Press writers Anne Berger and Marc Dufresne in Toronto and Paul Ricard and Helen "
    "Ostrowski in Boston contributed to this report.",
]
_OTHER_STORIES = [
    "Related Articles",
    "Ontario lottery winner collects $40 million jackpot after finding the ticket in a coat pocket",
    "Toronto zoo welcomes twin red panda cubs, the first born there in a decade",
    "Quebec maple syrup producers expect a record spring harvest after a cold, dry winter",
]


def test_words_before_the_reporters_credit_are_the_story():
    """Multi-News 244: a grandmother's words on the sailor she had just seen (cosine 0.05 with
    the lead) were cut as another story, though the AP's "... contributed to this report" line
    after them shows where the story ends. Other stories after that line are still cut."""
    story = "\n\n".join(_WIRE)
    assert offtopic_spans(Article(id="wire", text=story), embedder=EMBEDDER) == []
    text = story + "\n\n" + "\n\n".join(_OTHER_STORIES)
    spans = offtopic_spans(Article(id="tail", text=text), embedder=EMBEDDER)
    assert [(s.start, s.end) for s in spans] == [(len(story) + 2, len(text))]


# A round-up (own prose, shaped like Multi-News 088's April Fools' list and 223's numbered Tube
# facts): every item is another company's joke, far from the lead and from the item before it.
_ROUND_UP = [
    "Companies across Norway marked the first of April with their usual pranks, and this year the "
    "jokes were bolder than ever. Here are the ones that fooled the most people on Monday.",
    "A ferry with a sauna. Fjordline announced a ferry with a rooftop sauna and a cold plunge pool "
    "hanging over the side, so that passengers could dip into the fjord between Bergen and "
    "Stavanger. Book early, the company wrote, because the benches are small.",
    "Reindeer delivery. The postal service said it would replace its vans in the far north with "
    "reindeer sleds, and it printed a timetable showing when each herd would reach each village. "
    "Parcels heavier than ten kilos would travel by elk, it added.",
    "A silent brass band. The Oslo philharmonic promised a concert played on instruments that make "
    "no sound at all, for neighbours who complain about the noise of rehearsals next door. Tickets "
    "were said to be sold out within minutes.",
    "Chocolate skis. A sports shop in Lillehammer advertised cross-country skis moulded from dark "
    "chocolate, which it said were faster on wet snow and could be eaten after the race. A pair "
    "was priced at 399 kroner, wax included.",
    "A tiny meteorologist. Telenor unveiled a pocket assistant for gardeners that takes charge of "
    "lawnmowers, hoses and hedge trimmers, reads the soil's moisture, and comes with all sorts of "
    "add-ons, including a heated bird bath. Its brass lantern glows green when frost creeps "
    "toward the seedlings, and it hums softly once strawberries ripen enough to pick.",
]


def test_the_items_of_a_round_up_are_the_story():
    """Multi-News 088 and 223: the last items of a list article ("An outdoor assistant. Google
    unveiled Google Gnome …", "13. JERRY SPRINGER WAS BORN AT HIGHGATE STATION.") were cut as
    another story: each shares few words with the lead and the item before it. Items opening
    the same way (a label of a few words, or a number) are the story's list; numbered, too."""
    text = "\n\n".join(_ROUND_UP)
    assert offtopic_spans(Article(id="list", text=text), embedder=EMBEDDER) == []
    numbered = "\n\n".join(
        [_ROUND_UP[0]] + [f"{k}. {item}" for k, item in enumerate(_ROUND_UP[1:], 1)]
    )
    assert offtopic_spans(Article(id="numbered", text=numbered), embedder=EMBEDDER) == []
