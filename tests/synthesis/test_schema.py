"""The JSON schema of newsweave.event/1 is valid and the seed report conforms to it."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

import newsweave

SCHEMA = Path(newsweave.__file__).parent / "schemas" / "event.schema.json"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_seed_report_validates(validator, seed_report):
    data = json.loads(json.dumps(seed_report.to_json()))
    errors = sorted(validator.iter_errors(data), key=str)
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def test_schema_rejects_broken_reports(validator, seed_report):
    data = json.loads(json.dumps(seed_report.to_json()))
    bad = copy.deepcopy(data)
    del bad["events"][0]["facts"][0]["citations"][0]["end"]
    assert not validator.is_valid(bad)
    bad = copy.deepcopy(data)
    bad["events"][0]["brief"][0]["citations"] = []
    assert not validator.is_valid(bad)
    bad = copy.deepcopy(data)
    bad["schema"] = "newsweave.event/2"
    assert not validator.is_valid(bad)


def test_every_field_is_documented():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    for name in (
        "fact",
        "unique",
        "entity",
        "timeline",
        "contradiction",
        "framing",
        "brief",
        "event",
    ):
        assert schema["$defs"][name].get("description"), name
