"""ArticleLoader: bring your own article into a notebook — a sample or a file, pasted text, an
uploaded file or a URL — and see its summary and the article highlighted at once.

The widget is a thin layer over :func:`load_source` (which calls :func:`workbench.load_any` and
its kin) and the HTML builders of :mod:`workbench.summary` and :mod:`.highlight`; tests call those
directly and drive the widget through ``Button.click()``. A source that cannot be loaded leaves
the article shown as it was and says why on one line (``wb-loader-error``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from ..errors import WorkbenchError
from . import render

if TYPE_CHECKING:
    from ..article import Article
    from ..pipeline import Analysis

#: The loader's tabs: where an article can come from.
SOURCES = ("file", "paste", "upload", "url")
TAB_TITLES = {"file": "Sample or file", "paste": "Paste text", "upload": "Upload a file", "url": "From a URL"}
UPLOAD_TYPES = ".txt,.text,.md,.markdown,.html,.htm,.json,.jsonl,.csv"


def article_choices(folder: str | Path) -> list[tuple[str, str]]:
    """``(label, path)`` of every article file under ``folder`` (the shipped samples, your own files):
    no README, licence or annotation sidecar; labels are paths relative to ``folder``."""
    from ..load import expand_sources

    root = Path(folder)
    if not root.is_dir():
        return []
    return [(str(Path(path).relative_to(root)), str(path)) for path in expand_sources(root)]


def uploaded_file(value: Any) -> tuple[bytes, str]:
    """The bytes and name of the file in a ``FileUpload``'s value (ipywidgets 8: a tuple of dicts)."""
    from ..errors import LoadError

    if not value:
        raise LoadError("<upload>", "no file chosen")
    item = value[0]
    return bytes(item["content"]), str(item["name"])


def load_source(kind: str, value: Any) -> Article:
    """The article from one of the loader's sources: ``file`` (a path), ``paste`` (text), ``upload``
    (a ``FileUpload`` value) or ``url``; a :class:`~workbench.errors.LoadError` saying what is wrong."""
    from ..errors import LoadError
    from ..load import is_url, load, load_any, load_bytes

    if kind == "file":
        if not value:
            raise LoadError("<file>", "no file chosen")
        return load(value)
    if kind == "paste":
        return load_any(str(value or ""))
    if kind == "upload":
        data, name = uploaded_file(value)
        return load_bytes(data, name)
    if kind == "url":
        url = str(value or "").strip()
        if not is_url(url):
            raise LoadError(url or "<url>", "is not an http:// or https:// address")
        return load(url)
    raise ValueError(f"source {kind!r}: expected one of {SOURCES}")


def origin(kind: str, value: Any) -> str:
    """Where an article came from, in words, for the status line."""
    if kind == "upload":
        return f"the upload {uploaded_file(value)[1]}"
    return "pasted text" if kind == "paste" else str(value).strip()


def article_view_html(result: Analysis) -> str:
    """What the loader shows of an article: its summary, then the article highlighted."""
    from ..summary import summary_html
    from .highlight import highlight_html

    return summary_html(result) + "<hr style='margin:0.6em 0'>" + highlight_html(result)


class ArticleLoader(widgets.VBox):
    """Choose, paste, upload or fetch an article; press Load.

    ``loader.article`` and ``loader.result`` (its :class:`~workbench.pipeline.Analysis`) are the
    article last loaded; ``loader.view`` (an HTML widget, shown in its own cell) shows its summary
    and the article highlighted, re-drawn at each load; ``on_load(article)`` is called after each.
    """

    def __init__(
        self,
        on_load: Callable[[Article], object] | None = None,
        *,
        folder: str | Path = "../sample_articles",
        default: str | Path | None = "seed_article.txt",
    ):
        self.on_load = on_load
        self.article: Article | None = None
        self.result: Analysis | None = None
        choices = article_choices(folder)
        self.chooser = widgets.Dropdown(options=choices, description="Article", layout=widgets.Layout(width="40em"))
        self.paste = widgets.Textarea(
            placeholder="Paste the article here: headline first, then the text (or the page's HTML)",
            layout=widgets.Layout(width="60em", height="12em"),
        )
        self.upload = widgets.FileUpload(accept=UPLOAD_TYPES, multiple=False, description="Choose file")
        self.url = widgets.Text(placeholder="https://…", description="URL", layout=widgets.Layout(width="40em"))
        self.tabs = widgets.Tab(children=[self.chooser, self.paste, self.upload, self.url])
        for index, kind in enumerate(SOURCES):
            self.tabs.set_title(index, TAB_TITLES[kind])
        self.load_button = widgets.Button(description="Load", button_style="primary", icon="upload")
        self.status = widgets.HTML()
        self.error = widgets.HTML()
        self.view = widgets.HTML()
        for widget, css in (
            (self, "wb-loader"),
            (self.chooser, "wb-loader-file"),
            (self.paste, "wb-loader-paste"),
            (self.upload, "wb-loader-upload"),
            (self.url, "wb-loader-url"),
            (self.tabs, "wb-loader-tabs"),
            (self.load_button, "wb-loader-load"),
            (self.status, "wb-loader-status"),
            (self.error, "wb-loader-error"),
            (self.view, "wb-article-view"),
        ):
            widget.add_class(css)
        self.load_button.on_click(lambda _: self.load())
        super().__init__([self.tabs, widgets.HBox([self.load_button, self.status]), self.error])
        if default is not None:
            path = Path(folder) / default
            self.chooser.value = str(path) if str(path) in dict(choices).values() else None
            self.load("file", str(path))

    @property
    def kind(self) -> str:
        """The source the open tab stands for."""
        return SOURCES[self.tabs.selected_index or 0]

    def _value(self, kind: str) -> Any:
        return {"file": self.chooser, "paste": self.paste, "upload": self.upload, "url": self.url}[kind].value

    def load(self, kind: str | None = None, value: Any = None) -> Article | None:
        """Load from the open tab (or from ``kind`` and ``value``); show it, or say why not."""
        kind = kind or self.kind
        value = self._value(kind) if value is None else value
        try:
            article = load_source(kind, value)
        except WorkbenchError as error:
            self.error.value = f"<span style='color:#c92a2a'>Could not load: {render.escape(error)}</span>"
            return None
        from ..pipeline import analyze
        from ..summary import plural

        self.article, self.result = article, analyze(article)
        self.error.value = ""
        self.status.value = render.escape(
            f"Loaded “{article.meta.title or '(no headline)'}”: {plural(article.word_count, 'word')},"
            f" from {origin(kind, value)}"
        )
        self.view.value = article_view_html(self.result)
        if self.on_load is not None:
            self.on_load(article)
        return article
