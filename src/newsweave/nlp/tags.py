"""Part-of-speech tags and dependency labels of the shared parser that several stages read
the same way.

The pipeline tags with the Penn Treebank set and labels with ClearNLP's dependencies; a set
written out in each stage that reads it drifts apart (one stage adds a label, another does
not), so each is named here once.
"""

# Penn tags of a finite verb in the simple present ("she walks", "they walk", "is seen"): a
# state that holds now, a caption's moment, a report that goes on. No modal ("will close" tells
# news to come) and no past or participle.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Dependencies of a clause's subject, active or passive ("she left", "he was arrested"); a
# stage that also counts clausal subjects or an expletive "there" names its own wider set.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
