"""Generated articles and store readers shared by the corpus tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

from workbench.corpus import SCHEMA, connect

REPO = Path(__file__).resolve().parents[1]
NAMES = ["Jane Doe", "Omar Haddad", "Li Wei", "Maria Santos", "Peter Novak", "Aisha Bello", "Tom Becker"]


def news_text(n: int) -> str:
    """A short news article, different for each ``n``, with direct and indirect quotes and a hedge."""
    name = NAMES[n % len(NAMES)]
    return (
        f"Council approves plan number {n} for new homes\n\n"
        f"The city council approved plan {n} on Monday, officials said, after a debate that lasted {n + 2} hours.\n\n"
        f"“We will build {100 + n} homes before the winter,” said {name}, the mayor. "
        f"“Nobody should sleep in the street.”\n\n"
        f"Critics said the plan might cost more than {n + 3} million dollars, according to a report by the "
        f"Housing Institute.\n\n"
        f"{name} said the money was already in the budget.\n"
    )


def write_articles(folder: Path, numbers: range) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in numbers:
        path = folder / f"article_{n:03d}.txt"
        path.write_text(news_text(n), encoding="utf-8")
        paths.append(path)
    return paths


def copy_samples(tmp_path: Path) -> Path:
    """The shipped samples (articles only) copied into ``tmp_path``."""
    target = tmp_path / "samples"
    shutil.copytree(REPO / "sample_articles", target, ignore=shutil.ignore_patterns("teaching"))
    return target


def tables(store: Path) -> dict[str, pd.DataFrame]:
    """Every table of a store, its rows in a canonical order (so that two builds compare equal)."""
    with connect(store) as con:
        return {
            table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").df().reset_index(drop=True) for table in SCHEMA
        }


def counts(store: Path) -> dict[str, int]:
    return {table: len(frame) for table, frame in tables(store).items()}
