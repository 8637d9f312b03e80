"""Deeds: uses of a cue verb that do something rather than say or think something. "Police questioned the
student" (interrogated), "a study supported by a foundation" (funded), "claimed asylum" (applied for), "went to see
the parade" (watched), "plans to meet the envoys" (an intention), "That said," (a connective), "planned a number of meetings" (arranged), "conceded a penalty", "added a clause to the bill",
"encouraged interest in science" (fostered), "offering tiles to schools" (gave), "The study focuses on ozone" (a
work's topic). Each context is a rule of its own; ``is_deed`` asks them all.
"""

from __future__ import annotations

import re

from ..cues import CueWord
from ..rules import function_rule, pattern_rule
from ..speakers import document_nouns, is_agent
from ..words import _SPEECH_ONLY

STAGE = "deeds"

_INFINITIVE_AHEAD = pattern_rule(
    "infinitive_ahead",
    STAGE,
    re.compile(r"\s+(?:(?:and|or)\b|(?:[^\s,;:]+\s+){0,8}?(?:to|that)\s)"),
    'An object and a to-infinitive or a that-clause after "encourage" ("encouraged voters to turn out", "encouraged '
    'his party that he could win"), or a second verb sharing its object ("encouraged and praised the effort"): an '
    "urging reported, which a noun phrase alone is not.",
)

_PERSON_OBJECT = pattern_rule(
    "person_object",
    STAGE,
    re.compile(
        r"\s+(?P<object>him|her|them|me|us|(?:(?:the|a|an|two|three|several)\s+)?[A-Z][\w’'.-]*+(?:\s+[A-Z][\w’'.-]*+){0,2}"
        r"|(?:the|a|an|two|three|several)\s+[a-z]+)(?<![’']s)(?P<after>\s*[,;]|\.(?=\s|$)|\s+(?:and|for|after|before|in|"
        r"at|on\s+suspicion|over|until|while|when|but)\b)"
    ),
    'A person as the whole object of "question", closed by the clause\'s end or an adjunct: "questioned the '
    'student.", "questioned him for hours"; "questioned Pence about his stance" and "questioned Trump\'s logic" '
    "are not closed so.",
)

_FUNDER = pattern_rule(
    "funder",
    STAGE,
    re.compile(
        r"\s+by\s+(?!(?:(?:a|an|the|about|nearly|almost|roughly|some|over|under|just|only|more|fewer|less|than)\s+){0,3}"
        r"(?:\d|(?:majorit(?:y|ies)|plurality|half|third|quarter|most|two|three|four|five|six|seven|eight|nine|ten)\b))"
    ),
    '"by" and an agent that is no share of a poll after "backed" or "supported": the thing\'s sponsors (money, '
    'votes, an alliance: "a study supported by the Science Foundation", "a party backed by the army"), which news '
    'annotation does not count as an attribution; "backed by 34 percent of voters" is a poll finding and still is.',
)

_ENTITLEMENT = pattern_rule(
    "entitlement",
    STAGE,
    re.compile(
        r"\s+(?:(?:the|a|an|his|her|its|their|our|some|\d[\d,.]*|one|two|three|four|five|more|further)\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:asylum|benefits|compensation|damages|refunds?|territory|prizes?|titles?|trophy|"
        r"medals?|championships?|crown|lives)\b"
    ),
    'What is claimed as an entitlement or taken is no assertion: "claimed asylum", "claimed the title", "the fire '
    'claimed three lives"; "claimed victory" and "claimed responsibility" still report what was said.',
)

_MOTION_TO = pattern_rule(
    "motion_to",
    STAGE,
    re.compile(
        r"\b(?:go|goes|going|went|gone|come|comes|coming|came|flock(?:s|ed|ing)?|travel(?:s|ed|led|ing|ling)?|"
        r"head(?:s|ed|ing)?|drive|drives|drove|driven|walk(?:s|ed|ing)?|gather(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|"
        r"queue(?:s|d)?|en\s+route|turn(?:s|ed)?\s+out|stop(?:s|ped)?\s+by)(?:\s+[\w’'.-]+){0,5}?\s+to\s*$"
    ),
    'A verb of going before "to see": seeing in person ("flocked to see the lanterns", "went to see Ayotte '
    'speak"), not a view held.',
)

_ARRANGED_OBJECT = pattern_rule(
    "arranged_object",
    STAGE,
    re.compile(r"\s+(?:a|an|the|two|three|four|five|several|some|more|\d[\d,]*)\s"),
    'A noun phrase with a determiner right after "plan": an event arranged ("has planned a number of '
    'conferences", "are planning a march"), not an intention reported ("plans to vote").',
)

_INTENTION_INFINITIVE = pattern_rule(
    "intention_infinitive",
    STAGE,
    re.compile(r"\s+(?:not\s+)?to\s+[a-z]"),
    'A to-infinitive right after "want", "plan", "intend", "wish" or "agree": an intention or an undertaking '
    '("plans to meet the envoys", "agreed to serve"), which the news guidelines do not count as something said or '
    'believed; "agreed that …" is. PolNeAR counts them: off, polnear-dev F1@0.3 is 0.004 higher, wikinews-dev 0.015 '
    "lower.",
)

_ANONYMITY_REQUEST = pattern_rule(
    "anonymity_request",
    STAGE,
    re.compile(r"\s+(?:not\s+)?to\s+be\s+(?:publicly\s+)?(?:named|identified|quoted\s+by\s+name)\b|\s+anonymity\b"),
    'Asking, declining or requesting not to be named is a condition of the source, not something reported: "a '
    'member, who asked not to be named, said …", "who declined to be identified", "requested anonymity".',
)

_CONNECTIVE = pattern_rule(
    "discourse_connective",
    STAGE,
    re.compile(r"(?:^|(?<=[.!?;:“\"”]\s)|(?<=\n)|\b(?:But|And|Still|Yet|but|and)\s+)[Tt]hat(?:\s+being)?\s+$"),
    '"That said," and "That being said," open a clause as a connective (however): nobody is '
    'reported saying what follows ("That said, the council will vote again"); "That, he said, was the plan" still '
    "reports.",
)

_SO_CALLED = pattern_rule(
    "so_called",
    STAGE,
    re.compile(r"\bso[\s-]+$"),
    '"so-called" (or "so called") marks a name or a label as someone else\'s word without reporting anyone saying '
    'anything: "the so-called harbor tax", "the so-called “reform”" (scare quotes).',
)

_CALLED_UP = pattern_rule(
    "phone_call",
    STAGE,
    re.compile(
        r"\s+(?:(?:in|into|back|up)\b(?!\s+(?:question|doubt))|(?:him|her|them|me|us|(?:both|all|each|the|a|an|his|her|their)\s+[a-z]+|"
        r"(?:[A-Z][\w’'.-]*+\s+){0,2}[A-Z][\w’'.-]*+)(?<![’']s)\s*(?:\.(?=\s|$)|\s+(?:and\s+(?!(?:a|an|the)\b)[a-z]+ed"
        r"|onto|into|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+phone)|shortly|(?:last|this|"
        r"early|late|on)\s+(?:night|morning|week|month|evening|afternoon)|(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
        r"Saturday|Sunday)\s+(?:night|morning|evening|afternoon)?)\b))"
    ),
    '"called" with a person as its whole object, closed by the sentence\'s end, a time or a place, is a telephone '
    'call or a summons ("Ortiz called the mayor on Monday night", "called Park onto the stage", "called in to the '
    'show"): no words are reported; "called the mayor a liar" and "called Park “reckless”" still report.',
)

_MANAGED = pattern_rule(
    "found_a_way",
    STAGE,
    re.compile(r"\s+(?:(?:a|the|new|other|several|many|no)\s+)?ways?\s+(?:to|of)\b"),
    '"found a way to" and "found ways of" say that someone managed something ("found a way to pass the bill"), not '
    "what a person or a study found to be so.",
)

_ATTRIBUTIVE = pattern_rule(
    "attributive_participle",
    STAGE,
    re.compile(
        r"(?:(?<![\w’'])(?:a|an|the|his|her|its|their|our|my|your|whose)|(?<![\w.,])(?<!\bin\s)(?<!\bof\s)\d(?:[\d,]*\d)?)\s+$"
    ),
    'A participle between a determiner or a number and its noun is an adjective ("120 pledged delegates", "as an '
    'added benefit", "their stated aim"): it describes the noun and reports nothing.',
)

_PARTICIPLE_NOUN = re.compile(
    r"\s+(?!(?:him|her|them|it|its|his|their|they|he|she|we|you|i|me|us|that|this|these|those|there|the|a|an|to|by|as|"
    r"in|on|for|with|at|of|from|about|not|no|so|also|and|or|but)\b)[a-z][a-z-]+\b"
)

_REACTION = pattern_rule(
    "reaction",
    STAGE,
    re.compile(
        r"(?:,?\s+(?:as\s+(?:if|though)|in\s+kind|with\s+(?:force|ads?|sanctions|vitriol|violence|troops|strikes?|"
        r"fire|action|a\s+(?:strike|raid|lawsuit|campaign))\b)|(?:,?\s+(?:(?:more|less|very|so)\s+)?(?:\w+ly|militarily)\b,?)+)"
        r"(?!\s+to\b)(?![^.!?]*?(?:[:“\"‘]|\bthat\b|\bby\s+(?:saying|noting|arguing|telling|writing|tweeting|stating|calling)\b))"
    ),
    '"respond" with a manner ("responded enthusiastically by easing sanctions", "would respond, militarily, within two '
    'days", "responded with ads", "responded as if hurt") and no words in the rest of the sentence is a reaction, not '
    'a reply: nothing said is reported; "responded angrily: “…”", "responded that …" and "responded promptly to the '
    'letter" (what was answered: ``question_responded_to``) are left to the reading of a reply.',
)

_INTENDING = frozenset({"want", "plan", "intend", "wish", "agree"})

_SCORED_AGAINST = pattern_rule(
    "scored_against",
    STAGE,
    re.compile(
        r"\s+(?:(?:a|an|the|one|two|three|four|five|six|\d+|another|late|early|first|second|third|opening|"
        r"stoppage-time|injury-time|soft|costly|crucial)\s+){0,3}(?:goals?|penalt(?:y|ies)|points?|tries|try|runs?|"
        r"wickets?|corners?|free[\s-]kicks?|sets?|equali[sz]er|ground|seats?)\b"
    ),
    'What is given up in a contest after "concede": "conceded a penalty", "conceded two late goals", "conceded '
    'ground"; "conceded that …" and "conceded defeat" still report what was said.',
)

_ADDED_TO = pattern_rule(
    "added_to",
    STAGE,
    re.compile(
        r"\s+(?:the|a|an|his|her|its|their|our|this|these|some|more|new|another|several|one|two|three|\d+)\s+"
        r"[^,;:.?!]{0,60}?\s+to\s+"
        r"(?:the|a|an|his|her|its|their|our|this|these)\s"
    ),
    'A thing added to another after "add": "adding the words “and Emergency” to the name", "added a clause to the '
    'bill"; "added that the clause mattered" still reports what was said.',
)

_GIVEN_TO = pattern_rule(
    "given_to",
    STAGE,
    re.compile(
        r"\s+(?!to\s)(?P<thing>(?:[^\s,;:.?!“”\"]+\s+){1,8}?)to\s+(?:the|a|an|his|her|their|its|our|those|him|them|us|me|anyone|"
        r"everyone|[A-Z][\w’'-]*|[a-z]+[^\Ws]s)\b(?!\s+(?:the|a|an|his|her|their|its|our)\b)"
    ),
    'A thing and its recipient after "offer": "offering heat-shield tiles to schools", "offered shelter to those '
    'in need"; words offered ("offered condolences to the families") stay attributions (``words_offered``).',
)

_WORDS_OFFERED = pattern_rule(
    "words_offered",
    STAGE,
    re.compile(
        r"\b(?:apolog(?:y|ies)|condolences|congratulations|thanks|thoughts|prayers|advice|explanations?|defen[cs]es?|"
        r"responses?|answers?|assessments?|opinions?|views?|comments?|praise|criticism|words?|(?:re)?assurances?|"
        r"guarantees?|promises?|warnings?|details|suggestions?|proposals?|plans?|ideas?|encouragement|sympathy|"
        r"tributes?|insights?|arguments?|reasons?|theor(?:y|ies)|message|rebuttal|approach(?:es)?|guid(?:e|ance)|"
        r"solutions?|alternatives?|path)\b"
    ),
    'What "offer" gives when it gives words or ideas: condolences, advice, an explanation, a plan, an approach to or '
    "a guide to a problem.",
)


@function_rule(
    "fostering",
    STAGE,
    '"encourage" with an object and no infinitive fosters a thing ("to encourage interest in science", "has '
    'encouraged borrowing"); with one it reports an urging ("encouraged voters to turn out").',
    off=False,
)
def _fostering(text: str, cue_end: int, end: int) -> bool:
    return _INFINITIVE_AHEAD.match(text, cue_end, end) is None


@function_rule(
    "interrogated",
    STAGE,
    '"question" with a person as its whole object is an interrogation ("Police arrested and questioned the '
    'student."); "questioned whether …", "questioned his judgement", "questioned Pence about …" report doubt or a '
    "question put.",
    off=False,
)
def _interrogated(text: str, cue_end: int, end: int) -> bool:
    found = _PERSON_OBJECT.match(text, cue_end, end)
    if found is None:
        return False
    person = found.group("object")
    if person.lower() in ("him", "her", "them", "me", "us"):
        return True
    return is_agent(person) and person.split()[-1].lower() not in document_nouns()  # not "questioned the audit."


@function_rule(
    "in_person",
    STAGE,
    'Seeing after a verb of going ("flocked to see the lanterns", "went to see her speak") is watching, not a view.',
    off=False,
)
def _in_person(text: str, lo: int, cue_start: int) -> bool:
    return _MOTION_TO.search(text, max(lo, cue_start - 60), cue_start) is not None


@function_rule(
    "topic_of_a_work",
    STAGE,
    '"focuses on" after a study, report, speech or ad names the work\'s topic, not a claim: "The study focuses on '
    'ozone levels", "an ad focused on immigration"; "Ms. Park focused on the budget" still reports her argument.',
    off=False,
)
def _topic_of_a_work(text: str, lo: int, cue_start: int) -> bool:
    before = text[max(lo, cue_start - 100) : cue_start].split()  # the last word only: a long clause is not split
    return bool(before) and before[-1].lower() in document_nouns()


def is_so_called(text: str, lo: int, cue_start: int) -> bool:
    """Is this "called" the one of "so-called"?"""
    return _SO_CALLED.search(text, max(lo, cue_start - 6), cue_start) is not None


@function_rule(
    "adjective_participle",
    STAGE,
    'A participle between a number, or a determiner before a speech verb, and a noun ("120 pledged delegates", "an '
    'added benefit") is an adjective; other verbs after a determiner are left to ``before_a_noun``.',
    off=False,
)
def _adjective(text: str, word: CueWord, lo: int, cue_start: int, cue_end: int) -> bool:
    before = _ATTRIBUTIVE.search(text, max(lo, cue_start - 20), cue_start)
    if before is None or (before.group()[0].isalpha() and word.lemma not in _SPEECH_ONLY):
        return False
    return _PARTICIPLE_NOUN.match(text, cue_end) is not None


def is_deed(text: str, word: CueWord, lo: int, cue_start: int, cue_end: int, end: int) -> bool:
    """Is this cue a deed in its context (an interrogation, sponsorship, a claim to a thing, seeing in person, an
    event planned, a point conceded, a thing given or added, fostering, a work's topic)?"""
    lemma = word.lemma
    if _ANONYMITY_REQUEST.match(text, cue_end, end) is not None:
        return True
    if lemma != "say" and word.form in ("past", "participle") and _adjective(text, word, lo, cue_start, cue_end):
        return True
    if lemma == "respond" and _REACTION.match(text, cue_end, end) is not None:
        return True
    if lemma == "call" and word.form in ("past", "participle"):
        return is_so_called(text, lo, cue_start) or _CALLED_UP.match(text, cue_end, end) is not None
    if lemma == "find" and _MANAGED.match(text, cue_end, end) is not None:
        return True
    if lemma == "say" and word.form == "past" and text.startswith(",", cue_end):
        return _CONNECTIVE.search(text, max(lo, cue_start - 40), cue_start) is not None
    if lemma == "encourage":
        return _fostering(text, cue_end, end)
    if lemma == "question":
        return _interrogated(text, cue_end, end)
    if lemma in ("support", "back") and word.form == "past":
        return _FUNDER.match(text, cue_end, end) is not None
    if lemma == "claim":
        return _ENTITLEMENT.match(text, cue_end, end) is not None
    if lemma == "see":
        return _in_person(text, lo, cue_start)
    if lemma in _INTENDING and _INTENTION_INFINITIVE.match(text, cue_end, end) is not None:
        return True
    if lemma == "plan":
        return _ARRANGED_OBJECT.match(text, cue_end, end) is not None
    if lemma == "concede":
        return _SCORED_AGAINST.match(text, cue_end, end) is not None
    if lemma == "offer":
        given = _GIVEN_TO.match(text, cue_end, end)
        return given is not None and _WORDS_OFFERED.search(given.group("thing")) is None
    if lemma.startswith("focus"):
        return _topic_of_a_work(text, lo, cue_start)
    if lemma == "add":
        return _ADDED_TO.match(text, cue_end, end) is not None
    return False
