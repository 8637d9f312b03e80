"""Who a cue's subject is when it is not a plain name before the cue: whole subjects ("Supporters of
reform"), plural heads with modifiers, subjects governing an infinitive, and agreement of a base-form cue
with its subject ("analysts say", not "the official state media").
"""

from __future__ import annotations

import re

from .names import organisation_word
from .rules import pattern_rule, word_rule
from .speakers import (
    BE_FORMS,
    PRONOUNS,
    clause_start,
    clause_subject,
    head_nouns,
    is_agent,
)
from .textutil import _WORD, _is_ly_adverb, _search_tail, _skip, _strip_content_end, _word_count
from .words import _NOT_IN_SUBJECT, _RELATIVES

STAGE = "subjects"

_AUXILIARY_BEFORE_CUE = pattern_rule(
    "auxiliary_before_cue",
    STAGE,
    re.compile(r"(?:\s+(?:also|has|have|had|will|would|later|then|once|previously|recently|did|does|do))+\s*$"),
    'Auxiliaries and adverbs between a subject and its cue, skipped to find where the subject ends: "The actress has also said".',
)


_BASE_FORM_SUBJECTS = word_rule(
    "base_form_subjects",
    STAGE,
    frozenset("they we i you".split()),
    'Pronouns that take a base-form cue: "they say", "we believe", "I think".',
)

_BASE_FORM_AUXILIARIES = word_rule(
    "base_form_auxiliaries",
    STAGE,
    frozenset("do did does to will would could can may might should must not n’t n't also".split()),
    'Words before a base-form cue that make it agree with any subject: "would say", "did not criticize", "to argue".',
)


def _governing_subject(text: str, lo: int, to_start: int) -> tuple[int, int] | None:
    """Who speaks in an infinitive cue governed by another verb: the object of a verb that makes someone act
    ("led Republicans to say"), else the subject of the governing clause past an opening adverb ("Even Cruz used
    the speech to argue", "Over the weekend, Trump went on TV to say")."""
    controlled = _CONTROL_VERB_THEN_OBJECT.search(text, max(lo, to_start - 80), to_start + 2)
    if controlled and is_agent(controlled.group("object")):
        return controlled.span("object")
    if _ACTION_NOUN_OF.search(text, max(lo, to_start - 60), to_start):
        return None  # "the deployment of troops to support …": the purpose of an action, nobody speaks
    start = clause_start(text, lo, to_start)
    opener = _WORD.match(text, _skip(text, start, to_start), to_start)
    if opener and opener.group().lower() in _OPENING_ADVERBS:
        comma = text.find(",", opener.end(), to_start)
        start = comma + 1 if comma != -1 else opener.end()
    for subordinate in _SUBORDINATOR.finditer(
        text, start, to_start
    ):  # "… was so subdued that Trump was prompted to say"
        start = subordinate.end()
    return clause_subject(text, start, to_start) or _bare_subject(text, start, to_start)


def _bare_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A subject with no determiner, up to its verb: "companies including Coca-Cola (are taking pains …)"."""
    words: list[re.Match[str]] = []
    for word in _WORD.finditer(text, start, end):
        if word.group().lower() in _NOT_IN_SUBJECT or word.group().lower() in _BARE_SUBJECT_STOP or len(words) == 6:
            break
        words.append(word)
    if not words:
        return None
    subject = (words[0].start(), words[-1].end())
    return subject if is_agent(text[subject[0] : subject[1]]) else None


_BARE_SUBJECT_STOP = word_rule(
    "bare_subject_stop",
    STAGE,
    frozenset("since than said says in of with for on at from by into including like consider".split()),
    'Words that end a subject with no determiner before an infinitive cue: "companies including Coca-Cola" stops at "including".',
)

_SUBORDINATOR = pattern_rule(
    "subordinator",
    STAGE,
    re.compile(r"\b(?:[Tt]hat|[Bb]ecause|[Ww]hile|[Ww]hen|[Ww]hereas|[Aa]lthough|[Tt]hough|[Ss]ince|[Ii]f)\s+"),
    "The last subordinating word before an infinitive cue opens the clause that governs it.",
)


_CONTROL_VERB_THEN_OBJECT = pattern_rule(
    "control_verb_then_object",
    STAGE,
    re.compile(
        r"\b(?:le(?:d|ads?|ading)|dr(?:ove|ives?|iving)|urg(?:e|es|ed|ing)|prompt(?:s|ed|ing)?|push(?:es|ed|ing)?|"
        r"press(?:es|ed|ing)?|allow(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|spurr(?:ed|ing)|"
        r"leav(?:e|es|ing)|call(?:s|ed|ing)?\s+on|begg(?:ed|ing)|persuad(?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|"
        r"requir(?:e|es|ed|ing))\s+(?P<object>[^\s,;:“”\"][^,;:“”\"]{0,50}?)\s+to\s*$"
    ),
    'A verb that makes its object act, then that object before "to": "led her to", "urged voters to", "calling on X to"',
)


_ACTION_NOUN_OF = pattern_rule(
    "action_noun_of",
    STAGE,
    re.compile(r"\b[a-z]+ments?\s+of\s+(?:[\w’'-]+\s+){1,3}$"),
    '"the deployment of troops to support …": an action noun\'s purpose, nobody speaks in the infinitive.',
)

_OPENING_ADVERBS = word_rule(
    "opening_adverbs",
    STAGE,
    frozenset(
        "even just only over throughout similarly indeed recently shortly instead still also then now more most mostly "
        "often sometimes first later earlier meanwhile however again".split()
    ),
    'Adverbs opening the clause that governs an infinitive cue, skipped to reach its subject: "Even Cruz used the speech to argue".',
)


def _end_of_subject(text: str, lo: int, cue_start: int) -> int:
    """Where the subject ends before a cue, past auxiliaries and adverbs ("The actress has also said")."""
    match = _search_tail(_AUXILIARY_BEFORE_CUE, text, lo, cue_start)
    return match.start() if match else cue_start


def _plural_subject_with_modifier(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """ "Aides to Clinton say", "Democrats trying to regain the Senate say", "some who advocate free speech
    argue": a plural head with a post-modifier, from the clause's start (or last comma) to the cue."""
    end = _strip_content_end(text, lo, _end_of_subject(text, lo, cue_start))
    start = max(lo, text.rfind(",", lo, end) + 1, text.rfind("—", lo, end) + 1)
    words = list(_WORD.finditer(text, start, end))
    if not 2 <= len(words) <= 14:
        return None
    first = words[0].group()
    if not (first[0].isupper() or first[0].isdigit()):
        return None
    lowered = [w.group().lower() for w in words]
    cut = next(
        (i for i, w in enumerate(lowered) if i and (w in _POST_MODIFIER_STARTS or (w.endswith("ing") and len(w) > 4))),
        None,
    )
    if cut is None or not _is_plural_head(lowered[cut - 1]):
        return None
    relative = next((i for i, w in enumerate(lowered) if w in _RELATIVES or w == "whose"), len(lowered))
    if any(w in BE_FORMS for w in lowered[:relative]):
        return None  # "Parents are suffering this type of stress": a clause, not a subject
    return words[0].start(), end


_CLAUSE_LINKS = word_rule(
    "clause_links",
    STAGE,
    frozenset("and but while as when because that after since if although though".split()),
    'Words after which a noun phrase opens its clause and may be the subject of a past-form cue: "… and gay rights groups condemned …".',
)


def _opens_clause(text: str, lo: int, source: tuple[int, int], verb_start: int) -> bool:
    """Is this noun phrase the subject of the verb at ``verb_start``: right before it, at its clause's start (after a
    comma or a conjunction), with no verb inside?"""
    if text[source[1] : verb_start].strip():
        return False
    lead = text[lo : source[0]].split()
    if lead and not lead[-1].endswith((",", "—", ":")) and lead[-1].lower() not in _CLAUSE_LINKS:
        return False
    return not any(w.lower() in _NOT_IN_SUBJECT for w in _WORD.findall(text, *source))


def _whole_subject(text: str, start: int, end: int, after_opening: bool = False) -> tuple[int, int] | None:
    """A clause's whole subject before a speech verb ("Several supporters of reform said",
    "Supporters of abortion rights, on the other hand, argued"): up to its first comma. It starts with a capital
    unless it follows an opening adverbial ("However, some studies suggest …")."""
    start = _skip(text, start, end)
    comma = text.find(",", start, end)
    stop = _strip_content_end(text, start, comma if comma != -1 else end)
    first = _WORD.match(text, start, stop)
    lower_case_allowed = after_opening and not any(  # a noun phrase, no clause of its own
        w.lower() in _NOT_IN_SUBJECT for w in _WORD.findall(text, start, stop)
    )
    if first is None or not (first.group()[0].isupper() or first.group()[0].isdigit() or lower_case_allowed):
        return None
    if not 1 <= _word_count(text, start, stop) <= 10:
        return None
    return start, stop


_SHARE_OF_A_GROUP = pattern_rule(
    "share_of_a_group",
    STAGE,
    re.compile(
        r"\b(?:percent|per\s+cent|majority|plurality|(?:one|two|three|four)-(?:thirds?|quarters?|fourths?|fifths?))\b"
        r"|\d%|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in\s+(?:\d+|ten|five|four|three)\b",
        re.IGNORECASE,
    ),
    'A share of a polled group: "59 percent", "42%", "two-thirds", "a majority", "6 in 10".',
)


def _names_a_speaker(text: str, source: tuple[int, int]) -> bool:
    """A pronoun, a name without a determiner ("Trump attacks", not "the Paris attacks", "Her remarks"), or
    a phrase headed by a speaker noun ("The candidate plans")."""
    words = text[source[0] : source[1]].split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return True
    if words[-1].endswith(("’s", "'s", "’", "'")) or words[-1].lower() in (
        "her",
        "his",
        "their",
        "its",
        "our",
        "my",
        "your",
    ):
        return False
    if words[-1].lower() in head_nouns():
        return True  # "The Republican candidate plans to …", "the party leadership fears that …"
    if _SHARE_OF_A_GROUP.search(text, source[0], source[1]):
        return True  # "19 percent of college students polled support …", "About three-quarters back …"
    if words[0].lower() in ("most", "many", "some", "all", "both", "few", "several", "other", "more"):
        return False  # "Most Southern states": a quantified group of things
    if words[0] == "The" and len(words) > 2 and all(w[:1].isupper() or w in ("of", "for", "and") for w in words[1:]):
        if any(organisation_word(w) for w in words[1:]):
            return True  # "The Greek Orthodox Church estimates", "The U.S. Department of Agriculture notes"
    return words[0][:1].isupper() and words[0].lower() not in ("the", "a", "an") and words[-1][:1].isupper()


def _agrees_with_base_form(text: str, source: tuple[int, int], cue_start: int) -> bool:
    """A base-form cue ("say") needs a plural subject or an auxiliary ("analysts say", "would say")."""
    between = text[source[1] : cue_start].split()
    while between and (between[-1].lower() in _ADVERBS_AFTER_AUXILIARY or _is_ly_adverb(between[-1])):
        between.pop()  # "would only say", "can barely believe", "did not directly criticize"
    if between and (between[-1].lower() in _BASE_FORM_AUXILIARIES or between[-1].lower().endswith(("n’t", "n't"))):
        return True
    words = text[source[0] : source[1]].split()
    if " and " in text[source[0] : source[1]]:
        return True
    # The head is the last word, or the last before a post-modifier ("Proponents of the bill say").
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _POST_MODIFIER_STARTS), len(words))
    return any(_is_plural_head(word.lower()) for word in {words[-1], words[cut - 1]})


def _is_plural_subject(text: str, source: tuple[int, int]) -> bool:
    """A coordination or a lower-case plural head ("Iowa and Ohio", "swing voters"), which takes no -s verb."""
    words = text[source[0] : source[1]].split()
    return "and" in words or (
        words[-1].islower() and _is_plural_head(words[-1]) and words[-1] not in ("who", "that", "which")
    )


_ADVERBS_AFTER_AUXILIARY = word_rule(
    "adverbs_after_auxiliary",
    STAGE,
    frozenset("only ever quite just still even always never not also really".split()),
    'Adverbs between an auxiliary and a base-form cue: "would only say", "did not directly criticize".',
)

_POST_MODIFIER_STARTS = word_rule(
    "post_modifier_starts",
    STAGE,
    frozenset("of in for from with at on who which that whose to like outside briefed familiar close".split()),
    'Words that open a post-modifier after a subject\'s head: "Proponents of the bill say", "People familiar with the talks say".',
)


def _is_plural_head(head: str) -> bool:
    if head in _BASE_FORM_SUBJECTS or head in ("who", "that", "which", "people", "police", "men", "women", "children"):
        return True
    if head[:1].isdigit() or head in _PLURAL_QUANTITIES:
        return True  # "42% say", "Thirty-one percent of those surveyed say", "One in five say"
    return head.endswith("s") and not head.endswith(("ss", "’s", "'s"))


_PLURAL_QUANTITIES = word_rule(
    "plural_quantities",
    STAGE,
    frozenset(
        "percent surveyed polled questioned half majority third quarter five ten many most some few both all".split()
    ),
    'Heads that are plural quantities: "Thirty-one percent of those surveyed say", "Half say".',
)
