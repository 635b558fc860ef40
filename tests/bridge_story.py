"""An invented story of our own prose, told by several outlets over three days: the Lowmere
footbridge collapse. Nine articles, five outlets (one named once by its URL, once by its name)
and one article that names none: big enough, with a small limit, to be an event over the
limit of one weave (tests/synthesis/test_sampling.py, the store's and the server's tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsweave.models import Article

START = datetime(2025, 3, 4, 6, 0, tzinfo=UTC)

# One story told by several outlets over three days: the Lowmere footbridge collapse.
BRIDGE = [
    "A footbridge over the Senn river collapsed in Lowmere on Tuesday morning, injuring "
    "eleven people, the city's fire service said. Rescue crews pulled four people from the water.",
    "Eleven people were hurt when the Lowmere footbridge fell into the Senn river on Tuesday, "
    "according to the fire service. Mayor Ilse Draven called it a dark day for the city.",
    "The Senn footbridge in Lowmere gave way on Tuesday during the morning rush. The fire "
    "service said eleven people were injured and four were rescued from the river.",
    "Engineers began inspecting the wreck of the Lowmere footbridge on Wednesday. Mayor Ilse "
    "Draven said the bridge had passed an inspection in January.",
    "Investigators said on Wednesday that a corroded cable may have caused the collapse of the "
    "Lowmere footbridge, which injured eleven people on Tuesday.",
    "Two of the eleven people hurt in the Lowmere footbridge collapse remain in hospital, the "
    "city said on Wednesday. The Senn river was reopened to boats.",
    "The city of Lowmere will replace the collapsed Senn footbridge with a steel span, Mayor "
    "Ilse Draven said on Thursday. Eleven people were injured when it fell.",
    "A prosecutor in Lowmere opened an inquiry on Thursday into the footbridge collapse that "
    "injured eleven people. The bridge's maintenance firm declined to comment.",
    "All but one of the people injured when the Lowmere footbridge collapsed have left "
    "hospital, the city said on Thursday evening.",
]
# (outlet, url, hours after START); None: no outlet named, no URL
OUTLETS = [
    ("Lowmere Courier", None, 1),
    (None, "https://www.senntimes.com/news/bridge", 2),
    ("Valley Post", None, 3),
    ("Lowmere Courier", None, 26),
    ("Senn Times", None, 28),
    (None, None, 30),
    ("Valley Post", None, 50),
    ("Lowmere Courier", None, 52),
    ("Radio Senn", None, 60),
]


def bridge_articles() -> list[Article]:
    return [
        Article(
            id=f"bridge-{k}",
            text=text,
            outlet=outlet,
            url=url,
            published=START + timedelta(hours=hours),
        )
        for k, (text, (outlet, url, hours)) in enumerate(zip(BRIDGE, OUTLETS, strict=True))
    ]
