"""Settings: the environment read once, into one frozen object; bad values named."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsweave.config import Settings
from newsweave.errors import ConfigError


def test_from_env_reads_every_variable_once() -> None:
    env = {
        "NEWSWEAVE_SPACY_MODEL": "en_core_web_md",
        "NEWSWEAVE_EMBEDDER": "hashing",
        "NEWSWEAVE_ONNX_MODEL": "/models/m.onnx",
        "NEWSWEAVE_TOKENIZER": "/models/tokenizer.json",
        "NEWSWEAVE_INT8_MATMUL": "0",
        "NEWSWEAVE_CACHE_DIR": "/var/cache/nw",
        "NEWSWEAVE_THREADS": "3",
        "NEWSWEAVE_TOKEN": "s3cret",
    }
    s = Settings.from_env(env)
    assert (s.spacy_model, s.embedder, s.onnx_model, s.tokenizer) == (
        "en_core_web_md",
        "hashing",
        "/models/m.onnx",
        "/models/tokenizer.json",
    )
    assert s.int8_matmul is False and s.cache_dir == Path("/var/cache/nw") and s.model_threads == 3
    assert s.api_token == "s3cret" and "s3cret" not in repr(s)  # a secret stays out of logs
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.embedder = "onnx-minilm"  # type: ignore[misc]


def test_an_empty_environment_gives_the_defaults() -> None:
    s = Settings.from_env({"XDG_CACHE_HOME": "/xdg"})
    d = Settings()
    assert dataclasses.replace(s, cache_dir=d.cache_dir) == d
    assert s.cache_dir == Path("/xdg/newsweave")  # the XDG convention when no cache dir is set


def test_a_bad_thread_count_is_named() -> None:
    with pytest.raises(ConfigError, match="NEWSWEAVE_THREADS must be a whole number, got 'two'"):
        Settings.from_env({"NEWSWEAVE_THREADS": "two"})


def test_allow_private_is_off_unless_set_to_1() -> None:
    assert Settings().allow_private is False
    assert Settings.from_env({"NEWSWEAVE_ALLOW_PRIVATE": "1"}).allow_private is True
    with pytest.raises(ConfigError, match="NEWSWEAVE_ALLOW_PRIVATE must be 0 or 1, got 'yes'"):
        Settings.from_env({"NEWSWEAVE_ALLOW_PRIVATE": "yes"})
