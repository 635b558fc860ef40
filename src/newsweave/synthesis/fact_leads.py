"""The articles' leads among the facts stage's statements (:mod:`newsweave.synthesis.stages.
facts`): each article's first statements are what its outlet took the news to be. Two outlets
leading with one happening in their own words lead with the news, no one outlet's detail
(:func:`leads_told_elsewhere`); among facts equally backed, those closest to the leads come
first (:func:`closeness_to_leads`).
"""

from __future__ import annotations

import numpy as np

from newsweave.synthesis.statements import Alignment

# Each article's first statements are its lead: what the outlet took the news to be. Among
# facts equally backed, those closest to the leads come first ("the singer died on Wednesday"
# before "their other hits include …"), not those worded most alike across outlets.
LEAD_STATEMENTS = 2


def leads_told_elsewhere(al: Alignment, ok: np.ndarray) -> np.ndarray:
    """Which units are an article's lead (:func:`lead_rows`) that agrees with another
    article's lead (``ok``, :func:`~newsweave.synthesis.stages.facts.agree`), from the same
    named speakers if either names one: two outlets leading with one happening in their own
    words ("Police say a teacher stalked one of her pupils — hiding a tracker in the child's
    backpack" / "A former teacher is accused of stalking one of her pupils — sending the girl
    300 letters"). Each adds what the other does not say, so no wording may be cited to both
    and there is no fact; but the news the outlets lead with is no detail "reported by one
    outlet only" either (the brief may still tell it, cited to its outlet, and the framing
    gives each outlet's lead)."""
    lead = np.zeros(len(al.units), dtype=bool)
    lead[[u for rows in lead_rows(al) for u in rows]] = True
    told = np.zeros(len(al.units), dtype=bool)
    for a, b in zip(*np.nonzero(ok & lead[:, None] & lead[None, :]), strict=True):
        sa, sb = al.feats[a].speakers, al.feats[b].speakers
        # one sentence from two people is two claims, and so is a person's word on the news
        # ("Ina Holt said she is cancelling plans to open a shop after hearing the chain is
        # being bought" beside "Harbor Foods is buying the chain")
        if sa == sb or sa & sb:
            told[a] = True
    return told


def lead_rows(al: Alignment) -> list[list[int]]:
    """Per article, the rows of its first :data:`LEAD_STATEMENTS` statements."""
    rows: dict[int, list[int]] = {}
    for u in sorted(range(len(al.units)), key=lambda u: (al.art_of[u], al.units[u].index)):
        got = rows.setdefault(int(al.art_of[u]), [])
        if len(got) < LEAD_STATEMENTS:
            got.append(u)
    return list(rows.values())


def closeness_to_leads(al: Alignment, cited: tuple[int, ...], leads: list[list[int]]) -> float:
    """How close a fact is to the articles' leads: per article, the best cosine between a
    statement citing the fact and that article's lead, averaged over the articles."""
    if not leads:
        return 0.0
    return float(np.mean([al.sim[np.ix_(list(cited), lead)].max() for lead in leads]))
