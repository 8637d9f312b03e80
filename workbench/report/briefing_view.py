"""The top of a briefing as HTML: the summary, then the check-worthy claims highlighted with their
verdicts — what an editor reads first, before the tables of details.

The counts are the article's one summary record (:class:`workbench.summary.ArticleSummary`, the
same lines the CLI and the notebooks print); every piece of article text is escaped (through
:mod:`workbench.widgets.render`), so the report shows hostile markup as text and runs nothing.
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
    """The article at a glance: headline, outlet, date and author, the summary record's lines,
    readability, and how many check-worthy claims have a verdict (``reviewed``)."""
    from ..summary import plural

    meta = analysis.article.meta
    summary = analysis.summary
    byline = " · ".join(
        [
            meta.outlet or "outlet unknown",
            meta.date.isoformat() if meta.date else "date unknown",
            f"by {meta.author}" if meta.author else "author unknown",
        ]
    )
    body = analysis.readability.body
    lines = [
        *summary.lines(),
        f"Flesch-Kincaid grade {body.flesch_kincaid_grade:.1f}, reading ease {body.flesch_reading_ease:.0f}",
        f"{reviewed} of {plural(summary.checkworthy_claims, 'check-worthy claim')} reviewed",
    ]
    items = "".join(f"<li>{render.escape(line)}</li>" for line in lines)
    return (
        "<div class='wb-briefing-summary' style='line-height:1.5'>"
        f"<p style='font-size:120%;font-weight:600;margin:0'>{render.escape(meta.title or '(no headline)')}</p>"
        f"<p style='color:#555;margin:0 0 4px 0'>{render.escape(byline)}</p>"
        f"<ul style='margin:0'>{items}</ul></div>"
    )


def verdict_badge(verdict: str) -> str:
    colour = VERDICT_COLOURS.get(verdict, "#495057")
    return (
        f"<span class='wb-verdict-badge' style='background:{colour};color:white;border-radius:3px;"
        f"padding:0 5px;font-size:85%;white-space:nowrap'>{render.escape(verdict)}</span>"
    )


def checkworthy_claims_html(analysis: Analysis, annotations: Sequence[Annotation] = ()) -> str:
    """Each check-worthy claim, numbered as in the claim list, its text highlighted (quotes by
    speaker, hedge cues), who makes it and the verdict the annotators reached."""
    from .briefing import claim_annotations, speaker_of, verdict_of

    colours = render.speaker_colours(a.speaker for a in analysis.sourcing.attributions)
    marks = [m for m in render.analysis_marks(analysis, colours) if m.kind in ("quote", "hedge", "cue")]
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
    legend = render.legend_html(colours, kinds=("hedge",))
    return f"{legend}<ol class='wb-briefing-claims' style='line-height:1.5'>{''.join(items)}</ol>"
