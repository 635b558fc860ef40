"""``POST /api/ingest`` with JSON records that hold lone surrogates (issue #16, finding 1).

A valid JSON escape such as ``"\\udcff"`` decodes to a lone surrogate, which no UTF-8 writer
accepts: the request was a 500 and stored nothing. The API builds its articles with
``sources.files.article_from_record``, which repairs them (U+FFFD, listed in ``removed``).
"""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from newsweave.serve.app import BackgroundServer, create_app

TOKEN = "test-token-surrogates"
STORY = (
    "The night ferry to Crane Island was cancelled on Monday after a fault in its steering gear, "
    "the harbour authority said in a statement. Engineers expect to finish the repair by "
    "Wednesday, and a replacement boat will run twice a day until then."
)


@pytest.mark.slow
def test_records_with_lone_surrogates_are_stored_repaired(tmp_path: Path) -> None:
    body = (
        '{"records": [{"id": "good", "text": "' + STORY + '"}, '
        '{"id": "odd\\udcff", "title": "Ferry \\udcff", "text": "' + STORY + ' Again \\udcff."}]}'
    )
    app = create_app(str(tmp_path / "news.db"), token=TOKEN)
    with BackgroundServer(app) as srv, httpx.Client(base_url=srv.url, timeout=120) as client:
        r = client.post(
            "/api/ingest",
            content=body.encode("ascii"),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 201, r.text
        assert r.json()["added"] == 2
        art = client.get("/api/articles/odd\ufffd").json()
    assert art["title"] == "Ferry \ufffd" and art["text"].endswith("Again \ufffd.")
    assert [s["text"] for s in art["removed"] if s["reason"] == "encoding"] == ["\\udcff"] * 3
    json.dumps(art, ensure_ascii=False).encode("utf-8")
