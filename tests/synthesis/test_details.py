"""One-outlet details read alone: each says whose words it quotes and whom it is about."""

from __future__ import annotations

from newsweave.models import Article, Event
from newsweave.synthesis.weave import weave

# Own prose: two outlets report one council vote on the town's swimming baths; the first also
# tells things the second does not.
_VOTE = (
    "Marlow's council has voted seven to four to close the Kent Road swimming baths in "
    "October.\n\n"
    "The baths opened in 1931 and still draw about 400 swimmers a week, the council said.\n\n"
    "The nearest other public pool is in Denby, twelve miles away by bus."
)


def _details(text: str) -> tuple[Event, list[str]]:
    arts = [Article(id="baths0", text=text), Article(id="baths1", text=_VOTE)]
    (ev,) = weave(arts).events
    assert all(u.citations for u in ev.unique)
    return ev, [u.text for u in ev.unique if u.article == "baths0"]


def test_a_detail_never_is_a_quotation_that_does_not_say_whose_it_is() -> None:
    """Own prose: the second sentence of Councillor Brandt's quote, listed alone, is no one's
    words, and so is her "…,” she said" line: both are left to the Quotes section, which
    shows them as hers. Her quote with her name in it stays a detail, and so does the
    outlet's report."""
    ev, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "“The roof leaks over the deep end and the boiler is older than most of the swimmers,” "
        "said Councillor Edith Brandt, who chairs the finance committee. “Older pools cost more "
        "to heat than the whole library budget of Marlow.”\n\n"
        "“The children of Marlow will learn to swim in the river now,” she said at the meeting."
        "\n\nTwo swimmers, Ada Finch and Tom Lyle, started a petition in May to keep the baths "
        "open."
    )
    assert any("said Councillor Edith Brandt" in t for t in details), details
    assert any(t.startswith("Two swimmers, Ada Finch") for t in details), details
    assert not any(t.startswith("“Older pools cost more") for t in details), details
    assert not any(t.startswith("“The children of Marlow") for t in details), details
    for words in ("Older pools cost more", "The children of Marlow"):
        speakers = {q.speaker for q in ev.quotes if words in q.text}
        assert speakers == {"Edith Brandt"}, [(q.speaker, q.text) for q in ev.quotes]


def test_a_detail_never_opens_on_people_its_outlet_told_of_before() -> None:
    """Own prose: "The pair gathered 3,000 signatures", "The person added that …" and "On the
    day of the vote, they handed out …" point at people a sentence before them named or
    described; listed alone, they are no one. The sentence that names the pair stays."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "Two swimmers, Ada Finch and Tom Lyle, started a petition in May to keep the baths "
        "open. The pair gathered 3,000 signatures at the Saturday market in Marlow before the "
        "vote.\n\n"
        "A member of the swimming club spoke to reporters after the vote. The person added "
        "that the club would ask the county for a grant to rent the pool at Denby School.\n\n"
        "On the day of the vote, they handed out leaflets on the history of the Marlow baths "
        "outside the town hall."
    )
    assert any(t.startswith("Two swimmers, Ada Finch") for t in details), details
    callbacks = ("The pair", "The person", "On the day of the vote, they")
    assert not any(t.startswith(callbacks) for t in details), details


def test_a_quotation_in_marks_of_two_styles_is_read_as_the_scrape_pairs_them() -> None:
    """Own prose in the shape scrapes leave: a quotation opened with a straight mark and
    closed with a curly one is still one bare quotation; one whose marks name the speaker
    between them ('"…,” said Pat Llodra … “…"') says whose it is."""
    from newsweave.synthesis.statements import _unvoiced

    assert _unvoiced('"Now that the voters have spoken, the county must act on this law.”')
    assert _unvoiced('“Should the county not have talked about it for 444 days?"')
    assert not _unvoiced(
        '"The second anniversary will pass quietly,” said Pat Llodra in a statement. '
        '“There are no ceremonies."'
    )
    assert not _unvoiced("“The baths will shut,” Edith Brandt said. “We have no money.”")


def test_a_detail_that_states_nothing_is_not_listed() -> None:
    """Own prose: a photo's caption run into the story, a call to the reader and a credit line
    have no finite verb; a detail with one stays."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "The empty diving pool at the Kent Road baths in Marlow, a week before the vote.\n\n"
        "Two swimmers, Ada Finch and Tom Lyle, started a petition in May to keep the baths "
        "open.\n\n"
        "Visit the Marlow Gazette's swimming page for more on the petition and the vote.\n\n"
        "(Additional reporting by Rosa Quint in Denby and Omar Field in Marlow)"
    )
    assert any(t.startswith("Two swimmers, Ada Finch") for t in details), details
    for junk in ("The empty diving pool", "Visit the Marlow", "(Additional reporting"):
        assert not any(t.startswith(junk) for t in details), details


def test_a_detail_is_a_report_not_the_writer_talking_to_the_reader() -> None:
    """Own prose in the shape of a blogger's post: an imperative ("Just look at ..."), the
    reader's own case ("When you swim a length ..."), the writer's verdict ("Make no mistake,
    ..."), a shrug ("who knows — ...") and a sentence cut inside a parenthesis never closed are
    the writer talking to the reader, not what the outlet reports. A whole sentence in
    parentheses that states a fact is listed without them, and a quoted person's verdict is
    theirs and stays."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "Just look at the tiled hall of the Kent Road baths — only a council with no heart "
        "would close it.\n\n"
        "When you swim a length of the Kent Road pool, you pass under the gallery where a "
        "brass band played for the swimmers of Marlow.\n\n"
        "Make no mistake, the swimming clubs of Marlow will lose their Saturday galas and the "
        "Kent Road water polo league.\n\n"
        "The council might sell the Kent Road site to a builder, and who knows — the baths "
        "may yet become flats.\n\n"
        "(The Kent Road baths are also simply gorgeous, with tiles the colour of a summer sky "
        "and a clock over the deep end that stopped in 1990.\n\n"
        "(The council sold the old diving board of the Kent Road baths to a collector in "
        "Leeds for £800 in 2019.)\n\n"
        "As you may have heard, the county board closed the Denby library in March to save "
        "money after a vote of its members.\n\n"
        "Ada Finch, who started a petition to keep the baths open, called the vote “the worst "
        "decision this council has made in a generation!”"
    )
    kept = (
        "The council sold the old diving board of the Kent Road baths to a collector in Leeds",
        "Ada Finch, who started a petition to keep the baths open, called the vote “the worst",
    )
    for start in kept:
        assert any(t.startswith(start) for t in details), (start, details)
    asides = ("Just look", "When you swim", "Make no mistake", "The council might")
    assert not any(t.startswith(asides) for t in details), details
    assert not any("simply gorgeous" in t or t.startswith(("(", "As you")) for t in details), (
        details
    )


def test_a_report_after_the_writer_s_nod_to_the_reader_is_listed_from_the_report_on() -> None:
    """Own prose in the shape of a news report with one nod to the reader: "As you may have
    heard, the county board closed ..." is the board's act, listed without the nod."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "As you may have heard, the county board closed the Denby library in March to save "
        "money after a vote of its members.\n\n"
        "The swimming club has met at the baths every Thursday since the war.\n\n"
        "Its coach trains the county's junior relay team at the baths.\n\n"
        "The Kent Road site is owned by the council and sits next to the bus station.\n\n"
        "The town's other pool, at the leisure centre, has no diving board."
    )
    assert any(t.startswith("The county board closed the Denby library in March") for t in details)
    assert not any(t.startswith("As you") for t in details), details


def test_a_column_lends_its_writer_s_take_to_its_other_lines() -> None:
    """Multi-News (mn-val-169, -201): from a blog post or a column, once the lines that talk to
    the reader were cut, the next ones were the writer's take again ("Zuck is playing a wider
    game here", "this one goes in the Gyllenhaal column"). An outlet whose writer speaks in
    their own voice in most of its lines is a column: its details are what someone named is
    reported to have said, or a figure or a date it gives, not the writer's own lines. Own
    prose in the shape of a swimmer's blog post."""
    _, details = _details(
        "I have swum at the Kent Road baths every Saturday since I was six.\n\n"
        "So what do I make of the council's vote to close them?\n\n"
        "Honestly, I cried when I read the news on my phone.\n\n"
        "You don't get tiles like that any more, and you never will.\n\n"
        "We should have seen it coming, I suppose.\n\n"
        "The council has been quietly starving the baths of repairs for a decade.\n\n"
        "Marlow without its baths is a town that has given up on its children.\n\n"
        "The leisure centre is a poor copy of a pool, all plastic and chlorine.\n\n"
        "Councillor Ben Hale said the baths lose money every winter and the roof leaks.\n\n"
        "A collector in Leeds bought the old diving board for £800 in 2019.\n\n"
        "Will anyone at the town hall miss the place?\n\n"
        "I doubt it."
    )
    assert any(t.startswith("Councillor Ben Hale said") for t in details), details
    assert any(t.startswith("A collector in Leeds bought") for t in details), details
    for take in ("The council has been quietly", "Marlow without its baths", "The leisure centre"):
        assert not any(t.startswith(take) for t in details), (take, details)


def test_a_report_quoting_a_speaker_in_marks_of_two_styles_is_no_column() -> None:
    """Multi-News (mn-val-058, -172): a report that quotes a speaker at length, the scrape
    mixing straight and curly marks (“... understatement," Plaskett added. "As a mother I
    ..."), was read as a column, the speaker's "I" taken for its writer's, and lost its own
    facts. Marks of any shape pair within a paragraph: the "I" inside them is the speaker's.
    Own prose in the shape of such a report."""
    _, details = _details(
        "Marlow's council has voted to close the Kent Road baths, and the swim club that "
        "trains there has lost its home.\n\n"
        "The club's founder, Ann Price, told the meeting, \"I learned to swim in that pool. "
        "I taught my own children there. I cannot believe my town is doing this.\u201d\n\n"
        "\u201cI have written to every councillor, and I will keep writing. My members are "
        'heartbroken," Price added. "I ask the council to think again."\n\n'
        "Her club's oldest member learned to swim at the baths before the war.\n\n"
        "The club will train at the leisure centre in Denby until a new pool is found.\n\n"
        "The county board closed the Denby library in March after a similar vote.\n\n"
        "Ann Price plans a petition at the town's market on Saturday.\n\n"
        "The club has no other pool within reach of the town's schools."
    )
    assert any(t.startswith("The club will train at the leisure centre") for t in details), details


def test_a_report_giving_a_letter_in_full_is_no_column() -> None:
    """Multi-News (mn-val-023): a report that ends on a letter given in full, without quotation
    marks ("Below is the full text of Eichmann's letter ..."), was read as a column, the
    letter's "I" taken for its writer's, and lost its own facts. The text an article announces
    and then gives whole is its author's. Own prose in the shape of such a report."""
    _, details = _details(
        "The swim club that trains at the Kent Road baths has asked the council to reverse "
        "its vote.\n\n"
        "The club's president, Ben Hale, wrote to the mayor on behalf of its members.\n\n"
        "The club will train at the leisure centre in Denby until a new pool is found.\n\n"
        "Below is the full text of the letter Ben Hale sent to Mayor Ruth Cole of Marlow.\n\n"
        "Dear Mayor,\n\n"
        "I write on behalf of every swimmer in my club. I learned to swim in that pool myself. "
        "My children learned there too.\n\n"
        "I cannot accept that my town will have no pool. I ask you to think again. "
        "I will bring the matter to the next meeting myself.\n\n"
        "Yours sincerely, Ben Hale"
    )
    assert any(t.startswith("The club will train at the leisure centre") for t in details), details
    assert not any("full text" in t for t in details), details


def test_a_subheading_or_a_charge_sheets_line_is_no_detail() -> None:
    """Multi-News 017 and 008 (session 39): a verbless subheading ("A Coney Island high-rise
    riddled with violations, ...") and a charge sheet's line ("…, 21, of …; charged with
    conspiracy …") were listed, read word by word as telling a past. Own prose in their shape:
    the parse reads a participle hanging on a noun, no statement; a past verb with its object
    stays."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "A Victorian bath house riddled with leaks, including 14 directly above the deep end."
        "\n\nTom Lyle, 34, of Mill Lane, Marlow; charged with criminal damage to the baths' "
        "front doors.\n\n"
        "Older repairs to the roof of the baths in 2009 and 2014 cost the council £90,000."
    )
    assert any(t.startswith("Older repairs to the roof") for t in details), details
    for fragment in ("A Victorian bath house", "Tom Lyle, 34"):
        assert not any(t.startswith(fragment) for t in details), (fragment, details)


def test_a_bid_a_lone_clause_or_a_gesture_is_no_detail() -> None:
    """Multi-News 222, 247, 145 and 210 (session 39): an imperative after an opening phrase
    ("If this is relatable, consider an EKG.", "For more ..., join the Ms. community"), a
    subordinate clause without its main clause ("Though Yu and Soni have also sort of
    obfuscated their premise ...") and a scene's colour ("He paused and squinted his eyes at
    Stephanie.") were listed. Own prose in their shape; a bid to note a fact ("Note that ...")
    is listed as the fact."""
    _, details = _details(
        "The town council of Marlow voted on Tuesday to close the Kent Road swimming baths at "
        "the end of October, after ninety years.\n\n"
        "If this sounds like your town, consider a letter to the council about the baths.\n\n"
        "Though the council has also sort of hidden its plan for the baths by calling it a "
        "review.\n\n"
        "Councillor Edith Brandt paused and squinted at the swimmers in the gallery of the "
        "Kent Road baths.\n\n"
        "A member of the council staff looked on nervously from the gallery of the Kent Road "
        "baths.\n\n"
        "Note that the baths were listed as a building of local interest in 1987 by the county."
    )
    assert any(t.startswith("The baths were listed as a building") for t in details), details
    bids = ("If this sounds", "Though the council", "Councillor Edith", "A member", "Note")
    for junk in bids:
        assert not any(t.startswith(junk) for t in details), (junk, details)
