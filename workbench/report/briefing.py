"""The briefing: what an editor needs about one article on one page, and where it came from.

A briefing has five parts — a summary, the sources, the check-worthy claims with the verdicts
annotators gave them, the open questions (claims nobody has attributed, reviewed or agreed on) and
its provenance (workbench version, the article's and each annotation file's sha256, the time).
Each part is a pure function returning a DataFrame (the summary and the highlighted claims that
open the report also as HTML, :mod:`.briefing_view`), so tests need no kernel; the briefing
notebook shows them, and :func:`run_briefing` executes it with papermill and renders it to HTML
with nbconvert, inputs hidden — a small core and one engine, in the manner of papermill itself.
The notebook is package data (``workbench/report/briefing.ipynb``, installed with the package);
``notebooks/05_briefing.ipynb`` is a link to it, so there is one notebook to edit.
"""

from __future__ import annotations

import glob
import hashlib
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ..article import Article, Span
from ..errors import LoadError, WorkbenchError

if TYPE_CHECKING:
    import pandas as pd
    from IPython.display import HTML

    from ..analysis.claims import Claim
    from ..annotations import Annotation
    from ..pipeline import Analysis

#: The notebook that :func:`run_briefing` executes: package data, beside this module.
BRIEFING_NOTEBOOK = Path(__file__).with_name("briefing.ipynb")
#: Where notebook 03 keeps the text of an article without a file of its own (pasted, uploaded,
#: fetched), with its annotations beside it: ``my_articles/`` at the project's root.
MY_ARTICLES = "my_articles"

#: Cells of the briefing notebook with this tag are left out of the HTML report.
NOTEBOOK_ONLY = "notebook-only"
#: Verdicts that leave a claim open: the evidence conflicts, or none could be found.
OPEN_VERDICTS = frozenset({"disputed", "unverifiable"})
UNREVIEWED = "unreviewed"
REPORTER = "reporter"
"""How a claim in the reporter's own voice is shown in the tables."""
UNNAMED = "unnamed source"
"""How a claim attributed to a source the sourcing analysis could not name is shown."""


# --- provenance ------------------------------------------------------------------------------


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file's bytes (read in chunks, so big files cost no memory)."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True)
class Provenance:
    """What a briefing was made from, so that a reader can check it against the files."""

    workbench_version: str
    article_path: str
    article_sha256: str
    """The sha256 of the article's text (UTF-8), the same hash annotation files record."""
    annotation_files: tuple[tuple[str, str], ...]
    """``(path, sha256 of the file's bytes)`` for every annotation file read."""
    analyst: str | None
    generated: str
    """When the briefing was made: ISO 8601, UTC, to the second."""

    def frame(self) -> pd.DataFrame:
        """Two columns, ``item`` and ``value``: one row per fact, one per annotation file."""
        import pandas as pd

        rows = [
            ("workbench version", self.workbench_version),
            ("article", self.article_path),
            ("article sha256", self.article_sha256),
        ]
        if self.annotation_files:
            rows += [(f"annotation file sha256: {path}", digest) for path, digest in self.annotation_files]
        else:
            rows.append(("annotation files", "none"))
        rows += [("analyst", self.analyst or "not named"), ("generated (UTC)", self.generated)]
        return pd.DataFrame(rows, columns=["item", "value"])


def provenance(
    article: Article,
    annotation_files: Iterable[str | Path] = (),
    analyst: str | None = None,
    now: datetime | None = None,
) -> Provenance:
    """The provenance of a briefing on ``article`` made from ``annotation_files`` at ``now``."""
    from .. import __version__

    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    return Provenance(
        workbench_version=__version__,
        article_path=article.meta.source_path or article.meta.url or "<text>",
        article_sha256=article.meta.sha256,
        annotation_files=tuple((str(p), file_sha256(p)) for p in annotation_files),
        analyst=analyst or None,
        generated=moment.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
    )


# --- annotations -----------------------------------------------------------------------------


def annotation_files(article_path: str | Path, annotations: str | Path | None = None) -> list[Path]:
    """The annotation files a briefing reads, in name order.

    ``annotations`` may name one file or a folder (every ``*.annotations.json`` in it: several
    annotators' files; one made for another article is read too, and reported by the store's
    warnings); ``None`` means every annotator's sidecar file beside the article (the files
    notebook 03 writes: ``<article file name>.<annotator>.annotations.json``, the article's name
    matched exactly, brackets or stars in it included), which may be none at all.
    """
    from ..annotations.store import SUFFIX

    if annotations is None:
        return sidecar_files(article_path)
    path = Path(annotations)
    if path.is_dir():
        found = sorted(path.glob(f"*{SUFFIX}"))
        if not found:
            raise WorkbenchError(path, f"holds no annotation files (*{SUFFIX})")
        return found
    if not path.is_file():
        raise WorkbenchError(path, "no such annotation file or folder")
    return [path]


def article_home(source: str | Path, article: Article, my_articles: str | Path = MY_ARTICLES) -> Path:
    """The file an article's annotations sit beside: the article's own file, or for an article
    fetched from a URL the copy of its text that notebook 03 keeps in ``my_articles`` (see
    :func:`workbench.widgets.autosave.text_copy_path`; it need not exist)."""
    from ..load import is_url

    if not is_url(source):
        return Path(source)
    from ..widgets.autosave import text_copy_path

    return text_copy_path(article, my_articles)


def sidecar_files(article_path: str | Path) -> list[Path]:
    """Every annotator's sidecar file beside the article, in name order: the article's file name
    taken literally (``report[1].txt`` finds its own, ``a*.txt`` not another article's), then an
    annotator's name, which has no dots (``a.txt.b.txt.bob...`` belongs to ``a.txt.b.txt``)."""
    from ..annotations.model import AnnotationError, check_annotator
    from ..annotations.store import SUFFIX

    article_path = Path(article_path)
    prefix = article_path.name + "."
    found = []
    for path in article_path.parent.glob(glob.escape(prefix) + "*" + SUFFIX):
        try:
            check_annotator(path.name[len(prefix) : -len(SUFFIX)])
        except AnnotationError:
            continue
        found.append(path)
    return sorted(found)


@dataclass
class AnnotationsRead:
    """The annotations of several annotators' files, re-anchored on the article's current text."""

    annotations: list[Annotation] = field(default_factory=list)
    """The annotations found in the text, every annotator's."""
    unanchored: list[Annotation] = field(default_factory=list)
    """Annotations whose quote is no longer in the text (the article changed): kept, reported."""
    warnings: list[str] = field(default_factory=list)
    """What happened on reading: text changed since annotated, annotations moved or lost."""


def read_annotations(article: Article, files: Sequence[str | Path]) -> AnnotationsRead:
    """Every annotation in ``files``, re-anchored on ``article``; a corrupt or foreign file raises
    :class:`~workbench.annotations.AnnotationError` naming it (and is left untouched)."""
    from ..annotations import AnnotationStore

    read = AnnotationsRead()
    for path in files:
        store = AnnotationStore.open(article, path=path)
        lost = {a.id for a in store.unanchored}
        read.annotations.extend(a for a in store.annotations if a.id not in lost)
        read.unanchored.extend(store.unanchored)
        read.warnings.extend(store.warnings)
    return read


def claim_annotations(claim: Claim, annotations: Iterable[Annotation]) -> list[Annotation]:
    """The claim annotations anchored on ``claim``'s text (offsets overlap)."""
    span = Span(claim.start, claim.end)
    return [a for a in annotations if a.target == "claim" and span.overlaps(Span(a.anchor.start, a.anchor.end))]


def verdicts_given(annotations: Sequence[Annotation]) -> dict[str, str]:
    """Each annotator's verdict on a claim, leaving out those who have not judged it."""
    return {a.annotator: a.verdict for a in annotations if a.verdict != UNREVIEWED}


def verdict_of(annotations: Sequence[Annotation]) -> str:
    """One verdict for a claim from its annotations: the verdict they share, ``unreviewed`` when
    nobody gave one, or ``split (alice: verified; bob: false)`` when annotators disagree."""
    given = verdicts_given(annotations)
    distinct = set(given.values())
    if not distinct:
        return UNREVIEWED
    if len(distinct) == 1:
        return distinct.pop()
    return "split (" + "; ".join(f"{who}: {verdict}" for who, verdict in sorted(given.items())) + ")"


# --- the tables ------------------------------------------------------------------------------


def summary_frame(analysis: Analysis, annotations: Sequence[Annotation] = ()) -> pd.DataFrame:
    """The article at a glance: two columns, ``item`` and ``value``."""
    import pandas as pd

    meta = analysis.article.meta
    length, sources, claims = analysis.summary.lines()
    checkworthy = analysis.summary.checkworthy_claims
    rows = [
        ("headline", meta.title or "(none)"),
        ("outlet", meta.outlet or "unknown"),
        ("date", meta.date.isoformat() if meta.date else "unknown"),
        ("author", meta.author or "unknown"),
        ("length", length),
        ("readability", _readability_line(analysis)),
        ("sources", sources),
        ("claims", claims),
        ("reviewed", f"{reviewed_count(analysis, annotations)} of {checkworthy} check-worthy claims have a verdict"),
    ]
    return pd.DataFrame(rows, columns=["item", "value"])


def reviewed_count(analysis: Analysis, annotations: Sequence[Annotation]) -> int:
    """How many check-worthy claims the annotators gave a verdict (agreed or split)."""
    checkworthy = analysis.claims.checkworthy()
    return sum(1 for c in checkworthy if verdict_of(claim_annotations(c, annotations)) != UNREVIEWED)


def _readability_line(analysis: Analysis) -> str:
    body = analysis.readability.body
    return f"Flesch-Kincaid grade {body.flesch_kincaid_grade:.1f}, reading ease {body.flesch_reading_ease:.0f}"


def speaker_of(claim: Claim) -> str:
    """Who makes a claim, for a table: the source's name, ``unnamed source`` or ``reporter``."""
    if claim.speaker:
        return claim.speaker
    return UNNAMED if claim.attributed else REPORTER


def sources_frame(analysis: Analysis) -> pd.DataFrame:
    """Who speaks: one row per source, most attributions first (the registry's own order)."""
    columns = [
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
    table = analysis.sourcing.sources_frame()[columns]
    return table.fillna({"role": "", "affiliation": "", "country": ""})


def claims_frame(analysis: Analysis, annotations: Sequence[Annotation] = ()) -> pd.DataFrame:
    """The check-worthy claims (and any other claim someone annotated) with their verdicts.

    Columns: ``#`` (the claim's number in the claim list), ``claim`` (the text), ``speaker`` (see :func:`speaker_of`),
    ``hedged`` (each hedge cue with its reading, or empty), ``verdict``, ``notes`` (``annotator: note``),
    ``evidence`` (every annotator's, each once), ``start``, ``end``.
    """
    import pandas as pd

    from ..widgets import render

    article = analysis.article
    rows = []
    for number, claim in enumerate(analysis.claims, start=1):
        on_claim = claim_annotations(claim, annotations)
        if not (claim.checkworthy or on_claim):
            continue
        rows.append(
            {
                "#": number,
                "claim": article.slice((claim.start, claim.end)),
                "speaker": speaker_of(claim),
                "hedged": render.hedges_cell(claim.hedge_cues, ""),
                "verdict": verdict_of(on_claim),
                "notes": "; ".join(f"{a.annotator}: {a.note}" for a in on_claim if a.note),
                "evidence": "; ".join(dict.fromkeys(e for a in on_claim for e in a.evidence)),
                "start": claim.start,
                "end": claim.end,
            }
        )
    columns = ["#", "claim", "speaker", "hedged", "verdict", "notes", "evidence", "start", "end"]
    return pd.DataFrame(rows, columns=columns)


def open_questions(
    analysis: Analysis,
    annotations: Sequence[Annotation] = (),
    unanchored: Sequence[Annotation] = (),
) -> pd.DataFrame:
    """What is still open, one row per check-worthy claim not settled: without a verdict, disputed
    or unverifiable, or on which annotators disagree — and of those, the ones the article states
    in its own voice (who says so?); then the ``unanchored`` annotations, whose quote the current
    text no longer holds. A claim with a settled verdict (verified, partly true, false, opinion)
    is no longer open; a claim the analysis does not find check-worthy is not listed.

    Columns: ``#`` (the claim's number in the claim list; empty for an annotation no longer in the
    text), ``claim``, ``speaker``, ``verdict``, ``questions`` (why it is open), ``start``, ``end``.
    """
    import pandas as pd

    article = analysis.article
    rows = []
    for number, claim in enumerate(analysis.claims, start=1):
        if not claim.checkworthy:
            continue
        on_claim = claim_annotations(claim, annotations)
        verdict = verdict_of(on_claim)
        split = len(set(verdicts_given(on_claim).values())) > 1
        settled = not split and verdict != UNREVIEWED and verdict not in OPEN_VERDICTS
        questions = []
        if not claim.attributed and not settled:
            questions.append("no source: stated in the reporter's own voice")
        if verdict == UNREVIEWED:
            questions.append("not reviewed yet")
        if verdict in OPEN_VERDICTS:
            questions.append(f"{verdict}: needs more evidence")
        if split:
            questions.append("annotators disagree")
        if questions:
            rows.append(
                {
                    "#": number,
                    "claim": article.slice((claim.start, claim.end)),
                    "speaker": speaker_of(claim),
                    "verdict": verdict,
                    "questions": "; ".join(questions),
                    "start": claim.start,
                    "end": claim.end,
                }
            )
    for lost in unanchored:
        rows.append(
            {
                "#": None,
                "claim": lost.anchor.quote,
                "speaker": "",
                "verdict": lost.verdict,
                "questions": f"{lost.annotator}'s annotation no longer matches the text (the article changed)",
                "start": lost.anchor.start,
                "end": lost.anchor.end,
            }
        )
    frame = pd.DataFrame(rows, columns=["#", "claim", "speaker", "verdict", "questions", "start", "end"])
    return frame.astype({"#": "Int64"})


# --- the briefing as one object, for the notebook --------------------------------------------


@dataclass
class Briefing:
    """One article's analyses, the annotations read for it and the provenance of both."""

    analysis: Analysis
    provenance: Provenance
    read: AnnotationsRead = field(default_factory=AnnotationsRead)

    @classmethod
    def build(
        cls,
        article_path: str | Path,
        annotation_path: str | Path | None = None,
        analyst: str | None = None,
        *,
        my_articles: str | Path = MY_ARTICLES,
    ) -> Briefing:
        """Load the article (a file or a URL) and its annotations (see :func:`annotation_files`;
        a fetched article's are beside its copy in ``my_articles``, :func:`article_home`) and note
        where they came from."""
        from ..load import load
        from ..pipeline import analyze

        article = load(article_path)
        files = annotation_files(article_home(article_path, article, my_articles), annotation_path)
        return cls(analyze(article), provenance(article, files, analyst), read_annotations(article, files))

    @property
    def article(self) -> Article:
        return self.analysis.article

    @property
    def warnings(self) -> list[str]:
        """What reading the annotation files turned up (text changed, annotations moved or lost)."""
        return self.read.warnings

    def summary(self) -> pd.DataFrame:
        return summary_frame(self.analysis, self.read.annotations)

    def summary_html(self) -> HTML:
        """The summary as the report opens with it (see :func:`.briefing_view.summary_html`)."""
        from IPython.display import HTML

        from .briefing_view import summary_html

        return HTML(summary_html(self.analysis, reviewed_count(self.analysis, self.read.annotations)))

    def article_html(self) -> HTML:
        """The whole article highlighted, as notebook 01 shows it (:func:`workbench.widgets.highlight_html`)."""
        from IPython.display import HTML

        from ..widgets.highlight import highlight_html

        return HTML(highlight_html(self.analysis))

    def claims_html(self) -> HTML:
        """The check-worthy claims highlighted, with verdicts (:func:`.briefing_view.checkworthy_claims_html`)."""
        from IPython.display import HTML

        from .briefing_view import checkworthy_claims_html

        return HTML(checkworthy_claims_html(self.analysis, self.read.annotations))

    def sources(self) -> pd.DataFrame:
        return sources_frame(self.analysis)

    def claims(self) -> pd.DataFrame:
        return claims_frame(self.analysis, self.read.annotations)

    def claim_notes(self) -> pd.DataFrame:
        """:meth:`claims` with a note or evidence from an annotator: the details the highlighted
        list of check-worthy claims does not show."""
        claims = self.claims()
        return claims[(claims["notes"] != "") | (claims["evidence"] != "")].reset_index(drop=True)

    def open_questions(self) -> pd.DataFrame:
        return open_questions(self.analysis, self.read.annotations, self.read.unanchored)


# --- running the notebook --------------------------------------------------------------------


def run_briefing(
    article_path: str | Path,
    html_out: str | Path,
    annotations: str | Path | None = None,
    analyst: str | None = None,
    *,
    my_articles: str | Path = MY_ARTICLES,
    notebook: str | Path | None = None,
    timeout: int = 600,
) -> Path:
    """Execute the briefing notebook on one article (a file, or an ``http(s)://`` URL) and write
    it as HTML (inputs hidden).

    ``annotations`` is an annotation file or a folder of them; ``None`` reads the sidecar files
    beside the article, or for a URL beside the copy of its text that notebook 03 keeps in
    ``my_articles`` (:func:`article_home`). The notebook runs with papermill in a temporary folder
    (kernel ``python3`` of this environment), so nothing is written beside the article or the
    notebook; the HTML is written atomically. Returns ``html_out``. An article that cannot be
    loaded or fetched, or an annotation file that is missing or corrupt, raises
    :class:`~workbench.errors.WorkbenchError` (a ``LoadError`` or ``AnnotationError`` naming the
    file or URL) before any kernel starts; a failure inside the notebook raises it too, with the
    error's name and message, and so does a cell that runs for over ``timeout`` seconds. A URL
    is fetched twice: here, to check it, and by the notebook.
    """
    from ..annotations import read_annotation_file
    from ..load import is_url, load

    source: str | Path = str(article_path).strip() if is_url(article_path) else Path(article_path).resolve()
    if isinstance(source, Path) and not source.is_file():
        raise LoadError(source, "no such article file")
    annotations = None if annotations is None else Path(annotations).resolve()
    my_articles = Path(my_articles).resolve()
    notebook = Path(BRIEFING_NOTEBOOK if notebook is None else notebook)
    if not notebook.is_file():
        raise WorkbenchError(notebook, "the briefing notebook is missing: reinstall workbench")
    # Bad input fails here, with the loader's or the annotation store's message, before a kernel starts.
    article = load(source)
    for path in annotation_files(article_home(source, article, my_articles), annotations):
        read_annotation_file(path)

    try:
        import papermill
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_client.utils import run_sync
    except ImportError as missing:
        raise WorkbenchError(notebook, f"running it needs {missing.name}: pip install 'workbench[lab]'") from None

    parameters = {
        "article_path": str(source),
        "annotation_path": None if annotations is None else str(annotations),
        "analyst": analyst,
        "my_articles": str(my_articles),
    }
    with tempfile.TemporaryDirectory(prefix="workbench-briefing-") as folder:
        executed = Path(folder) / "briefing.ipynb"
        # Local sockets (IPC) in the temporary folder: no TCP port, and no warning about one. The
        # asynchronous manager, because with a blocking one nbclient waits on the kernel's output
        # without a limit and the time limit never fires.
        kernel = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(Path(folder) / "kernel"))
        try:
            papermill.execute_notebook(
                str(notebook),
                str(executed),
                parameters=parameters,
                kernel_name="python3",
                cwd=folder,
                progress_bar=False,
                execution_timeout=timeout,
                km=kernel,
            )
        except papermill.PapermillExecutionError as exc:
            raise WorkbenchError(source, f"the briefing failed: {exc.ename}: {exc.evalue}") from exc
        except TimeoutError as exc:  # nbclient's CellTimeoutError: a cell ran past the time limit
            raise WorkbenchError(
                source, f"the briefing gave up: a notebook cell ran for over {timeout} s (raise --timeout)"
            ) from exc
        finally:
            if kernel.has_kernel:
                run_sync(kernel.shutdown_kernel)(now=True)
        html = notebook_html(executed, title=f"Briefing: {source.name if isinstance(source, Path) else source}")
    from ..annotations.store import write_atomically

    html_out = Path(html_out)
    html_out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(html_out, html.encode("utf-8"))
    return html_out


#: nbconvert's lab template without the scripts it loads from a CDN (require.js, MathJax,
#: Mermaid), which a report of tables and images does not need: it opens offline, fetches nothing.
REPORT_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def notebook_html(path: str | Path, title: str) -> str:
    """An executed notebook as a self-contained HTML page titled ``title``, without code cells,
    prompts, the cells tagged :data:`NOTEBOOK_ONLY` (how to use the notebook, which a reader of
    the report does not need) or any script from the web."""
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        extra_loaders=[DictLoader({"briefing.html.j2": REPORT_TEMPLATE})],
        template_file="briefing.html.j2",
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={NOTEBOOK_ONLY}), enabled=True)
    notebook = nbformat.read(path, as_version=4)
    notebook.metadata["title"] = title
    body, _ = exporter.from_notebook_node(notebook)
    return body
