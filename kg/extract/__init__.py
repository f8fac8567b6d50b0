"""Extraction: an article in, an ``Extraction`` (mentions, entities, roles, claims) out. No RDF here."""

from __future__ import annotations

from kg.records import Article, Extraction


def extract(article: Article) -> Extraction:
    """Run the extraction pipeline over one article."""
    return Extraction(article=article)
