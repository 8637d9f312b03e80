"""Tables an analyst can read, in a notebook or a report: one helper, :func:`show_table`.

Text is shown whole (a sentence wraps, it is never cut with "…") and left-aligned, numbers are
rounded, a default row number is hidden. A long table (more than :data:`LONG_TABLE` rows) is an
interactive DataTable from itables — sortable, searchable, paged — served from the itables package
itself (its offline mode: the DataTables bundle is put into the notebook once), so nothing is
fetched from the web. A short table, or any table with ``interactive=False`` (a report rendered
to HTML, which must run no script), is a plain HTML table styled by pandas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from pandas.io.formats.style import Styler

#: Rows above which a table becomes sortable and searchable.
LONG_TABLE = 15
#: Decimals numbers are rounded to.
DECIMALS = 1
#: Widest a text column grows before it wraps.
TEXT_WIDTH = "48em"
#: Mean length (characters) from which a text column is given a wide minimum width.
WIDE_TEXT = 60
_ITABLES_READY = False


def text_columns(frame: pd.DataFrame) -> list[str]:
    """The columns that hold text (or lists, or mixed values), not numbers, booleans or dates."""
    import pandas as pd

    return [
        column
        for column in frame.columns
        if not (pd.api.types.is_numeric_dtype(frame[column]) or pd.api.types.is_datetime64_any_dtype(frame[column]))
    ]


def rounded(frame: pd.DataFrame, decimals: int = DECIMALS) -> pd.DataFrame:
    """``frame`` with its float columns rounded to ``decimals``."""
    floats = frame.select_dtypes("floating").columns
    return frame.assign(**{str(c): frame[c].round(decimals) for c in floats}) if len(floats) else frame


def styled(frame: pd.DataFrame, decimals: int = DECIMALS, caption: str | None = None) -> Styler:
    """``frame`` as a plain HTML table: text left-aligned, wrapped, whole; numbers rounded and
    right-aligned; no script (fit for a report)."""
    import pandas as pd

    styler = frame.style.format(precision=decimals, na_rep="—", escape="html")
    if isinstance(frame.index, pd.RangeIndex):
        styler = styler.hide(axis="index")
    texts = text_columns(frame)
    if texts:
        styler = styler.set_properties(
            subset=texts, **{"text-align": "left", "white-space": "pre-wrap", "max-width": TEXT_WIDTH}
        )
    wide = [c for c in texts if frame[c].astype(str).str.len().mean() > WIDE_TEXT]
    if wide:  # a column of sentences gets the room to show one in two or three lines, not ten
        styler = styler.set_properties(subset=wide, **{"min-width": "24em"})
    styler = styler.set_table_styles(
        [
            {"selector": "th", "props": "text-align: left; vertical-align: bottom"},
            {"selector": "td", "props": "vertical-align: top"},
        ]
    )
    return styler.set_caption(caption) if caption else styler


def itable_html(frame: pd.DataFrame, caption: str | None = None) -> str:
    """``frame`` as an itables DataTable (sortable, searchable, paged), offline: the HTML expects
    the DataTables bundle that :func:`show_table` puts into the notebook first."""
    from itables import to_html_datatable

    texts = [list(frame.columns).index(c) for c in text_columns(frame)]
    return str(
        to_html_datatable(
            frame,
            caption=caption,
            connected=False,
            classes="display compact",  # not "nowrap": sentences wrap
            maxBytes=0,  # never drop rows or columns to save bytes: the text is the point
            display_logo_when_loading=False,
            columnDefs=[{"className": "dt-left", "targets": texts}] if texts else [],
        )
    )


def show_table(
    frame: pd.DataFrame,
    *,
    decimals: int = DECIMALS,
    caption: str | None = None,
    interactive: bool | None = None,
) -> None:
    """Display ``frame`` for an analyst (see the module's docstring): interactive when it has
    more than :data:`LONG_TABLE` rows, unless ``interactive`` says otherwise."""
    from IPython.display import HTML, display

    frame = rounded(frame, decimals)
    if interactive is None:
        interactive = len(frame) > LONG_TABLE
    if not interactive:
        display(styled(frame, decimals, caption))
        return
    _load_itables()
    display(HTML(itable_html(frame, caption)))


def _load_itables() -> None:
    """Put the DataTables bundle into the notebook, once per kernel (itables' offline mode)."""
    global _ITABLES_READY
    if not _ITABLES_READY:
        from itables import init_notebook_mode

        init_notebook_mode(all_interactive=False, connected=False)
        _ITABLES_READY = True
