"""Patterns the headline rules read, as data: page furniture that is never a headline,
wordings of background and of news, outlet titles that tease rather than tell, and the word
lists of the word-shape rules (:mod:`newsweave.text.headline` compiles and applies them)."""

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
    # a newsletter's sign-up box ("Breaking News Emails Get breaking news alerts and special
    # reports. The news and stories that matter, delivered weekday mornings.")
    r"breaking news emails\b",
    # a broadcast listing, "The Tonight Show Starring Jimmy Fallon Weeknights 11:35/10:35c":
    # a show's time slot in Eastern/Central time is a player page's label
    r".*\b\d{1,2}:\d\d/\d{1,2}:\d\dc\b",
)

# Datelines that open a lead (matched at its start), where the story was filed, which a
# brief's own date and sources already say: "WASHINGTON —", "MIAMI—When", "HIROSHIMA--A",
# "ALLENTOWN, Pa. (AP) —", "OSAN AIR BASE, South Korea —", "NEW YORK, May 3 (AP) —", a weekday
# with its date ("MONDAY, July 2, 2012 --"), "SAN FRANCISCO--(BUSINESS WIRE)--"; a wire's
# dateline in title case ("Washington (CNN)"), a wire or a station alone ("(CNN) --", "(WTNH)
# —"), any name in brackets before a dash ("(HealthDay)—"), and a dash left by a dropped place.
# A single hyphen needs a space after it: "KXAS-TV reports", "U.K.-based" are no datelines;
# a place has two letters at least: "I-- I'm used to it" is a stammer.
# The newsrooms a dateline credits in brackets in their house style: the wires, a network, a
# station by its call letters ("(AP)", "(CNN)", "(WTNH)"); clean.datelines names the story's
# source from them.
DATELINE_SOURCES = r"CNN|AP|AFP|UPI|Reuters|Associated Press|[KW][A-Z]{2,3}"
DATELINES: tuple[str, ...] = (
    r"[A-Z][A-Z.'’]+(?:-[A-Z][A-Z.'’]+)*(?:[ ,]+[A-Z][A-Z.'’]+(?:-[A-Z][A-Z.'’]+)*)*"
    r"(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|[A-Z][a-z]{1,4}\.|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})){0,2}"  # "FLORENCE, Italy, Feb. 25 (UPI) --"
    r"(?:\s*[-—–]{0,2}\s*\([^()]{1,40}\))?\s*(?:[-—–]+\s+|(?:[—–]|--)(?=[A-Z]))",
    rf"(?:[A-Z][\w.'’-]+[ ,]+){{1,3}}\((?:{DATELINE_SOURCES})\)\s*(?:[-—–]+\s*)?",
    rf"\((?:{DATELINE_SOURCES})\)\s*(?:[-—–]+\s*)?",
    r"\([A-Z][\w ]{1,20}\)\s*[-—–]+\s*",
    r"[-–—]\s+",
    # a paper's reference numbers scraped before its sentence ("41 , 42 A recent review ...")
    r"\d{1,3}(?: , \d{1,3})+ (?=[A-Z])",
    # places joined by slashes, the wire's dash lost ("SINGAPORE/BEIJING Flamboyant ...")
    r"[A-Z]{2,}(?:/[A-Z]{2,})+\s+(?=[A-Z][a-z])",
    # a photo's credit glued before the lead ("William Wei, Business Insider Facebook is
    # buying ...", "Tom Williams/Getty Images Rep. Jackie Speier will ...")
    r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+(?:, |/)(?:Business Insider|Getty Images|AP Photo|"
    r"Reuters|AFP|EPA|Bloomberg|Shutterstock|[A-Z]\w+ Images)\s+(?=[A-Z])",
)

# Labels a page puts before a headline or a lead, page furniture of neither (matched at the
# start, case-insensitive): an update's stamp ("Update 11:10 a.m.: ", "Updated | ", "UPDATE:")
# and a share button's label ("Email This Even at 88, Betty White ...").
STAMPS: tuple[str, ...] = (
    r"(?:update|updated)(?:\s+\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?)?\s*[:|\-–—]\s*",
    r"email this\s+",
)

# Openings of a brief's sentence that lean on one told before it (matched at the start, as
# written; :mod:`newsweave.synthesis.stages.brief`).
LEANING_OPENINGS: tuple[str, ...] = (
    r"The (?:move|decision|announcement|comments?|remarks?|statement|offer|proposal|news)\s+"
    r"(?:is|was|comes?|came|follows?|followed)\b",
    # "The actions come a day before ...", "The exchange comes after ...": dated by the news
    # told before it, whatever it calls that news
    r"The (?:\w+ ){1,2}(?:comes?|came|follows?|followed) (?:as|after|amid|just|only|a day|"
    r"a week|days|weeks|hours|months|less|more|on the heels|in the wake)\b",
    # "The other states ...", "The assets included ...": the rest or the parts of a set
    # named before
    r"The (?:other|remaining)\b",
    r"The \w+ (?:include|included|includes)\b",
    r"The \w+ also\b",  # "The study also found ...": more of something not named here
    # "The next day, ...", "Around the same time ...": dated by what was told before
    r"The (?:next|following) (?:day|morning|night|evening|week)\b",
    r"(?:Around|At|About) the same time\b",
    # a teaser the page cut short ("Four people are dead and one is injured...")
    r".*(?:\.\.\.|…)[\"”’)]*\s*$",
)

# A photo's caption, scraped into the story (matched anywhere, case-insensitive): what a
# picture shows, in the present tense ("X is pictured at ...", "In this Dec. 13, 2004 file
# photo, ...", "... in this evidence photo released by ...", "A 2013 photo shows ..."): never a
# headline, a brief's sentence nor a fact (:func:`newsweave.text.headline.is_caption`). Not
# "is shown" alone: "This radicalness is shown in his bearing" is no caption.
CAPTIONS: tuple[str, ...] = (
    r"\b(?:is|are) (?:pictured|seen here|shown (?:here|at|during|in (?:this|an?) "
    r"(?:photo|image|picture|undated)))\b",
    # (anywhere: "X pilot a P-8A Poseidon during a mission ... in this March 24, 2014 handout
    # photo", "... is shown in this June 27, 2011 file photo")
    r"\bin this (?:[\w’'.-]+,? ){0,5}(?:photo|image|picture|photograph|frame grab)s?\b",
    # a video player's caption under its close button ("CLOSE Bone-chilling cold gripped ...")
    r"(?-i:^CLOSE\s+[A-Z])",
    # "..., this photo released by the coast guard shows.": the "in" may go
    r"\b(?:in )?(?:this|these) (?:[\w’'-]+ ){0,2}(?:photo|image|picture|photograph)s? "
    r"(?:released|provided|taken|made available|courtesy)\b",
    # a photographer's credit ("(Photo by ...)") or a place in the picture ("X, third from left,")
    r"\((?:photo|image|picture)s? (?:by|credit|courtesy)\b",
    r", (?:(?:second|third|fourth|fifth|far) )?(?:from )?(?:left|right)(?: to right)?,",
    # a wire caption's place mark after a name ("Zainab al-Khawaja (L) is greeted by ...")
    r"(?-i:\((?:L|R|C|2nd [LR]|3rd [LR]|[LR]-[LR]|front|back|top|bottom|left|right|centre|"
    r"center)\))",
    r"^(?:an?|the|this|that) (?:[\w-]+ )?(?:photo(?:graph)?|picture|image) (?:shows|showing)\b",
    # a wire photo's caption, closed by its full date after a comma or a place ("The helicopter
    # carrying Pope Francis flies over Castel Gandolfo, Saturday March 23, 2013."): a story
    # gives a weekday or a date, after "on" or "for"
    r"(?:,|(?-i:\b[A-Z][a-z]+))\s(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s(?:jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|"
    r"sept|oct|nov|dec)[a-z]*\.?\s\d{1,2},\s(?:19|20)\d\d\.?$",
    # ... or by the date straight after the place, with no weekday and no "on" ("... at a
    # hotel in Kathmandu, Nepal May 30, 2016.")
    r"(?<!\bon )(?-i:\b[A-Z][a-z]+)\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
    r"[a-z]*\.?\s\d{1,2},\s(?:19|20)\d\d\.?$",
)

# Wordings of background rather than news (matched anywhere, case-insensitive): a state of
# long standing, a habit, what was before, a definition, a scene-setting opener; and of what
# frames the news without telling it: an opinion, a pointer to clips, a study's method, words
# leaning on a sentence before. A headline is made from one only when no member offers news.
BACKGROUND: tuple[str, ...] = (
    # a stand held for years ("have long wanted", "has consistently stood by")
    r"\b(?:has|have|had)(?: long| always| consistently| steadfastly|n[’']t always)\b",
    r"\bfor (?:(?:more than|over|nearly|almost) )?(?:years|decades|centuries|generations|"
    r"(?:a|two|three|several|many) (?:decades?|years|centuries))\b",  # "For more than a decade"
    r"\b(?:often|usually|typically|traditionally|sometimes|long been)\b",  # a habit
    # whom the news matters to, before a judgement on it ("For Republicans on Capitol Hill,
    # Donald Trump may finally have gone too far", "For Mitt Romney, the 2012 election was
    # held a year too early"): an angle, not what happened ("For the first time" is news)
    r"^for (?!now\b|(?:the )?(?:first|second|third|last|\d+\w*) time\b)[^,]{1,60}, ",
    r"\b(?:was|were|had|is|are) once\b|\bonce (?:a|an|the)\b",  # a former state
    # what was before (not "previously unheard recordings": what is new now)
    r"\bin (?:the past|recent) (?:few )?(?:years?|decades?)\b|\bpreviously\b(?!\s+un\w+)",
    r"\b(?:in|since) (?:1[89]|20)\d\d\b",  # "were swept away in 1999"
    r"\bin the (?:(?:early|late|mid-?) ?)?(?:1[89]|20)?\d0s\b",  # "In the 1990s, when ..."
    r"\bfirst \w+ed\b",  # "first helped out at ...": when it began, not what happened now
    r"\bhad (?:already|long|once|never|always|been)\b",  # what was before the news
    r"^(?:it|there) (?:is|was|were|are|has been)\b",  # "It was a cold night"
    # a scene's time of day, not its date ("set out on a bike ride on a beautiful spring
    # evening"; "on a Sunday morning" dates the news)
    r"\bon an? (?-i:[a-z-]+ ){1,2}(?:morning|afternoon|evening|night|day)\b",
    r"^(?:(?:when|as|like|unlike|nowadays|these days|over the years|chances are)\b|today,)",
    # a scene ("The mother was waiting with ..."), not one dated to the day of the news ("were
    # searching Saturday for seven sailors", "was recovering Wednesday")
    r"\b(?:was|were) (?!being\b|missing\b)\w+ing\b(?! (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|today|tonight)\b)",
    # a definition or a verdict on the subject ("The latest number ... is a small one"; not
    # "... is among the injured", which is news): a subject's noun phrase runs to 90 characters
    r"^[^,]{0,90}? (?:is|are|was|were) (?:a|an|one of|home to|the (?:most|largest|only)|"
    r"among(?! the (?:dead|injured|wounded|missing|victims|killed|survivors|casualties)\b)|"
    r"the (?:story|tale) of|based in)\b",
    # a definition or a standing ("Lowe was regarded as the world's greatest climber")
    r"\b(?:is|are) (?:assumed|thought|believed|known|considered|essential)\b|"
    r"\b(?:is|are|was|were) (?:widely )?regarded as\b",
    # a definition by its extent or its name ("Treasure trove is any gold or silver ...")
    r"^[^,]{0,60}? (?:is|are) (?:any|defined as|the (?:term|name|word) for)\b|\brefers? to\b",
    # what came before the news ("two previous launch attempts", not "broke the previous record")
    r"\bprevious (?:[\w-]+ ){0,3}(?:attempts?|efforts?|occasions?|times|years|studies|research)\b",
    r"\b(?:weeks|months|years|decades) (?:ago|back)\b",
    r"\b(?:has|have) been (?!missing\b)\w+ing\b",  # a state going on: "has been living in a coma"
    r"^there[’']s\b",  # "There's a steady paycheck"
    r"\bwhat (?:all|any|every|most|many) \w+(?: \w+)? (?:do|does|would)\b",  # a habit
    r"\bsince then\b",  # "Since then, Farrow has won ...": after something told before
    # an origin dated before what the subject does as a rule ("Established in 2003, the
    # BioWatch Program provides ..."): what the subject is, told for a reader new to it
    r"^(?:established|founded|formed|created|built|launched|opened|set up|started) (?:in|since) "
    r"(?:1[89]|20)\d\d\b[^,]{0,40}, (?:[\w.’'-]+ ){1,6}(?:is|are|provides|offers|serves|runs|"
    r"operates|remains|helps|works)\b",
    # who runs the subject ("BioWatch is managed by the DHS ... Office"): a standing arrangement
    r"\b(?:is|are) (?:managed|run|owned|operated|overseen|administered|funded) by\b",
    r"\bthat same (?:day|night|morning|evening|week)\b",  # dated by what was told before
    # a season or a date arriving ("April is here and ...", "The back-to-school season is
    # here"): a scene set for the news
    r"\b(?:is|are) (?:here|upon us)(?:,|\s+and\b|$)",
    # an outlet pointing to its pictures or clips ("BBC News has clips of two of the songs"):
    # where to see the news, not the news
    r"^[^,]{0,40}? (?:has|have) (?:the |some |more )?(?:clips?|videos?|footage|photos|"
    r"pictures|audio|images) of\b",
    # a writer's or a source's opinion ("One problem, in Mr. Oppenheim's view, was ..."):
    # a judgement on the news, not what happened
    r"\bin (?:[\w.’'-]+ ){0,3}[\w.-]+(?:[’']s?)? (?:view|opinion|estimation)\b",
    r"^one (?:problem|issue|reason|question|concern|complaint|flaw|drawback|catch|lesson)\b",
    r"\b(?:probably|perhaps|arguably) (?:seems?|looks?)\b|\bseems? like\b",
    # a subject's superlative standing ("Caffeine is America's favorite drug, bar none") and
    # a feature's hindsight ("Jill Russell never imagined a problem would result")
    r"^[^,]{0,60}? (?:is|are) (?:\w+[’']s )?(?:favou?rite|biggest|best|worst)\b",
    r"\bnever (?:imagined|dreamed|expected|thought)\b",
    # the writer's voice: a verdict or a guess, not what happened ("The largest dinosaur foot
    # ever found surely deserves the title", "The Fed's hair is manifestly not on fire", "The
    # lawsuit might only register as a single locust")
    r"\b(?:surely|manifestly|undoubtedly|arguably)\b|\b(?:might|may|could) only\b",
    # a guess at what the subject is, a feature's hook ("Google might be a lot of things
    # today"): what it may be is no news of what it did; not a finding reported ("Investigators
    # found that the ratio may be an effective predictor of ...")
    r"^(?![^,]{0,60}? that )[^,]{0,60}? (?:might|may|could) (?:well )?be "
    r"(?:a|an|one|many|all|lots?|some|any|the)\b",
    # a writer's frame around what the story will tell ("What many Americans are unaware of is
    # the great importance of July 3"): the point is still to come
    r"^what [^,]{1,80}? (?:is|was) ",
    # more of something told before ("Carrie Russell also expected no trouble", "Part of the
    # stated appeal is simplicity")
    r"^[^,]{1,40}? also (?!known\b)[a-z]+|^part of\b|\b(?:of|from) (?:those|these) [a-z]+s\b",
    # a frame around the news, not the news: an appearance on a show ("Kellyanne Conway
    # appeared on Fox News Sunday this morning"), a teaser ("President Obama did something
    # Friday that he hardly ever does"), a presence at a place told before ("... was there in
    # the press room")
    r"^[^,]{0,60}? appeared on (?-i:[A-Z])|\b(?:did|does|do) something\b|\b(?:was|were) there\b",
    # an object told before ("The American Academy of Neurology now says: Stop that")
    r"\s(?:that|this|it)[.!]?$",
    # a contrast with something told before ("Obama, however, said the reason is ...")
    r"^[^,]{1,40}, (?:however|though|meanwhile|in turn|for (?:his|her|their|its) part),",
    # a study's method ("Each subject wore a Fitbit", "The researchers used brain scans", "Data
    # on ... were collected", "A video recording ... was split into frames"): how the finding
    # was made, not the finding
    r"^(?:the|each|all|every) (?:researchers?|scientists?|team|subjects?|participants?|"
    r"volunteers?|patients?) (?:then )?(?:used|wore|recruited|collected|analy[sz]ed|examined|"
    r"looked at|surveyed|tracked|compared|measured|asked|were asked|were given|received)\b",
    r"\b(?:was|were) (?:collected|recruited|obtained|split into|divided into|randomly "
    r"assigned)\b",
    r"^(?:an? )?(?:analys[ie]s|measurements?|tests?) of [^,]{1,60}? (?:was|were) "
    r"(?:performed|conducted|carried out|done)\b",
    # a standing, not an event ("Farrow's story was part of a series that won ...")
    r"\b(?:is|are|was|were) (?:also )?part of\b",
    # a moment in a story told hour by hour ("Around 1:20 p.m. 4-year-old Yumenosuke stopped
    # near a house"): a scene on the day, not the news; not one given its day ("At 3 p.m.
    # Tuesday, the council voted ...")
    r"^(?:(?:around|about|at|by|shortly|just|soon)\s+(?:after\s+|before\s+)?)?"
    r"\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?![^,]{0,40}\b(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|today|yesterday|tonight)\b)",
    # a speaker going on from words told before ("Mr. Oppenheim added that ...")
    r"^[^,]{0,40}? (?:added|concurred|went on to say)\b|^[^,]{0,40}? continued(?=,| that| by saying)",
)

# A claim the writer disowns at once, the hedge and what it goes on to say up to the sentence's
# end ("The Foreign Ministry is ready to help | — or so it says on April Fools' Day"): a
# headline keeps it whole or is background (cut before the hedge it would state the joke as
# fact). Group 1 is the hedge with its words, group 2 the hedge alone ("or so it says").
HEDGE = (
    r"\s*(?:[,—–]|\s-{1,2})\s*((or so (?:it|he|she|they|we) (?:says?|claims?|said|claimed))\b"
    r"[^.;!?]*)[.!]?$"
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
    # a ranked list's label ("Top 2014 Wedding Trends", "Top 10 Red Carpet Looks"): what the
    # page lists, not what happened
    r"^(?:the )?top (?:\d+ )?(?:\d{4} )?(?:[\w’'-]+ ){0,2}(?:trends|picks|moments|tips|deals|"
    r"looks|songs|films|movies|books|gadgets|apps)$",
    # the publisher's own voice ("Today Marks a Significant Milestone in Our History": a
    # studio's release), not a quotation ("…, says North Korea", "Sanders: …", 'called the
    # Pope "one of the great moral leaders of our time"'); "US" the country is no "us"
    r"^(?![^:]*:)(?!.*\bsays?\b)(?!.*(?:[\"“”‘]|(?:^|\s)'))"
    r".*(?-i:\b(?:[Oo]ur|OUR|[Ww]e|WE|[Mm]y|MY|us)\b)",
)

# A page's call to its reader to act ("Our printable cards can be ordered on the maker's
# site (click here)"): a product page's pitch or a link's label, never what happened.
READER_CALLS: tuple[str, ...] = (
    r"\b(?:click|tap)(?:ing)? (?:here|below|(?:on )?(?:the|this) link)\b",
    r"\b(?:sign up|subscribe) (?:here|now|today)\b",
)


# ------------------------------------------------------------- word lists
# Word lists the headline's word-shape rules read (:func:`newsweave.text.headline.has_finite_verb`,
# where a made headline may be cut).

# Verbs of saying in the past: what was said comes after them, so no cut ends on one.
SAYING = frozenset(
    {"said", "told", "revealed", "announced", "confirmed", "disclosed", "reported", "claimed"}
    | {"warned", "insisted", "admitted", "argued", "suggested", "declared", "stated", "asked"}
)

# Pronouns only a subject takes: a cut never ends on one, its verb comes after it.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})

# Verbs that need their particle ("asked the FBI to turn | over the memos", "is to rush |
# through emergency legislation"): a cut never ends on one after "to".
PHRASAL_VERBS = frozenset(
    {"turn", "rush", "shut", "hand", "carry", "pick", "sign", "fill", "point", "wipe", "sort"}
    | {"hold", "pull", "break", "step", "back", "call", "phase", "roll", "scale", "crack"}
)

# Verbs whose infinitive a cut may not end on ("he would move…").
MODALS = frozenset({"would", "could", "will", "can", "may", "might", "should", "must", "to"})

# Words a phrase cannot end on: it would go on ("was", "than", "such").
OPEN_ENDED = frozenset(
    {"was", "were", "is", "are", "been", "being", "not", "than", "such", "very", "more", "most"}
    | {"who", "whose", "which", "where", "when", "whom", "also", "just", "only", "even"}
)

# Words that open a subordinate clause: a phrase they open is not a headline on its own.
SUBORDINATORS = frozenset(
    {"if", "when", "while", "although", "though", "because", "as", "after", "before", "since"}
    | {"unless", "once", "until", "whether"}
)

# Words in "-ing" that are nouns a clause may end on ("injured this morning", "dropping the
# funding"), not a verb still waiting for its object.
ING_NOUNS = frozenset(
    {"morning", "evening", "funding", "building", "meeting", "wedding", "spring", "thing"}
    | {"king", "ring", "ceiling", "hearing", "ruling", "briefing", "shooting", "bombing"}
    | {"killing", "training", "housing", "clothing", "offering", "opening", "sibling", "wing"}
    | {"nothing", "something", "anything", "everything", "string", "swing", "stabbing"}
)

# Nouns of compound prepositions: "in connection" needs its "with".
PREP_NOUNS = frozenset(
    {"connection", "addition", "response", "front", "charge", "relation", "regard", "spite"}
    | {"search", "favor", "favour", "place", "terms", "lieu", "light", "wake", "face"}
)

# Words that open an aside after a comma (an appositive, a phrase): cut inside one, the
# sentence's own verb may still be to come.
ASIDE_OPENERS = frozenset(
    {"the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "of", "as", "who"}
    | {"which", "whose", "where", "when", "while", "after", "before", "and", "or", "but"}
)

# Past participles not shaped "-ed" nor among IRREGULAR_PAST, that open a phrase describing
# the subject ("Sunk without trace ..., the battleship", "Born in Ohio, she").
IRREGULAR_PARTICIPLES = frozenset(
    {"sunk", "born", "torn", "known", "shown", "hidden", "written", "taken", "given", "driven"}
    | {"stolen", "broken", "beaten", "chosen", "forgotten", "frozen", "grown", "thrown", "worn"}
    | {"sworn", "seen", "done", "drawn", "eaten", "fallen", "flown", "spoken", "begun", "bitten"}
)

# Weekdays and months: a capitalised word after a preposition that starts a phrase of time,
# not the rest of a name ("... Court on Tuesday" may be cut; "Science in Action" may not).
TIME_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december", "jan", "feb", "aug", "sept", "oct"}
)

# Words before a last word that make it a modifier still waiting for its noun ("for the
# saucy, vaguely pork-y delicacy"), when a comma follows it and it ends like an adjective.
DETERMINERS = frozenset(
    {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that"}
    | {"these", "those", "some", "every", "each", "another"}
)

# Last words of the names of awards, laws and bodies: a capitalised word before one is part
# of the same name ("Science in Action Award").
NAMED_THINGS = frozenset(
    {"Award", "Awards", "Prize", "Medal", "Act", "Bill", "Fund", "Foundation", "Institute"}
    | {"Center", "Centre", "Festival", "Challenge", "Cup", "Trophy", "Games", "Show", "Building"}
)

# Finite forms a clause's verb (or its auxiliary) takes: one of them, or a word that reads as
# a verb in the past or third person (:func:`has_finite_verb`), makes a clause of a phrase.
FINITE = frozenset(
    {"is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "can", "could"}
    | {"may", "might", "must", "shall", "should", "does", "do", "did", "says", "said"}
    | {"isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "won't", "can't"}
    | {"couldn't", "wouldn't", "shouldn't", "doesn't", "don't", "didn't", "cannot"}
    | {"say", "believe", "think", "fear", "expect", "want"}  # "Police say ..."
)

# Finite forms that are also nouns, a month or a verb's plain form ("his will", "in May",
# "a can", "to say"): a verb only after a word that may end a subject.
ALSO_NOUNS = frozenset(
    {"will", "may", "can", "must", "do", "says", "say", "believe", "think", "fear", "expect"}
    | {"want"}
)

# Past forms that do not end in "-ed" (the verbs of news leads: "Shots rang out", "won").
IRREGULAR_PAST = frozenset(
    {"ate", "became", "began", "bit", "blew", "broke", "brought", "built", "bought", "caught"}
    | {"chose", "came", "dealt", "dug", "drew", "drank", "drove", "fell", "fed", "felt", "fought"}
    | {"found", "fled", "flew", "forgot", "froze", "got", "gave", "went", "grew", "hung", "heard"}
    | {"hid", "held", "kept", "knew", "laid", "led", "left", "lent", "lost", "made", "meant"}
    | {"met", "paid", "quit", "rode", "rang", "rose", "ran", "saw", "sought", "sold", "sent"}
    | {"shook", "shot", "showed", "shut", "sang", "sank", "sat", "slept", "slid", "spoke"}
    | {"spent", "spun", "stood", "stole", "stuck", "struck", "swore", "swept", "swam", "took"}
    | {"taught", "tore", "told", "thought", "threw", "understood", "woke", "wore", "won", "wrote"}
    | {"hit", "cut", "split", "spread", "hurt"}
    | {"died", "tied", "lied", "vied", "used", "owed"}  # regular, but too short for the "-ed" rule
    | {"set", "put", "let", "cast", "beat", "bid", "burst", "shed", "upset", "sped", "fit"}
    | {"withdrew", "overtook", "undertook", "swung", "wept", "leapt", "lit", "bent", "knelt"}
    | {"sprang", "shrank", "strove", "forbade", "foresaw", "overthrew", "sued"}
)

# Words whose full stop does not end a sentence ("Gov. Tom Corbett", "Sept. 11", "Pa.").
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "col", "lt"}
    | {"sgt", "capt", "prof", "rev", "ft", "mt", "no", "vs", "inc", "corp", "co", "ltd"}
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
    | {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan"}
    | {"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla"}
    | {"ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo"}
)

# Abbreviations whose full stop may also end a sentence: a state, a company's, a name's
# suffix ("... hit Moore, Okla. But she ..."); not a title before a name nor a month before
# its day (:func:`newsweave.text.headline.first_sentence`).
SENTENCE_END_ABBREVIATIONS = frozenset(
    {"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan"}
    | {"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla"}
    | {"ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "inc", "corp", "co"}
    | {"ltd", "jr", "sr"}
)
# Words that open a sentence and never go on a name, so after one of those abbreviations a
# capitalised one starts a new sentence.
SENTENCE_OPENERS = frozenset(
    {"but", "and", "the", "he", "she", "it", "they", "we", "i", "this", "that", "these"}
    | {"those", "his", "her", "their", "its", "there", "in", "on", "at", "when", "after"}
    | {"if", "while", "police", "authorities", "officials"}
)

# Participles that name or place a noun ("a firm called OJT Heritage", "a group based in
# Ohio"): after a noun, never a main verb in the past.
NAMING_PARTICIPLES = frozenset(
    {"called", "named", "dubbed", "titled", "entitled", "nicknamed", "based", "located"}
)
# Adverbs between a verb and the word that gives it its subject or auxiliary ("and is now
# retired", "who has since resigned", "and briefly put"): read past, as words in "-ly" are.
VERB_ADVERBS = frozenset(
    {"now", "still", "also", "then", "never", "not", "just", "already", "since", "later"}
    | {"once", "again", "even", "only", "first", "soon"}
)

# Words a headline cut with "…" at a word count cannot end on besides :data:`STOP`, the finite
# forms and the determiners: a subject pronoun waiting for its verb, a negation or an adverb
# waiting for what it modifies ("they still don't…", "neither accurate nor…").
HANGING_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "you", "there", "not", "never", "still", "nor"}
    | {"neither", "either", "both", "so", "then", "er", "than", "how", "why", "what"}
)

# Words after which a word is a noun or a modifier, not a verb ("the leads", "of votes").
NOT_BEFORE_VERB = (
    DETERMINERS
    | {"of", "in", "on", "at", "for", "with", "by", "from", "to", "into", "and", "or", "as"}
    | {"than", "about", "over", "under", "many", "more", "most", "several", "all", "no", "two"}
    | {"three", "four", "five", "few", "other", "such", "very", "its", "whose"}
)

# Words that open a relative clause: a verb inside one ("a crash that killed ...") is not the
# verb of the phrase's own clause.
RELATIVE_OPENERS = frozenset(
    {"who", "whose", "whom", "which", "that", "who's", "who’s", "how", "why", "whether", "where"}
)

# Auxiliaries that, after a relative clause has had its verb and without a comma, are the
# verb of the main clause ("A dog that escaped being put down was honoured"); not after a
# word that keeps the relative clause going: a pronoun, the subject of a clause of its own
# ("who said he was tired"), "to" ("who is said to have been") or "and" ("who wrote X and is").
MAIN_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "will"})
GOES_ON = frozenset(
    {"he", "she", "it", "they", "we", "i", "you", "there", "who", "that", "to", "and", "or"}
)

# A pronoun and its contracted verb: a clause in one word.
CONTRACTED_SUBJECTS = frozenset(
    {"it's", "it’s", "he's", "he’s", "she's", "she’s", "that's", "that’s", "there's", "there’s"}
)

# Endings of the adjectives before a noun ("informational resources", "critical times").
NOUN_MODIFIER_ENDINGS = ("al", "ive", "ous", "ful", "ic", "able", "ible", "ary")

# Endings of words in "-s" that are not verbs ("boss", "campus", "crisis", "famous").
NOT_VERB_S = ("ss", "us", "is", "ous", "ics", "'s", "’s", "ws")

# Words after a verb in "-ed" that make it a participle of a noun before it ("a study
# conducted by ...", "the mother accused of ...", "the designations employed and ..."),
# not the clause's verb.
PARTICIPLE_NEXT = frozenset({"by", "of", "and"})

STOP = frozenset(
    {"a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by"}
    | {"from", "as", "is", "are", "was", "were", "be", "has", "have", "had", "that", "this"}
    | {"it", "its", "his", "her", "their", "after", "over", "into", "about", "says", "said"}
    | {"will", "would"}
)

# Words after which a capitalised word goes on the same phrase ("talks between | Russian and
# Ukrainian negotiators"), so no headline can end there.
GLUE_BREAKERS = frozenset(
    {"between", "among", "about", "against", "over", "into", "under", "without", "within"}
    | {"across", "through", "than", "of", "to", "and", "or", "but", "as", "by", "in", "on"}
    | {"at", "for", "with", "from", "after", "before", "during", "near", "amid", "the", "a"}
)

# ------------------------------------------------------------- what a headline can lose
# Words a headline made from a sentence leaves out, in steps, when its core clause would
# otherwise be cut with "…" (:func:`newsweave.text.headline.headline_from_sentence`): each
# step's patterns are removed where they match, and the first step after which the clause
# fits is taken ("Sylvester Stallone suggested on Sunday that he was not interested in
# taking a top…" -> "Sylvester Stallone suggested he was not interested in taking a top arts
# leadership role"). A headline tells what happened, not when, nor who from where.

# Words after which a day is the object of a preposition or a verb ("of Sunday", "until
# Monday", "is today"), not an adverb of time that can go; nor is a day before a capitalised
# word, in a name ("The Sunday Times", "Monday Night Football").
_KEEPS_ITS_DAY = (
    "of", "by", "to", "from", "until", "till", "since", "before", "after", "through", "every",
    "next", "last", "this", "and", "or", "but", "that", "the", "is", "are", "was", "were", "be",
    "been", "for", "as", "on",
)  # fmt: skip
_AFTER_A_WORD = r"(?<=[a-z])" + "".join(rf"(?<!\b(?i:{w}))" for w in _KEEPS_ITS_DAY)
# ...and a day right after a capitalised word is a name's ("Super Tuesday", "Black Friday")
# unless "on" opens it ("McSally on Thursday").
_AFTER_A_NAME = "".join(rf"(?<!\b[A-Z][a-z]{{{n}}})" for n in range(12))
_DAY = (
    r"(?:(?:early|late) )?(?:(?:on|late|early) )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?(?![\w'’-])(?! [A-Z])"
)
_PERIOD = (
    r"(?:yesterday|today|recently|(?:earlier |late )?(?:this|last) (?:week|weekend|month|"
    r"morning|afternoon|evening)|last night)(?![\w'’-])(?! [A-Z])"
)
# Verbs of saying, finding and knowing, whose "that" a headline leaves out ("suggested that
# he was" -> "suggested he was"), before a word that opens the clause said (not "said that
# was wrong", where "that" is the clause's subject).
_SAYING_VERBS = (
    "said", "says", "suggested", "suggests", "revealed", "reveals", "reported", "reports",
    "learned", "announced", "announces", "confirmed", "believe", "believes", "believed",
    "claimed", "claims", "found", "finds", "showed", "shows", "argued", "argues", "insisted",
    "warned", "warns", "fears", "feared", "thinks", "thought", "knew", "hopes", "hoped",
    "predicted", "predicts",
)  # fmt: skip
_SAYING_THAT = (
    "(?:" + "|".join(rf"(?<=\b{v})" for v in _SAYING_VERBS) + ")"
    r" that(?= (?:he|she|they|it|we|there|the|a|an|his|her|their|its|[A-Z]\w*)\b)"
)
# A body's report of what it did itself, left out as headlines do ("A law firm announced
# Friday that it had filed a suit against ..." -> "A law firm filed a suit against ..."; a
# day and "that" go first): "it" after a noun for a body, before a verb in the past perfect or
# the present perfect ("The agency said it has found" -> "The agency has found").
_BODIES = (
    "firm", "company", "agency", "group", "department", "court", "board", "council", "ministry",
    "government", "university", "network", "bank", "union", "office", "committee",
    "commission", "airline", "club", "party", "organization", "organisation", "maker",
)  # fmt: skip
_BODY_SAYS_IT_DID = (
    "(?:" + "|".join(rf"(?<=\b{b})" for b in _BODIES) + ")"
    r" (?:announced|said|says|confirmed|revealed|disclosed) it(?: had(?= [a-z]+ed\b)|"
    r"(?= has [a-z]+ed\b))"
)
# A name after the kin noun it names, set off by commas ("his daughter, Olivia Stoffel, were
# dead" -> "his daughter were dead").
_KIN = (
    "daughter", "son", "wife", "husband", "mother", "father", "brother", "sister", "girlfriend",
    "boyfriend", "fiancée", "fiancé", "partner",
)  # fmt: skip
_KIN_NAME = (
    "(?:" + "|".join(rf"(?<=\b{k})" for k in _KIN) + r"), [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2},"
    r"(?= [a-z])"
)
# A person's home town after the noun that names them ("A woman from Shawnee, Oklahoma,
# recently ..."), with its state between commas or with no comma after it.
_PERSON_NOUNS = (
    "man", "men", "woman", "women", "boy", "girl", "teen", "teenager", "couple", "mother",
    "father", "mom", "dad", "son", "daughter", "student", "resident", "family", "people", "driver", "officer",
    "soldier", "veteran", "player", "doctor", "nurse", "teacher", "grandmother", "grandfather",
)  # fmt: skip
_PERSON = "(?:" + "|".join(_PERSON_NOUNS) + r")\b"
_PLACE = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}"
_FROM_PLACE = (
    "(?:" + "|".join(rf"(?<=\b{n})" for n in _PERSON_NOUNS) + ")"
    rf" from {_PLACE}(?:, {_PLACE},(?= [a-z])|(?![,\w]))"
)
# Nouns that name the person a later "she", "he", "her" or "him" stands for ("A once-worried
# mother is now expressing relief after her son ..."): a made headline with one of them, or
# with a name, says whom it speaks of.
PERSON_WORDS = (
    frozenset(_PERSON_NOUNS)
    | frozenset(_KIN)
    | {"actress", "actor", "singer", "star", "victim", "suspect", "baby", "child", "kid",
       "owner", "worker", "patient", "coach", "lawyer", "attorney", "judge", "pilot",
       "athlete", "reporter", "journalist", "activist",
       "president", "mayor", "governor", "senator", "rapper", "model", "writer",
       "author", "nun", "priest", "pope", "queen", "king", "prince", "princess", "bride"}
)  # fmt: skip
# Groups whose first word opens a sentence about someone they do not name ("Police found her
# dead on the road"): that first capital is no name.
UNNAMING_GROUPS = frozenset(
    {"police", "officials", "authorities", "investigators", "prosecutors", "detectives",
     "officers", "sources", "witnesses", "neighbors", "neighbours", "doctors", "rescuers"}
)  # fmt: skip

# A participle in "-ed" and "by" a name after a noun, before the clause's next phrase or a
# relative aside (left out too): who made it, a detail a headline does without; not before
# an appositive, which needs the name ("a podcast hosted by Enoch, the Daily Shoah").
_BY_NAME = (
    r"(?<=[a-z’'])(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"
    r"(?<!\bget)(?<!\bgot) [a-z]+ed by [A-Z][\w&.’'-]*(?: [A-Z][\w&.’'-]*)*"
    r"(?=, (?:which|who)\b| (?:with|to|in|on|at|for|from|against|over)\b)"
)
# The steps, each a tuple of patterns removed (matched as written): a time adverb and the
# "that" of reported speech; then a person's age and home town ("a 40-year-old woman from
# Shawnee" -> "a woman"; an age and home town after a name: "Jonathan Stoffel, 33, of
# Neenah,"), a kin's name, and adverbs a headline does without. Never "The" before the
# subject's noun: a clause written whole keeps its grammar whole ("The head of the commission
# has been dispatched", not "Head of the commission has been dispatched").
DROPPABLE: tuple[tuple[str, ...], ...] = (
    (
        rf"{_AFTER_A_WORD}(?:{_AFTER_A_NAME} {_DAY}| on {_DAY})",
        rf"{_AFTER_A_WORD} {_PERIOD}",
        _SAYING_THAT,
        _BODY_SAYS_IT_DID,
    ),
    (
        rf"(?<=\b[Aa]) \d{{1,3}}-year-old(?= {_PERSON})",  # "a woman", not "a who's been missing"
        rf"(?:(?<=\bhis)|(?<=\bher)|(?<=\btheir)) \d{{1,3}}-year-old(?= {_PERSON})",
        _FROM_PLACE,
        # the comma closing it goes too before "and" ("Jonathan Stoffel, 33, of Neenah, and
        # his daughter" -> "Jonathan Stoffel and his daughter")
        rf", \d{{1,3}}, (?:of|from) {_PLACE}(?:, {_PLACE})?(?:,(?= and\b)|(?=,))",
        _KIN_NAME,
        r"(?<= )(?:also|quietly|significantly|routinely|formally|officially|finally|now|"
        r"apparently|reportedly|a whopping)(?= [a-z$\d])",
        # "has just completed": after an auxiliary "just" is when, not "only" ("just two")
        r"(?:(?<=\bhas)|(?<=\bhave)|(?<=\bhad)) just(?= [a-z])",
        # an opening "just" before a count is emphasis ("Just one glass of wine a day raises
        # ..." -> "One glass of wine a day raises ...")
        r"^Just (?=(?:one|two|three|a|an|\d)\b)",
        # a noun's "made by" a name before the verb's next phrase ("contrasted last week's
        # debate | hosted by CNBC |, which ..., with the first debate"), not a passive verb's
        _BY_NAME,
    ),
    # last, and only to let a clause of MAX_HEADLINE_WORDS end whole: "A" before a name's
    # capital ("A Kyoto University group has found ..." -> "Kyoto University group has found"),
    # where the name reads as the subject's own label
    (r"^An?(?= (?-i:[A-Z])[a-z])",),
)


# ------------------------------------------------------------- where a made headline is cut
# (:func:`newsweave.text.headline.headline_from_sentence`; compiled case-insensitive there)

# Attributions and asides that end a lead and are not its news.
# ("..., police said", "... may never be discovered experts have warned as ..."; not what a
# source calls it: "has released what it says is the first footage"; not an aside:
# "... surrendered after, investigators say, his mother ...", nor the subject: "The scientists
# said their process ...")
TAIL = (
    r"(?<!\bthe)(?<!\ban)(?<!\ba)(?<!\bwhat),?\s+(?:(?:police|officials?|authorities|the \w+|a \w+|he|she|they|it) "
    r"(?:said|says|reported|announced|told \w+)|according to [^,.;]+|"
    r"(?:experts|scientists|researchers|analysts|investigators) (?:have |had )?"
    r"(?:warned|warn|said|say)(?!,)|(?:studies|research) (?:have |has )?shown[.!]?$|"
    r"(?:his|her|their) \w+ (?:said|confirmed)[.!]?$|"
    # a body named in title case closing the sentence ("..., the Norfolk District Attorney's
    # Office said.")
    r"the (?-i:[A-Z][\w.’'-]*)(?: (?-i:[A-Z][\w.’'-]*)){1,5} (?:said|says|reported)[.!]?$)"
    r"[^.;]*[.!]?$"
)

# Words that open a phrase a too-long headline can end before: a preposition or subordinator
# (not "of" or "to", which the words before them need; "by" after a passive: "has been found
# off the Philippines | by one of the world's wealthiest men"), or a relative clause's start (the
# clause before it stands once it has its own verb, however short: "CNN is being sued by two
# EMTs | who say a correspondent bit them").
PHRASE_OPENERS = (
    "in", "on", "at", "for", "with", "after", "before", "during", "near", "from", "amid",
    "since", "while", "when", "because", "as", "following", "including", "despite", "against",
    "over", "into", "under", "without", "within", "across", "through", "than", "who", "which",
    "where", "whose", "due", "by", "much like", "between", "involving", "ahead",
)  # fmt: skip
# ...and, for a headline cut with "…", also "that", "to", an adverb that goes on ("even",
# "more") and a few more prepositions (not "and": names are joined by it, "the skipper Ola
# Lund and the pilot Kari Berg").
ELLIPSIS_OPENERS = (
    *PHRASE_OPENERS, "that", "to", "even", "more", "by", "between", "about", "among",
)  # fmt: skip

# Nouns of an action taken against someone: the phrase "against" opens after one names the
# other side, the news itself ("filed a class-action suit | against Tesla", "has thrown out
# three murder charges | against a doctor"), so no cut falls before it.
SIDED_NOUNS = frozenset(
    {"suit", "suits", "lawsuit", "lawsuits", "charge", "charges", "case", "cases", "claim"}
    | {"claims", "action", "sanctions", "injunction", "indictment", "verdict", "ruling"}
    | {"judgment", "war", "strike", "strikes", "protest", "protests", "campaign", "boycott"}
)
# Nouns of a measure or a force brought to bear on someone: the "on" phrase after one names
# whom it targets ("are increasing the pressure | on state police to get involved", "imposed
# a ban | on imports"), so no cut falls before it either.
TARGETED_NOUNS = frozenset(
    {"pressure", "ban", "bans", "crackdown", "restrictions", "limits", "curbs", "tax", "taxes"}
    | {"tariff", "tariffs", "embargo", "moratorium", "sanctions", "attack", "attacks"}
)

# Marks of a paper's sentence (matched case-blind): a reference list in brackets ("(33, 36, 38)",
# "[12]"), reference numbers set against a word ("the Cascadia forearc region14,16,18"), a
# figure or a table pointed to ("(Fig. 1)"), "et al.", a reference number left before a
# sentence's first word by the scrape ("43 As a step towards ..."). A paper's sentence tells
# its method or the literature, not the event's news, whatever words it shares with the stories.
PAPER_MARKS: tuple[str, ...] = (
    r"^\d{1,3}(?:\s?,\s?\d{1,3})*\s(?-i:(?:A|An|As|The|In|This|These|We|Our|To|For|It)\s)",
    r"\((?:\d{1,3}, )+\d{1,3}\)|\[\d{1,3}(?:[,–-]\s?\d{1,3})*\]",
    r"(?<=[a-z]{3})\d{1,3}(?:[,–-]\d{1,3})+\b",
    r"\((?:figs?\.?|figures?|tables?)\s*(?:\d|$)",
    r"\bet al\.",
)

# A finding's frame before "that" (a short subject without a comma and a factive verb:
# "New genetic research from the Wellcome Trust Sanger Institute has found that", "Researchers
# have discovered that"): what was found is held true, so a headline too long with the frame
# may state it alone. Not a claim's ("suggests", "claims", "says"): without its frame a claim
# would read as fact.
FINDING_FRAME = (
    r"^[^,;:]{3,90}?\b(?:has |have |had )?(?:discovered|found|finds|shown|showed|shows|"
    r"revealed|reveals|confirmed|confirms|established|proved|proven|demonstrated|"
    r"demonstrates)\s+that\s+(?=\S)"
)

# An opening subordinate clause or sentence adverb ("Mere hours after X confirmed Y, ",
# "If X, ", "Truthfully, "): passed over to the main clause when that names its subject.
LEADING_CLAUSE = (
    r"^(?:(?:if|once|although|though|because|until|unless|by the time)\b|"
    r"(?:(?:mere|just|only|barely|some|a few)\s+)?(?:[\w-]+\s+)?(?:hours|days|weeks|"
    r"minutes|months|moments|years)\s+(?:after|before)\b)[^,;]{0,120},[\"”’']?\s+|"
    # a dateline in title case before its dash ("Flint — Sixteen months after ..."), which the
    # wire datelines (:data:`DATELINES`, capitals) leave
    r"^(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) [—–] (?-i:(?=[A-Z]))|"
    r"^(?:truthfully|then|meanwhile|however|and|but|indeed|apparently|somehow|furthermore|"
    r"moreover|additionally|of course|in fact)\b,?\s+"
)

# Where a made headline may end after its object, without "…" (:func:`newsweave.text.
# headline_cut.object_cut): before "to", an infinitive of purpose or the object's own phrase
# ("have helped invent a clever technique | to tell black leopards apart", "encouraged by
# the federal response | to the destructive tornado"), or before a participle describing the
# object ("was supposed to resolve a battery drain problem | introduced with iOS 5").
AFTER_OBJECT = r"\s(?=to\s[a-z]+\b|[a-z]{3,}ed\s(?:by|with|in|at|on|from|for|during)\b)"
# Verbs whose object an infinitive completes ("allowed defendants | to show", "get Gov.
# Nikki Haley | to appoint him", "used April Fools' Day | to take"): a cut there is no clause.
OBJECT_CONTROL_VERBS = frozenset(
    {"allow", "allows", "allowed", "ask", "asks", "asked", "tell", "tells", "told", "urge"}
    | {"urges", "urged", "force", "forces", "forced", "persuade", "persuaded", "want", "wants"}
    | {"wanted", "need", "needs", "needed", "help", "helps", "use", "uses", "used", "get"}
    | {"gets", "got", "encourage", "encouraged", "invite", "invited", "order", "ordered"}
    | {"convince", "convinced", "enable", "enabled", "require", "required", "expect"}
    | {"expected", "take", "takes", "took", "give", "gave", "spend", "spent", "pay", "paid"}
    | {"cause", "caused", "lead", "led", "push", "pushed", "pressure", "pressured", "make"}
)
# Nouns an infinitive after them completes ("found a way | to turn", "made a bid | to"): the
# object without it says nothing.
INFINITIVE_NOUNS = frozenset(
    {"way", "ways", "time", "chance", "attempt", "effort", "efforts", "bid", "plan", "plans"}
    | {"decision", "right", "ability", "opportunity", "order", "need", "power", "move", "deal"}
    | {"agreement", "proposal", "vote", "motion", "request", "call", "push", "pressure"}
    | {"permission", "money", "place", "reason", "reasons", "deadline", "step", "steps"}
    | {"lot", "kinds", "number", "part", "one", "bit", "lead", "idea", "offer", "promise"}
)

# Words opening a phrase of cause or time, which no verb needs to be whole ("died | after a
# long illness", "amputated | due to an infection").
CAUSE_OR_TIME = frozenset(
    {"after", "before", "while", "because", "due", "since", "when", "following", "amid"}
)

# A sentence whose subject is news told before it, named by its kind ("The agreement is likely
# to be added to a stopgap spending bill", after "Congressional leaders clinched a two-year
# deal ..."; a scraper may have cut the sentence before it): it leans on that news, so it is
# read as background, a headline only when no member offers the news itself (matched at the
# start, as written).
LEANING_SUBJECT = (
    r"^The (?:agreement|deal|move|decision|announcement|proposal|measure|plan|ruling|"
    r"incident|legislation|bill|order|vote|settlement|changes?)\b"
)
# A made headline whose subject or object is a thing told before, named by its kind ("The
# remarks from the President generated ...", "Reshoots were filmed at the site", "A team found
# the footage"): which remarks, which site, the reader cannot tell. It may still be the news
# (matched as written, on the headline).
LEANING_NOUN = (
    r"^The (?:remarks|comments|findings|results|footage|video|documents|report|study|"
    r"lawsuit)\b|\bthe (?:site|footage|video|process|money|scene|location|incident|deal|"
    r"remarks|comments|findings|documents)$"
)

# A made headline that points at something only a sentence before it names: a share of ones
# told before ("A clerk found copies of them"), a place told before ("The officers working
# there were not Americans", "She was there"; not the "there" of "said there were").
LEANING_REFERENCE = r"\bof (?:them|it)\b|\b(?:[a-z]+ing|was|were|been) there\b"

# A group that says "he" or "she" speaks of someone named before it ("Police said he lived in
# east London and that his family has been notified"): the headline leans on that name.
GROUP_SAYS_PRONOUN = (
    r"^(?:[\w.’'-]+\s){0,3}?(?:police|officials|authorities|investigators|prosecutors|"
    r"detectives|officers|sources)\s(?:said|say|says)\s(?:\w+day\s)?(?:that\s)?"
    r"(?:he|she|his|her|him)\b"
)

# A plural subject of people before "of" whose verb is singular, with no relative clause
# between that the verb could be the verb of ("The owners of a Portland-area bakery has
# paid"): the source's slip, which a headline would print as its own.
DISAGREEING_SUBJECT = (
    r"^(?:The|Two|Three|Four|Both)\s(?:[\w-]+\s){0,2}"
    r"(?!(?:series|species)\b)[a-z]+(?:ers|ors|ents|ants|ists|ians|als|ies|ees|ives)\sof\s"
    r"(?:(?!\b(?:who|whose|which|that|where|and|or)\b)[^,;:—–])*?\b(?:has|is|was)\s"
)

# Openings of a sentence that goes on from the one before it, of a writer's aside, of an
# appeal to the reader ("Look at ...", "Join us ...", "Let's help ..."), of no subject.
NOT_A_LEAD = (
    r"^(?:but|and|or|so|yet|still|actually|rarely|not only|such|whoever|also|then|instead|okay|ok|"
    r"for instance|for example|all the while|in addition|likewise|similarly|only to|"
    r"the (?:moment|minute|instant) (?!of\b)|"  # "Only to have ...", "The moment his foot landed"
    r"look|have a look|join|click|watch|read|see|check|let[’']s|meet|shop|subscribe|follow|share|"
    # a writer's guess going on from what was told ("Maybe brands subconsciously realize that,
    # because ..."), a keypad's option read out ("Press 2 \"to use the services of ...\""), a
    # page's request ("Please check weekly to see her current location")
    r"maybe|press \d|please|"
    # an auxiliary with no subject before it, a clause's end cut from its subject ("Had tried
    # to make a call"): a question would end in "?"
    r"(?:had|has|have|was|were|did|does)\s(?=(?-i:[a-z]))|"
    r"well(?=,))\b"  # "Well, Republicans have a convenient sound bite ...": a writer's aside
)

# A participle phrase set off by commas after a sentence's subject, before its verb (an
# adverb may come first): "The largest dinosaur foot ever found, belonging to one of the
# largest land animals ..., | surely deserves", "The fossil, made up of 13 bones, | was
# unearthed", "The bodies of two climbers, found in Tibet 16 years after they died, | have
# been left". Not one that gives a name ("identified as Areej Ali", "named"). Group 1 is the
# subject (read for a verb of its own: after a clause, the phrase tells what happened, "A
# storm hit the coast, killing two people, officials said"), group 2 the word that must read
# as its verb.
PARTICIPLE_ASIDE = (
    r"^([^,;()]{3,90}?),\s(?!(?:identified|known|named|called|dubbed|listed) as\b|named\b|"
    r"called\b|dubbed\b)(?:[a-z]{2,}(?:ing|ed)|"
    + "|".join(sorted(IRREGULAR_PARTICIPLES | IRREGULAR_PAST))
    + r")\b[^,;()]{0,90},\s"
    r"(?=(?:[a-z]+ly\s)?([a-z]+)\b)"
)
# A past participle after "ever" is the subject's ("the largest foot ever found"), not its verb.
EVER_PARTICIPLE = r"\sever\s[a-z]+$"

# Asides inside a sentence that a headline leaves out: appositives and relative clauses. A
# "the" description is one only with its own relative clause (", the woman who killed ...,"):
# "In Paris, the president met X," is a clause.
APPOSITIVE = (
    r"(?<=[A-Z][\w.’'-])(?<=\w),\s(?:(?:a|an|who|which|whose|one of|\d+)\b[^,;]{0,80}|"
    r"the\s[^,;]{0,40}?\b(?:who|whose|which)\b[^,;]{0,100}),(?=\s)"
)
