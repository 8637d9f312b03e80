"""The reference article's sourcing, read once for the tests that need it."""

from __future__ import annotations

import pytest
from sourcing_helpers import SEED

import workbench
from workbench.analysis.sourcing import find_sourcing


@pytest.fixture(scope="module")
def seed():
    return find_sourcing(workbench.load(SEED))
