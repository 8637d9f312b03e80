"""Where a content that is a phrase ends: a noun phrase before its adjunct or a second verb, an infinitive at its
comma or time clause, a relative clause at the main verb, each searched past the quotations it holds. The
constructions and :mod:`.boundaries` cut their contents with these.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .marks import quoted_spans
from .rules import pattern_rule
from .speakers import noun_phrase_after
from .textutil import _WORD, _phrase_comma, _skip, _strip_content_end, _word_count
from .words import _IRREGULAR_PASTS, _PREPOSITIONS

STAGE = "boundaries"


_MAIN_VERB_AFTER_COMMA = pattern_rule(
    "main_verb_after_comma",
    STAGE,
    re.compile(
        r",\s+(?:[a-z]+ly\s+|still\s+|also\s+|now\s+|then\s+)?(?:is|are|was|were|has|have|had|hasn’t|hasn't|will|would|could|"
        rf"can|may|might|should|must|does|did|do|{_IRREGULAR_PASTS}|[a-z]{{3,}}ed|[a-z]{{2,}}[^\Wsu]s)\s"
        r"(?!(?:of|on|in|for|to|and|or)\s)"
    ),
    'After a relative clause set off by commas, the main clause\'s verb: "Rep. Lamb, who endorsed Ortiz in May, represents …".',
)


_AFTER_OBJECT = pattern_rule(
    "after_object",
    STAGE,
    re.compile(
        r"\s+(?:and|but)\s+(?=(?:also\s+|then\s+|later\s+)?(?:[a-z]+ed|was|is|were|are|has|have|had|will|would|did|does|do|"
        rf"{_IRREGULAR_PASTS})(?:\s|$))"
        r"|\s+[—–]\s|\s+-\s|,\s+(?=(?:was|is|were|are|has|had)\s)"
    ),
    'After a noun-phrase content: a second verb, also an irregular past ("endorsed the levy and was booed", "backs Ruiz but is not working for her", "praised the port and took questions"), a dash aside, or the main clause resuming.',
)


_LIST_GOES_ON = pattern_rule(
    "list_goes_on",
    STAGE,
    re.compile(
        r",\s+(?!(?!(?:including|during)\b)[a-z]{2,}ing\s+(?:the|a|an|his|her|their|its|him|them|it|us|me|this|that|these|those|"
        r"there|to|on|in|with|for|at|up|out|back|instead|\d|[a-z]+ly\b))"
        r"(?:(?:[^,;]{1,40},\s+)*[^,;]{0,40}?\b(?:and|or)\s|(?!(?:the|a|an|his|her|their|its)\s)[a-z]+\s+[a-z]+\s)"
    ),
    'After a comma, a list or a lower-case phrase still belongs to a noun-phrase content ("cited growth, jobs and debt", "the angry, divisive rhetoric"); a name\'s apposition ("Kerry, the chief negotiator") or a new clause or a participle clause (", putting her at odds with …", not ", falling revenue") does not.',
)


_NAME_TAG = pattern_rule(
    "name_tag",
    STAGE,
    re.compile(r",\s+(?:[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|\d{1,3})(?=,|\.?\s*$)"),
    'A party-and-state tag or an age set off by commas after a name belongs to it: "Sen. Ted Cruz, R-Texas,", '
    '"Jessica Vale, 32,".',
)


_LIST_OF_WORDS = pattern_rule(
    "list_of_words",
    STAGE,
    re.compile(r",\s+(?:[\w’'-]+(?:\s+[\w’'-]+)?,\s+)*[\w’'-]+(?:\s+[\w’'-]+)?\s(?:and|or)\s"),
    'An infinitive content runs on only through a list of a few words an item ("to rally older, rural and working-class voters"), not into a second predicate ("declined to comment, was born in …").',
)

_ADJUNCT_AFTER_OBJECT = pattern_rule(
    "adjunct_after_object",
    STAGE,
    re.compile(
        r"\s+(?:on\s+(?:Twitter|Facebook|Instagram|MSNBC|CNN|Fox|CBS|NBC|ABC|NPR|PBS|C-SPAN|cable|radio|"
        r"television|TV)|"
        r"in\s+(?:a|an|his|her|their|its)\s+(?:[a-z]+\s+)?(?:statement|video|speech|interview|tweet|post|letter|op-ed|email|ad|"
        r"appearance|commercial|column|memo|editorial)\b|in\s+(?:public|print|response)\b|"
        r"last\s+(?:week|month|year|night)|this\s+(?:week|month|year)|earlier|while|when|because|until|"
        r"(?:as|after|before)\s+(?:he|she|it|they|we|I)\s|"
        r"through|only\s+on\s+condition|on\s+(?:the\s+)?condition|by\s+(?:about\s+|nearly\s+|almost\s+)?(?:a|an|\d[\d.]*|broad|wide|"
        r"large|big|narrow|double-digit)\s+(?:[\w-]+\s+){0,4}?margins?|"
        r"at\s+an?\s)\b"
    ),
    'Adjuncts that end a noun-phrase content; a date or a time phrase with during/after/before stays in it ("attacked Clinton during the primaries for her ties to banks", "slammed Trump on Monday over his stance", "supported Obama in 2008"); "until" or a clause with "as" / "after" / "before" and a pronoun does not ("opposed it as he ran", "backed Lamb until he quit", "endorsed it after she moved"), nor does a margin ("supported her by a 40-point margin"), a broadcaster ("trashed Comey on MSNBC") or an event with "at a" ("endorsed Ortiz at a rally"); a place with "at the" stays ("backed the nominee at the convention").',
)


_TRAILING_TIME = pattern_rule(
    "trailing_time",
    STAGE,
    re.compile(
        r"\s+(?:(?:(?:on|last|this|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s+(?:morning|afternoon|evening|night))?"
        r"|in\s+(?:(?:early|late|mid)[\s-])?(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)(?:\s+\d{4})?|in\s+\d{4}|(?:last|this|earlier\s+this)\s+(?:week|weekend|month|year)"
        r"|on\s+(?:[A-Z][\w’'-]+\s+){1,2}Day|yesterday|today|tonight)$"
    ),
    'A day, month or year that closes a noun-phrase content dates the report, not what it names: "endorsed Ortiz on '
    'Thursday." ("Ortiz"), "promoted the flag on Founders Day."; one with words after it stays ("endorsed Ortiz in '
    '2012 and Lamb in 2016").',
)


_COORDINATION = re.compile(r"\s(?:and|or)\s")
# A clause inside a noun-phrase content: a time at its end dates that clause, not the report.
_CLAUSE_INSIDE = re.compile(r"\b(?:that|whether|if|would|will|could|should|can|might|is|are|was|were)\b")

_MAIN_VERB = pattern_rule(
    "main_verb",
    STAGE,
    re.compile(r"\s(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s"),
    'The main verb that ends content inside a noun phrase: "The group backing Mr. Cruz has spent …".',
)

_TIME_CLAUSE = pattern_rule(
    "time_clause",
    STAGE,
    re.compile(r"\s+(?:as|while|when|after|before|because|until)\s+(?:he|she|it|they|we|I)\s"),
    'The last item of a list after its serial comma (", and Park"). A time or reason clause with a pronoun subject after an infinitive content ("to speak as she left").',
)

_DETERMINER_AFTER_OBJECT = pattern_rule(
    "determiner_after_object",
    STAGE,
    re.compile(r"a|an|the"),
    'A determiner after the object of a participle opens its predicate, not the main verb: "with Sen. Hale calling it '
    'a “costly menu”" (not "it").',
)

_CLOSING = ",.;:!?”\"'’ "


def _outside_quotations(text: str, start: int, end: int, cut_from: Callable[[int], int]) -> int:
    """The cut ``cut_from(lo)`` finds searching from ``lo``, searched again past any quotation it falls in: a noun
    phrase or an infinitive runs through the commas of a quotation it holds ("called it “a slow, costly review” of
    the pier", not "it “a slow"); a comma inside the closing mark ends the phrase with it ("called it “unfair,” …")."""
    quotes = quoted_spans(text, start, end)
    lo = start
    while True:
        cut = cut_from(lo)
        inside = next((q for q in quotes if q.start < cut < q.end), None)
        if inside is None:
            return cut
        if not text[cut : inside.end].strip(_CLOSING):
            return inside.end
        lo = inside.end


def _infinitive_end(text: str, start: int, end: int) -> int:
    """ "declined to comment, was born in …": an infinitive content ends at a comma or a time clause
    ("refused to speak to reporters as she left")."""

    def cut_from(lo: int) -> int:
        stop = end
        comma = _phrase_comma(text, lo, stop)
        if comma != -1 and not _LIST_OF_WORDS.match(text, comma, stop):
            stop = comma
        time_clause = _TIME_CLAUSE.search(text, lo, stop)
        return time_clause.start() if time_clause else stop

    return _outside_quotations(text, start, end, cut_from)


def _object_end(text: str, start: int, end: int, predicative: bool = False) -> int:
    """A noun-phrase content ends before an adjunct ("endorsed her in a video on Monday": "her"),
    unless a predicate follows it ("described the move as …"), and before a second verb or an aside
    ("criticized Rubio and defended Cruz": "Rubio")."""

    def cut_from(lo: int) -> int:
        stop = end
        if not predicative:
            adjunct = _ADJUNCT_AFTER_OBJECT.search(text, lo, stop)
            if adjunct and _word_count(text, start, adjunct.start()) >= 1:
                stop = adjunct.start()
            comma = _phrase_comma(text, lo, stop)
            tag = _NAME_TAG.match(text, comma, stop) if comma != -1 else None
            if tag:  # "endorsed Sen. Ted Cruz, R-Texas, on Monday": the tag belongs to the name
                comma = _phrase_comma(text, tag.end(), stop)
            if comma != -1 and _word_count(text, start, comma) >= 1 and not _LIST_GOES_ON.match(text, comma, stop):
                stop = comma  # "named the suspect, Syed Farook, several times": "the suspect"
        after_object = _AFTER_OBJECT.search(text, lo, stop)
        if after_object and _word_count(text, start, after_object.start()) >= 1:
            stop = after_object.start()
        return stop

    stop = _outside_quotations(text, start, end, cut_from)
    if not predicative:
        trailing = _TRAILING_TIME.search(text, start, _strip_content_end(text, start, stop))
        if (
            trailing
            and _word_count(text, start, trailing.start()) >= 1
            and not _COORDINATION.search(text, start, stop)
            and not _CLAUSE_INSIDE.search(text, start, trailing.start())  # "doubt that the bridge would open in May"
        ):
            previous = text[start : trailing.start()].rsplit(None, 1)[-1]
            if not (previous[:1].isupper() and trailing.group().split()[0][:1].isupper()):  # not "Super Tuesday"
                stop = trailing.start()  # "endorsed Ortiz on Thursday.": "Ortiz"
    return stop


def _relative_clause_end(text: str, start: int, end: int) -> int:
    """Content in a non-restrictive relative clause ("Rep. Lamb, who endorsed Ortiz in May, represents …") ends at
    the comma before the main clause's verb."""
    comma = _phrase_comma(text, start, end)
    if comma != -1 and _word_count(text, start, comma) >= 1 and _MAIN_VERB_AFTER_COMMA.match(text, comma, end):
        return comma
    return end


def _end_of_reduced_relative(text: str, start: int, end: int) -> int:
    """ "The group backing Mr. Cruz has spent …", "His attacks on Trump have given …": content inside a
    noun phrase ends at a comma or at the main verb (an auxiliary, or a verb after a name)."""
    comma = _phrase_comma(text, start, end)
    end = comma if comma != -1 else end
    verb = _MAIN_VERB.search(text, start, end)
    end = verb.start() if verb else end
    name = noun_phrase_after(text, start, end)
    if name is not None and not text[name[0] : name[1]].endswith(("’s", "'s", "’")):  # "Obama's health": a possessor
        following = _WORD.match(text, _skip(text, name[1], end), end)
        if (
            following
            and following.group()[0].islower()
            and following.group() not in _PREPOSITIONS | {"and", "or", "of"}
            and not _DETERMINER_AFTER_OBJECT.fullmatch(following.group())
        ):
            return name[1]
    return _strip_content_end(text, start, end)
