"""SourceAnnotator: confirm or correct what the sourcing analysis says about each source.

For each source (who is quoted, under its canonical name): its type, affiliation and side, as
detected, editable; a note; a "Confirm" button. The values go to the annotation's ``fields``
(``type``, ``affiliation``, ``side`` and ``status``: "confirmed" when they are as detected,
"corrected" otherwise), keyed ``source:<name>`` and anchored at the source's first mention.
Nothing is saved before the annotator has given a name (:class:`.autosave.NameBox`, which a claim
annotator of the same person can share).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as widgets

from . import render
from .autosave import NameBox, save_change

if TYPE_CHECKING:
    from ..analysis.sourcing import Source, Sourcing
    from ..annotations import AnnotationStore
    from ..article import Article, Span
    from ..pipeline import Analysis

#: Sides offered for a source (any other text can be typed).
SIDES = ("unclear", "neutral", "government", "opposition", "military", "independent", "international")
EDITABLE = ("type", "affiliation", "side")


def source_key(name: str) -> str:
    """The annotation key of the source named ``name`` (its canonical name)."""
    return f"source:{name}"


def first_mention(sourcing: Sourcing, name: str) -> Span | None:
    """Where the source ``name`` first appears: its first named mention as a speaker, else the
    start of its first attributed content."""
    spans = [
        a.source if a.source is not None else a.content[0]
        for a in sourcing.attributions
        if a.speaker == name and (a.source is not None or a.content)
    ]
    return min(spans, key=lambda s: s.start) if spans else None


def detected_fields(source: Source) -> dict[str, str]:
    """What the sourcing analysis says: type, affiliation and (not detected) side."""
    return {"type": source.type or "", "affiliation": source.affiliation or "", "side": ""}


def source_fields(source: Source, type: str, affiliation: str, side: str) -> dict[str, str]:
    """The fields saved for a source: the values given, and ``status`` "confirmed" when they
    equal what was detected (a side, never detected, does not count), else "corrected"."""
    given = {"type": type.strip(), "affiliation": affiliation.strip(), "side": side.strip()}
    detected = detected_fields(source)
    same = given["type"] == detected["type"] and given["affiliation"] == detected["affiliation"]
    return {**given, "status": "confirmed" if same else "corrected"}


def source_html(article: Article, source: Source, sourcing: Sourcing) -> str:
    """The source's detected profile and its attributions' content, escaped."""
    quotes = [
        article.text[a.content[0].start : a.content[-1].end]
        for a in sourcing.attributions
        if a.speaker == source.name and a.content
    ]
    facts = render.table_html(
        [
            {
                "name": source.name,
                "type": source.type,
                "affiliation": source.affiliation,
                "country": source.country,
                "role": source.role,
                "attributions": len(quotes),
            }
        ]
    )
    items = "".join(f"<li>{render.escape(render.shorten(q, 40))}</li>" for q in quotes)
    return f"{facts}<ul class='wb-source-quotes' style='font-size:90%'>{items}</ul>"


class SourceAnnotator(widgets.VBox):
    """Step through the sources; confirm or correct type, affiliation and side; every change saved.

    ``annotator`` is the annotator's name or a :class:`NameBox` (shared with a claim annotator);
    ``store`` is None, and the form disabled, until the name is valid.
    """

    def __init__(
        self,
        article: Article,
        annotator: str | NameBox | None = None,
        *,
        store: AnnotationStore | None = None,
        analysis: Analysis | None = None,
    ):
        from ..analysis.sourcing.registry import SOURCE_TYPES
        from ..pipeline import analyze

        self.article = article
        self.analysis = analysis if analysis is not None else analyze(article)
        self.sourcing = self.analysis.sourcing
        found = ((s, first_mention(self.sourcing, s.name)) for s in self.sourcing.sources)
        #: Where each listed source is first mentioned: what its annotation is anchored on.
        self.mentions: dict[str, Span] = {s.name: mention for s, mention in found if mention is not None}
        self.sources: list[Source] = [s for s in self.sourcing.sources if s.name in self.mentions]
        self.name = annotator if isinstance(annotator, NameBox) else NameBox(article, annotator, store=store)
        self.position = 0
        self._showing = False

        self.previous_button = widgets.Button(description="Previous", icon="arrow-left")
        self.next_button = widgets.Button(description="Next", icon="arrow-right")
        self.jump = widgets.Dropdown(options=[(s.name, i) for i, s in enumerate(self.sources)], description="Source")
        self.where = widgets.Label()
        self.source_view = widgets.HTML()
        self.type = widgets.Dropdown(options=SOURCE_TYPES, description="Type")
        self.affiliation = widgets.Text(description="Affiliation", continuous_update=False)
        self.side = widgets.Combobox(options=SIDES, description="Side", continuous_update=False)
        self.note = widgets.Textarea(
            description="Note", continuous_update=False, layout=widgets.Layout(width="40em", height="4em")
        )
        self.confirm_button = widgets.Button(description="Confirm", icon="check", button_style="success")
        self.status = widgets.Label()
        self.warnings = widgets.HTML()
        for widget, css in (
            (self, "wb-source-annotator"),
            (self.warnings, "wb-warnings"),
            (self.previous_button, "wb-prev"),
            (self.next_button, "wb-next"),
            (self.jump, "wb-jump"),
            (self.where, "wb-position"),
            (self.source_view, "wb-source"),
            (self.type, "wb-source-type"),
            (self.affiliation, "wb-source-affiliation"),
            (self.side, "wb-source-side"),
            (self.note, "wb-note"),
            (self.confirm_button, "wb-confirm"),
            (self.status, "wb-status"),
        ):
            widget.add_class(css)

        self.previous_button.on_click(lambda _: self.go(self.position - 1))
        self.next_button.on_click(lambda _: self.go(self.position + 1))
        self.confirm_button.on_click(lambda _: self._record_fields())
        self.jump.observe(lambda c: None if self._showing else self.go(c["new"]), names="value")
        for field in (self.type, self.affiliation, self.side):
            field.observe(lambda _: self._record_fields(), names="value")
        self.note.observe(lambda c: self._record(note=c["new"]), names="value")
        self.name.on_store(lambda _: self.go(self.position))

        super().__init__(
            [
                self.name,
                self.warnings,
                widgets.HBox([self.previous_button, self.next_button, self.jump, self.where]),
                self.source_view,
                self.type,
                self.affiliation,
                self.side,
                self.note,
                self.confirm_button,
                self.status,
            ]
        )
        self.go(0)

    @property
    def store(self) -> AnnotationStore | None:
        """The annotator's store: None until a valid name is given."""
        return self.name.store

    @property
    def current(self) -> Source | None:
        return self.sources[self.position] if self.sources else None

    def go(self, position: int) -> None:
        """Show the source at ``position`` (clamped to the list)."""
        self.position = max(0, min(position, len(self.sources) - 1))
        self._showing = True
        try:
            source = self.current
            self.warnings.value = render.warnings_html(self.store.warnings if self.store else [])
            for widget in (self.type, self.affiliation, self.side, self.note, self.confirm_button):
                widget.disabled = source is None or self.store is None
            self.previous_button.disabled = source is None or self.position == 0
            self.next_button.disabled = source is None or self.position == len(self.sources) - 1
            if source is None:
                self.where.value = "No quoted source in this article"
                return
            self.jump.value = self.position
            self.where.value = f"{self.position + 1} of {len(self.sources)}"
            self.source_view.value = source_html(self.article, source, self.sourcing)
            saved = self.store.get(source_key(source.name)) if self.store else None
            values = saved.fields if saved and saved.fields else detected_fields(source)
            self.type.value = values.get("type", "")
            self.affiliation.value = values.get("affiliation", "")
            self.side.value = values.get("side", "")
            self.note.value = saved.note if saved else ""
        finally:
            self._showing = False

    def _record_fields(self) -> None:
        if self.current is not None:
            self._record(fields=source_fields(self.current, self.type.value, self.affiliation.value, self.side.value))

    def _record(self, **changes: Any) -> None:
        source, store = self.current, self.store
        if self._showing or source is None or store is None:
            return
        mention = self.mentions[source.name]
        save_change(
            store,
            self.status,
            source_key(source.name),
            target="source",
            start=mention.start,
            end=mention.end,
            **changes,
        )
