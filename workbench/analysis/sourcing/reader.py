"""The paragraph reader: runs the constructions over each paragraph, in a declared order, into drafts.

Each paragraph is read twice. First its quotation marks are paired and every quotation is asked
whether a reporting cue is attached to it (:mod:`.constructions.direct`). Then the constructions that
look for patterns of their own run in ``PATTERN_CONSTRUCTIONS`` order, and last every cue outside the
quotations and contents already claimed is read as "according to", "asked", an 'as' clause or a verb
cue. A construction claims what it finds in the paragraph's ledger (:mod:`.paragraph`), so a later
one never reads it again. Last, a quotation of its own is read again: it continues the speaker its paragraph
named before it.
"""

from __future__ import annotations

import re

from ...article import Article, Sentence
from .constructions.according_to import AccordingTo
from .constructions.asked import Asked
from .constructions.attitudes import Attitudes
from .constructions.colons import ColonsAndLabels, _speaker_label
from .constructions.direct import DirectQuotes
from .constructions.documents import Documents
from .constructions.nominal import Nominals
from .constructions.surveys import Surveys
from .constructions.verb_cues import VerbCues
from .cues import Cue
from .marks import QUOTE_MARKS
from .model import Draft
from .rules import function_rule
from .words import _SPEECH_ONLY

_ACCORDING_TO_OPENING = re.compile(r"(?:that\s*)?,?\s*according\s+to\b", re.IGNORECASE)
_THAT = re.compile(r"that\s*,?\s*|,\s*")


def _skip_that(text: str, pos: int) -> int:
    """Past a "that" and a comma opening a reported clause."""
    found = _THAT.match(text, pos)
    return found.end() if found else pos


class ParagraphReader(
    DirectQuotes, ColonsAndLabels, Nominals, Surveys, Documents, Attitudes, AccordingTo, Asked, VerbCues
):
    """Finds the attributions of one body paragraph, given what came before."""

    def read(self, announced: Draft | None = None) -> Draft | None:
        """Find the paragraph's attributions; ``announced`` is a cue and source from the end of the
        previous paragraph ("Hewitt writes:"). Returns such a cue this paragraph ends with, if any."""
        if announced is not None:
            self._announced_content(announced)
        for i, quote in enumerate(self.quotes):
            if i in self.used_quotes:
                continue
            draft = self._quote_with_cue_after(quote) or self._quote_with_cue_before(quote, i)
            if draft is None:
                draft = self._pull_quote(quote) or self._floating_quote(quote)
            if draft is None:
                continue
            self.used_quotes.add(i)
            self.drafts.append(draft)
            if draft.cue:
                self.used_cues.append(draft.cue)
                self._join_split_quote(draft, i)
        for construction in PATTERN_CONSTRUCTIONS:
            construction(self)
        self._read_cues()
        self._read_late_floating_quotes()
        return self._announcement()

    def _read_cues(self) -> None:
        """Every cue outside a quotation and outside the contents and cues already claimed, sentence by sentence."""
        relayed_from = 0
        for sentence in self.sentences:
            for match in self.cues:
                if not sentence.start <= match.start < sentence.end or not self._is_free_cue(match, sentence):
                    continue
                word = match.word
                lo = self._clause_floor(sentence, match.start)
                if word.lemma == "according to":
                    lo = max(lo, relayed_from)
                    draft = self._according_to(match, lo, sentence)
                elif word.lemma == "ask" and word.form in ("past", "participle"):
                    draft = self._asked(match, lo, sentence) or self._reported(match, word, lo, sentence)
                else:
                    draft = self._as_reported(match, lo, sentence) or self._reported(match, word, lo, sentence)
                if draft is not None and self._passes_on_a_source(draft):
                    # "The Ledger has learned that according to a memo, …": the memo is the source
                    relayed_from, draft = _skip_that(self.text, draft.content[0][0]), None
                if draft is not None:
                    assert draft.cue is not None
                    self.drafts.append(draft)
                    self.used_cues.append(draft.cue)

    @function_rule(
        "learned_according_to",
        "reader",
        '"The Ledger has learned that, according to a leaked memo, …": whoever learned something passes on '
        'what the source after "according to" says; that source is the attribution, the learner only relays it.',
        off=False,
    )
    def _passes_on_a_source(self, draft: Draft) -> bool:
        word = draft.cue_word
        return (
            word is not None
            and word.lemma == "learn"
            and _ACCORDING_TO_OPENING.match(self.text, draft.content[0][0]) is not None
        )

    def _is_free_cue(self, match: Cue, sentence: Sentence) -> bool:
        """Is this cue unclaimed and a verb, not a name ("State Department"), a label ("SHORT READS:") or
        "All told"?"""
        text, cue_start = self.text, match.start
        if self._in_quote(cue_start) or self._in_content(cue_start):
            return False
        if any(s <= cue_start < e for s, e in self.used_cues):
            return False
        # A capitalised cue inside a sentence is a name ("State Department"), unless the line is in title case
        # and the cue a speech verb, or in the body a finite form ("Ortiz Endorses Rivera", "Lamb Questioned Why …").
        if (
            text[cue_start].isupper()
            and cue_start != sentence.start
            and not (
                self.title_case
                and (match.word.lemma in _SPEECH_ONLY or (not self.in_headline and match.word.form in ("3sg", "past")))
            )
        ):
            return False
        if len(match.text) > 1 and match.text.isupper():
            return False  # "SHORT READS:"
        if match.word.lemma == "tell" and text[max(sentence.start, cue_start - 4) : cue_start].lower() == "all ":
            return False  # "All told, …"
        return True


#: The constructions that search a paragraph for patterns of their own, in the order they claim what they find
#: (before the cue-by-cue reading of ``ParagraphReader._read_cues``).
PATTERN_CONSTRUCTIONS = (
    DirectQuotes._read_titles,
    Nominals._read_impersonal_and_nominal,
    Surveys._read_survey_leads,
    Documents._read_document_findings,
    AccordingTo._read_words_of,
    Attitudes._read_attitude_adjectives,
    Nominals._read_support_received,
    Attitudes._read_known_as,
    Nominals._read_light_verb_nominals,
)


def find_attributions(article: Article) -> list[Draft]:
    """Every attribution in the article's headline and body paragraphs, as drafts in the order found (speakers
    unresolved)."""
    by_block: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_block.setdefault(sentence.block, []).append(sentence)
    drafts: list[Draft] = []
    headline = article.headline
    if headline is not None:  # "Clinton Says Russians Hacked DNC", "Graham: Trump’s rhetoric destroying GOP’s chances"
        reader = ParagraphReader(article, headline.index, by_block.get(headline.index, []), drafts, None)
        reader.read()
        reader.read_headline_colon()
    previous: int | None = None
    announced: Draft | None = None
    labels = {
        block.index: label for block in article.body if (label := _speaker_label(article.text, block.start, block.end))
    }
    transcript = len(labels) >= 2
    for block in article.body:
        reader = ParagraphReader(article, block.index, by_block.get(block.index, []), drafts, previous)
        announced = reader.read(announced)
        if transcript and block.index in labels:
            reader.read_speaker_label(labels[block.index])
        previous = block.index
    return _without_nested(_with_new_voices(drafts, article.text))


_WITH_BEFORE_SOURCE = re.compile(r",\s*with\s+$")


@function_rule(
    "with_new_voice",
    "reader",
    'An absolute "with" clause whose subject speaks ("Critics condemned the levy, with one councillor writing “…”") '
    "adds a voice of its own: the first attribution's content ends at the comma, and the second one stays.",
    passthrough=True,
)
def _with_new_voices(drafts: list[Draft], text: str) -> list[Draft]:
    """Cut a content before ", with X saying …" when X is the source of an attribution inside it."""
    for inner in drafts:
        if inner.cue is None or inner.source is None:
            continue
        for outer in drafts:
            if outer is inner or outer.block != inner.block or not outer.content:
                continue
            if not outer.content[0][0] < inner.source[0] < outer.content[-1][1]:
                continue
            comma = text.rfind(",", outer.content[0][0], inner.source[0])
            if comma == -1 or not _WITH_BEFORE_SOURCE.match(text, comma, inner.source[0]):
                continue
            outer.content = [(s, min(e, comma)) for s, e in outer.content if s < comma]
            if outer.kind == "mixed" and not any(m in text[s:e] for s, e in outer.content for m in QUOTE_MARKS):
                outer.kind = "indirect"
    return drafts


@function_rule(
    "nested_attribution",
    "reader",
    "An attribution whose cue stands inside another one's reported content is part of what the outer source says.",
    passthrough=True,
)
def _without_nested(drafts: list[Draft]) -> list[Draft]:
    """Drop an attribution whose cue stands inside another one's reported content ("Ortiz said the council's
    refusal to act was a mistake"): what it reports is part of what the outer source says, not a voice of its own
    (unless it is marked ``own_voice``: a document's finding, "Park noted the findings show …").
    An attribution that a floating quote continues is kept, and ``follows`` is renumbered."""

    def nested(inner: Draft, outer: Draft) -> bool:
        return (
            inner.cue is not None
            and not inner.own_voice
            and inner.block == outer.block
            and any(s <= inner.cue[0] < e for s, e in outer.content)
        )

    followed = {d.follows for d in drafts if d.follows is not None}
    by_block: dict[int, list[tuple[int, Draft]]] = {}  # one draft is nested in another of its paragraph only
    for k, draft in enumerate(drafts):
        by_block.setdefault(draft.block, []).append((k, draft))
    dropped = {
        k
        for k, inner in enumerate(drafts)
        if k not in followed
        and any(j != k and nested(inner, outer) and not nested(outer, inner) for j, outer in by_block[inner.block])
    }
    if not dropped:
        return drafts
    new_index: dict[int, int] = {}
    kept: list[Draft] = []
    for k, draft in enumerate(drafts):
        if k not in dropped:
            new_index[k] = len(kept)
            kept.append(draft)
    for draft in kept:
        if draft.follows is not None:
            draft.follows = new_index[draft.follows]
    return kept
