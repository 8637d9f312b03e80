"""A cue's cost does not grow with the length of its clause: the searches back from a cue read a bounded window,
and give the same answer as reading the whole clause."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import workbench
from workbench.analysis.sourcing import speakers, textutil
from workbench.analysis.sourcing.constructions.attitudes import _KNOWN_LEAD
from workbench.analysis.sourcing.constructions.verb_sources import (
    _AUXILIARY_THEN_CUE,
    _BE_AND_ADVERBS_BEFORE_CUE,
    _document_before,
)
from workbench.analysis.sourcing.cues import find_cues
from workbench.analysis.sourcing.marks import quoted_spans
from workbench.analysis.sourcing.model import Draft
from workbench.analysis.sourcing.reader import ParagraphReader, _without_nested
from workbench.analysis.sourcing.speakers import clause_start, common_noun_phrase_before, first_tokens, last_tokens
from workbench.analysis.sourcing.subjects import _AUXILIARY_BEFORE_CUE
from workbench.analysis.sourcing.textutil import _last_char, _phrase_comma, _PhraseCommas, _search_tail

# Letters, capitals, digits and every character the tokeniser treats specially.
_CHARS = st.sampled_from(list("aZé9_ .’'-,;:()“”\"—–\n!?"))
_TEXTS = st.text(_CHARS, max_size=120)


@given(_TEXTS, st.integers(0, 130), st.integers(0, 130), st.integers(0, 8))
def test_last_tokens_are_the_last_tokens_of_the_whole_range(text, lo, end, count):
    lo, end = min(lo, len(text)), min(end, len(text))
    expected = speakers.tokens(text, lo, end)[-count:] if count else []
    assert last_tokens(text, lo, end, count) == expected


@given(_TEXTS, st.integers(0, 130), st.integers(0, 130), st.integers(0, 40))
def test_first_tokens_are_the_first_tokens_of_the_whole_range(text, lo, end, count):
    lo, end = min(lo, len(text)), min(end, len(text))
    assert first_tokens(text, lo, end, count) == speakers.tokens(text, lo, end)[:count]


@given(_TEXTS, st.integers(0, 130), st.integers(0, 130))
def test_the_last_character_before_a_quotation_is_that_of_the_stripped_range(text, lo, end):
    lo, end = min(lo, len(text)), min(end, len(text))
    assert _last_char(text, lo, end) == text[lo:end].rstrip()[-1:]


@given(
    st.text(st.sampled_from(list("ab ,\n")), max_size=400),
    st.sampled_from(["a statement", "a letter late Monday", "the mayor"]),
)
def test_a_document_before_a_participle_is_read_off_the_last_words_only(prefix, ending):
    assert _document_before(prefix + " " + ending) == _document_before(ending)


def test_an_anonymity_clause_closing_a_long_mention_is_found_in_its_last_characters():
    # the search reads the mention's last 160 characters only, so a mention of any length costs the same
    text = "Headline\n\nA member of the harbor board, who asked not to be named, said the vote was delayed."
    (row,) = workbench.analyze(workbench.load_text(text)).sourcing.rows()
    assert row["speaker"] == "unnamed member"


class _CountingTokens:
    """Wraps the tokeniser's pattern and counts the characters it is asked to read."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, start: int, end: int):
        for match in self.pattern.finditer(text, start, end):
            self.read = match.end() - start
            yield match


def test_a_noun_phrase_before_a_cue_is_read_off_the_last_words_only(monkeypatch):
    counting = _CountingTokens(speakers.TOKEN)
    monkeypatch.setattr(speakers, "TOKEN", counting)
    text = "and the board met again " * 2000 + "and the actress"
    assert text[slice(*common_noun_phrase_before(text, 0, len(text)))] == "the actress"
    assert counting.read < 200  # of 48,000 characters


def test_a_clause_start_is_read_off_its_first_words_only(monkeypatch):
    counting = _CountingTokens(speakers.TOKEN)
    monkeypatch.setattr(speakers, "TOKEN", counting)
    text = "On Monday, the council " + "met again and " * 3000
    assert clause_start(text, 0, len(text)) == len("On Monday,")
    assert counting.read < 300  # of 42,000 characters


_CUE_ANCHORED = (_AUXILIARY_BEFORE_CUE, _AUXILIARY_THEN_CUE, _BE_AND_ADVERBS_BEFORE_CUE, _KNOWN_LEAD)
_WORDS = st.sampled_from(
    "is was been isn’t has have will also not still widely now long previously publicly generally no longer , "
    "the council officials reporters said x".split()
)


@given(st.lists(_WORDS, max_size=15), st.sampled_from([" ", "  ", "\n"]), st.integers(0, 400))
def test_a_search_back_from_a_cue_finds_what_a_search_of_the_whole_clause_finds(words, space, filler):
    text = "the council met " * filler + space.join(words) + space
    for pattern in _CUE_ANCHORED:
        full = pattern.search(text, 0, len(text))
        tail = _search_tail(pattern, text, 0, len(text))
        assert (full and full.span()) == (tail and tail.span()), pattern


_CLAUSE_PIECES = st.sampled_from(["said", "the", "11", "2001", "1", "000", ",", " ", "  ", "\n", "x", "Sept."])


@given(st.lists(_CLAUSE_PIECES, max_size=40), st.data())
def test_the_last_phrase_comma_before_each_cue_is_the_one_a_scan_up_to_the_cue_finds(pieces, data):
    text = "".join(pieces)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    commas = _PhraseCommas(text, start, end)
    for stop in sorted(data.draw(st.lists(st.integers(start, end), max_size=6))):
        assert commas.last_before(stop) == _phrase_comma(text, start, stop, last=True), (text, start, stop)


def test_the_commas_of_a_long_clause_are_found_once_for_all_its_cues(monkeypatch):
    scans = []
    real = textutil._phrase_comma
    monkeypatch.setattr(textutil, "_phrase_comma", lambda *args, **kw: scans.append(args) or real(*args, **kw))
    text = "On May 11, 2001, the council, the mayor said " * 50
    commas = _PhraseCommas(text, 0, len(text))
    stops = [m.start() for m in re.finditer(" said", text)]
    assert [commas.last_before(stop) for stop in stops] == [real(text, 0, stop, last=True) for stop in stops]
    assert scans == []  # every stop is white space before a word: the one forward scan answers them all


def test_a_date_running_across_the_stop_is_scanned_again():
    text = "On May 11, 2001, the council, the mayor said"
    after_day = text.index(",") + 1  # white space, but "11, 2001" is one date for a scan that reads on
    commas = _PhraseCommas(text, 0, len(text))
    assert commas.last_before(after_day) == _phrase_comma(text, 0, after_day, last=True) == text.index(",")
    assert commas.last_before(text.index(" the council")) == -1  # the date's commas
    assert commas.last_before(text.index(" the mayor")) == text.index(", the mayor")


_PARAGRAPH_PIECES = st.sampled_from(["“", "”", '"', " ", "word", "said", "according to", "he", ",", ":", ".", "''"])


@given(st.lists(_PARAGRAPH_PIECES, max_size=40).map("".join))
def test_quotations_and_cues_come_in_order_without_overlapping(text):
    for found in (quoted_spans(text, 0, len(text)), find_cues(text, 0, len(text))):
        assert all(a.end <= b.start and a.start < a.end for a, b in zip(found, found[1:]))


@given(st.lists(_PARAGRAPH_PIECES, max_size=40).map("".join), st.data())
def test_the_last_cue_before_a_quotation_is_found_by_bisection(text, data):
    article = workbench.load_text("Headline\n\n" + text + " x")
    reader = ParagraphReader(article, 1, [], [], None)
    lo = data.draw(st.integers(reader.block.start, reader.block.end))
    pos = data.draw(st.integers(lo, reader.block.end))
    expected = [cue for cue in reader.cues if cue.start >= lo and cue.end <= pos][-1:]
    assert reader._last_cue_between(lo, pos) == (expected[0] if expected else None)


_DRAFTS = st.lists(
    st.builds(
        lambda block, s, length, cue: Draft("indirect", [(s, s + length)], (cue, cue + 4), None, block),
        st.integers(0, 2),
        st.integers(0, 40),
        st.integers(1, 20),
        st.integers(0, 60),
    ),
    max_size=12,
)


@given(_DRAFTS)
def test_an_attribution_nested_in_another_is_dropped_as_a_pass_over_every_pair_would(drafts):
    def nested(inner, outer):
        return inner.block == outer.block and any(s <= inner.cue[0] < e for s, e in outer.content)

    kept = [
        d
        for k, d in enumerate(drafts)
        if not any(j != k and nested(d, o) and not nested(o, d) for j, o in enumerate(drafts))
    ]
    assert _without_nested(list(drafts)) == kept


@given(_DRAFTS, _DRAFTS)
def test_a_paragraph_sees_its_own_drafts_however_many_the_article_has(earlier, later):
    article = workbench.load_text("Headline\n\n" + "word " * 20 + "\n\n" + "word " * 20)
    drafts = [d for d in earlier if d.block != 1]  # found in the paragraphs read before
    reader = ParagraphReader(article, 1, [], drafts, None)
    positions = range(0, 70)
    assert [reader._in_content(p) for p in positions] == [
        any(d.block == 1 and s <= p < e for d in drafts for s, e in d.content) for p in positions
    ]
    drafts.extend(later)  # attributions found while reading the paragraph
    assert [reader._in_content(p) for p in positions] == [
        any(d.block == 1 and s <= p < e for d in drafts for s, e in d.content) for p in positions
    ]
    assert reader._drafts_seen == len(drafts)  # each draft looked at once
