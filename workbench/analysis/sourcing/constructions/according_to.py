"""Adjunct sources: "according to X, …", "…, according to X", "As the paper noted, …", "…, as X pointed out." """

from __future__ import annotations

import re

from ....article import Sentence
from ..boundaries import ContentBoundaries, _only_adjunct_follows
from ..cues import Cue
from ..marks import _kind_of
from ..model import Draft
from ..rules import function_rule, pattern_rule
from ..speakers import (
    DETERMINERS,
    PRONOUNS,
    common_noun_phrase_after,
    noun_phrase_after,
)
from ..subjects import _end_of_subject
from ..textutil import _WORD, _skip, _strip_content_end, _word_count
from ..words import _BEFORE_A_NOUN, _FINITE_FORMS, _NOT_IN_SUBJECT

STAGE = "according_to"

_AS_LEAD = pattern_rule(
    "as_lead",
    STAGE,
    re.compile(
        r"(?:^|(?<=[\s,—–(]))[Aa]s\s+(?:(?:first|previously|originally)\s+|(?P<source>[^,;:“”\"()]{1,80}?)\s*)?$"
    ),
    '\'as\' opening a clause before its cue: "As the Post reported", "as Trump has pointed out", "As first reported".',
)


_ADJUNCT_THEN_COMMA = pattern_rule(
    "adjunct_then_comma",
    STAGE,
    re.compile(r"(?:(?:in|on|at|during|last|this|earlier|recently|previously|first|to)\b[^,;:“”\"]{0,60})?,\s*"),
    "An adjunct after the cue up to the comma that closes the 'as' clause (\"noted in an op-ed Thursday,\").",
)


_PREDICATE_RESUMES = pattern_rule(
    "predicate_resumes",
    STAGE,
    re.compile(
        r"(?!(?:a|an|the|its|his|her|their|who|which|whose|where|when|and|but|or|while|even|as|than|"
        r"with|in|on|at|for|by|from|to|of)\b)(?![a-z]+ing\b)[a-z]"
    ),
    'After "X, according to Y," the clause goes on only with its predicate: a verb, not an apposition to the source ("…, according to Smith, a pollster"), a relative clause or a participle.',
)


_NAME_THEN_CLAUSE = pattern_rule(
    "name_then_clause",
    STAGE,
    re.compile(
        r"((?:[A-Z][\w.’'-]*\s+){0,4}?[A-Z][\w.’'-]*)\s+"
        r"(?=(?:the|a|an|his|her|their|its|he|she|they|it|there|this|these|those|most|many|some)\s)"
    ),
    'A name after "According to" with no comma, and the determiner or pronoun that opens the clause after it '
    '("According to Mayor Ortiz the pier was …").',
)


_RELAYED = pattern_rule(
    "relayed",
    STAGE,
    re.compile(r"(?P<cue>quoting|citing)\s+(?P<source>[^,;:“”\"]{2,100}?)\s*,\s*"),
    'A voice that an "according to" source relays, between commas before the content: "According to the agency, '
    'quoting state media, …".',
)


_NAME_ENDING = pattern_rule(
    "name_ending",
    STAGE,
    re.compile(r"(?<![\w’'-])(?:[A-Z][\w.’'&-]*\s+){0,6}[A-Z][\w.’'&-]*(?=\s*(?:\([^()]*\))?\s*$)"),
    "The name that ends a relayed voice's description, without an abbreviation in parentheses: \"the state "
    'broadcaster Radio Coast (RC)" is Radio Coast.',
)
_WORDS_OF = pattern_rule(
    "words_of",
    STAGE,
    re.compile(
        r"(?<![\w’'-])(?P<cue>[Ii]n\s+the\s+words\s+of)\s+(?P<source>[^,;:“”\"()]{2,80}?)\s*(?=[,.;]|$)"
        r"|(?<![\w’'-])(?P<cue2>[Ii]n)\s+(?P<source2>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*[’']s?|his|her|their|its)"
        r"\s+(?:own\s+)?words\s*(?=,)"
    ),
    '"in the words of X" and "in X\'s words" name the source of the words they open or close: ‘in the words of the '
    'prosecutor, “…”’, "Ortiz was, in the words of one aide, “the torchbearer”".',
)

_SUBORDINATOR_ENDS = pattern_rule(
    "subordinator_ends",
    STAGE,
    re.compile(r"(?<![\w’'-])(?:that|after|because|when|while|since|although|though|before|until|if|whether)\s*,?$"),
    'A subordinator right before "according to X," opens the clause that follows, which alone is the content: '
    '"He left after, according to him, the network cut his report."',
)

_CONJUNCTION_AFTER_SOURCE = pattern_rule(
    "conjunction_after_source",
    STAGE,
    re.compile(r"(?:and|but|or|so|yet)\b"),
    'A coordinating conjunction after ", according to X," opens a new clause, not the rest of the content: "The '
    'levy raised $2 million, according to the city, and the pier reopened in May."',
)

_POINTER_COPULA = pattern_rule(
    "pointer_copula",
    STAGE,
    re.compile(r"(?:(?<=\b[Tt]hat)|(?<=\b[Tt]his)|(?<=\b[Ii]t))(?:[’']s|\s+(?:is|was))\s*$"),
    '"That\'s according to the city": the copula after a pointing pronoun is no part of what the source says, '
    '"That" is.',
)

_QUOTATION_SOON = 60


class AccordingTo(ContentBoundaries):
    """ "according to" and 'as' clauses naming a source."""

    @function_rule(
        "according_to", STAGE, '"according to X, …" and "…, according to X": X is the source of the clause.', off=None
    )
    def _according_to(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        text = self.text
        src_start = _skip(text, match.end, sentence.end)
        comma = text.find(",", src_start, sentence.end)
        src_end = _strip_content_end(text, src_start, comma if comma != -1 else sentence.end)
        if src_end <= src_start:
            return None
        source = (src_start, src_end)
        before = text[lo : match.start].strip()
        if _word_count(text, lo, match.start) <= 4 and any(
            lo <= cue.start and text[cue.end : match.start].strip() == "," for cue in self.cues
        ):
            return None  # "…,” Ortiz said, according to the Herald.": the source of another cue's report
        if not before:
            if comma == -1:
                return self._according_to_without_comma(match, sentence)
            start = _skip(text, comma + 1, sentence.end)
            relayed = _RELAYED.match(text, start, sentence.end)
            if relayed:  # "According to the agency, quoting state media, …": state media is a voice too
                start = relayed.end()
            end = self._content_end(start, sentence)
            content = [(start, end)]
            if relayed and _word_count(text, start, end) >= 3:
                # the relaying source first, then the voice it relays (the caller appends the returned draft)
                self.drafts.append(Draft(_kind_of(text, content), content, match.span(), source, self.block.index))
                self.used_cues.append(match.span())
                return self._relayed_voice(relayed, content)
        else:
            first_end = _strip_content_end(text, lo, match.start)
            copula = _POINTER_COPULA.search(text, lo, first_end)
            if copula is not None:  # "That's according to the city": "That" is what the city says
                first_end = copula.start()
            content = [(_skip(text, lo, first_end), first_end)]
            # The clause goes on after the source if what came before only opens it ("Over the long term,
            # according to …, the deficit …") or its predicate follows ("The plan, according to aides, would cost …").
            opening = _word_count(text, lo, first_end) <= 6 or before.endswith("that")
            start = _skip(text, comma + 1, sentence.end) if comma != -1 else sentence.end
            if _SUBORDINATOR_ENDS.search(before):  # "… after, according to him, the network censured …"
                content = []
                opening = True
            if _word_count(text, lo, first_end) >= 3 and _CONJUNCTION_AFTER_SOURCE.match(text, start, sentence.end):
                opening = False  # "The levy raised $2 million, according to the city, and the pier reopened"
            if comma != -1 and (opening or _PREDICATE_RESUMES.match(text, start, sentence.end)):
                content.append((start, self._content_end(start, sentence)))
        content = [(s, e) for s, e in content if e > s and _WORD.search(text, s, e)]
        if not content:
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    @function_rule(
        "relayed_voice",
        STAGE,
        '"According to the agency, quoting state media, …": the voice the source quotes or cites says the same '
        "content (one item per voice).",
        off=None,
    )
    def _relayed_voice(self, relayed: re.Match[str], content: list[tuple[int, int]]) -> Draft | None:
        source = relayed.span("source")
        name = _NAME_ENDING.search(self.text, *source)  # "the state broadcaster Radio Coast (RC)": Radio Coast
        if name is not None:
            source = name.span()
        return Draft(_kind_of(self.text, content), list(content), relayed.span("cue"), source, self.block.index)

    @function_rule(
        "according_to_without_comma",
        STAGE,
        '"According to Ortiz the pier was sold in May.": with no comma a name ends the source where its clause\'s '
        "subject begins.",
        off=None,
    )
    def _according_to_without_comma(self, match: Cue, sentence: Sentence) -> Draft | None:
        text = self.text
        name = _NAME_THEN_CLAUSE.match(text, _skip(text, match.end, sentence.end), sentence.end)
        if name is None:
            return None
        source, start = name.span(1), name.end()
        content = [(start, self._content_end(start, sentence))]
        if _word_count(text, *content[0]) < 3:
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)

    def _read_words_of(self) -> None:
        """ "in the words of the prosecutor, “…”", "…, in the words of one aide.": the phrase's source says the
        quotation or clause it opens, or the clause it closes."""
        text = self.text
        if "words" not in text[self.block.start : self.block.end]:
            return
        for match in _WORDS_OF.finditer(text, self.block.start, self.block.end):
            cue = match.span("cue") if match.group("cue") else match.span("cue2")
            source = match.span("source") if match.group("source") else match.span("source2")
            sentence = self._sentence_at(cue[0])
            if sentence is None or self._in_quote(cue[0]) or self._in_content(cue[0]):
                continue
            content = self._words_of_content(match, sentence)
            if content is None or _word_count(text, *content) < 2:
                continue
            self.drafts.append(Draft(_kind_of(text, [content]), [content], cue, source, self.block.index))
            self.used_cues.append(cue)

    @function_rule(
        "words_of_content",
        STAGE,
        'What "in the words of X" reports: a quotation starting within a few words after it (past an apposition), '
        "else the clause after its comma, or the clause before it when it ends the sentence.",
        off=None,
    )
    def _words_of_content(self, match: re.Match[str], sentence: Sentence) -> tuple[int, int] | None:
        text = self.text
        after = _skip(text, match.end(), sentence.end, " \t\n\u00a0,")
        soon = [k for k, q in enumerate(self.quotes) if after <= q.start <= match.end() + _QUOTATION_SOON]
        if soon:
            if soon[0] in self.used_quotes:
                return None  # the quotation is already someone's
            quotation = self.quotes[soon[0]]
            return quotation.start, _strip_content_end(
                text, quotation.start, self._content_end(quotation.start, sentence)
            )
        if after >= _strip_content_end(text, after, sentence.end):  # "…, in the words of one aide."
            end = _strip_content_end(text, sentence.start, match.start())
            return _skip(text, sentence.start, end), end
        return after, self._content_end(after, sentence)

    @function_rule(
        "as_clause",
        STAGE,
        '"As the paper noted, …", "…, as Trump pointed out.": an \'as\' clause names the source of its main clause.',
        off=None,
    )
    def _as_reported(self, match: Cue, lo: int, sentence: Sentence) -> Draft | None:
        """ "As the paper noted, …", "As first reported by X, …", "…, as Trump pointed out.": an 'as' clause
        opening or closing the sentence names the source of its main clause."""
        text = self.text
        if match.word.form not in _FINITE_FORMS:
            return None
        lead = _AS_LEAD.search(text, max(lo, match.start - 90), match.start)  # a source lies within a few words
        if lead is None:
            return None
        after = _skip(text, match.end, sentence.end)
        if lead.group("source") is None:  # "As reported by Western Journalism, …"
            if not text.startswith("by ", after):
                return None
            by = _skip(text, after + 3, sentence.end)
            source = noun_phrase_after(text, by, sentence.end) or common_noun_phrase_after(text, by, sentence.end)
            after = source[1] if source else after
        else:
            subject_end = _end_of_subject(text, lead.start("source"), match.start)
            source = (lead.start("source"), _strip_content_end(text, lead.start("source"), subject_end))
            words = [w.lower() for w in _WORD.findall(text, *source)]
            if (
                not 1 <= len(words) <= 8
                or _word_count(text, source[1], match.start) > 2
                or words[-1] in _BEFORE_A_NOUN
                or not (words[0] in DETERMINERS or words[0] in PRONOUNS or text[source[0]].isupper())
                or any(w in _NOT_IN_SUBJECT for w in words)
            ):
                return None  # "As the crowd began to chant", "As for …", "As the attacks …": no source and cue
        if source is None:
            return None
        comma = _ADJUNCT_THEN_COMMA.match(text, after, sentence.end)
        opening = not text[lo : lead.start()].strip(" \t\n\u00a0")
        if opening and comma:  # "As the paper noted, it is surprising …"
            start = _skip(text, comma.end(), sentence.end)
            if any(start <= cue.start and _word_count(text, start, cue.start) <= 3 for cue in self.cues):
                return None  # "As the crowd applauded, she said …": a temporal clause before an attribution
            content = [(start, self._content_end(start, sentence))]
        elif (
            not opening
            and text[lo : lead.start()].rstrip().endswith((",", "—", "–"))
            and _only_adjunct_follows(text, after, sentence.end, match.word)
        ):  # "…, as Trump pointed out."
            end = _strip_content_end(text, lo, lead.start())
            content = [(_skip(text, lo, end, " \t\n\u00a0—–-"), end)]
            if any(content[0][0] <= cue.start < end for cue in self.cues):
                return None  # "…,” she said, as the crowd applauded.": the clause before is an attribution
        else:
            return None
        if _word_count(text, *content[0]) < 3:
            return None
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=match.word)
