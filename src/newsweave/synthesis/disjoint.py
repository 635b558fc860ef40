"""Disjoint sets of positions, for the stages that join items pairwise into groups (articles of
one origin, timeline groups telling one happening): each pair joined puts its two sets in one,
and a set is known by its lowest member, so groups come out in the items' own order."""

from __future__ import annotations


class UnionFind:
    """Disjoint sets of the positions ``0 .. n-1``; a set's root is its lowest member."""

    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


__all__ = ["UnionFind"]
