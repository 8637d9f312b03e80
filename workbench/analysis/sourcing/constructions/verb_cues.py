"""Verb cues: "X said (that) …", "…, X said", "…, said X", "X continued to argue …", ", adding that …",
"groups backing X", "joked about …": the source before or after the cue, the content after it or before it.
"""

from __future__ import annotations

import re
from typing import Any

from ....article import Sentence
from ..boundaries import _only_adjunct_follows
from ..cues import Cue, CueWord, lookup
from ..marks import _kind_of
from ..model import Draft
from ..phrase_ends import _end_of_reduced_relative, _infinitive_end, _object_end, _relative_clause_end
from ..rules import function_rule, pattern_rule, word_rule
from ..speakers import (
    BE_FORMS,
    clause_subject,
    common_noun_phrase_before,
    is_agent,
    mention_before,
)
from ..subjects import _bare_subject
from ..textutil import _WORD, _phrase_comma, _search_tail, _skip, _strip_content_end, _word_count
from ..words import _BEFORE_A_NOUN, _FINITE_FORMS, _IRREGULAR_PASTS, _PREPOSITIONS, _RELATIVES
from .deeds import is_deed
from .passive import _NAMING_VERBS, _RAISING_VERBS
from .verb_sources import _BE_AND_ADVERBS_BEFORE_CUE, READ_ON, VerbCueSources, _document_before, _Reading

STAGE = "verb_cues"


_MODIFIERS_AFTER_COMMA = pattern_rule(
    "modifiers_after_comma",
    STAGE,
    re.compile(r",\s+((?:[a-z][\w’'-]*|(?:a|an|the|one)\s+[A-Z][\w’'.-]*)(?:\s+[a-z][\w’'-]*){0,2})$"),
    '"…, law enforcement officials say.", "…, a Cairo airport official told": modifiers between the comma and the source\'s head',
)


_OPENING_ADJUNCT = pattern_rule(
    "opening_adjunct",
    STAGE,
    re.compile(
        r"(?:(?:But|And|Yet)\s+)?(?:[Ee]ven\s+)?(?:[Ww]hile|[Aa]lthough|[Tt]hough|[Aa]fter|[Ww]hen|[Bb]ecause|[Ii]f|[Bb]efore|[Ss]ince|"
        r"[Aa]s|[Dd]espite|[Aa]mid|[Gg]iven|[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Uu]ntil|[Uu]nlike)\b"
    ),
    'An adverbial phrase or clause opening a sentence ("Even after the vote was held,", "On the Republican stage,").',
)


_REFLEXIVE = pattern_rule(
    "reflexive",
    STAGE,
    re.compile(r"(?:him|her|them|it|my|your|our)sel(?:f|ves)\b"),
    'A reflexive object after a clause cue is no content: "found himself in the same bind".',
)

_GIVEN_NAME = pattern_rule(
    "given_name",
    STAGE,
    re.compile(
        r"(?:nam|list)(?:e|es|ed|ing)\s+(?:their|his|her|its|our|the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s+"
        r"(?:as\s+)?[“\"‘][^\s“”\"‘’]+(?:\s+[^\s“”\"‘’]+){0,3}[”\"’]",
        re.IGNORECASE,
    ),
    'Naming or listing an object with a short quoted name is a deed, not speech: "The team named their robot '
    '“Sparky.”", "listed their town as “Home”"; "named Ms. Diaz as her running mate" still reports a choice.',
)


_FIRST_PERSON_JUDGEMENTS = word_rule(
    "first_person_judgements",
    STAGE,
    frozenset({"find"}),
    'Verbs whose base form is a judgement only with a first-person subject ("I find his message chilling"); elsewhere it is searching or obtaining ("unable to find a taker", "can find more details").',
)

_SIDING_VERBS = word_rule(
    "siding_verbs",
    STAGE,
    frozenset({"support", "back", "endorse", "vote for", "voted for", "vote against", "voted against"}),
    "Taking sides: in a 'who' aside on a speaker already reported in the sentence (\"…,” said Ms. Park, who supports Ortiz.\") it describes the speaker; no second attribution.",
)

_SAID_BEFORE = pattern_rule(
    "said_before",
    STAGE,
    re.compile(r"\b(?:said|says)\b"),
    "A speech verb earlier in the sentence, which makes a 'who' clause an aside on the speaker: ‘“…,” said Ms. Park, who supports Ortiz.’.",
)

_QUESTION_RESPONDED_TO = pattern_rule(
    "question_responded_to",
    STAGE,
    re.compile(r"\s+(?:(?:a|the|[\w.-]+[’']s?)\s+)?(?:questions?|inquir(?:y|ies))\b"),
    'The object of "responded to" when it is what was asked: "a question about …", "questions", "inquiries into …".',
)

_KNOWN_CLAUSE_OPENERS = word_rule(
    "known_clause_openers",
    STAGE,
    frozenset("that since about how what whether why who".split()),
    'What may follow a perfect "known" that reports knowledge ("have known since 1990 that …", "had known about it").',
)

_DETERMINER_AFTER = pattern_rule(
    "determiner_after",
    STAGE,
    re.compile(r"\s+(?:the|a|an)\s"),
    'A determiner after a naming verb\'s participle: "was declared the winner" names; "was declared" alone does not.',
)


_ABOUT_TOPIC = pattern_rule(
    "about_topic",
    STAGE,
    re.compile(
        r"\s+(?:[a-z]+ly\s+)?(?:(?:almost\s+|very\s+|so\s+|too\s+)?(?:nothing(?:\s+else)?|little|much|more|less|a\s+lot)\s+)?"
        r"(?P<about>about)\s+"
    ),
    'A cue\'s topic: "about" and a noun phrase; before a number "about" opens a clause ("said about half of …"). A degree before "about" belongs to the cue ("said almost nothing about", "talked more about").',
)


_ABOUT_QUANTITY = pattern_rule(
    "about_quantity",
    STAGE,
    re.compile(
        r"(?:\d|\$|(?:half|a\s+(?:third|quarter|dozen|hundred)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|"
        r"forty|fifty|hundreds|thousands)\b)"
    ),
    'A quantity after "about" opens a clause, not a topic: "said about half of the money was spent".',
)


_NONRESTRICTIVE_RELATIVE = pattern_rule(
    "nonrestrictive_relative",
    STAGE,
    re.compile(r",\s+(?:who|which)$"),
    'A non-restrictive relative pronoun as a cue\'s source ("Lamb, who endorsed …") and, after the comma closing its clause, the main clause\'s verb (", represents …", ", has not …", ", nonetheless ranks …").',
)

_PREDICATIVE = word_rule(
    "predicative",
    STAGE,
    frozenset(
        "describe characterize characterise interpret portray frame label brand dub view regard call accuse "
        "highlight blame credit thank order".split()
    )
    | {"raised alarms about", "raised concerns about", "raised questions about"},
    'Verbs whose noun-phrase content runs on into a predicate ("described the move as …", "accused Pyongyang of …", "called the system “rigged”"): their content is not cut at an adjunct.',
)


_PRO_FORM = pattern_rule(
    "pro_form",
    STAGE,
    re.compile(
        r"(?:so|yes|no)\b(?=\s*(?:[,.;!?]|$|(?:in|on|at|during|last|this|too|again|publicly|privately|while|but|and|when)\b))"
    ),
    '"said so", "thinks so, too", "said yes while …": "so", "yes" or "no" standing for a clause, before an adjunct or the clause end.',
)


_TIME_ONLY = pattern_rule(
    "time_only",
    STAGE,
    re.compile(
        r"(?:(?:next|last|this|later|early|earlier|late)\s+(?:this\s+|next\s+)?(?:week|month|year|spring|summer|autumn|"
        r"fall|winter|weekend|decade)|soon|shortly|later)[\s.,;]*"
    ),
    'A time alone after the cue is no content: the cue is a participle ("the law, expected next month, …", "laws '
    '… expected next month").',
)


_MEANS_ADJUNCT = pattern_rule(
    "means_adjunct",
    STAGE,
    re.compile(
        r"\s+(?:using|via)\s+(?:his|her|their|its|our|my|the|a|an)\s+[^\s,:;.“”\"]+(?:\s+[^\s,:;.“”\"]+){0,4}(?=\s*:)"
    ),
    'The means of a written cue before a colon ("tweeted using his official account: “…”"): skipped to reach '
    'the content; "said using a private server was wrong" has no colon and the gerund is the content.',
)


_EXPRESSED_TO_ADDRESSEE = pattern_rule(
    "expressed_to_addressee",
    STAGE,
    re.compile(
        r"(?:\s+(?!(?:to|towards?|that|about|over|at|for|in|with)\b)[\w’'-]+){1,4}?\s+(?:to|towards?)\s+"
        r"(?:the|a|an|his|her|their|its|our|my|your|this|these|those|[A-Z])"
    ),
    '"express" with only an addressee is thanks or greeting, no attitude to a content ("expressed gratitude towards '
    'the crews", "expressed his thanks to the volunteers"); "expressed doubt that …", "expressed dismay at the ruling" '
    'and "expressed a desire to run" report one.',
)


_OPENING_CONJUNCTION = pattern_rule(
    "opening_conjunction",
    STAGE,
    re.compile(r"\s*(?:(?:But|And|Yet|Still|So)\s+|[\"“]?)$"),
    'What may stand before a participle cue that opens its sentence ("But citing the cost, the board …").',
)


_PREPOSITIONAL_PARTICIPLES = word_rule(
    "prepositional_participles",
    STAGE,
    frozenset({"regarding", "concerning", "considering"}),
    'Participles that are prepositions when they open a sentence: "Regarding the levy, the mayor said …" names '
    "a topic, not something said.",
)


_VERB_IN_SUBJECT = pattern_rule(
    "verb_in_subject",
    STAGE,
    re.compile(rf"(?<=\s)(?:{_IRREGULAR_PASTS}|[a-z]{{3,}}ed|has|have|had|is|are|was|were|will|would)\b"),
    'A finite verb that ends the subject read after an opening participle: "Citing the cost, the harbor board '
    'delayed the vote" has the board as its source.',
)


_NEGATED_BEFORE = pattern_rule(
    "negated_before",
    STAGE,
    re.compile(
        r"\b(?:not|never|n[’']t)(?:\s+(?:yet|publicly|immediately|specifically|explicitly))?\s*$", re.IGNORECASE
    ),
    'A negation right before a cue: "have not said", "would not immediately say", "didn\'t explain".',
)

_INDIRECT_QUESTION = pattern_rule(
    "indirect_question",
    STAGE,
    re.compile(r"\s+(?:why|whether|how|when|what|where|who|if)\b"),
    'An indirect question after a negated cue: "have not said why the visas were denied" reports that nothing was '
    "said, no content.",
)


_RELATIVE_THAT = pattern_rule(
    "relative_that",
    STAGE,
    re.compile(
        r"\s+that\s+(?:(?:also|still|now|have|has|had|is|are|was|were|will|would|could|can|may|might|should|must|do|"
        r"does|did)\b|[a-z]{3,}ed\b)"
    ),
    'A "that" followed by a verb after a cue form that is also a noun is a relative pronoun, and the form a noun: '
    '"Rust Belt states that have lost jobs", "the reports that were leaked".',
)


_VERB_OPENS = pattern_rule(
    "verb_opens",
    STAGE,
    re.compile(
        r"(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|did|does|"
        r"[a-z]+ed)\s"
    ),
    'A content that opens with a finite verb has its subject before the cue ("a decision critics say allowed …").',
)

_DOCUMENT_BY_AGENT = pattern_rule(
    "document_by_agent",
    STAGE,
    re.compile(r"\s+(?:(?:online|publicly|jointly|first|earlier|late|[a-z]+ly)\s+)?by\s"),
    'A participle between a document noun and its agent is a reduced relative, not the cue: "A statement posted '
    'online by the Harbor Police said …" (the statement said).',
)

_ADMITTED_DEED = pattern_rule(
    "admitted_deed",
    STAGE,
    re.compile(r"\s+(?:(?:not|never|having)\s+)?[a-z]+ing\b"),
    '"admitted to" and "confessed to" report a deed owned up to, a gerund ("admitted to lying to the board"); '
    '"refugees admitted to the country" are let in, and "admitted to the council that …" is "admitted" with an '
    "addressee.",
)


_FALLING = pattern_rule(
    "falling",
    STAGE,
    re.compile(
        r"\s+(?:by|sharply|steeply|slightly|steadily|further|again|since|from|in\s+(?:value|number|popularity))\b"
    ),
    '"decline" as falling, not refusing: "support declined by nine points", "sales declined sharply"; after a '
    'preposition or determiner "declining" is an adjective ("a trend of declining deficits").',
)


class VerbCues(VerbCueSources):
    """A reporting verb outside quotations, with its source and content."""

    @function_rule(
        "verb_cue",
        STAGE,
        'A reporting verb outside quotations, with its source and content: "X said (that) …", "…, X said".',
        off=None,
    )
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
        if word.lemma.startswith(("admit", "confess")) and word.kind == "phrase":
            if not _ADMITTED_DEED.match(text, cue_end, sentence.end):  # "admitted to the council that …"
                verb = r.match.text.split()[0]
                single = lookup(verb)
                if single is None:
                    return None
                return self._reported(Cue(cue_start, cue_start + len(verb), verb, single), single, lo, sentence)
        if (
            word.form in ("past", "participle")
            and word.lemma != "ask"
            and text.startswith("by ", _skip(text, cue_end, sentence.end))
        ):
            be = _search_tail(_BE_AND_ADVERBS_BEFORE_CUE, text, lo, cue_start)
            passive = self._passive(r.match, lo, be.start(), sentence) if be else None
            if passive:
                return passive  # "The meeting was first reported by Politico": the subject is the content
        if (
            word.form in ("past", "participle")
            and _document_before(r.before_cue)
            and _DOCUMENT_BY_AGENT.match(text, cue_end, sentence.end)
        ):
            return None
        if (
            word.form == "ing"
            and text[_skip(text, sentence.start, cue_start, ' \t\n\u00a0"“')].isupper()
            and word.lemma not in _RAISING_VERBS
            and word.lemma not in _FIRST_PERSON_JUDGEMENTS
            and r.match.text.lower() not in _PREPOSITIONAL_PARTICIPLES
            and _OPENING_CONJUNCTION.fullmatch(text, sentence.start, cue_start)
        ):
            opening = self._opening_participle(r)
            if opening is not None:
                return opening
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

    @function_rule(
        "opening_participle",
        STAGE,
        '"Citing privacy rules, officials declined to …", "Saying the levy was unfair, Mayor Ortiz vetoed it": a '
        "participle cue opening the sentence reports what the main clause's subject said, up to the comma.",
        off=None,
    )
    def _opening_participle(self, r: _Reading) -> Draft | None:
        """The content of a participle cue opening its sentence runs to the first comma; the agent that opens the
        main clause after it is the source."""
        text, sentence = self.text, r.sentence
        start = self._content_start(r.match.end, r.word, sentence)
        if start is None or text.startswith("to ", start):
            return None  # "Hoping to win, …": an intention
        comma = text.find(",", start, sentence.end)
        if comma == -1:
            return None
        source = clause_subject(text, comma + 1, sentence.end) or _bare_subject(text, comma + 1, sentence.end)
        if source is not None:  # "the harbor board delayed the vote": the subject ends before its verb
            verb = _VERB_IN_SUBJECT.search(text, source[0], source[1])
            source = (source[0], _strip_content_end(text, source[0], verb.start())) if verb else source
        if (
            source is None
            or source[1] <= source[0]
            or not is_agent(text[source[0] : source[1]])
            or text[source[0] : source[1]].lower() in _RELATIVES
            or self._in_quote(source[0])
        ):
            return None
        content = [(start, _strip_content_end(text, start, comma))]
        first = _WORD.match(text, start)
        if (
            _word_count(text, *content[0]) < 2
            or (first is not None and first.group().lower() in _PREPOSITIONS | {"among"})
            or any(
                start <= cue.start < comma and cue.word.form == "past" and not self._in_quote(cue.start)
                for cue in self.cues
            )
        ):
            return None  # "Reporting among farm workers, I …", "Listing his firms she added, …"
        return self._verb_draft(r, content, source)

    def _reports_nothing(self, r: _Reading) -> bool:
        """A judgement verb without a first-person subject, perception, an answer to a question, a deed, or taking
        sides in an aside on a speaker."""
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
        if (word.kind == "speech" and _INDIRECT_QUESTION.match(text, cue_end, r.sentence.end)) and _search_tail(
            _NEGATED_BEFORE, text, max(r.lo, cue_start - 40), cue_start
        ):
            return True  # "officials have not said why …": nothing said
        if word.is_also_noun and word.form in ("base", "3sg") and _RELATIVE_THAT.match(text, cue_end, r.sentence.end):
            return True  # "Rust Belt states that have suffered": a noun and its relative clause
        if word.lemma == "decline" and (
            _FALLING.match(text, cue_end, r.sentence.end) or (word.form == "ing" and previous in _BEFORE_A_NOUN)
        ):
            return True  # "a trend of declining deficits", "declined by nine points": falling, no refusal
        if word.lemma == "express" and _EXPRESSED_TO_ADDRESSEE.match(text, cue_end, r.sentence.end):
            return True  # "expressed gratitude towards Moscow": thanks to an addressee, no attitude to a content
        if word.lemma.startswith("respond") and _QUESTION_RESPONDED_TO.match(text, cue_end):
            return True  # "responded to a question about …": what was asked, not what was said
        if is_deed(text, word, r.lo, cue_start, cue_end, r.sentence.end):
            return True  # "Police questioned the student", "a study supported by a foundation"
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
        mention = text[source[0] : source[1]].lower()
        # "…, which Ortiz proposed.": the relative is the cue's object, the clause before the comma not its content
        is_relative = mention in ("who", "which", "that") or mention.startswith(("which ", "whom "))
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

    def _topic_content(self, r: _Reading, topic: re.Match[str]) -> Draft | None:
        """The topic after "about" ("joked about Jewish stereotypes"), or the clause a quantity opens."""
        text = self.text
        start = topic.end()
        end = self._content_end(start, r.sentence)
        if _ABOUT_QUANTITY.match(text, start):  # "said about half of the money was spent": a clause
            start = topic.start("about")
        else:
            end = _object_end(text, start, end)
        if _word_count(text, start, end) < 1:
            return None
        return self._verb_draft(r, [(start, end)], r.source)

    def _content_after_cue(self, r: _Reading) -> Draft | None:
        """The content after the cue: a topic after "about", a that-clause, a noun phrase or an infinitive."""
        text, word, sentence = self.text, r.word, r.sentence
        cue_end = r.match.end
        if word.takes_np and text[cue_end : cue_end + 3].lstrip(" ").startswith(","):
            return None  # "Brandt, who voted against, said …": the verb has no object here
        if _GIVEN_NAME.match(text, r.match.start, sentence.end):
            return None  # "named their robot “Sparky.”": a name given, not words said
        topic = None if word.takes_np else _ABOUT_TOPIC.match(text, cue_end, sentence.end)
        if topic:  # "joked about Jewish stereotypes", "has often complained about not getting credit"
            return self._topic_content(r, topic)
        means = _MEANS_ADJUNCT.match(text, cue_end, sentence.end)
        start = self._content_start(means.end() if means else cue_end, word, sentence)
        if start is None or (not word.takes_np and _REFLEXIVE.match(text, start)):
            return None  # "found himself in the same bind"
        end = self._content_end(start, sentence, clausal=not word.takes_np)
        if word.takes_infinitive and text.startswith("to ", start):
            end = _infinitive_end(text, start, end)
        elif word.takes_np:
            end = _object_end(text, start, end, word.lemma in _PREDICATIVE)
        if r.reduced_relative:
            end = _end_of_reduced_relative(text, start, end)
        closing = text.rfind(",", start, r.source[0]) if r.source and r.source[0] > cue_end else -1
        if closing != -1:  # "By voting to delay the tax, Democrats …": the opening phrase ends at its comma
            end = min(end, closing)
        if r.source and _NONRESTRICTIVE_RELATIVE.search(text, max(0, r.source[0] - 2), r.source[1]):
            end = _relative_clause_end(text, start, end)
        if _TIME_ONLY.fullmatch(text, start, end):
            return None  # "laws barring it expected next month": a participle and a time, nothing held
        pro_form = _PRO_FORM.match(text, start, end)
        if pro_form:  # "55 percent said so in December": "so" (or "yes", "no") stands for the clause
            end = pro_form.end()
        elif _word_count(text, start, end) < (1 if word.takes_np else 2):
            return None
        return self._verb_draft(r, self._contact_head(r, start) + [(start, end)], r.source)

    @function_rule(
        "contact_clause_head",
        STAGE,
        '"a decision critics say allowed the firm to avoid taxes": the report stands in a relative clause with no '
        "pronoun, and the noun phrase before its source is the subject of what is reported.",
        off=[],
    )
    def _contact_head(self, r: _Reading, start: int) -> list[tuple[int, int]]:
        text = self.text
        if r.source is None or r.word.form not in ("base", "3sg", "past") or not _VERB_OPENS.match(text, start):
            return []
        head = common_noun_phrase_before(text, r.lo, _strip_content_end(text, r.lo, r.source[0]))
        if head is None or text[head[1] : r.source[0]].strip():
            return []
        return [head]
