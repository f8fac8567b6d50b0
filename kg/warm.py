"""Imported by the fork server of ``kg.pool`` (its preload): the extractor loaded and every language's data
compiled once (``kg.prepare.warm``), so that each worker forked from it starts with them."""

from kg.prepare import warm

warm()
