"""The command line: `workbench export --jsonl` follows the export contract; exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import workbench
from workbench.cli import main
from workbench.errors import WorkbenchError

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


def test_each_source_line_says_what_kind_of_source_then_role_affiliation_sector_and_country(capsys):
    assert main(["analyze", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "     5  Yang Moo-jin  (person, President, University of North Korean Studies, academic)" in lines
    assert "     3  unnamed analysts  (unnamed group)" in lines  # no "unnamed" sector repeating the kind
    assert "     2  Korean Central News Agency  (state media, North Korea)" in lines
    assert "     1  Ministry of Foreign Affairs  (government body, South Korea)" in lines  # not "government official"


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


# --- batches go on: deep nesting, a time budget per article, the size limit named as an option -------


def test_a_json_file_nested_200000_deep_is_reported_and_the_next_file_exported(tmp_path, capsys):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    code, records, err = export(capsys, str(deep), str(SEED))
    assert code == 1
    assert records[0] == {"path": str(deep), "error": f"{deep}: {NESTED}"}
    assert records[1]["path"] == str(SEED) and records[1]["quotes"]
    assert f"deep.json: {NESTED}" in err
    assert main(["analyze", str(deep), str(SEED)]) == 1
    assert "== " + str(SEED) in capsys.readouterr().out


NESTED = "is nested too deeply to be read (arrays or objects within each other)"


def test_brief_reports_a_sidecar_nested_200000_deep_instead_of_crashing(seed_copy, tmp_path, capsys):
    sidecar = seed_copy.with_name(seed_copy.name + ".zed.annotations.json")
    sidecar.write_text('{"a":' * 200_000 + "1" + "}" * 200_000)
    assert main(["brief", str(seed_copy), "--html", str(tmp_path / "out.html")]) == 1
    assert f"{sidecar}: is JSON nested too deeply to be an annotation file" in capsys.readouterr().err
    assert not (tmp_path / "out.html").exists()


@pytest.fixture
def slow_on(monkeypatch):
    """analyze() taking 30 s on articles whose text contains "SLOW" (the alarm interrupts the sleep)."""
    import time

    from workbench import cli

    real = cli.analyze

    def analyze(article):
        if "SLOW" in article.text:
            time.sleep(30)
        return real(article)

    monkeypatch.setattr(cli, "analyze", analyze)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_article_over_its_time_budget_is_reported_and_the_batch_goes_on(tmp_path, capsys, slow_on, jobs):
    files = []
    for name, body in (("a.txt", "The mayor said it rained."), ("b.txt", "SLOW text."), ("c.txt", "It rained.")):
        files.append(tmp_path / name)
        files[-1].write_text(f"Story\n\n{body}\n")
    records = tmp_path / "r.jsonl"
    records.write_text("".join(json.dumps({"text": t}) + "\n" for t in ("One said.", "SLOW two.", "Three.")))
    code, lines, err = export(capsys, *map(str, files), str(records), "--time-budget", "0.5", "--jobs", jobs)
    assert code == 1
    assert [line["path"] for line in lines] == [*map(str, files), f"{records}#1", f"{records}#2", f"{records}#3"]
    budget = "took over the time budget of 0.5 s; skipped (raise it with --time-budget)"
    assert lines[1] == {"path": str(files[1]), "error": f"{files[1]}: {budget}"}
    assert lines[4] == {"path": f"{records}#2", "error": f"{records}#2: {budget}"}
    assert all("quotes" in lines[i] for i in (0, 2, 3, 5))
    assert f"b.txt: {budget}" in err and f"r.jsonl#2: {budget}" in err


def test_the_size_error_names_the_cli_option_on_the_command_line(tmp_path, capsys):
    code, records, err = export(capsys, str(SEED), "--max-bytes", "100", "--jobs", "2")
    problem = f"is {SEED.stat().st_size:,} bytes, over the limit of 100 (pass --max-bytes to raise it)"
    assert code == 1 and records == [{"path": str(SEED), "error": f"{SEED}: {problem}"}]
    assert main(["analyze", str(SEED), "--max-bytes", "100"]) == 1
    assert problem in capsys.readouterr().err
    with pytest.raises(WorkbenchError, match="pass max_bytes= to raise it"):  # the library names its argument
        workbench.load(SEED, max_bytes=100)
