"""Claims: what the article asserts, whether it belongs on a check list, who says it and how firmly.

One :class:`Claim` per statement sentence of the article's prose (two where a semicolon joins two
statements). Each claim carries:

* ``checkworthy`` and a ``score`` from 0 to 1 built from ``reasons`` a fact-checker looks for:
  a number or quantity, a date, a named actor doing something, a comparison, a cause, a law or
  rule, a prediction, and from further evidence (acts on the record, what someone said, the state
  of things now, topics of public life). Questions, opinions (beliefs, speculation, evaluations),
  promises and exhortations, and the speaker's talk about themselves weigh against it;
* a ``type`` in the spirit of Full Fact's scheme: quantity, event/fact, prediction, causation,
  law/rules, opinion (never check-worthy), personal experience;
* the attribution it sits in (from :mod:`workbench.analysis.sourcing`) and its canonical
  ``speaker``, or None when the reporter states it in their own voice;
* hedging: the hedge cues inside it, with kinds;
* its entities (capitalised names), quantities and dates (resolved against the article's date).

Rules and word lists (``lexicons/claim_signals.txt``), compiled once, give the evidence; a small
logistic model (:mod:`workbench.analysis.checkworthy`, weights learned by
``benchmarks/train_checkworthy.py``) weighs it; ``signals`` says which evidence raised the score.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..article import Article, Span
from ..errors import WorkbenchError
from ..lexicons import entries
from .checkworthy import CALENDAR_WORDS, QUOTE_MARKS, WORD, claim_features, personal_share, score_of
from .dates import DateMention, Quantity, find_dates, quantities_in
from .hedges import HedgeCue, find_hedge_cues
from .voice import REPORTER, UNNAMED_SOURCE, AttributionIndex, claim_hedge_owner, hedge_owner

if TYPE_CHECKING:
    import pandas as pd

CLAIM_TYPES = ("quantity", "event/fact", "prediction", "causation", "law/rules", "opinion", "personal experience")
REASONS = ("number", "date", "named actor", "comparison", "cause", "law/rule", "prediction")
#: Block kinds whose sentences are statements of the article (section headings only when they read
#: as prose: a paragraph the loader misread). Headline, sub-headline, caption, byline, dateline and
#: boilerplate never hold a claim: they restate or frame the body.
CLAIM_BLOCK_KINDS = frozenset({"paragraph"})
PROSE_LIKE_BLOCK_KINDS = frozenset({"heading"})
CHECKWORTHY_THRESHOLD = 0.5

SHORT_WORDS = 8
MIN_WORDS = 5
#: A belief or view among a sentence's first words carries it ("Experts suggest that ...").
BELIEF_LEAD_WORDS = 8


@dataclass(frozen=True)
class Claim:
    """One statement of the article, with offsets into ``article.text``."""

    start: int
    end: int
    text: str
    sentence: int
    """Index of the sentence that holds the claim."""
    checkworthy: bool
    score: float
    reasons: tuple[str, ...]
    type: str
    speaker: str | None
    """Canonical speaker of the attribution the claim sits in; None for the reporter's own voice
    or a source the sourcing analysis could not name (see ``attributed``)."""
    attributed: bool
    hedge_cues: tuple[HedgeCue, ...] = ()
    entities: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    attribution: Any = field(default=None, repr=False, compare=False)
    """The sourcing attribution the claim is linked to, if any."""
    hedge_owner: str | None = None
    """Whose hedging it is: REPORTER when a cue stands in the reporter's own words, else the
    source (a registry name, or UNNAMED_SOURCE) whose quotation or reported speech holds every
    cue; None when the claim is not hedged. Each cue's own ``owner`` is in ``hedge_cues``."""
    signals: tuple[str, ...] = ()
    """The features that raised the check-worthiness score, strongest first (why it is flagged)."""
    features: dict[str, float] = field(default_factory=dict, repr=False, compare=False)
    """All the model's inputs (``benchmarks/train_checkworthy.py`` learns from them)."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def hedged(self) -> bool:
        return bool(self.hedge_cues)

    @property
    def claimant(self) -> str:
        """Whose claim it is: the source's canonical name (as in the sourcing registry),
        UNNAMED_SOURCE for a source the analysis could not name, or REPORTER."""
        if self.speaker:
            return self.speaker
        return UNNAMED_SOURCE if self.attributed else REPORTER

    def to_contract(self) -> dict[str, Any]:
        """The claim as in the export contract (``shared/eval/CONTRACT.md``), with extra fields."""
        return {
            "span": [self.start, self.end],
            "checkworthy": self.checkworthy,
            "hedged": self.hedged,
            "score": round(self.score, 3),
            "type": self.type,
            "reasons": list(self.reasons),
            "signals": list(self.signals),
            "speaker": self.speaker,
            "attributed": self.attributed,
            "claimant": self.claimant,
            "hedge_owner": self.hedge_owner,
            "hedge_cues": [c.to_dict() for c in self.hedge_cues],
            "entities": list(self.entities),
            "numbers": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
        }


class Claims(Sequence[Claim]):
    """The claims of one article, in text order: a sequence plus a table, filters and a chart."""

    def __init__(self, claims: Iterable[Claim], article: Article):
        self._claims = tuple(claims)
        self.article = article

    def __len__(self) -> int:
        return len(self._claims)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return Claims(self._claims[index], self.article)
        return self._claims[index]

    def __iter__(self) -> Iterator[Claim]:
        return iter(self._claims)

    def __repr__(self) -> str:
        return (
            f"<Claims: {len(self)} claims, {len(self.checkworthy())} check-worthy, "
            f"{len(self.unattributed())} unattributed, {len(self.hedged())} hedged>"
        )

    # --- filters an analyst uses ------------------------------------------------------------------
    def checkworthy(self) -> Claims:
        return Claims((c for c in self if c.checkworthy), self.article)

    def unattributed(self) -> Claims:
        """Claims the article makes in the reporter's own voice."""
        return Claims((c for c in self if not c.attributed), self.article)

    def hedged(self, owner: str | None = None) -> Claims:
        """Hedged claims; ``owner="reporter"`` keeps those the reporter hedges in their own words,
        ``owner="source"`` those whose hedges are all inside a source's words, any other string
        those hedged by that source (its canonical name)."""
        if owner is None:
            keep = [c for c in self if c.hedged]
        elif owner == "source":
            keep = [c for c in self if c.hedge_owner not in (None, REPORTER)]
        else:
            keep = [c for c in self if c.hedge_owner == owner]
        return Claims(keep, self.article)

    def by(self, claimant: str) -> Claims:
        """The claims of one claimant: a source's canonical name, "unnamed source" or "reporter"."""
        return Claims((c for c in self if c.claimant == claimant), self.article)

    # --- table and chart ---------------------------------------------------------------------------
    def frame(self) -> pd.DataFrame:
        """One row per claim: offsets, text, check-worthiness and its signals, type, whose claim it is
        (``claimant``), hedging and whose hedge it is (``hedge_owner``: filter on it to keep the
        reporter's own hedges), and what it mentions."""
        import pandas as pd

        columns = [
            "start",
            "end",
            "sentence",
            "text",
            "checkworthy",
            "score",
            "type",
            "reasons",
            "speaker",
            "attributed",
            "claimant",
            "hedged",
            "hedge_owner",
            "hedge_cues",
            "signals",
            "entities",
            "numbers",
            "dates",
        ]
        return pd.DataFrame(
            [
                {
                    "start": c.start,
                    "end": c.end,
                    "sentence": c.sentence,
                    "text": c.text,
                    "checkworthy": c.checkworthy,
                    "score": round(c.score, 3),
                    "type": c.type,
                    "reasons": ", ".join(c.reasons),
                    "speaker": c.speaker,
                    "attributed": c.attributed,
                    "claimant": c.claimant,
                    "hedged": c.hedged,
                    "hedge_owner": c.hedge_owner,
                    "hedge_cues": "; ".join(f"{h.text} ({h.reading}; {h.owner})" for h in c.hedge_cues),
                    "signals": ", ".join(c.signals),
                    "entities": ", ".join(c.entities),
                    "numbers": ", ".join(q.text for q in c.quantities),
                    "dates": ", ".join(f"{d.text} = {d.value.isoformat()}" if d.value else d.text for d in c.dates),
                }
                for c in self
            ],
            columns=columns,
        )

    def plot(self, ax=None):
        """Bar chart: claims by attribution (reporter's voice or a source) and hedging."""
        import matplotlib.pyplot as plt

        if ax is None:
            _, ax = plt.subplots(figsize=(6, 3.5))
        groups = ("reporter's own voice", "attributed")
        counts = {
            (group, hedged): sum(1 for c in self if c.attributed == (group == "attributed") and c.hedged == hedged)
            for group in groups
            for hedged in (False, True)
        }
        firm = [counts[(g, False)] for g in groups]
        hedged = [counts[(g, True)] for g in groups]
        ax.bar(groups, firm, label="stated firmly", color="#4c72b0")
        ax.bar(groups, hedged, bottom=firm, label="hedged", color="#dd8452")
        ax.set_ylabel("claims")
        ax.set_title("Claims by attribution and hedging")
        ax.legend()
        return ax


# --- signals -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    """``lexicons/claim_signals.txt`` arranged for fast look-ups."""

    signals_of: dict[str, frozenset[str]]
    """phrase -> the signals it gives"""
    single_words: frozenset[str]
    phrases_by_first: dict[str, tuple[str, ...]]
    """first word -> the longer phrases that start with it"""
    not_events: frozenset[str]
    topics: frozenset[str]
    vague_quantities: frozenset[str]
    here_and_now: frozenset[str]
    opinions: frozenset[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    table: dict[str, set[str]] = {}
    for line in entries("claim_signals"):
        name, sep, phrase = line.partition("|")
        name, phrase = name.strip(), " ".join(phrase.lower().replace("’", "'").split())
        if not sep or not phrase:
            raise WorkbenchError("workbench/lexicons/claim_signals.txt", f"bad entry {line!r} (want 'signal | phrase')")
        table.setdefault(phrase, set()).add(name)
    phrases_by_first: dict[str, list[str]] = {}
    for phrase in table:
        if " " in phrase:
            phrases_by_first.setdefault(phrase.split()[0], []).append(phrase)

    def phrases_of(signal: str) -> frozenset[str]:
        return frozenset(phrase for phrase, names in table.items() if signal in names)

    return _Lexicon(
        signals_of={p: frozenset(names) for p, names in table.items()},
        single_words=frozenset(p for p in table if " " not in p),
        phrases_by_first={first: tuple(group) for first, group in phrases_by_first.items()},
        not_events=phrases_of("not_event"),
        topics=phrases_of("topic"),
        vague_quantities=phrases_of("vague_quantity"),
        here_and_now=phrases_of("here_and_now"),
        opinions=phrases_of("opinion"),
    )


def _signals_in(words: list[str]) -> set[str]:
    """The signals of a sentence given its lower-cased words: set intersections and substring
    tests in C rather than a Python loop over words, so that it stays fast on every article."""
    lexicon = _lexicon()
    distinct = set(words)
    found: set[str] = set()
    for word in distinct & lexicon.single_words:
        found |= lexicon.signals_of[word]
    joined = f" {' '.join(words)} "
    for first in distinct.intersection(lexicon.phrases_by_first):
        for phrase in lexicon.phrases_by_first[first]:
            if f" {phrase} " in joined:
                found |= lexicon.signals_of[phrase]
    found.discard("not_event")
    if not lexicon.not_events.issuperset(_PAST_TENSE.findall(joined)):
        found.add("event")
    if words and words[0] == "now" and words.count("now") == 1:
        found.discard("current")  # "Now, ..." opening a sentence is a discourse marker
    if "than" in distinct and _COMPARISON_THAN.search(joined):
        found.add("comparison")
    if len(distinct & lexicon.topics) >= 2:
        found.add("topics")
    return found


_PAST_TENSE = re.compile(r"(?<=[ ])\w{3,}ed(?= )")  # any word in -ed: an event unless the lexicon says not
_COMPARISON_THAN = re.compile(r"(?<! rather)(?<! other) than ")  # "more than", "worse than"; not "rather than"
_QUOTE_MARKS = QUOTE_MARKS
_FIRST_PERSON_SUBJECT = re.compile(r"\W*(?:(?:And|But|So|Now|Well,?|And so|Yes,|No,)\s+)?(?:I|We)\b")
_SIGNAL_TO_REASON = {"comparison": "comparison", "cause": "cause", "law/rule": "law/rule", "prediction": "prediction"}
# Starts with [A-Z], not a look-behind, so the engine can skip ahead; the boundary before is checked in code.
_ENTITY = re.compile(
    r"(?:[A-Z][\w’'.-]*[\w’']|[A-Z])(?:\s+(?:of|for|the|and|de|al|bin)\s+[A-Z][\w’'.-]*[\w’']"
    r"|[\s-]+[A-Z][\w’'.-]*[\w’'])*"
)
_POSSESSIVE = re.compile(r"[’']s$")
_WORD = WORD
_NOT_NAMES = frozenset(
    "the a an in on at but and however this that these those there his her its their our as after when while "
    "if for so yet meanwhile still i we you he she it they my your instead though although since because "
    "by with from to of or nor not no now then also even just only both all some most many several such "
    "what who why how where which whether speaking given despite during before until over under".split()
)
_DOING = frozenset({"event", "action", "statement"})
_CALENDAR_WORDS = CALENDAR_WORDS  # dates, not names


def _entities(text: str, span: Span) -> tuple[str, ...]:
    """Capitalised names in the sentence, the sentence's first word only when it is not a common opener."""
    names = []
    for match in _ENTITY.finditer(text, span.start, span.end):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in "’'-_":
            continue
        name = _POSSESSIVE.sub("", match.group(0)).rstrip(".")
        first = name.split()[0].lower() if name.split() else ""
        if match.start() == span.start and first in _NOT_NAMES:
            rest = name.split(None, 1)
            if len(rest) < 2:
                continue
            name = rest[1]
        if name.lower() in _NOT_NAMES or name.lower() in _CALENDAR_WORDS or len(name) < 2:
            continue
        if name not in names:
            names.append(name)
    return tuple(names)


def find_claims(article: Article, sourcing: Any = None, hedge_cues: list[HedgeCue] | None = None) -> Claims:
    """The article's claims; ``sourcing`` and ``hedge_cues`` are computed when not given."""
    if sourcing is None:
        from .sourcing import find_sourcing

        sourcing = find_sourcing(article)
    cues = _Sorted(find_hedge_cues(article) if hedge_cues is None else hedge_cues)
    found_dates = find_dates(article)
    dates, quantities = _Sorted(found_dates), _Sorted(quantities_in(article.text, found_dates))
    attributions = AttributionIndex(getattr(sourcing, "attributions", ()) or ())
    statements = list(_statement_spans(article))
    context = _Context(cues, dates, quantities, attributions, personal_share(article.text, statements))
    claims = []
    for sentence_index, spans in statements:
        parts = [_claim(article, sentence_index, span, context) for span in spans]
        if len(parts) > 1 and not all(part.checkworthy for part in parts):
            # one claim for the whole sentence unless every clause is a check-worthy claim of its own
            parts = [_claim(article, sentence_index, Span(spans[0].start, spans[-1].end), context)]
        claims += parts
    return Claims(claims, article)


def _statement_spans(article: Article) -> Iterator[tuple[int, list[Span]]]:
    """For each prose sentence that states something (not a question, not a fragment): its clauses."""
    text = article.text
    for sentence in article.sentences:
        kind = article.blocks[sentence.block].kind
        if kind not in CLAIM_BLOCK_KINDS and not (
            kind in PROSE_LIKE_BLOCK_KINDS and _reads_as_prose(text, sentence.span)
        ):
            continue
        if len(text[sentence.start : sentence.end].split()) < MIN_WORDS or _is_question(text, sentence.span):
            continue
        yield sentence.index, _clauses(text, sentence.span)


def _reads_as_prose(text: str, span: Span) -> bool:
    """A heading line that is really a sentence: it ends like one and is long enough."""
    stripped = text[span.start : span.end].rstrip("”’\"' ")
    return stripped.endswith((".", "!", "?", ":", "-", "—")) and len(_WORD.findall(stripped)) >= MIN_WORDS


def _is_question(text: str, span: Span) -> bool:
    return text[span.start : span.end].rstrip("”’\"')] ").endswith("?")


# Where a sentence can carry a second statement: a semicolon, or a comma before a contrasting
# conjunction ("..., though any action could be blocked").
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:but|though|although|while|whereas)\s)")
MIN_CLAUSE_WORDS = 6


def _clauses(text: str, span: Span) -> list[Span]:
    """The sentence, or its two halves at the break nearest its middle where both halves have
    at least MIN_CLAUSE_WORDS words (find_claims keeps the halves only if both are check-worthy)."""
    sentence = text[span.start : span.end]
    if ";" not in sentence and "," not in sentence:
        return [span]
    middle, best = (span.start + span.end) / 2, None
    for match in _CLAUSE_BREAK.finditer(text, span.start, span.end):
        if (
            len(text[span.start : match.start()].split()) >= MIN_CLAUSE_WORDS
            and len(text[match.end() : span.end].split()) >= MIN_CLAUSE_WORDS
            and (best is None or abs(match.start() - middle) < abs(best.start() - middle))
        ):
            best = match
    if best is None:
        return [span]
    return [Span(span.start, best.start() + 1), Span(best.end(), span.end)]


class _Sorted:
    """Items with ``start``/``end`` (hedge cues, dates, quantities) sorted by start, so that the
    ones inside a claim are found by bisection."""

    def __init__(self, items: Iterable[Any]):
        self.items = sorted(items, key=lambda item: item.start)
        self.starts = [item.start for item in self.items]

    def within(self, span: Span) -> tuple[Any, ...]:
        items, i = self.items, bisect.bisect_left(self.starts, span.start)
        found = []
        while i < len(items) and items[i].start < span.end:
            if items[i].end <= span.end:
                found.append(items[i])
            i += 1
        return tuple(found)


@dataclass(frozen=True)
class _Context:
    """What every claim of one article is read against."""

    cues: _Sorted
    dates: _Sorted
    quantities: _Sorted
    attributions: AttributionIndex
    personal_share: float


def _claim(article: Article, sentence_index: int, span: Span, context: _Context) -> Claim:
    text = article.text
    own_cues = tuple(
        replace(cue, owner=hedge_owner(text, span, cue, context.attributions)) for cue in context.cues.within(span)
    )
    own_dates = context.dates.within(span)
    own_quantities = context.quantities.within(span)
    entities = _entities(text, span)
    attribution = context.attributions.linked(span)
    reasons, evidence = _evidence(text, span, own_cues, own_dates, own_quantities, entities)
    features = claim_features(text, span, evidence, len(entities), attribution is not None, context.personal_share)
    score, signals = score_of(features)
    checkworthy = score >= CHECKWORTHY_THRESHOLD
    claim_type = _claim_type(reasons, evidence, checkworthy)
    speaker = getattr(attribution, "speaker", None) if attribution is not None else None
    return Claim(
        start=span.start,
        end=span.end,
        text=text[span.start : span.end],
        sentence=sentence_index,
        checkworthy=checkworthy,
        score=score,
        reasons=tuple(reasons),
        type=claim_type,
        speaker=speaker,
        attributed=attribution is not None,
        hedge_cues=own_cues,
        hedge_owner=claim_hedge_owner(own_cues),
        entities=entities,
        quantities=own_quantities,
        dates=own_dates,
        attribution=attribution,
        signals=signals,
        features=features,
    )


def _evidence(
    text: str,
    span: Span,
    own_cues: tuple[HedgeCue, ...],
    own_dates: tuple[DateMention, ...],
    own_quantities: tuple[Quantity, ...],
    entities: tuple[str, ...],
) -> tuple[list[str], set[str]]:
    """The claim's reasons (shown to the analyst) and all the evidence weighed (reasons, lexicon
    signals and what the cues, names and length tell)."""
    words = _WORD.findall(text[span.start : span.end].lower().replace("’", "'"))
    for date in own_dates:
        if date.text.startswith("May") and "may" in words:
            words.remove("may")  # the month, not the modal verb
    signals = _signals_in(words)

    reasons = []
    lexicon = _lexicon()
    figures = [q for q in own_quantities if q.text.lower() not in lexicon.vague_quantities]
    if figures:
        reasons.append("number")
    if any(d.text.lower() not in lexicon.here_and_now for d in own_dates):
        reasons.append("date")
    if entities and signals & _DOING:
        reasons.append("named actor")
    reasons += [reason for signal, reason in _SIGNAL_TO_REASON.items() if signal in signals]
    cue_kinds = {c.kind for c in own_cues}
    if "expectation" in cue_kinds and "prediction" not in reasons:
        reasons.append("prediction")

    evidence = set(reasons) | signals
    if any(_is_statistic(q) for q in figures):
        evidence.add("statistic")
    if entities:
        evidence.add("entity" if len(entities) == 1 else "entities")
    if "prediction" in signals:
        evidence.add("future")
    if "doxastic" in cue_kinds:
        evidence.add("doxastic")
    if "conditional" in cue_kinds:
        evidence.add("conditional")
    if cue_kinds & {"modal", "epistemic", "reportative"}:
        evidence.add("hedged")
    if _FIRST_PERSON_SUBJECT.match(text, span.start, span.end):
        evidence.add("first_person_subject")
    if "statement" in evidence and _QUOTE_MARKS.search(text, span.start, span.end):
        evidence.discard("statement")  # a quotation is judged by its own words, not by having been said
    if len(words) < SHORT_WORDS:
        evidence.add("short")
    if _leads_with_belief(text, span, words, own_cues):
        evidence.add("belief_lead")
    return reasons, evidence


def _leads_with_belief(text: str, span: Span, words: list[str], cues: tuple[HedgeCue, ...]) -> bool:
    """Whether a belief or a view carries the sentence: a doxastic cue or an opinion word among its
    first BELIEF_LEAD_WORDS words ("Experts suggest that ...", "Russia views ... as", "The move
    fueled speculation that ..."), rather than in a clause deep inside it."""
    lead_end = span.start + sum(len(w) + 1 for w in words[:BELIEF_LEAD_WORDS]) + 8
    if any(c.kind == "doxastic" and c.start < lead_end for c in cues):
        return True
    lead = words[:BELIEF_LEAD_WORDS]
    opinion = _lexicon().opinions
    return any(w in opinion for w in lead) or any(f"{a} {b}" in opinion for a, b in zip(lead, lead[1:]))


def _is_statistic(quantity: Quantity) -> bool:
    """A measured figure (digits, a percentage, a sum of money, thousands or more) rather than a
    small count in words ("two", "four")."""
    return (
        quantity.kind != "number"
        or any(ch.isdigit() for ch in quantity.text)
        or quantity.value is None
        or quantity.value >= 1000
    )


def _claim_type(reasons: list[str], evidence: set[str], checkworthy: bool) -> str:
    """Full Fact's kind of claim. "opinion" is a belief or judgement that is not worth checking; a
    check-worthy claim framed as a belief ("I think he voted against it") gets the kind of what it
    asserts. "personal experience" is the speaker's own doings, unless they are on the record (a
    figure, a law, an act of office)."""
    if not checkworthy and evidence & _OPINION_EVIDENCE:
        return "opinion"
    if "first_person" in evidence and "event" in evidence and not evidence & _RECORD_EVIDENCE:
        return "personal experience"
    for reason, claim_type in _TYPE_OF_REASON:
        if reason in reasons:
            return claim_type
    return "event/fact"


_OPINION_EVIDENCE = frozenset({"opinion", "doxastic", "evaluation", "self"})
_RECORD_EVIDENCE = frozenset({"number", "law/rule", "action"})
_TYPE_OF_REASON = (
    ("law/rule", "law/rules"),
    ("prediction", "prediction"),
    ("cause", "causation"),
    ("number", "quantity"),
)
