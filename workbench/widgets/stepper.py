"""ArticleStepper: read an article paragraph by paragraph (or section by section), highlighted,
with the sources, claims and readability of what is on screen beside it.

The widget only wires buttons to :func:`steps` and the HTML builders of :mod:`.render`; tests
call those directly and drive the widget through ``Button.click()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import ipywidgets as widgets

from . import render

if TYPE_CHECKING:
    from ..article import Article, Block
    from ..pipeline import Analysis

STEP_BY = ("paragraph", "section")


@dataclass(frozen=True)
class Step:
    """What the stepper shows at once: one paragraph, or one section's blocks."""

    label: str
    blocks: tuple[Block, ...]


def steps(article: Article, by: str = "paragraph") -> list[Step]:
    """The stepper's pages: each body paragraph, or each section (all its blocks: the opening
    section has the headline, captions and dateline too).

    Boilerplate ("Read More:") is left out of sections; a section without a paragraph is skipped.
    """
    if by == "paragraph":
        return [
            Step(f"¶{n} · {render.shorten(article.slice(block))}", (block,))
            for n, block in enumerate(article.body, start=1)
        ]
    if by == "section":
        found = []
        for section in article.sections:
            blocks = tuple(b for b in section.blocks if b.kind != "boilerplate")
            if not any(b.kind == "paragraph" for b in blocks):
                continue
            title = article.slice(section.heading) if section.heading else "Opening"
            found.append(Step(f"§{section.index} · {render.shorten(title)}", blocks))
        return found
    raise ValueError(f"step by {by!r}: expected one of {STEP_BY}")


class ArticleStepper(widgets.VBox):
    """Step through an article: previous/next buttons, a jump list, paragraph or section pages.

    ``stepper.position`` is the index of the page shown; ``stepper.text_view.value`` and
    ``stepper.panel.value`` hold its HTML.
    """

    def __init__(self, article: Article, analysis: Analysis | None = None, by: str = "paragraph"):
        from ..pipeline import analyze

        self.article = article
        self.analysis = analysis if analysis is not None else analyze(article)
        self.colours = render.speaker_colours(a.speaker for a in self.analysis.sourcing.attributions)
        self.marks = render.analysis_marks(self.analysis, self.colours)
        self.position = 0

        self.mode = widgets.ToggleButtons(options=STEP_BY, value=by, description="Step by")
        self.previous_button = widgets.Button(description="Previous", icon="arrow-left")
        self.next_button = widgets.Button(description="Next", icon="arrow-right")
        self.jump = widgets.Dropdown(description="Go to", layout=widgets.Layout(width="28em"))
        self.where = widgets.Label()
        self.text_view = widgets.HTML(layout=widgets.Layout(width="60%", padding="0 12px 0 0"))
        self.panel = widgets.HTML(layout=widgets.Layout(width="40%"))
        legend = widgets.HTML(render.legend_html(self.colours))
        for widget, css in (
            (self, "wb-stepper"),
            (self.mode, "wb-mode"),
            (self.previous_button, "wb-prev"),
            (self.next_button, "wb-next"),
            (self.jump, "wb-jump"),
            (self.where, "wb-position"),
            (self.text_view, "wb-text-view"),
            (self.panel, "wb-panel"),
        ):
            widget.add_class(css)

        self.previous_button.on_click(lambda _: self.go(self.position - 1))
        self.next_button.on_click(lambda _: self.go(self.position + 1))
        self.jump.observe(self._on_jump, names="value")
        self.mode.observe(lambda change: self._load_steps(change["new"]), names="value")
        super().__init__(
            [
                widgets.HBox([self.mode]),
                widgets.HBox([self.previous_button, self.next_button, self.jump, self.where]),
                legend,
                widgets.HBox([self.text_view, self.panel]),
            ]
        )
        self._load_steps(by)

    def _load_steps(self, by: str) -> None:
        self.steps = steps(self.article, by)
        self.jump.options = [(step.label, i) for i, step in enumerate(self.steps)]
        self.position = -1
        self.go(0)

    def _on_jump(self, change: dict) -> None:
        if change["new"] is not None:
            self.go(change["new"])

    def go(self, position: int) -> None:
        """Show page ``position`` (clamped to the first and last page)."""
        if not self.steps:
            self.text_view.value = "<p><i>This article has no paragraphs.</i></p>"
            return
        position = max(0, min(position, len(self.steps) - 1))
        if position == self.position:
            return
        self.position = position
        step = self.steps[position]
        self.jump.value = position
        self.where.value = f"{position + 1} of {len(self.steps)}"
        self.previous_button.disabled = position == 0
        self.next_button.disabled = position == len(self.steps) - 1
        self.text_view.value = "".join(render.block_html(self.article, block, self.marks) for block in step.blocks)
        self.panel.value = render.step_panel_html(self.article, self.analysis, step.blocks)
