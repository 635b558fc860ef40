"""What completes a verb or a predicate: the phrase a headline cut before would leave a
clause saying something else or nothing ("has crowned Sweden | as the world's best country",
"a teacher was obsessed | with one of her students"). Data that
:func:`newsweave.text.headline_cut.complement_left_open` reads, apart from
:mod:`newsweave.text.headline_patterns` so that module keeps its size.
"""

from __future__ import annotations

# Verbs whose object a phrase of its own completes, and the word opening that phrase (verb
# forms, preposition; matched case-blind): "found a way to turn mouse ES cells | into sperm",
# "contrasted last week's debate, which ..., | with the first Democratic debate". Cut before
# it, the verb and its object say something else or nothing, so no cut falls there. Not
# verbs that are also common nouns or adjectives ("trade", "separate", "mistake"), nor a
# word that also opens an infinitive ("compared the data | to find").
COMPLEMENTED_VERBS: tuple[tuple[str, str], ...] = (
    (r"(?:turn|transform|convert)(?:s|ed|ing)?", r"into"),
    (r"contrast(?:s|ed|ing)?|compar(?:e|es|ed|ing)", r"with"),
    (r"replac(?:e|es|ed|ing)", r"with"),
    (r"blam(?:e|es|ed|ing)", r"for"),
    (r"position(?:s|ed|ing)?", r"as"),
    # a verb of naming or judging and what it names its object ("has crowned Sweden | as the
    # world's best country", "described the UN security council, which ..., | as a tool")
    (
        r"describ(?:e|es|ed|ing)|crown(?:s|ed|ing)?|brand(?:s|ed|ing)|hail(?:s|ed|ing)?|"
        r"portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|depict(?:s|ed|ing)?|"
        r"regard(?:s|ed)|tout(?:s|ed|ing)?",
        r"as",
    ),
    # a verb of telling and its hearer before what was told ("sources told The New York Times
    # and then CNN | on Tuesday night that Comey wrote ...")
    (r"told|tells", r"that"),
)

# A predicate's participle or adjective and the preposition opening what it needs: cut
# before it, a clause says nothing ("a teacher was obsessed | with one of her students").
PREDICATE_COMPLEMENTS: tuple[tuple[str, str], ...] = (
    (r"obsessed|fascinated|infatuated|charged|credited|associated|involved", r"with"),
    (r"linked|tied|addicted|related|similar|akin|connected|attributed|exposed", r"to"),
    (r"accused|suspected|convicted|guilty|aware|afraid|capable|innocent|fond", r"of"),
    # named or judged as something in the passive ("was cited | as part of the reason")
    (r"cited|described|crowned|branded|hailed|portrayed|characteri[sz]ed|touted|regarded", r"as"),
    (r"rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?", r"on"),  # "so it relies | on the US"
)
