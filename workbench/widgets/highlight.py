"""The article, highlighted: what the analyses found, marked in the text itself.

Like displaCy's entity view, but drawn from the analyses' own offsets: every quote's content, the
words naming its source and its reporting cue in three colours, hedge cues underlined, check-worthy
claims underlined in blue; hovering a mark says who is quoted, why a sentence is hedged (the cue, its
reading and whose hedge it is), or why a claim is worth checking.
Marks may overlap (a hedge inside a claim inside a quote): :func:`.render.highlight_html` cuts the
text at every mark boundary, and every piece of text is HTML-escaped there.

    >>> from IPython.display import HTML                      # doctest: +SKIP
    >>> HTML(highlight_html(workbench.analyze(article)))       # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import render
from .render import Mark

if TYPE_CHECKING:
    from ..analysis.sourcing import Attribution
    from ..article import Span
    from ..pipeline import Analysis

#: The background of each part of a quote.
QUOTE_COLOURS = {"quote": "#cfe8ff", "source": "#ffd8a8", "cue": "#d3f9d8"}
#: What the legend calls each mark, in its order.
LEGEND = {
    "quote": "what a source said",
    "source": "who said it",
    "cue": "reporting cue",
    "hedge": "hedge",
    "claim": "check-worthy claim",
}


def highlight_html(result: Analysis) -> str:
    """The whole article as HTML, block by block, with its quotes, hedges and check-worthy claims
    marked and a legend above; every piece of article text escaped."""
    article = result.article
    marks = highlight_marks(result)
    blocks = "".join(render.block_html(article, block, marks) for block in article.blocks)
    return (
        f"<div class='wb-highlight' style='max-width:52em'>{legend_html()}<div class='wb-article'>{blocks}</div></div>"
    )


def highlight_marks(result: Analysis) -> list[Mark]:
    """The marks of :func:`highlight_html`: each quote's content (less its own source and cue, so
    that each part keeps its colour), source and cue; every hedge cue; every check-worthy claim."""
    marks = []
    for attribution in result.sourcing.attributions:
        marks += _quote_marks(attribution)
    for cue in render.owned_hedge_cues(result):
        marks.append(Mark(cue.start, cue.end, "hedge", render.hedge_label(cue)))
    for number, claim in enumerate(result.claims, start=1):
        if claim.checkworthy:
            why = ", ".join(claim.reasons) or claim.type
            voice = render.claim_voice(claim)
            marks.append(Mark(claim.start, claim.end, "claim", f"check-worthy claim {number} ({why}); voice: {voice}"))
    return marks


def _quote_marks(attribution: Attribution) -> list[Mark]:
    speaker = attribution.speaker or "a source the analysis could not name"
    parts = [p for p in (attribution.source, attribution.cue) if p is not None]
    marks = [
        Mark(piece[0], piece[1], "quote", f"{attribution.kind} quote: {speaker}", QUOTE_COLOURS["quote"])
        for span in attribution.content
        for piece in _minus(span, parts)
    ]
    if attribution.source is not None:
        source = attribution.source
        marks.append(Mark(source.start, source.end, "source", f"source: {speaker}", QUOTE_COLOURS["source"]))
    if attribution.cue is not None:
        cue = attribution.cue
        marks.append(Mark(cue.start, cue.end, "cue", f"reporting cue of {speaker}", QUOTE_COLOURS["cue"]))
    return marks


def _minus(span: Span, holes: list[Span]) -> list[tuple[int, int]]:
    """The stretches of ``span`` outside every one of ``holes``."""
    pieces, start = [], span.start
    for hole in sorted(holes, key=lambda h: h.start):
        if hole.end <= start or hole.start >= span.end:
            continue
        if hole.start > start:
            pieces.append((start, hole.start))
        start = max(start, hole.end)
    if start < span.end:
        pieces.append((start, span.end))
    return pieces


def legend_html() -> str:
    """The key to the marks, each drawn as it is in the text."""
    swatches = "".join(
        f"<span class='wb-legend-{kind}' style='{render.MARK_STYLES[kind]};"
        f"{'background:' + QUOTE_COLOURS[kind] + ';' if kind in QUOTE_COLOURS else ''}"
        f"padding:0 4px;margin-right:6px'>{render.escape(label)}</span>"
        for kind, label in LEGEND.items()
    )
    return f"<div class='wb-legend' style='font-size:85%;line-height:1.9;margin-bottom:0.5em'>{swatches}</div>"
