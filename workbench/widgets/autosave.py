"""Saving a widget's change through the annotation store, and saying on screen what happened; the
annotator's name, without which nothing is saved."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from .render import escape

if TYPE_CHECKING:
    from ..annotations import Annotation, AnnotationStore
    from ..article import Article

NOT_SAVED_CLASS = "wb-not-saved"
#: Names that are an example or a login, not a person: a file saved under them would say nothing
#: about who annotated ("root" is what an empty name became on a server run as root).
PLACEHOLDER_NAMES = frozenset({"your-name", "your name", "your_name", "yourname", "name", "annotator", "root"})


def save_change(store: AnnotationStore, status: widgets.Label, key: str, **values: Any) -> Annotation | None:
    """``store.upsert(key, **values)`` (which writes the sidecar file), then ``status`` says where
    it went; when the file cannot be written (changed on disk by another window or kernel, not
    writable) ``status`` says NOT SAVED and why, instead of an error lost in the kernel's log."""
    from ..annotations import AnnotationError

    try:
        annotation = store.upsert(key, **values)
    except AnnotationError as error:
        status.value = f"NOT SAVED: {error} (or run the cell again)"
        status.add_class(NOT_SAVED_CLASS)
        return None
    status.value = f"Saved to {store.path.name} at {datetime.now():%H:%M:%S}"
    status.remove_class(NOT_SAVED_CLASS)
    return annotation


def name_problem(name: object) -> str | None:
    """Why ``name`` cannot name an annotator (empty, a placeholder, characters a file name cannot
    take), or None when it can."""
    from ..annotations import AnnotationError
    from ..annotations.model import check_annotator

    text = name.strip() if isinstance(name, str) else ""
    if not text:
        return "Type your name: nothing is saved until you do."
    if text.lower() in PLACEHOLDER_NAMES:
        return f"“{text}” is not a name: type your own. Nothing is saved until you do."
    try:
        check_annotator(text)
    except AnnotationError:
        return (
            f"“{text}” cannot name a file: use letters, digits, spaces, '-' or '_' (at most 64). "
            "Nothing is saved until you do."
        )
    return None


class NameBox(widgets.VBox):
    """The annotator's name, checked; ``store`` is their :class:`AnnotationStore` once the name is
    valid, else None (and the box says why). Annotators given one ``NameBox`` share its store.

    ``on_store(callback)`` calls ``callback(store)`` whenever the store changes (a new name, or
    none). With ``store=`` given, the name is that store's and cannot be changed. An article that
    has no file (pasted, uploaded, fetched from a URL) is annotated beside a copy of its text that
    :func:`text_copy` keeps in ``copies`` (without ``copies``, the box says it cannot be saved).
    """

    def __init__(
        self,
        article: Article,
        name: str | None = None,
        *,
        store: AnnotationStore | None = None,
        copies: str | os.PathLike[str] | None = None,
    ):
        self.article = article
        self.copies = copies
        self.store: AnnotationStore | None = store
        self._listeners: list[Callable[[AnnotationStore | None], None]] = []
        self.text = widgets.Text(
            value=store.annotator if store is not None else (name or "").strip(),
            description="Your name",
            placeholder="e.g. Dana Park",
            continuous_update=False,
            disabled=store is not None,
        )
        self.message = widgets.HTML()
        self.text.add_class("wb-annotator-name")
        self.message.add_class("wb-name-message")
        self.add_class("wb-name-box")
        super().__init__([self.text, self.message])
        if store is None:
            self._open(self.text.value, raise_errors=True)
        self.text.observe(lambda change: self._changed(change["new"]), names="value")

    def on_store(self, callback: Callable[[AnnotationStore | None], None]) -> None:
        self._listeners.append(callback)

    def _changed(self, name: str) -> None:
        self._open(name, raise_errors=False)
        for callback in self._listeners:
            callback(self.store)

    def _open(self, name: str, *, raise_errors: bool) -> None:
        """Open the store of ``name``; a file that cannot be read raises when the widget is made
        (the cell fails, naming the file), and is said in the box when a name is typed."""
        from ..annotations import AnnotationError, AnnotationStore, sidecar_path

        self.store = None
        problem = name_problem(name)
        if problem is None and not self.article.meta.source_path and self.copies is None:
            problem = "This article has no file to keep annotations beside: save it as a file and load that."
        if problem is None:
            try:
                path = None
                if not self.article.meta.source_path and self.copies is not None:
                    path = sidecar_path(text_copy(self.article, self.copies), name.strip())
                self.store = AnnotationStore.open(self.article, annotator=name.strip(), path=path)
            except AnnotationError as error:
                if raise_errors:
                    raise
                problem = f"NOT SAVED: {error}"
        if problem is None and self.store is not None:
            self.message.value = f"<span style='color:#2b8a3e'>Saving to {escape(self.store.path.name)}</span>"
        else:
            self.message.value = f"<b style='color:#c92a2a'>{escape(problem)}</b>"


def text_copy(article: Article, folder: str | os.PathLike[str]) -> Path:
    """A file holding ``article``'s text in ``folder`` (made if need be), named by
    :func:`text_copy_path`, so that annotations of a pasted, uploaded or fetched article have a
    file to sit beside and a briefing can be made of it."""
    from ..annotations.store import write_atomically

    path = text_copy_path(article, folder)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, article.text.encode("utf-8"))
    return path


def text_copy_path(article: Article, folder: str | os.PathLike[str]) -> Path:
    """Where :func:`text_copy` keeps ``article``'s text in ``folder``: named after its headline and
    the start of its sha256 (``council-votes-sea-wall-42e99c3b.txt``), so the same article fetched
    again finds its annotations there. Nothing is written."""
    slug = re.sub(r"[^a-z0-9]+", "-", (article.meta.title or "article").lower()).strip("-")[:48] or "article"
    return Path(folder) / f"{slug}-{article.meta.sha256[:8]}.txt"
