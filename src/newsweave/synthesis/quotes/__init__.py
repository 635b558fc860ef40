"""Direct quotes: where they are, who said them, and the same utterance across outlets.

Three steps, each usable alone, one module each: :mod:`.spans` finds the quoted
stretches in the text, :mod:`.extraction` attributes them with the parse (the cues
and speakers come from :mod:`.attribution`), and :mod:`.merging` merges mentions
of one utterance across articles. The pipeline stage is
:mod:`newsweave.synthesis.stages.quotes`.
"""
