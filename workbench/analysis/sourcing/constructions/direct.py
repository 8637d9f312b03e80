"""Direct quotes: a quotation with its cue after it (‘“…,” Doo explained’), before it (‘Putin said: “…”’),
after a lead clause and a colon, a sentence leading into it (a mixed quote), a floating quote that
continues the last speaker, a quote split by its cue, and a title after 'titled'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from ....article import Sentence
from ..boundaries import ContentBoundaries, _only_adjunct_follows
from ..cues import Cue
from ..marks import QUOTE_MARKS, _closing_punctuation, _ends_sentence, _ends_with_comma
from ..model import Draft, Quoted
from ..rules import function_rule, pattern_rule
from ..speakers import (
    clause_subject,
    common_noun_phrase_after,
    is_agent,
    mention_before,
    noun_phrase_after,
)
from ..subjects import _agrees_with_base_form, _names_a_speaker
from ..textutil import _WORD, _last_char, _skip, _strip_content_end, _word_count
from ..words import _FINITE_FORMS, _NOT_IN_SUBJECT
from .deeds import is_so_called

STAGE = "direct"

_WITH_SUBJECT = pattern_rule(
    "with_subject",
    STAGE,
    re.compile(
        r"\bwith\s+(?:(?:[A-Z][\w’'.-]*\s+){1,4}|(?:one|a|an|the|another|some|many|several|two|three|four|five)\s+"
        r"(?:[a-z][\w’'.-]*\s+){0,2}[a-z][\w’'.-]*\s+)$"
    ),
    'The subject of an absolute "-ing" clause before a quotation is its source, not the main clause\'s: '
    '"It quoted critics, with Boswell stating: “…”", "…, with one poster writing “…”".',
)

_INTRODUCES_QUOTE = pattern_rule(
    "introduces_quote",
    STAGE,
    re.compile(r"\s*(?:that\s*)?|[^“”\".!?]{0,80}[,:]\s*(?:that\s*)?"),
    "What may stand between a cue and the quotation it introduces: nothing, \"that\", or a short adjunct ending in a comma or colon ('said in a statement: “…”').",
)

# Nothing, or a conjunction and punctuation, before a cue that opens its sentence: "But, said Lamb, “…”".
_OPENING_CONJUNCTION = re.compile(r"[\s,—–-]*(?:(?:But|And|Yet|So|Still|Then)[\s,]*)?")

_CLAUSE_INTO_QUOTE = pattern_rule(
    "clause_into_quote",
    STAGE,
    re.compile(r"(?:that|because|if|when|while|although|though|once|unless|whether)\s+[^\s,:“”\"'`]"),
    'Between a cue and its quotation, a clause opened by "that" or a subordinator is reported speech leading into '
    "the quotation, not an adjunct: ‘She said that whatever the result, “we will stay.”’",
)

_COMMA_ONLY = pattern_rule(
    "comma_only",
    STAGE,
    re.compile(r"[^.!?“”\"]*,\s*"),
    "‘“…,” Maria Lopez, the union's president, said’ ‘“The plan,” Ms. Novak said, “is already too late.”’: only a comma between cue and the second part",
)

_TITLE_LEAD = pattern_rule(
    "title_lead",
    STAGE,
    re.compile(r"(?:[’']s|\b(?:on|in|at|of|to|from|titled|entitled|called|dubbed))\s+$"),
    'What stands before a title in quotation marks: a possessive or a preposition ("on NBC’s “Meet the Press,”").',
)

_LOWER_CASE_MODIFIERS = pattern_rule(
    "lower_case_modifiers",
    STAGE,
    re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])"),
    "Lower-case modifiers before a name after a quotation: ‘“…,” campaign manager Robby Mook said’.",
)

# The head of an unnamed speaker after an inverted cue (‘the designer’, ‘the 46-year-old’), and the
# nouns of time that stand there instead (‘“…,” said the day before’).
_LOWER_CASE_HEAD = re.compile(r"[a-z0-9][a-z0-9-]*[a-z]")
_TIME_NOUNS = frozenset("day days week weeks month months year years night morning evening afternoon time".split())

_PARENTHESIS_AFTER_NAME = pattern_rule(
    "parenthesis_after_name",
    STAGE,
    re.compile(r"\s*\([^()“”\"]{1,30}\)"),
    "A party or state in parentheses between a quoted speaker and the cue: ‘“…,” Rep. Earl Blumenauer (D-Ore.) said’.",
)

_APPOSITION_BEFORE_CUE = pattern_rule(
    "apposition_before_cue",
    STAGE,
    re.compile(r",\s+[^,.;:“”\"]{2,100},"),
    "An apposition between a quoted speaker and the cue: ‘“…,” Maria Lopez, the union's president, said’.",
)

_TITLED = pattern_rule(
    "titled",
    STAGE,
    re.compile(r"\b(?P<cue>titled|entitled)\s*,?\s*$"),
    "'titled' right before a quotation: the quotation is the title the cue reports.",
)


_STOP_AFTER_QUOTE = pattern_rule(
    "stop_after_quote",
    STAGE,
    re.compile(r"[.!?](?:\s|$)"),
    "A full stop after the closing mark (‘… called it “part two”. He described …’) ends the quotation's sentence: "
    "a cue after it belongs to the next sentence.",
)

_PULL_QUOTE_CREDIT = pattern_rule(
    "pull_quote_credit",
    STAGE,
    re.compile(r"\s*[-—–]\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s*$"),
    "The credit of a pull quote: a dash, then a name of two to four capitalised words ending the paragraph.",
)


_TITLED_CREDIT = pattern_rule(
    "pull_quote_title_credit",
    STAGE,
    re.compile(r"\s*(?P<name>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,3}?)\s*,\s*[“\"][^“”\"\n]{1,80}[”\"]\s*$"),
    "The credit of a pull quote given as the writer and the title of the piece it comes from: ‘“The pier is a "
    "monument to bad planning.” Harbor blogger, “Why the pier matters”’.",
)


class DirectQuotes(ContentBoundaries):
    """Quotations and the cues attached to them."""

    @function_rule(
        "quote_cue_after", STAGE, "A quotation with its cue after it: ‘“…,” Doo explained’, ‘“…,” said Yang’.", off=None
    )
    def _quote_with_cue_after(self, quote: Quoted) -> Draft | None:
        """‘“…,” Doo explained.’, ‘“…,” said Yang Moo-jin, President of …’."""
        if not quote.closed:
            return None
        text, end = self.text, self.block.end
        pos = _skip(text, quote.end, end)
        if _STOP_AFTER_QUOTE.match(text, pos, end):
            return None  # ‘… “part two”. He described …’: the sentence ended with the quotation
        if pos < end and text[pos] in ",—–":
            pos = _skip(text, pos + 1, end)
        limit = min(end, pos + 160)
        cue = self.cue_starting.get(pos)
        if cue and self._is_finite_cue(cue):
            source = self._source_after_cue(_skip(text, cue.end, limit), limit)
            if source is None and _word_count(text, quote.start, quote.end) < 4:
                return None  # ‘“Guccifer,” stated …’: a name in quotation marks
            return self._quoted_with_lead_in(quote, cue, source)
        name = self._name_before_cue(noun_phrase_after(text, pos, limit))
        if name is not None and not is_agent(text[name[0] : name[1]]):
            name = None
        common = common_noun_phrase_after(text, pos, limit)
        # ‘“…,” the Republican presidential candidate told …’: the longer phrase when the name's ends before no cue
        modified = self._name_after_modifiers(pos, limit) if _ends_with_comma(text, quote) else None
        candidates = [c for c in (name, common, modified) if c is not None]
        if not candidates:
            return None
        source = next((c for c in candidates if self._cue_after_source(c[1], limit)), candidates[0])
        if _ends_sentence(text, quote) and text[source[0]].isupper():
            return None  # ‘… president.” He also said …’ starts a new sentence
        cue = self._cue_after_source(source[1], limit)
        if cue and self._is_finite_cue(cue):
            if _ends_sentence(text, quote) and not _only_adjunct_follows(
                text, cue.end, self._sentence_end(cue.start), cue.word
            ):
                return None
            return self._quoted_with_lead_in(quote, cue, source)
        return None

    @function_rule(
        "name_before_cue",
        STAGE,
        "A noun phrase read after a quotation ends before a cue it swallowed: ‘“But why?” Ortiz asked.’ is Ortiz's "
        'question ("asked" also ends a polled group: "59 percent of those asked").',
        off=None,
    )
    def _cut_at_cue(self, name: tuple[int, int]) -> tuple[int, int] | None:
        """The name up to the first cue inside it, or None if a cue opens it."""
        cue = next((c for c in self.cues if name[0] <= c.start < name[1]), None)
        if cue is None:
            return name
        end = _strip_content_end(self.text, name[0], cue.start)
        return (name[0], end) if end > name[0] else None

    def _name_before_cue(self, name: tuple[int, int] | None) -> tuple[int, int] | None:
        if name is None:
            return None
        return self._cut_at_cue(name) or name

    @function_rule(
        "source_after_cue",
        STAGE,
        "The source after an inverted cue is a name ending within the cue's sentence: "
        '‘“It is safe,” said Jane Doe. Officials said …’ is Jane Doe\'s quote, not one of "Jane Doe. Officials".',
        off=None,
    )
    def _source_after_cue(self, pos: int, limit: int) -> tuple[int, int] | None:
        """‘“…,” said Yang’: the agent after the cue, cut at the end of the cue's sentence."""
        limit = min(limit, self._sentence_end(pos))
        for source in (noun_phrase_after(self.text, pos, limit), self._name_after_role_words(pos, limit)):
            if source is not None and is_agent(self.text[source[0] : source[1]]):
                return source
        return self._unnamed_after_cue(pos, limit)  # the inverted cue itself marks the phrase as its agent

    def _unnamed_after_cue(self, pos: int, limit: int) -> tuple[int, int] | None:
        """‘“…,” said the designer’, ‘said the 46-year-old’: a determiner, modifiers and a lower-case head noun.

        After an inverted cue the phrase is the speaker whatever its noun (a person, a report, a group); only a
        phrase of time (‘said the day before’) is not.
        """
        phrase = common_noun_phrase_after(self.text, pos, limit)
        words = self.text[phrase[0] : phrase[1]].split() if phrase else [""]
        return phrase if _LOWER_CASE_HEAD.fullmatch(words[-1]) and not _TIME_NOUNS & set(words) else None

    @function_rule(
        "role_words_after_cue",
        STAGE,
        "Lower-case role words between an inverted cue and the name: ‘“We won,” said coach Omar Haddad after the "
        "final’ is Omar Haddad's quote (the name alone is the source, as in ‘Julie Hahn’).",
        off=None,
    )
    def _name_after_role_words(self, pos: int, limit: int) -> tuple[int, int] | None:
        """‘said coach Omar Haddad’: the name alone."""
        return self._name_after_lower_case(pos, limit)

    def _name_after_modifiers(self, pos: int, limit: int) -> tuple[int, int] | None:
        """‘“…,” campaign manager Robby Mook said’, ‘warm-and-fuzzy Trump said’: lower-case modifiers, then a name."""
        name = self._name_after_lower_case(pos, limit)
        return (pos, name[1]) if name else None

    def _name_after_lower_case(self, pos: int, limit: int) -> tuple[int, int] | None:
        """The capitalised agent name after one to three lower-case modifiers at ``pos`` (its span alone)."""
        text = self.text
        modifiers = _LOWER_CASE_MODIFIERS.match(text, pos, limit)
        if modifiers is None or any(w.lower() in _NOT_IN_SUBJECT for w in modifiers.group().split()):
            return None
        name = noun_phrase_after(text, modifiers.end(), limit)
        if name is None or not text[name[0]].isupper() or not is_agent(text[name[0] : name[1]]):
            return None
        return name

    def _cue_after_source(self, after: int, limit: int) -> Cue | None:
        """The cue after a source that follows a quotation, past a party, an apposition and auxiliaries."""
        text = self.text
        cue = None
        party = _PARENTHESIS_AFTER_NAME.match(text, after, limit)
        if party:  # ‘“…,” Rep. Earl Blumenauer (D-Ore.) said’
            after = party.end()
        apposition = _APPOSITION_BEFORE_CUE.match(text, after, limit)
        if apposition:  # ‘“…,” Maria Lopez, the union's president, said’
            after = apposition.end()
        for _ in range(3):  # "Doo also explained", "he has said"
            after = _skip(text, after, limit)
            cue = self.cue_starting.get(after)
            if cue:
                break
            word = _WORD.match(text, after, limit)
            if not word or word.group().lower() not in (
                "also",
                "has",
                "have",
                "had",
                "later",
                "then",
                "once",
                "previously",
                "recently",
            ):
                break
            after = word.end()
        return cue

    def _quoted_with_lead_in(self, quote: Quoted, cue: Cue, source: tuple[int, int] | None) -> Draft | None:
        """A quotation the sentence leads into (‘The polling “felt like a push poll,” he said’):
        the content starts with the sentence, and the attribution is mixed."""
        text = self.text
        after = _skip(text, max(cue.end, source[1] if source else 0), self.block.end)
        if text.startswith("that ", after) or (
            _TITLE_LEAD.search(text, self._sentence_start(quote.start), quote.start)
            and not _only_adjunct_follows(text, after, self._sentence_end(cue.start), cue.word)
        ):
            return None  # ‘On ABC’s “This Week,” Carson admitted that …’: the cue has content of its own
        start = _skip(text, self._sentence_start(quote.start), quote.start)
        lead = text[start : quote.start].rstrip()
        if lead and not lead.endswith((",", ":", "—", "–")) and not any(m in lead for m in QUOTE_MARKS + "'"):
            content = [(start, quote.end)]
            return Draft("mixed", content, cue.span(), source, self.block.index, cue_word=cue.word)
        return Draft("direct", [(quote.start, quote.end)], cue.span(), source, self.block.index, cue_word=cue.word)

    @cached_property
    def _cue_ends(self) -> list[int]:
        return [cue.end for cue in self.cues]

    def _last_cue_between(self, lo: int, pos: int) -> Cue | None:
        """The last cue from ``lo`` to ``pos``. Cues come in order and never overlap (``find_cues``): it is the last of
        those ending by ``pos``, found by bisection instead of a pass over the paragraph's cues for each quotation."""
        k = bisect_right(self._cue_ends, pos)
        return self.cues[k - 1] if k and self.cues[k - 1].start >= lo else None

    def _is_finite_cue(self, cue: Cue) -> bool:
        word = cue.word
        if word.lemma == "according to" or cue.text[:1].isupper():
            return False
        return word.form in _FINITE_FORMS or word.form == "participle"

    @function_rule(
        "quote_cue_before",
        STAGE,
        "A quotation with its cue before it: ‘Putin said: “…”’, ‘he laughed and said, “We’ll see.”’.",
        off=None,
    )
    def _quote_with_cue_before(self, quote: Quoted, index: int) -> Draft | None:
        """‘Putin said: “…”’, ‘he laughed and said, “We’ll see.”’, ‘Sullivan, …, wrote, “…”’."""
        text = self.text
        lo = self._sentence_start(quote.start)
        if index and self.quotes[index - 1].end <= quote.start:  # after the quotation before (they come in order)
            lo = max(lo, self.quotes[index - 1].end)
        last = self._last_cue_between(lo, quote.start)
        if last is None or not _INTRODUCES_QUOTE.fullmatch(text, last.end, quote.start):
            return self._quote_after_colon(quote, lo)
        word = last.word
        if word.lemma == "call" and is_so_called(text, lo, last.start):
            return None  # ‘the so-called “reform”’: a label held at a distance, not words reported
        if word.form in ("base", "3sg") and (word.is_also_noun or word.form == "base"):
            preceding = mention_before(text, lo, last.start)
            if preceding is None or not (
                _names_a_speaker(text, preceding)
                if word.is_also_noun
                else _agrees_with_base_form(text, preceding, last.start)
            ):
                return None  # ‘the TV show “The Apprentice”’
        if word.lemma == "according to":
            source = noun_phrase_after(text, _skip(text, last.end, quote.start), quote.start)
        elif (
            word.form == "ing"
            and _WITH_SUBJECT.search(text, max(lo, last.start - 60), last.start)
            and (with_subject := mention_before(text, lo, last.start)) is not None
        ):
            source = with_subject  # "…, with Boswell stating: “…”", "…, with one poster writing “…”"
        elif word.form == "ing" and text[lo : last.start].rstrip().endswith(","):
            source = self._main_clause_source(lo, last.start)
        elif word.form == "ing":  # "Husted continued by saying, “…”"
            source = clause_subject(text, lo, last.start)
        else:
            source = mention_before(text, lo, last.start) or self._inverted_before_quote(lo, last, quote)
        if source is None and word.form == "ing":
            return None
        start = _skip(text, last.end, quote.start)
        if self._clause_goes_on(quote, last) or _CLAUSE_INTO_QUOTE.match(text, start, quote.start):
            # ‘Ryan said that “we need more information” about how …’, ‘She said that whatever the result, “we …”’
            sentence = self._sentence_at(quote.start) or Sentence(self.block.start, self.block.end, 0, self.block.index)
            content = [(start, self._content_end(start, sentence))]
            return Draft("mixed", content, last.span(), source, self.block.index, cue_word=word)
        return Draft("direct", [(quote.start, quote.end)], last.span(), source, self.block.index, cue_word=word)

    @function_rule(
        "quote_opens_clause",
        STAGE,
        "A quotation right after its cue that opens a clause going on past its closing mark is a mixed quote: ‘Ryan said that “we need more information” about how …’.",
        off=False,
    )
    def _clause_goes_on(self, quote: Quoted, cue: Cue) -> bool:
        """Does a quotation right after its cue (or "that") open a clause that goes on past its closing mark?"""
        text = self.text
        if not quote.closed or text[cue.end : quote.start].strip() not in ("", "that"):
            return False
        if _closing_punctuation(text, quote) in (".", "!", "?", ","):
            return False
        after = _skip(text, quote.end, self.block.end)
        return after < self.block.end and (text[after].isalnum() and text[after].islower() or text[after] in '“"')

    @function_rule(
        "inverted_cue_before_quote",
        STAGE,
        "A cue opening its sentence names the agent between it and the quotation: ‘Said Ortiz, “…”’, ‘But, added "
        "Lamb: “…”’ (not ‘… and told the police, “…”’, where the name after the cue is the hearer).",
        off=None,
    )
    def _inverted_before_quote(self, lo: int, cue: Cue, quote: Quoted) -> tuple[int, int] | None:
        """‘Said Ortiz, “…”’, ‘But, added Lamb: “…”’: a cue opening its sentence (after a conjunction) and the agent
        between it and the comma or colon that opens the quotation (not ‘… and told the police, “…”’, a hearer)."""
        text = self.text
        if not _OPENING_CONJUNCTION.fullmatch(text, lo, cue.start):
            return None
        name = noun_phrase_after(text, _skip(text, cue.end, quote.start), quote.start)
        if name is None or text[name[1] : quote.start].strip() not in (",", ":"):
            return None
        return name if is_agent(text[name[0] : name[1]]) else None

    @function_rule(
        "quote_after_colon",
        STAGE,
        "A short lead clause ending in a colon introduces a quotation: ‘Trump on Twitter: “…”’.",
        off=None,
    )
    def _quote_after_colon(self, quote: Quoted, lo: int) -> Draft | None:
        """‘Trump on Twitter: “…”’, ‘Trump went even further: “…”’: a short lead clause ending in a colon."""
        text = self.text
        before = text[lo : quote.start].rstrip()
        if not before.endswith(":") or _word_count(text, lo, quote.start) > 15:
            return None
        colon = lo + len(before) - 1
        source = mention_before(text, lo, colon)
        if source is None or not is_agent(text[source[0] : source[1]]):
            source = clause_subject(text, lo, colon)  # ‘Trump went even further: “…”’
            if source is None or not is_agent(text[source[0] : source[1]]):
                return None
        return Draft("direct", [(quote.start, quote.end)], (colon, colon + 1), source, self.block.index)

    @function_rule(
        "pull_quote",
        STAGE,
        "A paragraph that is one quotation, a dash and a name (‘“…” - Lena Ortiz’) is a pull quote credited to "
        "that name; a credit with a comma or a date (‘“…” — The Harbor Times, May 2, 2024’) is a reference.",
        off=None,
    )
    def _pull_quote(self, quote: Quoted) -> Draft | None:
        """‘“The levy is fair, and the town knows it.” - Lena Ortiz’: the name after the dash is the source."""
        text = self.text
        if not quote.closed or _last_char(text, self.block.start, quote.start):
            return None
        credit = _PULL_QUOTE_CREDIT.match(text, quote.end, self.block.end) or _TITLED_CREDIT.match(
            text, quote.end, self.block.end
        )
        if credit is None or _word_count(text, quote.start, quote.end) < 4:
            return None
        return Draft("direct", [(quote.start, quote.end)], None, credit.span("name"), self.block.index)

    @function_rule(
        "floating_quote",
        STAGE,
        "A quotation that is a sentence or paragraph of its own continues the last speaker.",
        off=None,
    )
    def _floating_quote(self, quote: Quoted) -> Draft | None:
        """A quotation that is a sentence (or paragraph) of its own continues the last speaker."""
        text = self.text
        before = _last_char(text, self.block.start, quote.start)
        if before and before not in ".!?”\"'":
            return None
        if _word_count(text, quote.start, quote.end) < 3:
            return None
        if _WORD.search(text, quote.end, self._sentence_end(quote.end - 1)):
            return None
        last = self._last_speaker_draft(quote.start)
        if last is None:
            return None
        return Draft("direct", [(quote.start, quote.end)], None, None, self.block.index, follows=last)

    @function_rule(
        "late_floating_quote",
        STAGE,
        "A quotation that is a sentence of its own continues the speaker its paragraph names before it, found only "
        "once every cue is read: ‘Reyes issued a statement regarding the closure. “I am disappointed …”’.",
        off=None,
    )
    def _read_late_floating_quotes(self) -> None:
        """The paragraph's quotations of their own read again after its cues: one no speaker was known for yet
        continues the last one now found, and one that continued an earlier paragraph's speaker continues the
        speaker this paragraph named in between."""
        for i, quote in enumerate(self.quotes):
            if i not in self.used_quotes:
                draft = self._floating_quote(quote)
                if draft is not None:
                    self.used_quotes.add(i)
                    self.drafts.append(draft)
        for draft in self._block_drafts():
            if draft.follows is None or draft.cue is not None or self.drafts[draft.follows].block == self.block.index:
                continue
            last = self._last_speaker_draft(draft.start)
            if last is not None and self.drafts[last].block == self.block.index and self.drafts[last] is not draft:
                draft.follows = last

    @function_rule(
        "split_quote",
        STAGE,
        "‘“…,” he said, “…”’: the second part of a sentence split by its cue joins the first.",
        off=None,
    )
    def _join_split_quote(self, draft: Draft, index: int) -> None:
        """‘“…,” he said, “…”’: the second part of a sentence split by its cue joins the first."""
        if index + 1 >= len(self.quotes):
            return
        nxt = self.quotes[index + 1]
        assert draft.cue is not None
        tail = max(draft.cue[1], draft.source[1] if draft.source else 0)
        between = self.text[tail : nxt.start]
        first_letter = self.text[nxt.start + 1 : nxt.start + 3].lstrip("'`")[:1]
        if _COMMA_ONLY.fullmatch(between) and first_letter.islower():
            draft.content.append((nxt.start, nxt.end))
            self.used_quotes.add(index + 1)

    def _read_titles(self) -> None:
        """ "an ad titled “Scam.”", "The ad, entitled “Our History,” features …": the quoted title is the
        content of 'titled'; no source is written."""
        text = self.text
        for i, quote in enumerate(self.quotes):
            if i in self.used_quotes:
                continue
            titled = _TITLED.search(text, max(self.block.start, quote.start - 12), quote.start)
            if titled is None or not _WORD.search(text, quote.start, quote.end):
                continue
            self.used_quotes.add(i)
            self.drafts.append(Draft("direct", [(quote.start, quote.end)], titled.span("cue"), None, self.block.index))
            self.used_cues.append(titled.span("cue"))
