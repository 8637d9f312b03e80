"""Verb cues: "X said (that) …", "…, X said", "…, said X", "X continued to argue …", ", adding that …",
"groups backing X", "joked about …": the source before or after the cue, the content after it or before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ....article import Sentence
from ..boundaries import (
    _ADVERB_BEFORE_PARTICIPLE,
    _end_of_reduced_relative,
    _infinitive_end,
    _object_end,
    _only_adjunct_follows,
    _relative_clause_end,
)
from ..cues import Cue, CueWord
from ..marks import _kind_of
from ..model import Draft
from ..speakers import (
    BE_FORMS,
    PRONOUNS,
    antecedent,
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
from ..textutil import _WORD, _phrase_comma, _skip, _word_count
from ..words import _BEFORE_A_NOUN, _FINITE_FORMS, _NOT_IN_SUBJECT, _PREPOSITIONS, _SPEECH_ONLY
from .passive import _NAMING_VERBS, _PASSIVE_RAISING_VERBS, _RAISING_VERBS, PassiveAndRaising

# A non-restrictive relative clause between the subject and its cue.
_RELATIVE_ASIDE = re.compile(r",\s+(?P<pronoun>who|which)\s[^;:“”\"]*,\s*$")

# "Lewandowski continued to assert that …", "Cruz pivoted to arguing that …", "Trump refused to back …",
# "older voters tended to support …": the cue's subject is the source
_GOING_ON = re.compile(
    r"\b(?:continue[sd]?|began|begins|begin|started|starts|went\s+on|goes\s+on|pivoted|moved|tr(?:y|ies|ied|ying)|"
    r"refuse[sd]?|used|tend(?:s|ed)?|(?:more|less)?\s*likely|quick|eager|willing|ready|able|unable|"
    r"struggl(?:e|es|ed|ing)|fail(?:s|ed)?)\s+to\s*$"
)


# What governs an infinitive cue (directly or through a second infinitive) and withholds or only plans the speech:
# "declined to say", "did not want to say", "is expected to convene … to discuss", "aim to deny", "the chance to ask".
_WITHHELD = re.compile(
    r"\b(?:declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing|al)|unwilling|reluctant|hesitant|hesitat(?:e|es|ed)|expected|asked|"
    r"opportunity|chance|position|enough|needed|aim(?:s|ed)?|seek(?:s|ing)?|sought|plan(?:s|ned)?|intend(?:s|ed)?|"
    r"(?:[Nn]ot|n[’']t|never)(?:\s+\w+)?)\s+to\s(?:[^,;:“”\"]*\sto\s)?$"
)


# A gerund cue after one of these belongs to its clause's subject ("a history of blaming …", "criticized for
# dismissing …"); not after "without", which denies it, nor "in", often in an idiom ("wasted no time in condemning").
_PREPOSITIONS_BEFORE_GERUND = frozenset("of about for on from".split())

# A pronoun with a contracted 'be' before a gerund cue: "he’s hoping", "we're seeing".
_CONTRACTED_BE = re.compile(r"(he|she|they|we|you|i|it)[’'](?:s|re|m)")

# "…, law enforcement officials say.", "…, a Cairo airport official told": modifiers between the comma and the source's head
_MODIFIERS_AFTER_COMMA = re.compile(
    r",\s+((?:[a-z][\w’'-]*|(?:a|an|the|one)\s+[A-Z][\w’'.-]*)(?:\s+[a-z][\w’'-]*){0,2})$"
)


_SHORT_ADJUNCT_THEN_COMMA = re.compile(r"(?:in|on|at|during|to|via)\s[^,;:“”\"]{1,40},")

# An auxiliary right before the cue makes it a verb whatever its subject ("studies have credited").
_AUXILIARY_THEN_CUE = re.compile(
    r"\s(?:has|have|had|will|would|could|can|did|does|do|may|might|should|must)(?:\s+(?:not|also|never|ever|[a-z]+ly))*\s*$"
)


# A noun phrase with a demonstrative before a comma is a subject, not an opening adverbial ("This visual evidence, …").
_DEMONSTRATIVE_OPENING = re.compile(
    r"(?:This|That|These|Those|What)\s+(?!(?:week|month|year|time|morning|afternoon|evening|night)\b)"
)


# An adverbial phrase or clause opening a sentence ("Even after the vote was held,", "On the Republican stage,").
_OPENING_ADJUNCT = re.compile(
    r"(?:(?:But|And|Yet)\s+)?(?:[Ee]ven\s+)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Aa]fter|[Ww]hen|[Bb]ecause|[Ii]f|[Bb]efore|[Ss]ince|"
    r"[Aa]s|[Dd]espite|[Aa]mid|[Gg]iven|[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Uu]ntil|[Uu]nlike)\b"
)


_REFLEXIVE = re.compile(r"(?:him|her|them|it|my|your|our)sel(?:f|ves)\b")

_BE_BEFORE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|isn[’']t|aren[’']t|wasn[’']t|weren[’']t)"
    r"(?:\s+(?:not|also|still|widely|now|generally|largely|no\s+longer))*\s*$",
    re.IGNORECASE,
)


# A passive's 'be' with adverbs before the participle ("was first", "has been repeatedly", "were quickly").
_BE_AND_ADVERBS_BEFORE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)(?:\s+(?:not|also|still|first|never|later|soon|now|widely|long|then|once|even|"
    r"[a-z]+ly))*\s*$"
)


# Verbs whose base form is a judgement only with a first-person subject ("I find his message chilling");
# elsewhere it is searching or obtaining ("unable to find a taker", "can find more details").
_FIRST_PERSON_JUDGEMENTS = frozenset({"find"})

# Taking sides: in a 'who' aside on a speaker already reported in the sentence ("…,” said Ms. Park, who supports
# Ortiz.") it describes the speaker; no second attribution.
_SIDING_VERBS = frozenset({"support", "back", "endorse", "vote for", "voted for", "vote against", "voted against"})

_SAID_BEFORE = re.compile(r"\b(?:said|says)\b")

# The object of "responded to" when it is what was asked: "a question about …", "questions", "inquiries into …".
_QUESTION_RESPONDED_TO = re.compile(r"\s+(?:(?:a|the|[\w.-]+[’']s?)\s+)?(?:questions?|inquir(?:y|ies))\b")

# What may follow a perfect "known" that reports knowledge ("have known since 1990 that …", "had known about it").
_KNOWN_CLAUSE_OPENERS = frozenset("that since about how what whether why who".split())

_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an)\s")

# After a passive's agent, a complement that belongs to the content ("was warned by the FBI that …").
_COMPLEMENT_AFTER_AGENT = re.compile(r"\s+(?:as|that|to|whether|if|of)\b")

# A survey or study heading a subject ("A Monmouth poll out Monday", "Many recent studies of the minimum wage").
_SURVEY_HEAD = re.compile(r"(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Aa]nalys[ie]s|[Dd]ata|[Ff]indings|[Rr]esults)")

# A cue's topic: "about" and a noun phrase; before a number "about" opens a clause ("said about half of …").
# A degree before "about" belongs to the cue ("said almost nothing about", "talked more about").
_ABOUT_TOPIC = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:(?:almost\s+|very\s+|so\s+|too\s+)?(?:nothing(?:\s+else)?|little|much|more|less|a\s+lot)\s+)?"
    r"(?P<about>about)\s+"
)


_ABOUT_QUANTITY = re.compile(
    r"(?:\d|\$|(?:half|a\s+(?:third|quarter|dozen|hundred)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
    r"forty|fifty|hundreds|thousands)\b)"
)


# The comma (perhaps inside a closing quotation mark, perhaps followed by an adverb) before a participle cue.
_COMMA_BEFORE_PARTICIPLE = re.compile(r",(?:[”\"]|'')?\s*(?:" + _ADVERB_BEFORE_PARTICIPLE + r"\s+)?$")

# "and" (with an adverb) coordinating a cue with the verb phrase before it.
_AND_BEFORE_CUE = re.compile(r"\s(?:and|but)\s+(?:(?:also|then|later|even|[a-z]+ly)\s+)?$")

# A non-restrictive relative pronoun as a cue's source ("Lamb, who endorsed …") and, after the comma closing
# its clause, the main clause's verb (", represents …", ", has not …", ", nonetheless ranks …").
_NONRESTRICTIVE_RELATIVE = re.compile(r",\s+(?:who|which)$")

# Verbs whose noun-phrase content runs on into a predicate ("described the move as …",
# "accused Pyongyang of …", "called the system “rigged”"): their content is not cut at an adjunct.
_PREDICATIVE = frozenset(
    "describe characterize characterise interpret portray frame label brand dub view regard call accuse "
    "highlight blame credit thank order".split()
) | {"raised alarms about", "raised concerns about", "raised questions about"}


# "said so", "thinks so, too", "said yes while …": "so", "yes" or "no" standing for a clause, before an adjunct or the clause end.
_PRO_FORM = re.compile(
    r"(?:so|yes|no)\b(?=\s*(?:[,.;!?]|$|(?:in|on|at|during|last|this|too|again|publicly|privately|while|but|and|when)\b))"
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


class VerbCues(PassiveAndRaising):
    """A reporting verb outside quotations, with its source and content."""

    def _reported(self, match: Cue, word: CueWord, lo: int, sentence: Sentence) -> Draft | None:
        """A reporting verb outside quotations: its source (before the cue, after it, or its clause's subject)
        and its content (after the cue, before it, or around it). Each step settles the cue or reads on."""
        before_cue = self.text[lo : match.start].rstrip()
        r = _Reading(
            match, word, lo, sentence, before_cue, before_cue.rsplit(None, 1)[-1].lower() if before_cue else ""
        )
        for step in (self._special_verb_cue, self._source_of_verb_cue, self._content_before_cue):
            outcome = step(r)
            if outcome is not READ_ON:
                return outcome
        return self._content_after_cue(r)

    def _verb_draft(self, r: _Reading, content: list[tuple[int, int]], source: tuple[int, int] | None) -> Draft:
        return Draft(_kind_of(self.text, content), content, r.match.span(), source, self.block.index, cue_word=r.word)

    def _special_verb_cue(self, r: _Reading) -> Any:
        """Raising and passive forms, and the uses of a cue form that report nothing; else READ_ON."""
        text, word, lo, sentence = self.text, r.word, r.lo, r.sentence
        cue_start, cue_end = r.match.span()
        if word.lemma in _RAISING_VERBS and word.form in _FINITE_FORMS:
            return self._raised(r.match, lo, cue_start, sentence)
        if self._reports_nothing(r):
            return None
        if (
            word.form in ("past", "participle")
            and word.lemma != "ask"
            and text.startswith("by ", _skip(text, cue_end, sentence.end))
        ):
            be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, cue_start)
            passive = self._passive(r.match, lo, be.start(), sentence) if be else None
            if passive and passive.source and not _COMPLEMENT_AFTER_AGENT.match(text, passive.source[1]):
                return passive  # "The meeting was first reported by Politico": the subject is the content
        if word.lemma in _PASSIVE_RAISING_VERBS and word.form in ("past", "participle"):
            be = _BE_BEFORE_CUE.search(text, lo, cue_start)
            if be:
                return self._raised(r.match, lo, be.start(), sentence)
        r.after_cue = _WORD.match(text, _skip(text, cue_end, sentence.end), sentence.end)
        if r.previous in BE_FORMS and word.form in ("past", "participle"):
            return self._after_be(r)
        if (
            word.form == "participle"
            and r.previous not in ("has", "have", "had", "having")
            and not r.previous.endswith(("’ve", "'ve", "’d", "'d"))
        ):
            return None  # adjectival: "HLN, known as CNN Headline News"
        if (
            word.lemma == "know"
            and word.form == "participle"
            and not (r.after_cue and r.after_cue.group().lower() in _KNOWN_CLAUSE_OPENERS)
        ):
            return None  # acquaintance: "who has known Trump since the 1970s", "had known him for years"
        return READ_ON

    def _reports_nothing(self, r: _Reading) -> bool:
        """A judgement verb without a first-person subject, perception, an answer to a question, or taking sides
        in an aside on a speaker."""
        text, word, previous = self.text, r.word, r.previous
        cue_start, cue_end = r.match.span()
        if word.lemma in _FIRST_PERSON_JUDGEMENTS and word.form == "base" and previous not in ("i", "we"):
            return True
        if (
            word.lemma == "see"
            and word.form == "ing"
            and (previous in _PREPOSITIONS or previous in ("of", "but") or text.startswith(" as ", cue_end))
        ):
            return True  # perceiving ("after seeing the photos", "in hopes of seeing"), or "seeing as" (since)
        if word.lemma.startswith("respond") and _QUESTION_RESPONDED_TO.match(text, cue_end):
            return True  # "responded to a question about …": what was asked, not what was said
        # "…,” said Ms. Park, who supports Ortiz.": an aside on the speaker
        return bool(
            previous == "who" and word.lemma in _SIDING_VERBS and _SAID_BEFORE.search(text, r.sentence.start, cue_start)
        )

    def _after_be(self, r: _Reading) -> Draft | None:
        """A participle after 'be': a stance ("The government is worried that …"), a passive with an agent, a
        naming passive, or nothing ("is expected to", "was asked")."""
        text, word, lo, sentence = self.text, r.word, r.lo, r.sentence
        be_start = lo + len(r.before_cue) - len(r.previous)
        if word.kind == "stance" and r.after_cue and r.after_cue.group().lower() in ("that", "about"):
            source = mention_before(text, lo, be_start)  # "The government is worried that …"
            if source is None or not is_agent(text[source[0] : source[1]]):
                return None
            start = _skip(text, r.match.end, sentence.end)
            content = [(start, self._content_end(start, sentence))]
            if _word_count(text, *content[0]) < 2:
                return None
            return self._verb_draft(r, content, source)
        if word.takes_np:
            return self._passive(r.match, lo, be_start, sentence)
        if word.lemma in _NAMING_VERBS and _DETERMINER_AFTER.match(text, r.match.end):
            return self._named_passive(r.match, lo, be_start, sentence)
        return None  # passive: "is expected to", "was asked"

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
        return READ_ON

    def _infinitive_lead(self, r: _Reading) -> bool:
        """A cue after "to": the subject of what governs it ("continued to assert", "went on TV to say"); False
        for a withheld or planned speech ("declined to say") or when no subject governs it."""
        text, lo, cue_start = self.text, r.lo, r.match.start
        r.source_at = cue_start
        if r.previous != "to":
            return True
        going_on = _GOING_ON.search(text, lo, cue_start)
        if going_on:
            r.before_cue = text[lo : going_on.start()].rstrip()
            be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, going_on.start())
            r.source_at = be.start() if be else going_on.start()  # "The council is trying to …"
            return True
        if _WITHHELD.search(text, max(lo, cue_start - 80), cue_start):
            return False  # "declined to say"
        to_start = lo + len(r.before_cue) - 2
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
        if comma:  # ", noting that …", "… debt,” noting …", ", quickly reminding viewers …"
            r.source = self._main_clause_source(lo, comma.start())
        elif previous in document_nouns():  # "issued a statement saying that …"
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
            or bool(_AUXILIARY_THEN_CUE.search(self.text, r.lo, r.source_at))
        )

    def _subject_when_none_written(self, r: _Reading) -> None:
        """When the mention before the cue is no agent: the antecedent of a relative aside, the clause's whole
        subject ("Gay rights groups condemned …"), or a survey heading it ("A CNN poll … showed …")."""
        text, lo, word, at = self.text, r.lo, r.word, r.source_at
        no_subject = r.source is None or not is_agent(text[r.source[0] : r.source[1]])
        relative = _RELATIVE_ASIDE.search(text, lo, at) if no_subject else None
        if relative:  # "The Huffington Post, which had said …, said it would …"
            subject = antecedent(text, relative.start("pronoun"))
            if subject and subject[0] >= lo and is_agent(text[subject[0] : subject[1]]):
                r.source, no_subject = subject, False
        r.reports_a_clause = self._reports_a_clause(r)
        if not no_subject:
            return
        # "Gay rights groups condemned …": a past form after a subject that opens its clause
        past_after_subject = (
            not r.reports_a_clause
            and word.form == "past"
            and r.previous not in _BEFORE_A_NOUN
            and not _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, at)
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
        elif word.form in _FINITE_FORMS:  # "A CNN poll of South Carolina released Tuesday showed …"
            survey = _whole_subject(text, clause_start(text, lo, subject_end), subject_end)
            words = _WORD.findall(text, *survey) if survey else []
            if (
                any(_SURVEY_HEAD.fullmatch(w) for w in words[:5])
                and not words[0].endswith("ing")
                and not any(w.lower() in _NOT_IN_SUBJECT for w in words)
            ):
                r.source, r.reports_a_clause = survey, True

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

    def _content_before_cue(self, r: _Reading) -> Any:
        """‘…, law enforcement officials say.’ (the content before the comma) and ‘Riding alone …, they said, can be
        hazardous.’ (the content around the cue); else READ_ON."""
        text, lo, word, sentence = self.text, r.lo, r.word, r.sentence
        cue_start, cue_end = r.match.span()
        assert r.source is not None
        head_before = text[lo : r.source[0]].rstrip()
        modifiers = _MODIFIERS_AFTER_COMMA.search(head_before)
        if modifiers and not head_before.endswith(","):  # "…, law enforcement officials say."
            r.source = (lo + modifiers.start(1), r.source[1])
            head_before = head_before[: modifiers.start(1)].rstrip()
        source = r.source
        is_relative = text[source[0] : source[1]].lower() in ("who", "which", "that")
        if not (
            head_before.endswith(",")
            and word.form != "ing"
            and not is_relative
            and _word_count(text, lo, source[0]) >= 2
        ):
            return READ_ON
        end = lo + len(head_before) - 1
        start = _skip(text, lo, end, " \t\n\u00a0—–-")
        if _only_adjunct_follows(text, cue_end, sentence.end, word):
            if _OPENING_ADJUNCT.match(text, start, end) and _phrase_comma(text, start, end) == -1:
                return None  # "Despite the setback, Diaz continues to lead.": an adjunct, not what was said
            return self._verb_draft(r, [(start, end)], source)
        rest = _skip(text, cue_end, sentence.end)
        adjunct = _SHORT_ADJUNCT_THEN_COMMA.match(text, rest, sentence.end)
        if word.takes_infinitive and text.startswith("to ", rest):
            adjunct = None  # "…, he pledged to put New York, …": an infinitive content, no adjunct
        if adjunct:  # "If anything, Ash argued in his email, the incident …"
            rest = adjunct.end() - 1
        if (
            rest < sentence.end
            and text[rest] == ","
            and word.form in ("past", "3sg")
            and not word.needs_clause
            and not word.takes_np
            and _word_count(text, source[1], cue_start) == 0
        ):
            # "Riding alone …, they said, can be hazardous.": the content surrounds the cue
            second = _skip(text, rest + 1, sentence.end)
            content = [(start, end), (second, self._content_end(second, sentence))]
            if all(_WORD.search(text, s, e) for s, e in content):
                return self._verb_draft(r, content, source)
        return READ_ON

    def _content_after_cue(self, r: _Reading) -> Draft | None:
        """The content after the cue: a topic after "about", a that-clause, a noun phrase or an infinitive."""
        text, word, sentence = self.text, r.word, r.sentence
        cue_end = r.match.end
        if word.takes_np and text[cue_end : cue_end + 3].lstrip(" ").startswith(","):
            return None  # "Brandt, who voted against, said …": the verb has no object here
        topic = None if word.takes_np else _ABOUT_TOPIC.match(text, cue_end, sentence.end)
        if topic:  # "joked about Jewish stereotypes", "has often complained about not getting credit"
            start = topic.end()
            end = self._content_end(start, sentence)
            if _ABOUT_QUANTITY.match(text, start):  # "said about half of the money was spent": a clause
                start = topic.start("about")
            else:
                end = _object_end(text, start, end)
            if _word_count(text, start, end) < 1:
                return None
            return self._verb_draft(r, [(start, end)], r.source)
        start = self._content_start(cue_end, word, sentence)
        if start is None or (not word.takes_np and _REFLEXIVE.match(text, start)):
            return None  # "found himself in the same bind"
        end = self._content_end(start, sentence, clausal=not word.takes_np)
        if word.takes_infinitive and text.startswith("to ", start):
            end = _infinitive_end(text, start, end)
        elif word.takes_np:
            end = _object_end(text, start, end, word.lemma in _PREDICATIVE)
        if r.reduced_relative:
            end = _end_of_reduced_relative(text, start, end)
        if r.source and _NONRESTRICTIVE_RELATIVE.search(text, max(0, r.source[0] - 2), r.source[1]):
            end = _relative_clause_end(text, start, end)
        pro_form = _PRO_FORM.match(text, start, end)
        if pro_form:  # "55 percent said so in December": "so" (or "yes", "no") stands for the clause
            end = pro_form.end()
        elif _word_count(text, start, end) < (1 if word.takes_np else 2):
            return None
        return self._verb_draft(r, [(start, end)], r.source)

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
