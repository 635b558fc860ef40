"""Page talk: sentences in which an outlet speaks of its own page, kept apart from
:mod:`newsweave.text.headline_patterns` (near its size limit) as data the headline reads.

A sentence whose subject is the site or its staff compiling a list, being there, bringing
the reader a gallery or telling what it "can say" tells what the page holds, not what
happened: "Celebuzz has compiled a list of the best moments from Sunday's telecast" is the
outlet's label for its slideshow; the awards it lists are the news.
"""

from __future__ import annotations

# A site's name as a subject: a domain ("harbournews.com") or a name run with a staff title
# ("Celebuzz TV Editor Jethro Nededog").
_DOMAIN = r"\b[\w-]+\.(?:com|net|org|co\.uk)\b"
_STAFF = r"\b(?:editors?|reporters?|correspondents?|writers?|staffers?|columnists?|critics?)\b"

PAGE_TALK: tuple[str, ...] = (
    # the outlet made a list or a gallery for its reader ("has compiled a list of the best
    # and worst moments", "we've rounded up our favourite photos")
    r"\b(?:compiled|rounded up|put together|gathered)\b[^.]{0,40}?"
    r"\b(?:list|gallery|galleries|round-?up|slideshow|photos|pictures|highlights)\b",
    # its staff was there, and here is what they heard ("Our TV Editor was there in the press
    # room on Sunday, and here are ten things he heard")
    _STAFF + r"[^.]{0,60}?\bwas (?:there|on hand|backstage|in the press room)\b",
    r",? and here (?:are|is)\b",
    # it brings the reader something ("Harbour TV brings you the best of the night")
    r"\bbrings? you\b",
    # a show's promotion of its own report ("Harbour Evening News Exclusive: Kari Berg
    # anchors from the harbour on Monday")
    r"^(?:[\w.’'-]+\s){1,4}exclusive:\s",
    # it tells what it has found out ("harbournews.com can say on authority that ...")
    _DOMAIN + r"\s+(?:can (?:say|report|confirm|reveal)|has learned|understands)\b",
)
