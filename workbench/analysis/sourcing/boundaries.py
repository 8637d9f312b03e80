"""Where reported content starts after its cue and where it ends: the next cue clause, a coordinated clause,
an aside, an adjunct after a noun-phrase content, the end of an infinitive or a relative clause.
"""

from __future__ import annotations

import re

from ...article import Sentence
from .content_starts import (
    _ADDRESSEE_AFTER_TO,
    _ADDRESSEE_THEN_CLAUSE,
    _ADDRESSEE_THEN_THAT,
    _AT_LEAST,
    _AUXILIARY_AFTER_SUBJECT,
    _BARE_CLAUSE,
    _FRONTED_TIME,
    _NOT_IN_ADDRESSEE,
    _QUESTION_AFTER_ADDRESSEE,
    _THAT_AFTER_ADJUNCT,
    _VERB_FORM,
    _past_time_and_adverb,
    _that_past_adjuncts,
)
from .cues import Cue, CueWord
from .marks import QUOTE_MARKS
from .paragraph import Paragraph
from .rules import pattern_rule
from .speakers import (
    BE_FORMS,
    PRONOUNS,
    common_noun_phrase_after,
    is_agent,
    noun_phrase_after,
)
from .subjects import _SUBORDINATOR
from .textutil import _WORD, _phrase_comma, _PhraseCommas, _skip, _strip_content_end, _word_count
from .words import _BEFORE_A_NOUN, _FINITE_FORMS, _PREPOSITIONS, _SPEECH_ONLY

STAGE = "boundaries"

_LEADING_CONJUNCTION = pattern_rule(
    "leading_conjunction",
    STAGE,
    re.compile(r"^\s*(?:but|and|while|although|though|yet|so|as|because|whereas)\b\s*", re.IGNORECASE),
    'A conjunction opening the words between a comma and a later cue is dropped before they are weighed: ", and she said …".',
)


_COLON_BEFORE_QUOTATION = pattern_rule(
    "colon_before_quotation",
    STAGE,
    re.compile(r"(?<=[”\"])\s*:\s*(?=[“\"])"),
    "A colon between a quotation closing reported content and a second quotation starts the second one's own item: "
    "'told the BBC any review “must be quick”: “We cannot wait.”' gives \"any review “must be quick”\" (not 'cited "
    "examples, including: “…”').",
)


_NEW_CLAUSE = pattern_rule(
    "new_clause",
    STAGE,
    re.compile(
        r"(?:,[”\"]?\s+(?:and|but|while|whereas|although|though)|;|\s[—–]\s+(?:and|but))\s+"
        r"(?=(?:he|she|they|we|it|I|there|the|his|her|their|its|this|these|those|some|many|most|more|both|all|each|no|"
        r"one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.%]*|[A-Z][\w’'.-]+)\s)"
        r"|\s+(?:and|but)\s+(?=(?:also\s+)?(?:said|says|told|tells|added|adds|asked|questioned|argued|noted|insisted|"
        r"warned|called|urged|suggested|acknowledged|conceded|denied|explained|wrote|predicted|promised|vowed)\b)"
        r"|\s+and\s+(?=(?:others|many|some|most|\d[\d.]*\s*(?:percent|%)|\w+\s+in\s+\w+)\s+(?:have\s+|had\s+)?"
        r"(?:said|say|argued|argue)\b)"
        r"|\s+(?:and|but)\s+(?=(?:he|she|they|I|we)\s)"
        r"|,\s+(?:and|but)\s+(?=(?:for|to|in|among|on)\s+[^,;“”\"]{1,40},\s+(?:he|she|they|we|it|I|there|the|this)\s)"
    ),
    'A coordinated clause with a subject of its own (", and Ms. Brainard is ...", "; others ...", ", but the party has …", "— and there were …", ", and 40 percent closed", "… but she remained …", "… and 20 percent said …") or a coordinated reporting verb ("… a year and questioned how …").',
)


_COORDINATED_CUE = pattern_rule(
    "coordinated_cue",
    STAGE,
    re.compile(
        r",?\s+(?:and|but)\s+(?:(?:has|have|had|also|later|then|even|instead|would|will|did|does|do|not|never|[a-z]+ly)\s+)*$"
    ),
    'A cue coordinated with the one before it starts an attribution of its own ("… and has said that …", "… but did not mention …").',
)


_NAMED_SPEAKER_CUE = pattern_rule(
    "named_speaker_cue",
    STAGE,
    re.compile(
        r",?\s+(?:and|but)\s+(?:[A-Z][\w’'.-]+(?:\s+(?:and\s+)?[A-Z][\w’'.-]+){0,3}"
        r"|(?:the|a|an|his|her|their|its|some|many|most|other)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)"
        r"\s+(?:(?:has|have|had|also|later)\s+)*$"
    ),
    'A speech verb after "and"/"but" and a name or a noun phrase of its own starts that subject\'s attribution: "… '
    'would reopen and Ruiz says it will not", "… and the mayor says …".',
)


def _coordinated_before(text: str, start: int, cue: Cue) -> re.Match[str] | None:
    """The coordination right before a cue in a content starting at ``start``: "and has said", or, before a speech
    verb, "and" with a name ("and Ruiz says")."""
    lo = max(start, cue.start - 40)
    coordinated = _COORDINATED_CUE.search(text, lo, cue.start)
    if coordinated is None and cue.word.lemma in _SPEECH_ONLY and cue.word.form in ("3sg", "past"):
        coordinated = _NAMED_SPEAKER_CUE.search(text, lo, cue.start)
    return coordinated


_OWN_COMPLEMENT_AFTER_CUE = pattern_rule(
    "own_complement_after_cue",
    STAGE,
    re.compile(r"(?:\s+[a-z]+ly)?\s+(?:that|him|them)\b"),
    'A complement of a coordinated cue that its clause\'s subject cannot be the source of: a that-clause, or a pronoun object standing for that subject ("said Trump was wrong and criticized him for …").',
)

# An adverb between a comma and a participle cue (", instead reiterating …", ", quickly reminding …").
_ADVERB_BEFORE_PARTICIPLE = r"(?:instead|also|then|again|[a-z]+ly)"

_PARTICIPLE_LEAD = pattern_rule(
    "participle_lead",
    STAGE,
    re.compile(r"[”\"']*\s*" + _ADVERB_BEFORE_PARTICIPLE + r"?\s*"),
    "What may stand between the comma and a participle cue that starts an attribution of its own: a closing quotation mark, an adverb.",
)

_WITH_A_SUBJECT = pattern_rule(
    "with_a_subject",
    STAGE,
    re.compile(r"[”\"']*\s*with\s+(?:(?:the|a|an|one|some|his|her|their|its)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s*"),
    'A participle reporting a clause, with a subject of its own after "with", starts an attribution of its own: "…, '
    'with one aide noting that …", "…, with the Ledger reporting no one …" (not "…, with 40 percent supporting him").',
)

_NAMED_WITH = pattern_rule(
    "named_with",
    STAGE,
    re.compile(r"[”\"']*\s*with\s+(?:(?:Sen|Rep|Gov|Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][a-z]"),
    'A name after "with" is the subject of a participle cue of its own even when the cue takes an object: "…, with '
    'Sen. Hale calling it a “costly menu.”".',
)

_ADJUNCT_BEFORE_PARTICIPLE = pattern_rule(
    "adjunct_before_participle",
    STAGE,
    re.compile(r"\s(?:by|after|before|while)\s+$"),
    'A preposition opening an adjunct with a participle cue after a noun-phrase content ("dismissed the charges by pointing out that …", "endorsed Bush before backing Rubio").',
)

_AUXILIARY_IN = pattern_rule(
    "auxiliary_in",
    STAGE,
    re.compile(r"\b(?:would|will|did|does|do)\b"),
    'An auxiliary in the coordination before a base-form cue ("… but did not suggest …").',
)

_SHARED_MODAL = pattern_rule(
    "shared_modal",
    STAGE,
    re.compile(r"\b(would|will|could|should|might|can|may)\b"),
    "A modal that a coordinated cue shares with the clause before it continues that clause's subject: \"stated it "
    'would close the ports and would respond within two days".',
)

_INFINITIVE_IN = pattern_rule(
    "infinitive_in",
    STAGE,
    re.compile(r"\bto\s+[a-z]{3,}\b"),
    'An infinitive in the content, which a bare base form after ", and" continues: "announced a review to examine '
    'costs, and determine whether …".',
)

_GERUND_COMPLEMENT = pattern_rule(
    "gerund_complement",
    STAGE,
    re.compile(r"\b(?:of|for|by|about)\s+[a-z]+ing\b"),
    'A gerund after a preposition ("accusing X of mocking …"), which a coordinated gerund may continue ("… and promising …").',
)

_ASIDE = pattern_rule(
    "aside",
    STAGE,
    re.compile(
        r",\s+(?:which|who|whose|both\s+of\s+which|all\s+of\s+which|while|whereas|however|despite|even\s+though|even\s+as|an?)\b"
        r"|(?<=,[\"”])\s+and\s(?![“\"]|that\s)"
        r"|\s(?:[—–]|--?)\s+(?:but|though|although|while|whereas)\b"
        r"|,?\s+(?:even\s+)?as\s+(?:he|she|they|we)\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}(?:ed|s)|was|were|is|are|has|had|did|does)\s"
    ),
    "A non-restrictive relative clause, a contrast, an apposition (\", a mass layoff …\", \"- though it is unclear …\") or an 'as' clause with a pronoun and a finite verb (\"… as he faces a test\", \"even as she turns …\") after reported content is the writer's, not the source's; 'and' after a quotation's closing comma is one too, unless a second quotation or that-clause follows ('“unfair,” and “a burden …”').",
)


_CONTRAST = pattern_rule(
    "contrast_in_that_clause",
    STAGE,
    re.compile(r",\s+(?:while|whereas|however|despite|even\s+though|even\s+as)\b"),
    "After a that-clause, a contrast set off by a comma continues the reported clause, not the writer's aside: "
    '"argued that the levy would help the port, while also raising fees".',
)


_RELATIVE_IN_SUBJECT = pattern_rule(
    "relative_in_subject",
    STAGE,
    re.compile(
        r",\s+(?:who|which|while|whereas|even\s+though|though|although|an?)\s[^,;:“”\"]{1,120},\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+)?"
        r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|does|did|do|"
        r"[a-z]{3,}(?:ed|s))\s"
    ),
    'A relative clause or an aside set off inside the content\'s subject: "that Mrs. Clinton, who has raised …, still faces …", "the scandal, while troublesome, was handled …", "that Ortiz, a nurse, saw …", "that inequality, though it existed, was not …".',
)


_SUBORDINATE_OPENING = pattern_rule(
    "subordinate_opening",
    STAGE,
    re.compile(
        r"\s*(?:While|Although|Though|After|When|Whereas|Because|If|Before|Since|Even\s+though|Even\s+as|As|Despite|Amid|Given)\b"
    ),
    'A sentence opening with a subordinate clause ("While Trump has claimed that X, Y …"): its content ends where the main clause begins.',
)


_MAIN_CLAUSE_AFTER_COMMA = pattern_rule(
    "main_clause_after_comma",
    STAGE,
    re.compile(
        r",\s+(?=(?:he|she|they|we|I|it|there|the|a|an|his|her|their|its|our|this|these|those|[A-Z][\w’'-]*\.?)[\s’'])"
    ),
    'Where the main clause begins after a subordinate clause\'s content: a comma and a subject ("While Trump has claimed that X, he …").',
)


_ADJUNCT = pattern_rule(
    "adjunct",
    STAGE,
    re.compile(
        r"\s*(?:(?:on|in|at|during|after|before|late|early|last|this|earlier|later|when|while|via|through|to|from|with|about|of|"
        r"yesterday|today|tonight|recently|afterward|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^;:“”\"]*)?[.!?]?\s*$"
    ),
    'After a sentence-final cue ("…, officials said on Tuesday.") only an adjunct may follow.',
)


def _reports_a_clause(word: CueWord, text: str, cue_end: int) -> bool:
    """Is the cue a verb of saying that reports a clause ("noting that", "reporting no one …"), not one with an
    object or an infinitive ("supporting him", "offering no hint"), nor one before a quotation, which no reader yet
    gives to the subject after "with" (it would go to the speaker before it)?"""
    following = _skip(text, cue_end, len(text))
    return not word.takes_np and not word.takes_infinitive and text[following : following + 1] not in QUOTE_MARKS


def _only_adjunct_follows(text: str, start: int, end: int, word: CueWord) -> bool:
    """After a sentence-final cue ("…, officials said on Tuesday.") only an adjunct may follow."""
    if word.takes_object:
        obj = noun_phrase_after(text, _skip(text, start, end), end)
        if obj:
            start = obj[1]
    rest = text[start:end]
    if word.takes_infinitive and rest.lstrip().startswith("to "):
        return False  # "declined to give a price": the infinitive is content
    if len(_WORD.findall(rest)) > 10:
        return False  # a long stretch after the cue is content, no adjunct
    return bool(_ADJUNCT.fullmatch(text, start, end))


_LAST_LIST_ITEM = pattern_rule(
    "last_list_item",
    STAGE,
    re.compile(r",\s+(?:and|or)\s+([\w’'-]+)"),
    'The last item of a list after its serial comma (", and Park"), which does not end the content.',
)


def _ends_a_list(text: str, start: int, comma: int) -> bool:
    """Does ", and" at ``comma`` end a list of short items ("Obama, Abe, and Park"), not a pronoun's clause?"""
    last_item = _LAST_LIST_ITEM.match(text, comma)
    if last_item is None or last_item.group(1).lower() in PRONOUNS:
        return False
    previous = _phrase_comma(text, start, comma, last=True)
    return previous != -1 and _word_count(text, previous, comma) <= 2


def _starts_second_attribution(text: str, start: int, coordination: re.Match[str], cue: Cue, clausal: bool) -> bool:
    """Does a cue coordinated (``coordination``) after the content starting at ``start`` start an attribution of its
    own? A speech verb does; otherwise a finite cue (a base form after an auxiliary: "… but did not suggest …"). After
    a clause (not a noun phrase: "denounced the levy and rejected …") only one with a that-clause or a pronoun object
    of its own ("… and suspected that …", "… and criticized him"), not one the clause's subject may take ("said he was
    tired and wanted …"); a gerund may continue one after a preposition ("accusing X of mocking … and promising …")."""
    word = cue.word
    modal = _SHARED_MODAL.search(coordination.group())
    if clausal and modal and re.search(rf"\b{modal.group(1)}\b", text[start : coordination.start()]):
        return False  # "stated it would close … and would respond …"
    if word.lemma in _SPEECH_ONLY:
        return True
    finite = word.form in ("past", "3sg", "ing") or (word.form == "base" and _AUXILIARY_IN.search(coordination.group()))
    clausal = clausal and _has_a_verb(text, start, coordination.start())
    if not finite or (clausal and not _OWN_COMPLEMENT_AFTER_CUE.match(text, cue.end)):
        return False
    return not (word.form == "ing" and _GERUND_COMPLEMENT.search(text, start, cue.start))


def _is_passive(text: str, before: str, cue: Cue) -> bool:
    """Does a form of "be" stand right before the cue ("…, they should be declared not guilty"): a passive inside the
    content, not a reporting clause of its own (as one introducing a quotation is: "…, Ruiz was asked, “…”")?"""
    words = before.split()
    return bool(words) and words[-1].lower() in BE_FORMS and text[cue.end : cue.end + 1] not in ",:"


def _has_a_verb(text: str, start: int, end: int) -> bool:
    """Does ``text[start:end]`` hold an auxiliary or a past form, so it may be a clause, not a noun phrase
    ("denounced the United Nations and rejected …")?"""
    return _VERB_FORM.search(text, start, end) is not None


def _is_a_noun_here(before: str, word: CueWord) -> bool:
    """Is a cue form a noun after these words of its clause: after a determiner or a possessive ("a claim",
    "Putin's plan"), or, in base form, with no subject before it ("and state Sen. Ortiz")?"""
    previous = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
    if previous in _BEFORE_A_NOUN or previous.endswith(("’s", "'s")):
        return True
    return not previous and word.form == "base" and word.is_also_noun


class ContentBoundaries(Paragraph):
    """Where reported content starts and ends inside a paragraph's sentence."""

    def _content_end(self, start: int, sentence: Sentence, clausal: bool = True) -> int:
        """The end of reported content starting at ``start``: the sentence end, or the next cue clause.
        ``clausal`` is False for a noun-phrase content, which has no subject of its own."""
        text = self.text
        end = self._clause_stop(start, sentence.end)
        commas = _PhraseCommas(text, start, end)
        for match in self.cues:
            if not start <= match.start < end:
                continue
            if self._in_quote(match.start) or match.text[:1].isupper():
                continue
            before = text[start : match.start].rstrip()
            word = match.word
            coordinated = _coordinated_before(text, start, match)
            if (
                coordinated
                and _word_count(text, start, coordinated.start()) >= 1
                and _starts_second_attribution(text, start, coordinated, match, clausal)
            ):
                end = coordinated.start()  # "… antiabortion and has said that …", "favors tariffs and opposes …"
                break
            adjunct = _ADJUNCT_BEFORE_PARTICIPLE.search(text, max(start, match.start - 12), match.start)
            if word.form == "ing" and not clausal and adjunct and _word_count(text, start, adjunct.start()) >= 1:
                end = adjunct.start()  # "dismissed the charges by pointing out that …"
                break
            comma = commas.last_before(start + len(before)) - start
            if comma < 0:
                continue
            between = _LEADING_CONJUNCTION.sub("", before[comma + 1 :])
            if word.lemma == "according to" and not between.strip():
                end = start + comma
                break
            if word.form == "ing" and (
                _PARTICIPLE_LEAD.fullmatch(between)
                or (
                    (_reports_a_clause(word, text, match.end) or _NAMED_WITH.match(between))
                    and _WITH_A_SUBJECT.fullmatch(between)
                )
            ):
                end = start + comma  # "…,” adding that …", "…, instead restating …"
                break
            short = len(_WORD.findall(between)) <= 4
            if between.split(None, 1)[:1] in (["who"], ["which"]):
                continue  # "the announcement, which some have argued was …": the relative clause's own cue
            if (
                clausal
                and not between.strip()
                and self._closes_aside_in_subject(start, start + comma)
                and not self._inverted_source_after(match)
            ):
                continue  # "that the account, and others like it, show …": the cue is the content's own verb
            if _is_a_noun_here(between, word):
                continue  # "…, a claim not recognized …", "…, and state Sen. Ortiz …": the cue's form is a noun
            if (
                short
                and word.form in _FINITE_FORMS
                and (between.strip() == "" or is_agent(between.strip()) or word.lemma in _SPEECH_ONLY)
                and not _is_passive(text, between, match)
                and not (
                    word.form == "base" and not between.strip() and _INFINITIVE_IN.search(text, start, start + comma)
                )
            ):
                end = start + comma
                break
        clause = text.rfind(",", sentence.start, start) + 1 or sentence.start
        if _SUBORDINATE_OPENING.match(text, sentence.start, start) or _SUBORDINATOR.search(text, clause, start):
            main = _MAIN_CLAUSE_AFTER_COMMA.search(text, start, end)  # "While Trump has claimed that X, Y …"
            if main and _word_count(text, start, main.start()) >= 2:
                end = main.start()
        aside = _ASIDE.search(text, start, end)
        if (
            aside
            and _word_count(text, start, aside.start()) >= 3
            and not _RELATIVE_IN_SUBJECT.match(text, aside.start(), end)
            and not (text.startswith("that ", start) and _CONTRAST.match(text, aside.start(), end))
        ):
            end = aside.start()
        coordination = _NEW_CLAUSE.search(text, start, end)
        if (
            coordination
            and _word_count(text, start, coordination.start()) >= 2
            and not _RELATIVE_IN_SUBJECT.match(text, coordination.start(), end)
            and not _ends_a_list(text, start, coordination.start())
        ):
            end = coordination.start()
        for quote in self.quotes:  # reported content that opens a quotation runs to its end
            if start <= quote.start < end < quote.end:
                end = quote.end
        return _strip_content_end(text, start, end)

    def _clause_stop(self, start: int, end: int) -> int:
        """Where the sentence's clause holding the content stops: a semicolon, or a colon between the quotation
        closing the content and a second one ("any review “must be quick”: “We cannot wait.”")."""
        semicolon = self.text.find(";", start, end)
        if semicolon != -1:
            end = semicolon
        for colon in _COLON_BEFORE_QUOTATION.finditer(self.text, start, end):
            if _word_count(self.text, start, colon.start()) >= 2 and not self._in_quote(colon.start()):
                return colon.start()
        return end

    def _closes_aside_in_subject(self, start: int, comma: int) -> bool:
        """Does the comma at ``comma`` close an aside set off after a short subject ("she, too,", "the
        account, and others like it,")?"""
        first = self.text.find(",", start, comma)
        return first != -1 and 1 <= _word_count(self.text, start, first) <= 6

    def _inverted_source_after(self, match: Cue) -> bool:
        """ "…, said an official": a speech verb with its source after it."""
        if match.word.lemma not in _SPEECH_ONLY:
            return False
        text, end = self.text, self.block.end
        source = noun_phrase_after(text, _skip(text, match.end, end), end) or common_noun_phrase_after(
            text, _skip(text, match.end, end), end
        )
        return source is not None and is_agent(text[source[0] : source[1]])

    def _content_start(self, pos: int, word: CueWord, sentence: Sentence) -> int | None:
        """Where reported content begins after the cue (past an addressee, "that", a comma or colon)."""
        text, end = self.text, sentence.end
        pos = _past_time_and_adverb(text, _skip(text, pos, end), end)
        if _FRONTED_TIME.match(text, pos, end):
            return pos  # "estimated by 2050, the city would need …"
        past_adjuncts = _that_past_adjuncts(text, pos, end, word.takes_object)
        if past_adjuncts is not None:  # "told reporters during a visit on Friday that …"
            return past_adjuncts
        following = _WORD.match(text, pos, end)
        next_word = following.group().lower() if following else text[pos : pos + 1]
        if word.takes_object and next_word not in ("that", "to", "of", "about") and following:
            addressee = _ADDRESSEE_THEN_THAT.match(text, pos, end)
            if addressee:  # "told reporters that …", "assured his supporters on Monday that …"
                return addressee.end() - len("that")
            clause = None if word.lemma == "ask" else _ADDRESSEE_THEN_CLAUSE.match(text, pos, end)
            if clause and not _NOT_IN_ADDRESSEE.search(text, pos, clause.end("addressee")):
                return clause.end("addressee")  # "told reporters he …", "told the Ledger the city would …"
            obj = noun_phrase_after(text, pos, end) or common_noun_phrase_after(text, pos, end)
            question = _QUESTION_AFTER_ADDRESSEE.search(text, *obj) if obj else None
            if question:
                return question.start()  # "asked the directors whether the port should close"
            if obj:
                after_object = _skip(text, obj[1], end)
                if text.startswith("to ", after_object):
                    return pos  # "asked Republican leaders to disavow him": the addressee and the infinitive
                if _AUXILIARY_AFTER_SUBJECT.match(text, after_object, end) and not _NOT_IN_ADDRESSEE.search(text, *obj):
                    return pos  # "warned the city would go broke": the noun phrase is the clause's subject
                pos = after_object
                following = _WORD.match(text, pos, end)
                next_word = following.group().lower() if following else text[pos : pos + 1]
        if word.takes_np and word.kind != "phrase" and next_word in ("at", "in", "during", "after", "before", "on"):
            return None  # "thanking at a rally": the object is missing
        if (
            next_word in _PREPOSITIONS
            and not word.takes_np
            and next_word != "to"
            and not _AT_LEAST.match(text, pos, end)
        ):
            that = _THAT_AFTER_ADJUNCT.match(text, pos, end)
            return that.end() - len("that") if that else None  # "said in a statement that …"
        if next_word == "to" and following is not None and _ADDRESSEE_AFTER_TO.match(text, following.end(), end):
            that = _THAT_AFTER_ADJUNCT.match(text, pos, end)
            if that:  # "wrote to the senator's office that …", "suggested to me that …"
                return that.end() - len("that")
        if next_word == "to" and not word.takes_infinitive:
            return None
        if next_word == "that":
            return pos
        if pos < end and text[pos] in ",:":
            pos = _skip(text, pos + 1, end)
            if text.startswith("that ", pos):
                return pos
            if text.startswith(("and ", "but ", "or "), pos):
                return None  # "Ebeling said, and her husband cut in"
        if (
            word.needs_clause
            and (pos >= end or text[pos] not in QUOTE_MARKS + "'`")
            and not (_BARE_CLAUSE.match(text, pos, end) and not (word.is_also_noun and word.form in ("base", "3sg")))
        ):
            return None  # a bare clause must follow a verb, not a noun ("state House Speaker Bosma has")
        return pos
