"""Saving a widget's change through the annotation store, and saying on screen what happened."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import ipywidgets as widgets

    from ..annotations import Annotation, AnnotationStore

NOT_SAVED_CLASS = "wb-not-saved"


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
