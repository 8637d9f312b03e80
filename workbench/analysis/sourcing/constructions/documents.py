"""Documents as sources: "New figures show …", "A poll released Monday found that …", "The document detailed
…": a record, poll, study or report that shows, finds or reveals something is the source of what follows.
"""

from __future__ import annotations

import re

from ....article import Sentence
from ..boundaries import ContentBoundaries
from ..marks import _kind_of
from ..model import Draft
from ..rules import function_rule, pattern_rule
from ..speakers import BE_FORMS, DETERMINERS, document_nouns, is_agent, mention_before
from ..textutil import _WORD, _skip, _strip_content_end, _word_count
from ..words import _NOT_IN_SUBJECT, _PREPOSITIONS

STAGE = "documents"

_FINDING_VERB = pattern_rule(
    "finding_verb",
    STAGE,
    re.compile(
        r"\b(?:show|shows|showed|shown|find|finds|found|suggest|suggests|suggested|indicate|indicates|indicated|"
        r"reveal|reveals|revealed|detail|details|detailed|conclude|concludes|concluded)\b"
    ),
    'What a document does with its content: "figures show", "the poll found", "the study suggests", "the memo detailed".',
)

_BEFORE_FINDING = pattern_rule(
    "before_finding",
    STAGE,
    re.compile(r"(?:\s+(?:also|have|has|had|now|still|already|[a-z]+ly))*\s*$"),
    'Auxiliaries and adverbs between a document and its verb: "polls have consistently shown", "the report also found".',
)

_SUBJECT_OPENING = pattern_rule(
    "subject_opening",
    STAGE,
    re.compile(
        r".*(?:[,;:—–(]|\b(?:that|and|but|while|as|after|when|because|since|though|although|if|whether|yet))\s+",
        re.DOTALL,
    ),
    'Where a document subject\'s clause opens: after a comma, a colon or a conjunction ("…, but new records show …").',
)

_MODIFIERS_BEFORE_HEAD = 6
_POST_MODIFIER_WORDS = 14
#: Pictures show what they depict, they report nothing: "Photos of the scene showed debris".
_PICTURES = frozenset("photo photos image images video videos footage picture pictures".split())
#: Words after the verb that open no content: "can be found here", "interview shows amid …", "showed up".
_NO_CONTENT = frozenset("here there itself themselves amid over across through into like as out up off".split())
#: Words that cannot stand in a document noun's post-modifier ("figures due out on Friday" has none).
_FINITE_OR_RELATIVE = frozenset(
    "is are was were has have had will would could can may might should must do did does not that which who whom "
    "whose when while if because although though but".split()
)


class Documents(ContentBoundaries):
    """A document subject of show, find or reveal."""

    def _read_document_findings(self) -> None:
        """ "Figures due out Friday show a loss …", "A Ledger poll, conducted by phone, shows …", "The survey also
        found that …": the document is the source, what follows the verb the content. Such a report inside another
        one's content ("Park noted the findings show …") is a voice of its own."""
        text = self.text
        for verb in _FINDING_VERB.finditer(text, self.block.start, self.block.end):
            if self._in_quote(verb.start()) or self._in_content(verb.start()):
                continue
            if any(s <= verb.start() < e for s, e in self.used_cues):
                continue
            sentence = self._sentence_at(verb.start())
            if sentence is None:
                continue
            draft = self._document_finding(verb, sentence)
            if draft is not None:
                self.drafts.append(draft)
                self.used_cues.append(verb.span())

    @function_rule(
        "document_finding",
        STAGE,
        '"New figures show …", "A poll released Monday found that …": a document that shows, finds or reveals is the '
        "source of what follows (a person who finds something is not read here).",
        off=None,
    )
    def _document_finding(self, verb: re.Match[str], sentence: Sentence) -> Draft | None:
        text = self.text
        lo = self._clause_floor(sentence, verb.start())
        subject_end = _BEFORE_FINDING.search(text, max(lo, verb.start() - 60), verb.start())
        end = subject_end.start() if subject_end else verb.start()
        source = self._document_subject(lo, end)
        if source is None:
            return None
        start = _skip(text, verb.end(), sentence.end)
        following = _WORD.match(text, start, sentence.end)
        if following is None:
            return self._finding_before(verb, source, sentence)
        if following.group().lower() in _PREPOSITIONS | _NO_CONTENT:
            return None  # "can be found here", "shows on Sunday": no content
        content = [(start, _strip_content_end(text, start, self._content_end(start, sentence)))]
        if _word_count(text, *content[0]) < 2:
            return None
        return Draft(_kind_of(text, content), content, verb.span(), source, self.block.index, own_voice=True)

    @function_rule(
        "finding_before",
        STAGE,
        '"The storm is the third this year, data from the weather service show.": a document verb ending its '
        "sentence after a comma reports the clause before the comma.",
        off=None,
    )
    def _finding_before(self, verb: re.Match[str], source: tuple[int, int], sentence: Sentence) -> Draft | None:
        text = self.text
        comma = text.rfind(",", sentence.start, source[0])
        if comma == -1 or text[comma + 1 : source[0]].strip() or text[verb.end() : sentence.end].strip(" .!?\n"):
            return None
        start = _skip(text, sentence.start, comma)
        content = [(start, _strip_content_end(text, start, comma))]
        if _word_count(text, *content[0]) < 3:
            return None
        return Draft(_kind_of(text, content), content, verb.span(), source, self.block.index, own_voice=True)

    def _document_subject(self, lo: int, end: int) -> tuple[int, int] | None:
        """The subject ending at ``end`` if a document noun heads it: "State records compiled by the center",
        "A Ledger poll, conducted by phone," (an apposition between commas); the mention alone where one ends it."""
        text = self.text
        end = _strip_content_end(text, lo, end)
        last = _WORD.findall(text, lo, end)[-1:]
        if not last or last[0].lower() in BE_FORMS | DETERMINERS | {"to", "not"}:
            return None  # "can be found", "was revealed", "expected to show", "a detailed account"
        for word in _WORD.finditer(text, lo, end):
            if word.group().lower() not in document_nouns() or word.group().lower() in _PICTURES:
                continue
            opening = _SUBJECT_OPENING.match(text, lo, word.start())
            start = opening.end() if opening else _skip(text, lo, word.start())
            for cue in self.cues:  # "Park noted the findings show …": the findings open the cue's clause
                if start <= cue.start and cue.end <= word.start():
                    start = _skip(text, cue.end, word.start())
            modifiers = _WORD.findall(text, start, word.start())
            if len(modifiers) > _MODIFIERS_BEFORE_HEAD or any(_not_a_modifier(w.lower()) for w in modifiers):
                continue
            if not _post_modifier(text, word.end(), end):
                continue
            mention = mention_before(text, start, end)  # the mention alone, as a verb cue reads it ("reports")
            if mention is not None and start <= mention[0] <= word.start() and is_agent(text[mention[0] : mention[1]]):
                return mention
            return start, end
        return None


def _not_a_modifier(word: str) -> bool:
    return word in _PREPOSITIONS or word == "of" or word in _NOT_IN_SUBJECT


def _post_modifier(text: str, start: int, end: int) -> bool:
    """Can ``text[start:end]`` follow a document noun inside its subject: a short phrase with no finite verb, no
    relative pronoun and no comma, an apposition between commas ("poll, conducted by …,"), or a relative clause
    whose verb follows its pronoun ("memo which had a stamp on every page")?"""
    between = text[start:end]
    if "," in between and not (between.startswith(",") and between.count(",") == 1):
        return False
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    if len(words) > _POST_MODIFIER_WORDS:
        return False
    if (
        len(words) > 2
        and words[0] in ("which", "that")
        and (words[1] in _FINITE_OR_RELATIVE or words[1].endswith("ed"))
    ):
        words = words[2:]  # "The document which had a stamp on every page detailed …": a relative clause
    return not any(w in _FINITE_OR_RELATIVE for w in words)
