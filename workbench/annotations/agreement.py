"""How far annotators agree on verdicts: Cohen's kappa and the claims they disagree on.

For the teaching notebook: students annotate the same article, each in their own file; these
functions pair their verdicts over the targets (claims by default) that *both* reviewed.
Cohen's kappa (Cohen 1960) is the agreement beyond what two annotators would reach by chance
given how often each uses each verdict: 1 is perfect, 0 chance level, below 0 worse than chance.
"""

from __future__ import annotations

import math
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from .model import Annotation

if TYPE_CHECKING:
    import pandas as pd

PAIR_COLUMNS = ["key", "quote", "annotator_a", "verdict_a", "note_a", "annotator_b", "verdict_b", "note_b", "agree"]


def cohen_kappa(labels_a: Sequence[str], labels_b: Sequence[str]) -> float:
    """Cohen's kappa of two annotators' labels for the same items, in the same order.

    NaN when there are no items; 1.0 when both gave every item the same single label (chance
    agreement is then total, and so is the observed one).
    """
    if len(labels_a) != len(labels_b):
        raise ValueError(f"the label lists differ in length ({len(labels_a)} and {len(labels_b)})")
    n = len(labels_a)
    if n == 0:
        return math.nan
    observed = sum(a == b for a, b in zip(labels_a, labels_b)) / n
    count_a, count_b = Counter(labels_a), Counter(labels_b)
    chance = sum(count_a[label] * count_b[label] for label in count_a) / (n * n)
    if chance == 1.0:
        return 1.0
    return (observed - chance) / (1.0 - chance)


def _annotator_and_annotations(source: Any) -> tuple[str, list[Annotation]]:
    """An annotator's name and annotations from a store, an annotation file, or a list of annotations."""
    if isinstance(source, (str, os.PathLike)):
        from .store import read_annotation_file

        stored = read_annotation_file(source)
        return stored.annotator, stored.annotations
    annotations = list(getattr(source, "annotations", source))
    name = getattr(source, "annotator", None) or (annotations[0].annotator if annotations else "")
    return name, annotations


def verdict_pairs(source_a: Any, source_b: Any, *, target: str = "claim") -> pd.DataFrame:
    """One row per ``target`` key that both annotators reviewed (verdict not "unreviewed"): the
    quote, each one's verdict and note, and whether they agree. Sources are stores, annotation
    files or lists of annotations."""
    import pandas as pd

    name_a, annotations_a = _annotator_and_annotations(source_a)
    name_b, annotations_b = _annotator_and_annotations(source_b)

    def reviewed(annotations: Iterable[Annotation]) -> dict[str, Annotation]:
        return {a.key: a for a in annotations if a.target == target and a.reviewed}

    by_key_a, by_key_b = reviewed(annotations_a), reviewed(annotations_b)
    rows = []
    for key, a in by_key_a.items():
        b = by_key_b.get(key)
        if b is None:
            continue
        rows.append(
            {
                "key": key,
                "quote": a.quote,
                "annotator_a": name_a,
                "verdict_a": a.verdict,
                "note_a": a.note,
                "annotator_b": name_b,
                "verdict_b": b.verdict,
                "note_b": b.note,
                "agree": a.verdict == b.verdict,
            }
        )
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def disagreements(source_a: Any, source_b: Any, *, target: str = "claim") -> pd.DataFrame:
    """The rows of :func:`verdict_pairs` where the two verdicts differ."""
    pairs = verdict_pairs(source_a, source_b, target=target)
    return pairs[~pairs["agree"]].reset_index(drop=True)


def pairwise_kappa(sources: Sequence[Any], *, target: str = "claim") -> pd.DataFrame:
    """Cohen's kappa of every pair of annotators on the ``target`` keys both reviewed, as a square
    table indexed by annotator name (1.0 on the diagonal)."""
    import pandas as pd

    named = [_annotator_and_annotations(source) for source in sources]
    names = [name for name, _ in named]
    if len(set(names)) != len(names):
        raise ValueError(f"annotator names repeat: {names}")
    table = pd.DataFrame(1.0, index=names, columns=names)
    for i, first in enumerate(named):
        for j in range(i + 1, len(named)):
            pairs = verdict_pairs(first[1], named[j][1], target=target)
            kappa = cohen_kappa(list(pairs["verdict_a"]), list(pairs["verdict_b"]))
            table.iloc[i, j] = table.iloc[j, i] = kappa
    return table
