"""Sourcing: every attribution in an article, who it comes from, and who gets a voice.

    >>> from workbench.analysis.sourcing import find_sourcing
    >>> result = find_sourcing(article)          # doctest: +SKIP
    >>> result.sources_frame()                   # doctest: +SKIP

Rules and curated lexicons (no parser, no model): :mod:`.quotes` finds direct, split, floating,
indirect and mixed quotes with their cues (:mod:`.cues`); :mod:`.speakers` reads the source
mention next to a cue; :mod:`.registry` resolves mentions to canonical sources.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ...article import Article, Span
from .quotes import Attribution, Draft, find_attributions
from .registry import SOURCE_CATEGORIES, Source, build_registry
from .speakers import with_antecedent

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["Attribution", "Source", "Sourcing", "SourcingSummary", "find_sourcing"]

_CATEGORY_COLOURS = dict(
    zip(
        SOURCE_CATEGORIES,
        ("#1f77b4", "#2ca02c", "#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#7f7f7f", "#bcbd22"),
    )
)


@dataclass(frozen=True)
class SourcingSummary:
    """Who gets a voice: named vs unnamed, by type, by country, and the actors who never speak."""

    attributions: int
    sources: int
    named_share: float
    """Share of attributions whose source is named (a person or an organisation), 0..1."""
    unnamed_share: float
    by_type: dict[str, int]
    by_country: dict[str, int]
    by_kind: dict[str, int]
    silent_actors: tuple[str, ...]
    """People the article names (with a title) who are never the source of an attribution."""
    anonymous_share: float = 0.0
    """Share of attributions whose source is an unnamed group or individual ("officials", "a source
    familiar with the matter"), 0..1."""
    by_category: dict[str, int] = field(default_factory=dict)
    """Attributions per source category (person, organisation, government body, …)."""


@dataclass(frozen=True)
class Sourcing:
    """The attributions of one article (in text order) and the canonical sources behind them."""

    article: Article = field(repr=False)
    attributions: list[Attribution]
    sources: list[Source]

    def rows(self) -> list[dict[str, Any]]:
        """One dict per attribution (the frame's rows): kind, speaker, source/cue/content text and offsets."""
        text = self.article.text
        return [
            {
                "kind": a.kind,
                "speaker": a.speaker,
                "source": text[a.source.start : a.source.end] if a.source else None,
                "cue": text[a.cue.start : a.cue.end] if a.cue else None,
                "content": " … ".join(text[s.start : s.end] for s in a.content),
                "start": a.span.start,
                "end": a.span.end,
                "source_start": a.source.start if a.source else None,
                "source_end": a.source.end if a.source else None,
                "cue_start": a.cue.start if a.cue else None,
                "cue_end": a.cue.end if a.cue else None,
                "block": a.block,
                "sentence": a.sentence,
            }
            for a in self.attributions
        ]

    def frame(self) -> pd.DataFrame:
        """One row per attribution: kind, speaker, source/cue/content text and offsets, block, sentence."""
        import pandas as pd

        rows = self.rows()
        columns = [
            "kind",
            "speaker",
            "source",
            "cue",
            "content",
            "start",
            "end",
            "source_start",
            "source_end",
            "cue_start",
            "cue_end",
            "block",
            "sentence",
        ]
        return pd.DataFrame(rows, columns=columns)

    def sources_frame(self) -> pd.DataFrame:
        """The source registry: one row per canonical source, most attributions first."""
        import pandas as pd

        columns = [
            "name",
            "aliases",
            "role",
            "affiliation",
            "type",
            "country",
            "attributions",
            "direct",
            "indirect",
            "mixed",
            "words_quoted",
            "first_offset",
            "named",
            "category",
            "mentions",
        ]
        rows = [
            {
                c: (", ".join(s.aliases) if c == "aliases" else len(s.mentions) if c == "mentions" else getattr(s, c))
                for c in columns
            }
            for s in self.sources
        ]
        frame = pd.DataFrame(rows, columns=columns)
        return frame.sort_values(["attributions", "first_offset"], ascending=[False, True], ignore_index=True)

    def summary(self) -> SourcingSummary:
        total = sum(s.attributions for s in self.sources)
        named = sum(s.attributions for s in self.sources if s.named)
        by_type: Counter[str] = Counter()
        by_country: Counter[str] = Counter()
        by_category: Counter[str] = Counter()
        for s in self.sources:
            by_type[s.type] += s.attributions
            by_country[s.country or "unknown"] += s.attributions
            by_category[s.category] += s.attributions
        anonymous = by_category["unnamed group"] + by_category["unnamed individual"]
        return SourcingSummary(
            attributions=len(self.attributions),
            sources=len(self.sources),
            named_share=named / total if total else 0.0,
            unnamed_share=(total - named) / total if total else 0.0,
            by_type=dict(by_type.most_common()),
            by_country=dict(by_country.most_common()),
            by_kind=dict(Counter(a.kind for a in self.attributions).most_common()),
            silent_actors=_silent_actors(self.article, self.sources),
            anonymous_share=anonymous / total if total else 0.0,
            by_category=dict(by_category.most_common()),
        )

    def plot(self, ax: Axes | None = None) -> Figure:
        """Who gets a voice: a horizontal bar per source (its attributions, the direct ones darker),
        coloured by the source's category, unnamed sources hatched."""
        import matplotlib.pyplot as plt
        from matplotlib.patches import Patch

        if ax is None:
            fig, ax = plt.subplots(figsize=(7, 0.4 * max(3, len(self.sources)) + 1))
        else:
            root = ax.get_figure(root=True)  # the whole figure, also where ax sits in a subfigure
            assert root is not None, "an Axes drawn on is always on a figure"
            fig = root
        ordered = sorted(self.sources, key=lambda s: (s.attributions, -s.first_offset))
        colours = [_CATEGORY_COLOURS.get(s.category, "#7f7f7f") for s in ordered]
        bars = ax.barh([s.name for s in ordered], [s.attributions for s in ordered], color=colours)
        for bar, source in zip(bars, ordered):
            if not source.named:
                bar.set_hatch("//")
        ax.set_xlabel("attributions")
        ax.set_title("Who gets a voice")
        used = [c for c in SOURCE_CATEGORIES if any(s.category == c for s in ordered)]
        if used:
            ax.legend(
                handles=[Patch(color=_CATEGORY_COLOURS[c], label=c) for c in used], loc="lower right", fontsize="small"
            )
        return fig

    def registry(self) -> pd.DataFrame:
        """The registry as an analyst reads it: who (name, category, role, affiliation, named) and
        how often (attributions, direct, indirect, mixed), most quoted first."""
        columns = ["name", "category", "role", "affiliation", "named", "attributions", "direct", "indirect", "mixed"]
        return self.sources_frame()[columns]

    def to_contract(self) -> dict[str, Any]:
        return {
            "quotes": [a.to_contract() for a in self.attributions],
            "sources": [s.to_contract() for s in self.sources],
        }


def find_sourcing(article: Article, *, join_continuations: bool = False) -> Sourcing:
    """Find every attribution in the article's headline and body paragraphs and the sources behind them.

    A quoted passage that continues the previous speaker (‘“…,” Doo explained. “…”’) is an
    attribution of its own, without a cue; its ``source`` is the mention it continues from. With
    ``join_continuations=True`` such a passage in the same paragraph joins the attribution it
    continues instead (one attribution per cue, as PolNeAR annotates; the seed article's
    annotation counts passages).
    """
    drafts = _across_paragraphs(article, _in_body(article, find_attributions(article)))
    if join_continuations:
        drafts = _join_continuations(drafts)
    speakers, sources = build_registry(article.text, drafts, _prose(article))
    attributions = []
    for k in sorted(range(len(drafts)), key=lambda k: drafts[k].start):
        d = drafts[k]
        sentence = article.sentence_at(d.start)
        source = d.source
        followed = d.follows
        while source is None and followed is not None:
            source, followed = drafts[followed].source, drafts[followed].follows
        if source is not None and not (speakers[k] or "")[:1].isupper():  # "comments that compared …": unnamed
            source = with_antecedent(article.text, source)
        attributions.append(
            Attribution(
                kind=d.kind,
                content=tuple(Span(s, e) for s, e in d.content),
                cue=Span(*d.cue) if d.cue else None,
                source=Span(*source) if source else None,
                speaker=speakers[k],
                block=d.block,
                sentence=sentence.index if sentence else None,
            )
        )
    return Sourcing(article, attributions, sources)


def _in_body(article: Article, drafts: list) -> list:
    """Only what stands in the body's paragraphs: a headline, sub-headline, caption, byline or
    heading reports no one ("NASA celebrates 30th anniversary …", "Reports: 'streamlined' UK asylum
    process …" are the article's own words about its story, and its body says who said what)."""
    from ...article import BODY_KINDS

    kinds = {block.index: block.kind for block in article.blocks}
    kept: list = []
    new_index: dict[int, int] = {}
    for k, draft in enumerate(drafts):
        if kinds.get(draft.block) not in BODY_KINDS:
            continue
        new_index[k] = len(kept)
        kept.append(draft)
    for draft in kept:
        if draft.follows is not None:
            draft.follows = new_index.get(draft.follows)
    return kept


def _across_paragraphs(article: Article, drafts: list) -> list:
    """A quotation left open at the end of a paragraph and closed in the next one, which opens no new
    quotation before it, is one quotation (‘said, "I think … game.¶It was … better."’): its content
    runs on to the closing mark, and what was read inside that stretch is part of it."""
    import re

    text = article.text
    body = [block for block in article.blocks if block.kind == "paragraph"]
    following = {a.index: b for a, b in zip(body, body[1:])}
    swallowed: set[int] = set()
    for k, draft in enumerate(drafts):
        if k in swallowed or draft.kind == "indirect" or draft.block not in following:
            continue
        block_end = article.blocks[draft.block].end
        last = draft.content[-1]
        opened = text[last[0] : last[1]]
        if text[last[1] : block_end].strip() or (opened.count("“") <= opened.count("”") and opened.count('"') % 2 == 0):
            continue  # the quotation closed in its own paragraph
        nxt = following[draft.block]
        close = re.search(r"[”\"]", text[nxt.start : nxt.end])
        before_close = text[nxt.start : nxt.start + close.start()] if close else ""
        if close is None or "“" in before_close or not before_close.strip():
            continue  # a new opening mark: the paragraph's own quotation (news style reopens each paragraph)
        end = nxt.start + close.end()
        draft.content.append((nxt.start, end))
        swallowed |= {j for j, other in enumerate(drafts) if other.block == nxt.index and other.start < end}
    if not swallowed:
        return drafts
    kept: list[Draft] = []
    new_index: dict[int, int] = {}
    for k, draft in enumerate(drafts):
        if k not in swallowed:
            new_index[k] = len(kept)
            kept.append(draft)
    for draft in kept:
        if draft.follows is not None:
            draft.follows = new_index.get(draft.follows)
    return kept


def _join_continuations(drafts: list) -> list:
    """Fold each floating quote into the direct quote it continues in the same paragraph."""
    kept: list = []
    new_index: dict[int, int] = {}
    for k, draft in enumerate(drafts):
        if draft.follows is not None:
            target = new_index[draft.follows]
            if kept[target].block == draft.block and kept[target].kind == "direct":
                kept[target].content.extend(draft.content)
                new_index[k] = target
                continue
            draft.follows = target
        new_index[k] = len(kept)
        kept.append(draft)
    return kept


def _prose(article: Article) -> str:
    """The text with all but body paragraphs in sentence case blanked out (offsets kept)."""
    import re

    text = article.text
    pieces, done = [], 0
    for block in article.blocks:
        title_case = False
        if block.end - block.start < 300:
            words = re.findall(r"[^\W\d_]+", text[block.start : block.end])
            title_case = sum(w[0].isupper() for w in words) >= 0.7 * max(1, len(words))
        if block.kind != "paragraph" or title_case:
            pieces += [text[done : block.start], " " * (block.end - block.start)]
            done = block.end
    pieces.append(text[done:])
    return "".join(pieces)


def _silent_actors(article: Article, sources: list[Source]) -> tuple[str, ...]:
    """Titled people named in the body ("North Korean leader Kim Jong-un") who are never a source."""
    import re

    from ...lexicons import entries
    from .registry import organisation_info

    spoken = {w for s in sources for w in s.name.split()}
    found: list[str] = []
    titles = (line.split("|")[0].strip() for line in entries("titles"))
    title_alternatives = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True) if len(t) > 2)
    name = re.compile(r"\b(?:" + title_alternatives + r")\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})")
    for block in article.body:
        for match in name.finditer(article.text, block.start, block.end):
            person = re.sub(r"[’']s$", "", match.group(1))
            if organisation_info(person) or set(person.split()) & spoken or person in found:
                continue
            found.append(person)
    return tuple(found)
