"""Painters for table cells: rich text, bracket cues, redlines, chips."""
