"""Who reacted how: each actor's stance on the event, with the quotes and sentences behind it.

A lexicon- and cue-based reading, no model: a stance is claimed only from words in
the text, and every reaction cites the sentences that gave it.

Evidence for an actor (a person, government or organisation named in the event):

* the actor's quotes (direct or reported): the words inside them and the sentence that
  reports them (``welcomed the offer as a "positive sign"``, ``warned that Putin was
  merely trying "to buy time"``) — the cue verb is the journalist's own reading of the
  stance and weighs double (:data:`CUE_WEIGHT`);
* sentences where the actor is the subject of a stance verb, even without a quote
  (``Trump hailed Putin's proposal``, ``Putin rejected the proposals``).

Only reactions to this event count:

* **about the event**: a stance verb must be aimed at the event — its object or clause
  names the event's key terms (the headline's content words: "proposes", "talks"), refers
  back to it ("the offer", "Moscow's overtures") or to its protagonist ("warned that Putin
  was…"). "Ukraine dismissed a recent truce", "the Kremlin has offered few concessions",
  "Kyiv rejected all of them" (earlier grievances) are about something else; a sentence
  whose stance verbs all aim elsewhere gives no evidence from its quoted words either
  (the speaker's verbs: another named actor's verb aimed elsewhere says nothing of what
  the speaker's words answer);
* **at or after it**: a sentence dated (to the day) before the event's day is background,
  so is a sentence whose subject is set in the past ("Poole, then 28, denied …"), and so
  is a quote whose sentence is undated but follows one that dates the speaker's
  remarks ("Speaking … on May 7, Vance said…" / “…,” Vance said.); a present-tense relative
  clause tells who an actor is ("Democrats, who oppose the legislation"), and words under a
  habitual verb a standing position ("has been repeatedly assured that it is unacceptable");
* **the actor's own**: a stance verb inside someone else's report ("the United States back
  the proposal, they said") or inside someone else's quoted words (“Akhmetshin denies any
  ties, so you know it must be true,” a comedian's bit) is that someone's account, not the
  actor's reaction.

An actor's names are one actor (:mod:`newsweave.synthesis.actors`): Ukraine, Kyiv, the
Ukrainian government and President Zelenskyy are "Ukraine (Volodymyr Zelenskyy)".

The words (verbs, phrases, and the nouns that tell a verb's sense) are
:mod:`newsweave.synthesis.stance_words`; the weighing of the evidence into a stance is
:mod:`newsweave.synthesis.stance_evidence`.

Stances: ``proposes`` (the actor puts the offer forward), ``welcomes``, ``rejects``,
``skeptical`` (doubts the other side's intent: "buy time", "not enough"),
``conditional`` (accepts only on a condition: "only once", "unless", "must first"),
``neutral`` (quoted, but nothing in the words takes a side). The highest score wins;
welcoming or rejecting evidence next to a condition is ``conditional`` (a "yes, but" is
not a plain yes, "would oppose it unless" not a plain no). Negated verbs ("did not reject")
and hypotheticals ("if Moscow refused") are not evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from newsweave.models import Article, Quote, QuoteMention, Sentence, Span
from newsweave.nlp import Analysis, entity_at
from newsweave.synthesis.actors import ActorNames, ActorRef, lower_words, shortened_names
from newsweave.synthesis.chief_executives import chief_executives
from newsweave.synthesis.mention_grammar import PLURAL_NAME_TAGS
from newsweave.synthesis.participants import not_reacting, reports_it
from newsweave.synthesis.pipeline import Workspace, stage
from newsweave.synthesis.quotes.attribution import CUE_LEMMAS, resolve_subject, subject_of
from newsweave.synthesis.quotes.index import ArticleIndex, article_index
from newsweave.synthesis.quotes.speakers import unnamed_group
from newsweave.synthesis.stance_event import (
    KEY_STEM_CHARS,
    EventCore,
    event_core,
    sentence_at,
)
from newsweave.synthesis.stance_evidence import Evidence, dedupe, reaction
from newsweave.synthesis.stance_feelings import Feeling, feeling_at, judgement_at
from newsweave.synthesis.stance_verbs import (
    borrowed_subject,
    defends_another,
    describes_standing,
    earlier_act,
    evidential_stance_verb,
    part_of_group,
    reluctant,
)
from newsweave.synthesis.stance_words import (
    DEFENCE_VERBS,
    OFFER_OBJECTS,
    OPEN_CONDITIONS,
    RULING_OBJECTS,
    STANCE_VERBS,
    WARNING_VERBS,
    cue_lemma,
    phrase_hits,
    phrase_matches,
)

# A journalist's cue verb ("hailed", "dismissed") is a direct reading of the stance.
CUE_WEIGHT = 2.0
PHRASE_WEIGHT = 1.0
# A commitment: the main verb carries a future or conditional auxiliary (or "going", as the
# parser may attach it), is under "going to", or is (under) one of these verbs ("would oppose
# the measure unless", "promised to hold a debate as long as").
COMMIT_AUX = frozenset({"will", "would", "'ll", "’ll", "shall", "wo", "going"})
COMMIT_VERBS = frozenset({"promise", "pledge", "vow", "agree", "offer", "threaten", "refuse"})
FIRST_PERSON = frozenset({"i", "we"})
# Steps from a condition's first word up to the verb of its clause ("unless" → "promised").
CONDITION_REACH = 4


# Cues by which an outlet relays a story ("Al Jazeera reported", "CNN wrote") or a writer
# cites a source for a fact ("according to the Canadian Encyclopedia"): the story's source,
# not a reaction to it.
RELAY_CUES = frozenset(
    {
        "report",
        "reports",
        "reported",
        "reporting",
        "write",
        "writes",
        "wrote",
        "writing",
        "according to",
    }
)
# The word that cites a source's account for what a sentence tells ("according to the report").
ACCORDING = "according"
# Nouns that refer back to someone's act, or to the news, when definite ("the offer",
# "Putin's proposal", "Moscow's overtures", "the Times report", "this latest news", "the Polish
# law"): a stance aimed at one is aimed at the news itself.
EVENT_REFERENCES = frozenset(
    {
        "offer",
        "proposal",
        "plan",
        "overture",
        "initiative",
        "announcement",
        "move",
        "call",
        "invitation",
        "idea",
        "suggestion",
        "statement",
        "remark",
        "decision",
        "report",
        "allegation",
        "accusation",
        "claim",
        "story",
        "deal",
        "agreement",
        "ruling",
        "verdict",
        "appointment",
        "outreach",
        "news",
        "law",
        "bill",
        "legislation",
    }
)
# Entity labels of places: a reference they qualify ("the Korea agreement") is to that place's.
PLACE_LABELS = frozenset({"GPE", "LOC"})
# Determiners that make a reference definite (an indefinite "a truce" is a new thing).
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# How far back (sentences) the setting of a remark is looked for: a press conference "on
# Saturday" dates the quotes of its speaker that follow it in the next sentences.
SETTING_SENTENCES = 2
# How a stance verb reaches what it is aimed at: its object, passive subject, clause.
_NOUN_TARGETS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd", "dative"})
_CLAUSE_TARGETS = frozenset({"ccomp", "xcomp"})
_TARGET_PREPS = frozenset({"to", "on", "of", "for", "against", "at"})


@stage(
    "reactions",
    needs=("quotes", "quote_mentions", "entities", "analyses", "sentences", "headline"),
    provides=("reactions",),
)
def reactions_stage(ws: Workspace) -> None:
    """Stance per actor on this event, from their quotes and the stance verbs they are the subject of."""
    assert ws.quotes is not None and ws.analyses is not None and ws.sentences is not None
    sents_by_article: dict[str, list[Sentence]] = defaultdict(list)
    for s in ws.sentences:
        sents_by_article[s.article].append(s)
    actors = ActorNames(
        ws.entities or [],
        lower_words([a.text for a in ws.articles]),
        chief_executives(ws.articles, ws.entities or []),
    )
    core = event_core(ws, actors, sents_by_article)
    reading = _Reading(ws.analyses, sents_by_article, actors, core)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    names: dict[str, list[ActorRef]] = defaultdict(list)
    # a described group ("European leaders said…") speaks, but is no actor with a stance
    groups = {
        m.speaker for m in ws.quote_mentions or () if unnamed_group(m.speaker, m.speaker_type)
    }
    spoken = [q for q in ws.quotes if q.speaker not in groups]
    written = _written_speakers(ws.quote_mentions or (), ws.articles, actors)
    quoted = _quote_evidence(spoken, reading, written, evidence, names)
    quoted_words = _quoted_words(spoken, actors)
    _verb_evidence(reading, quoted_words, evidence, names)
    _feeling_evidence(reading, quoted_words, evidence, names)
    # a plural name is a group ("Senators" is not only "Democratic Senators")
    plural = {t.text for an in ws.analyses for t in an.doc if t.tag_ in PLURAL_NAME_TAGS}
    for short, full in shortened_names(set(evidence) | set(quoted), plural).items():
        # (only evidence makes an entry: a name without any is listed only if it speaks)
        if short in evidence:
            evidence[full].extend(evidence.pop(short))
        quoted.setdefault(full, []).extend(quoted.pop(short, []))
        names[full].extend(names.pop(short, []))
    # the dead, those held for the deed and the reporters speak, but do not react; what the
    # dead and the held did (an obituary's "criticized the Warren Commission's report") is
    # older than the news or the news itself, no stance on it
    others = not_reacting(ws.analyses, ws.entities or [], actors, reading.index)
    for gone in others.participants:
        evidence.pop(gone, None)
    speaking = {
        a
        for a, qs in quoted.items()
        if _speaks(qs)
        and a not in others.participants
        and not reports_it(a, ws.entities or [], ws.headline or "", others.reporters)
    }
    reactions = [
        reaction(actor, dedupe(evidence.get(actor, [])), quoted.get(actor, []), names[actor])
        for actor in sorted(set(evidence) | speaking)
    ]
    # the most discussed actors first
    weight = {r.actor: len(r.citations) + 2 * len(r.quotes) for r in reactions}
    reactions.sort(key=lambda r: (-weight[r.actor], r.actor))
    ws.reactions = reactions


class _Reading:
    """The parsed articles, read for reactions: where a sentence is, whether it is background,
    and whether a stance verb is aimed at the event."""

    def __init__(
        self,
        analyses: list[Analysis],
        sents_by_article: dict[str, list[Sentence]],
        actors: ActorNames,
        core: EventCore,
    ) -> None:
        self.analyses = analyses
        self.by_article = {an.article.id: an for an in analyses}
        self.sents = sents_by_article
        self.actors = actors
        self.core = core
        self._index: dict[str, ArticleIndex] = {}

    def index(self, article: str) -> ArticleIndex:
        if article not in self._index:
            self._index[article] = article_index(self.by_article[article].doc)
        return self._index[article]

    def subject_actor(self, subj, article: str) -> ActorRef | None:
        """The actor a subject names: the article's reading of it (a pronoun's antecedent, a
        surname's full name), unless that only lengthened a name the event has an entity for
        (:meth:`~newsweave.synthesis.actors.ActorNames.as_written`: "a claim Fitbit denies"
        is Fitbit's, not its tracker "Fitbit Charge HR"'s)."""
        read = resolve_subject(subj, self.index(article)).name
        return (
            self.actors.as_written(_name_at(subj), read)
            if subj.pos_ == "PROPN"
            else self.actors(read)
        )

    def _dates(self, sent: Sentence, quoted: Span | None = None) -> list[date]:
        """The sentence's dates, leaving out those inside the ``quoted`` words (a date the
        speaker mentions, "a ceasefire which will begin next Monday", does not date the remark)."""
        return [
            d
            for off, d in self.core.days.get((sent.article, sent.start), ())
            if quoted is None or not quoted.start <= off < quoted.end
        ]

    def background(self, sent: Sentence, quoted: Span | None = None) -> bool:
        """Dated to a day before the event's (and to none on or after it)."""
        ds = self._dates(sent, quoted)
        return self.core.day is not None and bool(ds) and max(ds) < self.core.day

    def remark_background(self, sent: Sentence, quote: Quote, quoted: Span) -> bool:
        """A quote's remark predates the event: its sentence is dated before it, or (undated
        itself) it follows, within :data:`SETTING_SENTENCES`, the sentence that last names
        the speaker and that one is ("Speaking … on May 7, Vance said…" / “…,” Vance said.),
        or its cue tells a standing or earlier position ("had feared", "repeatedly vowed")."""
        if self.background(sent, quoted) or self._earlier_cue(sent, quote, quoted):
            return True
        speaker = quote.speaker
        if self._dates(sent, quoted) or not speaker:
            return False
        surname = re.compile(r"\b" + re.escape(speaker.split()[-1]) + r"\b")
        by_index = {s.index: s for s in self.sents[sent.article]}
        for back in range(1, SETTING_SENTENCES + 1):
            prev = by_index.get(sent.index - back)
            if prev is None:
                return False
            if surname.search(prev.text):
                return self.background(prev)
            if self._dates(prev):
                return False  # another dated happening between: the setting has changed
        return False

    def _earlier_cue(self, sent: Sentence, quote: Quote, quoted: Span) -> bool:
        """The quote's cue, outside its words, is pluperfect or habitual."""
        span = self.span_of(sent)
        if span is None or not quote.cue:
            return False
        cue = quote.cue.lower()
        return any(
            t.lower_ == cue and not quoted.start <= t.idx < quoted.end and earlier_act(t)
            for t in span
        )

    def span_of(self, sent: Sentence):
        """The sentence's tokens in its article's parse."""
        doc = self.by_article[sent.article].doc
        return doc.char_span(sent.start, sent.end, alignment_mode="expand")

    def about_event(self, sent: Sentence, quoted: Span, actor: str) -> bool:
        """No stance verb of the ``actor``'s in the sentence outside the ``quoted`` words, or
        one aimed at the event: the journalist's verb ("dismissed by Ukraine as…") says what
        the words answer; the speaker's own verbs ("we propose…") are the statement itself.
        Another named actor's verb ("Democrats threatened to filibuster, and the Senate's top
        Democrat criticized Gorsuch's record") says nothing of what this speaker's words answer."""
        span = self.span_of(sent)
        if span is None:
            return True
        verbs = [
            t
            for t in span
            if evidential_stance_verb(t)
            and self.takes_stance(t)
            and not quoted.start <= t.idx < quoted.end
            and not self._someone_elses(t, actor, sent.article)
        ]
        return not verbs or any(self.aimed_at_event(v) for v in verbs)

    def _someone_elses(self, verb, actor: str, article: str) -> bool:
        """The verb's subject names an actor other than ``actor``."""
        subj = subject_of(verb)
        if subj is None:
            return False
        ref = self.subject_actor(subj, article)
        return ref is not None and ref.actor != actor

    def commits_on(self, sent: Sentence, condition: str, actor: str) -> bool:
        """Whether the sentence's ``condition`` ("unless", "as long as") qualifies something the
        actor commits to: the verb it hangs on has the actor (or "I"/"we") as subject and is a
        commitment (:data:`COMMIT_AUX`, :data:`COMMIT_VERBS`): "I'm not going to vote for it
        unless…", "she would oppose the measure unless…". A condition on anything else ("unless
        they die sooner", "as long as you don't give up") is no stance on the event."""
        span = self.span_of(sent)
        if span is None:
            return False
        for m in phrase_matches(condition, span.text.lower()):
            at = span.doc.char_span(
                span.start_char + m.start(), span.start_char + m.end(), alignment_mode="expand"
            )
            if at is None:
                continue
            verb = at[0]
            for _ in range(CONDITION_REACH):
                if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                    break
                verb = verb.head
            main = verb.head if verb.dep_ == "advcl" else verb
            if main.pos_ in ("VERB", "AUX") and self._commits(main, actor, sent.article):
                return True
        return False

    def _commits(self, verb, actor: str, article: str) -> bool:
        """The verb's subject is the actor (or "I"/"we") and it, or a verb it hangs under, is
        a commitment."""
        subj = subject_of(verb)
        if subj is None:
            return False
        if subj.lower_ not in FIRST_PERSON:
            ref = self.subject_actor(subj, article)
            if ref is None or ref.actor != actor:
                return False
        chain = [verb]
        while chain[-1].dep_ in ("xcomp", "ccomp", "conj") and len(chain) < CONDITION_REACH:
            chain.append(chain[-1].head)
        return any(
            t.lemma_.lower() in COMMIT_VERBS
            or t.lower_ == "going"
            or any(c.dep_ == "aux" and c.lower_ in COMMIT_AUX for c in t.children)
            for t in chain
        )

    def takes_stance(self, verb) -> bool:
        """Whether a stance verb is used in its stance's sense: a warning of the other side's
        conduct, not of a danger (:data:`~.stance_words.WARNING_VERBS`: its clause's subject
        is the protagonist); an offer of a proposal ("offered to hold talks", "offered a
        ceasefire", :data:`~.stance_words.OFFER_OBJECTS`) and an invitation to one ("invited
        Kyiv to talks", "invited them to negotiate"; "invited me to dinner" is none); a rejection that is no ruling on a
        case (:data:`~.stance_words.RULING_OBJECTS`: "dismissed the charges"); a welcome that
        is no reluctant yes (:func:`~newsweave.synthesis.stance_verbs.reluctant`)."""
        lemma = verb.lemma_.lower()
        if lemma in WARNING_VERBS:
            return any(c.dep_ == "ccomp" and self._protagonist_subject(c) for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass", "dative")]
        if lemma == "offer":
            return any(c.dep_ == "xcomp" for c in verb.children) or any(
                o.lemma_.lower() in OFFER_OBJECTS for o in objects
            )
        if lemma == "invite":  # to talks or to act, not "invited me to dinner"
            return any(c.dep_ == "xcomp" for c in verb.children) or any(
                g.dep_ == "pobj" and g.lemma_.lower() in OFFER_OBJECTS
                for c in verb.children
                if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children
            )
        # (a quote's cue found by its written form may carry another lemma from the parser)
        if STANCE_VERBS.get(lemma) == "rejects":
            return not any(o.lemma_.lower() in RULING_OBJECTS for o in objects)
        if lemma in DEFENCE_VERBS:
            return defends_another(verb)
        if STANCE_VERBS.get(lemma) == "welcomes":
            return not reluctant(verb)
        return True

    def _protagonist_subject(self, clause) -> bool:
        """The clause's subject (or that of the verb it runs into, "was trying") is a name of
        the event's protagonist."""
        verbs = [clause, *[c for c in clause.children if c.dep_ in ("xcomp", "conj")]]
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN":
                    ref = self.actors(_name_at(c))
                    if ref is not None and ref.actor == self.core.protagonist:
                        return True
        return False

    def aimed_at_event(self, verb) -> bool:
        """Whether the stance verb's object, passive subject or clause is the event. A clause
        set off by a colon after the verb is its reason, not its aim ("She demanded that he not
        visit her. He refused: Ms. Nguyen is his only child" refuses the demand)."""
        colon = next((c.i for c in verb.children if c.dep_ == "punct" and c.text == ":"), None)
        for c in verb.children:
            if c.dep_ in _NOUN_TARGETS and self._names_event(c):
                return True
            if (
                c.dep_ in _CLAUSE_TARGETS
                and not (colon is not None and verb.i < colon < c.i)
                and self._clause_names_event(c)
            ):
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ in _TARGET_PREPS
                and any(g.dep_ == "pobj" and self._names_event(g) for g in c.children)
            ):
                return True
        return False

    def names_news(self, verb) -> bool:
        """The verb's object is named by the event's own key words ("opposes the deal" after
        "…clinched a two-year deal"), not only referred back to ("the legislation" may be an
        older bill)."""
        return any(c.dep_ in _NOUN_TARGETS and self._key_word(c) for c in verb.children)

    def verb_aimed_elsewhere(self, cited: Span, phrase: str) -> bool:
        """The stance ``phrase`` is a stance verb that the ``cited`` words use with an object,
        and no such use is aimed at the event: "we welcome the opportunity to dialogue with
        them" welcomes a talk, not the sit-in it answers, as "welcomed the offer" would."""
        doc = self.by_article[cited.article].doc
        span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
        if span is None:
            return False
        uses = [
            t
            for t in span
            if t.lower_ == phrase
            and t.pos_ == "VERB"
            and t.lemma_.lower() in STANCE_VERBS
            and any(c.dep_ in _NOUN_TARGETS for c in t.children)
        ]
        return bool(uses) and not any(self.aimed_at_event(t) for t in uses)

    def said_before(self, cited: Span, phrase: str) -> bool:
        """Every use of the stance ``phrase`` in the ``cited`` words hangs under an earlier or
        habitual verb (:func:`~newsweave.synthesis.stance_verbs.earlier_act`): "Washington has
        been repeatedly assured that it is unacceptable…" tells a standing position, not an
        answer to this news."""
        doc = self.by_article[cited.article].doc
        span = doc.char_span(cited.start, cited.end, alignment_mode="expand")
        if span is None:
            return False
        starts = [span.start_char + m.start() for m in phrase_matches(phrase, span.text.lower())]
        uses = [doc.char_span(c, c + len(phrase), alignment_mode="expand") for c in starts]
        return bool(uses) and all(
            u is not None and any(earlier_act(a, frozenset(t.i for t in u)) for a in u[0].ancestors)
            for u in uses
        )

    def feels_about_event(self, feeling: Feeling) -> bool:
        """Whether what a feeling is about (its preposition's object, its clause) is the event."""
        return any(self._names_event(n) for n in feeling.nouns) or any(
            self._clause_names_event(c) for c in feeling.clauses
        )

    def _clause_names_event(self, verb) -> bool:
        if self._key_word(verb):
            return True
        for c in verb.children:
            if c.dep_ in _NOUN_TARGETS | {"nsubj"} and self._names_event(c):
                return True
            if c.dep_ == "xcomp" and any(
                g.dep_ in _NOUN_TARGETS and self._names_event(g) for g in c.children
            ):
                return True
        return False

    def _key_word(self, tok) -> bool:
        """The word is one of the event's key terms (as written or as its lemma)."""
        return bool({_stem(tok.text), _stem(tok.lemma_)} & self.core.key_stems)

    def _names_event(self, tok, follow: bool = True) -> bool:
        """A noun phrase's head (or a conjunct's) names the event, refers back to it, or is
        its protagonist; a pronoun is read as its antecedent (the last noun before it)."""
        if tok.pos_ == "PRON" and follow:
            ant = _antecedent_noun(tok)
            return ant is not None and self._names_event(ant, follow=False)
        if self._key_word(tok) or self._headline_title(tok):
            return True
        if (
            tok.lemma_.lower() in EVENT_REFERENCES
            and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE)
                for c in tok.children
            )
            and not self._placed_elsewhere(tok)
        ):
            return True
        if tok.pos_ == "PROPN" and self.core.protagonist is not None:
            ref = self.actors(_name_at(tok))
            if ref is not None and ref.actor == self.core.protagonist:
                return True
        return any(c.dep_ == "conj" and self._names_event(c, follow) for c in tok.children)

    def _headline_title(self, tok) -> bool:
        """The word is a title the headline names its news-maker by, said as the headline
        says it ("the President would attack…" after "The remarks from the President…")."""
        return tok.lower_ in self.core.titles and any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        )

    def _placed_elsewhere(self, tok) -> bool:
        """A reference qualified by a place the event's words do not name is to another such
        thing ("the Korea agreement" in a newsletter's item, beside news of a bank's fee):
        a place (:data:`PLACE_LABELS`) in a compound that is no key word of the event."""
        return any(
            c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS and not self._key_word(c)
            for c in tok.children
        )

    def others_account(self, verb, actor: str, article: str) -> bool:
        """The stance verb stands in another speaker's report ("…back the proposal, they
        said"): the speech verb governs it, or hangs off it as the inverted attribution; or
        another source's account is cited for it ("Poole denied the allegations, according to
        the report": an old record, not Poole's answer to this news)."""
        speech = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in CUE_LEMMAS
        ]
        if verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_.lower() in CUE_LEMMAS:
            speech.append(verb.head)
        tellers = [subject_of(cue) for cue in speech] + [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == ACCORDING
            for t in c.children
            if t.dep_ == "prep"
            for g in t.children
            if g.dep_ == "pobj"
        ]
        for teller in tellers:
            if teller is None:
                return True
            other = self.subject_actor(teller, article)
            if other is None or other.actor != actor:
                return True
        return False


def _speaks(quotes: list[Quote]) -> bool:
    """Whether an actor without stance evidence has spoken on the event (listed as neutral):
    by a cue other than a publication's ("CNN wrote", "Al Jazeera reported" relay a story,
    they do not react to it) or a cited source's ("according to ...": a fact's source)."""
    return any(q.cue is None or q.cue.lower() not in RELAY_CUES for q in quotes)


def _stem(word: str) -> str:
    return word.lower()[:KEY_STEM_CHARS]


def _name_at(tok) -> str:
    """The whole name a proper noun belongs to (its entity span), else the word."""
    ent = entity_at(tok)
    return ent.text if ent is not None else tok.text


def _antecedent_noun(tok):
    """The last common noun before a pronoun in its sentence, else in the sentence before."""
    sent = tok.sent
    for t in reversed(list(tok.doc[sent.start : tok.i])):
        if t.pos_ == "NOUN":
            return t
    if sent.start == 0:
        return None
    prev = tok.doc[sent.start - 1].sent
    for t in reversed(list(prev)):
        if t.pos_ == "NOUN":
            return t
    return None


def _written_speakers(
    mentions: Iterable[QuoteMention], articles: Iterable[Article], actors: ActorNames
) -> dict[tuple[str, int, int], ActorRef]:
    """Each quotation's speaker as named where it is written, by the quoted words' place,
    where the article's reading only lengthened that name
    (:meth:`~newsweave.synthesis.actors.ActorNames.as_written`: "a claim Fitbit denies" read
    as the tracker "Fitbit Charge HR")."""
    texts = {a.id: a.text for a in articles}
    out: dict[tuple[str, int, int], ActorRef] = {}
    for m in mentions:
        sp = m.speaker_span
        if sp is None or m.speaker is None:
            continue
        ref = actors.as_written(texts[sp.article][sp.start : sp.end], m.speaker)
        if ref is not None and ref != actors(m.speaker):
            out[(m.article, m.start, m.end)] = ref
    return out


def _quote_evidence(
    quotes: list[Quote],
    reading: _Reading,
    written: dict[tuple[str, int, int], ActorRef],
    evidence: dict[str, list[Evidence]],
    names: dict[str, list[ActorRef]],
) -> dict[str, list[Quote]]:
    """Evidence from quotes: the quoted words, the sentence reporting them, and the cue verb.

    Returns each actor's quotes on the event, made at or after it (the reaction lists them).
    """
    made: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        as_written = (written.get((v.article, v.start, v.end)) for v in quote.variants)
        ref = next((r for r in as_written if r is not None), None) or reading.actors(quote.speaker)
        if ref is None:
            continue
        actor = ref.actor
        seen: set[tuple[str, str]] = set()
        current: list[tuple[Sentence | None, Span, Span]] = []
        for v in quote.variants:
            sent = sentence_at(reading.sents, v.article, v.start)
            quoted = Span(v.article, v.start, v.end)
            if sent is not None and reading.remark_background(sent, quote, quoted):
                continue  # said before the event: background, not a reaction
            if sent is not None and not reading.about_event(sent, quoted, actor):
                continue  # the sentence's stance is aimed at something else
            span = sent.span if sent is not None else quoted
            current.append((sent, span, quoted))
            # the reporting sentence, and the quoted words that run on past it ("All I can say
            # is wow! It is a breakthrough"), each cited for what it shows
            read = [(sent.text, span)] if sent is not None else []
            if sent is None or v.end > sent.end:
                read.append((v.text, quoted))
            for text, cited in read:
                for stance, trig in phrase_hits(text):
                    if trig in OPEN_CONDITIONS and (
                        sent is None or not reading.commits_on(sent, trig, actor)
                    ):
                        continue
                    if reading.verb_aimed_elsewhere(cited, trig) or reading.said_before(
                        cited, trig
                    ):
                        continue
                    if (stance, trig) not in seen:
                        seen.add((stance, trig))
                        evidence[actor].append(
                            Evidence(stance, PHRASE_WEIGHT, trig, cited, quote.id, ref.person)
                        )
        if not current:
            continue
        made[actor].append(quote)
        names[actor].append(ref)
        lemma = cue_lemma(quote.cue) if quote.cue else None
        if lemma in STANCE_VERBS:
            sent, span, quoted = current[0]
            if sent is None or _cue_aimed_at_event(reading, sent, quoted, quote.cue or ""):
                evidence[actor].append(
                    Evidence(
                        STANCE_VERBS[lemma], CUE_WEIGHT, quote.cue or "", span, quote.id, ref.person
                    )
                )
    return made


def _cue_aimed_at_event(reading: _Reading, sent: Sentence, quoted: Span, cue: str) -> bool:
    """The quote's cue verb is aimed at the event ("welcomed the offer"). The cue is looked
    for in the quote's sentences, else in the one after its end ("…,” he warned. / He
    offered: “…”): the same verb of the next speaker's sentence is not this one's. A cue not
    found there cannot be read for its aim, and is no evidence (a verb two paragraphs away
    is not what these words answer)."""
    span = reading.span_of(sent)
    if span is None:
        return True
    doc = span.doc
    last = doc.char_span(quoted.end - 1, quoted.end, alignment_mode="expand")
    end = span.end if last is None else last.sent.end
    cues = [t for t in doc[span.start : end] if t.lower_ == cue.lower()]
    if not cues and end < len(doc):
        cues = [t for t in doc[end].sent if t.lower_ == cue.lower()]
    return any(reading.aimed_at_event(t) and reading.takes_stance(t) for t in cues)


@dataclass(frozen=True)
class _QuotedWords:
    """Where a speaker's quoted words stand in an article, and whose they are."""

    span: Span
    speaker: ActorRef | None  # the speaker's actor (None: a speaker who names nobody)

    @property
    def actor(self) -> str | None:
        return self.speaker.actor if self.speaker is not None else None


def _quoted_words(quotes: list[Quote], actors: ActorNames) -> dict[str, list[_QuotedWords]]:
    """Each article's direct quotations with their speaker's actor: a stance verb inside them
    is the speaker's account of someone else's act, not that someone's reaction."""
    out: dict[str, list[_QuotedWords]] = defaultdict(list)
    for q in quotes:
        if q.form != "direct" or q.kind != "statement":
            continue
        ref = actors(q.speaker)
        for v in q.variants:
            out[v.article].append(_QuotedWords(Span(v.article, v.start, v.end), ref))
    return out


def _verb_evidence(
    reading: _Reading,
    quoted: dict[str, list[_QuotedWords]],
    evidence: dict[str, list[Evidence]],
    names: dict[str, list[ActorRef]],
) -> None:
    """Evidence from stance verbs with a named subject, aimed at the event, with or without a
    quote; not from a verb inside another speaker's quoted words (theirs is the account)."""
    for an in reading.analyses:
        aid = an.article.id
        for tok in an.doc:
            if (
                not evidential_stance_verb(tok)
                or not reading.takes_stance(tok)
                or borrowed_subject(tok)
            ):
                continue
            subj = subject_of(tok)
            if subj is None or part_of_group(subj):
                continue
            ref = reading.subject_actor(subj, aid)
            if ref is None:
                continue
            sent = sentence_at(reading.sents, aid, tok.idx)
            if sent is None or reading.background(sent) or earlier_act(tok):
                continue
            if any(
                w.span.start <= tok.idx < w.span.end and w.actor != ref.actor
                for w in quoted.get(aid, ())
            ):
                continue  # in someone else's quoted words: their account of the act
            if not reading.aimed_at_event(tok) or reading.others_account(tok, ref.actor, aid):
                continue
            if describes_standing(tok) and not reading.names_news(tok):
                continue  # who the actor is, not what it answers
            span = sent.span
            names[ref.actor].append(ref)
            lemma = tok.lemma_.lower()
            evidence[ref.actor].append(
                Evidence(STANCE_VERBS[lemma], CUE_WEIGHT, tok.text.lower(), span, None, ref.person)
            )
            for stance, trig in phrase_hits(sent.text):
                if trig not in OPEN_CONDITIONS or reading.commits_on(sent, trig, ref.actor):
                    evidence[ref.actor].append(
                        Evidence(stance, PHRASE_WEIGHT, trig, span, None, ref.person)
                    )


def _feeling_evidence(
    reading: _Reading,
    quoted: dict[str, list[_QuotedWords]],
    evidence: dict[str, list[Evidence]],
    names: dict[str, list[ActorRef]],
) -> None:
    """Evidence from feelings and judgements of the event
    (:mod:`~newsweave.synthesis.stance_feelings`): a speaker's own ("we are pleased with the
    ruling," said Kerr: "we" inside Kerr's quoted words; "the ruling is outrageous," said
    Kerr) or a named one's told ("Kerr was pleased with the ruling"); not one told inside
    another speaker's quoted words (theirs is the account)."""
    for an in reading.analyses:
        aid = an.article.id
        for tok in an.doc:
            feeling = feeling_at(tok) or judgement_at(tok)
            if feeling is None:
                continue
            inside = [w for w in quoted.get(aid, ()) if w.span.start <= tok.idx < w.span.end]
            if feeling.subject is None or feeling.subject.lower_ in FIRST_PERSON:
                ref = inside[0].speaker if inside else None
            else:
                ref = reading.subject_actor(feeling.subject, aid)
                if ref is not None and any(w.actor != ref.actor for w in inside):
                    continue  # in someone else's quoted words: their account of the feeling
            sent = sentence_at(reading.sents, aid, tok.idx)
            if ref is None or sent is None or reading.background(sent):
                continue
            verb = tok.head
            if earlier_act(verb) or reading.others_account(verb, ref.actor, aid):
                continue
            if reading.feels_about_event(feeling):
                names[ref.actor].append(ref)
                evidence[ref.actor].append(
                    Evidence(
                        feeling.stance,
                        CUE_WEIGHT,
                        feeling.words.lower(),
                        sent.span,
                        None,
                        ref.person,
                    )
                )
