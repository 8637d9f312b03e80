"""Dates and quantities in an article, with dates resolved against the article's date.

Dates: "June 19, 2024", "May 9", "January 13", "June 2024", "in January", "2024", "on Monday",
"yesterday", "last week", "two days earlier", "six months ago", "2024-06-19", "6/19/2024".
A date is resolved to a calendar ``value`` and a ``granularity`` (day, week, month, year) when
the article's date is known or the text itself is absolute; otherwise it is kept as written
(``value`` None). "Two days earlier" counts from the last day-exact date mentioned before it
(the event the sentence follows on from), "two days ago" from the article's date.

Quantities: numbers ("1,100", "4.7 billion"), number words ("two", "dozens"), percentages
("41%", "10 percent") and money ("$1.2 billion", "396 million Canadian dollars", "€5"). Digits
that are part of a date are not counted again as numbers.

Everything is regular expressions compiled once at import; nothing is built per call.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ..article import Article, Span
from .hedges import phrase_alternation

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: i for i, name in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}
NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "dozens": None,
    "hundreds": None,
    "thousands": None,
    "millions": None,
    "billions": None,
    "half": 0.5,
    "a few": None,
    "several": None,
    "a couple of": 2,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
}
#: How far back (in characters) a day-exact date still anchors "two days earlier": a few paragraphs.
ANCHOR_REACH = 1500
UNITS = {
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "hour": "hour",
    "hours": "hour",
}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written at ``start:end``; ``value``/``granularity`` when it could be resolved."""

    start: int
    end: int
    text: str
    value: date | None = None
    granularity: str | None = None
    """"day", "week", "month" or "year": how much of ``value`` the text pins down."""

    @property
    def resolved(self) -> bool:
        return self.value is not None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        return {
            "span": [self.start, self.end],
            "text": self.text,
            "value": self.value.isoformat() if self.value else None,
            "granularity": self.granularity,
        }


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, percentage or sum of money as written; ``value`` is its size where it has one."""

    start: int
    end: int
    text: str
    kind: str
    """"number", "percent" or "money"."""
    value: float | None = None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def to_dict(self) -> dict[str, object]:
        return {"span": [self.start, self.end], "text": self.text, "kind": self.kind, "value": self.value}


# --- patterns -------------------------------------------------------------------------------
_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_COUNT_CHOICES = "a an one two three four five six seven eight nine ten eleven twelve several".split() + [
    "a few",
    "a couple of",
]


def _either_case(words: list[str]) -> str:
    """Alternation of ``words`` as written and capitalised: plain literals let the regex engine
    skip ahead to a possible first letter (classes like [Yy] or IGNORECASE would not)."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w) + "|" + re.escape(w[0].upper() + w[1:]) for w in ordered)


_COUNT = rf"(?P<count>\d+|{_either_case(_COUNT_CHOICES)})"
_UNIT = r"(?P<unit>hours?|days?|weeks?|months?|years?)"
# Every pattern starts with a literal or a digit (no \b, no look-behind) so that the engine scans
# fast; the word boundary before a match is checked in Python (_starts_word).
_DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("iso", r"(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
        ("numeric", r"(?P<mnum>\d{1,2})/(?P<day>\d{1,2})/(?P<year>(?:19|20)\d\d)\b"),
        ("month_day", rf"{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR}\b)?"),
        ("day_month", rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![\w-])(?:,?\s+{_YEAR}\b)?"),
        ("month_year", rf"{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
        ("in_month", rf"(?:{_either_case(['in', 'by', 'since', 'until'])})\s+{_MONTH}(?![\w-])"),
        ("early_month", rf"(?P<part>{_either_case(['early', 'mid', 'late'])})[-\s]{_MONTH}(?![\w-])"),
        ("weekday", rf"{_WEEKDAY}\b"),
        ("deictic", rf"(?P<deictic>{_either_case(['yesterday', 'today', 'tomorrow', 'tonight'])})\b"),
        ("this_period", rf"(?P<which>{_either_case(['last', 'next', 'this'])})\s+(?P<unit>week|month|year)\b"),
        # found by its unit ("days earlier"), the count before it is read by _OFFSET (faster than
        # trying every "a" and digit in the text as the start of a count)
        ("offset", rf"{_UNIT}\s+(?:earlier|later|ago|before|after|from now)\b"),
        ("year", rf"{_YEAR}\b(?![%,.]\d)"),
    )
)
_OFFSET = re.compile(rf"{_COUNT}\s+{_UNIT}\s+(?P<direction>earlier|later|ago|before|after|from now)\b")
_COUNT_BEFORE = re.compile(rf"{_COUNT}\s+$")
_WHICH_BEFORE = re.compile(r"(?:^|\W)([Ll]ast|[Nn]ext|[Tt]his)\s+$")
_COUNT_WORDS = {"a": 1, "an": 1, "a few": 3, "several": 3, "a couple of": 2}

_NUMBER_WORD_PATTERN = phrase_alternation([*NUMBER_WORDS, *(w.capitalize() for w in NUMBER_WORDS)])
_DIGITS = re.compile(
    r"(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|[kKmMbB])\b)?"
    r"(?:\s?(?P<percent>%|per\s?cent\b|percent\b|percentage points?\b))?"
    r"(?:\s(?P<currency>(?:[A-Z][a-z]+\s)?(?:dollars|euros|pounds|yen|yuan|won|rubles|roubles|rupees)\b))?"
)
_MONEY_BEFORE = re.compile(r"(?:US\$|C\$|A\$|[$€£¥])\s?$")
_NUMBER_WORDS = re.compile(
    rf"(?P<word>(?:{_NUMBER_WORD_PATTERN})(?:[\s-](?:{_NUMBER_WORD_PATTERN}))*)\b"
    r"(?:\s(?P<word_percent>percent\b|per cent\b))?"
)


def _starts_word(text: str, start: int) -> bool:
    """True when ``start`` is at a word boundary (no letter, digit or underscore before it)."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def find_dates(article: Article) -> list[DateMention]:
    """Every date in the article's text, in order, resolved against ``article.meta.date``."""
    return dates_in(article.text, article.meta.date)


def dates_in(text: str, reference: date | None = None) -> list[DateMention]:
    """Every date in ``text``; relative ones resolved against ``reference`` when it is given."""
    spans: list[tuple[int, int, str, re.Match[str]]] = []
    for name, pattern in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            if name == "offset":
                count = _COUNT_BEFORE.search(text, max(0, match.start() - 16), match.start())
                match = _OFFSET.match(text, count.start()) if count else None  # type: ignore[assignment]
                if match is None:
                    continue
            start = match.start("month") if name == "in_month" else match.start()
            if not _starts_word(text, match.start()):
                continue
            if name == "year" and match.start() and text[match.start() - 1] in "$€£,.":
                continue
            spans.append((start, match.end(), name, match))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    mentions: list[DateMention] = []
    last_end = -1
    anchor, anchor_end = reference, 0  # the last day-exact date: "two days earlier" counts from it
    for start, end, name, match in spans:
        if start < last_end:
            continue  # inside a longer date already taken ("June 19, 2024" holds "2024")
        nearby_anchor = anchor if start - anchor_end <= ANCHOR_REACH else reference
        value, granularity = _resolve(name, match, reference, nearby_anchor, text)
        mentions.append(DateMention(start, end, text[start:end], value, granularity))
        last_end = end
        if value is not None and granularity == "day":
            anchor, anchor_end = value, end
    return mentions


def _resolve(
    name: str, match: re.Match[str], reference: date | None, anchor: date | None, text: str
) -> tuple[date | None, str | None]:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else None
    if name in ("iso", "numeric"):
        day = _safe_date(year, int(groups["mnum"]), int(groups["day"]))
        return day, "day" if day else None
    if name == "year":
        return date(year, 1, 1), "year"  # type: ignore[arg-type]
    month = _month_number(groups.get("month"))
    if name in ("month_day", "day_month"):
        year = year or (reference.year if reference else None)
        day = _safe_date(year, month, int(groups["day"]))
        return (day, "day") if day else (None, None)
    if name in ("month_year", "in_month", "early_month"):
        year = year or (reference.year if reference else None)
        return (date(year, month, 1), "month") if year else (None, None)
    if reference is None:
        return None, None
    if name == "weekday":
        which = _WHICH_BEFORE.search(text, max(0, match.start() - 6), match.start())
        return _weekday(reference, WEEKDAYS[groups["weekday"].lower()], which and which.group(1), match, text), "day"
    if name == "deictic":
        shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["deictic"].lower()]
        return reference + timedelta(days=shift), "day"
    if name == "this_period":
        return _this_period(reference, groups["which"].lower(), groups["unit"])
    if name == "offset":
        return _offset(groups, reference, anchor)
    return None, None


def _month_number(written: str | None) -> int:
    return MONTHS[written.rstrip(".").lower()] if written else 0


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None


_FUTURE_BEFORE = re.compile(r"\b(?:will|would|to|next|plans?|scheduled|set)\b[^.!?]{0,60}$", re.IGNORECASE)


def _weekday(reference: date, weekday: int, which: str | None, match: re.Match[str], text: str) -> date:
    """The weekday nearest the article's date: the past one, unless the sentence looks ahead."""
    which = (which or "").lower()
    back = (reference.weekday() - weekday) % 7
    ahead = (weekday - reference.weekday()) % 7
    if which == "last":
        return reference - timedelta(days=back or 7)
    if which == "next":
        return reference + timedelta(days=ahead or 7)
    if _FUTURE_BEFORE.search(text, max(0, match.start() - 80), match.start()):
        return reference + timedelta(days=ahead)
    return reference - timedelta(days=back)


def _this_period(reference: date, which: str, unit: str) -> tuple[date, str]:
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "week":
        monday = reference - timedelta(days=reference.weekday())
        return monday + timedelta(weeks=step), "week"
    if unit == "month":
        month_index = reference.year * 12 + reference.month - 1 + step
        return date(month_index // 12, month_index % 12 + 1, 1), "month"
    return date(reference.year + step, 1, 1), "year"


def _offset(groups: dict[str, str | None], reference: date, anchor: date | None) -> tuple[date | None, str | None]:
    """ "two days earlier" from the anchor; "two days ago" / "from now" from the article's date."""
    count_text = (groups["count"] or "").lower()
    count = int(count_text) if count_text.isdigit() else NUMBER_WORDS.get(count_text) or _COUNT_WORDS.get(count_text)
    unit = UNITS[(groups["unit"] or "").lower()]  # the pattern always captures a unit
    if not count or unit == "hour":
        return None, None
    direction = (groups["direction"] or "").lower()
    base = reference if direction in ("ago", "from now") else anchor or reference
    sign = -1 if direction in ("earlier", "ago", "before") else 1
    if unit in ("day", "week"):
        return base + timedelta(days=sign * count * (7 if unit == "week" else 1)), unit
    months = int(count) * (12 if unit == "year" else 1)
    month_index = base.year * 12 + base.month - 1 + sign * months
    return date(month_index // 12, month_index % 12 + 1, 1), unit if unit == "year" else "month"


def find_quantities(article: Article, dates: list[DateMention] | None = None) -> list[Quantity]:
    """Every number, percentage and sum of money in the article, digits of dates left out."""
    return quantities_in(article.text, find_dates(article) if dates is None else dates)


def quantities_in(text: str, dates: list[DateMention] = ()) -> list[Quantity]:  # type: ignore[assignment]
    """Quantities in ``text``, leaving out any that overlap one of ``dates``."""
    date_starts = [d.start for d in dates]
    found = []
    for match in _DIGITS.finditer(text):
        start, end = match.span()
        if not _starts_word(text, start) or _overlaps_any(start, end, dates, date_starts):
            continue
        money = _MONEY_BEFORE.search(text, max(0, start - 4), start)
        if money:
            start = money.start()
        kind, value = _digits_value(match, bool(money))
        found.append(Quantity(start, end, text[start:end], kind, value))
    digit_starts = [q.start for q in found]
    for match in _NUMBER_WORDS.finditer(text):
        start, end = match.span()
        if not _starts_word(text, start) or text[start - 1 : start] in ("’", "'", "-"):
            continue
        if (
            match.group("word").lower() in ("one", "half")
            or _overlaps_any(start, end, dates, date_starts)
            or _overlaps_any(start, end, found, digit_starts)
        ):
            continue  # "one of the", "half of": rarely a figure to check
        kind = "percent" if match.group("word_percent") else "number"
        found.append(Quantity(start, end, text[start:end], kind, _number_words_value(match.group("word"))))
    found.sort(key=lambda q: q.start)
    return found


def _overlaps_any(start: int, end: int, spans: Sequence[DateMention | Quantity], starts: list[int]) -> bool:
    """True if ``start:end`` overlaps one of ``spans`` (sorted by start; ``starts`` their starts)."""
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and spans[i].end > start - 80:
        if spans[i].start < end and start < spans[i].end:
            return True
        i -= 1
    return False


def _digits_value(match: re.Match[str], money: bool) -> tuple[str, float]:
    value = float(match.group("number").replace(",", ""))
    if match.group("scale"):
        value *= SCALES[match.group("scale").lower()]
    if match.group("percent"):
        return "percent", value
    if money or match.group("currency"):
        return "money", value
    return "number", value


def _number_words_value(words: str) -> float | None:
    """Value of "two", "twenty-five", "three hundred", "two million"; None for "dozens"."""
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", words.lower()):
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        if value in (100, 1000, 1e6, 1e9, 1e12) and word not in ("dozen",):
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, 0.0
        else:
            current += value
    return total + current
