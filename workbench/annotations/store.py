"""The sidecar file: one annotator's annotations of one article, saved beside it on every change.

    >>> store = AnnotationStore.open(article, "alice")          # doctest: +SKIP
    >>> store.upsert("claim:3", start=120, end=180, verdict="disputed", note="no source given")

The file (``seed_article.txt.alice.annotations.json``) is JSON::

    {"schema": "workbench.annotations", "schema_version": 1,
     "article": {"sha256": ..., "path": ..., "title": ...},
     "annotator": "alice", "created": ..., "modified": ..., "annotations": [...]}

Guarantees, each with a test in ``tests/test_annotations_store.py``:

* saves are atomic (temporary file in the same folder, fsync, ``os.replace``): a crash part way
  leaves the previous file whole, and the temporary files a killed save leaves are removed on the
  next open;
* a save is atomic with its check: under an advisory lock beside the file (see :mod:`.filesafe`)
  the store reads the file, and if another window or program changed it since, merges this
  store's changes into it (:mod:`.threeway`) or, when both changed the same thing, refuses
  loudly; an ``upsert`` that returns normally is on disk;
* a file that cannot be read (not JSON, not ours, from a newer workbench, nested too deeply, over
  :data:`MAX_FILE_BYTES`) raises :class:`AnnotationError` and is never written over; keys a
  newer workbench wrote that this one does not know are kept as they were;
* if the article's text changed since the file was saved (its sha256 differs) the store says so,
  moves annotations whose quote it finds elsewhere, and keeps — flagged, never dropped — those it
  cannot find (see :mod:`.anchoring`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

from .anchoring import reanchor
from .filesafe import locked, read_limited, remove_orphans, write_atomically
from .model import Anchor, Annotation, AnnotationError, check_annotator, now_iso
from .threeway import three_way

if TYPE_CHECKING:
    import pandas as pd

    from ..article import Article

SCHEMA = "workbench.annotations"
SCHEMA_VERSION = 1
SUFFIX = ".annotations.json"
#: An annotation file larger than this is refused (read or written): ~40,000 annotations.
MAX_FILE_BYTES = 20_000_000
#: The top-level keys this version writes; others (from a newer workbench) are kept as they were.
DOCUMENT_KEYS = ("schema", "schema_version", "article", "annotator", "created", "modified", "annotations")
_UNSET: Any = object()

__all__ = ["AnnotationFile", "AnnotationStore", "read_annotation_file", "sidecar_path", "write_atomically"]


def sidecar_path(article_path: str | os.PathLike[str], annotator: str) -> Path:
    """Where ``annotator``'s annotations of the article at ``article_path`` live: beside it, as
    ``<article file name>.<annotator>.annotations.json``."""
    article_path = Path(article_path)
    return article_path.with_name(f"{article_path.name}.{check_annotator(annotator, article_path)}{SUFFIX}")


def _fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AnnotationFile:
    """The content of one sidecar file, checked."""

    path: Path
    annotator: str
    article: dict[str, Any]
    created: str
    modified: str
    annotations: list[Annotation]
    fingerprint: str
    """sha256 of the file's bytes, to notice a change on disk before writing over it."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Top-level keys this version does not know, kept as they were."""


def read_annotation_file(path: str | os.PathLike[str]) -> AnnotationFile:
    """Read and check an annotation file; :class:`AnnotationError` names the file and the problem."""
    path = Path(path)
    return _parse(path, read_limited(path, MAX_FILE_BYTES))


def _parse(path: Path, data: bytes) -> AnnotationFile:
    try:
        doc = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise AnnotationError(path, "is not UTF-8 text, so not an annotation file") from None
    except json.JSONDecodeError as error:
        raise AnnotationError(
            path, f"is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg}); left untouched"
        ) from None
    except RecursionError:
        raise AnnotationError(path, "is JSON nested too deeply to be an annotation file; left untouched") from None
    if not isinstance(doc, dict):
        raise AnnotationError(path, f"holds a JSON {type(doc).__name__}, not an annotation file object")
    if doc.get("schema") != SCHEMA:
        raise AnnotationError(
            path, f"is not a workbench annotation file (schema {doc.get('schema')!r}, expected {SCHEMA!r})"
        )
    version = doc.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise AnnotationError(path, f"has an invalid schema_version {version!r}")
    if version > SCHEMA_VERSION:
        raise AnnotationError(
            path, f"was written by a newer workbench (schema_version {version}; this one reads up to {SCHEMA_VERSION})"
        )
    article = doc.get("article")
    if not isinstance(article, dict) or not isinstance(article.get("sha256"), str):
        raise AnnotationError(path, "has no article sha256")
    annotator = check_annotator(doc.get("annotator"), path)
    items = doc.get("annotations")
    if not isinstance(items, list):
        raise AnnotationError(path, "has no list of annotations")
    annotations: list[Annotation] = []
    seen: set[str] = set()
    for number, item in enumerate(items):
        try:
            annotation = Annotation.from_dict(item)
        except (ValueError, TypeError) as error:
            raise AnnotationError(path, f"annotation {number}: {error}") from None
        if annotation.key in seen:
            raise AnnotationError(path, f"annotation {number}: key {annotation.key!r} appears twice")
        seen.add(annotation.key)
        annotations.append(annotation)
    created, modified = doc.get("created"), doc.get("modified")
    if not isinstance(created, str) or not isinstance(modified, str):
        raise AnnotationError(path, "has no created/modified timestamps")
    extra = {key: value for key, value in doc.items() if key not in DOCUMENT_KEYS}
    return AnnotationFile(path, annotator, article, created, modified, annotations, _fingerprint(data), extra)


def load_annotations(path: str | os.PathLike[str], article: Article | None = None) -> list[Annotation]:
    """The annotations in an annotation file, checked; re-anchored in ``article``'s text if given
    (annotations that cannot be re-anchored keep their old anchors; open an
    :class:`AnnotationStore` to be told which)."""
    annotations = read_annotation_file(path).annotations
    if article is None:
        return annotations
    return reanchor(annotations, article.text).annotations


def _default_annotator() -> str:
    import getpass

    try:
        name = getpass.getuser()
        return check_annotator(name)
    except (AnnotationError, OSError, KeyError):
        return "analyst"


def _target_of(key: str) -> str:
    """The target a key names by its prefix: "claim:3" → claim, "source:..." → source, else span."""
    kind = key.split(":", 1)[0]
    return kind if kind in ("claim", "source") else "span"


def _render(document: dict[str, Any]) -> str:
    """The file's text: a line per top-level key and per annotation, each written by the C JSON
    encoder (``indent=`` would take the pure-Python one, ten times slower on thousands of
    annotations); readable, and a change shows as a changed line in a diff."""
    parts = []
    for key, value in document.items():
        if key == "annotations" and value:
            text = "[\n" + ",\n".join("    " + json.dumps(a, ensure_ascii=False) for a in value) + "\n  ]"
        else:
            text = json.dumps(value, ensure_ascii=False)
        parts.append(f"  {json.dumps(key)}: {text}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


class AnnotationStore:
    """One annotator's annotations of one article, kept in a sidecar file and saved on every change.

    Open with :meth:`open`. ``warnings`` lists what happened on opening (text changed, annotations
    moved or not found); ``unanchored`` the annotations whose quote is no longer in the text.
    A store made directly from ``annotations`` without a ``disk_fingerprint`` has read no file:
    its annotations are all unsaved changes, merged into the file if one exists.
    """

    def __init__(
        self,
        article: Article,
        annotator: str,
        path: str | os.PathLike[str],
        annotations: Iterable[Annotation] = (),
        *,
        created: str | None = None,
        warnings: Iterable[str] = (),
        unanchored: Iterable[Annotation] = (),
        disk_fingerprint: str | None = None,
        extra: dict[str, Any] | None = None,
    ):
        self.article = article
        self.path = Path(path)
        self.annotator = check_annotator(annotator, self.path)
        self.created = created or now_iso()
        self.modified = self.created
        self.warnings: list[str] = list(warnings)
        self._by_key: dict[str, Annotation] = {a.key: a for a in annotations}
        self._unanchored: set[str] = {a.key for a in unanchored}
        self._disk_fingerprint = disk_fingerprint
        self._extra = dict(extra or {})
        # The file as last read or written (to merge with), and what changed since: per key the
        # fields set, or None for an annotation created or removed whole.
        self._base: dict[str, Annotation] = dict(self._by_key) if disk_fingerprint else {}
        self._touched: dict[str, frozenset[str] | None] = {} if disk_fingerprint else dict.fromkeys(self._by_key)

    @classmethod
    def open(
        cls,
        article: Article,
        annotator: str | None = None,
        path: str | os.PathLike[str] | None = None,
    ) -> AnnotationStore:
        """The store of ``annotator`` (default: the login name) for ``article``, read from ``path``
        (default: the sidecar beside the article's file) if it exists. Opening never writes the
        file; it removes the temporary files a killed save left beside it."""
        annotator = check_annotator(annotator) if annotator else None  # NFKC: "ａｌｉｃｅ" is "alice"
        if path is None:
            if not article.meta.source_path:
                raise AnnotationError("<text>", "the article has no file to put annotations beside; pass path=")
            path = sidecar_path(article.meta.source_path, annotator or _default_annotator())
        path = Path(path)
        orphans = remove_orphans(path)
        warnings = (
            [f"{path.name}: removed {len(orphans)} temporary file(s) left by an interrupted save"] if orphans else []
        )
        if not path.exists():
            return cls(article, annotator or _default_annotator(), path, warnings=warnings)
        stored = read_annotation_file(path)
        if annotator is not None and stored.annotator != annotator:
            raise AnnotationError(path, f"holds annotator {stored.annotator!r}'s annotations, not {annotator!r}'s")
        if stored.article["sha256"] != article.meta.sha256:
            warnings.append(
                f"{path.name}: the article's text changed since these annotations were saved ({stored.modified}): "
                f"sha256 {stored.article['sha256'][:12]}… then, {article.meta.sha256[:12]}… now; "
                "annotations are re-anchored by their quoted text"
            )
            recorded, current = stored.article.get("path"), article.meta.source_path
            if isinstance(recorded, str) and current and Path(recorded).name != Path(current).name:
                warnings.append(f"{path.name}: was written for {recorded}, not {current}: another article?")
        placed = reanchor(stored.annotations, article.text)
        store = cls(
            article,
            stored.annotator,
            path,
            placed.annotations,
            created=stored.created,
            warnings=warnings + placed.warnings,
            unanchored=placed.unanchored,
            disk_fingerprint=stored.fingerprint,
            extra=stored.extra,
        )
        store.modified = stored.modified
        return store

    # --- reading ---------------------------------------------------------------------------
    @property
    def annotations(self) -> list[Annotation]:
        return list(self._by_key.values())

    @property
    def unanchored(self) -> list[Annotation]:
        return [a for a in self._by_key.values() if a.key in self._unanchored]

    def get(self, key: str) -> Annotation | None:
        return self._by_key.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def __len__(self) -> int:
        return len(self._by_key)

    def __repr__(self) -> str:
        return f"<AnnotationStore {self.annotator!r}: {len(self)} annotations in {self.path}>"

    def frame(self) -> pd.DataFrame:
        """One row per annotation (see :func:`.export.annotations_frame`)."""
        from .export import annotations_frame

        return annotations_frame(self.annotations, unanchored=self._unanchored)

    # --- changing (each change is saved at once) ----------------------------------------------
    def upsert(
        self,
        key: str,
        *,
        target: str = _UNSET,
        start: int = _UNSET,
        end: int = _UNSET,
        verdict: str = _UNSET,
        note: str = _UNSET,
        tags: Iterable[str] = _UNSET,
        evidence: Iterable[str] = _UNSET,
        confidence: float | None = _UNSET,
        fields: dict[str, str] = _UNSET,
    ) -> Annotation:
        """Create the annotation of ``key`` or change the values given, then save.

        A new annotation needs ``start`` and ``end`` (offsets into the article's text); its target
        defaults to the key's prefix ("claim:3" → claim). Values not given stay as they were;
        ``confidence=None`` clears the confidence, ``tags``/``evidence``/``fields`` None empty them.
        """
        old = self._by_key.get(key)
        if (start is _UNSET) != (end is _UNSET):
            raise AnnotationError(self.path, f"{key}: give both start and end, or neither")
        changes: dict[str, Any] = {
            name: value
            for name, value in dict(target=target, verdict=verdict, note=note, confidence=confidence).items()
            if value is not _UNSET
        }
        try:
            for name, value in dict(tags=tags, evidence=evidence).items():
                if value is not _UNSET:
                    changes[name] = [value] if isinstance(value, str) else list(value or ())
            if fields is not _UNSET:
                changes["fields"] = dict(fields or {})
            if start is not _UNSET:
                changes["anchor"] = Anchor.from_article(self.article, start, end)
            if old is None:
                if "anchor" not in changes:
                    raise ValueError(f"{key}: a new annotation needs start and end")
                changes.setdefault("target", _target_of(key))
                annotation = Annotation(key=key, annotator=self.annotator, **changes)
            else:
                annotation = replace(old, **changes)
        except (ValueError, TypeError) as error:
            raise AnnotationError(self.path, str(error)) from None
        if old is not None and annotation == old and not self._touched:
            return old  # nothing to save (a change refused earlier is saved again, though)
        if old is not None:
            annotation.modified = now_iso()
        self._by_key[key] = annotation
        if "anchor" in changes:
            self._unanchored.discard(key)
        touched = self._touched.get(key, frozenset())
        self._touched[key] = None if old is None or touched is None else touched | set(changes)
        self.save()
        return annotation

    def remove(self, key: str) -> Annotation | None:
        """Delete the annotation of ``key`` (and save); the removed annotation, or None if there was none."""
        removed = self._by_key.pop(key, None)
        if removed is not None:
            self._unanchored.discard(key)
            self._touched[key] = None
            self.save()
        return removed

    def save(self) -> None:
        """Write the file atomically, under its lock. If another window or program changed the file
        since this store read it, this store's changes are merged into it first; a change both made
        to the same annotation's same field (or a file that cannot be read) is refused with
        :class:`AnnotationError`, the file left as it is and the changes kept in memory."""
        with locked(self.path):
            current = read_limited(self.path, MAX_FILE_BYTES) if self.path.exists() else None
            if current is None or _fingerprint(current) == self._disk_fingerprint:
                annotations, unanchored, created, extra = self._by_key, self._unanchored, self.created, self._extra
            else:
                annotations, unanchored, created, extra = self._merged_with(current)
            modified = now_iso()
            document = {
                "schema": SCHEMA,
                "schema_version": SCHEMA_VERSION,
                "article": {
                    "sha256": self.article.meta.sha256,
                    "path": self.article.meta.source_path,
                    "title": self.article.meta.title,
                },
                "annotator": self.annotator,
                "created": created,
                "modified": modified,
                "annotations": [a.to_dict() for a in annotations.values()],
            }
            document.update((key, value) for key, value in extra.items() if key not in document)
            data = _render(document).encode("utf-8")
            if len(data) > MAX_FILE_BYTES:
                raise AnnotationError(
                    self.path, f"would be {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,}; not saved"
                )
            try:
                write_atomically(self.path, data)
            except OSError as error:
                raise AnnotationError(self.path, f"could not be saved: {error.strerror or error}") from None
        self._by_key, self._unanchored, self.created, self._extra = dict(annotations), set(unanchored), created, extra
        self.modified = modified
        self._disk_fingerprint = _fingerprint(data)
        self._base, self._touched = dict(self._by_key), {}

    def _merged_with(self, current: bytes) -> tuple[dict[str, Annotation], set[str], str, dict[str, Any]]:
        """The file another window saved, with this store's changes merged in: annotations,
        unanchored keys, created, extra keys. Refuses what cannot be merged."""
        changed = (
            "already exists and was not read by this store"
            if self._disk_fingerprint is None
            else "changed on disk since this store read it (another window or program?)"
        )
        advice = "not overwritten — reopen it with AnnotationStore.open() and redo the change"
        try:
            stored = _parse(self.path, current)
        except AnnotationError as error:
            raise AnnotationError(self.path, f"{changed} and cannot be merged ({error.problem}); {advice}") from None
        if stored.annotator != self.annotator:
            raise AnnotationError(self.path, f"{changed}: it now holds {stored.annotator!r}'s annotations; {advice}")
        placed = reanchor(stored.annotations, self.article.text)
        theirs = {a.key: a for a in placed.annotations}
        merged, conflicts = three_way(self._base, theirs, self._by_key, self._touched)
        if conflicts:
            raise AnnotationError(self.path, f"{changed}, and both changed {'; '.join(conflicts)}; {advice}")
        unanchored = {a.key for a in placed.unanchored if a.key not in self._touched}
        unanchored |= {key for key in self._unanchored if key in self._touched and key in merged}
        return merged, unanchored, stored.created, stored.extra


#: Where merge_stores looks: a folder, one file, or a list of files.
PathsOrFolder = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]


def _annotation_files(article: Article, where: PathsOrFolder) -> list[Path]:
    """The files to merge: those listed, or in a folder every ``*.annotations.json`` made for this
    article (same text, or same file name)."""
    if isinstance(where, (str, os.PathLike)) and Path(where).is_dir():
        name = Path(article.meta.source_path).name if article.meta.source_path else None
        found = []
        for path in sorted(Path(where).glob(f"*{SUFFIX}")):
            try:
                stored = read_annotation_file(path)
            except AnnotationError:
                found.append(path)  # reported by the caller, not silently skipped
                continue
            recorded = stored.article.get("path")
            if stored.article["sha256"] == article.meta.sha256 or (
                name and isinstance(recorded, str) and Path(recorded).name == name
            ):
                found.append(path)
        return found
    if isinstance(where, (str, os.PathLike)):
        return [Path(where)]
    return [Path(p) for p in where]


def merge_stores(
    article: Article,
    where: PathsOrFolder,
    *,
    errors: str = "raise",
) -> pd.DataFrame:
    """Several annotators' files for one article as one table: a row per annotation, with its
    ``annotator`` and ``file``, re-anchored in the article's text (``anchored`` False when not found).

    ``where`` is a list of files or a folder. A file that cannot be read raises
    :class:`AnnotationError`, or with ``errors="skip"`` is left out and named, like the
    re-anchoring warnings, in ``frame.attrs["warnings"]``.
    """
    import pandas as pd

    from .export import annotations_frame

    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    frames = []
    warnings: list[str] = []
    for path in _annotation_files(article, where):
        try:
            store = AnnotationStore.open(article, path=path)
        except AnnotationError as error:
            if errors == "raise":
                raise
            warnings.append(f"skipped {error}")
            continue
        warnings.extend(store.warnings)
        frame = store.frame()
        frame.insert(len(frame.columns), "file", str(path))
        frames.append(frame)
    merged = pd.concat(frames, ignore_index=True) if frames else annotations_frame([]).assign(file=[])
    merged.attrs["warnings"] = warnings
    return merged
