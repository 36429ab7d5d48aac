"""Flows of the main window (opening versions, importing, background work), out of its way."""
