"""Where a verb cue's source is: the mention before it, the subject governing an infinitive cue ("went on TV to
say"), the main clause of a participle (", adding that …"), a coordinated cue's ("… and said"), the clause's whole
subject, or the noun phrase after an inverted cue ("…, said the minister"); and whether it can say the cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ....article import Sentence
from ..boundaries import _ADVERB_BEFORE_PARTICIPLE, _only_adjunct_follows
from ..cues import Cue, CueWord
from ..marks import _kind_of
from ..model import Draft
from ..resolver import ANONYMOUS_AFTER
from ..rules import function_rule, pattern_rule, word_rule
from ..speakers import (
    BE_FORMS,
    PRONOUNS,
    clause_start,
    clause_subject,
    common_noun_phrase_before,
    document_nouns,
    is_agent,
    mention_before,
    noun_phrase_after,
)
from ..subjects import (
    _agrees_with_base_form,
    _end_of_subject,
    _governing_subject,
    _is_plural_subject,
    _names_a_speaker,
    _opens_clause,
    _plural_subject_with_modifier,
    _whole_subject,
)
from ..textutil import _search_tail, _skip, _word_count
from ..words import _BEFORE_A_NOUN, _FINITE_FORMS, _SPEECH_ONLY
from .passive import PassiveAndRaising

STAGE = "verb_sources"


_BE_AND_ADVERBS_BEFORE_CUE = pattern_rule(
    "be_and_adverbs_before_cue",
    STAGE,
    re.compile(
        r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|still|first|never|later|soon|now|widely|long|then|once|even|"
        r"[a-z]+ly))*\s*$"
    ),
    'A passive\'s \'be\' with adverbs before the participle ("was first", "has been repeatedly", "were quickly").',
)

_WITHHELD = pattern_rule(
    "withheld",
    STAGE,
    re.compile(
        r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing|al)|unwilling|reluctant|hesitant|hesitat(?:e|es|ed)|expected|asked|"
        r"opportunity|chance|position|enough|needed|aim(?:s|ed)?|seek(?:s|ing)?|sought|plan(?:s|ned)?|intend(?:s|ed)?|"
        r"(?:[Nn]ot|n[’']t|never)(?:\s+\w+)?)\s+to\s(?:[^,;:“”\"]*\sto\s)?$"
    ),
    'What governs an infinitive cue (directly or through a second infinitive) and withholds or only plans the speech: "declined to say", "did not want to say", "is expected to convene … to discuss", "aim to deny", "the chance to ask".',
)

_PREPOSITIONS_BEFORE_GERUND = word_rule(
    "prepositions_before_gerund",
    STAGE,
    frozenset("of about for on from".split()),
    'A gerund cue after one of these belongs to its clause\'s subject ("a history of blaming …", "criticized for dismissing …"); not after "without", which denies it, nor "in", often in an idiom ("wasted no time in condemning").',
)

_CONTRACTED_BE = pattern_rule(
    "contracted_be",
    STAGE,
    re.compile(r"(he|she|they|we|you|i|it)[’'](?:s|re|m)"),
    'A pronoun with a contracted \'be\' before a gerund cue: "he’s hoping", "we\'re seeing".',
)

_AUXILIARY_THEN_CUE = pattern_rule(
    "auxiliary_then_cue",
    STAGE,
    re.compile(
        r"\s(?:has|have|had|will|would|could|can|did|does|do|may|might|should|must)(?:\s+(?:not|also|never|ever|[a-z]+ly))*\s*$"
    ),
    'An auxiliary right before the cue makes it a verb whatever its subject ("studies have credited").',
)

_DEMONSTRATIVE_OPENING = pattern_rule(
    "demonstrative_opening",
    STAGE,
    re.compile(r"(?:This|That|These|Those|What)\s+(?!(?:week|month|year|time|morning|afternoon|evening|night)\b)"),
    'A noun phrase with a demonstrative before a comma is a subject, not an opening adverbial ("This visual evidence, …").',
)

_COMMA_BEFORE_PARTICIPLE = pattern_rule(
    "comma_before_participle",
    STAGE,
    re.compile(r",(?:[”\"]|'')?\s*(?:" + _ADVERB_BEFORE_PARTICIPLE + r"\s+)?$"),
    "The comma (perhaps inside a closing quotation mark, perhaps followed by an adverb) before a participle cue.",
)

_GERUND_OPENS_SENTENCE = pattern_rule(
    "gerund_opens_sentence",
    STAGE,
    re.compile(r"\s*(?:(?:And|But)\s+)?(?:By|In|Since|After|Before|While|When|Despite|Upon|On|[A-Z][a-z]{3,}ing)\s+"),
    'A gerund cue in a phrase opening the sentence belongs to the main clause\'s subject after the comma: "By voting to delay the levy, the council …", "Since announcing her run, Ortiz has …", "Continuing to explain her view, Ortiz …".',
)

_AND_BEFORE_CUE = pattern_rule(
    "and_before_cue",
    STAGE,
    re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|even|[a-z]+ly)\s+)?$"),
    '"and" (with an adverb) coordinating a cue with the verb phrase before it.',
)


#: What a step of ``VerbCues._reported`` returns when it settles nothing and the reading goes on.
READ_ON: Any = object()


@dataclass
class _Reading:
    """One verb cue being read: where its clause starts, the words before it, and what is known so far."""

    match: Cue
    word: CueWord
    lo: int
    sentence: Sentence
    before_cue: str
    previous: str
    after_cue: re.Match[str] | None = None
    source_at: int = 0
    """Where the source must end: the cue, or "to" or the verb governing an infinitive cue."""
    infinitive_source: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    reduced_relative: bool = False
    reports_a_clause: bool = False


_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday morning afternoon evening night "
    "earlier later".split()
)


def _document_before(before_cue: str) -> bool:
    """Does a document noun end the words before a participle cue, perhaps followed by when ("a statement
    Wednesday", "a letter late Monday night")?"""
    words = [w.lower().strip(",") for w in before_cue[-200:].split()[-4:]]  # the end only: a long clause is not split
    while words and words[-1] in _WHEN_WORDS | {"late", "early", "last", "this"}:
        words.pop()
    return bool(words) and words[-1] in document_nouns()


class VerbCueSources(PassiveAndRaising):
    """The source of a verb cue, found step by step over a ``_Reading``."""

    def _source_of_verb_cue(self, r: _Reading) -> Any:
        """The cue's source: before it, its clause's whole subject, or after it (an inverted cue, which settles the
        attribution); None if there is none; else READ_ON with ``r.source`` set."""
        if not self._infinitive_lead(r) or not self._source_before_cue(r):
            return None
        if r.before_cue.endswith(",") and r.word.form in _FINITE_FORMS:
            inverted = self._inverted_after_content(r.match, r.word, r.lo, r.sentence, r.before_cue)
            if inverted is not None:  # "…, said Katie Harbath, Facebook's outreach director."
                return inverted
        self._subject_when_none_written(r)
        if r.source is None or not self._checked_source(r):
            return None
        # the clause closes the mention, so its last characters hold it: a long mention is not read through
        anonymity = ANONYMOUS_AFTER.search(self.text, max(r.source[0], r.source[1] - 160), r.source[1])
        if anonymity is not None and not self.text[anonymity.end() : r.source[1]].strip(" ,"):
            r.source = (r.source[0], anonymity.start())  # "A member who asked not to be named said …": the member
        return READ_ON

    def _infinitive_lead(self, r: _Reading) -> bool:
        """A cue after "to": the subject of what governs it ("went on TV to say", "led voters to say"); False
        for a withheld or planned speech ("declined to say") or when no subject governs it."""
        text, lo, cue_start = self.text, r.lo, r.match.start
        r.source_at = cue_start
        if r.previous != "to":
            return True
        if _WITHHELD.search(text, max(lo, cue_start - 80), cue_start):
            return False  # "declined to say"
        to_start = lo + len(r.before_cue) - 2
        if _GERUND_OPENS_SENTENCE.fullmatch(text, lo, to_start):  # "Continuing to explain her view, Ortiz …"
            r.infinitive_source = self._subject_after_opening(r)
        else:
            r.infinitive_source = _governing_subject(text, lo, to_start)
        r.before_cue = text[lo:to_start].rstrip()
        r.source_at = to_start
        return r.infinitive_source is not None

    def _source_before_cue(self, r: _Reading) -> bool:
        """The mention before the cue, the source of a coordinated cue, or a participle's; False if a participle
        has none."""
        text, lo = self.text, r.lo
        if r.infinitive_source is not None:
            r.source = r.infinitive_source
            return True
        shared = self._coordinated_source(lo, r.match.start)
        if shared is not None:  # "accused Sanders of … and chided him for …": the first cue's source
            r.source = shared
        elif r.word.form == "ing":
            return self._participle_source(r)
        elif r.previous == "and":  # ‘She declared “What a night!” and said that …’
            r.source = mention_before(text, r.sentence.start, r.source_at)
        else:
            r.source = mention_before(text, lo, r.source_at)
        return True

    def _participle_source(self, r: _Reading) -> bool:
        """Who an '-ing' cue belongs to: the main clause after a comma, the subject of a clause or a preposition,
        a pronoun with 'be', or the noun phrase it modifies (a reduced relative: "groups backing Cruz")."""
        text, lo, word, previous = self.text, r.lo, r.word, r.previous
        cue_start = r.match.start
        comma = _COMMA_BEFORE_PARTICIPLE.search(text, max(lo, cue_start - 30), cue_start)
        be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, max(lo, cue_start - 60), cue_start)
        contracted = _CONTRACTED_BE.fullmatch(previous)
        # "By voting to delay the tax, Democrats …"; "After calling the office, …" is a telephone call, no cue
        if word.lemma != "call" and _GERUND_OPENS_SENTENCE.fullmatch(text, lo, cue_start):
            r.source = self._subject_after_opening(r)
        elif comma:  # ", noting that …", "… debt,” noting …", ", quickly reminding viewers …"
            r.source = self._main_clause_source(lo, comma.start())
        elif _document_before(r.before_cue):  # "issued a statement saying that …", "a statement Monday saying …"
            r.source = clause_subject(text, lo, cue_start)
        elif word.lemma in _SPEECH_ONLY:  # "with 62 percent of voters saying …"
            r.source = mention_before(text, lo, cue_start)
        elif previous in ("while", "by", "after", "before", "when") or previous in _PREPOSITIONS_BEFORE_GERUND:
            r.source = clause_subject(text, lo, cue_start)  # "…, while emphasizing …", "on suspicion of backing …"
        elif previous in BE_FORMS:  # "he is emphasizing his finish"
            r.source = mention_before(text, lo, lo + len(r.before_cue) - len(previous))
        elif be:
            r.source = mention_before(text, lo, be.start())  # "who has been aggressively pushing for …"
        elif contracted:  # "he’s hoping", "we're seeing": the pronoun
            pronoun_start = lo + len(r.before_cue) - len(previous)
            r.source = (pronoun_start, pronoun_start + len(contracted.group(1)))
        elif word.takes_np or word.takes_infinitive:  # "groups backing Cruz", "Democrats hoping to …"
            r.source = mention_before(text, lo, cue_start)
            if r.source is None or _word_count(text, r.source[1], cue_start):
                return False
            r.reduced_relative = True
        else:
            return False
        return True

    def _subject_after_opening(self, r: _Reading) -> tuple[int, int] | None:
        """The subject of the main clause after the comma that closes an opening gerund phrase."""
        comma = self.text.find(",", r.match.end, r.sentence.end)
        return clause_subject(self.text, comma + 1, r.sentence.end) if comma != -1 else None

    def _reports_a_clause(self, r: _Reading) -> bool:
        """Does the cue report a clause whatever its subject is: a speech verb, a finite cue with a that-clause
        ("The inquiry found that …"), a cue after an auxiliary ("A number of studies have credited …")?"""
        word = r.word
        return (
            word.lemma in _SPEECH_ONLY
            or (
                word.form in _FINITE_FORMS
                and r.previous not in _BEFORE_A_NOUN
                and r.after_cue is not None
                and r.after_cue.group().lower() == "that"
            )
            or bool(_search_tail(_AUXILIARY_THEN_CUE, self.text, r.lo, r.source_at))
        )

    def _subject_when_none_written(self, r: _Reading) -> None:
        """When the mention before the cue is no agent: the clause's whole subject ("Gay rights groups condemned …",
        "Several supporters of reform said …")."""
        text, lo, word, at = self.text, r.lo, r.word, r.source_at
        no_subject = r.source is None or not is_agent(text[r.source[0] : r.source[1]])
        r.reports_a_clause = self._reports_a_clause(r)
        if not no_subject:
            return
        # "Gay rights groups condemned …": a past form after a subject that opens its clause
        past_after_subject = (
            not r.reports_a_clause
            and word.form == "past"
            and r.previous not in _BEFORE_A_NOUN
            and not _search_tail(_BE_AND_ADVERBS_BEFORE_CUE, text, lo, at)
        )
        subject_end = _end_of_subject(text, lo, at)
        if r.reports_a_clause or past_after_subject:
            subject_start = clause_start(text, lo, subject_end)
            after_opening = text[lo:subject_start].rstrip().endswith(",") and not _DEMONSTRATIVE_OPENING.match(
                text, _skip(text, lo, subject_start)
            )
            subject = common_noun_phrase_before(text, lo, subject_end) or _whole_subject(
                text, subject_start, subject_end, after_opening
            )
            if subject is not None and (r.reports_a_clause or _opens_clause(text, lo, subject, subject_end)):
                r.source, r.reports_a_clause = subject, True

    def _checked_source(self, r: _Reading) -> bool:
        """Is ``r.source`` one that can say this cue (an agent, not a possessive, agreeing with a base form)? It
        may be narrowed ("He's said …") or replaced (a plural head with its modifier) on the way."""
        text, word = self.text, r.word
        source = r.source
        assert source is not None
        source_text = text[source[0] : source[1]]
        if not is_agent(source_text) and not r.reports_a_clause:
            return False
        if source_text.endswith(("’s", "'s")) and source_text[:-2].lower() in PRONOUNS:
            source = (source[0], source[1] - 2)  # "He's said …": a contracted 'has' or 'is', not a possessive
            source_text = text[source[0] : source[1]]
        if source_text.endswith(("’s", "'s")):
            source = self._subject_past_a_possessive(r)
            if source is None:
                return False  # "Trump’s reported net worth": a possessive is no subject
            source_text = text[source[0] : source[1]]  # "Begala, a friend of the couple's, said"
        if source_text.lower() in ("that", "which") and word.kind == "stance":
            return False  # "a goal that seems out of reach"
        if word.takes_np and source_text.lower() == "it":
            return False
        if word.is_also_noun and word.form in ("base", "3sg") and not _names_a_speaker(text, source):
            return False  # "the Paris attacks", "states like South Carolina"
        if word.is_also_noun and word.form == "3sg" and _is_plural_subject(text, source):
            return False  # "Massachusetts and Vermont, states that vote …": a plural does not take "states"
        if (
            word.form == "base"
            and r.previous not in ("and", "to")
            and not _agrees_with_base_form(text, source, r.source_at)
        ):
            source = _plural_subject_with_modifier(text, r.lo, r.source_at) if r.reports_a_clause else None
            if source is None:
                return False  # "the official state media": a singular subject does not take "state"
        r.source = source
        return True

    def _subject_past_a_possessive(self, r: _Reading) -> tuple[int, int] | None:
        """The clause's subject when the mention before the cue ends in a possessive, after a comma only."""
        text = self.text
        subject = clause_subject(text, r.lo, r.source_at) if r.before_cue.endswith(",") else None
        if (
            subject is None
            or not is_agent(text[subject[0] : subject[1]])
            or text[subject[0] : subject[1]].endswith(("’s", "'s"))
        ):
            return None
        return subject

    @function_rule(
        "coordinated_source",
        STAGE,
        "A cue coordinated with an attribution right before it shares its source: ‘called her “weak” and said …’.",
        off=None,
    )
    def _coordinated_source(self, lo: int, cue_start: int) -> tuple[int, int] | None:
        """The source of the attribution whose content ends right before "and" + this cue ("called her
        “weak” and said …", "painting others as weak and suggesting …")."""
        conjunction = _AND_BEFORE_CUE.search(self.text, max(lo, cue_start - 30), cue_start)  # a few words back
        if conjunction is None:
            return None
        for d in reversed(self.drafts):
            if (
                d.block == self.block.index
                and d.source
                and d.cue
                and lo <= d.cue[0] < conjunction.start()
                and not self.text[d.content[-1][1] : conjunction.start()].strip(" ,")
            ):
                return d.source
        return None

    @function_rule(
        "inverted_cue",
        STAGE,
        "‘…, said the minister.’: the content before the comma, the source after the cue.",
        off=None,
    )
    def _inverted_after_content(
        self, match: Cue, word: CueWord, lo: int, sentence: Sentence, before_cue: str
    ) -> Draft | None:
        """‘…, said the minister.’: content before the comma, source after the cue."""
        text = self.text
        source = noun_phrase_after(text, _skip(text, match.end, sentence.end), sentence.end)
        if source is None or not is_agent(text[source[0] : source[1]]):
            return None
        if not _only_adjunct_follows(text, source[1], sentence.end, word) and text[source[1] : source[1] + 1] != ",":
            return None  # "…, said he would …" is no inverted cue
        end = lo + len(before_cue) - 1
        start = _skip(text, lo, end, " \t\n\u00a0—–-")
        if _word_count(text, start, end) < 3:
            return None
        content = [(start, end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
