"""Where quotations are: single marks around words that hold an apostrophe."""

from newsweave.text.lexicons import loaded_terms_in, quoted_ranges


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
