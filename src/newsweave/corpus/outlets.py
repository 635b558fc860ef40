"""Counting an event's outlets and its independent origins one way, wherever they are
counted: the store's ``n_sources``, ``n_unnamed``, ``outlets`` and ``n_origins`` (and the
migrations that recounted stored events), the front page, the event page, the Markdown report.

Before, three counts disagreed: exact outlet names in the store, folded spellings plus URL
domains on the front page, and "article ID" for an unnamed article in the contradictions.
Then an article that names no outlet counted as an outlet of its own, so that five articles,
three of them naming none, were "5 outlets" in the list while the event page said "2 named
outlets, 3 without a named outlet": an article of unknown outlet is not a known outlet, and
is now counted apart. Origins were counted twice too: the store by its near-duplicate links
(5 origins for the seeds), the event's synthesis by copied passages and wire credits (4: two
articles credit Reuters); the store now asks the synthesis's own ``origins`` stage.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsweave.clean.metadata import outlet_from_url
from newsweave.models import Article
from newsweave.text.counts import plural
from newsweave.text.names import outlet_key


@dataclass(frozen=True, slots=True)
class EventOutlets:
    """An event's outlets as every count shows them: ``reported`` one per known outlet (its
    name, else its URL's) in the order the members were given (a card gives them in the order
    they reported), ``unnamed`` the members with neither an outlet name nor a URL."""

    reported: tuple[str, ...]
    unnamed: int

    @property
    def names(self) -> tuple[str, ...]:
        """The known outlets alphabetically, as the store lists them."""
        return tuple(sorted(self.reported))

    @property
    def count(self) -> int:
        """Distinct known outlets: what "N named outlets" and ``min_sources`` count."""
        return len(self.reported)


def unnamed_articles(n: int) -> str:
    """How every page says the members counted apart from the outlets ("3 articles without a
    named outlet"): the Markdown report, the front page's cards and the Atom entries."""
    return f"{plural(n, 'article')} without a named outlet"


def independent_origins(n: int, pending: bool) -> str:
    """How every page says an event's independent origins ("3 independent origins"); while
    an ingest is storing articles into the event (``pending``: it counts them when it ends,
    :mod:`newsweave.corpus.refresh`), that they are being counted, not a stale number."""
    return "independent origins being counted" if pending else plural(n, "independent origin")


def outlet_name(outlet: str | None, url: str | None) -> str | None:
    """An article's outlet as every count and page names it: its own name, else its URL's
    (a known outlet's name, else the bare domain), else None."""
    return outlet or outlet_from_url(url)


def event_outlets(members: Iterable[Sequence[str | None]]) -> EventOutlets:
    """The outlets of an event's members, each given as (outlet, url): one outlet
    however it is spelled (:func:`~newsweave.text.names.outlet_key`: "The Guardian" and
    theguardian.com are one), an article without an outlet name named by its URL, as the front
    page and the event page name it, in the spelling of its first member; an article with
    neither is counted apart."""
    named: dict[str, str] = {}
    unnamed = 0
    for outlet, url in members:
        name = outlet_name(outlet, url)
        if name:
            named.setdefault(outlet_key(name), name)
        else:
            unnamed += 1
    return EventOutlets(tuple(named.values()), unnamed)


def count_origins(members: Sequence[Article]) -> int:
    """Independent origins among an event's members, as its synthesis counts them (the
    ``origins`` stage: one wire story reprinted, or articles crediting one wire service, are
    one origin), so that the list, the front page and the event's own page say one number.
    Only the members' text and byline are read; one article is one origin."""
    if len(members) == 1:
        return 1
    # (imported here: the synthesis loads spaCy, which opening a store to read must not)
    import newsweave.synthesis.stages  # noqa: F401  (importing it registers the stages)
    from newsweave.synthesis.pipeline import Workspace, run

    ws = run(Workspace(articles=list(members)), ["origins"])
    return len(ws.origins or ())


def count_stored_origins(db: sqlite3.Connection, event_id: str, members: int) -> int:
    """:func:`count_origins` of a stored event of ``members`` articles, read in store order as
    the synthesis is given them (one article is not read: most new events are one)."""
    if members == 1:
        return 1
    rows = db.execute(
        "SELECT a.id, a.text, a.byline FROM event_articles m"
        " JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY a.rowid",
        (event_id,),
    )
    return count_origins([Article(id=r[0], text=r[1], byline=r[2]) for r in rows])
