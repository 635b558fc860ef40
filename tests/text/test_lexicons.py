"""Where quotations are: single marks around words that hold an apostrophe."""

from newsweave.text.lexicons import in_ranges, loaded_terms_in, quoted_ranges, ranges_mask


def quotes(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted_ranges(text)]


def test_a_contraction_inside_single_marks_does_not_end_the_quotation():
    text = "'It's not the council's doing,' the mayor said on Tuesday. We disagree."
    assert quotes(text) == ["'It's not the council's doing,'"]


def test_curly_single_marks_with_curly_apostrophes_inside():
    text = "She told the paper: ‘We haven’t spoken since May and I don’t expect to.’ Then she left."
    assert quotes(text) == ["‘We haven’t spoken since May and I don’t expect to.’"]


def test_a_plural_possessive_inside_waits_for_the_real_closing_mark():
    text = "The players' union said: 'It's the owners' fault,' and the fans' groups agreed."
    assert quotes(text) == ["'It's the owners' fault,'"]


def test_an_s_final_word_closes_when_no_later_mark_can():
    text = "'Don't touch our rights' she told them, and the union's 'final offer' was withdrawn."
    assert quotes(text) == ["'Don't touch our rights'", "'final offer'"]


def test_elided_words_open_no_quotation():
    decade = "It aired as a '70s cartoon and became one of the critics' favourites."
    assert quotes(decade) == []
    music = "He grew up on rock 'n' roll and said 'that's all I need' to the crowd."
    assert quotes(music) == ["'that's all I need'"]


def loaded(text: str) -> list[str]:
    return [t.label for t in loaded_terms_in(text)]


def test_a_loaded_word_in_a_plain_sense_judges_no_one():
    """Multi-News' "loaded terms" listed an explosion's blast, "admitted to the hospital",
    "went into septic shock", "hail from" and a list's "Finally," as the outlet's judgement."""
    plain = [
        "Neighbours smelled gas minutes after the blast tore the house apart.",
        "An arctic blast left the harbour frozen.",
        "He had been admitted to the hospital two days earlier.",
        "Forty volunteers were admitted to the study.",
        "She went into septic shock on the way to the clinic.",
        "The crew were still in shock on Tuesday.",
        "The two senators hail from the same county.",
        "A wearable that hails a cab when you raise your hand.",
        "Finally, the council voted on the ferry budget.",
        "The car spun, struck two walls and finally hit a tree.",
        "A brutal winter storm closed the pass.",
        "The minister spoke on condition that he insisted on anonymity.",
        "Kyiv is in no hurry to impose a visa regime on its neighbour.",
        "The plan helped most notably in reducing smoking.",
    ]
    for text in plain:
        assert loaded(text) == [], text


def test_a_loaded_word_in_its_judging_sense_is_still_found():
    judged = {
        "The senator blasted the judge's sentence as pathetic.": "blasted",
        "The mayor finally admitted that the figures were wrong.": "admitted",
        "It was a shocking betrayal by his own staff.": "shocking",
        "Finally the president has spoken about the case.": "finally",
        "Advocates hailed the new standards.": "hailed",
        "The regime cracked down on the protests.": "regime",
        "Officials insisted the plan was safe.": "insisted",
    }
    for text, label in judged.items():
        assert label in loaded(text), text


def test_plain_senses_read_on_multi_news_judge_no_one():
    """The rest of Multi-News' plain "loaded terms": a confession to an offence, a region
    admitted into a federation, a demand, a degree, "not merely", a number boasted, a
    collision, the gravest charge, a term introduced, explosions heard and shock felt."""
    plain = [
        "The driver admitted to stabbing the clerk, the sheriff said.",
        "She admitted to deliberately poisoning the dog.",
        "Parliament voted to admit the island and its two ports into the Federation.",
        "The ministry insisted that the strikers had to return to work first.",
        "The two lavas have notably different chemistry.",
        "The couple will not merely pay a fine; they will lose the house.",
        "The drug works for merely a few minutes.",
        "The remake boasts far better effects than the original.",
        "The family boasts six children in medical school.",
        "The truck slammed into the barrier at dawn.",
        "The jury deadlocked on the most serious charge of arson.",
        "The board will review so-called “late ballots” by hand.",
        "The governor restored the so-called tree rule, which bans new logging.",
        "Residents said blasts could be heard across the valley.",
        "Witnesses reported blasts and heavy gunfire near the port.",
        "The mood at the club was one of shock and grief.",
    ]
    for text in plain:
        assert loaded(text) == [], text


def test_a_wait_the_sentence_states_is_no_impatience():
    """ "Finally" after stated delays, or as a career's last step, tells the order of events."""
    for text in (
        "After two weeks of delays, the crew finally launched the probe on Sunday.",
        "The case finally reached a jury following four years of appeals.",
        "He rejoined the band in 1995, finally leaving for good in 2010.",
    ):
        assert loaded(text) == [], text


def test_a_capitalised_word_of_a_name_is_not_the_outlets_word():
    assert loaded("The album featured Nas and the Notorious B.I.G. on two tracks.") == []
    assert loaded("The notorious gang leader was caught.") == ["notorious"]
    assert loaded("Senator Blasts Judge Over Sentence") == ["blasted"]


def test_a_term_after_told_or_maintained_is_the_sources():
    terms = loaded_terms_in("The lawyer told reporters that notorious abuses went unpunished.")
    assert [(t.label, t.voice) for t in terms] == [("notorious", "attributed")]
    terms = loaded_terms_in("The army has maintained the wall is merely defensive.")
    assert [(t.label, t.voice) for t in terms] == [("merely", "attributed")]


def test_judging_senses_beside_the_plain_ones_are_still_found():
    judged = {
        "The mayor admitted that the budget was late.": "admitted",
        "Officials insisted the plan was safe and would not change.": "insisted",
        "Notably, the senator did not thank his rival.": "notably",
        "The minister sounded notably more conciliatory.": "notably",
        "The plan is merely a gesture.": "merely",
        "The governor boasted that crime had fallen.": "boasted",
        "The senator slammed the judge for the sentence.": "slammed",
        "It was the most serious threat yet.": "most serious",
        "They were harassed by so-called experts.": "so-called",
        "The senator blasts the ruling in a statement.": "blasted",
        "It was a shock to see him win.": "shocking",
        "The president may finally have gone too far.": "finally",
        "He finally admitted, after weeks, that he lied.": "admitted",
    }
    for text, label in judged.items():
        assert label in loaded(text), text


def test_ranges_mask_marks_what_in_ranges_answers() -> None:
    text = 'The mayor called it "a good day" and ‘a start’, then left "early".'
    quotes = quoted_ranges(text)
    mask = ranges_mask(len(text), quotes)
    assert len(mask) == len(text)
    assert [bool(m) for m in mask] == [in_ranges(i, quotes) for i in range(len(text))]
    assert "".join(c for c, m in zip(text, mask, strict=True) if m) == (
        '"a good day"‘a start’"early"'
    )
