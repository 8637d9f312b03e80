"""Build a corpus store: read the inputs, analyse new articles in batches, write each batch.

    >>> from workbench.corpus import build_corpus
    >>> report = build_corpus(["sample_articles"], "corpus_store")            # doctest: +SKIP
    >>> report = build_corpus(["articles/"], "store", client=dask_client)      # doctest: +SKIP

The inputs are read in this process, in order; an article already in the store (same sha256 of
its text) is not analysed again, and an input whose bytes are unchanged since it was last read to
its end is not even parsed. New articles go in batches (64 by default) to the analysis: in this
process (``jobs=1``), a pool of ``jobs`` forked processes, or a Dask cluster (``client=`` a
``dask.distributed.Client``, or ``scheduler=`` its address). Results come back in order and this
process, the one writer, writes each batch in one transaction. At most a few batches are in
flight at once, so memory is bounded by the batch, not by the corpus.
"""

from __future__ import annotations

import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import LoadError
from ..load import DEFAULT_MAX_BYTES
from .inputs import Columns, fingerprint, input_sources, read_articles
from .rows import Loaded, Rows, analyse_batch
from .store import Batch, Store

BATCH_SIZE = 64


@dataclass
class BuildReport:
    """What one build did."""

    store: Path
    articles: int = 0
    """Articles read from the inputs (added, unchanged, or failed in analysis)."""
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    """Articles no longer in any input (an earlier version of a changed file), dropped."""
    words: int = 0
    """Words of the articles added."""
    seconds: float = 0.0
    errors: list[tuple[str, str]] = field(default_factory=list)
    replaced: str | None = None
    """What had built the store, when it was another workbench: every article was analysed again."""

    def text(self) -> str:
        """One line: the counts, the time, the rate."""
        rate = (
            f"{self.added / self.seconds:,.1f} articles/s, {self.words / self.seconds:,.0f} words/s"
            if self.seconds
            else ""
        )
        removed = f", {self.removed:,} removed" if self.removed else ""
        replaced = f"store built by {self.replaced}, so every article analysed again; " if self.replaced else ""
        return (
            f"{replaced}{self.articles:,} articles read: {self.added:,} added, {self.unchanged:,} unchanged{removed};"
            f" {len(self.errors):,} errors; {self.seconds:.1f} s ({rate}) → {self.store}"
        )


def build_corpus(
    inputs: Iterable[str | Path] | str | Path,
    store: str | Path,
    *,
    jobs: int = 1,
    client: Any = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    columns: Columns | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
) -> BuildReport:
    """Build (or bring up to date) the corpus store in folder ``store`` from ``inputs``.

    ``progress``: a progress bar (the notebook's in Jupyter); by default shown in a terminal or a
    notebook. Interrupted (Ctrl-C), it raises KeyboardInterrupt with every whole batch written.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    started = time.perf_counter()
    runner = _runner(jobs, client, scheduler)  # first: a pool forks before the store's threads start
    build: _Build | None = None
    try:
        build = _Build(Store(store), runner, batch_size, _progress_bar(progress))
        for chunk in _chunks(dict.fromkeys(input_sources(inputs)), 256):
            done = build.store.read_files(chunk)
            for source in chunk:
                build.read(source, done.get(source), columns or Columns(), max_bytes)
        build.finish()
        return build.report
    finally:
        if build:
            build.close()
            build.report.seconds = time.perf_counter() - started
        runner.close()


class _Build:
    """The state of one build: the batch being filled, the batches in flight, the counts."""

    def __init__(self, store: Store, runner: _Runner, batch_size: int, bar: Any):
        self.store, self.runner, self.batch_size, self.bar = store, runner, batch_size, bar
        self.report = BuildReport(store.path, replaced=store.replaced)
        self.loaded: list[Loaded] = []
        self.batch = Batch()
        self.in_flight: set[str] = set()
        self.pending: deque[tuple[Callable[[], Rows], list[Loaded], Batch]] = deque()

    def read(self, source: str, done: tuple[str, int] | None, columns: Columns, max_bytes: int) -> None:
        """Every article of one input into the batches, unless its bytes are those ``done``
        records (its sha256 and articles when it was last read to its end)."""
        try:
            digest, page = fingerprint(source, max_bytes)
        except LoadError as exc:
            self.error(source, exc.problem)
            return
        if done and done[0] == digest:
            count = done[1]
            self.report.articles += count
            self.report.unchanged += count
            self.bar.update(count)
            return
        self.batch.forget.append(source)
        count = 0
        try:
            for label, item in read_articles(source, columns, max_bytes, page):
                if isinstance(item, LoadError):
                    self.error(label, item.problem)
                else:
                    count += 1
                    self.add(Loaded(label, source, item))
        except LoadError as exc:
            self.error(source, exc.problem)
            return
        self.batch.files.append((source, digest, count))

    def add(self, loaded: Loaded) -> None:
        article_id = loaded.article_id
        self.report.articles += 1
        self.batch.paths.append((article_id, loaded.label, loaded.file))
        if article_id in self.in_flight:
            self.report.unchanged += 1
        else:
            self.in_flight.add(article_id)
            self.loaded.append(loaded)
        if len(self.loaded) >= self.batch_size or len(self.batch.paths) >= 16 * self.batch_size:
            self.flush()

    def error(self, path: str, reason: str) -> None:
        self.report.errors.append((path, reason))
        self.batch.errors.append((path, reason))

    def flush(self) -> None:
        """Send the batch's articles not yet in the store to the analysis; write the oldest batch
        while too many are in flight."""
        if not (self.loaded or self.batch.paths or self.batch.files or self.batch.errors or self.batch.forget):
            return
        known = self.store.known_articles([item.article_id for item in self.loaded]) if self.loaded else set()
        if known:
            self.report.unchanged += len(known)
            self.in_flight -= known
            self.loaded = [item for item in self.loaded if item.article_id not in known]
        self.pending.append((self.runner.submit(self.loaded), self.loaded, self.batch))
        self.loaded, self.batch = [], Batch()
        while len(self.pending) > self.runner.window:
            self.write_oldest()

    def write_oldest(self) -> None:
        result, loaded, batch = self.pending.popleft()
        batch.rows = result()
        self.store.write(batch)
        self.in_flight.difference_update(item.article_id for item in loaded)
        articles = batch.rows.get("articles", [])
        self.report.added += len(articles)
        self.report.words += sum(row["words"] for row in articles)
        self.report.errors.extend((row["path"], row["reason"]) for row in batch.rows.get("errors", []))
        self.bar.update(len(batch.paths))

    def finish(self) -> None:
        """Write what is left; drop the articles no input holds any more."""
        self.flush()
        while self.pending:
            self.write_oldest()
        self.report.removed = self.store.drop_orphans()

    def close(self) -> None:
        self.bar.close()
        self.store.close()


# --- where the analysis runs ------------------------------------------------------------------------


class _Runner:
    """Runs :func:`analyse_batch` in this process; ``window`` batches may wait for their result."""

    window = 0

    def submit(self, loaded: list[Loaded]) -> Callable[[], Rows]:
        rows = analyse_batch(loaded) if loaded else {}
        return lambda: rows

    def close(self) -> None:
        pass


class _PoolRunner(_Runner):
    """A pool of forked worker processes, two batches in flight per worker."""

    def __init__(self, jobs: int):
        self.pool = multiprocessing.get_context("fork").Pool(jobs)
        self.window = 2 * jobs

    def submit(self, loaded: list[Loaded]) -> Callable[[], Rows]:
        return self.pool.apply_async(analyse_batch, (loaded,)).get if loaded else dict

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


class _DaskRunner(_Runner):
    """A Dask cluster: one task per batch, two batches in flight per worker thread."""

    def __init__(self, client: Any, own: bool):
        self.client, self.own = client, own
        self.window = 2 * max(1, sum(client.nthreads().values()))
        self.futures: list[Any] = []

    def submit(self, loaded: list[Loaded]) -> Callable[[], Rows]:
        if not loaded:
            return dict
        future = self.client.submit(analyse_batch, loaded, pure=False)
        self.futures = [f for f in self.futures if not f.done()] + [future]
        return future.result

    def close(self) -> None:
        self.client.cancel(self.futures)
        if self.own:
            self.client.close()


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _runner(jobs: int, client: Any, scheduler: str | None) -> _Runner:
    if client is None and scheduler:
        from dask.distributed import Client

        return _DaskRunner(Client(scheduler, timeout="30s"), own=True)
    if client is not None:
        return _DaskRunner(client, own=False)
    return _PoolRunner(jobs) if jobs > 1 else _Runner()


def _progress_bar(show: bool | None) -> Any:
    """A tqdm bar counting articles (tqdm's notebook bar in Jupyter), or a silent one."""
    from tqdm.auto import tqdm

    in_notebook = any(base.__module__ == "tqdm.notebook" for base in tqdm.__mro__)
    if show is None:
        show = in_notebook or sys.stderr.isatty()
    return tqdm(unit=" articles", desc="corpus", disable=not show, dynamic_ncols=True)
