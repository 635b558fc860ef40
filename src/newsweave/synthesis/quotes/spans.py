"""Where the quotes are: quotation spans of any style, told from apostrophes.

:func:`find_quote_spans` scans the text for quotation marks of any style
(``"…"``, ``“…”``, ``„…“``, ``«…»``, ``‘…’`` and straight ``'…'`` used as
quotes), telling apostrophes (``Putin's``, ``Reuters' request``) from quote
marks, keeping nested quotes inside their outer quote, and following
multi-paragraph quotes (a paragraph that opens a quote and does not close it,
followed by one that reopens it). It reads characters only, no parse: who said
the words is :mod:`newsweave.synthesis.quotes.attribution`'s question.
"""

from __future__ import annotations

from dataclasses import dataclass

# Quotes longer than this (characters) without a closing mark are runaway matches, not quotes.
MAX_QUOTE_CHARS = 5000

# opening mark -> closing marks accepted for it
_PAIRS: dict[str, str] = {
    "“": '”"“',  # English; also “…" and “…“ in sloppy text
    "„": "“”",  # German/Polish style
    "«": "»",
    "‹": "›",
    '"': '"”',
    "‘": "’'",
    "'": "'’",
}
_DOUBLE = frozenset('“”„«»‹›"')
_OPEN_PUNCT = "([{—–-/"
_CLOSE_FOLLOW = set(" \t\n.,;:!?)]}—–-…/")
# Every character that may open or close a quote (an attribution clause stops at one).
MARK_CHARS = frozenset("\"“”„«»‹›‘’'")
# The closing marks of a single-quoted stretch (both ' and ‘ close with either).
_SINGLE_CLOSERS = frozenset("'’")
# The marks that open a single-quoted stretch.
_SINGLE_OPENERS = frozenset("‘'")
# Stands in for the first apostrophe of a '' mark, so that offsets do not move.
_PAIR_PAD = "\x01"


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Offsets of one quoted stretch (marks excluded) and how it was delimited."""

    start: int
    end: int
    open_mark: str
    close_mark: str  # "" when the quote runs on into the next paragraph
    continues: bool = False  # this paragraph's quote is continued in the next paragraph
    continuation: bool = False  # this quote continues the previous paragraph's quote


def _is_word(c: str) -> bool:
    return c.isalnum()


def _mark_roles(para: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the quote-like character at ``para[i]``."""
    c = para[i]
    prev = para[i - 1] if i > 0 else " "
    if prev == _PAIR_PAD:  # the first half of a '' mark
        prev = para[i - 2] if i > 1 else " "
    nxt = para[i + 1] if i + 1 < len(para) else " "
    if c in "“„«‹":
        # “ closes „ in German style, and “ in sloppy English (“It's unusual,“ said Noble):
        # where a closer stands, glued to the words before it and followed by a break
        return True, c == "“" and not prev.isspace() and nxt in _CLOSE_FOLLOW
    if c in "”»›":
        return False, True
    if c == '"':
        can_open = (prev.isspace() or prev in _OPEN_PUNCT or prev in "“‘'") and not nxt.isspace()
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in "”’'\"")
        if not can_open and not can_close:  # glued on both sides (a"b): let the stack decide
            return True, True
        return can_open, can_close
    if c == "‘":
        if _is_word(prev):
            return False, False  # an apostrophe typed as ‘ inside or after a word: don‘t
        # ‘90s, ‘em are elisions; a ‘ followed by a letter or digit after a space is an opener
        return (not nxt.isdigit() or prev.isspace()) and not nxt.isspace(), False
    if c in "’'":
        if _is_word(prev) and _is_word(nxt):
            return False, False  # apostrophe inside a word: Putin's, don't, Kyiv’s
        can_open = (prev.isspace() or prev in _OPEN_PUNCT or prev in '“"') and (
            _is_word(nxt) or nxt in "[(…."
        )
        if c == "’":
            can_open = False  # ’ is a closer or an apostrophe, never an opener in practice
        can_close = not prev.isspace() and (nxt in _CLOSE_FOLLOW or nxt in '”"')
        return can_open, can_close
    return False, False


def _possessive_like(para: str, i: int) -> bool:
    """``Reuters' request``: an s-final word, the mark, a space and a lowercase word."""
    return (
        i > 0
        and para[i - 1] in "sS"
        and i + 2 < len(para)
        and para[i + 1] == " "
        and para[i + 2].islower()
    )


def _scan_paragraph(para: str) -> tuple[list[tuple[int, int, str, str]], tuple[int, str] | None]:
    """Top-level quotes of one paragraph, and the quote still open at its end (offset, mark).

    Two apostrophes ``''`` (a typewriter double quote, as in the NYT's archive text) count
    as one ``"`` mark; the first apostrophe becomes padding so offsets do not move.
    """
    if "''" in para:
        para = para.replace("''", _PAIR_PAD + '"')
        found, open_at = _scan_paragraph(para)
        return [
            (s, e - 1 if e > s and para[e - 1] == _PAIR_PAD else e, om, cm)
            for s, e, om, cm in found
        ], open_at
    found: list[tuple[int, int, str, str]] = []
    stack: list[tuple[int, str]] = []  # (offset of the opening mark, mark)
    positions = [i for i, ch in enumerate(para) if ch in MARK_CHARS]
    closer_after = _single_closer_after(para, positions)
    for k, i in enumerate(positions):
        c = para[i]
        can_open, can_close = _mark_roles(para, i)
        if not can_open and not can_close:
            continue
        if stack and can_close and c in _DOUBLE and stack[-1][1] in _SINGLE_OPENERS:
            _drop_unclosed_singles(stack, c)
        # closing the innermost open quote?
        if stack and can_close and c in _PAIRS[stack[-1][1]]:
            if c in "’'" and _possessive_like(para, i) and closer_after[k]:
                continue  # a later mark can close this quote: this one is an apostrophe
            o, mark = stack.pop()
            if not stack:
                found.append((o + 1, i, mark, c))
            continue
        if can_open:
            if c in "’'" and stack and stack[-1][1] in "‘'" and not can_close:
                # a single opener inside a single quote: nested 'bloodbath' style quote
                stack.append((i, c))
                continue
            if c == '"' and stack and stack[-1][1] == '"':
                continue  # straight " cannot nest inside straight "
            stack.append((i, c))
    return found, (stack[0] if stack else None)


def _drop_unclosed_singles(stack: list[tuple[int, str]], closer: str) -> None:
    """Drop the single marks still open on ``stack`` when the double mark ``closer`` can close
    the quote they stand in: a single quote nested in a double one closes inside it, so one
    left open there was an apostrophe ('“the late '90s,”', '“I don‘t”'); kept, it would leave
    the outer quote unclosed and the whole quote unfound. Untouched when no double quote below
    them takes ``closer``."""
    k = len(stack)
    while k and stack[k - 1][1] in _SINGLE_OPENERS:
        k -= 1
    if k and closer in _PAIRS[stack[k - 1][1]]:
        del stack[k:]


def _single_closer_after(para: str, positions: list[int]) -> list[bool]:
    """For each mark position, whether a later mark could close a single quote (``'`` or
    ``’`` able to close, not possessive-like): one pass from the end, where asking it anew at
    every apostrophe costs time in the square of the marks in a paragraph."""
    out = [False] * len(positions)
    seen = False
    for k in range(len(positions) - 1, -1, -1):
        out[k] = seen
        j = positions[k]
        if para[j] in _SINGLE_CLOSERS and _mark_roles(para, j)[1] and not _possessive_like(para, j):
            seen = True
    return out


def _paragraphs(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of ``text`` with their offsets."""
    paras: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        paras.append((pos, line))
        pos += len(line) + 1
    return [(o, p) for o, p in paras if p.strip()]


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every top-level quoted stretch of ``text``, in order (offsets exclude the marks)."""
    spans: list[QuoteSpan] = []
    prose = _paragraphs(text)
    carried = False  # the previous paragraph left a quote open that this one reopens
    for n, (off, para) in enumerate(prose):
        found, open_at = _scan_paragraph(para)
        for k, (s, e, om, cm) in enumerate(found):
            if e - s <= 0 or e - s > MAX_QUOTE_CHARS:
                continue
            spans.append(
                QuoteSpan(
                    off + s,
                    off + e,
                    om,
                    cm,
                    continuation=carried and k == 0 and s <= _lead(para) + _mark_width(para),
                )
            )
        carried = False
        if open_at is not None:
            o, mark = open_at
            nxt = prose[n + 1][1].lstrip() if n + 1 < len(prose) else ""
            reopens = bool(nxt) and (
                nxt[0] == mark or (mark in _DOUBLE and (nxt[0] in '“„«"' or nxt.startswith("''")))
            )
            body = para[o + 1 :].rstrip()
            if reopens and body.strip():
                spans.append(
                    QuoteSpan(
                        off + o + 1,
                        off + o + 1 + len(body),
                        mark,
                        "",
                        continues=True,
                        continuation=bool(found) is False and carried,
                    )
                )
                carried = True
    return spans


def _lead(para: str) -> int:
    return len(para) - len(para.lstrip())


def _mark_width(para: str) -> int:
    """How many characters the mark opening ``para`` takes: two for a '' mark, else one."""
    return 2 if para.lstrip().startswith("''") else 1


def mark_start(sp: QuoteSpan, text: str) -> int:
    """Offset of the opening mark of ``sp`` in ``text`` (both characters of a '' mark).

    What comes before this offset in the paragraph is the attribution clause, if any.
    """
    i = sp.start - 1
    if i > 0 and text[i] == "'" and text[i - 1] == "'":
        i -= 1
    return i
