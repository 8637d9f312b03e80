"""Annotating in notebook 03 through the page, in real JupyterLab: what reaches the sidecar file,
what Run All leaves alone, and the long tables (itables, offline) in the same page.

Like ``test_browser.py``, one JupyterLab server per module serves a copy of the project
(``conftest.py``): nothing lands in the repository's ``sample_articles/``.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import nbformat
import pytest
from browser_helpers import KERNEL_TIMEOUT, expect, open_and_run_all, wait_for_annotation

import workbench
from workbench.widgets import claim_key

pytestmark = pytest.mark.browser

EXPORT_SUFFIXES = (".claimreview.jsonld", ".webannotations.jsonld", ".csv")
#: A name no user of the copied samples annotates under, so their files never mix in.
ANNOTATOR = "browser-test"


def files_in(folder):
    """The files an analyst sees in ``folder`` (not the store's hidden lock or temporary files)."""
    return sorted(p for p in folder.iterdir() if not p.name.startswith("."))


def test_notebook_03_saves_what_is_set_only_once_named_and_exports_only_on_the_button(lab_server, browser_page):
    page = browser_page
    folder = lab_server.root / "sample_articles"
    before = files_in(folder)
    open_and_run_all(page, lab_server, "notebooks/03_claims.ipynb")
    annotator = page.locator(".wb-claim-annotator")
    expect(annotator).to_be_visible(timeout=KERNEL_TIMEOUT)
    assert files_in(folder) == before, "Run All wrote a file (an export, a sidecar)"

    # Opens on the check-worthy claims, asks for a name and saves nothing without one.
    claims = workbench.analyze(workbench.load(folder / "seed_article.txt")).claims
    expect(annotator.locator(".wb-filter-checkworthy input")).to_be_checked()
    expect(annotator.locator(".wb-progress")).to_have_text(f"0 of {len(claims.checkworthy())} reviewed")
    expect(annotator.locator(".wb-name-message")).to_contain_text("nothing is saved until you do")
    expect(annotator.locator(".wb-verdict select")).to_be_disabled()
    name = annotator.locator(".wb-annotator-name input")
    name.fill("your-name")
    name.press("Enter")
    expect(annotator.locator(".wb-name-message")).to_contain_text("is not a name")
    expect(annotator.locator(".wb-verdict select")).to_be_disabled()

    name.fill(ANNOTATOR)
    name.press("Enter")
    expect(annotator.locator(".wb-name-message")).to_contain_text(f"seed_article.txt.{ANNOTATOR}.annotations.json")
    annotator.locator(".wb-verdict select").select_option(label="unverifiable")  # the slider left at 0.50
    first = claims.checkworthy()[0]
    sidecar = folder / f"seed_article.txt.{ANNOTATOR}.annotations.json"
    record = wait_for_annotation(sidecar, claim_key(first), {"verdict": "unverifiable"})
    assert record["confidence"] == 0.5 and record["annotator"] == ANNOTATOR
    assert files_in(folder) == sorted([*before, sidecar]), "only the sidecar, no export yet"

    annotator.locator(".wb-export").click()
    expect(annotator.locator(".wb-status")).to_contain_text("Exported ")
    for suffix in EXPORT_SUFFIXES:
        assert (folder / f"seed_article.txt.{ANNOTATOR}{suffix}").is_file()


def test_a_long_table_is_searchable_and_nothing_is_fetched_from_outside(lab_server, browser_page):
    page = browser_page
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if urlsplit(r.url).hostname not in ("127.0.0.1", None) else None)
    folder = lab_server.root / "tables"
    folder.mkdir(exist_ok=True)
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell(
                "import workbench\nfrom workbench.widgets.tables import show_table\n"
                'report = workbench.analyze(workbench.load("../sample_articles/seed_article.txt")).readability\n'
                'show_table(report.frame("sentence")[["flesch_kincaid_grade", "words", "text"]])'
            )
        ],
        metadata={"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}},
    )
    nbformat.write(notebook, folder / "tables.ipynb")

    open_and_run_all(page, lab_server, "tables/tables.ipynb")
    table = page.locator("table.dataTable")
    expect(table).to_be_visible(timeout=KERNEL_TIMEOUT)
    hardest = workbench.analyze(workbench.load(lab_server.root / "sample_articles" / "seed_article.txt"))
    sentence = hardest.article.slice(hardest.readability.hardest_sentences(1)[0])
    search = page.locator(".dt-search input, .dataTables_filter input").first
    search.fill("Kursk")
    expect(table.locator("tbody tr", has_text="Kursk").first).to_be_visible()
    grade = table.locator("thead th", has_text="flesch_kincaid_grade")
    sort = grade.locator(".dt-column-order")  # itables orders by the sort icon only
    sort.click()
    expect(grade).to_have_attribute("aria-sort", re.compile("ascending|descending"))
    if grade.get_attribute("aria-sort") == "ascending":
        sort.click()  # descending: the hardest first
    expect(grade).to_have_attribute("aria-sort", "descending")
    search.fill("")
    expect(table.locator("tbody tr").first).to_contain_text(sentence)  # whole, not cut
    assert outside == [], f"fetched from outside 127.0.0.1: {outside}"


def test_the_voila_app_takes_a_name_and_loads_another_article(voila_server, browser_page):
    page = browser_page
    page.goto(voila_server.address("/"))
    annotator = page.locator(".wb-claim-annotator")
    expect(annotator).to_be_visible(timeout=KERNEL_TIMEOUT)
    assert page.title() == "Claims: review and annotate"
    name = annotator.locator(".wb-annotator-name input")
    name.fill(ANNOTATOR)
    name.press("Enter")
    page.locator(".wb-loader-file select").select_option(label="wikinews/korea.txt")
    page.locator(".wb-loader-load").click()
    annotator = page.locator(".wb-claim-annotator")
    expect(annotator.locator(".wb-name-message")).to_contain_text(f"korea.txt.{ANNOTATOR}.annotations.json")
    expect(annotator.locator(".wb-annotator-name input")).to_have_value(ANNOTATOR)
    annotator.locator(".wb-verdict select").select_option(label="verified")

    article = voila_server.root / "sample_articles" / "wikinews" / "korea.txt"
    first = workbench.analyze(workbench.load(article)).claims.checkworthy()[0]
    sidecar = article.with_name(f"korea.txt.{ANNOTATOR}.annotations.json")
    record = wait_for_annotation(sidecar, claim_key(first), {"verdict": "verified"})
    assert record["confidence"] == 0.5


def test_the_student_types_a_name_once_for_both_annotators(lab_server, browser_page):
    page = browser_page
    folder = lab_server.root / "sample_articles"
    open_and_run_all(page, lab_server, "notebooks/06_teaching_student.ipynb")
    claims, sources = page.locator(".wb-claim-annotator"), page.locator(".wb-source-annotator")
    expect(sources.locator(".wb-confirm")).to_be_disabled(timeout=KERNEL_TIMEOUT)
    name = claims.locator(".wb-annotator-name input")
    name.fill("Dana Park")
    name.press("Enter")
    expect(sources.locator(".wb-annotator-name input")).to_have_value("Dana Park")  # one name, shown twice
    sources.locator(".wb-confirm").click()
    claims.locator(".wb-verdict select").select_option(label="opinion (not checkable)")

    sidecar = folder / "seed_article.txt.Dana Park.annotations.json"
    analysis = workbench.analyze(workbench.load(folder / "seed_article.txt"))
    wait_for_annotation(sidecar, claim_key(analysis.claims.checkworthy()[0]), {"verdict": "opinion"})
    keys = [a["key"] for a in json.loads(sidecar.read_text(encoding="utf-8"))["annotations"]]
    assert any(key.startswith("source:") for key in keys), keys
    expect(page.locator(".wb-not-saved")).to_have_count(0)
