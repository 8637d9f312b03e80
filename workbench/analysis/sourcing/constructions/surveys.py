"""Surveys and polls as sources: "In a CBS News poll, 50 percent chose Clinton", "Clinton leads in the
latest poll".
"""

from __future__ import annotations

import re

from ..boundaries import _SUBORDINATE_OPENING, ContentBoundaries
from ..marks import _QUOTE_CHAR, _kind_of
from ..model import Draft
from ..rules import pattern_rule
from ..speakers import (
    clause_start,
)
from ..textutil import _skip, _strip_content_end, _word_count

STAGE = "surveys"

_SURVEY_LEAD = pattern_rule(
    "survey_lead",
    STAGE,
    re.compile(
        r"(?P<cue>In)\s+(?P<source>(?:a|an|the)\s[^,.;:“”\"]{0,60}?\b(?:poll|survey|study|analysis)s?\b[^,;:“”\"]{0,50}),\s+"
    ),
    'A sentence opening with the survey it reports: "In the latest CNN/ORC poll, Carson fell to 10 percent".',
)


_SURVEY_TAIL = pattern_rule(
    "survey_tail",
    STAGE,
    re.compile(
        r"\s(?P<cue>in)\s+(?P<source>(?:(?:the|a|an|this|that|latest|new|recent|same|several|most|public|opinion|national|"
        r"state|early|[A-Z][\w’'.&-]*|[\w’'-]+[’']s?)\s+){0,5}(?:poll|polls|survey|surveys|polling)\b"
        r"(?:\s+(?:in|of|released|conducted|by|from|taken|last|this|published)\s[^,;:.“”\"]{1,50})?)(?=\s*[,;.:]|\s*$)"
    ),
    '"Trump leads in the latest polls", "Obama was winning by 28 points in the same poll": the survey ends its clause.',
)


class Surveys(ContentBoundaries):
    """Surveys opening or closing their sentence."""

    def _read_survey_leads(self) -> None:
        """ "In a CBS News poll released Monday, 50 percent chose Clinton" and "Clinton leads Sanders in the latest
        poll": the survey is the source of its sentence."""
        text = self.text
        for sentence in self.sentences:
            lead = _SURVEY_LEAD.match(text, sentence.start, sentence.end)
            if lead is None or self._in_quote(sentence.start):
                continue
            start = lead.end()
            content = [(start, self._content_end(start, sentence))]
            if _word_count(text, *content[0]) < 3:
                continue
            self.drafts.append(
                Draft(_kind_of(text, content), content, lead.span("cue"), lead.span("source"), self.block.index)
            )
            self.used_cues.append(lead.span("cue"))
        if not any(word in text[self.block.start : self.block.end] for word in ("poll", "survey")):
            return
        for sentence in self.sentences:
            tail = _SURVEY_TAIL.search(text, sentence.start, sentence.end)
            if tail is None or self._in_quote(tail.start()) or self._in_content(tail.start()):
                continue
            start = clause_start(text, _skip(text, sentence.start, tail.start()), tail.start())
            if any(start <= cue.start < tail.start() for cue in self.cues) or _QUOTE_CHAR.search(
                text, start, tail.start()
            ):
                continue  # "Trump says he leads in the polls": the speaker's own claim
            if not text[start : start + 1].isupper() or _SUBORDINATE_OPENING.match(text, start, tail.start()):
                continue  # "Though she is running ahead in the polls, …": not the sentence's assertion
            content = [(start, _strip_content_end(text, start, tail.start()))]
            if _word_count(text, *content[0]) < 3:
                continue
            self.drafts.append(
                Draft(_kind_of(text, content), content, tail.span("cue"), tail.span("source"), self.block.index)
            )
            self.used_cues.append(tail.span("cue"))
