"""Exports: the claims table, and (in ``graph``) the graph for visualisation tools."""
