"""Check-worthiness: a small logistic model over a claim's evidence.

:mod:`workbench.analysis.claims` finds the evidence of a sentence (lexicon signals, the reasons a
fact-checker looks for, hedge kinds, names); :func:`claim_features` adds what quotation marks, the
attribution, the length, the sentence's words and the document's voice tell (a transcript's "I"
and "you" against a report's narration), and :func:`score_of` weighs them. The weights are learned
by ``benchmarks/train_checkworthy.py`` from the evaluation kit's ClaimBuster debates and news sets
(k-fold figures in the file's header) and shipped as ``lexicons/checkworthy_weights.txt``, one
``feature | weight`` a line; the data are not shipped. One weight is set by rule, not learned:
``surmise`` (a belief or view in a report is an opinion, not a fact to check).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from ..article import Span
from ..errors import WorkbenchError
from ..lexicons import entries
from .dates import MONTHS, WEEKDAYS

CHECKWORTHY_MODEL = "checkworthy_weights"
#: Evidence that makes a sentence personal (the speaker or the listener), outside quotation marks.
PERSONAL_EVIDENCE = frozenset({"first_person", "second_person", "first_person_subject", "we"})
#: Evidence of a hedge, a belief or a condition.
HEDGE_EVIDENCE = frozenset({"hedged", "doxastic", "conditional"})
#: A figure keeps a sentence checkable even when a belief carries it ("an estimated $26 million").
FIGURE_EVIDENCE = frozenset({"number", "statistic"})
#: A document with fewer statements in the first or second person than this reads as a report.
REPORT_PERSONAL_SHARE = 0.3
LONG_WORDS = 25
#: Contributions to the log-odds below this are not listed among a claim's signals.
SIGNAL_FLOOR = 0.05

QUOTE_MARKS = re.compile("[\"“”«»]|''")
WORD = re.compile(r"[\w’']+")
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_VERB_WORDS = frozenset(
    "is are was were be been being am has have had do does did will would can could shall should may might must "
    "says said say get got make made go went take took give gave see saw know knew come came win won".split()
)
_PERSONAL_WORDS = frozenset("i i'm i've i'd i'll me my we we're we've our us you your".split())


def personal_share(text: str, statements: Sequence[tuple[int, Sequence[Span]]]) -> float:
    """The share of statement sentences that speak as "I", "we" or to "you" outside quotation
    marks: near 0 in a report's narration, high in a debate or speech transcript."""
    if not statements:
        return 0.0
    personal = 0
    for _, spans in statements:
        sentence = text[spans[0].start : spans[-1].end]
        if not QUOTE_MARKS.search(sentence) and _PERSONAL_WORDS.intersection(words_of(sentence)):
            personal += 1
    return personal / len(statements)


def words_of(text: str) -> list[str]:
    """Lower-cased words, with a straight apostrophe."""
    return WORD.findall(text.lower().replace("’", "'"))


def claim_features(
    text: str, span: Span, evidence: set[str], entities: int, attributed: bool, share: float
) -> dict[str, float]:
    """The model's inputs for one claim: each piece of evidence (1.0), its words (``word:...``),
    and what the quotation marks, the attribution, the length and the document's voice add."""
    features = dict.fromkeys(evidence, 1.0)
    quoted = bool(QUOTE_MARKS.search(text, span.start, span.end))
    personal = bool(evidence & PERSONAL_EVIDENCE)
    # dates are weighed as dates, not as words ("May 9" and "June 9" weigh alike)
    words = [w for w in words_of(text[span.start : span.end]) if w not in CALENDAR_WORDS]
    features.update((f"word:{w}", 1.0) for w in set(words))
    if quoted:
        features["quoted"] = 1.0
    if attributed:
        features["attributed"] = 1.0
    if len(words) > LONG_WORDS:
        features["long"] = 1.0
    if not _VERB_WORDS.intersection(words) and not any(w.endswith("ed") for w in words):
        features["no_verb"] = 1.0  # a list item, a caption, a name with a title
    if entities > 1:
        features["many_entities"] = min(entities, 6) / 6
    features["personal_document"] = share
    report = 1.0 - share  # how much the document reads as a report rather than a transcript
    if quoted:
        features["quoted_in_report"] = report
    if evidence & HEDGE_EVIDENCE:
        features["hedged_in_report"] = report
    if not quoted and not personal:
        features["narration"] = report
        if "event" in evidence:
            features["narrated_event"] = report
    if "belief_lead" in evidence and not evidence & FIGURE_EVIDENCE and share < REPORT_PERSONAL_SHARE:
        # In a report, a sentence carried by a belief, a surmise or a view ("experts suggest that ...",
        # "fueled speculation that ...", "Russia views ... as") and holding no figure states an
        # opinion, not a fact to check (the news guidelines: "not opinions"). In a transcript "I think
        # he voted against it" can still be a claim, so this holds only where the document reads as
        # a report.
        features["surmise"] = 1.0
    return features


@lru_cache(maxsize=1)
def model() -> dict[str, float]:
    """The weights, ``feature | weight`` a line of ``lexicons/checkworthy_weights.txt`` (``bias`` among them)."""
    weights = {}
    for line in entries(CHECKWORTHY_MODEL):
        name, _, value = line.partition("|")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            raise WorkbenchError(f"workbench/lexicons/{CHECKWORTHY_MODEL}.txt", f"bad entry {line!r}") from None
    return weights


def score_of(features: dict[str, float]) -> tuple[float, tuple[str, ...]]:
    """The model's probability and the features that raised it, strongest first."""
    weights = model()
    contributions = {name: weights[name] * value for name, value in features.items() if name in weights}
    log_odds = weights.get("bias", 0.0) + math.fsum(contributions[name] for name in sorted(contributions))
    raised = sorted((c, name) for name, c in contributions.items() if c > SIGNAL_FLOOR)
    signals = tuple(name for _, name in sorted(raised, key=lambda item: (-item[0], item[1])))
    return 1.0 / (1.0 + math.exp(-min(max(log_odds, -50.0), 50.0))), signals
