"""Analyses of an article: each a pure function of an :class:`~workbench.article.Article`.

Each module reads the article's blocks and sentences and returns small typed records with
character offsets into ``article.text``, plus a pandas DataFrame view; none reads files or
imports widgets. :mod:`workbench.pipeline` runs them once each and hands them to one another.

* :mod:`~workbench.analysis.readability` — textstat scores for the body, sections, paragraphs
  and sentences, hardest sentences first;
* :mod:`~workbench.analysis.sourcing` — quotations, their cues and speakers;
* :mod:`~workbench.analysis.hedges` — hedge cues;
* :mod:`~workbench.analysis.claims` — check-worthy claims.

Nothing is imported here, so that ``import workbench`` stays fast.
"""
