"""Hand-made articles and extractions for tests of the layers below and after the extractor."""

from __future__ import annotations

from kg.records import Article, Claim, Entity, Extraction, Quantity, Role, Span, TimeRef

TEXT = "Acme Corp will cut 1,200 jobs, chief executive Jane Roe said on Tuesday. Acme employs about 15,000 people."


def sample_article(text: str = TEXT, article_id: str = "acme-1") -> Article:
    return Article(id=article_id, text=text, published="2026-03-10", language="en", publisher="Example Wire")


def sample_extraction(article: Article | None = None) -> Extraction:
    article = article or sample_article()
    start = article.text.index("Acme Corp will")
    end = article.text.index(" Acme employs")
    return Extraction(
        article=article,
        entities=[Entity("Acme Corp", "organization", (Span(0, 9, "Acme Corp"),)),
                  Entity("Jane Roe", "person", (Span(48, 56, "Jane Roe"),))],
        roles=[Role("Jane Roe", "Acme Corp", "chief executive")],
        claims=[
            Claim("job_cuts", "Acme Corp", article.text[start:end], start, end,
                  quantity=Quantity("count", value=1200), when=TimeRef("2026-03-10", "day"),
                  modality="announced", speaker="Jane Roe"),
            Claim("workforce", "Acme Corp", article.text[end + 1:], end + 1, len(article.text),
                  quantity=Quantity("count", value=15000, approx=True), modality="reported"),
        ],
    )
