"""What the sourcing tests share: an article made of a few paragraphs, and attributions as readable tuples."""

from __future__ import annotations

from pathlib import Path

import workbench
from workbench.analysis.sourcing import find_sourcing

SEED = Path(__file__).resolve().parents[2] / "sample_articles" / "seed_article.txt"


def sourcing_of(*paragraphs: str):
    """Sourcing of an article made of these body paragraphs (after a headline)."""
    return find_sourcing(workbench.load_text("A headline for the test\n\n" + "\n\n".join(paragraphs)))


def described(result) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker, cue text, content text) of each attribution, for readable assertions."""
    text = result.article.text
    return [
        (
            a.kind,
            a.speaker,
            text[a.cue.start : a.cue.end] if a.cue else None,
            " … ".join(text[s.start : s.end] for s in a.content),
        )
        for a in result.attributions
    ]
