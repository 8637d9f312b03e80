"""workbench: take a news article apart — structure, sourcing, claims, readability — and annotate it.

The public face, kept light so that ``import workbench`` is fast; heavy modules (pandas,
textstat, matplotlib, ipywidgets) are imported where they are used.

    >>> import workbench
    >>> article = workbench.load("sample_articles/seed_article.txt")
    >>> article.meta.outlet
    'WE'
"""

from __future__ import annotations

from .article import Article, Block, Metadata, Section, Sentence, Span
from .errors import LoadError, WorkbenchError
from .load import Collection, iter_file, load, load_any, load_bytes, load_many, load_text
from .pipeline import Analysis, analyze
from .summary import ArticleSummary, summarize

__version__ = "0.1.0"

from .notebook_errors import install_if_in_ipython as _install_if_in_ipython  # noqa: E402

_install_if_in_ipython()

__all__ = [
    "Analysis",
    "Article",
    "ArticleSummary",
    "Block",
    "Collection",
    "LoadError",
    "Metadata",
    "Section",
    "Sentence",
    "Span",
    "WorkbenchError",
    "__version__",
    "analyze",
    "iter_file",
    "load",
    "load_any",
    "load_bytes",
    "load_many",
    "load_text",
    "summarize",
]
