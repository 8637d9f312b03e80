"""The corpus store: what a build writes, and that a second build only adds what is new."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path

import pandas as pd
import pytest
from corpus_helpers import copy_samples, news_text, tables, write_articles

from workbench import analyze, load
from workbench.corpus import build_corpus, connect
from workbench.corpus.store import DATABASE, built_by
from workbench.errors import WorkbenchError
from workbench.load import expand_sources
from workbench.summary import ArticleSummary


def test_the_store_holds_every_article_and_the_exports_quotes_sources_and_claims(tmp_path: Path):
    samples = copy_samples(tmp_path)
    report = build_corpus([samples], tmp_path / "store", progress=False)

    results = {str(path): analyze(load(path)) for path in expand_sources(samples)}
    found = tables(tmp_path / "store")
    assert report.added == len(results) == len(found["articles"]) >= 9
    assert report.errors == []
    assert len(found["quotes"]) == sum(len(r.to_contract("x")["quotes"]) for r in results.values())
    assert len(found["sources"]) == sum(len(r.sourcing.sources) for r in results.values())
    assert len(found["claims"]) == sum(len(r.claims) for r in results.values())
    assert sorted(found["files"].path) == sorted(results)


def test_an_articles_row_is_its_summary_under_the_sha256_of_its_text(tmp_path: Path):
    path = copy_samples(tmp_path) / "seed_article.txt"
    build_corpus([path], tmp_path / "store", progress=False)

    result = analyze(load(path))
    (row,) = tables(tmp_path / "store")["articles"].to_dict("records")
    assert row["article_id"] == hashlib.sha256(result.article.text.encode("utf-8")).hexdigest()
    assert row["path"] == str(path)
    assert row["title"] == result.article.meta.title
    assert {k: row[k] for k in asdict(result.summary)} == pytest.approx(asdict(result.summary))
    assert set(asdict(result.summary)) == {f for f in ArticleSummary.__dataclass_fields__}


def test_quote_rows_carry_the_speaker_its_source_type_and_the_text_at_their_offsets(tmp_path: Path):
    path = copy_samples(tmp_path) / "seed_article.txt"
    build_corpus([path], tmp_path / "store", progress=False)
    text = load(path).text

    found = tables(tmp_path / "store")
    quotes = found["quotes"]
    assert (quotes.speaker == "Yang Moo-jin").sum() >= 3
    types = dict(zip(found["sources"].speaker, found["sources"].type))
    for row in quotes.dropna(subset=["speaker", "cue"]).to_dict("records"):
        assert row["source_type"] == types[row["speaker"]]
        assert text[row["cue_start"] : row["cue_end"]] == row["cue"]
    claims = found["claims"]
    assert all(text[r["start"] : r["end"]] == r["text"] for r in claims.to_dict("records"))
    assert claims.hedged.any() and claims.checkworthy.any()


def test_a_second_build_skips_every_unchanged_article_and_changes_nothing(tmp_path: Path):
    write_articles(tmp_path / "in", range(12))
    first = build_corpus([tmp_path / "in"], tmp_path / "store", batch_size=5, progress=False)
    before = tables(tmp_path / "store")

    again = build_corpus([tmp_path / "in"], tmp_path / "store", batch_size=5, progress=False)

    assert (first.added, first.unchanged) == (12, 0)
    assert (again.added, again.unchanged, again.articles) == (0, 12, 12)
    after = tables(tmp_path / "store")
    for table in before:
        pd.testing.assert_frame_equal(after[table], before[table])


def test_a_new_file_is_added_and_a_changed_file_replaces_its_old_version(tmp_path: Path):
    paths = write_articles(tmp_path / "in", range(6))
    build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    paths[0].write_text(news_text(100), encoding="utf-8")
    write_articles(tmp_path / "in", range(6, 7))

    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    assert (report.added, report.unchanged, report.removed) == (2, 5, 1)
    found = tables(tmp_path / "store")
    assert len(found["articles"]) == 7
    old_id = hashlib.sha256(news_text(0).encode("utf-8")).hexdigest()
    for table in ("articles", "quotes", "sources", "claims", "paths"):
        assert old_id not in set(found[table].article_id), table


def test_the_same_text_in_two_files_is_one_article_found_in_two_places(tmp_path: Path):
    (a,) = write_articles(tmp_path / "in", range(1))
    (tmp_path / "in" / "copy.txt").write_bytes(a.read_bytes())

    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    found = tables(tmp_path / "store")
    assert (report.articles, report.added, report.unchanged) == (2, 1, 1)
    assert len(found["articles"]) == 1 and len(found["paths"]) == 2


def test_a_bad_file_is_recorded_with_its_reason_and_the_build_goes_on(tmp_path: Path):
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "in" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "in" / "records.jsonl").write_text(
        '{"text": "' + news_text(7).replace("\n", "\\n") + '"}\n{not json\n{"title": "no text"}\n', encoding="utf-8"
    )

    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    errors = dict(tables(tmp_path / "store")["errors"].itertuples(index=False))
    assert report.added == 4
    assert "is empty" in errors[str(tmp_path / "in" / "empty.txt")]
    assert "binary" in errors[str(tmp_path / "in" / "binary.txt")]
    assert "not valid JSON" in errors[f"{tmp_path / 'in' / 'records.jsonl'}#2"]
    assert "no text" in errors[f"{tmp_path / 'in' / 'records.jsonl'}#3"]
    assert len(report.errors) == len(errors) == 4

    build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    assert len(tables(tmp_path / "store")["errors"]) == 4, "a second build does not repeat the errors"


def test_a_missing_input_is_an_error_not_a_crash(tmp_path: Path):
    report = build_corpus([tmp_path / "nowhere.txt"], tmp_path / "store", progress=False)

    assert report.errors == [(str(tmp_path / "nowhere.txt"), "no such file")]


def test_a_build_on_a_pool_of_processes_writes_the_same_tables(tmp_path: Path):
    write_articles(tmp_path / "in", range(20))
    build_corpus([tmp_path / "in"], tmp_path / "one", batch_size=3, progress=False)
    build_corpus([tmp_path / "in"], tmp_path / "two", jobs=2, batch_size=3, progress=False)

    one, two = tables(tmp_path / "one"), tables(tmp_path / "two")
    for table in one:
        pd.testing.assert_frame_equal(one[table], two[table])


def test_connect_refuses_a_folder_that_is_not_a_store(tmp_path: Path):
    from workbench.errors import WorkbenchError

    with pytest.raises(WorkbenchError, match="not a corpus store"):
        connect(tmp_path)


def test_a_store_that_is_not_a_duckdb_file_is_refused_naming_it(tmp_path: Path):
    from workbench.errors import WorkbenchError

    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "corpus.duckdb").write_text("not a database", encoding="utf-8")

    with pytest.raises(WorkbenchError, match="corpus.duckdb: cannot be opened"):
        build_corpus([copy_samples(tmp_path)], tmp_path / "store", progress=False)


def _rewrite(store: Path, *statements: str) -> None:
    """Change a store behind the workbench's back, as another version of it would have left it."""
    import duckdb

    with duckdb.connect(str(store / DATABASE)) as con:
        for statement in statements:
            con.execute(statement)


def test_a_store_built_by_another_version_is_refused_until_built_again_then_analysed_afresh(tmp_path: Path):
    write_articles(tmp_path / "in", range(4))
    build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    fresh = tables(tmp_path / "store")
    _rewrite(
        tmp_path / "store",
        "UPDATE store_info SET built_by = 'workbench 0.0.1, layout 000000000000'",
        "UPDATE quotes SET speaker = 'Stale Analysis'",
        "CREATE TABLE my_notes (note VARCHAR)",
        "INSERT INTO my_notes VALUES ('keep me')",
    )

    with pytest.raises(WorkbenchError, match=r"store: was built by workbench 0\.0\.1.*build it again"):
        connect(tmp_path / "store")
    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    assert (report.added, report.unchanged) == (4, 0)
    assert report.replaced == "workbench 0.0.1, layout 000000000000"
    assert "every article analysed again" in report.text()
    again = tables(tmp_path / "store")
    for table in ("articles", "quotes", "sources", "claims", "paths", "files"):
        pd.testing.assert_frame_equal(again[table], fresh[table])
    with connect(tmp_path / "store") as con:
        assert con.execute("SELECT built_by FROM store_info").fetchall() == [(built_by(),)]
        assert con.execute("SELECT note FROM my_notes").fetchall() == [("keep me",)], "the analyst's own table stays"


def test_a_store_from_before_the_stamp_with_an_older_layout_is_built_again(tmp_path: Path):
    write_articles(tmp_path / "in", range(2))
    build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    _rewrite(tmp_path / "store", "DROP TABLE store_info", "ALTER TABLE sources DROP COLUMN category")

    with pytest.raises(WorkbenchError, match="was built by an earlier workbench"):
        connect(tmp_path / "store")
    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    assert (report.added, report.replaced) == (2, "an earlier workbench")
    assert set(tables(tmp_path / "store")["sources"].category) >= {"person"}


def test_a_store_this_version_built_is_not_analysed_again(tmp_path: Path):
    write_articles(tmp_path / "in", range(2))
    build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)
    assert (report.added, report.unchanged, report.replaced) == (0, 2, None)
    assert "analysed again" not in report.text()
