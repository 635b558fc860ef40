"""Wordings that decide whether a statement can stand in a brief, as data: openings that lean
on a sentence before them, scenes and background, the outlet's or the reader's voice, appeals
to the reader, analysis, open questions and reactions (:mod:`newsweave.synthesis.stages.brief`
applies them with the parse)."""

from __future__ import annotations

import re

from newsweave.text.dates import MONTH_WORD
from newsweave.text.headline_patterns import DATELINES, LEANING_OPENINGS, STAMPS
from newsweave.text.lexicons import in_ranges, quoted_ranges

# A photo's caption the page runs into the story's first sentence, closed by the agency's
# credit in brackets ("There have been widespread reports that soldiers have used live
# ammunition on protesters [Reuters] Libyan leader Muammar Gaddafi has appeared ...", multinews
# 176): the caption tells the picture, the story starts after the credit.
CAPTION_CREDITS = (
    r"[^\[\]\n]{10,200}?\[(?:Reuters|AFP|AP|EPA|Getty Images|GALLO/GETTY|Al Jazeera)\]\s+(?=[A-Z])",
)
# A leading connective or the writer's comment on what follows ("Indeed,", "Of course,",
# "Fortunately,", "Now Meryl Streep has been ...", "For example," before a statement that
# stands alone once it goes), a storyteller's "Once upon a time," (the writer's irony: the
# story goes on "a neurosurgeon named Eben Alexander contracted ...", multinews 212), a
# dateline (:data:`DATELINES`: where the story was filed, which the brief's own date and
# sources already say), a photo's caption (:data:`CAPTION_CREDITS`) or a page's label
# (:data:`STAMPS`: "Update 11:10 a.m.: ", "Email This "). So is a side's turn set against the
# one before ("For her part, Gillibrand ... doesn't have her eye on the presidency", multinews
# 198), a conclusion, concession or addition ("So taking a different approach, the scientists
# ...", "True, science cannot explain ...", "What's more, the study found ...", "Ultimately,
# Pelosi is a team player"), and a narrative's next step ("Then, when the remixes were
# released, ...", "Then the researchers tested ..."; not "Then President Bill Clinton", the
# then-president): the claim after it stands alone.
LEADING = re.compile(
    r"^(?:Meanwhile|However|But|And|Still|Yet|Also|Separately|Nevertheless|Nonetheless|In addition(?! to\b)|Moreover|So far|"
    r"Additionally|Furthermore|Further(?=,)|"
    r"Indeed|In fact|Of course|Finally|Fortunately|Unfortunately|Sadly|Ironically|Luckily|"
    r"Thankfully|(?:Not )?[Ss]urprisingly|For (?:example|instance)|Once upon a time(?=,)|"
    r"For (?:his|her|its|their|our|my) part|What[’']s more|That said|In the meantime|"
    r"(?:Ultimately|Besides|Elsewhere|Regardless|Anyway|Either way)(?=,)|"
    r"So(?=,|\s+(?:[A-Z]|an?\b|the\b|[a-z]+ing\b|after\b|when\b|once\b|before\b))|"
    r"Then(?=,|\s+(?:an?|the)\b)|"
    r"Now(?=,|\s+(?:[A-Z]|an?\b|the\b)))\s*,?\s+"
    + "".join(f"|^(?:{p})" for p in (*DATELINES, *CAPTION_CREDITS))
    + "".join(f"|^(?i:{p})" for p in STAMPS)
)
# A statement that turns against the one before it ("But U.S. doctors find the medication
# effective ...", "However, the board said ..."): :data:`LEADING` drops the word, but the
# statement is still the story's turn, never its lead.
TURNING = re.compile(r"^(?:But|However|Yet|Still|Nevertheless|Nonetheless|Even so)\b")
# The word that ties a sentence to the writer's sentence before it, never part of what a
# speaker said ("But he did take time off, Harding told the paper."): a report's content
# leaves it out. "But", "And" and "Yet" open a clause bare; the others only before a comma
# ("Still, some lose out"; "Still waters" and "Also on the ticket is …" stay whole). No "^":
# it is matched at a content's start inside the article (``LINKING.match(text, start)``).
LINKING = re.compile(
    r"(?:(?:But|And|Yet),?\s+|(?:However|Still|Also|Meanwhile|Furthermore|Moreover|Instead|"
    r"Additionally|In addition|Nevertheless|Nonetheless|Besides|Plus),\s+)(?=\S)"
)
OUTLET_TAIL = re.compile(
    r",\s*(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,4}(?:reported|added|wrote|said|reports|adds|writes|noted)\s*(?=\.$)"
)
# Openings that need the sentence before them: a pronoun subject, a clause fragment, a
# conclusion drawn from it ("So it was with the 2012 Emmys, where ..."), and
# :data:`LEANING_OPENINGS` ("The move came ...", "The other states ...").
DANGLING = re.compile(
    r"^(?:(?:He|She|They|It|We|I|You|His|Her|Their|Its|Him|Them)\b|"
    r"[a-z](?![A-Z])|"  # a fragment cut from its sentence ("staff, and so much to do"), not "iPhone"
    r"(?:This|That|These|Those)\s+(?:is|was|are|were|has|had|have|comes?|came|means?|follows?|"
    r"includes?|included)\b|(?:Because|Except|Including|Unlike|Instead)\b|"
    # "This collaboration between ...", "These findings ...", "With this raft of ...": the thing
    # told before; "This week" is a time of its own
    r"(?:(?:With|After|Despite|Given|Amid|Beyond|Besides|Following|Because of|Thanks to) "
    r"(?:this|these|those)|This|These|Those)\s+(?!(?:week|weekend|year|month|morning|"
    r"afternoon|evening|night|season|summer|winter|spring|fall|autumn|time|past|coming|who|"
    r"whose|with|without|of|in|at|from)\b)[a-z]|"
    r"(?:(?:Just|Only|A few|Two|Three) )?(?i:hours?|days?|weeks?|minutes?|moments?) "
    r"(?:after|before|later)\b|"
    # "Less than a week later, ...": later than something told before
    r"(?:(?:Less|More) than |About |Nearly |Almost )?(?i:an?|one|two|three|four|five|six|"
    r"several|a few|\d+) (?i:hours?|days?|weeks?|months?|years?|minutes?) later\b|"
    r"Another way of saying\b|Well\s*[,.…]|Other\b|So (?:it|that|this|too)\b|Which\b|"
    # a sentence cut inside a quotation ("Saturday Night Live,' Betty White has ..."): its
    # quotation closes before any opens
    r"[^\"“”‘’']{1,80}[,.!?][’'”\"](?=\s)|"
    r"That's (?:why|because)\b|"
    # a contrast, likeness or consequence of what the sentence before told ("By contrast,
    # Kreiss writes ...", "Otherwise, Draghi warned ...", "Overall, the response has been
    # good"): dropping the connective would leave the comparison without its other side
    r"(?:By|In) contrast\b|Similarly\b|Likewise\b|As a result\b|In other words\b|Even so\b|"
    r"On the other hand\b|Overall,|In (?:response|turn),|Otherwise\b|Conversely\b|"
    r"Consequently\b|Therefore\b|Thus\b|Hence\b|As such\b|To that end\b|In that case\b|"
    r"After all\b|Worse(?:,| still\b| yet\b| for\b)|Plus,|"
    # one item of a list the sentence before opened ("First, as a physician, she advises
    # ...", "Second, knowing of the stigma, she ...")
    r"(?:First|Second|Third|Fourth|Fifth|Next|Last)(?:ly)?,|"
    # one more of a kind told before ("Another leading opposition politician ...", "Such
    # sites are scattered ...", "A similar observation ...", "Neither of those ..."); "Such
    # as" opens a list
    r"Another\b|Such\b(?! as\b)|A similar\b|(?:Neither|None|Both|Each) of (?:those|these|them)\b|"
    # "In it Mr Zuckerberg quotes ...", "In the statement, ...", "The statement added: ...":
    # which one is told before
    r"In (?:it|them)\b|"
    r"In (?:the|this|that) (?:video|clip|footage|photo|image|letter|statement|interview|"
    r"post|tweet|e-?mail|memo|document|filing|complaint|lawsuit|report|study|survey|paper|"
    r"request|speech|ruling|decision|order|indictment|affidavit|petition|message|note)s?,|"
    r"The (?:statement|report|letter|release|post|memo|e-?mail|ruling|filing|document|"
    r"complaint|lawsuit|suit|study|message|note|tweet|spokes(?:man|woman|person)) "
    r"(?:added|continued|went on)\b|" + "|".join(f"(?:{p})" for p in LEANING_OPENINGS) + ")"
)
# "X was then flown back", "Police say his head then hit a wall": "then" before any comma or
# conjunction of the sentence's own, so what came before it is in another sentence ("then
# president X" is a title, "and then formed" follows its own clause).
SEQUEL = re.compile(
    r"^(?:(?!\b(?:and|or|but|after|before)\b)[^,;:\"“])*?\bthen\b(?![\s-]+(?:[Pp]resident|"
    r"[Pp]rime|[Cc]hief|[Gg]overnor|[Ss]ecretary|[Ss]enator|[Cc]andidate|[Ss]peaker)\b|-)"
)
# A line that goes on from the one before it in its page: a transcript's turn ("MARTIN: It
# started out as ...": who is Martin, and what is "it"?), a speaker who "went on to say", the
# first half of a "Not only ..." with no "but" after it.
CONTINUATION = re.compile(
    r"^[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*:\s|"
    r"\bwent on to (?:say|add|note|explain|tell|describe)\b|^Not only\b(?![^.]*\bbut\b)"
)
# A statement that adds to one told before ("GDF5 has also been linked ...", "Illicit Adderall
# is common as well in the United States", "The device instead alerts ...").
ADDING = re.compile(r"^[^,]{0,60}\b(?:also|as well(?! as\b)|instead(?! of))\b")
# People the story counted or paired before ("The two grew up ...", "The pair threw back ...";
# "the two Koreas" is a name, not a call back), matched at the start and closed by a word
# boundary where it is used: no brief opens on them, and no detail listed alone either.
PAIRED_PEOPLE = r"The (?:two|three|four)(?! Koreas\b)|The (?:pair|duo|trio|couple)"
# Openings that cannot lead a brief: a quotation (whose words, said when?) or a first- or
# second-person sentence, which is someone's voice, not who did what; nor a pronoun subject
# after an opening phrase ("For an instant, they get to gloat"), whose referent is not there;
# nor a participle without its subject ("Charged with eight counts ..."), nor a share of ones
# named before ("Of the 12 arrested, seven were booked ...", "six of those arrested"); nor a
# statement that adds to one told before it ("GDF5 has also been linked ...", "Illicit
# Adderall is common as well in the United States", "The device instead alerts ...", "At
# least that's what officials say"), nor one dated by another ("said later that day").
CANNOT_LEAD = re.compile(
    r"^(?:[\"“‘']|(?:I|We|You|My|Our)\b|Of (?:the|those|these|them)\b)|"
    r"^[^,]{0,100},\s+(?:he|she|they|it|we|i|you)\b|"
    # "Ritalin, the other main drug used ...": other than one the story named before
    r"^[^,]{1,60},\s+the other\b|"
    # "If wedding costs are an indicator …, Americans must be feeling …", "Just because Obama
    # has …", "No matter what happens next, …": a supposition, not what happened
    r"^(?:If|Just because|No matter (?:what|how|who|where|when))\b|"
    # "Speaker Nancy Pelosi made it happen.": a short sentence whose "it" is told before
    r"^(?=(?:\S+\s+){1,7}\S+$)(?:\S+\s+)+?(?:it|this|that|them)\b|"
    # "At Sibley, for example, 9.2 births occur daily": an instance of a claim told before
    r"^.*?\b[Ff]or (?:example|instance)\b|"
    # "The two men embraced ...", "The pair met ...", "Both leaders agreed ...": people the
    # story named before (:data:`PAIRED_PEOPLE`)
    rf"^(?:{PAIRED_PEOPLE}|"
    r"Both (?:men|women|leaders|sides|countries|players|teams))\b|"
    r"^[A-Z][a-z]+(?:ed|en)\s+(?:with|by)\b[^,]*$|"
    + ADDING.pattern
    + r"|^At least (?:that|this|it)\b|"
    # "six of those arrested are ...": a share of a set the story named before
    r"^.*?\b(?:of|among) those (?!who\b)\w+(?:ed|en)\b|"
    # "Obama, however, said ...": a contrast with what came before
    r"^[^,]{1,40}, (?:however|though|instead|in turn|meanwhile|for (?:his|her|its|their) part),|"
    # "In the video, ...", "In the statement, ...": which one is told before
    r"^(?:In|According to) (?:the|this|that|a) (?:video|clip|footage|photo|image|letter|"
    r"statement|interview|post|tweet|e-?mail|memo|document|filing|complaint|lawsuit|report|"
    r"study|survey|paper|analysis|research)s?,|"
    r"\b(?:later|earlier) (?:that|the same) (?:day|night|morning|afternoon|evening|week|month)\b|"
    # "The new pressure on Daniels, whose real name is ..., comes a day after she filed a
    # lawsuit": the news told before, dated by what came before it (:data:`LEANING_OPENINGS`
    # with a longer description)
    r"^The [^.]{0,80}?\b(?:comes?|came) (?:as|after|amid|just|only|a day|a week|days|weeks|"
    r"hours|months|less than|more than|on the heels|in the wake)\b"
)
# Things a story tells of, which "the" calls back to ("The message noted ...", "The report
# found ..."): a brief must say which one before.
TOLD_THINGS = frozenset(
    {"statement", "report", "letter", "release", "post", "memo", "email", "e-mail", "message",
     "note", "tweet", "video", "clip", "footage", "photo", "image", "document", "filing",
     "complaint", "ruling", "decision", "order", "study", "survey", "paper", "interview",
     "speech", "petition", "affidavit", "indictment", "article", "announcement", "lawsuit",
     "suit"}
)  # fmt: skip
# Other words that tell of such a thing ("CNN is being sued" ... "The suit claims"; "Researchers
# found" ... "The study also ..."): an opening with one of them says which thing it is.
TOLD_BY = {
    "suit": frozenset({"sue", "lawsuit"}),
    "lawsuit": frozenset({"sue", "suit"}),
    "study": frozenset({"research", "researcher", "scientist"}),
    "survey": frozenset({"poll"}),
}
# Statements that set a scene or a condition before the news, or tell what was before it
# ("When Mitt Romney's team wanted ...", "If wedding costs are an indicator ...", "It was a
# cold night", "Here are 20 of her best bits", "She had already decided ...", "Trump has often
# taken credit for ...", "X is home to ...", "Heart pumps have been used for decades ..."): a
# reader's way in or the background, not who did what.
# ("Even as the country waited for his response, the president danced around ..." sets the
# scene as an "As" does, the clause only stressed.)
SCENE = re.compile(
    r"^(?:When|As|Like|Unlike|If|While|Once|Imagine|Whether|Although|Though|For fans\b|"
    r"Even (?:as|when|if|while|though)|"
    r"Here (?:are|is)|Here['’]s|It(?:'s|’s| is| was)|There(?:'s|’s| is| are| was| were))\b|"
    # a feature's hook, which keeps the news for a later sentence: the act held back ("did
    # what all New Yorkers do", "did something Friday that he hardly ever does", "What
    # happened at the Oscars is unprecedented"), a habit ("Every time the chain brings back
    # ..."), the expectation the story overturns ("never imagined a problem would ...",
    # "thought she was going to jail"), the writer's moral ("is learning a painful lesson").
    # Session 28, all 250 multinews validation events: 6 openings change, 5 to the news the
    # other outlets lead with, one to another feature line; opening R1/R2 27.88/9.34 -> 28.18/9.62
    r"\bdid (?:what|something)\b|^What (?:happened|began|started)\b|^Every time\b|"
    r"\bnever (?:imagined|thought|expected|dreamed)\b|"
    r"\bthought (?:she|he|they) (?:was|were|would)\b|"
    r"\b(?:learn(?:s|ed|ing|t)?|teach(?:es|ing)?|taught) (?:a|an|the) (?:[\w-]+,? (?:and )?){0,3}"
    r"lessons?\b|"
    # "Having brought attention to X, Y expects ...": what follows something already told
    r"^Having (?:\w+ed|\w+en|done|made|brought|won|lost|led|spent|taken|given|held)\b|"
    r"\b(?:had|has|have) (?:already|long|recently|always|never|often)\b|"
    # (a past perfect after a report's verb is its tense moved back, the news itself: "a law
    # firm announced Friday that it had filed a suit")
    r"^(?:(?!\b(?:said|says|announced|reported|told|confirmed|revealed|disclosed|claimed|"
    r"alleged|stated)\b).)*?\bhad (?:been|\w+ed)\b|"
    r"\bin the past (?:few |several )?(?:years|decades)\b|"
    r"\bfor (?:years|decades|generations)\b|"
    # a standing position, told before the news ("Prosecutors have argued that ...",
    # "Zimmerman has said he acted in self-defense")
    r"\b(?:has|have) (?:long |repeatedly |consistently |always )?(?:argued|maintained|"
    r"contended|insisted|claimed|said)\b(?! (?:on|in|at) )|"
    r"\bsince (?:late |early )?last (?:year|month)\b|,\s+here (?:are|is)\b|"
    # a definition of the subject, not something it did ("X is home to ...", "X is the only ...")
    r"^[^,]{0,40}? (?:is|are) (?:home to|one of|among|the (?:only|most|largest|biggest))\b"
)

# What "our" is humankind's, not a speaker's ("evolved to help protect our ancestors from
# frostbite", "the oldest rocks on our planet": a science report's own sentence).
HUMANKIND_NOUNS = ("ancestors", "species", "planet", "solar system", "galaxy", "brains", "bodies")
# A first person outside quotation marks: the outlet's own voice ("our list of the highest
# paid", "the headlines we're used to") or a reader's review, not a neutral statement.
FIRST_PERSON = re.compile(
    r"\b(?:I(?:['’](?:m|ve|ll|d)\b|(?![-.’']))|[Ww]e|[Oo]urs?"
    rf"(?! (?:{'|'.join(HUMANKIND_NOUNS)})\b)|us|[Mm]y|[Mm]e)\b"
)


def own_voice(text: str, person: re.Pattern[str] = FIRST_PERSON) -> bool:
    """Whether ``text`` speaks in the first person (or ``person``) outside its quotations: the
    writer's or a statement's own voice, whose speaker a statement taken alone does not show."""
    quotes = quoted_ranges(text)
    return any(not in_ranges(m.start(), quotes) for m in person.finditer(text))


# ... and the reader addressed ("When you stepped inside a building in Accra, you were
# greeted by ..."): a scene set for the reader, which cannot open a brief.
SECOND_PERSON = re.compile(r"\b[Yy]ou(?:r|rs|'re|’re)?\b")
# An imperative to the reader ("Please keep Collin in your thoughts", "Click here to…", "Watch
# Colbert's trip in the clip above", "Look at the cheeky glimpse he gives the referee", "Just
# check the height on these photos", "Take the ride from New York with ...", "Expect nothing
# less"): someone's plea or the writer's word to the reader, not something that happened.
IMPERATIVE = re.compile(
    r"^(?:Please|Click|Tap|Sign up|Subscribe|Follow us|Share this|"
    r"(?:Watch|Listen to|Look at|Read|Check(?: out)?|Download|Try|Scroll|Picture|"
    r"Take (?:a|the|your|note)|Expect|Just (?:watch|listen to|look at|read|check(?: out)?))"
    r"\s+(?!that\b)(?=[\w“\"'‘])|"
    r"Don[’']t miss)\b"
)
# The reader's own case put to them ("If you've ever visited the urban slums ...", "When you put
# it on, you enter ..."): the writer talking to the reader, not a report.
READER_CASE = re.compile(r"^(?:If|When|Once|Unless|Whether) you\b")
# The writer's nod to what the reader may know, before the news ("As you might have heard in the
# last hour, the Republican leader ... said ..."), or a bid to mark it ("Also note that one of
# the coins found ... was ..."): the news stands without it.
READER_NOD = re.compile(
    r"^(?:As you (?:(?:may|might|probably|already|will) )*(?:have )?(?:heard|seen|read|know|"
    r"recall|remember)\b[^,]{0,40},|(?:Also )?(?:Note|Notice) that)\s+(?=\w)"
)
# A label the writer puts on an aside ("(Related: The lyrics ... are just the ...)"): a pointer
# to another story, not this one's news.
ASIDE_LABEL = re.compile(r"^(?:Related|See also)\s*:")
# The page's own furniture, not something that happened: its media, its list, the note on how
# it was made, its gallery's controls, its offers to whoever pays.
PAGE_FURNITURE = re.compile(
    # the page's own media, which the brief does not carry ("in the video below")
    r"\b(?:clip|video|photos?|gallery|slideshow|player|chart|map|graphic)s? (?:(?:shown|seen|pictured) )?(?:above|below|here)\b"
    # the outlet's own list ("Here are two lessons from ...", "..., here are 20 of Wiig's most
    # memorable bits")
    r"|^Here(?: are|[’']s| is)\b|(?:,? and|,) here (?:are|is)\b"
    # the page's note on how it was made ("NPR transcripts are created on a rush deadline")
    r"|\btranscripts? (?:are|is) (?:created|produced)\b"
    # a photo gallery's controls scraped into the text ("47 of 68 Skip in Skip x Embed x Share")
    r"|\b\d+ of \d+ Skip\b|\bEmbed x Share\b"
    # a fundraiser's or a shop's offer to whoever pays ("$ 15,000 Stretch Goal - UNLOCKED
    # Everyone who donates at least $ 10 gets a patch", "Backers who pledge $25 will receive"):
    # the page's promotion, not something that happened
    r"|\$ ?[\d,]+ (?i:stretch goal)\b|\b(?:[Ee]veryone|[Aa]nyone|[Tt]hose|[Bb]ackers|[Dd]onors) who "
    r"(?:(?:has|have) )?(?:donate[sd]?|pledge[sd]?|pre-?order(?:s|ed)?|contribute[sd]?|"
    r"subscribe[sd]?)\b[^.]*?\b(?:gets?|receives?|will (?:get|receive))\b"
)
# An appeal to the reader (:data:`IMPERATIVE`, "Congratulations to ...") or the page's
# furniture (:data:`PAGE_FURNITURE`, a book's or a page's credit), not something that happened.
APPEAL = re.compile(
    IMPERATIVE.pattern
    + r"|^Congratulations to\b|"
    + PAGE_FURNITURE.pattern
    + r"|\b(?i:copyright|all rights reserved)\b|©"
)
# A reading of the news rather than the news: analysts' views, what it "could" mean.
ANALYSIS = re.compile(
    r"\b(?:analysts?|experts?|observers?|commentators?)\b[^.]{0,60}\b(?:say|said|view|views|viewed|"
    r"see|saw|believe|noted?|argue)\b|\b(?:many|some) (?:analysts|experts|observers)\b|"
    r"\b(?:could|might|may) (?:now |also |well )?(?:test|signal|mark|mean|suggest|prove|"
    r"reflect)\b|\b(?:appeared|seemed) (?:notably )?(?:more|less)\b|"
    r"\b(?:widely |largely )?(?:viewed|interpreted) as\b|\ba move (?:widely |many )?(?:seen|viewed)\b|"
    # the writer's verdict: a superlative over someone's record ("the most arduous act of
    # ... of his career"), an explanation of why ("a big part of the reason the show ...")
    r"\b(?:most|least) \w+(?:ous|ful|ive|ic|al|ant|ent|ible|able|ary|ing) (?:\w+ ){1,5}of (?:his|her|their|its) "
    r"(?:career|life|presidency|tenure)\b|"
    r"\b(?:a (?:big|large|major) )?part of the reason\b|"
    # ... and what the news is more than ("Tuesday's report ... was more than just another
    # embarrassing revelation")
    r"\b(?:is|was|are|were) (?:much |far )?more than (?:(?:just|merely|simply) (?:a|an)|"
    r"(?:just |merely |simply )?another)\b|"
    # ... or less than it claims ("The article isn't much more than taking a few quotes")
    r"\b(?:is|was|are|were)(?:n['’]t| not) (?:much |far |anything |a lot )?more than\b|"
    # what unnamed others fear or believe ("Some people who have observed the family's rise
    # worry that ...", "Critics fear the law will ..."): a reading held by no one named
    r"\b(?:(?:some|many|other) (?:people|observers|critics|insiders|allies|friends)|critics|"
    r"skeptics|detractors)\b[^.]{0,80}?\b(?:worr(?:y|ies|ied)|fear(?:s|ed)?|suspect(?:s|ed)?|"
    r"wonder(?:s|ed)?|speculate[sd]?)\b",
    re.I,
)
# The writer's own verdict or guess, outside any quotation: "Maybe the upcoming system will
# ...", "Q4 is obviously the best period", what a test "could shed light on", "Talk about too
# many cooks", what "makes one wonder", an exclamation ("Even at 88, she has the ambition of a
# 20-something!"; a quotation's own "!" is its speaker's): a reading of the news, which the
# brief labels analysis.
OPINION = re.compile(
    r"^(?:Maybe|Perhaps|Talk about|Definitely|Make no mistake|Good thing)\b|\bmakes? (?:one|you) wonder\b|!\s*$|"
    # the writer weighing the points of an argument ("More importantly, wavering Republicans
    # want Trump to provide political cover ...", multinews 167; not "Most importantly, no one
    # was hurt", a fact put first)
    r"^More importantly\b|"
    # the writer's concession before their rebuttal ("True, science cannot explain it"): an
    # argument's step, which read without its "True," would pass for a plain fact
    r"^(?:True|Granted|To be sure|Admittedly)(?=,)|"
    # a shrug at the reader ("and who knows — it may convince ..."), not the relative "who knows how"
    r"\bwho knows\s*[—–,?-]|"
    r"\b(?:[Oo]bviously|[Aa]rguably|[Uu]ndoubtedly|[Uu]nquestionably)\b|\b(?:could|might|may) (?:also |well )?(?:shed light|help explain)\b|"
    # the writer's hedge set off in the sentence ("Part of that knowledge, it seems, was his
    # resolve to write like a teenager"): a guess at what the story shows, not a report
    r",\s+it (?:seems|would seem|appears|would appear)\s*[,.]|"
    # the writer's reading of what someone's words betrayed ("One pro-government journalist
    # gave the game away when he declared ..."): a verdict on the words, not what was said
    r"\b(?:g[ai]ve|gives|giving|given) the game away\b|\blet the cat out of the bag\b|"
    r"\b(?:tipped|showed) (?:his|her|their|its) hand\b|\bsaid the quiet part\b|"
    # ... and its sneer at someone's act ("In a pompous speech the Polish prime minister gave
    # supporting the law, ...")
    r"\b(?:[Pp]ompous|[Ll]aughable|[Hh]am-fisted|[Ss]elf-serving|[Tt]one-deaf)\b|"
    # the writer's verdict on how something was done ("ingeniously put Republicans into an
    # awkward spot", "shrewdly polishes his image", "a masterfully crafted bill")
    r"\b(?:[Ii]ngeniously|[Cc]leverly|[Ss]hrewdly|[Dd]eftly|[Mm]asterfully|[Cc]ynically|"
    r"[Aa]rtfully|[Cc]annily|[Cc]raftily|[Dd]isingenuously|[Hh]ypocritically|[Ss]hamelessly)\b|"
    # ... and its ranking of someone's words or work ("one of the best ripostes to ...")
    r"\bone of the (?:best|finest|greatest|smartest|cleverest|dumbest|silliest)\b|"
    # ... and its abuse or profanity ("a fucking weirdo", "acting like a garbage person"): a
    # verdict in the outlet's own voice, never a neutral account of what happened
    r"\b(?:[Ff]uck\w*|[Ss]hit(?:s|ty|head|heads|show|storm)?|[Bb]ullshit|[Aa]ssholes?|[Ww]eirdos?|[Ss]cumbags?|[Dd]ouchebags?|"
    r"[Gg]arbage (?:person|people|human))\b"
)
# A photo's caption scraped into the story: someone in the present tense, posing or watching
# at a dated moment ("Sen. X listens as Sen. Y holds up a copy ... on May 8"); the news tells
# a dated act in the past tense.
PHOTO_CAPTION = re.compile(
    r"^[^,;:\"“]{0,60}?\b(?:listens|looks on|gestures|waves|poses|smiles|reacts|stands|sits|"
    r"speaks|watches|greets|holds up)\b[^;]*?\bon (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|"
    r"Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b"
)
# A full date with its year ("January 20, 2015", "Sept. 2, 2015"): what a wire photo's caption
# closes on, the moment its picture was taken (:func:`~newsweave.synthesis.reads_alone.
# pictured_moment` reads the rest of the shape from the parse).
FULL_DATE = re.compile(rf"\b{MONTH_WORD}\.?\s\d{{1,2}},\s(?:19|20)\d\d\b")
# Verbs whose present tense with a full date tells what is to come, not what a picture shows
# ("The law takes effect on January 1, 2016", "The trial begins Monday, March 3, 2014", "is
# scheduled for ...").
SCHEDULE_VERBS = frozenset(
    {"begin", "start", "open", "close", "end", "expire", "take", "run", "last", "resume",
     "launch", "air", "premiere", "debut", "go", "come", "become", "schedule", "set", "slate",
     "plan", "expect", "due", "kick"}
)  # fmt: skip
# A sentence wholly in parentheses: the writer's aside to the story ("(Parking lots seem to be
# rich sources of history in the U.K. ...)", "(This isn't necessarily Clinton's fault ...)"),
# which a neutral brief leaves to the article.
ASIDE = re.compile(r"^\([^()]*\)[.!?\"”’]*$")
# What came before the event: openings that set the scene in the past ("In the 1990s, ...",
# "Ever since ..."), and a state of long standing ("has long been", "for decades").
BACKGROUND = re.compile(
    r"^(?:In (?:early |late |mid-|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) )?(?:19|20)\d\d|In the (?:19|20)\d0s|For (?:years|decades)|"
    r"Since (?:19|20)\d\d|Since (?:taking|the start)|"
    r"Earlier (?:that|this|in the|last)|Previously|Previous (?:studies|research|work|reports)|Last (?:year|month)|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|Several|Many|\d+) "
    r"(?:years|decades) ago|Years? (?:ago|earlier)|Ever since)\b|\b(?:has|have) (?:long )?been "
    r"[^.]{0,40}\bsince (?:19|20)\d\d\b|"
    # a standing description taken from a page about someone or something ("The center has
    # physician offices ..., according to the health system's website")
    r"\baccording to (?:the |its |his |her |their )?(?:[\w’'.-]+ ){0,3}(?:website|web site|"
    r"Wikipedia|biography|LinkedIn)\b|"
    # where a piece was first published, before the news about it ("The actual Onion
    # article ... first appeared on November 14")
    r"\b(?:first|originally) (?:appeared|aired|ran|published|posted)\b|"
    # what someone said before the news ("Officials have said previously that they are
    # confident ...", "The company had previously denied ..."): a standing position
    r"\b(?:has|have|had) (?:\w+ )?(?:said|stated|denied|argued|claimed) (?:previously|before)\b|"
    r"\b(?:has|have|had) previously (?:said|stated|denied|argued|claimed)\b|"
    # ... or on some day long before it ("The producer ... once said of his own 1976 King Kong
    # star, ...", multinews 046; "he once told a colleague that ...")
    r"\bonce (?:said|told|wrote|remarked|quipped|declared)\b",
    re.I,
)
OPEN_QUESTION = re.compile(
    r"\b(?:has|have|had) yet to\b|\bdid not (?:immediately )?(?:respond|comment|reply)|\bnot yet\b|"
    r"\bremains? (?:unclear|to be seen|uncertain)\b|\bunclear (?:whether|if|what|how|when)\b|"
    r"\bcould (?:now )?test\b|\bwould not (?:say|specify)\b|\bdid not (?:say|specify)\b|"
    r"\bno (?:immediate )?(?:response|comment)\b|\bundisclosed\b|\bunspecified\b",
    re.I,
)
REACTION = re.compile(
    r"\b(?:welcom\w+|hail\w*|reject\w*|dismiss\w*|warn\w*|criticis\w+|criticiz\w+|praise\w*|"
    r"condemn\w*|applaud\w*|denounc\w+|skeptic\w*|sceptic\w*|"
    # (someone echoing a call, not a sound echoing through a street)
    r"echo\w*(?! (?:through|throughout|around|across|off|along|over|from)\b)|endors\w+|vow\w*|"
    r"call\w* (?:it|the|for)|responded|reacted|posted)\b",
    re.I,
)
