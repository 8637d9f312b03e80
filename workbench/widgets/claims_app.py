"""ClaimsApp: the article loader above the claim annotator, for notebook 03 and its Voilà app.

The analyst brings an article (a sample or their own file, pasted text, an uploaded file or a
URL: :class:`.loader.ArticleLoader`), types their name once and reviews its claims; loading
another article keeps the name. An article without a file of its own (pasted, uploaded, fetched)
is annotated beside a copy of its text in ``copies`` (see :func:`.autosave.text_copy`). A file
that cannot be loaded, or annotations that cannot be read, are said in one line and the previous
article stays on screen.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as widgets

from ..annotations import AnnotationError
from .autosave import NameBox
from .claim_annotator import ClaimAnnotator
from .loader import ArticleLoader
from .render import escape

if TYPE_CHECKING:
    import pandas as pd

    from ..article import Article


class ClaimsApp(widgets.VBox):
    """The loader (``app.loader``) above a :class:`ClaimAnnotator` of the article loaded last
    (``app.annotator``, None until an article is loaded)."""

    def __init__(
        self,
        folder: str | Path = "../sample_articles",
        article_path: str | os.PathLike[str] | None = None,
        annotator: str | None = None,
        *,
        copies: str | os.PathLike[str] = "../my_articles",
    ):
        self.annotator: ClaimAnnotator | None = None
        self.copies = Path(copies)
        self._name = annotator or ""
        self.problem = widgets.HTML()
        self.problem.add_class("wb-app-problem")
        self.holder = widgets.VBox()
        self.loader = ArticleLoader(self._open, folder=folder, default=None)
        super().__init__([self.loader, self.problem, self.holder])
        if article_path is not None:
            self.loader.chooser.value = next(
                (value for _, value in self.loader.chooser.options if Path(value) == Path(article_path)), None
            )
            self.loader.load("file", str(article_path))

    def _open(self, article: Article) -> None:
        """Annotate the article just loaded, under the name typed so far."""
        name = self.annotator.name.text.value if self.annotator is not None else self._name
        try:
            box = NameBox(article, name, copies=self.copies)
        except AnnotationError as error:
            self.problem.value = f"<b style='color:#c92a2a'>{escape(error)}</b>"
            return
        self.problem.value = ""
        self.annotator = ClaimAnnotator(article, box, analysis=self.loader.result)
        self.holder.children = (self.annotator,)

    def saved(self) -> pd.DataFrame:
        """The annotations saved so far for the article on screen (see :meth:`ClaimAnnotator.saved`)."""
        from ..annotations.export import annotations_frame

        return self.annotator.saved() if self.annotator is not None else annotations_frame([])
