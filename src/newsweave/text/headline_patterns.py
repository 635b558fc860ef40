"""Patterns the headline rules read, as data: page furniture that is never a headline,
wordings of background and of news, and outlet titles that tease rather than tell
(:mod:`newsweave.text.headline` compiles and applies them)."""

from __future__ import annotations

# Lines that are page furniture, never a headline (matched at the start, case-insensitive).
FURNITURE_HEADLINES: tuple[str, ...] = (
    r"tweet with a location",
    r"add a location to your tweets",
    r"page \d+ of \d+",
    r"media playback is unsupported",
    r"image copyright\b",
    r"image caption\b",
    r"enlarge this image",
    r"click (?:image|here|to|below)\b",
    r"please (?:enable|turn on) javascript",
    r"(?:javascript is|you need to enable)",
    r"follow\b.*(?:facebook|twitter|tumblr|instagram|:)",
    r"(?:embed|autoplay)\b",
    r"message:",
    r"from wikipedia",
    r"about this site",
    r"(?:local|more|top) news\b.*more>>",
    r"most popular stories",
    r"photo advertisement",
    r"warning: (?:the|this) video",
    r"published(?: on)?:? (?:\w+ \d|\d)",
    r"the seed (?:for|list)",
    r"this crawl\b",
    r"what[’']s in the data set",
    r"to our community",
    r"why (?:is this important|are we asking)",
    r"free online training",
    r"file\s*[-–—]\s*in this\b",
    r"nbc google\+",
    r"welcome back\b.*sign in",
    r"sign in (?:using|with|to)\b",
    r"you must enter the characters",
    r"number of hosts:",
    r"this (?:story|article|post) (?:is|was|has been) updated\b",
)

# Wordings of background rather than news (matched anywhere, case-insensitive): a state of
# long standing, a habit, what was before, a definition, a scene-setting opener.
BACKGROUND: tuple[str, ...] = (
    r"\b(?:has|have|had)(?: long| always|n[’']t always)\b",  # "have long wanted"
    r"\bfor (?:(?:more than|over|nearly|almost) )?(?:years|decades|centuries|generations|"
    r"(?:a|two|three|several|many) (?:decades?|years|centuries))\b",  # "For more than a decade"
    r"\b(?:often|usually|typically|traditionally|long been)\b",  # a habit
    r"\b(?:was|were|had|is|are) once\b|\bonce (?:a|an|the)\b",  # a former state
    r"\bin (?:the past|recent) (?:few )?(?:years?|decades?)\b|\bpreviously\b",  # what was before
    r"\b(?:in|since) (?:1[89]|20)\d\d\b",  # "were swept away in 1999"
    r"\bfirst \w+ed\b",  # "first helped out at ...": when it began, not what happened now
    r"\bhad (?:already|long|once|never|always|been)\b",  # what was before the news
    r"^(?:it|there) (?:is|was|were|are|has been)\b",  # "It was a cold night"
    r"^(?:(?:when|as|like|unlike|nowadays|these days|over the years|chances are)\b|today,)",
    r"\b(?:was|were) (?!being\b)\w+ing\b",  # a scene: "The mother was waiting with ..."
    r"^[^,]{0,60}? (?:is|are|was|were) (?:a|an|one of|among|home to|the (?:most|largest|only))\b",
    r"\b(?:is|are) (?:assumed|thought|believed|known|considered|essential)\b",  # a definition
)

# Wordings of news (matched as written): when it happened, or that it is new.
NEWS: tuple[str, ...] = (
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|today|tonight)\b",
    r"\b(?:last|this|earlier this) (?:night|week|weekend|month|morning|afternoon|evening)\b",
    r"^Now\b|\b(?:now|new|newly|recently)\b",  # lower case: not "New York"
)

# Outlet titles that tease rather than tell (matched anywhere, case-insensitive): a call or a
# question to the reader, a list to click through.
TEASERS: tuple[str, ...] = (
    r"(?:^|[:|]\s*)(?:listen(?: to)?|see|take a look|check out|here(?:[’']s| are| is))\b",
    r"\b(?:you|your|you[’']re|you[’']ll)\b",  # "How Good Of A Person Are You?"
    r"\?",  # a question, not the answer
    r"\b\d+ (?:of the best|things|ways|reasons|photos|pictures)\b",
)
