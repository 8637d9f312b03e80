"""The command line: `workbench export --jsonl` follows the export contract; exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "sample_articles" / "seed_article.txt"


def export(capsys, *args: str) -> tuple[int, list[dict], str]:
    code = main(["export", "--jsonl", *args])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_export_of_the_seed_has_every_contract_field_with_offsets_into_the_file(capsys):
    code, records, _ = export(capsys, str(SEED))
    assert code == 0
    [record] = records
    assert record["path"] == str(SEED)
    assert {"quotes", "claims", "hedge_cues", "blocks", "sources"} <= record.keys()
    assert "text" not in record  # a plain UTF-8 file: offsets index the file itself
    text = SEED.read_text(encoding="utf-8")
    kinds = [b["kind"] for b in record["blocks"]]
    assert kinds[:4] == ["headline", "subheadline", "caption", "dateline"]
    assert kinds.count("heading") == 8 and kinds.count("boilerplate") == 2
    headline = record["blocks"][0]["span"]
    assert text[headline[0] : headline[1]].startswith("Seoul Condemns Pyongyang")
    for quote in record["quotes"]:
        for start, end in quote["content"]:
            assert 0 <= start < end <= len(text)


def test_a_bad_file_gives_an_error_line_and_exit_1_while_the_others_are_exported(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    good = tmp_path / "good.txt"
    good.write_text("A headline\n\nThe council met on Monday. It voted to close the bridge.\n")
    code, records, err = export(capsys, str(empty), str(good))
    assert code == 1
    assert records[0] == {"path": str(empty), "error": f"{empty}: is empty"}
    assert records[1]["path"] == str(good) and records[1]["blocks"]
    assert "empty.txt: is empty" in err


def test_a_records_file_gives_one_line_per_article_with_its_text(tmp_path, capsys):
    data = tmp_path / "two.jsonl"
    data.write_text(
        json.dumps({"title": "First", "text": "The mayor said the road would reopen."})
        + "\n"
        + json.dumps({"title": "Second", "text": "Prices rose 3% in May."})
        + "\n"
    )
    code, records, _ = export(capsys, str(data))
    assert code == 0
    assert [r["path"] for r in records] == [f"{data}#1", f"{data}#2"]
    assert all("text" in r for r in records)


def test_hundreds_of_files_in_one_command_on_every_core_in_the_order_given(tmp_path, capsys):
    for i in range(300):
        (tmp_path / f"a{i:03d}.txt").write_text(
            f"Story {i}\n\nOfficials said {i} people attended the meeting on Monday.\n"
        )
    (tmp_path / "a150.txt").write_bytes(b"\x00\x01binary")
    code, records, err = export(capsys, str(tmp_path), "--jobs", "2")
    assert code == 1 and len(records) == 300
    assert [r["path"] for r in records] == [str(tmp_path / f"a{i:03d}.txt") for i in range(300)]
    assert records[150]["error"].endswith("a150.txt: looks like a binary file, not text")
    assert "a150.txt: looks like a binary file" in err
    serial_code, serial_records, _ = export(capsys, str(tmp_path), "--jobs", "1")
    assert (serial_code, serial_records) == (code, records)


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "--jsonl"])  # no file
    assert exit_info.value.code == 2
    assert main([]) == 2


def test_analyze_prints_structure_readability_sources_and_claims(capsys):
    assert main(["analyze", str(SEED)]) == 0
    out = capsys.readouterr().out
    for heading in ("Structure", "Readability", "Sources", "Claims"):
        assert f"\n{heading}" in out
    assert "§ Escalating Tensions" in out
    assert "Doo Jin-ho" in out


def test_analyze_writes_csv_tables(tmp_path, capsys):
    assert main(["analyze", str(SEED), "--csv", str(tmp_path)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "seed_article.blocks.csv" in names and "seed_article.claims.csv" in names


def test_python_dash_m_workbench_is_the_same_command():
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "export", "--jsonl", str(SEED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["path"] == str(SEED)


# --- analyze --csv: one set of tables per article, nothing silently overwritten ---------------------

RECORDS = [
    {"title": "One", "text": "The mayor said the budget was fine."},
    {"title": "Two", "text": "The governor said taxes would rise."},
    {"title": "Three", "text": "The senator said the bill would pass."},
]


def test_analyze_csv_writes_one_set_of_tables_per_record_and_per_folder(tmp_path, capsys):
    records = tmp_path / "f.json"
    records.write_text(json.dumps(RECORDS), encoding="utf-8")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(f"Story {folder}\n\nThe {folder} council said it met.\n")
    out = tmp_path / "csv"
    assert (
        main(["analyze", str(records), str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "x.txt"), "--csv", str(out)])
        == 0
    )
    stems = sorted({p.name.split(".")[0] for p in out.iterdir()})
    assert stems == ["b_x", "f_1", "f_2", "f_3", "x"]
    assert len(list(out.iterdir())) == 5 * 5
    assert "governor" in (out / "f_2.sentences_readability.csv").read_text(encoding="utf-8")
    assert "Story b" in (out / "b_x.blocks.csv").read_text(encoding="utf-8")


def test_analyze_csv_refuses_to_overwrite_unless_forced(tmp_path, capsys):
    out = tmp_path / "csv"
    assert main(["analyze", str(SEED), "--csv", str(out)]) == 0
    blocks = out / "seed_article.blocks.csv"
    blocks.write_text("mine, keep it\n")
    capsys.readouterr()
    assert main(["analyze", str(SEED), "--csv", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{out / 'seed_article.blocks.csv'}: already exists; not overwritten" in err and "--force" in err
    assert blocks.read_text() == "mine, keep it\n"
    assert main(["analyze", str(SEED), "--csv", str(out), "--force"]) == 0
    assert blocks.read_text().startswith("index,kind,")
