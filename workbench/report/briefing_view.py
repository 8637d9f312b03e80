"""The top of a briefing as HTML: the summary, then the check-worthy claims highlighted with their
verdicts — what an editor reads first, before the tables of details.

The summary is the article's one summary record as every notebook shows it
(:func:`workbench.summary.summary_html`), with readability and the reviewed count added; the
claims are marked as in the highlighted article (:mod:`workbench.widgets.highlight`). Every piece
of article text is escaped, so the report shows hostile markup as text and runs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..widgets import render

if TYPE_CHECKING:
    from ..annotations import Annotation
    from ..pipeline import Analysis

#: Colour of each verdict's badge; a split verdict or any other is grey.
VERDICT_COLOURS = {
    "unreviewed": "#868e96",
    "verified": "#2b8a3e",
    "partly true": "#e67700",
    "disputed": "#c92a2a",
    "false": "#c92a2a",
    "unverifiable": "#5f3dc4",
    "opinion": "#1864ab",
}


def summary_html(analysis: Analysis, reviewed: int) -> str:
    """The article at a glance: the summary as every notebook shows it, then readability and how
    many check-worthy claims have a verdict (``reviewed``)."""
    from .. import summary

    body = analysis.readability.body
    lines = [
        f"Flesch-Kincaid grade {body.flesch_kincaid_grade:.1f}, reading ease {body.flesch_reading_ease:.0f}",
        f"{reviewed} of {summary.plural(analysis.summary.checkworthy_claims, 'check-worthy claim')} reviewed",
    ]
    items = "".join(f"<li>{render.escape(line)}</li>" for line in lines)
    return (
        f"<div class='wb-briefing-summary'>{summary.summary_html(analysis)}"
        f"<ul style='margin:0 0 0.3em 0;line-height:1.5'>{items}</ul></div>"
    )


def verdict_badge(verdict: str) -> str:
    colour = VERDICT_COLOURS.get(verdict, "#495057")
    return (
        f"<span class='wb-verdict-badge' style='background:{colour};color:white;border-radius:3px;"
        f"padding:0 5px;font-size:85%;white-space:nowrap'>{render.escape(verdict)}</span>"
    )


def checkworthy_claims_html(analysis: Analysis, annotations: Sequence[Annotation] = ()) -> str:
    """Each check-worthy claim, numbered as in the claim list, its text highlighted (quotes by
    its source and cue, hedge cues), who makes it and the verdict the annotators reached."""
    from ..widgets.highlight import highlight_marks, legend_html
    from .briefing import claim_annotations, speaker_of, verdict_of

    marks = [m for m in highlight_marks(analysis) if m.kind != "claim"]  # each item is a claim
    items = []
    for number, claim in enumerate(analysis.claims, start=1):
        if not claim.checkworthy:
            continue
        text = render.highlight_html(analysis.article.text, claim.start, claim.end, marks)
        verdict = verdict_of(claim_annotations(claim, annotations))
        items.append(
            f"<li value='{number}' style='margin-bottom:4px'>{verdict_badge(verdict)} {text} "
            f"<span style='color:#555;font-size:90%'>— {render.escape(speaker_of(claim))}</span></li>"
        )
    if not items:
        return "<p><i>The analysis found no check-worthy claim.</i></p>"
    return f"{legend_html()}<ol class='wb-briefing-claims' style='line-height:1.5'>{''.join(items)}</ol>"
