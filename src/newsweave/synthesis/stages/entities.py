"""Entities across one event's articles: one canonical name per real-world referent.

spaCy's NER (the shared pipeline, reusing each article's parsed Doc) proposes
mentions; this module turns them into :class:`~newsweave.models.Entity` records:

* **cleaning** — a page's controls and labels typed PERSON ("Replay More Videos", "Stretch
  Goal - UNLOCKED"; a control whatever its type) are no names
  (:mod:`newsweave.synthesis.entity_names`); leading determiners, possessives ("Putin's") and
  titles ("President Putin", "Presidents Leonid Kravchuk and ...") are stripped;
  mentions that span a line break, contain a slash (photo credits) or have no capital
  letter are layout junk and dropped;
  numbers, dates, money and other quantities are never entities. What the
  recogniser ran on into a name goes: an age ("Kim,30"), the first word of a
  title after it ("Delaware County [District Attorney]"), an adjective ending
  ("Joe Biden-themed"), an outlet before a plural possessive ("ABC News’ Linsey
  Davis" when Linsey Davis is named). A mention the text continues into another
  entity's longer name ("ACX [Crystal]") is that entity's. A name cut before its rest
  ("Red Cross of"), an era's or a zone's mark ("BC", "GMT") and a common word capitalised
  only where a sentence opens ("Rubble from the home ...",
  :mod:`~newsweave.synthesis.sentence_case`; or, never written in lower case, read there by
  the tagger as a common word: "Huddling with reporters") are no names, nor is a word
  opening a sentence ("Following Goodlatte's tweet"); an organisation's name cut to its
  final words ("Klan" of "Ku Klux Klan") is that organisation's. A mention run on through a
  clause is the names around it ("Cooper pry Sediuk", "University Clinic in Innsbruck
  where"), people listed as one name are each theirs ("Tina Fey and Eva Longoria"), and a
  full name run on into a greeting is the person's ("Happy Taylor Swift Release Day!";
  :func:`~newsweave.synthesis.mention_trims.without_run_ons`). A name cut at a nickname in
  quotation marks, curly or straight ('Abigail "[Abby" Williams]', "[Harold 'Devin'] [Lima]"),
  or at a firm's "and" ("[Mumford] and [Sons]") is whole again
  (:mod:`~newsweave.synthesis.mention_context`); the nickname is dropped from the name and its
  mentions ("Libby German") are the full name's. An owner's possessive the
  recogniser ran into a person's name ("Lightspeed’s Jeremy Liew") is no part of it
  (:func:`~newsweave.synthesis.name_forms.owned_person`). What a page carries
  besides its story names nothing: a photograph's credit ("(Photo: Susan Walsh, AP)"), a
  wire's credit in a dateline ("PHILADELPHIA (Reuters) -") or in its closing line ("Lucey
  reported from Washington."), a child's call of a parent ("life with Mom and/or Dad"), a
  table's cells, a paper's pointers ("Fig", "Table 1"), codes of a series ("BP013, BP194 and
  BP208") and cited authors ("Bader, Hasiotis & Martin (2009)"); a footnote's number glued on
  ("Cascade Range34") goes, an initialism the recogniser left out ("AIDS [Healthcare
  Foundation]") is the name's, and two names joined by "and" that the event writes alone
  ("Camarasaurus and Diplodocus") are each theirs, as are a body and the person heading it
  run into one name ("State Duma, Sergey Naryshkin"); a title run into a name typed a work is
  the person's ("Delphi Assistant Fire Chief Curtis Borden":
  :mod:`~newsweave.synthesis.mention_trims`). A full name the recogniser missed where it
  found the surname ("Heather Sculthorpe", then "Sculthorpe" typed GPE; "Kate Upton" of an
  article's title) is found again (:mod:`~newsweave.synthesis.missed_mentions`).
* **spelling variants** — names are compared token by token after folding
  diacritics (Erdoğan = Erdogan) and, for tokens of 4+ letters, by a consonant
  skeleton plus an edit ratio, which joins transliterations (Zelensky /
  Zelenskyy / Zelenskiy, Volodymyr / Volodomyr, Kyiv / Kiev) across outlets; one article
  spells one name one way, so its one-word "Khalid" is not its "DJ Khaled". A public
  service's forms are one office ("X Sheriff's Office", "X Sheriff's Department", "X Sheriff":
  :func:`~newsweave.synthesis.entity_names.office_key`).
* **partial mentions** — a name that is a final run of a longer person's name
  ("Putin", "Tayyip Erdogan"), or that name without a middle name ("Timothy Poole" of
  "Timothy Dale Poole", "Matt Whitaker" of "Matthew G. Whitaker"), and an organisation's name
  without the place the event names before it ("Navy" of "U.S. Navy") or its legal form
  ("Boeing" of "Boeing Co"), joins it when exactly one candidate exists (when several do, the
  one named in the same article wins, else the one holding the office a title before it
  names: "Senator Reid" is "Senate Minority Leader Harry M. Reid", not his son Rory Reid; else
  the only one its article has named before it, unless it names a family ("the Reid family");
  else none; a caption or a body ending on a person's surname, "AP Photo Trump", and a nickname
  written only in quotation marks, 'Foxy Knoxy', are none of them); an acronym
  joins the name whose initials it spells (NATO, U.S. = United States; not a person's unless
  typed a person: "D.C." is no "Dave Carney"; not "U.N." for "U.S. Navy"; not a state's code
  in an address, "Mansfield, CT.", for the "Chevy Tahoe"). A surname joins the
  one person named with it and a generation's mark ("Williams" of "Hank Williams Jr."), unless
  the event names someone with that surname without one ("Trump" beside "Donald Trump Jr."),
  and a full name joins the one written with a generation's mark ("Martin Luther King" of
  "Martin Luther King Jr."; where the event tells two generations apart, by a word of kinship
  or a "Trump Jr.", only in other articles and a junior's under a familiar given name: "Bill
  Taylor" of "William W. Taylor III"); a
  street's first word written alone joins the street ("the block of Daly", "Daly Street"). A
  given name, or a run of them ("Mona Lisa" of "Mona Lisa Harding"), joins the one person it
  opens the full name of, or the nickname written in it ("Devin" of "Harold 'Devin' Lima";
  "Havoc" of 'Kejuan "Havoc" Muchita', wherever it stands), whatever the recogniser typed
  the full name at most mentions ("Brad Fischetti" typed ORG); a lone given name paired with
  a full name takes its surname ("Leon and Rachel Brandy"), and a given name the recogniser
  cut off the surname after it is the name's ("Russian lawyer [Natalia] [Veselnitskaya]",
  "”—Gloria [Steinem]"). A periodical's name without its last word, written as the
  periodical writes it ("tells Us" of "Us Weekly"), is the periodical. Which short name joins
  which long one: :mod:`newsweave.synthesis.name_joins`. A name typed an organisation at
  every mention and mostly written before a person of that surname is named in full is a
  company named after them, not them ("Gallup", "Dr. George Gallup who founded our company"),
  and a name typed a person that opens an organisation's longer name, with nothing else of a
  person's, is that organisation's ("William Morris Endeavor" of "William Morris Endeavor
  Entertainment").
* **type** — the majority vote of the mentions, weighed with what the words around them
  say, and a one-word "person" nothing in the event proves one weighed again (a place, an
  outlet, or a common word dropped), then read beside the types of the names it is listed with
  or misspells: :mod:`newsweave.synthesis.entity_types`. A name the
  text calls an animal ("Banjo, a dog") gets no type (:mod:`newsweave.synthesis.animals`), nor
  does a gene or a germ ("the GDF5 gene"); an era of prehistory ("the Upper Paleolithic") is a
  time, no name; a
  town an address writes ("Mansfield, CT.", "31, of Appleton", "a Shalimar woman") is a place
  and a bare name told something ("told Billboard") an outlet, and a hashtag ("#Spinning") no
  name (:mod:`newsweave.synthesis.bare_frames`).
  One word typed a person or a place that nothing else in the event says is one ("told
  Billboard", "Diplodocus" typed GPE) gets no type (""): shown without one, it misleads no
  reader.
* **role** — title words just before a person mention ("Russian President
  Vladimir Putin") give its role; the most frequent, then longest, is kept.
* **canonical name** — among the observed forms with the most words (the most
  complete), the one whose words are the most frequent spellings across all
  mentions (then the most frequent form, then the one keeping diacritics, then
  alphabetical): "Volodymyr Zelensky" over "Volodymyr Zelenskyy" when
  "Zelensky" is the more common spelling in the event. A name written in capitals for show (a
  dateline's "NEW YORK (AP) —", a transcript's "GEORGE STEPHANOPOULOS:") is named as running
  text writes it.

:func:`resolve_entity` maps any name string (a quote's speaker, a search) onto
the event's entities with the same rules.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsweave.models import Entity, Span
from newsweave.nlp import doc_ents
from newsweave.synthesis.animals import called_an_animal
from newsweave.synthesis.bare_frames import a_hashtag, addressed_town, names_a_home, told_to
from newsweave.synthesis.entity_names import (
    a_code,
    a_reference,
    citation_spans,
    code_series,
    era_or_zone,
    head_type,
    held_by_party,
    office_key,
    page_control,
    page_furniture,
    person_titled,
    plural_title,
    possessive_in_name,
    prehistoric_period,
    reads_as_full_name,
    shaped_as_full_name,
    state_code,
    unbracketed,
    without_dangling_link,
    without_footnote,
    without_time_tail,
    written_case,
    written_span,
)
from newsweave.synthesis.entity_types import (
    PERSON_RETYPED,
    PLACE_LABELS,
    UNTYPED,
    NameGroup,
    NameMention,
    a_family,
    a_heading,
    among_places,
    common_word,
    entity_type,
    listed_names,
    majority,
)
from newsweave.synthesis.group_roles import group_role
from newsweave.synthesis.listed_types import typed_beside_others
from newsweave.synthesis.mention_context import (
    KIN_CALLS,
    a_degree,
    among_people,
    curled_nickname,
    dateline,
    dateline_credit,
    described_as_person,
    ends_in_rank,
    headline_like,
    in_quotation_marks,
    in_table,
    name_parts,
    person_sign,
    photo_credit,
    place_frame,
    quoted_title,
    reporter_credit,
    role_before,
    speaks_or_owns,
    staff_credit,
    with_given_names,
    with_nicknames,
    with_opening_initialisms,
    with_partners,
)
from newsweave.synthesis.mention_grammar import (
    pronoun_kind,
    qualifies_a_noun,
    settled_in,
    written_with_article,
)
from newsweave.synthesis.mention_kinds import (
    NAME_MODIFIER_DEPS,
    joined_by_and,
    names_a_body,
    names_a_germ_or_gene,
    names_a_work,
    names_an_award,
    names_an_instance,
    of_members,
)
from newsweave.synthesis.mention_trims import (
    with_namesakes,
    with_nickname_forms,
    with_paired_surnames,
    without_openers,
    without_possessors,
    without_run_ons,
)
from newsweave.synthesis.missed_mentions import absorb_cut, sweep, with_missed_full_names
from newsweave.synthesis.name_forms import (
    MAX_INITIALISM,
    after_run_on,
    canonical_name,
    owned_person,
    without_generation,
)
from newsweave.synthesis.name_joins import (
    cut_to_its_end,
    generation_dropped,
    given_name_of,
    initials_fit,
    named_before,
    named_before_it,
    office_holders,
    opens_organisation,
    periodical_of,
    person_named,
    qualified,
    spelled_apart,
    street_of,
    surname_of,
)
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.quotes.first_names import PERSON_FIRST_NAMES
from newsweave.synthesis.quotes.index import joined_persons
from newsweave.synthesis.quotes.speakers import (
    DANGLING_ENDS,
    past_heading,
    saint_name,
)
from newsweave.synthesis.quotes.speakers import (
    clean_name as person_name,
)
from newsweave.synthesis.sentence_case import opens_sentence, words_of, written_in_lower_case
from newsweave.synthesis.spoken_phrases import a_spoken_phrase
from newsweave.synthesis.thing_names import prose_words
from newsweave.text.names import (
    MIN_FUZZY_TOKEN,
    NICKNAME,
    SHARED_TITLE_WORDS,
    acronym_of,
    clean_name,
    fold,
    is_suffix,
    middle_dropped,
    seq_match,
)

# NER labels that name things; DATE, TIME, CARDINAL, MONEY... are quantities, never entities.
ENTITY_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
# A title of two words whose first the recogniser takes into the name before it: "Delaware
# County District" of "Delaware County District Attorney Jack Whelan" names no district.
COMPOUND_TITLES = frozenset(
    {("district", "attorney"), ("district", "attorneys"), ("state", "attorney")}
)
# A name glued to these endings describes something else ("a Joe Biden-themed bar"): the name
# is kept, the ending dropped.
COMPOUND_ENDINGS = re.compile(r"-(?:themed|based|style|styled|like|led|backed|era)$", re.I)
# An initialism with its full stops, never a surname ("U.N." is no "Kim Jong Un").
DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
# An age the recogniser ran on into a name ("Kim,30, was still wearing...").
GLUED_AGE = re.compile(r",\s*\d+$")
# A given name glued to the dash or quotation mark before a surname the recogniser found alone
# ("”—Gloria [Steinem]", an endorsement's credit): the parse reads "”—Gloria" as one mark.
GLUED_GIVEN_NAME = re.compile(r"[—–”\"]([A-Z][a-z]+)[^\S\n]$")
GLUED_LOOK_BACK = 24  # characters: a dash and a given name
# What the parse reads a common word as, never a name: a word written as a word is (a
# capital, then lower case) opening a sentence at every mention and read so ("Huddling with
# reporters", "Problem was, ...") is no name; unless it is a people's adjective typed NORP
# ("Chinese women") or modifies or owns a noun as a name does (NAME_MODIFIER_DEPS: "Courant
# reporter Kathleen Megan", "Vatican archives", "Vulture's Kyle Buchanan", read as a noun or
# an adjective). An initialism in capitals the tagger reads as a noun either way ("NCMEC").
COMMON_WORD_POS = frozenset({"NOUN", "ADJ", "VERB", "ADV", "INTJ"})
# A one-word "PERSON" after these prepositions is a place ("from Kyiv").
LOCATIVE_PREPS = frozenset({"in", "from", "near", "into", "to", "across", "outside", "at"})
# A mention the recogniser ran on into a dash ("Javier Espinosa -", "If--").
_CUT_OFF = re.compile(r"\s*[-–—]+\s*$")


def _mentions(analyses, excluded: Iterable[Span] = ()) -> list[NameMention]:
    skip: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in excluded:
        skip[s.article].append((s.start, s.end))
    out: list[NameMention] = []
    headline: list[NameMention] = []
    headline_lines: dict[tuple[str, int], bool] = {}  # (article, line start): headline-like
    series = code_series([an.article.text for an in analyses])
    cited = {an.article.id: citation_spans(an.article.text) for an in analyses}
    for an in analyses:
        doc, aid = an.doc, an.article.id
        # one name the recogniser cut in two ("Robert Wright" + "Lee IV") is one person, as
        # the speakers who join these entities read it
        # ... and one it ran on through a clause is the names around it ("Cooper pry Sediuk")
        # ... and one it cut at its nickname ('Abigail "[Abby" Williams]') or its "and"
        # ("[Mumford] and [Sons]") is whole again, and one cut after its opening initialism
        # ("AIDS [Healthcare Foundation]")
        found = [
            e
            for e in with_opening_initialisms(
                with_partners(with_nicknames(with_given_names(joined_persons(doc_ents(doc)))))
            )
            if e.label_ in ENTITY_LABELS
        ]
        parts = [(p, k > 0) for e in found for k, p in enumerate(name_parts(e, an.article.text))]
        for ent, after_clause in parts:
            raw = curled_nickname(ent.text)  # "Harold 'Devin' Lima"
            # "Lightspeed’s Jeremy Liew" typed PERSON names Jeremy Liew
            shift = owned_person(raw) if ent.label_ == "PERSON" else 0
            raw = raw[shift:]
            if "\n" in raw.strip() or "/" in raw or "@" in raw or "http" in raw.lower():
                continue
            if any(a <= ent.start_char < b for a, b in skip.get(aid, ())):
                continue
            if _CUT_OFF.search(raw):
                # a dash glued on: "Javier Espinosa -" keeps the name; a lone word broken off in
                # speech ("If--", "Well--") or a compound's first half ("Oscar-") names nothing
                raw = _CUT_OFF.sub("", raw)
                if len(raw.split()) < 2:
                    continue
            own = possessive_in_name(raw)
            if own is None:
                name, title = clean_name(GLUED_AGE.sub("", raw))
            else:  # "the Children’s Hospital of Philadelphia": the possessive is the name's
                name, title = clean_name(raw[:own])
                name += raw[own:].rstrip(" ,;:.")
            if not title and (plural := plural_title(name)):
                name, title = name[len(plural) + 1 :], plural[:-1]  # "former Presidents Leonid
                # Kravchuk and Leonid Kuchma": the title of both, neither's name
            if ent.label_ != "PERSON" and SHARED_TITLE_WORDS.intersection(title.lower().split()):
                name, title = f"{title} {name}", ""  # "Justice Department" is no "Department"
            name = without_time_tail(name)  # "Nautilus between 2014"
            # "Monsignor Alfred Xuereb" typed FAC: a title only a person bears before a full name
            titled = ent.label_ != "PERSON" and person_titled(f"{title} {name}".strip()) > 0
            if titled and not title:
                cut = person_titled(name)
                name, title = name[cut:], name[: cut - 1]
            words = name.split()
            if ent.label_ == "PERSON":
                # "Added Lesh", "Bob Weir &", "George Takei April", "City Clerk Kim Lehmkuhl"
                name = after_run_on(person_name(name))
                if not name or page_furniture(name):
                    continue  # a title alone ("Sgt", "Ms") names nobody, nor a page's label
            elif words and ends_in_rank(words[-1]):
                continue  # "Harvard Law Professor", "UCPD Lt" typed ORG: a role, nobody's name
            elif words and words[-1] in DANGLING_ENDS:  # "Bob Weir &" typed ORG
                while words and words[-1] in DANGLING_ENDS:
                    words.pop()
                name = " ".join(words)
            if (
                ent.label_ != "PERSON"
                and len(words) > 1
                and ent.end < len(doc)
                and doc[ent.end].text[:1].isupper()
                and (words[-1].lower(), doc[ent.end].lower_) in COMPOUND_TITLES
            ):
                name = " ".join(words[:-1])  # "Delaware County [District Attorney]"
            name = unbracketed(COMPOUND_ENDINGS.sub("", name))
            if ent.label_ != "PERSON":
                # "GOLDMAN GRADUATION - Per Goldman Sachs", "DETROIT - A Wayne State University":
                # a newsletter item's heading or a dateline run on
                past = past_heading(name.split())
                if len(past) < len(name.split()):
                    name = " ".join(past)
                name = without_dangling_link(name)  # "Red Cross of [Southeastern Pennsylvania]"
                name = held_by_party(name)  # "[Republican] Congress"
            name = without_footnote(name)  # "Cascade Range34"
            if not name or era_or_zone(name) or a_degree(name) or a_reference(name):
                continue  # "Book of" cut to its first word; "327 BC", "1400 GMT"; "PhD"; "Fig"
            if prehistoric_period(name):
                continue  # "after the Upper Paleolithic": a time, as a date is
            if page_control(name):
                continue  # "Replay More Videos", whatever its label
            if a_code(name, series) or any(a <= ent.start_char < b for a, b in cited[aid]):
                continue  # "BP013" of "BP013, BP194 and BP208"; "Bader, Hasiotis & Martin (2009)"
            if (
                in_table(ent)
                or photo_credit(an.article.text, ent.start_char, ent.end_char)
                or staff_credit(an.article.text, ent.start_char)
                or dateline_credit(an.article.text, ent.start_char, ent.end_char)
                or reporter_credit(an.article.text, ent.start_char)
            ):
                continue  # a table's row, "(Photo: Susan Walsh, AP)", "AP writer Eric Tucker",
                # "PHILADELPHIA (Reuters) -", "Lucey reported from Washington."
            if not name[:1].isupper() or not any(
                c.isalpha() for c in name
            ):  # "anti-Russian", "months"
                continue
            tokens = tuple(fold(name).split())
            if not tokens or (tokens[0] in KIN_CALLS and len(tokens) == 1):
                continue  # "life with Mom and/or Dad": a word of kin, no one's name
            # offsets of the cleaned name inside the entity text
            off = raw.find(name)
            start = ent.start_char + shift + max(off, 0)
            end = start + len(name) if off >= 0 else ent.end_char
            if a_hashtag(an.article.text, start):
                continue  # "Cop car lights #Spinning!": a post's tag, no name
            label = "PERSON" if titled else ent.label_
            glued = GLUED_GIVEN_NAME.search(an.article.text, max(0, start - GLUED_LOOK_BACK), start)
            if len(tokens) == 1 and glued and glued.group(1).lower() in PERSON_FIRST_NAMES:
                # "”—Gloria Steinem": the parse glued the given name to the dash before it
                start, name, label = glued.start(1), f"{glued.group(1)} {name}", "PERSON"
                tokens = tuple(fold(name).split())
            role = role_before(doc, ent) if ent.label_ == "PERSON" else ""
            if title and not role:
                role = title
            head = ent.root.head
            locative = ent.root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS
            m = NameMention(
                aid,
                start,
                end,
                name,
                tokens,
                label,
                role,
                locative,
                place=place_frame(doc, ent)
                or state_code(an.article.text, start, end)
                or (len(tokens) == 1 and addressed_town(an.article.text, start, end)),
                dateline=dateline(ent, an.article.text),
                marked=in_quotation_marks(an.article.text, start, end),
                quoted=quoted_title(doc, ent, an.article.text, start, end),
                described=described_as_person(doc, ent),
                speaks=speaks_or_owns(ent),
                listed=among_people(ent),
                among_places=among_places(ent),
                listed_names=listed_names(ent),
                body=names_a_body(ent),
                pronouns=pronoun_kind(ent),
                award=names_an_award(ent),
                settled=settled_in(ent),
                qualifies=qualifies_a_noun(ent),
                determined=written_with_article(ent),
                work=names_a_work(ent),
                instance=names_an_instance(ent),
                coordinated=joined_by_and(ent),
                membered=of_members(ent),
                told=told_to(ent),
                home=names_a_home(ent),
                after_clause=after_clause,
                nickname=fold(nick.group(1)) if (nick := NICKNAME.search(raw)) else "",
                person_sign=person_sign(ent, an.article.text),
                animal=called_an_animal(ent),
                germ=names_a_germ_or_gene(ent),
            )
            if m.dateline and name.isupper():  # "NEW YORK (AP) —" names New York
                m.surface = written_case(name, [a.article.text for a in analyses])
            ls = an.article.text.rfind("\n", 0, ent.start_char) + 1
            le = an.article.text.find("\n", ent.end_char)
            line = an.article.text[ls : le if le >= 0 else len(an.article.text)]
            if (
                name.isupper()
                and len(name) > 4
                and not line.strip(" ?!.:").replace(name, "").strip()
            ):
                continue  # a section header such as "PEACE?"
            if (aid, ls) not in headline_lines:  # a paragraph's words are counted once
                headline_lines[aid, ls] = headline_like(line)
            if headline_lines[aid, ls]:
                headline.append(m)
            else:
                out.append(m)
    with_paired_surnames(analyses, out)
    # Headlines capitalise every word, so NER glues verbs onto names ("Putin Calls"):
    # keep only the parts that are names seen in running text, and a person's full name that
    # ends on one ("Jessica Simpson" of a list's heading, whose story writes "Simpson")
    known = {m.tokens: m for m in out}
    for m in headline:
        if m.tokens in known or (
            m.label == "PERSON"
            and reads_as_full_name(m.surface)
            and any(m.tokens[k:] in known for k in range(1, len(m.tokens)))
        ):
            out.append(m)
            continue
        for form, ref in known.items():
            n = len(form)
            for i in range(len(m.tokens) - n + 1):
                if seq_match(m.tokens[i : i + n], form) and (
                    n > 1 or len(form[0]) >= MIN_FUZZY_TOKEN
                ):
                    at = written_span(m.surface, form)
                    if at is None:
                        continue
                    sub = m.surface[at[0] : at[1]]
                    out.append(
                        NameMention(
                            m.article, m.start + at[0], m.start + at[1], sub, form, ref.label
                        )
                    )
    return out


def _cluster(
    mentions: list[NameMention], common: frozenset[str], texts: dict[str, str]
) -> list[NameGroup]:
    """Groups of mentions of one referent; ``common`` holds the words the texts write in
    lower case (a generic noun is no organisation's short name); ``texts``: the articles' by
    id."""
    # 1) identical (variant-tolerant) word sequences form one group
    groups: list[NameGroup] = []
    for m in sorted(mentions, key=lambda m: -len(m.tokens)):
        for g in groups:
            # demonyms (NORP) are compared exactly: German is not Germany
            fuzzy = "NORP" not in (m.label, g.label)
            # (one office under its forms: "X Sheriff's Office", "X Sheriff's Department", "X
            # Sheriff"; a person's name is compared as written)
            same = (
                seq_match(g.key, m.tokens, fuzzy=fuzzy)
                if "PERSON" in (m.label, g.label)
                else seq_match(office_key(g.key), office_key(m.tokens), fuzzy=fuzzy)
            )
            if same and not spelled_apart([m], g.mentions, mentions):
                g.mentions.append(m)
                break
        else:
            groups.append(NameGroup([m], m.tokens, m.label))
    labels = {id(g): majority(g) for g in groups}

    # 2) partial names and acronyms join the longer form they uniquely fit
    merged_into: dict[int, NameGroup] = {}

    def final(c: NameGroup) -> NameGroup:
        while id(c) in merged_into:
            c = merged_into[id(c)]
        return c

    # a person's name as typed that opens an organisation's longer name and is no one's by
    # anything else the event says is that organisation's cut short ("William Morris Endeavor"
    # of "William Morris Endeavor Entertainment"): joined before a given name may join it
    for g in groups:
        owners = [h for h in groups if h is not g and opens_organisation(g, h, labels, mentions)]
        if len(owners) == 1:
            labels[id(g)] = labels[id(owners[0])]
            for m in g.mentions:
                m.label = labels[id(g)]
            owners[0].mentions.extend(g.mentions)
            merged_into[id(g)] = owners[0]
    # places the recogniser types so at every mention: a qualifier of an organisation's name
    places = {g.key for g in groups if all(m.label in PLACE_LABELS for m in g.mentions)}
    # the surnames the event writes last in a full name, with no generation's mark after them:
    # "Trump" of "Donald Trump" is his, not "Donald Trump Jr."'s
    plain = {g.key[-1] for g in groups if len(g.key) > 1 and without_generation(g.key) == g.key}
    for g in sorted(groups, key=lambda g: len(g.key)):
        if id(g) in merged_into:
            continue
        cands: list[NameGroup] = []
        given: list[NameGroup] = []  # the people whose given name ``g`` is
        for h in groups:
            if h is g or len(h.key) <= len(g.key):
                continue
            person = "PERSON" in (labels[id(h)], labels[id(g)]) and not named_before(g, h)
            # (a saint's name is no longer form of a bare name: St Francis is not Pope Francis)
            partial = (
                person
                and (
                    is_suffix(g.key, h.key)
                    or middle_dropped(g.key, h.key)
                    or (surname_of(g.key, h.key) and g.key[-1] not in plain)
                    or generation_dropped(g, h, mentions, texts)
                )
                and not saint_name(h.key)
                and not spelled_apart(g.mentions, h.mentions, mentions)
                and not DOTTED_INITIALISM.fullmatch(g.mentions[0].surface)
            ) or (
                not {labels[id(h)], labels[id(g)]} & (PLACE_LABELS | {"PERSON"})
                and (qualified(g.key, h.key, places) or cut_to_its_end(g, h, labels, common))
            )
            if (
                partial
                or periodical_of(g, h)
                or street_of(g, h)
                or (
                    any(
                        all(
                            acronym_of(m.surface, n.surface)
                            for n in h.mentions
                            if n.tokens == h.key
                        )
                        for m in g.mentions[:3]
                    )
                    and initials_fit(g, h, labels)
                    and not all(m.place for m in g.mentions)  # "Mansfield, CT." spells no
                    # "Chevy Tahoe"
                )
            ):
                cands.append(final(h))
            elif given_name_of(g, h, labels[id(h)], labels[id(g)]):
                given.append(final(h))
        if given and not cands:
            # a word that is no one's surname names the person whose given name it is: its
            # mentions are that person's, whatever the small model typed them ("Areej" as GPE)
            cands = given
            for m in g.mentions:
                m.label = "PERSON"
        # a word that is one person's surname and another's first name goes, mention by
        # mention, to the one whose name it opens where its article names only them ("her
        # brother, Burke" in the article on Burke Ramsey, not the Stan Burke of another)
        opens = [
            final(h)
            for h in groups
            if len(h.key) > len(g.key)
            and h.key[: len(g.key)] == g.key
            and without_generation(h.key) == h.key  # ("Trump" is no "Trump Jr.")
            and labels[id(h)] == "PERSON"
            and head_type(h.mentions[0].surface, "PERSON") is None  # (nor "Trump Tower")
        ]
        if opens and cands:
            g.mentions = [m for m in g.mentions if not _to_first_name_owner(m, opens, cands)]
        uniq = [c for c in {id(c): c for c in cands}.values() if c is not g]
        # one name written at two lengths ("Adolf Eichmann", "Nazi Adolf Eichmann" typed ORG;
        # "Shawn Smith", "Shawn J. Smith") is one candidate, the longer, which the shorter joins
        # in its turn: not two namesakes
        uniq = [
            c
            for c in uniq
            if not any(
                len(o.key) > len(c.key)
                and (is_suffix(c.key, o.key) or middle_dropped(c.key, o.key))
                for o in uniq
            )
        ]
        if len(uniq) > 1:
            # a name written only in quotation marks is a nickname, no one's full name: "Knox"
            # is Amanda Knox, not the tabloids' 'Foxy Knoxy'
            uniq = [c for c in uniq if not all(m.marked for m in c.mentions)] or uniq
        if (
            len(uniq) > 1
            and any(labels[id(c)] == "PERSON" for c in uniq)
            and not g.mentions[0].surface.replace(".", "").isupper()
        ):
            # a caption or a body ending on a person's name is no other person it could be (an
            # initialism's candidates are read by their initials)
            uniq = [c for c in uniq if person_named(c, len(g.key), labels[id(c)])] or uniq
        if len(uniq) == 1:
            uniq[0].mentions.extend(g.mentions)
            merged_into[id(g)] = uniq[0]
        elif len(uniq) > 1:  # ambiguous surname: resolve mention by mention within its article
            g.shared_surname = len(g.key) == 1 and all(majority(c) == "PERSON" for c in uniq)
            rest: list[NameMention] = []
            for m in g.mentions:
                local = [c for c in uniq if _named_in(c, m.article)]
                if len(local) != 1:
                    # ... or the one of them holding the office its title names ("Senator Reid")
                    # ... or the only one of them its article has named before it
                    local = office_holders(m, local or uniq, texts) or [
                        c for c in local if named_before_it(c, m, texts)
                    ]
                if len(local) == 1:
                    local[0].mentions.append(m)
                else:
                    rest.append(m)
            g.mentions = rest
    return [g for g in groups if id(g) not in merged_into and g.mentions]


def _named_in(g: NameGroup, article: str) -> bool:
    """Whether ``article`` names ``g`` (one of its mentions stands there)."""
    return any(m.article == article for m in g.mentions)


def _to_first_name_owner(m: NameMention, opens: list[NameGroup], cands: list[NameGroup]) -> bool:
    """Move ``m``, a bare word that opens the names of the people ``opens`` and is a shorter
    form of the names ``cands``, to the one of ``opens`` its article names, when its article
    names none of ``cands``; whether it moved."""
    local = [c for c in opens if _named_in(c, m.article)]
    if len(local) != 1 or any(_named_in(c, m.article) for c in cands):
        return False
    m.label = "PERSON"
    local[0].mentions.append(m)
    return True


def _sentence_cased(by_id: dict, words: frozenset[str], c: NameGroup) -> bool:
    """Whether a one-word entity is a common word the recogniser took for a name because a
    sentence or a headline opens on it ("Rubble from the collapsed home ...", "Chemical
    analysis revealed ..."): capitalised only there, and written in lower case elsewhere or
    read by the tagger as a common word at every mention (:data:`COMMON_WORD_POS`: "Huddling
    with reporters ...", "Problem was, it ...", "Shown is a screenshot"; ``by_id``: the
    articles' analyses by id; ``words``: their :func:`words_of`)."""
    if any(len(m.tokens) > 1 or m.role for m in c.mentions):
        return False
    for m in c.mentions:
        text = by_id[m.article].article.text
        if opens_sentence(text, m.start):
            continue
        ls = text.rfind("\n", 0, m.start) + 1
        le = text.find("\n", m.end)
        if not headline_like(text[ls : le if le >= 0 else len(text)]):
            return False
    if written_in_lower_case(c.mentions[0].surface, words):
        return True
    spans = [
        by_id[m.article].doc.char_span(m.start, m.end, alignment_mode="expand") for m in c.mentions
    ]
    word = c.mentions[0].surface
    return (
        word[1:].islower()
        and majority(c) != "NORP"
        and all(
            s is not None
            and s.root.pos_ in COMMON_WORD_POS
            and s.root.dep_ not in NAME_MODIFIER_DEPS
            for s in spans
        )
    )


def build_entities(analyses, excluded: Iterable[Span] = ()) -> list[Entity]:
    """Entities of a set of parsed articles, most mentioned first."""
    excluded = list(excluded)
    common = frozenset(
        w for an in analyses for w in re.findall(r"\b[a-z][a-z'’-]+\b", an.article.text)
    )
    texts = {an.article.id: an.article.text for an in analyses}
    words = words_of(texts.values())
    mentions = with_missed_full_names(analyses, _mentions(analyses, excluded), excluded)
    mentions = with_namesakes(without_openers(without_possessors(mentions), texts, words), texts)
    mentions = with_nickname_forms(without_run_ons(mentions, words))
    clusters = absorb_cut(analyses, _cluster(mentions, common, texts))
    sweep(analyses, clusters, excluded)
    # the surnames of the people named in full: "Lima" of "Devin Lima" is no capital
    surnames = frozenset(
        m.tokens[-1]
        for c in clusters
        if majority(c) == "PERSON"
        for m in c.mentions
        if len(m.tokens) > 1
    )
    by_id = {an.article.id: an for an in analyses}
    clusters = [c for c in clusters if not _sentence_cased(by_id, words, c)]
    # every name form of the event, folded, dots dropped ("Nippon Yusen K.K." -> nippon yusen k.k)
    keys = {tuple(w.rstrip(".") for w in m.tokens) for c in clusters for m in c.mentions}
    # the given names of every name written as a person's full name ("Amber" of "Amber
    # Pasztor", whatever the recogniser typed it)
    forenames = frozenset(
        m.tokens[0] for c in clusters for m in c.mentions if shaped_as_full_name(m.surface)
    )
    prose = prose_words(texts.values())  # no address's words: "vince.lattanzio@..."
    types = {id(c): entity_type(c, keys, surnames, forenames, prose) for c in clusters}
    # a name listed with organisations or people only, or a person's full name misspelt, is
    # read again beside the types just decided
    by_name = {m.tokens: types[id(c)] for c in clusters for m in c.mentions}
    named = frozenset(
        m.tokens
        for c in clusters
        if types[id(c)] == "PERSON"
        for m in c.mentions
        if shaped_as_full_name(m.surface)
    )
    types = {
        id(c): typed_beside_others(c, types[id(c)], by_name, surnames, named, prose)
        for c in clusters
    }
    # the surnames of the people named in full, as typed ("Taylor Swift" typed ORG by the
    # recogniser at most of her mentions is one): "a dozen of Swifts", "the Kochs" are people
    people = frozenset(
        m.tokens[-1]
        for c in clusters
        if types[id(c)] == "PERSON"
        for m in c.mentions
        if len(m.tokens) > 1
    )
    for c in clusters:
        if types[id(c)] in PERSON_RETYPED | {"NORP", UNTYPED} and a_family(c, people, words):
            types[id(c)] = "PERSON"
    # a bare "person" the event also writes in lower case is a common word, a "person" of
    # common words written only as a run-in heading a heading, and a phrase a speaker
    # capitalised in a quotation a phrase ("on Rebuilding and Trade"): no entity
    clusters = [
        c
        for c in clusters
        if (
            types[id(c)] not in {"PERSON", UNTYPED}
            or not (common_word(c, words, surnames, keys) or a_heading(c, texts, words))
        )
        and not a_spoken_phrase(c, texts)
    ]
    order = {an.article.id: i for i, an in enumerate(analyses)}
    out: list[Entity] = []
    for c in clusters:
        name = canonical_name(c.mentions, majority(c) == "PERSON")
        person = majority(c) == "PERSON"
        forms = Counter(
            (after_run_on(m.surface) or m.surface) if person else m.surface for m in c.mentions
        )
        shouted = {  # "ALLENTOWN" of Allentown; not "US" of "U.S.", nor "PWC" of "PwC"
            f for f in forms if f.isupper() and len(f) > MAX_INITIALISM and f == name.upper()
        }
        aliases = tuple(
            sorted(
                (f for f in forms if f != name and f not in shouted), key=lambda f: (-forms[f], f)
            )
        )
        mentions = sorted(
            {(m.article, m.start, m.end) for m in c.mentions}, key=lambda t: (order[t[0]], t[1])
        )
        articles = tuple(sorted({m.article for m in c.mentions}, key=order.__getitem__))
        out.append(
            Entity(
                name=name,
                type=types[id(c)],
                aliases=aliases,
                articles=articles,
                mentions=tuple(Span(a, s, e) for a, s, e in mentions),
                role=group_role(c),
            )
        )
    out.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name))
    return out


@stage("entities", needs=("analyses", "excluded"), provides=("entities",))
def entities_stage(ws: Workspace) -> None:
    """Entities with canonical names, aliases, types, roles and every mention span."""
    assert ws.analyses is not None
    ws.entities = build_entities(ws.analyses, ws.excluded or ())


__all__ = ["build_entities"]
