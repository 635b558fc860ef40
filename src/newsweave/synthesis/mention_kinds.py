"""What the words around one mention of a name say it names, read from the parse as the
entities stage (:mod:`newsweave.synthesis.stages.entities`) collects the mentions: a kind of
body ("Relix magazine", "companies like SpaceX", "a member of Jefferson Starship"), a work's
title ("the film Boyhood", "2006's Blood Money", "if Breaking Bad wrapped"), one vehicle of a
make ("parked his Toyota Prius"), an award ("Oscar winner Jared Leto") or a list joined by
"and". :mod:`newsweave.synthesis.entity_types` weighs these with the rest of what the event
says of the name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsweave.nlp import doc_ents

# Lower-case nouns of the kinds of body a name is written with: before it ("AR-15 manufacturer
# Bushmaster", "the site Formspring"), after it in a compound ("Relix magazine", "Yonhap news
# agency", "the Brookstone retailer") or in apposition ("Achieve, a nonprofit education group";
# "Stonyfield, the organic yogurt maker"). A person's name may stand so too ("the Trump
# company"), so only a name with no sign of a person
# (:func:`~newsweave.synthesis.entity_types.unproven`) is retyped.
BODY_NOUNS = frozenset(
    {"magazine", "newspaper", "tabloid", "website", "site", "app", "page", "firm", "brand"}
    | {"label", "network", "channel", "chain", "store", "startup", "agency", "company", "group"}
    | {"maker", "manufacturer", "retailer", "nonprofit", "organization", "organisation"}
    | {"charity", "publisher", "outlet", "platform", "service", "broadcaster", "airline"}
)

# Nouns of a body's members, whose "of" names the body: "a co-founder of Jefferson Airplane",
# "a member of its later incarnation Jefferson Starship" (typed PERSON, as their first word is a
# given name): no person has members or founders.
MEMBER_NOUNS = frozenset({"member", "founder", "co-founder", "cofounder"})

# Lower-case nouns of the kinds of work a name is the title of, written before it ("the film
# Boyhood") or with it in apposition ("his debut album, “Murda Muzik”"). Not after it in a
# compound: "the Netflix series", "a Marvel movie" name the maker, not the work.
WORK_NOUNS = frozenset(
    {"film", "movie", "documentary", "album", "song", "single", "show", "series", "sitcom"}
    | {"novel", "book", "memoir", "play", "musical", "opera", "painting", "poem", "debut"}
    # (session 41: "the historic gay romance Brokeback Mountain" typed LOC, "the 2008 Hollywood
    # blockbuster Mamma Mia!" PERSON on the 250 multinews events)
    | {"romance", "thriller", "comedy", "drama", "blockbuster"}
)
# Nouns of an actor of a film or a show, which a title qualifies as no body's or person's name
# does ("his American Hustle costar", typed ORG); not "alum", as often a school's ("a Harvard
# alum").
CAST_NOUNS = frozenset({"costar", "castmate"})
# A former cast member's noun, which a show's title qualifies ("the Gossip Girl alum", typed
# PERSON), but a school's or a firm's too ("a Harvard alum", "a Goldman Sachs alum"): it makes a
# work only of a name of several words the recogniser typed a person or a work, as it types no
# school or firm.
ALUM_NOUNS = frozenset({"alum", "alumna", "alumnus"})
ALUM_TITLE_LABELS = frozenset({"PERSON", "WORK_OF_ART"})
# Verbs of a show's run that take no object ("if Breaking Bad wrapped with a happy ending",
# typed PERSON; "the series premiered in 2004"): a network airs or premieres a show, with an
# object ("CBS aired the interview"), a show airs or wraps by itself.
RUN_VERBS = frozenset({"air", "premiere", "wrap"})
# What a verb of a show's run has when someone else runs the show: an object or a particle
# ("wrapped up the talks").
RUN_OBJECT_DEPS = frozenset({"dobj", "obj", "prt"})
# Labels the recogniser gives a work's title, which a title set in quotation marks and listed
# with one is too (“La La Land,” “Hidden Figures,” “Arrival,” “Hacksaw Ridge,”, the last typed
# PERSON).
WORK_LABELS = frozenset({"WORK_OF_ART"})
# A list of three or more titles in double quotation marks, joined by commas, "and", "or" or
# "even": “Arrival,” “Hacksaw Ridge,” “Lion,” and “Fences.”
QUOTED_LIST = re.compile(
    r"(?:[“\"][^“”\"\n]{1,80}[”\"](?:[ \t]*(?:,|and|or|&|even)(?![\w]))*[ \t]*){3,}"
)
# Quotation marks that only open a quotation.
OPENING_MARKS = frozenset({"“", "‘"})
# Parts of a show or a film's follow-ups, whose "of" or "to" names the work ("an episode of
# Black Mirror", typed ORG).
WORK_PARTS = frozenset({"episode", "episodes", "sequel", "prequel"})
WORK_PART_LINKS = frozenset({"of", "to"})
# Dependencies a name standing as a verb's subject has: "the song Taylor Swift wrote" makes
# the song no name.
NOT_WORK_DEPS = frozenset({"nsubj", "nsubjpass"})
# The words that join the names of a list as a list, not a comma alone.
LIST_CONJUNCTIONS = frozenset({"and", "or", "&"})
# What joins the names of a list ("Homeland, Modern Family, and other acclaimed shows").
LIST_LINKS = frozenset({",", "and", "or"})
# Words between "other" and the noun that ends a list ("other acclaimed shows", "other
# Oscar-nominated films").
KIND_MODIFIER_POS = frozenset({"ADJ", "ADV", "VERB", "PUNCT", "PROPN"})
# A year with a possessive before a name dates a release ("2006's Blood Money", "1986's Top
# Gun"); the possessive is its own token ("'s", "’s").
RELEASE_YEAR = re.compile(r"(?:19|20)\d\d")
POSSESSIVE_MARKS = frozenset({"'s", "’s"})

# What follows a kind of body to give an instance of it: "companies like SpaceX", "firms such
# as Solyndra", "department stores, including Macy's".
INSTANCE_LINKS = (("like",), ("such", "as"), ("including",), (",", "including"))
# The staff an outlet, a firm or a band has, written between its name and a person's:
# "Courant reporter Kathleen Megan", "Berenberg analyst Zuzanna Pusz", "LFO singer Devin Lima"
# (not "spokesman": "Obama spokesman Jay Carney" is a person's).
STAFF_NOUNS = frozenset(
    {"reporter", "correspondent", "columnist", "editor", "analyst", "critic"}
    | {"singer", "frontman", "guitarist", "drummer", "bassist"}
)
# Verbs of driving whose object or participle makes a name a vehicle ("parked his Toyota
# Prius", "the Chevy Tahoe driven by the shift commander").
DRIVING_VERBS = frozenset({"drive", "park", "tow", "steer"})
# How a vehicle stands as a verb's object.
OBJECT_DEPS = frozenset({"dobj", "obj"})
# A make's name and a model's: "Toyota Prius"; one word ("drove to Toyota") is as often the
# maker.
MIN_INSTANCE_WORDS = 2
# How a name modifies another noun, as a maker's does ("a Mercedes SUV"), not one thing.
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Words written after an award's name ("Oscar winner", "Grammy-nominated"): the name is the
# award's, no person's ("Oscar") or place's.
# Nouns of a gene, a protein or a germ, written after its name ("the GDF5 gene", "HPV virus",
# "Legionella bacteria": typed FAC, ORG and GPE on the 250 multinews validation events): the
# name is a molecule's or a microbe's, no body, place or person.
GERM_AND_GENE_NOUNS = frozenset(
    {"gene", "genes", "protein", "proteins", "enzyme", "enzymes", "receptor", "receptors"}
    | {"virus", "viruses", "bacteria", "bacterium", "bacillus", "parasite", "fungus"}
)
AWARD_WORDS = frozenset(
    {"winner", "winners", "winning", "nominee", "nominees", "nominated", "nomination"}
    | {"nominations", "statuette", "trophy"}
)
# How an award's name written apart from that word depends on it: "[Oscar] winner".
AWARD_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "npadvmod"})


def names_a_body(ent: Span) -> bool:
    """Whether a mention is written with a lower-case noun of a kind of body
    (:data:`BODY_NOUNS`): before it or in apposition to it; a name of several words only where
    the parse makes that noun the name's own ("rock group Led Zeppelin", "Cambridge Analytica,
    a data analysis firm"; not "the firm John Smith founded", whose noun the clause qualifies).
    A one-word mention also as an instance of one (:data:`INSTANCE_LINKS`), after it in a
    compound (not when a capitalised word before makes it the end of a longer name: "a Bikers
    For Trump group") or before a person's trade at a body (:data:`STAFF_NOUNS`). Any mention
    whose "of" follows a noun of members (:func:`of_members`: "a member of Jefferson
    Starship") names a body too."""
    doc, root = ent.doc, ent.root

    def body(tok) -> bool:
        return tok.text.islower() and tok.lemma_ in BODY_NOUNS

    if of_members(ent):
        return True  # "a co-founder of Jefferson Airplane"
    if len(ent) != 1:
        before = doc[ent.start - 1] if ent.start > 0 else None
        own = before is not None and ent.start <= before.head.i < ent.end and body(before)
        return own or any(t.dep_ == "appos" and body(t) for t in root.children)
    if ent.start > 0 and body(doc[ent.start - 1]):
        return True  # "manufacturer Bushmaster"
    for link in INSTANCE_LINKS:
        at = ent.start - len(link)
        if at > 0 and tuple(t.lower_ for t in doc[at : ent.start]) == link and body(doc[at - 1]):
            return True  # "companies like SpaceX"
    if (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in STAFF_NOUNS
        and doc[ent.end + 1].text[:1].isupper()
    ):
        return True  # "Courant reporter Kathleen Megan"
    head = root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    inside = ent.start > 0 and doc[ent.start - 1].text[:1].isupper()  # "Bikers For [Trump] group"
    if head is not root and body(head) and not inside:
        return True  # "Yonhap news agency"
    return any(t.dep_ == "appos" and body(t) for t in root.children)


def of_members(ent: Span) -> bool:
    """Whether a mention is the object of "of" after a lower-case noun of a body's members
    (:data:`MEMBER_NOUNS`), or in apposition to that object, right after it ("a member of its
    later incarnation Jefferson Starship")."""
    obj = ent.root.head if ent.root.dep_ == "appos" else ent.root
    if obj.i != ent.root.i and obj.i != ent.start - 1:
        return False  # "the founders of The Robin Collective, Brandy Wright,": a founder
    prep = obj.head
    return (
        obj.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.text.islower()
        and prep.head.lemma_ in MEMBER_NOUNS
    )


def names_a_work(ent: Span) -> bool:
    """Whether a mention is written as a work's title: after a lower-case noun of a kind of
    work (:data:`WORK_NOUNS`: "the film Boyhood", not when the name is the subject of a verb
    there, "the song Taylor Swift wrote"), as an instance of one ("shows like Homeland"), in
    apposition to one ("his debut album, “Murda Muzik”"), in a list that ends on "other" and
    one ("Homeland, Modern Family, and other acclaimed shows"), after a year with a
    possessive ("2006's Blood Money"), before an actor's noun or after a part of a work
    (:func:`_cast_or_part_of`: "his American Hustle costar", "an episode of Black Mirror"), as
    the subject of a verb of a show's run with no object (:data:`RUN_VERBS`: "if Breaking Bad
    wrapped") or in quotation marks in a list of titles one of which the recogniser reads as a
    work (:func:`_listed_with_titles`: “Arrival,” “Hacksaw Ridge,”)."""
    doc, root = ent.doc, ent.root
    at = ent.start
    while at > 0 and doc[at - 1].is_quote:
        at -= 1  # the title's opening quotation mark
    if at > 1 and doc[at - 1].text in POSSESSIVE_MARKS and RELEASE_YEAR.fullmatch(doc[at - 2].text):
        return True

    def work(tok: Token) -> bool:
        return tok.text.islower() and tok.pos_ == "NOUN" and tok.lemma_ in WORK_NOUNS

    if at > 0 and work(doc[at - 1]) and root.dep_ not in NOT_WORK_DEPS:
        return True  # "the film Boyhood"
    if _runs_as_show(ent) or _listed_with_titles(ent):
        return True
    if ent.end < len(doc) and doc[ent.end].text in POSSESSIVE_MARKS:
        return False  # "books including Life's ...": the name owns the work listed
    for link in INSTANCE_LINKS:  # "shows like Homeland", "films such as Boyhood"
        k = at - len(link)
        if k > 0 and tuple(t.lower_ for t in doc[k:at]) == link and work(doc[k - 1]):
            return True
    kind = _kind_listed_after(ent)
    return (
        (root.dep_ == "appos" and work(root.head))
        or (kind is not None and work(kind))
        or _cast_or_part_of(ent, at)
    )


def _runs_as_show(ent: Span) -> bool:
    """Whether a mention is the subject of a verb of a show's run (:data:`RUN_VERBS`) that has
    no object or particle: "if Breaking Bad wrapped with a happy ending"."""
    root = ent.root
    verb = root.head
    return (
        root.dep_ in NOT_WORK_DEPS
        and verb.pos_ == "VERB"
        and verb.lemma_ in RUN_VERBS
        and not any(t.dep_ in RUN_OBJECT_DEPS for t in verb.children)
    )


def _listed_with_titles(ent: Span) -> bool:
    """Whether a mention set in quotation marks (:func:`_opens_quoted`) stands in a list of
    three or more titles so set (:data:`QUOTED_LIST`), another of which the recogniser typed a
    work (:data:`WORK_LABELS`): “Manchester by the Sea,” “Arrival,” “Hacksaw Ridge,” (the last
    two typed PERSON). A list of quoted titles is one of a kind; two quoted names joined by "or"
    are as often what a body is called (“Utah Church” or “Mormon Church”), and a nickname is
    set in single marks ('Seventh Son' Dunstan)."""
    if not _opens_quoted(ent):
        return False
    sent = ent.sent
    for run in QUOTED_LIST.finditer(sent.text):
        lo, hi = sent.start_char + run.start(), sent.start_char + run.end()
        if lo <= ent.start_char and ent.end_char <= hi:
            return any(
                e.label_ in WORK_LABELS
                and lo <= e.start_char
                and e.end_char <= hi
                and e.start != ent.start
                and _opens_quoted(e)
                for e in doc_ents(ent.doc)
            )
    return False


def _opens_quoted(ent: Span) -> bool:
    """Whether a quotation mark that opens a quotation stands just before a mention: a curled
    opening mark, or a straight one after a space (not the closing mark of a nickname before
    it: 'Seventh Son' Dunstan)."""
    doc = ent.doc
    at = ent.start - 1
    if at < 0 or not doc[at].is_quote:
        return False
    return doc[at].text in OPENING_MARKS or at == 0 or bool(doc[at - 1].whitespace_)


def _cast_or_part_of(ent: Span, at: int) -> bool:
    """Whether a mention qualifies an actor's noun after it (:data:`CAST_NOUNS`: "his American
    Hustle costar"; a former one's, :data:`ALUM_NOUNS`, only after a name of several words typed
    a person or a work: "the Gossip Girl alum") or follows a part of a work and its "of"
    (:data:`WORK_PARTS`: "an episode of Black Mirror"); ``at``: where the mention opens, with its
    quotation mark."""
    doc, root = ent.doc, ent.root
    head = root.head
    if head.i >= ent.end and head.text.islower() and head.lemma_ in CAST_NOUNS:
        return True
    if (
        head.i >= ent.end
        and head.text.islower()
        and head.lemma_ in ALUM_NOUNS
        and len(ent) > 1
        and ent.label_ in ALUM_TITLE_LABELS
    ):
        return True
    return (
        at > 1
        and root.dep_ == "pobj"  # not "episodes of Beltway drama", whose object is the drama
        and doc[at - 1].lower_ in WORK_PART_LINKS
        and doc[at - 2].text.islower()
        and doc[at - 2].lemma_ in WORK_PARTS
    )


def _kind_listed_after(ent: Span) -> Token | None:
    """The noun a list that goes on from a mention ends on after "other", which says what
    kind of thing each name of the list is: "shows" of "winners from Homeland, Modern Family,
    and other acclaimed shows". None when the list ends otherwise."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and (doc[i].text in LIST_LINKS or doc[i].pos_ == "PROPN"):
        i += 1
    if i >= len(doc) or doc[i].lower_ != "other" or doc[i - 1].lower_ not in {"and", "or"}:
        return None
    i += 1
    while i < len(doc) and doc[i].pos_ in KIND_MODIFIER_POS:
        i += 1
    return doc[i] if i < len(doc) else None


def names_an_instance(ent: Span) -> bool:
    """Whether a mention of two words or more names one vehicle of a make, as a car's make and
    model do: the object of a verb of driving or with a participle of one after it
    (:data:`DRIVING_VERBS`: "parked his Toyota Prius", "struck by the Chevy Tahoe driven by the
    shift commander"), as the head of its noun phrase (no modifier of another noun: "parked
    the Ford van" names the maker). A company is driven, parked or towed by no one; "his" or
    "a" alone say nothing ("his White House", "her State of the Union")."""
    root = ent.root
    if len(ent) < MIN_INSTANCE_WORDS or root.dep_ in NAME_MODIFIER_DEPS:
        return False
    driven = root.dep_ in OBJECT_DEPS and root.head.lemma_ in DRIVING_VERBS
    return driven or any(t.dep_ == "acl" and t.lemma_ in DRIVING_VERBS for t in root.children)


def joined_by_and(ent: Span) -> bool:
    """Whether a mention is listed with other names by "and", "or" or "&" ("Matt Damon and
    Cecile De France"), not by commas alone: a comma as often sets off an apposition or a
    caption the parse reads as a list ("Speaking to Al Jazeera, Ahmad Jibreel, a diplomat";
    "Nicki Minaj, Myx Fusions")."""
    root = ent.root
    return any(
        t.dep_ == "cc" and t.lower_ in LIST_CONJUNCTIONS
        for head in (root, *root.conjuncts)
        for t in head.children
    )


def names_a_germ_or_gene(ent: Span) -> bool:
    """Whether a mention is written right before a noun of a gene or a germ
    (:data:`GERM_AND_GENE_NOUNS`): "the GDF5 gene", "the Zika virus"."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].text in GERM_AND_GENE_NOUNS


def names_an_award(ent: Span) -> bool:
    """Whether a one-word mention names an award: written before a word of winning or being
    nominated for one ("Oscar winner Jared Leto", "the Grammy-nominated album")."""
    doc = ent.doc
    if len(ent) != 1 or ent.end >= len(doc):
        return False  # (a possessive is spanned apart: "Moonlight’s winners" are a film's)
    if doc[ent.end].text == "-" and ent.end + 1 < len(doc):
        return doc[ent.end + 1].lower_ in AWARD_WORDS  # "Oscar-winning"
    # "Oscar winner" modifies the noun after it; "Moonlight winning is ..." is its subject
    return doc[ent.end].lower_ in AWARD_WORDS and ent.root.dep_ in AWARD_MODIFIER_DEPS


__all__ = [
    "BODY_NOUNS",
    "GERM_AND_GENE_NOUNS",
    "NAME_MODIFIER_DEPS",
    "WORK_NOUNS",
    "joined_by_and",
    "names_a_body",
    "names_a_germ_or_gene",
    "names_a_work",
    "names_an_award",
    "names_an_instance",
    "of_members",
]
