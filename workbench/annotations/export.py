"""Annotations out: a table (CSV), plain JSON, schema.org ClaimReview and W3C Web Annotation.

* :func:`to_claimreview` — one `ClaimReview <https://schema.org/ClaimReview>`_ JSON-LD object per
  claim with a verdict, the form fact-checkers publish (Google's fact-check markup): the claim's
  text, the verdict as ``reviewRating.alternateName``, the reviewer and the date;
* :func:`to_web_annotations` — one `W3C Web Annotation <https://www.w3.org/TR/annotation-model/>`_
  per annotation, its target selected both by quote (``TextQuoteSelector``) and by position
  (``TextPositionSelector``; offsets count code points, as the model prescribes and as Python
  indexes strings).
"""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model import Annotation

if TYPE_CHECKING:
    import pandas as pd

    from ..article import Article

FRAME_COLUMNS = [
    "key", "target", "verdict", "confidence", "note", "tags", "evidence", "fields",
    "start", "end", "quote", "anchored", "annotator", "created", "modified", "id",
]  # fmt: skip
#: A ClaimReview rating on a 1 (false) to 5 (true) scale, for the verdicts that have one.
RATING_VALUES = {"false": 1, "disputed": 2, "partly true": 3, "verified": 5}


def _annotations(source: Any) -> list[Annotation]:
    """Annotations from a store (anything with ``.annotations``) or an iterable of them."""
    return list(getattr(source, "annotations", source))


def annotations_frame(annotations: Iterable[Annotation], unanchored: Collection[str] = ()) -> pd.DataFrame:
    """One row per annotation: key, target, verdict, ..., start, end, quote, ``anchored`` (False
    for the keys in ``unanchored``), annotator, timestamps, id. Lists and dicts stay as they are."""
    import pandas as pd

    rows = [
        {
            **{name: value for name, value in a.to_dict().items() if name != "anchor"},
            "start": a.start,
            "end": a.end,
            "quote": a.quote,
            "anchored": a.key not in unanchored,
        }
        for a in annotations
    ]
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def to_csv(annotations: Any, path_or_buf: str | os.PathLike[str] | io.TextIOBase | None = None) -> str | None:
    """The annotations as CSV (one row per annotation; tags and evidence joined by " | ", fields
    as JSON), cells a spreadsheet would read as a formula escaped (see :mod:`workbench.csvsafe`).
    Returns the text when no path or buffer is given, like pandas."""
    from ..csvsafe import write_csv

    frame = annotations_frame(_annotations(annotations))
    for name in ("tags", "evidence"):
        frame[name] = frame[name].map(" | ".join)
    frame["fields"] = frame["fields"].map(lambda fields: json.dumps(fields, ensure_ascii=False) if fields else "")
    return write_csv(frame, path_or_buf)


def _write_json(data: Any, path_or_buf: str | os.PathLike[str] | io.TextIOBase | None) -> str | None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if path_or_buf is None:
        return text
    if isinstance(path_or_buf, (str, os.PathLike)):
        Path(path_or_buf).write_text(text, encoding="utf-8")
    else:
        path_or_buf.write(text)
    return None


def to_json(annotations: Any, path_or_buf: str | os.PathLike[str] | io.TextIOBase | None = None) -> str | None:
    """The annotations as a JSON list, each as stored in the sidecar file. Returns the text when
    no path or buffer is given."""
    return _write_json([a.to_dict() for a in _annotations(annotations)], path_or_buf)


def _date(timestamp: str) -> str:
    return timestamp[:10]


def _article_id(article: Article) -> str:
    """How the exports name the article: its URL, else its file as a ``file:`` URI, else its hash."""
    if article.meta.url:
        return article.meta.url
    if article.meta.source_path:
        return Path(article.meta.source_path).resolve().as_uri()
    return f"urn:sha256:{article.meta.sha256}"


def to_claimreview(
    article: Article,
    annotations: Any,
    *,
    publisher: str | None = None,
    review_url: str | None = None,
) -> list[dict[str, Any]]:
    """schema.org ClaimReview JSON-LD, one per claim annotation with a verdict (not "unreviewed").

    ``claimReviewed`` and ``itemReviewed.text`` hold the claim's words as quoted in the article;
    ``itemReviewed.appearance`` is the article; the reviewer is the annotator (and ``publisher``,
    the organisation, if given).
    """
    appearance: dict[str, Any] = {"@type": "NewsArticle", "url": _article_id(article)}
    if article.meta.title:
        appearance["headline"] = article.meta.title
    if article.meta.date:
        appearance["datePublished"] = article.meta.date.isoformat()
    claim_author = article.meta.outlet or article.meta.author
    reviews = []
    for annotation in _annotations(annotations):
        if annotation.target != "claim" or not annotation.reviewed:
            continue
        item: dict[str, Any] = {"@type": "Claim", "text": annotation.quote, "appearance": appearance}
        if claim_author:
            item["author"] = {"@type": "Organization", "name": claim_author}
        if article.meta.date:
            item["datePublished"] = article.meta.date.isoformat()
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": annotation.verdict}
        if annotation.verdict in RATING_VALUES:
            rating.update(ratingValue=RATING_VALUES[annotation.verdict], worstRating=1, bestRating=5)
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "identifier": annotation.id,
            "claimReviewed": annotation.quote,
            "itemReviewed": item,
            "reviewRating": rating,
            "author": {"@type": "Person", "name": annotation.annotator},
            "datePublished": _date(annotation.modified),
        }
        if publisher:
            review["publisher"] = {"@type": "Organization", "name": publisher}
        if review_url:
            review["url"] = f"{review_url}#{annotation.id}"
        if annotation.note:
            review["reviewBody"] = annotation.note
        if annotation.evidence:
            review["citation"] = list(annotation.evidence)
        reviews.append(review)
    return reviews


def _is_link(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def _bodies(annotation: Annotation) -> list[dict[str, Any]]:
    """The W3C bodies of an annotation: verdict (assessing), note (commenting), tags (tagging),
    corrected source fields (describing), evidence (linking: a web page, or a text)."""

    def text(value: str, purpose: str) -> dict[str, Any]:
        return {"type": "TextualBody", "value": value, "purpose": purpose, "format": "text/plain"}

    bodies = [text(annotation.verdict, "assessing")]
    if annotation.note:
        bodies.append(text(annotation.note, "commenting"))
    bodies.extend(text(tag, "tagging") for tag in annotation.tags)
    bodies.extend(text(f"{name}: {value}", "describing") for name, value in annotation.fields.items())
    for item in annotation.evidence:
        bodies.append({"id": item, "type": "Text", "purpose": "linking"} if _is_link(item) else text(item, "linking"))
    bodies.append(text(annotation.key, "identifying"))
    return bodies


def _urn(identifier: str) -> str:
    """``urn:uuid:...`` for a uuid hex id (as the store makes them), else a workbench URN."""
    try:
        return uuid.UUID(hex=identifier).urn
    except ValueError:
        return f"urn:workbench:{identifier}"


def to_web_annotations(article: Article, annotations: Any) -> list[dict[str, Any]]:
    """W3C Web Annotation JSON-LD, one per annotation, targeting the article by a
    TextQuoteSelector (exact, prefix, suffix) and — when the anchor is where it says in this
    article's text — a TextPositionSelector (start, end)."""
    source = _article_id(article)
    result = []
    for annotation in _annotations(annotations):
        anchor = annotation.anchor
        selectors: list[dict[str, Any]] = [
            {"type": "TextQuoteSelector", "exact": anchor.quote, "prefix": anchor.prefix, "suffix": anchor.suffix}
        ]
        if anchor.matches(article.text):
            selectors.append({"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end})
        result.append(
            {
                "@context": "http://www.w3.org/ns/anno.jsonld",
                "id": _urn(annotation.id),
                "type": "Annotation",
                "motivation": "assessing" if annotation.reviewed else "commenting",
                "creator": {"type": "Person", "name": annotation.annotator},
                "created": annotation.created,
                "modified": annotation.modified,
                "body": _bodies(annotation),
                "target": {"source": source, "selector": selectors},
            }
        )
    return result
