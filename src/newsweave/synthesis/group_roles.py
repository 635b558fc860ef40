"""The role an entity is shown with: the title its mentions write before the name most
often, when that title says what the person is ("Interior Minister", not "Mr." or "Former")."""

from __future__ import annotations

from collections import Counter

from newsweave.synthesis.entity_types import NameGroup

# A form of address says no role ("Sylvester Stallone, Mr."); nor do words that only qualify
# an office whose noun the text put after the name ("Former", "State" of "Secretary of State
# Hillary Clinton").
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "mister", "madam"})
ROLE_QUALIFIERS = frozenset(
    {"former", "ex-", "acting", "state", "house", "senior", "top", "first", "deputy", "vice"}
    | {"foreign", "defence", "defense", "interior", "finance", "prime"}
)


def _says_role(role: str) -> bool:
    """Whether a title before a name tells what the person is (not "Mr.", not "Former")."""
    words = [w.strip(".,").lower() for w in role.split()]
    return not all(w in COURTESY_TITLES | ROLE_QUALIFIERS for w in words)


def group_role(c: NameGroup) -> str | None:
    """The title the group's mentions write before the name most often (the longest of a
    tie), when one says what the person is (:func:`_says_role`): the entity's role."""
    roles = Counter(m.role for m in c.mentions if m.role and _says_role(m.role))
    if not roles:
        return None
    return max(roles, key=lambda r: (roles[r], len(r)))


__all__ = ["group_role"]
