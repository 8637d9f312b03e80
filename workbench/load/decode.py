"""Bytes → text: size limit, binary sniffing, BOMs, UTF-16, cp1252/latin-1, double-encoding repair.

Every problem raises :class:`~workbench.errors.LoadError` naming the file. What had to be done to
read the text is returned as a list of repairs, recorded in the article's metadata.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from ..errors import LoadError

#: Files larger than this are refused unless the caller raises the limit (``max_bytes=``).
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
#: How the size error says to raise the limit: the Python argument, or the CLI's option inside
#: :func:`size_limit_named`.
_LIMIT_NAME: ContextVar[str] = ContextVar("workbench_limit_name", default="max_bytes=")


@contextmanager
def size_limit_named(option: str) -> Iterator[None]:
    """Within the block, the size error names ``option`` (the CLI: ``--max-bytes``) as the way to
    raise the limit, instead of the Python argument ``max_bytes=``."""
    token = _LIMIT_NAME.set(option)
    try:
        yield
    finally:
        _LIMIT_NAME.reset(token)


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# UTF-8 read as cp1252: "â€™" for "’", "Ã©" for "é". A lead byte's cp1252 image, then continuation bytes'.
_MOJIBAKE = re.compile("[ÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîï][\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    repairs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    """What looked wrong but was left as written."""


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing what is missing, not a file, empty or over the size limit."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise LoadError(path, "no such file") from None
    except OSError as exc:
        raise LoadError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not path.is_file():
        raise LoadError(path, "is not a file")
    if size > max_bytes:
        raise LoadError(
            path, f"is {size:,} bytes, over the limit of {max_bytes:,} (pass {_LIMIT_NAME.get()} to raise it)"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(path, f"cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise LoadError(path, "is empty")
    return data


def decode(data: bytes, source: object = "<bytes>", encoding: str | None = None) -> Decoded:
    """Decode article bytes, trying BOMs, UTF-16, UTF-8, then cp1252 and latin-1.

    With ``encoding`` given, only that encoding is tried. Plainly double-encoded UTF-8 ("â€™") is
    repaired, and the repair recorded.
    """
    if encoding:
        try:
            return _repaired(data.decode(encoding), encoding, ())
        except (UnicodeDecodeError, LookupError) as exc:
            raise LoadError(source, f"cannot be decoded as {encoding} ({exc})") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(source, f"has a {codec} byte-order mark but is not {codec} ({exc.reason})") from None
            return _repaired(text, codec, (f"removed {codec} byte-order mark",))
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be"
        try:
            return _repaired(data.decode(codec), codec, ())
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise LoadError(source, "looks like a binary file, not text")
    try:
        return _repaired(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError:
        pass
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return Decoded(text, codec, (f"decoded as {codec} (not valid UTF-8)",))
    raise LoadError(source, "cannot be decoded as text")  # pragma: no cover - latin-1 decodes anything


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4000]
    if len(sample) < 4:
        return False
    zeros_even, zeros_odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > 0.3 * half and min(zeros_even, zeros_odd) < 0.05 * half


#: Every byte but the control characters that text does not use (tab, newline, form feed and
#: carriage return are text); deleting these from a sample leaves its control characters.
_NOT_CONTROL = bytes(range(32, 256)) + b"\t\n\f\r"


def _looks_binary(data: bytes) -> bool:
    sample = data[:8000]
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > 0.02 * len(sample)


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo UTF-8 that was decoded as cp1252 ("â€™" → "’"); return the text and the number of repairs.

    Each suspicious run is re-encoded on its own, so text that is partly broken is mended where it
    is broken and left alone elsewhere.
    """
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = _cp1252_bytes(match.group(0)).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return match.group(0)
        count += 1
        return fixed

    return _MOJIBAKE.sub(fix, text), count


def _cp1252_bytes(run: str) -> bytes:
    """The bytes that showed as ``run`` when UTF-8 was read as cp1252. The five bytes cp1252 leaves
    undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D, as in the last byte of "”") show as themselves."""
    data = bytearray()
    for char in run:
        try:
            data += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                raise
            data.append(ord(char))
    return bytes(data)


def _repaired(text: str, encoding: str, repairs: tuple[str, ...]) -> Decoded:
    """Repair the text when it is plainly double-encoded: its non-ASCII characters are all mojibake.

    A text whose other non-ASCII characters are proper (a stray "Ã¡" among correct curly quotes)
    is a copy-paste accident in one place, not a double-encoded file: it is left as written, so
    that offsets keep pointing into the file, and the finding is noted instead.
    """
    runs = _MOJIBAKE.findall(text) if not text.isascii() else []
    if not runs:
        return Decoded(text, encoding, repairs)
    in_runs = sum(len(run) for run in runs)
    proper = sum(1 for ch in text if ord(ch) > 127) - in_runs
    if proper > 0:
        note = f"{len(runs)} sequences look double-encoded (e.g. {runs[0]!r}); left as written, the rest is proper text"
        return Decoded(text, encoding, repairs, (note,))
    fixed, count = repair_mojibake(text)
    if count:
        repairs += (f"repaired {count} double-encoded UTF-8 sequences",)
    return Decoded(fixed, encoding, repairs)
