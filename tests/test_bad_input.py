"""Bad input raises one exception type, LoadError (a WorkbenchError), whose message names the file
and the problem; in a folder, one bad file never stops the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import workbench
from workbench import LoadError, WorkbenchError

GOOD = "Council Approves Budget\n\nThe council approved the budget on Monday. It takes effect in July.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def problem(path: Path, **options) -> str:
    """The message of the LoadError that loading ``path`` raises."""
    with pytest.raises(LoadError) as raised:
        workbench.load(path, **options)
    assert raised.value.path == str(path)
    assert str(raised.value) == f"{path}: {raised.value.problem}"
    return raised.value.problem


def test_load_error_is_the_documented_workbench_error():
    assert issubclass(LoadError, WorkbenchError) and issubclass(WorkbenchError, Exception)


def test_an_empty_file(tmp_path):
    assert problem(write(tmp_path, "empty.txt", "")) == "is empty"


def test_a_file_of_white_space_only(tmp_path):
    assert problem(write(tmp_path, "blank.txt", " \n\t\n ")) == "is empty"


def test_a_binary_file(tmp_path):
    assert problem(write(tmp_path, "photo.txt", PNG)) == "looks like a binary file, not text"


def test_an_unsupported_file_type(tmp_path):
    assert problem(write(tmp_path, "letter.rtf", r"{\rtf1 Hello}")) == (
        "unsupported file type '.rtf' (text, Markdown, HTML, JSON, JSON Lines or CSV)"
    )


def test_an_undecodable_file_with_an_explicit_encoding(tmp_path):
    path = write(tmp_path, "latin.txt", "Café Society\n\nThe café reopened.\n".encode("latin-1"))
    assert problem(path, encoding="utf-8").startswith(
        "cannot be decoded as utf-8 ('utf-8' codec can't decode byte 0xe9"
    )


def test_malformed_json(tmp_path):
    path = write(tmp_path, "articles.json", '[{"title": "A", "text": "Body."},\n {"title": "B" "text": "Body."}]')
    assert problem(path) == "is not valid JSON: Expecting ',' delimiter (line 2, column 16)"


def test_malformed_json_lines(tmp_path):
    path = write(tmp_path, "articles.jsonl", '{"text": "Body one."}\n{"text": "Body two.}\n')
    assert problem(path).startswith("line 2 is not valid JSON: Unterminated string")


def test_malformed_csv(tmp_path):
    path = write(tmp_path, "articles.csv", 'title,text\nA,"Body one."\nB,"Body "two"."\n')
    assert problem(path) == "is not valid CSV: ',' expected after '\"' (line 3)"


def test_a_record_without_a_text_field(tmp_path):
    path = write(
        tmp_path, "articles.json", json.dumps([{"title": "A", "text": "Body."}, {"title": "B", "summary": "x"}])
    )
    assert problem(path) == "record 2 has no text field (one of text, body, content)"


def test_a_file_over_the_size_limit(tmp_path):
    path = write(tmp_path, "long.txt", GOOD * 10)
    assert (
        problem(path, max_bytes=100)
        == f"is {len(GOOD * 10):,} bytes, over the limit of 100 (pass max_bytes= to raise it)"
    )
    assert workbench.load(path, max_bytes=10_000).word_count > 0


def test_the_default_size_limit_is_a_few_megabytes(tmp_path):
    path = write(tmp_path, "huge.txt", GOOD * (6 * 1024 * 1024 // len(GOOD)))
    assert "over the limit of 5,242,880" in problem(path)


def test_a_missing_file(tmp_path):
    assert problem(tmp_path / "nowhere.txt") == "no such file"


def test_a_folder_given_to_load(tmp_path):
    assert problem(tmp_path) == "is not a file"


def test_a_glob_that_matches_nothing_is_reported(tmp_path):
    collection = workbench.load_many(str(tmp_path / "*.txt"))
    assert [(e.path, e.problem) for e in collection.errors] == [(str(tmp_path / "*.txt"), "no such file")]


def test_a_folder_with_one_bad_file_loads_the_others_and_reports_the_bad_one(tmp_path):
    write(tmp_path, "a_good.txt", GOOD)
    write(tmp_path, "b_empty.txt", "")
    write(tmp_path, "c_good.md", "# " + GOOD)
    write(tmp_path, "d_binary.txt", PNG)
    write(tmp_path, "e_records.json", json.dumps([{"text": "First."}, {"text": "Second."}]))
    write(tmp_path, "f_broken.csv", 'title,text\n"open')
    write(tmp_path, "README.md", "# About this folder\n\nNot an article.\n")
    write(tmp_path, "skipped.pdf", PNG)  # not a supported type: a folder's other files are left alone
    collection = workbench.load_many(tmp_path)
    assert collection.labels == [
        str(tmp_path / "a_good.txt"),
        str(tmp_path / "c_good.md"),
        f"{tmp_path / 'e_records.json'}#1",
        f"{tmp_path / 'e_records.json'}#2",
    ]
    assert [(Path(e.path).name, e.problem) for e in collection.errors] == [
        ("b_empty.txt", "is empty"),
        ("d_binary.txt", "looks like a binary file, not text"),
        ("f_broken.csv", "is not valid CSV: unexpected end of data (line 2)"),
    ]
    errors = collection.errors_frame()
    assert list(errors.columns) == ["path", "problem"] and len(errors) == 3


def test_files_named_explicitly_are_each_tried_and_reported(tmp_path):
    good = write(tmp_path, "good.txt", GOOD)
    collection = workbench.load_many([good, tmp_path / "missing.txt", write(tmp_path, "x.rtf", "{}")])
    assert len(collection) == 1
    assert [Path(e.path).name for e in collection.errors] == ["missing.txt", "x.rtf"]


@pytest.mark.parametrize(
    "name, content",
    [
        ("deep.json", "[" * 200_000 + "]" * 200_000),
        ("deep_object.json", '{"a":' * 200_000 + "1" + "}" * 200_000),
        ("deep.jsonl", '{"text": "Fine."}\n' + "[" * 200_000 + "]" * 200_000 + "\n"),
        ("deep_title.json", json.dumps({"text": "Body.", "title": "x"}).replace('"x"', "[" * 990 + "]" * 990)),
    ],
)
def test_json_nested_200000_deep_is_a_clear_error_not_a_recursion_error(tmp_path, name, content):
    assert (
        problem(write(tmp_path, name, content))
        == "is nested too deeply to be read (arrays or objects within each other)"
    )


def test_a_folder_with_a_deeply_nested_file_loads_the_others(tmp_path):
    write(tmp_path, "a_deep.json", "[" * 200_000 + "]" * 200_000)
    write(tmp_path, "b_good.txt", GOOD)
    collection = workbench.load_many(tmp_path)
    assert collection.labels == [str(tmp_path / "b_good.txt")]
    assert [Path(e.path).name for e in collection.errors] == ["a_deep.json"]
