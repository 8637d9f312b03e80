"""The corpus build on a Dask cluster (a LocalCluster on 127.0.0.1): the same tables as a local build."""

from __future__ import annotations

import signal
from pathlib import Path

import pandas as pd
import pytest
from corpus_helpers import copy_samples, tables, write_articles

from workbench.cli import main
from workbench.corpus import build_corpus
from workbench.load import expand_sources

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """Two worker processes of one thread each, on the loopback interface only, no dashboard,
    their scratch space in a temporary folder."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        local_directory=str(tmp_path_factory.mktemp("dask")),
    ) as local:
        yield local


@pytest.fixture(autouse=True)
def bounded_in_time():
    """A test that has not finished in two minutes fails (a lost worker must not hang the suite)."""

    def expired(signum, frame):
        raise TimeoutError("the Dask test took over 120 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_a_dask_build_writes_the_same_tables_as_a_local_build(tmp_path: Path, cluster):
    samples = copy_samples(tmp_path)
    write_articles(samples / "generated", range(15))
    articles = len(list(expand_sources([samples])))
    local = build_corpus([samples], tmp_path / "local", batch_size=4, progress=False)

    with distributed.Client(cluster, timeout="30s") as client:
        remote = build_corpus([samples], tmp_path / "dask", client=client, batch_size=4, progress=False)

    assert (remote.added, remote.errors) == (local.added, local.errors) == (articles, [])
    here, there = tables(tmp_path / "local"), tables(tmp_path / "dask")
    for table in here:
        pd.testing.assert_frame_equal(here[table], there[table])


def _transitions(cluster) -> int:
    with distributed.Client(cluster) as client:
        return client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.transition_counter)


def test_the_command_lines_scheduler_address_runs_the_build_on_that_cluster(tmp_path: Path, cluster, capsys):
    write_articles(tmp_path / "in", range(6))
    command = ["corpus", "build", str(tmp_path / "in"), "--store", str(tmp_path / "store")]
    before = _transitions(cluster)

    assert main([*command, "--scheduler", cluster.scheduler_address]) == 0

    assert "6 added" in capsys.readouterr().out
    assert _transitions(cluster) > before, "the analysis ran as tasks on the cluster"
