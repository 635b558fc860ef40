"""A print-style opening in capitals ("THE HARBOUR BOARD IS to meet") is undone in a made
headline: each word as the article writes it elsewhere, an acronym left as it is."""

from newsweave.text.headline import event_headline
from newsweave.text.headline_names import print_caps_undone


def test_capitals_of_a_print_opening_take_the_articles_own_spelling() -> None:
    text = (
        "THE HARBOUR BOARD IS to meet late tonight to approve emergency repairs to the north "
        "pier. The Harbour Board chair said the work could not wait for spring."
    )
    made = event_headline([None], [text])
    assert made.startswith("The Harbour Board is to meet late tonight")


def test_a_word_the_article_never_writes_otherwise_stays_in_capitals() -> None:
    text = "A BBC crew filmed the pier. The crew left at noon."
    assert print_caps_undone("A BBC crew filmed the pier", text) == "A BBC crew filmed the pier"
    # only after the opening article: a credit before a sentence is not its opening
    assert print_caps_undone("KARE-TV A video shows the pier", text) == (
        "KARE-TV A video shows the pier"
    )
