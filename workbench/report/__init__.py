"""Reports built on an article's analyses and annotations.

* :mod:`workbench.report.briefing` — the briefing (summary, sources, claims with verdicts, open
  questions, provenance) as plain tables, and :func:`~workbench.report.briefing.run_briefing`,
  which executes the briefing notebook (``workbench/report/briefing.ipynb``, package data;
  ``notebooks/05_briefing.ipynb`` links to it) with papermill and renders it to HTML;
* :mod:`workbench.report.teaching` — the teaching exercise: a teacher's key, students' annotation
  files, how far each agrees with the key and with each other.

Nothing heavy is imported here: papermill, nbconvert and pandas load when a report is made.
"""
