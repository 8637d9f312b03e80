"""ClaimAnnotator: step through an article's claims and give each a verdict, with autosave.

For each claim: a verdict (one of :data:`workbench.annotations.VERDICTS`), a confidence, a note,
tags and evidence links; filters narrow the list to unattributed, hedged or check-worthy claims
(the list starts with the check-worthy ones); a progress line says how many of the listed claims
are reviewed. Nothing is saved before the annotator has given a name (:class:`.autosave.NameBox`);
then every change goes straight to the :class:`~workbench.annotations.AnnotationStore`, which
writes the sidecar file atomically, with every value of the form as shown (a confidence left at
0.5 is saved as 0.5, not as "none"). Exports are written only by the Export button.

Claims are keyed by the offsets of their text, ``claim:START-END``, not by their number in the
list: a saved annotation keeps naming the same words whatever filter is on, and when a later
version of the analysis lists the claims differently. After an edit of the article, the store
re-anchors an annotation to the words' new place, and the annotator finds it there by its anchor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from . import render
from .autosave import NameBox, save_change

if TYPE_CHECKING:
    import pandas as pd

    from ..analysis.claims import Claim
    from ..annotations import Annotation, AnnotationStore
    from ..article import Article
    from ..pipeline import Analysis

FILTERS = ("unattributed", "hedged", "checkworthy")
#: The filters on when the annotator opens: a fact-check starts with the check-worthy claims.
START_FILTERS = ("checkworthy",)
#: Decimals a confidence is saved with (the slider moves by 0.05; a browser may send 0.15000000000000002).
CONFIDENCE_DECIMALS = 2
VERDICT_LABELS = {"opinion": "opinion (not checkable)"}


def claim_key(claim: Claim) -> str:
    """The annotation key of a claim: the offsets of its text, ``claim:START-END``."""
    return f"claim:{claim.start}-{claim.end}"


def annotation_for(store: AnnotationStore, claim: Claim) -> Annotation | None:
    """The saved annotation of ``claim``: by its key, or by an anchor (re-anchored after an edit of
    the article) that lies exactly on the claim's text."""
    found = store.get(claim_key(claim))
    if found is not None:
        return found
    return next(
        (
            a
            for a in store.annotations
            if a.target == "claim" and (a.anchor.start, a.anchor.end) == (claim.start, claim.end)
        ),
        None,
    )


def filter_claims(
    claims: Sequence[Claim], *, unattributed: bool = False, hedged: bool = False, checkworthy: bool = False
) -> list[tuple[int, Claim]]:
    """``(number, claim)`` for the claims that pass every filter that is on (numbers from 1)."""
    return [
        (number, claim)
        for number, claim in enumerate(claims, start=1)
        if (not unattributed or not claim.attributed)
        and (not hedged or claim.hedged)
        and (not checkworthy or claim.checkworthy)
    ]


def reviewed_count(claims: Sequence[Claim], store: AnnotationStore) -> int:
    """How many of ``claims`` have a verdict other than "unreviewed"."""
    found = (annotation_for(store, claim) for claim in claims)
    return sum(1 for annotation in found if annotation is not None and annotation.reviewed)


def progress_text(reviewed: int, total: int) -> str:
    return f"{reviewed} of {total} reviewed"


def split_tags(text: str) -> list[str]:
    """Tags typed as ``economy, needs source`` → ``["economy", "needs source"]``."""
    return list(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


def split_lines(text: str) -> list[str]:
    """Evidence typed one per line → the non-empty lines, stripped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def export_annotations(article: Article, store: AnnotationStore) -> dict[str, Path]:
    """Write the store's annotations beside its sidecar file: schema.org ClaimReview JSON-LD
    (claims with a verdict), W3C Web Annotation JSON-LD and CSV. Returns the paths by format."""
    import json

    from ..annotations import to_claimreview, to_csv, to_web_annotations
    from ..annotations.store import SUFFIX, write_atomically

    stem = str(store.path)[: -len(SUFFIX)] if str(store.path).endswith(SUFFIX) else str(store.path)
    documents = {
        "claimreview": (".claimreview.jsonld", to_claimreview(article, store)),
        "web annotation": (".webannotations.jsonld", to_web_annotations(article, store)),
    }
    written = {}
    for name, (suffix, document) in documents.items():
        written[name] = Path(stem + suffix)
        write_atomically(written[name], (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    written["csv"] = Path(stem + ".csv")
    table = to_csv(store)
    assert table is not None, "to_csv returns the text when given no file"
    write_atomically(written["csv"], table.encode("utf-8"))
    return written


def claim_html(article: Article, claim: Claim, number: int, marks: Sequence[render.Mark]) -> str:
    """The claim in its paragraph (the claim underlined, hedge cues and quotes marked) and what
    the analysis says about it: attribution, check-worthiness, type, reasons, hedge cues."""
    block = article.block_at(claim.start)
    start, end = (block.start, block.end) if block else (claim.start, claim.end)
    own = [m for m in marks if m.kind != "claim"] + [render.Mark(claim.start, claim.end, "claim", f"claim {number}")]
    paragraph = render.highlight_html(article.text, start, end, own)
    facts = [
        ("Said by", render.claim_voice(claim)),
        ("Check-worthy", f"{'yes' if claim.checkworthy else 'no'} (score {claim.score:.2f})"),
        ("Type", claim.type),
        ("Why", ", ".join(claim.reasons) or "—"),
        ("Hedge cues", render.hedges_cell(claim.hedge_cues, "none")),
    ]
    rows = "".join(
        f"<tr><th style='text-align:left;padding-right:10px'>{render.escape(name)}</th>"
        f"<td>{render.escape(value)}</td></tr>"
        for name, value in facts
    )
    return (
        f"<div class='wb-claim-text' style='white-space:pre-wrap;line-height:1.6;color:#555'>{paragraph}</div>"
        f"<table class='wb-claim-facts' style='margin-top:6px;font-size:90%;line-height:1.35'>{rows}</table>"
    )


class ClaimAnnotator(widgets.VBox):
    """Review an article's claims one by one; every change is saved to the annotator's sidecar.

    ``annotator`` is the annotator's name, or a :class:`NameBox` shared with another annotator
    widget; without a valid name the widget asks for one and saves nothing. ``annotator.store`` is
    the :class:`AnnotationStore` (None until named); ``annotator.current`` the number of the claim
    on screen (or None when no claim passes the filters); ``filters`` the filters on at the start.
    """

    def __init__(
        self,
        article: Article,
        annotator: str | NameBox | None = None,
        *,
        store: AnnotationStore | None = None,
        analysis: Analysis | None = None,
        filters: Iterable[str] = START_FILTERS,
    ):
        from ..annotations import VERDICTS
        from ..pipeline import analyze

        self.article = article
        self.analysis = analysis if analysis is not None else analyze(article)
        self.claims = list(self.analysis.claims)
        self.name = annotator if isinstance(annotator, NameBox) else NameBox(article, annotator, store=store)
        colours = render.speaker_colours(a.speaker for a in self.analysis.sourcing.attributions)
        self.marks = render.analysis_marks(self.analysis, colours)
        self.listed: list[tuple[int, Claim]] = []
        self.position = 0
        self._showing = False

        on = set(filters)
        self.filters = {
            name: widgets.Checkbox(
                value=name in on,
                description=name.replace("checkworthy", "check-worthy"),
                indent=False,
                layout=widgets.Layout(width="9em"),
            )
            for name in FILTERS
        }
        self.previous_button = widgets.Button(description="Previous", icon="arrow-left")
        self.next_button = widgets.Button(description="Next", icon="arrow-right")
        self.jump = widgets.Dropdown(description="Go to", layout=widgets.Layout(width="26em"))
        self.where = widgets.Label()
        self.progress = widgets.Label()
        self.claim_view = widgets.HTML()
        self.verdict = widgets.Dropdown(
            options=[(VERDICT_LABELS.get(v, v), v) for v in VERDICTS], description="Verdict"
        )
        self.confidence = widgets.FloatSlider(
            value=0.5, min=0.0, max=1.0, step=0.05, description="Confidence", continuous_update=False
        )
        self.note = widgets.Textarea(
            description="Note", continuous_update=False, layout=widgets.Layout(width="40em", height="5em")
        )
        self.tags = widgets.Text(
            description="Tags",
            placeholder="comma, separated",
            continuous_update=False,
            layout=widgets.Layout(width="40em"),
        )
        self.evidence = widgets.Textarea(
            description="Evidence",
            placeholder="one link or reference per line",
            continuous_update=False,
            layout=widgets.Layout(width="40em", height="4em"),
        )
        self.evidence_links = widgets.HTML()
        self.export_button = widgets.Button(
            description="Export",
            icon="download",
            tooltip="ClaimReview, Web Annotation and CSV files beside the sidecar",
        )
        self.status = widgets.Label()
        self.warnings = widgets.HTML()
        for widget, css in (
            (self, "wb-claim-annotator"),
            (self.warnings, "wb-warnings"),
            (self.export_button, "wb-export"),
            (self.previous_button, "wb-prev"),
            (self.next_button, "wb-next"),
            (self.jump, "wb-jump"),
            (self.where, "wb-position"),
            (self.progress, "wb-progress"),
            (self.claim_view, "wb-claim"),
            (self.verdict, "wb-verdict"),
            (self.confidence, "wb-confidence"),
            (self.note, "wb-note"),
            (self.tags, "wb-tags"),
            (self.evidence, "wb-evidence"),
            (self.evidence_links, "wb-evidence-links"),
            (self.status, "wb-status"),
        ):
            widget.add_class(css)
        for name, box in self.filters.items():
            box.add_class(f"wb-filter-{name}")
            box.observe(lambda _: self._apply_filters(), names="value")

        self.previous_button.on_click(lambda _: self.go(self.position - 1))
        self.next_button.on_click(lambda _: self.go(self.position + 1))
        self.jump.observe(self._on_jump, names="value")
        self.export_button.on_click(lambda _: self.export())
        for field in (self.verdict, self.confidence, self.note, self.tags, self.evidence):
            field.observe(lambda _: self._record(), names="value")
        self.name.on_store(lambda _: self._show())

        super().__init__(
            [
                self.name,
                self.warnings,
                widgets.HBox([widgets.Label("Show only:"), *self.filters.values(), self.progress]),
                widgets.HBox([self.previous_button, self.next_button, self.jump, self.where]),
                self.claim_view,
                self.verdict,
                self.confidence,
                self.note,
                self.tags,
                self.evidence,
                self.evidence_links,
                widgets.HBox([self.export_button, self.status]),
            ]
        )
        self._apply_filters()

    # --- navigation ------------------------------------------------------------------------
    @property
    def store(self) -> AnnotationStore | None:
        """The annotator's store: None until a valid name is given."""
        return self.name.store

    @property
    def current(self) -> int | None:
        """Number of the claim on screen (from 1, in the full claim list)."""
        return self.listed[self.position][0] if self.listed else None

    def _apply_filters(self) -> None:
        self.listed = filter_claims(self.claims, **{name: box.value for name, box in self.filters.items()})
        self._showing = True
        self.jump.options = [
            (f"Claim {number} · {render.shorten(self.article.text[c.start : c.end])}", i)
            for i, (number, c) in enumerate(self.listed)
        ]
        self._showing = False
        self.position = 0
        self._show()

    def _on_jump(self, change: dict) -> None:
        if not self._showing and change["new"] is not None:
            self.go(change["new"])

    def go(self, position: int) -> None:
        """Show the listed claim at ``position`` (clamped to the list)."""
        self.position = max(0, min(position, len(self.listed) - 1))
        self._show()

    def _show(self) -> None:
        self._showing = True
        try:
            self._update_progress()
            self.warnings.value = render.warnings_html(self.store.warnings if self.store else [])
            empty = not self.listed
            for widget in (self.verdict, self.confidence, self.note, self.tags, self.evidence):
                widget.disabled = empty or self.store is None
            self.export_button.disabled = self.store is None
            self.previous_button.disabled = empty or self.position == 0
            self.next_button.disabled = empty or self.position == len(self.listed) - 1
            if empty:
                self.where.value = "No claim matches these filters"
                self.claim_view.value = ""
                return
            number, claim = self.listed[self.position]
            self.jump.value = self.position
            self.where.value = f"Claim {number} ({self.position + 1} of {len(self.listed)} listed)"
            self.claim_view.value = claim_html(self.article, claim, number, self.marks)
            saved = annotation_for(self.store, claim) if self.store else None
            self.verdict.value = saved.verdict if saved else "unreviewed"
            self.confidence.value = saved.confidence if saved and saved.confidence is not None else 0.5
            self.note.value = saved.note if saved else ""
            self.tags.value = ", ".join(saved.tags) if saved else ""
            self.evidence.value = "\n".join(saved.evidence) if saved else ""
            self._show_evidence(saved.evidence if saved else [])
        finally:
            self._showing = False

    # --- recording -------------------------------------------------------------------------
    def form_values(self) -> dict[str, Any]:
        """What the form shows, as it is saved: every field, the confidence to two decimals."""
        return {
            "verdict": self.verdict.value,
            "confidence": round(float(self.confidence.value), CONFIDENCE_DECIMALS),
            "note": self.note.value,
            "tags": split_tags(self.tags.value),
            "evidence": split_lines(self.evidence.value),
        }

    def _record(self) -> None:
        """Save the claim on screen as the form shows it, after a change by the annotator (not the
        values set while showing a claim)."""
        store = self.store
        if self._showing or not self.listed or store is None:
            return
        claim = self.listed[self.position][1]
        saved = annotation_for(store, claim)
        key = saved.key if saved is not None else claim_key(claim)
        annotation = save_change(
            store, self.status, key, target="claim", start=claim.start, end=claim.end, **self.form_values()
        )
        if annotation is not None:
            self._show_evidence(annotation.evidence)
        self._update_progress()

    def export(self) -> dict[str, Path]:
        """Write the exports (see :func:`export_annotations`) and say where they went; nothing
        before the annotator is named."""
        if self.store is None:
            self.status.value = "Nothing to export: type your name first."
            return {}
        written = export_annotations(self.article, self.store)
        self.status.value = "Exported " + ", ".join(p.name for p in written.values())
        return written

    def saved(self) -> pd.DataFrame:
        """The annotations saved so far, one row each (none before the annotator is named)."""
        from ..annotations.export import annotations_frame

        return self.store.frame() if self.store is not None else annotations_frame([])

    def _show_evidence(self, evidence: Sequence[str]) -> None:
        self.evidence_links.value = "<br>".join(render.link_html(e) for e in evidence)

    def _update_progress(self) -> None:
        listed = [claim for _, claim in self.listed]
        reviewed = reviewed_count(listed, self.store) if self.store is not None else 0
        self.progress.value = progress_text(reviewed, len(listed))
