"""The suite never reads a user's work: the copies of ``sample_articles/`` that tests, notebooks and
the browser servers run on leave out what an analyst's notebooks wrote beside the articles."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import REPO, SAMPLES, USER_OUTPUT, copy_samples, make_root, shipped_class

import workbench

#: What an analyst's session leaves in sample_articles/: sidecars (one of them not even valid JSON),
#: their exports, an atomic save's temporary file, a notebook checkpoint.
USER_FILES = [
    "seed_article.txt.analyst.annotations.json",
    "seed_article.txt.zed.annotations.json",
    "seed_article.txt.analyst.claimreview.jsonld",
    "seed_article.txt.analyst.webannotations.jsonld",
    "seed_article.txt.analyst.csv",
    ".seed_article.txt.analyst.annotations.json.x1y2.tmp",
    "wikinews/korea.txt.dana.annotations.json",
    "teaching/students/seed_article.txt.zoe.annotations.json",
]


@pytest.fixture
def annotated(tmp_path):
    """A copy of the shipped samples after an analyst's session: the user's files above added."""
    folder = tmp_path / "annotated" / "sample_articles"
    shutil.copytree(SAMPLES, folder)
    for name in USER_FILES:
        (folder / name).write_text("{ bogus", encoding="utf-8")
    (folder / ".ipynb_checkpoints").mkdir(exist_ok=True)
    return folder


def test_a_copy_of_the_samples_leaves_out_every_user_file_and_keeps_the_articles_and_the_class(annotated, tmp_path):
    copy = copy_samples(tmp_path / "copy", annotated)
    copied = {str(p.relative_to(copy)) for p in copy.rglob("*")}
    assert not copied & set(USER_FILES) and ".ipynb_checkpoints" not in copied
    shipped = {str(p.relative_to(annotated)) for p in annotated.rglob("*")} - set(USER_FILES) - {".ipynb_checkpoints"}
    assert copied == shipped
    assert {str(p.relative_to(annotated)) for p in shipped_class(annotated)} <= copied


def test_the_teaching_class_its_readme_lists_is_what_ships():
    listed = shipped_class()
    assert len(listed) == 4 and all(path.is_file() for path in listed)


@pytest.mark.parametrize("name", USER_FILES)
def test_each_kind_of_user_file_is_recognised(name):
    assert USER_OUTPUT.search(name.rsplit("/", 1)[-1])


@pytest.mark.parametrize("name", ["seed_article.txt", "example.html", "README.md", "records.csv", "one.json"])
def test_articles_are_never_taken_for_user_files(name):
    assert not USER_OUTPUT.search(name)


def test_the_briefing_of_a_copy_reads_no_user_annotation(annotated, tmp_path):
    from workbench.annotations import AnnotationStore
    from workbench.report.briefing import Briefing
    from workbench.widgets import claim_key

    # this time the user's sidecar is a real one, so that reading it would show
    for name in ("seed_article.txt.analyst.annotations.json", "seed_article.txt.zed.annotations.json"):
        (annotated / name).unlink()
    article = workbench.load(annotated / "seed_article.txt")
    claim = workbench.analyze(article).claims[0]
    AnnotationStore.open(article, "analyst").upsert(claim_key(claim), start=claim.start, end=claim.end, verdict="false")
    assert Briefing.build(annotated / "seed_article.txt").provenance.annotation_files  # beside the article: read

    copy = copy_samples(tmp_path / "copy", annotated)
    assert Briefing.build(copy / "seed_article.txt").provenance.annotation_files == ()


def test_the_servers_root_holds_no_user_file(tmp_path, monkeypatch, annotated):
    import conftest

    monkeypatch.setattr(conftest, "SAMPLES", annotated)
    monkeypatch.setattr(conftest.copy_samples, "__defaults__", (annotated,))
    root = make_root(tmp_path)
    assert not [
        p
        for p in (root / "sample_articles").rglob("*")
        if USER_OUTPUT.search(p.name) and p not in shipped_class(root / "sample_articles")
    ]
    assert (root / "notebooks" / "01_quick_start.ipynb").is_file()


def test_no_tracked_file_is_named_by_gitignore():
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    done = subprocess.run(
        ["git", "ls-files", "--cached", "--ignored", "--exclude-standard"], cwd=REPO, capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout == ""


def test_gitignore_hides_what_a_users_session_writes_beside_the_samples(annotated):
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    names = [f"sample_articles/{name}" for name in USER_FILES if not name.startswith("teaching/")]
    done = subprocess.run(["git", "check-ignore", "--no-index", *names], cwd=REPO, capture_output=True, text=True)
    assert sorted(done.stdout.split()) == sorted(names)
