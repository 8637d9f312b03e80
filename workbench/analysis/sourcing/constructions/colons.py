"""Colons and labels: "Hewitt writes:" ending a paragraph announces the next one; a headline's
"Graham: …"; a transcript's "TAPPER: …" turn.
"""

from __future__ import annotations

import re

from ..boundaries import ContentBoundaries
from ..marks import _kind_of
from ..model import Draft
from ..rules import function_rule, pattern_rule
from ..speakers import (
    common_noun_phrase_after,
    is_agent,
    mention_before,
    noun_phrase_after,
)
from ..textutil import _WORD, _skip, _strip_content_end, _word_count

STAGE = "colons"

_SPEAKER_LABEL = pattern_rule(
    "speaker_label",
    STAGE,
    re.compile(r"(?P<label>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]*){0,2}):[ \t]+(?=[^\W\d])"),
    'A transcript\'s speaker label opening a paragraph: "TAPPER: …", "Alex Seitz-Wald: …" (not "Q:" and "A:").',
)


def _speaker_label(text: str, start: int, end: int) -> re.Match[str] | None:
    """The speaker label opening the paragraph ``text[start:end]``, if a turn of at least four words follows it."""
    label = _SPEAKER_LABEL.match(text, start, end)
    if label is None or _word_count(text, label.end(), end) < 4:
        return None
    return label


class ColonsAndLabels(ContentBoundaries):
    """Announcements, headline colons and transcript labels."""

    @function_rule(
        "announcement",
        STAGE,
        '"Hewitt writes:" ending a paragraph announces the next paragraph as its content.',
        off=None,
    )
    def _announcement(self) -> Draft | None:
        """ "Hewitt writes:" ending the paragraph: the cue and source for the next paragraph's content."""
        text = self.text
        body = text[self.block.start : self.block.end].rstrip()
        if not body.endswith(":"):
            return None
        colon = self.block.start + len(body) - 1
        last = next((c for c in reversed(self.cues) if c.end <= colon), None)
        if last is None or _word_count(text, last.end, colon) > 6 or self._in_quote(last.start):
            return None
        if any(s <= last.start < e for s, e in self.used_cues):
            return None
        lo = self._sentence_start(last.start)
        source = mention_before(text, lo, last.start)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        return Draft("indirect", [], last.span(), source, self.block.index, cue_word=last.word)

    def _announced_content(self, announced: Draft) -> None:
        """The paragraph after "X said:" is X's: a quotation (direct) or the whole paragraph (indirect)."""
        text = self.text
        if self.quotes and self.quotes[0].start == self.block.start:
            self.used_quotes.add(0)
            content = [(self.quotes[0].start, self.quotes[0].end)]
        else:
            end = _strip_content_end(text, self.block.start, self.block.end)
            content = [(self.block.start, end)]
        if not _WORD.search(text, *content[0]):
            return
        self.drafts.append(
            Draft(
                _kind_of(text, content),
                content,
                announced.cue,
                announced.source,
                self.block.index,
                cue_word=announced.cue_word,
            )
        )

    @function_rule(
        "headline_colon",
        STAGE,
        "A headline that opens with a source and a colon: ‘Graham: Trump’s rhetoric destroying GOP’s chances’.",
        off=None,
    )
    def read_headline_colon(self) -> None:
        """‘Graham: Trump’s rhetoric destroying GOP’s chances’: a headline that opens with a source and a colon."""
        if any(d.block == self.block.index for d in self.drafts):
            return
        text = self.text
        colon = text.find(":", self.block.start, self.block.end)
        if colon == -1 or _word_count(text, self.block.start, colon) > 8:
            return
        source = noun_phrase_after(text, self.block.start, colon) or common_noun_phrase_after(
            text, self.block.start, colon
        )
        if source is None or not is_agent(text[source[0] : source[1]]):
            return
        rest = text[source[1] : colon].strip().lower()
        if rest and not rest.startswith(("to ", "on ")):
            return  # "Clinton to Planned Parenthood:", "Gillibrand on Hillary:": an addressee or topic may follow
        words = text[source[0] : source[1]].split()
        if words[0] in ("The", "A", "An") or any(len(w) > 3 and w.isupper() for w in words):
            return  # "The Latest:", "BOOM:": a column's label, not a source
        start = _skip(text, colon + 1, self.block.end)
        content = [(start, _strip_content_end(text, start, self.block.end))]
        if _word_count(text, *content[0]) < 3:
            return
        self.drafts.append(Draft(_kind_of(text, content), content, (colon, colon + 1), source, self.block.index))

    def read_speaker_label(self, label: re.Match[str]) -> None:
        """A transcript's turn ("BENENSON: Senator Sanders doesn’t get to decide …"): the rest of the paragraph is
        the labelled speaker's."""
        text = self.text
        start = label.end()
        content = [(start, _strip_content_end(text, start, self.block.end))]
        colon = label.end("label")
        self.drafts.append(
            Draft(_kind_of(text, content), content, (colon, colon + 1), label.span("label"), self.block.index)
        )
