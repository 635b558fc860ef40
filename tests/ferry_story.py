"""A store of an archived story and today's undated one (our own prose), as a desk that
ingested a backfill of dated feeds and then undated text files holds them.

* the ferry: two reports of one ferry's return, with no publication date, so no stamp dates
  them; their page reads the day from the statement both make ("on March 2, 2021", a dated
  statement of the main fact), as multinews 111 and 153 are dated from their texts;
* the quay fire: two named outlets' reports of a year before, dated by their publication times.
"""

from __future__ import annotations

from newsweave.corpus.store import Store

# The day the ferry's page gives (its main fact's dated statement).
FERRY_DAY = "2021-03-02"

FERRY = {
    "f1": (
        "Ferry Service Resumes After Storm\n\n"
        "The Lowmere ferry returned to service on March 2, 2021, after a storm closed the "
        "harbour for four days, the operator said.\n\n"
        '"We are glad to have the boats running again," said Ada Kern, the harbour master.\n\n'
        "Crews repaired the north quay, which waves had damaged."
    ),
    "f2": (
        "Lowmere Ferry Back on the Water\n\n"
        "The Lowmere ferry returned to service on March 2, 2021, after a storm had closed the "
        "harbour for four days, its operator said.\n\n"
        "The north quay was repaired overnight, said Ada Kern, the harbour master.\n\n"
        "Passengers queued from early morning."
    ),
}

QUAY_FIRE = {  # id: (outlet, published, text)
    "q1": (
        "Valley Herald",
        "2025-05-11T08:00:00+00:00",
        "A fire destroyed a boat shed on the Carrow quay overnight, the fire service said.",
    ),
    "q2": (
        "Coast Courier",
        "2025-05-11T10:30:00+00:00",
        "Fire crews spent the night at Carrow quay, where a boat shed burned to the ground.",
    ),
}


def store_ferry(st: Store, event_id: str, ingested: str) -> None:
    """The ferry's reports stored into ``event_id`` at ``ingested`` (ISO), undated (inside the
    caller's transaction)."""
    for aid, text in FERRY.items():
        st.db.execute(
            "INSERT INTO articles (id, content_hash, text, ingested_at) VALUES (?,?,?,?)",
            (aid, aid, text, ingested),
        )
        st.set_event(aid, event_id)
    st.refresh_events([event_id])


def store_quay_fire(st: Store, event_id: str) -> None:
    """The quay fire's two named outlets' reports stored into ``event_id`` (inside the
    caller's transaction)."""
    for aid, (outlet, published, text) in QUAY_FIRE.items():
        st.db.execute(
            "INSERT INTO articles (id, content_hash, outlet, text, published, ingested_at)"
            " VALUES (?,?,?,?,?,?)",
            (aid, aid, outlet, text, published, published),
        )
        st.set_event(aid, event_id)
    st.refresh_events([event_id])
