"""Questions asked: "Asked whether …, Trump said …" (the source after the comma), "X was asked whether …",
"asked by host John Dickerson whether …" (the asker).
"""

from __future__ import annotations

import re

from ....article import Sentence
from ..boundaries import ContentBoundaries
from ..cues import Cue
from ..marks import _kind_of
from ..model import Draft
from ..phrase_ends import _object_end
from ..rules import function_rule, pattern_rule
from ..speakers import (
    BE_FORMS,
    common_noun_phrase_after,
    is_agent,
    mention_before,
    noun_phrase_after,
)
from ..textutil import _WORD, _skip, _strip_content_end

STAGE = "asked"

_ASKER = pattern_rule(
    "asker",
    STAGE,
    re.compile(
        r"by\s+(?P<asker>[^,;:“”\"]{1,60}?)\s+(?=(?:on\s+\w+\s+)?(?:about|whether|if|what|how|why|who|when|where|which|to)\b)"
    ),
    '"by" and who asked, before the question: "asked by host John Dickerson whether …", "by Ingraham on Thursday about …"',
)


_ADJUNCT_BEFORE_QUESTION = pattern_rule(
    "adjunct_before_question",
    STAGE,
    re.compile(
        r"(?:(?:on|at|in|during|after|later|again|repeatedly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        r"[^,;:“”\"]{0,40}?\s+)(?=(?:about|whether|if|what|how|why|who|where|which)\b)"
    ),
    'A short adjunct between \'asked\' and its question: "on Fox News", "at a briefing Monday", "later", "again".',
)


_QUESTION_START = pattern_rule(
    "question_start",
    STAGE,
    re.compile(
        r"(?:[a-z]+ly\s+)?(?:about|whether|if|what|how|why|who|when|where|which|to|"
        r"(?:a|the)\s+(?:[a-z-]+\s+){0,2}questions?\s+(?:about|on|over|regarding)\b)\b",
        re.IGNORECASE,
    ),
    'What opens the question after \'asked\' ("asked whether …", "asked about …", "asked to …", "asked a pointed question about …"); without it \'asked\' reports no question.',
)


_ASKED_SOMEONE = pattern_rule(
    "asked_someone",
    STAGE,
    re.compile(
        r"\s+(?:him|her|them|me|us|you|it|(?:the|a|an|his|her|their|its|our)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?|"
        r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
        r"(?:\s+(?:on|at|in|during|later|again|repeatedly)\b[^,;:“”\"]{0,40}?)?"
        r"\s+(?:(?P<topic>about|for)|(?P<clause>whether|if|what|how|why|who|when|where|which))\s"
    ),
    'The one asked and the question after an active "asked": "asked the mayor about the dispute", "asked the '
    'court for quick action", "asked her during a chat if she would commit".',
)


class Asked(ContentBoundaries):
    """ "asked whether …" with the one asked or the asker."""

    @function_rule(
        "asked",
        STAGE,
        '"Asked whether …, Trump said …", "X was asked whether …": the question is the content.',
        off=None,
    )
    def _asked(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        """ "Asked whether …, Trump said …" (source after the comma), "X was asked whether …" (source before)."""
        text = self.text
        start = _skip(text, match.end, sentence.end)
        asker = _ASKER.match(text, start, sentence.end)
        if asker:  # "Asked by Matt Lauer whether …", "Sanders was asked by host John Dickerson whether …"
            start = _skip(text, asker.end(), sentence.end)
        adjunct = _ADJUNCT_BEFORE_QUESTION.match(text, start, sentence.end)
        if adjunct:  # "Asked on Fox News who leads …", "Asked later whether …", "asked by Park on Thursday about …"
            start = adjunct.end()
        before = text[lo : match.start].split()
        if not _QUESTION_START.match(text, start, sentence.end):
            if match.start == sentence.start or (before and before[-1].lower() in BE_FORMS):
                return None
            return self._asked_someone(match, lo, sentence)
        if before and before[-1].lower() == "when" and len(before) > 1 and not before[-2].endswith(","):
            content = [(start, self._content_end(start, sentence))]  # "he said when asked about …": no asker named
            if not _WORD.search(text, *content[0]):
                return None
            return Draft(_kind_of(text, content), content, match.span(), None, self.block.index, cue_word=match.word)
        if match.start == sentence.start or [w.lower() for w in before] == ["when"]:
            comma = text.find(",", start, sentence.end)
            if comma == -1:
                return None
            after = _skip(text, comma + 1, sentence.end)
            source = noun_phrase_after(text, after, sentence.end) or common_noun_phrase_after(text, after, sentence.end)
            content = [(start, _strip_content_end(text, start, comma))]
        else:
            if not before or before[-1].lower() not in BE_FORMS | {"also"}:
                return self._asked_someone(match, lo, sentence)
            subject_end = lo + len(text[lo : match.start].rstrip()) - len(before[-1])
            source = mention_before(text, lo, subject_end)
            content = [(start, self._content_end(start, sentence))]
        if asker:
            source = asker.span("asker")
        if not _WORD.search(text, *content[0]):
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    @function_rule(
        "asked_someone_question",
        STAGE,
        '"Todd asked the mayor about the dispute", "Vargas asked her during a chat if she would commit": the asker '
        "before the verb is the source, the topic or the question after the one asked the content.",
        off=None,
    )
    def _asked_someone(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        text = self.text
        asked = _ASKED_SOMEONE.match(text, match.end, sentence.end)
        if asked is None or match.word.form != "past":
            return None
        source = mention_before(text, lo, match.start)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        start = asked.end("topic") if asked.group("topic") else asked.start("clause")
        start = _skip(text, start, sentence.end)
        end = self._content_end(start, sentence)
        if asked.group("topic"):
            end = _object_end(text, start, end)
        content = [(start, end)]
        if not _WORD.search(text, start, end):
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)
