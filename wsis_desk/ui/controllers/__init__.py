"""Flows of the main window, out of its way: opening versions, importing and editing the library
(undoable), printing, watching the database, background layout work."""
