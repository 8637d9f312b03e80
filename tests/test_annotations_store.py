"""The annotation sidecar store: autosave, atomic saves, corrupt files, edits of the text, merging."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench.annotations import (
    VERDICTS,
    AnnotationError,
    AnnotationStore,
    load_annotations,
    merge_stores,
    sidecar_path,
)
from workbench.annotations import store as store_module
from workbench.errors import WorkbenchError

SEED = Path(__file__).resolve().parents[1] / "sample_articles" / "seed_article.txt"
PUTIN_QUOTE = "Our North Korean friends’ move was guided by a sense of solidarity, justice, and genuine camaraderie,"
TREATY = "This treaty marked a significant milestone"


@pytest.fixture
def article_path(seed_copy: Path) -> Path:
    return seed_copy


@pytest.fixture
def article(article_path: Path) -> workbench.Article:
    return workbench.load(article_path)


def span_of(article: workbench.Article, phrase: str) -> dict[str, int]:
    start = article.text.index(phrase)
    return {"start": start, "end": start + len(phrase)}


def annotate_two(store: AnnotationStore) -> None:
    store.upsert("claim:4", **span_of(store.article, PUTIN_QUOTE), verdict="opinion", note="a tribute, not a fact")
    store.upsert("claim:7", **span_of(store.article, TREATY), verdict="partly true", tags=["treaty"])


# --- the file ---------------------------------------------------------------------------------


def test_sidecar_sits_beside_the_article_named_by_annotator(article_path: Path):
    assert sidecar_path(article_path, "alice") == article_path.with_name("seed_article.txt.alice.annotations.json")


@pytest.mark.parametrize("name", ["", "../bob", "a/b", "x.y", " alice", "a" * 65])
def test_annotator_names_that_cannot_be_file_names_are_refused(article_path: Path, name: str):
    with pytest.raises(AnnotationError):
        sidecar_path(article_path, name)


def test_opening_writes_nothing_and_the_first_change_saves(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    assert store.annotations == [] and store.warnings == []
    assert not store.path.exists()
    store.upsert("claim:4", **span_of(article, PUTIN_QUOTE), verdict="opinion")
    saved = json.loads(store.path.read_text("utf-8"))
    assert saved["schema"] == "workbench.annotations" and saved["schema_version"] == 1
    assert saved["article"]["sha256"] == article.meta.sha256
    assert saved["article"]["title"] == article.meta.title
    assert saved["annotator"] == "alice"
    [stored] = saved["annotations"]
    assert stored["key"] == "claim:4" and stored["verdict"] == "opinion" and stored["target"] == "claim"
    assert stored["anchor"]["quote"] == PUTIN_QUOTE
    assert stored["created"].endswith("Z") and len(stored["id"]) == 32


def test_every_change_is_saved_and_reads_back_the_same(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    store.upsert(
        "source:Vladimir Putin", **span_of(article, "Vladimir Putin"), fields={"type": "official", "side": "Russia"}
    )
    store.upsert("claim:7", confidence=0.8, evidence=["https://example.org/treaty"])
    reopened = AnnotationStore.open(article, "alice")
    assert reopened.annotations == store.annotations
    assert reopened.warnings == [] and reopened.unanchored == []
    treaty = reopened.get("claim:7")
    assert (treaty.verdict, treaty.confidence, treaty.tags) == ("partly true", 0.8, ["treaty"])
    assert treaty.evidence == ["https://example.org/treaty"]
    assert reopened.get("source:Vladimir Putin").target == "source"
    assert reopened.get("source:Vladimir Putin").fields == {"type": "official", "side": "Russia"}


def test_an_update_keeps_id_and_created_and_moves_modified(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    first = store.upsert("claim:4", **span_of(article, PUTIN_QUOTE))
    assert first.verdict == "unreviewed"
    updated = store.upsert("claim:4", verdict="disputed", note="check", confidence=0.5)
    assert (updated.id, updated.created) == (first.id, first.created)
    assert updated.modified >= first.modified
    assert store.upsert("claim:4", confidence=None).confidence is None
    tagged = store.upsert("claim:4", tags="Kremlin", evidence=["https://example.org"], fields={"side": "Russia"})
    assert (tagged.tags, tagged.evidence, tagged.fields) == (["Kremlin"], ["https://example.org"], {"side": "Russia"})
    cleared = store.upsert("claim:4", tags=None, evidence=[], fields=None)
    assert (cleared.tags, cleared.evidence, cleared.fields) == ([], [], {})
    assert len(store) == 1


def test_an_update_that_changes_nothing_does_not_rewrite_the_file(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    store.upsert("claim:4", **span_of(article, PUTIN_QUOTE), verdict="opinion")
    before = store.path.read_bytes()
    store.upsert("claim:4", verdict="opinion")
    assert store.path.read_bytes() == before


def test_remove_saves_and_a_missing_key_is_no_change(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    assert store.remove("claim:4").key == "claim:4"
    assert store.remove("claim:4") is None
    assert [a.key for a in AnnotationStore.open(article, "alice").annotations] == ["claim:7"]


@pytest.mark.parametrize(
    "change",
    [
        {"verdict": "maybe"},
        {"confidence": 1.5},
        {"target": "paragraph"},
        {"start": 10, "end": 5},
        {"start": 0, "end": 10**7},
        {"tags": [1, 2]},
        {"tags": 5},
        {"fields": {"side": None}},
    ],
)
def test_bad_values_are_refused_and_the_file_keeps_its_content(article: workbench.Article, change: dict):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    before = store.path.read_bytes()
    with pytest.raises(AnnotationError, match="alice.annotations.json"):
        store.upsert("claim:4", **change)
    assert store.path.read_bytes() == before


def test_a_new_annotation_needs_its_span(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    with pytest.raises(AnnotationError, match="needs start and end"):
        store.upsert("claim:1", verdict="false")
    with pytest.raises(AnnotationError, match="both start and end"):
        store.upsert("claim:1", start=3)


def test_the_key_prefix_gives_the_target(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    span = span_of(article, TREATY)
    assert store.upsert("claim:1", **span).target == "claim"
    assert store.upsert("source:KCNA", **span).target == "source"
    assert store.upsert("note on treaty", **span).target == "span"


def test_an_article_without_a_file_needs_an_explicit_path(tmp_path: Path):
    pasted = workbench.load_text("Headline\n\nThe minister said the bridge will open in May.")
    with pytest.raises(AnnotationError, match="pass path="):
        AnnotationStore.open(pasted, "alice")
    store = AnnotationStore.open(pasted, "alice", path=tmp_path / "pasted.alice.annotations.json")
    store.upsert("claim:0", **span_of(pasted, "the bridge will open in May"), verdict="unverifiable")
    assert load_annotations(store.path)[0].verdict == "unverifiable"


def test_a_file_of_another_annotator_is_not_opened_as_yours(article: workbench.Article):
    annotate_two(AnnotationStore.open(article, "alice"))
    alice_file = sidecar_path(article.meta.source_path, "alice")
    with pytest.raises(AnnotationError, match="'alice'"):
        AnnotationStore.open(article, "bob", path=alice_file)
    assert AnnotationStore.open(article, path=alice_file).annotator == "alice"


# --- crashes and corrupt files -------------------------------------------------------------------


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_crash_in_the_middle_of_a_save_loses_nothing(article: workbench.Article, monkeypatch, failing: str):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    before = store.path.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, failing, crash)
    with pytest.raises(AnnotationError, match="could not be saved: No space left"):
        store.upsert("claim:4", verdict="false", note="changed my mind")
    monkeypatch.undo()

    assert store.path.read_bytes() == before
    assert [p.name for p in store.path.parent.iterdir() if p.name.endswith(".tmp")] == []
    assert load_annotations(store.path)[0].verdict == "opinion"
    assert store.get("claim:4").verdict == "false"  # still in memory, saved by the next change
    store.upsert("claim:4", tags=["retry"])
    assert load_annotations(store.path)[0].verdict == "false"


def test_a_crash_while_writing_json_leaves_the_previous_file(article: workbench.Article, monkeypatch):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    before = store.path.read_bytes()
    real_fdopen = os.fdopen

    class HalfWritten:
        """A temporary file whose write stops half way with a crash."""

        def __init__(self, *args, **kwargs):
            self.file = real_fdopen(*args, **kwargs)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.file.close()

        def write(self, data):
            self.file.write(data[: len(data) // 2])
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "fdopen", HalfWritten)
    with pytest.raises(KeyboardInterrupt):
        store.upsert("claim:7", verdict="false")
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert len(load_annotations(store.path)) == 2


CORRUPT = {
    "malformed JSON": b'{"schema": "workbench.annotations", "schema_version": 1, "annot',
    "not an object": b'[{"key": "claim:1"}]',
    "foreign schema": json.dumps({"schema": "hypothesis.export", "annotations": []}).encode(),
    "newer schema": json.dumps(
        {
            "schema": "workbench.annotations",
            "schema_version": 2,
            "article": {"sha256": "x"},
            "annotator": "alice",
            "created": "",
            "modified": "",
            "annotations": [],
        }
    ).encode(),
    "bad verdict": json.dumps(
        {
            "schema": "workbench.annotations",
            "schema_version": 1,
            "article": {"sha256": "x"},
            "annotator": "alice",
            "created": "",
            "modified": "",
            "annotations": [
                {
                    "id": "1",
                    "target": "claim",
                    "key": "claim:1",
                    "verdict": "meh",
                    "anchor": {"start": 0, "end": 4, "quote": "Seou"},
                }
            ],
        }
    ).encode(),
    "not UTF-8": b"\xff\xfe{\x00",
}
PROBLEMS = {
    "malformed JSON": "is not valid JSON",
    "not an object": "not an annotation file object",
    "foreign schema": "not a workbench annotation file",
    "newer schema": "newer workbench",
    "bad verdict": "annotation 0: claim:1: verdict 'meh'",
    "not UTF-8": "not UTF-8",
}


@pytest.mark.parametrize("kind", sorted(CORRUPT))
def test_a_corrupt_or_foreign_file_is_reported_and_left_byte_for_byte(article: workbench.Article, kind: str):
    path = sidecar_path(article.meta.source_path, "alice")
    path.write_bytes(CORRUPT[kind])
    with pytest.raises(AnnotationError) as raised:
        AnnotationStore.open(article, "alice")
    assert isinstance(raised.value, WorkbenchError)
    assert raised.value.path == str(path) and PROBLEMS[kind] in raised.value.problem
    with pytest.raises(AnnotationError):
        load_annotations(path)
    # a store made without reading it (or for a fresh start) refuses to write over it
    blind = AnnotationStore(article, "alice", path)
    with pytest.raises(AnnotationError, match=r"not read by this store and cannot be merged \(.*\); not overwritten"):
        blind.upsert("claim:4", **span_of(article, PUTIN_QUOTE), verdict="false")
    assert path.read_bytes() == CORRUPT[kind]


def test_a_deleted_file_is_written_again(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    store.path.unlink()
    store.upsert("claim:7", verdict="verified")
    assert len(load_annotations(store.path)) == 2


def test_temporary_files_left_by_a_killed_save_are_removed_on_the_next_open(article: workbench.Article):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    folder = store.path.parent
    orphans = [folder / f".{store.path.name}.x{i}.tmp" for i in range(2)]
    for orphan in orphans:
        orphan.write_bytes(b'{"half a sa')
    other = folder / ".unrelated.txt.tmp"  # not this sidecar's
    other.write_bytes(b"keep")
    reopened = AnnotationStore.open(article, "alice")
    assert not any(orphan.exists() for orphan in orphans) and other.exists()
    assert reopened.warnings == [f"{store.path.name}: removed 2 temporary file(s) left by an interrupted save"]
    assert len(reopened) == 2


def test_orphans_are_found_by_name_even_when_it_holds_glob_characters(tmp_path: Path):
    path = tmp_path / "report[1].txt"
    path.write_text("Report\n\nThe mayor said the road would reopen.\n", encoding="utf-8")
    article = workbench.load(path)
    store = AnnotationStore.open(article, "alice")
    store.upsert("claim:1", start=8, end=17)
    orphan = tmp_path / f".{store.path.name}.abc.tmp"
    orphan.write_bytes(b"{")
    other = tmp_path / ".report1.txt.alice.annotations.json.abc.tmp"  # what the glob report[1] would match
    other.write_bytes(b"{")
    AnnotationStore.open(article, "alice")
    assert not orphan.exists() and other.exists()


def test_a_sidecar_over_the_size_limit_is_refused_with_a_clear_error(article: workbench.Article, monkeypatch):
    store = AnnotationStore.open(article, "alice")
    annotate_two(store)
    size = store.path.stat().st_size
    monkeypatch.setattr(store_module, "MAX_FILE_BYTES", size - 1)
    with pytest.raises(AnnotationError, match=f"is {size:,} bytes, over the limit of {size - 1:,} for an annotation"):
        AnnotationStore.open(article, "alice")
    monkeypatch.setattr(store_module, "MAX_FILE_BYTES", size + 10)
    before = store.path.read_bytes()
    with pytest.raises(AnnotationError, match=r"would be [\d,]+ bytes, over the limit of [\d,]+; not saved"):
        store.upsert("claim:4", note="a long note " * 20)
    assert store.path.read_bytes() == before


def test_a_sidecar_nested_200000_deep_is_a_clear_error_naming_the_file(article: workbench.Article):
    path = sidecar_path(article.meta.source_path, "alice")
    path.write_text("[" * 200_000 + "]" * 200_000)
    with pytest.raises(AnnotationError, match="nested too deeply") as raised:
        AnnotationStore.open(article, "alice")
    assert raised.value.path == str(path)
    with pytest.raises(AnnotationError, match="nested too deeply"):
        merge_stores(article, path.parent)
    assert "nested too deeply" in merge_stores(article, path.parent, errors="skip").attrs["warnings"][0]


def test_a_save_keeps_the_keys_a_newer_version_wrote(article: workbench.Article):
    annotate_two(AnnotationStore.open(article, "alice"))
    path = sidecar_path(article.meta.source_path, "alice")
    document = json.loads(path.read_text("utf-8"))
    document["reviewed_with"] = {"tool": "workbench 9", "checklist": [1, 2]}
    document["annotations"][0]["severity"] = "high"
    path.write_text(json.dumps(document), "utf-8")

    store = AnnotationStore.open(article, "alice")
    store.upsert("claim:4", note="edited by an older workbench")
    store.upsert("claim:9", **span_of(article, "Vladimir Putin"))
    saved = json.loads(path.read_text("utf-8"))
    assert saved["reviewed_with"] == {"tool": "workbench 9", "checklist": [1, 2]}
    [claim4] = [a for a in saved["annotations"] if a["key"] == "claim:4"]
    assert claim4["severity"] == "high" and claim4["note"] == "edited by an older workbench"
    assert "severity" not in store.frame().columns  # the table keeps its documented columns


@pytest.mark.parametrize("spelling", ["ａｌｉｃｅ", "ａlice", "alice"])
def test_annotator_names_are_nfkc_normalised_so_full_width_alice_is_alice(article: workbench.Article, spelling):
    store = AnnotationStore.open(article, spelling)
    assert store.annotator == "alice" and store.path == sidecar_path(article.meta.source_path, "alice")
    store.upsert("claim:4", **span_of(article, PUTIN_QUOTE))
    assert AnnotationStore.open(article, "alice").annotations == store.annotations


@pytest.mark.parametrize("name", ["．．／bob", "a／b", "x．y", "\u2024\u2024/etc"])
def test_full_width_dots_and_slashes_cannot_escape_the_folder(article_path: Path, name: str):
    with pytest.raises(AnnotationError, match="annotator name"):
        sidecar_path(article_path, name)


# --- the text changed since ----------------------------------------------------------------------


def edit_article(path: Path, old: str, new: str) -> workbench.Article:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    return workbench.load(path)


def test_annotations_follow_their_quote_after_an_edit(article_path: Path, article: workbench.Article):
    annotate_two(AnnotationStore.open(article, "alice"))
    first_paragraph = "(WE) — In a move"
    edited = edit_article(article_path, first_paragraph, "(WE) — Updated 9 May, with a correction. In a move")

    store = AnnotationStore.open(edited, "alice")
    assert "text changed since these annotations were saved" in store.warnings[0]
    assert any(w.startswith("claim:4: re-anchored") for w in store.warnings)
    assert store.unanchored == []
    for annotation in store.annotations:
        assert edited.text[annotation.start : annotation.end] == annotation.quote
    shift = len("Updated 9 May, with a correction. ")
    assert store.get("claim:7").start == article.text.index(TREATY) + shift


def test_an_annotation_whose_text_was_deleted_is_kept_flagged_and_reported(article_path: Path, article):
    annotate_two(AnnotationStore.open(article, "alice"))
    edited = edit_article(article_path, TREATY, "The treaty was a turning point")

    store = AnnotationStore.open(edited, "alice")
    assert [a.key for a in store.unanchored] == ["claim:7"]
    assert any("claim:7: could not re-anchor" in w and "flagged unanchored" in w for w in store.warnings)
    assert [a.key for a in store.annotations] == ["claim:4", "claim:7"]
    assert store.frame().set_index("key")["anchored"].to_dict() == {"claim:4": True, "claim:7": False}

    store.upsert("claim:4", note="after the edit")  # saving keeps the unanchored one
    assert [a.key for a in load_annotations(store.path)] == ["claim:4", "claim:7"]
    assert [a.key for a in AnnotationStore.open(edited, "alice").unanchored] == ["claim:7"]

    treaty = edited.text.index("The treaty was a turning point")
    store.upsert("claim:7", start=treaty, end=treaty + 30)  # re-anchored by hand
    assert store.unanchored == []


def test_a_file_written_for_another_article_is_flagged(article: workbench.Article, tmp_path: Path):
    other = workbench.load_text("Other\n\nThe mayor said the harbour will reopen.", name=str(tmp_path / "other.txt"))
    store = AnnotationStore.open(other, "alice")
    store.upsert("claim:0", **span_of(other, "the harbour will reopen"), verdict="false")
    misplaced = AnnotationStore.open(article, "alice", path=store.path)
    assert any("was written for" in w and "other.txt" in w and "another article?" in w for w in misplaced.warnings)
    assert [a.key for a in misplaced.unanchored] == ["claim:0"]


# --- several annotators ---------------------------------------------------------------------------


def test_two_annotators_write_two_files_merged_on_load(article: workbench.Article):
    alice = AnnotationStore.open(article, "alice")
    annotate_two(alice)
    bob = AnnotationStore.open(article, "bob")
    bob.upsert("claim:4", **span_of(article, PUTIN_QUOTE), verdict="verified", note="he did say it")
    assert alice.path != bob.path and alice.path.exists() and bob.path.exists()

    merged = merge_stores(article, article_path_folder(article))
    assert sorted(zip(merged["annotator"], merged["key"], merged["verdict"])) == [
        ("alice", "claim:4", "opinion"),
        ("alice", "claim:7", "partly true"),
        ("bob", "claim:4", "verified"),
    ]
    assert set(merged["file"]) == {str(alice.path), str(bob.path)}
    assert merged["anchored"].all() and merged.attrs["warnings"] == []
    by_list = merge_stores(article, [bob.path, alice.path])
    assert list(by_list["annotator"]) == ["bob", "alice", "alice"]


def article_path_folder(article: workbench.Article) -> Path:
    return Path(article.meta.source_path).parent


def test_merging_a_folder_ignores_other_articles_and_reports_broken_files(article: workbench.Article, tmp_path: Path):
    annotate_two(AnnotationStore.open(article, "alice"))
    other = workbench.load_text(
        "Other\n\nA different article entirely, said the mayor.", name=str(tmp_path / "other.txt")
    )
    AnnotationStore.open(other, "carol").upsert("claim:0", **span_of(other, "A different article"), verdict="false")
    broken = tmp_path / "seed_article.txt.dave.annotations.json"
    broken.write_bytes(b"{not json")

    with pytest.raises(AnnotationError, match="dave.annotations.json: is not valid JSON"):
        merge_stores(article, tmp_path)
    merged = merge_stores(article, tmp_path, errors="skip")
    assert set(merged["annotator"]) == {"alice"}
    assert any("dave.annotations.json" in w for w in merged.attrs["warnings"])
    assert broken.read_bytes() == b"{not json"


def test_merging_nothing_gives_an_empty_table_with_the_columns(article: workbench.Article, tmp_path: Path):
    merged = merge_stores(article, [])
    assert merged.empty and {"annotator", "key", "verdict", "file"} <= set(merged.columns)


# --- property: whatever an annotator types comes back unchanged ----------------------------------

TYPED = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None)
@given(
    verdict=st.sampled_from(VERDICTS),
    note=TYPED,
    tags=st.lists(TYPED, max_size=4),
    evidence=st.lists(TYPED, max_size=3),
    fields=st.dictionaries(st.sampled_from(["type", "affiliation", "side"]), TYPED),
    confidence=st.none() | st.floats(0, 1),
    span=st.tuples(st.integers(0, 5000), st.integers(1, 300)),
)
def test_any_values_typed_survive_a_save_and_reload(verdict, note, tags, evidence, fields, confidence, span):
    article = workbench.load(SEED)
    start, length = span
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.annotations.json"
        store = AnnotationStore.open(article, "alice", path=path)
        store.upsert(
            "span:any",
            start=start,
            end=start + length,
            verdict=verdict,
            note=note,
            tags=tags,
            evidence=evidence,
            fields=fields,
            confidence=confidence,
        )
        assert AnnotationStore.open(article, "alice", path=path).annotations == store.annotations
