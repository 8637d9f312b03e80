"""Exports of annotations: CSV, JSON, schema.org ClaimReview and W3C Web Annotation JSON-LD."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest

import workbench
from workbench.annotations import (
    Annotation,
    AnnotationStore,
    to_claimreview,
    to_csv,
    to_json,
    to_web_annotations,
)

PUTIN_QUOTE = "Our North Korean friends’ move was guided by a sense of solidarity, justice, and genuine camaraderie,"
TREATY = "This treaty marked a significant milestone"
ZELENSKYY = "Volodymyr Zelenskyy"


@pytest.fixture
def store(seed_copy: Path) -> AnnotationStore:
    article = workbench.load(seed_copy)
    store = AnnotationStore.open(article, "alice")
    for key, phrase, values in [
        ("claim:4", PUTIN_QUOTE, dict(verdict="opinion", note="a tribute, not a fact", tags=["quote", "Kremlin"])),
        (
            "claim:7",
            TREATY,
            dict(verdict="partly true", confidence=0.7, evidence=["https://example.org/treaty", "UN report"]),
        ),
        ("claim:9", "captured North Korean soldier", {}),  # unreviewed
        (
            "source:Volodymyr Zelenskyy",
            ZELENSKYY,
            dict(fields={"type": "official", "side": "Ukraine"}, verdict="verified"),
        ),
    ]:
        start = article.text.index(phrase)
        store.upsert(key, start=start, end=start + len(phrase), **values)
    return store


def test_claimreview_only_for_claims_with_a_verdict(store: AnnotationStore):
    reviews = to_claimreview(store.article, store)
    assert [r["claimReviewed"] for r in reviews] == [PUTIN_QUOTE, TREATY]


def test_claimreview_has_the_fields_fact_check_markup_requires(store: AnnotationStore):
    review = to_claimreview(
        store.article, store.annotations, publisher="Desk", review_url="https://desk.example/review"
    )[1]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "partly true",
        "ratingValue": 3,
        "worstRating": 1,
        "bestRating": 5,
    }
    assert review["itemReviewed"]["@type"] == "Claim" and review["itemReviewed"]["text"] == TREATY
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "WE"}
    assert review["itemReviewed"]["appearance"]["headline"] == store.article.meta.title
    assert review["itemReviewed"]["appearance"]["url"].startswith("file:///")
    assert review["author"] == {"@type": "Person", "name": "alice"}
    assert review["publisher"] == {"@type": "Organization", "name": "Desk"}
    assert len(review["datePublished"]) == 10 and review["datePublished"][4] == "-"
    assert review["citation"] == ["https://example.org/treaty", "UN report"]
    assert review["url"].startswith("https://desk.example/review#")
    opinion = to_claimreview(store.article, store)[0]
    assert "ratingValue" not in opinion["reviewRating"] and opinion["reviewBody"] == "a tribute, not a fact"
    json.dumps(to_claimreview(store.article, store))  # JSON-LD is plain JSON


def test_web_annotations_select_exactly_the_annotated_text(store: AnnotationStore):
    text = store.article.text
    exported = to_web_annotations(store.article, store)
    assert len(exported) == 4
    for annotation in exported:
        assert annotation["@context"] == "http://www.w3.org/ns/anno.jsonld" and annotation["type"] == "Annotation"
        assert annotation["id"].startswith("urn:uuid:") and annotation["creator"]["name"] == "alice"
        quote, position = annotation["target"]["selector"]
        assert quote["type"] == "TextQuoteSelector" and position["type"] == "TextPositionSelector"
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"]) and quote["prefix"]
        assert text[position["end"] :].startswith(quote["suffix"]) and quote["suffix"]
        assert annotation["target"]["source"] == Path(store.article.meta.source_path).resolve().as_uri()
    json.dumps(exported)


def test_web_annotation_bodies_carry_verdict_note_tags_fields_and_evidence(store: AnnotationStore):
    putin, treaty, soldier, zelenskyy = to_web_annotations(store.article, store)

    def purposes(a):
        return [(b["purpose"], b.get("value", b.get("id"))) for b in a["body"]]

    assert purposes(putin) == [
        ("assessing", "opinion"),
        ("commenting", "a tribute, not a fact"),
        ("tagging", "quote"),
        ("tagging", "Kremlin"),
        ("identifying", "claim:4"),
    ]
    assert ("linking", "https://example.org/treaty") in purposes(treaty) and ("linking", "UN report") in purposes(
        treaty
    )
    assert {"id": "https://example.org/treaty", "type": "Text", "purpose": "linking"} in treaty["body"]
    assert ("describing", "side: Ukraine") in purposes(zelenskyy)
    assert putin["motivation"] == "assessing" and soldier["motivation"] == "commenting"
    assert all(b["type"] == "TextualBody" for b in putin["body"])


def test_an_annotation_no_longer_in_the_text_is_exported_by_quote_only(store: AnnotationStore):
    edited = workbench.load_text(store.article.text.replace(TREATY, "The treaty was a turning point"))
    [treaty] = [a for a in to_web_annotations(edited, store) if a["target"]["selector"][0]["exact"] == TREATY]
    assert [s["type"] for s in treaty["target"]["selector"]] == ["TextQuoteSelector"]
    assert treaty["target"]["source"] == f"urn:sha256:{edited.meta.sha256}"


def test_csv_has_a_row_per_annotation_with_lists_joined(store: AnnotationStore, tmp_path: Path):
    out = tmp_path / "annotations.csv"
    assert to_csv(store, out) is None
    table = pd.read_csv(out, keep_default_na=False)
    assert list(table["key"]) == ["claim:4", "claim:7", "claim:9", "source:Volodymyr Zelenskyy"]
    assert list(table["verdict"]) == ["opinion", "partly true", "unreviewed", "verified"]
    assert table.loc[0, "tags"] == "quote | Kremlin"
    assert json.loads(table.loc[3, "fields"]) == {"type": "official", "side": "Ukraine"}
    assert table.loc[1, "quote"] == TREATY and table.loc[1, "start"] == store.article.text.index(TREATY)
    assert to_csv(store.annotations).splitlines()[0].startswith("key,target,verdict,confidence,note,tags")


def test_json_round_trips_each_annotation(store: AnnotationStore):
    buffer = io.StringIO()
    to_json(store, buffer)
    assert [Annotation.from_dict(d) for d in json.loads(buffer.getvalue())] == store.annotations
    assert json.loads(to_json([])) == []
