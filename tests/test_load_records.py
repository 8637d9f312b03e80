"""JSON, JSON Lines and CSV records: one article per record, with its metadata.

Each record's text is kept exactly as given; its title goes to the metadata (and is the headline
only when the text opens with it); dates are ISO strings.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

import workbench
from workbench import LoadError

QUAKE = {
    "title": "Quake hits coast",
    "text": "A strong quake hit the coast on Monday.\n\nOfficials said no one was hurt.",
    "date": "2024-01-02",
    "url": "https://news.example/quake",
    "outlet": "Example News",
    "author": "Kim Lee",
}
FERRY = {
    "title": "Ferry service resumes",
    "body": "Ferry service resumes\n\nThe ferry resumed service on Tuesday after repairs.",
    "date": "2024-01-03T10:15:00Z",
}


def test_a_json_list_of_records_gives_one_article_each_in_order(write):
    path = write("news.json", json.dumps([QUAKE, FERRY]))
    collection = workbench.load_many(path)
    assert collection.labels == [f"{path}#1", f"{path}#2"]
    quake, ferry = collection.articles
    assert quake.text == QUAKE["text"]
    assert (quake.meta.title, quake.meta.url, quake.meta.outlet, quake.meta.author) == (
        "Quake hits coast",
        "https://news.example/quake",
        "Example News",
        "Kim Lee",
    )
    assert quake.meta.date == date(2024, 1, 2)
    assert ferry.meta.date == date(2024, 1, 3)  # a timestamp's calendar date
    assert not quake.meta.text_is_file and quake.meta.source_path == str(path)


def test_a_text_that_does_not_open_with_the_title_is_kept_as_is_and_has_no_headline(write):
    quake = workbench.load(write("quake.json", json.dumps(QUAKE)))
    assert quake.headline is None
    assert [quake.slice(b) for b in quake.body] == [
        "A strong quake hit the coast on Monday.",
        "Officials said no one was hurt.",
    ]


def test_a_text_that_opens_with_the_title_has_it_as_headline(write):
    ferry = workbench.load(write("ferry.json", json.dumps(FERRY)))
    assert ferry.slice(ferry.headline) == "Ferry service resumes"
    assert ferry.text == FERRY["body"]


def test_an_object_with_an_articles_list(write):
    path = write("export.json", json.dumps({"source": "scraper", "articles": [QUAKE, FERRY]}))
    assert len(workbench.load_many(path)) == 2


def test_a_single_object_loads_with_load(write):
    assert workbench.load(write("one.json", json.dumps(QUAKE))).meta.title == "Quake hits coast"


def test_load_refuses_a_file_with_several_records(write):
    with pytest.raises(LoadError, match=r"news\.json: holds 2 articles; use workbench\.load_many\(\)"):
        workbench.load(write("news.json", json.dumps([QUAKE, FERRY])))


def test_json_lines_one_record_a_line_blank_lines_skipped(write):
    path = write("news.jsonl", json.dumps(QUAKE) + "\n\n" + json.dumps(FERRY) + "\n")
    assert [a.meta.title for a in workbench.load_many(path)] == ["Quake hits coast", "Ferry service resumes"]
    assert workbench.load_many(write("news.ndjson", json.dumps(QUAKE) + "\n")).articles[0].meta.author == "Kim Lee"


def test_csv_with_a_header_and_multi_line_quoted_text(write):
    path = write(
        "news.csv",
        (
            "Title,Text,Date,URL,Outlet\n"
            '"Quake hits coast","A strong quake hit the coast on Monday.\n\nOfficials said no one was hurt.",'
            "2024-01-02,https://news.example/quake,Example News\n"
            "\n"
            'Second story,"Prices rose, again.",,,\n'
        ),
    )
    quake, second = workbench.load_many(path).articles
    assert quake.text == QUAKE["text"] and quake.meta.outlet == "Example News"
    assert len(quake.body) == 2
    assert second.text == "Prices rose, again." and second.meta.date is None and second.meta.url is None


def test_body_and_content_are_accepted_for_the_text(write):
    path = write("news.json", json.dumps([{"content": "First story text."}, {"BODY": "Second story text."}]))
    assert [a.text for a in workbench.load_many(path)] == ["First story text.", "Second story text."]


def test_records_are_a_dataframe(write):
    frame = workbench.load_many(write("news.json", json.dumps([QUAKE, FERRY]))).frame()
    assert list(frame.title) == ["Quake hits coast", "Ferry service resumes"]
    assert frame.loc[0, "outlet"] == "Example News" and frame.loc[0, "words"] == 14


def test_metadata_given_by_the_caller_wins_over_the_record(write):
    article = workbench.load(write("one.json", json.dumps(QUAKE)), outlet="Wire")
    assert article.meta.outlet == "Wire" and article.meta.title == "Quake hits coast"


# --- bad records: the whole file fails, naming it and the record ---------------------------------------
@pytest.mark.parametrize(
    "name, content, message",
    [
        (
            "missing.json",
            json.dumps([QUAKE, {"title": "No text"}]),
            r"missing\.json: record 2 has no text field \(one of text, body, content\)",
        ),
        ("null.json", json.dumps([{"text": None}]), r"null\.json: record 1 has no text field"),
        ("number.json", json.dumps([{"text": 42}]), r"number\.json: record 1: field 'text' holds a int, not text"),
        ("blank.json", json.dumps([{"text": "  "}]), r"blank\.json: record 1: field 'text' is empty"),
        (
            "list.json",
            json.dumps([QUAKE, ["not", "an", "object"]]),
            r"list\.json: record 2 is a JSON list, not an object",
        ),
        ("scalar.json", "42", r"scalar\.json: holds a JSON int, not an object or a list of objects"),
        ("empty-list.json", "[]", r"empty-list\.json: holds no records"),
        (
            "bad-date.json",
            json.dumps([{"text": "Text.", "date": "last Tuesday"}]),
            r"bad-date\.json: record 1: date 'last Tuesday' is not an ISO date \(YYYY-MM-DD\)",
        ),
        (
            "broken.json",
            '[{"title": "A",\n  "text": "x" "y"}]',
            r"broken\.json: is not valid JSON: Expecting ',' delimiter \(line 2, column 15\)",
        ),
        (
            "broken.jsonl",
            json.dumps(QUAKE) + '\n{"text": \n',
            r"broken\.jsonl: line 2 is not valid JSON: Expecting value \(column 10\)",
        ),
        (
            "quote.csv",
            'title,text\n"Unclosed,quote\n',
            r"quote\.csv: is not valid CSV: unexpected end of data \(line 2\)",
        ),
        (
            "fields.csv",
            "title,text\nA,B\nC,D,E\n",
            r"fields\.csv: is not valid CSV: line 3 has 3 fields, the header has 2",
        ),
        ("notext.csv", "title,summary\nA,B\n", r"notext\.csv: record 1 has no text field"),
    ],
)
def test_a_bad_record_file_names_the_file_and_the_problem(write, name, content, message):
    with pytest.raises(LoadError, match=message):
        workbench.load(write(name, content))


def test_in_a_folder_a_bad_records_file_is_reported_and_the_others_load(write):
    write("good.json", json.dumps(QUAKE))
    bad = write("bad.json", json.dumps([{"title": "No text"}]))
    collection = workbench.load_many(bad.parent)
    assert [a.meta.title for a in collection] == ["Quake hits coast"]
    assert [(e.path, e.problem) for e in collection.errors] == [
        (str(bad), "record 1 has no text field (one of text, body, content)")
    ]
