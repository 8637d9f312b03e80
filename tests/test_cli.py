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
    for heading in ("Summary", "Structure", "Readability", "Sources", "Check-worthy claims"):
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


SUMMARY_KEYS = {
    "words", "sentences", "paragraphs", "reading_minutes", "quotes", "sources", "named_sources",
    "unnamed_sources", "claims", "checkworthy_claims", "hedged_claims", "own_voice_claims", "attributed_claims",
}  # fmt: skip


def test_analyze_json_prints_the_summary_record_and_export_lists_the_same_counts(capsys):
    assert main(["analyze", "--json", str(SEED)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    printed = json.loads(line)
    assert SUMMARY_KEYS <= printed.keys()
    assert printed["path"] == str(SEED) and printed["title"].startswith("Seoul Condemns")
    assert 5 <= printed["reading_minutes"] <= 6
    _, [record], _ = export(capsys, str(SEED))
    assert record["summary"] == {key: printed[key] for key in record["summary"]}
    assert SUMMARY_KEYS == record["summary"].keys()
    assert record["summary"]["quotes"] == len(record["quotes"])
    assert record["summary"]["claims"] == len(record["claims"])
    assert record["summary"]["checkworthy_claims"] == sum(c["checkworthy"] for c in record["claims"])
    assert record["summary"]["hedged_claims"] == sum(c["hedged"] for c in record["claims"])
    assert record["summary"]["sources"] == len(record["sources"])


def test_analyze_json_prints_one_object_a_line_per_article(tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text("Bridge to close\n\nThe council said on Monday that it would close the bridge.\n")
    assert main(["analyze", "--json", str(SEED), str(other)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["path"] for r in records] == [str(SEED), str(other)]
    assert records[1]["quotes"] == 1 and records[1]["words"] == 11


def test_every_export_line_carries_the_article_meta(capsys):
    import hashlib

    _, [record], _ = export(capsys, str(SEED))
    text = SEED.read_text(encoding="utf-8")
    assert record["meta"] == {
        "title": record["meta"]["title"],
        "author": None,
        "site": "WE",
        "published": None,
        "url": None,
        "source_path": str(SEED),
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "words": 1312,
    }
    assert record["meta"]["title"].startswith("Seoul Condemns Pyongyang")


def test_the_readable_summary_opens_with_the_record_and_its_plurals_agree(tmp_path, capsys):
    one = tmp_path / "one.txt"
    one.write_text("Bridge to close\n\nThe council said on Monday that it would close the bridge.\n")
    assert main(["analyze", str(SEED), str(one)]) == 0
    out = capsys.readouterr().out
    seed, single = out.split("== ")[1:]
    assert "\nSummary\n   1,312 words, 54 sentences, 29 paragraphs · reading time 5.5 min\n" in seed
    assert "1 quote from 1 source (" in single and "1 sentence, 1 paragraph" in single
    assert "1 headline, 1 paragraph" in single
    assert "\\n" not in out and "nan" not in out.lower()
