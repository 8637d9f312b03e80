"""Articles from the web: fetch one page with the standard library, then read it like a file.

A fetch is bounded three ways, so that a URL typed into a notebook can never hang it or fill its
memory: a time limit for the whole fetch (not only for each read), a size limit (the file limit,
``max_bytes``), and a content-type check before the body is read (a web page, plain text or
Markdown; not an image, a PDF or a download). Every failure — offline, refused, not found, too
slow, too large, the wrong kind — is a one-line :class:`~workbench.errors.LoadError` that names
the URL and says why. Pages are extracted by :mod:`.html` (trafilatura): title, author, date and
site are kept in the article's metadata, and ``meta.url`` is the address the page came from.
"""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..errors import LoadError
from .decode import DEFAULT_MAX_BYTES

#: Seconds a whole fetch may take, from connecting to the last byte.
DEFAULT_TIMEOUT = 20.0
#: Content types read as an article, and the format each is read as.
CONTENT_FORMATS = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
USER_AGENT = "Mozilla/5.0 (compatible; workbench news-analysis; one page at a time)"
_CHUNK = 64 * 1024


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) address (urllib would also follow one to ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            raise LoadError(req.full_url, f"redirects to {newurl}, not a web address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(_WebOnlyRedirects)


@dataclass(frozen=True)
class Page:
    """What a fetch brought back: the final address (after redirects), its format and its bytes."""

    url: str
    format: str
    charset: str | None
    data: bytes


def is_url(source: object) -> bool:
    """True for an ``http://`` or ``https://`` address with a host."""
    if not isinstance(source, str):
        return False
    parts = urlsplit(source.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES) -> Page:
    """Fetch ``url``; a :class:`LoadError` naming the URL for every way it can fail."""
    if not is_url(url):
        raise LoadError(url, "is not an http:// or https:// address")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.8"})
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            format_ = _format(url, response.headers.get_content_type(), response.headers.get("Content-Type"))
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise LoadError(url, f"is {int(length):,} bytes, over the limit of {max_bytes:,}")
            data = _read(response, url, deadline, timeout, max_bytes)
            return Page(response.geturl(), format_, response.headers.get_content_charset(), data)
    except urllib.error.HTTPError as exc:
        raise LoadError(url, f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise LoadError(url, _unreachable(exc.reason, timeout)) from None
    except TimeoutError:
        raise LoadError(url, f"no answer within {timeout:g} s") from None
    except OSError as exc:
        raise LoadError(url, f"could not be fetched ({exc.strerror or exc})") from None


def _format(url: str, content_type: str, header: str | None) -> str:
    """The format to read a page as, from its Content-Type; refuse what is not an article."""
    if header is None:
        return "html"  # no type said: the loader sniffs the text
    if content_type not in CONTENT_FORMATS:
        raise LoadError(url, f"is {content_type}, not a web page or text")
    return CONTENT_FORMATS[content_type]


def _read(response, url: str, deadline: float, timeout: float, max_bytes: int) -> bytes:
    """The body, read in chunks against the fetch's deadline and the size limit."""
    chunks, size = [], 0
    while chunk := response.read(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise LoadError(url, f"is more than {max_bytes:,} bytes, over the limit")
        if time.monotonic() > deadline:
            raise LoadError(url, f"no complete answer within {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _unreachable(reason: object, timeout: float) -> str:
    """Why a server could not be reached, in words."""
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused (is the server running?)"
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved (offline, or a typo in the address?)"
    if isinstance(reason, TimeoutError):
        return f"no answer within {timeout:g} s"
    return f"could not be fetched ({getattr(reason, 'strerror', None) or reason})"
