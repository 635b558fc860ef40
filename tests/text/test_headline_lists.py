"""Headlines read one list of datelines, captions and page labels with the brief and the facts
stage, and state the news whole when it fits (own prose)."""

from __future__ import annotations

from newsweave.text.headline import (
    clean_headline,
    headline_from_sentence,
    is_caption,
    lead_sentence,
)


def test_a_hyphenated_name_is_no_dateline_and_a_wire_loses_both_dashes() -> None:
    assert headline_from_sentence(
        "KRVT-TV reports that Riverton police arrested the ferry's captain on Monday."
    ).startswith("KRVT-TV")
    assert headline_from_sentence(
        "A U.S.-based law firm says it will represent the families of the ferry's crew."
    ).startswith("A U.S.-based")
    assert lead_sentence(
        "(CNN) -- The storm that hit the Riverton coast moved east on Friday night."
    ).startswith("The storm")
    assert lead_sentence(
        "Oslo (CNN) The harbour board approved a new breakwater on Tuesday."
    ).startswith("The harbour")
    # a name in brackets that the sentence goes on from is no wire
    assert lead_sentence(
        "(Riverton) and Nordvik have the highest ferry fares on the coast, the board found."
    ).startswith("(Riverton)")


def test_a_picture_shows_is_a_caption_but_shown_in_a_quality_is_not() -> None:
    assert is_caption("A 2013 photo shows the gates of the Riverton lock raised high.")
    assert not is_caption("Her courage is shown in how the crew kept the ferry afloat.")


def test_a_wire_photo_caption_closed_by_its_full_date_is_a_caption() -> None:
    """Own prose: a wire caption ends on the weekday and the full date; a story's sentence
    that gives a date goes on or gives it alone."""
    assert is_caption("A ferry passes the fallen crane at Port Ellis, Wednesday Nov. 4, 2020.")
    assert is_caption("Divers search the quay in Port Ellis, Norway, Thursday, May 7, 2020.")
    assert is_caption("Divers search the quay at Port Ellis Thursday, May 7, 2020.")
    assert not is_caption("The board met on Wednesday, Nov. 4, 2020, to close the quay.")
    assert not is_caption("The quay closed on Nov. 4, 2020.")
    # the date straight after the place, with no weekday
    assert is_caption("Divers search the quay in Port Ellis, Norway May 7, 2020.")
    assert not is_caption("Divers searched the quay in Port Ellis on May 7, 2020.")


def test_a_shows_name_in_quotes_and_an_update_stamp_are_not_the_headline() -> None:
    assert (
        clean_headline(
            "'Harbour Live': Ola Lund Kicks Off \"Ferry Week\" With New Footage From His Trip"
        )
        == 'Ola Lund Kicks Off "Ferry Week" With New Footage From His Trip'
    )
    assert (
        clean_headline("Update 11:10 a.m.: Nordvik paper picks up the ferry story")
        == "Nordvik paper picks up the ferry story"
    )
    assert (
        clean_headline("Email This Harbour master brings down the house at the ferry gala")
        == "Harbour master brings down the house at the ferry gala"
    )
    # a title that quotes a name with its own colon keeps it
    assert clean_headline("‘Riverton: The Musical’ a fun return to the old quay") == (
        "‘Riverton: The Musical’ a fun return to the old quay"
    )


def test_a_trailing_warning_without_its_comma_is_cut_not_its_subject() -> None:
    assert (
        headline_from_sentence(
            "The last minutes of the lost Riverton ferry may never be known experts have warned "
            "as the recorder which holds the data may have been overwritten."
        )
        == "The last minutes of the lost Riverton ferry may never be known"
    )
    # "The scientists said ..." is the subject and its verb, not a tail
    assert headline_from_sentence(
        "The scientists said their process turns harbour mud into fuel for the ferries."
    ).startswith("The scientists said")
    # an aside ", investigators say," is no tail
    assert "his mother" in headline_from_sentence(
        "A Riverton man has surrendered after, investigators say, his mother saw the videos."
    )


def test_a_dated_photo_named_at_the_end_of_a_sentence_is_a_caption() -> None:
    """Multi-News: a framing "led with" a navy crew's picture whose caption names the photo
    last ("... in this March 24, 2014 handout photo"). Own prose: a caption may name its photo
    anywhere in the sentence; "in this" without a picture stays a statement."""
    assert is_caption(
        "Two pilots fly a patrol plane over the search area in this May 3, 2019 handout photo."
    )
    assert is_caption("Harbour master Kari Berg is seen in this undated file photograph.")
    assert not is_caption("The board said little in this week's meeting on the ferry fares.")


def test_a_stations_dateline_without_a_dash_goes_as_a_wires_does() -> None:
    # a station's call letters in brackets, no dash after them: "RIVERTON, Ore. (KRVT) The ..."
    assert lead_sentence(
        "RIVERTON, Ore. (KRVT) The Riverton harbour board approved a new breakwater on Tuesday."
    ).startswith("The Riverton harbour board")
