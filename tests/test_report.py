"""The briefing's parts as plain functions (no kernel): provenance, which annotation files are
read, verdicts of several annotators, and the tables of the reference article."""

from __future__ import annotations

import hashlib
import shutil
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import clean_samples
from hypothesis import given
from hypothesis import strategies as st

import workbench
from workbench.annotations import VERDICTS, Anchor, Annotation, AnnotationError, AnnotationStore
from workbench.errors import WorkbenchError
from workbench.report.briefing import (
    BRIEFING_NOTEBOOK,
    Briefing,
    annotation_files,
    file_sha256,
    provenance,
    read_annotations,
    verdict_of,
)

REPO = Path(__file__).resolve().parents[1]
SEED = clean_samples() / "seed_article.txt"  # a copy: a user's annotations beside the real one stay out


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The reference article copied into a temporary folder, so sidecar files land there."""
    return Path(shutil.copy(SEED, tmp_path / "seed_article.txt"))


@pytest.fixture
def seed_article(seed_copy: Path) -> workbench.Article:
    return workbench.load(seed_copy)


def _sentence_span(article: workbench.Article, words: str) -> tuple[int, int]:
    """The offsets of the sentence that holds ``words``."""
    start = article.text.index(words)
    sentence = article.sentence_at(start)
    return sentence.start, sentence.end


# --- provenance --------------------------------------------------------------------------------


def test_file_sha256_is_the_hash_of_the_bytes(tmp_path: Path):
    path = tmp_path / "x.json"
    path.write_bytes(b'{"a": 1}\n')
    assert file_sha256(path) == hashlib.sha256(b'{"a": 1}\n').hexdigest()


def test_provenance_records_version_article_hash_annotation_hashes_analyst_and_utc_time(seed_article, tmp_path):
    notes = tmp_path / "notes.annotations.json"
    notes.write_text("{}")
    moment = datetime(2026, 11, 27, 6, 30, 15, 999, tzinfo=timezone(timedelta(hours=2)))

    made = provenance(seed_article, [notes], analyst="Dana", now=moment)

    assert made.workbench_version == workbench.__version__
    assert made.article_sha256 == seed_article.meta.sha256 == hashlib.sha256(SEED.read_bytes()).hexdigest()
    assert made.annotation_files == ((str(notes), hashlib.sha256(b"{}").hexdigest()),)
    assert made.analyst == "Dana"
    assert made.generated == "2026-11-27T04:30:15Z"


def test_provenance_table_says_when_there_are_no_annotation_files(seed_article):
    table = provenance(seed_article).frame()
    facts = dict(zip(table["item"], table["value"]))
    assert facts["annotation files"] == "none"
    assert facts["analyst"] == "not named"
    assert facts["article sha256"] == seed_article.meta.sha256


# --- which annotation files a briefing reads ---------------------------------------------------


def test_no_annotation_path_means_every_annotators_sidecar_beside_the_article(seed_copy, seed_article):
    for name in ("bob", "alice"):
        AnnotationStore.open(seed_article, annotator=name).upsert("span:1", start=0, end=5)
    (seed_copy.parent / "other.txt.carol.annotations.json").write_text("{}")  # another article's

    assert [p.name for p in annotation_files(seed_copy)] == [
        "seed_article.txt.alice.annotations.json",
        "seed_article.txt.bob.annotations.json",
    ]


@pytest.mark.parametrize("name", ["report[1].txt", "a*.txt", "what?.txt", "[ab].txt"])
def test_sidecars_are_found_by_the_articles_exact_name_glob_characters_and_all(tmp_path, name):
    article_path = tmp_path / name
    shutil.copy(SEED, article_path)
    article = workbench.load(article_path)
    AnnotationStore.open(article, annotator="alice").upsert("span:1", start=0, end=5)
    for other in ("report1.txt", "abc.txt", "what1.txt", "a.txt", f"{name}.b.txt"):  # other articles' files
        (tmp_path / f"{other}.bob.annotations.json").write_text("{}")

    assert [p.name for p in annotation_files(article_path)] == [f"{name}.alice.annotations.json"]


def test_no_sidecars_means_no_annotation_files(seed_copy):
    assert annotation_files(seed_copy) == []


def test_a_folder_means_every_annotation_file_in_it(tmp_path, seed_copy):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "a.annotations.json").write_text("{}")
    (folder / "readme.txt").write_text("not annotations")
    assert annotation_files(seed_copy, folder) == [folder / "a.annotations.json"]


def test_an_empty_folder_or_a_missing_file_is_an_error_naming_it(tmp_path, seed_copy):
    with pytest.raises(WorkbenchError, match="holds no annotation files"):
        annotation_files(seed_copy, tmp_path / ".")
    with pytest.raises(WorkbenchError, match="missing.json: no such annotation file"):
        annotation_files(seed_copy, tmp_path / "missing.json")


def test_a_corrupt_annotation_file_is_reported_and_left_untouched(seed_article, tmp_path):
    broken = tmp_path / "broken.annotations.json"
    broken.write_bytes(b'{"schema": "workbench.annotations", ')
    with pytest.raises(AnnotationError, match="broken.annotations.json: is not valid JSON"):
        read_annotations(seed_article, [broken])
    assert broken.read_bytes() == b'{"schema": "workbench.annotations", '


def test_annotations_the_edited_text_no_longer_holds_are_kept_apart_and_reported(seed_copy, tmp_path):
    article = workbench.load(seed_copy)
    start = article.text.index("Six months earlier")
    store = AnnotationStore.open(article, annotator="alice")
    store.upsert("claim:1", target="claim", start=start, end=start + len("Six months earlier"), verdict="verified")
    seed_copy.write_text(article.text.replace("Six months earlier", "Half a year before"), encoding="utf-8")

    read = read_annotations(workbench.load(seed_copy), [store.path])

    assert read.annotations == []
    assert [a.quote for a in read.unanchored] == ["Six months earlier"]
    assert any("text changed" in w for w in read.warnings)


# --- verdicts of several annotators ------------------------------------------------------------


def _annotated(article, **verdicts):
    """One annotation of the same claim per annotator (``name=verdict``)."""
    anchor = Anchor.from_article(article, 0, 10)
    return [Annotation("claim:1", "claim", anchor, verdict=v, annotator=name) for name, v in verdicts.items()]


def test_a_claim_nobody_judged_is_unreviewed(seed_article):
    assert verdict_of([]) == "unreviewed"
    assert verdict_of(_annotated(seed_article, alice="unreviewed")) == "unreviewed"


def test_annotators_who_agree_give_one_verdict_and_unreviewed_ones_do_not_count(seed_article):
    assert verdict_of(_annotated(seed_article, alice="verified", bob="verified", carol="unreviewed")) == "verified"


def test_annotators_who_disagree_give_a_split_verdict_naming_each(seed_article):
    assert verdict_of(_annotated(seed_article, bob="false", alice="verified")) == "split (alice: verified; bob: false)"


# --- the briefing of the reference article -------------------------------------------------------

TEACHING = clean_samples() / "teaching"
KEY = TEACHING / "seed_article.txt.teacher.annotations.json"
BRUNO = TEACHING / "students" / "seed_article.txt.bruno.annotations.json"
TREATY = "This treaty marked a significant milestone"


def _row(frame, words):
    """The one row whose claim contains ``words``."""
    rows = frame[frame["claim"].str.contains(words, regex=False)]
    assert len(rows) == 1, words
    return rows.iloc[0]


def test_briefing_without_annotations_lists_every_checkworthy_claim_as_unreviewed(seed_copy):
    briefing = Briefing.build(seed_copy)
    claims = briefing.claims()
    checkworthy = briefing.analysis.claims.checkworthy()
    assert len(claims) == len(checkworthy) and set(claims["verdict"]) == {"unreviewed"}
    summary = dict(zip(briefing.summary()["item"], briefing.summary()["value"]))
    assert summary["headline"] == briefing.article.meta.title
    assert summary["reviewed"] == f"0 of {len(checkworthy)} check-worthy claims have a verdict"
    assert briefing.provenance.annotation_files == ()


def test_briefing_with_the_teachers_key_shows_its_verdicts_and_notes(seed_copy):
    briefing = Briefing.build(seed_copy, KEY, analyst="Dana")
    treaty = _row(briefing.claims(), TREATY)
    assert treaty["verdict"] == "opinion"
    assert treaty["speaker"] == "reporter"
    assert treaty["notes"].startswith("teacher: The reporter's own interpretation.")
    photo = _row(briefing.claims(), "on January 13 showed")
    assert (photo["verdict"], photo["evidence"]) == ("partly true", "Zelenskyy's posts on X, January 2025")
    summary = dict(zip(briefing.summary()["item"], briefing.summary()["value"]))
    assert summary["reviewed"].startswith("10 of ")
    assert briefing.provenance.annotation_files == ((str(KEY), file_sha256(KEY)),)
    assert briefing.provenance.analyst == "Dana"


def test_the_details_are_the_claims_with_an_annotators_note_or_evidence(seed_copy):
    assert Briefing.build(seed_copy).claim_notes().empty
    notes = Briefing.build(seed_copy, KEY).claim_notes()
    assert len(notes) == 10 and (notes["notes"].str.startswith("teacher: ")).all()
    assert _row(notes, TREATY)["verdict"] == "opinion"


def test_claims_are_shown_with_who_makes_them_and_their_hedges(seed_copy):
    claims = Briefing.build(seed_copy).claims()
    quoted = _row(claims, "North Korea may have requested")
    assert quoted["speaker"] == "Yang Moo-jin"
    assert quoted["hedged"] == "“may”: modal of possibility (not the month, not permission)"
    assert _row(claims, "The regime has reportedly employed")["hedged"].startswith("“reportedly”: hearsay")


def test_open_questions_name_unsourced_unreviewed_and_unverifiable_claims(seed_copy):
    questions = Briefing.build(seed_copy, KEY).open_questions()
    regime = _row(questions, "The regime has reportedly employed")
    assert regime["questions"] == "no source: stated in the reporter's own voice; unverifiable: needs more evidence"
    verified = "have officially confirmed, for the first time"
    assert not questions["claim"].str.contains(verified).any()
    assert questions["questions"].str.contains("not reviewed yet").any()


def test_open_questions_list_only_checkworthy_claims_not_settled(seed_copy):
    article = workbench.load(seed_copy)
    claims = workbench.analyze(article).claims
    plain = next(c for c in claims if not c.checkworthy)
    first, second = claims.checkworthy()[:2]
    store = AnnotationStore.open(article, annotator="alice")
    store.upsert("claim:a", target="claim", start=plain.start, end=plain.end, verdict="disputed")
    store.upsert("claim:b", target="claim", start=first.start, end=first.end, verdict="verified")

    questions = Briefing.build(seed_copy).open_questions()

    listed = set(zip(questions["start"], questions["end"]))
    assert (plain.start, plain.end) not in listed, "a claim that is not check-worthy is no open question"
    assert (first.start, first.end) not in listed, "a verified claim is settled"
    assert (second.start, second.end) in listed
    assert len(questions) == len(claims.checkworthy()) - 1


def test_the_summary_is_the_articles_one_summary_record(seed_copy):
    briefing = Briefing.build(seed_copy)
    summary = dict(zip(briefing.summary()["item"], briefing.summary()["value"]))
    lines = briefing.analysis.summary.lines()
    assert [summary["length"], summary["sources"], summary["claims"]] == lines
    html = briefing.summary_html().data
    assert all(line.replace("'", "&#x27;") in html for line in lines)
    assert "wb-summary" in html, "the summary as every notebook shows it"
    assert "reading time 5." in lines[0]


def test_the_report_opens_with_the_checkworthy_claims_highlighted_and_their_verdicts(seed_copy):
    html = Briefing.build(seed_copy, KEY).claims_html().data
    checkworthy = workbench.analyze(workbench.load(seed_copy)).claims.checkworthy()
    assert html.count("<li ") == len(checkworthy)
    assert html.count(">verified</span>") >= 1 and ">unreviewed</span>" in html
    assert "wb-mark-hedge" in html and "wb-mark-quote" in html and "wb-legend" in html
    assert "wb-mark-claim" not in html  # each item is a claim: not underlined again
    article = Briefing.build(seed_copy).article_html().data
    assert "wb-highlight" in article and article.count("wb-mark-claim") >= len(checkworthy)


def test_the_briefing_view_escapes_the_articles_text(tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Officials <script>alert(1)</script> deny it\n\nThe minister said 40 percent of the <b>budget</b> "
        "was missing on Monday, according to a report published by the audit office in 2024.\n",
        encoding="utf-8",
    )
    briefing = Briefing.build(article)
    html = briefing.summary_html().data + briefing.claims_html().data + briefing.article_html().data
    assert "<script>" not in html and "<b>budget" not in html and "&lt;script&gt;" in html


def test_the_briefing_notebook_is_package_data_and_notebooks_05_is_the_same_file():
    assert BRIEFING_NOTEBOOK.is_file() and BRIEFING_NOTEBOOK.parent == REPO / "workbench" / "report"
    assert (REPO / "notebooks" / "05_briefing.ipynb").resolve() == BRIEFING_NOTEBOOK.resolve()


def test_a_wheel_carries_the_briefing_notebook(tmp_path):
    """``workbench brief`` from an installed wheel finds its notebook: built from a copy of the
    sources (so the build leaves nothing in the checkout), with this environment's setuptools."""
    import subprocess
    import zipfile

    source = tmp_path / "source"
    shutil.copytree(REPO / "workbench", source / "workbench", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), "."],
        check=True,
        capture_output=True,
        cwd=source,
    )
    (wheel,) = tmp_path.glob("workbench-*.whl")
    assert "workbench/report/briefing.ipynb" in zipfile.ZipFile(wheel).namelist()


def test_open_questions_name_the_claims_annotators_disagree_on(tmp_path, seed_copy):
    folder = tmp_path / "two"
    folder.mkdir()
    for path in (KEY, BRUNO):
        shutil.copy(path, folder)
    briefing = Briefing.build(seed_copy, folder)
    treaty = _row(briefing.open_questions(), TREATY)
    assert treaty["verdict"] == "split (bruno: verified; teacher: opinion)"
    assert "annotators disagree" in treaty["questions"]
    assert len(briefing.provenance.annotation_files) == 2


def test_open_questions_report_annotations_the_edited_article_no_longer_holds(seed_copy):
    article = workbench.load(seed_copy)
    start = article.text.index("Six months earlier")
    store = AnnotationStore.open(article, annotator="alice")
    store.upsert("claim:1", target="claim", start=start, end=start + 18, verdict="verified")
    seed_copy.write_text(article.text.replace("Six months earlier", "Half a year before"), encoding="utf-8")

    briefing = Briefing.build(seed_copy)

    lost = _row(briefing.open_questions(), "Six months earlier")
    assert lost["questions"] == "alice's annotation no longer matches the text (the article changed)"
    assert any("text changed" in w for w in briefing.warnings)


def test_sources_table_has_one_row_per_source_with_its_kind_sector_and_counts(seed_copy):
    sources = Briefing.build(seed_copy).sources()
    assert list(sources.columns) == [
        "name",
        "category",
        "type",
        "role",
        "affiliation",
        "country",
        "attributions",
        "direct",
        "indirect",
        "mixed",
        "named",
    ]
    yang = sources[sources["name"] == "Yang Moo-jin"].iloc[0]
    assert yang["affiliation"] == "University of North Korean Studies" and yang["named"]
    assert (yang["category"], yang["type"]) == ("person", "academic")
    assert list(sources["attributions"]) == sorted(sources["attributions"], reverse=True)


# --- running the briefing: bad input fails before a kernel starts ------------------------------


def test_run_briefing_refuses_a_missing_article(tmp_path):
    from workbench.report.briefing import run_briefing

    with pytest.raises(workbench.LoadError, match="nowhere.txt: no such article file"):
        run_briefing(tmp_path / "nowhere.txt", tmp_path / "out.html")
    assert not (tmp_path / "out.html").exists()


def test_run_briefing_refuses_a_corrupt_annotation_file_and_leaves_it_untouched(seed_copy, tmp_path):
    from workbench.report.briefing import run_briefing

    broken = tmp_path / "seed_article.txt.alice.annotations.json"
    broken.write_bytes(b"[1, 2")
    with pytest.raises(AnnotationError, match="alice.annotations.json: is not valid JSON"):
        run_briefing(seed_copy, tmp_path / "out.html")  # the sidecar beside the article is read
    assert broken.read_bytes() == b"[1, 2"
    assert not (tmp_path / "out.html").exists()


def test_run_briefing_refuses_a_missing_annotation_file(seed_copy, tmp_path):
    from workbench.report.briefing import run_briefing

    with pytest.raises(WorkbenchError, match="gone.json: no such annotation file or folder"):
        run_briefing(seed_copy, tmp_path / "out.html", annotations=tmp_path / "gone.json")


def test_run_briefing_without_the_lab_extras_says_what_to_install(seed_copy, tmp_path, monkeypatch):
    from workbench.report.briefing import run_briefing

    monkeypatch.setitem(sys.modules, "papermill", None)  # as if it were not installed
    with pytest.raises(WorkbenchError, match=r"needs papermill: pip install 'workbench\[lab\]'"):
        run_briefing(seed_copy, tmp_path / "out.html")


# --- property: one verdict from many, whatever the order -------------------------------------

_SEED_ARTICLE = workbench.load(SEED)


@given(
    st.dictionaries(st.sampled_from(["alice", "bob", "carol", "dan"]), st.sampled_from(VERDICTS), max_size=4),
    st.randoms(),
)
def test_verdict_of_depends_on_the_verdicts_given_never_on_their_order(verdicts, random):
    annotations = _annotated(_SEED_ARTICLE, **verdicts)
    shuffled = random.sample(annotations, len(annotations))
    reviewed = {v for v in verdicts.values() if v != "unreviewed"}

    verdict = verdict_of(annotations)

    assert verdict_of(shuffled) == verdict
    if len(reviewed) > 1:
        assert verdict.startswith("split (") and all(
            f"{who}: {v}" in verdict for who, v in verdicts.items() if v != "unreviewed"
        )
    else:
        assert verdict == (reviewed.pop() if reviewed else "unreviewed")
