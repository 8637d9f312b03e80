"""Attitudes and reputations: "X was critical of …", "Voters are skeptical that …", "best known for …", "known as
a stickler" (a name, "the contests known as Super Tuesday", is no attribution under the news guidelines).
"""

from __future__ import annotations

import re

from ..boundaries import ContentBoundaries
from ..marks import _kind_of
from ..model import Draft
from ..phrase_ends import _object_end
from ..rules import pattern_rule
from ..speakers import (
    common_noun_phrase_before,
    is_agent,
    mention_before,
)
from ..subjects import _whole_subject
from ..textutil import _search_tail, _skip, _word_count

STAGE = "attitudes"

_ATTITUDE_ADJECTIVE = pattern_rule(
    "attitude_adjective",
    STAGE,
    re.compile(
        r"\b(?P<be>is|are|was|were|been|be|remains?|remained)\s+(?:(?:not|also|still|now|very|more|less|so|too|[a-z]+ly)\s+)*"
        r"(?P<cue>critical|supportive|skeptical|sceptical|wary|fond|proud|confident|certain|sure|optimistic|pessimistic|"
        r"hopeful|doubtful|dismissive|aware|opposed|unhappy|angry|upset|frustrated|furious|disappointed|afraid|"
        r"reluctant|adamant|insistent|eager|willing|keen|convinced|excited|open)\s+(?P<prep>of|about|that|with|to)\b"
    ),
    'Attitude adjectives after \'be\' with their complement ("was critical of", "are skeptical that").',
)


_ATTITUDE_CLAUSE = pattern_rule(
    "attitude_clause",
    STAGE,
    re.compile(
        r"\b(?P<be>is|are|was|were|am|been|be|remains?|remained)\s+(?:(?:not|also|still|now|very|so|[a-z]+ly)\s+)*"
        r"(?P<cue>confident|certain|sure|convinced|hopeful|optimistic|afraid|worried|concerned|aware|adamant)\s+"
        r"(?=(?:the|a|an|he|she|they|it|we|I|there|this|these|those|his|her|their|its|our|[A-Z][\w’'.-]*)\s+"
        r"(?:[\w’'.-]+\s+){0,6}?(?:will|would|could|can|may|might|should|must|is|are|was|were|has|have|had)\b)"
    ),
    'An attitude adjective after \'be\' with a clause and no "that": "Secular groups are concerned the government '
    'will change the law", "She was confident the vote would pass".',
)


_KNOWN_AS = pattern_rule(
    "known_as",
    STAGE,
    re.compile(r"\b(?P<cue>[Kk]nown)\s+(?:(?:here|online|locally|widely)\s+)?(?:for|as(?=\s+(?:a|an|one)\s))\s"),
    'A reputation: "He is best known for …", "known as a stickler for detail". A name ("the contests known as Super '
    'Tuesday") reports nothing, as the news guidelines have it (dropping names: wikinews-dev F1@0.3 0.890 -> 0.892).',
)

_KNOWN_LEAD = pattern_rule(
    "known_lead",
    STAGE,
    re.compile(
        r"(?:,|\s(?:is|are|was|were|be|been|being|became|become|becomes))?(?:\s+(?:also|once|now|then|still|not|best|better|"
        r"well|widely|perhaps|mostly|largely|derisively|popularly|commonly|formerly))*\s*$"
    ),
    'Between the one known and "known": "is best", ", once", "that became", "derisively".',
)


class Attitudes(ContentBoundaries):
    """Attitude adjectives after 'be' and "known as / for"."""

    def _read_attitude_adjectives(self) -> None:
        """ "Trump was critical of the deal", "Voters are skeptical that …": an attitude adjective after 'be'
        with its complement; the subject is the source."""
        text = self.text
        for match in _ATTITUDE_ADJECTIVE.finditer(text, self.block.start, self.block.end):
            cue_start = match.start("cue")
            if self._in_quote(cue_start) or self._in_content(cue_start):
                continue
            if match.group("cue") == "willing" and match.group("be") == "be":
                continue  # "would be willing to serve": a disposition, nothing said or held yet
            sentence = self._sentence_at(cue_start)
            if sentence is None:
                continue
            lo = self._clause_floor(sentence, cue_start)
            source = mention_before(text, lo, match.start("be"))
            if source is None or not is_agent(text[source[0] : source[1]]):
                continue
            that = match.group("prep") == "that"
            cue_end = match.end("cue") if that else match.end("prep")
            start = _skip(text, match.start("prep") if that else match.end(), sentence.end)
            end = self._content_end(start, sentence)
            if not that and not text.startswith("to ", start):
                end = _object_end(text, start, end)
            if _word_count(text, start, end) < 1 + that:
                continue
            content = [(start, end)]
            self.drafts.append(Draft(_kind_of(text, content), content, (cue_start, cue_end), source, self.block.index))
            self.used_cues.append((cue_start, cue_end))
        for match in _ATTITUDE_CLAUSE.finditer(text, self.block.start, self.block.end):
            self._attitude_with_clause(match)

    def _attitude_with_clause(self, match: re.Match[str]) -> None:
        """ "Secular groups are concerned the government will change the law": the clause after the adjective is
        the content, the subject of 'be' the source."""
        text = self.text
        cue = match.span("cue")
        sentence = self._sentence_at(cue[0])
        if sentence is None or self._in_quote(cue[0]) or self._in_content(cue[0]):
            return
        lo = self._clause_floor(sentence, cue[0])
        source = mention_before(text, lo, match.start("be")) or _whole_subject(text, lo, match.start("be"))
        if source is None or not is_agent(text[source[0] : source[1]]):
            return
        start = match.end()
        content = [(start, self._content_end(start, sentence))]
        if _word_count(text, *content[0]) < 3:
            return
        self.drafts.append(Draft(_kind_of(text, content), content, cue, source, self.block.index))
        self.used_cues.append(cue)

    def _read_known_as(self) -> None:
        """ "Ortiz is best known for his murals", "known as a stickler": a reputation nobody in particular holds;
        the one known (when it stands right before) and what it is known as or for are the content."""
        text = self.text
        if text.find("nown ", self.block.start, self.block.end) == -1:
            return
        for match in _KNOWN_AS.finditer(text, self.block.start, self.block.end):
            cue_start = match.start("cue")
            if self._in_quote(cue_start) or self._in_content(cue_start):
                continue
            sentence = self._sentence_at(cue_start)
            if sentence is None:
                continue
            start = _skip(text, match.end(), sentence.end)
            end = _object_end(text, start, self._content_end(start, sentence))
            if _word_count(text, start, end) < 1:
                continue
            content = [(start, end)]
            lo = self._clause_floor(sentence, cue_start)
            lead = _search_tail(_KNOWN_LEAD, text, lo, cue_start)
            head_end = lead.start() if lead else cue_start
            known = None
            if head_end > lo:
                known = mention_before(text, lo, head_end) or common_noun_phrase_before(text, lo, head_end)
            if known is not None and text[known[0] : known[1]].lower() not in ("which", "who", "that", "what"):
                content.insert(0, known)
            self.drafts.append(Draft(_kind_of(text, content), content, match.span("cue"), None, self.block.index))
            self.used_cues.append(match.span("cue"))
