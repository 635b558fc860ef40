"""render_report: JSON, Markdown with citation markers, HTML via the web page module."""

from __future__ import annotations

import json
import re

import pytest

from newsweave.errors import NewsweaveError
from newsweave.serve.render import render_report


def test_json_is_the_report(seed_report):
    data = json.loads(render_report(seed_report, "json"))
    assert data == json.loads(json.dumps(seed_report.to_json()))
    assert data["schema"] == "newsweave.event/1"


def test_markdown_has_brief_with_markers_and_sources(seed_report):
    md = render_report(seed_report, "md")
    ev = seed_report.events[0]
    assert md.startswith(f"# {ev.title}")
    assert "## Brief" in md and "## Sources" in md and "## Facts" in md
    brief = md.split("## Brief", 1)[1].split("## Sources", 1)[0]
    lines = [x for x in brief.splitlines() if x.strip()]
    assert len(lines) == len(ev.brief)
    assert all(re.search(r"\[\d\]$", x) for x in lines)
    for k in range(1, len(ev.articles) + 1):
        assert f"- [{k}] " in md
    assert "Kallas" not in md


def test_html_and_unknown_format(seed_report):
    try:
        html = render_report(seed_report, "html")
    except NewsweaveError as exc:  # the web page module is not installed in this checkout
        assert "webpage" in str(exc)
    else:
        assert "<html" in html.lower() and "Istanbul" in html
    with pytest.raises(NewsweaveError):
        render_report(seed_report, "pdf")
