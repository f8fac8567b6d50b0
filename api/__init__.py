"""The HTTP face of news-kg: SPARQL 1.1 protocol, named queries, ingest, contradictions and a web page.

Everything here calls ``kg``; nothing in ``kg`` knows about HTTP.
"""
