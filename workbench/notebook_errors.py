"""In a notebook, show a workbench error as one clear line instead of a traceback.

A bad file (empty, binary, malformed JSON, a corrupt annotation file) raises a
:class:`~workbench.errors.WorkbenchError` whose message names the file and the problem; an analyst
should read that sentence, not thirty lines of library internals. Installed when ``workbench`` is
imported inside IPython (or with ``%load_ext workbench.notebook_errors``); other exceptions keep
their tracebacks.
"""

from __future__ import annotations

import html
import sys

from .errors import WorkbenchError


def _show(shell, etype, value, tb, tb_offset=None):  # IPython's custom exception handler signature
    message = f"{etype.__name__}: {value}"
    try:
        from IPython.display import HTML, display

        display(HTML(f'<div class="wb-error" style="color:#b00020;font-weight:600">⚠ {html.escape(message)}</div>'))
    except ImportError:  # pragma: no cover - IPython is there when this handler runs
        pass
    print(message, file=sys.stderr)
    return None


def load_ipython_extension(shell) -> None:
    """Install the one-line display for workbench errors in this IPython shell."""
    shell.set_custom_exc((WorkbenchError,), _show)


def install_if_in_ipython() -> None:
    """Install the handler when running inside an IPython shell; do nothing elsewhere."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None:
        load_ipython_extension(shell)
