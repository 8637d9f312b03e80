"""An interrupted corpus build (Ctrl-C, kill -9) leaves a valid store, and the next build resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from corpus_helpers import REPO, tables, write_articles

import workbench.corpus.build as build_module
from workbench.corpus import build_corpus
from workbench.corpus.rows import analyse_batch


def test_ctrl_c_keeps_every_whole_batch_and_the_next_build_adds_only_the_rest(tmp_path: Path, monkeypatch):
    write_articles(tmp_path / "in", range(10))
    calls = []

    def interrupted_on_the_third_batch(batch):
        calls.append(len(batch))
        if len(calls) == 3:
            raise KeyboardInterrupt
        return analyse_batch(batch)

    monkeypatch.setattr(build_module, "analyse_batch", interrupted_on_the_third_batch)
    with pytest.raises(KeyboardInterrupt):
        build_corpus([tmp_path / "in"], tmp_path / "store", batch_size=2, progress=False)
    assert len(tables(tmp_path / "store")["articles"]) == 4

    monkeypatch.undo()
    resumed = build_corpus([tmp_path / "in"], tmp_path / "store", batch_size=2, progress=False)
    build_corpus([tmp_path / "in"], tmp_path / "clean", batch_size=2, progress=False)

    assert (resumed.added, resumed.unchanged) == (6, 4)
    after, clean = tables(tmp_path / "store"), tables(tmp_path / "clean")
    for table in clean:
        pd.testing.assert_frame_equal(after[table], clean[table])


def test_a_build_killed_with_sigkill_leaves_a_valid_store_that_the_next_build_completes(tmp_path: Path):
    write_articles(tmp_path / "in", range(120))
    store = tmp_path / "store"
    command = [sys.executable, "-m", "workbench", "corpus", "build", str(tmp_path / "in"), "--store", str(store)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    process = subprocess.Popen([*command, "--batch", "2", "--quiet"], env=env, cwd=tmp_path)
    wal = store / "corpus.duckdb.wal"  # DuckDB's log grows at each commit

    def committed() -> int:
        return wal.stat().st_size if wal.exists() else 0

    deadline = time.monotonic() + 60
    while process.poll() is None and committed() < 50_000 and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    assert process.returncode == -signal.SIGKILL, "the build was killed before it finished"
    partial = len(tables(store)["articles"])
    assert 0 < partial < 120
    completed = subprocess.run(
        [*command, "--quiet"], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert completed.returncode == 0, completed.stderr
    assert f"{120 - partial} added, {partial} unchanged" in completed.stdout
    build_corpus([tmp_path / "in"], tmp_path / "clean", progress=False)
    after, clean = tables(store), tables(tmp_path / "clean")
    for table in clean:
        pd.testing.assert_frame_equal(after[table], clean[table])
