"""The one exception type the workbench raises for bad input."""

from __future__ import annotations


class WorkbenchError(Exception):
    """Something the user handed us cannot be used; the message says what and where.

    ``path`` names the file (or ``"<text>"`` for a string) and ``problem`` says what is wrong,
    so a notebook can show ``str(error)`` and a CLI can print it on one line.
    """

    def __init__(self, path: object, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class LoadError(WorkbenchError):
    """An article file could not be read, decoded or parsed."""
