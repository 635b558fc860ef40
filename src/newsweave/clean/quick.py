"""Quick tests for case-blind patterns run over every line of every page.

Python's case-blind search of an alternation tries every branch at every position; the
cleaner runs its furniture lexicon (:mod:`newsweave.clean.text`) and the verdict's patterns
(:mod:`newsweave.clean.verdict`) over every line, so each pattern gets case-sensitive tests
of its branches, found by a fast scan, that pick the strings worth the full search.
"""

from __future__ import annotations

import re

# The letters a case-blind regex takes for "s" or "i" though str.lower() makes them no s or i.
_FOLD = str.maketrans("ſıİ", "sii")
_UNFOLDED = re.compile("[ſıİ]")
# A branch's leading choice of plain words, "(?:accept|consent) ..." (not an optional one).
_LEADING_CHOICE = re.compile(r"\(\?:([\w ]+(?:\|[\w ]+)+)\)(?![?*+{])")
_LETTERS_OR_ESCAPE = re.compile(r"\\.|[A-Z]+")


def fold_case(s: str) -> str:
    """``s`` in lower case as a case-blind regex compares letters (``str.lower`` alone leaves
    the long s and the dotted and dotless i apart from s and i)."""
    return (s.translate(_FOLD) if _UNFOLDED.search(s) else s).lower()


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a regex's source."""
    out: list[str] = []
    depth = start = i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 1
        elif ch == "[":  # a class: "|", "(" and ")" in it are plain characters
            i += 2 if source[i + 1 : i + 2] == "^" else 1
            i += source[i : i + 1] == "]"  # a "]" first in a class is one of its characters
            while source[i] != "]":
                i += 2 if source[i] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and not depth:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


def quick_tests(rx: re.Pattern[str], *, whole_text: bool = False) -> tuple[re.Pattern[str], ...]:
    """Tests of ``fold_case(s)`` of which one matches wherever the case-blind ``rx`` matches ``s``.

    Python's case-blind search of an alternation tries every branch at every position; a
    case-sensitive pattern that starts with a literal is found by a fast scan, ten times
    quicker. So each top-level branch of ``rx`` is lowercased and compiled case-sensitively,
    without its leading ``\\b``, a leading choice of words split into one test per word. A
    ``^`` branch stays anchored (one try), unless the tests run on a ``whole_text`` for a
    pattern meant for its lines. The tests only pick the strings worth ``rx``'s search.
    """
    if not rx.flags & re.I or "(?-i" in rx.pattern:
        raise ValueError(f"not a case-blind pattern: {rx.pattern!r}")
    flags = rx.flags & ~re.I
    tests = []
    for branch in _branches(rx.pattern):
        if whole_text:
            branch = branch.removeprefix("^")
        low = _LETTERS_OR_ESCAPE.sub(lambda m: m[0] if m[0][0] == "\\" else m[0].lower(), branch)
        if low.startswith("^"):
            tests.append(re.compile(low, flags))
            continue
        low = low.removeprefix(r"\b")
        choice = _LEADING_CHOICE.match(low)
        heads = choice[1].split("|") if choice else [""]
        rest = low[choice.end() :] if choice else low
        tests += [re.compile(head + rest, flags) for head in heads]
    return tuple(tests)


def found(rx: re.Pattern[str], tests: tuple[re.Pattern[str], ...], s: str, folded: str) -> bool:
    """``rx.search(s)``, run only when one of its quick tests finds ``folded`` worth it."""
    for test in tests:  # a plain loop: any() over a generator costs more than the scans
        if test.search(folded):
            return rx.search(s) is not None
    return False
