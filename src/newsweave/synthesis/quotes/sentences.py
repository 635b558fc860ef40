"""Facts of one sentence that the speaker search asks again and again, each read once.

Resolving a pronoun or a description walks back over the sentences before it, and every
quote of an article asks again about the same sentences: who is the subject of the main
clause, whether the sentence closes with "…, according to X.", where a wire dateline ends,
whether a paragraph is a social-media post set into the article. Each answer is kept in the
article index's ``sent_memo`` (:class:`.index.ArticleIndex`), keyed by what and where.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp import doc_text
from newsweave.synthesis.quotes.cues import CUE_LEMMAS, RELAY_LEMMAS
from newsweave.synthesis.quotes.index import ArticleIndex
from newsweave.text.headline import DATELINE

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newsweave.synthesis.quotes.speakers import Namesake

# The credit of a post embedded in an article: "— George Takei (@GeorgeTakei) April 1, 2017",
# or the link a tweet's picture leaves.
EMBED_CREDIT = re.compile(r"\(@\w+\)\s+\w+\.? \d{1,2}, \d{4}|pic\.twitter\.com/")


def _main_subject(sent: SpacySpan) -> Token | None:
    """The subject of the sentence's main clause; of the relayed clause when an outlet relays
    it ("Putin offered talks, Al Jazeera reported": Putin, the story's actor). A passive one
    too: "Vasiliades could not be reached for comment. He was…" goes on about him."""
    root = sent.root
    if root.lemma_.lower() in RELAY_LEMMAS:
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    for v in [root, *[c for c in root.children if c.dep_ == "conj"]]:
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                return c
    return None


def according_source(k: int, idx: ArticleIndex) -> Token | None:
    """X in a sentence ``k`` that closes with "…, according to X.": who a "he said" in the
    next sentence most often is (the sentence's own subject is the one X reports on)."""
    key = ("according", k)
    if key not in idx.sent_memo:
        sent = idx.sents[k]
        found = None
        for t in sent:
            if t.lower_ != "according" or t.i + 1 >= sent.end or t.doc[t.i + 1].lower_ != "to":
                continue
            obj = next((g for g in t.doc[t.i + 1].children if g.dep_ == "pobj"), None)
            rest = t.doc[obj.right_edge.i + 1 : sent.end] if obj is not None else ()
            if obj is not None and all(r.is_punct or r.is_space for r in rest):
                found = obj
        idx.sent_memo[key] = found
    return idx.sent_memo[key]  # type: ignore[return-value]


def dateline_end(tok: Token, idx: ArticleIndex) -> int:
    """Where the wire dateline opening ``tok``'s sentence ends ("PARIS (Reuters) - "), as a
    character offset; the sentence's start when it opens with none. Read once per sentence:
    every subject resolved asks."""
    k = idx.sentence_no(tok)
    key = ("dateline", k)
    if key not in idx.sent_memo:
        sent = idx.sents[k]
        filed = DATELINE.match(sent.text)
        idx.sent_memo[key] = sent.start_char + (filed.end() if filed else 0)
    return idx.sent_memo[key]  # type: ignore[return-value]


def in_embedded_post(pos: int, idx: ArticleIndex) -> bool:
    """Whether offset ``pos`` is in the paragraph of a social-media post set into the article
    (its credit line "— Name (@handle) April 1, 2017" or a pic.twitter.com link)."""
    text = doc_text(idx.doc)
    a = text.rfind("\n", 0, pos) + 1
    key = ("embed", a)
    if key not in idx.sent_memo:
        b = text.find("\n", pos)
        idx.sent_memo[key] = EMBED_CREDIT.search(text, a, b if b >= 0 else len(text)) is not None
    return idx.sent_memo[key]  # type: ignore[return-value]


def main_subject_of(k: int, idx: ArticleIndex) -> Token | None:
    """:func:`_main_subject` of sentence ``k``, once per sentence (``Span.root`` walks it)."""
    key = ("main", k)
    if key not in idx.sent_memo:
        idx.sent_memo[key] = _main_subject(idx.sents[k])
    return idx.sent_memo[key]  # type: ignore[return-value]


def speaking_names(k: int, idx: ArticleIndex) -> list[Token]:
    """The names in sentence ``k`` that the NER left untyped and that are the subject of a
    verb of saying ("Weir says it's unlikely…, it's by no means the end", "Pasztor told WANE
    she…"): a speaker there, whom a "he says" after it goes on with, although the sentence's
    main subject is another word ("it") and the one name typed a person is whom they told."""
    key = ("speaking", k)
    if key not in idx.sent_memo:
        idx.sent_memo[key] = [
            t
            for t in idx.sents[k]
            if t.dep_ == "nsubj"
            and t.pos_ == "PROPN"
            and not t.ent_type_
            and t.head.pos_ == "VERB"
            and t.head.lemma_.lower() in CUE_LEMMAS
        ]
    return idx.sent_memo[key]  # type: ignore[return-value]


def untyped_persons(k: int, idx: ArticleIndex) -> list[Token]:
    """The one-word names in sentence ``k`` that the NER left untyped but that stand for a
    person the article names in full ("the passage of time has given Plant, who is now 65, a
    different perspective" after "Robert Plant" was typed a person): named there, although
    :func:`~.index.sentence_persons` (entities only) does not see them."""
    key = ("untyped", k)
    if key not in idx.sent_memo:
        doc = idx.doc
        found = []
        for t in idx.sents[k]:
            if t.pos_ != "PROPN" or t.ent_type_ or idx.full_name.get(t.text) not in idx.persons:
                continue
            # (one word alone: "Plant", not a part of a longer name the NER missed, nor a name
            # that only says whose a thing is, "the Plant estate")
            if t.dep_ == "compound":
                continue
            before = doc[t.i - 1] if t.i > 0 else None
            after = doc[t.i + 1] if t.i + 1 < len(doc) else None
            if not any(n is not None and n.pos_ == "PROPN" for n in (before, after)):
                found.append(t)
        idx.sent_memo[key] = found[::-1]
    return idx.sent_memo[key]  # type: ignore[return-value]


def mistyped_persons(k: int, idx: ArticleIndex) -> list[Namesake]:
    """The full names in sentence ``k`` that a title or a first name marks as a person's but
    that the NER typed otherwise ("Rita Schrimsher of Athens, Alabama, tweeted…" typed a work
    of art): :func:`~.index.sentence_persons` (PERSON entities only) does not see them, and a
    "she said" after them goes on with them. Not a transcript's label ("GEORGE STEPHANOPOULOS:
    … and he asks"): whose turn it is speaks of others. Last first, as the nearest is
    likeliest."""
    key = ("mistyped", k)
    if key not in idx.sent_memo:
        s, text = idx.sents[k], doc_text(idx.doc)
        idx.sent_memo[key] = sorted(
            (
                o
                for group in idx.namesakes.values()
                for ms in group.mentions.values()
                for o in ms
                if s.start <= o.token < s.end
                and not _typed_person(o, idx)
                and text[o.span[1] : o.span[1] + 1] != ":"
            ),
            key=lambda o: -o.token,
        )
    return idx.sent_memo[key]  # type: ignore[return-value]


def _typed_person(o: Namesake, idx: ArticleIndex) -> bool:
    """Whether the NER typed the surname of the full-name mention ``o`` a person's: a title
    before the name may be left out of the entity ("President Trump Twitter" with "Trump
    Twitter" typed), and the mention's first word is then typed nothing."""
    words = idx.doc.char_span(*o.span, alignment_mode="expand")
    ent = idx.ent_of.get(words[-1].i) if words else None
    return ent is not None and ent.label_ == "PERSON"
