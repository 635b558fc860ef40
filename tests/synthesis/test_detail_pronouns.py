"""A detail's "she" reads alone only for someone the reader knows: the one the outlets tell of,
or the one the line just before names."""

from __future__ import annotations

from conftest import BATHS_LEAD, baths_details

# Own prose: a second outlet's report of one council vote on the town's swimming baths.
_VOTE = (
    "Marlow's council has voted seven to four to close the Kent Road swimming baths in "
    "October.\n\n"
    "Councillor Ada Brandt, who chairs the finance committee, voted to keep the baths open.\n\n"
    "The baths opened in 1931 and still draw about 400 swimmers a week, the council said.\n\n"
    "A swimmer of forty years spoke against the closure at the meeting on Tuesday."
)


def _pronoun_details(text: str) -> list[str]:
    return baths_details(text, vote=_VOTE)


def test_a_she_no_listed_line_names_is_no_detail() -> None:
    """Own prose: "she" in "After the vote, she walked out ..." is Dora Pimm, whom only this
    outlet names, in a sentence both outlets tell (a fact, no detail): listed alone, the
    "she" is no one. The line on the councillor both outlets name ("She has chaired ...")
    stays."""
    details = _pronoun_details(
        BATHS_LEAD
        + "Dora Pimm, a swimmer of forty years, spoke against the closure at the meeting "
        "on Tuesday. After the vote, she walked out of the town hall in tears and went straight "
        "to the baths for a last swim.\n\n"
        "Councillor Ada Brandt voted with the minority to keep the baths open. She has chaired "
        "the finance committee of the Marlow council since 2011.\n\n"
        "The closure will save the council about 240,000 pounds a year, its treasurer Colin "
        "Hale said."
    )
    assert not any("walked out of the town hall" in d for d in details), details
    assert any("has chaired the finance committee" in d for d in details), details


def test_a_she_for_someone_one_outlet_names_follows_the_line_naming_her() -> None:
    """Own prose: the outlet's line naming Dora Pimm is listed, and her "she" line right
    after it, where the reader has just met her name."""
    details = _pronoun_details(
        BATHS_LEAD + "Dora Pimm, 71, a retired nurse from Denby Road, has swum at the Kent Road "
        "baths every morning since 1979, she told the Marlow Mercury.\n\n"
        "The closure will save the council about 240,000 pounds a year, its treasurer Colin "
        "Hale said on Wednesday.\n\n"
        "Heating the water and mending the roof of the 1931 building cost Marlow 310,000 pounds "
        "last year, according to the council's accounts.\n\n"
        "After the vote, she walked out of the town hall in tears."
    )
    she = next(k for k, d in enumerate(details) if "walked out of the town hall" in d)
    assert she > 0 and "Pimm" in details[she - 1], details
