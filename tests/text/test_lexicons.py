"""Where quotations are: single marks around words that hold an apostrophe."""

from newsweave.text.lexicons import quoted_ranges


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
