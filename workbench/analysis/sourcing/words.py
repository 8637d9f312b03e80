"""Word classes shared by several constructions (finite cue forms, speech-only verbs, prepositions, words
that cannot stand inside a subject).
"""

from __future__ import annotations

from .rules import word_rule

STAGE = "words"

_FINITE_FORMS = word_rule(
    "finite_forms",
    STAGE,
    frozenset({"base", "3sg", "past", "phrase"}),
    "Cue forms that can be a finite verb (with a subject before it or an inverted source after it).",
)

_SPEECH_ONLY = word_rule(
    "speech_only",
    STAGE,
    frozenset(
        "say tell add write ask explain insist argue claim reply respond tweet complain testify declare recall "
        "admit warn announce predict contend concede stress remark quip joke boast".split()
    ),
    'Verbs that only people and organisations do: any noun phrase before them is their source ("The actress said", "an audience member asked").',
)


_BEFORE_A_NOUN = word_rule(
    "before_a_noun",
    STAGE,
    frozenset("the a an of this these those its their his her our my your to in for on with by from at".split()),
    'Words after which a cue\'s form is a noun ("a set of rules that", "the plans that").',
)


_RELATIVES = word_rule(
    "relatives",
    STAGE,
    frozenset({"who", "which", "that"}),
    'Relative pronouns that stand for a subject: "delegates who are expected", "a group that says".',
)

_PREPOSITIONS = word_rule(
    "prepositions",
    STAGE,
    frozenset("in to for about with on at by from during after before via".split()),
    'Prepositions: after a cue they open an adjunct ("said in a statement that …"), before a gerund they make it no cue of its own.',
)

_NOT_IN_SUBJECT = word_rule(
    "not_in_subject",
    STAGE,
    frozenset(
        "is are was were be been being has have had will would could can may might should must do did does not and or but "
        "that which who when while if because as to still began begins started starts".split()
    ),
    'Words that are not inside a cue\'s subject: verbs, conjunctions, "to". Unlike the short noun phrases of ``speakers`` a subject may hold a prepositional modifier ("Aides to Clinton", "People briefed on the talks").',
)


# Common irregular past forms, for a second verb that has no "-ed" ending.
_IRREGULAR_PASTS = (
    "took|made|gave|went|held|won|lost|spent|left|met|kept|got|ran|came|became|began|wrote|spoke|sent|drew"
)
