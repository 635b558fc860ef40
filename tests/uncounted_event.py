"""An event an ingest is still storing into, its origins not counted yet: three reports of one
quarry collapse (our own prose), stored the way an ingest's batch writes them. Two credit
Reuters in their own voice, so they are one origin as the event's synthesis counts them; the
third is its own: 2 origins once counted, where one per article (3) would be wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsweave.corpus.store import Store

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

QUARRY = {
    "q1": (
        "A retaining wall gave way at the Hollin Edge quarry on Monday and buried two "
        "excavators, the county's fire service said. Nobody was hurt.\n\nReuters contributed "
        "to this report."
    ),
    "q2": (
        "Rubble blocked the lane below Hollin Edge after part of the quarry face slid away. "
        "The quarry's owner did not respond to Reuters' request for comment."
    ),
    "q3": (
        "Villagers in Hollin heard a long rumble before dawn, a parish councillor said, and "
        "asked the council to close the footpath along the quarry's rim for the winter."
    ),
}


def store_members(st: Store, event_id: str, ids: list[str]) -> None:
    """Articles of :data:`QUARRY` stored into one event the way an ingest's batch writes them
    (no count yet), an hour apart up to :data:`NOW`."""
    for k, aid in enumerate(ids):
        st.db.execute(
            "INSERT INTO articles (id, content_hash, outlet, text, published, ingested_at)"
            " VALUES (?,?,?,?,?,?)",
            (
                aid,
                aid,
                f"Outlet {aid}",
                QUARRY[aid],
                (NOW - timedelta(hours=3 - k)).isoformat(),
                NOW.isoformat(),
            ),
        )
        st.set_event(aid, event_id)
