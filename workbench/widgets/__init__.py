"""Widgets for JupyterLab and Voilà: bring in an article and see it highlighted, step through it,
annotate its claims and sources.

Each widget is a thin layer over pure functions (:mod:`.render` for the HTML, the filters and
field builders beside each widget) that the tests call directly. Key parts carry stable CSS
classes (``wb-next``, ``wb-prev``, ``wb-jump``, ``wb-verdict``, ``wb-note``, ...) for browser tests.
"""

from __future__ import annotations

from .claim_annotator import ClaimAnnotator, claim_key
from .highlight import highlight_html
from .loader import ArticleLoader
from .source_annotator import SourceAnnotator, source_key
from .stepper import ArticleStepper

__all__ = [
    "ArticleLoader",
    "ArticleStepper",
    "ClaimAnnotator",
    "SourceAnnotator",
    "claim_key",
    "highlight_html",
    "source_key",
]
