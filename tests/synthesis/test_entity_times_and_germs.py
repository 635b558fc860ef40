"""Names that are no body's, place's or person's (own prose): a period of prehistory is a time,
no entity, and a gene written as one is shown without a type."""

from __future__ import annotations

from newsweave.models import Article
from newsweave.synthesis.entity_names import prehistoric_period
from newsweave.synthesis.entity_types import UNTYPED
from newsweave.synthesis.pipeline import Workspace, run

TEXT = (
    "The team looked at the GDF5 gene in mice and in people. Variants of the GDF5 gene shorten "
    "the bones, the researchers at Stanford University said. Height fell after the Upper "
    "Paleolithic, they wrote, long after people had reached the Middle East."
)


def _entities(text: str):
    import newsweave.synthesis.stages.analyze  # noqa: F401  (registers every stage)

    return run(Workspace([Article("a1", text)]), ["entities"]).entities


def test_a_gene_is_untyped_and_an_era_no_entity() -> None:
    types = {e.name: e.type for e in _entities(TEXT)}
    assert types["GDF5"] == UNTYPED, types
    assert types["Stanford University"] == "ORG"
    assert "Upper Paleolithic" not in types


def test_a_period_is_read_with_its_qualifier_and_noun_only() -> None:
    assert prehistoric_period("Upper Paleolithic")
    assert prehistoric_period("Late Jurassic Period")
    assert prehistoric_period("Cretaceous")
    assert not prehistoric_period("Jurassic Park")
    assert not prehistoric_period("Late Show")
