"""Source mentions: finding the noun phrase that names who speaks, as written in the text.

Without a parser, a mention is read off the words next to a cue: a run of capitalised words
(names, organisations, titles) with the connectors inside names ("Ministry *of* Foreign
Affairs"), a pronoun, or a lower-case noun from the lexicons of unnamed sources, titles,
organisations and documents ("several experts", "the report"), with its determiner. An
apposition after a name ("Doo Jin-ho, a senior analyst at ...,") belongs to the mention.
"""

from __future__ import annotations

import re
from itertools import islice, takewhile

from .cues import cue_table
from .rules import pattern_rule
from .source_nouns import document_nouns, group_nouns, head_nouns
from .textutil import _search_tail, _skip

STAGE = "speakers"

TOKEN = re.compile(r"[^\W_](?:[\w’'\-]|\.(?=[^\W_]))*(?:\.(?=\s+[A-Z]))?|[,;:()“”\"—–]")

PRONOUNS = frozenset("he she they we i you it who".split())
PERSON_PRONOUNS = frozenset("he she".split())
RELATIVE_PRONOUNS = frozenset("who that which".split())
QUANTIFIER_PRONOUNS = frozenset("most many some few others both".split())
DETERMINERS = frozenset(
    "the a an several some many most other two three four five six few both all one another "
    "his her their its our top".split()
)
CONNECTORS = frozenset("of for at the and de del da la le von van der al bin on in".split())
# Auxiliaries and adverbs that may stand between a source and its cue ("Doo also noted").
BETWEEN_SOURCE_AND_CUE = frozenset(
    "also has have had will would could can may might should must did does do not never then "
    "later earlier previously once still again just already often further even first last "
    "reportedly repeatedly recently publicly privately initially quickly similarly separately "
    "ultimately finally specifically explicitly simply openly flatly firmly strongly clearly "
    "n’t n't long almost only apparently actually really nonetheless nevertheless however too herself "
    "himself themselves itself now always all both".split()
) | frozenset(
    f"{aux}{mark}t" for aux in "don doesn didn won wouldn can couldn shouldn haven hasn hadn".split() for mark in "’'"
)  # "We don’t know", "He doesn't know"
BE_FORMS = frozenset("is are was were be been being am".split())
# Lower-case words that may open or sit inside a source mention before its head noun.
MODIFIERS = frozenset(
    "senior former top federal state local foreign military intelligence government campaign "
    "party administration police security defense defence health election independent political "
    "anonymous unnamed western european american national international regional city county "
    "white house republican democratic conservative liberal legal industry market financial "
    "news media public private chief deputy assistant spokesperson u.s. u.n. many".split()
)
# Capitalised words that open a sentence without naming anyone.
SENTENCE_ADVERBS = frozenset(
    "however meanwhile instead still now then also yet so but and or earlier later last "
    "in on at after before during since speaking asked while when if although though as because "
    "this that these those there here today yesterday perhaps maybe probably what "
    "recent latest previous initial preliminary unconfirmed conflicting".split()  # "Recent reports have revealed"
) | frozenset(  # dates are not speakers: "a photo posted on January 13 showed"
    "january february march april may june july august september october november december jan feb mar apr "
    "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split()
)


def tokens(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Word and punctuation tokens of ``text[start:end]`` as (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text, start, end)]


def first_tokens(text: str, start: int, end: int, count: int) -> list[tuple[int, int, str]]:
    """The first ``count`` tokens of ``text[start:end]``, the same as ``tokens(...)[:count]``, reading no further."""
    return [(m.start(), m.end(), m.group()) for m in islice(TOKEN.finditer(text, start, end), count)]


# Characters a token may hold besides its first: a window that starts right after any other character
# (or at ``start``) cuts no token, so its tokens are the last tokens of the whole range.
_INSIDE_TOKEN = re.compile(r"[\w’'\-.]")


def last_tokens(text: str, start: int, end: int, count: int) -> list[tuple[int, int, str]]:
    """The last ``count`` tokens of ``text[start:end]``, the same as ``tokens(...)[-count:]``, tokenising only a
    window before ``end`` that grows until it holds them (a cue's clause may be the whole paragraph)."""
    width = 16 * count
    while True:
        window = max(start, end - width)
        while window > start and _INSIDE_TOKEN.match(text, window - 1):
            window -= 1  # back to a token boundary
        found = tokens(text, window, end)
        if len(found) >= count or window == start:
            return found[-count:] if count else []
        width *= 4


_SHARE_WORDS = frozenset(
    "percent % half third thirds quarter quarters fourths fifths majority majorities minority plurality "
    "one two three four five six seven eight nine ten out one-third two-thirds three-fourths three-quarters "
    "one-quarter one-fourth nearly about almost roughly some surveyed polled questioned asked".split()
)


def _is_name_part(token: str) -> bool:
    lower = token.lower().removesuffix("’s").removesuffix("'s")
    if token[:1].isdigit() or lower in _SHARE_WORDS:
        return True  # "59 percent of voters", "about three in 10", "two-thirds"
    if token[:1].isupper():
        return lower not in SENTENCE_ADVERBS or lower in ("the",)
    if _NAME_PARTICLE.match(token):
        return True  # "Suleiman al-Amr", "Abdullah bin-Zayed"
    return lower in head_nouns() or lower in MODIFIERS or lower in CONNECTORS


_NAME_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|ad|as)-[A-Z]")


def is_agent(mention: str) -> bool:
    """Can this mention say or think something: a name, pronoun, group, organisation, title or document?"""
    words = [t for _, _, t in tokens(mention, 0, len(mention)) if t[:1].isalnum()]
    if not words:
        return False
    if _UNNAMED_WITH_KNOWLEDGE.match(mention):
        return True  # "people familiar with the matter"
    if len(words) == 1 and words[0].lower() in PRONOUNS | RELATIVE_PRONOUNS | QUANTIFIER_PRONOUNS:
        return True  # "he said", "who said", "most believe", "others argue"
    if len(words) > 2 and words[0].lower() in PERSON_PRONOUNS | {"they", "we", "i"} and words[1] == "and":
        return True  # "he and his wife said"
    if len(words) == 1 and words[0].lower().endswith(("ed", "ing")) and words[0].lower() not in head_nouns():
        return False  # "Courted by …, Adelson said": a participle opening the sentence
    head = words[-1].lower().rstrip("’s").rstrip("'")
    if head in head_nouns():
        return True
    return any(w[:1].isupper() and w.lower() not in DETERMINERS and w.lower() not in SENTENCE_ADVERBS for w in words)


# A short adjunct between a source and its cue: "Spicer on Thursday evening said", "Trump in an interview said".
_ADJUNCT_BEFORE_CUE = re.compile(
    r"\s+(?:on|in|at|during|last|this|late|early|earlier|later|over|via|after|before|again|yesterday|today)"
    r"(?:\s+[\w’'.-]+){0,4}?\s*$"
)


_LOOKBACK = 300
# Anonymous sources described by what they know: "people familiar with the matter", "an official
# close to the campaign", "two aides briefed on the talks", "sources with knowledge of the plan".
UNNAMED_KNOWLEDGE = r"(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|knowledgeable\s+about)"
_UNNAMED_WITH_KNOWLEDGE = re.compile(
    r"\b((?:(?:two|three|four|several|some|many|other|senior|[Aa]n?|[Oo]ne|[Tt]he)\s+)*"
    r"(?:people|persons|sources?|officials?|aides?|advisers?|advisors?|insiders?|diplomats?|executives?|members?)\s+"
    + UNNAMED_KNOWLEDGE
    + r"\s+[^,;.:“”\"]{1,60}?)(?:,\s*)?(?:\s+(?:also|have|has|had))*\s*$"
)


def mention_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The source mention that ends right before a cue ("Doo also noted"), searching back to ``lo``."""
    unnamed = _UNNAMED_WITH_KNOWLEDGE.search(text, max(lo, cue_start - 150), cue_start)
    if unnamed:  # "people familiar with the matter said", "two officials briefed on the talks said"
        return unnamed.span(1)
    window = max(lo, cue_start - 80)
    couple = " and " in text[window:cue_start] and _PRONOUN_AND_RELATIVE.search(text, window, cue_start)
    if couple:  # "She and her husband supported …", "He and his wife said"
        return couple.span(1)
    found = _mention_before(text, lo, cue_start)
    if found is None:
        adjunct = _search_tail(_ADJUNCT_BEFORE_CUE, text, lo, cue_start)
        if adjunct and adjunct.start() > lo:
            found = _mention_before(text, lo, adjunct.start())
    if found is not None:
        agent = _AGENT_OF_PARTICIPLE.search(text, max(lo, found[0] - 30), found[0])
        if agent is not None:  # "A leaked internal letter seen by Sky News says …": the letter says it
            reported = _mention_before(text, lo, agent.start())
            if reported is not None:
                return reported
        of_document = _DOCUMENT_OF_BEFORE.search(text, max(lo, found[0] - 60), found[0])
        if of_document and of_document.group("noun") in document_nouns():  # "PC World's analysis of its statistics"
            phrase = common_noun_phrase_before(text, lo, of_document.end("noun"))
            if phrase is not None:
                return _names_before(text, lo, phrase[0]), found[1]
        modified = _POST_MODIFIER_BEFORE.search(text, max(lo, found[0] - 20), found[0])
        group = _mention_before(text, lo, modified.start()) if modified else None
        head = text[group[0] : group[1]].split()[-1].lower() if group else None
        if group and head and group_nouns().get(head) == head:
            return group[0], found[1]  # "Republican voters in each state want …": the group is the source
    return found


# A past participle and "by" before a mention: the mention is the agent of a reduced relative clause.
_AGENT_OF_PARTICIPLE = re.compile(
    r"\s(?:seen|obtained|reviewed|leaked|released|published|sent|signed|written)\s+by\s+$"
)
# A document noun and "of" before a mention: the mention completes the document ("a review of the records found").
_DOCUMENT_OF_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+(?:[\w’'-]+\s+){0,4}$")
_NAME_WORD_BEFORE = re.compile(r"(?:[A-Z][\w.&’'-]*|of|and|&)\s+$")


def _names_before(text: str, lo: int, start: int) -> int:
    """Where a name that ends right before ``start`` begins ("PC " before "World's analysis")."""
    while True:
        word = _NAME_WORD_BEFORE.search(text, max(lo, start - 40), start)
        if word is None or word.group().split()[0].lower() in DETERMINERS | SENTENCE_ADVERBS:
            return start
        start = word.start()


# A prepositional phrase after a group noun before its cue ("voters in each state", "Democrats from Ohio").
_POST_MODIFIER_BEFORE = re.compile(r"\s+(?:in|from|across|around|at)\s+(?:(?:each|every|both|all|the|their)\s+)?$")


# A pronoun coordinated with someone close to its referent: "She and her husband", "he and his aides".
_PRONOUN_AND_RELATIVE = re.compile(
    r"\b((?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+and\s+(?:his|her|their|my|our)\s+[a-z]+(?:\s+[A-Z][\w.’'-]*){0,3})"
    r"(?:\s+(?:also|have|has|had|did|do|would|will|both|all|never|once))*\s*$"
)


def _mention_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    if cue_start - lo > _LOOKBACK:  # a source lies within a few words of its cue: read no further back
        window = text.find(" ", cue_start - _LOOKBACK, cue_start)
        lo = window + 1 if window != -1 else lo
    toks = tokens(text, lo, cue_start)
    i = len(toks) - 1
    if i > 0 and toks[i][2] == ")":  # "Governor Mary Fallin (R-OK) said"
        while i >= 0 and toks[i][2] != "(":
            i -= 1
        i -= 1
    while i >= 0 and (toks[i][2].lower() in BETWEEN_SOURCE_AND_CUE or _is_ly_adverb(toks[i][2])):
        i -= 1
    if i < 0:
        return None
    word = toks[i][2]
    if word == ",":
        return _apposed_subject(text, lo, toks[i][0])
    if word in ("—", "–"):  # "Gingrich — named by the Herald as a likely running mate — told": the name before it
        opening = next((j for j in range(i - 1, -1, -1) if toks[j][2] == word), 0)
        return _noun_phrase_back(toks, opening - 1) if opening > 0 else None
    contracted = _CONTRACTED_AUXILIARY.search(word)
    if contracted and word[: contracted.start()].lower() in PRONOUNS:
        return toks[i][0], toks[i][0] + contracted.start()  # "We’ve known", "They’ll argue"
    if word.lower() in PRONOUNS or (word.lower() in RELATIVE_PRONOUNS and i > 0):
        return toks[i][0], toks[i][1]  # "he said", "… the union that endorsed Sanders" (resolved later)
    if word.lower() in ("and", "but"):  # "Gerasimov praised … and emphasized that": the clause's subject
        return clause_subject(text, lo, toks[i][0])
    if word.lower() in BE_FORMS:
        return None
    return _noun_phrase_back(toks, i)


_CONTRACTED_AUXILIARY = re.compile(r"[’'](?:ve|d|ll|re|m)$", re.IGNORECASE)


def _is_ly_adverb(token: str) -> bool:
    return token.endswith("ly") and token.islower() and len(token) > 4


def _noun_phrase_back(toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """The noun phrase that ends at token ``i``, walking back over name parts and a determiner."""
    end = toks[i][1]
    if not _is_name_part(toks[i][2]) or toks[i][2].lower() in CONNECTORS:
        return None
    j = i
    while j - 1 >= 0 and _is_name_part(toks[j - 1][2]):
        j -= 1
    for k in range(i - 1, j, -1):
        if toks[k][2].lower() in ("and", "or") and toks[k - 1][2].isdigit():
            j = k + 1  # "began on August 10 and South Korea says": a date ends the clause before
            break
    while j < i and toks[j][2].lower() in CONNECTORS - {"the"}:
        j += 1
    if j - 1 >= 0 and toks[j - 1][2].lower() in DETERMINERS:
        j -= 1
    while j < i and toks[j][2].lower() in SENTENCE_ADVERBS and toks[j][2].lower() != "the":
        j += 1
    start = toks[j][0]
    return start, end


_COMMON_DETERMINERS = frozenset("the a an his her their its our this that these those one another each both".split())
_NOT_IN_NOUN_PHRASE = frozenset(
    "is are was were be been has have had will would could can may might should must do did does not "
    "and or but that which who when while if because as to in on at by with from for about said says".split()
)


# A pronoun or a question word after a noun opens a clause: "told the crowd he would win", "the story of how …".
_OPENS_A_CLAUSE = PRONOUNS | frozenset("how what why where".split())


def common_noun_phrase_after(text: str, start: int, end: int, max_words: int = 4) -> tuple[int, int] | None:
    """A determiner and up to ``max_words`` words ("the actress", "an audience member") from ``start``."""
    toks = tokens(text, start, end)
    if not toks or toks[0][2].lower() not in _COMMON_DETERMINERS and not _POSSESSIVE_NAME.fullmatch(toks[0][2]):
        return None
    k = 1
    while (
        k < len(toks)
        and k <= max_words
        and toks[k][2][:1].isalnum()
        and toks[k][2].lower() not in _NOT_IN_NOUN_PHRASE
        and toks[k][2].lower() not in _OPENS_A_CLAUSE
        and toks[k][2].lower() not in cue_table()
    ):
        k += 1
    while k > 1 and toks[k - 1][2].lower() in CONNECTORS:
        k -= 1  # "the story of how …": the phrase ends before the preposition
    if k == 1:
        return None
    return toks[0][0], toks[k - 1][1]


def common_noun_phrase_before(text: str, lo: int, end: int, max_words: int = 4) -> tuple[int, int] | None:
    """A determiner and up to ``max_words`` words ending at ``end`` ("The actress" before "said")."""
    toks = last_tokens(text, lo, end, max_words + 1)  # the loop reads no further back
    i = len(toks) - 1
    for j in range(i, max(-1, i - max_words - 1), -1):
        word = toks[j][2]
        if not word[:1].isalnum() or (j < i and word.lower() in _NOT_IN_NOUN_PHRASE):
            return None
        if j < i and (word.lower() in _COMMON_DETERMINERS or _POSSESSIVE_NAME.fullmatch(word)):
            return toks[j][0], toks[i][1]
    return None


_POSSESSIVE_NAME = re.compile(r"[A-Z][\w'-]*[’']s")


def noun_phrase_after(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (after white space), up to a comma or other word."""
    toks = tokens(text, start, end)
    if not toks:
        return None
    first = toks[0][2]
    if first.lower() in PRONOUNS:
        return toks[0][0], toks[0][1]
    j = 0
    if first.lower() in DETERMINERS:
        j = 1
    k = j
    while k < len(toks) and _is_name_part(toks[k][2]):
        k += 1
    while k > j and toks[k - 1][2].lower() in CONNECTORS:
        k -= 1
    if k == j:
        return None
    return toks[0][0], toks[k - 1][1]


_APPOSITION_STOP = frozenset(
    "who which whose when where while in on at after during as said says meanwhile however too also though "
    "instead though then still".split()
)


_CONJUNCTIONS = frozenset("but and yet so or".split())


# Words that open an adverbial before the subject: "Hours later, the mayor …", "Shortly after the vote, the union …",
# "Under federal law, lobbyists must …", "Over the years, she said …", "Alongside the protests, a strategist said …".
_TIME_AND_PLACE_OPENERS = frozenset(
    "shortly just soon hours days weeks months minutes moments years over under around within throughout "
    "alongside until once whenever upon amidst among beyond besides".split()
)
# What follows an opening participle ("Walking to …", "Having won …"), not a verb as after a name ("Manning said").
_AFTER_OPENING_PARTICIPLE = frozenset(
    "to the a an his her their its at on in with for about from through out up back that this these those my our "
    "some what how why whether".split()
)


def _opens_with_participle(toks: list[tuple[int, int, str]]) -> bool:
    """ "Walking to the next address, Ebeling recalled …", "Having won the vote, Ortiz said …": a participle
    phrase opening the sentence, whose subject is the main clause's."""
    if len(toks) < 2:
        return False
    first, second = toks[0][2], toks[1][2]
    participle = first == "Having" or (first[:1].isupper() and first[1:].islower() and first.endswith("ing"))
    phrase = [t.lower() for _, _, t in takewhile(lambda tok: tok[2] != ",", toks)]
    verb = any(t in BE_FORMS or t in ("has", "have", "had", "will", "would", "can", "could") for t in phrase)
    return participle and not verb and (first == "Having" or second in _AFTER_OPENING_PARTICIPLE)


_TIME_UNIT = r"(?:moments?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?|time)"
_OPENING_TIME_PHRASE = pattern_rule(
    "opening_time_phrase",
    STAGE,
    re.compile(
        r"(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\s+)?(?:[Ee]ven|[Oo]nly|[Jj]ust)?\s*"
        r"(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]ew|[Ss]everal|[Ss]ome|[Mm]any|[Cc]ouple|[Oo]f|\d+)\s+){0,4}"
        + _TIME_UNIT
        + r"\s+(?:later|earlier|ago|before|after|since)\b[^,;:“”\"]{0,80},"
        r"|(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\s+)?(?:[Tt]hat|[Tt]his|[Tt]he\s+same|[Tt]he\s+next|[Tt]he\s+previous)\s+"
        r"(?:morning|afternoon|evening|night|day|week|weekend|month|year)\s*,"
        r"|(?:(?:[Aa]nd|[Bb]ut)\s+)?[Ee]ven\s+(?:so|then|before|after|as|though|while)\b[^,;:“”\"]{0,80},"
    ),
    'A time phrase opening the sentence before its subject: "A month later, she said …", "But a few days later, '
    'Ortiz reversed himself, telling …", "The day before, …", "That morning, …", "Even so, …".',
)


_STATE_AFTER_PLACE = pattern_rule(
    "state_after_place",
    STAGE,
    re.compile(r"\s*(?:[A-Z][a-z]{1,5}\.|(?:[A-Z]\.){2,3}|[A-Z]{2})\s*,"),
    'The state or province after a place in an opening phrase belongs to it: "In Alexandria, Va., Lazar said …", '
    '"At a rally in Austin, Tex., Ortiz was blunt, claiming …".',
)


_OPENING_ADVERB = pattern_rule(
    "opening_adverb",
    STAGE,
    re.compile(
        r"(?:(?:[Aa]nd|[Bb]ut|[Yy]et|[Ss]o)\s+)?(?:Often|Already|Outside|Inside|Absent|Otherwise|Nevertheless"
        r"|Nonetheless|Furthermore|Moreover|Likewise|Overall|Indeed|Again)\b[^,;:“”\"]{0,80},"
    ),
    'An adverb or an adverbial phrase opening the sentence before its subject: "Often, families did not …", '
    '"Outside the arena, protesters gathered, chanting …", "Moreover, Ortiz said …".',
)


# A dateline opening the paragraph: "Harborville (AFP) – ", "Salem, Ore. (AP) — ".
_DATELINE = re.compile(r"\s*[A-Z][\w.’' -]{1,40}?(?:,\s*[A-Z][\w.]{1,12})?\s+\([A-Z][\w ]{1,10}\)\s*[–—-]+\s*")


_OPENER_WORDS = frozenset(
    {
        "according",  # "According to the New Zealand Herald, Emeritus Professor John Burrows … said"
        "speaking",
        "asked",
        "by",
        "with",
        "for",
        "from",
        "following",
        "amid",
        "despite",
        "unlike",
        "like",
        "to",
    }
)
# What may open a second adverbial after a first: "On Thursday, after the vote, Ortiz said …" (not "this", "there").
_SECOND_OPENERS = _OPENER_WORDS | frozenset(
    "in on at after before during since while when if although though as because".split()
)


def clause_start(text: str, lo: int, hi: int) -> int:
    """Where the clause's subject starts: after a dateline ("Harborville (AFP) – ") and the opening adverbials
    ("On Monday, ", "On Thursday, after the vote, ") if any."""
    dateline = _DATELINE.match(text, lo, hi)
    if dateline:
        lo = dateline.end()
    after = _past_opener(text, lo, hi, SENTENCE_ADVERBS | _OPENER_WORDS | _TIME_AND_PLACE_OPENERS)
    for _ in range(2):  # adverbials may follow one another
        if after is None:
            return lo
        lo = after
        after = _past_opener(text, lo, hi, _SECOND_OPENERS | _TIME_AND_PLACE_OPENERS)
    return lo


def _past_opener(text: str, lo: int, hi: int, openers: frozenset[str]) -> int | None:
    """Where the clause goes on after an opening conjunction or adverbial from ``lo``; None if none opens it."""
    opening = _OPENING_TIME_PHRASE.match(text, _skip(text, lo, hi), hi) or _OPENING_ADVERB.match(
        text, _skip(text, lo, hi), hi
    )
    if opening:
        return opening.end()
    toks = first_tokens(text, lo, hi, 30)  # only the first 30 are read
    if len(toks) >= 2 and toks[0][2].lower() in _CONJUNCTIONS:
        return toks[1][0]  # "But Williams, who’s running …, added"
    if len(toks) >= 2 and (toks[0][2].lower() in openers or _opens_with_participle(toks)):
        for _s, e, t in toks[:30]:
            if t == ",":
                state = _STATE_AFTER_PLACE.match(text, e, hi)
                return state.end() if state else e
    return None


def clause_subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject of the clause that runs from ``lo``: its first noun phrase (with apposition)."""
    start = clause_start(text, lo, hi)
    while start < hi and text[start].isspace():
        start += 1
    return noun_phrase_after(text, start, hi) or common_noun_phrase_after(text, start, hi)


_PARENTHESIS = re.compile(r"^\s*\([^()]{1,30}\)")
# A past participle opening an apposition: ", published in a paper by …,", ", written by …,"
_PARTICIPLE_APPOSITION = re.compile(r"\s*(?:[a-z]+ed|written|known|seen|led|run|held|given|taken|made|drawn)\s")


_ADJUNCT_APPOSITION = pattern_rule(
    "adjunct_apposition",
    STAGE,
    re.compile(
        r"\s*(?:(?:also|still|now|then|again|once|already)\s+)?"
        r"(?!including|according|regarding|concerning|following|excluding)[a-z]+ing\s"
    ),
    "A participle phrase between commas before the cue is an adjunct, not the source's name: "
    '"Party front-runner Dana Ortiz, also campaigning in Salem, said …" is Ortiz\'s.',
)


_AS_OPENING = re.compile(r"\s*(?:(?:But|And)\s+)?[Aa]s\s+")


def _apposed_subject(text: str, lo: int, comma: int) -> tuple[int, int] | None:
    """For "NAME, APPOSITION, CUE": the name with its apposition (without a relative clause)."""
    as_clause = _AS_OPENING.match(text, lo, comma)
    if as_clause:  # "As Dana Ortiz, a professor of law, put it, …": "as" opens the source's own clause
        name = noun_phrase_after(text, as_clause.end(), comma)
        if name is not None and text.startswith(",", name[1]) and text[name[0]].isupper():
            return name[0], comma
    subject = clause_subject(text, lo, comma)
    if subject is None:  # "One delegate not on the slate, Kelly Schmdit, told …": the name before the comma
        toks = tokens(text, lo, comma)
        return _noun_phrase_back(toks, len(toks) - 1) if toks else None
    after = _PARENTHESIS.sub("", text[subject[1] : comma], count=1)  # "Rep. Sander Levin (Mich.), a …,"
    if not after.startswith(","):
        if after.strip() == "":
            return subject
        opening = text.find(",", subject[1], comma)
        if opening != -1 and _PARTICIPLE_APPOSITION.match(text, opening + 1, comma):
            return subject[0], opening  # "Results of the studies, published in a paper by Jane Doe, show"
        if (
            opening != -1
            and text.find(",", opening + 1, comma) == -1
            and _ADJUNCT_APPOSITION.match(text, opening + 1, comma)
        ):
            comma = opening  # "Party front-runner Dana Ortiz, also campaigning in Salem, said": the name before it
        toks = tokens(text, lo, comma)  # "Another delegate on the slate, Jim Poolman, said"
        return _noun_phrase_back(toks, len(toks) - 1) if toks else None
    apposition = after[1:].strip()
    first = apposition.split(" ", 1)[0].lower()
    if not apposition or first in _APPOSITION_STOP:
        return subject
    return subject[0], comma


# Times after which "that" is a conjunction, not a relative pronoun: "said in September that …", "last week that …".
_WHEN_NOUNS = frozenset(
    "week month year day night morning weekend monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december".split()
)


def with_antecedent(text: str, source: tuple[int, int]) -> tuple[int, int]:
    """A relative pronoun source widened to the noun phrase it follows ("comments that compared …" -> "comments
    that"), so that the source span names who or what speaks; any other source unchanged."""
    if text[source[0] : source[1]].lower() not in RELATIVE_PRONOUNS:
        return source
    lo = max(0, source[0] - 300)
    end = len(text[lo : source[0]].rstrip().removesuffix(",").rstrip()) + lo
    if "\n" in text[end : source[0]] or text[end - 1 : end] in ".!?:;":
        return source  # "… the efforts. That said, …": a new sentence, no antecedent
    found = antecedent(text, source[0])
    if found is not None and found[1] == end:
        return found[0], source[1]
    toks = last_tokens(text, lo, end, 1)
    word = toks[0][2].lower() if toks else ""
    if word.isalpha() and word not in _NOT_IN_NOUN_PHRASE and word not in _WHEN_NOUNS:
        phrase = common_noun_phrase_before(text, lo, end)
        return (phrase or toks[0])[0], source[1]
    return source


def antecedent(text: str, relative: int) -> tuple[int, int] | None:
    """The noun phrase a relative pronoun at ``relative`` refers to ("Bret Stephens, who …")."""
    lo = max(0, relative - 300)
    before = text[lo:relative].rstrip()
    if before.endswith(","):
        before = before[:-1]
    return mention_before(text, lo, lo + len(before))
