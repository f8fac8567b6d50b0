"""news-kg: a knowledge-graph builder for news, with a query API."""

__version__ = "0.1.0"

# Bump when extraction output changes: a new version replaces each article's graph on rebuild.
EXTRACTOR_VERSION = "0.6.0"
