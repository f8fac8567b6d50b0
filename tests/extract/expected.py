"""Comparing an extracted claim with the one a test expects: (kind, org, value, unit, attributes)."""

from __future__ import annotations


def figure_of(claim):
    """A claim's figure: its value, or (low, high) for a range; None without a quantity."""
    q = claim.quantity
    if q is None:
        return None
    return (q.low, q.high) if q.low is not None else q.value


def close(a, b) -> bool:
    """Whether figure ``a`` is ``b`` (a number, or a (low, high) pair) up to rounding."""
    if isinstance(b, tuple):
        return isinstance(a, tuple) and all(close(x, y) for x, y in zip(a, b, strict=True))
    return a is not None and not isinstance(a, tuple) and abs(a - b) <= 1e-6 * max(abs(b), 1)


def matches(claim, kind, org, value, unit, attrs) -> bool:
    """Same kind, organisation and figure (or, without a figure, the same object and polarity)."""
    if claim.kind != kind or claim.org != org:
        return False
    if value is None:
        return all(getattr(claim, k) == attrs[k] for k in ("object", "polarity") if k in attrs)
    return close(figure_of(claim), value) and claim.quantity.unit == unit


def check_attributes(claim, attrs: dict) -> None:
    """Assert each expected attribute (when, approx, bound, or any field of the claim)."""
    for key, want in attrs.items():
        got = {"when": claim.when and claim.when.value, "approx": claim.quantity and claim.quantity.approx,
               "bound": claim.quantity and claim.quantity.bound}.get(key, getattr(claim, key, None))
        assert got == want, f"{key}: {got!r} != {want!r} ({claim.quote})"


def check_construction(construction: str, x, org: str, expected: list) -> None:
    """Every expected claim is found with its attributes, no other claim is, and no other organisation."""
    found = [(c.kind, c.org, figure_of(c), c.object) for c in x.claims]
    for kind, value, unit, attrs in expected:
        claims = [c for c in x.claims if matches(c, kind, org, value, unit, attrs)]
        assert claims, f"{construction}: no {kind} {value} {unit} for {org} in {found}"
        check_attributes(claims[0], attrs)
    extra = [c for c in x.claims if not any(matches(c, kind, org, value, unit, attrs)
                                           for kind, value, unit, attrs in expected)]
    assert not extra, f"{construction}: claims beyond those expected: {[(c.kind, c.org, figure_of(c)) for c in extra]}"
    organisations = {e.name for e in x.entities if e.type == "organization"}
    assert organisations == {org}, organisations  # no capitalised word became an organisation
