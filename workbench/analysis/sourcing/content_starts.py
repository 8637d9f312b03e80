"""Where reported content starts after its cue: past a time, an addressee or adjuncts before "that", at a clause
without "that" or an indirect question. :class:`.boundaries.ContentBoundaries` reads a content's start with these.
"""

from __future__ import annotations

import re

from .rules import pattern_rule
from .textutil import _WORD, _skip, _word_count
from .words import _IRREGULAR_PASTS

STAGE = "boundaries"


_AT_LEAST = pattern_rule(
    "at_least",
    STAGE,
    re.compile(r"at\s+(?:least|most)\b"),
    '"said at least six people …": a quantity opening the content, not an adjunct.',
)

_WHEN_AFTER_CUE = pattern_rule(
    "when_after_cue",
    STAGE,
    re.compile(
        r"(?:(?:on\s+)?(?:(?:this|last|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
        r"today|tonight|recently|earlier|week|month|year)|(?:this|last)\s+(?:weekend|night|morning))"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b,?"
    ),
    'A time right after the cue, skipped to reach the content: "said Wednesday she …", "told me this week that …", '
    '"said last night the vote …".',
)


_ADVERB_BEFORE_CLAUSE = pattern_rule(
    "adverb_before_clause",
    STAGE,
    re.compile(r"(?:aloud|again|[a-z]{3,}ly)\s+(?=(?:that|whether|if)\s)"),
    'An adverb between a cue and "that", "whether" or "if" is the cue\'s, not the content\'s: "wondered aloud whether '
    '…", "asked publicly if …".',
)


_FRONTED_TIME = pattern_rule(
    "fronted_time",
    STAGE,
    re.compile(
        r"(?:by|in|within|until|before|after|over)\s+(?:the\s+(?:end|middle|start)\s+of\s+(?:the\s+)?)?"
        r"(?:\d[\d,]*(?:\s+[a-z]+)?|(?:next|this|last|coming)\s+[a-z]+|[a-z]+)\s*,\s+"
        r"(?:[\w’'-]+\s+){1,8}?(?:would|will|could|can|should|might|may|must|is|are|was|were|has|have|had)\s"
    ),
    "A time fronted in the reported clause, set off by a comma before its subject and verb, opens the content: "
    '"estimated by 2050, the city would need …", "said within two years, the port will …".',
)


_ADDRESSEE_THEN_THAT = pattern_rule(
    "addressee_then_that",
    STAGE,
    re.compile(r"(?:[^\s,;:“”\"]+\s+){1,5}?that\b"),
    '"stating on NBC\'s "Meet the Press" that …": an adjunct (perhaps naming a show) before "that"',
)


_ADDRESSEE_AFTER_TO = pattern_rule(
    "addressee_after_to",
    STAGE,
    re.compile(r"\s+(?:(?:me|him|her|us|them|you|the|his|their|its|a|an)\b|[A-Z])"),
    '"to" before an addressee, not an infinitive: "to me", "to the senator", "to House Democrats".',
)


_ADJUNCT_OPENING = pattern_rule(
    "adjunct_opening",
    STAGE,
    re.compile(
        r"(?:[,(—–]|--|(?:in|on|at|during|after|before|via|through|over|outside|inside|across|from|with|by|since|throughout|"
        r"amid|earlier|later|again|apparently|[a-z]{3,}ly|(?:this|last)\s+(?:week|weekend|month|year|spring|summer|fall|winter|"
        r"morning|afternoon|evening))\b)"
    ),
    'What opens an adjunct between a cue (and its addressee) and "that": a preposition, a time word, an adverb, a comma '
    'or a dash ("told reporters during a visit on Friday that …", "said, apparently for the first time, that …").',
)

_THAT_OPENS_A_CLAUSE = pattern_rule(
    "that_opens_a_clause",
    STAGE,
    re.compile(
        r"\bthat\s*(?=(?:he|she|they|we|I|it|there|you|the|a|an|his|her|their|its|our|my|this|these|those|some|many|most|"
        r"no|every|each|all|such|only|(?!(?:is|was|has|does)\s)[a-z]{2,}s)\s|[A-Z]|\d|[“\"‘])"
    ),
    '"that" opening a clause (before a subject), not a demonstrative before its noun ("that vote").',
)

_CLAUSE_WORD = pattern_rule(
    "clause_word_in_adjunct",
    STAGE,
    re.compile(
        r"\b(?:who|which|whose|what|where|when|that|if|because|and|but|or|not|he|she|they|we|I)\b|[;:.?!]"
        r"|\bto\s+(?!(?:the|a|an|his|her|their|its|our|my|this|these|those)\b)[a-z]"
        r"|\b(?:by|of|for|after|before|while|without)\s+[a-z]{2,}ing\b"
        r"|\b(?!(?:in|on|at|of|to|by|for|about|into|under|among|against|during|after|before|from|with|over|"
        r"through|outside|inside|across|via|amid|around|toward|towards|within)\s)[\w’'-]+\s+(?:a|an|the)\s"
    ),
    'A word or mark that makes the words before a later "that" more than an addressee and adjuncts: a verb\'s or a '
    'clause\'s word (a gerund: "perhaps by insisting that …"), or a noun phrase not led by a preposition ("with Trump a '
    'strategy that …").',
)


def _that_past_adjuncts(text: str, pos: int, end: int, addressee: bool) -> int | None:
    """Where "that" opens the content after a cue, past an addressee (``addressee``: up to five words, "told
    reporters") and adjuncts (a preposition's phrase, a time, an adverb or an aside set off by commas or dashes):
    "told reporters during a visit to Dayton on Friday that …", "said, apparently for the first time, that …"."""
    that = _THAT_OPENS_A_CLAUSE.search(text, pos, min(end, pos + 120))
    if that is None or that.start() == pos:
        return None
    stretch = text[pos : that.start()]
    words = _WORD.findall(stretch)
    if len(words) > 14 or _CLAUSE_WORD.search(stretch) or _VERB_FORM.search(stretch):
        return None
    opening = _ADJUNCT_OPENING.search(text, pos, that.start())
    if opening is None:
        return None
    lead = _word_count(text, pos, opening.start())
    return that.start() if lead == 0 or (addressee and lead <= 5) else None


_ADDRESSEE_THEN_CLAUSE = pattern_rule(
    "addressee_then_clause",
    STAGE,
    re.compile(
        r"(?P<addressee>(?:[\w’'.-]+\s+){1,5}?)"
        r"(?=(?:he|she|they|we|I|it|there)\s+[a-z’']"
        r"|(?:the|a|an|his|her|their|its|this|these|those)\s+(?:[\w’'-]+\s+){1,3}?"
        r"(?:is|are|was|were|will|would|could|can|should|may|might|must|has|have|had|did|does)\s"
        r"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+(?:is|are|was|were|will|would|could|can|should|may|might|must|has|"
        r"have|had|did|does)\s)"
    ),
    'A clause without "that" after the addressee of "told" (not of "asked", whose object is a question): "told '
    'reporters he thought …", "told the Ledger the city would appeal", "told a crowd in Dayton she will …".',
)

_NOT_IN_ADDRESSEE = pattern_rule(
    "not_in_addressee",
    STAGE,
    re.compile(
        r"\b(?:he|she|they|we|it|there|who|whom|whose|which|what|how|why|when|where|whether|if|that|as|because|since|while|"
        r"after|before|until|once|though|although|and|but|or|not|to|is|are|was|were|"
        r"be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|[a-z]+ed)\b|[,;:.?!“”\"]\s"
    ),
    'What an addressee before a clause cannot hold: a verb, a clause word or a break ("told the story of how he …").',
)


_AUXILIARY_AFTER_SUBJECT = pattern_rule(
    "auxiliary_after_subject",
    STAGE,
    re.compile(r"(?:would|will|could|can|should|might|must|is|are|was|were|has|have|had)\s+(?!been\b)[a-z]"),
    "An auxiliary right after the noun phrase a cue is followed by: the phrase is the subject of a clause without "
    '"that", not an addressee ("warned the city would go broke").',
)


_QUESTION_AFTER_ADDRESSEE = pattern_rule(
    "question_after_addressee",
    STAGE,
    re.compile(r"\b(?:whether|if)\b"),
    '"whether" or "if" after an addressee opens the content: "asked the directors whether the port should close".',
)


_THAT_AFTER_ADJUNCT = pattern_rule(
    "that_after_adjunct",
    STAGE,
    re.compile(r"[^.;“”]{0,80}?\bthat\b"),
    'After a cue and an adjunct, "that" opens the content: "said in a statement that …", "wrote to the senator\'s office that …".',
)

_BARE_CLAUSE = pattern_rule(
    "bare_clause",
    STAGE,
    re.compile(
        r"(?:he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
        r"(?:was|is|were|are|had|has|have|would|will|could|can|should|might|may|did|does|do)\b"
        rf"|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,2}}\s+(?:{_IRREGULAR_PASTS}|[a-z]{{3,}}ed)\s"
    ),
    'A clause without "that": a pronoun or name, then an auxiliary ("acknowledged it would be easier"), or a name '
    'and a past verb ("Whitmore stated Montalvo left the church").',
)


_VERB_FORM = pattern_rule(
    "verb_form",
    STAGE,
    re.compile(
        r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do|"
        r"[a-z]+n[’']t|[a-z]{2,}ed)\b|[’'](?:s|re|ve|ll|d)\b"
    ),
    "An auxiliary or a past form: the content before a coordinated cue may be a clause, not a noun phrase.",
)


def _past_time_and_adverb(text: str, pos: int, end: int) -> int:
    """Past a time right after the cue ("said Wednesday she …") and an adverb before "that", "whether" or "if"
    ("wondered aloud whether …"): where the content may start."""
    when = _WHEN_AFTER_CUE.match(text, pos, end)
    if when:
        pos = _skip(text, when.end(), end)
    adverb = _ADVERB_BEFORE_CLAUSE.match(text, pos, end)
    return adverb.end() if adverb else pos
