"""What a corpus build reads: records files with their own column names, URLs, and the command line."""

from __future__ import annotations

import csv
import functools
import hashlib
import http.server
import json
import threading
from pathlib import Path

import pandas as pd
from corpus_helpers import copy_samples, news_text, tables, write_articles
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.cli import main
from workbench.corpus import Columns, build_corpus

RECORDS = [
    {"body_text": news_text(n), "headline": f"Plan {n}", "site": "City Post", "when": f"2024-03-{n + 10}"}
    for n in range(3)
]
COLUMNS = Columns(text="body_text", title="headline", outlet="site", published="when")


def _write_records(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    with open(folder / "b.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(RECORDS[0]))
        writer.writeheader()
        writer.writerows(RECORDS)
    pd.DataFrame(RECORDS).assign(when=lambda f: pd.to_datetime(f.when)).to_parquet(folder / "c.parquet")


def test_jsonl_csv_and_parquet_records_are_one_article_each_with_the_columns_named(tmp_path: Path):
    _write_records(tmp_path / "in")

    report = build_corpus([tmp_path / "in"], tmp_path / "store", columns=COLUMNS, progress=False)

    articles = tables(tmp_path / "store")["articles"]
    paths = tables(tmp_path / "store")["paths"]
    assert (report.added, report.unchanged, report.errors) == (3, 6, [])
    assert sorted(articles.title) == ["Plan 0", "Plan 1", "Plan 2"]
    assert set(articles.outlet) == {"City Post"}
    assert sorted(articles.published.dt.strftime("%Y-%m-%d")) == ["2024-03-10", "2024-03-11", "2024-03-12"]
    assert len(paths) == 9
    assert {p.rsplit("#", 1)[1] for p in paths.path} == {"1", "2", "3"}


def test_without_the_columns_named_the_records_have_no_text(tmp_path: Path):
    _write_records(tmp_path / "in")

    report = build_corpus([tmp_path / "in"], tmp_path / "store", progress=False)

    assert report.added == 0
    assert len(report.errors) == 9
    assert all("no text in column 'text'" in reason for _, reason in report.errors)


def test_the_default_columns_read_the_loaders_field_names(tmp_path: Path):
    record = {"content": news_text(1), "date": "2024-01-02", "outlet": "Daily"}
    (tmp_path / "r.json").write_text(json.dumps({"articles": [record]}), encoding="utf-8")

    build_corpus([tmp_path / "r.json"], tmp_path / "store", progress=False)

    (row,) = tables(tmp_path / "store")["articles"].to_dict("records")
    assert (row["published"].date().isoformat(), row["outlet"]) == ("2024-01-02", "Daily")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=300).filter(str.strip), min_size=1, max_size=4))
def test_a_records_article_id_is_the_sha256_of_its_text(tmp_path_factory, texts):
    folder = tmp_path_factory.mktemp("records")
    (folder / "r.jsonl").write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")

    build_corpus([folder / "r.jsonl"], folder / "store", progress=False)

    ids = set(tables(folder / "store")["articles"].article_id)
    assert ids == {hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts}


def test_a_url_is_fetched_once_and_read_as_the_page_it_serves(tmp_path: Path):
    samples = copy_samples(tmp_path)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(samples))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/example.html"
    try:
        first = build_corpus([url, url + "-missing"], tmp_path / "store", progress=False)
        again = build_corpus([url], tmp_path / "store", progress=False)
    finally:
        server.shutdown()

    (row,) = tables(tmp_path / "store")["articles"].to_dict("records")
    assert (row["path"], row["url"]) == (url, url)
    assert row["quotes"] > 0
    assert first.added == 1 and "cannot be fetched" in first.errors[0][1]
    assert (again.added, again.unchanged) == (0, 1)


def test_the_command_line_builds_reports_bad_files_and_exports_parquet(tmp_path: Path, capsys):
    write_articles(tmp_path / "in", range(3))
    (tmp_path / "in" / "empty.md").write_text("", encoding="utf-8")
    store = tmp_path / "store"

    assert main(["corpus", "build", str(tmp_path / "in"), "--store", str(store), "--quiet"]) == 1
    out, err = capsys.readouterr()
    assert "3 added" in out and "empty.md: is empty" in err
    assert main(["corpus", "build", str(tmp_path / "in"), "--store", str(store), "--jobs", "2"]) == 1
    assert "0 added, 3 unchanged" in capsys.readouterr().out

    assert main(["corpus", "export", "--store", str(store), "--parquet", str(tmp_path / "pq")]) == 0
    exported = {p.stem: pd.read_parquet(p) for p in (tmp_path / "pq").glob("*.parquet")}
    assert {name: len(frame) for name, frame in exported.items()} == {
        name: len(frame) for name, frame in tables(store).items()
    }


def test_the_command_line_names_a_store_that_is_not_one(tmp_path: Path, capsys):
    assert main(["corpus", "export", "--store", str(tmp_path), "--parquet", str(tmp_path / "pq")]) == 2
    assert "not a corpus store" in capsys.readouterr().err


def test_the_record_columns_are_options_of_the_command_line(tmp_path: Path, capsys):
    _write_records(tmp_path / "in")
    options = ["--text-column", "body_text", "--title-column", "headline", "--outlet-column", "site"]

    assert main(["corpus", "build", str(tmp_path / "in"), "--store", str(tmp_path / "s"), *options]) == 0
    assert "3 added" in capsys.readouterr().out


def test_the_progress_bar_counts_articles_per_second_and_is_quiet_off_a_terminal(tmp_path: Path, capsys):
    write_articles(tmp_path / "in", range(3))

    build_corpus([tmp_path / "in"], tmp_path / "quiet")
    assert capsys.readouterr().err == "", "standard error is not a terminal here"

    build_corpus([tmp_path / "in"], tmp_path / "shown", progress=True)
    bar = capsys.readouterr().err
    assert "3 articles" in bar and "articles/s" in bar
