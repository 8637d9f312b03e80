"""Merging a store's unsaved changes into a sidecar another window saved meanwhile (three-way).

``base`` is the file as the store last read or wrote it, ``theirs`` the file on disk now, ``mine``
the store's annotations, ``touched`` what the store changed since ``base``: per key, the fields an
upsert set, or None for an annotation created or removed whole. An annotation the other window
left alone takes this store's version; one both changed merges field by field when they changed
different fields (or made the same change); anything else is a conflict, refused, not guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .model import Annotation

Touched = Mapping[str, "frozenset[str] | None"]


def three_way(
    base: Mapping[str, Annotation],
    theirs: Mapping[str, Annotation],
    mine: Mapping[str, Annotation],
    touched: Touched,
) -> tuple[dict[str, Annotation], list[str]]:
    """``theirs`` with this store's changes applied, and the conflicts (one phrase each, e.g.
    ``"claim:3 (verdict)"``); the merge is only to be written when there is no conflict."""
    merged = dict(theirs)
    conflicts = []
    for key, fields in touched.items():
        old, their, my = base.get(key), theirs.get(key), mine.get(key)
        if their == old:  # the other window left it alone
            if my is None:
                merged.pop(key, None)
            else:
                merged[key] = my
        elif their is None and my is None:
            continue  # removed on both sides
        elif fields is None or old is None or their is None or my is None:
            conflicts.append(f"{key} ({'removed' if their is None else 'changed'} there, {_what(my, old)} here)")
        else:
            clash = sorted(f for f in fields if getattr(their, f) not in (getattr(old, f), getattr(my, f)))
            if clash:
                conflicts.append(f"{key} ({', '.join(clash)})")
                continue
            mine_changed = {f: getattr(my, f) for f in fields}
            merged[key] = replace(their, **mine_changed, modified=max(my.modified, their.modified))
    return merged, conflicts


def _what(mine: Annotation | None, old: Annotation | None) -> str:
    if mine is None:
        return "removed"
    return "created" if old is None else "changed"
