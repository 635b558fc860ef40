from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from newsweave import nlp
from newsweave.config import Settings
from newsweave.errors import ConfigError
from newsweave.models import Article

SETTINGS = Settings()  # the defaults: no environment read


def parse(arts, **kw):
    return nlp.analyze(arts, nlp.get_spacy(SETTINGS), **kw)


def test_default_embedder_ranks_paraphrases_above_unrelated_text():
    emb = nlp.get_embedder(SETTINGS)
    v = emb.encode(
        [
            "The cat sat on the mat.",
            "A feline rested on the rug.",
            "Quantum mechanics describes subatomic particles.",
        ]
    )
    assert v.shape == (3, emb.dim)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-4)
    sims = v @ v.T
    assert sims[0, 1] > 0.4 > sims[0, 2]


def test_embedder_is_loaded_once_and_batches_keep_order():
    emb = nlp.get_embedder(SETTINGS)
    assert nlp.get_embedder(SETTINGS) is emb
    texts = [
        "short",
        "a much longer sentence about ceasefire talks in Istanbul on Thursday",
        "mid length text",
    ]
    batch = emb.encode(texts)
    one_by_one = np.vstack([emb.encode([t]) for t in texts])
    assert np.allclose(batch, one_by_one, atol=1e-4)


def test_hashing_embedder_needs_no_model():
    v = nlp.get_embedder(Settings(embedder="hashing")).encode(
        ["talks in Istanbul", "talks in Istanbul", "gold prices"]
    )
    assert v[0] @ v[1] == pytest.approx(1.0)
    assert v[0] @ v[2] < 0.5


def test_unknown_embedder_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown embedder"):
        nlp.get_embedder(Settings(embedder="word2vec-from-the-moon"))


def test_sentences_never_cross_a_paragraph_break():
    text = "NO CEASEFIRE?\nPutin's proposal came hours after the meeting. He said so.\n\nBoth sides agreed"
    [an] = parse([Article(id="x", text=text)])
    got = [s.text for s in an.sentences]
    assert got[0] == "NO CEASEFIRE?"
    assert "Both sides agreed" in got
    for s in an.sentences:
        assert text[s.start : s.end] == s.text
        assert "\n" not in s.text
    assert [s.index for s in an.sentences] == list(range(len(an.sentences)))


@pytest.fixture
def model_calls(monkeypatch):
    """The shared embedder, with every text that reaches the model (past the cache) recorded."""
    emb = nlp.get_embedder(SETTINGS)
    sent: list[str] = []
    real = emb._encode

    def counting(texts):
        sent.extend(texts)
        return real(texts)

    monkeypatch.setattr(emb, "_encode", counting)
    return emb, sent, real


def test_embedder_sends_each_distinct_text_to_the_model_once(model_calls):
    emb, sent, real = model_calls
    a = "Kremlin aides met Ukrainian envoys in a test sentence seen only here."
    b = "A second sentence that no other test embeds, about grain exports."
    first = emb.encode([a, b, a])
    again = emb.encode([b, a])
    assert sorted(sent) == sorted([a, b])  # the duplicate and the repeat came from the cache
    assert np.array_equal(first[0], first[2])
    assert np.array_equal(again, first[[1, 0]])
    fresh = real([a, b])
    assert np.allclose(first[:2], fresh, atol=1e-5)  # cached vectors are the model's


def test_doc_ents_and_sents_are_built_once_per_doc():
    [an] = parse(
        [
            Article(
                id="x", text="Vladimir Putin spoke in Moscow. Volodymyr Zelensky replied from Kyiv."
            )
        ]
    )
    ents = nlp.doc_ents(an.doc)
    assert ents is nlp.doc_ents(an.doc)
    assert [(e.start_char, e.end_char, e.label_) for e in ents] == [
        (e.start_char, e.end_char, e.label_) for e in an.doc.ents
    ]
    sents = nlp.doc_sents(an.doc)
    assert sents is nlp.doc_sents(an.doc)
    assert [s.text for s in sents] == [s.text for s in an.doc.sents]
    assert nlp.doc_text(an.doc) == an.doc.text


def test_prefetched_texts_are_embedded_once_in_the_background(model_calls):
    emb, sent, real = model_calls
    texts = [
        "A prefetch test sentence about a harbour bridge closing for repairs.",
        "Another prefetch test sentence: the council voted on Tuesday night.",
    ]
    emb.prefetch(texts)
    emb.prefetch(texts)  # already under way or done: not sent twice
    got = emb.encode([texts[1], texts[0], texts[1]])
    assert sorted(sent) == sorted(texts)
    assert np.allclose(got[[1, 0]], real(texts), atol=1e-5)
    assert np.array_equal(got[0], got[2])


def test_analyze_hands_over_each_parsed_article_in_order():
    arts = [
        Article(id=f"a{i}", text=f"Sentence number {i} is here. And a second one.")
        for i in range(3)
    ]
    seen: list[str] = []
    out = parse(arts, on_parsed=lambda an: seen.append(an.article.id))
    assert seen == ["a0", "a1", "a2"] == [an.article.id for an in out]


def test_a_failed_prefetch_surfaces_at_encode_and_is_retried(monkeypatch):
    emb = nlp.get_embedder(SETTINGS)
    real = emb._encode

    def broken(texts):
        raise RuntimeError("model crashed")

    text = "A sentence whose first embedding attempt fails in the background thread."
    monkeypatch.setattr(emb, "_encode", broken)
    emb.prefetch([text])
    with pytest.raises(RuntimeError, match="model crashed"):
        emb.encode([text])
    monkeypatch.setattr(emb, "_encode", real)
    v = emb.encode([text])  # nothing half-done is left behind: the model is asked again
    assert np.allclose(v, real([text]), atol=1e-5)


def test_a_waiting_caller_embeds_queued_tasks_itself(model_calls, monkeypatch):
    emb, _sent, real = model_calls
    threads: list[str] = []
    slow = emb._encode

    def traced(texts):
        threads.append(threading.current_thread().name)
        time.sleep(0.02)  # slow enough that tasks are still queued when the caller asks
        return slow(texts)

    monkeypatch.setattr(emb, "_encode", traced)
    texts = [
        f"Queued sentence number {i} about the harbour bridge repairs."
        for i in range(5 * nlp.PREFETCH_TASK)
    ]
    emb.prefetch(texts)
    got = emb.encode(texts)
    assert "MainThread" in threads  # the caller took tasks over instead of waiting
    assert any(t.startswith("newsweave-embed") for t in threads)  # beside the background thread
    assert len(threads) == 5  # every task ran once, wherever it ran
    assert np.allclose(got, real(texts), atol=1e-5)


def test_int8_copy_is_derived_once_and_each_vector_depends_on_its_text_alone(tmp_path):
    shipped = nlp.find_onnx_model()
    path = nlp.int8_matmul_model(shipped, tmp_path)
    assert Path(path).parent == tmp_path and Path(path).exists()
    built = Path(path).stat().st_mtime_ns
    assert (
        nlp.int8_matmul_model(shipped, tmp_path) == path and Path(path).stat().st_mtime_ns == built
    )
    assert [p.name for p in tmp_path.iterdir()] == [Path(path).name]  # no temporary left over
    texts = [
        "Russia proposed direct talks with Ukraine in Istanbul on Thursday.",
        "Moscow offered to meet Kyiv's negotiators in Turkey this week.",
        "The footbridge collapsed into the river after days of heavy rain.",
    ]
    tokenizer = nlp.find_tokenizer()
    fast, ref = (nlp.OnnxMiniLM(p, tokenizer, threads=1) for p in (path, shipped))
    assert (fast.batch, ref.batch) == (1, nlp.EMBED_BATCH)  # the copy says so itself
    v, r = fast.encode(texts), ref.encode(texts)
    assert np.all((v * r).sum(1) > 0.97)  # the same model, computed in int8
    alone = np.vstack([fast.encode([t]) for t in texts])
    assert np.array_equal(alone, fast.encode(texts[::-1])[::-1])  # batch-independent
    assert (v @ v.T)[0, 1] > (v @ v.T)[0, 2] + 0.2


def test_int8_copy_falls_back_to_the_shipped_model_when_it_cannot_be_written(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    shipped = nlp.find_onnx_model()
    assert nlp.int8_matmul_model(shipped, blocker / "cache") == shipped


def test_a_long_text_is_parsed_in_pieces_with_its_offsets_unchanged(monkeypatch):
    """Past PARSE_CHUNK_CHARS a text is parsed in pieces cut after newlines and joined into
    one Doc: the same text, sentences and entities at the same offsets, and the check between
    pieces runs (a time budget can stop a long parse)."""
    from newsweave.nlp import parse as parse_mod

    para = 'Mayor Anna Berg said on Monday "we will rebuild the bridge." The council agreed.\n'
    text = para * 12
    model = nlp.get_spacy(SETTINGS)
    whole = model(text)
    monkeypatch.setattr(parse_mod, "PARSE_CHUNK_CHARS", len(para) * 3 + 5)
    calls: list[int] = []
    doc = parse_mod.parse_text(text, model, between=lambda: calls.append(1))
    assert doc.text == text and len(calls) == 3  # four pieces of three paragraphs
    assert parse_mod.doc_text(doc) == doc.text  # kept from the parse, not re-joined
    assert [(s.start_char, s.end_char) for s in doc.sents] == [
        (s.start_char, s.end_char) for s in whole.sents
    ]
    assert [(e.start_char, e.label_) for e in doc.ents] == [
        (e.start_char, e.label_) for e in whole.ents
    ]


def test_the_text_kept_at_the_parse_is_the_docs_own():
    """:func:`doc_text` of a parse is the text parsed, kept at the parse: the Doc's own text,
    character for character, with its runs of spaces, tabs and line breaks."""
    from newsweave.nlp.parse import parse_text

    text = "  The ferry  left at dawn.\n\n\tIt docked\u00a0late ,  the port said. \n"
    doc = parse_text(text, nlp.get_spacy(SETTINGS))
    assert nlp.doc_text(doc) == doc.text == text


def test_a_text_past_the_parsers_limit_is_an_input_error_naming_it(monkeypatch):
    """spaCy raises a bare ValueError (E088) past ``nlp.max_length``; newsweave names the
    article and the limit instead."""
    from newsweave.errors import InputError
    from newsweave.nlp.parse import parse_text

    model = nlp.get_spacy(SETTINGS)
    monkeypatch.setattr(model, "max_length", 1000)
    with pytest.raises(InputError, match=r"big\.txt: text of 1,500 characters .* limit of 1,000"):
        parse_text("word " * 300, model, source="big.txt")
