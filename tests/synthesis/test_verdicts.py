"""The writer's verdict on the news is labelled a reading, never stated as news (own prose)."""

from __future__ import annotations


def test_a_judgement_no_one_holds_is_the_writer_s(settings) -> None:
    """Own prose after multinews validation events 102, 107 and 211 (columns on a speech, a
    review of a computer): a word of worth said of a main clause's subject ("remains pretty
    bad", "it's wise for", "is impressive — and also very, very dull"), a judged manner
    ("eloquently answered") and the writer's guess ("would probably be", "almost certainly
    did not") are the writer's verdict; the same words held by someone named, quoted, or in
    a clause that only describes, and a plain description, are not."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.verdicts import writer_verdict

    nlp = get_spacy(settings)
    verdicts = (
        "The mayor's chance of a second term remains pretty bad, but it's a little less bad "
        "tonight than it was this morning.",
        "From a practical standpoint, it's wise for the harbour board to avoid talking about "
        "the insurance.",
        "The new ferry is impressive — and also very, very dull.",
        "The mayor eloquently answered those on the council who wanted the quay closed.",
        "The ferry's old owners would probably be more than happy to buy it back.",
        "The 1990 harbour rules almost certainly did not foresee cranes of that size.",
    )
    for text in verdicts:
        assert writer_verdict(nlp(text)[:]), text
    held = (
        "The harbour master said the mayor's plan was bad for the fishermen.",
        "The plan is bad for the fishermen, the harbour master wrote on Tuesday.",
        "“It is wise to close the quay,” the mayor told reporters.",
        "The crane, which the board thought was good for twenty more years, fell on Tuesday.",
        "The quay was closed for six hours on Tuesday after the crane fell.",
        "The crane operator was unable to reach the controls in time.",
    )
    for text in held:
        assert not writer_verdict(nlp(text)[:]), text


def test_a_sentence_inside_a_quotation_of_several_is_the_speaker_s(settings) -> None:
    """Own prose after multinews validation 105 (a couple's statement over three sentences):
    the middle sentence has no quotation mark of its own, yet its judgement is the couple's,
    not the writer's; the same sentence outside the quotation is the writer's."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.verdicts import writer_verdict

    nlp = get_spacy(settings)
    quoted = nlp(
        "“We want to give some of it away. It has been good to wait a year before selling. "
        "We had time to think,” said the couple."
    )
    middle = list(quoted.sents)[1]
    assert middle.text.startswith("It has been good"), middle.text
    assert not writer_verdict(middle)
    plain = nlp(
        "They want to give some of it away. It has been good to wait a year before selling."
    )
    assert writer_verdict(list(plain.sents)[1])


def test_how_something_strikes_the_writer_is_the_writer_s(settings) -> None:
    """Own prose after multinews validation events 070, 181 and 247 (reviews of films, a
    column on one): a main verb that tells how a thing strikes the writer ("seems content",
    "comes off as", "comes across as", "plays like") and a critic's grade ("is terrific")
    are the writer's verdict; the same verbs in their plain sense, or held by someone
    named, are not."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.verdicts import writer_verdict

    nlp = get_spacy(settings)
    verdicts = (
        "The new director seems content to leave the harbour town as the novel drew it.",
        "The remake often comes off as a tribute band playing the old film's best scenes.",
        "The ferry captain doesn't come across as a hero in the sequel.",
        "For most of its length, the film plays like a slow and careful thriller.",
        "The actor who plays the harbour master is terrific.",
    )
    for text in verdicts:
        assert writer_verdict(nlp(text)[:]), text
    plain = (
        "The striker came off the bench and played in the final on Sunday.",
        "The ferry came across the bay in forty minutes.",
        "The remake seems dull, the critic wrote on Friday.",
        "Critics said the actor who plays the harbour master is terrific.",
    )
    for text in plain:
        assert not writer_verdict(nlp(text)[:]), text


def test_a_connective_before_the_words_is_no_one_s_saying(settings) -> None:
    """Own prose after multinews validation 139: "That said," opens the writer's guess
    ("would probably be more than happy"), and the parse makes its "said" the sentence's
    main verb; read from the words the brief shows, the guess is the writer's still."""
    from newsweave.nlp.load import get_spacy
    from newsweave.synthesis.verdicts import writer_verdict

    nlp = get_spacy(settings)
    doc = nlp(
        "That said, the harbour's seals would probably be more than happy to swim in the icy water."
    )
    shown = doc.char_span(len("That said, "), len(doc.text), alignment_mode="expand")
    assert shown is not None and writer_verdict(shown)


def test_a_column_s_verdict_is_labelled_a_reading() -> None:
    """Own prose after multinews validation event 107 (a speech told only in columns): three
    columns tell what the mayor asked, then each its verdict on her ("it's wise for the mayor
    to avoid ...", "remain pretty bad", "was impressive — and also very, very long"); the
    brief opens on what was asked, and a verdict it shows to make up its three lines is
    labelled a reading, never stated as news."""
    from newsweave.models import Article
    from newsweave.synthesis.weave import weave

    bodies = [
        "Mayor Anna Lund asked the Port Ellis council on Tuesday night to pay for two new "
        "cranes on the northern quay.\n\nFrom a practical standpoint, it's wise for the mayor "
        "to avoid talking about the insurance on the northern quay.\n\nThe council will vote "
        "on the cranes in March.",
        "Mayor Anna Lund on Tuesday night asked the council of Port Ellis to buy two new cranes "
        "for the northern quay.\n\nThe mayor's chances of a second term remain pretty bad, but "
        "they are less bad tonight than they were this morning.\n\nThe two cranes would cost "
        "the town 14 million euros, the mayor told the council.",
        "On Tuesday night Mayor Anna Lund asked the Port Ellis council to fund two new cranes "
        "for its northern quay.\n\nThe mayor's speech to the council was impressive — and also "
        "very, very long.\n\nThe old crane fell onto the quay in January.",
    ]
    arts = [Article(id=f"a{i}", text=b) for i, b in enumerate(bodies)]
    brief = weave(arts).events[0].brief
    assert brief and "asked" in brief[0].text, brief
    verdicts = ("wise for the mayor", "pretty bad", "impressive")
    shown = [b for b in brief if any(v in b.text for v in verdicts)]
    assert all(b.label == "analysis" for b in shown), brief
