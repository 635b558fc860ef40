"""Who said what: quotes and reported speech, their speakers, one entry per utterance.

One step per module, each usable alone: :mod:`.spans` finds the quoted stretches in the
text; :mod:`.extraction` attributes them with the parse (cues from :mod:`.cues`, speakers
from :mod:`.attribution`, namesakes, gender and speaker types from :mod:`.speakers`) and
adds the reported speech :mod:`.reported` finds ("Putin said he would…", "according to
the ministry, …"); :mod:`.merging` merges mentions of one utterance across articles.
The pipeline stage is :mod:`newsweave.synthesis.stages.quotes`.
"""
