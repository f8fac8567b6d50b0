"""Named-query parameter values are typed before they reach a query; no value may cost more than its size."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.queries import Param, QueryError, typed_term

from hardening.support import PROPERTY

TYPES = ["string", "integer", "decimal", "boolean", "date", "iri"]


@PROPERTY
@given(st.sampled_from(TYPES), st.text(max_size=200))
def test_any_value_is_typed_or_refused(type_, raw):
    try:
        term = typed_term(Param("p", type_, required=False), raw)
    except QueryError as e:
        assert str(e)
        return
    assert len(str(term)) < 10 * len(raw) + 100


@pytest.mark.parametrize("raw", ["1e999999999", "-1E+999999999", "1e-999999999", "9e99999999999999"])
def test_a_decimal_with_a_vast_exponent_is_refused(raw):
    """Written out in full these would be gigabytes of digits."""
    with pytest.raises(QueryError):
        typed_term(Param("amount", "decimal", required=False), raw)


def test_ordinary_decimals_still_bind():
    assert typed_term(Param("amount", "decimal", required=False), "1.5e3").value == "1500"
    assert typed_term(Param("amount", "decimal", required=False), "-0.25").value == "-0.25"
