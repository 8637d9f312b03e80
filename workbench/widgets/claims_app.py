"""ClaimsApp: the claim annotator with a chooser of articles, for notebook 03 and its Voilà app.

The analyst picks an article among the files of a folder (the shipped samples, or their own),
types their name once, and reviews its claims; choosing another article keeps the name. A file
that cannot be loaded is said in one line, and the previous article stays on screen.
"""

from __future__ import annotations

import os
from pathlib import Path

import ipywidgets as widgets

from ..errors import WorkbenchError
from .claim_annotator import ClaimAnnotator
from .render import escape

#: The kinds of file offered as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".csv")
#: Files in a sample folder that are about the articles, not articles.
NOT_ARTICLES = ("README", "ATTRIBUTION", "LICENSE")


def article_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The article files under ``folder`` (recursively, in name order): not annotation files or
    their exports (``seed_article.txt.alice.csv``: an article's name inside), not READMEs."""
    found = []
    for path in sorted(Path(folder).rglob("*")):
        inner = path.name.split(".")[1:-1]
        if (
            path.is_file()
            and path.suffix.lower() in ARTICLE_SUFFIXES
            and not any("." + part.lower() in ARTICLE_SUFFIXES for part in inner)
            and not path.name.upper().startswith(NOT_ARTICLES)
            and not path.name.startswith(".")
        ):
            found.append(path)
    return found


class ClaimsApp(widgets.VBox):
    """An article chooser above a :class:`ClaimAnnotator`; ``app.annotator`` is the annotator of
    the article on screen, ``app.chooser`` the chooser (values are paths)."""

    def __init__(
        self,
        folder: str | os.PathLike[str],
        article_path: str | os.PathLike[str] | None = None,
        annotator: str | None = None,
    ):
        from ..load import load

        files = article_files(folder)
        if article_path is not None and Path(article_path).resolve() not in {p.resolve() for p in files}:
            files.insert(0, Path(article_path))
        if not files:
            raise WorkbenchError(folder, "holds no article file (.txt, .md, .html, .json, .csv)")
        self.folder = Path(folder)
        self.chooser = widgets.Dropdown(
            options=[(self._label(p), str(p)) for p in files],
            value=str(article_path if article_path is not None else files[0]),
            description="Article",
            layout=widgets.Layout(width="40em"),
        )
        self.problem = widgets.HTML()
        self.chooser.add_class("wb-article-chooser")
        self.problem.add_class("wb-article-problem")
        self.annotator = ClaimAnnotator(load(self.chooser.value), annotator)
        self.chooser.observe(lambda change: self._choose(change["new"]), names="value")
        super().__init__([self.chooser, self.problem, self.annotator])

    def _label(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.folder))
        except ValueError:
            return path.name

    def _choose(self, path: str) -> None:
        """Open the chosen article, keeping the name typed so far."""
        from ..load import load

        try:
            article = load(path)
        except WorkbenchError as error:
            self.problem.value = f"<b style='color:#c92a2a'>{escape(error)}</b>"
            return
        self.problem.value = ""
        self.annotator = ClaimAnnotator(article, self.annotator.name.text.value)
        self.children = (self.chooser, self.problem, self.annotator)
