"""CSV a spreadsheet opens as data, never as formulas: the one writer of every CSV the project makes.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula: an article sentence ``=HYPERLINK("http://x","y")``
would become a live link, and worse payloads run commands. Following OWASP's advice on CSV
injection, such a text cell is written with a leading ``'``, which spreadsheets show as text
and do not display. Numbers stay numbers (``-3.5`` in a numeric column is not text).

    >>> print(escape_cell('=HYPERLINK("http://x","y")'))
    '=HYPERLINK("http://x","y")
    >>> escape_cell("The mayor said"), escape_cell(-2)
    ('The mayor said', -2)
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: What a spreadsheet reads as the start of a formula (OWASP, "CSV Injection").
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Any) -> Any:
    """``value`` with a ``'`` before it if it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_LEADS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) are escaped; numbers unchanged."""
    import pandas as pd

    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]):
            safe[column] = safe[column].map(escape_cell)
    safe.columns = [escape_cell(str(name)) for name in safe.columns]
    return safe


def write_csv(frame: pd.DataFrame, path_or_buf: str | os.PathLike[str] | io.TextIOBase | None = None) -> str | None:
    """``frame`` as CSV (no index), formula-leading cells escaped; the text when no path or buffer
    is given, like pandas."""
    return safe_frame(frame).to_csv(path_or_buf, index=False)
