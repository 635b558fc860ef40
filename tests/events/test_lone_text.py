"""A lone article's last second chance: the story whose whole text it shares."""

from __future__ import annotations

from story_features import two_stories_and_a_piece

from newsweave.events.cluster import cluster_documents
from newsweave.events.features import DocFeatures, term_counts
from newsweave.events.index import (
    RESCUE_DISTINCT_RATIO,
    RESCUE_THRESHOLD,
    EventIndex,
)
from newsweave.events.linkage import mean_cosine, text_vector
from newsweave.events.lone_text import (
    TOLD_SHARE_MIN,
    particulars_vector,
    text_told_event,
)


def _post_case(*, story: int, details: int) -> list[DocFeatures]:
    """Two stories of one kind (``story`` articles, and three), five unrelated articles, and a
    post by the first story's subject: its lead as near to both stories, its heaviest words its
    own, and ``details`` words of the first story's (its cause, its people, its figures)."""
    return two_stories_and_a_piece(
        seed=17,
        piece="post",
        first_size=story,
        particulars=60,
        details=details,
        lead=(1.0, 1.0),
        lead_noise=3.0,
    )


def _where(feats: list[DocFeatures]) -> tuple[tuple[str, ...], float, float]:
    """The post's event, and its similarity to each story (without it)."""
    clusters = [c.members for c in cluster_documents(feats).clusters]
    idx = EventIndex()
    idx.add_many(feats)
    idx.refine()
    scores = idx.candidate_scores("post", exclude_own=False)
    a, b = (scores[idx.event_of[d]] for d in ("a0", "b0"))
    return next(c for c in clusters if "post" in c), a, b


def test_a_lone_post_joins_the_story_whose_whole_text_it_shares():
    """Near two stories of a kind alike, the post stands out from neither by the similarity;
    its whole text repeats one story's particulars, and it joins that story."""
    members, a, b = _where(_post_case(story=2, details=60))
    assert members == ("a0", "a1", "post"), members
    # the case this is about: no other second chance takes it
    assert max(a, b) < RESCUE_THRESHOLD and min(a, b) > RESCUE_DISTINCT_RATIO * max(a, b), (a, b)


def test_a_lone_post_sharing_few_of_a_storys_particulars_stays_alone():
    """With few of the story's particulars (a fifth), the post stays alone."""
    members, _, _ = _where(_post_case(story=2, details=12))
    assert members == ("post",), members


def test_function_words_of_another_language_tell_no_story():
    """Two unrelated pages in a language few stored pages share: its function words are rare
    in the store and carry most of what the two texts share, yet tell no story's particulars."""
    first = term_counts(
        "Não sei se você já ouviu falar, mas para mim a viagem de que falo foi uma das melhores"
        " que fiz com a minha família, e por isso conto aqui como foi."
    )
    second = term_counts(
        "Se você quer uma receita de bolo que não leva ovos, aqui está a que eu faço para os"
        " meus filhos: é só misturar tudo e por no forno."
    )
    df = {h: 2 for h, _ in (*first, *second)}
    whole = mean_cosine(text_vector(first, df, 200), [text_vector(second, df, 200)])
    kept = mean_cosine(particulars_vector(first, df, 200), [particulars_vector(second, df, 200)])
    assert kept < TOLD_SHARE_MIN <= whole, (kept, whole)
    assert (
        text_told_event(
            particulars_vector(first, df, 200), {"e": [particulars_vector(second, df, 200)] * 2}
        )
        is None
    )
