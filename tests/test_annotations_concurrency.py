"""Two windows (two kernels, a notebook and the Voilà app) saving one annotator's sidecar: each
save reads, compares and writes under a lock; a change saved meanwhile is merged, a clash refused
loudly; a save that returns normally is on disk."""

from __future__ import annotations

import fcntl
import json
import multiprocessing
import os
from pathlib import Path

import pytest

import workbench
from workbench.annotations import AnnotationError, AnnotationStore, filesafe, load_annotations, sidecar_path
from workbench.annotations.threeway import three_way

PUTIN_QUOTE = "Our North Korean friends’ move was guided by a sense of solidarity, justice, and genuine camaraderie,"
TREATY = "This treaty marked a significant milestone"


@pytest.fixture
def article(seed_copy: Path) -> workbench.Article:
    return workbench.load(seed_copy)


def span_of(article: workbench.Article, phrase: str) -> dict[str, int]:
    start = article.text.index(phrase)
    return {"start": start, "end": start + len(phrase)}


@pytest.fixture
def two_windows(article: workbench.Article) -> tuple[AnnotationStore, AnnotationStore]:
    first = AnnotationStore.open(article, "alice")
    first.upsert("claim:4", **span_of(article, PUTIN_QUOTE), verdict="opinion")
    first.upsert("claim:7", **span_of(article, TREATY), verdict="partly true")
    return first, AnnotationStore.open(article, "alice")


def on_disk(store: AnnotationStore) -> dict[str, dict]:
    return {a.key: a.to_dict() for a in load_annotations(store.path)}


def test_changes_to_different_annotations_in_two_windows_are_merged(two_windows, article):
    first, second = two_windows
    second.upsert("claim:4", note="from the second window")
    first.upsert("claim:7", verdict="false")
    first.upsert("source:Putin", **span_of(article, "Vladimir Putin"), fields={"side": "Russia"})
    saved = on_disk(first)
    assert saved["claim:4"]["note"] == "from the second window"
    assert saved["claim:7"]["verdict"] == "false"
    assert saved["source:Putin"]["fields"] == {"side": "Russia"}
    assert first.get("claim:4").note == "from the second window"  # the store now shows the merge
    second.remove("claim:4")  # and the second window merges the first's changes in turn
    assert set(on_disk(first)) == {"claim:7", "source:Putin"}
    assert on_disk(first)["claim:7"]["verdict"] == "false"


def test_changes_to_different_fields_of_one_annotation_are_merged(two_windows):
    first, second = two_windows
    second.upsert("claim:4", note="needs a second source")
    first.upsert("claim:4", verdict="disputed", tags=["Kremlin"])
    saved = on_disk(first)["claim:4"]
    assert (saved["verdict"], saved["note"], saved["tags"]) == ("disputed", "needs a second source", ["Kremlin"])


def test_the_same_field_changed_in_two_windows_is_refused_and_the_file_kept(two_windows):
    first, second = two_windows
    second.upsert("claim:4", verdict="verified")
    theirs = first.path.read_bytes()
    with pytest.raises(AnnotationError) as refused:
        first.upsert("claim:4", verdict="false")
    assert "changed on disk since this store read it" in refused.value.problem
    assert "both changed claim:4 (verdict)" in refused.value.problem
    assert "not overwritten — reopen it" in refused.value.problem
    assert first.path.read_bytes() == theirs
    reopened = AnnotationStore.open(first.article, "alice")  # as the message advises
    reopened.upsert("claim:4", verdict="false")
    assert on_disk(reopened)["claim:4"]["verdict"] == "false"


def test_the_same_change_in_two_windows_is_no_conflict(two_windows):
    first, second = two_windows
    second.upsert("claim:4", verdict="verified")
    first.upsert("claim:4", verdict="verified", note="agreed")
    assert on_disk(first)["claim:4"]["note"] == "agreed"


def test_removing_what_the_other_window_changed_is_refused(two_windows):
    first, second = two_windows
    second.upsert("claim:7", note="keep this one")
    with pytest.raises(AnnotationError, match=r"claim:7 \(changed there, removed here\)"):
        first.remove("claim:7")
    assert on_disk(first)["claim:7"]["note"] == "keep this one"


def test_two_windows_opened_before_the_file_existed_both_keep_their_annotations(article):
    first, second = AnnotationStore.open(article, "alice"), AnnotationStore.open(article, "alice")
    first.upsert("claim:4", **span_of(article, PUTIN_QUOTE))
    second.upsert("claim:7", **span_of(article, TREATY))
    assert set(on_disk(first)) == {"claim:4", "claim:7"}


def test_a_save_waits_for_the_lock_and_a_lock_held_too_long_is_refused_loudly(article, monkeypatch):
    store = AnnotationStore.open(article, "alice")
    store.upsert("claim:4", **span_of(article, PUTIN_QUOTE))
    before = store.path.read_bytes()
    lock = os.open(filesafe.lock_path(store.path), os.O_RDWR)
    fcntl.flock(lock, fcntl.LOCK_EX)  # another program in the middle of a save
    try:
        monkeypatch.setattr(filesafe, "LOCK_TIMEOUT", 0.2)
        with pytest.raises(AnnotationError, match=r"is being saved by another program .*; not saved"):
            store.upsert("claim:4", verdict="false")
        assert store.path.read_bytes() == before
    finally:
        os.close(lock)
    store.upsert("claim:4", verdict="false")  # the lock released, the change (kept in memory) is saved
    assert on_disk(store)["claim:4"]["verdict"] == "false"


def test_the_three_way_merge_takes_each_side_where_only_it_changed(article):
    store = AnnotationStore.open(article, "alice")
    base = store.upsert("claim:4", **span_of(article, PUTIN_QUOTE))
    theirs_changed = store.upsert("claim:4", note="theirs")
    mine_changed = store.upsert("claim:4", note="", verdict="false")
    merged, conflicts = three_way(
        {"claim:4": base}, {"claim:4": theirs_changed}, {"claim:4": mine_changed}, {"claim:4": frozenset({"verdict"})}
    )
    assert conflicts == [] and (merged["claim:4"].verdict, merged["claim:4"].note) == ("false", "theirs")
    merged, conflicts = three_way({}, {}, {"claim:4": base}, {"claim:4": None})
    assert conflicts == [] and merged == {"claim:4": base}


# --- the race of the reliability probe ---------------------------------------------------------------

SAVES = 500


def _writer(article_path: str, name: str, out: str) -> None:  # runs in a forked process
    article = workbench.load(article_path)
    store, acknowledged, refused = AnnotationStore.open(article, "alice"), [], 0
    for i in range(SAVES):
        while True:
            try:
                store.upsert(f"span:{name}-{i}", start=10 + i, end=50 + i, note="x")
                acknowledged.append(f"span:{name}-{i}")
                break
            except AnnotationError:  # refused: reopen and redo, as the message advises
                refused += 1
                store = AnnotationStore.open(article, "alice")
    Path(out).write_text(json.dumps({"acknowledged": acknowledged, "refused": refused}))


def test_two_processes_saving_500_times_each_as_one_annotator_lose_nothing(seed_copy: Path):
    context = multiprocessing.get_context("fork")
    outs = {name: seed_copy.parent / f"{name}.json" for name in ("p1", "p2")}
    writers = [context.Process(target=_writer, args=(str(seed_copy), name, str(out))) for name, out in outs.items()]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(timeout=300)
        assert writer.exitcode == 0
    results = [json.loads(out.read_text()) for out in outs.values()]
    acknowledged = [key for result in results for key in result["acknowledged"]]
    stored = {a.key for a in load_annotations(sidecar_path(seed_copy, "alice"))}
    lost = set(acknowledged) - stored
    print(
        f"acknowledged {len(acknowledged)}, on disk {len(stored)}, lost {len(lost)}, "
        f"refused {sum(r['refused'] for r in results)}"
    )
    assert len(acknowledged) == 2 * SAVES and lost == set() and len(stored) == 2 * SAVES
    assert [p.name for p in seed_copy.parent.iterdir() if p.name.endswith(".tmp")] == []
