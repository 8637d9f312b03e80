"""benchmarks/adversarial.py: its inputs have the sizes it claims, and it always finishes with a table."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial.py"


@pytest.fixture(scope="module")
def adversarial():
    spec = importlib.util.spec_from_file_location("adversarial", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("size", [10_000, 160_000])
def test_every_pattern_is_the_size_asked_for(adversarial, size):
    for name, make in adversarial.PATTERNS.items():
        text = make(size)
        assert abs(len(text) - size) <= max(300, size // 100), name


def test_the_prose_is_varied_news_text_not_one_paragraph_repeated(adversarial):
    text = adversarial.prose(20_000)
    paragraphs = text.split("\n\n")[1:-1]
    assert len(set(paragraphs)) > 0.8 * len(paragraphs)
    assert "said" in text


def test_the_table_has_a_row_per_pattern_and_a_capped_size_skips_the_larger_ones(adversarial, capsys):
    assert adversarial.main(["--sizes", "1000", "2000", "--no-megabyte", "--patterns", "ordinary prose"]) == 0
    out = capsys.readouterr().out
    assert "ordinary prose" in out and "×" in out
    row, worst = adversarial.growth_row("said repeated", [2000, 4000, 8000], cap=0.0001)
    assert row.count("skipped") == 2 and worst is None
