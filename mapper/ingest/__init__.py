"""Turning outside data into claims: the ledger reader, point claims, importers."""
