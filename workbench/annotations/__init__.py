"""Annotating an article: verdicts on claims, corrections of sources, notes on any span.

Each annotator's annotations live in a sidecar file beside the article, saved atomically on
every change and anchored so that they survive small edits of the text; several annotators'
files are merged on load; exports give CSV, JSON, schema.org ClaimReview and W3C Web Annotation.

    >>> from workbench import load
    >>> from workbench.annotations import AnnotationStore
    >>> article = load("sample_articles/seed_article.txt")
    >>> store = AnnotationStore.open(article, "alice")          # doctest: +SKIP
    >>> store.upsert("claim:0", start=0, end=10, verdict="disputed", note="who says so?")  # doctest: +SKIP
"""

from __future__ import annotations

from .agreement import cohen_kappa, disagreements, pairwise_kappa, verdict_pairs
from .anchoring import Reanchored, locate, reanchor
from .export import annotations_frame, to_claimreview, to_csv, to_json, to_web_annotations
from .model import TARGETS, VERDICTS, Anchor, Annotation, AnnotationError
from .store import AnnotationStore, load_annotations, merge_stores, read_annotation_file, sidecar_path

__all__ = [
    "Anchor",
    "Annotation",
    "AnnotationError",
    "AnnotationStore",
    "Reanchored",
    "TARGETS",
    "VERDICTS",
    "annotations_frame",
    "cohen_kappa",
    "disagreements",
    "load_annotations",
    "locate",
    "merge_stores",
    "pairwise_kappa",
    "reanchor",
    "read_annotation_file",
    "sidecar_path",
    "to_claimreview",
    "to_csv",
    "to_json",
    "to_web_annotations",
    "verdict_pairs",
]
