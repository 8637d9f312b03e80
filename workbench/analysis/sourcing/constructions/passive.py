"""Passive and raising constructions: "Cruz was endorsed by the governor" (the subject is the content, the
agent the source), "Sanders was declared the winner", "X is expected to …", "X seemed unconvinced",
"It appears that …" (no source written).
"""

from __future__ import annotations

import re

from ....article import Sentence
from ..boundaries import ContentBoundaries
from ..cues import Cue
from ..marks import _kind_of
from ..model import Draft
from ..phrase_ends import _object_end
from ..rules import function_rule, pattern_rule, word_rule
from ..speakers import (
    clause_start,
    common_noun_phrase_after,
    is_agent,
    noun_phrase_after,
)
from ..textutil import _WORD, _skip, _strip_content_end, _word_count
from ..words import _PREPOSITIONS, _RELATIVES

STAGE = "passive"

_RAISING_VERBS = word_rule(
    "raising_verbs",
    STAGE,
    frozenset({"seem", "appear"}),
    'Raising: the subject and the infinitive together are the content, no source is written ("The vote is expected to be close", "It appears that …"), unless the subject can act (rule seeming_agent).',
)

_NAMING_VERBS = word_rule(
    "naming_verbs",
    STAGE,
    frozenset("declare announce name label dub brand".split()),
    'Verbs that name what their object is; in the passive the subject is named ("was declared the winner").',
)

_CLAUSE_LINK = pattern_rule(
    "clause_link",
    STAGE,
    re.compile(
        r"(?:\b(?:[Aa]fter|[Aa]s|[Bb]efore|[Ww]hen|[Ww]hile|[Oo]nce|[Uu]ntil|[Ss]ince|[Ii]f|[Bb]ecause|[Tt]hat)|,)\s+"
    ),
    'A conjunction or comma opening the clause of a naming passive: "Shortly after Clinton was declared …" starts after "after".',
)


_NOT_PREDICATES = word_rule(
    "not_predicates",
    STAGE,
    _PREPOSITIONS | frozenset("as like that alongside together onstage there here before briefly and but or".split()),
    'After "appeared", words that start no predicate ("appeared on Fox News", "appeared with Trump").',
)


def _subject_before(text: str, lo: int, end: int) -> tuple[int, int]:
    """The subject of a clause whose verb starts at ``end``; a relative pronoun stands for it ("delegates who are
    expected")."""
    end = _strip_content_end(text, lo, end)
    last_word = text[lo:end].rsplit(None, 1)[-1:] or [""]
    if last_word[0].lower() in _RELATIVES:
        return end - len(last_word[0]), end
    return _skip(text, clause_start(text, lo, end), end), end


class PassiveAndRaising(ContentBoundaries):
    """Passives with an agent, naming passives and raising verbs."""

    @function_rule(
        "passive_with_agent",
        STAGE,
        '"Cruz was endorsed by the governor": the subject is the content, the agent the source.',
        off=None,
    )
    def _passive(self, match: Cue, lo: int, be_start: int, sentence: Sentence) -> Draft | None:
        """ "Cruz was endorsed by the governor": the subject is the content, the agent the source."""
        text = self.text
        subject_start, subject_end = _subject_before(text, lo, be_start)
        if not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        after = _skip(text, match.end, sentence.end)
        if not text.startswith("by ", after):
            return None
        by = _skip(text, after + 3, sentence.end)
        source = noun_phrase_after(text, by, sentence.end) or common_noun_phrase_after(text, by, sentence.end)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        content = [(subject_start, subject_end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    @function_rule(
        "naming_passive",
        STAGE,
        '"Sanders was declared the winner": the subject and what it was declared are the content, no source.',
        off=None,
    )
    def _named_passive(self, match: Cue, lo: int, be_start: int, sentence: Sentence) -> Draft | None:
        """ "Sanders was declared the winner in New Hampshire": the subject and what it was declared are the content;
        who declared it is not written."""
        text = self.text
        subject_start, subject_end = _subject_before(text, lo, be_start)
        for clause_link in _CLAUSE_LINK.finditer(
            text, subject_start, subject_end
        ):  # "Shortly after Clinton was declared …"
            subject_start = clause_link.end()
        if not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        start = _skip(text, match.end, sentence.end)
        end = _object_end(text, start, self._content_end(start, sentence))
        if _word_count(text, start, end) < 2:
            return None
        content = [(subject_start, subject_end), (start, end)]
        return Draft(_kind_of(text, content), content, match.span(), None, self.block.index, cue_word=match.word)

    @function_rule(
        "raising",
        STAGE,
        '"X is expected to …", "X seemed unconvinced", "It appears that …": subject and predicate are the content, no source.',
        off=None,
    )
    def _raised(self, match: Cue, lo: int, subject_end: int, sentence: Sentence) -> Draft | None:
        """ "X is expected to …", "X seemed (to be) unperturbed": the subject and the predicate are the
        content; "It appears that …": the clause is. No source is written."""
        text = self.text
        after = _skip(text, match.end, sentence.end)
        subject_start, subject_end = _subject_before(text, lo, subject_end)
        subject = text[subject_start:subject_end]
        following = _WORD.match(text, after, sentence.end)
        next_word = following.group().lower() if following else ""
        if subject.lower() == "it":
            start = self._content_start(match.end, match.word, sentence)
            if start is None or next_word != "that":
                return None
            content = [(start, self._content_end(start, sentence))]
        elif not 1 <= _word_count(text, subject_start, subject_end) <= 12:
            return None
        elif next_word == "to" or (
            match.word.lemma in _RAISING_VERBS and next_word and next_word not in _NOT_PREDICATES
        ):
            content = [(subject_start, subject_end), (after, self._content_end(after, sentence))]
        else:
            return None
        if _word_count(text, *content[-1]) < (1 if len(content) > 1 and next_word != "to" else 2):
            return None
        source = self._seeming_agent(match, content, next_word)
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    @function_rule(
        "seeming_agent",
        STAGE,
        'An agent that seems or appears to do something is its source: "Ortiz seemed to mock the plan" is Ortiz\'s '
        'mockery as the writer saw it; "The vote seems to be close" has no source.',
        off=None,
    )
    def _seeming_agent(self, match: Cue, content: list[tuple[int, int]], next_word: str) -> tuple[int, int] | None:
        """The subject of "seem"/"appear" + infinitive when it can act (a name, pronoun, group or document)."""
        if len(content) != 2 or next_word != "to" or match.word.lemma not in _RAISING_VERBS:
            return None
        subject = content[0]
        return subject if is_agent(self.text[subject[0] : subject[1]]) else None
