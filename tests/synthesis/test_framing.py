"""Framing: leads, omissions, loaded words in the outlet's own voice vs quoted."""

from __future__ import annotations

from newsweave.text.lexicons import loaded_terms_in


def test_quoted_words_are_the_speakers_not_the_outlets():
    text = 'The senator slammed the plan. He called the bill "a land grab" on Monday.'
    terms = {(t.label, t.voice) for t in loaded_terms_in(text)}
    assert ("slammed", "own") in terms
    assert ("land grab", "quoted") in terms


def test_reported_speech_is_attributed():
    text = (
        "Critics rejected the offer, saying it was nothing more than an imperial-style land grab."
    )
    voices = {t.label: t.voice for t in loaded_terms_in(text)}
    assert voices["land grab"] == "attributed"
    assert loaded_terms_in(text, own_words_only=True) == []


def test_seed_framing(seed_report):
    ev = seed_report.events[0]
    arts = {a.id: a for a in seed_report.articles}
    assert [fr.article for fr in ev.framing] == list(ev.articles)
    for fr in ev.framing:
        assert fr.lead and fr.lead_citations
        c = fr.lead_citations[0]
        assert arts[fr.article].text[c.start : c.end].startswith(fr.lead.rstrip(".")[:30])
        assert len(fr.loaded_terms) == len(fr.loaded_citations)
        for term, span in zip(fr.loaded_terms, fr.loaded_citations, strict=True):
            word = arts[fr.article].text[span.start : span.end].lower()
            assert term.split(" (")[0].split("-")[0][:4] in word or word[:4] in term
    moscow = next(fr for fr in ev.framing if fr.article.startswith("002"))
    assert "slammed" in moscow.loaded_terms  # AFP's own verb for Putin's words
    assert not any(t.startswith("ultimatum") for t in moscow.loaded_terms)  # Putin's word, quoted
    # omissions are majority facts the article is not a source of (and says nowhere)
    majority = len(ev.articles) // 2 + 1
    for fr in ev.framing:
        allowed = {
            f.text for f in ev.facts if len(f.sources) >= majority and fr.article not in f.sources
        }
        assert set(fr.omits) <= allowed
    first = next(fr for fr in ev.framing if fr.article.startswith("000"))
    assert any("Erdogan" in o for o in first.omits)  # it never mentions Turkey's mediator
    assert not any("preconditions" in o for o in first.omits)  # it quotes Putin on that
    leads = [fr.lead_fact for fr in ev.framing]
    assert 0 in leads  # most outlets lead with the main fact
