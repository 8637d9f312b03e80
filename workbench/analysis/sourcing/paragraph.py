"""One paragraph being read, and its ledger: the quotations and cues already claimed, the attributions found
so far (``drafts``), and the sentence and clause lookups every construction shares.
"""

from __future__ import annotations

import re

from ...article import Article, Sentence
from .cues import find_cues
from .marks import quoted_spans
from .model import Draft
from .rules import pattern_rule
from .speakers import (
    clause_subject,
    noun_phrase_after,
)
from .textutil import _WORD

STAGE = "paragraph"

_QUOTING = pattern_rule(
    "quoting",
    STAGE,
    re.compile(r"\b(?:quoted|cited|quoting|citing)\s+"),
    '"It quoted the Central Military Commission, noting that …": the quoted body is the source',
)


class Paragraph:
    """One body paragraph (or the headline) and what has been claimed in it so far."""

    def __init__(
        self,
        article: Article,
        block_index: int,
        sentences: list[Sentence],
        drafts: list[Draft],
        previous_block: int | None,
    ):
        self.text = article.text
        self.block = article.blocks[block_index]
        self.sentences = sentences
        self.drafts = drafts
        self.previous_block = previous_block
        self.quotes = quoted_spans(self.text, self.block.start, self.block.end)
        self.cues = find_cues(self.text, self.block.start, self.block.end)
        self.cue_starting = {cue.start: cue for cue in self.cues}
        # A headline-style paragraph ("Clinton Says Russians Hacked DNC") capitalises its cues.
        self.in_headline = (  # the block's kind first: finding the article's headline reads every block
            self.block.kind == "headline" and article.headline is not None and article.headline.index == block_index
        )
        self.title_case = False
        if self.block.end - self.block.start < 300:
            words = _WORD.findall(self.text, self.block.start, self.block.end)
            self.title_case = 2 < len(words) <= 25 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
        # A paragraph is read once, by one reader, and every draft takes its reader's block: the drafts already
        # found belong to other paragraphs, and this one's are those appended from now on.
        self._own_drafts: list[Draft] = []
        self._drafts_seen = len(drafts)
        self.used_quotes: set[int] = set()
        self.used_cues: list[tuple[int, int]] = []

    def _sentence_start(self, pos: int) -> int:
        start = self.block.start
        for s in self.sentences:
            if s.start <= pos:
                start = s.start
        return start

    def _sentence_at(self, pos: int) -> Sentence | None:
        """The paragraph's sentence that holds ``pos``."""
        return next((s for s in self.sentences if s.start <= pos < s.end), None)

    def _sentence_end(self, pos: int) -> int:
        sentence = self._sentence_at(pos)
        return sentence.end if sentence else self.block.end

    def _last_speaker_draft(self, before: int) -> int | None:
        """The latest attribution before ``before`` in this paragraph or the previous one."""
        candidates = [
            k
            for k, d in enumerate(self.drafts)
            if (d.block == self.block.index or d.block == self.previous_block) and d.start < before
        ]
        return max(candidates, key=lambda k: self.drafts[k].start, default=None)

    def _main_clause_source(self, lo: int, comma_pos: int) -> tuple[int, int] | None:
        """The source of a participle cue (", adding that …"): whoever the main clause quotes or its subject."""
        for d in reversed(self.drafts):
            if d.block == self.block.index and d.content[-1][1] <= comma_pos and d.source and d.content[-1][1] >= lo:
                return d.source
        quoted = _QUOTING.search(self.text, lo, comma_pos)
        if quoted:
            found = noun_phrase_after(self.text, quoted.end(), comma_pos)
            if found:
                return found
        return clause_subject(self.text, lo, comma_pos)

    def _in_quote(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.quotes)

    def _block_drafts(self) -> list[Draft]:
        """The article's drafts of this paragraph: those appended since it was opened (``drafts`` only grows), each
        looked at once, not once per cue or per paragraph (a long article has thousands)."""
        for d in self.drafts[self._drafts_seen :]:
            if d.block == self.block.index:
                self._own_drafts.append(d)
        self._drafts_seen = len(self.drafts)
        return self._own_drafts

    def _in_content(self, pos: int) -> bool:
        return any(s <= pos < e for d in self._block_drafts() for s, e in d.content)

    def _clause_floor(self, sentence: Sentence, pos: int) -> int:
        """Where the reported clause can start: the sentence start, after a quotation already used, or
        after the opening parenthesis the cue stands in ("… like Iowa (93 percent were white, according to …)")."""
        lo = sentence.start
        for d in self._block_drafts():
            if d.kind == "direct":
                for _s, e in d.content:
                    if e <= pos and e > lo:
                        lo = e
        parenthesis = self.text.rfind("(", lo, pos)
        if parenthesis > lo and self.text.find(")", parenthesis, pos) == -1:
            lo = parenthesis + 1
        return lo
