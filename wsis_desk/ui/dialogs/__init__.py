"""Dialogs and the small form helpers they share."""
