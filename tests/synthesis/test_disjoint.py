"""Disjoint sets: a set is known by its lowest member, whatever order pairs are joined in."""

from __future__ import annotations

from newsweave.synthesis.disjoint import UnionFind


def test_sets_are_known_by_their_lowest_member() -> None:
    sets = UnionFind(6)
    for a, b in ((4, 5), (5, 2), (3, 1)):
        sets.union(a, b)
    assert [sets.find(k) for k in range(6)] == [0, 1, 2, 1, 2, 2]
    sets.union(5, 3)  # joins {1, 3} and {2, 4, 5}
    assert {sets.find(k) for k in (1, 2, 3, 4, 5)} == {1}
    assert sets.find(0) == 0
