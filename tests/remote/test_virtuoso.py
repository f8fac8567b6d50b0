"""The contradiction, resolution and named-query tests of the embedded store, run unchanged on a real Virtuoso
(Debian's virtuoso-opensource) through the SPARQL protocol and the Graph Store Protocol: each test function
below is imported from its own module and gets this module's ``store``, a RemoteStore over Virtuoso."""

from __future__ import annotations

import pytest
from contradictions.test_contradictions import *  # noqa: F403  (every contradiction test, on Virtuoso)
from resolve.test_resolve import *  # noqa: F403  (every resolution test, on Virtuoso)
from test_queries import test_claims_query_filters_by_parameter, test_pages_cover_every_row_once_in_order  # noqa: F401


@pytest.fixture
def store(virtuoso_store):
    """Virtuoso in place of the embedded store."""
    return virtuoso_store
