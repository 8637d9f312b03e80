"""Verb cues: "X said (that) …", "…, X said", "…, said X", "X continued to argue …", ", adding that …",
"groups backing X", "joked about …": the source before or after the cue, the content after it or before it.
"""

from __future__ import annotations

import re

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


class VerbCues(PassiveAndRaising):
    """A reporting verb outside quotations, with its source and content."""

    def _reported(self, match: Cue, word: CueWord, lo: int, sentence: Sentence) -> Draft | None:
        text = self.text
        cue_start, cue_end = match.span()
        before_cue = text[lo:cue_start].rstrip()
        previous = before_cue.rsplit(None, 1)[-1].lower() if before_cue else ""
        if word.lemma in _RAISING_VERBS and word.form in _FINITE_FORMS:
            return self._raised(match, lo, cue_start, sentence)
        if word.lemma in _FIRST_PERSON_JUDGEMENTS and word.form == "base" and previous not in ("i", "we"):
            return None
        if (
            word.lemma == "see"
            and word.form == "ing"
            and (previous in _PREPOSITIONS or previous in ("of", "but") or text.startswith(" as ", cue_end))
        ):
            return None  # perceiving ("after seeing the photos", "in hopes of seeing"), or "seeing as" (since)
        if word.lemma.startswith("respond") and _QUESTION_RESPONDED_TO.match(text, cue_end):
            return None  # "responded to a question about …": what was asked, not what was said
        if previous == "who" and word.lemma in _SIDING_VERBS and _SAID_BEFORE.search(text, sentence.start, cue_start):
            return None  # "…,” said Ms. Park, who supports Ortiz.": an aside on the speaker
        if (
            word.form in ("past", "participle")
            and word.lemma != "ask"
            and text.startswith("by ", _skip(text, cue_end, sentence.end))
        ):
            be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, cue_start)
            passive = self._passive(match, lo, be.start(), sentence) if be else None
            if passive and not _COMPLEMENT_AFTER_AGENT.match(text, passive.source[1]):
                return passive  # "The meeting was first reported by Politico": the subject is the content
        if word.lemma in _PASSIVE_RAISING_VERBS and word.form in ("past", "participle"):
            be = _BE_BEFORE_CUE.search(text, lo, cue_start)
            if be:
                return self._raised(match, lo, be.start(), sentence)
        after_cue = _WORD.match(text, _skip(text, cue_end, sentence.end), sentence.end)
        if (
            previous in BE_FORMS
            and word.form in ("past", "participle")
            and word.kind == "stance"
            and after_cue
            and after_cue.group().lower() in ("that", "about")
        ):
            cue_start_for_source = lo + len(before_cue) - len(previous)  # "The government is worried that …"
            source = mention_before(text, lo, cue_start_for_source)
            if source is None or not is_agent(text[source[0] : source[1]]):
                return None
            start = _skip(text, cue_end, sentence.end)
            content = [(start, self._content_end(start, sentence))]
            if _word_count(text, *content[0]) < 2:
                return None
            return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
        if previous in BE_FORMS and word.form in ("past", "participle"):
            if word.takes_np:
                return self._passive(match, lo, lo + len(before_cue) - len(previous), sentence)
            if word.lemma in _NAMING_VERBS and _DETERMINER_AFTER.match(text, cue_end):
                return self._named_passive(match, lo, lo + len(before_cue) - len(previous), sentence)
            return None  # passive: "is expected to", "was asked"
        if (
            word.form == "participle"
            and previous not in ("has", "have", "had", "having")
            and not previous.endswith(("’ve", "'ve", "’d", "'d"))
        ):
            return None  # adjectival: "HLN, known as CNN Headline News"
        if (
            word.lemma == "know"
            and word.form == "participle"
            and not (after_cue and after_cue.group().lower() in _KNOWN_CLAUSE_OPENERS)
        ):
            return None  # acquaintance: "who has known Trump since the 1970s", "had known him for years"
        infinitive_source = None
        if previous == "to":
            going_on = _GOING_ON.search(text, lo, cue_start)
            if not going_on:
                if _WITHHELD.search(text, max(lo, cue_start - 80), cue_start):
                    return None  # "declined to say"
                to_start = lo + len(before_cue) - 2
                infinitive_source = _governing_subject(text, lo, to_start)
                if infinitive_source is None:
                    return None
                before_cue = text[lo:to_start].rstrip()
                cue_start_for_source = to_start
            else:
                before_cue = text[lo : going_on.start()].rstrip()
                be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, going_on.start())
                cue_start_for_source = be.start() if be else going_on.start()  # "The council is trying to …"
        else:
            cue_start_for_source = cue_start
        reduced_relative = False
        shared = self._coordinated_source(lo, cue_start)
        if infinitive_source is not None:
            source = infinitive_source
        elif shared is not None:  # "accused Sanders of … and chided him for …": the first cue's source
            source = shared
        elif word.form == "ing":
            comma = _COMMA_BEFORE_PARTICIPLE.search(text, max(lo, cue_start - 30), cue_start)
            if comma:  # ", noting that …", "… debt,” noting …", ", quickly reminding viewers …"
                source = self._main_clause_source(lo, comma.start())
            elif previous in document_nouns():  # "issued a statement saying that …"
                source = clause_subject(text, lo, cue_start)
            elif word.lemma in _SPEECH_ONLY:  # "with 62 percent of voters saying …"
                source = mention_before(text, lo, cue_start)
            elif previous in ("while", "by", "after", "before", "when") or previous in _PREPOSITIONS_BEFORE_GERUND:
                source = clause_subject(
                    text, lo, cue_start
                )  # "…, while emphasizing …", "jailed on suspicion of backing …"
            elif previous in BE_FORMS:  # "he is emphasizing his finish"
                source = mention_before(text, lo, lo + len(before_cue) - len(previous))
            elif _BE_AND_ADVERBS_BEFORE_CUE.search(text, max(lo, cue_start - 60), cue_start):
                be = _BE_AND_ADVERBS_BEFORE_CUE.search(text, max(lo, cue_start - 60), cue_start)
                source = mention_before(text, lo, be.start())  # "who has been aggressively pushing for …"
            elif _CONTRACTED_BE.fullmatch(previous):  # "he’s hoping", "we're seeing": the pronoun
                pronoun_start = lo + len(before_cue) - len(previous)
                source = (pronoun_start, pronoun_start + len(_CONTRACTED_BE.fullmatch(previous).group(1)))
            elif word.takes_np or word.takes_infinitive:  # "groups backing Cruz", "Democrats hoping to …"
                source = mention_before(text, lo, cue_start)
                if source is None or _word_count(text, source[1], cue_start):
                    return None
                reduced_relative = True
            else:
                return None
        elif previous == "and":  # ‘She declared “What a night!” and said that …’
            source = mention_before(text, sentence.start, cue_start_for_source)
        else:
            source = mention_before(text, lo, cue_start_for_source)
        no_subject = source is None or not is_agent(text[source[0] : source[1]])
        if before_cue.endswith(",") and word.form in _FINITE_FORMS:
            inverted = self._inverted_after_content(match, word, lo, sentence, before_cue)
            if inverted is not None:  # "…, said Katie Harbath, Facebook's outreach director."
                return inverted
        relative = _RELATIVE_ASIDE.search(text, lo, cue_start_for_source) if no_subject else None
        if relative:  # "The Huffington Post, which had said …, said it would …"
            subject = antecedent(text, relative.start("pronoun"))
            if subject and subject[0] >= lo and is_agent(text[subject[0] : subject[1]]):
                source, no_subject = subject, False
        # "The inquiry found that …": a finite cue with a that-clause reports whatever its subject is.
        reports_a_clause = (
            word.lemma in _SPEECH_ONLY
            or (
                word.form in _FINITE_FORMS
                and previous not in _BEFORE_A_NOUN
                and after_cue is not None
                and after_cue.group().lower() == "that"
            )
            or bool(_AUXILIARY_THEN_CUE.search(text, lo, cue_start_for_source))
        )  # "A number of studies have credited …"
        # "Gay rights groups condemned …": a past form after a subject that opens its clause
        past_after_subject = (
            not reports_a_clause
            and word.form == "past"
            and previous not in _BEFORE_A_NOUN
            and not _BE_AND_ADVERBS_BEFORE_CUE.search(text, lo, cue_start_for_source)
        )
        if no_subject and (reports_a_clause or past_after_subject):
            subject_end = _end_of_subject(text, lo, cue_start_for_source)
            subject_start = clause_start(text, lo, subject_end)
            after_opening = text[lo:subject_start].rstrip().endswith(",") and not _DEMONSTRATIVE_OPENING.match(
                text, _skip(text, lo, subject_start)
            )
            subject = common_noun_phrase_before(text, lo, subject_end) or _whole_subject(
                text, subject_start, subject_end, after_opening
            )
            if subject is not None and (reports_a_clause or _opens_clause(text, lo, subject, subject_end)):
                source, reports_a_clause = subject, True
        elif no_subject and word.form in _FINITE_FORMS:  # "A CNN poll of South Carolina released Tuesday showed …"
            subject_end = _end_of_subject(text, lo, cue_start_for_source)
            survey = _whole_subject(text, clause_start(text, lo, subject_end), subject_end)
            words = _WORD.findall(text, *survey) if survey else []
            if (
                any(_SURVEY_HEAD.fullmatch(w) for w in words[:5])
                and not words[0].endswith("ing")
                and not any(w.lower() in _NOT_IN_SUBJECT for w in words)
            ):
                source, reports_a_clause = survey, True
        if source is None:
            if before_cue.endswith(",") and word.form in _FINITE_FORMS:
                return self._inverted_after_content(match, word, lo, sentence, before_cue)
            return None
        source_text = text[source[0] : source[1]]
        if not is_agent(source_text) and not reports_a_clause:
            return None
        if source_text.endswith(("’s", "'s")) and source_text[:-2].lower() in PRONOUNS:
            source = (source[0], source[1] - 2)  # "He's said …": a contracted 'has' or 'is', not a possessive
            source_text = text[source[0] : source[1]]
        if source_text.endswith(("’s", "'s")):
            subject = clause_subject(text, lo, cue_start_for_source) if before_cue.endswith(",") else None
            if (
                subject is None
                or not is_agent(text[subject[0] : subject[1]])
                or text[subject[0] : subject[1]].endswith(("’s", "'s"))
            ):
                return None  # "Trump’s reported net worth": a possessive is no subject
            source, source_text = subject, text[subject[0] : subject[1]]  # "Begala, a friend of the couple's, said"
        if source_text.lower() in ("that", "which") and word.kind == "stance":
            return None  # "a goal that seems out of reach"
        if word.takes_np and source_text.lower() == "it":
            return None
        if word.is_also_noun and word.form in ("base", "3sg") and not _names_a_speaker(text, source):
            return None  # "the Paris attacks", "states like South Carolina"
        if word.is_also_noun and word.form == "3sg" and _is_plural_subject(text, source):
            return None  # "Massachusetts and Vermont, states that vote …": a plural does not take "states"
        if (
            word.form == "base"
            and previous not in ("and", "to")
            and not _agrees_with_base_form(text, source, cue_start_for_source)
        ):
            source = _plural_subject_with_modifier(text, lo, cue_start_for_source) if reports_a_clause else None
            if source is None:
                return None  # "the official state media": a singular subject does not take "state"
        head_before = text[lo : source[0]].rstrip()
        modifiers = _MODIFIERS_AFTER_COMMA.search(head_before)
        if modifiers and not head_before.endswith(","):  # "…, law enforcement officials say."
            source = (lo + modifiers.start(1), source[1])
            head_before = head_before[: modifiers.start(1)].rstrip()
        is_relative = text[source[0] : source[1]].lower() in ("who", "which", "that")
        if (
            head_before.endswith(",")
            and word.form != "ing"
            and not is_relative
            and _word_count(text, lo, source[0]) >= 2
        ):
            if _only_adjunct_follows(text, cue_end, sentence.end, word):
                end = lo + len(head_before) - 1
                start = _skip(text, lo, end, " \t\n\u00a0—–-")
                if _OPENING_ADJUNCT.match(text, start, end) and _phrase_comma(text, start, end) == -1:
                    return None  # "Despite the setback, Diaz continues to lead.": an adjunct, not what was said
                content = [(start, end)]
                return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
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
                end = lo + len(head_before) - 1
                start = _skip(text, lo, end, " \t\n\u00a0—–-")
                second = _skip(text, rest + 1, sentence.end)
                content = [(start, end), (second, self._content_end(second, sentence))]
                if all(_WORD.search(text, s, e) for s, e in content):
                    return Draft(
                        _kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word
                    )
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
            content = [(start, end)]
            return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)
        start = self._content_start(cue_end, word, sentence)
        if start is None or (not word.takes_np and _REFLEXIVE.match(text, start)):
            return None  # "found himself in the same bind"
        end = self._content_end(start, sentence, clausal=not word.takes_np)
        if word.takes_infinitive and text.startswith("to ", start):
            end = _infinitive_end(text, start, end)
        elif word.takes_np:
            end = _object_end(text, start, end, word.lemma in _PREDICATIVE)
        if reduced_relative:
            end = _end_of_reduced_relative(text, start, end)
        if source and _NONRESTRICTIVE_RELATIVE.search(text, max(0, source[0] - 2), source[1]):
            end = _relative_clause_end(text, start, end)
        pro_form = _PRO_FORM.match(text, start, end)
        if pro_form:  # "55 percent said so in December": "so" (or "yes", "no") stands for the clause
            end = pro_form.end()
        elif _word_count(text, start, end) < (1 if word.takes_np else 2):
            return None
        content = [(start, end)]
        return Draft(_kind_of(text, content), content, match.span(), source, self.block.index, cue_word=word)

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
