"""Who said it: cues and speakers from the dependency parse.

The cue of a quote is the nearest communication verb governing it (``said``,
``warned``, ``posted``…, :data:`CUE_LEMMAS`), or the one in the attribution
clause right next to it; the speaker is that verb's subject (or ``according to
X``, or the agent of a passive, or a name and a colon), resolved from a pronoun
(``he said``) to the nearest subject of the preceding sentences whose gender agrees
(``they`` to an organisation, or to a body described as it spoke, "the victim's family
said"; a he/she to no state or body, :func:`.index.takes_pronoun`; never to a name in the
pronoun's own clause, "He said Kessler wanted…"; after "…, according to X." a "he said" is X), from a definite
description (``the Russian leader``, ``the rookie defenceman``, ``his father``) to the
closest earlier person whose role fits (a party word no one is given, ``the Wisconsin
Republican``, to the person just named), and from a bare surname (``Love``, ``Rev Love``)
to the namesake it fits (:mod:`.speakers`; a saint's name, "St Francis", is nobody's
surname); and an organisation or a thing that speaks ("it said", "the company said", "the
team's statement continued") to the organisation named before or its own description
(:mod:`.bodies`). Each resolved :class:`Speaker` keeps its chain of mentions back to the name.
Anything else leaves the speaker ``None``: never guessed.

The reactions stage asks the same questions of stance verbs, so :func:`subject_of` and
:func:`resolve_subject` are shared; who the article names, and the name each mention stands
for, is the article index's (:mod:`.index`), built once per article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from newsweave.synthesis.quotes.binding import (
    clause_names,
    framing_person,
    relative_antecedent,
    reported_by,
)
from newsweave.synthesis.quotes.bodies import (
    MAX_DESCRIPTION_WORDS,
    ORGANISATION_NOUNS,
    SPEAKING_THINGS,
    WORD_CARRIERS,
    described,
    headed_organisation,
)
from newsweave.synthesis.quotes.cues import CONTINUING_VERBS, CUE_LEMMAS, MEDIUM_NOUNS, WEAK_CUES
from newsweave.synthesis.quotes.epithets import parent_epithet
from newsweave.synthesis.quotes.hyphens import whole_noun
from newsweave.synthesis.quotes.index import (
    MAX_CONTEXT_TOKENS,
    NAMED_LABELS,
    ArticleIndex,
    FullName,
    Speaker,
    ent_name,
    name_of,
    only_modifies,
    person_gender,
    sentence_persons,
    short_name,
    takes_pronoun,
)
from newsweave.synthesis.quotes.issuers import earlier_issuer, issuer
from newsweave.synthesis.quotes.mentions import (
    PERSON_PRONOUNS,
    bare_name,
    title_of,
)
from newsweave.synthesis.quotes.questions import put_to
from newsweave.synthesis.quotes.roles import (
    AGENT_PREPOSITION,
    country_words,
    description_referent,
    given_name,
    owned_referent,
    roles_by_word,
)
from newsweave.synthesis.quotes.sentences import (
    according_source,
    dateline_end,
    in_embedded_post,
    main_subject_of,
    mistyped_persons,
    speaking_names,
    untyped_persons,
)
from newsweave.synthesis.quotes.speakers import (
    BODY_NOUNS,
    COUNTRY_NOUNS,
    FAMILY_NOUNS,
    GENDERED_WORDS,
    IMPERSONAL_NOUNS,
    PARTY_NOUNS,
    ROLE_GENDER,
    TITLE_NOUNS,
    Gender,
    agrees,
    joined,
    person_noun,
    personal_name,
)
from newsweave.synthesis.quotes.subjects import (
    direct_subject,
    nearer_clause_subject,
    owning_pronoun,
    participle_subject,
    passive_partner_subject,
    past_a_passive,
    same_paragraph,
    taken_for_object,
    told_subject_participle,
)
from newsweave.synthesis.quotes.unnamed import (
    described_subject,
    introduced_person,
    speaking_body,
    unnamed_person,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that relay a named person's words "as saying" ("records X as saying"): the person
# speaks, not the one relaying. "Quote" does with any "as" ("quoted X as calling it …");
# these only with a verb of saying after it ("cited Alphabet as the likeliest buyer" is no one
# speaking).
RECORDING_VERBS = frozenset({"record", "cite"})
# Quotation marks that only ever open a quote (a straight one closes as often as it opens).
CURLY_OPENINGS = frozenset({"“", "‘"})
# How many sentences back a pronoun or a description may look for its antecedent.
MAX_ANTECEDENT_SENTENCES = 6


def sentence_start(tok: Token) -> int:
    """Index of the first token of ``tok``'s sentence, looking back at most
    :data:`MAX_CONTEXT_TOKENS` (``Token.sent`` walks the whole sentence on every call)."""
    doc = tok.doc
    lo = max(0, tok.i - MAX_CONTEXT_TOKENS)
    for j in range(tok.i, lo, -1):
        if doc[j].is_sent_start:
            return j
    return lo


def sentence_end(tok: Token, reach: int = MAX_CONTEXT_TOKENS) -> int:
    """One past the last token of ``tok``'s sentence, looking ahead at most ``reach`` tokens."""
    doc = tok.doc
    hi = min(len(doc), tok.i + 1 + reach)
    for j in range(tok.i + 1, hi):
        if doc[j].is_sent_start:
            return j
    return hi


def is_cue(tok: Token, *, governing: bool) -> bool:
    """Whether ``tok`` is a speech verb; a weak cue ("continue", "call") only when ``governing``.

    A verb that governs the quote in the parse is reliably its cue; nearby, the everyday
    senses of the weak cues ("continued to fight") would attribute quotes by accident.
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and lemma in ("statement",)):
        return False
    if lemma not in CUE_LEMMAS:
        return False
    return governing or lemma not in WEAK_CUES


def subject_of(verb: Token) -> Token | None:
    """The speaker token of a cue verb, following conj / xcomp chains."""
    quoted = quoted_source(verb)
    if quoted is not None:
        return quoted
    cur = verb
    for _ in range(4):
        subj = direct_subject(cur)
        if subj is not None:
            return subj
        if (told := told_subject_participle(cur)) is not None:
            return told
        if cur.tag_ == "VBG" and cur.dep_ in ("advcl", "conj", "xcomp"):
            # "Sanders said the process could be 'messy,' adding, '…'": the participle
            # belongs to the speech verb above it, whatever the parser attached it to (in
            # its paragraph: "X told the audience: '…' ¶ Heyer's mother entered the stage,
            # telling…" parsed as one sentence does not make X the teller)
            for anc in cur.ancestors:
                if not same_paragraph(anc, cur):
                    break
                if is_cue(anc, governing=True):
                    subj = direct_subject(anc)
                    if subj is not None:
                        return subj
                    break
        if cur.dep_ == "conj" and cur.tag_ == "VBG":
            # "saying it's 'not enough' and warning that…": a coordinated participle
            # shares the subject of the cue participle before it
            doc = cur.doc
            for t in (doc[i] for i in range(cur.i - 1, sentence_start(cur) - 1, -1)):
                if t.tag_ == "VBG" and is_cue(t, governing=True):
                    subj = direct_subject(t)
                    if subj is not None:
                        return subj
        if (main := _past_an_aside(cur)) is not None:
            # "Trump tied his demands to the deal, a pact his administration withdrew from,
            # falsely claiming that '…'": the parse hung the participle on the aside's relative
            # clause; set off by commas after it, it goes on from the main clause
            cur = main
            continue
        if (main := past_a_passive(cur)) is not None:
            cur = main
            continue
        if (partner := passive_partner_subject(cur)) is not None:
            return partner
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in cur.children):
            # passive without agent: the subject is what was said, or who was told ("she
            # posted bond but was warned that …" shares a hearer, not a speaker), never who
            return None
        if (
            cur.dep_ == "conj"
            and cur.tag_ == "VBD"
            and cur.head.tag_ in ("VB", "VBP", "VBZ")
            and cur.head.dep_ == "ccomp"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            # "leaders demanded that Moscow enter a ceasefire, and threatened sanctions": a
            # past-tense verb hung on the present verb of a that-clause is coordinated with the
            # verb governing the clause (the parser's attachment), so it shares its subject
            cur = cur.head.head
            continue
        taken = taken_for_object(cur) or nearer_clause_subject(cur) or participle_subject(cur)
        if taken is not None:
            return taken
        if (
            cur.dep_ in ("conj", "xcomp", "advcl")
            and cur.head.pos_ in ("VERB", "AUX")
            and same_paragraph(cur, cur.head)
        ):
            # (a parse run across a paragraph break is no clause of the verb above it)
            cur = cur.head
            continue
        if (
            cur.dep_ == "acl"
            and cur.head.lemma_.lower() in MEDIUM_NOUNS
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            cur = cur.head.head  # "Trump released an ad calling it 'dangerous'": who released it
            continue
        if (
            cur.dep_ in ("acl", "pcomp")
            and cur.head.pos_ in ("PROPN", "NOUN")
            and not (cur.dep_ == "acl" and cur.tag_ == "VBN")
        ):
            # ("an ad calling it…": the ad speaks; "a game called 'Words'": the game is named)
            return cur.head
        if (
            cur.dep_ == "pcomp"
            and cur.head.dep_ == "prep"
            and cur.head.head.pos_ in ("VERB", "AUX")
        ):
            quoted = quoted_source(cur)
            if quoted is not None:
                return quoted  # "the board quoted Ola Lund as saying '…'"
            cur = cur.head.head  # "punctuated his list by saying '…'"
            continue
        break
    return None


def _past_an_aside(cur: Token) -> Token | None:
    """The main clause's verb when ``cur`` is a participle set off by a comma that the parse hung
    on the relative clause of a noun set beside it ("…, a pact his administration withdrew from
    earlier this year, falsely claiming …"; "to the old treaty, a deal his office left, wrongly
    claiming …"): the aside's relative clause has no participle of its own after the comma
    closing the aside. None otherwise."""
    if cur.tag_ != "VBG" or cur.dep_ != "advcl" or cur.head.dep_ != "relcl":
        return None
    noun = cur.head.head
    before = cur.left_edge.i - 1
    if before <= noun.i or cur.doc[before].text != "," or noun.dep_ not in ("appos", "npadvmod"):
        return None
    return next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX") and a.i < noun.i), None)


def quoted_source(cue: Token) -> Token | None:
    """Who speaks when a cue quotes someone by name "as saying": "the presidency quoted
    Eichmann's letter as saying '…'" quotes Eichmann (a medium's owner speaks through it), not
    the presidency. An unnamed one ("CNN quoted a witness as saying") leaves the quoting
    outlet the source, as the quote is told on its word. A record or a citation relays so
    too ("the World War II Database records gunner Russ Dustan as saying '…'")."""
    verb = cue.head.head if cue.dep_ == "pcomp" and cue.head.lower_ == "as" else cue
    lemma = verb.lemma_.lower()
    as_ = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    saying = any(is_cue(g, governing=True) for c in as_ for g in c.children if g.dep_ == "pcomp")
    if not as_ or not (lemma == "quote" or (lemma in RECORDING_VERBS and saying)):
        return None
    source = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if source is not None and source.lemma_.lower() in MEDIUM_NOUNS:
        source = next((c for c in source.children if c.dep_ == "poss"), None)
    return source if source is not None and source.pos_ == "PROPN" else None


def resolve_subject(tok: Token, idx: ArticleIndex, depth: int = 0) -> Speaker:
    """Name for a subject token: a name, a pronoun's antecedent, a description's referent."""
    filed = dateline_end(tok, idx)
    if tok.idx < filed:
        # "PARIS (Reuters) - France's Carmat said": the parse makes the dateline the subject
        # and the speaker its apposition after the dash, read as the subject it is ("A Swiss
        # climber who found…" is described, not unnamed)
        after = [c for c in tok.subtree if c.dep_ == "appos" and c.idx >= filed]
        if after:
            return resolve_subject(after[0], idx, depth)
    span = (tok.idx, tok.idx + len(tok.text))
    named = name_of(tok, idx)
    if named is not None:
        name, sp, label = named.name, named.mention, named.label
        if sp is not None:
            span = (sp.start_char, sp.end_char)
        full = short_name(bare_name(sp), sp.start, title_of(sp), idx).where if sp else None
        chain = (span,) if full is None or full == span else (span, full)
        # "Kyiv's allies" has a name inside but the head is a common noun: handled below
        return Speaker(name or None, span, label, chain if name else ())
    if depth > 2:
        return Speaker(None, span, None)
    # "one witness, Priya Lanning, told…", "One of the men, Jessie Elkins, said…": the name in
    # apposition is the speaker; so is the name a description stands beside ("L. Lin Wood, an
    # Atlanta attorney who said…")
    # ("Carmat's CEO, Marcello Conviti": a title tagged as a name is a description too)
    # (a common noun the tagger took for another word is one too: "Another searcher, Denise
    # Hoverman, told…" with "searcher" an adverb; a lower-case word is no one's name)
    common = tok.is_lower and tok.is_alpha and tok.pos_ not in ("PRON", "DET")
    a_noun = tok.pos_ in ("NOUN", "NUM") or tok.lower_ in TITLE_NOUNS or common
    beside = [c for c in tok.children if c.dep_ == "appos"] if a_noun else []
    # (a name set off before the noun that the parse hung on it: "AshLee Strong, spokeswoman
    # for House Speaker Paul Ryan")
    beside += [
        c
        for c in tok.children
        if a_noun and c.dep_ == "nmod" and c.ent_type_ == "PERSON" and tok.doc[c.i + 1].text == ","
    ]
    # (not a dateline the parse hung the speaker on: "KATHMANDU, Nepal (AP) — A Swiss climber")
    head_filed = tok.head.idx < filed
    beside += [tok.head] if tok.dep_ == "appos" and tok.pos_ == "NOUN" and not head_filed else []
    beside += _name_after_modifier(tok) if a_noun else []
    # titles run together before one name ("Rock singer and Oscar winner Jared Leto"): the
    # parser makes the name a conjunct of the first title, and only a person is so titled
    # ("the senator and Jared Leto", with its article, are two)
    titled = a_noun and not any(c.dep_ == "det" for c in tok.children)
    joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"] if titled else []
    for other in beside + joined:
        named = name_of(other, idx)
        wanted = ("PERSON",) if other in joined else ("PERSON", "ORG")
        if named is not None and named.name and named.label in wanted:
            here = named.chars or span
            return Speaker(named.name, here, named.label, (_edges(tok), here))
    if tok.lower_ in ("who", "that", "which") and tok.head.dep_ == "relcl":
        # "Cruz, who said…": the relative pronoun stands for the noun its clause modifies
        ref = resolve_subject(relative_antecedent(tok), idx, depth + 1)
        return replace(ref, chain=(span, *ref.chain)) if ref.name else ref
    if tok.lower_ == "it" and not depth and _main_cue(tok.head):
        # "American Airlines said … It added": the organisation told of (an "it" in a clause
        # of another verb is a thing talked about, "the rights it contends it holds")
        return _organisation_antecedent(tok, idx) or Speaker(None, span, None)
    # (a possessive, "his claim that…", voices a report noun)
    if tok.lower_ in PERSON_PRONOUNS | {"they"} or (
        tok.dep_ == "poss" and tok.lower_ in ("his", "her")
    ):
        ant = _antecedent(tok, idx, depth)
        if not ant.name:
            return Speaker(None, span, "GROUP" if tok.lower_ == "they" else None)
        return Speaker(ant.name, span, ant.label, (span, *(ant.chain or _spans(ant.span))))
    owned = _owned_description(tok, idx, depth)
    if owned is not None:
        return owned
    # "the Wisconsin Republican": a party word is a description of a member
    party = tok.pos_ == "PROPN" and tok.lemma_.lower() in PARTY_NOUNS
    # (an office in lower case the tagger took for a name, "the president wrote", is a noun)
    office = tok.pos_ == "PROPN" and tok.is_lower and tok.lemma_ in TITLE_NOUNS
    # (a phrase after the noun makes another description, not whom one acts "for": .roles)
    prep = any(c.dep_ == "prep" and c.lower_ != AGENT_PREPOSITION for c in tok.children)
    if (tok.pos_ == "NOUN" or party or office) and not prep:
        definite = any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in tok.children
        )
        if definite:
            mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}
            ref = description_referent(tok, mods, idx, speaks=is_cue(tok.head, governing=True))
            sp = _edges(tok)
            if ref is not None:
                return Speaker(ref.name, sp, "PERSON", (sp, ref.where))
            if party:
                # the article gives nobody that word: it goes on about the person it just named
                # ("Paul Ryan says… The Wisconsin Republican says"), found as for a pronoun
                ant = _antecedent(tok, idx, depth)
                chain = (sp, *(ant.chain or _spans(ant.span)))
                return Speaker(ant.name, sp, ant.label, chain if ant.name else ())
            return _description(tok, idx, depth)
    if tok.pos_ == "NOUN" and tok.text[:1].isupper() and tok.text in idx.full_name:
        # a surname the parser took for a plural noun ("Sanders, well aware of Day's views,
        # considered…", lemma "sander"): the person the article names in full
        full = short_name(tok.text, tok.i, None, idx)
        chain = (span, full.where) if full.where and full.where != span else (span,)
        return Speaker(full.name, span, "PERSON", chain)
    if parent_epithet(tok) if tok.pos_ == "NOUN" else _aged(tok):
        # "The 67-year-old added:", "says the mom of two" (:mod:`.epithets`): a person's age or
        # children go on about the person just named, found as for a pronoun of the noun's
        # gender; a parent is named only by a person's name ("the senator" before "the mom of
        # two" is a description no better than hers)
        ant = _antecedent(tok, idx, depth)
        sp = _edges(tok)
        chain = (sp, *(ant.chain or _spans(ant.span)))
        if (ant.name and ant.label == "PERSON") or tok.pos_ != "NOUN":
            return Speaker(ant.name, sp, ant.label, chain if ant.name else ())
    if tok.pos_ == "NOUN":
        return _description(tok, idx, depth)
    return Speaker(None, _edges(tok), None)


def _name_after_modifier(tok: Token) -> list[Token]:
    """The person's name set off by commas right after a description of a person and what
    modifies it, which the parse hung on the modifier's last noun, a body or a thing: "The
    attorney representing the security company, Stephen Milbrath, says", "A spokeswoman for
    the agency, Dana Whitfield, said" (no company is a person's name; "the wife of the
    senator, John Smith," may name the senator, and is left as parsed)."""
    lemma = tok.lemma_.lower()
    if not ((person_noun(lemma) and lemma not in BODY_NOUNS) or lemma in ROLE_GENDER):
        return []
    doc, end = tok.doc, tok.right_edge.i
    # (the closing comma is the description's, or the verb's the parse hung it on)
    if doc[end].text == ",":
        end -= 1
    closed = end + 1 < len(doc) and doc[end + 1].text == ","
    name = doc[end]
    if not closed or end < tok.i + 3 or name.dep_ != "appos" or name.ent_type_ != "PERSON":
        return []
    noun = name.head
    held = noun.lemma_.lower()
    person = (person_noun(held) and held not in BODY_NOUNS) or held in ROLE_GENDER
    opened = doc[name.left_edge.i - 1].text == ","
    inner = noun.pos_ == "NOUN" and tok.i < noun.i and noun in tok.subtree
    return [name] if opened and inner and not person else []


def _aged(tok: Token) -> bool:
    """Whether ``tok`` heads a person's age used for them as the one who speaks: "the
    67-year-old added" (the parser's head "old", with "the" and "year" on it, nothing else: "the
    eager 15-year-old called her" is someone brought in there, not the person just named)."""
    words = {c.lower_ if c.dep_ == "det" else c.lemma_.lower() for c in tok.children}
    age = tok.lower_ == "old" and words - {"-"} == {"the", "year"}
    return age and tok.dep_ == "nsubj" and is_cue(tok.head, governing=False)


def _owned_description(tok: Token, idx: ArticleIndex, depth: int) -> Speaker | None:
    """A person described by whose they are ("Michael Jackson's eldest daughter", "Heyer's
    mother", "Apple's spokesman", "Russia's foreign minister", "the country's interior
    minister"): the person the article names in that role (:func:`.roles.owned_referent`), else the
    description itself (:func:`_description`). None when ``tok`` is no singular noun for a
    person with an owner written as a noun or name ("his lawyer" is a definite description,
    read as one)."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    lemma = tok.lemma_.lower()
    if (
        owner is None
        or owner.pos_ not in ("PROPN", "NOUN")
        or tok.pos_ != "NOUN"
        or tok.tag_ != "NN"
        or not (person_noun(lemma) or lemma in ROLE_GENDER)
    ):
        return None
    sp = _edges(tok)
    # a country's office is told by its words too ("Russia's foreign minister" is no other
    # minister of Russia's): the owner's country, or the one the article is about
    mods = frozenset(c.lower_ for c in tok.children if c.dep_ in ("amod", "compound"))
    named = name_of(owner, idx) if owner.pos_ == "PROPN" else None
    if lemma in BODY_NOUNS:
        return _description(tok, idx, depth)
    ref = None
    if named is not None and named.name and named.label == "GPE":
        ref = owned_referent(tok, country_words(named.name), idx, mods)
    elif named is not None and named.name:
        ref = owned_referent(
            tok, frozenset({named.name.split()[-1].lower()}), idx, owner=named.name
        )
    elif owner.lemma_.lower() in COUNTRY_NOUNS and lemma not in FAMILY_NOUNS:
        ref = owned_referent(tok, frozenset(), idx, mods)
    if ref is not None:
        return Speaker(ref.name, sp, "PERSON", (sp, ref.where))
    return _description(tok, idx, depth)


def _description(tok: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """A speaker the article describes and does not name ("the attorney", "a company
    spokesperson", "Heyer's mother"): named by the description, typed ``GROUP`` (listed with
    its words, no actor with a stance of its own), when ``tok`` is a singular noun for a
    person, not a body ("the company", "the family" speak for someone the article may name)
    nor a thing ("the letter", "the warrant"), in at most :data:`MAX_DESCRIPTION_WORDS`
    words, with an article, an owner or a number ("one resident"): a bare noun is a
    headline's ("researcher contends") or a parse's slip ("as majority leader"). A person's
    name the parse hung on the noun is the speaker ("Ari Wilkenfeld, McHugh's attorney,
    told"). The words tell a reader who spoke, which "unattributed" does not. Only for the
    speaker asked for (``depth`` 0): a pronoun's antecedent search reads an unnamed person
    as a stop, not as a name."""
    sp = _edges(tok)
    lemma = whole_noun(tok).lemma  # ("his e-mail said": the email, cut at its hyphen)
    thing = lemma in BODY_NOUNS | MEDIUM_NOUNS | IMPERSONAL_NOUNS
    person = (person_noun(lemma) and not thing) or lemma in ROLE_GENDER
    # the noun and what stands before it, not a clause hung on it ("Heyer's mother, who …"),
    # nor a comma the parse ran on to
    lo = tok.left_edge.i
    while lo < tok.i and tok.doc[lo].is_punct:
        lo += 1
    words = tok.doc[lo : tok.i + 1]
    # an owner: a possessive, or a name the parser hung on as a modifier with its "'s"
    owner = [
        c for c in tok.children if c.dep_ == "poss" or any(g.tag_ == "POS" for g in c.children)
    ]
    told = owner or any(c.dep_ in ("det", "nummod") for c in tok.children)
    # (words, not tokens: "the 40-year-old mountaineer" is five, not seven)
    many = sum(not t.is_punct for t in words) > MAX_DESCRIPTION_WORDS
    if not (depth or person or many) and lemma in SPEAKING_THINGS:
        return _thing_speaker(tok, idx) or Speaker(None, sp, "GROUP")
    if depth or tok.tag_ != "NN" or not person or not told or many:
        return Speaker(None, sp, "GROUP")
    owners = {t.i for c in owner for t in c.subtree}
    # (a name set beside the noun, not one inside a modifier: "the senior Obama
    # administration official" is no Obama)
    beside = [c for c in tok.children if c.dep_ in ("nmod", "appos") and c.i not in owners]
    for t in beside:
        named = name_of(t, idx) if t.ent_type_ == "PERSON" else None
        if named is not None and named.name and named.chars and named.label == "PERSON":
            return Speaker(named.name, named.chars, "PERSON", (sp, named.chars))
    # "a lieutenant colonel named Dane", "another man, identified only as “Victory”": the name
    # given the person (whatever the NER typed)
    for acl in (c for c in tok.children if c.dep_ == "acl"):
        given = given_name(acl)
        if given is not None:
            lo = given.left_edge.i
            while lo < given.i and tok.doc[lo].is_punct:
                lo += 1  # (not the quotation mark a name is set in)
            run = tok.doc[lo : given.i + 1]
            here = (run.start_char, run.end_char)
            return Speaker(run.text, here, "PERSON", (sp, here))
    return described(tok) or Speaker(None, sp, "GROUP")


def _thing_speaker(tok: Token, idx: ArticleIndex) -> Speaker | None:
    """The speaker of a thing or body ``tok`` that speaks (:mod:`.bodies`), with an article or
    an owner (a bare noun is a headline's, "company says"): the owner's name ("Apple's
    statement", "his letter"), a statement's issuer, the organisation "the committee" heads or
    a bare "the company" stands for, else its own description. None for a noun of no such
    thing."""
    noun = whole_noun(tok)
    lemma = noun.lemma
    owner = next((c for c in noun.dependents if c.dep_ == "poss"), None)
    det = next((c for c in noun.dependents if c.dep_ == "det"), None)
    if tok.tag_ != "NN" or (owner is None and det is None) or not _says(tok):
        return None  # ("the team found…", "the video showed…": a finding, no one's words)
    here = (noun.start_char, _edges(tok)[1])
    of_owner = _of_owner(tok, idx) if owner is None else None
    if of_owner is not None:
        return of_owner
    # (:mod:`.issuers`: "a statement from Fitbit", "the statement" after "Fitbit said in a
    # statement": the issuer the article names or describes as a person)
    by = (issuer(tok) or earlier_issuer(tok)) if owner is None else None
    found = resolve_subject(by, idx) if by is not None else None
    if found is not None and found.name and (found.label in NAMED_LABELS or person_noun(by.lemma_)):
        return Speaker(found.name, here, found.label, (here, *(found.chain or _spans(found.span))))
    if owner is not None and lemma in WORD_CARRIERS:
        # (a pronoun as deep as a subject pronoun: "He said… “…,” his e-mail said" goes back
        # through "He", which one level deeper could not, to a person before him)
        own = resolve_subject(owner, idx, 0 if owner.pos_ == "PRON" else 1)
        if own.name and own.label in NAMED_LABELS:
            return Speaker(own.name, here, own.label, (here, *(own.chain or _spans(own.span))))
    if owner is None and det is not None and det.lower_ == "the":
        org = headed_organisation(tok, idx)
        if org is None and lemma in ORGANISATION_NOUNS and len(list(tok.lefts)) == 1:
            found = _organisation_antecedent(tok, idx)
            org = found.name if found is not None and found.label == "ORG" else None
        if org is not None:
            return Speaker(org, here, "ORG", (here,))
    return described(tok, noun.pieces[0])


def _of_owner(tok: Token, idx: ArticleIndex) -> Speaker | None:
    """A body or document of a named person, told by "of" ("the office of Philadelphia
    Michael Nutter said", "the family of Bobbi Kristina Brown said"): named as the person's
    ("Michael Nutter's office"), typed ``GROUP`` as a description is, so that "the office"
    alone does not hide whose it is. None without such an owner; "the firm of Pomerantz
    Grossman …" is the firm itself, whose name the recogniser may cut, left as described."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    named = name_of(obj, idx) if obj is not None and obj.pos_ == "PROPN" else None
    if named is None or not named.name or named.label != "PERSON":
        return None
    here = _edges(tok)
    owner = named.chars or here
    return Speaker(f"{named.name}'s {tok.lower_}", here, "GROUP", (here, owner))


def _organisation_antecedent(tok: Token, idx: ArticleIndex) -> Speaker | None:
    """The organisation ``it`` (or a bare "the company") speaks for: the nearest subject
    before it, in its sentence and then the main clauses of the previous ones, that is an
    organisation, or a place speaking as its government (the subject of a speech verb);
    persons and other pronouns are passed over, and so are quoted words (another's voice). A
    thing that speaks is the one that goes on ("The report … It added"): its description."""
    doc = tok.doc
    here = (tok.idx, tok.idx + len(tok.text))
    own = (doc[i] for i in range(tok.i - 1, sentence_start(tok) - 1, -1))
    # (a second subject of the pronoun's own verb is a parse's slip: "… [PDF] …, the studio
    # listed")
    cands = [t for t in own if t.dep_ == "nsubj" and t.head != tok.head]
    si = idx.sentence_no(tok)
    back = range(si - 1, max(-1, si - 1 - MAX_ANTECEDENT_SENTENCES), -1)
    cands += [t for t in (main_subject_of(k, idx) for k in back) if t is not None]
    for t in cands:
        if t.pos_ == "PRON" or (idx.quoted[t.idx] and not idx.quoted[tok.idx]):
            continue
        sp = resolve_subject(t, idx, 1)
        speaks = is_cue(t.head, governing=True)
        if sp.name and (sp.label == "ORG" or (sp.label == "GPE" and speaks)):
            return Speaker(sp.name, here, sp.label, (here, *(sp.chain or _spans(sp.span))))
        if not (speaks and t.pos_ == "NOUN" and t.lemma_.lower() in SPEAKING_THINGS):
            continue
        org = headed_organisation(t, idx)
        if org is not None:
            return Speaker(org, here, "ORG", (here, _edges(t)))
        thing = described(t)
        return None if thing is None else Speaker(thing.name, here, "GROUP", (here, *thing.chain))
    return None


def _says(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb of saying ("the statement said", "the letter
    reads", "goes on to say") or the source of "according to": a thing's words, not a finding
    of it ("the team found", "the ad showed"), which a reader must not take for a claim."""
    head = tok.head
    if tok.dep_ == "pobj":
        return head.lower_ == "to" and head.head.lower_ == "according"
    on = head.lemma_.lower() in CONTINUING_VERBS
    verbs = [head, *(c for c in head.children if on and c.dep_ == "xcomp")]
    return tok.dep_ in ("nsubj", "nsubjpass") and any(v.lemma_.lower() in CUE_LEMMAS for v in verbs)


def _main_cue(verb: Token) -> bool:
    """A speech verb of a sentence's own (not a weak cue: "it would continue to chase")."""
    return verb.dep_ in ("ROOT", "conj", "parataxis") and is_cue(verb, governing=False)


def _spans(span: tuple[int, int] | None) -> tuple[tuple[int, int], ...]:
    return (span,) if span is not None else ()


def _edges(tok: Token) -> tuple[int, int]:
    """Character span of ``tok``'s subtree (its edges are stored: no walk of the subtree)."""
    left, right = tok.left_edge, tok.right_edge
    return left.idx, right.idx + len(right.text)


def _antecedent(tok: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """A he/she pronoun's antecedent: subject-first, recency-ordered, persons only.

    Memoised per pronoun and depth in ``idx``: a pronoun's antecedent may be another
    pronoun's, and without the memo a run of "he said" sentences resolves each earlier one
    again for every later one (exponential in the look-back, seconds per quote).
    """
    key = (tok.i, depth)
    found = idx.antecedents.get(key)
    if found is None:
        found = idx.antecedents[key] = _find_antecedent(tok, idx, depth)
    return found


def _find_antecedent(tok: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """he/she: the nearest person whose gender agrees; they: the nearest organisation."""
    doc = tok.doc
    plural = tok.lower_ == "they"
    gender = GENDERED_WORDS.get(tok.lower_) or ROLE_GENDER.get(tok.lemma_.lower())  # ("the mom")
    barred = clause_names(tok, idx) if tok.dep_ in ("nsubj", "nsubjpass") else frozenset()

    def fits(sp: Speaker, loose: bool) -> bool:
        if not sp.name or sp.name in barred:
            return False
        if plural:
            return sp.label in ("ORG", "GPE", "GROUP")
        person = sp.label == "PERSON" or (loose and sp.label is None and " " in sp.name)
        return person and takes_pronoun(gender, sp.name, idx)

    def aside(pos: int) -> bool:
        """Words in another voice: quoted (the speaker's own) or a post set into the text."""
        return bool(idx.quoted[pos] and not idx.quoted[tok.idx]) or in_embedded_post(pos, idx)

    def subject(t: Token) -> Speaker:
        """``t`` resolved, a bare surname to a namesake the pronoun agrees with ("Eichmann");
        no one for a pronoun of the other gender ("He always called, she said": whomever the
        "he" stands for, no "she" does, although the article gives his name no gender)."""
        if not agrees(gender, GENDERED_WORDS.get(t.lower_)):
            return Speaker(None, None, None)
        sp = resolve_subject(t, idx, depth + 1)
        ent = idx.ent_of.get(t.i)
        if (
            gender is None
            or ent is None
            or not sp.name
            or agrees(gender, person_gender(sp.name, idx))
        ):
            return sp
        full = ent_name(ent, idx, gender)
        return replace(sp, name=full.name, chain=(*sp.chain[:1], *_spans(full.where)))

    # 1. a subject earlier in the same sentence ("Putin dismissed what he said…"); for "they"
    # not one inside what they are said to have said ("The US backs it, they said": a group
    # reports on another party, while "Canova has ripped her, he said" is Canova's own word);
    # for any pronoun not one in the quoted words (the speaker's own) nor a "which" (a thing:
    # "the ministry on Omar Street, which was on fire, he said")
    start = sentence_start(tok)
    for i in range(tok.i - 1, start - 1, -1):
        t = doc[i]
        if aside(t.idx) or put_to(t, tok.head):  # ("Asked why Northwestern paid him, he …")
            continue
        sp = None
        if t.dep_ == "nsubj" and t.lower_ != "which" and not (plural and reported_by(t, tok.head)):
            sp = subject(t)
            if fits(sp, False):
                return sp
            # (one told of in what the pronoun says is no stop: "…make the child afraid, she
            # said": she is someone named before)
            told = reported_by(t, tok.head)
            if not plural and not told and _unnamed_speaker(t, sp, gender):
                return _unnamed_antecedent(tok, t, idx, depth)  # "The person added that he…"
        if not plural and framing_person(t, idx, start):
            # "For Robert Plant, it has been a different experience… things he wishes…": the
            # person a sentence opens on is whom its "he" goes on about
            sp = subject(t)
            if fits(sp, False):
                return sp
        if plural or t.dep_ not in ("nsubj", "nsubjpass") or not unnamed_person(t, gender):
            continue
        if reported_by(t, tok.head):
            continue
        if not (sp if sp is not None else subject(t)).name:
            # "One of his girlfriends was granted an order after she said…": unnamed
            return _unnamed_antecedent(tok, t, idx, depth)
    # 2. the main-clause subject of the previous sentences, nearest first
    si = idx.sentence_no(tok)
    source = according_source(si - 1, idx) if si > 0 and is_cue(tok.head, governing=True) else None
    if source is not None and not aside(source.idx):
        # "…, according to the spokesman Daniel Moreau. He said…": the source goes on
        sp = subject(source)
        if fits(sp, False):
            return sp
    named_before = False  # (a body goes on with a "they" only till a name speaks after it)
    for k in range(si - 1, max(-1, si - 1 - MAX_ANTECEDENT_SENTENCES), -1):
        subj = main_subject_of(k, idx)
        if subj is not None and not aside(subj.idx):
            sp = subject(subj)
            if plural and subj.conjuncts:
                sp = _joined_persons(subj, sp, idx, depth)  # "Molto and Sheldrick believe…"
            if fits(sp, True):
                return sp
            body = speaking_body(subj, sp, is_cue(subj.head, governing=True))
            if plural and body and not named_before:
                return _unnamed_antecedent(tok, subj, idx, depth)  # "The family said… they"
            named_before = named_before or bool(sp.name)
            if not plural and _unnamed_speaker(subj, sp, gender, main=True):
                return _unnamed_antecedent(tok, subj, idx, depth)  # "A veterinarian said… She said"
            if not plural and described_subject(subj, sp, gender, tok):
                return _unnamed_antecedent(tok, subj, idx, depth)  # "The 75-year-old leader…"
            if not plural and not sp.name and gender and GENDERED_WORDS.get(subj.lower_) == gender:
                # "…took a turn, she said. They also …, she said": the same she, whom her own
                # search named no one (the woman the article describes), not a name beside her
                return _antecedent(subj, idx, depth)
        if plural:
            continue
        # a name there that speaks, untyped by the NER (speaking_names): before a person typed
        # beside it ("Pasztor told WANE…": WANE is no "she") or named in earlier sentences
        for t in speaking_names(k, idx):
            sp = subject(t)
            name = sp.name or ""
            person = sp.label == "PERSON" or (sp.label is None and personal_name(name))
            fit = person and name not in barred and takes_pronoun(gender, name, idx)
            if fit and not aside(t.idx):
                return replace(sp, label="PERSON")  # (a name that speaks is a person's)
        # a person who is the subject of some clause there, else any person named there; not
        # the owner of a subject that speaks ("Rivlin's office quotes the letter…": the office
        # speaks, and "he adds" goes on with someone named before it, not with Rivlin), while
        # the owner of a subject that does not speak is the topic ("Bundy's cattle fed…")
        speaks = subj is not None and is_cue(subj.head, governing=True)
        owner = owning_pronoun(idx.sents[k], aside)
        if owner is not None and agrees(gender, GENDERED_WORDS.get(owner.lower_)):
            # "But his enthusiasm shines through: “…” ¶ And he offers…": whose thing it is
            ant = _antecedent(owner, idx, depth)
            if fits(ant, False):
                here = (owner.idx, owner.idx + len(owner.text))
                return Speaker(ant.name, here, ant.label, (here, *(ant.chain or _spans(ant.span))))
        for person in sentence_persons(k, idx):
            if speaks and person.root.dep_ == "poss" and person.root.head == subj:
                continue
            if only_modifies(person, idx):
                # ("Watch the report | Uncut video from the Coast Guard", "makes President
                # Trump Twitter jokes"): the parse's person there, whom no "he" is told of, is no
                # one to credit nor to pass over for someone named earlier
                return Speaker(None, None, None)
            full = ent_name(person, idx, gender)
            fit = full.name not in barred and takes_pronoun(gender, full.name, idx)
            if fit and not aside(person.start_char):
                here = (person.start_char, person.end_char)
                return Speaker(full.name, here, "PERSON", (here, *_spans(full.where)))
        for t in untyped_persons(k, idx):  # "…has given Plant, who is now 65, …" (untyped)
            sp = subject(t)
            fit = sp.name and sp.name not in barred and takes_pronoun(gender, sp.name, idx)
            if fit and not aside(t.idx):
                return replace(sp, label="PERSON")
        for o in mistyped_persons(k, idx):  # "Rita Schrimsher of Athens … tweeted" (typed art)
            fit = o.name not in barred and takes_pronoun(gender, o.name, idx)
            if fit and not aside(o.span[0]):
                return Speaker(o.name, o.span, "PERSON", (o.span,))
        # else a person the sentence describes by a role the article gave them ("a betrayal
        # by the delegate's own staff, and a turnabout from her first claim"), outside the
        # quoted words ("the leaders" in a quote are the speaker's, not the writer's, words)
        for t in idx.sents[k]:
            ref = None if aside(t.idx) else _described_person(t, idx)
            if ref is not None and ref.name not in barred and takes_pronoun(gender, ref.name, idx):
                return Speaker(ref.name, _edges(t), "PERSON", (_edges(t), ref.where))
        # else a person brought in there by a description, not a name, as the subject of a
        # clause (not the main one, read above) outside the quoted words ("…recalled the day a
        # union boss told her…", "Another man … told reporters, '…'"), not one told of in
        # someone's report, nor beside a name the pronoun may stand for: whom the "he" goes on
        subjects = [t for t in idx.sents[k] if t.dep_ in ("nsubj", "nsubjpass")]
        subjects = [t for t in subjects if not aside(t.idx)]
        for t in (t for t in subjects if t != subj and introduced_person(t, gender)):
            told = any(a.dep_ == "ccomp" and is_cue(a.head, governing=True) for a in t.ancestors)
            names = (subject(n).name or n.text for n in subjects if n.pos_ == "PROPN")
            if told or subject(t).name or any(takes_pronoun(gender, n, idx) for n in names):
                break
            return _unnamed_antecedent(tok, t, idx, depth)
    return Speaker(None, None, None)


def _joined_persons(subj: Token, first: Speaker, idx: ArticleIndex, depth: int) -> Speaker:
    """The persons a subject joins by "and" ("Molto and Sheldrick believe… '…,' they wrote"),
    as one ``GROUP`` speaker for a "they" to stand for; ``first`` (the first party alone)
    unless every party is a person the article names, each once."""
    names = [first.name]
    for conj in subj.conjuncts:
        other = resolve_subject(conj, idx, depth + 1)
        if other.label != "PERSON" or not other.name or other.name in names:
            return first
        names.append(other.name)
    if first.label != "PERSON" or not first.name:
        return first
    last = max(subj.conjuncts, key=lambda c: c.i)
    span = (subj.idx, last.idx + len(last.text))
    return Speaker(joined([n for n in names if n]), span, "GROUP", (span,))


def _unnamed_antecedent(pronoun: Token, t: Token, idx: ArticleIndex, depth: int) -> Speaker:
    """A pronoun's antecedent ``t`` the article describes and does not name: for the speaker
    asked for, the description ("another witness … 'Police have blocked the streets,' she
    said"); else, or for a pronoun inside quotation marks (the speaker's, about someone of
    their own: "'She keeps saying it's OK,' said Delacruz"; also right after an opening mark a
    scrape left unclosed), no name, a stop for the search."""
    opened = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text in CURLY_OPENINGS
    if depth or idx.quoted[pronoun.idx] or opened:
        return Speaker(None, None, None)
    return _description(t, idx, 0)


def _described_person(t: Token, idx: ArticleIndex) -> FullName | None:
    """The named person a definite description ``t`` ("the delegate", "his father") refers
    to, by :func:`.roles.description_referent`; None for any other word."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in roles_by_word(idx):
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in t.children
    ):
        return None
    mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
    return description_referent(t, mods, idx, speaks=is_cue(t.head, governing=True))


def _unnamed_speaker(subj: Token, sp: Speaker, gender: Gender | None, main: bool = False) -> bool:
    """A singular common noun that speaks ("A veterinarian said she could not…"): someone the
    article does not name there, whom a "she" in the next sentences continues; the search
    for a named antecedent stops there rather than reaching back past them to someone else.
    A determiner makes it a description, not a mistagged name; so does an owner's pronoun
    before a noun of a person who speaks as the ``main`` subject of an earlier sentence ("his
    attorney insisted there was more. He says…": not the client the attorney speaks for).
    Inside the pronoun's own sentence such a one is most often talked about ("Avenatti said
    it would allow his client to tell her story, … he said"), and "His final assessment:
    '…,' he said" is no person's. A noun of the other gender is someone else ("a woman
    called to say… 'I was hoping,' he said"), and so is a thing ("the Comey matter") or a
    document ("…, the indictment alleged. He was…": a later "he" is no indictment)."""
    lemma = subj.lemma_.lower()
    if not agrees(gender, ROLE_GENDER.get(lemma)) or lemma in IMPERSONAL_NOUNS | WORD_CARRIERS:
        return False
    owned = main and person_noun(lemma) and lemma not in BODY_NOUNS
    described = any(
        c.dep_ == "det" or (owned and c.dep_ == "poss" and c.pos_ == "PRON") for c in subj.children
    )
    return not sp.name and subj.tag_ == "NN" and described and is_cue(subj.head, governing=True)
