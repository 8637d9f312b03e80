"""Writing a file so that nothing is lost: atomic replacement, an advisory lock, a size limit.

* :func:`write_atomically` — a temporary file in the same folder, flushed, renamed over the file;
* :func:`locked` — an advisory lock (``fcntl.flock``) on a lock file beside the file, held while a
  writer reads, compares and writes, so that two programs saving the same file take turns;
* :func:`remove_orphans` — temporary files left by a writer that was killed part way;
* :func:`read_limited` — the file's bytes, refusing a file over a size limit before reading it.

Where ``fcntl`` is missing (Windows) :func:`locked` does not lock: saves stay atomic, and a change
made on disk by another program is still noticed by the store's fingerprint check.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .model import AnnotationError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]

#: How long a writer waits for another to finish saving before giving up, in seconds.
LOCK_TIMEOUT = 10.0


def lock_path(path: Path) -> Path:
    """The lock file of ``path``: hidden, beside it (``.NAME.lock``); never deleted, since removing a
    lock file another program holds would let a third one lock a new file at the same time."""
    return path.with_name(f".{path.name}.lock")


def _temporary_prefix(path: Path) -> str:
    return f".{path.name}."


@contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the advisory lock of ``path`` (exclusive) for the ``with`` block.

    :class:`AnnotationError` when the lock file cannot be made (a read-only folder) or another
    program holds the lock longer than ``timeout`` seconds (default :data:`LOCK_TIMEOUT`)."""
    timeout = LOCK_TIMEOUT if timeout is None else timeout
    if fcntl is None:  # pragma: no cover - not on POSIX
        yield
        return
    try:
        handle = os.open(lock_path(path), os.O_RDONLY | os.O_CREAT, 0o644)  # flock needs no write access
    except OSError as error:
        raise AnnotationError(path, f"could not be saved: no lock file beside it ({error.strerror or error})") from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise AnnotationError(
                        path, f"is being saved by another program (its lock held over {timeout:g} s); not saved"
                    ) from None
                time.sleep(0.005)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` all at once: a temporary file in the same folder, flushed to
    disk, then renamed over it. If anything fails part way, ``path`` is as it was."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=_temporary_prefix(path), suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable; not every platform can open a folder
        folder = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(folder)
    except OSError:
        pass
    finally:
        os.close(folder)


def remove_orphans(path: Path) -> list[Path]:
    """Delete the temporary files :func:`write_atomically` left beside ``path`` when its writer was
    killed; returns those removed. Done under the lock, so that a save in progress keeps its own.
    Nothing is removed when the lock cannot be had (a read-only folder, a long save)."""
    if not _orphans(path):
        return []
    removed = []
    try:
        with locked(path, timeout=1.0):
            for orphan in _orphans(path):
                try:
                    orphan.unlink()
                    removed.append(orphan)
                except OSError:
                    pass
    except AnnotationError:
        pass
    return removed


def _orphans(path: Path) -> list[Path]:
    """The temporary files of ``path``'s saves (matched by name, not by a glob: a file name may
    hold ``[`` or ``*``)."""
    prefix = _temporary_prefix(path)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / name for name in names if name.startswith(prefix) and name.endswith(".tmp")]


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of ``path``; :class:`AnnotationError` if it cannot be read or is over ``limit`` bytes."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise AnnotationError(path, f"is {size:,} bytes, over the limit of {limit:,} for an annotation file")
        return path.read_bytes()
    except OSError as error:
        raise AnnotationError(path, f"cannot be read: {error.strerror or error}") from None
